"""kramdown's GFM input: block-level rules and the tree post-processing.

A document is parsed in two passes, as kramdown does: block rules split the source into
elements whose text is kept raw, then `finish_tree` runs the span rules over that text and
applies attribute lists, abbreviations and GFM's header ids and hard breaks.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any, Callable

from . import patterns as P
from .patterns import RUBY_WS
from .attributes import Attrs, apply_ial, parse_attribute_list
from .raw_html import HtmlRules
from .scanner import Scanner, at_pos
from .spans import SpanRules, normalize_link_id, span_rule_names, span_scanner
from .tables import TableRule
from .lists import ListRules
from .extensions import ExtensionRules
from .tree import BLOCK_KINDS, Node

_CODE_LINE_JOIN = re.compile(r"\n( {0,3}[^ \t\r\n\f\v])")
_HEADER_TRAIL = re.compile(r"[\t ]#+\Z")
_HEADER_TRAIL_UNESCAPED = re.compile(r"(?<!\\)#+\Z")
_KRAMDOWN_ATX = re.compile(r"^(?P<level>#{1,6})[\t ]*(?P<contents>[^ \t].*)\n", re.M)
_KRAMDOWN_FENCE_START = re.compile(r"^~{3,}", re.M)
_KRAMDOWN_FENCE = re.compile(
    r"^((~){3,})[ \t\r\n\f\v]*?(([^ \t\r\n\f\v]+?)(?:\?[^ \t\r\n\f\v]*)?)?[ \t\r\n\f\v]*?\n(.*?)^\1\2*[ \t\r\n\f\v]*?\n",
    re.M | re.S)
_CR = re.compile(r"\r\n?")
_MAYBE_BREAK = re.compile(r"\\\s*\n")
# Lines whose first character cannot begin any paragraph-ending construct (blank line, IAL,
# end-of-block marker, HTML tag, list item, header, definition, quote or fence).
_PLAIN_LINES = re.compile(r"(?:(?![ \t\n\r\f\v{^<+*\-#:>~`\d])[^\n]*\n)*")


class ParserSetup:
    """What the parser derives from the options, worked out once per converter."""

    __slots__ = ("gfm", "atx_quirk", "paragraph_end", "atx_re", "fence_re", "hard_line_break",
                 "block_rules", "span_rules", "paragraph_end_at", "span_scan")

    def __init__(self, options: dict[str, Any]) -> None:
        # Jekyll's default input is GFM; `input: kramdown` selects kramdown's own syntax.
        self.gfm = str(options.get("input", "GFM")).lower() == "gfm"
        quirks = options.get("gfm_quirks", ["paragraph_end"]) if self.gfm else ()
        self.atx_quirk = "paragraph_end" in quirks
        self.paragraph_end = P.PARAGRAPH_END_GFM if self.atx_quirk else P.PARAGRAPH_END_KRAMDOWN
        self.paragraph_end_at = at_pos(self.paragraph_end).match
        self.atx_re = P.ATX_HEADER_START if self.gfm else _KRAMDOWN_ATX
        self.fence_re = P.FENCED_CODEBLOCK_MATCH if self.gfm else _KRAMDOWN_FENCE
        self.hard_line_break = "\n" if options.get("hard_wrap") else "\\\n"
        self.block_rules = _BLOCK_RULE_TABLE if self.gfm else _KRAMDOWN_RULE_TABLE
        self.span_rules = span_rule_names(options, self.gfm)
        self.span_scan = span_scanner(self.span_rules)


class _Stop(Exception):
    """Raised by a closing HTML tag to end the block parsing of its element's body."""


