"""Site-relative and absolute URLs (`relative_url`, `absolute_url`) as Jekyll builds them."""
from __future__ import annotations

import re
import urllib.parse
from typing import Any

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def _ensure_leading_slash(text: str) -> str:
    return text if text.startswith("/") else "/" + text


def _normalize(url: str) -> str:
    """Addressable-style normalisation: percent-encode what a URI may not hold raw."""
    return urllib.parse.quote(url, safe="-._~!$&'()*+,;=:@/?#%[]")


def relative_url(site: Any, url: Any) -> str:
    text = "" if url is None else str(url)
    if _SCHEME.match(text):
        return text
    base = str(site.config.get("baseurl") or "")
    if base.endswith("/"):
        base = base[:-1]
    return _normalize(_ensure_leading_slash(base) + _ensure_leading_slash(text) if base else _ensure_leading_slash(text))


def absolute_url(site: Any, url: Any) -> str:
    text = "" if url is None else str(url)
    if _SCHEME.match(text):
        return text
    rel = relative_url(site, text)
    site_url = str(site.config.get("url") or "")
    if not site_url:
        return rel
    return _normalize(site_url.rstrip("/") + rel) if site_url else rel
