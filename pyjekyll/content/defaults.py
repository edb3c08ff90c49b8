"""Front matter defaults (`defaults:` in the config) with Jekyll's scope precedence."""
from __future__ import annotations

import glob
import os
from typing import TYPE_CHECKING, Any

from pyjekyll.log import logger
from pyjekyll.utils import deep_merge

if TYPE_CHECKING:
    from pyjekyll.site import Site

_LEGACY_TYPES = {"page": "pages", "post": "posts", "draft": "drafts"}


def _sanitize(path: Any) -> str:
    if not path:
        return ""
    path = str(path)
    return path[1:] if path.startswith("/") else path


class FrontMatterDefaults:
    def __init__(self, site: Site) -> None:
        self.site = site
        self._sets: list[dict[str, Any]] | None = None
        self._matches: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self._globs: dict[str, list[str]] = {}

    def reset(self) -> None:
        self._sets = None
        self._matches.clear()
        self._globs.clear()

    def _valid_sets(self) -> list[dict[str, Any]]:
        if self._sets is None:
            sets = self.site.config.get("defaults")
            result: list[dict[str, Any]] = []
            if isinstance(sets, list):
                for entry in sets:
                    if isinstance(entry, dict) and isinstance(entry.get("values"), dict):
                        scope = entry.get("scope")
                        if isinstance(scope, dict) and "type" in scope:
                            scope = dict(scope)
                            scope["type"] = _LEGACY_TYPES.get(scope["type"], scope["type"])
                            entry = dict(entry, scope=scope)
                        values = entry["values"]
                        if "date" in values and isinstance(values["date"], str):
                            from pyjekyll.content.dates import parse_date

                            values = dict(values, date=parse_date(values["date"], self.site.tz))
                            entry = dict(entry, values=values)
                        result.append(entry)
                    else:
                        logger.warn("Defaults:", "An invalid front-matter default set was found:")
                        logger.warn("", str(entry))
            self._sets = result
        return self._sets

    def _strip_collections_dir(self, path: str) -> str:
        cdir = self.site.config.get("collections_dir") or ""
        if cdir and path.startswith(cdir + "/"):
            return path[len(cdir) + 1:]
        return path

    def _applies_path(self, scope: dict[str, Any], path: str) -> bool:
        scope_path = scope.get("path")
        if not isinstance(scope_path, str) or not scope_path:
            return True
        sanitized = _sanitize(path)
        if "*" in scope_path:
            pattern = os.path.join(self.site.source, scope_path)
            matches = self._globs.get(pattern)
            if matches is None:
                matches = self._globs[pattern] = glob.glob(pattern)
            for match in matches:
                rel = self._strip_collections_dir(os.path.relpath(match, self.site.source))
                if sanitized.startswith(rel):
                    return True
            return False
        return sanitized.startswith(self._strip_collections_dir(scope_path))

    def _matching(self, path: str, type_: str | None) -> list[dict[str, Any]]:
        key = (path, type_)
        found = self._matches.get(key)
        if found is None:
            found = []
            for entry in self._valid_sets():
                scope = entry.get("scope")
                if not isinstance(scope, dict):
                    found.append(entry)
                    continue
                if "type" in scope and str(scope["type"]) != str(type_):
                    continue
                if self._applies_path(scope, path):
                    found.append(entry)
            self._matches[key] = found
        return found

    @staticmethod
    def _has_precedence(old: dict[str, Any] | None, new: dict[str, Any] | None) -> bool:
        if old is None:
            return True
        new = new or {}
        new_path, old_path = _sanitize(new.get("path")), _sanitize(old.get("path"))
        if len(new_path) != len(old_path):
            return len(new_path) >= len(old_path)
        if "type" in new:
            return True
        return "type" not in old

    def all(self, path: str, type_: str | None) -> dict[str, Any]:
        defaults: dict[str, Any] = {}
        old_scope: dict[str, Any] | None = None
        for entry in self._matching(path, type_):
            scope = entry.get("scope") or {}
            if self._has_precedence(old_scope, scope):
                defaults = deep_merge(defaults, entry["values"])
                old_scope = scope
            else:
                defaults = deep_merge(entry["values"], defaults)
        return defaults

    def find(self, path: str, type_: str | None, key: str) -> Any:
        value = None
        old_scope: dict[str, Any] | None = None
        for entry in self._matching(path, type_):
            scope = entry.get("scope") or {}
            if key in entry["values"] and self._has_precedence(old_scope, scope):
                value = entry["values"][key]
                old_scope = scope
        return value
