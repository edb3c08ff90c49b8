"""kramdown's span-level rules (emphasis, code, links, quotes, entities, ...).

The scanner looks for the next place where any rule may start (one compiled alternation of
the rules' start characters), then tries the rules in kramdown's priority order there.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from . import patterns as P
from .patterns import RUBY_WS
from .attributes import merge_ial, apply_ial
from .entities import entity_by_code, entity_by_name
from .scanner import Scanner
from .tree import Node

if TYPE_CHECKING:
    from .parser import Parser

# Where each rule may begin (searched for: cheap forms of each rule's start pattern) and what
# it must match to apply (tried in kramdown's order at that place).
SPAN_START: dict[str, str] = {
    "emphasis": r"\*|_",
    "codespan": r"`",
    "autolink": r"<",
    "span_html": r"<",
    "footnote_marker": r"\[",
    "link": r"!(?=\[)|\[",
    "smart_quotes": r"\"|'",  # may also begin one character earlier: see parse_spans
    "inline_math": r"\$",
    "span_extensions": r"\{:",
    "html_entity": r"&",
    "typographic_syms": r"--|\.\.\.|\\(?=<<|>>)|<<|>>",  # " >>" is found at ">>": see parse_spans
    "line_break": r"\n(?<=  \n)|\\(?=\n)",  # found at the line feed: see parse_spans
    "escaped_chars": r"\\",
    "escaped_chars_base": r"\\",
    "strikethrough": r"~~",
}
# Every alternative above starts with a literal character other than a space, which lets `re`
# skip plain text fast (spaces are too common to stop at).
# The characters each rule can begin with (None: any character, as smart quotes may take the
# character before the quote).
FIRST_CHARS: dict[str, str | None] = {
    "emphasis": "*_", "codespan": "`", "autolink": "<", "span_html": "<", "footnote_marker": "[",
    "link": "![", "smart_quotes": None, "inline_math": "$", "span_extensions": "{",
    "html_entity": "&", "typographic_syms": "-. <>\\", "line_break": " \\", "escaped_chars": "\\",
    "escaped_chars_base": "\\",
    "strikethrough": "~",
}
_ACHARS = r"[\w.\-]"
RULE_START: dict[str, re.Pattern[str]] = {
    "emphasis": re.compile(r"\*\*?|__?"),
    "codespan": re.compile(r"`+"),
    "autolink": re.compile(rf"<((mailto|https?|ftps?):.+?|{_ACHARS}+?@{_ACHARS}+?)>"),
    "span_html": re.compile(rf"<({P.NAME}|!--|/)"),
    "footnote_marker": re.compile(rf"\[\^({P.ALD_ID_NAME})\]"),
    "link": re.compile(r"!?\[(?=[^^])"),
    "smart_quotes": re.compile(r"[^\\]?[\"']"),
    "inline_math": re.compile(r"\$\$(.*?)\$\$", re.S),
    "span_extensions": re.compile(r"\{:"),
    "html_entity": P.HTML_ENTITY,
    "typographic_syms": re.compile(r"---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>"),
    "line_break": re.compile(r"(  |\\\\)(?=\n)"),
    "escaped_chars": re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=\-~])"),
    "escaped_chars_base": re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])"),
    "strikethrough": re.compile(r"~~(?![ \t\r\n\f\v]|~).*?[^ \t\r\n\f\v~]~~", re.S),
}
DEFAULT_RULES = ("emphasis", "codespan", "autolink", "span_html", "footnote_marker", "link",
                 "smart_quotes", "inline_math", "span_extensions", "html_entity",
                 "typographic_syms", "line_break", "escaped_chars", "strikethrough")

_TYPO = {"---": "mdash", "--": "ndash", "...": "hellip", "<< ": "laquo_space",
         " >>": "raquo_space", "<<": "laquo", ">>": "raquo"}

_SQ_PUNCT = r"[!\"#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]"
_SQ_CLOSE = r"[^ \\\t\r\n\[{(-]"
_A = re.ASCII
_SQ_RULES: list[tuple[re.Pattern[str], tuple[object, ...]]] = [
    (re.compile(r"(\"|')(?=[_*]{1,2}\S)", _A), ("lquote1",)),
    # Ruby's \w is ASCII but its \b and \B see every Unicode letter as a word character.
    (re.compile(rf"(\"|')(?={_SQ_PUNCT}(?!\.\.)\B)"), ("rquote1",)),
    (re.compile(r"(\s?)\"'(?=\w)", _A), (1, "ldquo", "lsquo")),
    (re.compile(r"(\s?)'\"(?=\w)", _A), (1, "lsquo", "ldquo")),
    (re.compile(r"(\s?)'(?=\d\ds)", _A), (1, "rsquo")),
    (re.compile(r"(\s)('|\")(?=\w)", _A), (1, "lquote2")),
    (re.compile(rf"({_SQ_CLOSE})('|\")", _A), (1, "rquote2")),
    (re.compile(r"(\"|')(?=[ \t\r\n\f\v]|s\b|$)", re.M), ("rquote1",)),
    (re.compile(r"(.?)'", re.S), (1, "lsquo")),
    (re.compile(r"(.?)\"", re.S), (1, "ldquo")),
]
_SQ_SUBST = {("rquote", '"'): "rdquo", ("rquote", "'"): "rsquo",
             ("lquote", '"'): "ldquo", ("lquote", "'"): "lsquo"}
_EMPH_UNDERSCORE_BEFORE = re.compile(r"[^\W\d_]-?[^\W\d_]*\Z")
_WS_CHAR = re.compile(r"[ \t\r\n\f\v]")
_ALNUM_AFTER = {"_": re.compile(r"_[^\W_]"), "*": re.compile(r"\*[^\W_]"),
                "__": re.compile(r"__[^\W_]"), "**": re.compile(r"\*\*[^\W_]")}
_DOUBLE_NOT_TRIPLE = {"*": re.compile(r"\*\*(?!\*)"), "_": re.compile(r"__(?!_)")}
_STOP = {d: re.compile(re.escape(d)) for d in ("*", "**", "_", "__")}
_LINK_BRACKET_STOP = re.compile(r"(\])|!?\[")
_LINK_PAREN_STOP = re.compile(r"(\()|(\))|\s(?=['\"])")
_LINK_INLINE_ID = re.compile(r"[ \t\r\n\f\v]*?\[([^\]]+)?\]")
_LINK_INLINE_TITLE = re.compile(r"[ \t\r\n\f\v]*?([\"'])(.+?)\1[ \t\r\n\f\v]*?\)", re.S)
_LINK_ANGLE = re.compile(r"\(<(.*?)>")
_CLOSE_PAREN = re.compile(r"\)")
_OPEN_PAREN = re.compile(r"\(")
# A link whose text cannot start any span rule and whose URL has no parentheses, spaces,
# quotes or angle brackets: the general rule's result is known without running it.
# Its text may also be such text in brackets, `[[text]](url)` (academic pages' `[[pdf]]`): the
# inner brackets stay text, as no link can start inside a link.
_SIMPLE_TEXT = r"[^\W_](?:[^\W_]|[ ,:;/?#=+%@()]|\.(?!\.)|-(?!-))*"
_SIMPLE_LINK = re.compile(rf"\[({_SIMPLE_TEXT}|\[{_SIMPLE_TEXT}\])\]\(([^\s()<>\"'\\]+)\)")
# The same text in brackets on its own: a reference link (`[text]`, `[text][id]`) when its
# definition exists.
_SIMPLE_BRACKETS = re.compile(rf"\[({_SIMPLE_TEXT})\]")
# Emphasis around text that cannot start any span rule, closed by a lone delimiter.
_PLAIN_INNER = r"[^\W_](?:[^\W_]|[ ,:;/?#=+%@()]|\.(?!\.)|-(?!-))*(?<! )"
# The same link whose whole text is one such strong or em run: `[**text**](url)`.
_SIMPLE_EMPHASIS_LINK = re.compile(
    rf"\[(\*\*|\*(?!\*))({_PLAIN_INNER})\1\]\(([^\s()<>\"'\\]+)\)")
_SIMPLE_STRONG = re.compile(rf"\*\*({_PLAIN_INNER})\*\*")
_SIMPLE_EM = re.compile(rf"\*(?!\*)({_PLAIN_INNER})\*(?!\*)")
_SIMPLE_STRONG_OR_EM = re.compile(rf"{_SIMPLE_STRONG.pattern}|{_SIMPLE_EM.pattern}")


def _holding_text(kind: str, text: str, attr: dict[str, str] | None = None) -> Node:
    """An element around one plain run (what the simple span patterns above stand for)."""
    el = Node(kind, None, attr)
    el.children.append(Node("text", text))
    return el


def _emphasis_link(m: re.Match[str]) -> Node:
    """The link `_SIMPLE_EMPHASIS_LINK` matched: one strong or em inside it."""
    el = Node("a", None, {"href": m.group(3)})
    el.children.append(_holding_text("strong" if len(m.group(1)) == 2 else "em", m.group(2)))
    return el


def _rule_start(s: str, p: int, pos: int, quote_early: bool) -> int:
    """Where the rule found at `p` (by the start scan, from `pos`) begins: a line break at the
    two spaces before its line feed, `" >>"` at its space, a smart quote perhaps one character
    early (when that character is in reach and not a backslash)."""
    ch = s[p]
    if ch == "\n":
        return p - 2 if p - 2 >= pos else p
    if ch == ">":
        return p - 1 if p > pos and s[p - 1] == " " else p
    if quote_early and p > pos and ch in "\"'" and s[p - 1] != "\\":
        return p - 1
    return p


# Start-scan characters whose rule may begin before them (see `_rule_start`).
_EARLY_STARTS = frozenset("\n>\"'")
_BASE_ESCAPED = re.compile(r"\\([\\.*_+`<>()\[\]{}#!:|\"'$=-])")


class _SpanRegistry:
    """The compiled start scanner of each span rule set in use.

    The scanner is compiled without named groups: the rule is chosen afterwards by kramdown's
    priority order, and an unnamed alternation searches several times faster.
    """

    def __init__(self) -> None:
        self._scanners: dict[tuple[str, ...], tuple[re.Pattern[str], dict[str, tuple[str, ...]], tuple[str, ...]]] = {}

    def scanner(self, rules: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], tuple[str, ...]]:
        """The start pattern for `rules`, plus which rules to try for each first character."""
        found = self._scanners.get(rules)
        if found is None:
            pattern = re.compile("|".join(SPAN_START[r] for r in rules), re.S)
            by_char: dict[str, list[str]] = {}
            for rule in rules:
                chars = FIRST_CHARS[rule]
                if chars is None:
                    continue
                for ch in chars:
                    by_char.setdefault(ch, [])
            anywhere = tuple((RULE_START[r], _rule_method(r)) for r in rules if FIRST_CHARS[r] is None)
            for ch in by_char:
                by_char[ch] = [(RULE_START[r], _rule_method(r)) for r in rules
                               if FIRST_CHARS[r] is None or ch in (FIRST_CHARS[r] or "")]
            found = (pattern, {ch: tuple(v) for ch, v in by_char.items()}, anywhere)
            self._scanners[rules] = found
        return found


_REGISTRY = _SpanRegistry()


def span_scanner(rules: tuple[str, ...]) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Where `rules` may start, and which of them to try per first character."""
    return _REGISTRY.scanner(rules)


