"""Rouge's `tex` language (aliases `TeX`, `LaTeX`, `latex`).

A control sequence is a backslash and a run of letters, a run of whitespace or any one
character; after one, optional `[...]` arguments and a `*` stay with the command.  `$`,
`$$`, `\\(` and `\\[` switch to math, where numbers, operators and symbols are coloured.
"""
from __future__ import annotations

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

# Rouge's pattern is case-insensitive, and Unicode case folding lets `[a-z]` match the long s
# and the Kelvin sign too.
COMMAND = r"\\([a-zA-Z\u017f\u212a]+|\s+|.)"


class TexLexer(RegexLexer):
    tag = "tex"
    aliases = ("TeX", "LaTeX", "latex")

    rules = {
        "general": [
            (r"%.*$", Comment),
            (r"[{}&_^]", Punctuation),
        ],
        "root": [
            (r"\\\[", Punctuation, "displaymath"),
            (r"\\\(", Punctuation, "inlinemath"),
            (r"\$\$", Punctuation, "displaymath"),
            (r"\$", Punctuation, "inlinemath"),
            (r"\\(begin|end)\{.*?\}", Name.Tag),
            (r"(\\verb)\b(\S)(.*?)(\2)", groups(Name.Builtin, Keyword.Pseudo, String.Other, Keyword.Pseudo)),
            (COMMAND, Keyword, "command"),
            include("general"),
            (r"[^\\$%&_^{}]+", Text),
        ],
        "math": [
            (COMMAND, Name.Variable),
            include("general"),
            (r"[0-9]+", Number),
            (r"[-=!+*/()\[\]]", Operator),
            (r"[^=!+*/()\[\]\\$%&_^{}0-9-]+", Name.Builtin),
        ],
        "inlinemath": [
            (r"\\\)", Punctuation, "#pop"),
            (r"\$", Punctuation, "#pop"),
            include("math"),
        ],
        "displaymath": [
            (r"\\\]", Punctuation, "#pop"),
            (r"\$\$", Punctuation, "#pop"),
            (r"\$", Name.Builtin),
            include("math"),
        ],
        "command": [
            (r"\[.*?\]", Name.Attribute),
            (r"\*", Keyword),
            (r"", Text, "#pop"),
        ],
    }
