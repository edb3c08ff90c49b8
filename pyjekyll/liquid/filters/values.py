"""Ruby's coercions of Liquid values, as the filters of Liquid 5.4 and Jekyll apply them.

Filters in Ruby call `to_s`, `to_i`, `Integer()`, `Array()` … on whatever they get;
these helpers reproduce those conversions for pyjekyll's Python values.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal, InvalidOperation
from functools import wraps
from typing import Any, Callable

from liquid import Undefined
from liquid.builtin.expressions.primitive import Blank, Empty

from pyjekyll.liquid import ruby
from pyjekyll.liquid.filters.errors import LiquidArgumentError

Number = int | Decimal

#: ASCII whitespace as Ruby's awk-style `split` and `\s` see it.
RUBY_SPACE = " \t\n\v\f\r"
_STRIP_CHARS = "\0" + RUBY_SPACE

_TO_I = re.compile(r"[ \t\n\v\f\r]*([+-]?)(\d+(?:_\d+)*)")
_TO_F = re.compile(r"[ \t\n\v\f\r]*([+-]?\d+(?:_\d+)*(?:\.\d+(?:_\d+)*)?(?:[eE][+-]?\d+)?)")
_DECIMAL_STRING = re.compile(r"-?\d+\.\d+")
_RUBY_INTEGER = re.compile(
    r"[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)*|0[bB][01]+(?:_[01]+)*"
    r"|0[oO]?[0-7]+(?:_[0-7]+)*|0[dD]\d+(?:_\d+)*|\d+(?:_\d+)*)[ \t\n\v\f\r]*"
)


#: classes of the values filters usually get, none of them Undefined: recognised without
#: isinstance against Undefined (an abstract class, slow to test against)
_DEFINED = frozenset({str, int, float, bool, type(None), list, dict, _dt.datetime, _dt.date})


def plain(value: Any) -> Any:
    """Undefined becomes nil: Ruby Liquid hands filters nil for missing variables."""
    if value.__class__ in _DEFINED:
        return value
    return None if isinstance(value, Undefined) else value


def ruby_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """Give a filter nil instead of Undefined for its input and arguments."""

    @wraps(func)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        if value.__class__ not in _DEFINED and isinstance(value, Undefined):
            value = None
        if args:
            args = tuple(None if isinstance(a, Undefined) else a for a in args)
        return func(value, *args, **kwargs)

    return wrapper


def is_method_literal(value: Any) -> bool:
    """True for Liquid's `empty` and `blank` literals."""
    return isinstance(value, (Empty, Blank))


def str_of(value: Any) -> str:
    """Ruby's `value.to_s` (arrays and hashes print as `inspect`, unlike `{{ }}`)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return ruby.inspect(value)
    if is_method_literal(value):
        return ""
    return ruby.to_s(value)


def string_to_i(text: str) -> int:
    """Ruby's `String#to_i`: leading digits, or 0."""
    match = _TO_I.match(text)
    if match is None:
        return 0
    number = int(match.group(2).replace("_", ""))
    return -number if match.group(1) == "-" else number


def string_to_f(text: str) -> float:
    """Ruby's `String#to_f`: the leading number, or 0.0."""
    match = _TO_F.match(text)
    return float(match.group(1).replace("_", "")) if match else 0.0


