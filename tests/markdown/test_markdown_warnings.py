"""kramdown's warnings (what Jekyll logs with `kramdown: show_warnings: true`), against the
document Jekyll's converter builds (cases with `### mode: warnings`)."""
from __future__ import annotations

import json

import pytest

from markdown_cases import CASES_DIR, Case, families, load_family
from pyjekyll.converters.markdown import KramdownConverter

KNOWN_FAILURES = {line.strip() for line in (CASES_DIR.parent / "known_failures.txt").read_text().splitlines()
                  if line.strip() and not line.startswith("#")}


def _cases() -> list:
    params = []
    for family in families():
        golden = json.loads((CASES_DIR / f"{family}.golden.json").read_text(encoding="utf-8"))
        for case in load_family(family):
            expected = golden.get(case.name)
            if case.mode != "warnings" or not isinstance(expected, dict) or "warnings" not in expected:
                continue
            case_id = f"{family}/{case.name}"
            marks = [pytest.mark.golden(suite="markdown-warnings")]
            if case_id in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(strict=False, reason="known failure"))
            params.append(pytest.param(case, expected, id=case_id, marks=marks))
    return params


@pytest.mark.parametrize("case,expected", _cases())
def test_warnings_and_html(case: Case, expected: dict) -> None:
    html, warnings = KramdownConverter(case.config, cache=False).convert_with_warnings(case.text)
    assert warnings == expected["warnings"]
    assert html == expected["html"]


def test_plain_convert_collects_nothing() -> None:
    conv = KramdownConverter({})
    assert conv.convert("[missing]\n") == "<p>[missing]</p>\n"
    assert conv.convert_with_warnings("[missing]\n")[1] == [
        "No link definition for link ID 'missing' found on line 1"]
