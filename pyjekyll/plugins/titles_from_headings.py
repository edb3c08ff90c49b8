"""jekyll-titles-from-headings 0.5.3: a Markdown page without a title takes it from its
first heading (`#`, `##`, `###` or a setext underline), optionally removing it."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content.document import Document
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.markdown_files import is_markdown
from pyjekyll.plugins.site_filters import filters_for

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: a heading at the very start of the content (after blank space)
TITLE = re.compile(r"\A\s*(?:\#{1,3}\s+(.*)(?:\s+\#{1,3})?|(.*)\r?\n[-=]+\s*)$", re.MULTILINE | re.ASCII)
_FOOTNOTE_REF = re.compile(r"\[\^[^\]]*\]")
_RUBY_STRIPPED = " \t\n\v\f\r\0"


def _option(site: Site, key: str) -> Any:
    options = site.config.get("titles_from_headings")
    return options.get(key) if isinstance(options, dict) else None


def _has_title(item: Any) -> bool:
    """Documents' titles are guessed from file names, so only pages' own titles count."""
    return not isinstance(item, Document) and item.data.get("title") is not None


def title_for(site: Site, item: Any) -> Any:
    match = TITLE.search(str(item.content or ""))
    if match is None:
        return item.data.get("title")
    f = filters_for(site)
    text = f.normalize_whitespace(f.strip_html(f.markdownify(match.group(1) or match.group(2) or "")))
    return _FOOTNOTE_REF.sub("", text)


def _strips(site: Site, item: Any) -> bool:
    if "strip_title" in item.data:
        return item.data["strip_title"] is True
    return _option(site, "strip_title") is True


class TitlesFromHeadingsGenerator:
    def generate(self, site: Site) -> None:
        if _option(site, "enabled") is False:
            return
        items = list(site.pages)
        if _option(site, "collections") is True:
            items += [d for d in site.documents() if d.write_p()]
        for item in items:
            if not is_markdown(site, item.extname) or _has_title(item):
                continue
            item.data["title"] = title_for(site, item)
            if _strips(site, item) and item.content:
                item.content = TITLE.sub("", item.content, count=1).strip(_RUBY_STRIPPED)
                _recut_post_excerpt(item)


def _recut_post_excerpt(item: Any) -> None:
    """A post's excerpt was cut before the heading went: cut it again from the new text."""
    if isinstance(item, Document) and item.collection.label == "posts" and item.excerpt_separator():
        from pyjekyll.content.excerpt import Excerpt

        item.data["excerpt"] = Excerpt(item)


def register(api: PluginAPI) -> None:
    api.generator(TitlesFromHeadingsGenerator(), "lowest")
