"""Times as Jekyll handles them: parsed like Ruby's `Time.parse`, shown in the site zone.

Jekyll sets the process time zone from `timezone:`; here every time is an aware
`datetime` converted to the site's zone (`Site.tz`).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import time as _time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pyjekyll.errors import InvalidDateError

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[Tt ]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,](?P<f>\d+))?)?)?"
    r"\s*(?P<tz>Z|UTC|GMT|[-+]\d{1,2}(?::?\d{2})?)?\s*$", re.I)
_SLASHED = re.compile(r"^\s*(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?P<rest>.*)$")
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_WORDY = re.compile(
    r"^\s*(?:[A-Za-z]{3,9},?\s+)?(?P<d1>\d{1,2})?\s*(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d2>\d{1,2})?,?\s*(?P<y>\d{4})"
    r"(?:\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?)?\s*(?P<tz>Z|UTC|GMT|[-+]\d{2}:?\d{2})?\s*$")


def zone_from_name(name: str | None) -> dt.tzinfo:
    """The site's zone: `timezone:` when set, else the process zone (TZ), as Ruby uses."""
    if name:
        try:
            zone = ZoneInfo(str(name))
        except (ZoneInfoNotFoundError, ValueError):
            from pyjekyll.log import logger

            logger.warn("Timezone:", f"unknown time zone '{name}', using the system zone")
        else:
            # Jekyll sets the process zone, so every "local time" in filters follows it.
            os.environ["TZ"] = str(name)
            _time.tzset()
            return zone
    tz_env = os.environ.get("TZ")
    if tz_env:
        try:
            return ZoneInfo(tz_env.lstrip(":"))
        except (ZoneInfoNotFoundError, ValueError):
            pass
    _time.tzset()
    local = dt.datetime.now().astimezone().tzinfo
    return local or dt.timezone.utc


def _offset(text: str | None) -> dt.tzinfo | None:
    if not text:
        return None
    text = text.upper()
    if text in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:-2] or 0) if len(digits) > 2 else int(digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


def _build(y: int, m: int, d: int, hh: int, mm: int, ss: int, micro: int,
           tz: dt.tzinfo | None, site_tz: dt.tzinfo) -> dt.datetime:
    naive = dt.datetime(y, m, d, hh, mm, ss, micro)
    if tz is None:
        return naive.replace(tzinfo=site_tz).astimezone(site_tz)
    return naive.replace(tzinfo=tz).astimezone(site_tz)


def parse_date(value: object, site_tz: dt.tzinfo, message: str = "Input could not be parsed.") -> dt.datetime:
    """A time from front matter, a filename or config, as a time in the site zone."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(site_tz)
    if isinstance(value, dt.date):
        return _build(value.year, value.month, value.day, 0, 0, 0, 0, None, site_tz)
    text = str(value)
    try:
        m = _ISO.match(text)
        if m:
            frac = (m["f"] or "")[:6].ljust(6, "0") if m["f"] else "0"
            return _build(int(m["y"]), int(m["m"]), int(m["d"]), int(m["H"] or 0), int(m["M"] or 0),
                          int(m["S"] or 0), int(frac), _offset(m["tz"]), site_tz)
        m = _SLASHED.match(text)
        if m:
            rest = m["rest"].strip()
            inner = _ISO.match(f"{m['y']}-{m['m']}-{m['d']}{' ' + rest if rest else ''}")
            if inner:
                return parse_date(f"{m['y']}-{m['m']}-{m['d']}{' ' + rest if rest else ''}", site_tz, message)
        m = _WORDY.match(text)
        if m and m["mon"][:3].lower() in _MONTHS and (m["d1"] or m["d2"]):
            return _build(int(m["y"]), _MONTHS[m["mon"][:3].lower()], int(m["d1"] or m["d2"]),
                          int(m["H"] or 0), int(m["M"] or 0), int(m["S"] or 0), 0, _offset(m["tz"]), site_tz)
    except ValueError:
        pass
    raise InvalidDateError(f"Invalid date '{text}': {message}")


def site_now(site_tz: dt.tzinfo) -> dt.datetime:
    """`site.time`: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().lstrip("-").isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).astimezone(site_tz)
    return dt.datetime.now(dt.timezone.utc).astimezone(site_tz)
