"""Rouge's `toml` language: tables, keys, strings, numbers and dates."""
from __future__ import annotations

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Error, Keyword, Literal, Name, Number, Operator, Punctuation, String, Text

KEY = r"""(?:\S+|"[^"]+"|'[^']+')"""


class TomlLexer(RegexLexer):
    tag = "toml"

    rules = {
        "basic": [
            (r"\s+", Text),
            (r"#.*?$", Comment),
            (r"(true|false)", Keyword.Constant),
            (rf"({KEY})(\s*)(=)(\s*)(\{{)",
             lambda lx, m: (lx.groups(Name.Namespace, Text, Operator, Text, Punctuation), lx.push("inline"))),
            (r"\s*\[[\S]+\]", Name.Namespace),
            (r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", Literal.Date),
            (r"[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?", Number.Float),
            (r"[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*", Number.Float),
            (r"[+-]?(?:nan|inf)", Number.Float),
            (r"0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*", Number.Hex),
            (r"0o[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[+-]?\d+(?:_\d+)*", Number.Integer),
        ],
        "root": [
            include("basic"),
            (rf"({KEY})(\s*)(=)", lambda lx, m: (lx.groups(Name.Property, Text, Punctuation), lx.push("value"))),
        ],
        "value": [(r"\n", Text, "#pop"), include("content")],
        "content": [
            include("basic"),
            (rf"({KEY})(\s*)(=)", groups(Name.Property, Text, Punctuation)),
            (r'"""', String, "mdq"),
            (r'"', String, "dq"),
            (r"'''", String, "msq"),
            (r"'", String, "sq"),
            include("esc_str"),
            (r",", Punctuation),
            (r"\[", Punctuation, "array"),
        ],
        "dq": [
            (r'"', String, "#pop"),
            (r"\n", Error, "#pop"),
            include("esc_str"),
            (r'[^\\"\n]+', String),
        ],
        "mdq": [
            (r'"""', String, "#pop"),
            include("esc_str"),
            (r'[^\\"]+', String),
            (r'"+', String),
        ],
        "sq": [
            (r"'", String, "#pop"),
            (r"\n", Error, "#pop"),
            (r"[^'\n]+", String),
        ],
        "msq": [
            (r"'''", String, "#pop"),
            (r"[^']+", String),
            (r"'+", String),
        ],
        "esc_str": [(r'\\[0t\tn\n "\\r]', String.Escape)],
        "array": [include("content"), (r"\]", Punctuation, "#pop")],
        "inline": [include("content"), (r"\}", Punctuation, "#pop")],
    }
