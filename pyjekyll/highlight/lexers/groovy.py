"""Rouge's `groovy` language.

A line opening with words and then `name(` is a method declaration; Rouge lexes the words
before the name with a copy of the running lexer that shares its state stack, so an
`import` or `class` among them leaves its state for the text after the declaration, as
here.  Any `/…/` on one line is a string (a slashy string), division included.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, String, Text

_KEYWORDS = frozenset("""
assert break case catch continue default do else finally for if goto instanceof new return
switch this throw try while in as
""".split())
_DECLARATIONS = frozenset("""
abstract const enum extends final implements native private protected public static strictfp
super synchronized throws transient volatile
""".split())
_TYPES = frozenset("def boolean byte char double float int long short void".split())
_CONSTANTS = frozenset(("true", "false", "null"))


def _quoted(quote: str) -> str:
    """Rouge's `Q(\\.|\\\n|.)*?Q`, written so that no input makes it backtrack exponentially.

    The regex engine's first path takes every backslash as an escape; when that path finds
    the closing quote it is the answer, and the possessive first branch finds it in linear
    time.  Otherwise the original pattern runs, but only after a lookahead has checked that
    it can succeed at all (a quote further on, lines joined by backslash-newline).
    """
    q = re.escape(quote)
    return (f"{q}(?:(?:\\\\.|\\\\\\n|[^{q}\\n])*+{q}"
            f"|(?=(?:\\\\\\n|[^{q}\\n])*+{q})(\\\\.|\\\\\\n|.)*?{q})")


# Rouge's `$/($.|.)*?/$` (dollar-slashy string), made safe the same way.
_DOLLAR_SLASHY = r"(?s)\$/(?:(?:(?!/\$)(?:\$.|.))*+/\$|(?=.*?/\$)(\$.|.)*?/\$)"


def _method_declaration(lx: RegexLexer, m: re.Match[str]) -> None:
    twin = type(lx)(lx.options)
    twin.stack = lx.stack  # shared, as Rouge's shallow copy shares it
    lx.delegate(twin, m.group(1))
    lx.token(Name.Function, m.group(2))
    lx.token(Text, m.group(3))
    lx.token(Operator, m.group(4))


def _identifier(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in _KEYWORDS:
        lx.token(Keyword)
    elif word in _DECLARATIONS:
        lx.token(Keyword.Declaration)
    elif word in _TYPES:
        lx.token(Keyword.Type)
    elif word in _CONSTANTS:
        lx.token(Keyword.Constant)
    else:
        lx.token(Name)


class GroovyLexer(RegexLexer):
    tag = "groovy"

    rules = {
        "root": [
            (r"^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()", _method_declaration),
            (r"[^\S\n]+", Text),
            (r"//.*?$", Comment.Single),
            (r"(?s)/[*].*?[*]/", Comment.Multiline),
            (r"@\w[\w.]*", Name.Decorator),
            (r"(class|interface|trait)\b", Keyword.Declaration, "class"),
            (r"package\b", Keyword.Namespace, "import"),
            (r"import\b", Keyword.Namespace, "import"),
            (r'(?s)""".*?"""', String.Double),
            (r"(?s)'''.*?'''", String.Single),
            (_quoted('"'), String.Double),
            (_quoted("'"), String.Single),
            (_DOLLAR_SLASHY, String),
            (_quoted("/"), String),
            (r"'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'", String.Char),
            (r"(\.)([a-zA-Z_][a-zA-Z0-9_]*)", groups(Operator, Name.Attribute)),
            (r"[a-zA-Z_][a-zA-Z0-9_]*:", Name.Label),
            (r"[a-zA-Z_$][a-zA-Z0-9_]*", _identifier),
            (r"[~^*!%&\[\](){}<>|+=:;,./?-]", Operator),
            (r"\d+\.\d+([eE]\d+)?[fd]?", Number.Float),
            (r"0x[0-9a-f]+", Number.Hex),
            (r"[0-9]+L?", Number.Integer),
            (r"\n", Text),
        ],
        "class": [
            (r"\s+", Text),
            (r"\w\w*", Name.Class, "#pop"),
        ],
        "import": [
            (r"\s+", Text),
            (r"[\w.]+[*]?", Name.Namespace, "#pop"),
        ],
    }
