"""Block bodies (`for`, `if`, `case` … contents) rendered with one call per node, not three.

python-liquid renders a block by summing a generator over `node.render`, which checks
for disabled tags before calling `render_to_output`. Jekyll's templates never disable
tags, so when none are disabled a block here calls `render_to_output` directly in a plain
loop; otherwise (and for blank blocks whose output is suppressed) it renders exactly as
python-liquid does. Parsed templates get their blocks retyped once, after parsing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, TextIO

from liquid.ast import BlockNode, Node

if TYPE_CHECKING:
    from liquid.context import RenderContext


class FastBlockNode(BlockNode):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        if context.disabled_tags or (self.blank and context.env.suppress_blank_control_flow_blocks):
            return BlockNode.render_to_output(self, context, buffer)
        count = 0
        for node in self.nodes:
            count += node.render_to_output(context, buffer)
        return count


def _fields(node: Any) -> Iterable[Any]:
    """The attribute values of a parsed node (slots and instance dict)."""
    for cls in type(node).__mro__:
        for name in getattr(cls, "__slots__", ()):
            value = getattr(node, name, None)
            if value is not None:
                yield value
    yield from getattr(node, "__dict__", {}).values()


def speed_up_blocks(nodes: list[Node]) -> None:
    """Retype every plain BlockNode reachable from `nodes` as a FastBlockNode."""
    stack: list[Any] = list(nodes)
    seen: set[int] = set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, Node):
            if type(item) is BlockNode:
                item.__class__ = FastBlockNode
            stack.extend(value for value in _fields(item) if isinstance(value, (Node, list, tuple)))
