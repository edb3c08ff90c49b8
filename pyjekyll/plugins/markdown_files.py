"""Which files the site's Markdown converter handles (`markdown_ext`), for plugins that
treat Markdown sources specially."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjekyll.site import Site


def markdown_extensions(site: Site) -> list[str]:
    """`markdown_ext` as dotted, lower-case extensions, in their configured order."""
    raw = str(site.config.get("markdown_ext") or "")
    return ["." + e.strip().lower() for e in raw.split(",") if e.strip()]


def is_markdown(site: Site, extname: str) -> bool:
    return extname.lower() in markdown_extensions(site)
