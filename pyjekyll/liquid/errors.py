"""Liquid errors worded as Jekyll words them, with a caret excerpt of the bad line."""
from __future__ import annotations

import re

from liquid.exceptions import LiquidError, LiquidSyntaxError

from pyjekyll.errors import JekyllError


class LiquidRenderError(JekyllError):
    pass


def _line_of(exc: LiquidError, source: str) -> tuple[int | None, int | None]:
    token = getattr(exc, "token", None)
    index = getattr(token, "start_index", None) if token is not None else None
    if index is None:
        return None, None
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1)
    return line, column


_UNKNOWN_TAG = re.compile(r"^unexpected tag '(\w+)'$")
_NEVER_CLOSED = re.compile(r"^expected tag end(\w+), found (?:end of expression|eof)")


def note_included(exc: LiquidError, path: str, source: str) -> None:
    """Remember the included file an error came from (the innermost one, whose text the
    error's position refers to), so the message names it as Jekyll's does."""
    if getattr(exc, "included_from", None) is None:
        exc.included_from = (path, source)  # type: ignore[attr-defined]


def format_liquid_error(exc: LiquidError, path: str, source: str) -> str:
    message = getattr(exc, "message", None) or str(exc).split("\n", 1)[0]
    unclosed = _NEVER_CLOSED.match(message)
    if unclosed:
        message = f"'{unclosed.group(1)}' tag was never closed"
    unknown = _UNKNOWN_TAG.match(message)
    if unknown:
        message = f"Unknown tag '{unknown.group(1)}'"
    included = getattr(exc, "included_from", None)
    if included is not None:
        include_path, source = included
    line, column = _line_of(exc, source)
    kind = "Liquid syntax error" if isinstance(exc, LiquidSyntaxError) else "Liquid error"
    if included is not None:
        where = f" ({include_path} line {line})" if line else ""
        text = f"{kind}{where}: {message} included in {path}"
    else:
        where = f" (line {line})" if line else ""
        text = f"{kind}{where}: {message} in {path}"
    if line:
        src_line = source.split("\n")[line - 1]
        gutter = f"{line} | "
        text += f"\n{gutter}{src_line}\n{' ' * (len(gutter) + (column or 0))}^"
    return text
