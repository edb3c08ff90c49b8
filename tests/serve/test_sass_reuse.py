"""Stylesheet pages are reused while nothing they import (or could import instead) changed."""
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


def _write(path: str, text: str) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def _rebuild_matches_clean_build(tmp_path, builder: IncrementalBuilder, source: str) -> list[str]:
    rendered = builder.build().rendered
    full = str(tmp_path / "full")
    load_site({"source": source, "destination": full, "quiet": True, **PINNED}).process()
    assert _tree(builder.site.dest) == _tree(full)
    return rendered


def test_stylesheets_are_reused_and_follow_their_imports(tmp_path) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    builder = IncrementalBuilder(load_site({"source": source, "destination": str(tmp_path / "inc"), "quiet": True}))
    builder.build()
    time.sleep(0.06)  # (stamps made within the file system's clock tick vouch for nothing)
    builder.build()
    with open(os.path.join(source, "about.md"), "a", encoding="utf-8") as fh:
        fh.write("\nMore.\n")
    rendered = _rebuild_matches_clean_build(tmp_path, builder, source)
    assert "assets/site.scss" not in rendered
    assert os.path.exists(os.path.join(builder.site.dest, "assets", "site.css.map"))
    # the imported partial changes
    _write(os.path.join(source, "_sass", "_base.scss"), "$c: blue;\np { color: $c; }\n")
    assert "assets/site.scss" in _rebuild_matches_clean_build(tmp_path, builder, source)
    time.sleep(0.06)
    builder.build()
    # a new file in the site folder takes the import's place (it is looked for there first)
    _write(os.path.join(source, "_base.scss"), "$c: green;\nh1 { color: $c; }\n")
    assert "assets/site.scss" in _rebuild_matches_clean_build(tmp_path, builder, source)
    time.sleep(0.06)
    builder.build()
    # and goes away again
    os.remove(os.path.join(source, "_base.scss"))
    assert "assets/site.scss" in _rebuild_matches_clean_build(tmp_path, builder, source)


def test_a_shadowing_file_in_an_imported_subfolder_is_noticed(tmp_path) -> None:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    os.makedirs(os.path.join(source, "_sass", "parts"))
    os.makedirs(os.path.join(source, "parts"))
    _write(os.path.join(source, "_sass", "parts", "_colors.scss"), "$x: red;\n")
    _write(os.path.join(source, "assets", "site.scss"), "---\n---\n@import \"parts/colors\";\nb { color: $x; }\n")
    builder = IncrementalBuilder(load_site({"source": source, "destination": str(tmp_path / "inc"), "quiet": True}))
    builder.build()
    time.sleep(0.06)
    builder.build()
    _write(os.path.join(source, "parts", "_colors.scss"), "$x: blue;\n")
    assert "assets/site.scss" in _rebuild_matches_clean_build(tmp_path, builder, source)
