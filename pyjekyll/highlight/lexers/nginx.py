"""Rouge's `nginx` language: directives, blocks, variables, sizes and `host:port` pairs."""
from __future__ import annotations

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Punctuation, String, Text

_ID = r"[^\s$;{}()#]+"


class NginxLexer(RegexLexer):
    tag = "nginx"

    rules = {
        "root": [
            (r"(include)(\s+)([^\s;]+)", groups(Keyword, Text, Name)),
            (_ID, Keyword, "statement"),
            include("base"),
        ],
        "block": [
            (r"}", Punctuation, "#pop"),
            (_ID, Keyword.Namespace, "statement"),
            include("base"),
        ],
        "statement": [
            # `{` ends the directive's arguments and opens its block in the same slot.
            (r"{", lambda lx, m: (lx.token(Punctuation), lx.goto("block"))),
            (r";", Punctuation, "#pop"),
            include("base"),
        ],
        "base": [
            (r"\s+", Text),
            (r"#.*", Comment.Single),
            (r"(?:on|off)\b", Name.Constant),
            (r"[$][\w-]+", Name.Variable),
            (r"(?i)([a-z0-9.-]+)(:)([0-9]+)", groups(Name.Function, Punctuation, Number.Integer)),
            (r"(?i)[a-z-]+/[a-z-]+", Name.Class),
            (r"(?i)[0-9]+[kmg]?\b", Number.Integer),
            (r"(~)(\s*)([^\s{]+)", groups(Punctuation, Text, String.Regex)),
            (r"[:=~]", Punctuation),
            (rf"/(?:{_ID})?", Name),
            (r"[^#\s;{}$\\]+", String),
            (r"[$;]", Text),
        ],
    }
