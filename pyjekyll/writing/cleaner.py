"""The cleanup stage: delete destination files no page, document or static file produced.

Only paths inside the destination are ever removed; `keep_files` and hidden entries
are left alone, as Jekyll does.
"""
from __future__ import annotations

import os
import re
import shutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjekyll.site import Site


def _parent_dirs(site: Site, path: str) -> list[str]:
    parents = []
    parent = os.path.dirname(path)
    while parent != site.dest and parent.startswith(site.dest + os.sep):
        parents.append(parent)
        parent = os.path.dirname(parent)
    return parents


def obsolete_files(site: Site) -> list[str]:
    dest = site.dest
    if not os.path.isdir(dest):
        site.existing_dest_files = set()
        return []
    keep = [re.escape(k) for k in site.keep_files]
    keep_re = re.compile(r"\A" + re.escape(dest) + "/(" + "|".join(keep) + ")") if keep else None
    keep_dirs = {d for k in site.keep_files for d in _parent_dirs(site, site.in_dest_dir(k))}
    existing: set[str] = set()
    for root, dirs, files in os.walk(dest):
        for name in dirs + files:
            path = os.path.join(root, name)
            if keep_re is not None and keep_re.match(path):
                continue
            if path in keep_dirs:
                continue
            existing.add(path)
    site.existing_dest_files = existing  # the writer skips comparing files that do not exist
    new_files = {item.destination(dest) for item in site.each_site_file()}
    new_dirs = {d for f in new_files for d in _parent_dirs(site, f)}
    replaced = {d for d in new_dirs if os.path.isfile(d)}
    obsolete = (existing - new_files - new_dirs) | replaced
    site.hooks.trigger("clean", "on_obsolete", sorted(obsolete))
    return sorted(obsolete)


def cleanup(site: Site) -> None:
    dest = site.dest.rstrip(os.sep)
    for path in obsolete_files(site):
        if not path.startswith(dest + os.sep):
            continue
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.remove(path)
