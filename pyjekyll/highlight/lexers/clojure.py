"""Rouge's `clojure` language (aliases `clj`, `cljs`).

Names are runs of word characters and `!$%*+,<=>?/.-`; the name right after `(` is a
function unless it is one of Rouge's special forms or builtins.  `0x` numbers never win
(the decimal rule takes the `0` first), as in Rouge.
"""
from __future__ import annotations

import functools
import re

from ..engine import RegexLexer
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, TokenType
from .common import word_set

IDENTIFIER = r"[\w!$%*+,<=>?/.-]+"
_KEYWORD = r"[\w!#$%*+,<=>?/.-]+"
# Rouge's `"(\\.|[^"])*"`: the possessive branch is the regex engine's first path (and the
# answer whenever it closes); the original runs only when a later quote exists.
_STRING = r'"(?:(?:\\.|[^"])*+"|(?=[^"]*")(\\.|[^"])*")'


@functools.cache
def _special_words() -> tuple[frozenset[str], frozenset[str]]:
    return word_set("clojure.keywords"), word_set("clojure.builtins")


def _name_token(name: str, default: TokenType) -> TokenType:
    keywords, builtins = _special_words()
    if name in keywords:
        return Keyword
    if name in builtins:
        return Name.Builtin
    return default


def _call(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation, m.group(1))
    lx.token(Text.Whitespace, m.group(2))
    lx.token(_name_token(m.group(3), Name.Function), m.group(3))


class ClojureLexer(RegexLexer):
    tag = "clojure"
    aliases = ("clj", "cljs")

    rules = {
        "root": [
            (r";.*?$", Comment.Single),
            (r"\s+", Text.Whitespace),
            (r"-?\d+\.\d+", Number.Float),
            (r"-?\d+", Number.Integer),
            (r"0x-?[0-9a-fA-F]+", Number.Hex),
            (_STRING, String),
            (f"'{_KEYWORD}", String.Symbol),
            (f"::?{_KEYWORD}", Name.Constant),
            (r"\\(.|[a-zA-Z\u017f\u212a]+)", String.Char),
            (r"~@|[`'#^~&@]", Operator),
            (rf"(\()(\s*)({IDENTIFIER})", _call),
            (IDENTIFIER, lambda lx, m: lx.token(_name_token(m.group(0), Name))),
            (r"[\[\]]", Punctuation),
            (r"[{}]", Punctuation),
            (r"[()]", Punctuation),
        ],
    }
