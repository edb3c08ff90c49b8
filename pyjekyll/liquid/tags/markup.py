"""Reading a Jekyll tag's raw markup and resolving simple variable references in it."""
from __future__ import annotations

import re
from typing import Any

from liquid.exceptions import LiquidSyntaxError
from liquid.stream import TokenStream
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG, Token

_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
_LITERALS = {"true": True, "false": False, "nil": None, "null": None}


def take_markup(stream: TokenStream) -> tuple[Token, str]:
    """The tag token and its raw markup (the text after the tag name).

    The stream is left on the tag's last token, as python-liquid's parser expects
    (it advances past the tag itself).
    """
    token = stream.expect(TOKEN_TAG)
    if stream.peek.kind == TOKEN_EXPRESSION:
        next(stream)
        return token, stream.current.value
    return token, ""


def resolve_variable(context: Any, name: str) -> Any:
    """`context[name]` for a dotted name or a literal, as Jekyll's include params do."""
    if name in _LITERALS:
        return _LITERALS[name]
    if _NUMBER.match(name):
        return float(name) if "." in name else int(name)
    segments: list[Any] = []
    for part in name.split("."):
        if not part:
            continue
        segments.append(int(part) if part.lstrip("-").isdigit() and segments else part)
    if not segments:
        return None
    value = context.get(segments, token=None, default=None)
    return value


def syntax_error(message: str, token: Token) -> LiquidSyntaxError:
    return LiquidSyntaxError(message, token=token)
