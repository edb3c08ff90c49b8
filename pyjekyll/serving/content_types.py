"""Content types for served files, with a charset on the textual ones."""
from __future__ import annotations

import mimetypes
import os

_TYPES = {
    ".html": "text/html", ".htm": "text/html", ".xhtml": "application/xhtml+xml",
    ".css": "text/css", ".js": "application/javascript", ".mjs": "application/javascript",
    ".json": "application/json", ".map": "application/json", ".xml": "application/xml",
    ".rss": "application/rss+xml", ".atom": "application/atom+xml", ".txt": "text/plain",
    ".md": "text/markdown", ".markdown": "text/markdown", ".csv": "text/csv",
    ".svg": "image/svg+xml", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff": "font/woff", ".woff2": "font/woff2", ".ttf": "font/ttf", ".otf": "font/otf",
    ".eot": "application/vnd.ms-fontobject", ".wasm": "application/wasm", ".pdf": "application/pdf",
    ".zip": "application/zip", ".mp4": "video/mp4", ".webm": "video/webm", ".mp3": "audio/mpeg",
    ".ogg": "audio/ogg", ".wav": "audio/wav", ".yml": "text/yaml", ".yaml": "text/yaml",
    ".webmanifest": "application/manifest+json", ".ics": "text/calendar",
}
_TEXTUAL = frozenset({"application/javascript", "application/json", "application/xml",
                      "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
                      "image/svg+xml", "application/manifest+json"})


def content_type(path: str, encoding: str = "utf-8") -> str:
    ext = os.path.splitext(path)[1].lower()
    kind = _TYPES.get(ext) or mimetypes.guess_type(path, strict=False)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in _TEXTUAL:
        return f"{kind}; charset={encoding}"
    return kind


def is_html(kind: str) -> bool:
    return kind.startswith("text/html") or kind.startswith("application/xhtml+xml")
