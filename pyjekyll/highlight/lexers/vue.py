"""Rouge's `vue` language (alias `vuejs`): single-file components on the HTML rules.

`<template>`, `<style>` and `<script>` blocks pick their language from a `lang=` attribute
(html, css, javascript, sass, scss, coffee; anything else is plain text).  Template and
style text goes, chunk by chunk, to a *fresh* lexer of that language each time, as Rouge
delegates to the class; script bodies always go to the one JavaScript lexer of the HTML
rules, whatever their `lang`; `{{ … }}` in a template is JavaScript, lexed by a second
JavaScript lexer that starts over at each `{{`.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..engine import Lexer, RegexLexer, groups, include
from ..tokens import Error, Keyword, Name, String, Text
from .css import CssLexer
from .html import HtmlLexer
from .javascript import JavascriptLexer
from .plaintext import PlainTextLexer
from .sass import SassLexer
from .scss import ScssLexer

LexerFactory = Callable[[], Lexer]
_QUOTES = re.compile(r"[\"']*")


def _coffeescript() -> Lexer:
    """Rouge's coffeescript has no exact lexer here; the registry's best-effort one stands in."""
    from ..registry import find_lexer

    lexer = find_lexer("coffeescript")
    return lexer if lexer is not None else PlainTextLexer()


_LANGUAGES: dict[str, LexerFactory] = {
    "html": HtmlLexer,
    "css": CssLexer,
    "javascript": JavascriptLexer,
    "sass": SassLexer,
    "scss": ScssLexer,
    "coffee": _coffeescript,
}


def _language_named(value: str) -> LexerFactory:
    return _LANGUAGES.get(_QUOTES.sub("", value.lower()), PlainTextLexer)


def _open_block(kind: str, language: LexerFactory) -> Callable[["VueLexer", re.Match[str]], None]:
    def action(lx: "VueLexer", m: re.Match[str]) -> None:
        lx.groups(Name.Tag, Text, Keyword)
        lx.language = language
        lx.push(kind)
        lx.push("lang_tag")
    return action


def _lang_attribute(lx: "VueLexer", m: re.Match[str]) -> None:
    lx.groups(Name.Attribute, Text, String)
    lx.language = _language_named(m.group(3))


def _embedded(lx: "VueLexer", m: re.Match[str]) -> None:
    lx.delegate(lx.language())


def _open_interpolation(lx: "VueLexer", m: re.Match[str]) -> None:
    lx.token(String.Interpol)
    lx.push("template_interpol")
    lx.js.reset()


_CLOSE_TAG = r"(<\s*/\s*)({})(\s*>)"


class VueLexer(HtmlLexer):
    tag = "vue"
    aliases = ("vuejs",)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.js = JavascriptLexer(self.options)
        self.language: LexerFactory = PlainTextLexer

    def reset(self) -> None:
        super().reset()
        self.js.reset()

    rules = {
        **HtmlLexer.rules,
        "root": [
            (r"(<)(\s*)(template)", _open_block("template", HtmlLexer)),
            (r"(<)(\s*)(style)", _open_block("style", CssLexer)),
            (r"(<)(\s*)(script)", _open_block("script", JavascriptLexer)),
            *HtmlLexer.rules["root"],
        ],
        "tag": [
            (r"[a-zA-Z0-9_:#\[\]()*.-]+\s*=\s*", Name.Attribute, "attr"),
            *HtmlLexer.rules["tag"],
        ],
        "style": [
            (_CLOSE_TAG.format("style"), groups(Name.Tag, Keyword, Name.Tag), "#pop"),
            include("style_content"),
            include("embed"),
        ],
        "script": [
            (_CLOSE_TAG.format("script"), groups(Name.Tag, Keyword, Name.Tag), "#pop"),
            include("script_content"),
            include("embed"),
        ],
        "lang_tag": [
            (r"""(lang\s*=)(\s*)("(?:\\.|[^\\])*?"|'(\\.|[^\\])*?'|[^\s>]+)""", _lang_attribute),
            include("tag"),
        ],
        "template": [
            (_CLOSE_TAG.format("template"), groups(Name.Tag, Keyword, Name.Tag), "#pop"),
            (r"{{", _open_interpolation),
            include("embed"),
        ],
        "template_interpol": [
            (r"}}", String.Interpol, "#pop"),
            (r"}", Error),
            include("template_interpol_inner"),
        ],
        "template_interpol_inner": [
            (r"{", lambda lx, m: (lx.delegate(lx.js), lx.push())),
            (r"}", lambda lx, m: (lx.delegate(lx.js), lx.pop())),
            (r"[^{}]+", lambda lx, m: lx.delegate(lx.js)),
        ],
        "embed": [
            (r"[^{<]+", _embedded),
            (r"[<{][^<{]*", _embedded),
        ],
        # The HTML rules' style bodies go to the block's language, one fresh lexer per chunk.
        "style_content": [
            (r"[^<]+", _embedded),
            (r"<\s*/\s*style\s*>", Name.Tag, "#pop"),
            (r"<", _embedded),
        ],
    }
