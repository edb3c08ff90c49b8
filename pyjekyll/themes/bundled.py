"""Where pyjekyll's own theme, pyjekyll-academic, lives.

It is registered as the ``pyjekyll-academic`` entry point of the ``pyjekyll.themes``
group, so a site with ``theme: pyjekyll-academic`` resolves to it like any theme package.
"""
from __future__ import annotations

from pathlib import Path

__all__ = ["BUNDLED_THEME_NAME", "bundled_theme_root"]

BUNDLED_THEME_NAME = "pyjekyll-academic"
_THEME_FOLDERS = ("_layouts", "_includes", "_sass", "assets")


def bundled_theme_root() -> Path:
    """The folder holding the theme's `_layouts/`, `_includes/`, `_sass/`, `assets/`, `_data/`.

    An installed package keeps them in ``pyjekyll/theme_files/``; a source checkout keeps
    them at the top of the repository.
    """
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "theme_files", package.parent):
        if any((candidate / folder).is_dir() for folder in _THEME_FOLDERS):
            return candidate
    return package.parent
