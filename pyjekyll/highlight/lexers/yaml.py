"""Rouge's `yaml` language, which tracks block indentation to tell keys, scalars and nesting apart."""
from __future__ import annotations

import re

from ..engine import RegexLexer, include
from ..tokens import Comment, Error, Keyword, Name, Number, Punctuation, String, Text

_PLAIN_START = r"""[^ \t\n\r\f\v?:,\[\]{}#&*!|>'"%@`]"""


class YamlLexer(RegexLexer):
    tag = "yaml"
    aliases = ("yml",)

    def __init__(self, options: dict | None = None) -> None:
        super().__init__(options)
        self.reset()

    def reset(self) -> None:
        super().reset()
        self.reset_indent()

    # -- indentation bookkeeping -------------------------------------------------
    def reset_indent(self) -> None:
        self.indent_stack = [0]
        self.next_indent = 0
        self.block_scalar_indent: int | None = None

    @property
    def indent(self) -> int:
        return self.indent_stack[-1]

    def save_indent(self, spaces: str) -> tuple[str, str]:
        """Record a line's indentation; a dedent pops levels, and spaces past the level reached are an error."""
        self.next_indent = len(spaces)
        if self.next_indent < self.indent:
            while self.next_indent < self.indent:
                self.indent_stack.pop()
            return spaces[:self.indent], spaces[self.indent:]
        return spaces, ""

    def set_indent(self, text: str, implicit: bool = False) -> None:
        if self.indent < self.next_indent:
            self.indent_stack.append(self.next_indent)
        if not implicit:
            self.next_indent += len(text)

    # -- callbacks -----------------------------------------------------------------
    def _directive(self, m: re.Match[str], ttype, state: str) -> None:
        self.token(ttype)
        self.reset_indent()
        self.push(state)

    def _line_start(self, m: re.Match[str]) -> None:
        text, err = self.save_indent(m.group(0))
        self.token(Text, text)
        self.token(Error, err)
        self.push("block_line")
        self.push("indentation")

    def _indicator(self, m: re.Match[str]) -> None:
        self.set_indent(m.group(0))
        self.token(Punctuation.Indicator)

    def _indent_more(self, m: re.Match[str]) -> None:
        self.token(Text)
        self.next_indent += len(m.group(0))

    def _indent_done(self, m: re.Match[str]) -> None:
        self._indent_more(m)
        self.pop()

    def _mapping_key(self, m: re.Match[str]) -> None:
        self.groups(Name.Attribute, Punctuation.Indicator)
        self.set_indent(m.group(0), implicit=True)

    def _block_scalar_start(self, m: re.Match[str]) -> None:
        self.token(Punctuation.Indicator)
        self.push("block_scalar_content")
        self.push("block_scalar_header")

    def _block_scalar_blank(self, m: re.Match[str]) -> None:
        text = m.group(0)
        mark = self.block_scalar_indent if self.block_scalar_indent is not None else len(text)
        self.token(Text, text[:mark])
        self.token(Name.Constant, text[mark:])

    def _block_scalar_indent(self, m: re.Match[str]) -> None:
        self.token(Text)
        size = len(m.group(0))
        level = self.block_scalar_indent if self.block_scalar_indent is not None else self.indent
        if self.block_scalar_indent is None:
            self.block_scalar_indent = size
        if size < level:
            self.save_indent(m.group(0))
            self.pop()
            self.push("indentation")

    def _block_scalar_header(self, m: re.Match[str]) -> None:
        self.block_scalar_indent = None
        self.goto("ignored_line")
        if not m.group(0):
            return
        increment = m.group(2) or m.group(3)
        if increment:
            self.block_scalar_indent = self.indent + int(increment)
        self.token(Punctuation.Indicator)

    def _scalar_newline(self, m: re.Match[str]) -> None:
        self.token(Text)
        self.push("plain_scalar_in_block_context_new_line")

    def _scalar_next_line(self, m: re.Match[str]) -> None:
        self.token(Text)
        self.pop()
        if len(m.group(0)) <= self.indent:
            self.pop()
            self.save_indent(m.group(0))
            self.push("indentation")

    def _yaml_version(self, m: re.Match[str]) -> None:
        self.groups(Text, Number)
        self.goto("ignored_line")

    def _tag_directive_args(self, m: re.Match[str]) -> None:
        self.groups(Text, Keyword.Type, Text, Keyword.Type)
        self.goto("ignored_line")

    rules = {
        "basic": [(r"#.*$", Comment.Single)],
        "root": [
            include("basic"),
            (r"\n+", Text),
            (r"[ ]+(?=#|$)", Text),
            (r"^%YAML\b", lambda lx, m: lx._directive(m, Name.Tag, "yaml_directive")),
            (r"^%TAG\b", lambda lx, m: lx._directive(m, Name.Tag, "tag_directive")),
            (r"^(?:---|\.\.\.)(?= |$)", lambda lx, m: lx._directive(m, Name.Namespace, "block_line")),
            (r"[ ]*(?!\s|$)", lambda lx, m: lx._line_start(m)),
        ],
        "indentation": [
            (r"\s*?\n", lambda lx, m: (lx.token(Text), lx.pop(2))),
            (r"[ ]+(?=[-:?](?:[ ]|$))", lambda lx, m: lx._indent_more(m)),
            (r"[?:-](?=[ ]|$)", lambda lx, m: lx._indicator(m)),
            (r"[ ]*", lambda lx, m: lx._indent_done(m)),
        ],
        "block_line": [
            (r"[ ]*(?=#|$)", Text, "#pop"),
            (r"[ ]+", Text),
            include("descriptors"),
            include("block_nodes"),
            include("flow_nodes"),
            (r"(?=" + _PLAIN_START + r"|[?:-][^ \t\n\r\f\v])",
             lambda lx, m: (lx.token(Name.Variable), lx.push("plain_scalar_in_block_context"))),
        ],
        "descriptors": [
            (r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>", Keyword.Type),
            (r"(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)", Keyword.Type),
            (re.compile(r"&(?:[^\W]|-)+", re.M | re.U), Name.Label),
            (re.compile(r"\*(?:[^\W]|-)+", re.M | re.U), Name.Variable),
        ],
        "block_nodes": [
            (r"""([^#,:?\[\]{}"'\n]+)(:)(?=\s|$)""", lambda lx, m: lx._mapping_key(m)),
            (r"[|>][+-]?", lambda lx, m: lx._block_scalar_start(m)),
        ],
        "flow_nodes": [
            (r"\[", Punctuation.Indicator, "flow_sequence"),
            (r"\{", Punctuation.Indicator, "flow_mapping"),
            (r"'", String.Single, "single_quoted_scalar"),
            (r'"', String.Double, "double_quoted_scalar"),
        ],
        "flow_collection": [
            (r"\s+", Text),
            include("basic"),
            (r"[?:,]", Punctuation.Indicator),
            include("descriptors"),
            include("flow_nodes"),
            (r"(?=" + _PLAIN_START + ")", lambda lx, m: lx.push("plain_scalar_in_flow_context")),
        ],
        "flow_sequence": [(r"\]", Punctuation.Indicator, "#pop"), include("flow_collection")],
        "flow_mapping": [(r"\}", Punctuation.Indicator, "#pop"), include("flow_collection")],
        "block_scalar_content": [
            (r"\n+", Text),
            (r"^[ ]+$", lambda lx, m: lx._block_scalar_blank(m)),
            (r"^[ ]*", lambda lx, m: lx._block_scalar_indent(m)),
            (r"[^\n\r\f\v]+", String),
        ],
        "block_scalar_header": [
            (r"(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", lambda lx, m: lx._block_scalar_header(m)),
        ],
        "ignored_line": [
            include("basic"),
            (r"[ ]+", Text),
            (r"\n", Text, "#pop"),
        ],
        "quoted_scalar_whitespaces": [
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
        ],
        "single_quoted_scalar": [
            include("quoted_scalar_whitespaces"),
            (r"\\'", String.Escape),
            (r"'", String, "#pop"),
            (r"[^\s']+", String),
        ],
        "double_quoted_scalar": [
            (r'"', String, "#pop"),
            include("quoted_scalar_whitespaces"),
            (r'\\[0abt\tn\nvfre "\\N_LP]', String.Escape),
            (r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", String.Escape),
            (r'[^ \t\n\r\f\v"\\]+', String),
        ],
        "plain_scalar_in_block_context_new_line": [
            (r"^[ ]+\n", Text),
            (r"\n+", Text),
            (r"^(?=---|\.\.\.)", lambda lx, m: lx.pop(3)),
            (r"^[ ]*", lambda lx, m: lx._scalar_next_line(m)),
        ],
        "plain_scalar_in_block_context": [
            (r"[ ]*(?=:[ \n]|:$)", Text, "#pop"),
            (r"[ ]*:\S+", String),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"[ ]+$", Text),
            (r"\n+", lambda lx, m: lx._scalar_newline(m)),
            (r"[ ]+", String),
            (r"true|false|null", Name.Constant),
            (r"\d+(?:\.\d+)?(?=(\r?\n)| +#)", Number, "#pop"),
            (r"[^\s:]+", String),
        ],
        "plain_scalar_in_flow_context": [
            (r"[ ]*(?=[,:?\[\]{}])", Text, "#pop"),
            (r"[ ]+(?=#)", Text, "#pop"),
            (r"^[ ]+", Text),
            (r"[ ]+$", Text),
            (r"\n+", Text),
            (r"[ ]+", Name.Variable),
            (r"[^\s,:?\[\]{}]+", Name.Variable),
        ],
        "yaml_directive": [(r"([ ]+)(\d+\.\d+)", lambda lx, m: lx._yaml_version(m))],
        "tag_directive": [
            (r"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)",
             lambda lx, m: lx._tag_directive_args(m)),
        ],
    }
