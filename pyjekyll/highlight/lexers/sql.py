"""Rouge's `sql` language: keywords and type names are matched case-insensitively."""
from __future__ import annotations

import re

from ..engine import RegexLexer
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import word_set

KEYWORDS = word_set("sql.keywords")
TYPE_NAMES = word_set("sql.keywords_type")


def _word(lx: RegexLexer, m: re.Match[str]) -> None:
    upper = m.group(0).upper()
    if upper in TYPE_NAMES:
        lx.token(Name.Builtin)
    elif upper in KEYWORDS:
        lx.token(Keyword)
    else:
        lx.token(Name)


class SqlLexer(RegexLexer):
    tag = "sql"

    rules = {
        "root": [
            (r"\s+", Text),
            (r"--.*", Comment.Single),
            (r"/\*", Comment.Multiline, "multiline_comments"),
            (r"\d+", Number.Integer),
            (r"'", String.Single, "single_string"),
            (r'"', Name.Variable, "double_string"),
            (r"`", Name.Variable, "backtick"),
            (r"\w[\w\d]*", _word),
            (r"[+*/<>=~!@#%&|?^-]", Operator),
            (r"[;:()\[\]{},.]", Punctuation),
        ],
        "multiline_comments": [
            (r"/[*]", Comment.Multiline, "multiline_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^/*]+", Comment.Multiline),
            (r"[/*]", Comment.Multiline),
        ],
        "backtick": [
            (r"\\.", String.Escape),
            (r"``", String.Escape),
            (r"`", Name.Variable, "#pop"),
            (r"[^\\`]+", Name.Variable),
        ],
        "single_string": [
            (r"\\.", String.Escape),
            (r"''", String.Escape),
            (r"'", String.Single, "#pop"),
            (r"[^\\']+", String.Single),
        ],
        "double_string": [
            (r"\\.", String.Escape),
            (r'""', String.Escape),
            (r'"', Name.Variable, "#pop"),
            (r'[^\\"]+', Name.Variable),
        ],
    }
