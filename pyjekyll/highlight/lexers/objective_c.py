"""Rouge's `objective_c` language (aliases `objc`, `obj-c`, `obj_c`, `objectivec`).

Rouge builds it on its C lexer: `@` literals, `@interface`/`@class` headers, message sends
in brackets and `-`/`+` method definitions come before the C rules.  Rouge's name pattern
is case-insensitive, so Unicode case folding lets the long s and the Kelvin sign into
names, as here.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, RuleSpec, groups, include
from ..tokens import Comment, Error, Keyword, Name, Number, Punctuation, String, Text
from .c import CLexer
from .unicode_props import alphabetic_class, category_class

ID = r"[a-zA-Z\u017f\u212a$_][a-zA-Z0-9\u017f\u212a$_]*"
_ALNUM = alphabetic_class() + category_class("Nd")

_AT_KEYWORDS = frozenset("""
selector private protected public encode synchronized try throw catch finally end property
synthesize dynamic optional interface implementation import autoreleasepool
""".split())
_AT_BUILTINS = frozenset(("true", "false", "YES", "NO"))
_BUILTINS = frozenset(("YES", "NO", "nil"))


def _at_word(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(1)
    if word in _AT_KEYWORDS:
        lx.token(Keyword)
    elif word in _AT_BUILTINS:
        lx.token(Name.Builtin)
    else:
        lx.token(Error)


def _method_start(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Keyword, m.group(1))
    lx.token(Text, m.group(2))
    if m.group(3):
        lx.recurse(m.group(3))
    lx.token(Text, m.group(4))
    lx.push("method_definition")


def _typed_argument(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.recurse(m.group(1))
    lx.token(Name.Variable, m.group(2))


_STATEMENTS_FIRST: list[RuleSpec] = [
    (r'@"', String, "string"),
    (r"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')", String.Char),
    (r"(?i)@(\d+[.]\d*|[.]\d+|\d+)e[+-]?\d+l?", Number.Float),
    (r"(?i)@(\d+[.]\d*|[.]\d+|\d+f)f?", Number.Float),
    (r"@0x[0-9a-fA-F]+[lL]?", Number.Hex),
    (r"(?i)@0[0-7]+l?", Number.Oct),
    (r"@\d+l?", Number.Integer),
    (r"\bin\b", Keyword),
    (r"@(?:interface|implementation)\b", Keyword, "objc_classname"),
    (r"@(?:class|protocol)\b", Keyword, "forward_classname"),
    (f"@([{_ALNUM}]+)", _at_word),
    (r"[?]", Punctuation, "ternary"),
    (r"\[", Punctuation, "message"),
    (r"@\[", Punctuation, "array_literal"),
    (r"@\{", Punctuation, "dictionary_literal"),
]


class ObjectiveCLexer(CLexer):
    tag = "objective_c"
    aliases = ("objc", "obj-c", "obj_c", "objectivec")

    def _identifier(self, m: re.Match[str]) -> None:
        if m.group(0) in _BUILTINS:
            self.token(Name.Builtin)
        else:
            super()._identifier(m)

    rules = {
        **CLexer.rules,
        "root": [(rf"([-+])(\s*)([(].*?[)])?(\s*)(?={ID})", _method_start), *CLexer.rules["root"]],
        "statements": [*_STATEMENTS_FIRST, *CLexer.rules["statements"]],
        "ternary": [
            (r":", Punctuation, "#pop"),
            include("statements"),
        ],
        "message_shared": [
            (r"\]", Punctuation, "#pop"),
            (r"\{", Punctuation, "#pop"),
            (r";", Error),
            include("statements"),
        ],
        "message": [
            (rf"({ID})(\s*)(:)", lambda lx, m: (lx.groups(Name.Function, Text, Punctuation),
                                                lx.goto("message_with_args"))),
            (rf"({ID})(\s*)(\])", groups(Name.Function, Text, Punctuation), "#pop"),
            include("message_shared"),
        ],
        "message_with_args": [
            (r"\{", Punctuation, "function"),
            (rf"({ID})(\s*)(:)", groups(Name.Function, Text, Punctuation), "#pop"),
            include("message_shared"),
        ],
        "array_literal": [
            (r"]", Punctuation, "#pop"),
            (r",", Punctuation),
            include("statements"),
        ],
        "dictionary_literal": [
            (r"}", Punctuation, "#pop"),
            (r",", Punctuation),
            include("statements"),
        ],
        "objc_classname": [
            include("whitespace"),
            (rf"({ID})(\s*)(:)(\s*)({ID})", groups(Name.Class, Text, Punctuation, Text, Name.Class), "#pop"),
            (rf"({ID})(\s*)([(])(\s*)({ID})(\s*)([)])",
             groups(Name.Class, Text, Punctuation, Text, Name.Label, Text, Punctuation), "#pop"),
            (ID, Name.Class, "#pop"),
        ],
        "forward_classname": [
            include("whitespace"),
            (rf"({ID})(\s*)(,)(\s*)", groups(Name.Class, Text, Punctuation, Text), "#push"),
            (rf"({ID})(\s*)(;?)", groups(Name.Class, Text, Punctuation), "#pop"),
        ],
        "method_definition": [
            (r",", Punctuation),
            (r"[.][.][.]", Punctuation),
            (rf"([(].*?[)])({ID})", _typed_argument),
            (rf"({ID})(\s*)(:)", groups(Name.Function, Text, Punctuation)),
            (r";", Punctuation, "#pop"),
            (r"{", lambda lx, m: (lx.token(Punctuation), lx.goto("function"))),
            include("inline_whitespace"),
            (r"//.*?\n", Comment.Single),
            (r"\s+", Text),
            (r"", lambda lx, m: lx.pop()),
        ],
    }
