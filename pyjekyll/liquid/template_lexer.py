"""Cuts a template into text, `{{ … }}` and `{% … %}` tokens for python-liquid's parser,
with Ruby Liquid 5.4's whitespace control and delimiter errors.

Where this differs from python-liquid's own lexer:
- `-}}`, `-%}`, `{{-` and `{%-` trim only Ruby's whitespace (space, \\t, \\n, \\v, \\f,
  \\r, NUL); a no-break space or other Unicode space next to them stays, as in Jekyll.
- The text after a trimming tag keeps a final newline that is not adjacent to the tag
  (python-liquid's text rule stopped at `$`, before a final newline, and lost it).
- `{% raw %}` bodies are never trimmed; `endraw` takes no `-` before its name and any
  markup after it, and the `-%}` of `raw` (not of `endraw`) trims the text after the block.
- An unclosed `{{` or `{%` fails with the message Ruby Liquid gives.
- Markup after an `end…` tag's name is ignored, as Ruby Liquid ignores it.
Comment bodies are collected as python-liquid's comment tag expects them.
"""
from __future__ import annotations

import re
from typing import Iterator

from liquid.exceptions import LiquidSyntaxError
from liquid.token import TOKEN_COMMENT, TOKEN_CONTENT, TOKEN_EXPRESSION, TOKEN_OUTPUT, TOKEN_TAG, Token

RUBY_WHITESPACE = " \t\n\v\f\r\0"

_RULES = re.compile(
    r"""
      (?P<raw>\{%-?\s*raw\s*(?P<raw_trim>-?)%\}(?P<raw_body>.*?)\{%\s*endraw(?!\w)(?:(?!%\}).)*%\})
    | (?P<output>\{\{-?\s*(?P<stmt>(?:(?!-?\}\}).)*?)\s*(?P<output_trim>-?)\}\})
    | (?P<tag>\{%-?\s*(?P<name>\#|\w+)\s*(?P<expr>(?:(?!-?%\}).)*?)\s*(?P<tag_trim>-?)%\})
    | (?P<text>.+?(?=\{[{%]|\Z))
    """,
    re.DOTALL | re.VERBOSE,
)
_RUBY_VARIABLE_TOKEN = re.compile(r"\{\{.*?\}\}?", re.DOTALL)
_RUBY_TAG_TOKEN = re.compile(r"\{%.*?%\}", re.DOTALL)
_TRIMMING_OPENERS = ("{{-", "{%-")


def _unterminated(source: str, start: int) -> LiquidSyntaxError:
    """Ruby Liquid's error for a `{{`/`{%` without a proper end, naming its token."""
    if source.startswith("{{", start):
        match = _RUBY_VARIABLE_TOKEN.match(source, start)
        text = match.group() if match else "{{"
        message = f"Variable '{text}' was not properly terminated with regexp: /\\}}\\}}/"
    else:
        match = _RUBY_TAG_TOKEN.match(source, start)
        text = match.group() if match else "{%"
        message = f"Tag '{text}' was not properly terminated with regexp: /\\%\\}}/"
    return LiquidSyntaxError(message, token=Token(TOKEN_CONTENT, text, start, source))


def tokenize_template(source: str) -> Iterator[Token]:
    trim_next = False
    comment_depth = 0
    comment_start = 0
    comment_parts: list[str] = []
    for match in _RULES.finditer(source):
        kind = match.lastgroup
        start = match.start()
        if comment_depth:
            if kind == "tag":
                name = match.group("name")
                if name == "comment":
                    comment_depth += 1
                elif name == "endcomment":
                    comment_depth -= 1
                    if not comment_depth:
                        yield Token(TOKEN_COMMENT, "".join(comment_parts), comment_start, source)
                        comment_parts.clear()
                        yield Token(TOKEN_TAG, name, match.start("name"), source)
                        trim_next = bool(match.group("tag_trim"))
                        continue
            comment_parts.append(match.group())
            continue
        if kind == "text":
            text = match.group()
            if text[0] == "{" and text[1:2] in ("{", "%"):
                raise _unterminated(source, start)
            if trim_next:
                text = text.lstrip(RUBY_WHITESPACE)
            trim_next = False
            if source.startswith(_TRIMMING_OPENERS, match.end()):
                text = text.rstrip(RUBY_WHITESPACE)
            if text:
                yield Token(TOKEN_CONTENT, text, start, source)
        elif kind == "output":
            yield Token(TOKEN_OUTPUT, match.group(), start, source)
            yield Token(TOKEN_EXPRESSION, match.group("stmt"), match.start("stmt"), source)
            trim_next = bool(match.group("output_trim"))
        elif kind == "tag":
            name = match.group("name")
            yield Token(TOKEN_TAG, name, match.start("name"), source)
            # Ruby Liquid ends a block at its `end…` tag whatever markup follows the name
            # (`{% endhighlight raw %}` is common in real posts), so that markup is dropped.
            if match.group("expr") and not name.startswith("end"):
                yield Token(TOKEN_EXPRESSION, match.group("expr"), match.start("expr"), source)
            trim_next = bool(match.group("tag_trim"))
            if name == "comment":
                comment_depth = 1
                comment_start = match.end()
        else:
            body = match.group("raw_body")
            if body:
                yield Token(TOKEN_CONTENT, body, match.start("raw_body"), source)
            trim_next = bool(match.group("raw_trim"))
