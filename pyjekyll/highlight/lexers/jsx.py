"""Rouge's `jsx` language: JavaScript where an expression may be an XML-like element.

Wherever JavaScript expects an expression, `<` opens an element; its children are HTML
text (one HTML lexer per document keeps its state across them) and `{…}` embeds
JavaScript again.
"""
from __future__ import annotations

from typing import Any

from ..engine import include
from ..tokens import Name, Punctuation, String
from .html import HtmlLexer
from .javascript import JavascriptLexer


def _open_element(lx: "JsxLexer", m: Any) -> None:
    lx.token(Punctuation)
    lx.push("tag_opening")
    lx.push("element")
    lx.push("element_name")


def _open_interpolation(lx: "JsxLexer", m: Any) -> None:
    lx.token(String.Interpol)
    lx.push("interpol")
    lx.push("expr_start")


class JsxLexer(JavascriptLexer):
    tag = "jsx"
    aliases = ("react",)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.reset()

    def reset(self) -> None:
        self.stack = ["root", "expr_start"]
        self.html = HtmlLexer(self.options)

    rules = {
        **JavascriptLexer.rules,
        "expr_start": [include("tag"), *JavascriptLexer.rules["expr_start"]],
        "tag": [(r"<", _open_element)],
        "tag_opening": [
            (r"</", lambda lx, m: (lx.token(Punctuation), lx.goto("element"), lx.push("element_name"))),
            include("tag"),
            (r"{", _open_interpolation),
            (r"[^<{]+", lambda lx, m: lx.delegate(lx.html)),
        ],
        "element": [
            include("comments_and_whitespace"),
            (r"/>", lambda lx, m: (lx.token(Punctuation), lx.pop(2))),
            (r">", Punctuation, "#pop"),
            (r"{", _open_interpolation),
            (r"\w[\w-]*", Name.Attribute),
            (r"=", Punctuation),
            (r"([\"']).*?(\1)", String),
        ],
        "element_name": [
            (r"[A-Z]\w*", Name.Class),
            (r"\w+", Name.Tag),
            (r"\.", Punctuation),
            (r"", lambda lx, m: lx.pop()),
        ],
        "interpol": [
            (r"}", String.Interpol, "#pop"),
            (r"{", lambda lx, m: (lx.token(Punctuation), lx.push("interpol_inner"), lx.push("statement"))),
            include("root"),
        ],
        "interpol_inner": [
            (r"}", lambda lx, m: (lx.token(Punctuation), lx.goto("statement"))),
            include("root"),
        ],
    }
