"""Rouge's `kotlin` language.

Names follow Kotlin's Unicode rules (a capitalised name is a class); numbers allow `_`
between digits; declarations (`class`, `fun`, `val`, `import`) switch to a small state
that colours the declared name.
"""
from __future__ import annotations

from ..engine import RegexLexer, groups, words
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .unicode_props import category_class

_KEYWORDS = """
abstract annotation as break by catch class companion const constructor continue crossinline do
dynamic else enum external false final finally for fun get if import in infix inline inner
interface internal is lateinit noinline null object open operator out override package private
protected public reified return sealed set super suspend tailrec this throw true try typealias
typeof val var vararg when where while yield
"""

_UPPER = category_class("Lu")
_NAME_START = category_class("Lu", "Ll", "Lt", "Lm", "Nl")
_NAME_CHARS = "[-_" + category_class("Lu", "Ll", "Lt", "Lm", "Nl", "Nd", "Pc", "Cf", "Mn", "Mc") + "]*"
CLASS_NAME = f"`?[{_UPPER}]{_NAME_CHARS}`?"
NAME = f"`?[_{_NAME_START}]{_NAME_CHARS}`?"

_DEC = r"(?:([0-9][0-9_]*[0-9])|[0-9])"
_EXPONENT = rf"(?:[eE][+-]?({_DEC}))"
_DOUBLE = rf"(?:(({_DEC})?\.{_DEC}({_EXPONENT})?)|({_DEC}{_EXPONENT}))"


class KotlinLexer(RegexLexer):
    tag = "kotlin"

    rules = {
        "root": [
            (r"\b(companion)(\s+)(object)\b", groups(Keyword, Text, Keyword)),
            (r"\b(class|data\s+class|interface|object)(\s+)",
             lambda lx, m: (lx.groups(Keyword.Declaration, Text), lx.push("class"))),
            (r"\b(fun)(\s+)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("function"))),
            (r"\b(package|import)(\s+)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("package"))),
            (r"\b(val|var)(\s+)(\()",
             lambda lx, m: (lx.groups(Keyword.Declaration, Text, Punctuation), lx.push("destructure"))),
            (r"\b(val|var)(\s+)", lambda lx, m: (lx.groups(Keyword.Declaration, Text), lx.push("property"))),
            (rf"(return|continue|break|this|super)(@{NAME})?\b", groups(Keyword, Name.Decorator)),
            (r"\bfun\b", Keyword),
            (words(_KEYWORDS, r"\b", r"\b"), Keyword),
            (r"^\s*\[.*?\]", Name.Attribute),
            (r"[^\S\n]+", Text),
            (r"\\\n", Text),
            (r"//.*?$", Comment.Single),
            (r"/[*].*[*]/", Comment.Multiline),
            (r"/[*].*", Comment.Multiline, "comment"),
            (r"\n", Text),
            (r"(::)(class)", groups(Operator, Keyword)),
            (r"::|!!|\?[:.]", Operator),
            (r"(\.\.)", Operator),
            (rf"({_DOUBLE}[fF]?)|({_DEC}[fF])", Number.Float),
            (r"0[bB]([01][01_]*[01]|[01])[uU]?L?", Number.Bin),
            (r"0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?", Number.Hex),
            (r"(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?", Number.Integer),
            (r"[~!%^&*()+=|\[\]:;,.<>/?-]", Punctuation),
            (r"[{}]", Punctuation),
            (r'(?s)@"(""|[^"])*"', String),
            (r'(?s)""".*?"""', String),
            (r'"(\\\\|\\"|[^"\n])*["\n]', String),
            (r"'\\.'|'[^\\]'", String.Char),
            (rf"(@{CLASS_NAME})", Name.Decorator),
            (rf"({CLASS_NAME})(<)",
             lambda lx, m: (lx.groups(Name.Class, Punctuation), lx.push("generic_parameters"))),
            (CLASS_NAME, Name.Class),
            (rf"({NAME})(?=\s*[({{])", Name.Function),
            (rf"({NAME})@", Name.Decorator),
            (NAME, Name),
        ],
        "package": [(r"\S+", Name.Namespace, "#pop")],
        "class": [(CLASS_NAME, Name.Class, "#pop")],
        "function": [
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(\s+)", Text),
            (rf"({CLASS_NAME})(\.)", groups(Name.Class, Punctuation)),
            (NAME, Name.Function, "#pop"),
        ],
        "generic_parameters": [
            (CLASS_NAME, Name.Class),
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(reified|out|in)", Keyword),
            (r"([,:.?])", Punctuation),
            (r"(\s+)", Text),
            (r"(>)", Punctuation, "#pop"),
        ],
        "property": [
            (r"(<)", Punctuation, "generic_parameters"),
            (r"(\s+)", Text),
            (NAME, Name.Property, "#pop"),
        ],
        "destructure": [
            (r"(,)", Punctuation),
            (r"(\))", Punctuation, "#pop"),
            (r"(\s+)", Text),
            (NAME, Name.Property),
        ],
        "comment": [
            (r"/[*]", Comment.Multiline, "comment"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
    }