class Parser(HtmlRules, TableRule, ListRules, ExtensionRules, SpanRules):
    """Parses one document into a `Node` tree with kramdown's rules (GFM flavour)."""

    __slots__ = ("options", "warn_on", "warnings", "block_line", "root", "alds", "footnotes", "link_defs",
                 "id_counter", "src", "tree", "block_ial", "stack", "text_type", "gfm", "atx_quirk",
                 "paragraph_end", "paragraph_end_at", "atx_re", "fence_re", "hard_line_break",
                 "block_rules", "span_rules", "span_scan", "has_headers", "span_holder", "rescan_budget")

    def __init__(self, options: dict[str, Any], setup: "ParserSetup | None" = None,
                 collect_warnings: bool = False) -> None:
        self.options = options
        # kramdown's warnings, gathered only when asked for (line numbers cost a little).
        self.warn_on = collect_warnings
        self.warnings: list[str] = []
        self.block_line = 1
        self.root = Node("root", abbrev_defs={}, abbrev_attr={})
        self.alds: dict[str, Attrs] = {}
        self.footnotes: dict[str, dict[str, Any]] = {}
        self.link_defs: dict[str, tuple[str, str | None, Node | None]] = {}
        self.id_counter: dict[str, int] = {}
        self.src = Scanner("")
        self.tree: Node = self.root
        self.block_ial: Attrs | None = None
        self.stack: list[tuple[Node, Any]] = []
        self.text_type = "raw_text"
        if setup is None:
            setup = ParserSetup(options)
        self.gfm = setup.gfm
        self.atx_quirk = setup.atx_quirk
        self.paragraph_end = setup.paragraph_end
        self.paragraph_end_at = setup.paragraph_end_at
        self.atx_re = setup.atx_re
        self.fence_re = setup.fence_re
        self.hard_line_break = setup.hard_line_break
        self.block_rules = setup.block_rules
        self.span_rules = setup.span_rules
        self.span_scan = setup.span_scan
        self.has_headers = False
        self.span_holder = Node("raw_text")  # receives the spans of one text run at a time
        # Failed link and emphasis attempts rescan their text; past this many characters of such
        # rescanning (only adversarial input gets there) further openers are taken literally.
        self.rescan_budget = 300_000

    # ----------------------------------------------------------------- driver
    def parse(self, source: str) -> Node:
        text = _CR.sub("\n", source) if "\r" in source else source
        if text.endswith("\n"):
            text = text[:-1]
        self.parse_blocks(self.root, text + "\n")
        self.finish_tree(self.root)
        self.replace_abbreviations(self.root)
        for data in self.footnotes.values():
            self.finish_tree(data["content"])
            self.replace_abbreviations(data["content"])
        if self.warn_on:
            for name, data in self.footnotes.items():
                if "marker" not in data:
                    self.warning(f"Footnote definition for '{name}' on line "
                                 f"{data['content'].opts.get('location')} is unreferenced - ignoring")
        if not self.gfm:
            pass
        elif self._may_have_breaks(text) or self.options.get("html_to_native"):
            # joined paragraph lines can form a break, HTML can become headers anywhere: be generous
            self.assign_header_ids(self.root)
        elif self.has_headers:
            self.assign_header_ids_only(self.root)
        return self.root

    def _may_have_breaks(self, text: str) -> bool:
        """Whether hard line breaks can be in the tree: a `\\` break needs a backslash before a line
        feed, perhaps across whitespace that joining paragraph lines strips."""
        brk = self.hard_line_break
        if brk[0] not in text:
            return False
        return brk != "\\\n" or _MAYBE_BREAK.search(text) is not None

    def parse_blocks(self, el: Node, text: str | None = None) -> bool:
        """Run the block rules over `text` (or the current source) into `el`; True when a closing tag stopped it."""
        saved = (self.tree, self.src, self.block_ial)
        self.tree, self.block_ial = el, None
        warn_on = self.warn_on
        if text is not None:
            self.src = Scanner(text, el.opts.get("location") or 1) if warn_on else Scanner(text)
        stopped = False
        try:
            src = self.src
            s = src.s
            end = len(s)
            table = self.block_rules
            other = table[""]
            while src.pos < end:
                pos = src.pos
                ch = s[pos]
                if ch == " ":
                    ch = s[pos:pos + 4].lstrip(" ")[:1] or " "
                if warn_on:
                    self.block_line = src.line_at(pos)
                for starts_here, rule in table.get(ch, other):
                    m = starts_here(s, pos)
                    if m:
                        src.m = m  # rules read their start match from the scanner
                        if rule(self):
                            break
                else:
                    self.add_text(src.scan(P.LINE) or src.rest())
                    if src.m is None:
                        src.terminate()
        except _Stop:
            stopped = True
        self.tree, self.src, self.block_ial = saved
        return stopped

    def add_text(self, text: str, tree: Node | None = None, kind: str | None = None) -> None:
        tree = self.tree if tree is None else tree
        kind = self.text_type if kind is None else kind
        children = tree.children
        if children and children[-1].kind == kind:
            children[-1].value += text
        elif text:
            children.append(Node(kind, text))

    def warning(self, text: str) -> None:
        """Record one of kramdown's warnings (when they are being collected)."""
        if self.warn_on:
            self.warnings.append(text)

    def attribute_list(self, text: str, into: Attrs) -> None:
        """Read an IAL or ALD body into `into`, warning as kramdown does when nothing is in it."""
        if not parse_attribute_list(text, into):
            self.warning(f"No or invalid attributes found in IAL/ALD content: {text}")

    def new_block(self, kind: str, value: Any = None, attr: dict[str, str] | None = None, **opts: Any) -> Node:
        if self.warn_on:
            opts.setdefault("location", self.block_line)
        el = Node(kind, value, attr, **opts)
        if self.block_ial is not None:
            el.opts["ial"] = self.block_ial
            self.block_ial = None
        return el

    def after_block_boundary(self) -> bool:
        children = self.tree.children
        if not children:
            return True
        last = children[-1]
        return last.kind == "blank" or (last.kind == "eob" and last.value is None) or bool(self.block_ial)

    def before_block_boundary(self) -> bool:
        return self.src.check(P.BLOCK_BOUNDARY) is not None

    # ------------------------------------------------------------ block rules
    def parse_blank_line(self) -> bool:
        src = self.src
        m = src.m
        assert m is not None
        src.pos = m.end()
        text = m.group(0)
        children = self.tree.children
        if children and children[-1].kind == "blank":
            children[-1].value += text
        else:
            children.append(self.new_block("blank", text))
        return True

    def parse_eob_marker(self) -> bool:
        self.src.pos = self.src.m.end()  # type: ignore[union-attr]
        self.tree.children.append(self.new_block("eob"))
        return True

    def parse_paragraph(self) -> bool:
        src = self.src
        s = src.s
        n = len(s)
        start = src.pos
        nl = s.find("\n", start)
        pos = n if nl < 0 else nl + 1
        ends_here = self.paragraph_end_at
        skip_plain = _PLAIN_LINES.match
        while pos < n:
            pos = skip_plain(s, pos).end()  # lines that cannot end a paragraph
            if pos >= n or ends_here(s, pos):
                break
            nl = s.find("\n", pos)
            pos = n if nl < 0 else nl + 1
        src.pos = pos
        text = s[start:pos].rstrip(RUBY_WS)
        children = self.tree.children
        if children and children[-1].kind == "p":
            para = children[-1]
            last = para.children[-1] if para.children else None
            if last is not None and last.kind == self.text_type:
                joiner = "  \n" if src.s[max(0, start - 3):start] == "  \n" else "\n"
                last.value += joiner + text
            else:
                self.add_text(text, para)
        else:
            para = self.new_block("p")
            children.append(para)
            self.add_text(text.lstrip(RUBY_WS), para)
        return True

    def parse_codeblock(self) -> bool:
        data = self.src.scan(P.CODEBLOCK_MATCH) or ""
        if not data:
            return False
        data = _CODE_LINE_JOIN.sub(r" \1", data)
        data = P.INDENT.sub("", data)
        self.tree.children.append(self.new_block("codeblock", data))
        return True

    def parse_codeblock_fenced(self) -> bool:
        src = self.src
        line_end = src.s.find("\n", src.pos)
        if line_end < 0 or not _FENCE_LINE.search(src.s, line_end + 1):
            return False  # no closing fence can follow: skip the backtracking-heavy match
        m = self.src.check(self.fence_re)
        if m is None:
            return False
        self.src.pos = m.end()
        el = self.new_block("codeblock", m.group(5), fenced=True)
        lang = (m.group(3) or "").strip(RUBY_WS)
        if lang:
            el.opts["lang"] = lang
            el.attr["class"] = f"language-{m.group(4)}"
        self.tree.children.append(el)
        return True

    def _scan_lazy_block(self) -> str:
        src = self.src
        parts = [src.scan(P.LINE) or ""]
        while not src.eos() and not src.check(P.LAZY_END_RE):
            line = src.scan(P.LINE)
            if line is None:
                break
            parts.append(line)
        return "".join(parts)

    def parse_blockquote(self) -> bool:
        text = P.BLOCKQUOTE_START.sub("", self._scan_lazy_block())
        el = self.new_block("blockquote")
        self.tree.children.append(el)
        self.parse_blocks(el, text)
        return True

    def _header_contents(self, m: re.Match[str]) -> tuple[str, str | None]:
        text = m.group("contents").rstrip(RUBY_WS)
        hid = P.header_id_re().search(text) if "{#" in text else None
        if hid:
            return text[:hid.start()].rstrip(RUBY_WS), hid.group("id")
        return text, None

    def _add_header(self, m: re.Match[str], level: int, text: str, hid: str | None) -> None:
        self.src.pos = m.end()
        el = self.new_block("header", level=level, raw_text=text)
        self.has_headers = True
        self.add_text(text, el)
        if hid:
            el.attr["id"] = hid
        self.tree.children.append(el)

    def parse_atx_header(self) -> bool:
        if not self.atx_quirk and not self.after_block_boundary():
            return False
        m = self.src.m
        assert m is not None
        text, hid = self._header_contents(m)
        trimmed = (_HEADER_TRAIL if self.atx_quirk else _HEADER_TRAIL_UNESCAPED).sub("", text)
        if trimmed != text:
            text = trimmed.rstrip(RUBY_WS)
        if not text:
            return False
        self._add_header(m, len(m.group("level")), text, hid)
        return True

    def parse_setext_header(self) -> bool:
        if not self.after_block_boundary():
            return False
        m = self.src.m
        assert m is not None
        text, hid = self._header_contents(m)
        if not text:
            return False
        self._add_header(m, 2 if m.group("level") == "-" else 1, text, hid)
        return True

    def parse_horizontal_rule(self) -> bool:
        self.src.pos = self.src.m.end()  # type: ignore[union-attr]
        self.tree.children.append(self.new_block("hr"))
        return True

    # ------------------------------------------------------- other block rules
    def parse_block_math(self) -> bool:
        src = self.src
        if not self.after_block_boundary():
            return False
        m = src.check(_BLOCK_MATH)
        if m is None:
            return False
        if m.group(1):
            if m.group(3):
                src.scan(_BLOCK_MATH_ESCAPE)
            return False
        saved = src.pos
        src.pos = m.end()
        if self.before_block_boundary():
            self.tree.children.append(self.new_block("math", m.group(2).strip(RUBY_WS), category="block"))
            return True
        src.pos = saved
        return False

    def parse_footnote_definition(self) -> bool:
        m = self.src.check(_FOOTNOTE_DEF)
        if m is None:
            return False
        self.src.pos = m.end()
        el = Node("footnote_def", location=self.block_line) if self.warn_on else Node("footnote_def")
        if m.group(1) in self.footnotes:
            self.warning(f"Duplicate footnote name '{m.group(1)}' on line {self.block_line} - overwriting")
        self.parse_blocks(el, P.INDENT.sub("", m.group(2)))
        eob = self.new_block("eob", "footnote_def")
        self.tree.children.append(eob)
        self.footnotes[m.group(1)] = {"content": el, "eob": eob}
        return True

    def parse_link_definition(self) -> bool:
        m = self.src.m
        assert m is not None
        if m.group(3) and _LINK_DEF_TITLE_IN_URL.search(m.group(3)):
            return False
        self.src.pos = m.end()
        link_id = normalize_link_id(m.group(1))
        if self.warn_on and link_id in self.link_defs:
            self.warning(f"Duplicate link ID '{link_id}' on line {self.src.line_at()} - overwriting")
        eob = self.new_block("eob", "link_def")
        self.tree.children.append(eob)
        url = m.group(2) if m.group(2) is not None else m.group(3)
        self.link_defs[link_id] = (url, m.group(5), eob)
        return True

    def parse_abbrev_definition(self) -> bool:
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        if m.group(1) in self.root.opts["abbrev_defs"]:
            self.warning(f"Duplicate abbreviation ID '{m.group(1)}' on line {self.block_line} - overwriting")
        eob = self.new_block("eob", "abbrev_def")
        self.tree.children.append(eob)
        self.root.opts["abbrev_defs"][m.group(1)] = m.group(2).strip(RUBY_WS)
        self.root.opts["abbrev_attr"][m.group(1)] = eob
        return True

    # --------------------------------------------------------- tree finishing
    def finish_tree(self, el: Node) -> None:
        """Parse raw text into spans, drop end-of-block markers, merge blanks, apply attribute lists."""
        out: list[Node] = []
        last_blank: Node | None = None
        no_span_start = self.span_scan[0].search
        for child in el.children:
            kind = child.kind
            if kind == "raw_text":
                last_blank = None
                if no_span_start(child.value) is None:  # no span rule can start: one text element
                    child.kind = "text"
                    out.append(child)
                    continue
                self.stack = []
                src = self.src = (Scanner(child.value, el.opts.get("location") or 1) if self.warn_on
                                  else Scanner(child.value))
                holder = self.span_holder
                spans = holder.children = []
                self.tree = holder  # what `parse_spans(holder)` sets up, without its stop handling
                self.text_type = "text"
                scan, by_char, anywhere = self.span_scan
                self._spans_to_end(src, src.s, spans, "text", scan.search, by_char, anywhere, True)
                self.tree = None  # type: ignore[assignment]
                out.extend(spans)
            elif kind == "blank":
                if last_blank is not None:
                    last_blank.value += child.value
                else:
                    last_blank = child
                    out.append(child)
            elif kind == "eob":
                if child.opts.get("ial"):
                    apply_ial(child.attr, child.opts["ial"], self.alds)
            else:
                last_blank = None
                grand = child.children
                if grand:
                    if len(grand) == 1 and grand[0].kind == "raw_text" and no_span_start(grand[0].value) is None:
                        grand[0].kind = "text"  # one plain run: nothing else to finish below
                    else:
                        self.finish_tree(child)
                opts = child.opts
                if opts:
                    if opts.get("ial"):
                        apply_ial(child.attr, opts["ial"], self.alds)
                    if kind == "dt" or (kind == "header" and (self.gfm or self.options.get("auto_id_stripping"))):
                        opts["raw_text"] = _gfm_raw_text(child) if self.gfm else _plain_raw_text(child)
                elif kind == "dt":
                    opts["raw_text"] = _gfm_raw_text(child) if self.gfm else _plain_raw_text(child)
                out.append(child)
        el.children = out

    def assign_header_ids(self, el: Node) -> None:
        """GFM's pass: header ids from their text, hard line breaks in text."""
        out: list[Node] = []
        brk = self.hard_line_break
        for child in el.children:
            if child.kind == "text" and brk in child.value:
                out.extend(self._split_hard_breaks(el, child))
                continue
            out.append(child)
            if child.kind == "html_element":
                continue
            if child.kind == "header" and self.options.get("auto_ids") and "id" not in child.attr:
                child.attr["id"] = self.gfm_header_id(child.opts.get("raw_text", ""))
            else:
                self.assign_header_ids(child)
        el.children = out

    def assign_header_ids_only(self, el: Node) -> None:
        """The id half of the GFM pass, visiting only elements that can hold headers."""
        for child in el.children:
            kind = child.kind
            if kind == "header":
                if self.options.get("auto_ids") and "id" not in child.attr:
                    child.attr["id"] = self.gfm_header_id(child.opts.get("raw_text", ""))
            elif kind in _HEADER_HOLDERS:
                self.assign_header_ids_only(child)

    def _split_hard_breaks(self, parent: Node, child: Node) -> list[Node]:
        lines = child.value.split(self.hard_line_break)
        is_block = parent.kind in BLOCK_KINDS or parent.opts.get("category") == "block"
        omit_last = lines[-1] == "" and is_block and parent.children[-1] is child
        result: list[Node] = []
        for i, line in enumerate(lines):
            result.append(Node("text", ("\n" + line) if i > 0 else line))
            if i < len(lines) - 2 or (i == len(lines) - 2 and not omit_last):
                result.append(Node("br"))
        return result

    def gfm_header_id(self, text: str) -> str:
        if text.isascii():  # the usual case: one substitution instead of a test per character
            result = _ASCII_NON_ID.sub("", text.lower())
        else:
            result = "".join(c for c in text.lower() if _is_id_char(c))
        result = result.replace(" ", "-").replace("\t", "-")
        n = self.id_counter.get(result, -1) + 1
        self.id_counter[result] = n
        if n > 0:
            result += f"-{n}"
        return str(self.options.get("auto_id_prefix", "")) + result

    def replace_abbreviations(self, el: Node, regexps: tuple[re.Pattern[str], ...] | None = None) -> None:
        defs = self.root.opts["abbrev_defs"]
        if not defs:
            return
        if regexps is None:
            names = sorted(defs, key=len, reverse=True)
            union = "|".join(re.escape(k) for k in names)
            # Ruby's \w is ASCII; its scanner also takes the cursor for a line start, so an
            # abbreviation right after the previous one (`éé`) is found there.
            regexps = (re.compile(union), re.compile(rf"(?=(?:\W|^)(?:{union})(?!\w))", re.M | re.A),
                       re.compile(rf"(?:{union})(?!\w)", re.A))
        first, boundary, at_cursor = regexps
        out: list[Node] = []
        for child in el.children:
            if child.kind == "text" and el.opts.get("content_model") != "raw":
                if first.search(child.value):
                    sc = Scanner(child.value)
                    while True:
                        temp = "" if sc.pos and at_cursor.match(sc.s, sc.pos) else sc.scan_until(boundary)
                        if temp is None:
                            break
                        abbr = sc.scan(first)
                        if abbr is None:
                            ch = sc.scan(_NONWORD_OR_BOL)
                            temp += ch or ""
                            abbr = sc.scan(first) or ""
                        out.append(Node("text", temp))
                        out.append(Node("abbreviation", abbr))
                    out.append(Node("text", sc.rest()))
                else:
                    out.append(child)
            else:
                self.replace_abbreviations(child, regexps)
                out.append(child)
        el.children = out


