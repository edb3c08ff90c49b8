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

    __slots__ = ()

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
        line = src.line_at(saved) if self.warn_on else 0
        src.pos = m.end()

        def fail(message: str) -> bool:
            self.warning(message)
            src.pos = saved
            if kind == "span":
                self.add_text(src.getch())
            return False

        if m.group(4) or m.group(0) == "{:/}":
            named = f"for '{m.group(4)}' " if m.group(4) else ""
            return fail(f"Invalid extension stop tag {named} found on line {line} - ignoring it")
        name = m.group(1) or ""
        opts: Attrs = {}
        self.attribute_list(m.group(2) or "", opts)
        body: str | None = None
        if not m.group(3):
            stop_re = _ext_stop(name, kind)
            found = src.scan_until(stop_re)
            if found is None:
                return fail(f"No stop tag for extension '{name}' found on line {line} - ignoring it")
            body = found[:src.m.start() - (src.pos - len(found))] if src.m else found
            if kind == "block" and body.endswith("\n"):
                body = body[:-1]
        if not self.handle_extension(name, opts, body, kind):
            return fail(f"Invalid extension with name '{name}' specified on line {line} - ignoring it")
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
            unknown = []
            for key, val in opts.items():
                if key.startswith(":"):
                    continue
                if key not in _KRAMDOWN_OPTION_NAMES:
                    unknown.append(key)
                elif key in _FORBIDDEN_INLINE:
                    self.warning(f"Option {key} may not be set inline")
                    continue
                apply_inline_option(self.options, key, val)
            for key in unknown:
                self.warning(f"Unknown kramdown option '{key}'")
            if kind == "block":
                self.tree.children.append(self.new_block("eob", "extension"))
            return True
        return False


# The options kramdown 2.4 (with the GFM parser) defines; others are unknown to `{::options}`.
_KRAMDOWN_OPTION_NAMES = frozenset(
    "auto_id_prefix auto_id_stripping auto_ids entity_output footnote_backlink footnote_backlink_inline "
    "footnote_nr footnote_prefix forbidden_inline_options gfm_quirks hard_wrap header_offset "
    "html_to_native latex_headers line_width link_defs list_indent math_engine math_engine_opts "
    "parse_block_html parse_span_html remove_block_html_tags remove_line_breaks_for_cjk "
    "remove_span_html_tags smart_quotes syntax_highlighter syntax_highlighter_opts template toc_levels "
    "transliterated_header_ids typographic_symbols".split())
_FORBIDDEN_INLINE = frozenset({"template", "forbidden_inline_options"})

_EXT_STOP_CACHE: dict[tuple[str, str], re.Pattern[str]] = {}


def _ext_stop(name: str, kind: str) -> re.Pattern[str]:
    key = (name, kind)
    rx = _EXT_STOP_CACHE.get(key)
    if rx is None:
        stop = P.EXT_STOP_STR.format(re.escape(name))
        rx = re.compile(rf"^{P.OPT_SPACE}{stop}[ \t\r\f\v]*?\n" if kind == "block" else stop, re.M)
        _EXT_STOP_CACHE[key] = rx
    return rx
