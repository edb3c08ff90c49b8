"""Errors a build reports to the user as a message, never as a traceback (unless --trace)."""
from __future__ import annotations


class JekyllError(Exception):
    """A problem with the user's site that stops the build, with a user-facing message."""


class ConfigurationError(JekyllError):
    pass


class InvalidYAMLFrontMatterError(JekyllError):
    pass


class InvalidPermalinkError(JekyllError):
    pass


class InvalidDateError(JekyllError):
    pass


class LiquidRenderError(JekyllError):
    pass


class ConversionError(JekyllError):
    pass


class FatalError(JekyllError):
    pass
