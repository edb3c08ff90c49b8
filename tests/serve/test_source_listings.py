"""Rebuilds list a source folder again exactly when an entry in it (or below it) changed."""
from __future__ import annotations

import os
import time
from types import SimpleNamespace

from pyjekyll.reading.reader import walk_files
from pyjekyll.reading.source_listings import filtered_walk


def _site() -> SimpleNamespace:
    return SimpleNamespace(keep_read_caches=True, safe=False, source_listings={})


def _touch(path: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write("x")


def test_listing_follows_additions_removals_and_renames_at_any_depth(tmp_path) -> None:
    base = str(tmp_path / "_posts")
    for name in ("2024-01-01-a.md", "sub/2024-01-02-b.md", "sub/deeper/2024-01-03-c.md"):
        _touch(os.path.join(base, name))
    site = _site()
    calls: list[int] = []

    def keep(names: list[str]) -> list[str]:
        calls.append(1)
        return [n for n in names if n.endswith(".md")]

    def check() -> None:
        time.sleep(0.06)  # (past the settle time: the listing may be kept)
        assert filtered_walk(site, base, keep) == keep(walk_files(base))

    check()
    kept_calls = len(calls)
    assert filtered_walk(site, base, keep) == sorted(keep(walk_files(base)))
    assert len(calls) == kept_calls + 1  # only the comparison listed: the walk was kept
    _touch(os.path.join(base, "sub", "deeper", "2024-01-04-d.md"))
    check()
    os.remove(os.path.join(base, "sub", "2024-01-02-b.md"))
    check()
    os.rename(os.path.join(base, "2024-01-01-a.md"), os.path.join(base, "2024-01-01-z.md"))
    check()
    os.makedirs(os.path.join(base, "new", "folder"))
    _touch(os.path.join(base, "new", "folder", "2024-02-01-e.md"))
    check()


def test_a_listing_made_while_its_folder_was_changing_is_not_kept(tmp_path) -> None:
    base = str(tmp_path / "_posts")
    _touch(os.path.join(base, "2024-01-01-a.md"))
    site = _site()
    filtered_walk(site, base, list)  # the folder changed just now: its mtime vouches for nothing yet
    assert base not in site.source_listings
    time.sleep(0.06)
    filtered_walk(site, base, list)
    assert base in site.source_listings


def test_safe_mode_and_one_shot_builds_keep_nothing(tmp_path) -> None:
    base = str(tmp_path / "_posts")
    _touch(os.path.join(base, "2024-01-01-a.md"))
    time.sleep(0.06)
    for site in (SimpleNamespace(keep_read_caches=False, safe=False, source_listings={}),
                 SimpleNamespace(keep_read_caches=True, safe=True, source_listings={})):
        assert filtered_walk(site, base, list) == ["2024-01-01-a.md"]
        assert site.source_listings == {}
