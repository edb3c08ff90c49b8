"""Inline and block attribute lists (`{: .class #id key="value" ref}`) and their merging."""
from __future__ import annotations

import re
from typing import Any

from .patterns import RUBY_WS, WS

_ID_NAME = r"[A-Za-z0-9_][A-Za-z0-9_-]*"
_KEY_VALUE = rf"({_ID_NAME})=(\"|')((?:\\\}}|\\\2|[^\}}\2])*?)\2"
_ID_OR_CLASS_ONE = r"#([A-Za-z][A-Za-z0-9_:-]*)|\.([^ \t\r\n\f\v.#]+)"
_ANY = re.compile(
    rf"(?:\A|{WS})(?:{_KEY_VALUE}|({_ID_NAME})|((?:#[A-Za-z][A-Za-z0-9_:-]*|\.[^ \t\r\n\f\v.#]+)+))(?={WS}|\Z)")
_ID_OR_CLASS = re.compile(_ID_OR_CLASS_ONE)

Attrs = dict[str, Any]


def parse_attribute_list(text: str, into: Attrs) -> bool:
    """Fold the attribute list `text` into `into` (string keys are attributes, "refs" lists ALD names).

    False when `text` held something but no attribute could be read from it (kramdown warns)."""
    stripped = text.strip(RUBY_WS)
    if not stripped or stripped == ":":
        return True
    found = False
    for m in _ANY.finditer(text):
        found = True
        key, sep, val, ref, id_class = m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)
        if ref:
            into.setdefault(":refs", []).append(ref)
        elif id_class:
            for im in _ID_OR_CLASS.finditer(id_class):
                if im.group(2):
                    into["class"] = f"{into.get('class', '')} {im.group(2)}".lstrip(RUBY_WS)
                else:
                    into["id"] = im.group(1)
        else:
            into[key] = re.sub(r"\\(\}|" + re.escape(sep) + ")", r"\1", val)
    return found


def merge_ial(ial: Attrs, extra: Attrs) -> None:
    """Merge one attribute list into another, appending classes and references."""
    if ":refs" in extra:
        ial.setdefault(":refs", []).extend(extra[":refs"])
    for k, v in extra.items():
        if k == "class":
            ial[k] = f"{ial.get(k, '')} {v}".lstrip(RUBY_WS)
        elif not k.startswith(":"):
            ial[k] = v


def apply_ial(attr: dict[str, str], ial: Attrs, alds: dict[str, Attrs]) -> None:
    """Write an attribute list (with the ALDs it references) onto an element's attributes."""
    for ref in ial.get(":refs", ()):
        ald = alds.get(ref)
        if ald is not None:
            apply_ial(attr, ald, alds)
    for k, v in ial.items():
        if k == "class":
            attr[k] = f"{attr.get(k, '')} {v}".lstrip(RUBY_WS)
        elif not k.startswith(":"):
            attr[k] = v
