"""Conditions of `if`, `elsif` and `unless`, read and evaluated as Ruby Liquid 5.4 does.

Ruby Liquid chains comparisons with `and`/`or` without precedence: each link decides
whether to look further right, so `a and b or c` means `a and (b or c)`. A comparison
with `empty` asks the other side whether it is empty (strings, arrays and hashes
answer); one with `blank` asks for `blank?`, which no plain Ruby value has, so it is
never true. Ordering operators only compare values Ruby can order (numbers, strings,
times); anything with nil, true/false, arrays or hashes is simply false. Unknown
operators (only the lax reading lets them through) fail when evaluated.
"""
from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Callable, Optional

from liquid.builtin.expressions.logical import _eq, is_truthy
from liquid.builtin.expressions.primitive import Blank, Empty
from liquid.exceptions import LiquidTypeError
from liquid.expression import Expression
from liquid.undefined import is_undefined

from pyjekyll.liquid.expression_markup import parse_markup
from pyjekyll.liquid.filters.values import str_of
from pyjekyll.liquid.strict_markup import END, StrictParser
from pyjekyll.liquid.variable_markup import QUOTED_FRAGMENT

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.token import Token

_LAX_COMPARISON = re.compile(rf"({QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({QUOTED_FRAGMENT})?", re.ASCII)
_LAX_PARTS = re.compile(
    rf"(?:\b(?:\s?and\s?|\s?or\s?)\b|(?:\s*(?!\b(?:\s?and\s?|\s?or\s?)\b)(?:{QUOTED_FRAGMENT}|\S+)\s*)+)",
    re.ASCII,
)
SYNTAX_HELP = "Syntax Error in tag 'if' - Valid syntax: if [expression]"
_NUMBERS = (int, float, Decimal)


class LaxConditionError(Exception):
    """Markup even the lax reading rejects (fatal, as in Ruby)."""


def _plain(value: Any) -> Any:
    if hasattr(value, "__liquid__"):
        return value.__liquid__()
    if is_undefined(value):
        return None
    return value


def _ruby_class(value: Any) -> str:
    if isinstance(value, bool):
        return "TrueClass" if value else "FalseClass"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, (float, Decimal)):
        return "Float"
    if isinstance(value, str):
        return "String"
    if isinstance(value, dt.datetime):
        return "Time"
    if isinstance(value, dt.date):
        return "Date"
    return type(value).__name__


def _is_empty(value: Any) -> Optional[bool]:
    """Ruby's `value.empty?`, or None when the value has no such method."""
    if isinstance(value, (str, list, tuple, dict)):
        return not value
    return None


class AsksEmpty(Empty):
    """`empty` as a comparison side: the other side is asked whether it is empty."""

    __slots__ = ()


class AsksBlank(Blank):
    """`blank` as a comparison side: the other side is asked for `blank?` (never true)."""

    __slots__ = ()


def _equal(left: Any, right: Any) -> Any:
    if isinstance(left, (AsksEmpty, AsksBlank)):
        left, right = right, left
    if isinstance(right, AsksBlank):
        return None
    if isinstance(right, AsksEmpty):
        return _is_empty(left)
    if isinstance(left, (Empty, Blank)) or isinstance(right, (Empty, Blank)):
        # Jekyll's expression literals compare as objects: only with themselves.
        return type(left) is type(right)
    return _eq(left, right)


def _orderable(value: Any) -> bool:
    return (isinstance(value, (_NUMBERS, str, dt.date)) and not isinstance(value, bool))


def _order(operation: Callable[[Any, Any], bool]) -> Callable[[Any, Any, Token], Any]:
    def compare(left: Any, right: Any, token: Token) -> Any:
        if not (_orderable(left) and _orderable(right)):
            return None
        try:
            if isinstance(left, _NUMBERS) == isinstance(right, _NUMBERS):
                return operation(left, right)
        except TypeError:
            pass
        shown = str_of(right) if isinstance(left, str) and isinstance(right, _NUMBERS) else _ruby_class(right)
        raise LiquidTypeError(f"comparison of {_ruby_class(left)} with {shown} failed", token=token)
    return compare


def _contains(left: Any, right: Any, token: Token) -> Any:
    if left is None or left is False or right is None or right is False:
        return False
    if isinstance(left, str):
        return str_of(right) in left
    if isinstance(left, (list, tuple, range, dict)):
        return right in left
    return False


