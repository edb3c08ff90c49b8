"""Jekyll's Liquid filters called from Python, bound to one site.

Plugins compute values the way their Ruby originals do, by calling Jekyll's filters
directly; these are the very filter functions templates use, so results match.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

from pyjekyll.liquid.filters import JEKYLL_FILTERS

if TYPE_CHECKING:
    from pyjekyll.site import Site


class _SiteContext:
    """The little of a render context that Jekyll's filters read: the environment's site."""

    __slots__ = ("env",)

    def __init__(self, env: Any) -> None:
        self.env = env


class SiteFilters:
    """`filters.absolute_url(x)` and friends, with the site's configuration and clock."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self._context = _SiteContext(site.liquid)

    def __getattr__(self, name: str) -> Any:
        func = JEKYLL_FILTERS.get(name)
        if func is None:
            raise AttributeError(name)
        if getattr(func, "with_context", False):
            context = self._context

            def bound(value: Any, *args: Any) -> Any:
                return func(value, *args, context=context)

            setattr(self, name, bound)  # later look-ups skip __getattr__
            return bound
        setattr(self, name, func)
        return func


_BRIDGES: "weakref.WeakKeyDictionary[Any, SiteFilters]" = weakref.WeakKeyDictionary()


def filters_for(site: Site) -> SiteFilters:
    """The site's filter bridge, made on first use."""
    bridge = _BRIDGES.get(site)
    if bridge is None or bridge._context.env is not site.liquid:
        bridge = _BRIDGES[site] = SiteFilters(site)
    return bridge
