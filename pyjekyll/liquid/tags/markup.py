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


def compile_variable(name: str) -> tuple[bool, Any]:
    """What a dotted name or literal stands for, worked out once per tag.

    (True, value) for a literal (or a name with no segments, which is nil); otherwise
    (False, the path to look up in the render context).
    """
    if name in _LITERALS:
        return True, _LITERALS[name]
    if _NUMBER.match(name):
        return True, float(name) if "." in name else int(name)
    segments: list[Any] = []
    for part in name.split("."):
        if not part:
            continue
        segments.append(int(part) if part.lstrip("-").isdigit() and segments else part)
    if not segments:
        return True, None
    return False, segments


def lookup_compiled(context: Any, compiled: tuple[bool, Any]) -> Any:
    """The value of a `compile_variable` result in `context` (nil when undefined)."""
    constant, value = compiled
    if constant:
        return value
    return context.get(value, token=None, default=None)


def resolve_variable(context: Any, name: str) -> Any:
    """`context[name]` for a dotted name or a literal, as Jekyll's include params do."""
    return lookup_compiled(context, compile_variable(name))


def syntax_error(message: str, token: Token) -> LiquidSyntaxError:
    return LiquidSyntaxError(message, token=token)
