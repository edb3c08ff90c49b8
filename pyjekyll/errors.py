"""Errors a build reports to the user as a message, never as a traceback (unless --trace)."""
from __future__ import annotations


class JekyllError(Exception):
    """A problem with the user's site that stops the build, with a user-facing message."""


class ConfigurationError(JekyllError):
    pass


class InvalidYAMLFrontMatterError(JekyllError):
    pass


class FrontMatterSyntaxError(InvalidYAMLFrontMatterError):
    """Front matter that is not YAML; carries the body, which Jekyll still renders."""

    def __init__(self, message: str, body: str, body_line: int) -> None:
        super().__init__(message)
        self.body = body
        self.body_line = body_line


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
