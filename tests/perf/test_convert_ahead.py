"""Markdown converted ahead in worker processes: the same bytes as a serial build."""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from pyjekyll.cli import main as pyjekyll_main
from pyjekyll.converters.markdown_converter import DISK_CACHE_MIN_LENGTH
from pyjekyll.rendering import convert_ahead
from pyjekyll.rendering.convert_ahead import AheadConversions, job_count

pytestmark = pytest.mark.skipif(not convert_ahead._can_fork(), reason="needs fork and a single-threaded process")


class FakeConverter:
    """Stands in for the Markdown converter inside the workers."""

    def convert_fresh(self, text: str) -> str:
        if text == "boom":
            raise ValueError("cannot convert")
        time.sleep(0.001)
        return f"<p>{text}</p>"


def test_main_process_gets_every_text_once() -> None:
    texts = [f"text {i}" for i in range(200)] + ["boom"]
    ahead = AheadConversions(FakeConverter(), texts, workers=2)  # type: ignore[arg-type]
    try:
        taken = 0
        for text in texts:
            html = ahead.take(text)
            if html is None:
                html = FakeConverter().convert_fresh(text) if text != "boom" else None
            else:
                taken += 1
            assert html == (None if text == "boom" else f"<p>{text}</p>")
        assert ahead.take("not a candidate") is None
    finally:
        ahead.close()
    assert taken > 0, "the workers converted nothing"


def test_close_stops_workers_midway() -> None:
    ahead = AheadConversions(FakeConverter(), [f"t{i}" for i in range(500)], workers=1)  # type: ignore[arg-type]
    assert ahead.take("t0") is None
    ahead.close()
    assert all(not p.is_alive() for p in ahead._processes)


@pytest.mark.parametrize("value, expected", [("1", 1), ("3", 3), ("0", 1), ("x", 1)])
def test_job_count_setting(monkeypatch: pytest.MonkeyPatch, value: str, expected: int) -> None:
    monkeypatch.setenv("PYJEKYLL_JOBS", value)
    assert job_count() == expected


def _write_site(root: Path) -> None:
    files = {
        "_config.yml": "title: Ahead\nexcerpt_separator: \"<!--more-->\"\n",
        "_layouts/default.html": "<html>{{ content }}<p>{{ page.title }}</p></html>\n",
        "_layouts/post.html": "---\nlayout: default\n---\n<article>{{ content }}</article>"
                              "{% if page.previous %}{{ page.previous.content | size }}{% endif %}\n",
        "index.md": "---\nlayout: default\n---\n{% for p in site.posts %}* {{ p.title }}: {{ p.excerpt }}\n{% endfor %}\n",
        "about.md": "---\nlayout: default\ntitle: About\n---\n# About\n\nPlain *Markdown* page.\n",
    }
    for i in range(40):
        body = (f"# Heading\n\n# Heading\n\nPost {i} intro.<!--more-->\n\n| a | b |\n|---|---|\n| {i} | x |\n\n"
                + "Some **bold** words and a [link](https://example.com/page) to fill a line.\n" * 4 + "\n"
                f"```ruby\nputs {i}\n```\n\nA footnote[^1].\n\n[^1]: Note {i}.\n")
        if i % 7 == 0:
            body += "\nWith Liquid: {{ page.title | upcase }}\n"
        if i % 10 == 3:
            body = "# Same body\n\nShared by several posts.\n"
        files[f"_posts/2020-01-{i % 28 + 1:02d}-post-{i}.md"] = f"---\nlayout: post\ntitle: Post {i}\n---\n{body}"
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _build(src: Path, dest: Path, *args: str) -> None:
    assert pyjekyll_main(["build", "-q", "-s", str(src), "-d", str(dest), *args]) in (0, None)


