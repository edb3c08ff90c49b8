"""kramdown lists: bullet and ordered lists, GFM task lists and definition lists.

An item's lines are collected by indentation (with kramdown's laziness rules), parsed as
blocks on their own, and the first paragraph of a tight item is marked transparent.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, NamedTuple

from . import patterns as P
from .patterns import RUBY_WS
from .scanner import Scanner, at_pos
from .tree import Node

if TYPE_CHECKING:
    from .parser import Parser

_TAB_RUN = re.compile(r"^(\t+)")
_LEADING_WS = re.compile(r"^[ \t\r\n\f\v]*")
_SPACES_THEN_TAB = re.compile(r"^ *\t")
_TASK_OPEN = re.compile(r"\A[ \t\r\n\f\v]*\[ \][ \t\r\n\f\v]+")
_TASK_DONE = re.compile(r"\A[ \t\r\n\f\v]*\[[xX]\][ \t\r\n\f\v]+")


class _ItemLines(NamedTuple):
    """What continues an item at one indentation: as patterns (the definition-list rule scans
    with them) and as matchers at the cursor (the list rule's hot loop)."""
    content_re: re.Pattern[str]
    lazy_re: re.Pattern[str]
    indent_re: re.Pattern[str]
    content_at: Callable[[str, int], "re.Match[str] | None"]
    lazy_at: Callable[[str, int], "re.Match[str] | None"]


def _item_lines(indentation: int) -> _ItemLines:
    found = _ITEM_LINES.get(indentation)
    if found is None:
        content_re = re.compile(
            rf"^(?:(?:\t| {{4}}){{{indentation // 4}}} {{{indentation % 4}}}|(?:\t| {{4}}){{{indentation // 4 + 1}}}).*{P.NOT_WS}.*\n",
            re.M)
        lazy_re = re.compile(
            rf"(?!^ {{0,{min(indentation, 3)}}}(?:{P.IAL_BLOCK}|{P.LAZY_END_HTML_STOP}|{P.LAZY_END_HTML_START})).*{P.NOT_WS}.*\n",
            re.M)
        found = _ITEM_LINES[indentation] = _ItemLines(
            content_re, lazy_re, re.compile(rf"^ {{{indentation}}}", re.M),
            at_pos(content_re).match, at_pos(lazy_re).match)
    return found


_ITEM_LINES: dict[int, _ItemLines] = {}


def _next_item_pattern(kind: str, indentation: int) -> re.Pattern[str]:
    return _NEXT_ITEM[(kind, max(0, min(indentation, 4) - 1))]


_NEXT_ITEM = {(kind, sp): re.compile(rf"^( {{0,{sp}}}{mk})({P.PATTERN_TAIL})", re.M)
              for kind, mk in (("ul", "[+*-]"), ("ol", r"[0-9]+\."), ("dl", ":")) for sp in range(4)}
_NEXT_ITEM_AT = {key: at_pos(rx).match for key, rx in _NEXT_ITEM.items()}


# Either task marker, to skip the two substitutions for ordinary items.
_TASK_ANY = re.compile(r"\A[ \t\r\n\f\v]*\[[ xX]\][ \t\r\n\f\v]")
_TASK_FIRST = frozenset(" \t\r\n\f\v[")
_WS_CHARS = " \t\r\n\f\v"
# What may follow the first space after a list marker for the text to start right there
# (anything else goes through the general rule: more blanks, tabs, an IAL, an empty item).
_NOT_PLAIN_AFTER_MARKER = frozenset({"", " ", "\t", "\r", "\n", "\f", "\v", "{"})
_LIST_MARK_CHARS = frozenset("+*-0123456789")  # what a nested list's first line starts with
# An item that is one line, perhaps followed by blank lines: when no block rule but the
# paragraph's starts on the line (`_only_paragraph_starts`), it is one paragraph, and the
# blank lines one blank element.
_ONE_LINE_ITEM = re.compile(r"[^\n]+(\n)(?:[ \t\r\f\v]*\n)*\Z").match
_HR_AT = at_pos(P.HR_START).match
_EOB_AT = at_pos(P.EOB_MARKER).match
_BLANK_AT = at_pos(P.BLANK_LINE).match


class ListRules:
    """Mixin for the parser: the list and definition-list block rules."""

    __slots__ = ()

    def _first_list_line(self: "Parser", indentation: int, content: str) -> tuple[str, int]:
        if content[:1] == " " and content[1:2] not in _NOT_PLAIN_AFTER_MARKER:
            return content[1:], indentation + 1  # the usual one space after the marker
        rest = content.lstrip(" \t\r\f\v")
        if (rest[:1] in ("\n", "{", "")) and P.LIST_ITEM_IAL_CHECK.match(content):
            indentation = 4
        else:
            while _SPACES_THEN_TAB.match(content):
                lead = len(content) - len(content.lstrip(" "))
                tabs = len(content[lead:]) - len(content[lead:].lstrip("\t"))
                col = lead + indentation
                content = " " * lead + " " * (4 - (col % 4) + (tabs - 1) * 4) + content[lead + tabs:]
            indentation += len(content) - len(content.lstrip(" "))
        return content.lstrip(_WS_CHARS), indentation

    def _only_paragraph_starts(self: "Parser", text: str) -> bool:
        """Whether, of the block rules the block parser would try on `text`'s first line, only
        the paragraph's (tried last) starts there.  (`text` starts with its first non-blank
        character.)"""
        if text[0] in " \t":  # (after an IAL): the block parser looks past the spaces
            return False
        rules = self.block_rules.get(text[0]) or self.block_rules[""]
        for starts_here, rule in rules:
            if rule.__name__ != "parse_paragraph" and starts_here(text, 0):
                return False
        return True

    def _take_item_ial(self: "Parser", item: Node, text: str) -> str:
        m = P.LIST_ITEM_IAL.match(text) if text[:1] == "{" else None  # `text` is left-stripped
        if m is None:
            return text
        self.attribute_list(m.group(1), item.opts.setdefault("ial", {}))
        return text[m.end():]

    def parse_list(self: "Parser") -> bool:
        src = self.src
        start = src.m  # the LIST_START match found by the block dispatcher
        assert start is not None
        kind, item_re = ("ul", P.LIST_START_UL) if start.group(1) is not None else ("ol", P.LIST_START_OL)
        lst = self.new_block(kind)
        item: Node | None = None
        content_at = lazy_at = None
        indentation = 0
        eob_found = nested_found = last_blank = False
        item_at = at_pos(item_re).match
        s = src.s
        n = len(s)
        pos = src.pos
        while pos < n:
            if last_blank and _HR_AT(s, pos):
                break
            if s[pos] == "^":
                m = _EOB_AT(s, pos)
                if m:
                    pos = m.end()
                    eob_found = True
                    break
            m = item_at(s, pos)
            if m:
                item = Node("li", location=src.line_at(pos)) if self.warn_on else Node("li")
                pos = m.end()
                first, indentation = self._first_list_line(len(m.group(1)), m.group(2))
                lines = _item_lines(indentation)
                content_at, lazy_at = lines.content_at, lines.lazy_at
                lst.children.append(item)
                if first[:1] == "{":
                    first = self._take_item_ial(item, first)
                item_at = _NEXT_ITEM_AT[(kind, max(0, min(indentation, 4) - 1))]
                nested_found = first[:1] in _LIST_MARK_CHARS and bool(P.LIST_START.match(first))
                last_blank = False
                item.value = [first]
                continue
            assert item is not None and content_at is not None and lazy_at is not None
            m = content_at(s, pos)
            if m is None and not last_blank:
                m = lazy_at(s, pos)
            if m is not None:
                pos = m.end()
                result = m.group(0)
                if result[0] == "\t":
                    result = _TAB_RUN.sub(lambda t: " " * 4 * len(t.group(1)), result, count=1)
                indented = indentation > 0 and result.startswith(" " * indentation)
                if indented:
                    result = result[indentation:]
                if not nested_found and indented and P.LIST_START.match(result):
                    item.value.append("")
                    nested_found = True
                elif nested_found and not indented and P.LIST_START.match(result):
                    result = " " * (indentation + 4) + result
                item.value[-1] += result
                last_blank = False
                continue
            m = _BLANK_AT(s, pos)
            if m is not None:
                pos = m.end()
                nested_found = True
                last_blank = True
                item.value[-1] += m.group(0)
                continue
            break
        src.pos = pos

        self.tree.children.append(lst)
        last: Node | None = None
        items = lst.children
        saved = (self.src, self.tree, self.block_ial, self.stack, self.text_type)
        plain_item = None if self.warn_on else _ONE_LINE_ITEM
        block_rules = self.block_rules
        for it in items:
            texts, it.value = it.value, None
            plain = plain_item(texts[0]) if plain_item is not None and len(texts) == 1 else None
            if plain is not None:
                if texts[0][0] not in block_rules:  # besides the paragraph, only a table could start
                    if "|" in texts[0]:
                        plain = None
                elif not self._only_paragraph_starts(texts[0]):
                    plain = None
            if plain is not None:
                # one line of text, perhaps blank lines: a paragraph whatever the block rules try
                para = Node("p")
                para.children.append(Node(self.text_type, texts[0][:plain.end(1)].rstrip(RUBY_WS)))
                it.children.append(para)
                if plain.end() > plain.end(1):
                    it.children.append(Node("blank", texts[0][plain.end(1):]))
            else:
                line = it.opts.get("location") or 1
                for val in texts:  # the item's blocks are parsed straight into it
                    self.src = Scanner(val, line)
                    self.parse_blocks(it)
                    if self.warn_on:
                        line = self.src.line_at(len(val))
            ch = it.children
            if not ch:
                continue
            first_kind = ch[0].kind
            if first_kind == "p" and len(ch) >= 2 and ch[1].kind == "eob" and ch[0].opts.get("ial"):
                del ch[1]
            if (first_kind == "p"
                    and (len(ch) < 2 or ch[1].kind != "blank"
                         or (it is items[-1] and len(ch) == 2 and not eob_found))
                    and (items[-1] is not it or len(items) == 1
                         or any(not c.children or c.children[0].kind != "p"
                                or c.children[0].opts.get("transparent") for c in items[:-1]))):
                if len(ch) > 1 and ch[1].kind != "blank" and ch[0].children:
                    ch[0].children[0].value += "\n"
                ch[0].opts["transparent"] = True
            last = ch.pop() if ch[-1].kind == "blank" else None
        self.src, self.tree, self.block_ial, self.stack, self.text_type = saved
        if last is not None and not eob_found:
            self.tree.children.append(last)
        if self.gfm:
            self._mark_task_list(lst)
        return True

    def _mark_task_list(self: "Parser", lst: Node) -> None:
        unchecked = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />'
        checked = ('<input type="checkbox" class="task-list-item-checkbox" '
                   'disabled="disabled" checked="checked" />')
        is_tasklist = False
        for li in lst.children:
            if not li.children or li.children[0].kind != "p" or not li.children[0].children:
                continue
            text_el = li.children[0].children[0]
            if text_el.kind != "raw_text":
                continue
            if text_el.value[:1] not in _TASK_FIRST or not _TASK_ANY.match(text_el.value):
                if is_tasklist:
                    li.attr["class"] = "task-list-item"
                continue
            new, n1 = _TASK_OPEN.subn(unchecked, text_el.value, count=1)
            new, n2 = _TASK_DONE.subn(checked, new, count=1)
            text_el.value = new
            is_tasklist = is_tasklist or bool(n1 or n2)
            if is_tasklist:
                li.attr["class"] = "task-list-item"
        if is_tasklist:
            lst.attr["class"] = "task-list"

    def parse_definition_list(self: "Parser") -> bool:
        children = self.tree.children
        if (not children or (len(children) == 1 and children[-1].kind != "p")
                or (len(children) >= 2 and children[-1].kind != "p"
                    and (children[-1].kind != "blank" or children[-1].value != "\n"
                         or children[-2].kind != "p"))):
            return False
        src = self.src
        first_as_para = False
        dl = self.new_block("dl")
        para = children.pop()
        if para.kind == "blank":
            para = children.pop()
            first_as_para = True
        for term in (para.children[0].value if para.children else "").split("\n"):
            dt = Node("dt")
            m = P.LIST_ITEM_IAL.match(term)
            if m:
                self.attribute_list(m.group(1), dt.opts.setdefault("ial", {}))
                term = term[m.end():]
            dt.opts["raw_text"] = term
            dt.children.append(Node("raw_text", term))
            dl.children.append(dt)
        dl.opts.pop("ial", None)  # the terms' paragraph decides, even over a preceding block IAL
        if para.opts.get("ial") is not None:
            dl.opts["ial"] = para.opts["ial"]
        item: Node | None = None
        content_re = lazy_re = indent_re = None
        start_re = P.DEFINITION_LIST_START
        last_blank = False
        while not src.eos():
            m = src.check(start_re)
            if m:
                item = (Node("dd", first_as_para=first_as_para, location=src.line_at())
                        if self.warn_on else Node("dd", first_as_para=first_as_para))
                src.pos = m.end()
                first, indentation = self._first_list_line(len(m.group(1)), m.group(2))
                content_re, lazy_re, indent_re = _item_lines(indentation)[:3]
                dl.children.append(item)
                first = self._take_item_ial(item, first)
                item.value = first
                start_re = _next_item_pattern("dl", indentation)
                first_as_para = last_blank = False
                continue
            if src.check(P.EOB_MARKER):
                break
            assert item is not None and content_re is not None and lazy_re is not None and indent_re is not None
            result = src.scan(content_re)
            if result is None and not last_blank:
                result = src.scan(lazy_re)
            if result is not None:
                result = _TAB_RUN.sub(lambda t: " " * 4 * len(t.group(1)), result, count=1)
                item.value += indent_re.sub("", result, count=1)
                first_as_para = last_blank = False
                continue
            blank = src.scan(P.BLANK_LINE)
            if blank is not None:
                first_as_para = True
                item.value += blank
                last_blank = True
                continue
            break
        last: Node | None = None
        for it in dl.children:
            if it.kind == "dt":
                continue
            text = it.value
            it.value = None
            self.parse_blocks(it, text)
            ch = it.children
            if not ch:
                continue
            last = ch.pop() if ch[-1].kind == "blank" else None
            if ch and ch[0].kind == "p" and not it.opts.pop("first_as_para", False):
                if len(ch) > 1 and ch[0].children:
                    ch[0].children[0].value += "\n"
                ch[0].opts["transparent"] = True
        children = self.tree.children
        if children and children[-1].kind == "dl":
            children[-1].children.extend(dl.children)
        elif len(children) >= 2 and children[-1].kind == "blank" and children[-2].kind == "dl":
            children.pop()
            children[-1].children.extend(dl.children)
        else:
            children.append(dl)
        if last is not None:
            children.append(last)
        return True
