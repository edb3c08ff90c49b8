"""`for`, with its markup read as Ruby Liquid 5.4 reads it.

The strict reading accepts `reversed` only straight after the collection and then only
`limit:`/`offset:` attributes without commas; anything else falls back (with a warning) to the lax
reading, where `reversed` counts only in that same place and every `name: value` pair
in the markup is scanned for limit and offset. So `limit: 3 reversed` loops forwards.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import TYPE_CHECKING, Iterator, TextIO

from liquid.builtin.expressions import LoopExpression, StringLiteral
from liquid.builtin.tags.for_tag import ENDFORBLOCK, ENDFORELSEBLOCK, TAG_ELSE, TAG_ENDFOR, ForLoop, ForNode, ForTag
from liquid import Undefined
from liquid.exceptions import BreakLoop, ContinueLoop, LiquidError, LiquidSyntaxError
from liquid.parser import get_parser
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

from pyjekyll.liquid.error_mode import parse_with_selected_parser
from pyjekyll.liquid.expression_markup import parse_markup
from pyjekyll.liquid.filters.values import to_integer
from pyjekyll.liquid.render_context import push_namespace
from pyjekyll.liquid.strict_markup import END, StrictParser, StrictSyntaxError
from pyjekyll.liquid.variable_markup import QUOTED_FRAGMENT, tag_markup

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.expression import Expression
    from liquid.stream import TokenStream
    from liquid.token import Token

_LAX_SYNTAX = re.compile(rf"([\w-]+)\s+in\s+((?:{QUOTED_FRAGMENT})+)\s*(reversed)?", re.ASCII)
_ATTRIBUTE = re.compile(rf"(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})", re.ASCII)
SYNTAX_HELP = "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]"


class _Loop:
    """What a `for` markup says, before it becomes a LoopExpression."""

    __slots__ = ("name", "collection", "reversed", "limit", "offset")

    def __init__(self, name: str, collection: str, reversed_: bool) -> None:
        self.name = name
        self.collection = collection
        self.reversed = reversed_
        self.limit: str | None = None
        self.offset: str | None = None

    def set(self, key: str, value: str) -> None:
        if key == "offset":
            self.offset = value
        elif key == "limit":
            self.limit = value


def _strict(markup: str) -> _Loop:
    parser = StrictParser(markup)
    name = parser.consume("id")
    if not parser.accept_id("in"):
        raise StrictSyntaxError("For loops require an 'in' clause")
    loop = _Loop(name, parser.expression(), parser.accept_id("reversed"))
    while parser.look("id") and parser.look("colon", 1):
        if parser.accept_id("limit"):
            key = "limit"
        elif parser.accept_id("offset"):
            key = "offset"
        else:
            raise StrictSyntaxError("Invalid attribute in for loop. Valid attributes are limit and offset")
        parser.consume()
        loop.set(key, parser.expression())
    parser.consume(END)
    return loop


def _lax(markup: str) -> _Loop:
    match = _LAX_SYNTAX.match(markup)
    if match is None:
        raise _LaxSyntaxError(SYNTAX_HELP)
    loop = _Loop(match.group(1), match.group(2), match.group(3) is not None)
    for key, value in _ATTRIBUTE.findall(markup):
        loop.set(key, value)
    return loop


class _LaxSyntaxError(Exception):
    pass


def _offset(text: str | None, token: Token) -> Expression | None:
    if text is None:
        return None
    if text == "continue":
        return StringLiteral(token, "continue")
    return parse_markup(text, token)


class RubyLoopExpression(LoopExpression):
    """Ruby Liquid's slicing: a nil `limit` means no limit and a nil `offset` none,
    `limit: 0` loops zero times, numbers go through `Utils.to_integer` (so `2.5` is an
    error and `"0x10"` is 16), and a negative offset starts at the first item."""

    __slots__ = ("_stop_key",)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        #: where `offset: continue` finds this loop's last stop (made once, not per render)
        self._stop_key = f"{self.identifier}-{self.iterable}"

    def _to_iter(self, obj: object, context: RenderContext) -> tuple[Iterator[object], int]:
        if obj.__class__ is list:  # the common case, without python-liquid's abstract-class tests
            return iter(obj), len(obj)  # type: ignore[arg-type]
        return super()._to_iter(obj, context)

    def evaluate(self, context: RenderContext) -> tuple[Iterator[object], int]:
        it, length = self._to_iter(self.iterable.evaluate(context), context)
        if isinstance(self.offset, StringLiteral) and self.offset.value == "continue":
            start = context.stopindex(self._stop_key)
        elif self.offset is None:
            start = 0
        else:
            value = self.offset.evaluate(context)
            start = 0 if value is None or isinstance(value, Undefined) else self._ruby_int(value)
        stop: int | None = None
        if self.limit is not None:
            value = self.limit.evaluate(context)
            if value is not None and not isinstance(value, Undefined):
                stop = self._ruby_int(value) + start
        first = min(max(start, 0), length)
        last = length if stop is None else min(max(stop, first), length)
        context.stopindex(key=self._stop_key, index=start + (last - first))
        if first or last != length:
            it = islice(it, first, last)
        if self.reversed:
            return reversed(list(it)), last - first
        return it, last - first

    def _ruby_int(self, value: object) -> int:
        try:
            return to_integer(value)
        except LiquidError as exc:
            exc.token = self.token
            raise


def parse_loop(env: object, expression: Token) -> LoopExpression:
    """The loop expression of a `for` (or `tablerow`) tag's markup."""
    markup, line = tag_markup(expression)
    try:
        loop = parse_with_selected_parser(env, markup, line, expression, _strict, _lax)  # type: ignore[arg-type]
    except _LaxSyntaxError as exc:
        raise LiquidSyntaxError(str(exc), token=expression) from None
    return RubyLoopExpression(
        expression,
        loop.name,
        parse_markup(loop.collection, expression),
        limit=parse_markup(loop.limit, expression) if loop.limit is not None else None,
        offset=_offset(loop.offset, expression),
        reversed_=loop.reversed,
        cols=None,
    )


