"""jekyll-gist 1.5: `{% gist [user/]id [file] %}`, the gist's embedding script.

The `<noscript>` copy of the code needs GitHub's servers, which pyjekyll never calls:
with `gist.noscript: false` (as on GitHub Pages) the output is the same as Ruby's;
otherwise the warning Ruby gives when GitHub cannot be reached is printed.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, TextIO

from liquid import Undefined
from liquid.ast import Node
from liquid.exceptions import LiquidSyntaxError
from liquid.tag import Tag

from pyjekyll.liquid.tags.markup import resolve_variable, take_markup
from pyjekyll.log import logger
from pyjekyll.plugins.api import PluginAPI

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

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
        if not (isinstance(settings, dict) and settings.get("noscript") is False):
            logger.warn("Warning:", f"The <noscript> tag for your gist {gist_id}")
            logger.warn("", "could not be generated. This will affect users who do")
            logger.warn("", "not have JavaScript enabled in their browsers.")
        url = f"https://gist.github.com/{gist_id}.js"
        if str(filename):
            url += f"?file={filename}"
        return buffer.write(f'<script src="{url}"> </script>')


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


def register(api: PluginAPI) -> None:
    api.tag(GistTag)
