"""Rouge's `ocaml` language.

A capitalised name followed by `.` is a module path (`List.map`); `(* … *)` comments
nest, `(*)` is the multiplication operator in parentheses.  Rouge's float rule wants an
exponent and lets any character stand for the decimal point, as kept here.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

_KEYWORDS = frozenset("""
as assert begin class constraint do done downto else end exception external false for fun
function functor if in include inherit initializer lazy let module mutable new nonrec object
of open rec sig struct then to true try type val virtual when while with match raise
""".split())
_WORD_OPERATORS = frozenset("and asr land lor lsl lxor mod or".split())
_PRIMITIVES = frozenset("unit int float bool string char list array".split())

# Rouge's name pattern is case-insensitive: Unicode case folding adds the long s and the
# Kelvin sign to the first letter only (`\w` stays ASCII).
ID = r"[a-zA-Z_\u017f\u212a][\w']*"
UPPER_ID = r"[A-Z][\w']*"
OPERATOR = r"[;,_!$%&*+./:<=>?@^|~#-]+"


def _identifier(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in _KEYWORDS:
        lx.token(Keyword)
    elif word in _WORD_OPERATORS:
        lx.token(Operator.Word)
    elif word in _PRIMITIVES:
        lx.token(Keyword.Type)
    else:
        lx.token(Name)


class OcamlLexer(RegexLexer):
    tag = "ocaml"

    rules = {
        "root": [
            (r"\s+", Text),
            (r"false|true|[(][)]|\[\]", Name.Builtin.Pseudo),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace, "dotted"),
            (f"`{ID}", Name.Tag),
            (UPPER_ID, Name.Class),
            (r"[(][*](?![)])", Comment, "comment"),
            (ID, _identifier),
            (r"[(){}\[\];]+", Punctuation),
            (OPERATOR, Operator),
            (r"(?i)-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)", Number.Float),
            (r"(?i)0x[0-9a-f][0-9a-f_]*", Number.Hex),
            (r"(?i)0o[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"\d[\d_]*", Number.Integer),
            (r"""'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x[0-9a-fA-F]{2}))'""", String.Char),
            (r"'[.]'", String.Char),
            (r"'", Keyword),
            (r'"', String.Double, "string"),
            (f"[~?]{ID}", Name.Variable),
        ],
        "comment": [
            (r"[^(*)]+", Comment),
            (r"[(][*]", Comment, "#push"),
            (r"[*][)]", Comment, "#pop"),
            (r"[(*)]", Comment),
        ],
        "string": [
            (r'[^\\"]+', String.Double),
            include("escape_sequence"),
            (r"\\\n", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "escape_sequence": [
            (r"\\[\\\"'ntbr]", String.Escape),
            (r"\\\d{3}", String.Escape),
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
        ],
        "dotted": [
            (r"\s+", Text),
            (r"[.]", Punctuation),
            (rf"{UPPER_ID}(?=\s*[.])", Name.Namespace),
            (UPPER_ID, Name.Class, "#pop"),
            (ID, Name, "#pop"),
            (r"[({\[]", Punctuation, "#pop"),
        ],
    }
