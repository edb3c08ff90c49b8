"""Front matter detection and splitting with Jekyll's rules.

A file is a page or document only when its raw first line is `---` (trailing spaces
allowed). The block ends at the first line that is `---` or `...`; the body after it
is kept exactly (not stripped). A BOM or a blank first line makes the file static.
"""
from __future__ import annotations

import re
from typing import Any

from pyjekyll.reading.yaml_loader import load_yaml

_HEADER = re.compile(rb"\A---\s*\r?\n")
_FRONT_MATTER = re.compile(r"\A(---\s*\n.*?\n?)^((?:---|\.\.\.)\s*$\n?)", re.M | re.S)


def has_yaml_header(path: str) -> bool:
    with open(path, "rb") as fh:
        first = fh.readline()
    return bool(_HEADER.match(first))


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(yaml_text or None, body, line number where the body starts)."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return None, text, 1
    return m.group(1), text[m.end():], m.group(0).count("\n") + 1


def parse_front_matter(yaml_text: str) -> Any:
    return load_yaml(yaml_text)
