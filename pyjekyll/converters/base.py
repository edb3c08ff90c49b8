"""The converter interface: turn a file's text (after Liquid) into its output format.

A converter says which source extensions it `matches`, what `output_ext` it produces,
and converts text. Converters run highest priority first; Identity runs last for all.
"""
from __future__ import annotations

from typing import Any

PRIORITIES = {"lowest": -100, "low": -10, "normal": 0, "high": 10, "highest": 100}


class Converter:
    priority: str = "normal"
    safe: bool = True
    highlighter_prefix: str = ""
    highlighter_suffix: str = ""

    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def matches(self, ext: str) -> bool:
        raise NotImplementedError

    def output_ext(self, ext: str) -> str:
        raise NotImplementedError

    def convert(self, content: str) -> str:
        raise NotImplementedError

    def reset(self) -> None:
        """Forget per-build state (the site is about to be built again)."""

    def convert_item(self, content: str, item: Any) -> str:
        """Convert the content of a given page or document (for converters that need it)."""
        return self.convert(content)

    @property
    def rank(self) -> int:
        return PRIORITIES.get(self.priority, 0)


class Identity(Converter):
    priority = "lowest"

    def matches(self, ext: str) -> bool:
        return True

    def output_ext(self, ext: str) -> str:
        return ext

    def convert(self, content: str) -> str:
        return content
