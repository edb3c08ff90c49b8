"""Rouge's `html` language; `<script>` and `<style>` bodies go to the JavaScript and CSS lexers."""
from __future__ import annotations

import re
from typing import Any

from ..engine import Lexer, RegexLexer
from ..tokens import Comment, Name, String, Text
from .common import FORMAT, LETTER, WORD
from .css import CssLexer
from .javascript import JavascriptLexer

NAME = rf"[{LETTER}:_-][{WORD}{FORMAT}:.\u00b7-]*"
_ATTR_WITH_VALUE = rf"[{LETTER}:_\[\]()*.-][{WORD}{FORMAT}:.\u00b7\[\]()*-]*\s*=\s*"
_ATTR_BARE = rf"[{LETTER}:_*#-][{WORD}{FORMAT}:.\u00b7*#-]*"


def _open_embedded(lx: "HtmlLexer", m: re.Match[str], inner: Lexer, content_state: str) -> None:
    lx.token(Name.Tag)
    inner.reset()
    lx.push(content_state)
    lx.push("tag")


class HtmlLexer(RegexLexer):
    tag = "html"

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.javascript = JavascriptLexer(self.options)
        self.css = CssLexer(self.options)

    def reset(self) -> None:
        super().reset()
        self.javascript = JavascriptLexer(self.options)
        self.css = CssLexer(self.options)

    rules = {
        "root": [
            (r"[^<&]+", Text),
            (r"&\S*?;", Name.Entity),
            (r"(?is)<!DOCTYPE .*?>", Comment.Preproc),
            (r"(?s)<!\[CDATA\[.*?\]\]>", Comment.Preproc),
            (r"<!--", Comment, "comment"),
            (r"(?s)<\?.*?\?>", Comment.Preproc),
            (r"<\s*script\s*", lambda lx, m: _open_embedded(lx, m, lx.javascript, "script_content")),
            (r"<\s*style\s*", lambda lx, m: _open_embedded(lx, m, lx.css, "style_content")),
            (r"</", Name.Tag, "tag_end"),
            (r"<", Name.Tag, "tag_start"),
            (rf"<\s*{NAME}", Name.Tag, "tag"),
            (rf"<\s*/\s*{NAME}\s*>", Name.Tag),
        ],
        "tag_end": [
            (r"\s+", Text),
            (r">", Name.Tag, "#pop"),
            (NAME, lambda lx, m: (lx.token(Name.Tag), lx.goto("tag_end_end"))),
        ],
        "tag_end_end": [
            (r"\s+", Text),
            (r">", Name.Tag, "#pop"),
        ],
        "tag_start": [
            (r"\s+", Text),
            (NAME, lambda lx, m: (lx.token(Name.Tag), lx.goto("tag"))),
            (r"", lambda lx, m: lx.goto("tag")),
        ],
        "comment": [
            (r"[^-]+", Comment),
            (r"-->", Comment, "#pop"),
            (r"-", Comment),
        ],
        "tag": [
            (r"\s+", Text),
            (_ATTR_WITH_VALUE, Name.Attribute, "attr"),
            (_ATTR_BARE, Name.Attribute),
            (r"/?\s*>", Name.Tag, "#pop"),
        ],
        "attr": [
            (r'"', lambda lx, m: (lx.token(String), lx.goto("dq"))),
            (r"'", lambda lx, m: (lx.token(String), lx.goto("sq"))),
            (r"[^\s>]+", String, "#pop"),
        ],
        "dq": [(r'"', String, "#pop"), (r'[^"]+', String)],
        "sq": [(r"'", String, "#pop"), (r"[^']+", String)],
        "script_content": [
            (r"[^<]+", lambda lx, m: lx.delegate(lx.javascript)),
            (r"<\s*/\s*script\s*>", Name.Tag, "#pop"),
            (r"<", lambda lx, m: lx.delegate(lx.javascript)),
        ],
        "style_content": [
            (r"[^<]+", lambda lx, m: lx.delegate(lx.css)),
            (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
            (r"<", lambda lx, m: lx.delegate(lx.css)),
        ],
    }
