"""jekyll-seo-tag 2.8: the `{% seo %}` tag (title, meta, Open Graph, Twitter, JSON-LD)."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.seo_tag.tag import SeoTag

VERSION = "2.8.0"


def register(api: PluginAPI) -> None:
    api.tag(SeoTag)
