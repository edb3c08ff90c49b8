"""Jekyll's Markdown converter: kramdown-compatible HTML for `markdown_ext` files."""
from __future__ import annotations

from typing import Any

from pyjekyll.converters.base import Converter
from pyjekyll.errors import FatalError


class MarkdownConverter(Converter):
    highlighter_prefix = "\n"
    highlighter_suffix = "\n"

    def __init__(self, config: dict[str, Any]) -> None:
        super().__init__(config)
        self._exts = {"." + e.strip().lower() for e in str(config.get("markdown_ext", "")).split(",") if e.strip()}
        self._engine: Any = None
        self._cache: dict[str, str] = {}

    def _setup(self) -> Any:
        if self._engine is None:
            name = str(self.config.get("markdown") or "kramdown")
            if name.lower() != "kramdown":
                raise FatalError(f"Invalid Markdown processor given: {name}")
            try:
                from pyjekyll.converters.markdown import KramdownConverter
            except ImportError:  # the kramdown layer is still being written
                import mistune

                md = mistune.create_markdown(escape=False, plugins=["table", "strikethrough"])

                class _Fallback:
                    def convert(self, text: str) -> str:
                        return str(md(text))

                self._engine = _Fallback()
            else:
                self._engine = KramdownConverter(self.config)
        return self._engine

    def matches(self, ext: str) -> bool:
        return ext.lower() in self._exts

    def output_ext(self, ext: str) -> str:
        return ".html"

    def convert(self, content: str) -> str:
        cached = self._cache.get(content)
        if cached is None:
            cached = self._cache[content] = self._setup().convert(content)
        return cached