def span_rule_names(options: dict, gfm: bool) -> tuple[str, ...]:
    """The span rules in force, in kramdown's priority order."""
    rules = list(DEFAULT_RULES)
    if not gfm:  # kramdown's own syntax: no ~~strike~~, no escaped ~
        rules.remove("strikethrough")
        rules[rules.index("escaped_chars")] = "escaped_chars_base"
    elif options.get("hard_wrap"):
        rules.remove("line_break")
    if "no_auto_typographic" in options.get("gfm_quirks", ()):
        rules.remove("typographic_syms")
    return tuple(rules)


def _rule_method(name: str) -> Callable[..., None]:
    """The function implementing span rule `name` (called with the parser)."""
    from .raw_html import HtmlRules
    attr = f"parse_{name}"
    return getattr(SpanRules, attr, None) or getattr(HtmlRules, attr)


class SpanRules:
    """Mixin for the parser: span parsing and every span rule."""

    __slots__ = ()

    def parse_spans(self: "Parser", el: Node, stop_re: re.Pattern[str] | None = None,  # type: ignore[misc]
                    rules: tuple[str, ...] | None = None, text_type: str | None = None,
                    stop_check: Callable[[], bool] | None = None) -> bool:
        """Parse spans from the current source into `el`; with `stop_re`, stop there (True if found)."""
        pushed = self.tree is not None
        if pushed:
            self.stack.append((self.tree, self.text_type))
        self.tree = el
        if text_type is not None:
            self.text_type = text_type
        start_re, by_char, anywhere = _REGISTRY.scanner(rules) if rules else self.span_scan
        quote_early = bool(anywhere)
        src = self.src
        s = src.s
        end = len(s)
        children = el.children
        text_kind = self.text_type
        if stop_re is None:
            self._spans_to_end(src, s, children, text_kind, start_re.search, by_char, anywhere)
            if pushed:
                self.tree, self.text_type = self.stack.pop()
            else:
                self.tree = None  # type: ignore[assignment]
            return False
        # Cached next positions: of a span start (searched from `from_a`) and of the stop pattern.
        from_a = found_a = -1
        from_b = found_b = -1
        stop_found = False
        while src.pos < end:
            pos = src.pos
            if not (from_a != -1 and from_a <= pos and (found_a == -2 or pos <= found_a)):
                m = start_re.search(s, pos)
                from_a = pos
                if m is None:
                    found_a = -2
                else:
                    found_a = m.start()
                    if s[found_a] in _EARLY_STARTS:
                        found_a = _rule_start(s, found_a, pos, quote_early)
            p = found_a
            at_stop = False
            if stop_re is not None:
                if not (from_b != -1 and from_b <= pos and (found_b == -2 or pos <= found_b)):
                    m = stop_re.search(s, pos)
                    from_b = pos
                    found_b = -2 if m is None else m.start()
                if found_b >= 0 and (p < 0 or found_b <= p):
                    p = found_b
                    at_stop = True
            if p < 0:
                if stop_re is None:
                    self.add_text(s[pos:])
                    src.pos = end
                break
            if p > pos:  # the plain text before the next span: joins a preceding text element
                if children and children[-1].kind == text_kind:
                    children[-1].value += s[pos:p]
                else:
                    children.append(Node(text_kind, s[pos:p]))
                src.pos = p
            if at_stop:
                stop_found = stop_check() if stop_check is not None else True
                if stop_found:
                    break
            for start_rx, method in by_char.get(s[p], anywhere):
                m = start_rx.match(s, p)
                if m:
                    src.m = m  # rules read their start match from the scanner
                    method(self)
                    break
            else:
                self.add_text(s[p])
                src.pos = p + 1
        if pushed:
            self.tree, self.text_type = self.stack.pop()
        else:
            self.tree = None  # type: ignore[assignment]
        return stop_found

    def _spans_to_end(self: "Parser", src: Scanner, s: str, children: list[Node], text_kind: str,  # type: ignore[misc]
                      search: Callable[..., re.Match[str] | None], by_char: dict, anywhere: tuple,
                      top: bool = False) -> None:
        """parse_spans without a stop pattern: every span start up to the end of the text.

        `top`: the text is a block's own (no enclosing link or emphasis), so the commonest spans,
        plain `**strong**`/`*em*` and `[text](url)`, are built here as their rules would build
        them there."""
        end = len(s)
        quote_early = bool(anywhere)
        pos = src.pos
        while pos < end:
            m = search(s, pos)
            if m is None:
                p = end
            else:
                p = m.start()
                if s[p] in _EARLY_STARTS:
                    p = _rule_start(s, p, pos, quote_early)
            if p > pos:  # the plain text before the next span: joins a preceding text element
                if children and children[-1].kind == text_kind:
                    children[-1].value += s[pos:p]
                else:
                    children.append(Node(text_kind, s[pos:p]))
            if p == end:
                break
            if top:  # what parse_emphasis and parse_link would build, without their dispatch
                ch = s[p]
                simple = None
                if ch == "*":
                    simple = _SIMPLE_STRONG_OR_EM.match(s, p)
                    if simple:
                        strong = simple.lastindex == 1
                        children.append(_holding_text("strong" if strong else "em",
                                                      simple.group(1 if strong else 2)))
                elif ch == "[":
                    simple = _SIMPLE_LINK.match(s, p)
                    if simple:
                        children.append(_holding_text("a", simple.group(1), {"href": simple.group(2)}))
                    else:
                        simple = _SIMPLE_EMPHASIS_LINK.match(s, p)
                        if simple:
                            children.append(_emphasis_link(simple))
                if simple:
                    pos = simple.end()
                    continue
            src.pos = p
            for start_rx, method in by_char.get(s[p], anywhere):
                m = start_rx.match(s, p)
                if m:
                    src.m = m  # rules read their start match from the scanner
                    method(self)
                    break
            else:
                self.add_text(s[p])
                src.pos = p + 1
            pos = src.pos
        src.pos = end

    def parse_isolated_spans(self: "Parser", text: str, rules: tuple[str, ...]) -> list[Node]:  # type: ignore[misc]
        """Run a subset of span rules over standalone text (tables use this to find cells)."""
        saved = (self.src, self.tree, self.block_ial, self.stack, self.text_type)
        self.src, self.tree, self.stack, self.text_type = Scanner(text), None, [], "text"  # type: ignore[assignment]
        holder = Node("root")
        self.parse_spans(holder, rules=rules)
        self.src, self.tree, self.block_ial, self.stack, self.text_type = saved
        return holder.children

    def _in_ancestors(self: "Parser", kinds: tuple[str, ...]) -> bool:  # type: ignore[misc]
        tree = self.tree
        if tree is not None and tree.kind in kinds:
            return True
        for t, _ in self.stack:
            if t is not None and t.kind in kinds:
                return True
        return False

    # ------------------------------------------------------------------ rules
    def parse_emphasis(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        saved = src.pos
        m = src.m
        assert m is not None
        delim = m.group(0)
        src.pos = m.end()
        kind = "strong" if len(delim) == 2 else "em"
        char = delim[0]
        if ((char == "_" and _EMPH_UNDERSCORE_BEFORE.search(src.s[max(0, saved - 64):saved]))
                or _WS_CHAR.match(src.s, src.pos) or self._in_ancestors((kind,))):
            self.add_text(delim)
            return
        if char == "*":
            simple = (_SIMPLE_STRONG if kind == "strong" else _SIMPLE_EM).match(src.s, saved)
            if simple:  # plain text up to an acceptable closing delimiter
                src.pos = simple.end()
                self.tree.children.append(_holding_text(kind, simple.group(1)))
                return

        def attempt(d: str, elem: str) -> tuple[bool, Node]:
            el = Node(elem)
            stop = _STOP[d]

            def ok() -> bool:
                if _WS_CHAR.match(src.prev_char()):
                    return False
                if elem == "em" and _DOUBLE_NOT_TRIPLE[d].match(src.s, src.pos):
                    return False
                if char == "_" and _ALNUM_AFTER[d].match(src.s, src.pos):
                    return False
                return bool(el.children)

            return self.parse_spans(el, stop, stop_check=ok), el

        if self.rescan_budget <= 0:
            self.add_text(delim)
            return
        found, el = attempt(delim, kind)
        if not found and kind == "strong" and (self.tree is None or self.tree.kind != "em"):
            src.pos = saved + 1
            delim = char
            found, el = attempt(char, "em")
        if found:
            src.pos += len(delim)
            self.tree.children.append(el)
        else:
            self.rescan_budget -= src.pos - saved
            src.pos = saved + len(m.group(0))
            self.add_text(m.group(0))

    def parse_codespan(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        start = src.pos
        m = src.m
        assert m is not None
        delim = m.group(0)
        src.pos = m.end()
        simple = len(delim) == 1
        before = src.s[start - 1:start] if start > 0 else ""
        if simple and (before == "" or _WS_CHAR.match(before)) and _WS_CHAR.match(src.s, src.pos):
            self.add_text(delim)
            return
        close = src.s.find(delim, src.pos)
        if close < 0:
            self.add_text(delim)
            return
        text = src.s[src.pos:close]
        src.pos = close + len(delim)
        if not simple:
            if text[:1] == " ":
                text = text[1:]
            if text[-1:] == " ":
                text = text[:-1]
        self.tree.children.append(Node("codespan", text, codespan_delimiter=delim))

    def parse_autolink(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        target = m.group(1)
        href = f"mailto:{target}" if m.group(2) is None else target
        el = Node("a", None, {"href": href})
        self.add_text(target[7:] if target.startswith("mailto:") else target, el)
        self.tree.children.append(el)

    def parse_footnote_marker(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        fn = self.footnotes.get(m.group(1))
        if fn is None:
            if self.warn_on:
                self.warning(f"Footnote definition for '{m.group(1)}' not found on line "
                             f"{self.src.line_at(self.src.pos - len(m.group(0)))}")
            self.add_text(m.group(0))
            return
        if "eob" in fn:
            eob = fn.pop("eob")
            apply_ial(eob.attr, eob.opts.get("ial") or {}, self.alds)
            fn["attr"] = eob.attr
            fn["options"] = eob.opts
        marker = Node("footnote", fn["content"], dict(fn["attr"]), **{**fn["options"], "name": m.group(1)})
        fn.setdefault("marker", []).append(marker)
        self.tree.children.append(marker)

    def parse_link(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        saved = src.pos
        m = src.m
        assert m is not None
        result = m.group(0)
        src.pos = m.end()
        cur = src.pos
        kind = "img" if result.startswith("!") else "a"
        if kind == "a" and self._in_ancestors(("img", "a")):
            self.add_text(result)
            return
        if kind == "a":
            simple = _SIMPLE_LINK.match(src.s, saved)
            if simple:  # plain text in brackets, plain URL: what the full rule would build
                src.pos = simple.end()
                self.tree.children.append(_holding_text("a", simple.group(1), {"href": simple.group(2)}))
                return
            simple = _SIMPLE_BRACKETS.match(src.s, saved)
            if simple and self._simple_reference_link(simple):
                return
            simple = _SIMPLE_EMPHASIS_LINK.match(src.s, saved)
            if simple and not self._in_ancestors(("strong" if len(simple.group(1)) == 2 else "em",)):
                # the general rule would find one strong/em inside plain brackets (unless one
                # of that kind is open around the link)
                src.pos = simple.end()
                self.tree.children.append(_emphasis_link(simple))
                return
        el = Node(kind)
        count = 1

        def bracket() -> bool:
            nonlocal count
            count += -1 if src.s[src.pos] == "]" else 1
            return count - sum(1 for c in el.children if c.kind == "img") == 0

        if self.rescan_budget <= 0:
            self.add_text(result)
            return
        if not self.parse_spans(el, _LINK_BRACKET_STOP, stop_check=bracket):
            self.rescan_budget -= src.pos - saved
            src.pos = saved + len(result)
            self.add_text(result)
            return
        alt_text = _BASE_ESCAPED.sub(r"\1", src.s[cur:src.pos])
        src.scan(_LINK_BRACKET_STOP)
        idm = src.check(_LINK_INLINE_ID)
        if idm or not src.check(_OPEN_PAREN):
            if idm:
                src.pos = idm.end()
            link_id = normalize_link_id((idm.group(1) if idm else None) or alt_text)
            ldef = self.link_defs.get(link_id)
            if ldef is not None:
                self._add_link(el, ldef[0], ldef[1], alt_text, ldef[2].opts.get("ial") if ldef[2] else None)
            else:
                if self.warn_on and not (idm and idm.group(1)):
                    self.warning(f"No link definition for link ID '{link_id}' found on line {src.line_at(saved)}")
                self.rescan_budget -= src.pos - saved
                src.pos = saved + len(result)
                self.add_text(result)
            return
        am = src.check(_LINK_ANGLE)
        if am:
            src.pos = am.end()
            url = am.group(1)
            if src.scan(_CLOSE_PAREN) is not None:
                self._add_link(el, url, None, alt_text)
                return
        else:
            parts: list[str] = []
            depth = 0
            while True:
                chunk = src.scan_until(_LINK_PAREN_STOP)
                if chunk is None:
                    break
                parts.append(chunk)
                pm = src.m
                assert pm is not None
                if pm.group(2):
                    depth -= 1
                    if depth == 0:
                        break
                elif pm.group(1):
                    depth += 1
                else:
                    break
            url = "".join(parts)[1:-1].strip(RUBY_WS)
            if depth == 0:
                self._add_link(el, url, None, alt_text)
                return
        tm = src.check(_LINK_INLINE_TITLE)
        if tm:
            src.pos = tm.end()
            self._add_link(el, url, tm.group(2), alt_text)
        else:
            src.pos = saved + len(result)
            self.add_text(result)

    def _simple_reference_link(self: "Parser", simple: re.Match[str]) -> bool:  # type: ignore[misc]
        """`[plain text]` or `[plain text][id]` naming a known definition, built directly (what the
        general rule does for it); False leaves everything to the general rule."""
        src = self.src
        s = src.s
        after = simple.end()
        idm = _LINK_INLINE_ID.match(s, after)
        if idm is None and s.startswith("(", after):
            return False
        text = simple.group(1)
        ldef = self.link_defs.get(normalize_link_id((idm.group(1) if idm else None) or text))
        if ldef is None:
            return False
        src.pos = idm.end() if idm else after
        el = Node("a")
        el.children.append(Node("text", text))
        self._add_link(el, ldef[0], ldef[1], text, ldef[2].opts.get("ial") if ldef[2] else None)
        return True

    def _add_link(self: "Parser", el: Node, href: str, title: str | None, alt: str,  # type: ignore[misc]
                  ial: dict | None = None) -> None:
        if ial:
            el.opts["ial"] = ial
            apply_ial(el.attr, ial, self.alds)
        if el.kind == "a":
            el.attr["href"] = href
        else:
            el.attr["src"] = href
            el.attr["alt"] = alt
            el.children = []
        if title is not None:
            el.attr["title"] = title
        self.tree.children.append(el)

    def parse_smart_quotes(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        for rx, substs in _SQ_RULES:
            m = rx.match(src.s, src.pos)
            if m:
                break
        else:  # the start pattern guarantees one rule applies
            self.add_text(src.getch())
            return
        src.pos = m.end()
        for sub in substs:
            if isinstance(sub, int):
                self.add_text(m.group(sub))
            else:
                name = str(sub)
                idx = name[-1]
                if idx in "12":
                    name = _SQ_SUBST[(name[:-1], m.group(int(idx)))]
                self.tree.children.append(Node("smart_quote", name))

    def parse_inline_math(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        self.tree.children.append(Node("math", m.group(1).strip(RUBY_WS), category="span"))

    def parse_span_extensions(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        if src.check(P.EXT_SPAN_START):
            self.parse_extension_start_tag("span")
            return
        m = src.check(P.IAL_SPAN_START)
        if m:
            children = self.tree.children
            last = children[-1] if children else None
            if last is not None and last.kind != "text":
                src.pos = m.end()
                attrs: dict = {}
                self.attribute_list(m.group(1), attrs)
                merge_ial(last.opts.setdefault("ial", {}), attrs)
                apply_ial(last.attr, attrs, self.alds)
                return
            self.warning("Found span IAL after text - ignoring it")
        self.add_text(src.getch())

    def parse_html_entity(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        if m.group(1):
            ent = entity_by_name(m.group(1))
        elif m.group(2):
            ent = entity_by_code(int(m.group(2)))
        else:
            ent = entity_by_code(int(m.group(3), 16))
        if ent is None:
            self.tree.children.append(Node("entity", entity_by_name("amp")))
            self.add_text(m.group(0)[1:])
        else:
            self.tree.children.append(Node("entity", ent, original=m.group(0)))

    def parse_typographic_syms(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        sym = m.group(0)
        if sym in _TYPO:
            self.tree.children.append(Node("typographic_sym", _TYPO[sym]))
        else:
            ent = entity_by_name("lt" if sym == "\\<<" else "gt")
            self.tree.children.append(Node("entity", ent))
            self.tree.children.append(Node("entity", ent))

    def parse_line_break(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        self.tree.children.append(Node("br"))

    def parse_escaped_chars(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        self.add_text(m.group(1))

    def parse_escaped_chars_base(self: "Parser") -> None:  # type: ignore[misc]
        m = self.src.m
        assert m is not None
        self.src.pos = m.end()
        self.add_text(m.group(1))

    def parse_strikethrough(self: "Parser") -> None:  # type: ignore[misc]
        src = self.src
        m = src.m
        assert m is not None
        src.pos = m.end()
        el = Node("html_element", "del", {}, category="span")
        self.tree.children.append(el)
        saved = (self.src, self.tree, self.block_ial, self.stack, self.text_type)
        self.src, self.stack, self.text_type = Scanner(m.group(0)[2:-2]), [], "text"
        self.tree = None  # type: ignore[assignment]
        self.parse_spans(el)
        self.src, self.tree, self.block_ial, self.stack, self.text_type = saved




def normalize_link_id(text: str) -> str:
    return _LINK_ID_SPACE.sub(" ", text).lower()


_LINK_ID_SPACE = re.compile(r"[ \t\r\n\f\v]+")
