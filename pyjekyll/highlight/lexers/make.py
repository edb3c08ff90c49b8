"""Rouge's `make` language: Makefile rules, assignments and conditionals, recipes as shell.

Recipe lines and assignment values go to one shell lexer (its state carries over between
pieces, and a new rule body starts it afresh); `$(var)` and `$(function …)` stay ours.
"""
from __future__ import annotations

from typing import Any

from ..engine import RegexLexer, groups, include, words
from ..tokens import Comment, Keyword, Name, Operator, Punctuation, String, Text
from .shell import ShellLexer

_FUNCTIONS = """
abspath addprefix addsuffix and basename call dir error eval file filter filter-out findstring
firstword flavor foreach if join lastword notdir or origin patsubst realpath shell sort strip
subst suffix value warning wildcard word wordlist words
"""
_STOP = r"\$\(|\$\{|\(|\)|\}|\\|$"


def _to_shell(lx: "MakeLexer", m: Any) -> None:
    lx.delegate(lx.shell)


class MakeLexer(RegexLexer):
    tag = "make"
    aliases = ("makefile", "mf", "gnumake", "bsdmake")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.shell = ShellLexer(self.options)

    def reset(self) -> None:
        super().reset()
        self.shell.reset()

    def _end_body(self, m: Any) -> None:
        self.shell.reset()
        self.pop()

    rules = {
        "root": [
            (r"\s+", Text),
            (r"#.*?\n", Comment),
            (r"([-s]?include)((?:[\t ]+[^\t\n #]+)+)", groups(Keyword, String.Other)),
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)", groups(Keyword, Text, Name.Variable)),
            (r"(?:else|endif)[\t ]*(?=[#\n])", Keyword),
            (r"(export)([\t ]+)(?=[\w${}()\t -]+\n)",
             lambda lx, m: (lx.groups(Keyword, Text), lx.push("export"))),
            (r"export[\t ]+", Keyword),
            (r"([\w${}().-]+)([\t ]*)([!?:+]?=)",
             lambda lx, m: (lx.groups(Name.Variable, Text, Operator), lx.push("shell_line"))),
            (r'"(\\\\|\\.|[^"\\])*"', String.Double),
            (r"'(\\\\|\\.|[^'\\])*'", String.Single),
            (r"([^\n:]+)(:+)([ \t]*)",
             lambda lx, m: (lx.groups(Name.Label, Operator, Text), lx.push("block_header"))),
        ],
        "export": [
            (r"[\w${}()-]", Name.Variable),
            (r"\n", Text, "#pop"),
            (r"[\t ]+", Text),
        ],
        "block_header": [
            (r"[^,\\\n#]+", Name.Function),
            (r",", Punctuation),
            (r"#.*?", Comment),
            (r"\\\n", Text),
            (r"\\.", Text),
            (r"\n", lambda lx, m: (lx.token(Text), lx.goto("block_body"))),
        ],
        "block_body": [
            (r"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)", groups(Keyword, Text, Name.Variable, Comment, Text)),
            (r"(else|endif)([\t ]*)(#.*)?(\n)", groups(Keyword, Text, Comment, Text)),
            (r"(\t[\t ]*)([@-]?)", lambda lx, m: (lx.groups(Text, Punctuation), lx.push("shell_line"))),
            (r"", _end_body),
        ],
        "shell": [
            (r"(?i)\$[({][\t ]*\w[\w:=%.]*[\t ]*[)}]", Name.Variable),
            (words(_FUNCTIONS, r"(\$[({])([\t ]*)(", r")([\t ]+)"),
             lambda lx, m: (lx.groups(Name.Function, Text, Name.Builtin, Text), lx.push("shell_expr"))),
            (r"(?s)\\.", _to_shell),
            (rf"(?s).+?(?={_STOP})", _to_shell),
            (_STOP, _to_shell),
        ],
        "shell_expr": [
            (r"[({]", lambda lx, m: (lx.delegate(lx.shell), lx.push())),
            (r"[)}]", Name.Function, "#pop"),
            include("shell"),
        ],
        "shell_line": [
            (r"\n", Text, "#pop"),
            include("shell"),
        ],
    }
