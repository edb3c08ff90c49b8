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


def _folder_url(url: str) -> str:
    """The URL of the folder holding `url`, with a trailing slash."""
    folder = url.rsplit("/", 1)[0] if "/" in url else "."
    folder = folder or "/"
    return folder if folder.endswith("/") else folder + "/"


class ReadmeIndexGenerator:
    def generate(self, site: Site) -> None:
        if _option(site, "enabled") is False:
            return
        alternatives = "|".join(re.escape(e) for e in markdown_extensions(site))
        readme = re.compile(rf"/readme({alternatives})$", re.IGNORECASE)
        for static in [f for f in site.static_files if readme.search(f.relative_path)]:
            if self._has_index(site, _folder_url(static.url)):
                continue
            page = Page(site, static.base, static.dir_, static.name)
            page.data["permalink"] = _folder_url(static.url)
            site.pages.append(page)
            if _option(site, "remove_originals") is True:
                site.static_files.remove(static)
        if _option(site, "with_frontmatter") is True:
            for page in [p for p in site.pages if readme.search("/" + str(p.path))]:
                if not self._has_index(site, _folder_url(page.url)):
                    page.data["permalink"] = _folder_url(page.url)
                    page.reset_url()  # the URL follows the new permalink

    @staticmethod
    def _has_index(site: Site, folder: str) -> bool:
        pattern = re.compile("^" + re.escape(folder) + _INDEX_TAIL, re.IGNORECASE)
        return any(pattern.search(item.url) for item in [*site.pages, *site.static_files])


def register(api: PluginAPI) -> None:
    api.generator(ReadmeIndexGenerator(), "low")
