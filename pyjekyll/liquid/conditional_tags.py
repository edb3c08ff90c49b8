"""`if` and `unless` with Ruby Liquid's conditions (see `condition`), strict reading
first and the lax one as `error_mode` allows.

As in Ruby, an `else` tag's markup is ignored, and blocks after the first `else` are
parsed but can never render.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from liquid.builtin.tags.if_tag import ConditionalBlockNode, IfTag
from liquid.builtin.tags.unless_tag import UnlessTag
from liquid.exceptions import LiquidSyntaxError
from liquid.parser import get_parser
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

from pyjekyll.liquid.condition import SYNTAX_HELP, LaxConditionError, RubyCondition, lax_condition, strict_condition
from pyjekyll.liquid.error_mode import parse_with_selected_parser
from pyjekyll.liquid.variable_markup import tag_markup

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.ast import BlockNode, Node
    from liquid.stream import TokenStream
    from liquid.token import Token

_ELSIF, _ELSE = "elsif", "else"


def read_condition(env: Environment, stream: TokenStream, tag: Token) -> RubyCondition:
    """The condition in the markup after `tag`; leaves the stream after that markup."""
    if stream.current.kind != TOKEN_EXPRESSION:
        raise LiquidSyntaxError(SYNTAX_HELP, token=tag)
    expression = stream.current
    markup, line = tag_markup(expression)
    try:
        condition = parse_with_selected_parser(
            env, markup, line, expression,
            lambda text: strict_condition(text, expression), lambda text: lax_condition(text, expression))
    except LaxConditionError as exc:
        raise LiquidSyntaxError(str(exc), token=expression) from None
    next(stream)
    return condition


class _RubyConditional:
    """The block structure `if` and `unless` share."""

    end_tag = ""

    def parse(self, stream: TokenStream) -> Node:
        env: Environment = self.env  # type: ignore[attr-defined]
        token = stream.eat(TOKEN_TAG)
        condition = read_condition(env, stream, token)
        ends = frozenset((self.end_tag, _ELSIF, _ELSE))
        parse_block = get_parser(env).parse_block
        consequence = parse_block(stream, ends)
        alternatives: list[ConditionalBlockNode] = []
        default: BlockNode | None = None
        while stream.current.kind == TOKEN_TAG and stream.current.value in (_ELSIF, _ELSE):
            branch = next(stream)
            if branch.value == _ELSE:
                if stream.current.kind == TOKEN_EXPRESSION:
                    next(stream)
                block = parse_block(stream, ends)
                if default is None:
                    default = block
                continue
            expression = read_condition(env, stream, branch)
            block = parse_block(stream, ends)
            if default is None:
                alternatives.append(ConditionalBlockNode(branch, expression=expression, block=block))
        stream.expect(TOKEN_TAG, value=self.end_tag)
        return self.node_class(token, condition, consequence, alternatives, default)  # type: ignore[attr-defined]


class RubyIfTag(_RubyConditional, IfTag):
    end_tag = "endif"


class RubyUnlessTag(_RubyConditional, UnlessTag):
    end_tag = "endunless"
