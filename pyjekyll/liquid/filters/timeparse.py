"""Turning template values into times the way Ruby Liquid's `Utils.to_date` does.

Strings go through a subset of Ruby's `Time.parse` heuristics that covers the formats
people write in front matter and templates: ISO 8601, RFC 822, `Jan 5, 2024`,
`5 January 2024`, `dd/mm/yyyy`, bare times, with optional zones. Missing leading
fields come from "now", missing trailing ones default to their minimum, as in Ruby.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import time as _time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pyjekyll.liquid.ruby import UTC_MODE

_MONTHS = {name: i + 1 for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
)}
_MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY_RE = r"\b(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?"

#: zone abbreviations Ruby's date library knows (hours from UTC)
_ZONES: dict[str, float] = {
    "utc": 0, "ut": 0, "gmt": 0, "z": 0,
    "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6, "pst": -8, "pdt": -7,
    "akst": -9, "akdt": -8, "hst": -10, "ast": -4, "adt": -3, "nst": -3.5, "ndt": -2.5,
    "bst": 1, "ist": 5.5, "cet": 1, "cest": 2, "met": 1, "mest": 2, "eet": 2, "eest": 3,
    "wet": 0, "west": 1, "msk": 3, "jst": 9, "kst": 9, "hkt": 8, "sgt": 8, "aest": 10,
    "aedt": 11, "acst": 9.5, "awst": 8, "nzst": 12, "nzdt": 13,
}

_ZONE_PART = r"(?:\s*(z\b|[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?\b|(?:" + "|".join(
    sorted((z for z in _ZONES if z != "z"), key=len, reverse=True)
) + r")\b(?:\s*[+-]\d{1,2}(?::?\d{2})?)?))?"

_TIME = re.compile(
    r"t?(?<![\d:])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?"
    r"(?:\s*([ap])\.?m\.?\b)?" + _ZONE_PART,
    re.IGNORECASE,
)
_HOUR_ONLY = re.compile(r"\b(\d{1,2})\s*([ap])\.?m\.?\b" + _ZONE_PART, re.IGNORECASE)
_ISO_DATE = re.compile(r"([-+]?\d{2,})-(\d{1,2})-(\d{1,2})(?!\d)")
_SLASH_DATE = re.compile(r"('?-?\d+)/\s*('?\d+)(?:\D\s*('?-?\d+))?")
_EU_DATE = re.compile(
    r"'?(\d+)[^-\d\s]*\s*" + _MONTH_RE + r"(?:[^-\d\s']*\s*,?\s*('?-?\d+))?", re.IGNORECASE
)
_US_DATE = re.compile(
    r"\b" + _MONTH_RE + r"[^-\d\s']*\s*('?\d+)[^-\d\s']*(?:\s*,?\s*('?-?\d+))?", re.IGNORECASE
)
_DOT_DATE = re.compile(r"('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)")
_MONTH_ONLY = re.compile(r"\b" + _MONTH_RE, re.IGNORECASE)
_COMPACT_DATE = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?(?!\d)", re.IGNORECASE)


class TimeParseError(ValueError):
    """Ruby's `Time.parse` would raise ArgumentError for this text."""


@lru_cache(maxsize=8)
def _zone_for(name: str) -> _dt.tzinfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_zone() -> _dt.tzinfo:
    """The process's local zone (Jekyll exports the site's `timezone` as TZ)."""
    name = os.environ.get("TZ")
    if name:
        zone = _zone_for(name.lstrip(":"))
        if zone is not None:
            return zone
    offset = _dt.timedelta(seconds=-(_time.altzone if _time.daylight and _time.localtime().tm_isdst else _time.timezone))
    return _dt.timezone(offset, _time.tzname[0])


def localtime(value: _dt.date) -> _dt.datetime:
    """Ruby's `to_time.localtime`: the same instant in the local zone."""
    zone = local_zone()
    if isinstance(value, _dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=zone)
        return value.astimezone(zone)
    return _dt.datetime(value.year, value.month, value.day, tzinfo=zone)


def _offset_from_zone(text: str | None) -> _dt.tzinfo | None:
    if not text:
        return None
    lowered = text.lower().strip()
    if lowered in ("z", "utc"):
        return UTC_MODE
    match = re.fullmatch(r"([a-z]+)?\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?)?", lowered)
    if match is None:
        return None
    name, sign, hours, minutes, seconds = match.groups()
    total = 0.0
    if name:
        if name not in _ZONES:
            return None
        total = _ZONES[name] * 3600
    if sign:
        delta = int(hours) * 3600 + int(minutes or 0) * 60 + int(seconds or 0)
        total += delta if sign == "+" else -delta
    return _dt.timezone(_dt.timedelta(seconds=total), "")


def _year_value(text: str) -> int:
    """Two-digit years written without an apostrophe count from 2000 or 1900 as Ruby does."""
    if text.startswith("'"):
        number = int(text[1:])
        return number + (2000 if number < 69 else 1900)
    number = int(text)
    if len(text.lstrip("-+")) <= 2:
        return number + (2000 if number < 69 else 1900)
    return number


