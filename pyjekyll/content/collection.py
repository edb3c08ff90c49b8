"""Collections: `_posts` and the user's `collections:`."""
from __future__ import annotations

import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls
from pyjekyll.content.ruby_sort import ruby_sorted
from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.content.document import Document
    from pyjekyll.content.static_file import StaticFile
    from pyjekyll.site import Site


def compare_documents(a: Document, b: Document) -> int:
    """Jekyll's `Document#<=>`: by the front matter date as read (a document without one
    is not comparable by date), else by path."""
    order = ruby_compare(a.data.get("date"), b.data.get("date"))
    if not order:
        order = (a.path > b.path) - (a.path < b.path)
    return order


def sorted_documents(docs: list[Document], *, newest_first: bool = False,
                     reverse_after: bool = False) -> list[Document]:
    """Jekyll's `docs.sort` (`newest_first`: `sort { |a, b| b <=> a }`; `reverse_after`:
    `sort!.reverse!`).  When every document has a date, or none has, the comparison is a
    total order and any sort agrees with Ruby's, so the fast key sort serves; otherwise
    Ruby's own comparison sequence is replayed."""
    dated = sum(1 for d in docs if d.data.get("date") is not None)
    if dated in (0, len(docs)):
        key = (lambda d: (d.data["date"], d.path)) if dated else (lambda d: d.path)
        return sorted(docs, key=key, reverse=newest_first or reverse_after)
    if newest_first:
        return ruby_sorted(docs, lambda a, b: compare_documents(b, a))
    ordered = ruby_sorted(docs, compare_documents)
    return ordered[::-1] if reverse_after else ordered


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
            table = {d.relative_path: d for d in sorted_documents(self.docs)}
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
            self.docs = ruby_sorted(self.docs, cmp)
        else:
            self.docs = sorted_documents(self.docs)
        self.reindex()

    def to_liquid(self) -> Any:
        if self._drop is None:
            from pyjekyll.liquid.drops.collection import CollectionDrop

            self._drop = CollectionDrop(self)
        return self._drop

    def __repr__(self) -> str:
        return f"<Collection {self.label} docs={len(self.docs)}>"
