"""The on-disk Markdown cache: where it lives, when it is off, and that it is only reused by the same."""
from __future__ import annotations

from pathlib import Path

import pytest

from pyjekyll.converters.markdown_converter import DISK_CACHE_MIN_LENGTH, MarkdownConverter
from pyjekyll.disk_cache import GITIGNORE, MAX_PACKS, DiskCache, code_stamp, open_disk_cache

LONG_TEXT = "# Title\n\n" + "Some *words* and a [link](https://example.com). " * 20 + "\n"


def _config(source: Path, **extra: object) -> dict[str, object]:
    return {"source": str(source), "markdown": "kramdown", "markdown_ext": "md", **extra}


def test_round_trip_and_gitignore(tmp_path: Path) -> None:
    cache = DiskCache(str(tmp_path / ".jekyll-cache"), "markdown", "abc")
    assert cache.get("key") is None
    cache.put("key", "välue \udcff")
    assert cache.get("key") == "välue \udcff"
    assert (tmp_path / ".jekyll-cache" / ".gitignore").read_text() == GITIGNORE


def test_new_fingerprint_removes_old_entries(tmp_path: Path) -> None:
    root = str(tmp_path / ".jekyll-cache")
    DiskCache(root, "markdown", "old").put("k", "v")
    fresh = DiskCache(root, "markdown", "new")
    assert fresh.get("k") is None
    fresh.put("k", "w")
    assert not (tmp_path / ".jekyll-cache" / "pyjekyll" / "markdown" / "old").exists()
    assert DiskCache(root, "markdown", "new").get("k") == "w"


@pytest.mark.parametrize("extra", [{"safe": True}, {"disable_disk_cache": True}, {"cache_dir": "cache"},
                                   {"cache_dir": "."}])
def test_no_disk_cache(tmp_path: Path, extra: dict[str, object]) -> None:
    """Off where Jekyll keeps none, and where the entries would be read as site content."""
    assert open_disk_cache(_config(tmp_path, **extra), "markdown", "f") is None


@pytest.mark.parametrize("cache_dir", [".jekyll-cache", "_cache", ".cache/deeper"])
def test_hidden_cache_dirs(tmp_path: Path, cache_dir: str) -> None:
    cache = open_disk_cache(_config(tmp_path, cache_dir=cache_dir), "markdown", "f")
    assert cache is not None and cache.cache_root == str(tmp_path / cache_dir)


def test_cache_dir_outside_source(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    cache = open_disk_cache(_config(tmp_path / "site", cache_dir=str(outside)), "markdown", "f")
    assert cache is not None and cache.cache_root == str(outside)


def test_code_stamp_follows_edits(tmp_path: Path) -> None:
    module = tmp_path / "pkg" / "m.py"
    module.parent.mkdir()
    module.write_text("a = 1\n")
    before = code_stamp(str(module.parent))
    assert code_stamp(str(module.parent)) == before
    module.write_text("a = 22\n")
    assert code_stamp(str(module.parent)) != before


def test_converter_reuses_html_from_disk(tmp_path: Path) -> None:
    first = MarkdownConverter(_config(tmp_path))
    html = first.convert(LONG_TEXT)
    assert "<h1 id=\"title\">Title</h1>" in html
    second = MarkdownConverter(_config(tmp_path))
    second._setup()

    class Refuses:
        options = second._engine.options

        def convert(self, text: str) -> str:
            raise AssertionError("converted again instead of reading the disk cache")

    second._engine = Refuses()
    assert second.knows(LONG_TEXT)
    assert second.convert(LONG_TEXT) == html


def test_other_settings_do_not_share_entries(tmp_path: Path) -> None:
    MarkdownConverter(_config(tmp_path)).convert(LONG_TEXT)
    other = MarkdownConverter(_config(tmp_path, kramdown={"auto_ids": False}))
    assert not other.knows(LONG_TEXT)
    assert "<h1>Title</h1>" in other.convert(LONG_TEXT)


def test_short_texts_stay_in_memory(tmp_path: Path) -> None:
    converter = MarkdownConverter(_config(tmp_path))
    converter.convert("*short*")
    assert len("*short*") < DISK_CACHE_MIN_LENGTH
    assert not (tmp_path / ".jekyll-cache" / "pyjekyll").exists()


def test_disabled_cache_writes_nothing(tmp_path: Path) -> None:
    MarkdownConverter(_config(tmp_path, disable_disk_cache=True)).convert(LONG_TEXT)
    assert not (tmp_path / ".jekyll-cache").exists()


def _packs(root: Path) -> list[Path]:
    return sorted((root / ".jekyll-cache" / "pyjekyll" / "markdown" / "fp").glob("*.pack"))


def test_record_cut_short_is_ignored(tmp_path: Path) -> None:
    cache = DiskCache(str(tmp_path / ".jekyll-cache"), "markdown", "fp")
    cache.put("first", "one")
    cache.put("second", "two")
    (pack,) = _packs(tmp_path)
    pack.write_bytes(pack.read_bytes()[:-1])
    reread = DiskCache(str(tmp_path / ".jekyll-cache"), "markdown", "fp")
    assert reread.get("first") == "one"
    assert reread.get("second") is None


def test_many_packs_are_merged(tmp_path: Path) -> None:
    root = str(tmp_path / ".jekyll-cache")
    count = 2 * MAX_PACKS + 3
    for i in range(count):  # one pack per writer; loading more than MAX_PACKS merges them
        DiskCache(root, "markdown", "fp").put(f"key {i}", f"value {i}")
        assert len(_packs(tmp_path)) <= MAX_PACKS + 1
    merged = DiskCache(root, "markdown", "fp")
    assert [merged.get(f"key {i}") for i in range(count)] == [f"value {i}" for i in range(count)]
    assert len(_packs(tmp_path)) <= MAX_PACKS
