"""Jekyll keeps each item's filter property (`where`, `sort`, `group_by`, …) for the rest of
the build: a page that filters every post's list reads each post's property once, and a
value the item gets later is not seen (Jekyll's `site.filter_cache`)."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import Drop, set_read_observer
from pyjekyll.liquid.filters.jekyll_collections import group_by, sort, where


class ItemDrop(Drop):
    __slots__ = ("data",)

    def __init__(self, **data: Any) -> None:
        super().__init__()
        self.data = data

    def fallback_data(self) -> dict[str, Any]:
        return self.data


class Recorder:
    def __init__(self) -> None:
        self.read: list[str] = []

    def drop_read(self, drop: Any, key: str, value: Any) -> None:
        self.read.append(key)

    def drop_missing(self, drop: Any, key: str) -> None:
        self.read.append(key)

    def drop_keys(self, drop: Any, keys: list[str]) -> None: ...

    def drop_has(self, drop: Any, key: Any, present: bool) -> None: ...

    def template_read(self, kind: str, lookup: tuple[Any, ...], found: Any) -> None: ...


def _docs() -> list[ItemDrop]:
    return [ItemDrop(cat="a", n="10"), ItemDrop(cat="b", n="9"), ItemDrop(cat="a", n="1.5")]


def test_where_keeps_each_items_property() -> None:
    docs = _docs()
    for _ in range(3):
        assert where(docs, "cat", "a") == [docs[0], docs[2]]
    assert [d._filter_props for d in docs] == [{"cat": "a"}, {"cat": "b"}, {"cat": "a"}]


def test_values_are_kept_as_numbers_for_every_filter() -> None:
    docs = _docs()
    assert sort(docs, "n") == [docs[2], docs[1], docs[0]]  # 1.5 < 9 < 10, not as text
    assert [g["name"] for g in group_by(docs, "cat")] == ["a", "b"]
    assert where(docs, "n", 10) == [docs[0]]
    assert docs[0]._filter_props == {"n": 10, "cat": "a"}
    assert docs[2]._filter_props == {"n": 1.5, "cat": "a"}


def test_a_later_change_is_not_seen_within_the_build() -> None:
    docs = _docs()
    assert where(docs, "cat", "a") == [docs[0], docs[2]]
    docs[1].data["cat"] = "a"
    docs[1]._cache.clear()
    assert where(docs, "cat", "a") == [docs[0], docs[2]]  # as Jekyll: the first value stays
    fresh = _docs()
    fresh[1].data["cat"] = "a"
    assert where(fresh, "cat", "a") == fresh  # new items (the next build) read afresh


def test_nil_and_false_are_not_kept() -> None:
    docs = [ItemDrop(cat=None), ItemDrop(cat=False), ItemDrop(cat="x")]
    assert where(docs, "cat", "x") == [docs[2]]
    assert [d._filter_props for d in docs] == [{}, {}, {"cat": "x"}]  # as Ruby's `||=`


def test_incremental_recording_sees_every_read() -> None:
    docs = _docs()
    where(docs, "cat", "a")
    recorder = Recorder()
    previous = set_read_observer(recorder)
    try:
        assert where(docs, "cat", "a") == [docs[0], docs[2]]
    finally:
        set_read_observer(previous)
    assert recorder.read.count("cat") == 3
