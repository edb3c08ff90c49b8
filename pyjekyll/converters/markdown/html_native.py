"""kramdown's `html_to_native` option: HTML elements the parser read become native elements.

With the option on, every block HTML element (once its body is parsed) and every span HTML
element is rewritten in place: `<p>`, `<em>`/`<i>`, `<strong>`/`<b>`, headers, lists,
definition lists, block quotes, rules, breaks, images, links with an `href`, code, `<pre>`,
simple tables and `math/tex` scripts turn into the element kinds the Markdown syntax would
produce, so the HTML writer lays them out in its own style. Everything else stays an HTML
element whose text is whitespace-compressed and whose entities are decoded; elements that
cannot be expressed natively (a table with block content, emphasis with outer whitespace, a
link without `href`) keep their whole subtree as HTML.

The rules follow kramdown 2.4's observable behaviour, including its quirks: converted elements
lose their block attribute list and other parser options, empty text runs are kept where
entities split the text, and a `<th>` outside a simple table has no native form (kramdown
fails on it; the writer here prints it as HTML).
"""
from __future__ import annotations

import re
from typing import Callable

from . import patterns as P
from .patterns import RUBY_WS
from .entities import Entity, entity_by_code, entity_by_name
from .tree import BLOCK_KINDS, Node

# Element names whose text children are dropped (only elements belong inside them).
_REMOVE_TEXT_CHILDREN = frozenset(
    "html head hgroup ol ul dl table colgroup tbody thead tfoot tr select optgroup".split())
# Element names whose text and span children are grouped into invisible paragraphs.
_WRAP_TEXT_CHILDREN = frozenset(
    "body section nav article aside header footer address div li dd blockquote figure "
    "figcaption fieldset form".split())
# Element names whose whitespace-only text children go at the edges and between blocks.
_REMOVE_WHITESPACE_CHILDREN = frozenset(
    "body section nav article aside header footer address div li dd blockquote figure "
    "figcaption td th fieldset form".split())
# Element names whose first and last text children lose their outer whitespace.
_STRIP_WHITESPACE = frozenset(
    "address article aside blockquote body caption dd div dl dt fieldset figcaption form "
    "footer header h1 h2 h3 h4 h5 h6 legend li nav p section td th".split())
# Element names that become the native element of the same name.
_SIMPLE_ELEMENTS = frozenset(
    "em strong blockquote hr br img p thead tbody tfoot tr td th ul ol dl li dt dd".split())
_EMPHASIS_KIND = {"em": "em", "i": "em", "strong": "strong", "b": "strong"}
_SMART_QUOTES = frozenset(("lsquo", "rsquo", "ldquo", "rdquo"))
_TYPOGRAPHIC = frozenset(("mdash", "ndash", "hellip", "laquo", "raquo"))

# Span kinds whose category is fixed (the block ones are `BLOCK_KINDS`); other kinds carry it in
# their options.
_SPAN_KINDS = frozenset(
    "text a br img codespan footnote em strong entity typographic_sym smart_quote abbreviation".split())

_WS_RUN = re.compile(r"[ \t\r\n\f\v]+")
_LEADING_WS = " \t\n\v\f\r"
_OUTER_WS_START = re.compile(r"\A[ \t\r\n\f\v]")
_OUTER_WS_END = re.compile(r"[ \t\r\n\f\v]\Z")
_HIGHLIGHTER_CLASS = re.compile(r"[ \t\r\n\f\v]+\bhighlighter-\w+\b|\bhighlighter-\w+\b[ \t\r\n\f\v]*", re.A)
_LANGUAGE_CLASS = re.compile(r"\blanguage-[^ \t\r\n\f\v]+", re.A)
_CELL_ALIGN = re.compile(r"(?:;[ \t\r\n\f\v]*)?text-align:[ \t\r\n\f\v]+(center|left|right)")
_CELL_ALIGN_ANY = re.compile(r"text-align:[ \t\r\n\f\v]+(center|left|right|justify|inherit)")
_MATH_TYPE = re.compile(r"\bmath/tex\b", re.A)
_MATH_CDATA = re.compile(r"\A(?:%[ \t\r\n\f\v]*)?<!\[CDATA\[\n?(.*?)(?:[ \t\r\n\f\v]%)?\]\]>\Z", re.S)


