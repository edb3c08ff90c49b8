"""Adds one feed page per configured collection, category and tag."""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import PageWithoutAFile
from pyjekyll.log import logger
from pyjekyll.plugins.feed.template import FEED_TEMPLATE

if TYPE_CHECKING:
    from pyjekyll.site import Site

_PLAIN_TAG = re.compile(r"[^a-zA-Z0-9_]")
_PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


class FeedGenerator:
    """The `feed:` settings decide which feeds exist; an existing source file wins."""

    def generate(self, site: Site) -> None:
        config = site.config.get("feed") or {}
        if not isinstance(config, dict):
            config = {}
        if config.get("disable_in_development") and os.environ.get("JEKYLL_ENV", "development") == "development":
            logger.info("Jekyll Feed:", "Skipping feed generation in development")
            return
        collections = feed_collections(config)
        if config.get("path") in (None, False) and collections["posts"].get("path") not in (None, False):
            config["path"] = collections["posts"]["path"]  # {% feed_meta %} links here then
        for name, meta in collections.items():
            logger.info("Jekyll Feed:", f"Generating feed for {name}")
            for category in [*meta["categories"], None]:
                path = feed_path(meta, name, category)
                if not _exists(site, path):
                    site.pages.append(make_feed_page(site, path, collection=name, category=category))
        tags_setting = config.get("tags")
        if tags_setting not in (None, False) and site.post_attr_hash("tags"):
            self._tag_feeds(site, tags_setting)

    def _tag_feeds(self, site: Site, setting: Any) -> None:
        options = setting if isinstance(setting, dict) else {}
        except_tags = options.get("except") or []
        only = options.get("only") or list(site.post_attr_hash("tags"))
        folder = options.get("path") or "/feed/by_tag/"
        for tag in (t for t in only if t not in except_tags):
            if _PLAIN_TAG.search(str(tag)):
                continue
            logger.info("Jekyll Feed:", f"Generating feed for posts tagged {tag}")
            path = f"{folder}{tag}.xml"
            if not _exists(site, path):
                site.pages.append(make_feed_page(site, path, tags=tag))


def feed_collections(config: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """`{label: {"path": ..., "categories": [...]}}`, posts always included (last if unlisted)."""
    setting = config.get("collections")
    if isinstance(setting, list):
        raw: dict[str, Any] = {str(c): {} for c in setting}
    elif isinstance(setting, dict):
        raw = {str(k): v for k, v in setting.items()}
    else:
        raw = {}
    result: dict[str, dict[str, Any]] = {}
    for name, meta in raw.items():
        result[name] = dict(meta) if isinstance(meta, dict) else {}
    posts = result.setdefault("posts", {})
    if posts.get("path") in (None, False):
        posts["path"] = config.get("path")
    if posts.get("categories") in (None, False):
        posts["categories"] = config.get("categories")
    for meta in result.values():
        meta["categories"] = list(dict.fromkeys(meta.get("categories") or []))
    return result


def feed_path(meta: dict[str, Any], collection: str, category: Any) -> str:
    prefix = "/feed" if collection == "posts" else f"/feed/{collection}"
    if category is not None:
        return f"{prefix}/{category}.xml"
    path = meta.get("path")
    return str(path) if path not in (None, False) else f"{prefix}.xml"


def _exists(site: Site, path: str) -> bool:
    return os.path.exists(site.in_source_dir(path))


def make_feed_page(site: Site, path: str, *, collection: str = "posts", category: Any = None,
                   tags: Any = None) -> PageWithoutAFile:
    data = {"layout": None, "sitemap": False, "xsl": _exists(site, "feed.xslt.xml"),
            "collection": collection, "category": category, "tags": tags}
    return PageWithoutAFile(site, _PLUGIN_DIR, "", path, FEED_TEMPLATE, data)
