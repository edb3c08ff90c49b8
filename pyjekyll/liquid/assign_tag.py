"""`assign`, split and parsed as Ruby Liquid 5.4 does it.

The target is whatever run of word, `-`, `.`, `[`, `]` characters comes before `=`
(stored under that exact text, dots and all); the right side is parsed like `{{ … }}`,
with the same strict-then-lax fallback.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from liquid.builtin.expressions import Identifier
from liquid.builtin.tags.assign_tag import AssignNode, AssignTag
from liquid.exceptions import LiquidSyntaxError
from liquid.token import TOKEN_EXPRESSION, TOKEN_TAG

from pyjekyll.liquid.variable_markup import parse_variable, tag_markup

if TYPE_CHECKING:
    from liquid.stream import TokenStream

_ASSIGN = re.compile(r"((?:\(?[\w\-.\[\]]\)?)+)\s*=\s*(.*)\s*", re.ASCII | re.DOTALL)
SYNTAX_HELP = "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"


class RubyAssignTag(AssignTag):
    def parse(self, stream: TokenStream) -> AssignNode:
        token = stream.eat(TOKEN_TAG)
        if stream.current.kind != TOKEN_EXPRESSION:
            raise LiquidSyntaxError(SYNTAX_HELP, token=token)
        expression = stream.current
        markup, line = tag_markup(expression)
        match = _ASSIGN.search(markup)
        if match is None:
            raise LiquidSyntaxError(SYNTAX_HELP, token=token)
        target = Identifier(match.group(1), token=expression)
        value = parse_variable(self.env, match.group(2), expression, line)
        return self.node_class(token, name=target, expression=value)
