"""Small rules Jekyll applies everywhere: slugs, merging, titles, Liquid detection, paths."""
from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

# One slugify for URLs and for the `slugify` filter.
from pyjekyll.liquid.filters.slugify import slugify  # noqa: E402,F401


def titleize_slug(slug: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in slug.split("-"))


def deep_merge(base: Mapping[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    """Merge `override` into a copy of `base`: nested mappings merge, None never overwrites."""
    result = dict(base)
    for key, new in override.items():
        if new is None and key in result:
            continue
        old = result.get(key)
        if isinstance(old, Mapping) and isinstance(new, Mapping):
            result[key] = deep_merge(old, new)
        else:
            result[key] = new
    return result


def has_liquid_construct(content: str | None) -> bool:
    return bool(content) and ("{%" in content or "{{" in content)  # type: ignore[operator]


def pluralized_list(data: Mapping[str, Any], singular: str, plural: str) -> list[Any]:
    """`tag`/`tags` and `category`/`categories` front matter as one flat list."""
    value = data.get(singular)
    if value is None:
        value = data.get(plural)
        if isinstance(value, str):
            value = value.split()
        elif isinstance(value, list):
            value = [v for v in value if v is not None]
        elif value is not None and not isinstance(value, list):
            value = None
    result: list[Any] = []
    _flatten_into(value, result)
    return [v for v in result if v is not None]


def _flatten_into(value: Any, out: list[Any]) -> None:
    if isinstance(value, list):
        for item in value:
            _flatten_into(item, out)
    else:
        out.append(value)


def sanitized_path(base: str, questionable: str | None) -> str:
    """Join `questionable` under `base`, never letting it climb out of `base`."""
    if not questionable:
        return base
    if questionable.startswith(base.rstrip("/") + "/") or questionable == base:
        return questionable
    cleaned = os.path.normpath("/" + questionable.replace("\\", "/")).lstrip("/")
    if cleaned in ("", "."):
        return base
    return os.path.join(base, cleaned)
