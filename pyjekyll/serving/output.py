"""Cleanup and write for a rebuild: destinations already known, reused renders left on disk.

A full build's cleanup and writer compute every item's destination and compare every
output with the file on disk. A rebuild knows each item's destination from its key and
which renders it reused; a reused render's bytes are the ones the last good build left
in place, so only new renders (and files missing from the destination) are written.
Sites where two items share a destination take the ordinary path, whose order decides.
"""
from __future__ import annotations

import os
import re
import shutil
from typing import TYPE_CHECKING

from pyjekyll.writing.writer import _write_bytes

if TYPE_CHECKING:
    from pyjekyll.site import Site


def _existing_files(site: Site) -> set[str]:
    """Everything in the destination except what `keep_files` protects (and its folders)."""
    dest = site.dest
    existing: set[str] = set()
    if not os.path.isdir(dest):
        return existing
    keep = [re.escape(k) for k in site.keep_files]
    keep_re = re.compile(r"\A" + re.escape(dest) + "/(" + "|".join(keep) + ")") if keep else None
    keep_dirs: set[str] = set()
    for k in site.keep_files:
        keep_dirs.update(_parents(dest, site.in_dest_dir(k)))
    for root, dirs, files in os.walk(dest):
        for name in dirs + files:
            path = os.path.join(root, name)
            if (keep_re is not None and keep_re.match(path)) or path in keep_dirs:
                continue
            existing.add(path)
    return existing


def _parents(dest: str, path: str) -> list[str]:
    parents = []
    parent = os.path.dirname(path)
    while parent != dest and parent.startswith(dest + os.sep):
        parents.append(parent)
        parent = os.path.dirname(parent)
    return parents


def clean_and_write(site: Site, destinations: dict[int, str], fresh: set[int]) -> bool:
    """Cleanup and write stages; False (having done nothing) when the ordinary ones must run.

    `destinations`: id of each rendered item -> its destination; `fresh`: ids of items
    rendered (not reused) in this build.
    """
    items = site.each_site_file()
    targets: list[str] = []
    for item in items:
        if hasattr(item, "output") and not hasattr(item, "modified_time"):
            path = destinations.get(id(item))
            if path is None:  # added while rendering (source maps)
                path = item.destination(site.dest)
        else:
            path = item.destination(site.dest)
        targets.append(path)
    if len(set(targets)) != len(targets):
        return False  # shared destinations: the writer reports them and its order decides
    dest = site.dest
    existing = _existing_files(site)
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
        elif os.path.lexists(path):
            os.remove(path)
        existing.discard(path)
    site.existing_dest_files = existing
    hooks = site.hooks
    from pyjekyll.rendering.renderer import _hook_owner

    for item, path in zip(items, targets):
        if hasattr(item, "output") and not hasattr(item, "modified_time"):
            if id(item) in fresh or path not in existing:
                _write_bytes(path, (item.output or "").encode("utf-8", "surrogatepass"), may_exist=path in existing)
            for owner in _hook_owner(item):
                hooks.trigger(owner, "post_write", item)
        else:
            item.write(dest)
    hooks.trigger("site", "post_write", site)
    return True
