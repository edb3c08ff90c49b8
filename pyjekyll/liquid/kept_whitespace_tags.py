"""`capture` and `tablerow` keep a body that is only whitespace.

python-liquid drops the output of any all-whitespace block; Ruby Liquid drops it only for
control flow (`if`, `unless`, `case`, `for`).  Themes rely on the difference, e.g.
`{% capture newline %}⏎{% endcapture %}` to split text into lines.
"""
from __future__ import annotations

from liquid.builtin.tags.capture_tag import CaptureNode, CaptureTag
from liquid.builtin.tags.tablerow_tag import TablerowNode, TablerowTag
from liquid.stream import TokenStream


class RubyCaptureTag(CaptureTag):
    def parse(self, stream: TokenStream) -> CaptureNode:
        node = super().parse(stream)
        node.block.blank = False
        return node


class RubyTablerowTag(TablerowTag):
    def parse(self, stream: TokenStream) -> TablerowNode:
        node = super().parse(stream)
        node.block.blank = False
        return node
