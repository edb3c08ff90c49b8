"""Rouge's `c` and `cpp` languages.

Both start each line in a "beginning of line" state where `#` opens a preprocessor
directive and `name:` is a label; a return type, name and parameter list followed by
`{` or `;` mark a function definition.  C++ adds classes, templates, raw strings and
its own literal forms in front of the C rules.
"""
from __future__ import annotations

import re
from typing import Any

from ..engine import RegexLexer, RuleSpec, groups, include
from ..tokens import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import word_set

IDENT = r"[a-zA-Z_][a-zA-Z0-9_]*"
_SPACE_OR_COMMENT = r"(?:\s|//.*?\n|/[*].*?[*]/)+"
_CPP_DIGITS = r"\d('?\d)*"


def _function_definition(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.recurse(m.group(1))
    lx.token(Name.Function, m.group(2))
    lx.recurse(m.group(3))
    lx.recurse(m.group(4))
    lx.token(Punctuation, m.group(5))
    if m.group(5) == "{":
        lx.push("function")


class CLexer(RegexLexer):
    tag = "c"
    words_prefix = "c"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.reset()

    def reset(self) -> None:
        self.stack = ["root", "bol"]

    def _identifier(self, m: re.Match[str]) -> None:
        name = m.group(0)
        kinds = self.word_kinds
        if name in kinds[0]:
            self.token(Keyword)
        elif name in kinds[1]:
            self.token(Keyword.Type)
        elif name in kinds[2]:
            self.token(Keyword.Reserved)
        else:
            self.token(Name)

    @property
    def word_kinds(self) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
        cls = type(self)
        cached = cls.__dict__.get("_word_kinds")
        if cached is None:
            p = cls.words_prefix
            cached = (word_set(f"{p}.keywords"), word_set(f"{p}.keywords_type"), word_set(f"{p}.reserved"))
            cls._word_kinds = cached  # type: ignore[attr-defined]
        return cached

    rules: dict[str, list[RuleSpec]] = {
        "expr_bol": [
            include("inline_whitespace"),
            (r"#if\s0", Comment, "if_0"),
            (r"#", Comment.Preproc, "macro"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "bol": [
            (rf"{IDENT}:(?!:)", Name.Label),
            include("expr_bol"),
        ],
        "inline_whitespace": [
            (r"[ \t\r]+", Text),
            (r"\\\n", Text),
            (r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Comment.Multiline),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//(\\.|.)*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "expr_whitespace": [
            (r"\n+", Text, "expr_bol"),
            include("whitespace"),
        ],
        "statements": [
            include("whitespace"),
            (r'(u8|u|U|L)?"', String, "string"),
            (r"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'", String.Char),
            (r"(?i)(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)\d+e[+-]?\d+[lu]*", Number.Float),
            (r"(?i)0x[0-9a-f]+[lu]*", Number.Hex),
            (r"(?i)0[0-7]+[lu]*", Number.Oct),
            (r"(?i)\d+[lu]*", Number.Integer),
            (r"\*/", Error),
            (r"[~!%^&*+=|?:<>/-]", Operator),
            (r"[()\[\],.;]", Punctuation),
            (r"\bcase\b", Keyword, "case"),
            (r"(?:true|false|NULL)\b", Name.Builtin),
            (IDENT, lambda lx, m: lx._identifier(m)),
        ],
        "case": [
            (r":", Punctuation, "#pop"),
            include("statements"),
        ],
        "root": [
            include("expr_whitespace"),
            (rf"([\w*\s]+?[\s*])({IDENT})(\s*\([^;]*?\))((?:{_SPACE_OR_COMMENT})?)(\{{|;)", _function_definition),
            (r"\{", Punctuation, "function"),
            include("statements"),
        ],
        "function": [
            include("whitespace"),
            include("statements"),
            (r";", Punctuation),
            (r"\{", Punctuation, "function"),
            (r"\}", Punctuation, "#pop"),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"""\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})""", String.Escape),
            (r'[^\\"\n]+', String),
            (r"\\\n", String),
            (r"\\", String),
        ],
        "macro": [
            include("include"),
            (r"[^/\n\\]+", Comment.Preproc),
            (r"(?s)\\.", Comment.Preproc),
            include("inline_whitespace"),
            (r"/", Comment.Preproc),
            (r"\n", Comment.Preproc, "#pop"),
        ],
        "include": [
            (r"(include)(\s*)(<[^>]+>)([^\n]*)", groups(Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
            (r'(include)(\s*)("[^"]+")([^\n]*)', groups(Comment.Preproc, Text, Comment.PreprocFile, Comment.Single)),
        ],
        "if_0": [
            (r"^\s*#if", Comment, "if_0"),
            (r"^\s*#\s*el(?:se|if)", Comment, "#pop"),
            (r"(?s)^\s*#\s*endif\b.*?(?<!\\)\n", Comment, "#pop"),
            (r".*?\n", Comment),
        ],
    }


_CPP_STATEMENTS_FIRST: list[RuleSpec] = [
    (r"(class|struct)\b", Keyword, "classname"),
    (r"template\b", Keyword, "template"),
    (rf"{_CPP_DIGITS}(\.{_CPP_DIGITS})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b", Number.Other),
    (rf"(?i)({_CPP_DIGITS}[.]({_CPP_DIGITS})?|[.]{_CPP_DIGITS})(e[+-]?{_CPP_DIGITS}[lu]*)?", Number.Float),
    (rf"(?i){_CPP_DIGITS}e[+-]?{_CPP_DIGITS}[lu]*", Number.Float),
    (r"(?i)0x[0-9a-f]('?[0-9a-f])*[lu]*", Number.Hex),
    (r"0b[01]+('[01]+)*", Number.Bin),
    (r"(?i)0[0-7]('?[0-7])*[lu]*", Number.Oct),
    (rf"(?i){_CPP_DIGITS}[lu]*", Number.Integer),
    (r"\bnullptr\b", Name.Builtin),
    (r"""(?s)(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\(.*?\)\1\"""", String),
    (r"(::|<=>)", Operator),
    (r"[{}]", Punctuation),
]


class CppLexer(CLexer):
    tag = "cpp"
    aliases = ("c++",)
    words_prefix = "cpp"

    rules = {
        **CLexer.rules,
        "root": [(r"(?:__offload|__blockingoffload|__outer)\b", Keyword.Pseudo), *CLexer.rules["root"]],
        "statements": [*_CPP_STATEMENTS_FIRST, *CLexer.rules["statements"]],
        "classname": [
            (IDENT, Name.Class, "#pop"),
            include("whitespace"),
            (r"[.]{3}", Operator),
            (r",", Punctuation, "#pop"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "template": [
            (r"[>;]", Punctuation, "#pop"),
            (r"typename\b", Keyword, "classname"),
            include("statements"),
        ],
        "case": [
            (r":(?!:)", Punctuation, "#pop"),
            include("statements"),
        ],
    }
