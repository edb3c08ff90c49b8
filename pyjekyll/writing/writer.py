"""The write stage: every page, document and static file to the destination."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.site import Site


def report_conflicts(site: Site, items: list[Any]) -> None:
    seen: dict[str, list[str]] = {}
    for item in items:
        data = getattr(item, "data", None)
        if isinstance(data, dict) and data.get("allow_used_permalink"):
            continue
        seen.setdefault(item.destination(site.dest), []).append(item.path)
    for dest, paths in seen.items():
        if len(paths) > 1:
            logger.warn("Conflict:", "The following destination is shared by multiple files.")
            logger.warn("", "The written file may end up with unexpected contents.")
            logger.warn("", dest)
            for path in paths:
                logger.warn("", f" - {path}")
            logger.warn("", "")


def write_site(site: Site) -> None:
    items = site.each_site_file()
    report_conflicts(site, items)
    owners_for = _hook_owners
    # Files the cleanup stage saw in the destination (None: unknown, so check each one).
    existing = getattr(site, "existing_dest_files", None)
    made_dirs: set[str] = set()
    for item in items:
        if hasattr(item, "output") and not hasattr(item, "modified_time"):
            path = item.destination(site.dest)
            _write_bytes(path, (item.output or "").encode("utf-8", "surrogatepass"),
                         may_exist=existing is None or path in existing, made_dirs=made_dirs)
            for owner in owners_for(item):
                site.hooks.trigger(owner, "post_write", item)
        else:
            item.write(site.dest)


def _write_bytes(path: str, data: bytes, may_exist: bool = True, made_dirs: set[str] | None = None) -> None:
    """Write only when the bytes change, so unchanged files keep their mtime.

    `made_dirs` remembers the folders this write stage has made sure of, so files that
    share a folder cost one `makedirs` between them.
    """
    if may_exist:
        try:
            with open(path, "rb") as fh:
                if fh.read() == data:
                    return
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            pass
    parent = os.path.dirname(path)
    if made_dirs is None or parent not in made_dirs:
        os.makedirs(parent, exist_ok=True)
        if made_dirs is not None:
            made_dirs.add(parent)
    if os.path.isdir(path):
        import shutil

        shutil.rmtree(path)
        if made_dirs is not None:  # (folders under it are gone too)
            made_dirs.difference_update([d for d in made_dirs if d == path or d.startswith(path + os.sep)])
    with open(path, "wb") as fh:
        fh.write(data)


def _hook_owners(item: Any) -> tuple[str, ...]:
    from pyjekyll.rendering.renderer import _hook_owner

    return _hook_owner(item)
