"""Rouge's `matlab` language (alias `m`).

A quote opens a character array only when another quote follows on the same line
(otherwise it is the transpose operator); `!` at the start of a line runs the rest of the
line as a shell command, lexed by a fresh shell lexer.
"""
from __future__ import annotations

import functools
import re

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import word_set
from .shell import ShellLexer

_KEYWORDS = frozenset("""
arguments break case catch classdef continue else elseif end for function global if import
methods otherwise parfor persistent properties return spmd switch try while
""".split())


def _shell_escape(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Keyword, m.group(1))
    lx.delegate(ShellLexer(), m.group(2))


def _identifier(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in _KEYWORDS:
        lx.token(Keyword)
    elif word in _builtins():
        lx.token(Name.Builtin)
    else:
        lx.token(Name)


@functools.cache
def _builtins() -> frozenset[str]:
    """Rouge's 3,000-odd MATLAB functions, loaded on first use."""
    return word_set("matlab.builtins")


class MatlabLexer(RegexLexer):
    tag = "matlab"
    aliases = ("m",)

    rules = {
        "root": [
            (r"\s+", Text),
            (r"(?s)[{]%.*?%[}]", Comment.Multiline),
            (r"%.*$", Comment.Single),
            (r"([.][.][.])(.*?)$", groups(Keyword, Comment)),
            (r"^(!)(.*?)(?=%|$)", _shell_escape),
            (r"[a-zA-Z][_a-zA-Z0-9]*", _identifier),
            (r"[(){};:,/\\\]\[]", Punctuation),
            (r"~=|==|<<|>>|[-~+/*%=<>&^|.@]", Operator),
            (r"(?i)(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?", Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"\d+L", Number.Integer.Long),
            (r"\d+", Number.Integer),
            (r"'(?=(.*'))", String.Single, "chararray"),
            (r'"(?=(.*"))', String.Double, "string"),
            (r"'", Operator),
        ],
        "chararray": [
            (r"[^']+", String.Single),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "string": [
            (r'[^"]+', String.Double),
            (r'""', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
    }