def _parse_fields(text: str) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    rest = re.sub(_DAY_RE, " ", text, flags=re.IGNORECASE)

    match = _TIME.search(rest) or _HOUR_ONLY.search(rest)
    if match is not None:
        if match.re is _TIME:
            hour, minute, second, fraction, meridian, zone = match.groups()
            fields["min"] = int(minute)
            if second is not None:
                fields["sec"] = int(second)
            if fraction:
                fields["usec"] = int((fraction + "000000")[:6])
        else:
            hour, meridian, zone = match.groups()
        hour_value = int(hour)
        if meridian:
            hour_value = hour_value % 12 + (12 if meridian.lower() == "p" else 0)
        fields["hour"] = hour_value
        if zone:
            fields["zone"] = zone
        rest = rest[: match.start()] + " " + rest[match.end():]

    date = _COMPACT_DATE.search(rest)
    if date is not None and "hour" not in fields:
        fields.update(year=int(date.group(1)), mon=int(date.group(2)), mday=int(date.group(3)))
        if date.group(4):
            fields.update(hour=int(date.group(4)), min=int(date.group(5)), sec=int(date.group(6) or 0))
        return fields
    match = _ISO_DATE.search(rest)
    if match is not None:
        fields.update(year=int(match.group(1)), mon=int(match.group(2)), mday=int(match.group(3)))
        return fields
    match = _EU_DATE.search(rest)
    if match is not None:
        fields.update(mday=int(match.group(1)), mon=_MONTHS[match.group(2).lower()])
        if match.group(3):
            fields["year"] = _year_value(match.group(3))
        return fields
    match = _US_DATE.search(rest)
    if match is not None:
        fields["mon"] = _MONTHS[match.group(1).lower()]
        day, year = match.group(2), match.group(3)
        if year is None and len(day.lstrip("'")) > 2:
            day, year = None, day
        if day is not None:
            fields["mday"] = int(day.lstrip("'"))
        if year is not None:
            fields["year"] = _year_value(year)
        return fields
    match = _DOT_DATE.search(rest)
    if match is not None:
        first, second, third = match.groups()
        if len(third.lstrip("'-")) > 2 and len(first.lstrip("'-")) <= 2:
            fields.update(mday=int(first), mon=int(second), year=_year_value(third))
        else:
            fields.update(year=_year_value(first), mon=int(second), mday=int(third.lstrip("'")))
        return fields
    match = _SLASH_DATE.search(rest)
    if match is not None:
        first, second, third = match.groups()
        if third is None:
            fields.update(mon=int(first), mday=int(second))
        elif len(third.lstrip("'-")) > 2 and len(first.lstrip("'-")) <= 2:
            fields.update(mday=int(first), mon=int(second), year=_year_value(third))
        else:
            fields.update(year=_year_value(first), mon=int(second), mday=int(third))
        return fields
    match = _MONTH_ONLY.search(rest)
    if match is not None:
        fields["mon"] = _MONTHS[match.group(1).lower()]
    return fields


def parse_time(text: str, now: _dt.datetime) -> _dt.datetime:
    """Ruby's `Time.parse(text)` for the formats above; raises TimeParseError otherwise."""
    fields = _parse_fields(text)
    if not any(key in fields for key in ("year", "mon", "mday", "hour", "min", "sec")):
        raise TimeParseError(f"no time information in {text!r}")
    zone = _offset_from_zone(fields.get("zone"))
    reference = now.astimezone(zone) if zone is not None else localtime(now)
    if "year" in fields:
        year, mon, mday = fields["year"], fields.get("mon", 1), fields.get("mday", 1)
    elif "mon" in fields:
        year, mon, mday = reference.year, fields["mon"], fields.get("mday", 1)
    elif "mday" in fields:
        year, mon, mday = reference.year, reference.month, fields["mday"]
    else:
        year, mon, mday = reference.year, reference.month, reference.day
    hour, minute, second = fields.get("hour", 0), fields.get("min", 0), fields.get("sec", 0)
    if not (1 <= mon <= 12 and 1 <= mday <= 31 and hour <= 24 and minute < 60 and second <= 60):
        raise TimeParseError("argument out of range")
    overflow_days = 0
    if mday > 28:
        last_day = (_dt.date(year + mon // 12, mon % 12 + 1, 1) - _dt.timedelta(days=1)).day
        if mday > last_day:
            overflow_days, mday = mday - last_day, last_day
    extra = _dt.timedelta(days=overflow_days, hours=hour == 24 and 24 or 0, seconds=second == 60 and 60 or 0)
    try:
        base = _dt.datetime(year, mon, mday, hour % 24, minute, second % 60, fields.get("usec", 0))
    except ValueError as err:
        raise TimeParseError(str(err)) from err
    base += extra
    if zone is not None:
        return base.replace(tzinfo=zone)
    return base.replace(tzinfo=local_zone())


_DIGITS = re.compile(r"\d+")


def site_now(context: Any) -> _dt.datetime:
    """The build's "now": the site's time when the site provides one."""
    site = getattr(getattr(context, "env", None), "site", None)
    now = getattr(site, "time", None)
    if isinstance(now, _dt.datetime):
        return now
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return _dt.datetime.fromtimestamp(int(epoch), tz=local_zone())
    return _dt.datetime.now(tz=local_zone())


def to_date(value: Any, context: Any) -> _dt.date | None:
    """Liquid's `Utils.to_date`: times pass, strings parse, numbers are epoch seconds."""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, str):
        if not value:
            return None
        lowered = value.lower()
        if lowered in ("now", "today"):
            return site_now(context)
        if _DIGITS.fullmatch(lowered):
            return _dt.datetime.fromtimestamp(int(lowered), tz=local_zone())
        try:
            return parse_time(lowered, site_now(context))
        except (TimeParseError, OverflowError):
            return None
    if isinstance(value, int):
        try:
            return _dt.datetime.fromtimestamp(value, tz=local_zone())
        except (OverflowError, OSError, ValueError):
            return None
    return None
