"""Makes the redirect pages: one per `redirect_from` entry, and turns pages with
`redirect_to` into redirects themselves."""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content.document import Document
from pyjekyll.content.page import Page, PageWithoutAFile
from pyjekyll.liquid import ruby
from pyjekyll.plugins.redirect_from.layout import RedirectLayout
from pyjekyll.plugins.values import lookup
from pyjekyll.plugins.site_filters import filters_for

if TYPE_CHECKING:
    from pyjekyll.site import Site

_HTTP_URL = re.compile(r"^https?://")


def redirect_to_of(item: Any) -> Any:
    """The item's `redirect_to` (the first non-nil entry when it is a list)."""
    value = lookup(item.to_liquid(), "redirect_to")
    if isinstance(value, list):
        return next((v for v in value if v is not None), None)
    return value


def redirect_from_of(item: Any) -> list[Any]:
    """The item's `redirect_from` entries, as a list without nils."""
    value = lookup(item.to_liquid(), "redirect_from")
    items = value if isinstance(value, list) else [value]
    return [v for v in items if v is not None]


class RedirectGenerator:
    def generate(self, site: Site) -> None:
        if "redirect" not in site.layouts:
            site.layouts["redirect"] = RedirectLayout()  # type: ignore[assignment]
        redirects: dict[str, str] = {}
        candidates = [d for d in site.documents() if d.write_p()] + list(site.pages)
        for item in candidates:
            if not isinstance(item, (Document, Page)):
                continue
            for source in redirect_from_of(item):
                page = redirect_page(site, source, item.url)
                site.pages.append(page)
                redirects[page.data["redirect"]["from"]] = page.data["redirect"]["to"]
            target = redirect_to_of(item)
            if target is not None and target is not False:
                page = redirect_page(site, item.url, target)
                item.data.update(page.data)
                item.content = item.output = ""
                redirects[page.data["redirect"]["from"]] = page.data["redirect"]["to"]
        config = site.config.get("redirect_from")
        wants_json = not (isinstance(config, dict) and config.get("json") is False)
        if wants_json and not os.path.exists(site.in_source_dir("redirects.json")):
            site.pages.append(PageWithoutAFile(site, "", "", "redirects.json", ruby.json_generate(redirects),
                                               {"layout": None}))


def redirect_page(site: Site, source: Any, target: Any) -> PageWithoutAFile:
    """A page at `source` that sends readers to `target` (made absolute unless it is a URL)."""
    text = str(source)
    origin = text if text.startswith("/") else "/" + text
    if not (isinstance(target, str) and _HTTP_URL.match(target)):
        target = filters_for(site).absolute_url(target)
    data = {"sitemap": False, "layout": "redirect", "permalink": origin,
            "redirect": {"from": origin, "to": target}}
    return PageWithoutAFile(site, site.source, "", "redirect.html", "", data)
