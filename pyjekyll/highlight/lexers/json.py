"""Rouge's `json` language: object keys are labels, everything else literals and punctuation."""
from __future__ import annotations

from ..engine import RegexLexer, groups, include
from ..tokens import Keyword, Name, Number, Punctuation, String, Text


class JsonLexer(RegexLexer):
    tag = "json"

    rules = {
        "whitespace": [(r"\s+", Text.Whitespace)],
        "root": [
            include("whitespace"),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "array"),
            include("name"),
            include("value"),
            (r"[\]}]", Punctuation),
        ],
        "object": [
            include("whitespace"),
            include("name"),
            include("value"),
            (r"\}", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "name": [
            (r'("(?:\\.|[^"\\\n])*?")(\s*)(:)', groups(Name.Label, Text.Whitespace, Punctuation)),
        ],
        "value": [
            include("whitespace"),
            include("constants"),
            (r'"', String.Double, "string"),
            (r"\[", Punctuation, "array"),
            (r"\{", Punctuation, "object"),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            (r"\\.", String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "array": [
            include("value"),
            (r"\]", Punctuation, "#pop"),
            (r",", Punctuation),
        ],
        "constants": [
            (r"(?:true|false|null)", Keyword.Constant),
            (r"(?i)-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?", Number.Float),
            (r"(?i)-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?", Number.Integer),
        ],
    }
