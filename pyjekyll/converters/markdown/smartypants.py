"""The reduced kramdown parser behind Jekyll's `smartify` filter.

Only HTML blocks and plain lines are recognised at block level, and only smart quotes,
entities, typographic symbols and HTML tags at span level: no other Markdown applies.
"""
from __future__ import annotations

import re
from typing import Any

from . import patterns as P
from .parser import Parser, block_rule_table
from .scanner import at_pos
from .spans import span_scanner
from .tree import Node

_ANYWHERE = re.compile("")


class SmartyPantsParser(Parser):
    __slots__ = ()

    def __init__(self, options: dict[str, Any]) -> None:
        super().__init__(options)
        self.gfm = False  # kramdown's own parser underneath: header ids from the HTML's raw text
        self.block_rules = _RULES
        self.span_rules = ("smart_quotes", "html_entity", "typographic_syms", "span_html")
        self.span_scan = span_scanner(self.span_rules)

    def parse_content(self) -> bool:
        self.add_text(self.src.scan(P.LINE) or self.src.rest())
        if self.src.m is None:
            self.src.terminate()
        return True

    def parse(self, source: str) -> Node:  # noqa: D102
        text = P.re.sub(r"\r\n?", "\n", source) if "\r" in source else source
        if text.endswith("\n"):
            text = text[:-1]
        self.parse_blocks(self.root, text + "\n")
        self.finish_tree(self.root)
        return self.root


_RULES = block_rule_table(
    [(at_pos(P.HTML_BLOCK_START), Parser.parse_block_html), (_ANYWHERE, SmartyPantsParser.parse_content)],
    {Parser.parse_block_html: "<", SmartyPantsParser.parse_content: None})