_BLOCK_MATH = re.compile(rf"^{P.OPT_SPACE}(\\)?\$\$(.*?)\$\$([ \t\r\n\f\v]*?\n)?", re.M | re.S)
_FOOTNOTE_START = re.compile(rf"^{P.OPT_SPACE}\[\^({P.ALD_ID_NAME})\]:", re.M)
# kramdown's block rules in priority order: (start pattern at the cursor, rule).
_BLOCK_RULES: list[tuple[re.Pattern[str], Callable[[Parser], bool]]] = [
    (at_pos(rx), rule) for rx, rule in [
        (P.BLANK_LINE, Parser.parse_blank_line),
        (P.CODEBLOCK_START, Parser.parse_codeblock),
        (P.FENCED_CODEBLOCK_START, Parser.parse_codeblock_fenced),
        (P.BLOCKQUOTE_START, Parser.parse_blockquote),
        (P.ATX_HEADER_START, Parser.parse_atx_header),
        (P.HR_START, Parser.parse_horizontal_rule),
        (P.LIST_START, Parser.parse_list),
        (P.DEFINITION_LIST_START, Parser.parse_definition_list),
        (P.HTML_BLOCK_START, Parser.parse_block_html),
        (P.SETEXT_HEADER_START, Parser.parse_setext_header),
        (_BLOCK_MATH, Parser.parse_block_math),
        (P.TABLE_START, Parser.parse_table),
        (_FOOTNOTE_START, Parser.parse_footnote_definition),
        (P.LINK_DEFINITION_START, Parser.parse_link_definition),
        (P.ABBREV_DEFINITION_START, Parser.parse_abbrev_definition),
        (P.BLOCK_EXTENSIONS_START, Parser.parse_block_extensions),
        (P.EOB_MARKER, Parser.parse_eob_marker),
        (P.PARAGRAPH_START, Parser.parse_paragraph),
    ]
]

