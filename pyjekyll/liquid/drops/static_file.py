"""Entries of `site.static_files`."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import Drop


class StaticFileDrop(Drop):
    computed = ("name", "basename", "extname", "path", "collection", "modified_time")
    ruby_class_name = "Jekyll::Drops::StaticFileDrop"
    __slots__ = ("file",)

    def __init__(self, file: Any) -> None:
        super().__init__()
        self.file = file

    def fallback_data(self) -> dict[str, Any]:
        return self.file.data

    def key_name(self) -> Any:
        return self.file.name

    def key_basename(self) -> Any:
        return self.file.basename

    def key_extname(self) -> Any:
        return self.file.extname

    def key_path(self) -> Any:
        return self.file.relative_path

    def key_collection(self) -> Any:
        return self.file.type

    def key_modified_time(self) -> Any:
        return self.file.modified_time
