"""The `redirect` layout used when the site has none of its own."""
from __future__ import annotations

import os
from typing import Any

REDIRECT_HTML = (
    "<!DOCTYPE html>\n"
    '<html lang="en-US">\n'
    '  <meta charset="utf-8">\n'
    "  <title>Redirecting&hellip;</title>\n"
    '  <link rel="canonical" href="{{ page.redirect.to }}">\n'
    '  <script>location="{{ page.redirect.to }}"</script>\n'
    '  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">\n'
    '  <meta name="robots" content="noindex">\n'
    "  <h1>Redirecting&hellip;</h1>\n"
    '  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>\n'
    "</html>\n"
)


class RedirectLayout:
    """Quacks like `pyjekyll.content.layout.Layout`, with the text above and no file."""

    def __init__(self) -> None:
        self.name = "redirect.html"
        self.path = os.path.join(os.path.dirname(os.path.abspath(__file__)), self.name)
        self.relative_path = "_layouts/redirect.html"
        self.ext = ".html"
        self.data: dict[str, Any] = {}
        self.content = REDIRECT_HTML
        self.body_line = 1
