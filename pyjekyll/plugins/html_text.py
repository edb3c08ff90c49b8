"""Rewriting the text of rendered HTML outside chosen elements (for emoji and @mentions).

The Ruby plugins run an HTML pipeline over the page body: text nodes are rewritten,
except inside elements such as `pre` and `code`. Here the HTML is scanned as tags,
comments and text; only text is handed to the rewriter and everything else is kept as
written (the Ruby pipeline also re-serialises the markup, which this does not mimic).
"""
from __future__ import annotations

import re
from typing import Callable

_TOKEN = re.compile(r"<!--.*?-->|<![^>]*>|<\?.*?\?>|</?[A-Za-z][^>]*>", re.DOTALL)
_TAG_NAME = re.compile(r"</?([A-Za-z][A-Za-z0-9-]*)")
_RAW_TEXT = ("script", "style")
_OPENING_BODY = re.compile(r"<body(.*?)>\s*", re.DOTALL)


def rewrite_text(html: str, rewrite: Callable[[str], str], skip: frozenset[str]) -> str:
    """`html` with every text run outside the `skip` elements passed through `rewrite`."""
    out: list[str] = []
    open_skipped = 0
    depth: dict[str, int] = {}
    position = 0
    for match in _TOKEN.finditer(html):
        text = html[position:match.start()]
        if text:
            out.append(text if open_skipped else rewrite(text))
        tag = match.group(0)
        out.append(tag)
        position = match.end()
        name_match = _TAG_NAME.match(tag)
        if name_match is None:
            continue
        name = name_match.group(1).lower()
        if name not in skip or tag.endswith("/>"):
            continue
        if tag.startswith("</"):
            if depth.get(name):
                depth[name] -= 1
                open_skipped -= 1
        else:
            depth[name] = depth.get(name, 0) + 1
            open_skipped += 1
    tail = html[position:]
    if tail:
        out.append(tail if open_skipped else rewrite(tail))
    return "".join(out)


def rewrite_body(output: str, rewrite: Callable[[str], str], skip: frozenset[str]) -> str:
    """Like `rewrite_text`, but only inside `<body>` when the output has one."""
    if "<body" not in output:
        return rewrite_text(output, rewrite, skip)
    match = _OPENING_BODY.search(output)
    if match is None:
        return output
    head, opener, tail = output[:match.start()], match.group(0), output[match.end():]
    body, closer, rest = tail.partition("</body>")
    return head + opener + rewrite_text(body, rewrite, skip) + closer + rest
