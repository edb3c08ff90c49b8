"""Which items' sources changed since the last build, and whether only their bodies did.

Front matter decides nearly everything about the site's shape: URLs, dates and so the
order of posts, tags, layouts, what is published. When the set of pages, documents,
static files and layouts is the same as last time and every changed file kept its
front matter, only the changed items' bodies (and what is rendered from them) can
differ; a rebuild may then trust every other item's drop values without asking. Any
other change, or a generator or hook the project does not ship, means "ask everything".

The front matter cache of the site tells which files were parsed again: an entry is
replaced exactly when its file's size or mtime changed, so an untouched file costs an
identity test.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from pyjekyll.content.document import Document
from pyjekyll.content.page import Page
from pyjekyll.serving.fingerprint import drop_identity

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: modules whose generators and hooks only derive an item from its own source and the
#: site's shape (the plugins the project ships)
_SHIPPED_PREFIX = "pyjekyll."


@dataclass
class SourceState:
    """The shape of the site at the end of a build, and the cache entry each item came from."""

    shape: tuple[Any, ...] = ()
    #: source path -> the front matter cache entry it was read from
    entries: dict[str, Any] = field(default_factory=dict)


@dataclass
class SourceChanges:
    """The answer for one build."""

    #: True when only bodies changed (see the module docstring)
    bodies_only: bool
    #: identities of the drops of items whose source changed (their documents and excerpts)
    dirty_idents: set[str] = field(default_factory=set)
    #: ids of the items read from an unchanged source: the only ones whose render may be
    #: reused without asking (changed, generated, paginated and later-added items are not)
    trusted: set[int] = field(default_factory=set)


def site_shape(site: Site) -> tuple[Any, ...]:
    """Everything whose change may reorder or rename items (cheap: no URL is computed)."""
    collections = tuple((label, tuple(d.relative_path for d in c.docs), tuple(f.relative_path for f in c.files))
                        for label, c in site.collections.items())
    pages = tuple((type(p).__name__, p.relative_path) for p in site.pages)
    statics = tuple(f.relative_path for f in site.static_files)
    return collections, pages, statics, tuple(site.layouts), _foreign_code(site)


def _foreign_code(site: Site) -> bool:
    """True when a generator or hook comes from outside the project (it may read anything)."""
    for gen in site.generators:
        kind = type(gen)
        if not kind.__module__.startswith(_SHIPPED_PREFIX) or kind.__name__ == "_FunctionGenerator":
            return True
    for entries in site.hooks._registry.values():
        for _, _, func in entries:
            if not str(getattr(func, "__module__", "") or "").startswith(_SHIPPED_PREFIX):
                return True
    return False


#: `site` values made from the set of items and their front matter alone
_SHAPE_SITE_READS = frozenset({"k:posts", "k:pages", "k:static_files", "k:tags", "k:categories",
                               "k:html_pages", "k:collections", "k:documents"})
#: the same for each collection's drop
_SHAPE_COLLECTION_READS = frozenset({"k:docs", "k:files"})


def shape_reads(site: Site) -> Callable[[tuple[Any, ...]], bool]:
    """Which recorded reads cannot change while the shape and all front matter stay.

    Lists of items digest to their members' identities and order; both follow from
    the shape and the front matter (dates order posts, tags and categories group
    them, permalinks name pages). A build where only bodies changed skips asking
    them again (asking means digesting thousands of drops).
    """
    site_reads = _SHAPE_SITE_READS | {"k:" + label for label in site.collections}

    def kept(slot: tuple[Any, ...]) -> bool:
        ident = slot[0]
        if ident == "site":
            return slot[1] in site_reads
        if ident.startswith("collection\0"):
            return slot[1] in _SHAPE_COLLECTION_READS
        return ident == "structure"

    return kept


def _source_path(item: Any) -> str | None:
    """The file an item was read from, for items read the plain way (None: generated)."""
    kind = type(item)
    if kind is Document:
        return item.path
    if kind is Page and item.pager is None:
        return item.path_on_disk
    return None


def compare(site: Site, previous: SourceState | None) -> tuple[SourceState, SourceChanges]:
    """The state of this build, and how it differs from `previous`."""
    cache = site.front_matter_cache
    shape = site_shape(site)
    entries: dict[str, Any] = {}
    bodies_only = previous is not None and previous.shape == shape and not shape[-1]
    changes = SourceChanges(bodies_only=bodies_only)
    old_entries = previous.entries if previous is not None else {}
    items: list[Any] = [d for c in site.collections.values() for d in c.docs]
    items.extend(site.pages)
    for item in items:
        path = _source_path(item)
        entry = cache.get(path) if path is not None else None
        if entry is None:
            if path is not None:
                changes.bodies_only = False  # read without the cache: its front matter is unknown
            _mark(changes, item)
            continue
        entries[path] = entry
        old = old_entries.get(path)
        if old is entry or (old is not None and old[0] == entry[0]):
            # not parsed again (or, after a restart, parsed from the same stamp)
            changes.trusted.add(id(item))
            continue
        if old is None or old[1] != entry[1] or old[3] != entry[3]:
            changes.bodies_only = False
        if old is None or old[2] != entry[2] or old[1] != entry[1]:
            _mark(changes, item)
        else:
            changes.trusted.add(id(item))  # touched, same text
    return SourceState(shape, entries), changes


def _mark(changes: SourceChanges, item: Any) -> None:
    changes.dirty_idents.update(item_idents(item))


def item_idents(item: Any) -> list[str]:
    """The identities of an item's drop and of its excerpt's drop."""
    idents = []
    ident = drop_identity(item.to_liquid())
    if ident is not None:
        idents.append(ident)
    excerpt = item.data.get("excerpt") if isinstance(item.data, dict) else None
    if excerpt is not None and hasattr(excerpt, "to_liquid"):
        ident = drop_identity(excerpt.to_liquid())
        if ident is not None:
            idents.append(ident)
    return idents
