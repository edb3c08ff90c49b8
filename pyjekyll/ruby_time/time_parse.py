"""Ruby's `Time.parse`: `Date._parse`'s fields made into a time.

Fields the text leaves out before the first one it gives come from "now" (so a bare
time of day is today, "Jan 5" is this year); fields after it take their smallest value.
A zone `Time.zone_offset` knows fixes the offset (the result is in UTC mode for UTC-like
zones, in local time when the offset happens to match, else at that fixed offset); any
other zone is ignored and the fields are read as local time. Field values go through
Ruby's `Time.utc`/`Time.local` checks: out-of-range values raise, Feb 30 rolls into
March, 24:00 is midnight of the next day and second 60 the next minute. Local times
that fall in a DST gap move forward; ambiguous ones take the later instant (the earlier
one when the second is 60), as Ruby's Time.local does.

Times are aware datetimes following pyjekyll's convention (`pyjekyll.liquid.ruby`):
`UTC_MODE` for Ruby's UTC mode, the local tzinfo for local times, a bare
`datetime.timezone` for fixed offsets.
"""
from __future__ import annotations

import datetime as _dt
from fractions import Fraction
from math import floor

from pyjekyll.liquid.ruby import UTC_MODE, string_inspect
from pyjekyll.ruby_time.date_parse import date_parse
from pyjekyll.ruby_time.errors import TimeParseError, TimeRangeError, UnsupportedYearError
from pyjekyll.ruby_time.zones import is_utc_zone, time_zone_offset

_UTC = _dt.timezone.utc
_COMMON_MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_LEAP_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_C_INT_MAX = 2**31 - 1
_DAY_SECONDS = 86400


