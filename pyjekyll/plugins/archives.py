"""jekyll-archives 2.2: pages listing posts by year, month, day, tag or category,
each rendered with the configured layout (`page.posts`, `page.type`, `page.title`
or `page.date`)."""
from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls
from pyjekyll.content.collection import sorted_documents
from pyjekyll.content.page import PageWithoutAFile
from pyjekyll.liquid.filters.slugify import slugify
from pyjekyll.log import logger
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.utils import deep_merge

if TYPE_CHECKING:
    from pyjekyll.site import Site

DEFAULTS: dict[str, Any] = {
    "layout": "archive",
    "enabled": [],
    "permalinks": {
        "year": "/:year/",
        "month": "/:year/:month/",
        "day": "/:year/:month/:day/",
        "tag": "/tag/:name/",
        "category": "/category/:name/",
    },
}


class ArchivePage(PageWithoutAFile):
    """One archive: its URL comes from the `permalinks` template of its kind."""

    def __init__(self, site: Site, settings: dict[str, Any], title: Any, kind: str, posts: list[Any]) -> None:
        template = str((settings.get("permalinks") or {}).get(kind) or "")
        if isinstance(title, dict):
            placeholders = {**title, "type": kind}
        else:
            placeholders = {"name": slugify(str(title), settings.get("slug_mode")), "type": kind}
        address = urls.generate(template, None, lambda t: urls.from_hash(t, placeholders))
        relative = urls.unescape_path(address).lstrip("/")
        if address.endswith("/"):
            relative = os.path.join(relative, "index.html")
        data: dict[str, Any] = {
            "layout": (settings.get("layouts") or {}).get(kind) or settings.get("layout"),
            "posts": [p.to_liquid() for p in posts],
            "type": kind,
        }
        if isinstance(title, dict):
            data["date"] = dt.date(*(int(v) for v in title.values()), *([1] * (3 - len(title))))
        else:
            data["title"] = title
        super().__init__(site, site.source, os.path.dirname(relative), os.path.basename(relative), "", data)
        self._archive_url = address

    @property
    def url(self) -> str:  # type: ignore[override]
        return self._archive_url


def _newest_first(posts: list[Any]) -> list[Any]:
    return sorted_documents(posts, reverse_after=True)


def _by_date_part(posts: list[Any], part: str) -> dict[str, list[Any]]:
    groups: dict[str, list[Any]] = {}
    for post in posts:
        groups.setdefault(post.date.strftime(part), []).append(post)
    return {k: _newest_first(v) for k, v in groups.items()}


class ArchivesGenerator:
    def generate(self, site: Site) -> None:
        setting = site.config.get("jekyll-archives", {})
        if not isinstance(setting, dict):
            logger.warn("Archives:", f"Expected a hash but got {setting!r}")
            logger.warn("", "Archives will not be generated for this site.")
            return
        settings = deep_merge(DEFAULTS, setting)
        site.config["jekyll-archives"] = settings
        enabled = settings.get("enabled")

        def wanted(kind: str) -> bool:
            return enabled is True or enabled == "all" or (isinstance(enabled, list) and kind in enabled)

        archives: list[ArchivePage] = []
        for kind, attr in (("tag", "tags"), ("category", "categories")):
            if wanted(attr):
                for title, posts in site.post_attr_hash(attr).items():
                    archives.append(ArchivePage(site, settings, title, kind, posts))
        for year, in_year in _by_date_part(site.posts.docs, "%Y").items():
            if wanted("year"):
                archives.append(ArchivePage(site, settings, {"year": year}, "year", in_year))
            for month, in_month in _by_date_part(in_year, "%m").items():
                if wanted("month"):
                    archives.append(ArchivePage(site, settings, {"year": year, "month": month}, "month", in_month))
                for day, in_day in _by_date_part(in_month, "%d").items():
                    if wanted("day"):
                        archives.append(ArchivePage(site, settings, {"year": year, "month": month, "day": day},
                                                    "day", in_day))
        site.pages.extend(archives)
        site.config["archives"] = [a.to_liquid() for a in archives]


def register(api: PluginAPI) -> None:
    api.generator(ArchivesGenerator(), "normal")
