"""Rouge's `php` language: PHP code inside (or without) `<?php … ?>` tags, HTML around it.

Without the `start_inline` option Rouge guesses: text that reaches a `<` (or a `<?php`
tag) before any PHP is template text, anything else starts as PHP code.  Names are
classified by their spelling (ALL_CAPS constants, Capitalised classes, `__magic__`
builtins) and by Rouge's lists of keywords and builtin functions per PHP module.
"""
from __future__ import annotations

import re
from typing import Any

from ..engine import Lexer, RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import LETTER, WORD, word_groups, word_set
from .console import option_bool, option_list
from .erb import parent_lexer

_ID = rf"[{LETTER}_][{WORD}]*"
_NS = rf"(?:{_ID}\\)+"
_ID_WITH_NS = rf"(?:{_NS})?{_ID}"

KEYWORDS = word_set("php.keywords")
_VISIBILITY = frozenset(("public", "protected", "private"))


def _is_constant_name(segment: str) -> bool:
    """An upper-case letter, then at least one more upper-case letter, digit or underscore."""
    return (len(segment) >= 2 and segment[0].isupper()
            and all(c.isupper() or c.isdecimal() or c == "_" for c in segment[1:]))


def _is_class_name(segment: str) -> bool:
    return bool(segment) and segment[0].isupper() and all(c.isalnum() for c in segment[1:])


def _is_php_constant(name: str) -> bool:
    """`E_ALL`, `PHP_EOL`: a prefix, then `_`-separated runs of upper-case letters."""
    for prefix in ("PHP", "E"):
        if name.startswith(prefix):
            rest = name[len(prefix):]
            return (len(rest) >= 2 and rest[0] == "_" and not rest.endswith("_")
                    and all(part and all(c.isupper() for c in part) for part in rest[1:].split("_")))
    return False


