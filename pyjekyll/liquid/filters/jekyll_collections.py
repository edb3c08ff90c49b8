"""Jekyll's collection filters: where/find (by property or expression), group_by,
sort with nil ordering, push/pop/shift/unshift, sample, to_integer.

Jekyll reads item properties through `to_liquid` (dotted paths allowed) and turns
number-looking values into numbers before comparing, which changes both matching and
ordering; `item_property` reproduces that.
"""
from __future__ import annotations

import random
import re
from collections.abc import Mapping
from typing import Any

from liquid.builtin.expressions import FilteredExpression, tokenize
from liquid.filter import with_context
from liquid.stream import TokenStream
from liquid.token import TOKEN_EXPRESSION, Token

from pyjekyll.liquid import ruby
from pyjekyll.liquid.drops.base import current_read_observer
from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.ordering import ruby_compare, ruby_sort
from pyjekyll.liquid.filters.values import (
    RubyHashKey,
    array_of,
    is_mapping,
    is_method_literal,
    lookup,
    plain,
    ruby_filter,
    str_of,
    string_to_i,
    to_i,
    to_integer,
)

_FLOAT_LIKE = re.compile(r"[ \t\r\n\f\v]*-?(?:\d+\.?\d*|\.\d+)[ \t\r\n\f\v]*")
_INTEGER_LIKE = re.compile(r"[ \t\r\n\f\v]*-?\d+[ \t\r\n\f\v]*")


def _is_jekyll_drop(value: Any) -> bool:
    return getattr(value, "ruby_class_name", None) is not None


def _selectable(value: Any) -> list[Any] | None:
    """The items Jekyll iterates for `where`-like filters, or None when it cannot."""
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, range):
        return list(value)
    if is_mapping(value):
        mapping = ruby.hash_of(value) or {}
        if _is_jekyll_drop(value):
            return [[k, v] for k, v in mapping.items()]
        return list(mapping.values())
    return None


def _numeric_if_possible(value: Any) -> Any:
    """Jekyll compares `"10"` as 10 and `"1.5"` as 1.5."""
    if value is None or type(value) in _KEPT_AS_THEY_ARE:
        return value  # (nil, booleans and numbers come back unchanged from Jekyll's to_s round trip)
    text = str_of(value)
    if _INTEGER_LIKE.fullmatch(text):
        return string_to_i(text)
    if _FLOAT_LIKE.fullmatch(text):
        return float(text.strip())
    return value


def _indexable(value: Any) -> bool:
    return isinstance(value, (str, list, tuple, dict)) or is_mapping(value)


_KEPT_AS_THEY_ARE = frozenset({bool, int, float})


def item_property(item: Any, prop: Any) -> Any:
    """A property of a collection item as Jekyll's filters read it."""
    return _property_by_key(item, str_of(prop))


def _property_by_key(item: Any, key: str) -> Any:
    """Jekyll keeps each item's filter property for the rest of the build (a value other than
    nil or false), so templates that filter every page's list cost one read per item and
    property; a later change to the item (its content being rendered) is not seen, as in
    Jekyll.  Kept on drops, which live as long as the build; not while an incremental build
    records what each page reads."""
    props = getattr(item, "_filter_props", _UNSET)  # (drops only; isinstance on the ABC is slow)
    if props is not _UNSET and current_read_observer() is None:
        if props is None:
            props = item._filter_props = {}
        else:
            value = props.get(key, _UNSET)
            if value is not _UNSET:
                return value
        value = _read_property(item, key)
        if value is not None and value is not False:
            props[key] = value
        return value
    return _read_property(item, key)


_UNSET = object()


def _read_property(item: Any, key: str) -> Any:
    if "." in key:
        value = _dotted(item, key)
    elif item is None:
        raise LiquidArgumentError("undefined method `[]' for nil")
    elif isinstance(item, (int, float)) and not isinstance(item, bool):
        raise LiquidArgumentError("no implicit conversion of String into Integer")
    else:
        value = lookup(item, key)
    return _numeric_if_possible(value)


def _dotted(item: Any, key: str) -> Any:
    data: Any = item
    for part in key.split("."):
        if not _indexable(data):
            return False
        data = lookup(data, part)
    return data


