"""Ruby's `Date._parse`: the heuristic that finds date and time fields in free text.

Ruby does not match one grammar; it runs a fixed series of searches over the text
(after turning every run of characters other than letters, digits and `-+',./:@[]`
into one space). Each search that succeeds records fields and blanks out what it
matched, so later searches only see the rest:

1. a weekday name, then a time of day with an optional zone (both always tried);
2. the first date form that matches, in this order: day-month-name ("5 Jan 2024"),
   month-name-day ("Jan 5, 2024"), ISO ("2024-01-05"), Japanese era ("H31.04.30"),
   VMS ("05-Jan-2024"), slashes, dots, ISO week/ordinal forms, `'YY`, a lone month
   name, an ordinal day ("5th"), and finally a run of digits read by its length
   ("20240105T103015Z");
3. a trailing "BC", and a lone one- or two-digit number that completes a day or hour.

Two-digit years become 19YY (from 69) or 20YY unless written with a sign or more
digits. The result is a dict with Ruby's keys (year, mon, mday, yday, cwyear, cweek,
cwday, wday, hour, min, sec, sec_fraction, zone, offset), fractions as `Fraction`.
"""
from __future__ import annotations

import re
import unicodedata
from fractions import Fraction
from typing import Callable, Union

from pyjekyll.ruby_time.errors import TimeParseError, TimeRangeError
from pyjekyll.ruby_time.zones import zone_to_offset

Value = Union[int, Fraction, str, None]

#: Ruby refuses longer strings (Date._parse's default `limit:`), counted in bytes
LENGTH_LIMIT = 128

_DAYS = {name: i for i, name in enumerate(("sun", "mon", "tue", "wed", "thu", "fri", "sat"))}
_MONTHS = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_MONTH_NAMES = "|".join(_MONTHS)
_ERA = r"(c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.))"
#: a letter in any script (Onigmo's [[:alpha:]]); digits are only ever ASCII [0-9]
_LETTER = r"[^\W\d_]"
_I = re.IGNORECASE

_ASCII_NOISE = re.compile(r"[^-+',./:@\[\]0-9A-Za-z]+")
_KEPT_MARKS = "-+',./:@[]"
_DAY = re.compile(r"\b(sun|mon|tue|wed|thu|fri|sat)[^-/0-9\s]*", _I)
_TIME = re.compile(
    r"((?:[0-9]+\s*:\s*[0-9]+(?:\s*:\s*[0-9]+(?:[,.][0-9]*)?)?"
    r"|[0-9]+\s*h(?:\s*[0-9]+m?(?:\s*[0-9]+s?)?)?)"
    r"(?:\s*[ap](?:m\b|\.m\.))?"
    r"|[0-9]+\s*[ap](?:m\b|\.m\.))"
    r"(?:\s*((?:gmt|utc?)?[-+][0-9]+(?:[,.:][0-9]+(?::[0-9]+)?)?"
    rf"|(?:{_LETTER}|[.\s])+(?:standard|daylight)\stime\b"
    rf"|{_LETTER}+(?:\sdst)?\b))?", _I)
_TIME_FIELDS = re.compile(
    r"([0-9]+)h?(?:\s*:?\s*([0-9]+)m?(?:\s*:?\s*([0-9]+)(?:[,.]([0-9]+))?s?)?)?"
    r"(?:\s*([ap])(?:m\b|\.m\.))?", _I)
_EU = re.compile(
    rf"('?[0-9]+)[^-0-9\s]*\s*({_MONTH_NAMES})[^-0-9\s']*"
    rf"(?:\s*{_ERA}?\s*('?-?[0-9]+(?:(?:st|nd|rd|th)\b)?))?", _I)
_US = re.compile(
    rf"\b({_MONTH_NAMES})[^-0-9\s']*\s*('?[0-9]+)[^-0-9\s']*"
    rf"(?:\s*,?\s*{_ERA}?\s*('?-?[0-9]+))?", _I)
