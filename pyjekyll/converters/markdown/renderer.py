"""Writes the parsed tree as HTML laid out the way kramdown lays it out.

Block elements start on their own line, indented two spaces per nesting level; blank lines
in the source survive as blank lines between blocks; tight list items keep their text inline.
"""
from __future__ import annotations

import functools
import random
import re
from typing import Any, Callable

from .entities import ESCAPE_MAP, Entity, entity_by_name, entity_text
from .highlighting import CodeHighlighter
from .patterns import RUBY_WS, ELEMENTS_WITHOUT_BODY
from .tree import Node

_ESCAPE_ALL = re.compile(r"[<>&]")
_REFERENCE = r"&(?:[A-Za-z0-9_:][A-Za-z0-9_.\-:]*;|#0*(?:[0-9]+|x[a-fA-F0-9]+);)"
_ESCAPE_TEXT = re.compile(rf"{_REFERENCE}|[<>&]")
_ESCAPE_ATTR = re.compile(rf"{_REFERENCE}|[<>&\"]")
_LANG_CLASS = re.compile(r"\blanguage-([^ \t\r\n\f\v]+)")  # Ruby's \S
_LANG_OR_START = re.compile(r"\blanguage-[^ \t\r\n\f\v]+|^")
_NO_TOC = re.compile(r"\bno_toc\b")
# Header ids lose the non-letters that start the text, and those starting each further line
# (header text taken from HTML can span lines).
_ID_LEADING = re.compile(r"^[^a-zA-Z]+", re.M)
_SMART_QUOTE_INDEX = {"lsquo": 0, "rsquo": 1, "ldquo": 2, "rdquo": 3}
_TYPO_ENTITIES = {
    "mdash": ("mdash",), "ndash": ("ndash",), "hellip": ("hellip",),
    "laquo_space": ("laquo", "nbsp"), "raquo_space": ("nbsp", "raquo"),
    "laquo": ("laquo",), "raquo": ("raquo",),
}
_NBSP = entity_by_name("nbsp")


def _escape_sub(m: re.Match[str]) -> str:
    return ESCAPE_MAP.get(m.group(0), m.group(0))


def escape_html(text: str, kind: str = "all") -> str:
    if "&" not in text and "<" not in text and ">" not in text and (kind != "attribute" or '"' not in text):
        return text
    rx = _ESCAPE_ALL if kind == "all" else _ESCAPE_TEXT if kind == "text" else _ESCAPE_ATTR
    return rx.sub(_escape_sub, text)


def html_attributes(attr: dict[str, Any]) -> str:
    if not attr:
        return ""
    parts = []
    for k, v in attr.items():
        if v is None or (k == "id" and not str(v).strip(RUBY_WS)):
            continue
        parts.append(f' {k}="{escape_html(str(v), "attribute")}"')
    return "".join(parts)


@functools.lru_cache(maxsize=64)
def _quote_names(setting: str) -> list[str]:
    """`smart_quotes: "lsquo,rsquo,ldquo,rdquo"` as entity names (split once per setting; the
    list is only read)."""
    return [q.strip(RUBY_WS) for q in setting.split(",")]


@functools.lru_cache(maxsize=256)
def _highlighter_class(cls: str, suffix: str, lang: str | None) -> str:
    """The class of highlighted code: its own class, the highlighter's, and `language-…` in
    place of a language class it had (else first).  Code blocks repeat a few combinations."""
    cls = (cls + suffix).lstrip(RUBY_WS)
    if not lang:
        return cls

    def repl(m: re.Match[str]) -> str:
        return f"language-{lang}" + (" " if m.group(0) == "" else "")
    return _LANG_OR_START.sub(repl, cls, count=1)


def _placeholder() -> str:
    """A marker the final text is searched for (the TOC and footnotes are written last): 128
    random bits cannot turn up in a document by chance."""
    return f"kd{random.getrandbits(128):032x}"


