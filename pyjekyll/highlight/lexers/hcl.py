"""Rouge's `hcl` and `terraform` (alias `tf`) languages.

A bare name opens a "composite" (a block header such as `resource "x" "y" {`) that ends
at its `{` or `[`; heredocs (`<<EOF`, `<<-EOF`) end at a line holding only their tag.
Terraform adds its block keywords and `${ … }` interpolations, whose expressions have
their own operators and names (hyphens allowed) and `"/…/"` regexes.
"""
from __future__ import annotations

import re
from typing import Any

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

# Rouge's name patterns are case-insensitive: Unicode case folding adds the long s and the
# Kelvin sign.
_ID = r"[$a-zA-Z_\u017f\u212a][a-zA-Z0-9_\u017f\u212a]*"
_EXPRESSION_ID = r"[$a-zA-Z_\u017f\u212a-][a-zA-Z0-9_\u017f\u212a-]*"


def _heredoc_start(lx: "HclLexer", m: re.Match[str]) -> None:
    lx.groups(Operator, Text, String.Heredoc, String.Heredoc, Name.Constant, String.Heredoc)
    lx.heredoc_tag = m.group(5)
    lx.push("heredoc")


def _heredoc_line(lx: "HclLexer", m: re.Match[str]) -> None:
    if m.group(1) == lx.heredoc_tag:
        lx.token(Name.Constant)
        lx.pop(2)
    else:
        lx.token(String.Heredoc)


def _open(state: str):
    def action(lx: RegexLexer, m: re.Match[str]) -> None:
        lx.token(Punctuation)
        lx.pop()
        lx.push(state)
    return action


class HclLexer(RegexLexer):
    tag = "hcl"

    keywords: frozenset[str] = frozenset()
    declarations: frozenset[str] = frozenset()
    constants = frozenset(("true", "false", "null"))

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.heredoc_tag: str | None = None

    def _name(self, m: re.Match[str], opens_block: bool) -> None:
        word = m.group(0)
        cls = type(self)
        if word in cls.keywords:
            self.token(Keyword)
        elif word in cls.declarations:
            self.token(Keyword.Declaration)
        elif word in cls.constants:
            self.token(Keyword.Constant)
            return
        else:
            self.token(Name.Other)
        if opens_block:
            self.push("composite")

    rules = {
        "multiline_comment": [
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r"[*/]", Comment.Multiline),
        ],
        "comments_and_whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"#.*?$", Comment.Single),
            (r"/[*]", Comment.Multiline, "multiline_comment"),
        ],
        "primitives": [
            (r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?", Number.Float),
            (r"[0-9]+([kKmMgG]b?)?", Number.Integer),
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
            (r"(<<-?)(\s*)('?)(\\?)(\w+)(\3)", _heredoc_start),
        ],
        "root": [
            include("comments_and_whitespace"),
            include("primitives"),
            (r"\{", Punctuation, "hash"),
            (r"\[", Punctuation, "array"),
            (_ID, lambda lx, m: lx._name(m, True)),
        ],
        "composite": [
            include("comments_and_whitespace"),
            (r"[{]", _open("hash")),
            (r"[\[]", _open("array")),
            include("root"),
            (r"", Text, "#pop"),
        ],
        "hash": [
            include("comments_and_whitespace"),
            (r"=", Punctuation),
            (r"\}", Punctuation, "#pop"),
            include("root"),
        ],
        "array": [
            include("comments_and_whitespace"),
            (r",", Punctuation),
            (r"\]", Punctuation, "#pop"),
            include("root"),
        ],
        "dq": [
            (r'[^\\"]+', String.Double),
            (r'\\"', String.Escape),
            (r'"', String.Double, "#pop"),
        ],
        "sq": [
            (r"[^\\']+", String.Single),
            (r"\\'", String.Escape),
            (r"'", String.Single, "#pop"),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
        ],
        "heredoc_nl": [
            (r"\s*(\w+)\s*\n", _heredoc_line),
            (r"", Text, "#pop"),
        ],
    }


class TerraformLexer(HclLexer):
    tag = "terraform"
    aliases = ("tf",)

    keywords = frozenset("terraform module provider variable resource data provisioner output".split())
    declarations = frozenset(("var", "local"))

    rules = {
        **HclLexer.rules,
        "hash": [(r"[.,()*]", Punctuation), *HclLexer.rules["hash"]],
        "array": [(r"[.,()*]", Punctuation), *HclLexer.rules["array"]],
        "strings": [
            (r"\\.", String.Escape),
            (r"\$\{", Keyword, "interpolation"),
        ],
        "dq": [
            (r'[^\\"$]+', String.Double),
            include("strings"),
            (r'"', String.Double, "#pop"),
        ],
        "sq": [
            (r"[^\\'$]+", String.Single),
            include("strings"),
            (r"'", String.Single, "#pop"),
        ],
        "heredoc": [
            (r"\n", String.Heredoc, "heredoc_nl"),
            (r"[^$\n]+", String.Heredoc),
            (r"[$]", String.Heredoc),
            include("strings"),
        ],
        "interpolation": [
            (r"\}", Keyword, "#pop"),
            include("expression"),
        ],
        "regexps": [
            (r'"/', lambda lx, m: (lx.token(String.Delimiter), lx.goto("regexp_inner"))),
        ],
        "regexp_inner": [
            (r'[^"/\\]+', String.Regex),
            (r"\\.", String.Regex),
            (r'/"', String.Delimiter, "#pop"),
            (r'["/]', String.Regex),
        ],
        "expression": [
            include("regexps"),
            include("primitives"),
            (r"\s+", Text),
            (r"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!=", Operator),
            (r"[-<>+*%&|\^/!=?:]=?", Operator),
            (r"[(\[,]", Punctuation),
            (r"[)\].]", Punctuation),
            (_EXPRESSION_ID, lambda lx, m: lx._name(m, False)),
        ],
    }
