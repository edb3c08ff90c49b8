"""Rouge's `elixir` language (alias `exs`).

Rouge matches each rule as if the text began at the scan position, so its lookbehinds at
the start of a rule (`(?<!\\.)`, `(?<!:)`) always pass and those at the start of an
alternative that needs a preceding space never do; the patterns below are written with
that outcome.  Rouge's symbol pattern is not in extended mode, so two of its alternatives
begin with a newline and thirteen spaces, which we keep.  Sigils (`~r/…/i`, `~w(…)a`,
custom `~x{…}`) get a state per delimiter; a sigil without a letter, on which Rouge stops
with an exception, is read as an uninterpolated one.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, TokenType
from .common import WORD

# Rouge's `\b` at the start of a rule only looks at what follows.
_AT_WORD = f"(?=[{WORD}])"
_PAD = "\n" + " " * 13

_KEYWORDS = ("case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|defp?|defprotocol|"
             "defimpl|defrecord|defmacrop?|defdelegate|defexception|defguardp?|defstruct|exit|"
             "raise|throw|after|rescue|catch|else")
_OPERATORS = (r"%=|\*=|\*\*=|\+=|-=|\^=|\|\|=|<=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|"
              r"&(&&?|(?!\d))|\|\||\^|\*|\+|-|/|\||\+\+|--|\*\*|//|<-|<>|<<|>>|=|\.|~~~")
_SYMBOL = (r"(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|<>|===?|>=?|<=?|" + _PAD
           + r"<=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|--?|\|\|?|!|//|[%&`/|]|" + _PAD
           + r"\*\*?|=?~|<-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)")
_CHAR_LITERAL = (r"\?(\\(x\d{1,2}|[0-9a-fA-F]{1,2}(?![0-9a-fA-F])\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])"
                 r"|(\\[MC]-)+\w|[^\s\\])")

_SIGIL_CLOSERS = {"{": "}", "[": "]", "(": ")", "<": ">"}


def _sigil_state(opener: str, ttype: TokenType, interpolated: bool) -> list:
    closer = _SIGIL_CLOSERS.get(opener, opener)
    stops = "".join(re.escape(c) for c in dict.fromkeys(opener + closer))
    rules: list = [(re.escape(closer), ttype, "#pop")]
    if interpolated:
        rules += [include("interpoling"), ("#", ttype)]
    else:
        rules.append((r"[\\#]", ttype))
    rules.append((f"[^#{stops}\\\\]+", ttype))
    return rules


def _sigil(lx: RegexLexer, m: re.Match[str]) -> None:
    letter, opener = m.group(1) or "", m.group(2)
    interpolated = letter in ("S", "R", "C", "W")
    ttype = String.Other
    if letter in ("R", "r"):
        ttype = String.Regex
        lx.push("regex_flags")
    if letter in ("W", "w"):
        lx.push("list_flags")
    lx.token(ttype)
    key = f"sigil {opener} {ttype} {interpolated}"
    lx.push(type(lx).dynamic_state(key, lambda: _sigil_state(opener, ttype, interpolated)))


class ElixirLexer(RegexLexer):
    tag = "elixir"
    aliases = ("exs",)

    rules = {
        "root": [
            (r"\s+", Text),
            (r"#.*$", Comment.Single),
            (rf"{_AT_WORD}(?:({_KEYWORDS})\b(?![?!])|(do)\b)", Keyword),
            (r"\b(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])", Keyword.Namespace),
            (r"\b(and|not|or|when|xor|in)\b", Operator.Word),
            (_OPERATORS, Operator),
            (_SYMBOL, String.Symbol),
            (r':"', String.Symbol, "interpoling_symbol"),
            (r"\b(nil|true|false)\b(?![?!])|[A-Z]\w*\b", Name.Constant),
            (r"\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])", Name.Builtin.Pseudo),
            (r"[a-zA-Z_!]\w*[!?]?", Name),
            (r"::|[%(){};,/|:\\\[\]]", Punctuation),
            (r"@[a-zA-Z_]\w*|&\d", Name.Variable),
            (r"\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b", Number.Float),
            (r"\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b", Number.Hex),
            (r"\b0o[0-7](_?[0-7])*\b", Number.Oct),
            (r"\b0b[01](_?[01])*\b", Number.Bin),
            (r"\b\d(_?\d)*\b", Number.Integer),
            include("strings"),
            include("sigil_strings"),
        ],
        "strings": [
            (r'(%[A-Ba-z])?"""(?:.|\n)*?"""', String.Doc),
            (r"'''(?:.|\n)*?'''", String.Doc),
            (r'"', String.Double, "dqs"),
            (r"'", String.Single, "sqs"),
            (_CHAR_LITERAL, String.Other),
        ],
        "dqs": [
            include("escapes"),
            include("interpoling"),
            (r'[^#"\\]+', String.Double),
            (r'"', String.Double, "#pop"),
            (r"[#\\]", String.Double),
        ],
        "sqs": [
            include("escapes"),
            include("interpoling"),
            (r"[^#'\\]+", String.Single),
            (r"'", String.Single, "#pop"),
            (r"[#\\]", String.Single),
        ],
        "interpoling": [
            (r"#\{", String.Interpol, "interpoling_string"),
        ],
        "interpoling_string": [
            (r"\}", String.Interpol, "#pop"),
            include("root"),
        ],
        "escapes": [
            (r"\\x[0-9a-fA-F]{2}", String.Escape),
            (r"\\u\{?\d+\}?", String.Escape),
            (r"\\[\\abdefnrstv0\"']", String.Escape),
        ],
        "interpoling_symbol": [
            (r'"', String.Symbol, "#pop"),
            include("interpoling"),
            (r'[^#"]+', String.Symbol),
        ],
        "sigil_strings": [
            (r"~([A-Za-z])?([{\[(<|/'\"])", _sigil),
        ],
        "regex_flags": [
            (r"[fgimrsux]*", String.Regex, "#pop"),
        ],
        "list_flags": [
            (r"[csa]?", String.Other, "#pop"),
        ],
    }