def is_block(node: Node) -> bool:
    """Whether kramdown counts the element as block-level."""
    kind = node.kind
    if kind in BLOCK_KINDS:
        return True
    if kind in _SPAN_KINDS:
        return False
    return node.opts.get("category") == "block"


def to_native(el: Node) -> None:
    """Rewrite the HTML element `el` (and what it holds) into native elements where possible."""
    _process(el, True, False, None)


def _process(el: Node, convert: bool, preserve: bool, parent: Node | None) -> None:
    """One element of the subtree: with `convert` off (inside HTML that has no native form) it
    stays HTML, with raw content; `preserve` keeps its text's whitespace as written."""
    kind = el.kind
    if kind == "xml_comment" or kind == "xml_pi":
        _set_comment_category(el, parent)
        return
    if kind != "html_element":
        return
    name = el.value
    special = _CONVERTERS.get(name) if convert else None
    if special is not None:
        special(el)
        return
    if convert and name in _REMOVE_TEXT_CHILDREN:
        el.children = [c for c in el.children if c.kind != "text"]
    if convert and name in _SIMPLE_ELEMENTS:
        _become(el, name)
        _process_children(el, convert, preserve)
    else:
        _process_html_element(el, convert, preserve)
    if convert:
        if name in _STRIP_WHITESPACE:
            _strip_whitespace(el)
        if name in _REMOVE_WHITESPACE_CHILDREN:
            _remove_whitespace_children(el)
        if name in _WRAP_TEXT_CHILDREN:
            _wrap_text_children(el)


def _set_comment_category(el: Node, parent: Node | None) -> None:
    """A comment is span-level exactly when its parent holds span content."""
    if parent is None:
        holder = "div"
    elif parent.kind == "html_element":
        holder = parent.value
    elif parent.kind == "header":
        holder = "h1"
    else:
        holder = parent.kind
    el.opts = {"category": "span" if P.content_model(holder) == "span" else "block"}


def _become(el: Node, kind: str, **opts: object) -> None:
    """Turn `el` into a native element (its parser options are dropped, as kramdown does)."""
    el.kind = kind
    el.opts = dict(opts)
    el.value = None


def _process_children(el: Node, convert: bool = True, preserve: bool = False) -> None:
    out: list[Node] = []
    keep_text = preserve or not convert
    for c in el.children:
        if c.kind == "text":
            out.extend(text_nodes(c.value, keep_text))
        else:
            _process(c, convert, preserve, el)
            out.append(c)
    el.children = out


def _process_html_element(el: Node, convert: bool = True, preserve: bool = False) -> None:
    """Keep `el` as HTML, with the category and content model its name implies."""
    name = el.value
    el.opts = {"category": "span" if name in P.SPAN_ELEMENTS else "block",
               "content_model": P.content_model(name) if convert else "raw"}
    _process_children(el, convert, preserve)


def text_nodes(raw: str, preserve: bool = False) -> list[Node]:
    """HTML text as text, entity, smart-quote and symbol elements; runs of whitespace become one
    space unless `preserve`. An entity at the start of a run leaves an empty text before it."""
    if not preserve:
        raw = _WS_RUN.sub(" ", raw)
    if "&" not in raw:
        return [Node("text", raw)] if raw else []
    result: list[Node] = []
    pos = 0
    end = len(raw)
    search = P.HTML_ENTITY.search
    while pos < end:
        m = search(raw, pos)
        if m is None:
            result.append(Node("text", raw[pos:]))
            break
        result.append(Node("text", raw[pos:m.start()]))
        name = m.group(1)
        if name in _SMART_QUOTES:
            result.append(Node("smart_quote", name))
        elif name in _TYPOGRAPHIC:
            result.append(Node("typographic_sym", name))
        else:
            if name:
                ent = entity_by_name(name)
            elif m.group(2):
                ent = entity_by_code(int(m.group(2)))
            else:
                ent = entity_by_code(int(m.group(3), 16))
            if ent is None:  # unknown: a literal ampersand, the rest read again as text
                result.append(Node("entity", entity_by_name("amp")))
                pos = m.start() + 1
                continue
            result.append(Node("entity", ent, original=m.group(0)))
        pos = m.end()
    return result


