"""`page` for documents (posts, collection items) and for their excerpts."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import _MISSING, Drop

_COLLAPSED = ("content", "output", "excerpt", "next", "previous")


class DocumentDrop(Drop):
    """Live view of a document: content and output follow the render as it happens."""

    computed = ("name", "id", "relative_path", "excerpt", "title", "categories", "collection",
                "next", "tags", "previous", "content", "output", "path", "url", "date")
    volatile = frozenset({"content", "output", "excerpt"})
    ruby_class_name = "Jekyll::Drops::DocumentDrop"
    __slots__ = ("doc",)

    def __init__(self, doc: Any) -> None:
        super().__init__()
        self.doc = doc

    def fallback_data(self) -> dict[str, Any]:
        return self.doc.data

    def __getitem__(self, key: Any) -> Any:
        if key.__class__ is str:  # most lookups are repeats: answer them from the cache first
            value = self._cache.get(key, _MISSING)
            if value is not _MISSING:
                return value
        if isinstance(key, str) and key not in self.computed and key not in self._cache \
                and key not in self.doc.data:
            # Missing keys fall back to front matter defaults, as Jekyll's data hash does.
            value = self.doc.data_get(key)
            if value is None:
                raise KeyError(key)
            return value
        return super().__getitem__(key)

    def key_name(self) -> Any:
        return self.doc.data.get("name") or self.doc.basename

    def key_id(self) -> Any:
        return self.doc.id

    def key_relative_path(self) -> Any:
        return self.doc.relative_path

    def key_path(self) -> Any:
        return self.doc.relative_path

    def key_excerpt(self) -> Any:
        excerpt = self.doc.data.get("excerpt")
        return "" if excerpt is None else str(excerpt)

    def key_title(self) -> Any:
        return self.doc.data.get("title")

    def key_categories(self) -> Any:
        return self.doc.data.get("categories")

    def key_tags(self) -> Any:
        return self.doc.data.get("tags")

    def key_collection(self) -> Any:
        return self.doc.collection.label

    def key_next(self) -> Any:
        nxt = self.doc.next_doc()
        return nxt.to_liquid() if nxt is not None else None

    def key_previous(self) -> Any:
        prev = self.doc.previous_doc()
        return prev.to_liquid() if prev is not None else None

    def key_content(self) -> Any:
        return self.doc.content

    def key_output(self) -> Any:
        return self.doc.output

    def key_url(self) -> Any:
        return self.doc.url

    def key_date(self) -> Any:
        return self.doc.date

    def ruby_to_s(self) -> str:
        return str(self.doc)

    def json_hash(self, depth: int) -> dict[str, Any]:
        data = self.to_liquid_hash()
        if depth >= 1:
            for key in ("previous", "next"):
                if data.get(key) is not None:
                    other = data[key]
                    data[key] = {k: other[k] for k in other.keys() if k not in _COLLAPSED}
        return data


class ExcerptDrop(DocumentDrop):
    computed = DocumentDrop.computed + ("layout",)
    ruby_class_name = "Jekyll::Drops::ExcerptDrop"

    def key_layout(self) -> Any:
        return self.doc.doc.data.get("layout")

    def key_date(self) -> Any:
        return self.doc.doc.date

    def key_excerpt(self) -> Any:
        return None

    def key_name(self) -> Any:
        return self.doc.doc.data.get("name") or self.doc.doc.basename

    def key_collection(self) -> Any:
        return self.doc.doc.collection.label

    def key_next(self) -> Any:
        nxt = self.doc.doc.next_doc()
        return nxt.to_liquid() if nxt is not None else None

    def key_previous(self) -> Any:
        prev = self.doc.doc.previous_doc()
        return prev.to_liquid() if prev is not None else None

    def key_relative_path(self) -> Any:
        return self.doc.relative_path

    def key_path(self) -> Any:
        return self.doc.relative_path

    def key_content(self) -> Any:
        return self.doc.content

    def key_output(self) -> Any:
        return self.doc.output

    def key_id(self) -> Any:
        return self.doc.id

    def key_url(self) -> Any:
        return self.doc.url

    def ruby_to_s(self) -> str:
        return str(self.doc)
