"""Digests of Liquid-visible values, so a later build can tell whether a value changed.

Drops are digested by identity (which page, document or collection they stand for),
never by content: what a template read inside a drop is recorded as its own read.
Values of unknown types digest to something unique, so they never compare equal
(an unknown value forces a re-render rather than risking a stale page).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from typing import Any, Callable

from pyjekyll.liquid.drops.base import Drop

Digest = bytes

_unique = itertools.count()

#: drops that are views computed from other drops (whose reads are recorded) and the
#: configuration: reads through them need no recording of their own
TRANSPARENT_DROP_MODULES = ("pyjekyll.plugins.seo_tag.",)


def is_transparent(drop: Any) -> bool:
    return type(drop).__module__.startswith(TRANSPARENT_DROP_MODULES)
_MAX_DEPTH = 64


def _identity_table() -> dict[type, Callable[[Any], str]]:
    from pyjekyll.liquid.drops.collection import CollectionDrop
    from pyjekyll.liquid.drops.document import DocumentDrop, ExcerptDrop
    from pyjekyll.liquid.drops.page import PageDrop
    from pyjekyll.liquid.drops.site import JekyllDrop, SiteDrop, ThemeDrop
    from pyjekyll.liquid.drops.static_file import StaticFileDrop

    return {
        DocumentDrop: lambda d: document_identity(d.doc),
        PageDrop: lambda d: f"page\0{d.page.relative_path}\0{d.page.url}",
        ExcerptDrop: lambda d: "excerpt" + document_identity(d.doc.doc)[3:],
        SiteDrop: lambda d: "site",
        StaticFileDrop: lambda d: f"static\0{d.file.relative_path}",
        CollectionDrop: lambda d: f"collection\0{d.collection.label}",
        JekyllDrop: lambda d: "jekyll",
        ThemeDrop: lambda d: "theme",
    }


def document_identity(doc: Any) -> str:
    """The identity of a document's drop (its excerpt's: "excerpt" in place of "doc")."""
    return f"doc\0{doc.collection.label}\0{doc.relative_path}"


#: drop type -> how to name what it stands for (filled on first use: the drop modules import late)
_IDENTITY: dict[type, Callable[[Any], str]] = {}


def drop_identity(drop: Any) -> str | None:
    """A name for what `drop` stands for, stable across builds; None when unknown."""
    name = _IDENTITY.get(type(drop))
    if name is None:
        if not _IDENTITY:
            _IDENTITY.update(_identity_table())
            name = _IDENTITY.get(type(drop))
        if name is None:
            return None
    return name(drop)


#: identity prefixes of drops that stand for one page, document or excerpt
ITEM_IDENTITY_PREFIXES = ("doc\0", "page\0", "excerpt\0")


class Fingerprinter:
    """Digests values; containers met again in the same build are digested once."""

    def __init__(self, *, excerpt_markers: bool = False) -> None:
        # An item's own excerpt follows from its own text: digest it as a marker.
        self._excerpt_markers = excerpt_markers
        # id -> (the object, kept alive so its id is not reused, digest)
        self._seen: dict[int, tuple[Any, Digest]] = {}

    def digest(self, value: Any) -> Digest:
        h = hashlib.blake2b(digest_size=16)
        self._feed(h, value, 0)
        return h.digest()

    def _feed(self, h: Any, value: Any, depth: int) -> None:
        if depth > _MAX_DEPTH:
            h.update(b"U%d" % next(_unique))
            return
        if value is None:
            h.update(b"N")
        elif value is True or value is False:
            h.update(b"T" if value else b"F")
        elif isinstance(value, str):
            data = value.encode("utf-8", "surrogatepass")
            h.update(b"S%d:" % len(data))
            h.update(data)
        elif isinstance(value, (int, float)):
            h.update(f"{type(value).__name__}:{value!r};".encode())
        elif isinstance(value, (list, tuple, dict)):
            h.update(self._container(value, depth))
        elif isinstance(value, Drop):
            ident = drop_identity(value)
            if ident is None:
                h.update(b"U%d" % next(_unique))
            else:
                data = ident.encode("utf-8", "surrogatepass")
                h.update(b"D%d:" % len(data))
                h.update(data)
        elif isinstance(value, (dt.datetime, dt.date, dt.time)):
            h.update(f"{type(value).__name__}:{value.isoformat()}:{getattr(value, 'tzinfo', None)};".encode())
        elif self._excerpt_markers and type(value).__name__ in ("Excerpt", "PageExcerpt"):
            h.update(b"E")
        else:
            h.update(b"U%d" % next(_unique))

    def _container(self, value: Any, depth: int) -> Digest:
        cached = self._seen.get(id(value))
        if cached is not None and cached[0] is value:
            return cached[1]
        h = hashlib.blake2b(digest_size=16)
        if isinstance(value, dict):
            h.update(b"H%d:" % len(value))
            for key, item in value.items():
                self._feed(h, key, depth + 1)
                self._feed(h, item, depth + 1)
        else:
            h.update(b"L%d:" % len(value))
            for item in value:
                self._feed(h, item, depth + 1)
        digest = h.digest()
        self._seen[id(value)] = (value, digest)
        return digest
