"""kramdown's `{:...}` syntax at block level: ALDs, block IALs and `{::name}` extensions.

Extensions: `comment` (kept as an HTML comment), `nomarkdown` (raw output) and `options`
(changes options for the rest of the document).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import patterns as P
from .attributes import Attrs
from .options import apply_inline_option
from .tree import Node

if TYPE_CHECKING:
    from .parser import Parser


class ExtensionRules:
    """Mixin for the parser: block extensions and the extension tags shared with spans."""

    def parse_block_extensions(self: "Parser") -> bool:
        src = self.src
        m = src.check(P.ALD_START)
        if m:
            src.pos = m.end()
            self.attribute_list(m.group(2), self.alds.setdefault(m.group(1), {}))
            self.tree.children.append(self.new_block("eob", "ald"))
            return True
        if src.check(P.EXT_BLOCK_START):
            return self.parse_extension_start_tag("block")
        m = src.check(P.IAL_BLOCK_START)
        if m:
            src.pos = m.end()
            children = self.tree.children
            last = children[-1] if children else None
            if last is not None and last.kind != "blank" and (
                    last.kind != "eob" or last.value in ("link_def", "abbrev_def", "footnote_def")):
                self.attribute_list(m.group(1), last.opts.setdefault("ial", {}))
                if not src.check(P.IAL_BLOCK_START):
                    children.append(self.new_block("eob", "ial"))
            else:
                if self.block_ial is None:
                    self.block_ial = {}
                self.attribute_list(m.group(1), self.block_ial)
            return True
        return False

    def parse_extension_start_tag(self: "Parser", kind: str) -> bool:
        src = self.src
        m = src.m
        assert m is not None
        saved = src.pos
        src.pos = m.end()

        def fail() -> bool:
            src.pos = saved
            if kind == "span":
                self.add_text(src.getch())
            return False

        if m.group(4) or m.group(0) == "{:/}":
            return fail()
        name = m.group(1) or ""
        opts: Attrs = {}
        self.attribute_list(m.group(2) or "", opts)
        body: str | None = None
        if not m.group(3):
            stop_re = _ext_stop(name, kind)
            found = src.scan_until(stop_re)
            if found is None:
                return fail()
            body = found[:src.m.start() - (src.pos - len(found))] if src.m else found
            if kind == "block" and body.endswith("\n"):
                body = body[:-1]
        if not self.handle_extension(name, opts, body, kind):
            return fail()
        return True

    def handle_extension(self: "Parser", name: str, opts: Attrs, body: str | None, kind: str) -> bool:
        if name == "comment":
            if body is not None:
                self.tree.children.append(Node("comment", body, category=kind))
            return True
        if name == "nomarkdown":
            if body is not None:
                types = str(opts.get("type", "")).split()
                self.tree.children.append(Node("raw", body, category=kind, type=types))
            return True
        if name == "options":
            for key, val in opts.items():
                if not key.startswith(":"):
                    apply_inline_option(self.options, key, val)
            if kind == "block":
                self.tree.children.append(self.new_block("eob", "extension"))
            return True
        return False


_EXT_STOP_CACHE: dict[tuple[str, str], re.Pattern[str]] = {}


def _ext_stop(name: str, kind: str) -> re.Pattern[str]:
    key = (name, kind)
    rx = _EXT_STOP_CACHE.get(key)
    if rx is None:
        stop = P.EXT_STOP_STR.format(re.escape(name))
        rx = re.compile(rf"^{P.OPT_SPACE}{stop}[ \t\r\f\v]*?\n" if kind == "block" else stop, re.M)
        _EXT_STOP_CACHE[key] = rx
    return rx
