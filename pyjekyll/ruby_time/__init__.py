"""Ruby's date-string parsing (`Date._parse`, `Time.parse`), the one parser pyjekyll uses.

Jekyll reads front matter dates, `time:` in the config and Liquid's date filters'
string inputs with Ruby's `Time.parse`; matching its heuristics exactly is what makes
dates (and so URLs, sort order and feeds) come out as Jekyll's do.
"""
from __future__ import annotations

from pyjekyll.ruby_time.date_parse import date_parse
from pyjekyll.ruby_time.errors import TimeParseError, TimeRangeError, UnsupportedYearError
from pyjekyll.ruby_time.time_parse import time_parse

__all__ = ["date_parse", "time_parse", "TimeParseError", "TimeRangeError", "UnsupportedYearError"]
