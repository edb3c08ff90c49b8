"""The `:placeholders` a document's permalink template may use."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from pyjekyll.utils import slugify

if TYPE_CHECKING:
    from pyjekyll.content.document import Document


def _categories(doc: Document, transform: Callable[[str], str]) -> str:
    cats = doc.data.get("categories")
    items = cats if isinstance(cats, list) else ([] if cats is None else [cats])
    seen: list[str] = []
    for c in items:
        value = transform("" if c is None else str(c))
        if value not in seen:
            seen.append(value)
    return "/".join(seen)


_DATE_FORMATS = {
    "year": "%Y", "month": "%m", "day": "%d", "hour": "%H", "minute": "%M", "second": "%S",
    "i_day": "%-d", "i_month": "%-m", "short_month": "%b", "long_month": "%B", "short_year": "%y",
    "w_year": "%G", "week": "%V", "w_day": "%u", "short_day": "%a", "long_day": "%A", "y_day": "%j",
}


_PLAIN_NUMBERS: dict[str, Callable[[Any], str]] = {
    "year": lambda d: str(d.year),
    "month": lambda d: f"{d.month:02d}",
    "day": lambda d: f"{d.day:02d}",
}


class DocumentPlaceholders:
    NAMES = frozenset(["collection", "path", "name", "title", "slug", "categories",
                       "slugified_categories", "output_ext", *_DATE_FORMATS])

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    def has(self, key: str) -> bool:
        return key in self.NAMES

    def get(self, key: str) -> Any:
        doc = self.doc
        fmt = _DATE_FORMATS.get(key)
        if fmt is not None:
            date = doc.date
            # The three every date permalink uses, without strftime (same digits for 4-digit years)
            if key in _PLAIN_NUMBERS and 1000 <= date.year <= 9999:
                return _PLAIN_NUMBERS[key](date)
            return date.strftime(fmt)
        if key == "collection":
            return doc.collection.label
        if key == "path":
            return doc.cleaned_relative_path()
        if key == "name":
            return slugify(doc.basename_without_ext)
        if key == "title":
            return (slugify(doc.data.get("slug"), mode="pretty", cased=True)
                    or slugify(doc.basename_without_ext, mode="pretty", cased=True))
        if key == "slug":
            return slugify(doc.data.get("slug")) or slugify(doc.basename_without_ext)
        if key == "categories":
            return _categories(doc, str.lower)
        if key == "slugified_categories":
            return _categories(doc, lambda c: slugify(c) or "")
        if key == "output_ext":
            return doc.output_ext
        raise KeyError(key)
