"""Rouge's `graphql` language.

Each construct (operation, fragment, type, union, selection set, arguments, values) has
its own state, left on `}`, `)` or `]` or after one value; a `\"\"\"` block at the top level
holds a Markdown description, lexed by a fresh Markdown lexer.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Punctuation, String, Text, TokenType
from .markdown import MarkdownLexer

NAME = r"[_A-Za-z][_0-9A-Za-z]*"
_WORD_NAME = rf"\b{NAME}\b"
# Rouge's `"(\\[\\"]|[^"])*"`: the possessive branch is the regex engine's first path (and
# the answer whenever it closes); the original runs only when a later quote exists, so an
# unterminated string cannot backtrack exponentially.
_STRING = r'"(?:(?:\\[\\"]|[^"])*+"|(?=[^"]*")(\\[\\"]|[^"])*")'


def _description(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(String.Double, m.group(1))
    lx.token(Text.Whitespace, m.group(2))
    lx.delegate(MarkdownLexer(), m.group(3))
    lx.token(Text.Whitespace, m.group(4))
    lx.token(String.Double, m.group(5))


def _open_selection(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.push("query_definition")
    lx.push("selection_set")


def _close_selection(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.pop()
    if lx.state_is("query_definition") or lx.state_is("fragment_definition"):
        lx.pop()


def _close_nested_value(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.pop()
    if lx.state_is("value"):
        lx.pop()


def _value(ttype: TokenType):
    """A scalar value: it ends the `value` state unless it is a list item."""
    def action(lx: RegexLexer, m: re.Match[str]) -> None:
        lx.token(ttype)
        if not lx.state_is("list"):
            lx.pop()
    return action


def _union_variant(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Name)
    lx.goto("union_definition_pipe")


def _union_pipe(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.goto("union_definition_variant")


class GraphqlLexer(RegexLexer):
    tag = "graphql"

    rules = {
        "root": [
            (r"\b(?:query|mutation|subscription)\b", Keyword, "query_definition"),
            (r"\{", _open_selection),
            (r"\bfragment\b", Keyword, "fragment_definition"),
            (r"\bscalar\b", Keyword, "value"),
            (r"\b(?:type|interface|enum)\b", Keyword, "type_definition"),
            (r"\b(?:input|schema)\b", Keyword, "type_definition"),
            (r"\bunion\b", Keyword, "union_definition"),
            (r"\bextend\b", Keyword),
            include("basic"),
            (r'(?s)(""")(\n)(.*?)(\n)(""")', _description),
        ],
        "basic": [
            (r"\s+", Text.Whitespace),
            (r"#.*$", Comment),
            (r"[!,]", Punctuation),
        ],
        "has_directives": [
            (rf"(@{NAME})(\s*)(\()", groups(Keyword, Text.Whitespace, Punctuation), "arguments"),
            (rf"@{NAME}\b", Keyword),
        ],
        "fragment_definition": [
            (r"\bon\b", Keyword),
            include("query_definition"),
        ],
        "query_definition": [
            include("has_directives"),
            (_WORD_NAME, Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "type_definition": [
            (r"\bimplements\b", Keyword),
            (_WORD_NAME, Name),
            (r"\(", Punctuation, "variable_definitions"),
            (r"\{", Punctuation, "type_definition_set"),
            include("basic"),
        ],
        "union_definition": [
            (_WORD_NAME, Name),
            (r"=", Punctuation, "union_definition_variant"),
            include("basic"),
        ],
        "union_definition_variant": [
            (_WORD_NAME, _union_variant),
            include("basic"),
        ],
        "union_definition_pipe": [
            (r"\|", _union_pipe),
            (r"(?!\||\s+|#[^\n]*)", Text, "#pop:2"),
            include("basic"),
        ],
        "type_definition_set": [
            (r"\}", Punctuation, "#pop:2"),
            (rf"\b({NAME})(\s*)(\()", groups(Name, Text.Whitespace, Punctuation), "variable_definitions"),
            (_WORD_NAME, Name),
            (r":", Punctuation, "type_names"),
            include("basic"),
        ],
        "arguments": [
            (r"\)", Punctuation, "#pop"),
            (_WORD_NAME, Name),
            (r":", Punctuation, "value"),
            include("basic"),
        ],
        "variable_definitions": [
            (r"\)", Punctuation, "#pop"),
            (rf"\${NAME}\b", Name.Variable),
            (_WORD_NAME, Name),
            (r":", Punctuation, "type_names"),
            (r"=", Punctuation, "value"),
            include("basic"),
        ],
        "type_names": [
            (r"\b(?:Int|Float|String|Boolean|ID)\b", Name.Builtin, "#pop"),
            (_WORD_NAME, Name, "#pop"),
            (r"\[", Punctuation, "type_name_list"),
            include("basic"),
        ],
        "type_name_list": [
            (r"\b(?:Int|Float|String|Boolean|ID)\b", Name.Builtin),
            (_WORD_NAME, Name),
            (r"\]", Punctuation, "#pop:2"),
            include("basic"),
        ],
        "selection_set": [
            include("has_directives"),
            (r"\}", _close_selection),
            (rf"\b({NAME})(\s*)(\()", groups(Name, Text.Whitespace, Punctuation), "arguments"),
            (rf"\b({NAME})(\s*)(:)", groups(Name, Text.Whitespace, Punctuation)),
            (_WORD_NAME, Name),
            (r"(\.\.\.)(\s+)(on)\b", groups(Punctuation, Text.Whitespace, Keyword)),
            (r"\.\.\.", Punctuation),
            (r"\{", Punctuation, "selection_set"),
            include("basic"),
        ],
        "list": [
            (r"\]", _close_nested_value),
            include("value"),
        ],
        "object": [
            (r"\}", _close_nested_value),
            (rf"\b({NAME})(\s*)(:)", groups(Name, Text.Whitespace, Punctuation), "value"),
            include("basic"),
        ],
        "value": [
            (r'(?s)""".*?"""', String.Double),
            (rf"\${NAME}\b", _value(Name.Variable)),
            (r"\b(?:true|false|null)\b", _value(Keyword.Constant)),
            (r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?", _value(Number.Float)),
            (r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?", _value(Number.Integer)),
            (_STRING, _value(String.Double)),
            (_WORD_NAME, _value(Name)),
            (r"\{", Punctuation, "object"),
            (r"\[", Punctuation, "list"),
            include("basic"),
        ],
    }
