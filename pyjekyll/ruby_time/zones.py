"""Time zone names and numeric offsets, read as Ruby's date library and `Time.zone_offset` read them.

Two different readers exist in Ruby and both matter:

* `zone_to_offset` is what `Date._parse` reports as `offset`: a table of about 300
  abbreviations and Windows-style names (ASCII case-insensitive, optionally followed
  by "standard time", "daylight time" or "dst", the latter two adding an hour), else
  a numeric form such as `+9`, `-0530`, `+05:30:15`, `GMT+8`, `+5.5` (a fractional
  hour gives a Rational).
* `time_zone_offset` is what `Time.parse` actually applies: only `+HH:MM`, `+HHMM`,
  `+HH:MM:SS`, `+HH`, a short list of names (UTC, GMT, US zones, military letters) and
  the local zone's own winter/summer abbreviations. Anything else is ignored and the
  time is read as local time.
"""
from __future__ import annotations

import datetime as _dt
import re
from fractions import Fraction
from functools import lru_cache

#: Date._parse's zone table: lower-case name -> seconds east of UTC
DATE_ZONES: dict[str, int] = {
    "ut": 0, "gmt": 0, "est": -18000, "edt": -14400, "cst": -21600, "cdt": -18000, "mst": -25200,
    "mdt": -21600, "pst": -28800, "pdt": -25200, "a": 3600, "b": 7200, "c": 10800, "d": 14400,
    "e": 18000, "f": 21600, "g": 25200, "h": 28800, "i": 32400, "k": 36000, "l": 39600, "m": 43200,
    "n": -3600, "o": -7200, "p": -10800, "q": -14400, "r": -18000, "s": -21600, "t": -25200,
    "u": -28800, "v": -32400, "w": -36000, "x": -39600, "y": -43200, "z": 0, "utc": 0, "wet": 0,
    "at": -7200, "brst": -7200, "ndt": -5400, "art": -10800, "adt": -10800, "brt": -10800,
    "clst": -10800, "nst": -9000, "ast": -14400, "clt": -14400, "akdt": -28800, "ydt": -28800,
    "akst": -32400, "hadt": -32400, "hdt": -32400, "yst": -32400, "ahst": -36000, "cat": 7200,
    "hast": -36000, "hst": -36000, "nt": -39600, "idlw": -43200, "bst": 3600, "cet": 3600,
    "fwt": 3600, "met": 3600, "mewt": 3600, "mez": 3600, "swt": 3600, "wat": 3600, "west": 3600,
    "cest": 7200, "eet": 7200, "fst": 7200, "mest": 7200, "mesz": 7200, "sast": 7200,
    "sst": -39600, "bt": 10800, "eat": 10800, "eest": 10800, "msk": 10800, "msd": 14400,
    "zp4": 14400, "zp5": 18000, "ist": 19800, "zp6": 21600, "wast": 7200, "cct": 23400,
    "sgt": 28800, "wadt": 28800, "jst": 32400, "kst": 32400, "east": -21600, "gst": 36000,
    "eadt": 39600, "idle": 43200, "nzst": 43200, "nzt": 43200, "nzdt": 46800, "afghanistan": 16200,
    "alaskan": -32400, "arab": 10800, "arabian": 14400, "arabic": 10800, "atlantic": -14400,
    "aus central": 34200, "aus eastern": 36000, "azores": -3600, "canada central": -21600,
    "cape verde": -3600, "caucasus": 14400, "cen. australia": 34200, "central america": -21600,
    "central asia": 21600, "central europe": 3600, "central european": 3600,
    "central pacific": 39600, "central": -21600, "china": 28800, "dateline": -43200,
    "e. africa": 10800, "e. australia": 36000, "e. europe": 7200, "e. south america": -10800,
    "eastern": -18000, "egypt": 7200, "ekaterinburg": 18000, "fiji": 43200, "fle": 7200,
    "greenland": -10800, "greenwich": 0, "gtb": 7200, "hawaiian": -36000, "india": 19800,
    "iran": 12600, "jerusalem": 7200, "korea": 32400, "mexico": -21600, "mid-atlantic": -7200,
    "mountain": -25200, "myanmar": 23400, "n. central asia": 21600, "nepal": 20700,
    "new zealand": 43200, "newfoundland": -12600, "north asia east": 28800, "north asia": 25200,
    "pacific sa": -14400, "pacific": -28800, "romance": 3600, "russian": 10800,
    "sa eastern": -10800, "sa pacific": -18000, "sa western": -14400, "samoa": -39600,
    "se asia": 25200, "malay peninsula": 28800, "south africa": 7200, "sri lanka": 21600,
    "taipei": 28800, "tasmania": 36000, "tokyo": 32400, "tonga": 46800, "us eastern": -18000,
    "us mountain": -25200, "vladivostok": 36000, "w. australia": 28800, "w. central africa": 3600,
    "w. europe": 3600, "west asia": 18000, "west pacific": 36000, "yakutsk": 32400, "acdt": 37800,
    "acst": 34200, "act": -18000, "acwst": 31500, "aedt": 39600, "aest": 36000, "aft": 16200,
    "almt": 21600, "anast": 43200, "anat": 43200, "aoe": -43200, "aqtt": 18000, "awdt": 32400,
    "awst": 28800, "azost": 0, "azot": -3600, "azst": 18000, "azt": 14400, "bnt": 28800,
    "bot": -14400, "btt": 21600, "cast": 28800, "chadt": 49500, "chast": 45900, "chost": 32400,
    "chot": 28800, "chst": 36000, "chut": 36000, "cidst": -14400, "cist": -18000, "ckt": -36000,
    "cot": -18000, "cvt": -3600, "cxt": 25200, "davt": 25200, "ddut": 36000, "easst": -18000,
    "ect": -18000, "egst": 0, "egt": -3600, "fet": 10800, "fjst": 46800, "fjt": 43200,
    "fkst": -10800, "fkt": -14400, "fnt": -7200, "galt": -21600, "gamt": -32400, "get": 14400,
    "gft": -10800, "gilt": 43200, "gyt": -14400, "hkt": 28800, "hovst": 28800, "hovt": 25200,
    "ict": 25200, "idt": 10800, "iot": 21600, "irdt": 16200, "irkst": 32400, "irkt": 28800,
    "irst": 12600, "kgt": 21600, "kost": 39600, "krast": 28800, "krat": 25200, "kuyt": 14400,
    "lhdt": 39600, "lhst": 37800, "lint": 50400, "magst": 43200, "magt": 39600, "mart": -30600,
    "mawt": 18000, "mht": 43200, "mmt": 23400, "mut": 14400, "mvt": 18000, "myt": 28800,
    "nct": 39600, "nfdt": 43200, "nft": 39600, "novst": 25200, "novt": 25200, "npt": 20700,
    "nrt": 43200, "nut": -39600, "omsst": 25200, "omst": 21600, "orat": 18000, "pet": -18000,
    "petst": 43200, "pett": 43200, "pgt": 36000, "phot": 46800, "pht": 28800, "pkt": 18000,
    "pmdt": -7200, "pmst": -10800, "pont": 39600, "pwt": 32400, "pyst": -10800, "qyzt": 21600,
    "ret": 14400, "rott": -10800, "sakt": 39600, "samt": 14400, "sbt": 39600, "sct": 14400,
    "sret": 39600, "srt": -10800, "syot": 10800, "taht": -36000, "tft": 18000, "tjt": 18000,
    "tkt": 46800, "tlt": 32400, "tmt": 18000, "tost": 50400, "tot": 46800, "trt": 10800,
    "tvt": 43200, "ulast": 32400, "ulat": 28800, "uyst": -7200, "uyt": -10800, "uzt": 18000,
    "vet": -14400, "vlast": 39600, "vlat": 36000, "vost": 21600, "vut": 39600, "wakt": 43200,
    "warst": -10800, "wft": 43200, "wgst": -7200, "wgt": -10800, "wib": 25200, "wit": 32400,
    "wita": 28800, "wt": 0, "yakst": 36000, "yakt": 32400, "yapt": 36000, "yekst": 21600,
    "yekt": 18000,
}

