"""`site`: configuration values plus the content of the build, each computed on first use."""
from __future__ import annotations

from typing import Any

from pyjekyll.liquid.drops.base import _MISSING, Drop


class SiteDrop(Drop):
    computed = ("time", "pages", "static_files", "tags", "categories", "data", "posts",
                "html_pages", "collections", "documents", "related_posts")
    volatile = frozenset({"related_posts"})
    ruby_class_name = "Jekyll::Drops::SiteDrop"
    __slots__ = ("site", "current_document")

    def __init__(self, site: Any) -> None:
        super().__init__()
        self.site = site
        self.current_document: Any = None

    def fallback_data(self) -> dict[str, Any]:
        return self.site.config

    def __getitem__(self, key: Any) -> Any:
        if key.__class__ is str:  # most lookups are repeats: answer them from the cache first
            value = self._cache.get(key, _MISSING)
            if value is not _MISSING:
                return value
        if isinstance(key, str) and key != "posts":
            collection = self.site.collections.get(key)
            if collection is not None:
                cached = self._cache.get(key)
                if cached is None:
                    cached = self._cache[key] = [d.to_liquid() for d in collection.docs]
                return cached
        return super().__getitem__(key)

    def __contains__(self, key: object) -> bool:
        return (isinstance(key, str) and key != "posts" and key in self.site.collections) or \
            super().__contains__(key)

    def key_time(self) -> Any:
        return self.site.time

    def key_pages(self) -> Any:
        return [p.to_liquid() for p in self.site.pages]

    def key_static_files(self) -> Any:
        return [f.to_liquid() for f in self.site.static_files]

    def key_tags(self) -> Any:
        return {k: [d.to_liquid() for d in v] for k, v in self.site.post_attr_hash("tags").items()}

    def key_categories(self) -> Any:
        return {k: [d.to_liquid() for d in v] for k, v in self.site.post_attr_hash("categories").items()}

    def key_data(self) -> Any:
        return self.site.config.get("data") or self.site.data

    def key_posts(self) -> Any:
        from pyjekyll.content.collection import sorted_documents

        docs = sorted_documents(self.site.posts.docs, newest_first=True)
        return [d.to_liquid() for d in docs]

    def key_html_pages(self) -> Any:
        return [p.to_liquid() for p in self.site.pages if p.html() or p.url.endswith("/")]

    def key_collections(self) -> Any:
        return [c.to_liquid() for c in sorted(self.site.collections.values(), key=lambda c: c.label)]

    def key_documents(self) -> Any:
        return [d.to_liquid() for d in self.site.documents()]

    def key_related_posts(self) -> Any:
        from pyjekyll.content.document import Document

        doc = self.current_document
        if not isinstance(doc, Document):
            return None
        return [p.to_liquid() for p in doc.related_posts()]

    def reset_volatile(self) -> None:
        """Forget lists whose members changed (a generator added pages, say)."""
        self._cache.clear()


class JekyllDrop(Drop):
    computed = ("version", "environment")
    ruby_class_name = "Jekyll::Drops::JekyllDrop"

    def __init__(self, environment: str) -> None:
        super().__init__()
        self._environment = environment

    def key_version(self) -> Any:
        from pyjekyll import JEKYLL_VERSION

        return JEKYLL_VERSION

    def key_environment(self) -> Any:
        return self._environment


class ThemeDrop(Drop):
    computed = ("root", "authors", "version", "description", "metadata", "dependencies")
    ruby_class_name = "Jekyll::Drops::ThemeDrop"

    def __init__(self, theme: Any) -> None:
        super().__init__()
        self._info = theme.to_liquid() if hasattr(theme, "to_liquid") else {}
        self._theme = theme

    def fallback_data(self) -> dict[str, Any]:
        return {}

    def _get(self, key: str) -> Any:
        return self._info.get(key) if isinstance(self._info, dict) else None

    def key_root(self) -> Any:
        return self._get("root") or str(getattr(self._theme, "root", ""))

    def key_authors(self) -> Any:
        return self._get("authors")

    def key_version(self) -> Any:
        return self._get("version")

    def key_description(self) -> Any:
        return self._get("description")

    def key_metadata(self) -> Any:
        return self._get("metadata")

    def key_dependencies(self) -> Any:
        return self._get("dependencies")
