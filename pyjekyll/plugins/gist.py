"""jekyll-gist 1.5: `{% gist [user/]id [file] %}`, the gist's embedding script.

Unless `gist.noscript: false` (as on GitHub Pages), the Ruby plugin downloads the gist's
code for a `<noscript>` copy, from gist.githubusercontent.com (or the GitHub API when
`JEKYLL_GITHUB_TOKEN` is set), with 3-second timeouts; so does this one, once per gist
and file per build.  When GitHub cannot be reached, Ruby warns and, through a quirk,
writes the logger's return value where the copy would go: `true` when the warning was
printed, `false` when `--quiet` hid it.  Those bytes are kept, so offline builds match.
"""
from __future__ import annotations

import json
import os
import re
import urllib.request
import weakref
from typing import TYPE_CHECKING, Any, TextIO

from liquid import Undefined
from liquid.ast import Node
from liquid.exceptions import LiquidSyntaxError
from liquid.tag import Tag

from pyjekyll.liquid.filters.string_filters import cgi_escape_html
from pyjekyll.liquid.tags.markup import resolve_variable, take_markup
from pyjekyll.log import WARN, logger
from pyjekyll.plugins.api import PluginAPI

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

#: per Liquid environment: (gist, file) -> code, or None when GitHub could not be reached
_FETCHED: "weakref.WeakKeyDictionary[Any, dict[tuple[str, str], str | None]]" = weakref.WeakKeyDictionary()
_ARGUMENTS = re.compile(r"\A(\S+|.*(?=/).+)\s?(\S*)\Z")
_STRING_LITERAL = re.compile(r"""\A(?:"([^"]*)"|'([^']*)')\Z""")
_USAGE = ("Valid syntax:\n  {% gist user/1234567 %}\n  {% gist user/1234567 foo.js %}\n"
          "  {% gist 28949e1d5ee2273f9fd3 %}\n  {% gist 28949e1d5ee2273f9fd3 best.md %}\n")


def _resolve(context: RenderContext, name: str) -> Any:
    """What Liquid makes of `name` (a quoted string, a literal or a possibly dotted
    variable) when that is not nil, else the name itself."""
    literal = _STRING_LITERAL.match(name)
    if literal:
        return literal.group(1) if literal.group(1) is not None else literal.group(2)
    value = resolve_variable(context, name)
    return name if value is None or isinstance(value, Undefined) else value


class GistNode(Node):
    __slots__ = ("gist_id", "filename")

    def __init__(self, token: Token, gist_id: str, filename: str) -> None:
        super().__init__(token)
        self.gist_id = gist_id
        self.filename = filename
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        env: Any = context.env
        settings = env.site.config.get("gist")
        gist_id = _resolve(context, self.gist_id)
        filename = _resolve(context, self.filename) if self.filename else ""
        noscript = ""
        if not (isinstance(settings, dict) and settings.get("noscript") is False):
            noscript = _noscript_copy(env, str(gist_id), str(filename))
        url = f"https://gist.github.com/{gist_id}.js"
        if str(filename):
            url += f"?file={filename}"
        return buffer.write(f'{noscript}<script src="{url}"> </script>')


def _noscript_copy(env: Any, gist_id: str, filename: str) -> str:
    fetched = _FETCHED.setdefault(env, {})
    key = (gist_id, filename)
    if key not in fetched:
        fetched[key] = _fetch_code(gist_id, filename)
    code = fetched[key]
    if code is not None:
        return f"<noscript><pre>{cgi_escape_html(code)}</pre></noscript>"
    logger.warn("Warning:", f"The <noscript> tag for your gist {gist_id} ")
    logger.warn("", "could not be generated. This will affect users who do ")
    logger.warn("", "not have JavaScript enabled in their browsers.")
    return "true" if logger.level <= WARN else "false"


def _fetch_code(gist_id: str, filename: str) -> str | None:
    token = os.environ.get("JEKYLL_GITHUB_TOKEN")
    try:
        if token:
            return _code_from_api(gist_id, filename, token)
        url = f"https://gist.githubusercontent.com/{gist_id}/raw"
        if filename:
            url += f"/{filename}"
        with urllib.request.urlopen(url, timeout=3) as response:
            return response.read().decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None


def _code_from_api(gist_id: str, filename: str, token: str) -> str | None:
    request = urllib.request.Request(f"https://api.github.com/gists/{gist_id.rsplit('/', 1)[-1]}",
                                     headers={"Authorization": f"token {token}",
                                              "Accept": "application/vnd.github.v3+json"})
    with urllib.request.urlopen(request, timeout=3) as response:
        files = json.load(response).get("files") or {}
    if not files:
        return None
    entry = next(iter(files.values())) if not filename else files.get(filename)
    return entry.get("content") if isinstance(entry, dict) else None


class GistTag(Tag):
    name = "gist"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        match = _ARGUMENTS.match(markup.strip())
        if match is None:
            raise LiquidSyntaxError(f"Syntax error in tag 'gist' while parsing the following markup:\n\n"
                                    f"  '{{% gist {markup.strip()} %}}'\n\n{_USAGE}", token=token)
        return GistNode(token, match.group(1).strip(), match.group(2).strip())


def _forget(site: Any, *_: Any) -> None:
    """Each render stage downloads again (a served site may have new gist revisions)."""
    fetched = _FETCHED.get(site.liquid)
    if fetched is not None:
        fetched.clear()


def register(api: PluginAPI) -> None:
    api.tag(GistTag)
    api.hook("site", "pre_render", _forget)
