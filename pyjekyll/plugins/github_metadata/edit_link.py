"""`{% github_edit_link %}` and `{% github_edit_link "text" %}`: the URL that edits the
current page on GitHub (`repository_url/edit/branch/source path/page path`), bare or as a
link with that text."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import Node
from liquid.tag import Tag

from pyjekyll.liquid.filters.uri import normalize
from pyjekyll.liquid.tags.markup import resolve_variable, take_markup
from pyjekyll.log import logger
from pyjekyll.plugins.values import lookup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

#: the link text: the first double-quoted run (greedy), else the first single-quoted one
_LINK_TEXT = re.compile(r"""(?:"(.*)"|'(.*)')""")
MISSING_DATA = "Cannot generate edit URLs due to missing site.github data"


def _part(value: Any, last: bool) -> str:
    """One URL piece: no leading slash, a trailing one unless last, and "/" alone dropped."""
    text = "" if value is None else str(value)
    text = text[1:] if text.startswith("/") else text
    if not last and not text.endswith("/"):
        text += "/"
    return "" if text == "/" else text


def edit_url(github: Any, page_path: Any) -> str:
    """The edit URL, or "" (with a warning) when the site or page lacks a piece of it."""
    source = lookup(github, "source") if isinstance(github, dict) else None
    source = source if source is not None else {}
    parts = [lookup(github, "repository_url"), "edit/", lookup(source, "branch"), lookup(source, "path"), page_path]
    if any(p is None for p in parts):
        logger.warn("JekyllEditLink: ", MISSING_DATA)
        return ""
    pieces = [_part(p, i == len(parts) - 1) for i, p in enumerate(parts)]
    return normalize("".join(pieces))


class GitHubEditLinkNode(Node):
    __slots__ = ("text",)

    def __init__(self, token: Token, text: str | None) -> None:
        super().__init__(token)
        self.text = text
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        site: Any = getattr(context.env, "site", None)
        github = site.config.get("github") if site is not None else None
        url = edit_url(github if isinstance(github, dict) else {}, resolve_variable(context, "page.path"))
        if self.text is None:
            return buffer.write(url)
        return buffer.write(f'<a href="{url}">{self.text}</a>')


class GitHubEditLinkTag(Tag):
    name = "github_edit_link"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        found = _LINK_TEXT.search(markup)
        text = (found.group(1) if found.group(1) is not None else found.group(2)) if found else None
        return GitHubEditLinkNode(token, text)
