"""jekyll-optional-front-matter 0.3: Markdown files without front matter become pages
(except README, LICENSE and the like, unless listed under `include`)."""
from __future__ import annotations

import fnmatch
import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import Page
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.markdown_files import is_markdown

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: upper-cased base names that stay static files
SKIPPED_NAMES = frozenset((
    "README", "LICENSE", "LICENCE", "COPYING", "CODE_OF_CONDUCT", "CONTRIBUTING",
    "ISSUE_TEMPLATE", "PULL_REQUEST_TEMPLATE",
))


def _option(site: Site, key: str) -> Any:
    options = site.config.get("optional_front_matter")
    return options.get(key) if isinstance(options, dict) else None


def _explicitly_included(site: Site, relative_path: str) -> bool:
    include = site.config.get("include")
    if not isinstance(include, list):
        return False
    rel = relative_path.lstrip("/")
    name = os.path.basename(rel)
    return any(str(p) == name or fnmatch.fnmatchcase(rel, str(p).lstrip("/")) or rel.startswith(str(p).lstrip("/"))
               for p in include)


def _skipped(site: Site, page: Page) -> bool:
    if _explicitly_included(site, page.relative_path):
        return False
    return page.basename.upper() in SKIPPED_NAMES


class OptionalFrontMatterGenerator:
    def generate(self, site: Site) -> None:
        if _option(site, "enabled") is False or site.config.get("require_front_matter"):
            return
        sources = [f for f in site.static_files if is_markdown(site, f.extname)]
        pages = [Page(site, f.base, f.dir_, f.name) for f in sources]
        kept = [p for p in pages if not _skipped(site, p)]
        site.pages.extend(kept)
        if _option(site, "remove_originals") is True:
            moved = {id(f) for f, p in zip(sources, pages) if not _skipped(site, p)}
            site.static_files = [f for f in site.static_files if id(f) not in moved]


def register(api: PluginAPI) -> None:
    api.generator(OptionalFrontMatterGenerator(), "normal")
