"""Rouge's `markdown` language: block and inline markup, front matter as YAML, fenced code
lexed by the language named on the fence, inline HTML by the HTML lexer."""
from __future__ import annotations

import re
from typing import Any

from ..engine import Lexer, RegexLexer, compile_rules
from ..tokens import Generic, Name, Punctuation, String, Text
from .html import HtmlLexer
from .plaintext import PlainTextLexer
from .yaml import YamlLexer

_EDOT = r"(?:\\.|[^\\\n])"


class MarkdownLexer(RegexLexer):
    tag = "markdown"
    aliases = ("md", "mkd")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.html = HtmlLexer(self.options)

    def reset(self) -> None:
        super().reset()
        self.html.reset()

    def _front_matter(self, m: re.Match[str]) -> None:
        self._out.extend(YamlLexer(self.options).lex(m.group(0)))

    def _fence(self, m: re.Match[str]) -> None:
        from ..registry import find_lexer

        name = m.group(3).strip(" \t\n\v\f\r\0")
        sublexer: Lexer | None = find_lexer(name or "guess", m.group(5))
        if sublexer is None:
            sublexer = PlainTextLexer(token=String.Backtick)
        sublexer.reset()
        self.token(Text, m.group(1))
        self.token(Punctuation, m.group(2))
        self.token(Name.Label, m.group(3))
        if m.group(5) is not None:
            self.delegate(sublexer, m.group(5))
        self.token(Text, m.group(6) or "")
        if m.group(7):
            self.token(Punctuation, m.group(7))
            return
        fence = m.group(2)

        def closing(lx: RegexLexer, mb: re.Match[str]) -> None:
            lx.pop()
            lx.token(Text, mb.group(1))
            lx.token(Punctuation, mb.group(2))

        # An unclosed fence: a state (fresh per fence, as it holds the sub-lexer) that
        # lexes whole lines until the closing fence.
        self.fence_states = getattr(self, "fence_states", 0) + 1
        key = f"fence {id(self)} {self.fence_states}"
        self.states = dict(self.states)
        self.states[key] = _compile_fence_state(fence, closing, sublexer)
        self.push(key)

    rules = {
        "root": [
            (r"(?s)(---\s*\n.*?\n?)^(---\s*$\n?)", lambda lx, m: lx._front_matter(m)),
            (r"\\.", String.Escape),
            (r"^[\S ]+\n(?:---*)\n", Generic.Heading),
            (r"^[\S ]+\n(?:===*)\n", Generic.Subheading),
            (r"^#(?=[^#]).*?$", Generic.Heading),
            (r"^##*.*?$", Generic.Subheading),
            (r"(?s)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?", lambda lx, m: lx._fence(m)),
            (r"\n\n((    |\t).*?\n|\n)+", String.Backtick),
            (rf"(`+)(?:{_EDOT}|\n)+?\1", String.Backtick),
            (r"^(\s*[*]){3,}\s*$", Punctuation),
            (r"^(\s*[-]){3,}\s*$", Punctuation),
            (r"^\s*[*+-](?=\s)", Punctuation),
            (r"^\s*\d+\.", Punctuation),
            (r"^\s*>.*?$", Generic.Traceback),
            (rf"^(\s*)(\[)({_EDOT}+?)(\])(\s*)(:)",
             lambda lx, m: (lx.groups(Text, Punctuation, String.Symbol, Punctuation, Text, Punctuation),
                            lx.push("title"), lx.push("url"))),
            (rf"(!?\[)({_EDOT}*?|[^\]]*?)(\])(?=[\[(])",
             lambda lx, m: (lx.groups(Punctuation, Name.Variable, Punctuation), lx.push("link"))),
            (rf"[*][*]{_EDOT}*?[*][*]", Generic.Strong),
            (rf"__{_EDOT}*?__", Generic.Strong),
            (rf"[*]{_EDOT}*?[*]", Generic.Emph),
            (rf"_{_EDOT}*?_", Generic.Emph),
            (r"<.*?@.+[.].+>", Name.Variable),
            (rf"<(https?|mailto|ftp)://{_EDOT}*?>", Name.Variable),
            (r"[^\\`\[*\n&<]+", Text),
            (r"&\S*;", lambda lx, m: lx.delegate(lx.html)),
            (rf"<{_EDOT}*?>", lambda lx, m: lx.delegate(lx.html)),
            (r"[&<]", Text),
            (r"\[", Text),
            (r"\n", Text),
        ],
        "link": [
            (rf"(\[)({_EDOT}*?)(\])",
             lambda lx, m: (lx.groups(Punctuation, String.Symbol, Punctuation), lx.pop())),
            (r"[(]", lambda lx, m: (lx.token(Punctuation), lx.push("inline_title"), lx.push("inline_url"))),
            (r"[ \t]+", Text),
            (r"", lambda lx, m: lx.pop()),
        ],
        "url": [
            (r"[ \t]+", Text),
            (rf"(<)({_EDOT}*?)(>)", lambda lx, m: (lx.groups(Name.Tag, String.Other, Name.Tag), lx.pop())),
            (r"\S+", String.Other, "#pop"),
        ],
        "title": [
            (rf'"{_EDOT}*?"', Name.Namespace),
            (rf"'{_EDOT}*?'", Name.Namespace),
            (rf"[(]{_EDOT}*?[)]", Name.Namespace),
            (r"\s*(?=[\"'()])", Text),
            (r"", lambda lx, m: lx.pop()),
        ],
        "inline_title": [
            (r"[)]", Punctuation, "#pop"),
            (rf'"{_EDOT}*?"', Name.Namespace),
            (rf"'{_EDOT}*?'", Name.Namespace),
            (rf"[(]{_EDOT}*?[)]", Name.Namespace),
            (r"\s*(?=[\"'()])", Text),
            (r"", lambda lx, m: lx.pop()),
        ],
        "inline_url": [
            (r"[^<\s)]+", String.Other, "#pop"),
            (r"\s+", Text),
            (r"[ \t]+", Text),
            (rf"(<)({_EDOT}*?)(>)", lambda lx, m: (lx.groups(Name.Tag, String.Other, Name.Tag), lx.pop())),
            (r"\S+", String.Other, "#pop"),
        ],
    }


def _compile_fence_state(fence: str, closing: Any, sublexer: Lexer) -> list:
    return compile_rules([
        (rf"^([ \t]*)({re.escape(fence)})", closing),
        (r"^.*\n", lambda lx, mb: lx.delegate(sublexer, mb.group(0))),
    ], RegexLexer.flags, {})
