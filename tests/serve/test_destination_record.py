"""Rebuilds remember the destination's listing; changes made to it behind their back still count.

The write stage of a rebuild skips walking the destination when no folder's mtime
moved since the last build. Whatever someone does in the destination between two
rebuilds (remove an output, add a stray file or folder, replace a file by a folder)
must still end in the same `_site` as a clean build.
"""
from __future__ import annotations

import os
import shutil
import time

import pytest

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.incremental import IncrementalBuilder
from .sample_site import write_site

PINNED = {"time": "2024-03-01 12:00:00 +0000"}


def _tree(root: str) -> dict[str, bytes | None]:
    files: dict[str, bytes | None] = {}
    for base, dirs, names in os.walk(root):
        for name in dirs:
            files[os.path.relpath(os.path.join(base, name), root) + "/"] = None
        for name in names:
            with open(os.path.join(base, name), "rb") as fh:
                files[os.path.relpath(os.path.join(base, name), root)] = fh.read()
    return files


def _settle() -> None:
    # folders changed within the file system's clock tick are walked anyway: wait it out,
    # so the next rebuild takes the path that trusts the remembered listing
    time.sleep(0.06)


def _remove_output(dest: str) -> None:
    os.remove(os.path.join(dest, "about.html"))


def _add_stray_file(dest: str) -> None:
    with open(os.path.join(dest, "assets", "stray.txt"), "w") as fh:
        fh.write("not from the site\n")


def _add_stray_folder(dest: str) -> None:
    os.makedirs(os.path.join(dest, "2024", "01", "stray"))


def _file_becomes_folder(dest: str) -> None:
    path = os.path.join(dest, "plain.html")
    os.remove(path)
    os.makedirs(os.path.join(path, "inner"))


def _remove_folder(dest: str) -> None:
    shutil.rmtree(os.path.join(dest, "notes"))


@pytest.mark.parametrize("meddle", [_remove_output, _add_stray_file, _add_stray_folder, _file_becomes_folder,
                                    _remove_folder])
def test_changes_to_the_destination_are_undone_like_a_clean_build(tmp_path, meddle) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    dest = str(tmp_path / "inc")
    builder = IncrementalBuilder(load_site({"source": source, "destination": dest, "quiet": True}))
    builder.build()
    _settle()
    builder.build()  # walks once more and records a settled listing
    _settle()
    with open(os.path.join(source, "_posts", "2024-01-02-second.md"), "a") as fh:
        fh.write("\nMore words.\n")
    builder.build()
    assert builder._destination is not None and builder._destination.settled
    meddle(dest)
    with open(os.path.join(source, "_posts", "2024-01-02-second.md"), "a") as fh:
        fh.write("\nEven more words.\n")
    builder.build()
    full = str(tmp_path / "full")
    load_site({"source": source, "destination": full, "quiet": True, **PINNED}).process()
    assert _tree(dest) == _tree(full)


def test_a_body_edit_trusts_the_remembered_listing(tmp_path, monkeypatch) -> None:
    """The short path is taken (no walk) and still writes the edited page."""
    import pyjekyll.serving.output as output

    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    dest = str(tmp_path / "inc")
    builder = IncrementalBuilder(load_site({"source": source, "destination": dest, "quiet": True}))
    builder.build()
    _settle()
    builder.build()
    _settle()
    walks: list[str] = []
    real_walk = output._walk
    monkeypatch.setattr(output, "_walk", lambda site: walks.append(site.dest) or real_walk(site))
    with open(os.path.join(source, "about.md"), "a") as fh:
        fh.write("\nA new line.\n")
    builder.build()
    assert walks == []
    with open(os.path.join(dest, "about.html"), encoding="utf-8") as fh:
        assert "A new line." in fh.read()