class RubyForNode(ForNode):
    """python-liquid's `for`, rendered without its context managers (same scope and loop stack)."""

    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        it, length = self.expression.evaluate(context)
        if not length:
            return self.default.render(context, buffer) if self.default else 0
        name = self.expression.identifier
        forloop = ForLoop(name=f"{name}-{self.expression.iterable}", it=it, length=length,
                          parentloop=context.parentloop())
        namespace: dict[str, object] = {"forloop": forloop, name: None}
        context.raise_for_loop_limit(forloop.length)
        context.loops.append(forloop)
        push_namespace(context, namespace)
        count = 0
        block = self.block
        try:
            for item in forloop:
                namespace[name] = item
                try:
                    count += block.render(context, buffer)
                except ContinueLoop:
                    continue
                except BreakLoop:
                    break
        finally:
            context.loops.pop()
            context.scope.pop()
        return count


class RubyForTag(ForTag):
    node_class = RubyForNode

    def parse(self, stream: TokenStream) -> ForNode:
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind != TOKEN_EXPRESSION:
            raise LiquidSyntaxError(SYNTAX_HELP, token=token)
        expression = parse_loop(self.env, stream.current)
        next(stream)
        parse_block = get_parser(self.env).parse_block
        block = parse_block(stream, ENDFORBLOCK)
        default = None
        if stream.current.is_tag(TAG_ELSE):
            next(stream)
            if stream.current.kind == TOKEN_EXPRESSION:  # Ruby ignores markup after `else`
                next(stream)
            default = parse_block(stream, ENDFORELSEBLOCK)
        stream.expect(TOKEN_TAG, value=TAG_ENDFOR)
        return self.node_class(token, expression=expression, block=block, default=default)
