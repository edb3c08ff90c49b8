"""Liquid 5.4's math filters: integers stay integers, anything decimal goes through
BigDecimal (here `decimal.Decimal`) and comes back as a Float, as in Ruby."""
from __future__ import annotations

import decimal
import math
from decimal import Decimal
from typing import Any, Callable

from pyjekyll.liquid.filters.errors import LiquidArgumentError, LiquidZeroDivisionError
from pyjekyll.liquid.filters.values import Number, number_result, ruby_filter, to_number

#: BigDecimal keeps far more digits than a Float; this is plenty before `to_f`.
_CONTEXT = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_UP)


def _divide(left: Number, right: Number) -> Number | float:
    if isinstance(left, int) and isinstance(right, int):
        if right == 0:
            raise LiquidZeroDivisionError("divided by 0")
        return left // right
    left_d, right_d = Decimal(left), Decimal(right)
    if right_d == 0:
        if left_d == 0:
            return math.nan
        return math.inf if (left_d > 0) == (not right_d.is_signed()) else -math.inf
    return _CONTEXT.divide(left_d, right_d)


def _modulo(left: Number, right: Number) -> Number:
    if isinstance(left, int) and isinstance(right, int):
        if right == 0:
            raise LiquidZeroDivisionError("divided by 0")
        return left % right
    left_d, right_d = Decimal(left), Decimal(right)
    if right_d == 0:
        raise LiquidZeroDivisionError("divided by 0")
    remainder = left_d % right_d
    if remainder != 0 and (remainder < 0) != (right_d < 0):
        remainder += right_d
    return remainder


_OPERATIONS: dict[str, Callable[[Number, Number], Any]] = {
    "+": lambda a, b: _CONTEXT.add(Decimal(a), Decimal(b)) if not (isinstance(a, int) and isinstance(b, int)) else a + b,
    "-": lambda a, b: _CONTEXT.subtract(Decimal(a), Decimal(b)) if not (isinstance(a, int) and isinstance(b, int)) else a - b,
    "*": lambda a, b: _CONTEXT.multiply(Decimal(a), Decimal(b)) if not (isinstance(a, int) and isinstance(b, int)) else a * b,
    "/": _divide,
    "%": _modulo,
}


def _apply(value: Any, operand: Any, operator: str) -> int | float:
    return number_result(_OPERATIONS[operator](to_number(value), to_number(operand)))


@ruby_filter
def plus(value: Any, operand: Any) -> int | float:
    return _apply(value, operand, "+")


@ruby_filter
def minus(value: Any, operand: Any) -> int | float:
    return _apply(value, operand, "-")


@ruby_filter
def times(value: Any, operand: Any) -> int | float:
    return _apply(value, operand, "*")


@ruby_filter
def divided_by(value: Any, operand: Any) -> int | float:
    return _apply(value, operand, "/")


@ruby_filter
def modulo(value: Any, operand: Any) -> int | float:
    return _apply(value, operand, "%")


@ruby_filter
def abs_(value: Any) -> int | float:
    return number_result(abs(to_number(value)))


def _round_integer(number: int, digits: int) -> int:
    if digits >= 0:
        return number
    unit = 10 ** -digits
    quotient, rest = divmod(abs(number), unit)
    if rest * 2 >= unit:
        quotient += 1
    return quotient * unit * (-1 if number < 0 else 1)


@ruby_filter
def round_(value: Any, digits: Any = 0) -> int | float:
    number = to_number(value)
    places = to_number(digits)
    if isinstance(places, Decimal):
        raise LiquidArgumentError("no implicit conversion of BigDecimal into Integer")
    if isinstance(number, int):
        result: Any = _round_integer(number, places)
    elif not number.is_finite():
        raise LiquidArgumentError(f"Computation results in '{'NaN' if number.is_nan() else 'Infinity'}'")
    else:
        exponent = Decimal(1).scaleb(-places)
        rounded = number.quantize(exponent, rounding=decimal.ROUND_HALF_UP, context=_CONTEXT)
        # BigDecimal#round gives an Integer for zero or negative places
        result = int(rounded) if places <= 0 else float(rounded)
    if digits == 0 and not isinstance(digits, bool):
        result = int(result)
    return result


def _integral(value: Any, rounding: str) -> int:
    number = to_number(value)
    if isinstance(number, int):
        return number
    if not number.is_finite():
        raise LiquidArgumentError(f"Computation results in '{'NaN' if number.is_nan() else 'Infinity'}'")
    return int(number.to_integral_value(rounding=rounding))


@ruby_filter
def ceil(value: Any) -> int:
    return _integral(value, decimal.ROUND_CEILING)


@ruby_filter
def floor(value: Any) -> int:
    return _integral(value, decimal.ROUND_FLOOR)


@ruby_filter
def at_least(value: Any, minimum: Any) -> int | float:
    bound, number = to_number(minimum), to_number(value)
    return number_result(bound if bound > number else number)


@ruby_filter
def at_most(value: Any, maximum: Any) -> int | float:
    bound, number = to_number(maximum), to_number(value)
    return number_result(bound if bound < number else number)


MATH_FILTERS = {
    "plus": plus,
    "minus": minus,
    "times": times,
    "divided_by": divided_by,
    "modulo": modulo,
    "abs": abs_,
    "round": round_,
    "ceil": ceil,
    "floor": floor,
    "at_least": at_least,
    "at_most": at_most,
}