# Characters a rule's line can show after up to three spaces (None: any), to skip hopeless rules.
_BLOCK_FIRST = {
    Parser.parse_blank_line: " \t\n\r\f\v", Parser.parse_codeblock: " \t",
    Parser.parse_codeblock_fenced: "~`", Parser.parse_blockquote: ">", Parser.parse_atx_header: "#",
    Parser.parse_horizontal_rule: "*-_", Parser.parse_list: "*+-0123456789",
    Parser.parse_definition_list: ":", Parser.parse_block_html: "<", Parser.parse_setext_header: None,
    Parser.parse_block_math: "$\\", Parser.parse_table: None, Parser.parse_footnote_definition: "[",
    Parser.parse_link_definition: "[", Parser.parse_abbrev_definition: "*",
    Parser.parse_block_extensions: "{", Parser.parse_eob_marker: "^", Parser.parse_paragraph: None,
}


def _line_has_pipe(s: str, pos: int) -> bool:
    end = s.find("\n", pos)
    return s.find("|", pos, end if end >= 0 else len(s)) >= 0


def _next_line_underlines(s: str, pos: int) -> bool:
    end = s.find("\n", pos)
    return 0 <= end < len(s) - 1 and s[end + 1] in "-="


# Cheap necessary conditions checked before a rule's start pattern (for rules whose pattern
# must read a whole line to fail).
_PREFILTERS: dict[Any, Callable[[str, int], bool]] = {
    Parser.parse_table: _line_has_pipe, Parser.parse_setext_header: _next_line_underlines}

