"""jekyll-default-layout 0.1.5: Markdown pages and posts without a layout get `home`,
`page`, `post` or `default`, whichever exists first for them."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjekyll.content.document import Document
from pyjekyll.content.page import Page
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.markdown_files import is_markdown

if TYPE_CHECKING:
    from pyjekyll.site import Site


def _has_layout_setting(site: Site, item: Any) -> bool:
    """Front matter or front matter defaults have a `layout` key, even a null one."""
    return "layout" in item.data or "layout" in site.frontmatter_defaults.all(item.relative_path, item.kind)


def layout_for(site: Site, item: Any) -> str | None:
    is_post = isinstance(item, Document) and item.collection.label == "posts"
    if item.url == "/" and "home" in site.layouts:
        return "home"
    if isinstance(item, Page) and "page" in site.layouts:
        return "page"
    if is_post and "post" in site.layouts:
        return "post"
    return "default" if "default" in site.layouts else None


class DefaultLayoutGenerator:
    def generate(self, site: Site) -> None:
        for item in [*site.pages, *site.posts.docs]:
            if is_markdown(site, item.extname) and not _has_layout_setting(site, item):
                item.data["layout"] = layout_for(site, item)


def register(api: PluginAPI) -> None:
    api.generator(DefaultLayoutGenerator(), "lowest")
