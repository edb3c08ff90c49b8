"""Jekyll's slug rules (`slugify` filter, and permalinks/collections use the same)."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Callable

MODES = ("raw", "default", "pretty", "ascii", "latin")

def _is_slug_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LM" or category == "Nd"


_RAW = re.compile(r"[ \t\r\n\f\v]+")
_ASCII = re.compile(r"[^A-Za-z0-9]+")
_PRETTY_EXTRA = frozenset("._~!$&'()+,;=@")

#: I18n's default transliterations (every other non-ASCII character becomes "?")
_LATIN = dict(zip(
    "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿ"
    "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇň"
    "ŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž",
    "AAAAAACEEEEIIIIDNOOOOOxOUUUUYaaaaaaceeeeiiiidnoooooouuuuyy"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNn"
    "OoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz",
))
_LATIN.update({"Æ": "AE", "Þ": "Th", "ß": "ss", "æ": "ae", "þ": "th", "Ĳ": "IJ", "ĳ": "ij",
               "ŉ": "'n", "Ŋ": "NG", "ŋ": "ng", "Œ": "OE", "œ": "oe"})


def transliterate(text: str) -> str:
    """I18n's default `transliterate`: Latin letters lose accents, other non-ASCII is `?`."""
    if text.isascii():
        return text
    return "".join(c if c.isascii() else _LATIN.get(c, "?") for c in text)


def _replace_runs(text: str, keep: Callable[[str], bool]) -> str:
    out: list[str] = []
    in_run = False
    for char in text:
        if keep(char):
            out.append(char)
            in_run = False
        elif not in_run:
            out.append("-")
            in_run = True
    return "".join(out)


def _is_pretty_char(char: str) -> bool:
    return char in _PRETTY_EXTRA or _is_slug_char(char)


@lru_cache(maxsize=4096)
def slugify(text: str | None, mode: str | None = None, cased: bool = False) -> str | None:
    """A URL-safe slug of `text` following Jekyll's `Utils.slugify` modes."""
    if text is None:
        return None
    if mode is None:
        mode = "default"
    if mode not in MODES:
        return text if cased else text.lower()
    if mode == "latin":
        text = transliterate(text)
    if mode == "raw":
        slug = _RAW.sub("-", text)
    elif mode == "ascii":
        slug = _ASCII.sub("-", text)
    elif mode == "pretty":
        slug = _replace_runs(text, _is_pretty_char)
    else:
        slug = _replace_runs(text, _is_slug_char)
    if slug.startswith("-"):
        slug = slug[1:]
    if slug.endswith("-"):
        slug = slug[:-1]
    return slug if cased else slug.lower()
