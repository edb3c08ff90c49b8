"""Rouge's `liquid` language: text with `{% tag %}` and `{{ output }}` markup."""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, TokenType

_WS = Text.Whitespace
_SINGLE_QUOTED = re.compile(r"'[^']*'")
_DOUBLE_QUOTED = re.compile(r'"[^"]*"')


def _literal_type(text: str | None, default: TokenType) -> TokenType:
    """Rouge colours a cycle group or a for-loop collection as a string if it contains one."""
    if text is not None:
        if _SINGLE_QUOTED.search(text):
            return String.Single
        if _DOUBLE_QUOTED.search(text):
            return String.Double
    return default


def _cycle(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.groups(Name.Tag, _WS, _literal_type(m.group(3), Name.Attribute), _WS, Punctuation, _WS)
    lx.push("variable_tag_markup")


def _for_loop(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.groups(Name.Tag, _WS, Name.Variable, _WS, Name.Tag, _WS)
    lx.token(_literal_type(m.group(7), Name.Variable), m.group(7))
    lx.token(_WS, m.group(8))
    lx.push("tag_markup")


def _close(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.reset_stack()


class LiquidLexer(RegexLexer):
    tag = "liquid"

    rules = {
        "root": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)", lambda lx, m: (lx.groups(Punctuation, _WS), lx.push("tag_or_block"))),
            (r"(\{\{-?)(\s*)", lambda lx, m: (lx.groups(Punctuation, _WS), lx.push("output"))),
            (r"\{", Text),
        ],
        "tag_or_block": [
            (r"(if|elsif|unless|case)\b", Keyword.Reserved, "condition"),
            (r"(when)\b", Keyword.Reserved, "when"),
            (r"(else)(\s*)(-?%\})", lambda lx, m: (lx.groups(Keyword.Reserved, _WS, Punctuation), lx.pop())),
            (r"(capture|(?:in|de)crement)(\s+)([^\s%]+)(\s*)(-?%\})",
             lambda lx, m: (lx.groups(Name.Tag, _WS, Name.Variable, _WS, Punctuation), lx.pop())),
            (r"(comment)(\s*)(-?%\})",
             lambda lx, m: (lx.groups(Name.Tag, _WS, Punctuation), lx.push("comment"))),
            (r"(raw)(\s*)(-?%\})", lambda lx, m: (lx.groups(Name.Tag, _WS, Punctuation), lx.push("raw"))),
            (r"(end(?:if|unless|case))(\s*)(-?%\})",
             lambda lx, m: (lx.groups(Keyword.Reserved, _WS, Punctuation), lx.pop())),
            (r"(end(?:[^\s%]+))(\s*)(-?%\})", lambda lx, m: (lx.groups(Name.Tag, _WS, Punctuation), lx.pop())),
            (r"(assign|echo)\b", Name.Tag, "assign"),
            (r"(include|render)\b", Name.Tag, "include"),
            (r"(cycle)(\s+)(?:([^\s:]*)(\s*)(:))?(\s*)", _cycle),
            (r"""(for|tablerow)(\s+)([\w-]+)(\s+)(in)(\s+)((?:[^\s%,|'"]|(?:"[^"]*"|'[^']*'))+)(\s*)""", _for_loop),
            (r"([^\s%]+)(\s*)", lambda lx, m: (lx.groups(Name.Tag, _WS), lx.push("tag_markup"))),
        ],
        "output": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)",
             lambda lx, m: (lx.groups(Punctuation, _WS, Name.Function), lx.push("filters"))),
            include("end_of_tag"),
            include("generic"),
        ],
        "filters": [
            (r"(\|)(\s*)([a-zA-Z_][^\s%}|:]*)", groups(Punctuation, _WS, Name.Function)),
            include("end_of_tag"),
            include("end_of_block"),
            include("variable_param_markup"),
        ],
        "condition": [
            (r"([=!]=|[<>]=?)", Operator),
            (r"(and|or|contains)\b", Operator.Word),
            include("end_of_block"),
            include("generic"),
        ],
        "when": [include("end_of_block"), include("generic")],
        "end_of_tag": [(r"-?\}\}", _close)],
        "end_of_block": [(r"-?%\}", _close)],
        "param_markup": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            (r"([^\s=:]+)(\s*)(=|:)", groups(Name.Attribute, _WS, Operator)),
            (r"[,:]", Punctuation),
        ],
        "default_param_markup": [include("param_markup"), (r"\S+", Text)],
        "variable_param_markup": [include("param_markup"), include("variable"), (r"\S+", Text)],
        "tag_markup": [
            (r"(reversed)\b", Name.Attribute),
            include("end_of_block"),
            include("default_param_markup"),
        ],
        "variable_tag_markup": [include("end_of_block"), include("variable_param_markup")],
        "keyword": [(r"(false|true|nil)\b", Keyword.Constant)],
        "variable": [
            (r"(empty|blank|forloop\.[^\s%}|:]+)\b", Name.Builtin),
            (r"\.(?=\w)|\[|\]", Punctuation),
            (r"(first|last|size)\b", Name.Function),
            (r"[a-zA-Z_][\w-]*\??", Name.Variable),
        ],
        "string": [
            (r"'[^']*'", String.Single),
            (r'"[^"]*"', String.Double),
        ],
        "number": [
            (r"-", Operator),
            (r"\d+\.\d+", Number.Float),
            (r"\d+", Number.Integer),
        ],
        "generic": [
            include("whitespace"),
            include("keyword"),
            include("string"),
            include("number"),
            include("variable"),
        ],
        "whitespace": [(r"[ \t]+", _WS)],
        "comment": [
            (r"[^{]+", Comment),
            (r"(\{%-?)(\s*)(endcomment)(\s*)(-?%\})",
             lambda lx, m: (lx.groups(Punctuation, _WS, Name.Tag, _WS, Punctuation), lx.reset_stack())),
            (r"\{", Comment),
        ],
        "raw": [
            (r"[^{]+", Text),
            (r"(\{%-?)(\s*)(endraw)(\s*)(-?%\})",
             lambda lx, m: (lx.groups(Punctuation, _WS, Name.Tag, _WS, Punctuation), lx.reset_stack())),
            (r"\{", Text),
        ],
        "assign": [
            (r"=", Operator),
            (r"(\|)(\s*)([a-zA-Z_][^\s%|:]*)",
             lambda lx, m: (lx.groups(Punctuation, _WS, Name.Function), lx.push("filters"))),
            include("end_of_block"),
            include("generic"),
        ],
        "include": [
            (r"(\{\{-?)(\s*)", lambda lx, m: (lx.groups(Punctuation, _WS), lx.push("output_embed"))),
            (r"(with|for)\b", Name.Tag),
            (r"[/\w-]+(\.[\w-]+)+\b", Text),
            include("variable_tag_markup"),
        ],
        "output_embed": [
            (r"(\|)(\s*)([a-zA-Z_][^\s}|:]*)", groups(Punctuation, _WS, Name.Function)),
            (r"-?\}\}", Punctuation, "#pop"),
            include("variable_param_markup"),
        ],
    }
