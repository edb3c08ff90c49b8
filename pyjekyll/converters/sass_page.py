"""Sass/SCSS as a site converter: compiles pages and adds their source-map pages.

The compiler itself is `pyjekyll.converters.sass.SassConverter`; this adapter gives it
the converter interface and, like jekyll-sass-converter, appends a `<name>.css.map`
page next to each stylesheet page when a source map is written.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjekyll.content.page import Page
from pyjekyll.converters.base import Converter
from pyjekyll.liquid.drops.base import current_read_observer

if TYPE_CHECKING:
    from pyjekyll.site import Site


class SourceMapPage(Page):
    """The map of a stylesheet page: same folder and front matter, never rendered by Liquid."""

    def __init__(self, css_page: Page, source_map: str) -> None:
        super().__init__(css_page.site, css_page.site.source, css_page.url_dir,
                         css_page.basename + ".css.map", read=False)
        self.data = css_page.data
        self.content = source_map
        self.ext = ".map"

    @property
    def extname(self) -> str:
        return ".map"

    def render_with_liquid(self) -> bool:
        return False

    def is_asset(self) -> bool:
        return True

    def place_in_layout(self) -> bool:
        return False


class SassPageConverter(Converter):
    def __init__(self, config: dict[str, Any], site: Site) -> None:
        super().__init__(config)
        from pyjekyll.converters.sass import SassConverter

        theme_sass = site.theme.sass_path if site.theme is not None else None
        self.site = site
        self.compiler = SassConverter(config, site.source, theme_sass)
        self._map_pages: dict[str, SourceMapPage] = {}

    def matches(self, ext: str) -> bool:
        return self.compiler.matches(ext)

    def output_ext(self, ext: str) -> str:
        return ".css"

    def reset(self) -> None:
        self._map_pages.clear()

    def convert(self, content: str) -> str:
        return self.compiler.convert(content, "stdin.scss").css

    def convert_item(self, content: str, item: Any) -> str:
        result = self.compiler.convert(content, item.relative_path)
        observer = current_read_observer()
        if observer is not None:
            # an incremental rebuild records what the stylesheet depends on beyond its text
            note = getattr(observer, "sass_compiled", None)
            if note is None or result.imported is None:
                untracked = getattr(observer, "note_untracked", None)
                if untracked is not None:
                    untracked()
            else:
                note(result.imported, self.compiler.import_bases(), result.source_map)
        if result.source_map is not None:
            self.add_map_page(item, result.source_map)
        return result.css

    def add_map_page(self, item: Any, source_map: str) -> None:
        """The `.css.map` page of a stylesheet page (also for a rebuild that reuses its output)."""
        if type(item) is not Page:
            return
        key = item.relative_path
        map_page = self._map_pages.get(key)
        if map_page is None:
            map_page = self._map_pages[key] = SourceMapPage(item, source_map)
            self.site.pages.append(map_page)
        else:
            map_page.content = source_map

    def sassify(self, text: str, syntax: str) -> str:
        return self.compiler.sassify(text, syntax)
