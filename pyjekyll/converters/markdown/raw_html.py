"""HTML inside Markdown: block-level elements, span-level tags, raw bodies and `markdown=` modes.

kramdown reads HTML into elements (re-serialising attributes with double quotes) and
decides per element whether its body is raw, span-level or block-level Markdown.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from . import patterns as P
from .html_native import to_native
from .tree import Node

if TYPE_CHECKING:
    from .parser import Parser

_MARKDOWN_ATTR = {"0": "raw", "1": "default", "span": "span", "block": "block"}
_NEWLINES = re.compile(r"\n+")
_CLOSE_CACHE: dict[tuple[str, bool], re.Pattern[str]] = {}


def close_tag_re(name: str, lookahead: bool = False) -> re.Pattern[str]:
    key = (name, lookahead)
    rx = _CLOSE_CACHE.get(key)
    if rx is None:
        flags = re.I if name in P.KNOWN_ELEMENTS or lookahead else 0
        body = rf"</{re.escape(name)}[ \t\r\n\f\v]*>"
        rx = re.compile(f"(?={body})" if lookahead else body, flags)
        _CLOSE_CACHE[key] = rx
    return rx


def parse_html_attributes(text: str, lower: bool = True, repeated: list[str] | None = None) -> dict[str, str]:
    """The tag's attributes; names given twice are added to `repeated` (the last value wins)."""
    attrs: dict[str, str] = {}
    for m in P.HTML_ATTRIBUTE.finditer(text):
        name = m.group(1).lower() if lower else m.group(1)
        if repeated is not None and name in attrs:
            repeated.append(name)
        val = m.group(2)
        if val is None:
            val = m.group(4) if m.group(4) is not None else ""
        attrs[name] = val
    return attrs


Handler = Callable[[Node, bool, bool], None]


def _ruby(value: object) -> str:
    """How Ruby interpolates a value into a message (nil is empty)."""
    return "" if value is None else str(value)


