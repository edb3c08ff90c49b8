"""The template lexer: python-liquid's, with the end of the template found as Ruby finds it.

python-liquid's text rule stops at `$`, which also matches just before a final newline;
after a `-}}` or `-%}` that newline then became a text token of its own and was trimmed
away. Ruby Liquid keeps it. Anchoring the rule at the true end (`\\Z`) fixes that.
"""
from __future__ import annotations

import re
from functools import partial
from typing import Callable, Iterator

from liquid.lex import _tokenize_template, compile_liquid_rules
from liquid.token import Token

_TEXT_END = "|$)"


def _compile() -> Callable[[str], Iterator[Token]]:
    rules = compile_liquid_rules()
    pattern = rules.pattern
    if pattern.count(_TEXT_END) != 1:
        raise RuntimeError("python-liquid's template lexer rules are not the expected ones")
    fixed = re.compile(pattern.replace(_TEXT_END, r"|\Z)"), rules.flags)
    return partial(_tokenize_template, rules=fixed)


tokenize_template = _compile()
