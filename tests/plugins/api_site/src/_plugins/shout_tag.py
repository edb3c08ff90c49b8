"""A tag: {% shout word %} prints the word in capitals."""
from liquid.ast import Node
from liquid.tag import Tag
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG


class ShoutNode(Node):
    def __init__(self, token, word):
        super().__init__(token)
        self.word = word

    def render_to_output(self, context, buffer):
        return buffer.write(self.word.upper() + "!")


class ShoutTag(Tag):
    name = "shout"
    block = False

    def parse(self, stream):
        token = stream.expect(TOKEN_TAG)
        word = ""
        if stream.peek.kind == TOKEN_EXPRESSION:
            next(stream)
            word = stream.current.value.strip()
        return ShoutNode(token, word)


def register(api):
    api.tag(ShoutTag)
