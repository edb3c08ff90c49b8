"""How Ruby (and so Jekyll's Liquid) turns values into text.

Templates print values the way Ruby's `to_s` does, `inspect` filters show Ruby's
`inspect`, and `jsonify` follows Ruby's JSON generator; Python's own `str`/`repr`/
`json` differ in many small ways (floats, hashes, escapes), so each is spelled out here.

Conventions for values coming from the rest of pyjekyll:

* `datetime.datetime` is a Ruby Time. Its tzinfo decides how the zone prints: the
  `UTC_MODE` instance below marks a Time in Ruby's UTC mode (`Time.now.utc`,
  `Time.parse("… Z")`), printed as `UTC`; any other tzinfo (including
  `datetime.timezone.utc`, which is what YAML's `Z` gives) prints its offset (`+0000`).
  For `%Z`, a `zoneinfo.ZoneInfo` (local time) gives its abbreviation, a bare
  `datetime.timezone` gives nothing, as Ruby's fixed-offset times do.
  Naive datetimes are taken as local time.
* `datetime.date` is a Ruby Date.
* A `Drop` prints like a Ruby Hash unless its class sets `ruby_class_name`; then it
  prints like a Jekyll drop (`to_s` is the class name, `inspect` pretty JSON).
"""
from __future__ import annotations

import datetime as _dt
import math
import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

__all__ = [
    "to_s",
    "inspect",
    "float_to_s",
    "decimal_to_s",
    "time_to_s",
    "json_generate",
    "json_pretty_generate",
    "is_utc_mode",
    "UTC_MODE",
    "hash_of",
]

#: tzinfo of a Time in Ruby's UTC mode (prints `UTC` where others print `+0000`)
UTC_MODE = _dt.timezone(_dt.timedelta(0), "UTC")


def is_utc_mode(value: _dt.datetime) -> bool:
    """True for a Time Ruby would print with `UTC` rather than `+0000`."""
    return value.tzinfo is UTC_MODE


def hash_of(value: Any) -> dict[Any, Any] | None:
    """The plain dict behind a mapping-like value, or None when it is not one."""
    if isinstance(value, dict):
        return value
    to_hash = getattr(value, "to_liquid_hash", None)
    if to_hash is not None:
        return to_hash()
    if isinstance(value, Mapping):
        return dict(value)
    return None


def _drop_class_name(value: Any) -> str | None:
    return getattr(value, "ruby_class_name", None) if hasattr(value, "to_liquid_hash") else None


# --- numbers -------------------------------------------------------------------------


def float_to_s(value: float) -> str:
    """Ruby's `Float#to_s`: shortest round-trip digits, `1.0e+20` outside 1e-4..1e16."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    if value == 0:
        return "-0.0" if math.copysign(1.0, value) < 0 else "0.0"
    sign, digit_tuple, exponent = Decimal(repr(value)).as_tuple()
    digits = "".join(map(str, digit_tuple)).rstrip("0") or "0"
    # position of the decimal point relative to the start of `digits`
    decpt = len(digit_tuple) + int(exponent)
    prefix = "-" if sign else ""
    if -4 < decpt <= 0:
        return f"{prefix}0.{'0' * -decpt}{digits}"
    if 0 < decpt < 16:
        if len(digits) <= decpt:
            return f"{prefix}{digits}{'0' * (decpt - len(digits))}.0"
        return f"{prefix}{digits[:decpt]}.{digits[decpt:]}"
    mantissa = digits[0] + "." + (digits[1:] or "0")
    exp = decpt - 1
    return f"{prefix}{mantissa}e{'+' if exp >= 0 else '-'}{abs(exp):02d}"


def decimal_to_s(value: Decimal) -> str:
    """Ruby's `BigDecimal#to_s`: `0.15e1` scientific form."""
    if value.is_nan():
        return "NaN"
    if value.is_infinite():
        return "Infinity" if value > 0 else "-Infinity"
    sign, digit_tuple, exponent = value.as_tuple()
    all_digits = "".join(map(str, digit_tuple)).lstrip("0")
    digits = all_digits.rstrip("0")
    if not digits:
        return "-0.0" if sign else "0.0"
    decpt = len(all_digits) + int(exponent)
    return f"{'-' if sign else ''}0.{digits}e{decpt}"


