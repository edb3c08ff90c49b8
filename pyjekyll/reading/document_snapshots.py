"""Rebuilds skip reading documents whose file did not change.

Reading a document merges front matter defaults, dates from the file name, slug,
categories and tags: work that gives the same data as long as the file, the
configuration (one site keeps one configuration) and the build clock are the same.
A site that is built again keeps, per path, the data a read produced; a document
whose front matter cache entry is still the one read then gets a copy of it.
"""
from __future__ import annotations

import copy
import datetime as dt
import os
from typing import TYPE_CHECKING, Any, NamedTuple

from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.content.document import Document


class _Snapshot(NamedTuple):
    entry: Any
    clock: Any
    data: dict[str, Any]
    #: the read ended by cutting an excerpt from the body (made again for each copy)
    excerpt: bool
    content: str
    body_line: int


def read_document(doc: Document) -> None:
    """`doc.read()`, or a copy of what it gave last time for the same file and clock."""
    site = doc.site
    snapshots: dict[str, _Snapshot] = site.read_snapshots
    path = doc.path
    cache = site.front_matter_cache
    snap = snapshots.get(path)
    if snap is not None and snap.clock == site.time and cache.get(path) is snap.entry:
        try:
            st = os.stat(path)
            current = snap.entry[0] == (st.st_mtime_ns, st.st_size)
        except OSError:
            current = False
        if current:
            _restore(doc, snap)
            return
    warnings = len(logger.warnings)
    doc.read()
    entry = cache.get(path)
    if entry is None or len(logger.warnings) != warnings:
        snapshots.pop(path, None)
        return
    from pyjekyll.content.excerpt import Excerpt

    data = doc.data
    excerpt = isinstance(data.get("excerpt"), Excerpt) and next(reversed(data)) == "excerpt"
    kept = {k: v for k, v in data.items() if not (excerpt and k == "excerpt")}
    snapshots[path] = _Snapshot(entry, site.time, copy.deepcopy(kept), excerpt, doc.content, doc.body_line)


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


def _restore(doc: Document, snap: _Snapshot) -> None:
    doc.data = _copied(snap.data)
    doc.content = snap.content
    doc.body_line = snap.body_line
    if snap.excerpt:
        from pyjekyll.content.excerpt import Excerpt

        doc.data["excerpt"] = Excerpt(doc)
