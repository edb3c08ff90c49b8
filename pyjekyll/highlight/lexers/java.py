"""Rouge's `java` language."""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, String, Text
from .common import LETTER, WORD

_KEYWORDS = ("assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|"
             "return|switch|this|throw|try|while")
_DECLARATIONS = ("abstract|const|enum|extends|final|implements|native|private|protected|public|static|"
                 "strictfp|super|synchronized|throws|transient|volatile")
_TYPES = "boolean|byte|char|double|float|int|long|short|var|void"
IDENT = rf"[{LETTER}_][{WORD}]*"
_UPPER = r"A-Z\u00c0-\u00d6\u00d8-\u00de"
_DIGIT = r"(?:[0-9]_+[0-9]|[0-9])"


def _method_call(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.recurse(m.group(1))
    lx.token(Name.Function, m.group(2))
    lx.token(Text, m.group(3))
    lx.token(Operator, m.group(4))


class JavaLexer(RegexLexer):
    tag = "java"

    rules = {
        "root": [
            (r"[^\S\n]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
            (rf"(?:{_KEYWORDS})\b", Keyword),
            (r"(\s*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()", _method_call),
            (rf"@{IDENT}", Name.Decorator),
            (rf"(?:{_DECLARATIONS})\b", Keyword.Declaration),
            (rf"(?:{_TYPES})\b", Keyword.Type),
            (r"(?:true|false|null)\b", Keyword.Constant),
            (r"(?:class|interface)\b", Keyword.Declaration, "class"),
            (r"(?:import|package)\b", Keyword.Namespace, "import"),
            (r'"(\\\\|\\"|[^"])*"', String),
            (r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", String.Char),
            (rf"(\.)({IDENT})", groups(Operator, Name.Attribute)),
            (rf"{IDENT}:", Name.Label),
            (rf"[{_UPPER}][{_UPPER}0-9_]*\b", Name.Constant),
            (rf"[{_UPPER}][{LETTER}0-9]*\b", Name.Class),
            (rf"\$?{IDENT}", Name),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (rf"{_DIGIT}+\.{_DIGIT}+([eE]{_DIGIT}+)?[fd]?", Number.Float),
            (r"0[bB](?:[01]_+[01]|[01])+", Number.Bin),
            (r"0[xX](?:[0-9a-fA-F]_+[0-9a-fA-F]|[0-9a-fA-F])+", Number.Hex),
            (r"0(?:[0-7]_+[0-7]|[0-7])+", Number.Oct),
            (rf"{_DIGIT}+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (IDENT, Name.Class, "#pop"),
        ],
        "import": [
            (r"\s+", Text),
            (r"(?i)[a-z0-9_.]+\*?", Name.Namespace, "#pop"),
        ],
    }