_OPERATORS: dict[str, Callable[[Any, Any, Token], Any]] = {
    "==": lambda left, right, token: _equal(left, right),
    "!=": lambda left, right, token: not _equal(left, right),
    "<>": lambda left, right, token: not _equal(left, right),
    "<": _order(lambda a, b: a < b),
    ">": _order(lambda a, b: a > b),
    "<=": _order(lambda a, b: a <= b),
    ">=": _order(lambda a, b: a >= b),
    "contains": _contains,
}


class RubyCondition(Expression):
    """One comparison (or a lone value) and the `and`/`or` link to the next one."""

    __slots__ = ("left", "operator", "right", "relation", "child")

    def __init__(self, token: Token, left: Expression, operator: str | None = None,
                 right: Expression | None = None) -> None:
        super().__init__(token)
        self.left = left
        self.operator = operator
        self.right = right
        self.relation: str | None = None
        self.child: RubyCondition | None = None

    def __str__(self) -> str:
        text = f"{self.left} {self.operator} {self.right}" if self.operator else str(self.left)
        return f"{text} {self.relation} {self.child}" if self.child is not None else text

    def link(self, relation: str, child: RubyCondition) -> None:
        self.relation = relation
        self.child = child

    def _interpret(self, context: RenderContext) -> Any:
        if self.operator is None:
            return self.left.evaluate(context)
        left = _plain(self.left.evaluate(context))
        right = _plain(self.right.evaluate(context)) if self.right is not None else None
        operation = _OPERATORS.get(self.operator)
        if operation is None:
            raise LiquidTypeError(f"Unknown operator {self.operator}", token=self.token)
        return operation(left, right, self.token)

    def evaluate(self, context: RenderContext) -> bool:
        condition: RubyCondition | None = self
        result: Any = None
        while condition is not None:
            result = condition._interpret(context)
            if condition.relation == "or" and is_truthy(result):
                break
            if condition.relation == "and" and not is_truthy(result):
                break
            condition = condition.child
        return is_truthy(result)

    async def evaluate_async(self, context: RenderContext) -> bool:
        return self.evaluate(context)

    def children(self) -> list[Expression]:
        found: list[Expression] = [self.left]
        if self.right is not None:
            found.append(self.right)
        if self.child is not None:
            found.append(self.child)
        return found


def condition_operand(markup: str | None, token: Token) -> Expression:
    """A comparison side; exactly `empty` or `blank` is the method literal."""
    if markup == "empty":
        return AsksEmpty(token)
    if markup == "blank":
        return AsksBlank(token)
    return parse_markup(markup, token)


def _comparison(parser: StrictParser, token: Token,
                operand: Callable[[str, Token], Expression]) -> RubyCondition:
    left = operand(parser.expression(), token)
    operator = parser.accept("comparison")
    if operator is None:
        return RubyCondition(token, left)
    return RubyCondition(token, left, operator, operand(parser.expression(), token))


def strict_condition(markup: str, token: Token, *, operand: Callable[[str, Token], Expression] = condition_operand
                     ) -> RubyCondition:
    """The strict reading of a condition (raises StrictSyntaxError)."""
    parser = StrictParser(markup)
    first = condition = _comparison(parser, token, operand)
    while True:
        if parser.accept_id("and"):
            relation = "and"
        elif parser.accept_id("or"):
            relation = "or"
        else:
            break
        child = _comparison(parser, token, operand)
        condition.link(relation, child)
        condition = child
    parser.consume(END)
    return first


def where_exp_condition(markup: str, token: Token) -> RubyCondition:
    """The condition of Jekyll's `where_exp` filter: the strict reading only, with sides
    read as plain expressions (Jekyll's own `empty`/`blank` objects, which equal only
    themselves). Raises StrictSyntaxError (Jekyll fails the build with it)."""
    return strict_condition(markup, token, operand=parse_markup)


def _lax_comparison(text: str, token: Token) -> RubyCondition:
    match = _LAX_COMPARISON.search(text)
    if match is None:
        raise LaxConditionError(SYNTAX_HELP)
    operator = match.group(2)
    right = condition_operand(match.group(3), token) if operator is not None else None
    return RubyCondition(token, condition_operand(match.group(1), token), operator, right)


def lax_condition(markup: str, token: Token) -> RubyCondition:
    parts = _LAX_PARTS.findall(markup)
    if not parts:
        raise LaxConditionError(SYNTAX_HELP)
    condition = _lax_comparison(parts.pop(), token)
    while parts:
        relation = parts.pop().strip()
        if not parts:
            raise LaxConditionError(SYNTAX_HELP)
        earlier = _lax_comparison(parts.pop(), token)
        if relation not in ("and", "or"):
            raise LaxConditionError(SYNTAX_HELP)
        earlier.link(relation, condition)
        condition = earlier
    return condition

