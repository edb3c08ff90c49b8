"""Jekyll's date filters: short/long strings (ordinal, US style), XML Schema, RFC 822.

They read the value like Liquid's `date` filter does, then move it to local time
(the site's timezone) before formatting.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any

from liquid.filter import with_context

from pyjekyll.liquid import ruby
from pyjekyll.liquid.filters.errors import InvalidDateError
from pyjekyll.liquid.filters.strftime import strftime
from pyjekyll.liquid.filters.timeparse import localtime, to_date
from pyjekyll.liquid.filters.values import plain, str_of


def _is_blank(value: Any) -> bool:
    return value is None or str_of(value) == ""


def _local_time(value: Any, context: Any) -> _dt.datetime:
    moment = to_date(value, context)
    if moment is None:
        raise InvalidDateError(f"Invalid Date: '{ruby.inspect(value)}' is not a valid datetime.")
    return localtime(moment)


def _ordinal_suffix(day: int) -> str:
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _stringify(value: Any, month: str, kind: Any, style: Any, context: Any) -> Any:
    value = plain(value)
    if _is_blank(value):
        return value
    moment = _local_time(value, context)
    if plain(kind) == "ordinal":
        day = f"{moment.day}{_ordinal_suffix(moment.day)}"
        if plain(style) == "US":
            return strftime(moment, f"{month} {day}, %Y")
        return strftime(moment, f"{day} {month} %Y")
    return strftime(moment, f"%d {month} %Y")


@with_context
def date_to_string(value: Any, kind: Any = None, style: Any = None, *, context: Any) -> Any:
    return _stringify(value, "%b", kind, style, context)


@with_context
def date_to_long_string(value: Any, kind: Any = None, style: Any = None, *, context: Any) -> Any:
    return _stringify(value, "%B", kind, style, context)


@with_context
def date_to_xmlschema(value: Any, *, context: Any) -> Any:
    value = plain(value)
    if _is_blank(value):
        return value
    return strftime(_local_time(value, context), "%Y-%m-%dT%H:%M:%S%:z")


@with_context
def date_to_rfc822(value: Any, *, context: Any) -> Any:
    value = plain(value)
    if _is_blank(value):
        return value
    return strftime(_local_time(value, context), "%a, %d %b %Y %H:%M:%S %z")


JEKYLL_DATE_FILTERS = {
    "date_to_string": date_to_string,
    "date_to_long_string": date_to_long_string,
    "date_to_xmlschema": date_to_xmlschema,
    "date_to_rfc822": date_to_rfc822,
}