def to_i(value: Any) -> int:
    """Ruby's `to_i` on a Liquid value (strings parse their leading digits)."""
    if isinstance(value, bool):
        raise LiquidArgumentError(f"undefined method `to_i' for {str(value).lower()}")
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        return int(value)
    if value is None:
        return 0
    if isinstance(value, str):
        return string_to_i(value)
    if isinstance(value, _dt.datetime):
        return int(value.timestamp() // 1)
    raise LiquidArgumentError(f"undefined method `to_i' for {ruby.inspect(value)}")


def to_integer(value: Any) -> int:
    """Liquid's `Utils.to_integer`: Ruby's strict `Integer(value.to_s)`."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str_of(value)
    match = _RUBY_INTEGER.fullmatch(text)
    if match is None:
        raise LiquidArgumentError("invalid integer")
    digits = match.group(2).replace("_", "")
    lowered = digits.lower()
    if lowered.startswith("0x"):
        number = int(lowered[2:], 16)
    elif lowered.startswith("0b"):
        number = int(lowered[2:], 2)
    elif lowered.startswith("0o"):
        number = int(lowered[2:], 8)
    elif lowered.startswith("0d"):
        number = int(lowered[2:])
    elif len(lowered) > 1 and lowered.startswith("0"):
        number = int(lowered, 8)
    else:
        number = int(lowered)
    return -number if match.group(1) == "-" else number


def to_number(value: Any) -> Number:
    """Liquid's `Utils.to_number`: ints stay ints, floats and decimals become Decimal."""
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return Decimal(ruby.float_to_s(value)) if value == value and abs(value) != float("inf") else Decimal(value)
    if isinstance(value, Decimal):
        return value
    if isinstance(value, str):
        stripped = value.strip(RUBY_SPACE + "\0")
        if _DECIMAL_STRING.fullmatch(stripped):
            try:
                return Decimal(stripped)
            except InvalidOperation:  # pragma: no cover - regex guarantees digits
                return 0
        return string_to_i(value)
    return 0


def number_result(value: Number | float) -> int | float:
    """Math filters hand back Floats where Ruby computed a BigDecimal."""
    if isinstance(value, Decimal):
        return float(value)
    return value


def array_of(value: Any) -> list[Any]:
    """Ruby's `Array(value)`: nil is empty, arrays stay, hashes become pairs."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        return list(value)
    mapping = ruby.hash_of(value) if not isinstance(value, str) else None
    if mapping is not None:
        return [[k, v] for k, v in mapping.items()]
    if isinstance(value, range):
        return list(value)
    return [value]


def flatten(items: Iterable[Any]) -> list[Any]:
    """Ruby's `Array#flatten`."""
    out: list[Any] = []
    for item in items:
        if isinstance(item, (list, tuple)):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out


def input_items(value: Any) -> list[Any]:
    """The items Liquid's standard array filters iterate (its `InputIterator`)."""
    value = plain(value)
    if isinstance(value, (list, tuple)):
        return flatten(value)
    if value is None:
        return []
    if getattr(value, "ruby_class_name", None) is not None:
        return list(value.keys())  # a Jekyll drop enumerates its keys
    if isinstance(value, (dict, str)) or isinstance(value, Mapping) or hasattr(value, "to_liquid_hash"):
        return [value]
    if isinstance(value, range):
        return list(value)
    if isinstance(value, _dt.datetime):
        return time_to_a(value)
    return [value]


def time_to_a(value: _dt.datetime) -> list[Any]:
    """Ruby's `Time#to_a`: what `Array(time)` gives."""
    aware = value if value.tzinfo else value.astimezone()
    zone = None
    if not isinstance(aware.tzinfo, _dt.timezone) or aware.tzinfo is ruby.UTC_MODE:
        zone = aware.tzname()
    return [aware.second, aware.minute, aware.hour, aware.day, aware.month, aware.year,
            aware.isoweekday() % 7, aware.timetuple().tm_yday, bool(aware.dst()), zone]


def is_mapping(value: Any) -> bool:
    kind = type(value)
    known = _MAPPING_TYPES.get(kind)
    if known is None:  # (the Mapping check goes through ABC machinery: answered once per type)
        known = _MAPPING_TYPES[kind] = issubclass(kind, Mapping) or hasattr(kind, "to_liquid_hash")
    return known or hasattr(value, "to_liquid_hash")


_MAPPING_TYPES: dict[type, bool] = {}


def lookup(item: Any, key: Any) -> Any:
    """Ruby's `item[key]` for a Liquid value: hashes and drops by key, strings by substring."""
    if isinstance(item, dict):
        return item.get(key)
    if is_mapping(item):
        try:
            return item[key]
        except (KeyError, TypeError):
            return None
    if isinstance(item, str):
        if isinstance(key, str):
            return key if key in item else None
        if isinstance(key, int) and not isinstance(key, bool):
            return item[key] if -len(item) <= key < len(item) else None
        raise LiquidArgumentError(f"no implicit conversion of {type(key).__name__} into Integer")
    if isinstance(item, (list, tuple)):
        if isinstance(key, int) and not isinstance(key, bool):
            return item[key] if -len(item) <= key < len(item) else None
        raise LiquidArgumentError(f"cannot select the property '{ruby.to_s(key)}'")
    if item is None:
        return None
    raise LiquidArgumentError(f"cannot select the property '{ruby.to_s(key)}'")


def responds_to_index(item: Any) -> bool:
    """Ruby's `respond_to?(:[])` for Liquid values."""
    return isinstance(item, (str, list, tuple, int)) and not isinstance(item, bool) or is_mapping(item)


def liquid_truthy(value: Any) -> bool:
    value = plain(value)
    return value is not None and value is not False


def is_time(value: Any) -> bool:
    return isinstance(value, (_dt.date, _dt.datetime))


def ruby_join(items: Iterable[Any], separator: str) -> str:
    """Ruby's `Array#join(separator)`: nested arrays flattened, items printed with to_s."""
    return separator.join(ruby.to_s(item) for item in flatten(items))


class RubyHashKey:
    """Ruby's `eql?`/`hash` identity (for `uniq`, `group_by`): 1 and 1.0 differ."""

    __slots__ = ("key",)

    def __init__(self, value: Any) -> None:
        self.key = _identity(value)

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RubyHashKey) and self.key == other.key


def _identity(value: Any) -> Any:
    if isinstance(value, bool) or value is None:
        return ("const", value)
    if isinstance(value, (int, float, str, Decimal, _dt.date)):
        return (type(value).__name__, value)
    if isinstance(value, (list, tuple)):
        return ("array", tuple(_identity(v) for v in value))
    if isinstance(value, dict):
        return ("hash", tuple((_identity(k), _identity(v)) for k, v in value.items()))
    return ("object", id(value))
