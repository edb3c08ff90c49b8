"""`{% seo %}`: renders the SEO template for the page being rendered."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TextIO

from liquid import Undefined
from liquid.ast import Node
from liquid.tag import Tag

from pyjekyll.liquid.tags.markup import take_markup
from pyjekyll.plugins.seo_tag.metadata import SeoMetadata
from pyjekyll.plugins.seo_tag.template import TEMPLATE, TEMPLATE_PATH
from pyjekyll.plugins.site_filters import filters_for

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token


def _defined(value: Any) -> Any:
    return None if isinstance(value, Undefined) else value


class SeoNode(Node):
    __slots__ = ("markup",)

    def __init__(self, token: Token, markup: str) -> None:
        super().__init__(token)
        self.markup = markup
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        site = env.site
        page = _defined(context.resolve("page", default=None))
        paginator = _defined(context.resolve("paginator", default=None))
        payload = env.payload()
        payload = dict(payload, page=page, paginator=paginator)
        payload["seo_tag"] = SeoMetadata(self.markup, page, payload["site"], paginator, filters_for(site))
        return buffer.write(env.render_template(TEMPLATE, payload, TEMPLATE_PATH, env.current_item))


class SeoTag(Tag):
    name = "seo"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        return SeoNode(token, markup)
