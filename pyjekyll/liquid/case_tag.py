"""`case`/`when`, read and rendered as Ruby Liquid 5.4 does.

Ruby Liquid compares with its condition rules (`when empty` asks `empty?`, `when blank`
never matches), renders every `when` that matches, once per matching value (so
`when 1, 1` renders twice), and renders an `else` when no `when` before it matched. Its
markup is only ever read the lax way; text before the first `when` is dropped.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Optional, TextIO

from liquid.ast import BlockNode, Node
from liquid.builtin.tags.case_tag import CaseTag
from liquid.exceptions import LiquidSyntaxError
from liquid.parser import get_parser
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

from pyjekyll.liquid.condition import RubyCondition, condition_operand
from pyjekyll.liquid.expression_markup import parse_markup
from pyjekyll.liquid.variable_markup import QUOTED_FRAGMENT, tag_markup

if TYPE_CHECKING:
    from liquid import RenderContext
    from liquid.expression import Expression
    from liquid.stream import TokenStream
    from liquid.token import Token

_SUBJECT = re.compile(QUOTED_FRAGMENT, re.ASCII)
_WHEN = re.compile(rf"({QUOTED_FRAGMENT})(?:(?:\s+or\s+|\s*,\s*)({QUOTED_FRAGMENT}.*))?", re.ASCII | re.DOTALL)
CASE_HELP = "Syntax Error in 'case' - Valid syntax: case [condition]"
WHEN_HELP = "Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}"
ELSE_HELP = "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) "
_ENDS = frozenset(("endcase", "when", "else"))

Branch = tuple[Optional[RubyCondition], BlockNode]


class RubyCaseNode(Node):
    __slots__ = ("subject", "branches")

    def __init__(self, token: Token, subject: Expression, branches: list[Branch]) -> None:
        super().__init__(token)
        self.subject = subject
        self.branches = branches

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        written = 0
        nothing_matched = True
        for condition, block in self.branches:
            if condition is None:
                if nothing_matched:
                    written += block.render(context, buffer)
            elif condition.evaluate(context):
                nothing_matched = False
                written += block.render(context, buffer)
        return written

    def children(self, static_context: object = None, *, include_partials: bool = True) -> Iterable[Node]:
        seen: set[int] = set()
        for _, block in self.branches:
            if id(block) not in seen:
                seen.add(id(block))
                yield block

    def expressions(self) -> Iterable[Expression]:
        yield self.subject


def _when_conditions(markup: str, subject: Expression, token: Token) -> list[RubyCondition]:
    conditions: list[RubyCondition] = []
    rest: str | None = markup
    while rest is not None:
        match = _WHEN.search(rest)
        if match is None:
            raise LiquidSyntaxError(WHEN_HELP, token=token)
        conditions.append(RubyCondition(token, subject, "==", condition_operand(match.group(1), token)))
        rest = match.group(2)
    return conditions


class RubyCaseTag(CaseTag):
    def parse(self, stream: TokenStream) -> Node:
        token = stream.eat(TOKEN_TAG)
        markup = tag_markup(stream.current)[0] if stream.current.kind == TOKEN_EXPRESSION else ""
        found = _SUBJECT.search(markup)
        if found is None:
            raise LiquidSyntaxError(CASE_HELP, token=token)
        subject = parse_markup(found.group(), stream.current)
        if stream.current.kind == TOKEN_EXPRESSION:
            next(stream)
        parse_block = get_parser(self.env).parse_block
        parse_block(stream, _ENDS)
        branches: list[Branch] = []
        while stream.current.kind == TOKEN_TAG and stream.current.value in ("when", "else"):
            branch = next(stream)
            markup = ""
            if stream.current.kind == TOKEN_EXPRESSION:
                markup = tag_markup(stream.current)[0]
                where = stream.current
                next(stream)
            else:
                where = branch
            if branch.value == "else":
                if markup.strip():
                    raise LiquidSyntaxError(ELSE_HELP, token=branch)
                branches.append((None, parse_block(stream, _ENDS)))
                continue
            conditions = _when_conditions(markup, subject, where)
            block = parse_block(stream, _ENDS)
            branches.extend((condition, block) for condition in conditions)
        stream.expect(TOKEN_TAG, value="endcase")
        return RubyCaseNode(token, subject, branches)
