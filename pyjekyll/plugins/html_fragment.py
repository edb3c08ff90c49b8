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

#: new element -> the open elements it closes (libxml2 2.9.14's start-tag auto-close pairs)
_CLOSED_BY: dict[str, frozenset[str]] = {name: frozenset(closed.split()) for name, closed in {
    "a": "a head",
    "abbr": "head",
    "acronym": "head",
    "address": "head p ul",
    "b": "head",
    "bdo": "head",
    "big": "head",
    "blockquote": "head p",
    "body": "head link p style title",
    "br": "head",
    "caption": "p",
    "center": "b font head i p",
    "cite": "head",
    "code": "head",
    "col": "caption col p",
    "colgroup": "caption col colgroup p",
    "dd": "address dir dt head listing menu p pre xmp",
    "dfn": "head",
    "dir": "head p",
    "div": "head p",
    "dl": "address dir dt head listing menu p pre xmp",
    "dt": "address dd dir head listing menu p pre xmp",
    "em": "head",
    "fieldset": "a h1 h2 h3 h4 h5 h6 head legend listing p pre xmp",
    "font": "head",
    "form": "address dir dl form h1 h2 h3 h4 h5 h6 head hr listing menu ol p pre ul xmp",
    "frameset": "head link p style title",
    "h1": "head p",
    "h2": "head p",
    "h3": "head p",
    "h4": "head p",
    "h5": "head p",
    "h6": "head p",
    "head": "p",
    "hr": "head p",
    "i": "head",
    "iframe": "head",
    "img": "head",
    "kbd": "head",
    "li": "address dl h1 h2 h3 h4 h5 h6 head li listing p pre xmp",
    "listing": "head p",
    "map": "head",
    "menu": "head p ul",
    "noscript": "script",
    "ol": "head p ul",
    "optgroup": "option",
    "option": "option",
    "p": "b big h1 h2 h3 h4 h5 h6 head i p s small strike tt u",
    "pre": "head p ul",
    "q": "head",
    "s": "head",
    "samp": "head",
    "small": "head",
    "span": "head",
    "strike": "head",
    "strong": "head",
    "sub": "head",
    "sup": "head",
    "table": "a h1 h2 h3 h4 h5 h6 head listing p pre xmp",
    "tbody": "caption col colgroup p tbody td tfoot th thead tr",
    "td": "a b font i p span td th u",
    "tfoot": "caption col colgroup p tbody td th thead tr",
    "th": "a b font i p span td th u",
    "thead": "caption col colgroup",
    "title": "p",
    "tr": "caption col colgroup p td th tr",
    "tt": "head",
    "u": "head",
    "ul": "address dir head listing menu ol p pre xmp",
    "var": "head",
    "xmp": "head p",
}.items()}
#: the elements libxml2's HTML 4 table knows; any other start tag is a parse error
KNOWN_ELEMENTS = frozenset((
    "a abbr acronym address applet area b base basefont bdo big blockquote body br button caption "
    "center cite code col colgroup dd del dfn dir div dl dt em embed fieldset font form frame frameset "
    "h1 h2 h3 h4 h5 h6 head hr html i iframe img input ins isindex kbd label legend li link map menu "
    "meta noframes noscript object ol optgroup option p param pre q s samp script select small span "
    "strike strong style sub sup table tbody td textarea tfoot th thead title tr tt u ul var").split())
#: how far a misplaced end tag may close open elements (libxml2's end priorities)
_END_PRIORITY = {"div": 150, "td": 160, "th": 160, "tr": 170, "thead": 180, "tbody": 180, "tfoot": 180,
                 "table": 190, "head": 200, "body": 200, "html": 220}
_DEFAULT_PRIORITY = 100

_MARKUP = re.compile(r"<!--.*?-->|<!--.*\Z|<[!?][^>]*>?|</?[A-Za-z][^\s/>]*", re.DOTALL)
#: what makes libxml2 report a malformed character reference (no `;`, no name, a bad value)
_BAD_REFERENCE = re.compile(r"&(?:#[xX][0-9a-fA-F]+(?![0-9a-fA-F;])|#[0-9]+(?![0-9;])|[A-Za-z][A-Za-z0-9]*(?![A-Za-z0-9;])"
                            r"|#[xX]?0*;|(?![#A-Za-z]))")
#: tags of the document elements, which a replacement is read differently with when it is malformed
_DOCUMENT_TAG = re.compile(r"</?(?:html|head|body)\b", re.IGNORECASE)
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


#: the document elements, which a fragment never holds as written
_DOCUMENT_ELEMENTS = frozenset(("html", "head", "body"))


