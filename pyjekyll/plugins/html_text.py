"""Rewriting the text of a rendered page's body as the Ruby HTML pipeline does (for emoji
and @mentions): the body is read as an HTML fragment, text nodes outside chosen elements
(such as `pre` and `code`) go through the rewriter, and the whole body is written back as
the pipeline writes it (see `html_fragment`)."""
from __future__ import annotations

import re
from typing import Callable

from pyjekyll.plugins.html_fragment import parse, rewrite_text_nodes, serialize

_OPENING_BODY = re.compile(r"<body(.*?)>\s*", re.DOTALL)


def rewrite_html(html: str, rewrite: Callable[[str], str], skip: frozenset[str], as_markup: bool = True) -> str:
    """`html`, re-serialised, with its text outside the `skip` elements passed through
    `rewrite`, which returns markup and receives markup (or, not `as_markup`, plain text)."""
    nodes = parse(html)
    rewrite_text_nodes(nodes, rewrite, skip, as_markup)
    return serialize(nodes)


def rewrite_body(output: str, rewrite: Callable[[str], str], skip: frozenset[str],
                 wanted: Callable[[str], bool] | None = None, as_markup: bool = True) -> str:
    """Like `rewrite_html`, but only the part inside `<body>` when the output has one.
    `wanted(part)` false leaves the output as it is."""
    if "<body" not in output:
        if wanted is not None and not wanted(output):
            return output
        return rewrite_html(output, rewrite, skip, as_markup)
    match = _OPENING_BODY.search(output)
    if match is None:
        return output
    head, opener, tail = output[:match.start()], match.group(0), output[match.end():]
    body, closer, rest = tail.partition("</body>")
    if wanted is not None and not wanted(body):
        return output
    return head + opener + rewrite_html(body, rewrite, skip, as_markup) + closer + rest
