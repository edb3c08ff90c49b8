"""Rebuilds skip listing source folders whose entries did not change.

Walking `_posts` (thousands of files) and passing every name through the entry filter
gives the same answer as long as no entry was added, removed or renamed in any folder
of the walk, and each of those changes that folder's mtime. A site that is built
again keeps, per walked folder, the filtered listing and the mtimes of the folders it
came from; the next build stats those folders instead of listing them.
"""
from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Callable, NamedTuple

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: a folder changed this recently may change again within the same tick of the file
#: system's clock, unseen: its listing is not kept
_SETTLE_NS = 50_000_000


class _Listing(NamedTuple):
    #: (folder, mtime in ns) for every folder the walk went through
    folders: tuple[tuple[str, int], ...]
    entries: tuple[str, ...]


def _unchanged(folders: tuple[tuple[str, int], ...]) -> bool:
    stat = os.stat
    try:
        for folder, mtime in folders:
            if stat(folder).st_mtime_ns != mtime:
                return False
    except OSError:
        return False
    return True


def filtered_walk(site: Site, base: str, keep: Callable[[list[str]], list[str]]) -> list[str]:
    """`keep(walk_files(base))`, or what it gave last time when no folder of the walk changed.

    `keep` must depend on nothing but the names and the configuration (safe mode, which
    follows where symlinks point, is never kept).
    """
    from pyjekyll.reading.reader import walk_files

    if not site.keep_read_caches or site.safe:
        return keep(walk_files(base))
    listings: dict[str, _Listing] = site.source_listings
    known = listings.get(base)
    if known is not None and _unchanged(known.folders):
        return list(known.entries)
    folders: list[tuple[str, int]] = []
    names = walk_files(base, folders)
    entries = keep(names)
    settled = time.time_ns() - _SETTLE_NS
    if all(mtime < settled for _, mtime in folders):
        listings[base] = _Listing(tuple(folders), tuple(entries))
    else:
        listings.pop(base, None)
    return entries
