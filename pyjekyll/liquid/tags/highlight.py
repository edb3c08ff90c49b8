"""`{% highlight lang [linenos] %}`: the block's rendered body, highlighted as Rouge does."""
from __future__ import annotations

from io import StringIO
from typing import TYPE_CHECKING, Any, TextIO

from liquid.ast import BlockNode, Node
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_EOF, TOKEN_TAG

from pyjekyll.highlight import HighlightSyntaxError, highlight_tag_html, parse_highlight_markup
from pyjekyll.liquid.tags.markup import syntax_error, take_markup

if TYPE_CHECKING:
    from liquid.context import RenderContext
    from liquid.stream import TokenStream
    from liquid.token import Token

_END = frozenset(("endhighlight", TOKEN_EOF))


class HighlightNode(Node):
    __slots__ = ("lang", "options", "block")

    def __init__(self, token: Token, lang: str, options: dict[str, Any], block: BlockNode) -> None:
        super().__init__(token)
        self.lang = lang
        self.options = options
        self.block = block
        self.blank = False

    def render_to_output(self, context: RenderContext, buffer: TextIO) -> int:
        buf = StringIO()
        self.block.render(context, buf)
        env: Any = context.env
        prefix = context.resolve("highlighter_prefix", default=None) or ""
        suffix = context.resolve("highlighter_suffix", default=None) or ""
        options = dict(self.options)
        linenos = options.pop("linenos", False)
        html = highlight_tag_html(buf.getvalue(), self.lang, linenos,
                                  highlighter=env.site.config.get("highlighter"),
                                  prefix=str(prefix), suffix=str(suffix), **options)
        return buffer.write(html)


class HighlightTag(Tag):
    name = "highlight"
    end = "endhighlight"
    block = True

    def parse(self, stream: TokenStream) -> Node:
        token, markup = take_markup(stream)
        try:
            lang, options = parse_highlight_markup(markup)
        except HighlightSyntaxError as exc:
            raise syntax_error(str(exc), token) from None
        next(stream)
        block = get_parser(self.env).parse_block(stream, _END)
        stream.expect(TOKEN_TAG, value="endhighlight")
        return HighlightNode(token, lang, options, block)
