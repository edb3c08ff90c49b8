"""jekyll-redirect-from 0.16: `redirect_from` pages, `redirect_to` pages, `redirects.json`
and the built-in `redirect` layout."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.redirect_from.generator import RedirectGenerator


def register(api: PluginAPI) -> None:
    api.generator(RedirectGenerator(), "normal")