_ISO = re.compile(r"('?[-+]?[0-9]+)-([0-9]+)-('?-?[0-9]+)")
_ISO_WEEK = re.compile(r"\b([0-9]{2}|[0-9]{4})?-?w([0-9]{2})(?:-?([0-9]))?\b", _I)
_ISO_WEEKDAY = re.compile(r"-w-([0-9])\b", _I)
_ISO_MONTH_DAY = re.compile(r"--([0-9]{2})?-([0-9]{2})\b")
_ISO_MONTH = re.compile(r"--([0-9]{2})([0-9]{2})?\b")
_ISO_ORDINAL_GUARD = re.compile(r"[,.]([0-9]{2}|[0-9]{4})-[0-9]{3}\b")
_ISO_ORDINAL = re.compile(r"\b([0-9]{2}|[0-9]{4})-([0-9]{3})\b")
_ISO_YDAY_GUARD = re.compile(r"[0-9]-[0-9]{3}\b")
_ISO_YDAY = re.compile(r"\b-([0-9]{3})\b")
_JIS = re.compile(r"\b([mtshr])([0-9]+)\.([0-9]+)\.([0-9]+)", _I)
_VMS_DAY_FIRST = re.compile(rf"('?-?[0-9]+)-({_MONTH_NAMES})[^-/.]*-('?-?[0-9]+)", _I)
_VMS_MONTH_FIRST = re.compile(rf"\b({_MONTH_NAMES})[^-/.]*-('?-?[0-9]+)(?:-('?-?[0-9]+))?", _I)
_SLASHED = re.compile(r"('?-?[0-9]+)/\s*('?[0-9]+)(?:[^0-9]\s*('?-?[0-9]+))?")
_DOTTED = re.compile(r"('?-?[0-9]+)\.\s*('?[0-9]+)\.\s*('?-?[0-9]+)")
_APOSTROPHE_YEAR = re.compile(r"'([0-9]+)\b")
_MONTH_ONLY = re.compile(rf"\b({_MONTH_NAMES})\S*", _I)
_ORDINAL_DAY = re.compile(r"([0-9]+)(st|nd|rd|th)\b", _I)
_DIGITS = re.compile(
    r"([-+]?)([0-9]{2,14})(?:\s*t?\s*([0-9]{2,6})?(?:[,.]([0-9]*))?)?"
    r"(?:\s*(z\b|[-+][0-9]{1,4}\b|\[[-+]?[0-9][^\]]*\]))?", _I)
_BC = re.compile(r"\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)", _I)
_FRAGMENT = re.compile(r"\s*([0-9]{1,2})\s*")

#: the common ISO forms, answered without the search chain (same result, checked by tests)
_FAST_ISO = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})"
    r"(?:[ T]([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.([0-9]+))?)?"
    r"(?: ?([-+][0-9]{2}:?[0-9]{2}|Z|UTC))?)?")

_ERA_INITIALS = {"m": 1867, "t": 1911, "s": 1925, "h": 1988, "r": 2018}
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ASCII_DIGITS = frozenset("0123456789")
_SIGNS = "+-"
_C_INT_MAX = 2**31 - 1


def _to_c_int(value: int) -> int:
    """Ruby's NUM2INT: numbers beyond a C int raise RangeError."""
    if value > _C_INT_MAX:
        raise TimeRangeError(f"integer {value} too big to convert to `int'")
    if value < -_C_INT_MAX - 1:
        raise TimeRangeError(f"integer {value} too small to convert to `int'")
    return value


def _number_at(text: str, start: int) -> tuple[int, int]:
    """The ASCII digit run starting at `start`: (value, end); 0 when there is none."""
    end = start
    while end < len(text) and text[end] in _ASCII_DIGITS:
        end += 1
    return (int(text[start:end]) if end > start else 0), end


def _first_of(text: str, chars: str | frozenset[str]) -> int:
    for i, char in enumerate(text):
        if char in chars:
            return i
    return -1


