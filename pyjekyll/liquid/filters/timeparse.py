"""Turning template values into times the way Ruby Liquid's `Utils.to_date` does.

Times pass through, strings of digits are epoch seconds, "now"/"today" the build's
time, and any other string goes through Ruby's `Time.parse` (`pyjekyll.ruby_time`),
with "now" filling the fields the text leaves out.
"""
from __future__ import annotations

import datetime as _dt
import os
import re
import time as _time
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pyjekyll.ruby_time import TimeParseError, time_parse

__all__ = ["TimeParseError", "local_zone", "localtime", "parse_time", "site_now", "to_date"]


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


def parse_time(text: str, now: _dt.datetime) -> _dt.datetime:
    """Ruby's `Time.parse(text)` in the local zone; raises TimeParseError where Ruby raises."""
    return time_parse(text, now, local_zone())


#: Liquid reads a string of ASCII digits as epoch seconds
_DIGITS = re.compile(r"[0-9]+")


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
            # past Python's years this raises OverflowError, which the filter reports
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
