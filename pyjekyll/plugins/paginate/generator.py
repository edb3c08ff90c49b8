"""Finds the index page to paginate and adds one copy of it per further page of posts."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import Page
from pyjekyll.log import logger
from pyjekyll.plugins.paginate.pager import Pager, ensure_leading_slash, page_count, page_path, per_page_of
from pyjekyll.plugins.values import lookup, present

if TYPE_CHECKING:
    from pyjekyll.site import Site


def _in_hierarchy(source: str, page_dir: str, folder: str) -> bool:
    """Whether `page_dir` is `folder` or one of its ancestors up to the source itself."""
    parent_of_source = os.path.dirname(source)
    while True:
        if folder == os.path.dirname(folder) or folder == parent_of_source:
            return False
        if page_dir == folder:
            return True
        folder = os.path.dirname(folder)


def is_candidate(site: Site, page: Page) -> bool:
    if page.name != "index.html":
        return False
    source = site.config["source"]
    page_dir = os.path.dirname(os.path.normpath(os.path.join(source, ensure_leading_slash(str(page.path))[1:])))
    pattern = ensure_leading_slash(str(site.config.get("paginate_path") or "/page:num"))[1:]
    target = os.path.normpath(os.path.join(source, pattern))
    return _in_hierarchy(source, page_dir, os.path.dirname(target))


def template_page(site: Site) -> Page | None:
    candidates = [p for p in site.pages if isinstance(p, Page) and is_candidate(site, p)]
    candidates.sort(key=lambda p: -len(str(p.path)))
    return candidates[0] if candidates else None


class PaginationGenerator:
    def generate(self, site: Site) -> None:
        if site.config.get("paginate") is None or not site.pages:
            return
        template = template_page(site)
        if template is None:
            logger.warn("Pagination:", "Pagination is enabled, but I couldn't find an index.html page to "
                                       "use as the pagination template. Skipping pagination.")
            return
        self.paginate(site, template)

    def paginate(self, site: Site, template: Page) -> None:
        posts = [p for p in newest_first(site) if not present(lookup(p, "hidden"))]
        total = page_count(len(posts), per_page_of(site))
        first_url = template.url
        for number in range(1, total + 1):
            pager = Pager(site, number, posts, total, first_url)
            if number == 1:
                template.pager = pager
                continue
            copy = Page(site, site.source, template.dir_, template.name)
            copy.pager = pager
            copy.dir_ = page_path(site, number, None)  # its URL is worked out from here
            site.pages.append(copy)


def newest_first(site: Site) -> list[Any]:
    """`site.posts` as templates see it: newest first, as drops."""
    from pyjekyll.content.collection import sorted_documents

    docs = sorted_documents(site.posts.docs, newest_first=True)
    return [d.to_liquid() for d in docs]
