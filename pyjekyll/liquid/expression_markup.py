"""One expression fragment read as Ruby Liquid 5.4 reads it, built as python-liquid nodes.

Both of Ruby Liquid's parsers (strict and lax) end by handing a text fragment such as
`"a"`, `12`, `(1..n)`, `empty` or `page.tags[0]` to one shared reader. Its rules differ
from python-liquid's: `1.2.3` is 1.2, a
descending range literal keeps its ends, a fragment that is nothing else becomes a
variable lookup made of the ASCII word runs and bracketed parts in it (so `1e3` and
`-x` are variable names). Reproducing that reader gives Ruby's values for any fragment
either parser produces. Jekyll replaces Liquid's `empty`/`blank` literals (plain empty
strings) with method literals, which filters such as `where` recognise; python-liquid's
Empty and Blank nodes stand for them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Union

from liquid.builtin.expressions import Nil, Path, StringLiteral
from liquid.builtin.expressions.primitive import Blank, Empty, FalseLiteral, FloatLiteral, IntegerLiteral, TrueLiteral
from liquid.exceptions import LiquidSyntaxError, LiquidTypeError
from liquid.expression import Expression
from liquid.undefined import is_undefined

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.token import Token

_INTEGER = re.compile(r"-?\d+", re.ASCII)
_FLOAT = re.compile(r"-?\d[\d.]+", re.ASCII)
_FLOAT_PREFIX = re.compile(r"-?\d+(?:\.\d+)?", re.ASCII)
_RANGE = re.compile(r"\(\s*(?>(\S+)\s*\.\.)\s*(\S+)\s*\)", re.ASCII)
_LOOKUP_PART = re.compile(r"\[[^\]]+\]|[\w\-]+\??", re.ASCII)
_INTEGER_TEXT = re.compile(r"[-+]?\d+(?:_\d+)*", re.ASCII)
_TO_I_PREFIX = re.compile(r"[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*)", re.ASCII)
# Ruby's String#strip also removes NUL characters.
_RUBY_SPACE = " \t\n\v\f\r\0"
_NAMED_LITERALS: dict[str, Any] = {
    "nil": None, "null": None, "": None, "true": True, "false": False,
}

Segment = Union[str, int, float, None, bool, Expression]


def ruby_string_to_i(text: str) -> int:
    """Ruby's String#to_i: the leading integer, 0 when there is none."""
    match = _TO_I_PREFIX.match(text)
    return int(match.group(1).replace("_", "")) if match else 0


def _float_of(markup: str) -> float:
    match = _FLOAT_PREFIX.match(markup)
    return float(match.group()) if match else 0.0


class RubyRange(Expression):
    """`(a..b)` with at least one variable end, evaluated to a Python range each render.

    A descending range stays as written (it prints `3..1` and iterates nothing), as Ruby's
    Range does; python-liquid would collapse it.
    """

    __slots__ = ("start", "stop")

    def __init__(self, token: Token, start: Expression, stop: Expression) -> None:
        super().__init__(token)
        self.start = start
        self.stop = stop

    def __str__(self) -> str:
        return f"({self.start}..{self.stop})"

    def evaluate(self, context: RenderContext) -> range:
        first = _range_end(self.start.evaluate(context), self.token)
        last = _range_end(self.stop.evaluate(context), self.token)
        return range(first, last + 1)

    def children(self) -> list[Expression]:
        return [self.start, self.stop]


class RangeValue(Expression):
    """A range literal whose ends are both constants, built once at parse time."""

    __slots__ = ("value",)

    def __init__(self, token: Token, value: range) -> None:
        super().__init__(token)
        self.value = value

    def __str__(self) -> str:
        return f"({self.value.start}..{self.value.stop - 1})"

    def evaluate(self, context: RenderContext) -> range:
        return self.value

    def children(self) -> list[Expression]:
        return []


def _range_end(value: Any, token: Token) -> int:
    """The integer a variable range end stands for (Ruby's RangeLookup#to_integer)."""
    if isinstance(value, bool):
        raise LiquidTypeError("invalid integer", token=token)
    if isinstance(value, int):
        return value
    if value is None or is_undefined(value):
        return 0
    if isinstance(value, str):
        return ruby_string_to_i(value)
    match = _INTEGER_TEXT.fullmatch(str(value).strip(_RUBY_SPACE))
    if match:
        return int(match.group().replace("_", ""))
    raise LiquidTypeError("invalid integer", token=token)