class HtmlRenderer:
    """One document's HTML writer (it numbers footnotes and ids, so it is used once)."""

    def __init__(self, root: Node, options: dict[str, Any], highlighter: CodeHighlighter) -> None:
        self.root = root
        self.options = options
        self.highlighter = highlighter
        self.footnote_start = self.footnote_counter = int(options.get("footnote_nr", 1))
        self.footnotes: list[list[Any]] = []
        self.footnotes_by_name: dict[str, list[Any]] = {}
        self.footnote_location: str | None = None
        self.toc: list[tuple[int, str, list[Node]]] = []
        self.toc_code: tuple[str, dict[str, str], str] | None = None
        self.used_ids: dict[str, int] = {}
        self.stack: list[Node] = []
        self.entity_output = str(options.get("entity_output", "as_char"))
        quotes = options.get("smart_quotes", "lsquo,rsquo,ldquo,rdquo")
        self.smart_quotes = _quote_names(quotes) if isinstance(quotes, str) else quotes
        self.typographic = options.get("typographic_symbols") or {}
        self.join_cjk_lines = bool(options.get("remove_line_breaks_for_cjk"))

    def render(self) -> str:
        return self.convert(self.root, -2)

    def convert(self, el: Node, indent: int) -> str:
        return _DISPATCH[el.kind](self, el, indent)

    def inner(self, el: Node, indent: int) -> str:
        children = el.children
        if len(children) == 1 and children[0].kind == "text" and not self.join_cjk_lines:
            text = children[0].value  # the common case of one plain run, written directly
            if "&" not in text and "<" not in text and ">" not in text:
                return text
            return _ESCAPE_TEXT.sub(_escape_sub, text)
        indent += 2
        stack = self.stack
        stack.append(el)
        parts = []
        cjk = self.join_cjk_lines
        for c in children:
            kind = c.kind
            if kind == "text" and not cjk:  # text written in place: the commonest child
                text = c.value
                if "&" in text or "<" in text or ">" in text:
                    text = _ESCAPE_TEXT.sub(_escape_sub, text)
                parts.append(text)
            elif kind == "blank":
                parts.append("\n")
            else:
                parts.append(_DISPATCH[c.kind](self, c, indent))
        stack.pop()
        return "".join(parts)

    def entity(self, ent: Entity, original: str | None = None) -> str:
        return entity_text(ent, self.entity_output, original)

    # ------------------------------------------------------------ blocks
    def convert_root(self, el: Node, indent: int) -> str:
        result = self.inner(el, indent)
        if self.footnote_location:
            result = result.replace(self.footnote_location, self.footnote_content(), 1)
        else:
            result += self.footnote_content()
        if self.toc_code:
            kind, attr, marker = self.toc_code
            tree = self.toc_tree(kind, attr)
            text = self.convert(tree, 0) if tree.children else ""
            result = result.replace(marker, text, 1)
        return result

    def convert_blank(self, el: Node, indent: int) -> str:
        return "\n"

    def convert_text(self, el: Node, indent: int) -> str:
        text = escape_html(el.value, "text")
        if self.join_cjk_lines and "\n" in text:
            text = _join_cjk_lines(text)
        return text

    def convert_p(self, el: Node, indent: int) -> str:
        if el.opts and el.opts.get("transparent"):
            return self.inner(el, indent)
        attr = el.attr
        return f"{' ' * indent}<p{html_attributes(attr) if attr else ''}>{self.inner(el, indent)}</p>\n"

    def convert_codeblock(self, el: Node, indent: int) -> str:
        attr = dict(el.attr)
        lang = None
        cls = attr.get("class")
        if cls:
            m = _LANG_CLASS.search(cls)
            if m:
                lang = m.group(1)
                rest = _LANG_CLASS.sub("", cls, count=1).strip(RUBY_WS)
                if rest:
                    attr["class"] = rest
                else:
                    del attr["class"]
        code = self.highlighter.block(el.value, el.opts.get("lang") or lang)
        pad = " " * indent
        if code is not None:
            self.add_highlighter_class(attr, lang or self.highlighter.default_lang("block"))
            return f"{pad}<div{html_attributes(attr) if attr else ''}>{code}{pad}</div>\n"
        body = escape_html(el.value)
        if body.endswith("\n"):
            body = body[:-1]
        code_attr = {"class": f"language-{lang}"} if lang else {}
        return f"{pad}<pre{html_attributes(attr) if attr else ''}><code{html_attributes(code_attr)}>{body}\n</code></pre>\n"

    def add_highlighter_class(self, attr: dict[str, str], lang: str | None) -> None:
        attr["class"] = _highlighter_class(attr.get("class", ""), self.highlighter.class_suffix, lang)

    def convert_blockquote(self, el: Node, indent: int) -> str:
        return self.indented_block("blockquote", el.attr, self.inner(el, indent), indent)

    def convert_header(self, el: Node, indent: int) -> str:
        attr = dict(el.attr)
        if self.options.get("auto_ids") and "id" not in attr:
            attr["id"] = self.generate_id(el.opts.get("raw_text", ""))
        level = el.opts["level"]
        if "id" in attr and self.in_toc(el):
            self.toc.append((level, attr["id"], el.children))
        out_level = max(1, min(6, level + int(self.options.get("header_offset", 0) or 0)))
        return self.block(f"h{out_level}", attr, self.inner(el, indent), indent)

    def in_toc(self, el: Node) -> bool:
        levels = self.options.get("toc_levels", range(1, 7))
        return el.opts["level"] in levels and not _NO_TOC.search(el.attr.get("class", ""))

    def generate_id(self, text: str) -> str:
        gen = _ID_LEADING.sub("", text)
        gen = re.sub(r"[^a-zA-Z0-9 -]", "", gen).replace(" ", "-").lower() or "section"
        if gen in self.used_ids:
            self.used_ids[gen] += 1
            gen += f"-{self.used_ids[gen]}"
        else:
            self.used_ids[gen] = 0
        return str(self.options.get("auto_id_prefix", "")) + gen

    def convert_hr(self, el: Node, indent: int) -> str:
        return f"{' ' * indent}<hr{html_attributes(el.attr) if el.attr else ''} />\n"

    def convert_ul(self, el: Node, indent: int) -> str:
        refs = (el.opts.get("ial") or {}).get(":refs") or ()
        if not self.toc_code and "toc" in refs:
            self.toc_code = (el.kind, el.attr, _placeholder())
            return self.toc_code[2]
        if not self.footnote_location and "footnotes" in refs:
            self.footnote_location = _placeholder()
            return self.footnote_location
        return self.indented_block(el.kind, el.attr, self.inner(el, indent), indent)

    convert_ol = convert_ul

    def convert_dl(self, el: Node, indent: int) -> str:
        return self.indented_block("dl", el.attr, self.inner(el, indent), indent)

    def convert_li(self, el: Node, indent: int) -> str:
        pad = " " * indent
        out = f"{pad}<{el.kind}{html_attributes(el.attr) if el.attr else ''}>"
        children = el.children
        first = children[0] if children else None
        tight = first is None or (first.kind == "p" and first.opts.get("transparent"))
        if tight and len(children) == 1:
            # the one paragraph of a tight item: what `inner` would write, without the dispatch
            self.stack.append(el)
            res = self.inner(first, indent + 2)
            self.stack.pop()
        else:
            res = self.inner(el, indent)
        if tight:
            out += res + (pad if res.endswith("\n") else "")
        else:
            out += "\n" + res + pad
        return out + f"</{el.kind}>\n"

    convert_dd = convert_li

    def convert_dt(self, el: Node, indent: int) -> str:
        attr = dict(el.attr)
        parent = self.stack[-1] if self.stack else None
        refs = ((parent.opts.get("ial") or {}).get(":refs") or ()) if parent is not None else ()
        if "id" not in attr:
            for ref in refs:
                m = re.match(r"auto_ids(?:-([\w-]+))?", ref)
                if m:
                    base = _ID_LEADING.sub("", el.opts.get("raw_text", ""))
                    base = re.sub(r"[^a-zA-Z0-9 -]", "", base).replace(" ", "-").lower()
                    attr["id"] = f"{m.group(1) or ''}{base}".lstrip(RUBY_WS)
                    break
        return self.block("dt", attr, self.inner(el, indent), indent)

    def convert_html_element(self, el: Node, indent: int) -> str:
        res = self.inner(el, indent)
        name = el.value
        attrs = html_attributes(el.attr)
        if el.opts.get("category") == "span":
            if not res and name in ELEMENTS_WITHOUT_BODY:
                return f"<{name}{attrs} />"
            return f"<{name}{attrs}>{res}</{name}>"
        parent = self.stack[-1] if self.stack else None
        in_raw = parent is not None and parent.kind == "html_element" and parent.opts.get("content_model") == "raw"
        out = "" if in_raw else " " * indent
        out += f"<{name}{attrs}"
        model = el.opts.get("content_model")
        if el.opts.get("is_closed") and model == "raw":
            out += " />"
        elif res and model != "block":
            out += f">{res}</{name}>"
        elif res:
            body = res[:-1] if res.endswith("\n") else res
            out += f">\n{body}\n{' ' * indent}</{name}>"
        elif name in ELEMENTS_WITHOUT_BODY:
            out += " />"
        else:
            out += f"></{name}>"
        if not in_raw:
            out += "\n"
        return out

    def convert_xml_comment(self, el: Node, indent: int) -> str:
        parent = self.stack[-1] if self.stack else None
        in_raw = parent is not None and parent.kind == "html_element" and parent.opts.get("content_model") == "raw"
        if el.opts.get("category") == "block" and not in_raw:
            return " " * indent + el.value + "\n"
        return el.value

    convert_xml_pi = convert_xml_comment

    def convert_table(self, el: Node, indent: int) -> str:
        return self.indented_block(el.kind, el.attr, self.inner(el, indent), indent)

    convert_thead = convert_tbody = convert_tfoot = convert_table

    def convert_tr(self, el: Node, indent: int) -> str:
        """A row writes its cells itself: their kind and alignment follow from the row's place."""
        stack = self.stack
        section = stack[-1] if stack else None
        table = stack[-2] if len(stack) >= 2 else None
        cell_name = "th" if section is not None and section.kind == "thead" else "td"
        aligns = table.opts.get("alignment", []) if table is not None else []
        cell_indent = indent + 2
        pad = " " * cell_indent
        stack.append(el)
        parts = []
        for idx, cell in enumerate(el.children):
            if cell.kind != "td":
                parts.append(_DISPATCH[cell.kind](self, cell, cell_indent))
                continue
            body = self.inner(cell, cell_indent)
            if not body:
                assert _NBSP is not None
                body = self.entity(_NBSP)
            attr = cell.attr
            align = aligns[idx] if idx < len(aligns) else "default"
            if align == "default":
                attrs = html_attributes(attr) if attr else ""
            elif not attr:
                attrs = f' style="text-align: {align}"'
            else:
                attr = dict(attr)
                attr["style"] = (f"{attr['style']}; " if "style" in attr else "") + f"text-align: {align}"
                attrs = html_attributes(attr)
            parts.append(f"{pad}<{cell_name}{attrs}>{body}</{cell_name}>\n")
        stack.pop()
        return self.indented_block("tr", el.attr, "".join(parts), indent)

    def convert_td(self, el: Node, indent: int) -> str:
        res = self.inner(el, indent)
        kind = "th" if len(self.stack) >= 2 and self.stack[-2].kind == "thead" else "td"
        attr = el.attr
        table = self.stack[-3] if len(self.stack) >= 3 else None
        row = self.stack[-1]
        aligns = table.opts.get("alignment", []) if table is not None else []
        idx = row.children.index(el)  # nodes compare by identity
        align = aligns[idx] if idx < len(aligns) else "default"
        if align != "default":
            attr = dict(attr)
            attr["style"] = (f"{attr['style']}; " if "style" in attr else "") + f"text-align: {align}"
        assert _NBSP is not None
        return self.block(kind, attr, res or self.entity(_NBSP), indent)

    def convert_th(self, el: Node, indent: int) -> str:
        """A `<th>` that `html_to_native` could not place in a table (kramdown has no writer for
        it and fails): written back as the HTML cell it was."""
        return self.block("th", el.attr, self.inner(el, indent), indent)

    def convert_comment(self, el: Node, indent: int) -> str:
        if el.opts.get("category") == "block":
            return f"{' ' * indent}<!-- {el.value} -->\n"
        return f"<!-- {el.value} -->"

    def convert_raw(self, el: Node, indent: int) -> str:
        types = el.opts.get("type") or []
        if not types or "html" in types:
            return el.value + ("\n" if el.opts.get("category") == "block" else "")
        return ""

    def convert_math(self, el: Node, indent: int) -> str:
        block = el.opts.get("category") == "block"
        if self.options.get("math_engine"):
            value = escape_html(el.value)
            result = f"\\[{value}\\]\n" if block else f"\\({value}\\)"
            if not el.attr:
                return result
            if block:
                return self.block("div", el.attr, result, indent)
            return f"<span{html_attributes(el.attr) if el.attr else ''}>${el.value}$</span>"
        attr = dict(el.attr)
        attr["class"] = f"{attr.get('class', '')} kdmath".lstrip(RUBY_WS)
        if block:
            return self.block("div", attr, f"$$\n{el.value}\n$$", indent)
        return f"<span{html_attributes(attr) if attr else ''}>${el.value}$</span>"

    # ------------------------------------------------------------- spans
    def convert_br(self, el: Node, indent: int) -> str:
        return "<br />"

    def convert_a(self, el: Node, indent: int) -> str:
        return f"<a{html_attributes(el.attr) if el.attr else ''}>{self.inner(el, indent)}</a>"

    def convert_img(self, el: Node, indent: int) -> str:
        return f"<img{html_attributes(el.attr) if el.attr else ''} />"

    def convert_codespan(self, el: Node, indent: int) -> str:
        if not el.attr and self.highlighter.plain_spans:
            opening = self.highlighter.plain_span_opening
            if opening is None:
                attr: dict[str, str] = {}
                self.add_highlighter_class(attr, self.highlighter.default_lang("span"))
                opening = self.highlighter.plain_span_opening = f"<code{html_attributes(attr)}>"
            code = el.value
            if "&" in code or "<" in code or ">" in code:
                code = _ESCAPE_ALL.sub(_escape_sub, code)
            return f"{opening}{code}</code>"
        attr = dict(el.attr)
        m = _LANG_CLASS.search(attr.get("class", ""))
        lang = m.group(1) if m else None
        code = self.highlighter.span(el.value, lang)
        if code is not None:
            self.add_highlighter_class(attr, lang or self.highlighter.default_lang("span"))
        else:
            code = escape_html(el.value)
        return f"<code{html_attributes(attr) if attr else ''}>{code}</code>"

    def convert_footnote(self, el: Node, indent: int) -> str:
        name = str(self.options.get("footnote_prefix", "")) + el.opts["name"]
        repeat = ""
        known = self.footnotes_by_name.get(name)
        if known is not None:
            number = known[2]
            known[3] += 1
            repeat = f":{known[3]}"
        else:
            number = self.footnote_counter
            self.footnote_counter += 1
            entry = [name, el.value, number, 0]
            self.footnotes.append(entry)
            self.footnotes_by_name[name] = entry
        return (f'<sup id="fnref:{name}{repeat}" role="doc-noteref">'
                f'<a href="#fn:{name}" class="footnote" rel="footnote">{number}</a></sup>')

    def convert_em(self, el: Node, indent: int) -> str:
        return f"<{el.kind}{html_attributes(el.attr) if el.attr else ''}>{self.inner(el, indent)}</{el.kind}>"

    convert_strong = convert_em

    def convert_entity(self, el: Node, indent: int) -> str:
        return self.entity(el.value, el.opts.get("original"))

    def convert_typographic_sym(self, el: Node, indent: int) -> str:
        custom = self.typographic.get(el.value)
        if custom is not None:
            return escape_html(str(custom), "text")
        out = []
        for name in _TYPO_ENTITIES[el.value]:
            ent = entity_by_name(name)
            assert ent is not None
            out.append(self.entity(ent))
        return "".join(out)

    def convert_smart_quote(self, el: Node, indent: int) -> str:
        idx = _SMART_QUOTE_INDEX[el.value]
        name = self.smart_quotes[idx] if idx < len(self.smart_quotes) else el.value
        ent = entity_by_name(name) or entity_by_name(el.value)
        assert ent is not None
        return self.entity(ent)

    def convert_abbreviation(self, el: Node, indent: int) -> str:
        title = self.root.opts["abbrev_defs"][el.value]
        attr = dict(self.root.opts["abbrev_attr"][el.value].attr)
        if title:
            attr["title"] = title
        return f"<abbr{html_attributes(attr) if attr else ''}>{el.value}</abbr>"

    # ---------------------------------------------------------- helpers
    def block(self, name: str, attr: dict[str, str], body: str, indent: int) -> str:
        return f"{' ' * indent}<{name}{html_attributes(attr) if attr else ''}>{body}</{name}>\n"

    def indented_block(self, name: str, attr: dict[str, Any], body: str, indent: int) -> str:
        pad = " " * indent
        return f"{pad}<{name}{html_attributes(attr) if attr else ''}>\n{body}{pad}</{name}>\n"

    def toc_tree(self, kind: str, attr: dict[str, str]) -> Node:
        sections = Node(kind, None, dict(attr))
        sections.attr.setdefault("id", "markdown-toc")
        stack: list[Node] = []
        for level, hid, children in self.toc:
            li = Node("li", level=level)
            para = Node("p", transparent=True)
            li.children.append(para)
            link = Node("a", None, {"href": f"#{hid}", "id": f"{sections.attr['id']}-{hid}"})
            link.children = _toc_entry([c.clone() for c in children])
            para.children.append(link)
            li.children.append(Node(kind))
            while True:
                if not stack:
                    sections.children.append(li)
                    stack.append(li)
                    break
                if stack[-1].opts["level"] < level:
                    stack[-1].children[-1].children.append(li)
                    stack.append(li)
                    break
                item = stack.pop()
                if not item.children[-1].children:
                    item.children.pop()
        while stack:
            item = stack.pop()
            if not item.children[-1].children:
                item.children.pop()
        return sections

    def footnote_content(self) -> str:
        if not self.footnotes:
            return ""
        ol = Node("ol")
        if self.footnote_start != 1:
            ol.attr["start"] = str(self.footnote_start)
        backlink = str(self.options.get("footnote_backlink", "&#8617;"))
        backlink_text = escape_html(backlink, "text")
        inline = self.options.get("footnote_backlink_inline")
        assert _NBSP is not None
        nbsp = self.entity(_NBSP)
        i = 0
        while i < len(self.footnotes):
            name, data, _, repeat = self.footnotes[i]
            li = Node("li", None, {"id": f"fn:{name}", "role": "doc-endnote"})
            li.children = [c.clone() for c in data.children]
            para: Node | None = None
            insert_space = False
            if (li.children and li.children[-1].kind == "p") or inline:
                parent = li
                while parent.children and parent.children[-1].kind not in ("p", "header"):
                    parent = parent.children[-1]
                para = parent.children[-1] if parent.children else None
                insert_space = True
            if para is None:
                para = Node("p")
                li.children.append(para)
                insert_space = False
            if backlink:
                fmt = '{}<a href="#fnref:{}" class="reversefootnote" role="doc-backlink">{}</a>'
                para.children.append(Node("raw", fmt.format(nbsp if insert_space else "", name, backlink_text)))
                for idx in range(1, repeat + 1):
                    para.children.append(Node("raw", fmt.format(
                        nbsp, f"{name}:{idx}", f"{backlink_text}<sup>{idx + 1}</sup>")))
            ol.children.append(Node("raw", self.convert(li, 4)))
            i += 1
        if not ol.children:
            return ""
        return self.indented_block("div", {"class": "footnotes", "role": "doc-endnotes"},
                                   self.convert(ol, 2), 0)


_DISPATCH: dict[str, Callable[[HtmlRenderer, Node, int], str]] = {
    name[len("convert_"):]: fn for name, fn in vars(HtmlRenderer).items() if name.startswith("convert_")}


_CJK = (r"[\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3041-\u3096\u309D-\u309F"
        r"\u30A1-\u30FA\u30FD-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF"
        r"\uFF66-\uFF6F\uFF71-\uFF9D\U00020000-\U0003134F]")


@functools.cache
def _cjk_line_break() -> re.Pattern[str]:
    """Compiled on first use: only `remove_line_breaks_for_cjk` needs it."""
    return re.compile(rf"(?<={_CJK})\n(?={_CJK})")


def _join_cjk_lines(text: str) -> str:
    """`remove_line_breaks_for_cjk`: a line break between two CJK characters is dropped."""
    return _cjk_line_break().sub("", text)


def _toc_entry(nodes: list[Node]) -> list[Node]:
    """A header's children as a TOC link body: footnote markers dropped, links unwrapped."""
    out: list[Node] = []
    for n in nodes:
        if n.kind == "footnote":
            continue
        n.children = _toc_entry(n.children)
        if n.kind == "a":
            out.extend(n.children)
        else:
            out.append(n)
    return out
