"""Rouge's `apache` language: httpd.conf/.htaccess directives and `<Section>` blocks.

Rouge colours a word only when its lower-cased form is a known directive, section name or
value (any of the three lists, whatever the position); other words stay plain text.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, include
from ..tokens import Comment, Name, Punctuation, String, Text, TokenType
from .common import word_set

_KNOWN = word_set("apache.directives") | word_set("apache.sections") | word_set("apache.values")


def _known_or_text(word: str, ttype: TokenType) -> TokenType:
    return ttype if word.lower() in _KNOWN else Text


def _section_open(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation, m.group(1))
    lx.token(_known_or_text(m.group(2), Name.Label), m.group(2))
    lx.push("section")


class ApacheLexer(RegexLexer):
    tag = "apache"

    rules = {
        "whitespace": [
            (r"\#.*", Comment),
            (r"\s+", Text),
        ],
        "root": [
            include("whitespace"),
            (r"(</?)(\w+)", _section_open),
            (r"\w+", lambda lx, m: (lx.token(_known_or_text(m.group(0), Name.Class)), lx.push("directive"))),
        ],
        "section": [
            (r"([^>]+)?(>(?:\r\n?|\n)?)", lambda lx, m: (lx.groups(String.Regex, Punctuation), lx.pop())),
            include("whitespace"),
        ],
        "directive": [
            (r"\r\n?|\n", Text, "#pop"),
            include("whitespace"),
            (r"\S+", lambda lx, m: lx.token(_known_or_text(m.group(0), String.Symbol))),
        ],
    }
