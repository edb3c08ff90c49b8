"""Rouge's `typescript` language: JavaScript plus TypeScript's keywords and optional-field labels."""
from __future__ import annotations

from ..engine import RegexLexer
from ..tokens import Name, Operator, Punctuation, Text
from .common import word_set
from .javascript import IDENT, JavascriptLexer


class TypescriptLexer(JavascriptLexer):
    tag = "typescript"
    aliases = ("ts",)

    KEYWORDS = word_set("typescript.keywords")
    DECLARATIONS = word_set("typescript.declarations")
    RESERVED = word_set("typescript.reserved")
    CONSTANTS = word_set("typescript.constants")
    BUILTINS = word_set("typescript.builtins")

    rules = {
        **JavascriptLexer.rules,
        "root": [
            (r"[?][.]", Punctuation),
            (r"[?]{2}", Operator),
            *JavascriptLexer.rules["root"],
        ],
        "statement": [
            (rf"({IDENT})(\??)(\s*)(:)",
             lambda lx, m: (lx.groups(Name.Label, Punctuation, Text, Punctuation), lx.push("expr_start"))),
            *JavascriptLexer.rules["statement"],
        ],
    }
