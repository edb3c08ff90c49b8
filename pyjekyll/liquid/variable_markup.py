"""`{{ … }}`, `echo` and the right side of `assign`, parsed as Ruby Liquid 5.4 parses them.

Ruby Liquid reads this markup with its strict parser first; when that fails it reads the
same markup again with its lax, regex-driven parser (Jekyll's default `error_mode: warn`
also records a warning; `strict` makes the failure fatal). Templates that only the lax
reading accepts (`{{ "a\\"b" }}`, `{{ 1e3 }}`, `{{ x | f: a b }}`) are common enough in
real sites that the fallback has to be reproduced, including what it makes of them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Union

from liquid.builtin.expressions import FilteredExpression, KeywordArgument, Nil, PositionalArgument

from pyjekyll.liquid.error_mode import line_at, report_strict_failure
from pyjekyll.liquid.expression_markup import parse_markup
from pyjekyll.liquid.filter_call import RubyFilter
from pyjekyll.liquid.strict_markup import END, StrictParser, StrictSyntaxError

if TYPE_CHECKING:
    from liquid import Environment
    from liquid.expression import Expression
    from liquid.token import Token

_QUOTED_STRING = r"\"[^\"]*\"|'[^']*'"
QUOTED_FRAGMENT = rf"(?:{_QUOTED_STRING}|(?:[^\s,|'\"]|{_QUOTED_STRING})+)"
_NAME_AND_REST = re.compile(rf"({QUOTED_FRAGMENT})(.*)", re.ASCII | re.DOTALL)
_FILTER_MARKUP = re.compile(r"\|\s*(.*)", re.ASCII | re.DOTALL)
_FILTER_CHUNK = re.compile(rf"(?:\s+|{QUOTED_FRAGMENT}|,)+", re.ASCII)
_FILTER_ARGUMENT = re.compile(rf"(?::|,)\s*((?:\w+\s*:\s*)?{QUOTED_FRAGMENT})", re.ASCII)
_KEYWORD_ARGUMENT = re.compile(rf"(\w[\w-]*)\s*:\s*({QUOTED_FRAGMENT})", re.ASCII)
_WORD = re.compile(r"\w+", re.ASCII)

Argument = Union[KeywordArgument, PositionalArgument]


def parse_variable(env: Environment, markup: str, token: Token, line: int) -> Expression:
    """The expression a variable's markup stands for; `line` is Ruby's line number for it."""
    try:
        return _strict(markup, token)
    except StrictSyntaxError as exc:
        report_strict_failure(env, str(exc), line, f'{{{{{markup}}}}}', token)
    return _lax(markup, token)


def _filter(name: str, arguments: list[str], token: Token) -> RubyFilter:
    parsed: list[Argument] = []
    for text in arguments:
        keyword = _KEYWORD_ARGUMENT.fullmatch(text)
        if keyword is not None:
            parsed.append(KeywordArgument(token, keyword.group(1), parse_markup(keyword.group(2), token)))
        else:
            parsed.append(PositionalArgument(parse_markup(text, token)))
    return RubyFilter(token, name, parsed)


def _strict(markup: str, token: Token) -> Expression:
    parser = StrictParser(markup)
    if parser.look(END):
        return Nil(token)
    name = parse_markup(parser.expression(), token)
    filters: list[RubyFilter] = []
    while parser.accept("pipe") is not None:
        filter_name = parser.consume("id")
        arguments: list[str] = []
        if parser.accept("colon") is not None:
            arguments.append(parser.argument())
            while parser.accept("comma") is not None:
                arguments.append(parser.argument())
        filters.append(_filter(filter_name, arguments, token))
    parser.consume(END)
    return FilteredExpression(token, name, filters) if filters else name


def _lax(markup: str, token: Token) -> Expression:
    match = _NAME_AND_REST.search(markup)
    if match is None:
        return Nil(token)
    name = parse_markup(match.group(1), token)
    filters: list[RubyFilter] = []
    filter_markup = _FILTER_MARKUP.search(match.group(2))
    if filter_markup is not None:
        for chunk in _FILTER_CHUNK.findall(filter_markup.group(1)):
            filter_name = _WORD.search(chunk)
            if filter_name is None:
                continue
            filters.append(_filter(filter_name.group(), _FILTER_ARGUMENT.findall(chunk), token))
    return FilteredExpression(token, name, filters) if filters else name


def output_markup(token: Token) -> tuple[str, int]:
    """The markup between `{{` and `}}` as Ruby Liquid cuts it, and the line it starts on."""
    inner = token.value[2:-2]
    if inner.startswith("-"):
        inner = inner[1:]
    if inner.endswith("-"):
        inner = inner[:-1]
    return inner, line_at(token, token.start_index)


def tag_markup(expression: Token) -> tuple[str, int]:
    """A tag's markup after its name as Ruby cuts it, and the line the markup starts on.

    In a `{% tag %}` the markup runs up to `-%}`/`%}`, trailing spaces included; on a line
    of a `{% liquid %}` tag it runs to the end of that line.
    """
    source, start, value = expression.source, expression.start_index, expression.value
    line = line_at(expression, start)
    end = start + len(value)
    if source[start:end] != value:
        return value, line
    close = source.find("%}", end)
    gap = source[end:close] if close >= 0 else source[end:]
    if close >= 0 and not gap.rstrip("-").strip():
        markup = source[start:close]
        return (markup[:-1] if markup.endswith("-") else markup), line
    line_end = source.find("\n", end)
    rest = source[end:line_end if line_end >= 0 else len(source)]
    return value + rest[:len(rest) - len(rest.lstrip())], line
