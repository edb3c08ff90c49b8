"""`page` for pages. Jekyll hands templates a fresh hash per access, so this drop is
a mapping (printed as a hash) whose attributes are computed when read."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import Drop

_ATTRIBUTES = ("content", "dir", "excerpt", "name", "path", "url")


class PageDrop(Drop):
    computed = _ATTRIBUTES
    volatile = frozenset({"content", "excerpt"})
    __slots__ = ("page", "content_snapshot", "_merged")

    def __init__(self, page: Any, content_snapshot: str | None = None) -> None:
        super().__init__()
        self.page = page
        self.content_snapshot = content_snapshot
        self._merged: dict[str, Any] | None = None

    def fallback_data(self) -> dict[str, Any]:
        if self._merged is None:
            from pyjekyll.utils import deep_merge

            defaults = self.page.site.frontmatter_defaults.all(self.page.relative_path, "pages")
            self._merged = deep_merge(defaults, self.page.data) if defaults else self.page.data
        return self._merged

    def keys(self) -> list[str]:  # type: ignore[override]
        seen = dict.fromkeys(self.fallback_data())
        seen.update(dict.fromkeys(_ATTRIBUTES))
        return list(seen)

    def key_content(self) -> Any:
        return self.content_snapshot if self.content_snapshot is not None else self.page.content

    def key_dir(self) -> Any:
        return self.page.url_dir

    def key_excerpt(self) -> Any:
        excerpt = self.page.data.get("excerpt")
        return None if excerpt is None else str(excerpt)

    def key_name(self) -> Any:
        return self.page.name

    def key_path(self) -> Any:
        return self.page.path

    def key_url(self) -> Any:
        return self.page.url
