"""Rouge's `erb` language: a template whose `<% … %>` tags hold Ruby.

Text between the tags goes to the templated (parent) language, HTML unless the `parent`
option names another; both it and the Ruby lexer keep their state from one chunk to the
next, as Rouge's delegation does.
"""
from __future__ import annotations

from typing import Any

from ..engine import Lexer, RegexLexer
from ..tokens import Comment
from .ruby import RubyLexer

_OPEN = r"<%%|<%=|<%#|<%-|<%"
_CLOSE = r"%%>|-%>|%>"


def parent_lexer(options: dict[str, Any]) -> Lexer:
    """The templated language: the `parent` option's lexer, else HTML (as Rouge's templates pick)."""
    from ..registry import lexer_for_tag, rouge_names

    rest = dict(options)
    name = rest.pop("parent", None)
    if isinstance(name, list):
        name = name[-1] if name else None
    tag = rouge_names().get(name) if isinstance(name, str) else None
    return lexer_for_tag(tag or "html", rest)


class ErbLexer(RegexLexer):
    tag = "erb"
    aliases = ("eruby", "rhtml")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.ruby = RubyLexer(self.options)
        self.parent = parent_lexer(self.options)

    def reset(self) -> None:
        super().reset()
        self.parent.reset()
        self.ruby.reset()

    rules = {
        "root": [
            (r"<%#", Comment, "comment"),
            (_OPEN, Comment.Preproc, "ruby"),
            (rf"(?s).+?(?={_OPEN})|.+", lambda lx, m: lx.delegate(lx.parent)),
        ],
        "comment": [
            (_CLOSE, Comment, "#pop"),
            (rf"(?s).+?(?={_CLOSE})|.+", Comment),
        ],
        "ruby": [
            (_CLOSE, Comment.Preproc, "#pop"),
            (rf"(?s).+?(?={_CLOSE})|.+", lambda lx, m: lx.delegate(lx.ruby)),
        ],
    }
