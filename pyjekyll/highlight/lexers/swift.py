"""Rouge's `swift` language.

A `#` directive is a preprocessor line only at the start of a line (Rouge tracks line
starts with a `bol` state); names are Unicode-alphabetic, and a capitalised name is a type.
"""
from __future__ import annotations

import re

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Error, Keyword, Name, Number, Operator, Punctuation, String, Text
from .common import WORD
from .unicode_props import alphabetic_class, category_class, uppercase_class

_ASTRAL = r"\U00010000-\U0010ffff"
# Ruby's `\p{Alnum}` adds decimal digits of every script to `\p{Alpha}`.
ID = (f"(?:[_{alphabetic_class(False)}{_ASTRAL}]"
      f"[{alphabetic_class()}{category_class('Nd')}{_ASTRAL}_]*)")
_UPPER = uppercase_class()
# Rouge sees no text before the scan position, so a `\b` there only checks what follows.
_AT_WORD = f"(?=[{WORD}])"

_KEYWORDS = frozenset("""
await break case continue default do else fallthrough if in for return switch where while try
catch throw guard defer repeat as dynamicType is new super self Self Type __COLUMN__ __FILE__
__FUNCTION__ __LINE__ associativity async didSet get infix inout isolated mutating none
nonmutating operator override postfix precedence prefix set unowned weak willSet throws rethrows
precedencegroup #available #colorLiteral #column #else #elseif #endif #error #file #fileLiteral
#function #if #imageLiteral #line #selector #sourceLocation #warning
""".split())
_DECLARATIONS = frozenset("""
actor class deinit enum convenience extension final func import init internal lazy let
nonisolated optional private protocol public required static struct subscript typealias var
dynamic indirect associatedtype open fileprivate some
""".split())
_CONSTANTS = frozenset(("true", "false", "nil"))


def _starts_upper(word: str) -> bool:
    return word[:1].isupper()


def _access_modifier(lx: RegexLexer, m: re.Match[str]) -> None:
    if m.group(3) == "set":
        lx.token(Keyword.Declaration)
    else:
        lx.groups(Keyword.Declaration, Keyword.Declaration, Error, Keyword.Declaration)


def _unowned(lx: RegexLexer, m: re.Match[str]) -> None:
    if m.group(2) in ("safe", "unsafe"):
        lx.token(Keyword.Declaration)
    else:
        lx.groups(Keyword.Declaration, Error, Keyword.Declaration)


def _identifier(lx: RegexLexer, m: re.Match[str]) -> None:
    word = m.group(0)
    if word in _KEYWORDS:
        lx.token(Keyword)
    elif word in _DECLARATIONS:
        lx.token(Keyword.Declaration)
    elif word in _CONSTANTS:
        lx.token(Keyword.Constant)
    elif _starts_upper(word):
        lx.token(Keyword.Type)
    else:
        lx.token(Name)


class SwiftLexer(RegexLexer):
    tag = "swift"

    def reset(self) -> None:
        self.stack = ["root", "bol"]

    def __init__(self, options: dict | None = None) -> None:
        super().__init__(options)
        self.reset()

    rules = {
        "bol": [
            (r"#.*", Comment.Preproc),
            include("inline_whitespace"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "inline_whitespace": [
            (r"\s+", Text),
            include("has_comments"),
        ],
        "whitespace": [
            (r"\n+", Text, "bol"),
            (r"//.*?$", Comment.Single, "bol"),
            include("inline_whitespace"),
        ],
        "has_comments": [(r"/[*]", Comment.Multiline, "nested_comment")],
        "nested_comment": [
            include("has_comments"),
            (r"[*]/", Comment.Multiline, "#pop"),
            (r"[^*/]+", Comment.Multiline),
            (r".", Comment.Multiline),
        ],
        "root": [
            include("whitespace"),
            (r"\$(([1-9]\d*)?\d)", Name.Variable),
            (r"[()\[\]{}:;,?\\]", Punctuation),
            (r"[-/=+*%<>!&|^.~]+", Operator),
            (r'@?"', String, "dq"),
            (r"'(\\.|.)'", String.Char),
            # Rouge's `(?:\d+(?:_\d+)*)*` written without the nested repetition (same matches).
            (r"(?i)(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)?\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?", Number.Float),
            (r"(?i)\d+e[+-]?[0-9]+", Number.Float),
            (r"0o?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[\d]+(?:_\d+)*", Number.Integer),
            (rf"@{ID}", Keyword.Declaration),
            (r"(private|internal)(\([ ]*)(\w+)([ ]*\))", _access_modifier),
            (r"(unowned\([ ]*)(\w+)([ ]*\))", _unowned),
            (r"#available\([^)]+\)", Keyword.Declaration),
            (r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))",
             groups(Keyword.Declaration, Name.Function, Keyword.Declaration)),
            (r"#(line|file|column|function|dsohandle)", Keyword.Declaration),
            (rf"(let|var)\b(\s*)({ID})", groups(Keyword, Text, Name.Variable)),
            (r"(let|var)\b(\s*)([(])", lambda lx, m: (lx.groups(Keyword, Text, Punctuation), lx.push("tuple"))),
            (rf"(?!{_AT_WORD}(if|while|for|private|internal|unowned|switch|case)\b){_AT_WORD}{ID}(?=(\?|!)?\s*[(])",
             lambda lx, m: lx.token(Keyword.Type if _starts_upper(m.group(0)) else Name.Function)),
            (r"as[?!]?(?=\s)", Keyword),
            (r"try[!]?(?=\s)", Keyword),
            (rf"(#?(?!default)(?![{_UPPER}]){ID})(\s*)(:)", groups(Name.Variable, Text, Punctuation)),
            (ID, _identifier),
            (rf"(`)({ID})(`)", groups(Punctuation, Name.Variable, Punctuation)),
        ],
        "tuple": [
            (rf"({ID})", Name.Variable),
            (rf"(`)({ID})(`)", groups(Punctuation, Name.Variable, Punctuation)),
            (r",", Punctuation),
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            include("inline_whitespace"),
        ],
        "dq": [
            (r"""\\[\\0tnr'"]""", String.Escape),
            (r"\\[(]", String.Escape, "interp"),
            (r"\\u\{[0-9a-fA-F]{1,8}\}", String.Escape),
            (r'[^\\"]+', String),
            (r'"""', String, "#pop"),
            (r'"', String, "#pop"),
        ],
        "interp": [
            (r"[(]", Punctuation, "interp_inner"),
            (r"[)]", String.Escape, "#pop"),
            include("root"),
        ],
        "interp_inner": [
            (r"[(]", Punctuation, "#push"),
            (r"[)]", Punctuation, "#pop"),
            include("root"),
        ],
    }
