"""Rouge's `r` language (also `s`).  Primitive functions count only when called."""
from __future__ import annotations

import re

from ..engine import RegexLexer
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .unicode_props import alphabetic_class, category_class

_KEYWORDS = frozenset("if else for while repeat in next break function".split())
_KEYWORD_CONSTANTS = frozenset(
    "NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_".split())
_BUILTIN_CONSTANTS = frozenset("LETTERS letters month.abb month.name pi T F".split())
# Rouge joins these unescaped, so each `.` in them matches any character.
_PRIMITIVES = """
abs acos acosh all any anyNA Arg as.call as.character as.complex as.double as.environment
as.integer as.logical as.null.default as.numeric as.raw asin asinh atan atanh attr attributes
baseenv browser c call ceiling class Conj cos cosh cospi cummax cummin cumprod cumsum digamma
dim dimnames emptyenv exp expression floor forceAndCall gamma gc.time globalenv Im interactive
invisible is.array is.atomic is.call is.character is.complex is.double is.environment
is.expression is.finite is.function is.infinite is.integer is.language is.list is.logical
is.matrix is.na is.name is.nan is.null is.numeric is.object is.pairlist is.raw is.recursive
is.single is.symbol lazyLoadDBfetch length lgamma list log max min missing Mod names nargs
nzchar oldClass on.exit pos.to.env proc.time prod quote range Re rep retracemem return round
seq_along seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch
tan tanh tanpi tracemem trigamma trunc unclass untracemem UseMethod xtfrm
"""
_ALPHA = alphabetic_class()
_ALNUM = _ALPHA + category_class("Nd")


def _name(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in _KEYWORDS:
        lx.token(Keyword)
    elif word in _KEYWORD_CONSTANTS:
        lx.token(Keyword.Constant)
    elif word in _BUILTIN_CONSTANTS:
        lx.token(Name.Builtin)
    else:
        lx.token(Name)


class RLexer(RegexLexer):
    tag = "r"
    aliases = ("R", "s", "S")

    rules = {
        "root": [
            (r"#'.*?$", Comment.Doc),
            (r"#.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"`[^`]+?`", Name),
            (r"(?s)'(\\.|.)*?'", String.Single),
            (r'(?s)"(\\.|.)*?"', String.Double),
            (r"%[^%]*?%", Operator),
            (r"0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?", Number.Hex),
            (r"[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?", Number),
            # Rouge's `(?<!.)` here sees no text before the scan position, so it always holds.
            (r"\b(" + "|".join(_PRIMITIVES.split()) + r")(?=\()", Name.Function),
            (rf"(?:(?:[{_ALPHA}]|[.][._{_ALPHA}])[._{_ALNUM}]*)|[.]", _name),
            (r"[\[\]{}();,]", Punctuation),
            (r"[-<>?*+^/!=~$@:%&|]", Operator),
        ],
    }
