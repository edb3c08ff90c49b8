"""Rouge's `scala` language.

Names follow the Scala specification's letters (Unicode letters, `$`, `_`), and an
identifier ending in `_` may continue with operator characters (`unary_!`).  Operator
characters are printable ASCII and math/other symbols that are not letters, digits,
brackets or delimiters; a capitalised name is a class, a `:` opens a type annotation.
"""
from __future__ import annotations

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Operator, String, Text
from ..tokens import Number
from .unicode_props import category_class

# Ruby's `\p{Space}` (the White_Space property).
SPACE = r"\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
_LETTER = "[" + category_class("Lu", "Ll", "Lt", "Lm", "Lo") + "$_]"
_UPPER = "[" + category_class("Lu") + "$_]"
# Printable ASCII and math/other symbols, less letters, digits, brackets and delimiters.
OP = "[!#%&'*+\\-/:<=>?@\\\\^`|~\\x7f" + category_class("Sm", "So") + "]"
IDREST = f"{_LETTER}(?:{_LETTER}|[0-9])*(?:(?<=_){OP}+)?"
_NAME_OR_OP = f"{IDREST}|{OP}+|`[^`]+`"
# Rouge's type chunk: the operator branch requires a backquoted name after the operators.
_TYPECHUNK = f"(?:{IDREST}|{OP}+`[^`]+`)"
_TYPE_PATH = f"{_TYPECHUNK}(?:\\.{_TYPECHUNK})*"

# Rouge's `"(\\\\|\\"|[^"])*"`: the possessive branch is the regex engine's first path (and
# the answer whenever it closes); the original runs only when a later quote exists, so an
# unterminated string cannot backtrack exponentially.
_STRING = r'"(?:(?:\\\\|\\"|[^"])*+"|(?=[^"]*")(\\\\|\\"|[^"])*")'

_KEYWORDS = """
abstract case catch def do else extends final finally for forSome if implicit lazy match new
override private protected requires return sealed super this throw try val var while with yield
""".split()


class ScalaLexer(RegexLexer):
    tag = "scala"

    rules = {
        "root": [
            (r"(class|trait|object)(\s+)", groups(Keyword, Text), "class"),
            (f"'{IDREST}(?!')", String.Symbol),
            (r"[^\S\n]+", Text),
            (r"//.*", Comment.Single),
            (r"/\*", Comment.Multiline, "comment"),
            (f"@{IDREST}", Name.Decorator),
            (f"(def)(\\s+)({_NAME_OR_OP})(\\s*)", groups(Keyword, Text, Name.Function, Text)),
            (f"(val)(\\s+)({_NAME_OR_OP})(\\s*)", groups(Keyword, Text, Name.Variable, Text)),
            (f"(this)(\\n*)(\\.)({IDREST})", groups(Keyword, Text, Operator, Name.Property)),
            (f"({IDREST}|_)(\\n*)(\\.)({IDREST})", groups(Name.Variable, Text, Operator, Name.Property)),
            (f"{_UPPER}{IDREST}\\b", Name.Class),
            (f"({IDREST})([{SPACE}]*)(\\()", groups(Name.Function, Text, Operator)),
            (f"(\\.)({IDREST})", groups(Operator, Name.Property)),
            ("(" + "|".join(_KEYWORDS) + r")\b|(<[%:-]|=>|>:|[#=@_\u21D2\u2190])(\b|(?=\s)|$)", Keyword),
            (f":(?!{OP})", Keyword, "type"),
            (r"(true|false|null)\b", Keyword.Constant),
            (r"(import|package)(\s+)", groups(Keyword, Text), "import"),
            (r"(type)(\s+)", groups(Keyword, Text), "type"),
            (r'(?s)""".*?"""(?!")', String),
            (_STRING, String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'", String.Char),
            (IDREST, Name),
            (r"`[^`]+`", Name),
            (r"\[", Operator, "typeparam"),
            (r"[(){};,.#]", Operator),
            (f"{OP}+", Operator),
            (r"([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?", Number.Float),
            (r"([0-9][0-9]*[fFdD])", Number.Float),
            (r"0x[0-9a-fA-F]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (f"({_NAME_OR_OP})(\\s*)(\\[)", groups(Name.Class, Text, Operator), "typeparam"),
            (r"\s+", Text),
            (r"{", Operator, "#pop"),
            (r"\(", Operator, "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (_NAME_OR_OP, Name.Class, "#pop"),
        ],
        "type": [
            (r"\s+", Text),
            (r"<[%:]|>:|[#_\u21D2]|forSome|type", Keyword),
            (r"([,);}]|=>|=)(\s*)", groups(Operator, Text), "#pop"),
            (r"[({]", Operator, "type"),
            (f"({_TYPE_PATH})(\\s*)(\\[)", groups(Keyword.Type, Text, Operator), ("#pop", "typeparam")),
            (f"({_TYPE_PATH})(\\s*)$", groups(Keyword.Type, Text), "#pop"),
            (r"//.*", Comment.Single, "#pop"),
            (f"\\.|{_NAME_OR_OP}", Keyword.Type),
        ],
        "typeparam": [
            (r"[\s,]+", Text),
            (r"<[%:]|=>|>:|[#_\u21D2]|forSome|type", Keyword),
            (r"([\])}])", Operator, "#pop"),
            (r"[(\[{]", Operator, "typeparam"),
            (f"\\.|{_NAME_OR_OP}", Keyword.Type),
        ],
        "comment": [
            (r"[^/*]+", Comment.Multiline),
            (r"/\*", Comment.Multiline, "comment"),
            (r"\*/", Comment.Multiline, "#pop"),
            (r"[*/]", Comment.Multiline),
        ],
        "import": [
            (f"({IDREST}|\\.)+", Name.Namespace, "#pop"),
        ],
    }
