"""Token types and the CSS class each one gets in Rouge's HTML.

We reuse Pygments' token tree so fallback lexers plug in unchanged; Rouge adds a few
types Pygments lacks (`Comment.Doc`, `Keyword.Variable`, `Number.Other`,
`Punctuation.Indicator`, `Generic.Lineno`), which `pygments.token` creates on access.
"""
from __future__ import annotations

from pygments.token import (  # noqa: F401  (re-exported for the lexers)
    Comment, Error, Escape, Generic, Keyword, Literal, Name, Number, Operator,
    Other, Punctuation, String, Text, Token, Whitespace, _TokenType,
)
from pygments.token import STANDARD_TYPES

TokenType = _TokenType

Str = String
Num = Number

_EXTRA_CLASSES: dict[TokenType, str] = {
    Comment.Doc: "cd",
    Keyword.Variable: "kv",
    Number.Other: "mx",
    Punctuation.Indicator: "pi",
    Generic.Lineno: "gl",
}

# Types Pygments knows but Rouge does not: Rouge's nearest ancestor class applies.
_PYGMENTS_ONLY = {Generic.EmphStrong, Punctuation.Marker}

_CLASS_OF: dict[TokenType, str] = {
    t: c for t, c in STANDARD_TYPES.items() if t not in _PYGMENTS_ONLY
}
_CLASS_OF.update(_EXTRA_CLASSES)


def css_class(ttype: TokenType) -> str:
    """Rouge's short class name for `ttype`; unknown subtypes take their nearest ancestor's."""
    cls = _CLASS_OF.get(ttype)
    if cls is not None:
        return cls
    t = ttype
    while t not in _CLASS_OF:
        t = t.parent
    cls = _CLASS_OF[t]
    _CLASS_OF[ttype] = cls
    return cls
