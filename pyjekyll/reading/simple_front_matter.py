"""Front matter of the plainest kind read without the YAML parser.

Most front matter is a handful of top-level `key: value` lines: words, titles in
quotes, `[tag, tag]`. For those the full YAML machinery (libyaml's events, then
PyYAML's node composition and construction in Python) costs several times what
reading the lines does. This reader accepts only such lines and only values the YAML
loader would give as strings (every scalar is typed by the loader's own resolver);
anything else — a number, a date, a nested mapping, an escape, a continuation line,
a comment after a value — returns None, and the caller uses the YAML loader.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from pyjekyll.reading.yaml_loader import PsychLoader

_STR_TAG = "tag:yaml.org,2002:str"
_START = re.compile(r"---[ ]*\n")
#: characters outside libyaml's printable set, line breaks other than \n (NEL, LS, PS, CR), tabs, BOMs
_UNUSUAL = re.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u2028\\u2029\\uD800-\\uDFFF\\uFEFF\\uFFFE\\uFFFF]")
#: `key:` or `key: value`; the key a plain word, the value up to the end of the line
_LINE = re.compile(r"([A-Za-z_][A-Za-z0-9_-]*):(?:[ ]+(.*?))?[ ]*")
#: a plain scalar that ends where the line ends: no indicator first, no `: ` or ` #` inside
_PLAIN = re.compile(r"[A-Za-z0-9_/(.][^\t\[\]{}]*")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
#: `[a, b]` of plain words
_FLOW = re.compile(r"\[[ ]*((?:[A-Za-z0-9_][A-Za-z0-9_.+-]*(?:[ ]*,[ ]*(?=[A-Za-z0-9_]))?)*)[ ]*\]")
_FLOW_ITEM = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]*")
_RESOLVED: dict[str, bool] = {}


def _is_text(value: str) -> bool:
    """Whether the YAML loader reads the plain scalar `value` as a string."""
    known = _RESOLVED.get(value)
    if known is None:
        known = PsychLoader.resolve(PsychLoader, yaml.ScalarNode, value, (True, False)) == _STR_TAG
        if len(_RESOLVED) < 4096:
            _RESOLVED[value] = known
    return known


def _value(text: str | None) -> tuple[bool, Any]:
    """(True, value) for a value this reader understands, else (False, None)."""
    if text is None or text == "":
        return True, None
    first = text[0]
    if first == '"':
        m = _DOUBLE.fullmatch(text)
        return (True, m.group(1)) if m else (False, None)
    if first == "'":
        m = _SINGLE.fullmatch(text)
        return (True, m.group(1).replace("''", "'")) if m else (False, None)
    if first == "[":
        m = _FLOW.fullmatch(text)
        if m is None:
            return False, None
        items = _FLOW_ITEM.findall(m.group(1))
        if not all(_is_text(item) for item in items):
            return False, None
        return True, items
    if _PLAIN.fullmatch(text) and ": " not in text and " #" not in text and not text.endswith(":") \
            and _is_text(text):
        return True, text
    return False, None


def parse_simple(yaml_text: str) -> dict[str, Any] | None:
    """The mapping `yaml_text` (front matter with its `---` line) stands for, or None."""
    start = _START.match(yaml_text)
    if start is None or _UNUSUAL.search(yaml_text):
        return None
    data: dict[str, Any] = {}
    for line in yaml_text[start.end():].split("\n"):
        if not line or line[0] == "#":
            if line and not line.startswith("# "):
                return None
            continue
        m = _LINE.fullmatch(line)
        if m is None or not _is_text(m.group(1)):
            return None
        ok, value = _value(m.group(2))
        if not ok:
            return None
        data[m.group(1)] = value
    return data or None
