"""Map a request path to a file inside the built site, as Jekyll's dev server does.

The site is mounted under `baseurl`; folders answer with their index file; a missing
`/name` falls back to `/name.html` (then `.xhtml`), the way GitHub Pages serves
extensionless URLs. Nothing outside the destination is ever returned: `..` segments,
encoded or not, are refused, and symlinks are followed only when they stay inside.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import unquote

DIRECTORY_INDEX = ("index.htm", "index.html", "index.rhtml", "index.xht", "index.xhtml",
                   "index.cgi", "index.xml", "index.json")
_HIDDEN_PREFIXES = (".ht", "~")


@dataclass(frozen=True)
class Resolution:
    """What to answer: a file, a directory listing, a redirect, or an error status."""

    status: int
    path: str | None = None
    location: str | None = None
    listing: bool = False


class SiteFiles:
    """Resolves URLs against one destination folder mounted at one base URL."""

    def __init__(self, root: str, baseurl: str = "", *, show_dir_listing: bool = False) -> None:
        self.root = os.path.realpath(root)
        self.baseurl = "/" + baseurl.strip("/") if baseurl.strip("/") else ""
        self.show_dir_listing = show_dir_listing

    def _inside(self, path: str) -> bool:
        real = os.path.realpath(path)
        return real == self.root or real.startswith(self.root + os.sep)

    def resolve(self, target: str) -> Resolution:
        raw, query = _split_target(target)
        if raw is None:
            return Resolution(400)
        if self.baseurl:
            if raw == self.baseurl:
                return Resolution(301, location=raw + "/" + query)
            if not raw.startswith(self.baseurl + "/"):
                return Resolution(404)
            raw = raw[len(self.baseurl):]
        decoded = unquote(raw, errors="strict") if "%" in raw else raw
        if "\0" in decoded or "\\" in decoded:
            return Resolution(403)
        segments = decoded.split("/")
        if any(s in ("..", ".") for s in segments):
            return Resolution(403)
        names = [s for s in segments if s]
        if any(n.startswith(_HIDDEN_PREFIXES) for n in names):
            return Resolution(404)
        path = os.path.join(self.root, *names)
        if os.path.lexists(path) and not self._inside(path):
            return Resolution(403)
        if os.path.isdir(path):
            if not decoded.endswith("/"):
                return Resolution(301, location=(self.baseurl + raw) + "/" + query)
            if self.show_dir_listing:
                return Resolution(200, path=path, listing=True)
            for index in DIRECTORY_INDEX:
                candidate = os.path.join(path, index)
                if os.path.isfile(candidate) and self._inside(candidate):
                    return Resolution(200, path=candidate)
            return Resolution(404)
        if os.path.isfile(path):
            return Resolution(200, path=path)
        if names and not decoded.endswith("/"):
            for ext in (".html", ".xhtml"):
                candidate = path + ext
                if os.path.isfile(candidate):
                    return Resolution(200, path=candidate) if self._inside(candidate) else Resolution(403)
        return Resolution(404)

    def not_found_page(self) -> str | None:
        path = os.path.join(self.root, "404.html")
        return path if os.path.isfile(path) and self._inside(path) else None


def _split_target(target: str) -> tuple[str | None, str]:
    """The path and `?query` of a request target (origin or absolute form)."""
    if not target.startswith("/"):
        scheme_end = target.find("://")
        if scheme_end < 0:
            return None, ""
        slash = target.find("/", scheme_end + 3)
        target = target[slash:] if slash >= 0 else "/"
    cut = len(target)
    for mark in ("?", "#"):
        i = target.find(mark)
        if 0 <= i < cut:
            cut = i
    query = target[cut:] if cut < len(target) and target[cut] == "?" else ""
    if "#" in query:
        query = query[: query.index("#")]
    return target[:cut], query
