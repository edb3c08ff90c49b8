"""`build --incremental`: a new process picks up the recorded state and stays exact."""
from __future__ import annotations

import os
import time

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.incremental import IncrementalBuilder
from .sample_site import write_site

PINNED = {"time": "2024-03-01 12:00:00 +0000"}


def _tree(root: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for base, _dirs, names in os.walk(root):
        for name in names:
            with open(os.path.join(base, name), "rb") as fh:
                files[os.path.relpath(os.path.join(base, name), root)] = fh.read()
    return files


def test_a_restarted_builder_reuses_recorded_renders_and_matches_clean_builds(tmp_path) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    time.sleep(0.06)  # (files written within the file system's clock tick vouch for nothing yet)
    config = {"source": source, "destination": str(tmp_path / "inc"), "quiet": True}
    first = IncrementalBuilder(load_site(dict(config)), persist=True)
    first.build()  # (makes the cache folder in the site folder: a folder the stylesheet's imports watch)
    time.sleep(0.06)
    first.build()
    with open(os.path.join(source, "_posts", "2024-01-02-second.md"), "a", encoding="utf-8") as fh:
        fh.write("\nWritten while no builder ran.\n")
    restarted = IncrementalBuilder(load_site(dict(config)), persist=True)  # (a new process, as far as it knows)
    report = restarted.build()
    assert not report.full and report.reused > 0
    assert "assets/site.scss" not in report.rendered  # the stylesheet's recorded imports still hold
    full = str(tmp_path / "full")
    load_site({"source": source, "destination": full, "quiet": True, **PINNED}).process()
    assert _tree(config["destination"]) == _tree(full)
