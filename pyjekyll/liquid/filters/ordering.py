"""Ruby's `<=>` between Liquid values and the (stable, glibc-backed) sort that uses it."""
from __future__ import annotations

import datetime as _dt
import functools
import math
from decimal import Decimal
from typing import Any, Callable

_NUMBERS = (int, float, Decimal)


def _is_number(value: Any) -> bool:
    return isinstance(value, _NUMBERS) and not isinstance(value, bool)


def _sign(difference: bool, less: bool) -> int:
    return 0 if not difference else (-1 if less else 1)


def ruby_compare(left: Any, right: Any) -> int | None:
    """Ruby's `left <=> right`; None where Ruby answers nil (incomparable)."""
    if _is_number(left) and _is_number(right):
        if isinstance(left, float) and math.isnan(left) or isinstance(right, float) and math.isnan(right):
            return None
        return _sign(left != right, left < right)
    if isinstance(left, str) and isinstance(right, str):
        return _sign(left != right, left < right)
    if isinstance(left, (list, tuple)) and isinstance(right, (list, tuple)):
        for a, b in zip(left, right):
            result = ruby_compare(a, b)
            if result != 0:
                return result
        return _sign(len(left) != len(right), len(left) < len(right))
    if isinstance(left, _dt.datetime) and isinstance(right, _dt.datetime):
        a = left if left.tzinfo else left.astimezone()
        b = right if right.tzinfo else right.astimezone()
        return _sign(a != b, a < b)
    if (
        isinstance(left, _dt.date)
        and isinstance(right, _dt.date)
        and not isinstance(left, _dt.datetime)
        and not isinstance(right, _dt.datetime)
    ):
        return _sign(left != right, left < right)
    if left is right:
        return 0
    if type(left) is type(right) and not _is_number(left) and left == right:
        return 0
    return None


def ruby_sort(items: list[Any], compare: Callable[[Any, Any], int]) -> list[Any]:
    """Sort with a three-way comparison; Ruby's sort is stable on glibc, so is this."""
    return sorted(items, key=functools.cmp_to_key(compare))
