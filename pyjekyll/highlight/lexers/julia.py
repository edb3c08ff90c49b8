"""Rouge's `julia` language (alias `jl`).

Rouge writes its keyword pattern in extended mode, so the two-word keywords lose their
space (`mutablestruct`, `abstracttype`, `forouter`) and never match as such; its
transpose rule starts with a lookbehind that Rouge's scanner cannot satisfy, so a `'`
after a name is an error character.  Both are kept.  Operators are tried before names, in
Rouge's order.
"""
from __future__ import annotations

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Other, String, Text
from .common import word_list
from .unicode_props import alphabetic_class, category_class

# Ruby's `\p{Word}`: alphabetic characters, marks, decimal digits, connectors, joiners.
_WORD = alphabetic_class() + category_class("Mn", "Mc", "Me", "Nd", "Pc") + r"\u200c\u200d"
# Rouge's `\b` after a word: no Unicode word character follows (`ℯ` and `π` are letters).
_NOT_WORD = f"(?![{_WORD}])"

_BUILTINS = (r"(?:true|false|missing|nothing|Inf|Inf16|Inf32|Inf64|NaN|NaN16|NaN32|NaN64|stdout"
             r"|stderr|stdin|devnull|pi|π|ℯ|im|ARGS|C_NULL|ENV|ENDIAN_BOM|VERSION|undef"
             r"|(LOAD|DEPOT)_PATH)" + _NOT_WORD)
_KEYWORDS = (r"(?:function|return|module|import|export|if|else|elseif|end|for|in|isa|while|try"
             r"|catch|const|local|global|using|struct|mutablestruct|abstracttype|finally|begin|do"
             r"|quote|macro|forouter|where)" + _NOT_WORD)
_TYPES = "(?:" + "|".join(word_list("julia.TYPES")) + ")" + _NOT_WORD
_OPERATORS = (r"\+|=|-|\*|/|\\|&|\||\$|~|\^|%|!|>>>|>>|<<|&&|\|\||\+=|-=|\*=|/=|\\=|÷=|%=|\^=|&="
              r"|\|=|\$=|>>>=|>>=|<<=|==|!=|≠|<=|≤|>=|≥|\.|::|<:|->|\?|\.\*|\.\^|\.\\|\./|\\|<|>"
              r"|÷|>:|:|===|!==|=>")

_SYMBOL = category_class("Sm", "Sc", "Sk", "So")
_DECLARED_NAME = (f"[{category_class('Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Nl')}{_SYMBOL}_]"
                  f"[{_WORD}{_SYMBOL}{category_class('Po')}!]*")


class JuliaLexer(RegexLexer):
    tag = "julia"
    aliases = ("jl",)

    rules = {
        "root": [
            (r"\n", Text),
            (r"[^\S\n]+", Text),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"#.*$", Comment),
            (_OPERATORS, Operator),
            (r"\\\n", Text),
            (r"\\", Text),
            (r"(function|macro)((?:\s|\\\s)+)", groups(Keyword, Name.Function), "funcname"),
            (r"((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)",
             groups(Keyword, Name.Class), "typename"),
            (_TYPES, Keyword.Type),
            ("(local|global|const)" + _NOT_WORD, Keyword.Declaration),
            (_KEYWORDS, Keyword),
            (_BUILTINS, Name.Builtin),
            (r"`.*?`", String.Backtick),
            (r"'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'",
             String.Char),
            (r'(?:[IL])"', String, "string"),
            (r'[E]?"', String, "string"),
            (r"@[\w.]+", Name.Decorator),
            (r"(?:[a-zA-Z_\u00a1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00a1-\uffff]|[\u1000-\u10ff])*!*", Name),
            (r"[\[\]{}(),;]", Other),
            (r"(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?", Number.Float),
            (r"(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?", Number.Float),
            (r"\d+(_\d+)+[eEf][+-]?[0-9]+", Number.Float),
            (r"\d+[eEf][+-]?[0-9]+", Number.Float),
            (r"0b[01]+(_[01]+)+", Number.Bin),
            (r"0b[01]+", Number.Bin),
            (r"0o[0-7]+(_[0-7]+)+", Number.Oct),
            (r"0o[0-7]+", Number.Oct),
            (r"0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+", Number.Hex),
            (r"0x[a-fA-F0-9]+", Number.Hex),
            (r"\d+(_\d+)+", Number.Integer),
            (r"\d+", Number.Integer),
        ],
        "funcname": [
            (_DECLARED_NAME, Name.Function, "#pop"),
            (r"\([^\s\w{]{1,2}\)", Operator, "#pop"),
            (r"[^\s\w{]{1,2}", Operator, "#pop"),
        ],
        "typename": [
            (_DECLARED_NAME, Name.Class, "#pop"),
        ],
        "stringescape": [
            (r"\\([\\abfnrtv\"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})",
             String.Escape),
        ],
        "blockcomment": [
            (r"[^=#]+", Comment.Multiline),
            (r"#=", Comment.Multiline, "blockcomment"),
            (r"=#", Comment.Multiline, "#pop"),
            (r"[=#]", Comment.Multiline),
        ],
        "string": [
            include("stringescape"),
            (r'"', String, "#pop"),
            (r'\\\\|\\"|\\\n', String.Escape),
            (r"\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?", String.Interpol),
            (r'[^\\"$]+', String),
            (r'["\\]', String),
            (r"\$", String),
        ],
    }
