"""The cheap look for installed plugins never misses one importlib.metadata would find."""
from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest

from pyjekyll.plugins.entry_point_scan import entry_points_in, may_have_entry_points

GROUP = "pyjekyll.plugins"


def _dist(root: Path, name: str, entry_points: str | None) -> None:
    info = root / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8")
    if entry_points is not None:
        (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def test_no_plugin_installed_means_no_entry_points(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dist(tmp_path, "other_tool", "[console_scripts]\nother = other_tool:main\n")
    _dist(tmp_path, "plain_lib", None)
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "missing")])
    assert not may_have_entry_points(GROUP)
    assert entry_points_in(GROUP) == []


def test_installed_plugin_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dist(tmp_path, "pj_plugin", f"[{GROUP}]\nsample = pj_plugin\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert may_have_entry_points(GROUP)
    assert [ep.name for ep in entry_points_in(GROUP)] == ["sample"]


def test_zip_and_egg_on_the_path_are_left_to_importlib(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("x.py", "")
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert may_have_entry_points(GROUP)
    egg = tmp_path / "thing-1.0.egg"
    egg.mkdir()
    monkeypatch.setattr(sys, "path", [str(egg)])
    assert may_have_entry_points(GROUP)


def test_same_answer_as_importlib_here() -> None:
    from importlib.metadata import entry_points

    assert [ep.name for ep in entry_points_in(GROUP)] == [ep.name for ep in entry_points(group=GROUP)]
