"""Errors raised by filters where Ruby Liquid or Jekyll would raise.

They derive from python-liquid's filter errors so the renderer attaches the
template name and line before reporting them.
"""
from __future__ import annotations

from liquid.exceptions import FilterArgumentError


class LiquidArgumentError(FilterArgumentError):
    """A filter got an argument Ruby would reject (Liquid::ArgumentError)."""

    def __init__(self, message: str) -> None:
        super().__init__(message, token=None)


class LiquidZeroDivisionError(LiquidArgumentError):
    """Integer division or modulo by zero (Liquid::ZeroDivisionError)."""


class InvalidDateError(LiquidArgumentError):
    """A Jekyll date filter got something that is not a date (Jekyll::Errors::InvalidDateError)."""
