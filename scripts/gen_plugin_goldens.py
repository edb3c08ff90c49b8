#!/usr/bin/env python3
"""Produce the golden output of the plugin fixture sites with real Jekyll 4.3.1.

Each folder tests/plugins/sites/<name>/ holds `src/` (a Jekyll site using a plugin) and
gets `expected/`, the destination real Jekyll builds with the Debian ruby-jekyll-*
packages, on the pinned clock the tests give pyjekyll. An optional `args` file holds extra
build flags on one line. Sites with a `not-golden` file are skipped: their expectations are
hand-checked because no Ruby package of that plugin exists here.

usage: scripts/gen_plugin_goldens.py [NAME ...]     (needs jekyll and faketime)
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "tests" / "plugins" / "sites"
PINNED_CLOCK = "2027-01-01 00:00:00"
PINNED_EPOCH = 1798761600  # the same instant: every source file gets it as mtime


def pin_mtimes(root: Path) -> None:
    """Static files' and drafts' dates come from mtimes: make them the pinned clock."""
    for folder, _dirs, names in os.walk(root):
        for name in names:
            os.utime(os.path.join(folder, name), (PINNED_EPOCH, PINNED_EPOCH), follow_symlinks=False)


def build(site: Path) -> None:
    """Build a private copy of `site/src` (plugins may write into their source)."""
    args_file = site / "args"
    args = shlex.split(args_file.read_text(encoding="utf-8")) if args_file.is_file() else []
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    env.pop("JEKYLL_ENV", None)
    with tempfile.TemporaryDirectory() as work:
        src = Path(work) / "src"
        dest = Path(work) / "site"
        shutil.copytree(site / "src", src, symlinks=True)
        pin_mtimes(src)
        command = ["faketime", "-f", PINNED_CLOCK, "jekyll", "build", "-q", "-s", str(src), "-d", str(dest), *args]
        result = subprocess.run(command, cwd=src, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"real Jekyll failed on {site.name}:\n{result.stdout}{result.stderr}")
        expected = site / "expected"
        if expected.exists():
            shutil.rmtree(expected)
        shutil.copytree(dest, expected, symlinks=True)
    print(f"{site.name}: golden written")


def main(names: list[str]) -> None:
    sites = [SITES / n for n in names] if names else sorted(p for p in SITES.iterdir() if (p / "src").is_dir())
    for site in sites:
        if (site / "not-golden").exists():
            print(f"{site.name}: hand-checked expectations, skipped")
            continue
        build(site)


if __name__ == "__main__":
    main(sys.argv[1:])
