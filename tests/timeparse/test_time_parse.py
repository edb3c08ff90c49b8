"""pyjekyll's Date._parse / Time.parse against real Ruby's, over the corpus in goldens/.

The corpus (hand-written formats plus seeded random combinations and mutations) and
Ruby's answers come from scripts/gen_time_parse_goldens.py. Each case checks the
parsed fields and the resulting time under four (zone, "now") settings.
"""
from __future__ import annotations

import datetime as dt
import json
from fractions import Fraction
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from pyjekyll.liquid.ruby import is_utc_mode
from pyjekyll.ruby_time import TimeParseError, TimeRangeError, date_parse, time_parse

HERE = Path(__file__).parent
GOLDEN = json.loads((HERE / "goldens" / "time_parse.json").read_text(encoding="utf-8"))
SETTINGS = [(setting["name"], ZoneInfo(setting["tz"]),
             dt.datetime.fromtimestamp(setting["now_epoch"], ZoneInfo(setting["tz"])).replace(
                 microsecond=setting["now_usec"]))
            for setting in GOLDEN["settings"]]


def _known_failures() -> dict[str, str]:
    known = {}
    for line in (HERE / "known_failures.txt").read_text(encoding="utf-8").splitlines():
        case_id, _, reason = line.partition("#")
        if case_id.strip():
            known[case_id.strip()] = reason.strip()
    return known


KNOWN = _known_failures()


def _plain(value: Any) -> Any:
    """A parsed field as the golden file writes Ruby's (Rationals as {"rational": [n, d]})."""
    if isinstance(value, Fraction):
        return {"rational": [value.numerator, value.denominator]}
    return value


def _ruby_error_class(error: TimeParseError) -> str:
    return "RangeError" if isinstance(error, TimeRangeError) else "ArgumentError"


def _fields(text: str) -> Any:
    try:
        return {key: _plain(value) for key, value in date_parse(text).items()}
    except TimeParseError as error:
        return {"error": [_ruby_error_class(error), str(error)]}


def _describe(moment: dt.datetime) -> str:
    """A time as the golden file writes Ruby's: time, offset, zone name (or -), utc flag."""
    offset = int(moment.utcoffset().total_seconds())  # type: ignore[union-attr]
    sign = "-" if offset < 0 else "+"
    hours, minutes = divmod(abs(offset) // 60, 60)
    if is_utc_mode(moment):
        zone = "UTC"
    elif isinstance(moment.tzinfo, dt.timezone):
        zone = "-"
    else:
        zone = moment.tzname() or "-"
    text = (f"{moment.year:04d}-{moment:%m-%d %H:%M:%S}.{moment.microsecond:06d} "
            f"{sign}{hours:02d}{minutes:02d} {zone}")
    return text + (" utc" if is_utc_mode(moment) else "")


def _time(text: str, now: dt.datetime, zone: ZoneInfo) -> str:
    try:
        return _describe(time_parse(text, now, zone))
    except TimeParseError as error:
        return f"{_ruby_error_class(error)}: {error}"


def _params() -> list[Any]:
    params = []
    for i, (text, fields, times) in enumerate(GOLDEN["cases"]):
        case_id = f"case{i:04d}"
        marks = [pytest.mark.golden(suite="time-parse")]
        if case_id in KNOWN:
            marks.append(pytest.mark.xfail(reason=KNOWN[case_id], strict=False))
        params.append(pytest.param(text, fields, times, id=case_id, marks=marks))
    return params


@pytest.mark.parametrize(("text", "fields", "times"), _params())
def test_matches_ruby(text: str, fields: dict[str, Any], times: list[str]) -> None:
    assert _fields(text) == fields
    assert [_time(text, now, zone) for _, zone, now in SETTINGS] == times


def test_fast_path_agrees_with_full_parser() -> None:
    for text, _, _ in GOLDEN["cases"]:
        try:
            fast = date_parse(text)
        except TimeParseError:
            continue
        assert fast == date_parse(text, fast=False), text


def test_known_failures_exist() -> None:
    ids = {f"case{i:04d}" for i in range(len(GOLDEN["cases"]))}
    assert set(KNOWN) <= ids
