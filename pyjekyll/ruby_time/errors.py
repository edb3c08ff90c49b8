"""What goes wrong when Ruby's date parsing would raise, as our own exceptions.

Jekyll and Liquid tell Ruby's ArgumentError (unparseable text, out-of-range fields)
apart from anything else, so `TimeParseError` stands for exactly that and carries
Ruby's message; the other cases subclass it so callers can still catch one class.
"""
from __future__ import annotations


class TimeParseError(ValueError):
    """Ruby's `Time.parse`/`Date._parse` would raise ArgumentError with this message."""


class TimeRangeError(TimeParseError):
    """Ruby would raise RangeError: a field does not fit a C int (`integer ... too big ...`)."""


class UnsupportedYearError(TimeParseError):
    """Ruby would build this time, but its year lies outside what Python's datetime holds."""