def parse(html: str, replacement: bool = False) -> list[Node]:
    """The nodes of `html` read as a fragment of a document body.

    A page fragment is read as the content of `<html><body>`: the document elements in it
    are dropped and an end tag closing the body ends the fragment. A `replacement` (the
    markup a text node is replaced by) is read as the content of a `<div>` with nothing
    above it; if libxml2 finds it malformed, Nokogiri reads it again as the content of
    `<html><body><div>`, which only changes how `<html>`, `<head>` and `<body>` tags in it
    are taken."""
    if not replacement:
        return _FragmentReader(html, ("html", "body")).read()
    reader = _FragmentReader(html, ("div",))
    nodes = reader.read()
    if reader.malformed and _DOCUMENT_TAG.search(html):
        nodes = _FragmentReader(html, ("html", "body", "div")).read()
    return nodes


class _FragmentReader:
    """One pass of libxml2's HTML parser over a fragment inside the `context` elements
    (outermost first), noting whether it met anything libxml2 reports as an error."""

    def __init__(self, html: str, context: tuple[str, ...]) -> None:
        self.html = html
        self.context = context
        self.root = Element("#fragment")
        self.stack = [self.root]
        self.dropped = 0  # document elements dropped and not yet closed
        self.malformed = bool(_BAD_REFERENCE.search(html)) if "&" in html else False

    def add_text(self, text: str) -> None:
        if not text:
            return
        siblings = self.stack[-1].children
        if siblings and isinstance(siblings[-1], Text):
            siblings[-1].text += text
        else:
            siblings.append(Text(text))

    def read(self) -> list[Node]:
        html = self.html
        stack = self.stack
        position = 0
        length = len(html)
        while position < length:
            match = _MARKUP.search(html, position)
            if match is None:
                self.add_text(decode(html[position:]))
                break
            self.add_text(decode(html[position:match.start()]))
            token = match.group(0)
            if token.startswith("<!") or token.startswith("<?"):
                if token.startswith("<!--") and not token.endswith("-->"):
                    self.malformed = True  # an unterminated comment is dropped with the rest
                    break
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
                if key in seen:
                    self.malformed = True
                else:
                    seen.add(key)
                    attributes.append((key, None if raw is None else decode(raw)))
            end = _TAG_END.match(html, position)
            assert end is not None  # the last branch matches anything
            self_closing = bool(end.group(1))
            position = end.end()
            if closing:
                if name in _DOCUMENT_ELEMENTS and self.dropped:
                    self.dropped -= 1
                elif not self.close(name):
                    break
                continue
            if name not in KNOWN_ELEMENTS:
                self.malformed = True
            while len(stack) > 1 and stack[-1].name in _CLOSED_BY.get(name, ()):
                stack.pop()
            if name in _DOCUMENT_ELEMENTS and self.dropped_start(name):
                self.malformed = True
                self.dropped += 1
                continue
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
        return self.root.children

    def dropped_start(self, name: str) -> bool:
        """Whether a start tag of a document element is ignored where it stands: `<html>`
        below the top, `<head>` anywhere but just inside the top, `<body>` inside a body."""
        depth = len(self.context) + len(self.stack) - 1
        if name == "html":
            return depth > 0
        if name == "head":
            return depth != 1
        return "body" in self.context or any(e.name == "body" for e in self.stack[1:])

    def close(self, name: str) -> bool:
        """An end tag: close up to the open element it names, unless a stronger one is in
        the way. False when it closes an element around the fragment, which ends it."""
        stack = self.stack
        priority = _END_PRIORITY.get(name, _DEFAULT_PRIORITY)
        if stack[-1].name != name:
            self.malformed = True  # unknown, or closing others on the way
        for depth in range(len(stack) - 1, 0, -1):
            open_name = stack[depth].name
            if open_name == name:
                del stack[depth:]
                return True
            if _END_PRIORITY.get(open_name, _DEFAULT_PRIORITY) > priority:
                return True
        for open_name in reversed(self.context):
            if open_name == name:
                del stack[1:]
                return False
            if _END_PRIORITY.get(open_name, _DEFAULT_PRIORITY) > priority:
                return True
        return True


def _uri_escape(value: str) -> str:
    if _URI_PLAIN.fullmatch(value):  # the usual URL: nothing to escape
        return value
    return "".join(chr(b) if b in _URI_KEEP else f"%{b:02X}" for b in value.encode("utf-8"))


_URI_PLAIN = re.compile("[" + re.escape(bytes(sorted(_URI_KEEP)).decode("ascii")) + "]*")


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


def rewrite_text_nodes(nodes: list[Node], rewrite: Callable[[str], str], skip: frozenset[str],
                       as_markup: bool = True) -> None:
    """Each text node outside the `skip` elements through `rewrite`, which gets it as markup
    (or, not `as_markup`, as plain text, so characters such as `<` in it become markup);
    changed ones are replaced by the nodes of what it returns, read as markup."""
    for index in range(len(nodes) - 1, -1, -1):
        node = nodes[index]
        if isinstance(node, Element):
            if node.name not in skip:
                rewrite_text_nodes(node.children, rewrite, skip, as_markup)
        elif isinstance(node, Text):
            before = escape_text(node.text) if as_markup else node.text
            changed = rewrite(before)
            if changed != before:
                nodes[index:index + 1] = parse(changed, replacement=True)
