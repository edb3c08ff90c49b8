"""Rouge's `ini` language: sections, `key = value` pairs and comments."""
from __future__ import annotations

from ..engine import RegexLexer, include
from ..tokens import Comment, Name, Punctuation, String, Text


class IniLexer(RegexLexer):
    tag = "ini"

    rules = {
        "basic": [
            (r"[;#].*?\n", Comment),
            (r"\s+", Text),
            (r"\\\n", String.Escape),
        ],
        "root": [
            include("basic"),
            (r"([\w\-.]+)(\s*)(=)",
             lambda lx, m: (lx.groups(Name.Property, Text, Punctuation), lx.push("value"))),
            (r"\[.*?\]", Name.Namespace),
        ],
        "value": [
            (r"\n", Text, "#pop"),
            include("basic"),
            (r'"', String, "dq"),
            (r"'.*?'", String),
            include("esc_str"),
            (r"[^\\\n]+", String),
        ],
        "dq": [
            (r'"', String, "#pop"),
            include("esc_str"),
            (r'[^\\"]+', String),
        ],
        "esc_str": [(r"(?s)\\.", String.Escape)],
    }
