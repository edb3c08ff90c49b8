"""The plugin API: what a plugin's `register(api)` may add to a site."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjekyll.converters.base import PRIORITIES

if TYPE_CHECKING:
    from pyjekyll.site import Site


class PluginAPI:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.converter_classes: list[type] = []
        self.generator_entries: list[tuple[int, Any]] = []
        self.tags: list[type] = []
        self.filters: dict[str, Callable[..., Any]] = {}

    def converter(self, cls: type) -> type:
        self.converter_classes.append(cls)
        return cls

    def generator(self, gen: Any, priority: str = "normal") -> Any:
        """`gen` has `generate(site)` (or is a function taking the site)."""
        if callable(gen) and not hasattr(gen, "generate"):
            func = gen

            class _FunctionGenerator:
                def generate(self, site: Site) -> None:
                    func(site)

            gen = _FunctionGenerator()
        self.generator_entries.append((PRIORITIES.get(priority, 0), gen))
        return gen

    def tag(self, cls: type) -> type:
        """A python-liquid `Tag` subclass."""
        self.tags.append(cls)
        return cls

    def filter(self, name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        self.filters[name] = func
        return func

    def hook(self, owner: str, event: str, func: Callable[..., Any], priority: str | int = "normal") -> None:
        self.site.hooks.register(owner, event, func, priority)
