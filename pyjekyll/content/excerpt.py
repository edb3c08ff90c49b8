"""Excerpts: the part of a document before `excerpt_separator`, rendered on demand."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from pyjekyll.liquid.ruby import inspect
from pyjekyll.log import logger

if TYPE_CHECKING:
    from pyjekyll.content.document import Document
    from pyjekyll.content.page import Page

_LIQUID_TAG = re.compile(r"{%-?\s*(\w+)\s*.*?-?%}", re.S)
_LINK_REF = re.compile(r"^ {0,3}(?:(\[[^\]]+\])(:.+))$", re.M)
# Liquid block tags, which would be left open if the separator falls inside them.
BLOCK_TAGS = frozenset(["capture", "case", "comment", "for", "if", "ifchanged", "raw", "tablerow",
                        "unless", "highlight", "doc"])


class Excerpt:
    """Shares the document's data (minus layout and excerpt) and renders without a layout."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.content = self._extract(doc.content)
        self._output: str | None = None
        self._data: dict[str, Any] | None = None

    @classmethod
    def with_content(cls, doc: Document, content: str) -> Excerpt:
        """The excerpt of `doc` when its text is already known (cut from the same body before)."""
        excerpt = cls.__new__(cls)
        excerpt.doc = doc
        excerpt.content = content
        excerpt._output = None
        excerpt._data = None
        return excerpt

    @property
    def site(self) -> Any:
        return self.doc.site

    @property
    def data(self) -> dict[str, Any]:
        if self._data is None:
            self._data = {k: v for k, v in self.doc.data.items() if k not in ("layout", "excerpt")}
        return self._data

    def data_get(self, key: str) -> Any:
        return self.data.get(key)

    @property
    def extname(self) -> str:
        return self.doc.extname

    @property
    def relative_path(self) -> str:
        return self.doc.relative_path + "/#excerpt"

    @property
    def path(self) -> str:
        return self.doc.path + "/#excerpt"

    @property
    def id(self) -> str:
        return f"{self.doc.id}#excerpt"

    @property
    def url(self) -> str:
        return self.doc.url

    @property
    def body_line(self) -> int:
        return self.doc.body_line

    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        if self.doc.extname in (".coffee", ".yml", ".yaml"):
            return False
        return "{%" in self.content or "{{" in self.content

    def place_in_layout(self) -> bool:
        return False

    @property
    def output(self) -> str:
        if self._output is None:
            self._output = self.doc.site.render_excerpt(self)
        return self._output

    def __str__(self) -> str:
        return self.output

    def to_liquid(self) -> Any:
        from pyjekyll.liquid.drops.document import ExcerptDrop

        return ExcerptDrop(self)

    def _extract(self, content: str) -> str:
        sep = self.doc.excerpt_separator()
        head, found, tail = (content or "").partition(sep)
        if not found or not tail:
            return head
        if "{%" in head:
            head = self._close_liquid_blocks(head)
        if "]:" not in tail:  # no reference definitions to carry over (the common case)
            return head
        definitions = [a + b for a, b in _LINK_REF.findall(tail) if a in head]
        if not definitions:
            return head
        return head + "\n\n" + "\n".join(definitions)

    def _close_liquid_blocks(self, head: str) -> str:
        modified = False
        for name in reversed(_LIQUID_TAG.findall(head)):
            if name not in BLOCK_TAGS:
                continue
            if re.search(r"{%-?\s*end" + re.escape(name) + r".*?\s*-?%}", head, re.S):
                continue
            modified = True
            head += f"\n{{% end{name} %}}"
        if modified:
            rel = self.doc.relative_path
            logger.warn("Warning:", f"Excerpt modified in {rel}!")
            logger.warn("", "Found a Liquid block containing the excerpt separator "
                            f"{inspect(self.doc.excerpt_separator())}.")
            logger.warn("", "The block has been modified with the appropriate closing tag.")
            logger.warn("", "Feel free to define a custom excerpt or excerpt_separator in the")
            logger.warn("", "document's Front Matter if the generated excerpt is unsatisfactory.")
        return head


class PageExcerpt(Excerpt):
    """`page_excerpts: true`: pages get excerpts too."""

    def __init__(self, page: Page) -> None:  # type: ignore[override]
        self.doc = page  # type: ignore[assignment]
        self.content = self._extract(page.content)
        self._output = None
        self._data = None
