"""Syntax highlighting that writes Rouge 3.30's HTML, with lexers built on Pygments.

Public API (used by the Markdown converter and the `highlight` Liquid tag):

- `find_lexer(lang)`: the lexer Rouge would pick for a language name or alias
  (`None` when Rouge knows no such language).
- `format_tokens(code, lexer)`: Rouge's HTML token markup for `code` (the spans only,
  no wrapper).
- `highlight_tag_html(code, lang, linenos=False)`: the complete output of Jekyll's
  `{% highlight %}` tag.

This first version is a placeholder on stock Pygments; the Rouge-exact layer replaces it.
"""
from __future__ import annotations

import html
from typing import Any

from pygments.lexers import get_lexer_by_name
from pygments.token import STANDARD_TYPES
from pygments.util import ClassNotFound


def find_lexer(lang: str | None) -> Any | None:
    if not lang:
        return None
    try:
        return get_lexer_by_name(lang.split("?", 1)[0].lower())
    except ClassNotFound:
        return None


def _css_class(ttype: Any) -> str:
    while ttype not in STANDARD_TYPES:
        ttype = ttype.parent
    return STANDARD_TYPES[ttype]


def format_tokens(code: str, lexer: Any) -> str:
    out: list[str] = []
    for ttype, value in lexer.get_tokens(code):
        cls = _css_class(ttype)
        text = html.escape(value, quote=False)
        out.append(f'<span class="{cls}">{text}</span>' if cls else text)
    return "".join(out)


def highlight_tag_html(code: str, lang: str, linenos: bool = False) -> str:
    lexer = find_lexer(lang)
    body = format_tokens(code, lexer) if lexer else html.escape(code, quote=False)
    return (f'<figure class="highlight"><pre><code class="language-{lang}" '
            f'data-lang="{lang}">{body}</code></pre></figure>')