def _matches(prop: Any, target: Any) -> bool:
    if target is None:
        return prop is None
    if is_method_literal(target):
        return prop == "" or ("".join(ruby.to_s(p) for p in array_of(prop)) == "" if not isinstance(prop, str) else False)
    wanted = str_of(target)
    if isinstance(prop, str):
        return prop == wanted
    return any(str_of(p) == wanted for p in array_of(prop))


@ruby_filter
def where(value: Any, prop: Any, target: Any = None) -> Any:
    if prop is None or prop is False or isinstance(target, (list, tuple)) or (is_mapping(target) and not is_method_literal(target)):
        return value
    items = _selectable(value)
    if items is None:
        return value
    key = str_of(prop)
    if target is not None and not is_method_literal(target):
        wanted = str_of(target)  # (the general test, with the target's text worked out once)
        found = []
        for item in items:
            got = _property_by_key(item, key)
            if got == wanted if isinstance(got, str) else any(str_of(p) == wanted for p in array_of(got)):
                found.append(item)
        return found
    return [item for item in items if _matches(_property_by_key(item, key), target)]


@ruby_filter
def find(value: Any, prop: Any, target: Any = None) -> Any:
    if prop is None or prop is False or isinstance(target, (list, tuple)) or (is_mapping(target) and not is_method_literal(target)):
        return value
    items = _selectable(value)
    if items is None:
        return value
    for item in items:
        if _matches(item_property(item, prop), target):
            return item
    return None


_EXPRESSION_CACHE: dict[tuple[int, str, str], Any] = {}


def _parse(env: Any, expression: str, kind: str) -> Any:
    key = (id(env), kind, expression)
    parsed = _EXPRESSION_CACHE.get(key)
    if parsed is None:
        token = Token(TOKEN_EXPRESSION, expression, 0, expression)
        stream = TokenStream(tokenize(expression, token))
        if kind == "condition":
            # Jekyll reads the condition with Liquid's own condition rules (times compare).
            from pyjekyll.liquid.condition import where_exp_condition

            parsed = where_exp_condition(expression, token)
        else:
            parsed = FilteredExpression.parse(env, stream)
        _EXPRESSION_CACHE[key] = parsed
    return parsed


def _truthy(value: Any) -> bool:
    value = plain(value)
    return value is not None and value is not False


@with_context
def where_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    value = plain(value)
    items = _selectable(value)
    if items is None:
        return value
    condition = _parse(context.env, str_of(plain(expression)), "condition")
    name = str_of(plain(variable))
    out = []
    for item in items:
        with context.extend({name: item}):
            if condition.evaluate(context):
                out.append(item)
    return out


@with_context
def find_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    value = plain(value)
    items = _selectable(value)
    if items is None:
        return value
    condition = _parse(context.env, str_of(plain(expression)), "condition")
    name = str_of(plain(variable))
    for item in items:
        with context.extend({name: item}):
            if condition.evaluate(context):
                return item
    return None


def _groupable(value: Any) -> list[Any] | None:
    if isinstance(value, (list, tuple, range)):
        return list(value)
    if is_mapping(value):
        return [[k, v] for k, v in (ruby.hash_of(value) or {}).items()]
    return None


def _grouped(pairs: list[tuple[Any, list[Any]]]) -> list[dict[str, Any]]:
    return [{"name": name, "items": items, "size": len(items)} for name, items in pairs]


def _group(items: list[Any], key_of: Any) -> list[dict[str, Any]]:
    groups: dict[RubyHashKey, tuple[Any, list[Any]]] = {}
    for item in items:
        name = key_of(item)
        marker = RubyHashKey(name)
        if marker not in groups:
            groups[marker] = (name, [])
        groups[marker][1].append(item)
    return _grouped(list(groups.values()))


@ruby_filter
def group_by(value: Any, prop: Any) -> Any:
    items = _groupable(value)
    if items is None:
        return value
    return _group(items, lambda item: str_of(item_property(item, prop)))


