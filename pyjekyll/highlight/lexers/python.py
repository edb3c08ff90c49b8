"""Rouge's `python` language.

Strings are tracked on a small stack of (prefix, delimiter) pairs so that f-string
interpolations (lexed as Python again), raw strings and nested quotes come out as Rouge's.
"""
from __future__ import annotations

import re
from typing import Any

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import LETTER, WORD, word_set

IDENT = rf"[{LETTER}_][{WORD}]*"
DOTTED = rf"[{LETTER}_.][{WORD}.]*"
_DIGITS = r"[0-9](_?[0-9])*"
_DECIMAL = rf"(({_DIGITS})?\.{_DIGITS}|{_DIGITS}\.)"
_EXPONENT = rf"[eE][+-]?{_DIGITS}"

KEYWORDS = word_set("python.keywords")
BUILTINS = word_set("python.builtins") | word_set("python.exceptions")
PSEUDO_BUILTINS = word_set("python.builtins_pseudo")


class PythonLexer(RegexLexer):
    tag = "python"
    aliases = ("py",)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.strings: list[tuple[str, str]] = []

    def reset(self) -> None:
        super().reset()
        self.strings = []

    def _identifier(self, m: re.Match[str]) -> None:
        word = m.group(0)  # (never empty: the rule needs a letter)
        if word in KEYWORDS:
            ttype = Keyword
        elif word in BUILTINS:
            ttype = Name.Builtin
        elif word in PSEUDO_BUILTINS:
            ttype = Name.Builtin.Pseudo
        else:
            ttype = Name
        self._out.append((ttype, word))

    def _string_open(self, m: re.Match[str]) -> None:
        self.groups(String.Affix, String)
        self.strings.append((m.group(1).lower(), m.group(2)))
        self.push("generic_string")

    def _quote(self, m: re.Match[str]) -> None:
        self.token(String)
        if self.strings[-1][1] == m.group(0):
            self.strings.pop()
            self.pop()

    def _brace(self, m: re.Match[str]) -> None:
        if "f" in self.strings[-1][0]:
            self.token(String.Interpol)
            self.push("generic_interpol")
        else:
            self.token(String)

    def _escape(self, m: re.Match[str]) -> None:
        self.token(String if "r" in self.strings[-1][0] else String.Escape)
        self.pop()

    rules = {
        "root": [
            (r"\n+", Text),
            (r'(?is)^(:)(\s*)([ru]{,2}""".*?""")', groups(Punctuation, Text, String.Doc)),
            (r"[^\S\n]+", Text),
            (r"#(.*)?\n?", Comment.Single),
            (r"[\[\]{}:(),;.]", Punctuation),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(in|is|and|or|not)\b", Operator.Word),
            (r"(<<|>>|//|\*\*)=?", Operator),
            (r"[-~+/*%=<>&^|@]=?|!=", Operator),
            (rf"(from)((?:\\\s|\s)+)({DOTTED})((?:\\\s|\s)+)(import)",
             groups(Keyword.Namespace, Text, Name.Namespace, Text, Keyword.Namespace)),
            (rf"(import)(\s+)({DOTTED})", groups(Keyword.Namespace, Text, Name.Namespace)),
            (r"(def)((?:\s|\\\s)+)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("funcname"))),
            (r"(class)((?:\s|\\\s)+)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("classname"))),
            (r"`.*?`", String.Backtick),
            (r"""(?i)([rfbu]{0,2})('''|\"\"\"|['"])""", lambda lx, m: lx._string_open(m)),
            (rf"@{DOTTED}", Name.Decorator),
            (IDENT, _identifier),
            (rf"(?i){_DECIMAL}({_EXPONENT})?j?", Number.Float),
            (rf"(?i){_DIGITS}{_EXPONENT}j?", Number.Float),
            (rf"(?i){_DIGITS}j", Number.Float),
            (r"(?i)0b(_?[0-1])+", Number.Bin),
            (r"(?i)0o(_?[0-7])+", Number.Oct),
            (r"(?i)0x(_?[a-f0-9])+", Number.Hex),
            (r"\d+L", Number.Integer.Long),
            (r"([1-9](_?[0-9])*|0(_?0)*)", Number.Integer),
        ],
        "funcname": [(IDENT, Name.Function, "#pop")],
        "classname": [(IDENT, Name.Class, "#pop")],
        "generic_string": [
            (r"""[^'"\\{]+""", String),
            (r"\{\{", String),
            (r"""'''|\"\"\"|['"]""", lambda lx, m: lx._quote(m)),
            (r"(?=\\)", String, "generic_escape"),
            (r"\{", lambda lx, m: lx._brace(m)),
        ],
        "generic_escape": [
            (r"""\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}"""
             r"|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})", lambda lx, m: lx._escape(m)),
            (r"\\.", String, "#pop"),
        ],
        "generic_interpol": [
            (r"[^{}!:]+", lambda lx, m: lx.recurse()),
            (r"![asr]", String.Interpol),
            (r":", String.Interpol),
            (r"\{", String.Interpol, "generic_interpol"),
            (r"\}", String.Interpol, "#pop"),
        ],
    }
