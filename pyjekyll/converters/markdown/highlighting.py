"""kramdown's Rouge glue: which code gets highlighted, and the wrapper markup around it.

Lexing itself belongs to `pyjekyll.highlight`; this module decides (like kramdown's Rouge
adapter) whether to highlight at all and writes Rouge's legacy HTML wrapper.
"""
from __future__ import annotations

import html
from typing import Any

from pyjekyll import highlight

# Rouge's plain-text lexer: output is the escaped text, no token spans. The shared lexer
# lookup does not know Rouge's `plaintext` tag, so it is resolved here.
_PLAIN_NAMES = frozenset({"plaintext", "text"})
_PLAIN = object()


def _escape(text: str) -> str:
    return html.escape(text, quote=False)


class CodeHighlighter:
    """Highlighting as configured by `syntax_highlighter` and `syntax_highlighter_opts`."""

    def __init__(self, options: dict[str, Any]) -> None:
        name = options.get("syntax_highlighter")
        self.enabled = bool(name) and str(name) == "rouge"
        self.class_suffix = f" highlighter-{name}"
        opts = dict(options.get("syntax_highlighter_opts") or {})
        span = dict(opts.pop("span", None) or {})
        block = dict(opts.pop("block", None) or {})
        self.span_opts = {**opts, **span, "wrap": False}
        self.block_opts = {**opts, **block}

    def default_lang(self, kind: str) -> str | None:
        opts = self.block_opts if kind == "block" else self.span_opts
        value = opts.get("default_lang")
        return str(value) if value else None

    def _lexer(self, lang: str | None, opts: dict[str, Any]) -> Any:
        if not self.enabled:
            return None
        if not (lang or opts.get("default_lang") or opts.get("guess_lang")):
            return None
        name = lang or opts.get("default_lang")
        if not name or opts.get("disable"):
            return None
        base = str(name).split("?", 1)[0]
        if base in _PLAIN_NAMES:
            return _PLAIN
        return highlight.find_lexer(base)

    def _tokens(self, code: str, lexer: Any) -> str:
        if lexer is _PLAIN:
            return _escape(code)
        try:
            return highlight.format_tokens(code, lexer)
        except Exception:  # a lexer failure must not break the page
            return _escape(code)

    def block(self, code: str, lang: str | None) -> str | None:
        lexer = self._lexer(lang, self.block_opts)
        if lexer is None:
            return None
        css = self.block_opts.get("css_class") or "highlight"
        body = self._tokens(code, lexer)
        if self.block_opts.get("line_numbers"):
            body = self._line_table(code, body)
        return f'<div class="highlight"><pre class="{css}"><code>{body}</code></pre></div>'

    def _line_table(self, code: str, body: str) -> str:
        """Rouge's table layout for line numbers: a gutter cell and a code cell."""
        lines = code.count("\n") + (1 if code and not code.endswith("\n") else 0)
        start = int(self.block_opts.get("start_line", 1) or 1)
        numbers = "".join(f"{n}\n" for n in range(start, start + lines))
        return ('<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl">'
                f'<pre class="lineno">{numbers}</pre></td><td class="rouge-code"><pre>{body}</pre>'
                "</td></tr></tbody></table>")

    def span(self, code: str, lang: str | None) -> str | None:
        lexer = self._lexer(lang, self.span_opts)
        if lexer is None:
            return None
        return self._tokens(code, lexer)