BlockMatcher = Callable[[str, int], Any]


def _paragraph_starts(s: str, pos: int) -> bool:
    """PARAGRAPH_START at `pos` without reading the line: up to three spaces, a character other
    than space or tab, and a line feed somewhere after it."""
    p = pos
    while p < pos + 3 and s.startswith(" ", p):
        p += 1
    return p < len(s) and s[p] not in " \t" and s.find("\n", p + 1) >= 0


# Rules whose start pattern is tested in Python rather than by the regex (same answer).
_START_TESTS: dict[Any, BlockMatcher] = {Parser.parse_paragraph: _paragraph_starts}


def _matcher(rx: re.Pattern[str], rule: Any) -> BlockMatcher:
    if rule in _START_TESTS and rx.pattern == at_pos(P.PARAGRAPH_START).pattern:
        return _START_TESTS[rule]
    pre = _PREFILTERS.get(rule)
    if pre is None:
        return rx.match
    match = rx.match
    return lambda s, pos: pre(s, pos) and match(s, pos)


def block_rule_table(rules: list[tuple[re.Pattern[str], Callable[..., bool]]],
                     first: dict[Any, str | None]) -> dict[str, list[tuple[BlockMatcher, Callable[..., bool]]]]:
    """Rules to try per first significant character ("" holds the rules for any other character)."""
    entries = [(_matcher(rx, rule), rule) for rx, rule in rules]
    chars = {c for r in entries for c in (first.get(r[1]) or "")}
    table = {c: [r for r in entries if first.get(r[1]) is None or c in (first.get(r[1]) or "")] for c in chars}
    table[""] = [r for r in entries if first.get(r[1]) is None]
    return table