# --- times ---------------------------------------------------------------------------


def _offset_text(value: _dt.datetime, colon: bool = False) -> str:
    offset = value.utcoffset() or _dt.timedelta(0)
    total = int(offset.total_seconds())
    sign = "-" if total < 0 else "+"
    hours, minutes = divmod(abs(total) // 60, 60)
    return f"{sign}{hours:02d}{':' if colon else ''}{minutes:02d}"


def _aware(value: _dt.datetime) -> _dt.datetime:
    return value if value.tzinfo is not None else value.astimezone()


def time_to_s(value: _dt.datetime) -> str:
    """Ruby's `Time#to_s`."""
    value = _aware(value)
    zone = "UTC" if is_utc_mode(value) else _offset_text(value)
    return value.strftime("%Y-%m-%d %H:%M:%S ") + zone


def _time_inspect(value: _dt.datetime) -> str:
    value = _aware(value)
    frac = f".{value.microsecond:06d}".rstrip("0") if value.microsecond else ""
    zone = "UTC" if is_utc_mode(value) else _offset_text(value)
    return value.strftime("%Y-%m-%d %H:%M:%S") + frac + " " + zone


def _date_inspect(value: _dt.date) -> str:
    jd = value.toordinal() + 1721425
    return f"#<Date: {value.isoformat()} (({jd}j,0s,0n),+0s,2299161j)>"


# --- strings -------------------------------------------------------------------------

_INSPECT_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\f": "\\f",
    "\v": "\\v",
    "\b": "\\b",
    "\a": "\\a",
    "\x1b": "\\e",
}
_NON_PRINTABLE_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs", "Cn"})
_NEEDS_INSPECT_ESCAPE = re.compile(r'["\\#\x00-\x1f\x7f-\x9f\u2028\u2029]|[^\x00-\x7e]')


def _inspect_char(char: str, following: str) -> str:
    if char in _INSPECT_ESCAPES:
        return _INSPECT_ESCAPES[char]
    if char == "#":
        return "\\#" if following in ("{", "$", "@") else "#"
    if unicodedata.category(char) in _NON_PRINTABLE_CATEGORIES:
        code = ord(char)
        return f"\\u{code:04X}" if code < 0x10000 else f"\\u{{{code:X}}}"
    return char


def string_inspect(text: str) -> str:
    """Ruby's `String#inspect` for a UTF-8 string."""
    if not _NEEDS_INSPECT_ESCAPE.search(text):
        return '"' + text + '"'
    out = []
    last = len(text) - 1
    for i, char in enumerate(text):
        out.append(_inspect_char(char, text[i + 1] if i < last else ""))
    return '"' + "".join(out) + '"'


# --- to_s / inspect ------------------------------------------------------------------


def _join_array(items: Any, out: list[str], seen: set[int]) -> None:
    """Ruby's `Array#join`: nested arrays are flattened, everything else uses to_s."""
    if id(items) in seen:
        raise ValueError("recursive array join")
    seen.add(id(items))
    for item in items:
        if isinstance(item, (list, tuple)):
            _join_array(item, out, seen)
        else:
            out.append(to_s(item))
    seen.discard(id(items))