def _constant_to_i(value: Any, token: Token) -> int:
    """A constant range end as Ruby's #to_i reads it (true/false have no #to_i)."""
    if isinstance(value, bool):
        raise LiquidSyntaxError(f"undefined method `to_i' for {str(value).lower()}:{type(value).__name__}",
                                token=token)
    if value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value)
    return ruby_string_to_i(value)


class RubyLookup(Path):
    """A variable lookup whose bracketed parts may be any expression, literal or not."""

    __slots__ = ("static", "_text")

    def __init__(self, token: Token, path: list[Segment]) -> None:
        super().__init__(token, path)
        #: True when no part needs evaluating (`page.title`, `a[0]`): the path is used as is
        self.static = all(not isinstance(part, Expression) for part in path)
        self._text: str | None = None

    def __str__(self) -> str:
        # python-liquid names every `for` loop after its collection's text on each render
        if self._text is None:
            self._text = super().__str__()
        return self._text

    def evaluate(self, context: RenderContext) -> object:
        if self.static:
            path = self.path
            if path[0] is None:
                return None
            return context.get(path, token=self.token)
        # Plain str/int parts are the common case; checking their exact type first skips
        # the costly ABC isinstance test.
        keys = [part if part.__class__ is str or part.__class__ is int
                else part.evaluate(context) if isinstance(part, Expression) else part for part in self.path]
        if keys[0] is None:
            return None
        return context.get(keys, token=self.token)

    async def evaluate_async(self, context: RenderContext) -> object:
        return self.evaluate(context)


def _literal(token: Token, value: Any) -> Expression:
    if value is None:
        return Nil(token)
    if value is True:
        return TrueLiteral(token)
    if value is False:
        return FalseLiteral(token)
    if isinstance(value, int):
        return IntegerLiteral(token, value)
    if isinstance(value, float):
        return FloatLiteral(token, value)
    return StringLiteral(token, value)


def _constant(expression: Expression) -> tuple[bool, Any]:
    """(True, value) when the expression needs no context to evaluate."""
    if isinstance(expression, Nil):
        return True, None
    if isinstance(expression, (TrueLiteral, FalseLiteral, IntegerLiteral, FloatLiteral, StringLiteral)):
        return True, expression.value
    return False, None


def parse_markup(markup: str | None, token: Token) -> Expression:
    """The expression Ruby Liquid makes of one fragment of tag or output markup."""
    if markup is None:
        return Nil(token)
    markup = markup.strip(_RUBY_SPACE)
    if len(markup) >= 1 and markup[0] == markup[-1] and markup[0] in "\"'":
        return StringLiteral(token, markup[1:-1])
    if _INTEGER.fullmatch(markup):
        return IntegerLiteral(token, int(markup))
    range_match = _RANGE.fullmatch(markup)
    if range_match:
        return _parse_range(range_match.group(1), range_match.group(2), token)
    if _FLOAT.fullmatch(markup):
        return FloatLiteral(token, _float_of(markup))
    if markup in _NAMED_LITERALS:
        return _literal(token, _NAMED_LITERALS[markup])
    if markup == "empty":
        return Empty(token)
    if markup == "blank":
        return Blank(token)
    return parse_lookup(markup, token)


def _parse_range(start_markup: str, stop_markup: str, token: Token) -> Expression:
    start = parse_markup(start_markup, token)
    stop = parse_markup(stop_markup, token)
    start_fixed, start_value = _constant(start)
    stop_fixed, stop_value = _constant(stop)
    if start_fixed and stop_fixed:
        first = _constant_to_i(start_value, token)
        last = _constant_to_i(stop_value, token)
        return RangeValue(token, range(first, last + 1))
    return RubyRange(token, start, stop)


def parse_lookup(markup: str, token: Token) -> Expression:
    """A variable lookup: the name, then each `.word` or `[expression]` after it."""
    parts = _LOOKUP_PART.findall(markup)
    if not parts:
        return Nil(token)
    segments: list[Segment] = []
    for part in parts:
        if part[0] == "[" and part[-1] == "]":
            inner = parse_markup(part[1:-1], token)
            fixed, value = _constant(inner)
            segments.append(value if fixed else inner)
        else:
            segments.append(part)
    if segments[0] is None:
        return Nil(token)
    return RubyLookup(token, segments)  # type: ignore[arg-type]
