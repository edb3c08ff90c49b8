"""Character-class bodies for Unicode general categories (Ruby's `\\p{Lu}` and friends).

Patterns are compiled with `re.ASCII`, which has no `\\p{…}`; lexers that need an exact
category spell it out as ranges built here once per process from `unicodedata` (Python's
Unicode tables, which may be one version newer than Ruby's).
"""
from __future__ import annotations

import functools
import unicodedata

# Outside these spans every code point is unassigned or private use (planes 15-16).
_ASSIGNED_SPANS = ((0, 0x40000), (0xE0000, 0xE1000))
_PRIVATE_PLANES = ((0xF0000, 0xFFFFD), (0x100000, 0x10FFFD))


def _escape(code: int) -> str:
    return f"\\U{code:08x}" if code > 0xFFFF else f"\\u{code:04x}"


@functools.cache
def category_class(*categories: str) -> str:
    """A class body (no brackets) matching exactly the code points of the given categories."""
    wanted = frozenset(categories)
    if "Cn" in wanted:
        raise ValueError("unassigned code points are not enumerated")
    category = unicodedata.category
    parts: list[str] = []
    for low, high in _ASSIGNED_SPANS:
        start = -1
        for code in range(low, high):
            inside = category(chr(code)) in wanted
            if inside and start < 0:
                start = code
            elif not inside and start >= 0:
                parts.append(_range(start, code - 1))
                start = -1
        if start >= 0:
            parts.append(_range(start, high - 1))
    if "Co" in wanted:
        parts.extend(_range(low, high) for low, high in _PRIVATE_PLANES)
    return "".join(parts)


@functools.cache
def uppercase_class() -> str:
    """Ruby's `[[:upper:]]`: the Uppercase property (`Lu` plus e.g. Roman numerals, circled capitals)."""
    parts: list[str] = []
    start = -1
    for low, high in _ASSIGNED_SPANS:
        for code in range(low, high):
            inside = chr(code).isupper()
            if inside and start < 0:
                start = code
            elif not inside and start >= 0:
                parts.append(_range(start, code - 1))
                start = -1
        if start >= 0:
            parts.append(_range(start, high - 1))
            start = -1
    return "".join(parts)


@functools.cache
def alphabetic_class(with_spacing_marks: bool = True) -> str:
    """Ruby's `\\p{Alpha}`, approximated: letters, letter numbers, spacing marks, vowel signs
    and circled letters (Python has no Other_Alphabetic table)."""
    categories = ("Lu", "Ll", "Lt", "Lm", "Lo", "Nl") + (("Mc",) if with_spacing_marks else ())
    return category_class(*categories) + _vowel_signs() + r"\u24b6-\u24e9"


@functools.cache
def _vowel_signs() -> str:
    category, name = unicodedata.category, unicodedata.name
    return "".join(_escape(c) for c in range(0x300, 0x20000)
                   if category(chr(c)) == "Mn" and "VOWEL" in name(chr(c), ""))


def _range(first: int, last: int) -> str:
    if first == last:
        return _escape(first)
    return f"{_escape(first)}-{_escape(last)}"
