"""Times as Jekyll handles them: parsed with Ruby's `Time.parse`, shown in the site zone.

Jekyll sets the process time zone from `timezone:`; here every time is an aware
`datetime` converted to the site's zone (`Site.tz`).
"""
from __future__ import annotations

import datetime as dt
import os
import time as _time
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pyjekyll.errors import InvalidDateError
from pyjekyll.ruby_time import TimeParseError, UnsupportedYearError, time_parse


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


@lru_cache(maxsize=4096)
def _parse_text(text: str, site_tz: dt.tzinfo, epoch: str | None) -> dt.datetime:
    """`Time.parse(text).localtime`, remembered per text as Jekyll's parse_date cache does.

    Fields the text leaves out come from now (SOURCE_DATE_EPOCH when set, which is
    part of the key so a changed epoch is not served stale results).
    """
    return time_parse(text, site_now(site_tz), site_tz).astimezone(site_tz)


def parse_date(value: object, site_tz: dt.tzinfo, message: str = "Input could not be parsed.") -> dt.datetime:
    """A time from front matter, a filename or config, as a time in the site zone."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value.astimezone(site_tz)
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    try:
        return _parse_text(text, site_tz, os.environ.get("SOURCE_DATE_EPOCH"))
    except UnsupportedYearError as error:
        raise InvalidDateError(f"Invalid date '{text}': {message} ({error})") from None
    except TimeParseError:
        raise InvalidDateError(f"Invalid date '{text}': {message}") from None


def site_now(site_tz: dt.tzinfo) -> dt.datetime:
    """`site.time`: SOURCE_DATE_EPOCH when set (reproducible builds), else now."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().lstrip("-").isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).astimezone(site_tz)
    return dt.datetime.now(dt.timezone.utc).astimezone(site_tz)
