"""jekyll-sitemap 1.4: `sitemap.xml` of every output page, document and listed static
file, and a `robots.txt` pointing at it, unless the site has its own."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.sitemap.generator import SitemapGenerator


def register(api: PluginAPI) -> None:
    api.generator(SitemapGenerator(), "lowest")