def _text_of(el: Node) -> str:
    """The element's text runs joined (entities and tags left out)."""
    if el.kind == "text":
        return el.value
    parts: list[str] = []
    stack = [el]
    while stack:
        node = stack.pop()
        if node.kind == "text":
            parts.append(node.value)
        else:
            stack.extend(reversed(node.children))
    return "".join(parts)


def _strip_whitespace(el: Node) -> None:
    children = el.children
    if not children:
        return
    if children[0].kind == "text":
        children[0].value = children[0].value.lstrip(_LEADING_WS)
    if children[-1].kind == "text":
        children[-1].value = children[-1].value.rstrip(RUBY_WS)


def _is_blank_text(node: Node) -> bool:
    return node.kind == "text" and not node.value.strip(RUBY_WS)


def _remove_whitespace_children(el: Node) -> None:
    """Blank text goes at either end and between two block elements."""
    children = el.children
    last = len(children) - 1
    el.children = [c for i, c in enumerate(children)
                   if not (_is_blank_text(c) and (i == 0 or i == last or (
                       is_block(children[i - 1]) and is_block(children[i + 1]))))]


def _wrap_text_children(el: Node) -> None:
    """Text and span children are grouped into paragraphs that write no tags."""
    out: list[Node] = []
    para: Node | None = None
    for c in el.children:
        if c.kind == "text" or not is_block(c):
            if para is None:
                para = Node("p", transparent=True)
                out.append(para)
            para.children.append(c)
        else:
            out.append(c)
            para = None
    el.children = out


# ---------------------------------------------------------------- per-element rules
def _convert_textarea(el: Node) -> None:
    _process_html_element(el, True, True)


def _convert_a(el: Node) -> None:
    if "href" in el.attr:
        _become(el, "a")
        _process_children(el)
    else:
        _process_html_element(el, False)


def _convert_emphasis(el: Node) -> None:
    text = _text_of(el)
    if _OUTER_WS_START.match(text) or _OUTER_WS_END.search(text):
        _process_html_element(el, False)
    else:
        _become(el, _EMPHASIS_KIND[el.value])
        _process_children(el)


def _convert_header(el: Node) -> None:
    level = int(el.value[1])
    raw_text = _text_of(el)
    _become(el, "header", level=level, raw_text=raw_text)
    _process_children(el)


def _char_of(node: Node) -> str:
    if node.kind == "text":
        return node.value
    if node.kind == "entity":
        ent: Entity = node.value
        return ent.char
    ent_named = entity_by_name(node.value)
    return ent_named.char if ent_named is not None else ""


def _convert_code(el: Node) -> None:
    """`<code>` becomes a code span and `<pre>` a code block, holding the decoded text."""
    code = "".join(_char_of(n) for n in text_nodes(_text_of(el), True))
    if el.value == "code":
        _become(el, "codespan")
        cls = el.attr.get("class")
        if cls is not None:
            el.attr["class"] = _HIGHLIGHTER_CLASS.sub("", cls)
    else:
        children = el.children
        _become(el, "codeblock")
        if len(children) == 1 and children[0].value == "code":
            m = _LANGUAGE_CLASS.search(children[0].attr.get("class", ""))
            if m:
                el.attr["class"] = f"{m.group(0)} {el.attr.get('class', '')}".rstrip(RUBY_WS)
    el.value = code
    el.children = []


def _convert_script(el: Node) -> None:
    kind = el.attr.get("type", "")
    if not _MATH_TYPE.search(kind):
        _process_html_element(el)
        return
    _become(el, "math", category="block" if "mode=display" in kind else "span")
    body = el.children.pop(0).value if el.children else ""
    el.value = _MATH_CDATA.sub(r"\1", body, count=1) if isinstance(body, str) else ""
    del el.attr["type"]