def _is_leap(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def _month_days(year: int, mon: int) -> int | None:
    """Days in `mon`, indexing like a Ruby Array (0 is December, 13 is nil)."""
    index = mon - 1
    if -12 <= index < 12:
        return (_LEAP_MONTH_DAYS if _is_leap(year) else _COMMON_MONTH_DAYS)[index]
    return None


def _shift_to_utc(year: int, mon: int, day: int, hour: int, minute: int, sec: int,
                  offset: int) -> tuple[int, int, int | None, int, int, int]:
    """Wall-clock fields minus a zone offset, as Ruby's apply_offset does it.

    Carries ripple from seconds up to hours, but the day moves by at most one month
    boundary, and a day before the 1st becomes the last day of the previous month
    (None when that month does not exist: Time.utc then reads day 1).
    """
    if offset == 0:
        return year, mon, day, hour, minute, sec
    sign = 1 if offset < 0 else -1
    units = [sec, minute, hour]
    rest = abs(offset)
    for i, base in enumerate((60, 60, 24)):
        rest, part = divmod(rest, base)
        if part:
            carry, units[i] = divmod(units[i] + sign * part, base)
            rest += sign * carry
    sec, minute, hour = units
    if rest == 0:
        return year, mon, day, hour, minute, sec
    if sign > 0:
        day += rest
        days = _month_days(year, mon)
        if days is not None and days < day:
            mon += 1
            if mon > 12:
                mon, year = 1, year + 1
            day = 1
        return year, mon, day, hour, minute, sec
    day -= rest
    if day >= 1:
        return year, mon, day, hour, minute, sec
    mon -= 1
    if mon < 1:
        mon, year = 12, year - 1
    return year, mon, _month_days(year, mon), hour, minute, sec


def _c_uint_bits(value: int, bits: int) -> int:
    """Ruby's obj2ubits: a C int that must fit in `bits` unsigned bits."""
    if value > _C_INT_MAX:
        raise TimeRangeError(f"integer {value} too big to convert to `int'")
    if value < -_C_INT_MAX - 1:
        raise TimeRangeError(f"integer {value} too small to convert to `int'")
    if value < 0 or value >= 1 << bits:
        raise TimeParseError("argument out of range")
    return value


def _wall_clock(year: int, mon: int, day: int | None, hour: int, minute: int, sec: int,
                usec: Fraction | int) -> _dt.datetime:
    """Checked and normalised fields as a naive datetime (Ruby's time_arg and validate_vtm)."""
    mon = _c_uint_bits(mon, 4)
    mday = 1 if day is None else _c_uint_bits(day, 5)
    if mon == 2:
        february = 29 if _is_leap(year) else 28
        if mday > february:
            mday, mon = mday - february, 3
    elif mon in (4, 6, 9, 11) and mday == 31:
        mon, mday = mon + 1, 1
    hour = _c_uint_bits(hour, 5)
    minute = _c_uint_bits(minute, 6)
    sec = _c_uint_bits(sec, 6)
    if not 1 <= mon <= 12:
        raise TimeParseError("mon out of range")
    if not 1 <= mday <= 31:
        raise TimeParseError("mday out of range")
    if hour > 24:
        raise TimeParseError("hour out of range")
    if minute > (0 if hour == 24 else 59):
        raise TimeParseError("min out of range")
    if sec > (0 if hour == 24 else 60):
        raise TimeParseError("sec out of range")
    if not 0 <= usec < 1_000_000:
        raise TimeParseError("subsecx out of range")
    if not _dt.MINYEAR <= year <= _dt.MAXYEAR:
        raise UnsupportedYearError(f"year {year} is out of the range pyjekyll supports")
    try:
        return _dt.datetime(year, mon, mday) + _dt.timedelta(
            hours=hour, minutes=minute, seconds=sec, microseconds=floor(usec))
    except OverflowError as error:
        raise UnsupportedYearError(f"year {year + 1} is out of the range pyjekyll supports") from error


def _in_local_zone(wall: _dt.datetime, local_tz: _dt.tzinfo, later: bool) -> _dt.datetime:
    """Local wall-clock fields as a time: gaps move forward, repeated hours take the later
    instant when `later` (Ruby's choice, except for a second 60)."""
    early = wall.replace(tzinfo=local_tz, fold=0)
    late = wall.replace(tzinfo=local_tz, fold=1)
    if early.utcoffset() == late.utcoffset():
        return early
    chosen = early
    try:
        if later and early.astimezone(_UTC).astimezone(local_tz).replace(tzinfo=None) == wall:
            chosen = late
        return chosen.astimezone(_UTC).astimezone(local_tz)
    except OverflowError as error:
        raise UnsupportedYearError(f"{wall:%Y-%m-%d} is out of the range pyjekyll supports") from error


def _in_zone(moment: _dt.datetime, zone: str, offset: int, local_tz: _dt.tzinfo) -> _dt.datetime:
    """Ruby's force_zone!: UTC mode, local time when the offset matches, else a fixed offset."""
    if is_utc_zone(zone):
        return moment.replace(tzinfo=UTC_MODE)
    try:
        local = moment.astimezone(local_tz)
    except OverflowError as error:
        raise UnsupportedYearError(f"{moment:%Y-%m-%d} is out of the range pyjekyll supports") from error
    local_offset = local.utcoffset()
    if local_offset is not None and int(local_offset.total_seconds()) == offset:
        return local
    if not -_DAY_SECONDS < offset < _DAY_SECONDS:
        raise TimeParseError("utc_offset out of range")
    try:
        return moment.astimezone(_dt.timezone(_dt.timedelta(seconds=offset)))
    except OverflowError as error:
        raise UnsupportedYearError(f"{moment:%Y-%m-%d} is out of the range pyjekyll supports") from error


def _year_day(moment: _dt.datetime) -> int:
    return moment.timetuple().tm_yday


def make_time(text: str, fields: dict, now: _dt.datetime, local_tz: _dt.tzinfo) -> _dt.datetime:
    """Ruby's `Time.make_time` over `Date._parse` fields (`text` only names the input in errors)."""
    year, yday, mon, day = fields.get("year"), fields.get("yday"), fields.get("mon"), fields.get("mday")
    hour, minute, sec = fields.get("hour"), fields.get("min"), fields.get("sec")
    fraction, zone = fields.get("sec_fraction"), fields.get("zone")
    if all(value is None for value in (year, yday, mon, day, hour, minute, sec, fraction)):
        raise TimeParseError(f"no time information in {string_inspect(text)}")
    offset_year = year if year is not None else now.year
    offset = time_zone_offset(zone, offset_year, local_tz) if zone is not None else None

    if yday is not None:
        if not 1 <= yday <= 366:
            raise TimeParseError(f"yday {yday} out of range")
        mon, day = divmod(yday - 1, 31)
        mon, day = mon + 1, day + 1
        dated = dict(fields, yday=None, mon=mon, mday=day)
        first = make_time(text, dated, now, local_tz)
        diff = yday - _year_day(first)
        if diff == 0:
            return first
        day += diff
        if day > 28:
            month_length = _month_days(offset_year, mon)
            if month_length is not None and day > month_length:
                mon += 1
                if mon > 12:
                    raise TimeParseError(f"yday {yday} out of range")
                day -= month_length
        return make_time(text, dict(dated, mon=mon, mday=day), now, local_tz)

    if offset is not None:
        if not -_DAY_SECONDS < offset < _DAY_SECONDS:
            raise TimeParseError("utc_offset out of range")
        current = now.astimezone(_dt.timezone(_dt.timedelta(seconds=offset)))
    else:
        current = now.astimezone(local_tz)
    usec: Fraction | int | None = fraction * 1_000_000 if fraction is not None else None
    if year is None:
        year = current.year
        if mon is None:
            mon = current.month
            if day is None:
                day = current.day
                if hour is None:
                    hour = current.hour
                    if minute is None:
                        minute = current.minute
                        if sec is None:
                            sec = current.second
                            if fraction is None:
                                usec = current.microsecond
    mon = 1 if mon is None else mon
    day = 1 if day is None else day
    hour = 0 if hour is None else hour
    minute = 0 if minute is None else minute
    sec = 0 if sec is None else sec
    usec = 0 if usec is None else usec

    if year != offset_year:
        offset = time_zone_offset(zone, year, local_tz) if zone is not None else None
    if offset is None:
        return _in_local_zone(_wall_clock(year, mon, day, hour, minute, sec, usec), local_tz, sec != 60)
    shifted = _shift_to_utc(year, mon, day, hour, minute, sec, offset)
    moment = _wall_clock(*shifted, usec).replace(tzinfo=_UTC)
    assert zone is not None
    return _in_zone(moment, zone, offset, local_tz)


def time_parse(text: str, now: _dt.datetime, local_tz: _dt.tzinfo) -> _dt.datetime:
    """`Time.parse(text, now)` with the process zone `local_tz`; raises TimeParseError as Ruby raises."""
    return make_time(text, date_parse(text), now, local_tz)
