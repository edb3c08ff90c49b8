"""Rouge's `haskell` language: nested `{- -}` comments, user-defined operators, character
literals with Haskell's escapes, and `import`/`module` headers with their export lists."""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text

_RESERVED = frozenset("""
_ case class data default deriving do else if in infix infixl infixr instance let newtype of
then type where
""".split())
# Written as regex fragments, as Rouge joins them.
_ASCII_ESCAPES = ("NUL SOH [SE]TX EOT ENQ ACK BEL BS HT LF VT FF CR S[OI] DLE DC[1-4] NAK SYN ETB "
                  "CAN EM SUB ESC [FGRU]S SP DEL")
_SYMBOL = r"[:!#$%&*+.\\/<=>?@^|~-]"
_STARTS_TYPE = re.compile(r"'?[A-Z]")


def _word(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word == "import":
        lx.token(Keyword.Reserved)
        lx.push("import")
    elif word == "module":
        lx.token(Keyword.Reserved)
        lx.push("module")
    elif word in _RESERVED:
        lx.token(Keyword.Reserved)
    elif _STARTS_TYPE.match(word):
        lx.token(Keyword.Type)
    else:
        lx.token(Name)


def _character_escape(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(String.Escape)
    lx.goto("character_end")
    lx.push("escape")


class HaskellLexer(RegexLexer):
    tag = "haskell"
    aliases = ("hs",)

    rules = {
        "basic": [
            (r"\s+", Text),
            (r"{-#", Comment.Preproc, "comment_preproc"),
            (r"{-", Comment.Multiline, "comment"),
            (r"^--\s+\|.*?$", Comment.Doc),
            (r"--(?![!#$%&*+./<=>?@^|_~]).*?$", Comment.Single),
        ],
        "comment": [
            (r"-}", Comment.Multiline, "#pop"),
            (r"{-", Comment.Multiline, "comment"),
            (r"[^-{}]+", Comment.Multiline),
            (r"[-{}]", Comment.Multiline),
        ],
        "comment_preproc": [
            (r"-}", Comment.Preproc, "#pop"),
            (r"{-", Comment.Preproc, "comment"),
            (r"[^-{}]+", Comment.Preproc),
            (r"[-{}]", Comment.Preproc),
        ],
        "root": [
            include("basic"),
            (r"'(?=(?:.|\\\S+)')", String.Char, "character"),
            (r'"', String, "string"),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)\d+\.\d+(e[+-]?\d+)?", Number.Float),
            (r"(?i)0o[0-7]+", Number.Oct),
            (r"(?i)0x[\da-f]+", Number.Hex),
            (r"\d+", Number.Integer),
            (r"[\w']+", _word),
            (rf"\\(?!{_SYMBOL}+)", Name.Function),
            (rf"(<-|::|->|=>|=)(?!{_SYMBOL}+)", Operator),
            (rf":{_SYMBOL}*", Operator),
            (rf"{_SYMBOL}+", Operator),
            (r"\[\s*\]", Keyword.Type),
            (r"\(\s*\)", Name.Builtin),
            (r"(\[)([_a-z][\w']*)(\|)",
             lambda lx, m: (lx.groups(Operator, Name, Operator), lx.push("quasiquotation"))),
            (r"[\[\](),;`{}]", Punctuation),
        ],
        "import": [
            (r"\s+", Text),
            (r'"', String, "string"),
            (r"\bqualified\b", Keyword),
            (r"([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)",
             lambda lx, m: (lx.groups(Name.Namespace, Text, Keyword, Text, Name), lx.pop())),
            (r"([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()",
             lambda lx, m: (lx.groups(Name.Namespace, Text, Keyword, Text, Punctuation), lx.goto("funclist"))),
            (r"([A-Z][\w.]*)(\s+)(\()",
             lambda lx, m: (lx.groups(Name.Namespace, Text, Punctuation), lx.goto("funclist"))),
            (r"[\w.]+", Name.Namespace, "#pop"),
        ],
        "module": [
            (r"\s+", Text),
            (r"([A-Z][\w.]*)(\s+)(\()",
             lambda lx, m: (lx.groups(Name.Namespace, Text, Punctuation), lx.push("funclist"))),
            (r"\bwhere\b", Keyword.Reserved, "#pop"),
            (r"[A-Z][a-zA-Z0-9_.]*", Name.Namespace, "#pop"),
        ],
        "funclist": [
            include("basic"),
            (r"[A-Z]\w*", Keyword.Type),
            (r"(_[\w']+|[a-z][\w']*)", Name.Function),
            (r",", Punctuation),
            (rf"{_SYMBOL}+", Operator),
            (r"\(", Punctuation, "funclist"),
            (r"\)", Punctuation, "#pop"),
        ],
        "character": [
            (r"\\", _character_escape),
            (r".", lambda lx, m: (lx.token(String.Char), lx.goto("character_end"))),
        ],
        "character_end": [
            (r"'", String.Char, "#pop"),
            (r".", Error, "#pop"),
        ],
        "quasiquotation": [
            (r"\|\]", Operator, "#pop"),
            (r"[^|]+", Text),
            (r"\|", Text),
        ],
        "string": [
            (r'"', String, "#pop"),
            (r"\\", String.Escape, "escape"),
            (r'[^\\"]+', String),
        ],
        "escape": [
            (r"[abfnrtv\"'&\\]", String.Escape, "#pop"),
            (r"\^[\]\[A-Z@^_]", String.Escape, "#pop"),
            ("|".join(_ASCII_ESCAPES.split()), String.Escape, "#pop"),
            (r"(?i)o[0-7]+", String.Escape, "#pop"),
            (r"(?i)x[\da-f]+", String.Escape, "#pop"),
            (r"\d+", String.Escape, "#pop"),
            (r"\s+\\", String.Escape, "#pop"),
        ],
    }
