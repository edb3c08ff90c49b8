"""Syntax highlighting that writes Rouge 3.30's HTML byte for byte.

Public API (used by the Markdown converter and the `highlight` Liquid tag):

- `find_lexer(lang, code=None)`: the lexer Rouge's `Lexer.find_fancy` picks for a name or
  alias, with `?key=value` options and the `guess` pseudo-name; `None` when Rouge has no
  such language.  The lexer's `.tag` is Rouge's tag (kramdown skips highlighting when it
  is `plaintext` and `guess_lang` is off; callers pass kramdown's `default_lang`).
- `format_tokens(code, lexer)`: Rouge's HTML token markup for `code` (spans only).
- `format_tokens_table(code, lexer, **classes)`: the same inside Rouge's line-number table.
- `kramdown_highlight(text, lang, span=False, **opts)`: what kramdown's Rouge highlighter
  returns for a code block/span (None when kramdown would not highlight it).
- `highlight_tag_html(code, lang, linenos=False, **options)`: the complete output of
  Jekyll's `{% highlight %}` tag; `parse_highlight_markup(markup)` validates the tag
  markup into (lang, options) and raises `HighlightSyntaxError`.

Lexers: languages listed in `lexers.EXACT_LEXERS` are our own implementations of Rouge's
tokenisation; every other Rouge language falls back to Pygments' lexer with Rouge's class
names (best effort; token boundaries may differ), or to plain text when Pygments has none.
"""
from __future__ import annotations

from .engine import Lexer
from .formatter import format_html, format_html_table
from .kramdown import kramdown_highlight
from .registry import find_lexer
from .tag import HighlightSyntaxError, highlight_tag_html, parse_highlight_markup


def format_tokens(code: str, lexer: Lexer) -> str:
    """Rouge's `Formatters::HTML` output for `code` lexed by `lexer`."""
    return format_html(lexer.lex(code))


def format_tokens_table(code: str, lexer: Lexer, **classes: str) -> str:
    """Rouge's `Formatters::HTMLTable` around the HTML output (kramdown `line_numbers`)."""
    return format_html_table(lexer.lex(code), **classes)


__all__ = ["Lexer", "find_lexer", "format_tokens", "format_tokens_table", "highlight_tag_html",
           "kramdown_highlight",
           "parse_highlight_markup", "HighlightSyntaxError"]
