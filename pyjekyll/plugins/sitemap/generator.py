"""Adds the sitemap and robots pages."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import PageWithoutAFile
from pyjekyll.plugins.sitemap.template import ROBOTS_TEMPLATE, SITEMAP_TEMPLATE

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: static files with these extensions are listed in the sitemap
LISTED_EXTENSIONS = (".htm", ".html", ".xhtml", ".pdf")
_PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


class SitemapGenerator:
    def generate(self, site: Site) -> None:
        taken = {item.url for item in [*site.pages, *site.static_files]}
        if "/sitemap.xml" not in taken:
            static = [f.to_liquid() for f in site.static_files if f.extname in LISTED_EXTENSIONS]
            data: dict[str, Any] = {"layout": None, "static_files": static, "xsl": "/sitemap.xsl" in taken}
            site.pages.append(PageWithoutAFile(site, _PLUGIN_DIR, "", "sitemap.xml", SITEMAP_TEMPLATE, data))
        if "/robots.txt" not in taken:
            site.pages.append(PageWithoutAFile(site, _PLUGIN_DIR, "", "robots.txt", ROBOTS_TEMPLATE,
                                               {"layout": None}))
