"""Byte-for-byte comparison of our Markdown output with kramdown's (golden files from Jekyll)."""
from __future__ import annotations

import json
import re

import pytest

from markdown_cases import CASES_DIR, Case, families, load_family
from pyjekyll.converters.markdown import KramdownConverter, smartify

KNOWN_FAILURES = {line.strip() for line in (CASES_DIR.parent / "known_failures.txt").read_text().splitlines()
                  if line.strip() and not line.startswith("#")}
_PRE = re.compile(r'(<pre class="highlight">|<pre class="[^"]*"><code>|'
                  r'<code class="language-[^"]* highlighter-rouge">)(.*?)(</pre>|</code>)', re.S)
_SPAN = re.compile(r"</?span[^>]*>")


def drop_token_spans(html: str) -> str:
    """Highlighted code (blocks and inline) without the lexer's token spans.

    The token choice belongs to `pyjekyll.highlight`; this comparison checks everything else.
    """
    return _PRE.sub(lambda m: m.group(1) + _SPAN.sub("", m.group(2)) + m.group(3), html)


def _cases(suite: str) -> list:
    params = []
    for family in families():
        golden = json.loads((CASES_DIR / f"{family}.golden.json").read_text(encoding="utf-8"))
        for case in load_family(family):
            expected = golden.get(case.name)
            if not isinstance(expected, str):
                continue
            case_id = f"{family}/{case.name}"
            marks = [pytest.mark.golden(suite=suite)]
            if case_id in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(strict=False, reason="known failure"))
            params.append(pytest.param(case, expected, id=case_id, marks=marks))
    return params


_CONVERTERS: dict[str, KramdownConverter] = {}


def render(case: Case) -> str:
    if case.mode == "smartify":
        return smartify(case.text, case.config)
    key = json.dumps(case.config, sort_keys=True)
    conv = _CONVERTERS.get(key)
    if conv is None:
        conv = _CONVERTERS[key] = KramdownConverter(case.config, cache=False)
    return conv.convert(case.text)


@pytest.mark.parametrize("case,expected", _cases("markdown"))
def test_identical(case: Case, expected: str) -> None:
    assert render(case) == expected


@pytest.mark.parametrize("case,expected", _cases("markdown-highlight-only"))
def test_identical_ignoring_token_spans(case: Case, expected: str) -> None:
    assert drop_token_spans(render(case)) == drop_token_spans(expected)
