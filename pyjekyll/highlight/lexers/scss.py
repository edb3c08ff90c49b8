"""Rouge's `scss` language: Sass's SCSS syntax, with selectors, properties and `$variables`."""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .css import COLOR_NAMES, KEYWORD_VALUES, PROPERTIES

_ID = r"[\w-]+"


def _value_word(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in KEYWORD_VALUES:
        lx.token(Name.Builtin)
    elif word in COLOR_NAMES:
        lx.token(Name.Constant)
    else:
        lx.token(Name)


def _property(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Name.Label if m.group(0) in PROPERTIES else Name.Attribute)


def _end_section(lx: RegexLexer, m: re.Match[str]) -> None:
    lx.token(Punctuation)
    lx.reset_stack()


def _selector_piece(ttype) -> list:
    return [(_ID, ttype), include("selector_piece")]


class ScssLexer(RegexLexer):
    tag = "scss"

    rules = {
        "root": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@import\b", Keyword, "value"),
            include("content_common"),
            (r"(?=[^;{}][;}])", lambda lx, m: lx.push("attribute")),
            (r"(?=[^;{}:\[]+:[^a-z])", lambda lx, m: lx.push("attribute")),
            (r"", lambda lx, m: lx.push("selector")),
        ],
        "end_section": [
            (r"\n", Text),
            (r"[;{}]", _end_section),
        ],
        "content_common": [
            (r"@for\b", Keyword, "for"),
            (r"@(debug|warn|if|each|while|else|return|media)", Keyword, "value"),
            (rf"(@mixin)(\s+)({_ID})", lambda lx, m: (lx.groups(Keyword, Text, Name.Function), lx.push("value"))),
            (rf"(@function)(\s+)({_ID})", lambda lx, m: (lx.groups(Keyword, Text, Name.Function), lx.push("value"))),
            (r"@extend\b", Keyword, "selector"),
            (rf"(@include)(\s+)({_ID})", lambda lx, m: (lx.groups(Keyword, Text, Name.Decorator), lx.push("value"))),
            (rf"@{_ID}", Keyword, "selector"),
            (r"&", Keyword, "selector"),
            (rf"([$]{_ID})([ \t]*)(:)", lambda lx, m: (lx.groups(Name.Variable, Text, Punctuation), lx.push("value"))),
        ],
        "value": [
            include("end_section"),
            (r"[ \t]+", Text),
            (rf"[$]{_ID}", Name.Variable),
            (r"url[(]", String.Other, "string_url"),
            (rf"{_ID}(?=\s*[(])", Name.Function),
            (rf"%{_ID}", Name.Decorator),
            (r"(true|false)\b", Name.Builtin.Pseudo),
            (r"(and|or|not)\b", Operator.Word),
            (r"(?i)#[a-z0-9]{1,6}", Number.Hex),
            (r"-?\d+(%|[a-z]+)?", Number),
            (r"-?\d*\.\d+(%|[a-z]+)?", Number.Integer),
            include("has_strings"),
            include("has_interp"),
            (r"[~^*!&%<>|+=@:,./?-]+", Operator),
            (r"[\[\]()]+", Punctuation),
            (r"/[*]", Comment.Multiline, "inline_comment"),
            (r"//[^\n]*", Comment.Single),
            (_ID, _value_word),
        ],
        "has_interp": [(r"[#][{]", String.Interpol, "interpolation")],
        "has_strings": [
            (r'"', String.Double, "dq"),
            (r"'", String.Single, "sq"),
        ],
        "interpolation": [
            (r"\}", String.Interpol, "#pop"),
            include("value"),
        ],
        "selector": [
            include("end_section"),
            include("has_strings"),
            include("has_interp"),
            (r"[ \t]+", Text),
            (r":", Name.Decorator, "pseudo_class"),
            (r"[.]", Name.Class, "class"),
            (r"#", Name.Namespace, "id"),
            (r"%", Name.Variable, "placeholder"),
            (_ID, Name.Tag),
            (r"&", Keyword),
            (r"[~^*!&\[\]()<>|+=@:;,./?-]", Operator),
        ],
        "dq": [
            (r'"', String.Double, "#pop"),
            include("has_interp"),
            (r'(\\.|#(?![{])|[^\n"#])+', String.Double),
        ],
        "sq": [
            (r"'", String.Single, "#pop"),
            include("has_interp"),
            (r"(\\.|#(?![{])|[^\n'#])+", String.Single),
        ],
        "string_url": [
            (r"[)]", String.Other, "#pop"),
            (r"(\\.|#(?![{])|[^\n)#])+", String.Other),
            include("has_interp"),
        ],
        "selector_piece": [
            include("has_interp"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "pseudo_class": _selector_piece(Name.Decorator),
        "class": _selector_piece(Name.Class),
        "id": _selector_piece(Name.Namespace),
        "placeholder": _selector_piece(Name.Variable),
        "for": [
            (r"(from|to|through)", Operator.Word),
            include("value"),
        ],
        "attr_common": [
            include("has_interp"),
            (_ID, _property),
        ],
        "attribute": [
            include("attr_common"),
            (r"([ \t]*)(:)", lambda lx, m: (lx.groups(Text, Punctuation), lx.push("value"))),
        ],
        "inline_comment": [
            (r"(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+", Comment.Multiline),
            include("has_interp"),
            (r"[*]/", Comment.Multiline, "#pop"),
        ],
    }
