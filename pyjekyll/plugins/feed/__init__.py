"""jekyll-feed 0.17: an Atom feed of posts (and of chosen collections, categories, tags)
plus the `{% feed_meta %}` tag that links to it."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.feed.generator import FeedGenerator
from pyjekyll.plugins.feed.meta_tag import FeedMetaTag


def register(api: PluginAPI) -> None:
    api.generator(FeedGenerator(), "lowest")
    api.tag(FeedMetaTag)
