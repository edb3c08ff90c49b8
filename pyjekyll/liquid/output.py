"""`{{ value }}` and `echo`, printing values as Ruby's Liquid prints them."""
from __future__ import annotations

from typing import TYPE_CHECKING, TextIO

from liquid.builtin.output import Output, OutputNode
from liquid.builtin.tags.echo_tag import EchoNode, EchoTag

from pyjekyll.liquid.ruby import to_s

if TYPE_CHECKING:
    from liquid.context import RenderContext


class RubyOutputNode(OutputNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(to_s(self.expression.evaluate(context)))


class RubyOutput(Output):
    node_class = RubyOutputNode


class RubyEchoNode(EchoNode):
    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        return buffer.write(to_s(self.expression.evaluate(context)))


class RubyEcho(EchoTag):
    node_class = RubyEchoNode
