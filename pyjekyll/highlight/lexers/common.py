"""Shared pieces for our lexers: Rouge's word lists and the Unicode character classes."""
from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

from ..charclasses import FORMAT, LETTER, WORD  # noqa: F401  (re-exported)


@functools.cache
def _word_lists() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("rouge_words.json").read_text("utf-8")
    return json.loads(text)


def word_list(name: str) -> list[str]:
    """A Rouge word list in its original order, e.g. `word_list("css.attributes")`."""
    return _word_lists()[name]


def word_set(name: str) -> frozenset[str]:
    return frozenset(_word_lists()[name])


def word_groups(name: str) -> dict[str, list[str]]:
    """A Rouge table of word lists by group, e.g. PHP's builtin functions by module."""
    return _word_lists()[name]
