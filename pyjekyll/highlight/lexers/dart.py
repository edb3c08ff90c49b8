"""Rouge's `dart` language.

A line that opens with words and then `name(` is read as a method declaration: the words
before the name are lexed again from the start, the name is a function.  Keywords need
no word boundary in front, only behind.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

ID = r"[a-zA-Z_]\w*"

_KEYWORDS = """
as assert await break case catch continue default do else finally for if in is new rethrow return
super switch this throw try while with yield
""".split()
_DECLARATIONS = """
abstract async dynamic const covariant external extends factory final get implements late native
on operator required set static sync typedef var
""".split()
_TYPES = """
bool Comparable double Dynamic enum Function int List Map Never Null num Object Pattern Set String
Symbol Type Uri void
""".split()
_IMPORTS = r"import|deferred|export|library|part\s*of|part|source"


def _method_declaration(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.recurse(m.group(1))
    lx.token(Name.Function, m.group(2))
    lx.token(Text, m.group(3))
    lx.token(Punctuation, m.group(4))


class DartLexer(RegexLexer):
    tag = "dart"

    rules = {
        "root": [
            (r"^(\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?)([a-zA-Z_]\w*)(\s*)(\()", _method_declaration),
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (r'"', String, "dqs"),
            (r"'", String, "sqs"),
            (r'r"[^"]*"', String.Other),
            (r"r'[^']*'", String.Other),
            (f"#(?:{ID})?", String.Symbol),
            (f"@{ID}", Name.Decorator),
            ("(?:" + "|".join(_KEYWORDS) + r")\b", Keyword),
            ("(?:" + "|".join(_DECLARATIONS) + r")\b", Keyword.Declaration),
            ("(?:" + "|".join(_TYPES) + r")\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface|mixin)\b", Keyword.Declaration, "class"),
            (f"(?:{_IMPORTS})\\b", Keyword.Namespace, "import"),
            (f"(\\.)({ID})", groups(Operator, Name.Attribute)),
            (f"{ID}:", Name.Label),
            (f"\\$?{ID}", Name),
            (r"[~^*!%&|+=:/?-]", Operator),
            (r"[\[\](){}<>.,;]", Punctuation),
            (r"\d*\.\d+([eE]-?\d+)?", Number.Float),
            (r"0x[\da-fA-F]+", Number.Hex),
            (r"\d+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (ID, Name.Class, "#pop"),
        ],
        "dqs": [
            (r'"', String, "#pop"),
            (r'[^\\$"]+', String),
            include("string"),
        ],
        "sqs": [
            (r"'", String, "#pop"),
            (r"[^\\$']+", String),
            include("string"),
        ],
        "import": [
            (r";", Operator, "#pop"),
            (r"(?:show|hide)\b", Keyword.Declaration),
            include("root"),
        ],
        "string": [
            include("interpolation"),
            (r"\\[nrt\"'\\]", String.Escape),
        ],
        "interpolation": [
            (f"\\${ID}", String.Interpol),
            (r"\$\{[^}]+\}", String.Interpol),
        ],
    }