class PhpLexer(RegexLexer):
    tag = "php"
    aliases = ("php3", "php4", "php5")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        opts = self.options
        self.start_inline: bool | None = option_bool(opts["start_inline"]) if "start_inline" in opts else None
        highlight_builtins = option_bool(opts["funcnamehighlighting"]) if "funcnamehighlighting" in opts else True
        disabled = set(option_list(opts.get("disabledmodules")))
        self.builtins: frozenset[str] = frozenset(
            name for module, names in word_groups("php.builtins").items() if module not in disabled
            for name in names) if highlight_builtins else frozenset()
        self.parent: Lexer = parent_lexer({k: v for k, v in opts.items() if k != "disabledmodules"})
        self.reset()

    def reset(self) -> None:
        self.parent.reset()
        if self.start_inline is None:
            self.stack = ["root", "start"]
        elif self.start_inline:
            self.stack = ["root", "php"]
        else:
            self.stack = ["root"]

    # -- callbacks -------------------------------------------------------------------
    def _called_name(self, m: re.Match[str]) -> None:
        name = m.group(0).lower()
        if name in KEYWORDS:
            self.token(Keyword)
        elif name in self.builtins:
            self.token(Name.Builtin)
        else:
            self.token(Name.Function)

    def _name(self, m: re.Match[str]) -> None:
        word = m.group(0)
        name = word.lower()
        if name == "use":
            self.push("in_use")
            self.token(Keyword.Namespace)
        elif name == "const":
            self.push("in_const")
            self.token(Keyword)
        elif name == "catch":
            self.push("in_catch")
            self.token(Keyword)
        elif name in _VISIBILITY:
            self.push("in_visibility")
            self.token(Keyword)
        elif name in KEYWORDS:
            self.token(Keyword)
        elif len(word) >= 4 and word.startswith("__") and word.endswith("__"):
            self.token(Name.Builtin)
        elif _is_php_constant(word):
            self.token(Keyword.Constant)
        else:
            last = word.rsplit("\\", 1)[-1]
            if _is_constant_name(last):
                self.token(Name.Constant)
            elif _is_class_name(last):
                self.token(Name.Class)
            else:
                self.token(Name)

    def _function_keyword(self, m: re.Match[str]) -> None:
        self.push("in_function_return")
        self.push("in_function_params")
        self.push("in_function_name")
        self.token(Keyword)

    def _close_tag(self, m: re.Match[str]) -> None:
        self.token(Comment.Preproc)
        self.reset_stack()

    rules = {
        "escape": [(r"\?>", _close_tag)],
        "return": [(r"", lambda lx, m: lx.pop())],
        "start": [
            (r"\s*(?=<)", lambda lx, m: (lx.delegate(lx.parent), lx.pop())),
            (r"(?i)[^$]+(?=<\?(php|=))", lambda lx, m: (lx.delegate(lx.parent), lx.pop())),
            (r"", lambda lx, m: lx.goto("php")),
        ],
        "names": [
            (rf"{_ID_WITH_NS}(?=\s*\()", _called_name),
            (_ID_WITH_NS, _name),
        ],
        "operators": [(r"[~!%^&*+|:.<>/@-]+", Operator)],
        "string": [
            (r'"', String.Double, "#pop"),
            (r'[^\\{$"]+', String.Double),
            (r"\\u\{[0-9a-fA-F]+\}", String.Escape),
            (r'\\([efrntv"$\\]|[0-7]{1,3}|[xX][0-9a-fA-F]{1,2})', String.Escape),
            (rf"\${_ID}(\[\S+\]|->{_ID})?", Name.Variable),
            (r"\{\$\{", String.Interpol, "string_interp_double"),
            (r"\{(?=\$)", String.Interpol, "string_interp_single"),
            (r"(\{)(\S+)(\})", groups(String.Interpol, Name.Variable, String.Interpol)),
            (r"[${\\]+", String.Double),
        ],
        "string_interp_double": [
            (r"\}\}", String.Interpol, "#pop"),
            include("php"),
        ],
        "string_interp_single": [
            (r"\}", String.Interpol, "#pop"),
            include("php"),
        ],
        "values": [
            (rf"(?is)<<<([\"']?)({_ID})\1\n.*?\n\s*\2;?", String.Heredoc),
            (r"(?i)(\d[_\d]*)?\.(\d[_\d]*)?(e[+-]?\d[_\d]*)?", Number.Float),
            (r"0[0-7][0-7_]*", Number.Oct),
            (r"(?i)0b[01][01_]*", Number.Bin),
            (r"(?i)0x[a-f0-9][a-f0-9_]*", Number.Hex),
            (r"\d[_\d]*", Number.Integer),
            (r"'([^'\\]*(?:\\.[^'\\]*)*)'", String.Single),
            (r"`([^`\\]*(?:\\.[^`\\]*)*)`", String.Backtick),
            (r'"', String.Double, "string"),
            (r"(?i)(function|fn)\b", _function_keyword),
            (r"(?i)(true|false|null)\b", Keyword.Constant),
            (r"(?i)new\b", Keyword, "in_new"),
        ],
        "variables": [
            (rf"\$\{{\$+{_ID}\}}", Name.Variable),
            (rf"\$+{_ID}", Name.Variable),
        ],
        "whitespace": [
            (r"\s+", Text),
            (r"#.*?$", Comment.Single),
            (r"//.*?$", Comment.Single),
            (r"(?s)/\*\*(?!/).*?\*/", Comment.Doc),
            (r"(?s)/\*.*?\*/", Comment.Multiline),
        ],
        "root": [
            (r"(?i)<\?(php|=)?", Comment.Preproc, "php"),
            (r"(?s).*?(?=<\?)|.*", lambda lx, m: lx.delegate(lx.parent)),
        ],
        "php": [
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("values"),
            (rf"(?i)(namespace)(\s+)({_ID_WITH_NS})", groups(Keyword.Namespace, Text, Name.Namespace)),
            (rf"(?i)(class|interface|trait|extends|implements)(\s+)({_ID_WITH_NS})",
             groups(Keyword.Declaration, Text, Name.Class)),
            include("names"),
            (r"[;,(){}\[\]]", Punctuation),
            include("operators"),
            (r"[=?]", Operator),
        ],
        "in_assign": [
            (r",", Punctuation, "#pop"),
            (r"[\[\]]", Punctuation),
            (r"\(", Punctuation, "in_assign_function"),
            include("escape"),
            include("whitespace"),
            include("values"),
            include("variables"),
            include("names"),
            include("operators"),
            include("return"),
        ],
        "in_assign_function": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            include("in_assign"),
        ],
        "in_catch": [
            (r"\(", Punctuation),
            (r"\|", Operator),
            (_ID, Name.Class),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_const": [
            (_ID, Name.Constant),
            (r"=", Operator, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_body": [
            (r"{", Punctuation, "#push"),
            (r"}", Punctuation, "#pop"),
            include("php"),
        ],
        "in_function_name": [
            (r"&", Operator),
            (_ID, Name),
            (r"\(", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_params": [
            (r"\)", Punctuation, "#pop"),
            (r",", Punctuation),
            (r"[.]{3}", Punctuation),
            (r"=", Operator, "in_assign"),
            (r"(?i)\b(?:public|protected|private|readonly)\b", Keyword),
            (rf"\??{_ID}", Keyword.Type, "in_assign"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ],
        "in_function_return": [
            (r":", Punctuation),
            (r"(?i)use\b", Keyword, "in_function_use"),
            (rf"\??{_ID}", Keyword.Type, "in_assign"),
            (r"\{", lambda lx, m: (lx.token(Punctuation), lx.goto("in_function_body"))),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_function_use": [
            (r"[,(]", Punctuation),
            (r"&", Operator),
            (r"\)", Punctuation, "#pop"),
            include("escape"),
            include("whitespace"),
            include("variables"),
            include("return"),
        ],
        "in_new": [
            (r"(?i)class\b", lambda lx, m: (lx.token(Keyword.Declaration), lx.goto("in_new_class"))),
            (_ID_WITH_NS, Name.Class, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
        "in_new_class": [
            (r"\}", Punctuation, "#pop"),
            (r"\{", Punctuation),
            include("php"),
        ],
        "in_use": [
            (r"[,}]", Punctuation),
            (r"(?i)(function|const)\b", Keyword),
            (rf"({_NS})(\{{)", groups(Name.Namespace, Punctuation)),
            (rf"{_ID_WITH_NS}(_{_ID})+", Name.Function),
            include("escape"),
            include("whitespace"),
            include("names"),
            include("return"),
        ],
        "in_visibility": [
            (r"(?i)\b(?:readonly|static)\b", Keyword),
            (r"(?i)(?=(abstract|const|function)\b)", Keyword, "#pop"),
            (rf"\??{_ID}", Keyword.Type, "#pop"),
            include("escape"),
            include("whitespace"),
            include("return"),
        ],
    }
