"""Rouge's `diff` language: unified and context diffs, classified line by line."""
from __future__ import annotations

from ..engine import RegexLexer, groups
from ..tokens import Generic, Punctuation, Text


class DiffLexer(RegexLexer):
    tag = "diff"
    aliases = ("patch", "udiff")

    rules = {
        "root": [
            (r"^ .*$\n?", Text),
            (r"^---$\n?", Punctuation),
            (r"^[+>]+.*$\n?", Generic.Inserted),
            (r"^\+.*$\n?", Generic.Inserted),
            (r"^[-<]+.*$\n?", Generic.Deleted),
            (r"^!.*$\n?", Generic.Strong),
            (r"^([Ii]ndex|diff).*$\n?", Generic.Heading),
            (r"^(@@[^@]*@@)([^\n]*\n)", groups(Punctuation, Text)),
            (r"^\w.*$\n?", Punctuation),
            (r"^=.*$\n?", Generic.Heading),
            (r"\s.*$\n?", Text),
        ],
    }
