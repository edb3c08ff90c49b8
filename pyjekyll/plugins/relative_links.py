"""jekyll-relative-links 0.7: Markdown links to other source files (`[x](other.md)`,
`[x](other.md#part "Title")`, `[x]: other.md`) are rewritten to those files' URLs before
conversion. Run last among generators, so pages other plugins add are link targets too."""
from __future__ import annotations

import fnmatch
import os
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote_plus

from pyjekyll.content.document import Document
from pyjekyll.liquid.filters.uri import InvalidURIError, is_absolute
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.markdown_files import is_markdown
from pyjekyll.plugins.site_filters import filters_for

if TYPE_CHECKING:
    from pyjekyll.site import Site

_FRAGMENT = r"(#.+?|)?"  # always takes part: an absent fragment is ""
# The plugin's title pattern: a double-quoted title, or one opened with `"` and closed
# with `'` (its second branch); anything else stays part of the path.
_TITLE = r"""(\s+"(?:\\"|[^"])*(?<!\\)"|\s+"(?:\\'|[^'])*(?<!\\)')?"""
_INLINE = rf"\[(.*?)\]\(([^)]+?){_FRAGMENT}{_TITLE}\)"
_REFERENCE = rf"^\s*?\[(.*?)\]: (.+?){_FRAGMENT}{_TITLE}\s*?$"
#: groups 2-5 belong to an inline link, 6-9 to a reference definition
LINK = re.compile(f"({_INLINE}|{_REFERENCE})", re.MULTILINE | re.ASCII)


def _option(site: Site, key: str) -> Any:
    options = site.config.get("relative_links")
    return options.get(key) if isinstance(options, dict) else None


def _rewritable(path: str) -> bool:
    """Not a fragment and not a URL with a scheme."""
    if path.startswith("#"):
        return False
    try:
        return not is_absolute(path)
    except InvalidURIError:
        return True


def _from_root(path: str, base: str) -> str:
    """`path` (relative to the folder `base`, or to the root when it starts with "/"),
    as a path from the site root; resolved against the working folder as the plugin does."""
    cwd = os.getcwd()
    if path.startswith("/"):
        resolved = os.path.normpath(os.path.join(cwd, path[1:]))
    else:
        resolved = os.path.normpath(os.path.join(cwd, base, path))
    prefix = cwd.rstrip("/") + "/"
    return resolved[len(prefix):] if resolved.startswith(prefix) else resolved


def _refresh_excerpt(item: Any) -> None:
    """A document's excerpt was cut from the old text: cut it again."""
    if isinstance(item, Document) and item.data.get("excerpt"):
        from pyjekyll.content.excerpt import Excerpt

        item.data["excerpt"] = Excerpt(item)


class RelativeLinksGenerator:
    def generate(self, site: Site) -> None:
        if _option(site, "enabled") is False:
            return
        written_docs = [d for d in site.documents() if d.write_p()]
        items = list(site.pages)
        if _option(site, "collections") is True:
            items += written_docs
        targets: dict[str, Any] = {}
        for target in [*site.pages, *site.static_files, *written_docs]:
            key = target.relative_path
            targets.setdefault(key[1:] if key.startswith("/") else key, target)
        relative_url = filters_for(site).relative_url
        excluded = _option(site, "exclude")
        for item in items:
            if not is_markdown(site, item.extname) or item.content is None:
                continue
            if excluded and _matches_any(site, excluded, item.relative_path):
                continue
            base = os.path.dirname(item.relative_path)

            def rewrite(match: re.Match[str]) -> str:
                inline = match.group(2) is not None
                text, path, fragment, title = match.group(2, 3, 4, 5) if inline else match.group(6, 7, 8, 9)
                if not _rewritable(path):
                    return match.group(0)
                target = targets.get(unquote_plus(_from_root(path, base)))
                if target is None or not target.url:
                    return match.group(0)
                url = relative_url(target.url) + (fragment or "")
                return f"[{text}]({url}{title or ''})" if inline else f"\n[{text}]: {url}{title or ''}"

            item.content = LINK.sub(rewrite, item.content)
            _refresh_excerpt(item)


def _matches_any(site: Site, patterns: Any, relative_path: str) -> bool:
    entry = os.path.join(site.source, relative_path.lstrip("/"))
    for pattern in patterns if isinstance(patterns, list) else [patterns]:
        full = os.path.join(site.source, str(pattern).lstrip("/"))
        if fnmatch.fnmatchcase(entry, full) or entry.startswith(full):
            return True
    return False


def register(api: PluginAPI) -> None:
    api.generator(RelativeLinksGenerator(), "lowest")