def to_s(value: Any) -> str:
    """What Ruby Liquid 5.4 prints for `{{ value }}`."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, (list, tuple)):
        out: list[str] = []
        _join_array(value, out, set())
        return "".join(out)
    if isinstance(value, _dt.datetime):
        return time_to_s(value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return decimal_to_s(value)
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    if _is_undefined(value):
        return ""
    class_name = _drop_class_name(value)
    if class_name is not None:
        custom = getattr(value, "ruby_to_s", None)
        return custom() if custom is not None else class_name
    if isinstance(value, dict) or hasattr(value, "to_liquid_hash") or isinstance(value, Mapping):
        return inspect(value)
    return str(value)


def _is_undefined(value: Any) -> bool:
    from liquid import Undefined

    return isinstance(value, Undefined)


def inspect(value: Any) -> str:
    """Ruby's `inspect` of a Liquid value."""
    if isinstance(value, str):
        return string_inspect(value)
    if value is None or _is_undefined(value):
        return "nil"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return float_to_s(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(inspect(v) for v in value) + "]"
    if isinstance(value, _dt.datetime):
        return _time_inspect(value)
    if isinstance(value, _dt.date):
        return _date_inspect(value)
    if isinstance(value, Decimal):
        return decimal_to_s(value)
    if isinstance(value, range):
        return f"{value.start}..{value.stop - 1}"
    if _drop_class_name(value) is not None:
        custom = getattr(value, "ruby_inspect", None)
        return custom() if custom is not None else json_pretty_generate(value)
    mapping = hash_of(value)
    if mapping is not None:
        if not mapping:
            return "{}"
        return "{" + ", ".join(f"{inspect(k)}=>{inspect(v)}" for k, v in mapping.items()) + "}"
    return str(value)


# --- JSON ----------------------------------------------------------------------------

_JSON_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_JSON_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')


def _json_escape_char(match: re.Match[str]) -> str:
    char = match.group()
    return _JSON_ESCAPES.get(char) or f"\\u{ord(char):04x}"


def json_string(text: str) -> str:
    """A JSON string literal as Ruby's json gem writes it (non-ASCII kept, `/` kept)."""
    return '"' + _JSON_NEEDS_ESCAPE.sub(_json_escape_char, text) + '"'


class JsonGenerateError(ValueError):
    """A value Ruby's JSON generator refuses (NaN, Infinity)."""


def _json_value(value: Any, pretty: bool, depth: int) -> str:
    if isinstance(value, str):
        return json_string(value)
    if value is None or _is_undefined(value):
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            raise JsonGenerateError(f"{float_to_s(value)} not allowed in JSON")
        return float_to_s(value)
    if isinstance(value, Decimal):
        return json_string(decimal_to_s(value))
    if isinstance(value, (list, tuple)):
        return _json_array(value, pretty, depth)
    if isinstance(value, (_dt.date, range)):
        return json_string(to_s(value))
    json_hash = getattr(value, "json_hash", None)
    mapping = json_hash(depth) if json_hash is not None else hash_of(value)
    if mapping is not None:
        return _json_object(mapping, pretty, depth)
    return json_string(to_s(value))


def _json_array(items: Any, pretty: bool, depth: int) -> str:
    if not pretty:
        return "[" + ",".join(_json_value(v, False, depth + 1) for v in items) + "]"
    inner = "  " * (depth + 1)
    if not items:
        return "[\n\n" + inner[:-2] + "]"
    parts = [inner + _json_value(v, True, depth + 1) for v in items]
    return "[\n" + ",\n".join(parts) + "\n" + "  " * depth + "]"


def _json_object(mapping: Mapping[Any, Any], pretty: bool, depth: int) -> str:
    if not pretty:
        return "{" + ",".join(
            json_string(to_s(k)) + ":" + _json_value(v, False, depth + 1) for k, v in mapping.items()
        ) + "}"
    if not mapping:
        return "{\n" + "  " * depth + "}"
    inner = "  " * (depth + 1)
    parts = [inner + json_string(to_s(k)) + ": " + _json_value(v, True, depth + 1) for k, v in mapping.items()]
    return "{\n" + ",\n".join(parts) + "\n" + "  " * depth + "}"


def json_generate(value: Any) -> str:
    """Ruby's `value.to_json` (compact)."""
    return _json_value(value, False, 0)


def json_pretty_generate(value: Any) -> str:
    """Ruby's `JSON.pretty_generate(value)`."""
    return _json_value(value, True, 0)
