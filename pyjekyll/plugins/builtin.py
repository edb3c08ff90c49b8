"""Gems whose work pyjekyll does itself (Sass, remote themes, watching, the GFM parser):
naming them in `plugins:` is accepted and adds nothing."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI

#: gem name -> the part of pyjekyll that does its job
PROVIDED_BY_CORE = {
    "jekyll-sass-converter": "the Sass converter",
    "jekyll-remote-theme": "the theme loader (`remote_theme:`)",
    "jekyll-watch": "`serve --watch`",
    "kramdown-parser-gfm": "the Markdown converter",
}


def register(api: PluginAPI) -> None:
    """Nothing to add."""