def _convert_table(el: Node) -> None:
    if not _is_simple_table(el):
        _process_html_element(el, False)
        return
    el.children = [c for c in el.children if c.kind != "text"]
    _process_children(el)
    _become(el, "table")
    el.opts["alignment"] = _take_alignment(el) or []
    el.children = [c for c in el.children if c.kind != "html_element"]
    _cells_as_td(el)
    if el.children and el.children[0].kind == "tr":
        body = Node("tbody")
        body.children = el.children
        el.children = [body]


def _take_alignment(el: Node) -> list[str] | None:
    """Every row's cells lose their `text-align` style; the last row's alignment is the table's."""
    alignment = None
    for c in el.children:
        if c.kind == "tr":
            alignment = []
            for cell in c.children:
                style = cell.attr.get("style")
                if style is None:
                    alignment.append("default")
                    continue
                m = _CELL_ALIGN.search(style)
                if m is None:
                    alignment.append("default")
                    continue
                style = style[:m.start()] + style[m.end():]
                if style.strip(RUBY_WS):
                    cell.attr["style"] = style
                else:
                    del cell.attr["style"]
                alignment.append(m.group(1))
        else:
            inner = _take_alignment(c)
            if inner is not None:
                alignment = inner
    return alignment


def _cells_as_td(el: Node) -> None:
    for c in el.children:
        if c.kind == "th":
            c.kind = "td"
        else:
            _cells_as_td(c)


def _only_phrasing(el: Node) -> bool:
    return all((c.kind == "text" or c.value not in P.BLOCK_ELEMENTS) and _only_phrasing(c)
               for c in el.children)


def _cells_are_phrasing(el: Node) -> bool:
    for c in el.children:
        if c.value == "th" or c.value == "td":
            if not _only_phrasing(c):
                return False
        elif not _cells_are_phrasing(c):
            return False
    return True


def _row_cells(row: Node) -> list[Node]:
    return [c for c in row.children if c.value == "th" or c.value == "td"]


def _rows(el: Node) -> list[Node]:
    """The `tr` elements below `el`, not looking inside rows."""
    found: list[Node] = []
    for c in el.children:
        if c.value == "tr":
            found.append(c)
        else:
            found.extend(_rows(c))
    return found


def _check_rows(el: Node, cell: str) -> bool:
    return all((r.value == "tr" or r.kind == "text")
               and all(c.value == cell or c.kind == "text" for c in r.children)
               for r in el.children)


def _is_simple_table(el: Node) -> bool:
    """Cells with phrasing content only, one cell count and alignment, plain row groups."""
    if not _cells_are_phrasing(el):
        return False
    rows = _rows(el)
    nr_cells = 0
    for row in rows:
        count = len(_row_cells(row))
        if count != nr_cells:
            if nr_cells != 0:
                return False
            nr_cells = count
    alignment: list[str] | None = None
    for row in rows:
        current = []
        for cell in _row_cells(row):
            m = _CELL_ALIGN_ANY.search(cell.attr.get("style", ""))
            if m and m.group(1) in ("justify", "inherit"):
                return False
            current.append(m.group(1) if m else "default")
        if alignment is None:
            alignment = current
        elif alignment != current:
            return False
    if _check_rows(el, "td"):
        return True
    return all(t.kind == "text" or (t.value == "thead" and _check_rows(t, "th"))
               or (t.value in ("tfoot", "tbody") and _check_rows(t, "td")) for t in el.children) \
        and any(t.value == "tbody" for t in el.children)


_CONVERTERS: dict[str, Callable[[Node], None]] = {
    "textarea": _convert_textarea, "a": _convert_a,
    "em": _convert_emphasis, "i": _convert_emphasis, "strong": _convert_emphasis, "b": _convert_emphasis,
    "h1": _convert_header, "h2": _convert_header, "h3": _convert_header,
    "h4": _convert_header, "h5": _convert_header, "h6": _convert_header,
    "code": _convert_code, "pre": _convert_code, "table": _convert_table, "script": _convert_script,
}
