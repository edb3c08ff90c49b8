"""Rouge's `plaintext` lexer: the whole input as one token (Text unless `?token=` says otherwise)."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..engine import Lexer, Tok
from ..tokens import Text, Token, TokenType


def token_from_name(name: str) -> TokenType:
    """`Generic.Output` -> the token type with that dotted name (Rouge's `token` option)."""
    ttype = Token
    for part in name.split("."):
        ttype = getattr(ttype, part)
    return ttype


class PlainTextLexer(Lexer):
    tag = "plaintext"
    aliases = ("text",)

    def __init__(self, options: dict[str, Any] | None = None, token: TokenType | None = None) -> None:
        super().__init__(options)
        option = self.options.get("token")
        if isinstance(option, list):
            option = option[-1] if option else None
        self.token_type: TokenType = token or (token_from_name(option) if isinstance(option, str) else Text)

    def stream_tokens(self, text: str) -> Iterator[Tok]:
        yield self.token_type, text