@with_context
def group_by_exp(value: Any, variable: Any, expression: Any, *, context: Any) -> Any:
    value = plain(value)
    items = _groupable(value)
    if items is None:
        return value
    parsed = _parse(context.env, str_of(plain(expression)), "filtered")
    name = str_of(plain(variable))

    def key_of(item: Any) -> Any:
        with context.extend({name: item}):
            return plain(parsed.evaluate(context))

    return _group(items, key_of)


def _sort_key_compare(order: int) -> Any:
    def compare(left: tuple[Any, Any], right: tuple[Any, Any]) -> int:
        a, b = left[0], right[0]
        if a is not None and b is None:
            return -order
        if a is None and b is not None:
            return order
        result = ruby_compare(a, b)
        if result is None:
            sa, sb = str_of(a), str_of(b)
            result = (sa > sb) - (sa < sb)
        return result

    return compare


def _plain_compare(left: Any, right: Any) -> int:
    result = ruby_compare(left, right)
    if result is None:
        raise LiquidArgumentError(
            f"comparison of {_ruby_class(left)} with {ruby.inspect(right) if right is None or isinstance(right, (int, float)) else _ruby_class(right)} failed"
        )
    return result


def _ruby_class(value: Any) -> str:
    if isinstance(value, str):
        return "String"
    if isinstance(value, bool):
        return "TrueClass" if value else "FalseClass"
    if isinstance(value, int):
        return "Integer"
    if isinstance(value, float):
        return "Float"
    if isinstance(value, (list, tuple)):
        return "Array"
    if value is None:
        return "NilClass"
    if isinstance(value, Mapping) or is_mapping(value):
        return "Hash"
    return type(value).__name__


@ruby_filter
def sort(value: Any, prop: Any = None, nils: Any = "first") -> Any:
    if value is None:
        raise LiquidArgumentError("Cannot sort a null object.")
    if isinstance(value, range):
        value = list(value)
    if is_mapping(value) and not isinstance(value, (list, tuple)):
        value = [[k, v] for k, v in (ruby.hash_of(value) or {}).items()]
    if not isinstance(value, (list, tuple)):
        raise LiquidArgumentError(f"undefined method `sort' for {ruby.inspect(value)}")
    if prop is None:
        return ruby_sort(list(value), _plain_compare)
    if nils == "first":
        order = -1
    elif nils == "last":
        order = 1
    else:
        raise LiquidArgumentError(
            f"Invalid nils order: '{str_of(nils)}' is not a valid nils order. It must be 'first' or 'last'."
        )
    keyed = [(item_property(item, prop), item) for item in value]
    return [item for _, item in ruby_sort(keyed, _sort_key_compare(order))]


def _count(num: Any) -> int:
    count = to_integer(num)
    if count < 0:
        raise LiquidArgumentError("negative array size")
    return count


@ruby_filter
def pop(value: Any, num: Any = 1) -> Any:
    if not isinstance(value, list):
        return value
    count = _count(num)
    return value[: len(value) - count] if count < len(value) else []


@ruby_filter
def push(value: Any, item: Any = None) -> Any:
    if not isinstance(value, list):
        return value
    return [*value, item]


@ruby_filter
def shift(value: Any, num: Any = 1) -> Any:
    if not isinstance(value, list):
        return value
    return value[_count(num):]


@ruby_filter
def unshift(value: Any, item: Any = None) -> Any:
    if not isinstance(value, list):
        return value
    return [item, *value]


@ruby_filter
def sample(value: Any, num: Any = 1) -> Any:
    if not isinstance(value, list):
        return value
    try:
        count = to_integer(num)
    except LiquidArgumentError:
        count = 1
    if count == 1:
        return random.choice(value) if value else None
    if count < 0:
        raise LiquidArgumentError("negative sample number")
    return random.sample(value, min(count, len(value)))


@ruby_filter
def to_integer_filter(value: Any) -> int:
    if value is True:
        return 1
    if value is False:
        return 0
    return to_i(value)


JEKYLL_COLLECTION_FILTERS = {
    "where": where,
    "where_exp": where_exp,
    "find": find,
    "find_exp": find_exp,
    "group_by": group_by,
    "group_by_exp": group_by_exp,
    "sort": sort,
    "pop": pop,
    "push": push,
    "shift": shift,
    "unshift": unshift,
    "sample": sample,
    "to_integer": to_integer_filter,
}
