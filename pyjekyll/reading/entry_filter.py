"""Which directory entries Jekyll reads: `include`/`exclude`, special and backup names."""
from __future__ import annotations

import fnmatch
import os
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjekyll.site import Site

_SPECIAL = re.compile(r"\A[._#~]")


class _PatternSet:
    """`include`/`exclude` patterns under one source folder, matched all at once.

    An entry matches when one pattern matches it as a glob (Ruby's File.fnmatch? without
    flags: `*` also crosses `/`, no brace expansion, leading dots match, as Python's
    fnmatchcase), is a prefix of it, or names it as a folder (`dir/`, then only when the
    entry is a folder). The globs are joined into one regular expression and the
    prefixes into one tuple, made once per site.
    """

    __slots__ = ("globs", "prefixes", "folders")

    def __init__(self, source: str, patterns: list[object]) -> None:
        with_source = [_join(source, p) for p in patterns if isinstance(p, str)]
        self.globs = re.compile("|".join(fnmatch.translate(p) for p in with_source)) if with_source else None
        self.prefixes = tuple(with_source)
        self.folders = frozenset(p for p in with_source if p.endswith("/"))

    def match(self, source: str, entry: str) -> bool:
        if self.globs is None:
            return False
        entry_with_source = _join(source, entry)
        if self.globs.match(entry_with_source) or entry_with_source.startswith(self.prefixes):
            return True
        return (bool(self.folders) and entry_with_source + "/" in self.folders
                and os.path.isdir(entry_with_source))


#: (source, patterns) -> their _PatternSet; a build makes one filter per folder it reads
_PATTERN_SETS: dict[tuple[str, tuple[object, ...]], _PatternSet] = {}


def _pattern_set(source: str, patterns: list[object]) -> _PatternSet:
    try:
        key = (source, tuple(patterns))
        found = _PATTERN_SETS.get(key)
    except TypeError:  # an unhashable pattern (a list in the config): not remembered
        return _PatternSet(source, patterns)
    if found is None:
        if len(_PATTERN_SETS) > 64:
            _PATTERN_SETS.clear()
        found = _PATTERN_SETS[key] = _PatternSet(source, patterns)
    return found


class EntryFilter:
    def __init__(self, site: Site, base_directory: str = "") -> None:
        self.site = site
        base = base_directory or ""
        if base.startswith(site.source):
            base = base[len(site.source):]
        self.base_directory = base
        self._include = list(site.include)
        self._exclude = [e for e in site.exclude if e not in self._include]
        self._include_set = _pattern_set(site.source, self._include)
        self._exclude_set = _pattern_set(site.source, self._exclude)

    def included(self, entry: str) -> bool:
        source = self.site.source
        return self._include_set.match(source, entry) or \
            self._include_set.match(source, os.path.basename(entry))

    def excluded(self, entry: str) -> bool:
        return self._exclude_set.match(self.site.source, _join(self.base_directory, entry))

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
