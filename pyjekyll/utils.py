"""Small rules Jekyll applies everywhere: slugs, merging, titles, Liquid detection, paths."""
from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

SLUGIFY_MODES = ("raw", "default", "pretty", "ascii", "latin")
_SLUG_PATTERNS = {
    "raw": re.compile(r"\s+"),
    "ascii": re.compile(r"[^A-Za-z0-9]+"),
}


def _default_slug_sub(text: str, pretty: bool) -> str:
    """Replace runs of characters that are not letters, marks or decimal digits by '-'.

    Python's `\\w` also admits `_` and non-decimal numerals, so keep-or-replace is
    decided per character with unicodedata categories, which is what Jekyll's
    `\\p{M}\\p{L}\\p{Nd}` classes mean.
    """
    extra = "._~!$&'()+,;=@" if pretty else ""
    out: list[str] = []
    in_run = False
    for ch in text:
        cat = unicodedata.category(ch)
        keep = cat[0] in "LM" or cat == "Nd" or ch in extra
        if keep:
            out.append(ch)
            in_run = False
        elif not in_run:
            out.append("-")
            in_run = True
    return "".join(out)


def transliterate(text: str) -> str:
    """ASCII approximation of `text`, unknown characters becoming '?' (as Ruby's I18n does)."""
    out: list[str] = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
            continue
        special = _TRANSLIT_SPECIAL.get(ch)
        if special is not None:
            out.append(special)
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        out.append(base if base and base.isascii() else "?")
    return "".join(out)


_TRANSLIT_SPECIAL = {
    "Æ": "AE", "æ": "ae", "Ø": "O", "ø": "o", "ß": "ss", "Þ": "Th", "þ": "th",
    "Ð": "D", "ð": "d", "Œ": "OE", "œ": "oe", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d",
}


def slugify(text: Any, mode: str | None = None, cased: bool = False) -> str | None:
    if text is None:
        return None
    text = str(text)
    mode = mode or "default"
    if mode not in SLUGIFY_MODES:
        return text if cased else text.lower()
    if mode == "latin":
        text = transliterate(text)
    if mode == "raw":
        slug = _SLUG_PATTERNS["raw"].sub("-", text)
    elif mode == "ascii":
        slug = _SLUG_PATTERNS["ascii"].sub("-", text)
    else:
        slug = _default_slug_sub(text, pretty=(mode == "pretty"))
    if slug.startswith("-"):
        slug = slug[1:]
    if slug.endswith("-"):
        slug = slug[:-1]
    if not cased:
        slug = slug.lower()
    return slug


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
