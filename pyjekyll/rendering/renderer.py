"""The render stage: Liquid, then conversion, then the layout chain, per page and document."""
from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, Callable

from pyjekyll.converters.base import Converter
from pyjekyll.errors import ConversionError
from pyjekyll.liquid.drops.base import current_read_observer
from pyjekyll.liquid.ruby import to_s
from pyjekyll.log import logger
from pyjekyll.utils import deep_merge

if TYPE_CHECKING:
    from pyjekyll.site import Site


class Renderer:
    def __init__(self, site: Site, item: Any) -> None:
        self.site = site
        self.item = item
        self._converters: list[Converter] | None = None
        self._output_ext: str | None = None

    @property
    def converters(self) -> list[Converter]:
        if self._converters is None:
            ext = self.item.extname
            matching = [c for c in self.site.converters if c.matches(ext)]
            matching.sort(key=lambda c: -c.rank)
            self._converters = matching
        return self._converters

    @property
    def output_ext(self) -> str:
        if self._output_ext is None:
            permalink = self.item.data.get("permalink") if isinstance(self.item.data, dict) else None
            ext = ""
            if permalink and not str(permalink).endswith("/"):
                ext = os.path.splitext(str(permalink))[1]
            if not ext:
                exts = [c.output_ext(self.item.extname) for c in self.converters]
                exts = [e for e in exts if e is not None]
                ext = exts[-1] if len(exts) == 1 else exts[-2]
            self._output_ext = ext
        return self._output_ext

    def convert(self, content: str) -> str:
        for converter in self.converters:
            try:
                content = converter.convert_item(content, self.item)
            except ConversionError:
                # the converter's own message (e.g. Sass's, with its line) follows; say which file first
                logger.error("Conversion error:", f"{type(converter).__name__} encountered an error while "
                                                  f"converting '{self.item.relative_path}':")
                raise
            except Exception as exc:  # noqa: BLE001 - reported with the file that failed
                logger.error("Conversion error:", f"{type(converter).__name__} encountered an error while "
                                                  f"converting '{self.item.relative_path}':")
                logger.error("", str(exc))
                raise ConversionError(f"{exc} (while converting {self.item.relative_path})") from exc
        return content

    def liquid_path(self) -> str:
        item = self.item
        return item.path if hasattr(item, "collection") and item.collection is not None else item.relative_path

    def run(self, payload: dict[str, Any]) -> str:
        site = self.site
        item = self.item
        env = site.liquid
        payload["page"] = _page_payload(item)
        payload["paginator"] = item.pager.to_liquid() if getattr(item, "pager", None) is not None else None
        site_drop = payload["site"]
        site_drop.current_document = item
        first = self.converters[0] if self.converters else None
        payload["highlighter_prefix"] = first.highlighter_prefix if first else None
        payload["highlighter_suffix"] = first.highlighter_suffix if first else None
        layout_name = item.data_get("layout")
        layout = _find_layout(site, layout_name)
        if layout is not None:
            payload["layout"] = deep_merge(layout.data, payload.get("layout") or {})
        hooks = site.hooks
        owner = _hook_owner(item)
        for o in owner:
            hooks.trigger(o, "pre_render", item, payload)
        output = item.content or ""
        if item.render_with_liquid():
            output = env.render_template(output, payload, self.liquid_path(), item)
        output = self.convert(output)
        item.content = output
        for o in owner:
            hooks.trigger(o, "post_convert", item)
        output = item.content
        if item.place_in_layout():
            output = self.place_in_layouts(output, payload, layout_name)
        return output

    def place_in_layouts(self, content: str, payload: dict[str, Any], layout_name: Any) -> str:
        site = self.site
        layout = _find_layout(site, layout_name)
        if layout_name is not None and layout is None and type(self.item).__name__ not in ("Excerpt", "PageExcerpt"):
            logger.warn("Build Warning:", f"Layout '{to_s(layout_name)}' requested in "
                                          f"{self.item.relative_path} does not exist.")
        used: set[int] = set()
        if layout is not None:
            used.add(id(layout))
        payload["layout"] = None
        output = content
        while layout is not None:
            payload["content"] = output
            payload["layout"] = deep_merge(layout.data, payload.get("layout") or {})
            output = site.liquid.render_template(layout.content, payload, layout.path, self.item)
            parent = layout.data.get("layout")
            layout = _find_layout(site, parent) if parent is not None else None
            if layout is None or id(layout) in used:
                break
            used.add(id(layout))
        return output


def _layout_key(name: Any) -> str:
    return to_s(name)


def _find_layout(site: Site, name: Any) -> Any:
    key = _layout_key(name)
    layout = site.layouts.get(key)
    observer = current_read_observer()
    if observer is not None:
        observer.template_read("layout", (key,), layout)
    return layout


def _page_payload(item: Any) -> Any:
    if isinstance(item, _content_classes()[1]):
        from pyjekyll.liquid.drops.page import PageDrop

        return PageDrop(item, content_snapshot=item.content)
    return item.to_liquid()


def _hook_owner(item: Any) -> tuple[str, ...]:
    document_class, page_class = _content_classes()
    if isinstance(item, document_class):
        return (item.collection.label, "documents")
    if isinstance(item, page_class):
        return ("pages",)
    return ()


_CONTENT_CLASSES: list[tuple[type, type]] = []


def _content_classes() -> tuple[type, type]:
    """(Document, Page), imported on first use (the content modules import this one)."""
    if not _CONTENT_CLASSES:
        from pyjekyll.content.document import Document
        from pyjekyll.content.page import Page

        _CONTENT_CLASSES.append((Document, Page))
    return _CONTENT_CLASSES[0]


ItemRenderer = Callable[["Site", Any, dict[str, Any], dict[str, float]], None]


def render_site(site: Site, render_item: ItemRenderer | None = None) -> None:
    """Render every document (collection by collection), then every page, in Jekyll's order.

    `render_item` replaces the per-item step (incremental rebuilds reuse unchanged output).
    """
    _render_item = render_item or render_one
    env = site.liquid
    payload = env.payload()
    site.hooks.trigger("site", "pre_render", site, payload)
    timings = site.render_timings = {}
    for collection in site.collections.values():
        for doc in collection.docs:
            _render_item(site, doc, payload, timings)
    # Pages added while rendering (source maps) are rendered too, as in Jekyll.
    i = 0
    while i < len(site.pages):
        _render_item(site, site.pages[i], payload, timings)
        i += 1
    site.hooks.trigger("site", "post_render", site, payload)


def render_one(site: Site, item: Any, payload: dict[str, Any], timings: dict[str, float]) -> None:
    start = time.perf_counter()
    item.output = site.renderer_for(item).run(payload)
    for owner in _hook_owner(item):
        site.hooks.trigger(owner, "post_render", item)
    timings[item.relative_path] = timings.get(item.relative_path, 0.0) + time.perf_counter() - start