_BLOCK_RULE_TABLE = block_rule_table(_BLOCK_RULES, _BLOCK_FIRST)
_KRAMDOWN_RULE_TABLE = block_rule_table(
    [(at_pos(_KRAMDOWN_FENCE_START), rule) if rule is Parser.parse_codeblock_fenced
     else (at_pos(_KRAMDOWN_ATX), rule) if rule is Parser.parse_atx_header else (rx, rule)
     for rx, rule in _BLOCK_RULES], _BLOCK_FIRST)

_HEADER_HOLDERS = frozenset({"blockquote", "ul", "ol", "li", "dl", "dd"})
_BLOCK_MATH_ESCAPE = re.compile(rf"^{P.OPT_SPACE}\\", re.M)
_FOOTNOTE_DEF = re.compile(
    rf"^{P.OPT_SPACE}\[\^({P.ALD_ID_NAME})\]:[ \t\r\n\f\v]*?(.*?\n{P.CODEBLOCK_MATCH.pattern})", re.M)
_FENCE_LINE = re.compile(r"^ {0,3}[~`]{3}", re.M)
_LINK_DEF_TITLE_IN_URL = re.compile(r"[ \t]+[\"']")
_NONWORD_OR_BOL = re.compile(r"\W|^", re.M | re.A)
_ASCII_NON_ID = re.compile(r"[^a-z0-9_ \t-]")  # `_is_id_char` on lower-case ASCII
_ID_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "Pc"})


