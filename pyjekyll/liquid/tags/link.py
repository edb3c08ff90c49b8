"""`{% link path %}` and `{% post_url name %}`: URLs of site files, checked at build time."""
from __future__ import annotations

import re
from io import StringIO
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.exceptions import LiquidError
from liquid.tag import Tag

from pyjekyll.liquid.tags.markup import syntax_error, take_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

_POST_NAME = re.compile(r"^(.+/)*(\d+-\d+-\d+)-(.*)$")


def relative_url_for(site: Any, url: str) -> str:
    from pyjekyll.liquid.filters.jekyll_urls import relative_url_for as relative

    return relative(site.config, url)


class LinkNode(Node):
    __slots__ = ("markup", "template")

    def __init__(self, token: Token, markup: str, template: Any) -> None:
        super().__init__(token)
        self.markup = markup
        self.template = template
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        site = env.site
        if self.template is not None:
            buf = StringIO()
            self.template.render_with_context(context, buf, partial=True)
            rel = buf.getvalue()
        else:
            rel = self.markup
        with_slash = "/" + rel.lstrip("/") if rel else "/"
        for item in site.each_site_file():
            if item.relative_path == rel or item.relative_path == with_slash:
                return buffer.write(relative_url_for(site, item.url))
        raise LiquidError(f"Could not find document '{rel}' in tag 'link'.\n"
                          "Make sure the document exists and the path is correct.", token=self.token)


class LinkTag(Tag):
    name = "link"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        markup = markup.strip()
        template = self.env.from_string(markup) if ("{{" in markup or "{%" in markup) else None
        return LinkNode(token, markup, template)


class PostUrlNode(Node):
    __slots__ = ("orig", "path", "date", "slug", "pattern")

    def __init__(self, token: Token, orig: str, path: str, date: str, slug: str) -> None:
        super().__init__(token)
        self.orig = orig
        self.path = path
        self.date = date
        self.slug = slug
        base = f"{date}-{re.escape(slug)}\\.[^.]+"
        self.pattern = re.compile(f"^_posts/{re.escape(path)}{base}|^{re.escape(path)}_posts/?{base}")
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        site = env.site
        for doc in site.posts.docs:
            if self.pattern.match(doc.relative_path):
                return buffer.write(relative_url_for(site, doc.url))
        from pyjekyll.content.dates import parse_date

        try:
            when = parse_date(self.date, site.tz)
        except Exception:  # noqa: BLE001 - an impossible date simply matches nothing
            when = None
        for doc in site.posts.docs:
            parent = "/".join(doc.basename.split("/")[:-1])
            slug = f"{parent}/{doc.data.get('slug')}" if parent else doc.data.get("slug")
            if when is not None and slug == self.slug and \
                    (when.year, when.month, when.day) == (doc.date.year, doc.date.month, doc.date.day):
                from pyjekyll.log import logger

                logger.warn("Deprecation:", f"A call to '{{% post_url {self.orig} %}}' did not match a post "
                            "using the new matching method of checking name (path-date-slug) equality. "
                            "Please make sure that you change this tag to match the post's name exactly.")
                return buffer.write(relative_url_for(site, doc.url))
        raise LiquidError(f'Could not find post "{self.orig}" in tag \'post_url\'.\n'
                          "Make sure the post exists and the name is correct.", token=self.token)


class PostUrlTag(Tag):
    name = "post_url"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        orig = markup.strip()
        m = _POST_NAME.match(orig.lstrip("/") if orig.startswith("/") else orig)
        if not m:
            raise syntax_error(f'Could not parse name of post "{orig}" in tag \'post_url\'.\n'
                               " Make sure the post exists and the name is correct.", token)
        return PostUrlNode(token, orig, m.group(1) or "", m.group(2), m.group(3))
