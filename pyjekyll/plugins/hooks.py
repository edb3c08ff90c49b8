"""Hooks: callbacks at fixed points of a build, with Jekyll's owners, events and priorities."""
from __future__ import annotations

from collections import defaultdict
from typing import Any, Callable

PRIORITY = {"low": 10, "normal": 20, "high": 30}
OWNERS = {
    "site": ("after_init", "after_reset", "post_read", "pre_render", "post_render", "post_write"),
    "pages": ("post_init", "pre_render", "post_convert", "post_render", "post_write"),
    "posts": ("post_init", "pre_render", "post_convert", "post_render", "post_write"),
    "documents": ("post_init", "pre_render", "post_convert", "post_render", "post_write"),
    "clean": ("on_obsolete",),
}


class Hooks:
    """Per-site hook registry (so two sites in one process never share callbacks)."""

    def __init__(self) -> None:
        self._registry: dict[tuple[str, str], list[tuple[int, int, Callable[..., Any]]]] = defaultdict(list)
        self._counter = 0

    def register(self, owner: str, event: str, func: Callable[..., Any], priority: str | int = "normal") -> None:
        if owner not in OWNERS and owner not in ("posts", "pages", "documents"):
            # Any collection label is a valid owner, as in Jekyll.
            pass
        if owner in OWNERS and event not in OWNERS[owner]:
            raise ValueError(f"Invalid hook. {owner} supports only the following hooks {list(OWNERS[owner])}")
        rank = PRIORITY.get(priority, 20) if isinstance(priority, str) else int(priority)
        self._counter += 1
        entries = self._registry[(owner, event)]
        entries.append((-rank, self._counter, func))
        entries.sort(key=lambda e: (e[0], e[1]))

    def has(self, owner: str, event: str) -> bool:
        return bool(self._registry.get((owner, event)))

    def trigger(self, owner: str, event: str, *args: Any) -> None:
        for _, _, func in self._registry.get((owner, event), ()):
            func(*args)
