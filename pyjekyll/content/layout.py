"""Layouts: templates that wrap rendered content, possibly in other layouts."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content.convertible import read_with_front_matter

if TYPE_CHECKING:
    from pyjekyll.site import Site


class Layout:
    def __init__(self, site: Site, base: str, name: str, base_dir: str) -> None:
        self.site = site
        self.name = name
        self.path = os.path.join(base, name)
        self.relative_path = self.path[len(base_dir):] if self.path.startswith(base_dir) else self.path
        self.ext = os.path.splitext(name)[1]
        self.data: dict[str, Any]
        self.data, self.content, self.body_line = read_with_front_matter(site, self.path, self.path)

    def __repr__(self) -> str:
        return f"<Layout {self.path}>"
