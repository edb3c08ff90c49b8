"""Rouge's `csharp` language: C# with interpolated (`$"…{x}…"`) and verbatim strings."""
from __future__ import annotations

from ..engine import RegexLexer, include, words
from ..tokens import Comment, Keyword, Name, Number, Punctuation, String, Text

_ID = r"(?i:@?[_a-z]\w*)"

_KEYWORDS = """
abstract as base break case catch checked const continue default delegate do else enum event
explicit extern false finally fixed for foreach goto if implicit in interface internal is lock
new null operator out override params private protected public readonly ref return sealed sizeof
stackalloc static switch this throw true try typeof unchecked unsafe virtual void volatile while
add alias async await get global partial remove set value where yield nameof
ascending by descending equals from group in into join let on orderby select
"""
_TYPES = "bool byte char decimal double dynamic float int long object sbyte short string uint ulong ushort var"
_PREPROCESSOR = "if endif else elif define undef line error warning region endregion pragma"


class CsharpLexer(RegexLexer):
    tag = "csharp"
    aliases = ("c#", "cs")

    rules = {
        "whitespace": [
            (r"\s+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
        ],
        "nest": [
            (r"{", Punctuation, "nest"),
            (r"}", Punctuation, "#pop"),
            include("root"),
        ],
        "splice_string": [
            (r"\\.", String),
            (r"{", Punctuation, "nest"),
            (r'"|\n', String, "#pop"),
            (r".", String),
        ],
        "splice_literal": [
            (r'""', String),
            (r"{", Punctuation, "nest"),
            (r'"', String, "#pop"),
            (r".", String),
        ],
        "root": [
            include("whitespace"),
            (r'[$]\s*"', String, "splice_string"),
            (r'[$]@\s*"', String, "splice_literal"),
            (rf"(<\[)\s*({_ID}:)?", Keyword),
            (r"\]>", Keyword),
            (r"[~!%^&*()+=|\[\]{}:;,.<>/?-]", Punctuation),
            (r'(?s)@"(""|[^"])*"', String),
            (r'"(\\.|.)*?["\n]', String),
            (r"'(\\.|.)'", String.Char),
            (r"(?i)0x[0-9a-f]+[lu]?", Number),
            (r"(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?", Number),
            (r"\b(?:class|struct|interface)\b", Keyword, "class"),
            (r"\b(?:namespace|using)\b", Keyword, "namespace"),
            (words(_PREPROCESSOR, r"^#[ \t]*(", r")\b.*?\n"), Comment.Preproc),
            (words(_KEYWORDS, r"\b(", r")\b"), Keyword),
            (words(_TYPES, r"\b(", r")\b"), Keyword.Type),
            (rf"{_ID}(?=\s*[(])", Name.Function),
            (_ID, Name),
        ],
        "class": [
            include("whitespace"),
            (_ID, Name.Class, "#pop"),
        ],
        "namespace": [
            include("whitespace"),
            (r"(?=[(])", Text, "#pop"),
            (rf"({_ID}|[.])+", Name.Namespace, "#pop"),
        ],
    }
