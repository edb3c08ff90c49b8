"""Ruby's `Time#strftime` / `Date#strftime`, flags and widths included.

Python's `strftime` depends on the C library and lacks Ruby's `%-d`, `%^a`, `%:z`,
`%L`, `%N`, `%P`, `%s` … so Liquid's `date` filter formats with this instead.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Callable

from pyjekyll.liquid import ruby

_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(:{0,3})([a-zA-Z%+])")

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
_EPOCH = _dt.datetime(1970, 1, 1, tzinfo=_dt.timezone.utc)

#: conversions spelled as other formats
_COMPOSITES = {
    "c": "%a %b %e %H:%M:%S %Y",
    "D": "%m/%d/%y",
    "x": "%m/%d/%y",
    "F": "%Y-%m-%d",
    "T": "%H:%M:%S",
    "X": "%H:%M:%S",
    "R": "%H:%M",
    "r": "%I:%M:%S %p",
    "v": "%e-%^b-%Y",
    "+": "%a %b %e %H:%M:%S %Z %Y",
}


def _epoch_seconds(value: _dt.date) -> int:
    if isinstance(value, _dt.datetime):
        aware = value if value.tzinfo else value.astimezone()
        return int((aware - _EPOCH).total_seconds() // 1)
    return (value.toordinal() - _EPOCH.date().toordinal()) * 86400


def _offset_seconds(value: _dt.date) -> int:
    if isinstance(value, _dt.datetime):
        aware = value if value.tzinfo else value.astimezone()
        offset = aware.utcoffset()
        return int(offset.total_seconds()) if offset else 0
    return 0


def _zone_name(value: _dt.date) -> str:
    if not isinstance(value, _dt.datetime):
        return "+00:00"
    if ruby.is_utc_mode(value):
        return "UTC"
    aware = value if value.tzinfo else value.astimezone()
    if isinstance(aware.tzinfo, _dt.timezone):
        return ""  # a fixed-offset Time has no zone name in Ruby
    return aware.tzname() or ""


def _format_offset(seconds: int, colons: int, flags: str, width: int) -> str:
    sign = "-" if seconds < 0 else "+"
    seconds = abs(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if colons == 0:
        body = f"{hours:02d}{minutes:02d}"
    elif colons == 1:
        body = f"{hours:02d}:{minutes:02d}"
    else:
        body = f"{hours:02d}:{minutes:02d}:{secs:02d}"
    text = sign + body
    if width > len(text):
        if "_" in flags:
            text = " " * (width - len(text)) + text
        else:
            text = sign + "0" * (width - len(text)) + body
    if "-" in flags and hours < 10:
        text = sign + body[1:]
    return text


def _pad(text: str, flags: str, width: int, default_width: int, default_pad: str) -> str:
    if "-" in flags:
        return text
    pad = default_pad
    if "_" in flags:
        pad = " "
    elif "0" in flags:
        pad = "0"
    target = width or default_width
    if len(text) >= target:
        return text
    if pad == "0" and text.startswith("-"):
        return "-" + text[1:].rjust(target - 1, "0")
    return text.rjust(target, pad)


def _iso_year_week(value: _dt.date) -> tuple[int, int]:
    year, week, _ = value.isocalendar()
    return year, week


def _numeric(value: _dt.date, conv: str) -> tuple[int, int, str] | None:
    """(number, default width, default pad) for numeric conversions."""
    is_time = isinstance(value, _dt.datetime)
    hour = value.hour if is_time else 0  # type: ignore[union-attr]
    if conv == "Y":
        return value.year, 4 if value.year >= 0 else 5, "0"
    if conv == "C":
        return value.year // 100, 2, "0"
    if conv == "y":
        return value.year % 100, 2, "0"
    if conv == "m":
        return value.month, 2, "0"
    if conv == "d":
        return value.day, 2, "0"
    if conv == "e":
        return value.day, 2, " "
    if conv == "j":
        return value.timetuple().tm_yday, 3, "0"
    if conv == "H":
        return hour, 2, "0"
    if conv == "k":
        return hour, 2, " "
    if conv == "I":
        return (hour % 12) or 12, 2, "0"
    if conv == "l":
        return (hour % 12) or 12, 2, " "
    if conv == "M":
        return (value.minute if is_time else 0), 2, "0"  # type: ignore[union-attr]
    if conv == "S":
        return (value.second if is_time else 0), 2, "0"  # type: ignore[union-attr]
    if conv == "u":
        return value.isoweekday(), 1, "0"
    if conv == "w":
        return value.isoweekday() % 7, 1, "0"
    if conv == "U":
        yday = value.timetuple().tm_yday - 1
        return (yday + 7 - value.isoweekday() % 7) // 7, 2, "0"
    if conv == "W":
        yday = value.timetuple().tm_yday - 1
        return (yday + 7 - value.weekday()) // 7, 2, "0"
    if conv == "G":
        return _iso_year_week(value)[0], 4, "0"
    if conv == "g":
        return _iso_year_week(value)[0] % 100, 2, "0"
    if conv == "V":
        return _iso_year_week(value)[1], 2, "0"
    if conv == "s":
        return _epoch_seconds(value), 1, "0"
    if conv == "Q" and not is_time:
        micro = value.microsecond if is_time else 0  # type: ignore[union-attr]
        return _epoch_seconds(value) * 1000 + micro // 1000, 1, "0"
    return None


def _textual(value: _dt.date, conv: str) -> str | None:
    is_time = isinstance(value, _dt.datetime)
    if conv == "A":
        return _DAYS[value.weekday()]
    if conv == "a":
        return _DAYS[value.weekday()][:3]
    if conv == "B":
        return _MONTHS[value.month - 1]
    if conv in ("b", "h"):
        return _MONTHS[value.month - 1][:3]
    if conv == "p":
        return "PM" if is_time and value.hour >= 12 else "AM"  # type: ignore[union-attr]
    if conv == "P":
        return "pm" if is_time and value.hour >= 12 else "am"  # type: ignore[union-attr]
    if conv == "Z":
        return _zone_name(value)
    if conv == "n":
        return "\n"
    if conv == "t":
        return "\t"
    if conv == "%":
        return "%"
    return None


def _fraction(value: _dt.date, digits: int) -> str:
    micro = value.microsecond if isinstance(value, _dt.datetime) else 0
    text = f"{micro:06d}000"
    return text[:digits] if digits <= 9 else text + "0" * (digits - 9)


def _convert(value: _dt.date, match: re.Match[str]) -> str:
    flags, width_text, colons, conv = match.groups()
    width = int(width_text) if width_text else 0
    if colons:
        if conv != "z":
            return match.group()
        return _format_offset(_offset_seconds(value), len(colons), flags, width)
    if conv == "z":
        return _format_offset(_offset_seconds(value), 0, flags, width)
    if conv in _COMPOSITES:
        text = strftime(value, _COMPOSITES[conv])
        if "^" in flags:
            text = text.upper()
        return _pad(text, flags, width, 0, " ")
    if conv in ("L", "N"):
        return _fraction(value, width or (3 if conv == "L" else 9))
    number = _numeric(value, conv)
    if number is not None:
        amount, default_width, default_pad = number
        return _pad(str(amount), flags, width, default_width, default_pad)
    text = _textual(value, conv)
    if text is None:
        return match.group()
    if "^" in flags:
        text = text.upper()
    elif "#" in flags:
        text = text.lower() if conv in ("p",) else text.upper()
    return _pad(text, flags, width, 0, " ")


#: (moment, its fold, format) -> (moment's class, its tzinfo, the text): sites print the
#: same few dates on every page (recent posts in a sidebar). The class and the tzinfo
#: object are compared by identity on a hit, as equal moments in equal zones may still
#: print differently (`UTC` and `+00:00` zones compare equal; so do the two readings of
#: a wall time repeated by a DST change, told apart by `fold`).
_FORMATTED: dict[tuple[_dt.date, int, str], tuple[type, object, str]] = {}
_FORMATTED_LIMIT = 8192


def strftime(value: _dt.date, fmt: str) -> str:
    """Format a Time (datetime) or Date (date) with a Ruby strftime format."""
    tzinfo = getattr(value, "tzinfo", None)
    if tzinfo is None and isinstance(value, _dt.datetime):
        return _format(value, fmt)  # a naive time prints in the local zone: not remembered
    key = (value, getattr(value, "fold", 0), fmt)
    known = _FORMATTED.get(key)
    if known is not None and known[0] is value.__class__ and known[1] is tzinfo:
        return known[2]
    text = _format(value, fmt)
    if len(_FORMATTED) >= _FORMATTED_LIMIT:
        _FORMATTED.clear()
    _FORMATTED[key] = (value.__class__, tzinfo, text)
    return text


def _format(value: _dt.date, fmt: str) -> str:
    convert: Callable[[re.Match[str]], str] = lambda m: _convert(value, m)  # noqa: E731
    return _DIRECTIVE.sub(convert, fmt)
