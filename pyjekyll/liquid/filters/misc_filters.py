"""Liquid 5.4's `date`, `default` and `size`."""
from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping
from typing import Any

from liquid.filter import with_context

from pyjekyll.liquid.filters.strftime import strftime
from pyjekyll.liquid.filters.timeparse import to_date
from pyjekyll.liquid.filters.values import liquid_truthy, plain, ruby_filter, str_of


def _is_jekyll_drop(value: Any) -> bool:
    return getattr(value, "ruby_class_name", None) is not None


@with_context
def date(value: Any, fmt: Any = None, *, context: Any = None) -> Any:
    value, fmt = plain(value), plain(fmt)
    pattern = str_of(fmt) if fmt is not None else ""
    if not pattern:
        return value
    moment = to_date(value, context)
    if moment is None:
        return value
    return strftime(moment, pattern)


def _is_empty(value: Any) -> bool:
    if isinstance(value, (str, list, tuple, dict)):
        return not value
    if isinstance(value, Mapping) and not _is_jekyll_drop(value):
        return len(value) == 0
    return False


def default(value: Any, fallback: Any = "", *args: Any, **options: Any) -> Any:
    value = plain(value)
    if fallback is not None:
        fallback = plain(fallback)
    if args and isinstance(args[0], Mapping):
        options = {**args[0], **options}
    if options.get("allow_false") not in (None, False) and not _is_undefined_like(options.get("allow_false")):
        missing = value is None
    else:
        missing = not liquid_truthy(value)
    return fallback if missing or _is_empty(value) else value


def _is_undefined_like(value: Any) -> bool:
    return plain(value) is None


@ruby_filter
def size(value: Any) -> int:
    if isinstance(value, (str, list, tuple, dict, range)):
        return len(value)
    if isinstance(value, bool):
        return 0
    if isinstance(value, int):
        return 8 if -(2**62) <= value < 2**62 else (value.bit_length() + 63) // 64 * 8
    if isinstance(value, Mapping) and not _is_jekyll_drop(value):
        return len(value)
    if isinstance(value, (_dt.date, _dt.datetime)):
        return 0
    return 0


MISC_FILTERS = {
    "date": date,
    "default": default,
    "size": size,
}
