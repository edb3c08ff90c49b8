"""python-liquid's render context and bound template with the hot paths made cheaper.

Every `{{ page.title }}` resolves its path through `RenderContext.get`, which hands each
segment to `get_item`; that method only does something special for the `size`, `first`
and `last` keys and for non-string keys, yet pays for those checks on every segment.
Here plain string segments are indexed directly and everything else still goes through
python-liquid's own code, so the values (and the undefined objects with their hints)
are the same. Includes render their template through `render_partial`, which does
what `render_with_context(partial=True)` does without its two context managers.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Mapping, Optional, TextIO

from liquid import BoundTemplate, RenderContext
from liquid.context import _segments_str
from liquid.exceptions import ContextDepthError, LiquidError, LiquidInterrupt, StopRender
from liquid.undefined import UNDEFINED

if TYPE_CHECKING:
    from liquid.token import Token

#: path segments that python-liquid's `get_item` treats specially
_SPECIAL_SEGMENTS = frozenset({"size", "first", "last"})
_PARTIAL_NAMESPACE: Mapping[str, object] = {"partial": True}


class JekyllRenderContext(RenderContext):
    """A render context whose variable lookups skip `get_item` for ordinary keys."""

    def get(self, path: list[object], *, token: Optional[Token], default: object = UNDEFINED) -> object:
        root = path[0]
        if root.__class__ is not str:
            return super().get(path, token=token, default=default)
        try:
            obj: Any = self.scope[root]
        except (KeyError, TypeError, IndexError):
            return super().get(path, token=token, default=default)
        get_item = self.get_item
        for i in range(1, len(path)):
            segment = path[i]
            try:
                if segment.__class__ is str and segment not in _SPECIAL_SEGMENTS:
                    obj = obj[segment]
                else:
                    obj = get_item(obj, segment)
            except (KeyError, TypeError):
                if default == UNDEFINED:
                    hint = f"{_segments_str(path[: i + 1])} is undefined"
                    return self.env.undefined(root, hint=hint, token=token)
                return default
            except IndexError:
                if default == UNDEFINED:
                    return self.env.undefined(root, hint="index out of range", token=token)
                return default
        return obj


class JekyllTemplate(BoundTemplate):
    context_class = JekyllRenderContext


def _push(context: RenderContext, namespace: Mapping[str, object]) -> None:
    scope = context.scope
    if scope.size() > context.env.context_depth_limit:
        raise ContextDepthError("maximum context depth reached, possible recursive include", token=None)
    scope.push(namespace)


def render_partial(template: BoundTemplate, context: RenderContext, buffer: TextIO,
                   namespace: Optional[Mapping[str, object]] = None) -> None:
    """Render an included template into `buffer`, `namespace` (if any) in scope around it.

    The scope gets the same layers `context.extend(namespace)` followed by
    `template.render_with_context(context, buffer, partial=True)` would push.
    """
    scope = context.scope
    if namespace is not None:
        _push(context, namespace)
    try:
        _push(context, _PARTIAL_NAMESPACE)
        try:
            env = template.env
            for node in template.nodes:
                try:
                    node.render(context, buffer)
                except LiquidInterrupt:
                    raise
                except StopRender:
                    break
                except LiquidError as err:
                    env.error(err, token=node.token)
        finally:
            scope.pop()
    finally:
        if namespace is not None:
            scope.pop()
