"""Jekyll's `{% highlight %}` tag: markup validation and the `<figure>` it writes."""
from __future__ import annotations

import re
from typing import Any

from .formatter import format_html, format_html_table
from .lexers.plaintext import PlainTextLexer
from .registry import find_lexer

# A language, then options: `name`, `name=value` or `name="1 2 3"`.
_MARKUP = re.compile(r'^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$', re.A)
_OPTION = re.compile(r'(?:\w="[^"]*"|\w=\w|\w)+', re.A)
_EDGE_NEWLINES = re.compile(r"\A[\n\r]+|[\n\r]+\Z")
_RUBY_STRIP = " \t\n\v\f\r\0"


class HighlightSyntaxError(ValueError):
    """The tag's markup is not `<lang> [option ...]`; the message matches Jekyll's."""

    def __init__(self, markup: str) -> None:
        super().__init__(
            "Syntax Error in tag 'highlight' while parsing the following markup:\n\n"
            f"{markup}\n\nValid syntax: highlight <lang> [linenos]\n")
        self.markup = markup


def parse_highlight_markup(markup: str) -> tuple[str, dict[str, Any]]:
    """`python linenos mark_lines="1 2"` -> ("python", {"linenos": "inline", "mark_lines": ["1", "2"]}).

    The language is lower-cased; a bare option is True except `linenos`, which becomes
    "inline"; a quoted list becomes a list of strings.  Raises HighlightSyntaxError.
    """
    m = _MARKUP.match(markup.strip(_RUBY_STRIP))
    if m is None:
        raise HighlightSyntaxError(markup)
    options: dict[str, Any] = {}
    for opt in _OPTION.findall(m.group(2)):
        key, _, value = opt.partition("=")
        value = value.split("=", 1)[0]
        parsed: Any = True
        if value:
            parsed = value.replace('"', "").split() if '"' in value else value
        options[key] = parsed
    if options.get("linenos") is True:
        options["linenos"] = "inline"
    return m.group(1).lower(), options


def _liquid_escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&#39;"))


def _chomp(text: str) -> str:
    if text.endswith("\r\n"):
        return text[:-2]
    if text.endswith(("\n", "\r")):
        return text[:-1]
    return text


def highlight_tag_html(code: str, lang: str, linenos: bool | str = False, *,
                       highlighter: str | None = "rouge", prefix: str = "", suffix: str = "",
                       **options: Any) -> str:
    """The full output of `{% highlight lang ... %}code{% endhighlight %}`.

    `code` is the rendered block body, `lang` the (lower-cased) language from the markup.
    `highlighter` is the site's `highlighter` setting: "rouge" and "pygments" both highlight
    with Rouge (Jekyll 4 only warns about the latter), anything else (`none`, null) just
    HTML-escapes.  `prefix`/`suffix` are the page's `highlighter_prefix`/`_suffix`.  Other
    options (`mark_lines`, ...) are accepted and, as in Jekyll 4.3.1, ignored.
    """
    code = _EDGE_NEWLINES.sub("", code)
    if highlighter in ("rouge", "pygments"):
        lexer = find_lexer(lang, code) or PlainTextLexer()
        tokens = lexer.lex(code)
        if linenos:
            body = format_html_table(tokens, table_class="rouge-table", gutter_class="gutter",
                                     code_class="code")
        else:
            body = format_html(tokens)
    else:
        body = _liquid_escape(code).strip(_RUBY_STRIP)
    css_lang = lang.replace("+", "-")
    return (f'{prefix}<figure class="highlight"><pre><code class="language-{css_lang}" '
            f'data-lang="{lang}">{_chomp(body)}</code></pre></figure>{suffix}')
