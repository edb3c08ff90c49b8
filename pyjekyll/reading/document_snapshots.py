"""Rebuilds skip reading documents whose file did not change.

Reading a document merges front matter defaults, dates from the file name, slug,
categories and tags: work that gives the same data as long as the file, the
configuration (one site keeps one configuration) and the build clock are the same.
A site that is built again keeps, per path, the data a read produced; a document
whose front matter cache entry is still the one read is then made from a copy of it,
without the constructor's own start on the data (which reading replaces anyway).
"""
from __future__ import annotations

import copy
import datetime as dt
import os
from typing import TYPE_CHECKING, Any, NamedTuple

from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.content.collection import Collection
    from pyjekyll.content.document import Document
    from pyjekyll.site import Site


class _Snapshot(NamedTuple):
    entry: Any
    clock: Any
    data: dict[str, Any]
    #: keys of `data` whose values are containers (copied for each document made from it)
    containers: tuple[str, ...]
    #: the excerpt the read cut from the body (None: the read ended without one)
    excerpt: str | None
    content: str
    body_line: int


class Restorer:
    """Makes the documents of one collection from their earlier reads, where those still hold.

    A read holds while the file, its front matter cache entry and the build clock are
    the ones of that read (and no `post_init` hook would have seen the document first).
    Files are stat'ed to tell, unless the site was told which files changed
    (`site.changed_paths`): then every other file in a folder the watcher sees (reached
    from the source without a symlink) is taken as unchanged.
    """

    def __init__(self, site: Site, collection: Collection) -> None:
        from pyjekyll.content.document import Document
        from pyjekyll.content.excerpt import Excerpt

        self.site = site
        self.collection = collection
        self._snapshots: dict[str, _Snapshot] = site.read_snapshots
        self._cache: dict[str, Any] = site.front_matter_cache
        self._clock = site.time
        self._changed: frozenset[str] | None = site.changed_paths
        #: folder -> True when it is reached from the source without a symlink (so a watcher
        #: of the source sees changes in it)
        self._watched_folders: dict[str, bool] = {}
        self._source = site.source
        self._real_source = os.path.realpath(site.source) if self._changed is not None else site.source
        hooks = site.hooks
        self._watched = hooks.has(collection.label, "post_init") or hooks.has("documents", "post_init")
        self._document = Document
        self._excerpt = Excerpt

    def restore(self, path: str) -> Document | None:
        """The document at `path` as its earlier read made it; None when it must be read."""
        snap = self._snapshots.get(path)
        if snap is None or self._watched or self._cache.get(path) is not snap.entry:
            return None
        if snap.clock is not self._clock and snap.clock != self._clock:
            return None
        changed = self._changed
        if changed is None or path in changed or not self._seen_by_watcher(path):
            try:
                st = os.stat(path)
            except OSError:
                return None
            if snap.entry[0] != (st.st_mtime_ns, st.st_size):
                return None
        data = dict(snap.data)
        for key in snap.containers:
            data[key] = _copied(data[key])
        doc = self._document.from_earlier_read(path, self.site, self.collection, data, snap.content,
                                               snap.body_line)
        if snap.excerpt is not None:
            data["excerpt"] = self._excerpt.with_content(doc, snap.excerpt)
        return doc

    def _seen_by_watcher(self, path: str) -> bool:
        folder = path.rpartition(os.sep)[0]
        known = self._watched_folders.get(folder)
        if known is None:
            source = self._source
            inside = folder == source or folder.startswith(source + os.sep)
            known = inside and os.path.realpath(folder) == self._real_source + folder[len(source):]
            self._watched_folders[folder] = known
        return known


def read_document(doc: Document) -> None:
    """`doc.read()`, keeping what it gave for a `Restorer` in later builds."""
    site = doc.site
    snapshots: dict[str, _Snapshot] = site.read_snapshots
    path = doc.path
    warnings = len(logger.warnings)
    doc.read()
    entry = site.front_matter_cache.get(path)
    if entry is None or len(logger.warnings) != warnings:
        snapshots.pop(path, None)
        return
    from pyjekyll.content.excerpt import Excerpt

    data = doc.data
    excerpt = data.get("excerpt")
    cut = type(excerpt) is Excerpt and next(reversed(data)) == "excerpt"
    kept = copy.deepcopy({k: v for k, v in data.items() if not (cut and k == "excerpt")})
    containers = tuple(k for k, v in kept.items() if type(v) not in _IMMUTABLE_TYPES)
    snapshots[path] = _Snapshot(entry, site.time, kept, containers, excerpt.content if cut else None,
                                doc.content, doc.body_line)


#: values shared between copies as they are (they cannot be changed in place)
_IMMUTABLE = (str, int, float, bool, type(None), dt.datetime, dt.date)


_IMMUTABLE_TYPES = frozenset(_IMMUTABLE)


def _copied(value: Any) -> Any:
    """A deep copy of front matter data (YAML gives dicts, lists and immutable scalars)."""
    kind = type(value)
    if kind in _IMMUTABLE_TYPES:
        return value
    if kind is dict:
        shared = _IMMUTABLE_TYPES
        return {k: v if type(v) in shared else _copied(v) for k, v in value.items()}
    if kind is list:
        shared = _IMMUTABLE_TYPES
        return [v if type(v) in shared else _copied(v) for v in value]
    if isinstance(value, _IMMUTABLE):
        return value
    return copy.deepcopy(value)
