"""The document tree shared by the parser and the HTML writer.

Nodes mirror kramdown's element kinds (`p`, `header`, `ul`, `text`, `smart_quote`, ...), so
that block layout and span output can follow kramdown's observable rules one kind at a time.
"""
from __future__ import annotations

from typing import Any

# Element kinds kramdown always files under the block category (the root is not one of them;
# HTML elements, math and raw text say theirs in their options).
BLOCK_KINDS = frozenset({"blank", "p", "header", "blockquote", "codeblock", "ul", "ol", "li", "dl", "dt",
                         "dd", "table", "td", "hr"})


class Node:
    """One element: `kind` names it, `value` holds its text (or name), `attr` its HTML attributes."""

    __slots__ = ("kind", "value", "attr", "opts", "children")

    def __init__(self, kind: str, value: Any = None, attr: dict[str, str] | None = None,
                 **opts: Any) -> None:
        self.kind = kind
        self.value = value
        self.attr: dict[str, str] = attr if attr is not None else {}
        self.opts: dict[str, Any] = opts
        self.children: list[Node] = []

    def __repr__(self) -> str:  # debugging aid
        return f"Node({self.kind!r}, {self.value!r}, {self.attr!r}, {self.children!r})"

    def clone(self) -> "Node":
        """Deep copy (footnote bodies and TOC entries are written more than once)."""
        twin = Node(self.kind, self.value, dict(self.attr), **dict(self.opts))
        twin.children = [c.clone() for c in self.children]
        return twin
