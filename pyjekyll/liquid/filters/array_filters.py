"""Liquid 5.4's standard array filters over Ruby-like collections.

Inputs are first turned into the list Ruby Liquid iterates (nested arrays flattened,
a hash as a single item, nil as nothing); comparisons and uniqueness follow Ruby.
"""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid import ruby
from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.ordering import ruby_compare, ruby_sort
from pyjekyll.liquid.filters.values import (
    input_items,
    is_mapping,
    lookup,
    RubyHashKey,
    responds_to_index,
    ruby_filter,
    str_of,
)


def _property_error(prop: Any) -> LiquidArgumentError:
    return LiquidArgumentError(f"cannot select the property '{ruby.to_s(prop)}'")


def _item_property(item: Any, prop: Any) -> Any:
    if isinstance(item, int) and not isinstance(item, bool):
        raise _property_error(prop)
    return lookup(item, prop)


@ruby_filter
def join(value: Any, glue: Any = " ") -> str:
    return str_of(glue).join(ruby.to_s(item) for item in input_items(value))


def _nil_safe_compare(left: Any, right: Any) -> int:
    result = ruby_compare(left, right)
    if result is not None:
        return result
    if left is None:
        return 1
    if right is None:
        return -1
    raise LiquidArgumentError("cannot sort values of incompatible types")


def _casecmp(left: str, right: str) -> int:
    a = left.encode().lower() if left.isascii() else _ascii_lower(left).encode()
    b = right.encode().lower() if right.isascii() else _ascii_lower(right).encode()
    return (a > b) - (a < b)


def _ascii_lower(text: str) -> str:
    return "".join(c.lower() if "A" <= c <= "Z" else c for c in text)


def _nil_safe_casecmp(left: Any, right: Any) -> int:
    if left is not None and right is not None:
        return _casecmp(str_of(left), str_of(right))
    return 1 if left is None else -1


@ruby_filter
def sort_natural(value: Any, prop: Any = None) -> list[Any] | None:
    items = input_items(value)
    if not items:
        return []
    if prop is None:
        return ruby_sort(items, _nil_safe_casecmp)
    if all(responds_to_index(item) for item in items):
        keyed = [(_item_property(item, prop), item) for item in items]
        return [item for _, item in ruby_sort(keyed, lambda a, b: _nil_safe_casecmp(a[0], b[0]))]
    return None


@ruby_filter
def liquid_sort(value: Any, prop: Any = None) -> list[Any] | None:
    """Liquid's own `sort` (Jekyll replaces it; kept for environments without Jekyll)."""
    items = input_items(value)
    if not items:
        return []
    if prop is None:
        return ruby_sort(items, _nil_safe_compare)
    if all(responds_to_index(item) for item in items):
        keyed = [(_item_property(item, prop), item) for item in items]
        return [item for _, item in ruby_sort(keyed, lambda a, b: _nil_safe_compare(a[0], b[0]))]
    return None


def _uniq(items: list[Any], key: Any = None) -> list[Any]:
    seen: set[RubyHashKey] = set()
    out = []
    for item in items:
        marker = RubyHashKey(key(item) if key else item)
        if marker not in seen:
            seen.add(marker)
            out.append(item)
    return out


@ruby_filter
def uniq(value: Any, prop: Any = None) -> list[Any] | None:
    items = input_items(value)
    if prop is None:
        return _uniq(items)
    if not items:
        return []
    if not all(responds_to_index(item) for item in items):
        return None
    return _uniq(items, lambda item: _item_property(item, prop))


@ruby_filter
def reverse(value: Any) -> list[Any]:
    return input_items(value)[::-1]


@ruby_filter
def map_(value: Any, prop: Any) -> list[Any]:
    out = []
    for item in input_items(value):
        if prop == "to_liquid":
            out.append(item)
        elif responds_to_index(item):
            out.append(_item_property(item, prop))
        else:
            out.append(None)
    return out


@ruby_filter
def compact(value: Any, prop: Any = None) -> list[Any] | None:
    items = input_items(value)
    if prop is None:
        return [item for item in items if item is not None]
    if not items:
        return []
    if not all(responds_to_index(item) for item in items):
        return None
    return [item for item in items if _item_property(item, prop) is not None]


@ruby_filter
def concat(value: Any, other: Any) -> list[Any]:
    if not isinstance(other, (list, tuple)):
        raise LiquidArgumentError("concat filter requires an array argument")
    return input_items(value) + list(other)


@ruby_filter
def liquid_where(value: Any, prop: Any, target: Any = None) -> list[Any] | None:
    """Liquid's own `where` (Jekyll replaces it; kept for environments without Jekyll)."""
    items = input_items(value)
    if not items:
        return []
    if not all(responds_to_index(item) for item in items):
        return None
    if target is None:
        return [item for item in items if _item_property(item, prop) not in (None, False)]
    return [item for item in items if _item_property(item, prop) == target]


def _first_or_last(value: Any, last: bool) -> Any:
    if isinstance(value, (list, tuple)):
        return (value[-1] if last else value[0]) if value else None
    if isinstance(value, range):
        return None if not value else (value[-1] if last else value[0])
    if not last and is_mapping(value):
        mapping = ruby.hash_of(value) or {}
        for key, item in mapping.items():
            return [key, item]
    return None


@ruby_filter
def first(value: Any) -> Any:
    return _first_or_last(value, last=False)


@ruby_filter
def last(value: Any) -> Any:
    return _first_or_last(value, last=True)


ARRAY_FILTERS = {
    "join": join,
    "sort_natural": sort_natural,
    "uniq": uniq,
    "reverse": reverse,
    "map": map_,
    "compact": compact,
    "concat": concat,
    "first": first,
    "last": last,
}

