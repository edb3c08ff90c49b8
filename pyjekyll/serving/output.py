"""Cleanup and write for a rebuild: destinations already known, reused renders left on disk.

A full build's cleanup and writer compute every item's destination and compare every
output with the file on disk. A rebuild knows each item's destination from its key and
which renders it reused; a reused render's bytes are the ones the last good build left
in place, so only new renders (and files missing from the destination) are written.
Sites where two items share a destination take the ordinary path, whose order decides.

The destination's listing is remembered between rebuilds with the mtime of each of its
folders: a file added, removed or renamed in a folder changes that folder's mtime, so
when the list of destinations is the one of the last build and no folder's mtime moved,
the listing is still exact and nothing is obsolete; the folders are then stat'ed, not
walked.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pyjekyll.writing.writer import _write_bytes

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: a folder changed this recently may change again within the same tick of the file
#: system's clock, unseen: its mtime does not vouch for its listing yet
_SETTLE_NS = 50_000_000


@dataclass
class DestinationRecord:
    """What the last clean-and-write left in the destination."""

    #: every item's destination, in the order of `each_site_file`
    targets: list[str] = field(default_factory=list)
    #: the files and folders there (what `keep_files` protects left out)
    existing: set[str] = field(default_factory=set)
    #: folder -> its mtime (ns) when last seen; every folder `existing` lists, and the root
    folders: dict[str, int] = field(default_factory=dict)
    #: False when some folder's mtime was too recent to vouch for its listing
    settled: bool = False

    def still_current(self) -> bool:
        """True when no folder of the destination changed since it was recorded."""
        if not self.settled:
            return False
        stat = os.stat
        try:
            for folder, mtime in self.folders.items():
                if stat(folder).st_mtime_ns != mtime:
                    return False
        except OSError:
            return False
        return True

    def forget(self, path: str) -> None:
        """`path` was removed by the build itself (a static file's old copy)."""
        self.existing.discard(path)
        self.restamp(os.path.dirname(path))

    def restamp(self, folder: str) -> None:
        if folder in self.folders:
            self._stamp(folder)

    def _stamp(self, folder: str) -> None:
        try:
            mtime = os.stat(folder).st_mtime_ns
        except OSError:
            self.settled = False
            return
        self.folders[folder] = mtime
        if time.time_ns() - mtime < _SETTLE_NS:
            self.settled = False


class _Protected:
    """What `keep_files` protects in the destination: those paths and the folders above them."""

    def __init__(self, site: Site) -> None:
        dest = site.dest
        keep = [re.escape(k) for k in site.keep_files]
        self.pattern = re.compile(r"\A" + re.escape(dest) + "/(" + "|".join(keep) + ")") if keep else None
        self.parents: set[str] = set()
        for k in site.keep_files:
            self.parents.update(_parents(dest, site.in_dest_dir(k)))

    def __contains__(self, path: str) -> bool:
        return (self.pattern is not None and self.pattern.match(path) is not None) or path in self.parents


def _walk(site: Site) -> DestinationRecord:
    """The destination as it is: its files and folders, and each folder's mtime."""
    dest = site.dest
    record = DestinationRecord(settled=True)
    if not os.path.isdir(dest):
        return record
    protected = _Protected(site)
    existing = record.existing
    record._stamp(dest)
    for root, dirs, files in os.walk(dest):
        kept_dirs = []
        for name in dirs:
            path = os.path.join(root, name)
            if path in protected:
                if path in protected.parents:
                    kept_dirs.append(name)  # holds protected paths: look inside, list nothing
                    record._stamp(path)
                continue  # (everything under a protected folder is protected too)
            existing.add(path)
            kept_dirs.append(name)
            if not os.path.islink(path):
                record._stamp(path)
        dirs[:] = kept_dirs
        for name in files:
            path = os.path.join(root, name)
            if path not in protected:
                existing.add(path)
    return record


def _parents(dest: str, path: str) -> list[str]:
    parents = []
    root = dest + os.sep
    parent = path[:path.rfind(os.sep)]
    while parent != dest and parent.startswith(root):
        parents.append(parent)
        parent = parent[:parent.rfind(os.sep)]
    return parents


#: type -> True when its instances are rendered (pages, documents), False for copied files
_RENDERED: dict[type, bool] = {}


def _is_rendered(item: Any) -> bool:
    kind = type(item)
    known = _RENDERED.get(kind)
    if known is None:
        known = _RENDERED[kind] = hasattr(item, "output") and not hasattr(item, "modified_time")
    return known


def clean_and_write(site: Site, destinations: dict[int, str], fresh: set[int],
                    record: DestinationRecord | None) -> DestinationRecord | None:
    """Cleanup and write stages; None (having done nothing) when the ordinary ones must run.

    `destinations`: id of each rendered item -> its destination; `fresh`: ids of items
    rendered (not reused) in this build; `record`: what the last call returned, when
    `still_current` vouched for it at the start of this write stage. Returns the new record.
    """
    items = site.each_site_file()
    dest = site.dest
    targets: list[str] = []
    for item in items:
        if _is_rendered(item):
            path = destinations.get(id(item))
            if path is None:  # added while rendering (source maps)
                path = item.destination(dest)
        else:
            path = item.destination(dest)
        targets.append(path)
    if len(set(targets)) != len(targets):
        return None  # shared destinations: the writer reports them and its order decides
    if record is not None and record.targets == targets:
        # the destination holds exactly what the last build left: nothing is obsolete
        site.hooks.trigger("clean", "on_obsolete", [])
        site.existing_dest_files = record.existing
        _write(site, items, targets, fresh, record)
        return record
    record = _walk(site)
    existing = record.existing
    new_files = set(targets)
    new_dirs = {d for f in new_files for d in _parents(dest, f)}
    replaced = {d for d in new_dirs if (d in existing or site.keep_files) and os.path.isfile(d)}
    obsolete = sorted((existing - new_files - new_dirs) | replaced)
    site.hooks.trigger("clean", "on_obsolete", obsolete)
    root = dest.rstrip(os.sep) + os.sep
    for path in obsolete:
        if not path.startswith(root):
            continue
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
            prefix = path + os.sep
            for gone in [p for p in existing if p.startswith(prefix)]:
                existing.discard(gone)
                record.folders.pop(gone, None)
        elif os.path.lexists(path):
            os.remove(path)
        existing.discard(path)
        record.folders.pop(path, None)
        record.restamp(os.path.dirname(path))
    site.existing_dest_files = existing
    record.targets = targets
    _write(site, items, targets, fresh, record)
    return record


def _write(site: Site, items: list[Any], targets: list[str], fresh: set[int], record: DestinationRecord) -> None:
    """The write stage; files and folders it creates join the record."""
    dest = site.dest
    existing = record.existing
    hooks = site.hooks
    from pyjekyll.rendering.renderer import _hook_owner

    made_dirs: set[str] = set()
    touched: set[str] = set()
    owners = ["pages", "documents", *site.collections]
    watched = any(hooks.has(owner, "post_write") for owner in owners)
    folders = record.folders
    for item, path in zip(items, targets):
        if _is_rendered(item):
            present = path in existing and path not in folders
            if id(item) in fresh or not present:
                _write_bytes(path, (item.output or "").encode("utf-8", "surrogatepass"), may_exist=present,
                             made_dirs=made_dirs)
                if not present:
                    _created(dest, path, record, touched)
            if watched:
                for owner in _hook_owner(item):
                    hooks.trigger(owner, "post_write", item)
        elif item.write(dest):
            _created(dest, path, record, touched)
    for folder in touched:
        record._stamp(folder)
    hooks.trigger("site", "post_write", site)


def _created(dest: str, path: str, record: DestinationRecord, touched: set[str]) -> None:
    """`path` was (re)created: it and any new folders above it are listed, their folders re-stamped."""
    existing = record.existing
    existing.add(path)
    record.folders.pop(path, None)  # (a folder the write replaced)
    folder = os.path.dirname(path)
    while folder not in touched:
        touched.add(folder)
        if folder == dest or folder in existing or not folder.startswith(dest + os.sep):
            break
        existing.add(folder)
        folder = os.path.dirname(folder)
