"""Themes: resolving `theme:` to a folder, the theme object, and remote themes.

Contract for the core:

* ``resolve_theme(name, site_source) -> Theme`` (see ``pyjekyll.themes.locate`` for the
  search order: folder path, Python theme package, installed gem, newest version first).
* ``Theme`` has ``name``, ``root``, ``version`` and ``layouts_path``, ``includes_path``,
  ``sass_path``, ``assets_path``, ``data_path`` (``None`` when absent), ``config()`` (the
  theme's ``_config.yml``) and ``to_liquid()`` (the ``theme`` drop's fields).
* ``ThemeNotFound`` (a ``pyjekyll.errors.JekyllError``) when nothing provides the theme.
* ``pyjekyll.themes.remote.fetch_remote_theme(spec)`` for ``remote_theme: owner/repo@ref``.

Writing a theme as a Python package
-----------------------------------
A theme is a folder with any of ``_layouts/``, ``_includes/``, ``_sass/``, ``assets/``,
``_data/`` and an optional ``_config.yml``. To make it installable with pip, ship that
folder as package data and declare it in the ``pyjekyll.themes`` entry-point group under
the name sites use in ``theme:``::

    [project.entry-points."pyjekyll.themes"]
    my-theme = "my_theme:theme_root"

The entry point may name a function returning the theme folder (``str`` or ``Path``), a
``str``/``Path`` value, or a module (its folder is the theme root). The package's version,
author and summary become ``theme.version``, ``theme.authors`` and ``theme.description``.
``pyjekyll new-theme NAME`` writes such a package to start from.
"""
from __future__ import annotations

from pyjekyll.themes.errors import RemoteThemeError, ThemeError, ThemeNotFound
from pyjekyll.themes.locate import ENTRY_POINT_GROUP, resolve_theme
from pyjekyll.themes.theme import Theme

__all__ = ["ENTRY_POINT_GROUP", "RemoteThemeError", "Theme", "ThemeError", "ThemeNotFound", "resolve_theme"]
