"""Pages that share a file name keep the order the file system lists them in.

Jekyll walks each folder in `readdir` order (subfolders before the folder's own pages),
then sorts `site.pages` by name with a stable sort, so `sitemap.xml` and `site.pages`
loops list same-named pages (`index.md` in many folders) in directory order.  The order
was checked against Jekyll 4.3.1 on this layout; here the listing order is fixed so the
test does not depend on the file system it runs on.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pyjekyll.cli import main

FOLDERS = ["zeta", "alpha", "mid", "mid/deep", ""]


@pytest.fixture()
def site(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    for folder in FOLDERS:
        (src / folder).mkdir(parents=True, exist_ok=True)
        (src / folder / "index.md").write_text("---\n---\nx\n")
        (src / folder / "about.md").write_text("---\n---\ny\n")
    (src / "list.html").write_text("---\n---\n{% for p in site.pages %}{{ p.path }} {% endfor %}")
    return src


def _build(src: Path, monkeypatch: pytest.MonkeyPatch, reverse: bool) -> list[str]:
    real_listdir = os.listdir
    monkeypatch.setattr(os, "listdir", lambda p=".": sorted(real_listdir(p), reverse=reverse))
    dest = src.parent / "out"
    assert main(["build", "-q", "-s", str(src), "-d", str(dest)]) == 0
    return (dest / "list.html").read_text().split()


def test_same_named_pages_follow_listing_order(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _build(site, monkeypatch, reverse=True) == [
        "zeta/about.md", "mid/deep/about.md", "mid/about.md", "alpha/about.md", "about.md",
        "zeta/index.md", "mid/deep/index.md", "mid/index.md", "alpha/index.md", "index.md",
        "list.html",
    ]


def test_sorted_listing_gives_subfolders_first(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _build(site, monkeypatch, reverse=False) == [
        "alpha/about.md", "mid/deep/about.md", "mid/about.md", "zeta/about.md", "about.md",
        "alpha/index.md", "mid/deep/index.md", "mid/index.md", "zeta/index.md", "index.md",
        "list.html",
    ]
