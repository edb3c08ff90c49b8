"""Rouge's `css` language: selectors, at-rules and declaration blocks."""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import FORMAT, LETTER, WORD, word_list, word_set

IDENT = rf"[{LETTER}_-][{WORD}{FORMAT}-]*"
NUMBER = r"-?(?:[0-9]+(\.[0-9]+)?|\.[0-9]+)"
_UNITS = "em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz"

PROPERTIES = word_set("css.attributes")
KEYWORD_VALUES = word_set("css.builtins")
COLOR_NAMES = word_set("css.constants")
VENDOR_PREFIXES = tuple(word_list("css.vendor_prefixes"))


def _value_word(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in COLOR_NAMES:
        lx.token(Name.Constant)
    elif word in KEYWORD_VALUES:
        lx.token(Name.Builtin)
    else:
        lx.token(Name)


def _property_name(lx: RegexLexer, m: re.Match[str]) -> None:
    name = m.group(1)
    known = name in PROPERTIES or name.startswith(VENDOR_PREFIXES)
    lx.groups(Name.Label if known else Name.Property, Text, Punctuation)
    lx.push("stanza_value")


class CssLexer(RegexLexer):
    tag = "css"

    rules = {
        "root": [
            include("basics"),
            (r"\{", Punctuation, "stanza"),
            (rf":[:]?{IDENT}", Name.Decorator),
            (rf"\.{IDENT}", Name.Class),
            (rf"#{IDENT}", Name.Function),
            (rf"@{IDENT}", Keyword, "at_rule"),
            (IDENT, Name.Tag),
            (r"[~^*!%&\[\]()<>|+=@:;,./?-]", Operator),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
        ],
        "value": [
            include("basics"),
            (r"url\(.*?\)", String.Other),
            (r"#[0-9a-fA-F]{1,6}", Number),
            (rf"{NUMBER}(?:%|(?:{_UNITS})\b)?", Number),
            (r"[\[\]():/.,]", Punctuation),
            (r'"(\\\\|\\"|[^"])*"', String.Single),
            (r"'(\\\\|\\'|[^'])*'", String.Double),
            (IDENT, _value_word),
        ],
        "at_rule": [
            (rf"\{{(?=\s*{IDENT}\s*:)", Punctuation, "at_stanza"),
            (r"\{", Punctuation, "at_body"),
            (r";", Punctuation, "#pop"),
            include("value"),
        ],
        "at_body": [include("at_content"), include("root")],
        "at_stanza": [include("at_content"), include("stanza")],
        "at_content": [(r"\}", lambda lx, m: (lx.token(Punctuation), lx.pop(2)))],
        "basics": [
            (r"\s+", Text),
            (r"(?s)/\*(?:.*?)\*/", Comment),
        ],
        "stanza": [
            include("basics"),
            (r"\}", Punctuation, "#pop"),
            (rf"({IDENT})(\s*)(:)", _property_name),
        ],
        "stanza_value": [
            (r";", Punctuation, "#pop"),
            (r"(?=\})", lambda lx, m: lx.pop()),
            (r"!\s*important\b", Comment.Preproc),
            (r"^@.*?$", Comment.Preproc),
            include("value"),
        ],
    }
