"""An HTML fragment read and written back the way the Ruby HTML pipeline does it.

jemoji and jekyll-mentions hand a page's body to an HTML pipeline that parses it as an
HTML 4 fragment (libxml2 through Nokogiri) and serialises the tree again, so a page with
an emoji or a mention comes out re-written: entities decoded, `<br />` as `<br>`, boolean
attributes bare, URL attributes percent-encoded, unclosed elements closed, and libxml2's
line breaks around block elements. This module reproduces that round trip for the markup
sites produce (well-formed or nearly so); it is not a general HTML parser.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from html.entities import name2codepoint

#: libxml2's HTML 4 entity names (HTML 4 plus `apos`)
ENTITIES = {**name2codepoint, "apos": 39}

#: elements without content or end tag
VOID = frozenset(("area", "base", "basefont", "br", "col", "frame", "hr", "img", "input", "isindex",
                  "link", "meta", "param"))
#: childless elements written without an end tag
NO_END_WHEN_EMPTY = VOID | {"li"}
#: HTML 4 elements that are not inline: libxml2 puts line breaks between them
BLOCK = frozenset((
    "address", "area", "base", "blockquote", "body", "caption", "center", "col", "colgroup", "dd",
    "dir", "div", "dl", "dt", "fieldset", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "hr", "html", "isindex", "legend", "li", "link", "menu", "meta", "noframes",
    "noscript", "ol", "optgroup", "option", "p", "param", "pre", "style", "table", "tbody", "td",
    "tfoot", "th", "thead", "title", "tr", "ul",
))
#: attributes written by name alone
BOOLEAN_ATTRIBUTES = frozenset(("checked", "compact", "declare", "defer", "disabled", "ismap", "multiple",
                                "nohref", "noresize", "noshade", "nowrap", "readonly", "selected"))
#: elements whose content is not markup
RAW_TEXT = frozenset(("script", "style"))

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_FONT_STYLE = ("tt", "i", "b", "u", "s", "strike", "big", "small")
_PRE_LIKE = ("pre", "listing", "xmp")
#: new element -> the open elements it closes (libxml2's start-tag auto-close table)
_CLOSED_BY: dict[str, frozenset[str]] = {name: frozenset(closed) for name, closed in {
    "form": ("form", "p", "hr", *_HEADINGS, "dl", "ul", "ol", "menu", "dir", "address", *_PRE_LIKE, "head"),
    "head": ("p",), "title": ("p",), "body": ("head", "style", "script", "title"),
    "li": ("p", *_HEADINGS, "dl", "address", *_PRE_LIKE, "head", "li"),
    "hr": ("p", "head"),
    **{h: ("p", "head", *(o for o in _HEADINGS if o != h)) for h in _HEADINGS},
    "dir": ("p", "head"), "address": ("p", "head", "ul"), "pre": ("p", "head", "ul"),
    "listing": ("p", "head"), "xmp": ("p",), "blockquote": ("p", "head"),
    "dl": ("p", "dt", "menu", "dir", "address", *_PRE_LIKE, "head"),
    "dt": ("p", "menu", "dir", "address", *_PRE_LIKE, "head", "dd"),
    "dd": ("p", "menu", "dir", "address", *_PRE_LIKE, "head", "dt"),
    "ul": ("p", "head", "ol", "menu", "dir", "address", *_PRE_LIKE),
    "ol": ("p", "head", "ul"), "menu": ("p", "head", "ul"),
    "p": ("p", "head", *_HEADINGS, *_FONT_STYLE),
    "div": ("p", "head"), "noscript": ("script",), "center": ("font", "b", "i", "p", "head"),
    "a": ("a", "head"), "caption": ("p",), "colgroup": ("caption", "colgroup", "col", "p"),
    "col": ("caption", "col", "p"),
    "table": ("p", "head", *_HEADINGS, *_PRE_LIKE, "a"),
    "th": ("th", "td", "p", "span", "font", "a", "b", "i", "u"),
    "td": ("th", "td", "p", "span", "font", "a", "b", "i", "u"),
    "tr": ("th", "td", "tr", "caption", "col", "colgroup", "p"),
    "thead": ("caption", "col", "colgroup"),
    "tfoot": ("th", "td", "tr", "caption", "col", "colgroup", "thead", "tbody", "p"),
    "tbody": ("th", "td", "tr", "caption", "col", "colgroup", "thead", "tfoot", "tbody", "p"),
    "optgroup": ("option",), "option": ("option",),
    "fieldset": ("legend", "p", "head", *_HEADINGS, *_PRE_LIKE, "a"),
}.items()}
#: how far a misplaced end tag may close open elements (libxml2's end priorities)
_END_PRIORITY = {"div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180,
                 "table": 190, "head": 200, "body": 200, "html": 220}
_DEFAULT_PRIORITY = 100

_MARKUP = re.compile(r"<!--.*?-->|<!--.*\Z|<[!?][^>]*>?|</?[A-Za-z][^\s/>]*", re.DOTALL)
_ATTRIBUTE = re.compile(r"""\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?""")
_TAG_END = re.compile(r"\s*(/?)>|[^>]*>|.*\Z", re.DOTALL)
_REFERENCE = re.compile(r"&(?:#[xX]([0-9a-fA-F]+);?|#([0-9]+);?|([A-Za-z][A-Za-z0-9]*);)")
_TEXT_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_URI_KEEP = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.!~*'()@/:=?;#%&,+<>")
_LEADING_BLANKS = " \t\n\r"


@dataclass
class Element:
    name: str
    attributes: list[tuple[str, str | None]] = field(default_factory=list)
    children: list[Node] = field(default_factory=list)


@dataclass
class Text:
    text: str


@dataclass
class Markup:
    """Comments and declarations, written back as read."""
    source: str


Node = Element | Text | Markup


def _reference(match: re.Match[str]) -> str:
    hex_digits, digits, name = match.groups()
    if name is not None:
        code = ENTITIES.get(name)
        return chr(code) if code is not None else match.group(0)
    value = int(hex_digits, 16) if hex_digits is not None else int(digits)
    if value == 0 or value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return ""
    return chr(value)


def decode(text: str) -> str:
    """Character references as libxml2 reads them: named ones need their `;`."""
    return _REFERENCE.sub(_reference, text) if "&" in text else text


def parse(html: str) -> list[Node]:
    """The nodes of `html` read as a fragment of a document body."""
    root = Element("#fragment")
    stack = [root]

    def add_text(text: str) -> None:
        if not text:
            return
        siblings = stack[-1].children
        if siblings and isinstance(siblings[-1], Text):
            siblings[-1].text += text
        else:
            siblings.append(Text(text))

    position = 0
    length = len(html)
    while position < length:
        match = _MARKUP.search(html, position)
        if match is None:
            add_text(decode(html[position:]))
            break
        add_text(decode(html[position:match.start()]))
        token = match.group(0)
        if token.startswith("<!") or token.startswith("<?"):
            stack[-1].children.append(Markup(token))
            position = match.end()
            continue
        closing = token.startswith("</")
        name = token[2:].lower() if closing else token[1:].lower()
        position = match.end()
        attributes: list[tuple[str, str | None]] = []
        seen: set[str] = set()
        while True:
            attribute = _ATTRIBUTE.match(html, position)
            if attribute is None or not attribute.group(1):
                break
            position = attribute.end()
            key = attribute.group(1).lower()
            raw = next((g for g in attribute.group(2, 3, 4) if g is not None), None)
            if key not in seen:
                seen.add(key)
                attributes.append((key, None if raw is None else decode(raw)))
        end = _TAG_END.match(html, position)
        assert end is not None  # the last branch matches anything
        self_closing = bool(end.group(1))
        position = end.end()
        if closing:
            _close(stack, name)
            continue
        while len(stack) > 1 and stack[-1].name in _CLOSED_BY.get(name, ()):
            stack.pop()
        element = Element(name, attributes)
        stack[-1].children.append(element)
        if name in RAW_TEXT:
            close = re.compile(rf"</{name}", re.IGNORECASE).search(html, position)
            stop = close.start() if close else length
            if stop > position:
                element.children.append(Text(html[position:stop]))
            position = stop
            if close:
                tail = _TAG_END.match(html, close.end())
                position = tail.end() if tail else length
            continue
        if name not in VOID and not self_closing:
            stack.append(element)
    return root.children


def _close(stack: list[Element], name: str) -> None:
    """An end tag: close up to the open element it names, unless a stronger one is in the way."""
    priority = _END_PRIORITY.get(name, _DEFAULT_PRIORITY)
    for depth in range(len(stack) - 1, 0, -1):
        open_name = stack[depth].name
        if open_name == name:
            del stack[depth:]
            return
        if _END_PRIORITY.get(open_name, _DEFAULT_PRIORITY) > priority:
            return


def _uri_escape(value: str) -> str:
    return "".join(chr(b) if b in _URI_KEEP else f"%{b:02X}" for b in value.encode("utf-8"))


def _quoted(value: str) -> str:
    if '"' not in value:
        return f'"{value}"'
    if "'" not in value:
        return f"'{value}'"
    return '"' + value.replace('"', "&quot;") + '"'


def _attribute(element: str, name: str, value: str | None) -> str:
    if value is None or name in BOOLEAN_ATTRIBUTES:
        return " " + name
    encoded = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if name in ("href", "action", "src") or (name == "name" and element == "a"):
        encoded = _uri_escape(encoded.lstrip(_LEADING_BLANKS))
    return f" {name}={_quoted(encoded)}"


def _is_element(node: Node | None) -> bool:
    return node is not None and not isinstance(node, Text)


def _write(node: Node, parent: str | None, following: Node | None, out: list[str]) -> None:
    if isinstance(node, Text):
        out.append(node.text if parent in RAW_TEXT else node.text.translate(_TEXT_ESCAPES))
        return
    if isinstance(node, Markup):
        out.append(node.source)
        return
    name = node.name
    block = name in BLOCK
    out.append("<" + name + "".join(_attribute(name, k, v) for k, v in node.attributes))
    children = node.children
    if name in VOID:
        out.append(">")
    elif not children:
        out.append(">" if name in NO_END_WHEN_EMPTY else f"></{name}>")
    else:
        out.append(">")
        several = len(children) > 1 and not name.startswith("p")
        if block and several and _is_element(children[0]):
            out.append("\n")
        for index, child in enumerate(children):
            _write(child, name, children[index + 1] if index + 1 < len(children) else None, out)
        if block and several and _is_element(children[-1]):
            out.append("\n")
        out.append(f"</{name}>")
    if block and _is_element(following) and parent is not None and not parent.startswith("p"):
        out.append("\n")


def serialize(nodes: list[Node]) -> str:
    """The fragment as Nokogiri's `to_html` writes it."""
    out: list[str] = []
    for index, node in enumerate(nodes):
        _write(node, None, nodes[index + 1] if index + 1 < len(nodes) else None, out)
    return "".join(out)


def escape_text(text: str) -> str:
    return text.translate(_TEXT_ESCAPES)


def rewrite_text_nodes(nodes: list[Node], rewrite: Callable[[str], str], skip: frozenset[str]) -> None:
    """Each text node outside the `skip` elements, as markup, through `rewrite`; changed
    ones are replaced by the nodes of the new markup."""
    for index in range(len(nodes) - 1, -1, -1):
        node = nodes[index]
        if isinstance(node, Element):
            if node.name not in skip:
                rewrite_text_nodes(node.children, rewrite, skip)
        elif isinstance(node, Text):
            markup = escape_text(node.text)
            changed = rewrite(markup)
            if changed != markup:
                nodes[index:index + 1] = parse(changed)