def _fraction(digits: str) -> Fraction:
    return Fraction(int(digits) if digits else 0, 10 ** len(digits))


class _Parse:
    """One run of the search chain: the text as it is blanked out, and the fields found."""

    __slots__ = ("text", "fields", "complete_year", "before_christ")

    def __init__(self, text: str, complete_year: bool) -> None:
        self.text = text
        self.fields: dict[str, Value] = {}
        self.complete_year = complete_year
        self.before_christ = False

    # -- helpers ---------------------------------------------------------------------

    def has(self, letters: bool = False, digits: bool = False, extra: str = "") -> bool:
        """Whether the remaining text still holds ASCII letters/digits and each of `extra`."""
        text = self.text
        if letters and _ASCII_LETTERS.isdisjoint(text):
            return False
        if digits and _ASCII_DIGITS.isdisjoint(text):
            return False
        return all(char in text for char in extra)

    def take(self, pattern: re.Pattern[str], read: Callable[[re.Match[str]], None]) -> bool:
        """Search `pattern`; on a match blank it out (one space) and record its fields."""
        match = pattern.search(self.text)
        if match is None:
            return False
        self.text = self.text[:match.start()] + " " + self.text[match.end():]
        read(match)
        return True

    def set_ymd(self, year: str | None, mon: str | None, day: str | None, bc: bool = False) -> None:
        """Decide which of three numbers is year, month and day the way Ruby's s3e does."""
        if year is not None and mon is not None and day is None:
            year, mon, day = None, year, mon
        if year is None:
            if day is not None and len(day) > 2:
                year, day = day, None
            if day is not None and day[:1] == "'":
                year, day = day, None
        if year is not None:
            start = _first_of(year, "+-0123456789")
            if start >= 0:
                digits_from = start + 1 if year[start] in _SIGNS else start
                _, end = _number_at(year, digits_from)
                if end < len(year):
                    year, day = day, year[start:end]
        if mon is not None and (mon[:1] == "'" or len(mon) > 2):
            year, mon, day = mon, day, year
        if day is not None and (day[:1] == "'" or len(day) > 2):
            year, day = day, year
        fields = self.fields
        if year is not None:
            start = _first_of(year, "+-0123456789")
            if start >= 0:
                signed = year[start] in _SIGNS
                value, end = _number_at(year, start + 1 if signed else start)
                if signed or end - start - signed > 2:
                    self.complete_year = False
                fields["year"] = -value if year[start] == "-" else value
        if bc:
            self.before_christ = True
        for key, text in (("mon", mon), ("mday", day)):
            if text is not None:
                start = _first_of(text, _ASCII_DIGITS)
                if start >= 0:
                    fields[key] = _number_at(text, start)[0]

    # -- the searches ------------------------------------------------------------------

    def weekday(self, match: re.Match[str]) -> None:
        self.fields["wday"] = _DAYS.get(match[1][:3].lower(), 7)

    def time_of_day(self, match: re.Match[str]) -> None:
        if match[2] is not None:
            self.fields["zone"] = match[2]
        pieces = _TIME_FIELDS.match(match[1])
        if pieces is None:
            return
        hour = int(pieces[1])
        if pieces[5] is not None:
            hour = _to_c_int(hour) % 12 + (12 if pieces[5] in "pP" else 0)
        fields = self.fields
        fields["hour"] = hour
        if pieces[2] is not None:
            fields["min"] = int(pieces[2])
        if pieces[3] is not None:
            fields["sec"] = int(pieces[3])
        if pieces[4] is not None:
            fields["sec_fraction"] = _fraction(pieces[4])

    def day_month_name(self, match: re.Match[str]) -> None:
        era = match[3]
        self.set_ymd(match[4], str(_MONTHS.get(match[2][:3].lower(), 13)), match[1],
                     era is not None and era[0] in "bB")

    def month_name_day(self, match: re.Match[str]) -> None:
        era = match[3]
        self.set_ymd(match[4], str(_MONTHS.get(match[1][:3].lower(), 13)), match[2],
                     era is not None and era[0] in "bB")

    def iso(self, match: re.Match[str]) -> None:
        self.set_ymd(match[1], match[2], match[3])

    def iso_week(self, match: re.Match[str]) -> None:
        if match[1] is not None:
            self.fields["cwyear"] = int(match[1])
        self.fields["cweek"] = int(match[2])
        if match[3] is not None:
            self.fields["cwday"] = int(match[3])

    def iso_weekday(self, match: re.Match[str]) -> None:
        self.fields["cwday"] = int(match[1])

    def iso_month_day(self, match: re.Match[str]) -> None:
        if match[1] is not None:
            self.fields["mon"] = int(match[1])
        self.fields["mday"] = int(match[2])

    def iso_month(self, match: re.Match[str]) -> None:
        self.fields["mon"] = int(match[1])
        if match[2] is not None:
            self.fields["mday"] = int(match[2])

    def iso_ordinal(self, match: re.Match[str]) -> None:
        self.fields["year"] = int(match[1])
        self.fields["yday"] = int(match[2])

    def iso_yday(self, match: re.Match[str]) -> None:
        self.fields["yday"] = int(match[1])

    def japanese_era(self, match: re.Match[str]) -> None:
        self.fields["year"] = int(match[2]) + _ERA_INITIALS.get(match[1].lower(), 0)
        self.fields["mon"] = int(match[3])
        self.fields["mday"] = int(match[4])

    def vms_day_first(self, match: re.Match[str]) -> None:
        self.set_ymd(match[3], str(_MONTHS.get(match[2][:3].lower(), 13)), match[1])

    def vms_month_first(self, match: re.Match[str]) -> None:
        self.set_ymd(match[3], str(_MONTHS.get(match[1][:3].lower(), 13)), match[2])

    def apostrophe_year(self, match: re.Match[str]) -> None:
        self.fields["year"] = int(match[1])

    def month_only(self, match: re.Match[str]) -> None:
        self.fields["mon"] = _MONTHS.get(match[1][:3].lower(), 13)

    def ordinal_day(self, match: re.Match[str]) -> None:
        self.fields["mday"] = int(match[1])

    def digit_run(self, match: re.Match[str]) -> None:
        """A run of 2-14 digits, read by its length, with an optional time, fraction and zone."""
        fields = self.fields
        negative = match[1] == "-"
        run, clock, fraction, zone = match[2], match[3], match[4], match[5]
        size = len(run)
        # a run directly followed by a fraction (and no second run) ends in seconds
        from_end = clock is None and fraction is not None

        def two(start: int, width: int = 2) -> int:
            return int(run[start:start + width])

        def year(start: int, width: int) -> int:
            value = two(start, width)
            return -value if negative else value

        if from_end:
            if size in (2, 4, 6, 8, 10, 12, 14):
                fields["sec"] = two(size - 2)
                if size >= 4:
                    fields["min"] = two(size - 4)
                if size >= 6:
                    fields["hour"] = two(size - 6)
                if size >= 8:
                    fields["mday"] = two(size - 8)
                if size >= 10:
                    fields["mon"] = two(size - 10)
                if size == 12:
                    fields["year"] = year(0, 2)
                if size == 14:
                    fields["year"] = year(0, 4)
                    self.complete_year = False
            elif size == 3:
                fields["sec"] = two(1)
                fields["min"] = two(0, 1)
            elif size == 5:
                fields["sec"] = two(3)
                fields["min"] = two(1)
                fields["hour"] = two(0, 1)
            elif size == 7:
                fields["sec"] = two(5)
                fields["min"] = two(3)
                fields["hour"] = two(1)
                fields["mday"] = two(0, 1)
        elif size == 2:
            fields["mday"] = two(0)
        elif size == 4:
            fields["mon"] = two(0)
            fields["mday"] = two(2)
        elif size == 6:
            fields["year"] = year(0, 2)
            fields["mon"] = two(2)
            fields["mday"] = two(4)
        elif size in (8, 10, 12, 14):
            fields["year"] = year(0, 4)
            fields["mon"] = two(4)
            fields["mday"] = two(6)
            if size >= 10:
                fields["hour"] = two(8)
            if size >= 12:
                fields["min"] = two(10)
            if size >= 14:
                fields["sec"] = two(12)
            self.complete_year = False
        elif size == 3:
            fields["yday"] = two(0, 3)
        elif size == 5:
            fields["year"] = year(0, 2)
            fields["yday"] = two(2, 3)
        elif size == 7:
            fields["year"] = year(0, 4)
            fields["yday"] = two(4, 3)

        if clock is not None and len(clock) in (2, 4, 6):
            width = len(clock)
            if fraction is not None:
                fields["sec"] = int(clock[width - 2:])
                if width >= 4:
                    fields["min"] = int(clock[width - 4:width - 2])
                if width >= 6:
                    fields["hour"] = int(clock[:2])
            else:
                fields["hour"] = int(clock[:2])
                if width >= 4:
                    fields["min"] = int(clock[2:4])
                if width >= 6:
                    fields["sec"] = int(clock[4:6])
        if fraction is not None:
            fields["sec_fraction"] = _fraction(fraction)
        if zone is not None:
            fields["zone"] = zone
            if zone[0] == "[":
                self.bracketed_zone(zone[1:-1])

    def bracketed_zone(self, inner: str) -> None:
        """`[+9]`, `[-5:EST]`: the name (after a colon) is the zone, the number the offset."""
        colon = inner.find(":")
        if colon >= 0:
            name, number = inner[colon + 1:], inner[:colon + 1]
        else:
            name = inner
            number = "+" + inner if inner[:1] in _ASCII_DIGITS else inner
        self.fields["zone"] = name
        self.fields["offset"] = zone_to_offset(number)

    def bc(self, match: re.Match[str]) -> None:
        self.before_christ = True

    def fragment(self, match: re.Match[str]) -> None:
        """A lone 1-2 digit number left over: the day when only a time was found, or the hour."""
        fields = self.fields
        number = int(match[1])
        if "hour" in fields and "mday" not in fields and 1 <= number <= 31:
            fields["mday"] = number
        if "mday" in fields and "hour" not in fields and 0 <= number <= 24:
            fields["hour"] = number

    # -- the chain -----------------------------------------------------------------------

    def find_date(self) -> None:
        """The date forms, most specific first; the first that matches ends the search."""
        if self.has(letters=True, digits=True):
            if self.take(_EU, self.day_month_name) or self.take(_US, self.month_name_day):
                return
        if self.has(digits=True, extra="-") and self.take(_ISO, self.iso):
            return
        if self.has(digits=True, extra=".") and self.take(_JIS, self.japanese_era):
            return
        if self.has(letters=True, digits=True, extra="-"):
            if self.take(_VMS_DAY_FIRST, self.vms_day_first) or self.take(_VMS_MONTH_FIRST, self.vms_month_first):
                return
        if self.has(digits=True, extra="/") and self.take(_SLASHED, self.iso):
            return
        if self.has(digits=True, extra=".") and self.take(_DOTTED, self.iso):
            return
        if self.has(digits=True) and self.iso_forms():
            return
        if self.has(digits=True) and self.take(_APOSTROPHE_YEAR, self.apostrophe_year):
            return
        if self.has(letters=True) and self.take(_MONTH_ONLY, self.month_only):
            return
        if self.has(digits=True) and self.take(_ORDINAL_DAY, self.ordinal_day):
            return
        if self.has(digits=True):
            self.take(_DIGITS, self.digit_run)

    def iso_forms(self) -> bool:
        if self.take(_ISO_WEEK, self.iso_week) or self.take(_ISO_WEEKDAY, self.iso_weekday):
            return True
        if self.take(_ISO_MONTH_DAY, self.iso_month_day) or self.take(_ISO_MONTH, self.iso_month):
            return True
        if _ISO_ORDINAL_GUARD.search(self.text) is None and self.take(_ISO_ORDINAL, self.iso_ordinal):
            return True
        return _ISO_YDAY_GUARD.search(self.text) is None and self.take(_ISO_YDAY, self.iso_yday)

    def run(self) -> dict[str, Value]:
        if self.has(letters=True):
            self.take(_DAY, self.weekday)
        if self.has(digits=True):
            self.take(_TIME, self.time_of_day)
        self.find_date()
        if self.has(letters=True):
            self.take(_BC, self.bc)
        if self.has(digits=True):
            match = _FRAGMENT.fullmatch(self.text)
            if match is not None:
                self.text = " "
                self.fragment(match)
        return self.finish()

    def finish(self) -> dict[str, Value]:
        """Apply BC and two-digit-year completion; work out the offset of a named zone."""
        fields = self.fields
        for key in ("cwyear", "year"):
            value = fields.get(key)
            if value is None:
                continue
            assert isinstance(value, int)
            if self.before_christ:
                value = 1 - value
            if self.complete_year and 0 <= value <= 99:
                value += 1900 if value >= 69 else 2000
            fields[key] = value
        zone = fields.get("zone")
        if zone is not None and fields.get("offset") is None:
            assert isinstance(zone, str)
            fields["offset"] = zone_to_offset(zone)
        return fields


