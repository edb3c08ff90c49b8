"""Teach a site's Liquid environment to report reads the drop observer cannot see.

`link` and `post_url` search the site's files directly; plugin tags and filters,
`render`, `sample`, `sassify` and `scssify` read things (or randomness) outside
the drops. Rendering any of them tells the active recorder, which then either
records the site's file structure or gives up tracking that item.
"""
from __future__ import annotations

import functools
from typing import Any, Callable

from pyjekyll.liquid.drops.base import current_read_observer

STRUCTURE_TAGS = frozenset({"link", "post_url"})
UNTRACKED_TAGS = frozenset({"render"})
#: plugin tags known to read only the configuration and the page and site drops
PURE_PLUGIN_TAGS = frozenset({"seo", "feed_meta"})
UNTRACKED_FILTERS = frozenset({"sample", "sassify", "scssify"})
#: filters whose result depends on the build's clock when given "now" or "today"
CLOCK_FILTERS = frozenset({"date", "date_to_long_string", "date_to_rfc822", "date_to_string",
                           "date_to_xmlschema"})

_node_classes: dict[tuple[type, str], type] = {}


def _notify(what: str) -> None:
    observer = current_read_observer()
    if observer is None:
        return
    note = getattr(observer, "note_" + what, None)
    if note is not None:
        note()
    else:
        untracked = getattr(observer, "note_untracked", None)
        if untracked is not None:
            untracked()


def _noting_class(cls: type, what: str) -> type:
    """A subclass of a node class that reports itself before rendering."""
    sub = _node_classes.get((cls, what))
    if sub is None:
        def render_to_output(self: Any, context: Any, buffer: Any) -> Any:
            _notify(what)
            return cls.render_to_output(self, context, buffer)  # type: ignore[attr-defined]

        async def render_to_output_async(self: Any, context: Any, buffer: Any) -> Any:
            _notify(what)
            return await cls.render_to_output_async(self, context, buffer)  # type: ignore[attr-defined]

        sub = type(cls.__name__, (cls,), {"__slots__": (), "render_to_output": render_to_output,
                                          "render_to_output_async": render_to_output_async})
        _node_classes[(cls, what)] = sub
    return sub


def _wrap_tag(tag: Any, what: str) -> None:
    parse = tag.parse

    def noting_parse(stream: Any) -> Any:
        node = parse(stream)
        try:
            node.__class__ = _noting_class(type(node), what)
        except TypeError:  # a node layout we cannot subclass: fall back to never reusing
            return node
        return node

    tag.parse = noting_parse


def _wrap_filter(func: Callable[..., Any], before: Callable[[tuple[Any, ...]], None]) -> Callable[..., Any]:
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        before(args)
        return func(*args, **kwargs)

    for flag in ("with_context", "with_environment"):
        if getattr(func, flag, False):
            setattr(wrapper, flag, True)
    return wrapper


def _untracked(_args: tuple[Any, ...]) -> None:
    _notify("untracked")


def _clock(args: tuple[Any, ...]) -> None:
    value = args[0] if args else None
    if isinstance(value, str) and value.strip().lower() in ("now", "today"):
        _notify("clock")


def instrument(env: Any, plugin_tags: list[type], plugin_filters: dict[str, Any]) -> None:
    """Install the reporting wrappers on `env` (once per environment)."""
    if getattr(env, "_read_reporting", False):
        return
    env._read_reporting = True
    plugin_tag_names = {getattr(t, "name", None) for t in plugin_tags}
    for name, tag in list(env.tags.items()):
        if name in STRUCTURE_TAGS and name not in plugin_tag_names:
            _wrap_tag(tag, "structure")
        elif name in UNTRACKED_TAGS or (name in plugin_tag_names and name not in PURE_PLUGIN_TAGS):
            _wrap_tag(tag, "untracked")
    for name, func in list(env.filters.items()):
        if name in UNTRACKED_FILTERS or name in plugin_filters:
            env.filters[name] = _wrap_filter(func, _untracked)
        elif name in CLOCK_FILTERS:
            env.filters[name] = _wrap_filter(func, _clock)
