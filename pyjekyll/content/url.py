"""URL generation from permalink templates, with Jekyll's escaping and cleanup."""
from __future__ import annotations

import re
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

_SAFE_PATH = re.compile(r"^[a-zA-Z0-9./-]+$")
_PLACEHOLDER = re.compile(r":([a-z_]+)")
# Characters a URI path, query or fragment may hold unescaped.
_URI_SAFE = "-._~!$&'()*+,;=:@/?#"


def escape_path(path: str) -> str:
    if not path or _SAFE_PATH.match(path):
        return path
    escaped = urllib.parse.quote(path, safe=_URI_SAFE)
    return escaped.replace("#", "%23", 1)


def unescape_path(path: str) -> str:
    return urllib.parse.unquote(path) if "%" in path else path


def sanitize_url(url: str) -> str:
    url = ("/" + url).replace("..", "/").replace("./", "")
    return re.sub(r"/{2,}", "/", url)


def from_hash(template: str, placeholders: Mapping[str, Any]) -> str:
    """Fill a page or static-file template from a plain mapping (in mapping order)."""
    result = template
    for key, value in placeholders.items():
        if ":" not in result:
            break
        if value is None:
            result = result.replace(f"/:{key}", "")
        else:
            result = result.replace(f":{key}", escape_path(str(value)))
    return result


def from_lookup(template: str, lookup: Callable[[str], Any], has: Callable[[str], bool]) -> str:
    """Fill a document template: every `:name` must be a known placeholder."""

    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if has(name):
            winner = name
        elif name.endswith("_") and has(name[:-1]):
            winner = name[:-1]
        else:
            from pyjekyll.errors import InvalidPermalinkError

            pool = [name, name[:-1]] if name.endswith("_") else [name]
            raise InvalidPermalinkError(
                f"The URL template doesn't have {' or '.join(pool)} keys. Check your permalink template!")
        value = lookup(winner)
        text = escape_path("" if value is None else str(value))
        return m.group(0).replace(":" + winner, text, 1)

    return _PLACEHOLDER.sub(replace, template)


def generate(template: str | None, permalink: str | None, fill: Callable[[str], str]) -> str:
    return sanitize_url(fill(permalink) if permalink else fill(template or ""))


def add_permalink_suffix(template: str, style: Any) -> str:
    style = str(style)
    if style == "pretty":
        return template + "/"
    if style in ("date", "ordinal", "none"):
        return template + ":output_ext"
    if style.endswith("/"):
        template += "/"
    if style.endswith(":output_ext"):
        template += ":output_ext"
    return template