def _is_ruby_alnum(char: str) -> bool:
    """Onigmo's [[:alnum:]]: letters, letter numbers (Ⅻ), decimal digits of any script.

    Python has no Other_Alphabetic property; spacing marks (Mc) stand in for it.
    """
    if char.isalpha() or char.isdecimal():
        return True
    return unicodedata.category(char) in ("Nl", "Mc")


def _without_noise(text: str) -> str:
    """Every run of characters other than [[:alnum:]] and `-+',./:@[]` as one space."""
    if text.isascii():
        return _ASCII_NOISE.sub(" ", text)
    pieces: list[str] = []
    in_noise = False
    for char in text:
        if char in _KEPT_MARKS or _is_ruby_alnum(char):
            pieces.append(char)
            in_noise = False
        elif not in_noise:
            pieces.append(" ")
            in_noise = True
    return "".join(pieces)


def _fast_iso(text: str) -> dict[str, Value] | None:
    match = _FAST_ISO.fullmatch(text)
    if match is None:
        return None
    year, mon, mday, hour, minute, second, fraction, zone = match.groups()
    fields: dict[str, Value] = {"year": int(year), "mon": int(mon), "mday": int(mday)}
    if hour is not None:
        fields["hour"] = int(hour)
        fields["min"] = int(minute)
        if second is not None:
            fields["sec"] = int(second)
            if fraction is not None:
                fields["sec_fraction"] = _fraction(fraction)
        if zone is not None:
            fields["zone"] = zone
            fields["offset"] = zone_to_offset(zone)
    return fields


def check_length(text: str) -> None:
    """Ruby refuses to parse strings longer than 128 bytes."""
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > LENGTH_LIMIT:
        raise TimeParseError(f"string length ({size}) exceeds the limit {LENGTH_LIMIT}")


def date_parse(text: str, complete_year: bool = True, *, fast: bool = True) -> dict[str, Value]:
    """`Date._parse(text, complete_year)`: the fields Ruby finds in `text` (maybe none).

    Raises TimeParseError for text over 128 bytes, TimeRangeError where Ruby raises
    RangeError (an hour too large for a C int before "am"/"pm").
    """
    check_length(text)
    if fast:
        fields = _fast_iso(text)
        if fields is not None:
            return fields
    return _Parse(_without_noise(text), complete_year).run()
