"""Rouge's `lua` language.

Rouge colours builtin functions (`print`, `string.format`, …) from its per-module lists;
the pattern argument of `gsub` is coloured as a regex.  (Rouge's float rule expects a
trailing quote, so `1.5` comes out as integer, dot, integer; we keep that.)
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import word_groups

_BUILTINS = frozenset(name for names in word_groups("lua.builtins").values() for name in names)


def _name(lx: RegexLexer, m: re.Match[str]) -> None:
    name = m.group(0)
    if name == "gsub":
        lx.token(Name.Builtin)
        lx.push("gsub")
    elif name in _BUILTINS:
        lx.token(Name.Builtin)
    elif "." in name:
        head, tail = name.split(".", 1)
        lx.token(Name, head)
        lx.token(Punctuation, ".")
        lx.token(Name, tail)
    else:
        lx.token(Name)


class LuaLexer(RegexLexer):
    tag = "lua"

    rules = {
        "root": [
            (r"#!(.*?)$", Comment.Preproc),
            (r"", Text, "base"),
        ],
        "base": [
            (r"(?s)--\[(=*)\[.*?\]\1\]", Comment.Multiline),
            (r"--.*$", Comment.Single),
            (r"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", Number.Float),
            (r"(?i)\d+e[+-]?\d+", Number.Float),
            (r"(?i)0x[0-9a-f]*", Number.Hex),
            (r"\d+", Number.Integer),
            (r"\n", Text),
            (r"[^\S\n]", Text),
            (r"(?s)\[(=*)\[.*?\]\1\]", String),
            (r"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])", Operator),
            (r"[\[\]{}().,:;]", Punctuation),
            (r"(and|or|not)\b", Operator.Word),
            (r"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b", Keyword),
            (r"(local)\b", Keyword.Declaration),
            (r"(true|false|nil)\b", Keyword.Constant),
            (r"(function)\b", Keyword, "function_name"),
            (r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", _name),
            (r"'", String.Single, "escape_sqs"),
            (r'"', String.Double, "escape_dqs"),
        ],
        "function_name": [
            (r"\s+", Text),
            (r"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)",
             lambda lx, m: (lx.groups(Name.Class, Punctuation, Name.Function), lx.pop())),
            (r"\(", Punctuation, "#pop"),
        ],
        "gsub": [
            (r"\)", Punctuation, "#pop"),
            (r"[(,]", Punctuation),
            (r"\s+", Text),
            (r'"', String.Regex, "regex"),
        ],
        "regex": [
            (r'"', lambda lx, m: (lx.token(String.Regex), lx.goto("regex_end"))),
            (r"\[\^?", String.Escape, "regex_group"),
            (r"\\.", String.Escape),
            (r"[(][?][:=<!]", String.Escape),
            (r"[{][\d,]+[}]", String.Escape),
            (r"[()?]", String.Escape),
            (r".", String.Regex),
        ],
        "regex_end": [
            (r"[$]+", String.Regex, "#pop"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "regex_group": [
            (r"/", String.Escape),
            (r"\]", String.Escape, "#pop"),
            (r"(\\)(.)", groups(String.Escape, String.Regex)),
            (r".", String.Regex),
        ],
        "escape_sqs": [include("string_escape"), include("sqs")],
        "escape_dqs": [include("string_escape"), include("dqs")],
        "string_escape": [(r"\\([abfnrtv\\\"']|\d{1,3})", String.Escape)],
        "sqs": [
            (r"'", String.Single, "#pop"),
            (r"[^']+", String.Single),
        ],
        "dqs": [
            (r'"', String.Double, "#pop"),
            (r'[^"]+', String.Double),
        ],
    }
