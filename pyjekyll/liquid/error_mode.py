"""Jekyll's `liquid: error_mode:` setting: what a strict-parser failure leads to.

`strict` makes it a fatal syntax error, `warn` (Jekyll's default) records a
`Liquid syntax error (line N): …` warning and falls back to the lax reading, `lax`
falls back silently. The warnings of one template are collected on the environment
while it is parsed; the renderer prints them each time the template is rendered, as
Jekyll does.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING, Callable, TypeVar

from liquid.exceptions import LiquidSyntaxError

from pyjekyll.liquid.strict_markup import StrictSyntaxError

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.token import Token

T = TypeVar("T")

STRICT, WARN, LAX = "strict", "warn", "lax"
DEFAULT = WARN


def error_mode(env: Environment) -> str:
    return getattr(env, "error_mode", DEFAULT)


def report_strict_failure(env: Environment, message: str, line: int, markup_context: str, token: Token) -> None:
    """Raise or record the strict parser's complaint about one piece of markup.

    Returns normally when the caller should go on with the lax reading.
    """
    mode = error_mode(env)
    text = f'{message} in "{markup_context}"'
    if mode == STRICT:
        raise LiquidSyntaxError(text, token=token)
    if mode == WARN:
        warnings = getattr(env, "parse_warnings", None)
        if warnings is not None:
            warnings.append(f"Liquid syntax error (line {line}): {text}")


def line_at(token: Token, index: int) -> int:
    """Ruby Liquid's line number for the markup starting at `index` of the template.

    Asked for every tag and output while a template is parsed, so the line feeds of the last
    few long templates are indexed once rather than counted from the top each time."""
    source = token.source
    if index < 4096:
        return source.count("\n", 0, index) + 1
    entry = _LINE_FEEDS.get(id(source))
    if entry is None or entry[0] is not source:
        if len(_LINE_FEEDS) >= 8:
            _LINE_FEEDS.pop(next(iter(_LINE_FEEDS)))
        entry = _LINE_FEEDS[id(source)] = (source, [m.start() for m in _LINE_FEED.finditer(source)])
    return bisect_left(entry[1], index) + 1


# id(template source) -> (the source, offsets of its line feeds); a few recent templates.
_LINE_FEEDS: dict[int, tuple[str, list[int]]] = {}
_LINE_FEED = re.compile("\n")


def parse_with_selected_parser(env: Environment, markup: str, line: int, token: Token,
                               strict: Callable[[str], T], lax: Callable[[str], T]) -> T:
    """A tag's markup read by the parser `error_mode` selects (strict, lax, or strict
    falling back to lax with a warning)."""
    mode = error_mode(env)
    if mode == LAX:
        return lax(markup)
    try:
        return strict(markup)
    except StrictSyntaxError as exc:
        if mode == STRICT:
            raise LiquidSyntaxError(f'{exc} in "{markup.strip()}"', token=token) from None
        report_strict_failure(env, str(exc), line, markup.strip(), token)
    return lax(markup)
