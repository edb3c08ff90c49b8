"""SassConverter against CSS and source maps written by real Jekyll 4.3.1.

Every folder in cases/ is a Jekyll site; scripts/gen_sass_goldens.py built it with Jekyll
and kept the `.css`/`.css.map` files under expected/<case>/. Here each stylesheet page is
fed, front matter removed, straight to SassConverter and compared byte for byte.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from pyjekyll.converters.sass import SassConverter
from pyjekyll.themes import resolve_theme

HERE = Path(__file__).parent
CASES = HERE / "cases"
EXPECTED = HERE / "expected"
KNOWN_FAILURES = frozenset(
    line.strip() for line in (HERE / "known_failures.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
) if (HERE / "known_failures.txt").exists() else frozenset()
FRONT_MATTER = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.S | re.M)


def site_config(case: Path) -> dict:
    return yaml.safe_load((case / "_config.yml").read_text(encoding="utf-8")) or {}


def stylesheet_pages(root: Path, excluded: set[str]) -> list[str]:
    """Sass pages Jekyll renders: front matter, outside `_`/`.` folders and `exclude`."""
    pages = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root).as_posix()
        parts = rel.split("/")
        if any(p.startswith(("_", ".")) for p in parts[:-1]) or parts[0] in excluded:
            continue
        if path.suffix.lower() in (".scss", ".sass") and path.read_text(encoding="utf-8").startswith("---"):
            pages.append(rel)
    return pages


def theme_for(case: Path, monkeypatch: pytest.MonkeyPatch):
    config = site_config(case)
    if "theme" not in config:
        return None
    monkeypatch.setenv("GEM_PATH", str(case / "gems"))
    monkeypatch.setenv("HOME", str(case / "no-home"))
    monkeypatch.delenv("GEM_HOME", raising=False)
    return resolve_theme(config["theme"], case)


def collect() -> list:
    params = []
    for case in sorted(p for p in CASES.iterdir() if p.is_dir()):
        excluded = set(site_config(case).get("exclude") or [])
        entries = [(case.name, rel, False) for rel in stylesheet_pages(case, excluded)]
        # The theme case's stylesheet asset lives in the newest tinytheme gem.
        theme_assets = case / "gems" / "gems" / "tinytheme-0.2.0"
        if theme_assets.is_dir():
            entries += [(case.name, rel, True) for rel in stylesheet_pages(theme_assets, set())]
        for name, rel, from_theme in entries:
            case_id = f"{name}/{rel}"
            marks = [pytest.mark.golden(suite="sass")]
            if case_id in KNOWN_FAILURES:
                marks.append(pytest.mark.xfail(strict=False))
            params.append(pytest.param(name, rel, from_theme, id=case_id, marks=marks))
    return params


def expected_outputs(case_name: str) -> set[str]:
    root = EXPECTED / case_name
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()} if root.exists() else set()


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JEKYLL_ENV", raising=False)
    monkeypatch.delenv("SASS_PATH", raising=False)


@pytest.mark.parametrize(("case_name", "rel", "from_theme"), collect())
def test_stylesheet_matches_jekyll(case_name: str, rel: str, from_theme: bool,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES / case_name
    theme = theme_for(case, monkeypatch)
    converter = SassConverter(site_config(case), case, theme.sass_path if theme else None)
    page_root = theme.root if from_theme else case
    text = (page_root / rel).read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    body = text[match.end():] if match else text

    result = converter.convert(body, rel)

    css_rel = rel.rsplit(".", 1)[0] + ".css"
    expected_css = (EXPECTED / case_name / css_rel).read_text(encoding="utf-8")
    assert result.css == expected_css
    map_file = EXPECTED / case_name / (css_rel + ".map")
    if map_file.exists():
        assert result.map_relative_url == css_rel + ".map"
        assert result.source_map == map_file.read_text(encoding="utf-8")
    else:
        assert result.source_map is None and result.map_relative_url is None


def test_every_golden_file_has_a_page() -> None:
    """Guards the collector: each expected CSS file is compared by some case above."""
    compared = {f"{p.values[0]}/{p.values[1].rsplit('.', 1)[0]}.css" for p in collect()}
    for case in sorted(p.name for p in CASES.iterdir() if p.is_dir()):
        for out in expected_outputs(case):
            if out.endswith(".css"):
                assert f"{case}/{out}" in compared
