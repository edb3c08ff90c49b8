"""Installed plugins (entry points), looked for cheaply before asking importlib.metadata.

Importing importlib.metadata and parsing the entry points of every installed
distribution costs a small build a noticeable share of its time, and almost no
installation has a pyjekyll plugin. The metadata folders importlib.metadata reads
(`*.dist-info` and `*.egg-info` on `sys.path`) are looked through first for the group's
name; only when it appears somewhere (or something here cannot be looked through: a
zip on the path, an egg, another finder of distributions) are the entry points read
properly.
"""
from __future__ import annotations

import os
import sys
from typing import Any

_METADATA_SUFFIXES = (".dist-info", ".egg-info")


def _only_path_finder() -> bool:
    """True when the standard path finder is the only finder that lists distributions."""
    from importlib.machinery import PathFinder

    return all(finder is PathFinder or not hasattr(finder, "find_distributions") for finder in sys.meta_path)


def _folder_may_declare(folder: str, group: str) -> bool:
    try:
        names = os.listdir(folder or ".")
    except NotADirectoryError:
        return True  # a zip file on the path: let importlib.metadata look inside
    except OSError:
        return False  # a missing folder holds no distributions
    if os.path.basename(folder).lower().endswith(".egg"):
        return True
    for name in names:
        low = name.lower()
        if low.endswith(".egg"):
            return True
        if low.endswith(_METADATA_SUFFIXES):
            try:
                with open(os.path.join(folder or ".", name, "entry_points.txt"), encoding="utf-8",
                          errors="replace") as fh:
                    if group in fh.read():
                        return True
            except OSError:
                continue
    return False


def may_have_entry_points(group: str) -> bool:
    """False only when no installed distribution can declare entry points in `group`."""
    if not _only_path_finder():
        return True
    return any(not isinstance(folder, str) or _folder_may_declare(folder, group) for folder in sys.path)


def entry_points_in(group: str) -> list[Any]:
    """importlib.metadata's entry points of `group` (none without reading them when none can exist)."""
    if not may_have_entry_points(group):
        return []
    from importlib.metadata import entry_points

    return list(entry_points(group=group))
