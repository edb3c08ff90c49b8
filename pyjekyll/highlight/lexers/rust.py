"""Rouge's `rust` language, including macro invocations with balanced delimiters."""
from __future__ import annotations

import re
from typing import Any

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import LETTER, WORD, word_list, word_set

IDENT = rf"[{LETTER}_][{WORD}]*"
_ESCAPES = r"\\([nrt'\"\\0]|x[0-9a-fA-F]{2}|u\{([0-9a-fA-F]_*){1,6}\})"
_SIZE = r"(?:8|16|32|64|128|size)"
_DOT = r"[.][0-9][0-9_]*"
_EXP = r"[eE][-+]?[0-9_]+"
_FLT = r"(?:f32|f64)"
_CLOSER = {"[": "]", "(": ")", "{": "}"}
BUILTINS = word_set("rust.builtins")


def _nested_comment(ttype: Any, state: str) -> list:
    return [
        (r"\*/", ttype, "#pop"),
        (r"/\*", ttype, state),
        (r"[^*/]+|[*/]", ttype),
    ]


class RustLexer(RegexLexer):
    tag = "rust"
    aliases = ("rs", "rust,no_run", "rs,no_run", "rust,ignore", "rs,ignore", "rust,should_panic",
               "rs,should_panic")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.reset()

    def reset(self) -> None:
        self.open_delimiters = {"]": 0, ")": 0, "}": 0}
        self.stack = ["root", "bol"]

    def _macro_open(self, m: re.Match[str]) -> None:
        self.open_delimiters[_CLOSER[m.group(0)]] += 1
        self.token(Punctuation)

    def _macro_close(self, m: re.Match[str]) -> None:
        self.open_delimiters[m.group(0)] -= 1
        if all(count == 0 for count in self.open_delimiters.values()):
            self.pop()
        self.token(Punctuation)

    def _identifier(self, m: re.Match[str]) -> None:
        self.token(Name.Builtin if m.group(0) in BUILTINS else Name)

    rules = {
        "bol": [
            include("whitespace"),
            (r"#\s[^\n]*", Comment.Special),
            (r"", lambda lx, m: lx.pop()),
        ],
        "attribute": [
            include("whitespace"),
            include("has_literals"),
            (r"[(,)=:]", Name.Decorator),
            (r"\]", Name.Decorator, "#pop"),
            (IDENT, Name.Decorator),
        ],
        "whitespace": [(r"\s+", Text), include("comments")],
        "comments": [
            (r"////+[^\n]*", Comment.Single),
            (r"//[/!][^\n]*", Comment.Doc),
            (r"//[^\n]*", Comment.Single),
            (r"/\*\*\*?/", Comment.Multiline),
            (r"/\*\*\*+", Comment.Multiline, "nested_plain_block"),
            (r"/[*][*!]", Comment.Doc, "nested_doc_block"),
            (r"/[*]", Comment.Multiline, "nested_plain_block"),
        ],
        "nested_plain_block": _nested_comment(Comment.Multiline, "nested_plain_block"),
        "nested_doc_block": _nested_comment(Comment.Doc, "nested_doc_block"),
        "root": [
            (r"\n", Text, "bol"),
            include("whitespace"),
            (r"#!?\[", Name.Decorator, "attribute"),
            (r"\b(?:" + "|".join(word_list("rust.keywords")) + r")\b", Keyword),
            include("has_literals"),
            (r"[=-]>", Keyword),
            (r"<->", Keyword),
            (r"[()\[\]{}|,:;]", Punctuation),
            (r"[*/!@~&+%^<>=?-]|\.{2,3}", Operator),
            (rf"([.]\s*)?{IDENT}(?=\s*[(])", Name.Function),
            (r"[.]\s*await\b", Keyword),
            (rf"[.]\s*{IDENT}", Name.Property),
            (r"[.]\s*\d+", Name.Attribute),
            (rf"({IDENT})(::)", groups(Name.Namespace, Punctuation)),
            (r"\bmacro_rules!", Name.Decorator, "macro_rules"),
            (rf"{IDENT}!", Name.Decorator, "macro"),
            (r"'static\b", Keyword),
            (rf"'{IDENT}", Name.Variable),
            (IDENT, lambda lx, m: lx._identifier(m)),
        ],
        "macro": [
            include("has_literals"),
            (r"[\[{(]", lambda lx, m: lx._macro_open(m)),
            (r"[\]})]", lambda lx, m: lx._macro_close(m)),
            (rf"{IDENT}!", Name.Decorator),
            include("root"),
            (r".", Text),
        ],
        "macro_rules": [
            (rf"[$]{IDENT}(:{IDENT})?", Name.Variable),
            (r"[$]", Name.Variable),
            include("macro"),
        ],
        "has_literals": [
            (r"\b(?:true|false)\b", Keyword.Constant),
            (rf"b?'(?:{_ESCAPES}|[^\\])'", String.Char),
            (r'b?"', String, "string"),
            (r'(?s)b?r(#*)".*?"\1', String),
            (rf"[0-9][0-9_]*({_DOT}(?:{_EXP})?{_FLT}?|(?:{_DOT})?{_EXP}{_FLT}?|(?:{_DOT})?(?:{_EXP})?{_FLT}"
             rf"|[.](?![._{LETTER}]))", Number.Float),
            (rf"(0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(u{_SIZE}?|i{_SIZE})?", Number.Integer),
        ],
        "string": [
            (r'"', String, "#pop"),
            (_ESCAPES, String.Escape),
            (r'[^"\\]+', String),
        ],
    }
