"""What kramdown's Rouge syntax highlighter returns for a code block or code span.

kramdown (as Jekyll configures it: `default_lang: plaintext`, `guess_lang` from the site's
`guess_lang`) asks Rouge for a lexer, declines plain text unless guessing is on, and
formats with Rouge's legacy HTML formatter: blocks wrapped in
`<div class="highlight"><pre class="highlight"><code>`, spans bare, optional line-number
table.  `None` means "not highlighted": the caller escapes the code itself.
"""
from __future__ import annotations

from .engine import Lexer
from .formatter import escape_html, format_html_table, format_lexed
from .lexers.plaintext import PlainTextLexer
from .registry import find_lexer
from .tokens import Text


def kramdown_highlight(text: str, lang: str | None, *, span: bool = False,
                       default_lang: str | None = "plaintext", guess_lang: bool = False,
                       disable: bool = False, line_numbers: bool = False, start_line: int = 1,
                       css_class: str = "highlight", wrap: bool | None = None,
                       table_class: str = "rouge-table", gutter_class: str = "rouge-gutter",
                       code_class: str = "rouge-code") -> str | None:
    """kramdown's `SyntaxHighlighter::Rouge.call` for one element (`span` for code spans).

    Options are the merged `syntax_highlighter_opts` for the element type; spans are never
    wrapped.  The returned lexer language for the `class` attribute is the caller's
    (`lang or default_lang`).
    """
    if not (lang or default_lang or guess_lang):
        return None
    lexer = find_lexer(lang or default_lang, text)
    if disable or lexer is None or (lexer.tag == "plaintext" and not guess_lang):
        return None
    if not line_numbers and is_plain_text(lexer):
        body = escape_html(text)  # one Text token: what the formatter writes for it
    elif line_numbers:
        body = format_html_table(lexer.lex(text), start_line=start_line, table_class=table_class,
                                 gutter_class=gutter_class, code_class=code_class)
    else:
        body = format_lexed(lexer, text)
    if span or wrap is False:
        return body
    return f'<div class="highlight"><pre class="{css_class}"><code>{body}</code></pre></div>'


def is_plain_text(lexer: Lexer | None) -> bool:
    """Whether the lexer's whole output is the text as one unstyled token (Rouge's plain-text
    lexer without a `token` option), so the HTML is the text escaped."""
    return type(lexer) is PlainTextLexer and lexer.token_type is Text
