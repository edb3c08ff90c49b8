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
from liquid.utils import ReadOnlyChainMap

if TYPE_CHECKING:
    from liquid.token import Token

#: path segments that python-liquid's `get_item` treats specially
_SPECIAL_SEGMENTS = frozenset({"size", "first", "last"})
_PARTIAL_NAMESPACE: Mapping[str, object] = {"partial": True}
_MISSING = object()


class JekyllRenderContext(RenderContext):
    """A render context whose variable lookups skip `get_item` for ordinary keys."""

    def get(self, path: list[object], *, token: Optional[Token], default: object = UNDEFINED) -> object:
        root = path[0]
        if root.__class__ is not str:
            return super().get(path, token=token, default=default)
        scope = self.scope
        obj: Any = _scope_lookup(scope, root) if scope.__class__ is ReadOnlyChainMap else _MISSING
        if obj is _MISSING:
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


def _scope_lookup(scope: ReadOnlyChainMap, name: str) -> Any:
    """`scope[name]`, or _MISSING; plain dicts are asked without raising KeyError.

    A scope is a chain of namespaces (locals, one per loop and include, the render's
    globals); looking a name up in python-liquid's chain raises and catches a KeyError
    for every namespace that lacks it, which costs more than the lookups themselves.
    """
    for namespace in scope._maps:
        cls = namespace.__class__
        if cls is dict:
            value = namespace.get(name, _MISSING)
            if value is not _MISSING:
                return value
        elif cls is ReadOnlyChainMap:
            value = _scope_lookup(namespace, name)
            if value is not _MISSING:
                return value
        else:
            try:
                return namespace[name]
            except KeyError:
                pass
            except (TypeError, IndexError):
                return _MISSING  # python-liquid's own lookup then makes it undefined
    return _MISSING


class JekyllTemplate(BoundTemplate):
    context_class = JekyllRenderContext


def push_namespace(context: RenderContext, namespace: Mapping[str, object]) -> None:
    """What `context.extend(namespace)` does on entering (the caller pops it afterwards)."""
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
        push_namespace(context, namespace)
    try:
        push_namespace(context, _PARTIAL_NAMESPACE)
        try:
            env = template.env
            checked = bool(context.disabled_tags)  # (never in Jekyll: no `render` tag)
            for node in template.nodes:
                try:
                    if checked:
                        node.render(context, buffer)
                    else:
                        node.render_to_output(context, buffer)
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