#: the longest name in DATE_ZONES, in bytes; longer text is never looked up
_LONGEST_NAME = max(len(name) for name in DATE_ZONES)

#: Time.zone_offset's own table: upper-case name -> hours east of UTC
TIME_ZONES: dict[str, int] = {
    "UTC": 0, "Z": 0, "UT": 0, "GMT": 0,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "I": 9, "K": 10, "L": 11, "M": 12,
    "N": -1, "O": -2, "P": -3, "Q": -4, "R": -5, "S": -6,
    "T": -7, "U": -8, "V": -9, "W": -10, "X": -11, "Y": -12,
}

_C_SPACE = " \t\n\v\f\r"
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_NUMERIC_ZONE = re.compile(r"([+-])([0-9][0-9])(:?)([0-9][0-9])(?:\3([0-9][0-9]))?")
_HOURS_ZONE = re.compile(r"[+-][0-9][0-9]")
_UTC_ZONE = re.compile(r"-00:00|-0000|-00|UTC|Z|UT", re.IGNORECASE)


def _ascii_lower(text: str) -> str:
    return text.translate(_ASCII_UPPER)


def _trailing_word(text: str, word: str) -> int:
    """How much to cut from the end of `text` to drop a final space-separated `word`, or 0."""
    size, width = len(text), len(word)
    if size <= width or text[size - width - 1] not in _C_SPACE:
        return 0
    if _ascii_lower(text[size - width:]) != word:
        return 0
    cut = width + 1
    while size > cut and text[size - cut - 1] in _C_SPACE:
        cut += 1
    return cut


