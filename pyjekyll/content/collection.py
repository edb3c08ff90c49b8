"""Collections: `_posts` and the user's `collections:`."""
from __future__ import annotations

import os
import re
from functools import cmp_to_key
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls
from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.content.document import Document
    from pyjekyll.content.static_file import StaticFile
    from pyjekyll.site import Site


def compare_documents(a: Document, b: Document) -> int:
    """Jekyll's document order: by date, then by path."""
    da, db = a.date, b.date
    if da != db:
        return -1 if da < db else 1
    return (a.path > b.path) - (a.path < b.path)


def ruby_compare(a: Any, b: Any) -> int | None:
    try:
        if a == b:
            return 0
        return -1 if a < b else 1
    except TypeError:
        return None


class Collection:
    def __init__(self, site: Site, label: str) -> None:
        self.site = site
        self.label = re.sub(r"[^a-z0-9_\-.]", "", label, flags=re.I)
        collections = site.config.get("collections")
        meta = collections.get(self.label) if isinstance(collections, dict) else None
        self.metadata: dict[str, Any] = meta if isinstance(meta, dict) else {}
        self.docs: list[Document] = []
        self.files: list[StaticFile] = []
        self._drop: Any = None

    @property
    def relative_directory(self) -> str:
        return "_" + self.label

    @property
    def directory(self) -> str:
        container = self.site.config.get("collections_dir") or ""
        return os.path.join(self.site.source, container, self.relative_directory) if container else \
            os.path.join(self.site.source, self.relative_directory)

    def write_p(self) -> bool:
        return bool(self.metadata.get("output", False))

    def url_template(self) -> str:
        if "permalink" in self.metadata:
            return str(self.metadata["permalink"])
        return urls.add_permalink_suffix("/:collection/:path", self.site.permalink_style)

    def reindex(self) -> None:
        for i, doc in enumerate(self.docs):
            doc.index_in_collection = i

    def sort_docs(self) -> None:
        order = self.metadata.get("order")
        sort_by = self.metadata.get("sort_by")
        if isinstance(order, list):
            table = {d.relative_path: d for d in sorted(self.docs, key=cmp_to_key(compare_documents))}
            custom: dict[str, Any] = {os.path.join(self.relative_directory, str(e)): None for e in order}
            for key, doc in table.items():
                custom[key] = doc
            self.docs = [d for d in custom.values() if d is not None]
        elif isinstance(sort_by, str):
            def cmp(a: Document, b: Document) -> int:
                pa, pb = a.data.get(sort_by), b.data.get(sort_by)
                if pa is None and pb is not None:
                    logger.warn("Sort warning:", f"'{sort_by}' not defined in {a.relative_path}")
                    return 1
                if pa is not None and pb is None:
                    logger.warn("Sort warning:", f"'{sort_by}' not defined in {b.relative_path}")
                    return -1
                order_ = ruby_compare(pa, pb)
                if not order_:
                    return compare_documents(a, b)
                return order_
            self.docs.sort(key=cmp_to_key(cmp))
        else:
            self.docs.sort(key=cmp_to_key(compare_documents))
        self.reindex()

    def to_liquid(self) -> Any:
        if self._drop is None:
            from pyjekyll.liquid.drops.collection import CollectionDrop

            self._drop = CollectionDrop(self)
        return self._drop

    def __repr__(self) -> str:
        return f"<Collection {self.label} docs={len(self.docs)}>"