class HtmlRules:
    """Mixin for the parser: the block and span HTML rules."""

    __slots__ = ()

    def html_attributes(self: "Parser", text: str, lower: bool, line: int | None) -> dict[str, str]:  # type: ignore[misc]
        """parse_html_attributes, warning as kramdown does about repeated names."""
        if not self.warn_on:
            return parse_html_attributes(text, lower)
        repeated: list[str] = []
        attrs = parse_html_attributes(text, lower, repeated)
        for name in repeated:
            self.warning(f"Duplicate HTML attribute '{name}' on line {_ruby(line) or '?'} - overwriting previous one")
        return attrs

    def parse_block_html(self: "Parser") -> bool:  # type: ignore[misc]
        src = self.src
        line = src.line_at() if self.warn_on else None
        comment = src.scan(P.HTML_COMMENT)
        if comment is not None:
            self.tree.children.append(Node("xml_comment", comment, category="block"))
            src.scan(P.TRAILING_WHITESPACE)
            return True
        m = src.check(P.HTML_BLOCK_TAG)
        if m and m.group(1).lower() not in P.SPAN_ELEMENTS:
            src.pos = m.end()
            self.handle_html_start_tag(m, self.handle_kramdown_html_tag, line)
            if self.options.get("html_to_native"):
                to_native(self.tree.children[-1])
            return True
        m = src.check(P.HTML_BLOCK_CLOSE)
        if m and m.group(1).lower() not in P.SPAN_ELEMENTS:
            tree = self.tree
            if tree.kind == "html_element" and tree.value == m.group(1).lower():
                src.pos = m.end()
                from .parser import _Stop
                raise _Stop()
        return False

    def handle_html_start_tag(self: "Parser", m: re.Match[str], handler: Handler,  # type: ignore[misc]
                              line: int | None = None) -> None:
        name = m.group(1)
        if name.lower() in P.KNOWN_ELEMENTS:
            name = name.lower()
        closed = m.group(4) is not None
        attrs = self.html_attributes(m.group(2), name in P.KNOWN_ELEMENTS, line)
        el = Node("html_element", name, attrs, category="block")
        if line is not None:
            el.opts["location"] = line
        self.tree.children.append(el)
        if not closed and name in P.ELEMENTS_WITHOUT_BODY:
            closed = True
        if name in ("script", "style"):
            self.handle_raw_html_tag(name)
            handler(el, False, False)
        else:
            handler(el, closed, True)

    def handle_raw_html_tag(self: "Parser", name: str) -> None:  # type: ignore[misc]
        src = self.src
        el = self.tree.children[-1]
        start = src.pos
        if src.scan_until(close_tag_re(name, lookahead=True)) is not None:
            self.add_text(src.s[start:src.pos], el, "raw")
            src.scan(P.HTML_TAG_CLOSE)
        else:
            self.add_text(src.rest(), el, "raw")
            src.terminate()
            self.warning(f"Found no end tag for '{name}' - auto-closing it")

    def handle_kramdown_html_tag(self: "Parser", el: Node, closed: bool, handle_body: bool) -> None:  # type: ignore[misc]
        src = self.src
        if self.block_ial is not None:
            el.opts["ial"] = self.block_ial
            self.block_ial = None
        tree = self.tree
        in_raw = tree.kind == "html_element" and tree.opts.get("content_model") == "raw"
        if in_raw:
            model = "raw"
        else:
            model = P.content_model(el.value) if self.options.get("parse_block_html") else "raw"
        mode = _MARKDOWN_ATTR.get(el.attr.pop("markdown", None) or "")
        if mode is not None:
            model = P.content_model(el.value) if mode == "default" else mode
        if model == "block":
            src.scan(P.TRAILING_WHITESPACE)
        el.opts["content_model"] = model
        el.opts["is_closed"] = closed
        if not closed and handle_body:
            if model == "block":
                if not self.parse_blocks(el):
                    self.warning(f"Found no end tag for '{el.value}' (line {_ruby(el.opts.get('location'))}) "
                                 "- auto-closing it")
            elif model == "span":
                start = src.pos
                if src.scan_until(close_tag_re(el.value, lookahead=True)) is not None:
                    self.add_text(src.s[start:src.pos], el)
                    src.scan(P.HTML_TAG_CLOSE)
                else:
                    self.add_text(src.rest(), el)
                    src.terminate()
                    self.warning(f"Found no end tag for '{el.value}' (line {_ruby(el.opts.get('location'))}) "
                                 "- auto-closing it")
            else:
                self.parse_raw_html(el, self.handle_kramdown_html_tag)
            if not (self.tree.kind == "html_element" and self.tree.opts.get("content_model") == "raw"):
                src.scan(P.TRAILING_WHITESPACE)

    def parse_raw_html(self: "Parser", el: Node, handler: Handler) -> None:  # type: ignore[misc]
        src = self.src
        self.stack.append((self.tree, self.text_type))
        self.tree = el
        done = False
        while not src.eos() and not done:
            found = src.scan_until(P.HTML_RAW_START)
            if found is None:
                self.add_text(src.rest(), self.tree, "text")
                src.terminate()
                if self.tree.kind == "html_element":
                    self.warning(f"Found no end tag for '{self.tree.value}' on line "
                                 f"{_ruby(self.tree.opts.get('location'))} - auto-closing it")
                break
            self.add_text(found, self.tree, "text")
            line = src.line_at() if self.warn_on else None
            text = src.scan(P.HTML_COMMENT)
            if text is not None:
                self.tree.children.append(Node("xml_comment", text, category="block"))
                continue
            text = src.scan(P.HTML_INSTRUCTION)
            if text is not None:
                self.tree.children.append(Node("xml_pi", text, category="block"))
                continue
            m = src.check(P.HTML_TAG)
            if m:
                src.pos = m.end()
                self.handle_html_start_tag(m, handler, line)
                continue
            m = src.check(P.HTML_TAG_CLOSE)
            if m:
                src.pos = m.end()
                name = m.group(1)
                tree_name = self.tree.value
                if tree_name == (name.lower() if tree_name in P.KNOWN_ELEMENTS else name):
                    done = True
                else:
                    self.add_text(m.group(0), self.tree, "text")
                    self.warning(f"Found invalidly used HTML closing tag for '{name}' on line {_ruby(line)} "
                                 "- ignoring it")
                continue
            self.add_text(src.getch(), self.tree, "text")
        self.tree, _ = self.stack.pop()

    def parse_span_html(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        line = src.line_at() if self.warn_on else None
        text = src.scan(P.HTML_COMMENT)
        if text is not None:
            self.tree.children.append(Node("xml_comment", text, category="span"))
            return
        text = src.scan(P.HTML_TAG_CLOSE)
        if text is not None:
            if line is not None:
                self.warning(f"Found invalidly used HTML closing tag for '{src.m.group(1)}' on line {line}")  # type: ignore[union-attr]
            self.add_text(text)
            return
        m = src.check(P.HTML_TAG)
        if m is None:
            self.add_text(src.getch())
            return
        src.pos = m.end()
        name = m.group(1)
        known = name.lower() in P.KNOWN_ELEMENTS
        if known:
            name = name.lower()
        if name in P.BLOCK_ELEMENTS:
            self.warning(f"Found block HTML tag '{name}' in span-level text on line {line}")
            self.add_text(m.group(0))
            return
        attrs = self.html_attributes(m.group(2), known, line)
        for k, v in attrs.items():
            if v:
                attrs[k] = _NEWLINES.sub(" ", v)
        tree = self.tree
        if P.content_model(name) == "raw" or (tree is not None and tree.opts.get("content_model") == "raw"):
            parse = False
        else:
            parse = bool(self.options.get("parse_span_html", True))
        mode = _MARKDOWN_ATTR.get(attrs.pop("markdown", None) or "")
        if mode == "block":
            self.warning(f"Cannot use block-level parsing in span-level HTML tag (line {line}) - using default mode")
        elif mode == "span":
            parse = True
        elif mode == "default":
            parse = P.content_model(name) != "raw"
        elif mode == "raw":
            parse = False
        el = Node("html_element", name, attrs, category="span",
                  content_model="span" if parse else "raw", is_closed=m.group(4) is not None)
        self.tree.children.append(el)
        if m.group(4) is None and name not in P.ELEMENTS_WITHOUT_BODY:
            stop = close_tag_re(name)
            if self.parse_spans(el, stop, None if parse else ("span_html",)):
                src.scan(stop)
            else:
                self.warning(f"Found no end tag for '{name}' (line {line}) - auto-closing it")
                self.add_text(src.rest(), el)
                src.terminate()
        if self.options.get("html_to_native"):
            to_native(el)