def _strtoul(text: str, start: int) -> tuple[int, int]:
    """C's strtoul in base 10 from `start`: (value, index after it; `start` when no digits)."""
    i, size = start, len(text)
    while i < size and text[i] in _C_SPACE:
        i += 1
    negative = False
    if i < size and text[i] in "+-":
        negative = text[i] == "-"
        i += 1
    first = i
    while i < size and "0" <= text[i] <= "9":
        i += 1
    if i == first:
        return 0, start
    value = int(text[first:i])
    return (-value if negative else value), i


def _fixed_digits(text: str, start: int, width: int) -> int:
    """Up to `width` ASCII digits at `start` (stopping at the first non-digit), as a number."""
    digits = ""
    for char in text[start:start + width]:
        if not "0" <= char <= "9":
            break
        digits += char
    return int(digits) if digits else 0


def _numeric_offset(text: str) -> int | Fraction | None:
    if len(text) > 3 and _ascii_lower(text[:3]) in ("gmt", "utc"):
        text = text[3:]
    if not text or text[0] not in "+-":
        return None
    negative = text[0] == "-"
    body = text[1:]
    size = len(body.encode())
    hour, end = _strtoul(body, 0)
    minute = second = 0
    follower = body[end:end + 1]
    if follower == ":":
        minute, end = _strtoul(body, end + 1)
        if body[end:end + 1] == ":":
            second, end = _strtoul(body, end + 1)
    elif follower in (",", "."):
        fraction, stop = _strtoul(body, end + 1)
        scale = 10 ** (stop - end - 1)
        minutes = fraction * 3600
        if negative:
            hour, minutes = -hour, -minutes
        return hour * 3600 + Fraction(minutes, scale)
    elif size > 2:
        odd = size % 2
        hour = _fixed_digits(body, 0, 2 - odd)
        if size >= 3:
            minute = _fixed_digits(body, 2 - odd, 2)
        if size >= 5:
            second = _fixed_digits(body, 4 - odd, 2)
    total = second + minute * 60 + hour * 3600
    return -total if negative else total


def zone_to_offset(zone: str) -> int | Fraction | None:
    """`Date._parse`'s `offset` for a zone it found: seconds east of UTC, or None if unknown."""
    text, summer = zone, False
    cut = _trailing_word(text, "time")
    if cut:
        rest = text[:len(text) - cut]
        cut = _trailing_word(rest, "standard")
        if cut:
            text = rest[:len(rest) - cut]
        else:
            cut = _trailing_word(rest, "daylight")
            if cut:
                text, summer = rest[:len(rest) - cut], True
    else:
        cut = _trailing_word(text, "dst")
        if cut:
            text, summer = text[:len(text) - cut], True
    squeezed = " ".join(text.split())
    if len(squeezed) < len(text) and 0 < len(squeezed.encode()) <= _LONGEST_NAME:
        text = squeezed
    if 0 < len(text.encode()) <= _LONGEST_NAME:
        known = DATE_ZONES.get(_ascii_lower(text))
        if known is not None:
            return known + 3600 if summer else known
    return _numeric_offset(text)


def is_utc_zone(zone: str) -> bool:
    """Zones after which `Time.parse` returns a time in UTC mode (printed `UTC`)."""
    return _UTC_ZONE.fullmatch(zone) is not None


@lru_cache(maxsize=256)
def _local_abbreviations(tz: _dt.tzinfo, year: int) -> tuple[tuple[str, int], ...]:
    """The local zone's (upper-case name, offset) on 1 January and 1 July of `year`."""
    found = []
    for month in (1, 7):
        try:
            moment = _dt.datetime(year, month, 1, tzinfo=tz)
            name, offset = moment.tzname(), moment.utcoffset()
        except (ValueError, OverflowError):
            continue
        if name is not None and offset is not None:
            found.append((name.upper(), int(offset.total_seconds())))
    return tuple(found)


def time_zone_offset(zone: str, year: int, local_tz: _dt.tzinfo) -> int | None:
    """`Time.zone_offset`: the offset `Time.parse` applies for `zone`, or None to use local time."""
    upper = zone.upper()
    match = _NUMERIC_ZONE.fullmatch(upper)
    if match is not None:
        sign = -1 if match[1] == "-" else 1
        return sign * ((int(match[2]) * 60 + int(match[4])) * 60 + int(match[5] or 0))
    if _HOURS_ZONE.fullmatch(upper):
        return int(upper) * 3600
    hours = TIME_ZONES.get(upper)
    if hours is not None:
        return hours * 3600
    for name, offset in _local_abbreviations(local_tz, year):
        if name == upper:
            return offset
    return None
