"""Rouge's `sass` language: Sass's indented syntax.

It shares every value, selector and string state with `scss`; what differs is that lines,
not braces, end a section, and a line's indentation decides whether it continues a comment
started on a shallower line.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, include
from ..tokens import Comment, Keyword, Name, String, Text
from .scss import ScssLexer

_ID = r"[\w-]+"


def _indentation(lx: SassLexer, m: re.Match[str]) -> None:
    """A line's leading blanks: go on with an indented comment block, or lex content."""
    lx.token(Text)
    indent = m.group(0)
    lx.last_indentation = indent
    block = lx.block_state
    if block is not None and indent != lx.block_indentation and indent.startswith(lx.block_indentation):
        lx.push(block)
    else:
        lx.block_state = None
        lx.block_indentation = ""
        lx.push("content")


def _comment_starts_block(ttype):
    def start(lx: SassLexer, m: re.Match[str]) -> None:
        lx.token(ttype)
        lx.pop()
        lx.block_state = "single_comment" if ttype is Comment.Single else "multi_comment"
        lx.block_indentation = lx.last_indentation or ""
    return start


def _line_ends_section(lx: SassLexer, m: re.Match[str]) -> None:
    lx.token(Text)
    lx.reset_stack()


def _old_style_value(lx: SassLexer, m: re.Match[str]) -> None:
    lx.pop()
    lx.push("value")


_SHARED = {name: rules for name, rules in ScssLexer.rules.items() if name not in ("root", "end_section")}


class SassLexer(RegexLexer):
    tag = "sass"

    rules = {
        **_SHARED,
        "root": [
            (r"[ \t]*\n", Text),
            (r"[ \t]*", _indentation),
        ],
        "content": [
            (r"//.*?$", _comment_starts_block(Comment.Single)),
            (r"/[*].*?\n", _comment_starts_block(Comment.Multiline)),
            (r"@import\b", Keyword, "import"),
            include("content_common"),
            (rf"={_ID}", Name.Function, "value"),
            (rf"[+]{_ID}", Name.Decorator, "value"),
            (r":", Name.Attribute, "old_style_attr"),
            (r"(?=[^\[\n]+?:([^a-z]|$))", lambda lx, m: lx.push("attribute")),
            (r"", lambda lx, m: lx.push("selector")),
        ],
        "single_comment": [(r".*?$", Comment.Single, "#pop")],
        "multi_comment": [(r".*?\n", Comment.Multiline, "#pop")],
        "import": [
            (r"[ \t]+", Text),
            (r"\S+", String),
            (r"\n", Text, "#pop"),
        ],
        "old_style_attr": [
            include("attr_common"),
            (r"", _old_style_value),
        ],
        "end_section": [(r"\n", _line_ends_section)],
    }

    def __init__(self, options=None) -> None:
        super().__init__(options)
        self.block_state: str | None = None
        self.block_indentation = ""
        self.last_indentation: str | None = None

    def reset(self) -> None:
        super().reset()
        self.block_state = None
        self.block_indentation = ""
