"""jekyll-paginate 1.1: splits `site.posts` over the index page and `paginate_path` copies."""
from __future__ import annotations

from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.paginate.generator import PaginationGenerator


def register(api: PluginAPI) -> None:
    api.generator(PaginationGenerator(), "lowest")
