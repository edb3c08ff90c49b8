"""Jekyll's Markdown converter: kramdown-compatible HTML for `markdown_ext` files.

A conversion depends only on the text and the site's kramdown settings, so results are
remembered by text: in memory for the build, on disk (as Jekyll does) for rebuilds, and
worker processes may convert texts ahead of the render loop (`ahead`).
"""
from __future__ import annotations

import hashlib
import json
import os
from typing import Any, Protocol

from pyjekyll.converters.base import Converter
from pyjekyll.disk_cache import DiskCache, code_stamp, open_disk_cache
from pyjekyll.errors import FatalError
from pyjekyll.log import logger

#: texts shorter than this are converted again rather than looked up on disk
DISK_CACHE_MIN_LENGTH = 256

_CODE_STAMP: list[str] = []
#: the site settings a conversion depends on (kramdown's options and the highlighter)
_SETTINGS = ("markdown", "kramdown", "highlighter")


class ConversionSource(Protocol):
    """Somewhere else a conversion may already be under way (worker processes)."""

    def take(self, text: str) -> str | None: ...


class MarkdownConverter(Converter):
    highlighter_prefix = "\n"
    highlighter_suffix = "\n"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self._exts = {"." + e.strip().lower() for e in str(config.get("markdown_ext", "")).split(",") if e.strip()}
        self._engine: Any = None
        self._cache: dict[str, str] = {}
        self._disk: DiskCache | None | bool = False  # False: not opened yet
        #: set while workers convert ahead of rendering; asked before converting here
        self.ahead: ConversionSource | None = None
        #: kramdown's `show_warnings`: each fresh conversion logs kramdown's warnings, as Jekyll does
        self._show_warnings = _truthy((config.get("kramdown") or {}).get("show_warnings"))

    def _setup(self) -> Any:
        if self._engine is None:
            name = str(self.config.get("markdown") or "kramdown")
            if name.lower() != "kramdown":
                raise FatalError(f"Invalid Markdown processor given: {name}")
            from pyjekyll.converters.markdown import KramdownConverter

            self._engine = KramdownConverter(self.config)
        return self._engine

    def engine(self) -> Any:
        """The kramdown-compatible converter, loaded on first use."""
        return self._setup()

    def matches(self, ext: str) -> bool:
        return ext.lower() in self._exts

    def output_ext(self, ext: str) -> str:
        return ".html"

    def convert(self, content: str) -> str:
        cached = self._cache.get(content)
        if cached is None:
            ahead = None if self._show_warnings else self.ahead  # warnings are logged here
            if ahead is not None:
                cached = ahead.take(content)
            if cached is None:
                cached = self.convert_fresh(content)
            self._cache[content] = cached
        return cached

    def knows(self, content: str) -> bool:
        """Whether `content` is converted already (this build, or an earlier one on disk)."""
        if content in self._cache:
            return True
        disk = self.disk_cache()
        if disk is None or len(content) < DISK_CACHE_MIN_LENGTH:
            return False
        html = disk.get(content)
        if html is None:
            return False
        self._cache[content] = html
        return True

    def convert_fresh(self, content: str) -> str:
        """Convert without asking `ahead`: through the disk cache, else the converter."""
        disk = self.disk_cache() if len(content) >= DISK_CACHE_MIN_LENGTH else None
        if disk is not None:
            html = disk.get(content)
            if html is not None:
                return html
        if self._show_warnings:
            html, warnings = self._setup().convert_with_warnings(content)
            for warning in warnings:
                logger.warn("Kramdown warning:", warning)
        else:
            html = self._setup().convert(content)
        if disk is not None:
            disk.put(content, html)
        return html

    def disk_cache(self) -> DiskCache | None:
        if self._disk is False:
            # The raw settings the converter is built from, so a rebuild served from disk
            # never loads the converter itself.
            settings = json.dumps([self.config.get(key) for key in _SETTINGS], sort_keys=True,
                                  default=_stable_repr)
            self._disk = open_disk_cache(self.config, "markdown", _fingerprint(settings))
        return self._disk  # type: ignore[return-value]


def _truthy(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip().lower() not in ("", "false", "nil")
    return bool(value)


def _stable_repr(value: Any) -> Any:
    return sorted(map(repr, value)) if isinstance(value, (set, frozenset)) else repr(value)


def _fingerprint(settings: str) -> str:
    """Settings plus the state of the converter's code: cached HTML is only reused by the same."""
    if not _CODE_STAMP:
        here = os.path.dirname(os.path.abspath(__file__))
        package = os.path.dirname(here)
        _CODE_STAMP.append(code_stamp(os.path.join(here, "markdown"), os.path.join(package, "highlight"),
                                      os.path.abspath(__file__)))
    return hashlib.blake2b(f"{_CODE_STAMP[0]}\0{settings}".encode("utf-8", "surrogatepass"),
                           digest_size=12).hexdigest()
