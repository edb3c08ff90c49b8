"""`{{ value }}` and `echo`, parsed and printed as Ruby's Liquid parses and prints them."""
from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.builtin.expressions import Nil
from liquid.builtin.output import Output, OutputNode
from liquid.builtin.tags.echo_tag import EchoNode, EchoTag
from liquid.token import TOKEN_EXPRESSION, TOKEN_OUTPUT, TOKEN_TAG

from pyjekyll.liquid.ruby import to_s
from pyjekyll.liquid.variable_markup import output_markup, parse_variable, tag_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream


class RubyOutputNode(OutputNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        value = self.expression.evaluate(context)
        return buffer.write(value if value.__class__ is str else to_s(value))


class RubyOutput(Output):
    node_class = RubyOutputNode

    def parse(self, stream: TokenStream) -> OutputNode:
        token = stream.eat(TOKEN_OUTPUT)
        stream.expect(TOKEN_EXPRESSION)
        markup, line = output_markup(token)
        return self.node_class(token, parse_variable(self.env, markup, token, line))


class RubyEchoNode(EchoNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(to_s(self.expression.evaluate(context)))


class RubyEcho(EchoTag):
    node_class = RubyEchoNode

    def parse(self, stream: TokenStream) -> EchoNode:
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind != TOKEN_EXPRESSION:
            return self.node_class(token, Nil(token))
        markup, line = tag_markup(stream.current)
        return self.node_class(token, parse_variable(self.env, markup, stream.current, line))
