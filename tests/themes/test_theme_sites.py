"""Whole sites built on gem-shaped themes, compared with real Jekyll's output.

`gem-theme` uses a small theme of ours laid out as an installed gem (tests/themes/gemhome,
put on GEM_PATH); `minima` is the site `jekyll new` writes, built against Debian's minima
gem folder and skipped where that package is not installed.
"""
from __future__ import annotations

import filecmp
import os
import shutil
import time
from pathlib import Path

import pytest

from pyjekyll.cli import main

HERE = Path(__file__).parent
SITES = sorted(p.name for p in (HERE / "sites").iterdir() if (p / "expected").is_dir())
MINIMA = Path("/usr/share/rubygems-integration/all/gems/minima-2.5.1")


def _files(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file()}


@pytest.mark.golden(suite="theme-sites")
@pytest.mark.parametrize("name", SITES)
def test_theme_site(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if name == "minima" and not MINIMA.is_dir():
        pytest.skip("Debian's jekyll-theme-minima gem folder is not installed")
    site = HERE / "sites" / name
    # The folder the goldens were made in: a gem theme's source map holds paths relative
    # to the site source, so the source must sit at the same depth.
    work = Path("/tmp/pyjekyll-theme-sites") / name
    shutil.rmtree(work, ignore_errors=True)
    source = work / "src"
    shutil.copytree(site / "src", source)
    monkeypatch.setenv("GEM_PATH", str(HERE / "gemhome"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.chdir(source)
    status = main(["build", "-q", "-s", str(source), "-d", str(tmp_path / "out")])
    time.tzset()
    assert status == 0
    expected, out = site / "expected", tmp_path / "out"
    assert _files(out) == _files(expected)
    differing = [f for f in sorted(_files(expected)) if not filecmp.cmp(expected / f, out / f, shallow=False)]
    assert differing == []
