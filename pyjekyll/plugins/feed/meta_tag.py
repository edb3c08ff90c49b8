"""`{% feed_meta %}`: the `<link rel="alternate">` pointing at the site's main feed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.tag import Tag

from pyjekyll.liquid.filters.jekyll_text import xml_escape_text
from pyjekyll.liquid.filters.values import str_of
from pyjekyll.liquid.tags.markup import take_markup
from pyjekyll.plugins.site_filters import filters_for

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream


def _attr(value: Any) -> str:
    """A quoted XML attribute value, as Ruby's `encode(xml: :attr)` writes it."""
    return '"' + xml_escape_text(str_of(value)) + '"'


class FeedMetaNode(Node):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        site = env.site
        config = site.config
        feed = config.get("feed")
        path = feed.get("path") if isinstance(feed, dict) else None
        title = config.get("title")
        if title is None or title is False:
            title = config.get("name")
        attributes = [("type", "application/atom+xml"), ("rel", "alternate"),
                      ("href", filters_for(site).absolute_url(path if path is not None else "feed.xml"))]
        if title is not None and title is not False:
            attributes.append(("title", title))
        return buffer.write("<link " + " ".join(f"{k}={_attr(v)}" for k, v in attributes) + " />")


class FeedMetaTag(Tag):
    name = "feed_meta"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, _markup = take_markup(stream)
        node = FeedMetaNode(token)
        node.blank = False
        return node
