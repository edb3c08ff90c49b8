"""jekyll-include-cache: `{% include_cached %}`, an include rendered once per distinct
file and parameters in a build, its output reused for every later call (even when the
include reads page variables: the first render wins, as with the Ruby plugin)."""
from __future__ import annotations

import weakref
from io import StringIO
from typing import TYPE_CHECKING, Any, TextIO

from pyjekyll.liquid import ruby
from pyjekyll.liquid.tags.include import IncludeNode, IncludeTag
from pyjekyll.plugins.api import PluginAPI

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

#: per Liquid environment (one per site): (include location, parameters text) -> output
_CACHES: "weakref.WeakKeyDictionary[Any, dict[tuple[Any, ...], str]]" = weakref.WeakKeyDictionary()


class CachedIncludeNode(IncludeNode):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        cache = _CACHES.setdefault(env, {})
        params = ruby.inspect(self._params(context)) if self.params is not None else ""
        key = (tuple(self._search_dirs(context)), self._file_name(context), params)
        output = cache.get(key)
        if output is None:
            scratch = StringIO()
            super().render_to_output(context, scratch)
            output = cache[key] = scratch.getvalue()
        return buffer.write(output)


class IncludeCachedTag(IncludeTag):
    name = "include_cached"

    def parse(self, stream: TokenStream) -> Any:
        node = super().parse(stream)
        return CachedIncludeNode(node.token, self.name, node.file, node.dynamic, node.params, node.relative)


def _forget(site: Any, *_: Any) -> None:
    """Each render stage starts with an empty cache (pages may have changed)."""
    cache = _CACHES.get(site.liquid)
    if cache is not None:
        cache.clear()


def register(api: PluginAPI) -> None:
    api.tag(IncludeCachedTag)
    api.hook("site", "pre_render", _forget)