@functools.lru_cache(maxsize=4096)
def _is_id_char(c: str) -> bool:
    """Whether a header-id character survives (Unicode word characters, '-', space, tab)."""
    return c in "- \t" or unicodedata.category(c) in _ID_CATEGORIES


def _plain_raw_text(el: Node) -> str:
    """kramdown's plain text of an element: its text nodes only."""
    if el.kind == "text":
        return el.value
    return "".join(_plain_raw_text(c) for c in el.children)


def _gfm_raw_text(el: Node) -> str:
    """The plain text of a header as GFM's id generator sees it."""
    children = el.children
    if len(children) == 1 and children[0].kind == "text":
        return children[0].value
    from .entities import entity_by_name
    parts: list[str] = []

    def walk(node: Node) -> None:
        kind = node.kind
        if kind in ("text", "codespan", "math"):
            parts.append(node.value)
        elif kind == "entity":
            parts.append(node.value.char)
        elif kind == "smart_quote":
            ent = entity_by_name(node.value)
            parts.append(ent.char if ent else "")
        elif kind == "typographic_sym":
            if node.value == "laquo_space":
                parts.append("«\u00a0")
            elif node.value == "raquo_space":
                parts.append("\u00a0»")
            else:
                ent = entity_by_name(node.value)
                parts.append(ent.char if ent else "")
        else:
            for c in node.children:
                walk(c)

    walk(el)
    return "".join(parts)
