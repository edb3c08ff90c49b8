"""Byte-for-byte comparison with Rouge 3.30 / Jekyll 4.3.1 output.

Cases live in `cases/<suite>.txt` (format described in scripts/gen_highlight_goldens.rb),
goldens in `golden/<suite>.json`; ids listed in `known_failures.txt` are expected misses.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pyjekyll.highlight import (HighlightSyntaxError, find_lexer, format_tokens,
                                highlight_tag_html, kramdown_highlight, parse_highlight_markup)

HERE = Path(__file__).parent
_HEADER = re.compile(r"^### case: ", re.M)
_META = re.compile(r"\A### (\w+): ?(.*)\Z")


def parse_cases(path: Path) -> list[dict[str, str]]:
    cases = []
    with open(path, encoding="utf-8", newline="") as handle:
        text = handle.read()
    for block in _HEADER.split(text)[1:]:
        lines = block.split("\n")
        meta = {"id": lines.pop(0).strip()}
        while lines and (m := _META.match(lines[0])):
            meta[m.group(1)] = m.group(2).strip()
            lines.pop(0)
        while lines and not lines[-1].strip():
            lines.pop()
        meta["code"] = "\n".join(lines) + "\n"
        cases.append(meta)
    return cases


def _known_failures() -> set[str]:
    path = HERE / "known_failures.txt"
    if not path.exists():
        return set()
    return {line.split("#", 1)[0].strip() for line in path.read_text().splitlines()} - {""}


_SPECIAL_SUITES = ("tag", "kramdown")


def _params(special: str | None) -> list:
    known = _known_failures()
    params = []
    for case_file in sorted((HERE / "cases").glob("*.txt")):
        suite = case_file.stem
        if (suite if suite in _SPECIAL_SUITES else None) != special:
            continue
        golden = json.loads((HERE / "golden" / f"{suite}.json").read_text("utf-8"))
        for case in parse_cases(case_file):
            case_id = f"{suite}/{case['id']}"
            marks = [pytest.mark.golden(suite=f"highlight-{suite}")]
            if case_id in known:
                marks.append(pytest.mark.xfail(strict=False, reason="listed in known_failures.txt"))
            params.append(pytest.param(suite, case, golden.get(case["id"]), id=case_id, marks=marks))
    return params


@pytest.mark.parametrize(("suite", "case", "expected"), _params(None))
def test_lexer_output_matches_rouge(suite: str, case: dict[str, str], expected: str | None) -> None:
    lexer = find_lexer(case.get("lang", suite), case["code"])
    actual = None if lexer is None else format_tokens(case["code"], lexer)
    assert actual == expected


@pytest.mark.parametrize(("suite", "case", "expected"), _params("tag"))
def test_highlight_tag_matches_jekyll(suite: str, case: dict[str, str], expected: object) -> None:
    markup = case["markup"]
    if isinstance(expected, dict):
        with pytest.raises(HighlightSyntaxError):
            parse_highlight_markup(markup)
        return
    lang, options = parse_highlight_markup(markup)
    linenos = options.pop("linenos", False)
    assert highlight_tag_html("\n" + case["code"], lang, linenos, **options) == expected


def _option_value(text: str) -> object:
    if text in ("true", "false"):
        return text == "true"
    return int(text) if text.isdigit() else text


@pytest.mark.parametrize(("suite", "case", "expected"), _params("kramdown"))
def test_kramdown_highlighter_matches_kramdown(suite: str, case: dict[str, str], expected: object) -> None:
    options = {k: _option_value(v) for k, v in (p.split("=", 1) for p in case.get("opts", "").split())}
    span = case.get("mode") == "span"
    code = case["code"][:-1] if span else case["code"]
    assert kramdown_highlight(code, case.get("lang"), span=span, **options) == expected
