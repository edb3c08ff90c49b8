"""Ruby Liquid 5.4's strict parser for tag and output markup, as text fragments.

The strict parser cuts markup into tokens (strings have no escapes; numbers are
`-?digits[.digits]`; identifiers are ASCII and may contain `-` and end in `?`) and
rebuilds each expression as a fragment of text, which `expression_markup` then reads.
Its error messages are the ones Jekyll prints in `Liquid Warning:` lines, so they are
kept word for word, including Ruby's way of showing a token (`[:dash, "-"]`).
"""
from __future__ import annotations

import re

from pyjekyll.liquid.ruby import string_inspect

_TOKEN = re.compile(
    r"""\s*(?:
      (?P<comparison>==|!=|<>|<=?|>=?|contains(?=\s))
    | (?P<string>'[^']*'|"[^"]*")
    | (?P<number>-?\d+(?:\.\d+)?)
    | (?P<id>[a-zA-Z_][\w-]*\??)
    | (?P<dotdot>\.\.)
    | (?P<special>.)
    )""",
    re.ASCII | re.VERBOSE | re.DOTALL,
)
_TRAILING_SPACE = re.compile(r"\s*\Z", re.ASCII)
_SPECIALS = {
    "|": "pipe", ".": "dot", ":": "colon", ",": "comma", "[": "open_square", "]": "close_square",
    "(": "open_round", ")": "close_round", "?": "question", "-": "dash",
}
END = "end_of_string"

Token = tuple[str, str]


class StrictSyntaxError(Exception):
    """Markup the strict parser rejects; the message is Ruby Liquid's."""


def tokenize(markup: str) -> list[Token]:
    tokens: list[Token] = []
    position = 0
    length = len(markup)
    while True:
        if _TRAILING_SPACE.match(markup, position):
            break
        match = _TOKEN.match(markup, position)
        assert match is not None  # `special` matches any character
        kind = match.lastgroup or "special"
        text = match.group(kind)
        if kind == "special":
            special = _SPECIALS.get(text)
            if special is None:
                raise StrictSyntaxError(f"Unexpected character {text}")
            kind = special
        tokens.append((kind, text))
        position = match.end()
        if position >= length:
            break
    tokens.append((END, ""))
    return tokens


def _show(token: Token) -> str:
    """A token as Ruby prints the array it keeps it in."""
    if token[0] == END:
        return f"[:{END}]"
    return f"[:{token[0]}, {string_inspect(token[1])}]"


class StrictParser:
    """A cursor over one markup's tokens with Ruby Liquid's parsing steps."""

    __slots__ = ("tokens", "position")

    def __init__(self, markup: str) -> None:
        self.tokens = tokenize(markup)
        self.position = 0

    def look(self, kind: str, ahead: int = 0) -> bool:
        index = self.position + ahead
        return index < len(self.tokens) and self.tokens[index][0] == kind

    def consume(self, kind: str | None = None) -> str:
        token = self.tokens[self.position]
        if kind is not None and token[0] != kind:
            raise StrictSyntaxError(f"Expected {kind} but found {token[0]}")
        self.position += 1
        return token[1]

    def accept(self, kind: str) -> str | None:
        """Consume the next token only if it is of this kind."""
        if self.look(kind):
            return self.consume()
        return None

    def accept_id(self, name: str) -> bool:
        """Consume the next token only if it is the identifier `name`."""
        token = self.tokens[self.position] if self.position < len(self.tokens) else None
        if token is not None and token == ("id", name):
            self.position += 1
            return True
        return False

    def expression(self) -> str:
        token = self.tokens[self.position]
        kind = token[0]
        if kind == "id":
            return self.consume() + self.variable_lookups()
        if kind == "open_square":
            text = self.consume() + self.expression() + self.consume("close_square")
            return text + self.variable_lookups()
        if kind in ("string", "number"):
            return self.consume()
        if kind == "open_round":
            self.consume()
            first = self.expression()
            self.consume("dotdot")
            last = self.expression()
            self.consume("close_round")
            return f"({first}..{last})"
        raise StrictSyntaxError(f"{_show(token)} is not a valid expression")

    def argument(self) -> str:
        """A filter or tag argument, `name: ` in front when it is a keyword argument."""
        prefix = ""
        if self.look("id") and self.look("colon", 1):
            prefix = self.consume() + self.consume() + " "
        return prefix + self.expression()

    def variable_lookups(self) -> str:
        parts: list[str] = []
        while True:
            if self.look("open_square"):
                parts.append(self.consume())
                parts.append(self.expression())
                parts.append(self.consume("close_square"))
            elif self.look("dot"):
                parts.append(self.consume())
                parts.append(self.consume("id"))
            else:
                return "".join(parts)