@pytest.fixture
def count_pools(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Forces workers even for small sites, and records the texts each pool got."""
    started: list[list[str]] = []
    original = AheadConversions.__init__

    def recording_init(self: AheadConversions, converter: Any, texts: list[str], workers: int) -> None:
        started.append(list(texts))
        original(self, converter, texts, workers)

    monkeypatch.setattr(AheadConversions, "__init__", recording_init)
    monkeypatch.setattr(convert_ahead, "MIN_TEXTS", 1)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1798761600")
    return started


def test_parallel_build_equals_serial(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                      count_pools: list[list[str]]) -> None:
    src = tmp_path / "src"
    _write_site(src)
    monkeypatch.setenv("PYJEKYLL_JOBS", "1")
    _build(src, tmp_path / "serial", "--disable-disk-cache")
    assert count_pools == []
    monkeypatch.setenv("PYJEKYLL_JOBS", "3")
    _build(src, tmp_path / "parallel", "--disable-disk-cache")
    assert count_pools and len(count_pools[0]) >= 30
    assert any("Post 1 intro." in text and "| a |" not in text for text in count_pools[0]), "excerpts too"
    serial, parallel = _tree(tmp_path / "serial"), _tree(tmp_path / "parallel")
    assert serial.keys() == parallel.keys()
    for rel in serial:
        assert parallel[rel] == serial[rel], rel


HOOK_PLUGIN = """
def shout_every_third(item, payload):
    if item.data.get("title", "").endswith(("0", "3", "6", "9")):
        item.content = item.content.replace("intro", "**INTRO**")


def register(api):
    api.hook("posts", "pre_render", shout_every_third)
"""


def test_hook_changed_bodies_are_converted_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 count_pools: list[list[str]]) -> None:
    """Workers convert the body as read; a hook changes some before rendering: those are redone."""
    src = tmp_path / "src"
    _write_site(src)
    (src / "_plugins").mkdir()
    (src / "_plugins" / "shout.py").write_text(HOOK_PLUGIN, encoding="utf-8")
    monkeypatch.setenv("PYJEKYLL_JOBS", "1")
    _build(src, tmp_path / "serial", "--disable-disk-cache")
    monkeypatch.setenv("PYJEKYLL_JOBS", "3")
    _build(src, tmp_path / "parallel", "--disable-disk-cache")
    assert count_pools
    serial = _tree(tmp_path / "serial")
    assert b"<strong>INTRO</strong>" in serial["2020/01/07/post-6.html"]
    assert _tree(tmp_path / "parallel") == serial


def test_rebuild_from_disk_cache_equals_first_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    count_pools: list[list[str]]) -> None:
    src = tmp_path / "src"
    _write_site(src)
    monkeypatch.setenv("PYJEKYLL_JOBS", "2")
    _build(src, tmp_path / "first")
    assert (src / ".jekyll-cache" / "pyjekyll" / "markdown").is_dir()
    _build(src, tmp_path / "second")
    # The rebuild finds every long text on disk; only short ones (excerpts; memory only) are left.
    assert all(len(text) < DISK_CACHE_MIN_LENGTH for pool in count_pools[1:] for text in pool)
    assert _tree(tmp_path / "first") == _tree(tmp_path / "second")


def _fixture_sites() -> list[Any]:
    import importlib.util
    import sys

    path = Path(__file__).resolve().parents[2] / "scripts" / "golden_fixture.py"
    spec = importlib.util.spec_from_file_location("golden_fixture", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    known = (module.FIXTURES_ROOT / "known_failures.txt")
    skip = set()
    if known.is_file():
        skip = {ln.split("#", 1)[0].strip() for ln in known.read_text(encoding="utf-8").splitlines()} - {""}
    return [pytest.param(f, id=f.name) for f in module.all_fixtures()
            if f.name not in skip and f.expected.is_dir() and not f.pre_dest.is_dir()
            and any(p.suffix in (".md", ".markdown") for p in f.src.rglob("*"))]


@pytest.mark.golden(suite="parallel-fixture-sites")
@pytest.mark.parametrize("fixture", _fixture_sites())
def test_fixture_site_with_workers(fixture: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                   count_pools: list[list[str]]) -> None:
    """The golden fixture sites, built with Markdown converted in workers, still match Jekyll."""
    src, dest = tmp_path / "src", tmp_path / "site"
    shutil.copytree(fixture.src, src, symlinks=True)
    for name in ("JEKYLL_ENV", "JEKYLL_LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("TZ", "UTC")
    for name, value in fixture.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("PYJEKYLL_JOBS", "3")
    time.tzset()
    try:
        try:
            pyjekyll_main(["build", "-q", "-s", str(src), "-d", str(dest), *fixture.args])
        except SystemExit:
            pass
    finally:
        monkeypatch.undo()
        time.tzset()
    # (Sites whose Markdown all goes through Liquid start no workers; they must match all the same.)
    assert _tree(dest) == _tree(fixture.expected)
