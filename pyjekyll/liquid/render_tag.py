"""`render`, which Jekyll sites cannot use: Jekyll gives Liquid no file system for it.

Ruby Liquid still parses the tag (its markup must contain a quoted template name) and
only fails when the tag is rendered, with "This liquid context does not allow includes.";
a `render` in a branch that is never taken is harmless. python-liquid's own `render`
would load templates, so it is replaced by this one.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, TextIO

from liquid.ast import Node
from liquid.exceptions import LiquidError, LiquidSyntaxError
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

from pyjekyll.liquid.variable_markup import tag_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream

_QUOTED_NAME = re.compile(r"(?:\"[^\"]*\"|'[^']*')+")
SYNTAX_HELP = "Syntax error in tag 'render' - Template name must be a quoted string"
NO_FILE_SYSTEM = "This liquid context does not allow includes."


class FileSystemError(LiquidError):
    """Ruby Liquid's Liquid::FileSystemError."""


class UnavailableRenderNode(Node):
    __slots__ = ()

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        raise FileSystemError(NO_FILE_SYSTEM, token=self.token)


class UnavailableRenderTag(Tag):
    name = "render"
    block = False

    def parse(self, stream: TokenStream) -> Node:
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind != TOKEN_EXPRESSION:
            raise LiquidSyntaxError(SYNTAX_HELP, token=token)
        markup, _ = tag_markup(stream.current)
        if _QUOTED_NAME.search(markup) is None:
            raise LiquidSyntaxError(SYNTAX_HELP, token=token)
        return UnavailableRenderNode(token)
