"""The tags Jekyll adds to Liquid: include, include_relative, highlight, link, post_url."""
from __future__ import annotations

from liquid import Environment

from pyjekyll.liquid.tags.highlight import HighlightTag
from pyjekyll.liquid.tags.include import IncludeRelativeTag, IncludeTag
from pyjekyll.liquid.tags.link import LinkTag, PostUrlTag


def register_tags(env: Environment) -> None:
    for tag in (IncludeTag, IncludeRelativeTag, HighlightTag, LinkTag, PostUrlTag):
        env.add_tag(tag)
