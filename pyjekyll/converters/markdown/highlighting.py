"""kramdown's syntax-highlighter settings, applied through `pyjekyll.highlight`.

`pyjekyll.highlight.kramdown_highlight` reproduces kramdown's Rouge adapter for one code
block or span; this module turns the site's `syntax_highlighter` / `syntax_highlighter_opts`
into its arguments (block and span options merged as kramdown merges them).
"""
from __future__ import annotations

import functools
from typing import Any

# Keyword arguments `kramdown_highlight` understands, with how each option value is coerced.
_OPTION_TYPES: dict[str, type] = {
    "default_lang": str, "guess_lang": bool, "disable": bool, "line_numbers": bool,
    "start_line": int, "css_class": str, "wrap": bool, "table_class": str,
    "gutter_class": str, "code_class": str,
}


@functools.cache
def _kramdown_highlight() -> Any:
    """Imported on first use: pages without code never pay for the lexer registry."""
    from pyjekyll.highlight import kramdown_highlight
    return kramdown_highlight


def _coerce(key: str, value: Any) -> Any:
    kind = _OPTION_TYPES[key]
    if value is None:
        return None
    if kind is bool:
        return value if isinstance(value, bool) else str(value).lower() not in ("", "false", "0", "nil")
    if kind is int:
        try:
            return int(value)
        except (TypeError, ValueError):
            return 1
    return str(value)


def _call_options(opts: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in opts.items():
        key = str(key).lstrip(":")
        if key in _OPTION_TYPES:
            coerced = _coerce(key, value)
            if coerced is not None or key == "default_lang":
                out[key] = coerced
    return out


class CodeHighlighter:
    """Highlighting as configured by `syntax_highlighter` and `syntax_highlighter_opts`."""

    def __init__(self, options: dict[str, Any]) -> None:
        name = options.get("syntax_highlighter")
        self.enabled = bool(name) and str(name) == "rouge"
        self.class_suffix = f" highlighter-{name}"
        opts = dict(options.get("syntax_highlighter_opts") or {})
        span = dict(opts.pop("span", None) or {})
        block = dict(opts.pop("block", None) or {})
        self.span_opts = _call_options({**opts, **span})
        self.block_opts = _call_options({**opts, **block})
        # `<code …>` of a plain code span, made by the renderer the first time (once per converter)
        self.plain_span_opening: str | None = None

    @functools.cached_property
    def plain_spans(self) -> bool:
        """Whether a code span without a language comes out as its text, escaped: Rouge's
        plain-text lexer gives one unstyled token (Jekyll's defaults).  Spans are the commonest
        code, so the renderer writes these directly."""
        opts = self.span_opts
        lang = opts.get("default_lang")
        if (not self.enabled or not lang or "?" in lang or lang == "guess" or opts.get("disable")
                or opts.get("line_numbers") or not opts.get("guess_lang")):
            return False
        from pyjekyll.highlight.kramdown import is_plain_text
        from pyjekyll.highlight.registry import find_lexer
        return is_plain_text(find_lexer(lang))

    def default_lang(self, kind: str) -> str | None:
        opts = self.block_opts if kind == "block" else self.span_opts
        return opts.get("default_lang") or None

    def _highlight(self, code: str, lang: str | None, span: bool) -> str | None:
        if not self.enabled:
            return None
        opts = self.span_opts if span else self.block_opts
        try:
            return _kramdown_highlight()(code, lang, span=span, **opts)
        except Exception:  # a lexer failure must not break the page: the code is shown escaped
            return None

    def block(self, code: str, lang: str | None) -> str | None:
        return self._highlight(code, lang, span=False)

    def span(self, code: str, lang: str | None) -> str | None:
        return self._highlight(code, lang, span=True)
