"""Entries of `site.collections`."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import Drop


class CollectionDrop(Drop):
    computed = ("label", "files", "docs", "output", "relative_directory", "directory")
    ruby_class_name = "Jekyll::Drops::CollectionDrop"
    __slots__ = ("collection",)

    def __init__(self, collection: Any) -> None:
        super().__init__()
        self.collection = collection

    def fallback_data(self) -> dict[str, Any]:
        return self.collection.metadata

    def key_label(self) -> Any:
        return self.collection.label

    def key_files(self) -> Any:
        return [f.to_liquid() for f in self.collection.files]

    def key_docs(self) -> Any:
        return [d.to_liquid() for d in self.collection.docs]

    def key_output(self) -> Any:
        return self.collection.write_p()

    def key_relative_directory(self) -> Any:
        return self.collection.relative_directory

    def key_directory(self) -> Any:
        return self.collection.directory

    def ruby_to_s(self) -> str:
        return "".join(str(d) for d in self.collection.docs)

    def json_hash(self, depth: int) -> dict[str, Any]:
        """Jekyll serialises the raw documents inside a collection as their text."""
        data = self.to_liquid_hash()
        data["docs"] = [str(d) for d in self.collection.docs]
        return data
