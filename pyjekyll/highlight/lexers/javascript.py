"""Rouge's `javascript` language.

Rouge decides between division and a regex literal, and between a block and an object
literal, by remembering whether an expression may start (`expr_start`); object keys
become attributes, statement labels become labels.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import LETTER, WORD, word_set

IDENT = rf"[{LETTER}$_][{WORD}]*"


class JavascriptLexer(RegexLexer):
    tag = "javascript"
    aliases = ("js",)

    KEYWORDS = word_set("javascript.keywords")
    DECLARATIONS = word_set("javascript.declarations")
    RESERVED = word_set("javascript.reserved")
    CONSTANTS = word_set("javascript.constants")
    BUILTINS = word_set("javascript.builtins")

    def _identifier(self, m: re.Match[str]) -> None:
        word = m.group(0)
        if word in self.KEYWORDS:
            self.token(Keyword)
            self.push("expr_start")
        elif word in self.DECLARATIONS:
            self.token(Keyword.Declaration)
            self.push("expr_start")
        elif word in self.RESERVED:
            self.token(Keyword.Reserved)
        elif word in self.CONSTANTS:
            self.token(Keyword.Constant)
        elif word in self.BUILTINS:
            self.token(Name.Builtin)
        else:
            self.token(Name.Other)

    rules = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"<!--", Comment),
            (r"//.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "expr_start": [
            include("comments_and_whitespace"),
            (r"/", lambda lx, m: (lx.token(String.Regex), lx.goto("regex"))),
            (r"[{]", lambda lx, m: (lx.token(Punctuation), lx.goto("object"))),
            (r"", Text, "#pop"),
        ],
        "regex": [
            (r"/", lambda lx, m: (lx.token(String.Regex), lx.goto("regex_end"))),
            (r"[^/]\n", Error, "#pop"),
            (r"\n", Error, "#pop"),
            (r"\[\^", String.Escape, "regex_group"),
            (r"\[", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [
            (r"[gimuy]+", String.Regex, "#pop"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "regex_group": [
            (r"/", String.Escape),
            (r"[^/]\n", lambda lx, m: (lx.token(Error), lx.pop(2))),
            (r"\]", String.Escape, "#pop"),
            (r"\\.", String.Escape),
            (r".", String.Regex),
        ],
        "root": [
            # Rouge anchors this at the scan position, so a `#!` line may follow any space.
            (r"(?s)\s*#!.*?\n", Comment.Preproc, "statement"),
            include("comments_and_whitespace"),
            (r"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start"),
            (r"[-<>+*%&|\^/!=]=?", Operator, "expr_start"),
            (r"[(\[,]", Punctuation, "expr_start"),
            (r";", Punctuation, "statement"),
            (r"[)\].]", Punctuation),
            (r"`", String.Double, "template_string"),
            (r"[?][.]", Punctuation),
            (r"[?]", lambda lx, m: (lx.token(Punctuation), lx.push("ternary"), lx.push("expr_start"))),
            (r"(@)(\w+)?", lambda lx, m: (lx.groups(Punctuation, Name.Decorator), lx.push("expr_start"))),
            (r"[{}]", Punctuation, "statement"),
            (IDENT, lambda lx, m: lx._identifier(m)),
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Number.Float),
            (r"0[xX][0-9a-fA-F]+", Number.Hex),
            (r"0[oO][0-7][0-7_]*", Number.Oct),
            (r"0[bB][01][01_]*", Number.Bin),
            (r"[0-9]+", Number.Integer),
            (r'"', String.Delimiter, "dq"),
            (r"'", String.Delimiter, "sq"),
            (r":", Punctuation),
        ],
        "dq": [
            (r'\\[\\nrt"]?', String.Escape),
            (r'[^\\"]+', String.Double),
            (r'"', String.Delimiter, "#pop"),
        ],
        "sq": [
            (r"\\[\\nrt']?", String.Escape),
            (r"[^\\']+", String.Single),
            (r"'", String.Delimiter, "#pop"),
        ],
        "statement": [
            (r"case\b", lambda lx, m: (lx.token(Keyword), lx.goto("expr_start"))),
            (rf"({IDENT})(\s*)(:)", groups(Name.Label, Text, Punctuation)),
            include("expr_start"),
        ],
        "object": [
            include("comments_and_whitespace"),
            (r"[{]", lambda lx, m: (lx.token(Punctuation), lx.push())),
            (r"[}]", lambda lx, m: (lx.token(Punctuation), lx.goto("statement"))),
            (rf"({IDENT})(\s*)(:)", lambda lx, m: (lx.groups(Name.Attribute, Text, Punctuation),
                                                  lx.push("expr_start"))),
            (r":", Punctuation),
            include("root"),
        ],
        "ternary": [
            (r":", lambda lx, m: (lx.token(Punctuation), lx.goto("expr_start"))),
            include("root"),
        ],
        "template_string": [
            (r"[$]\{", Punctuation, "template_string_expr"),
            (r"`", String.Double, "#pop"),
            (r"\\[$`]", String.Escape),
            (r"[^$`\\]+", String.Double),
            (r"[\\$]", String.Double),
        ],
        "template_string_expr": [
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
    }
