"""Plugin fixture sites: pyjekyll's output must match real Jekyll's with the Ruby plugin.

Each folder under sites/ with an `expected/` tree is one case. Folders with a `not-golden`
file hold hand-checked expectations where real Jekyll cannot give a golden (the file says
why); they are compared the same way but not counted as golden.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from plugin_sitebuild import SITES, build_site, compare_trees

KNOWN_FAILURES = SITES / "known_failures.txt"


def _known() -> set[str]:
    if not KNOWN_FAILURES.is_file():
        return set()
    return {ln.split("#", 1)[0].strip() for ln in KNOWN_FAILURES.read_text().splitlines()} - {""}


def _cases() -> list:  # type: ignore[type-arg]
    known = _known()
    cases = []
    for site in sorted(p for p in SITES.iterdir() if (p / "expected").is_dir()):
        marks = []
        if not (site / "not-golden").exists():
            marks.append(pytest.mark.golden(suite="plugin-" + site.name.split("--")[0]))
        if site.name in known:
            marks.append(pytest.mark.xfail(reason="listed in known_failures.txt", strict=False))
        cases.append(pytest.param(site, id=site.name, marks=marks))
    return cases


@pytest.mark.parametrize("site", _cases())
def test_plugin_site(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    status, dest = build_site(site, tmp_path, monkeypatch)
    assert status == 0, f"build of {site.name} failed with status {status}"
    report = compare_trees(site / "expected", dest)
    if report is not None:
        pytest.fail(f"{site.name}: output differs\n{report}", pytrace=False)
