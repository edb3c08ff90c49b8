"""Which directory entries Jekyll reads: `include`/`exclude`, special and backup names."""
from __future__ import annotations

import fnmatch
import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjekyll.site import Site

_SPECIAL = re.compile(r"\A[._#~]")


def ruby_fnmatch(pattern: str, path: str) -> bool:
    """File.fnmatch? without flags: `*` also crosses `/`, no brace expansion, leading dots match."""
    return fnmatch.fnmatchcase(path, pattern)


class EntryFilter:
    def __init__(self, site: Site, base_directory: str = "") -> None:
        self.site = site
        base = base_directory or ""
        if base.startswith(site.source):
            base = base[len(site.source):]
        self.base_directory = base
        self._include = list(site.include)
        self._exclude = [e for e in site.exclude if e not in self._include]

    def _glob_include(self, patterns: list[str], entry: str) -> bool:
        source = self.site.source
        entry_with_source = _join(source, entry)
        is_dir = None
        for pattern in patterns:
            if not isinstance(pattern, str):
                continue
            pattern_with_source = _join(source, pattern)
            if ruby_fnmatch(pattern_with_source, entry_with_source) or \
                    entry_with_source.startswith(pattern_with_source):
                return True
            if pattern_with_source.endswith("/"):
                if is_dir is None:
                    is_dir = os.path.isdir(entry_with_source)
                if is_dir and pattern_with_source == entry_with_source + "/":
                    return True
        return False

    def included(self, entry: str) -> bool:
        return self._glob_include(self._include, entry) or \
            self._glob_include(self._include, os.path.basename(entry))

    def excluded(self, entry: str) -> bool:
        return self._glob_include(self._exclude, _join(self.base_directory, entry))

    def special(self, entry: str) -> bool:
        return bool(_SPECIAL.match(entry) or _SPECIAL.match(os.path.basename(entry)))

    def symlink(self, path: str) -> bool:
        if not self.site.safe or not os.path.islink(path):
            return False
        return not os.path.realpath(path).startswith(self.site.source)

    def filter(self, entries: list[str], cwd: str | None = None) -> list[str]:
        result = []
        for e in entries:
            if e.endswith("."):
                continue
            inc = self.included(e)
            if self.excluded(e) and not inc:
                continue
            if self.symlink(os.path.join(cwd, e) if cwd else e):
                continue
            if not inc and (self.special(e) or e.endswith("~")):
                continue
            result.append(e)
        return result


def _join(base: str, item: str) -> str:
    """Ruby's File.join of two parts: exactly one slash between them."""
    if not base:
        return "/" + item.lstrip("/") if item else ""
    if not item:
        return base
    return base.rstrip("/") + "/" + item.lstrip("/")
