"""Markdown as Jekyll 4.3 renders it: kramdown 2.4 with the GFM parser and Rouge wrappers.

Public API:

- `KramdownConverter(site_config).convert(text)`: the HTML Jekyll's Markdown converter
  returns for `text` under that site config (its `kramdown:` and `highlighter:` keys).
- `smartify(text, site_config=None)`: Jekyll's `smartify` filter (SmartyPants typography).

The parser is our own rule set written against kramdown's documented and observed
behaviour. Conversion never raises: on an internal error the text comes back
escaped in a paragraph.
"""
from __future__ import annotations

import logging
import sys
from typing import Any

from .highlighting import CodeHighlighter
from .options import build_options, build_smartypants_options
from .parser import Parser, ParserSetup
from .renderer import HtmlRenderer, escape_html
from .smartypants import SmartyPantsParser
from .patterns import RUBY_WS

__all__ = ["KramdownConverter", "smartify", "MarkdownError"]


class MarkdownError(Exception):
    """Raised only for invalid converter configuration (never for document text)."""


class KramdownConverter:
    """Converts Markdown documents with one site's kramdown settings."""

    def __init__(self, config: dict[str, Any] | None = None, *, cache: bool = False) -> None:
        """`cache`: remember results by text, as Jekyll's converter does (its cache key is the
        content alone). Off by default: pyjekyll's converter layer keeps its own cache."""
        config = config or {}
        self._cache: dict[str, str] | None = {} if cache else None
        try:
            self.options = build_options(config)
        except (TypeError, ValueError) as exc:
            raise MarkdownError(f"invalid kramdown configuration: {exc}") from exc
        self.highlighter = CodeHighlighter(self.options)
        self._setup = ParserSetup(self.options)

    def convert(self, text: str) -> str:
        cache = self._cache
        if cache is not None:
            hit = cache.get(text)
            if hit is not None:
                return hit
        html = self._guarded(text, None)
        if cache is not None:
            if len(cache) >= _CACHE_ENTRIES:
                cache.pop(next(iter(cache)))
            cache[text] = html
        return html

    def convert_with_warnings(self, text: str) -> tuple[str, list[str]]:
        """The HTML plus kramdown's warnings for `text`, in kramdown's words and order (what
        Jekyll logs as `Kramdown warning:` lines with `show_warnings`). Never cached."""
        warnings: list[str] = []
        return self._guarded(text, warnings), warnings

    def _guarded(self, text: str, warnings: list[str] | None) -> str:
        try:
            return self._convert(text, warnings)
        except RecursionError:
            return self._convert_deep(text, warnings)
        except Exception:  # never let a document break the build, but say so
            _LOG.warning("Markdown conversion failed; the text is output escaped", exc_info=True)
            return _fallback(text)

    def _convert(self, text: str, warnings: list[str] | None = None) -> str:
        options = dict(self.options)
        parser = Parser(options, self._setup, collect_warnings=warnings is not None)
        root = parser.parse(text)
        html = HtmlRenderer(root, options, self.highlighter).render()
        if warnings is not None:
            warnings.extend(parser.warnings)
        return html

    def _convert_deep(self, text: str, warnings: list[str] | None) -> str:
        """Deeply nested input (hundreds of levels): retry with room for the recursion."""
        old = sys.getrecursionlimit()
        try:
            sys.setrecursionlimit(max(old, _DEEP_RECURSION_LIMIT))
            return self._convert(text, warnings)
        except Exception:
            return _fallback(text)
        finally:
            sys.setrecursionlimit(old)


_LOG = logging.getLogger("pyjekyll.markdown")
_CACHE_ENTRIES = 4096
# Enough for about a thousand nested blocks; the parser recurses in Python frames only.
_DEEP_RECURSION_LIMIT = 20_000


def _fallback(text: str) -> str:
    return f"<p>{escape_html(text.strip(RUBY_WS))}</p>\n"


def smartify(text: str, config: dict[str, Any] | None = None) -> str:
    """Jekyll's `smartify` filter: quotes, dashes and ellipses, HTML passed through."""
    options = build_smartypants_options(config or {})
    try:
        root = SmartyPantsParser(options).parse(str(text))
        html = HtmlRenderer(root, options, CodeHighlighter(options)).render()
    except Exception:
        return escape_html(str(text))
    return html[:-1] if html.endswith("\n") else html
