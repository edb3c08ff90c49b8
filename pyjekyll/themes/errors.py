"""Theme problems, reported to the user as messages."""
from __future__ import annotations

from pyjekyll.errors import JekyllError

__all__ = ["ThemeError", "ThemeNotFound", "RemoteThemeError"]


class ThemeError(JekyllError):
    """A theme was found but cannot be used."""


class ThemeNotFound(ThemeError):
    """No folder, Python package or gem provides the named theme."""


class RemoteThemeError(ThemeError):
    """A `remote_theme` could not be downloaded, unpacked or found in the cache."""
