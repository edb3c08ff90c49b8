"""Rouge's `go` language."""
from __future__ import annotations

from ..engine import RegexLexer, include
from ..tokens import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import LETTER

_KEYWORDS = ("break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|"
             "switch|const|fallthrough|if|range|type|continue|for|import|return|var")
_TYPES = ("bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|"
          "string|uint8|uint16|uint32|uint64|uintptr|uint")
_FUNCTIONS = "append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover"
_OPERATORS = (r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|"
              r"\^=|\^|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:")
_DECIMALS = r"[0-9]+"
_EXPONENT = rf"[eE][+\-]?{_DECIMALS}"
_FLOAT = rf"(?:{_DECIMALS}\.(?:{_DECIMALS})?(?:{_EXPONENT})?|{_DECIMALS}{_EXPONENT}|\.{_DECIMALS}(?:{_EXPONENT})?)"
_ESCAPED_CHAR = r"\\[abfnrtv\\'\"]"
_UNICODE_VALUE = rf"(?:[^\n]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}}|{_ESCAPED_CHAR})"
_BYTE_VALUE = r"(?:\\[0-7]{3}|\\x[0-9A-Fa-f]{2})"


class GoLexer(RegexLexer):
    tag = "go"
    aliases = ("go", "golang")

    rules = {
        "simple_tokens": [
            (r"(?s)//(?:(?!\n).)*|/\*(?:(?!\*/).)*\*/", Comment),
            (rf"\b(?:{_KEYWORDS})\b", Keyword),
            (rf"\b(?:{_TYPES})\b", Keyword.Type),
            (rf"\b(?:{_FUNCTIONS})\b", Name.Builtin),
            (r"\b(?:true|false|iota|nil)\b", Name.Constant),
            (rf"(?:{_DECIMALS}|{_FLOAT})i", Number),
            (_FLOAT, Number),
            (r"0[xX][0-9A-Fa-f]+|[0-9][0-9]*|0[0-7]*", Number),
            (rf"'(?:{_UNICODE_VALUE}|{_BYTE_VALUE})'", String.Char),
            (_OPERATORS, Operator),
            (r"\(|\)|\[|\]|\{|\}|,|;", Punctuation),
            (rf"(?!(?:{_KEYWORDS})\b)[{LETTER}_][{LETTER}_0-9]*", Name),
            (r"\s+", Text),
        ],
        "root": [
            include("simple_tokens"),
            (r"`", String, "raw_string"),
            (r'"', String, "interpreted_string"),
        ],
        "interpreted_string": [
            (r"\\[abfnrtv\\'\"]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\x[0-9A-Fa-f]{2}", String.Escape),
            (r"\\.", Error),
            (r'"', String, "#pop"),
            (r'[^"\\]+', String),
        ],
        "raw_string": [
            (r"`", String, "#pop"),
            (r"[^`]+", String),
        ],
    }
