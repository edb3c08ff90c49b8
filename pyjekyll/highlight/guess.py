"""Rouge's `guess` pseudo-language, for the common cases: shebangs, doctypes, diffs.

Rouge asks every lexer's source detector; we check the detectors of the languages sites
actually write (best effort) and fall back to plain text like Rouge does when none fires.
"""
from __future__ import annotations

import re

_SHEBANG = re.compile(r"\A\s*#!(.*)$", re.M)
_DOCTYPE = re.compile(r"\A\s*(?:<\?.*?\?>\s*)?<!DOCTYPE\s+(.+?)>", re.S)
_SHEBANG_TAGS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(?:ba|z|k)?sh(?:\s|$)"), "shell"),
    (re.compile(r"\bpython[23]?(?:\s|$)"), "python"),
    (re.compile(r"\bruby(?:\s|$)"), "ruby"),
    (re.compile(r"\b(?:node|jsc)(?:\s|$)"), "javascript"),
    (re.compile(r"\bperl(?:\s|$)"), "perl"),
]
_DIFF = (re.compile(r"\Adiff[^\n]*?\ba/[^\n]*\bb/"), re.compile(r"---.*?\n[+][+][+]"),
         re.compile(r"[+][+][+].*?\n---"))


def guess_tag(code: str) -> str:
    """The Rouge tag a source-only guess lands on."""
    shebang = _SHEBANG.match(code)
    if shebang:
        for pattern, tag in _SHEBANG_TAGS:
            if pattern.search(shebang.group(1)):
                return tag
    doctype = _DOCTYPE.match(code)
    if doctype and re.search(r"\bhtml\b", doctype.group(1), re.I):
        return "html"
    if re.match(r"\s*%YAML", code):
        return "yaml"
    if code.startswith("<?xml"):
        return "xml"
    if re.search(r"<\s*html\b", code):
        return "html"
    if code.startswith("Index: ") or any(p.search(code) for p in _DIFF):
        return "diff"
    return "plaintext"
