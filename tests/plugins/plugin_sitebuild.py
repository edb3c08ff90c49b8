"""Building a plugin fixture site in-process and comparing its output tree."""
from __future__ import annotations

import difflib
import os
import shlex
import shutil
import time
from pathlib import Path

import pytest

from pyjekyll.cli import main as pyjekyll_main

SITES = Path(__file__).resolve().parent / "sites"
PINNED_EPOCH = "1798761600"  # 2027-01-01 00:00:00 UTC, the clock the generator gives Jekyll
DIFF_LINES = 40
#: inherited variables that would change what the plugins produce (cleared, as the generator does)
PLUGIN_VARIABLES = ("JEKYLL_ENV", "JEKYLL_GITHUB_TOKEN", "JEKYLL_BUILD_REVISION", "OCTOKIT_ACCESS_TOKEN",
                    "GITHUB_HOSTNAME", "PAGES_HOSTNAME", "API_URL", "HELP_URL", "SSL",
                    "SUBDOMAIN_ISOLATION", "PAGE_BUILD_ID", "GIT_DIR", "GIT_WORK_TREE",
                    "ASSET_HOST_URL")


def case_env(site: Path) -> dict[str, str]:
    """The case's `env` file: one `NAME=value` a line."""
    env_file = site / "env"
    if not env_file.is_file():
        return {}
    pairs = (ln.split("=", 1) for ln in env_file.read_text(encoding="utf-8").splitlines() if "=" in ln)
    return {name.strip(): value.strip() for name, value in pairs}


def build_site(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, Path]:
    """Build a copy of `site/src` on the pinned clock; the exit status and the destination."""
    src = tmp_path / "src"
    dest = tmp_path / "site"
    shutil.copytree(site / "src", src, symlinks=True)
    epoch = int(PINNED_EPOCH)
    for folder, _dirs, names in os.walk(src):  # static files and drafts are dated by mtime
        for name in names:
            os.utime(os.path.join(folder, name), (epoch, epoch), follow_symlinks=False)
    args_file = site / "args"
    args = shlex.split(args_file.read_text(encoding="utf-8")) if args_file.is_file() else []
    for name in [*PLUGIN_VARIABLES, *(k for k in os.environ if k.startswith("PAGES_"))]:
        monkeypatch.delenv(name, raising=False)
    for name, value in case_env(site).items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", PINNED_EPOCH)
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    monkeypatch.chdir(src)
    try:
        status = pyjekyll_main(["build", "-q", "-s", str(src), "-d", str(dest), *args])
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    finally:
        monkeypatch.undo()
        time.tzset()
    return status or 0, dest


def _files_under(root: Path) -> set[str]:
    found: set[str] = set()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            found.add(os.path.relpath(os.path.join(folder, name), root))
    return found


def compare_trees(expected: Path, actual: Path) -> str | None:
    """None when both trees hold the same files with the same bytes, else a short report."""
    want, got = _files_under(expected), _files_under(actual)
    problems = []
    if want - got:
        problems.append(f"missing: {sorted(want - got)}")
    if got - want:
        problems.append(f"extra: {sorted(got - want)}")
    for rel in sorted(want & got):
        a, b = (expected / rel).read_bytes(), (actual / rel).read_bytes()
        if a != b:
            diff = difflib.unified_diff(a.decode("utf-8", "replace").splitlines(True),
                                        b.decode("utf-8", "replace").splitlines(True),
                                        f"expected/{rel}", f"pyjekyll/{rel}", n=1)
            lines = list(diff)[:DIFF_LINES]
            problems.append("".join(ln if ln.endswith("\n") else ln + "\n" for ln in lines))
    return "\n".join(problems) or None
