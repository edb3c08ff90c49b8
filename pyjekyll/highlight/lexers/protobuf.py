"""Rouge's `protobuf` language (alias `proto`).

`//` comments run on across lines ending in a backslash; the name after `package`,
`message`/`extend` and `enum`/`group`/`service` gets its own colour, and `name =`
marks a field or option name.  Rouge's operator class `[+-=]` is a character range
(`+` to `=`), kept as such.
"""
from __future__ import annotations

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

_KEYWORDS = r"\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b"
_TYPES = (r"\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string"
          r"|uint32|uint64)\b")


class ProtobufLexer(RegexLexer):
    tag = "protobuf"
    aliases = ("proto",)

    rules = {
        "root": [
            (r"[\s]+", Text),
            (r"[,;{}\[\]()]", Punctuation),
            (r"/(\\\n)?/($|(.|\n)*?[^\\]$)", Comment.Single),
            (r"/(\\\n)?\*(.|\n)*?\*(\\\n)?/", Comment.Multiline),
            (_KEYWORDS, Keyword),
            (_TYPES, Keyword.Type),
            (r"true|false", Keyword.Constant),
            (r"(package)(\s+)", groups(Keyword.Namespace, Text), "package"),
            (r"(message|extend)(\s+)", groups(Keyword.Declaration, Text), "message"),
            (r"(enum|group|service)(\s+)", groups(Keyword.Declaration, Text), "type"),
            (r'".*?"', String),
            (r"'.*?'", String),
            (r"(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*", Number.Float),
            (r"(\d+\.\d*|\.\d+|\d+[fF])[fF]?", Number.Float),
            (r"(-?(inf|nan))\b", Number.Float),
            (r"0x[0-9a-fA-F]+[LlUu]*", Number.Hex),
            (r"0[0-7]+[LlUu]*", Number.Oct),
            (r"\d+[LlUu]*", Number.Integer),
            (r"[+-=]", Operator),
            (r"([a-zA-Z_][\w.]*)([ \t]*)(=)", groups(Name.Attribute, Text, Operator)),
            (r"[a-zA-Z_][\w.]*", Name),
        ],
        "package": [
            (r"[a-zA-Z_]\w*", Name.Namespace, "#pop"),
            (r"", Text, "#pop"),
        ],
        "message": [
            (r"[a-zA-Z_]\w*", Name.Class, "#pop"),
            (r"", Text, "#pop"),
        ],
        "type": [
            (r"[a-zA-Z_]\w*", Name, "#pop"),
            (r"", Text, "#pop"),
        ],
    }
