"""Where python-liquid parses differently from Ruby Liquid, adjusted once at import.

Ruby Liquid reads a word after a dot as a property name even when the word is a
keyword elsewhere (`include.limit`, `post.reversed`, `page.for`); python-liquid's
expression tokenizer turns it into the keyword and the template fails to parse. The
wrapper below keeps such words as plain words. It is installed in every python-liquid
module that imported the tokenizer.
"""
from __future__ import annotations

import sys
from typing import Iterator

from liquid.builtin.expressions import _tokenize
from liquid.token import TOKEN_DOT, TOKEN_WORD, Token

_original = _tokenize.tokenize
_KEYWORDS = _tokenize._keywords


def tokenize(source: str, parent_token: Token) -> Iterator[Token]:
    previous_kind = None
    for token in _original(source, parent_token):
        if previous_kind == TOKEN_DOT and token.kind in _KEYWORDS and token.kind == token.value:
            token = token._replace(kind=TOKEN_WORD)
        previous_kind = token.kind
        yield token


def install() -> None:
    if getattr(_tokenize.tokenize, "_pyjekyll", False):
        return
    tokenize._pyjekyll = True  # type: ignore[attr-defined]
    for name, module in list(sys.modules.items()):
        if name == "liquid" or name.startswith("liquid."):
            if getattr(module, "tokenize", None) is _original:
                setattr(module, "tokenize", tokenize)


install()
