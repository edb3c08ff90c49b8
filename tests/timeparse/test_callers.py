"""The two callers of the Ruby time parser: Jekyll's `Utils.parse_date` and Liquid's `to_date`.

Expected values were taken from Ruby 3.1 (`Time.parse(...).localtime` under the same TZ
and faked "now").
"""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest

from pyjekyll.content.dates import parse_date
from pyjekyll.errors import InvalidDateError
from pyjekyll.liquid.filters.timeparse import to_date

LA = ZoneInfo("America/Los_Angeles")
NOW_EPOCH = "1798761600"  # 2027-01-01 00:00:00 UTC, 2026-12-31 16:00 in Los Angeles


@pytest.fixture()
def faked_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", NOW_EPOCH)
    monkeypatch.setenv("TZ", "America/Los_Angeles")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # jekyll/jekyll's docs: the stray "2023" stops the zone being read, so local time
        ("2023-01-29 18:30:22 2023 -0800", "2023-01-29T18:30:22-08:00"),
        ("2024-01-05 10:30:15 +0800", "2024-01-04T18:30:15-08:00"),
        ("2024-07-05T10:30:15Z", "2024-07-05T03:30:15-07:00"),
        ("Jan 5 2024 10:00 PM", "2024-01-05T22:00:00-08:00"),
        ("H31.04.30", "2019-04-30T00:00:00-07:00"),
        ("10:00", "2026-12-31T10:00:00-08:00"),
        ("2024-03-10 02:30", "2024-03-10T03:30:00-07:00"),
    ],
)
def test_front_matter_dates(faked_now: None, text: str, expected: str) -> None:
    assert parse_date(text, LA).isoformat() == expected


def test_calendar_dates_are_local_midnight(faked_now: None) -> None:
    assert parse_date(dt.date(2024, 7, 5), LA).isoformat() == "2024-07-05T00:00:00-07:00"


@pytest.mark.parametrize("text", ["garbage", "", "2024-13-01", "2024-01-05 25:00"])
def test_unparseable_dates_name_the_document(faked_now: None, text: str) -> None:
    message = "Document '_posts/x.md' does not have a valid date in the front matter."
    with pytest.raises(InvalidDateError, match=f"^Invalid date '{text}': {message}"):
        parse_date(text, LA, message)


def test_liquid_reads_a_number_with_a_dot_as_seconds(faked_now: None) -> None:
    context = SimpleNamespace(env=SimpleNamespace(site=None))
    moment = to_date("12.50", context)
    assert isinstance(moment, dt.datetime)
    assert moment.isoformat() == "2026-12-31T16:00:12.500000-08:00"


def test_liquid_gives_nil_for_text_without_a_time(faked_now: None) -> None:
    context = SimpleNamespace(env=SimpleNamespace(site=None))
    assert to_date("tomorrow", context) is None
