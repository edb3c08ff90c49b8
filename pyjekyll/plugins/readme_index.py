"""jekyll-readme-index 0.3: a README becomes its folder's index when the folder has none."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import Page
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.markdown_files import markdown_extensions

if TYPE_CHECKING:
    from pyjekyll.site import Site

_INDEX_TAIL = r"(?:$|index\.(html?|xhtml|xml)$)"


def _option(site: Site, key: str) -> Any:
    options = site.config.get("readme_index")
    return options.get(key) if isinstance(options, dict) else None


def _parent(url: str) -> str:
    """The folder part of `url` as Ruby's File.dirname gives it: trailing slashes are
    ignored ("/docs/readme/" -> "/docs") and the root stays "/"."""
    trimmed = url.rstrip("/")
    if not trimmed:
        return "/" if url else "."
    head = trimmed.rpartition("/")[0]
    if not head:
        return "/" if trimmed.startswith("/") else "."
    return head.rstrip("/") or "/"


def _index_permalink(url: str) -> str:
    """The permalink the plugin gives a README: its folder plus "/", which is "//" at the
    root (the URL still comes out as "/")."""
    return _parent(url) + "/"


def _folder(url: str) -> str:
    """The folder of `url` with one trailing slash, as the index lookup wants it."""
    parent = _parent(url)
    return parent if parent.endswith("/") else parent + "/"


class ReadmeIndexGenerator:
    def generate(self, site: Site) -> None:
        if _option(site, "enabled") is False:
            return
        alternatives = "|".join(re.escape(e) for e in markdown_extensions(site))
        readme = re.compile(rf"/readme({alternatives})$", re.IGNORECASE)
        for static in [f for f in site.static_files if readme.search(f.relative_path)]:
            if self._has_index(site, _folder(static.url)):
                continue
            page = Page(site, static.base, static.dir_, static.name)
            page.data["permalink"] = _index_permalink(static.url)
            site.pages.append(page)
            if _option(site, "remove_originals") is True:
                site.static_files.remove(static)
        if _option(site, "with_frontmatter") is True:
            for page in [p for p in site.pages if readme.search("/" + str(p.path))]:
                if not self._has_index(site, _folder(page.url)):
                    page.data["permalink"] = _index_permalink(page.url)
                    page.reset_url()  # the URL follows the new permalink

    @staticmethod
    def _has_index(site: Site, folder: str) -> bool:
        pattern = re.compile("^" + re.escape(folder) + _INDEX_TAIL, re.IGNORECASE)
        return any(pattern.search(item.url) for item in [*site.pages, *site.static_files])


def register(api: PluginAPI) -> None:
    api.generator(ReadmeIndexGenerator(), "low")
