"""Rouge's `ruby` language.

Ruby's grammar depends on what came before: `/` may start a regex or divide, `?x` may be
a character literal, and `%w(...)`-style literals pick their own delimiters.  Like Rouge
we keep an `expr_start` state meaning "an expression may begin here", a `method_call`
state after names, one generated state per percent-literal delimiter, and a queue of
pending heredoc terminators.
"""
from __future__ import annotations

import re
from typing import Any

from ..engine import RegexLexer, groups, include
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text, TokenType

_KEYWORDS = (r"BEGIN END alias begin break case defined\? do else elsif end ensure for if in next "
             r"redo rescue raise retry return super then undef unless until when while yield")
_PSEUDO_KEYWORDS = ("loop include extend raise alias_method attr catch throw private "
                    "module_function public protected true false nil __FILE__ __LINE__")
_BUILTINS = r"""
attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding
callcc caller catch chomp chop class_eval class_variables clone const_defined\? const_get
const_missing const_set constants display dup eval exec exit extend fail fork format freeze
getc gets global_variables gsub hash id included_modules inspect instance_eval instance_method
instance_methods instance_variable_get instance_variable_set instance_variables lambda load
local_variables loop method method_missing methods module_eval name object_id open p print
printf private_class_method private_instance_methods private_methods proc
protected_instance_methods protected_methods public_class_method public_instance_methods
public_methods putc puts raise rand readline readlines require require_relative scan select
self send set_trace_func singleton_methods sleep split sprintf srand sub syscall system taint
test throw to_a to_s trace_var trap untaint untrace_var warn
"""
_PREDICATES = ("autoload block_given const_defined eql equal frozen include instance_of is_a "
               "iterator kind_of method_defined nil private_method_defined "
               "protected_method_defined public_method_defined respond_to tainted")
_BANG_BUILTINS = "chomp chop exit gsub sub"

_CLOSERS = {"{": "}", "[": "]", "(": ")", "<": ">"}
_INTERPOLATING_SIGILS = frozenset("rQWxI")
_RUBY_SPACE = " \t\n\v\f\r\0"


def _alternation(words: str) -> str:
    """Words written as regex fragments (some carry `\\?`), joined as alternatives."""
    return "(?:" + "|".join(words.split()) + ")"


def _sigil_rules(open_char: str, close_char: str, interpolates: bool, ttype: TokenType) -> list:
    special = "".join(sorted({"#", open_char, close_char, "\\"}))
    special_class = "".join(re.escape(c) for c in special)
    rules: list = [(rf"\\[{special_class}]", String.Escape)]
    if open_char != close_char:
        rules.append((re.escape(open_char), lambda lx, m: (lx.token(ttype), lx.push())))
    rules.append((re.escape(close_char), ttype, "#pop"))
    if interpolates:
        rules += [include("string_intp_escaped"), (r"#", ttype)]
    else:
        rules.append((r"[\\#]", ttype))
    rules.append((rf"(?s)[^{special_class}]+", ttype))
    return rules


class RubyLexer(RegexLexer):
    tag = "ruby"
    aliases = ("rb",)

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.reset()

    def reset(self) -> None:
        self.stack = ["root", "expr_start"]
        self.heredocs: list[tuple[bool, str]] = []

    # -- callbacks -------------------------------------------------------------------
    def _sigil(self, m: re.Match[str]) -> None:
        kind, open_char = m.group(1), m.group(2)
        close_char = _CLOSERS.get(open_char, open_char)
        ttype = String.Other
        if kind == "r":
            ttype = String.Regex
            self.push("regex_flags")
        self.token(ttype)
        interpolates = bool(kind) and kind in _INTERPOLATING_SIGILS
        key = f"sigil {open_char}{close_char}{int(interpolates)}{ttype}"
        self.push(self.dynamic_state(key, lambda: _sigil_rules(open_char, close_char, interpolates, ttype)))

    def _heredoc(self, m: re.Match[str], name: str) -> None:
        self.token(Operator, m.group(1))
        self.token(Name.Constant, m.group(2) + m.group(3) + (m.group(4) or ""))
        self.heredocs.append((m.group(1) in ("<<-", "<<~"), name))
        if not self.state_is("heredoc_queue"):
            self.push("heredoc_queue")

    def _heredoc_line(self, m: re.Match[str]) -> None:
        tolerant, name = self.heredocs[0]
        line = m.group(0)
        check = line.strip(_RUBY_SPACE) if tolerant else line.rstrip(_RUBY_SPACE)
        if check == name:
            self.heredocs.pop(0)
            if not self.heredocs:
                self.pop()
            self.token(Name.Constant)
        else:
            self.token(String.Heredoc)
        self.pop()

    rules = {
        "symbols": [
            (r"(?i):@{0,2}[a-z_]\w*[!?]?", String.Symbol),
            (r":(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)", String.Symbol),
            (r":'(\\\\|\\'|[^'])*'", String.Symbol),
            (r':"', String.Symbol, "simple_sym"),
        ],
        "sigil_strings": [(r"%([rqswQWxiI])?([^\w\s])", lambda lx, m: lx._sigil(m))],
        "strings": [
            include("symbols"),
            (r"\b[a-z_]\w*?[?!]?:\s+", String.Symbol, "expr_start"),
            (r"'(\\\\|\\'|[^'])*'", String.Single),
            (r'"', String.Double, "simple_string"),
            (r"`", String.Backtick, "simple_backtick"),
        ],
        "regex_flags": [(r"[mixounse]*", String.Regex, "#pop")],
        "simple_string": [
            include("string_intp_escaped"),
            (r'(?s)[^\\"#]+', String.Double),
            (r"[\\#]", String.Double),
            (r'"', String.Double, "#pop"),
        ],
        "simple_sym": [
            include("string_intp_escaped"),
            (r'(?s)[^\\"#]+', String.Symbol),
            (r"[\\#]", String.Symbol),
            (r'"', String.Symbol, "#pop"),
        ],
        "simple_backtick": [
            include("string_intp_escaped"),
            (r"(?s)[^\\`#]+", String.Backtick),
            (r"[\\#]", String.Backtick),
            (r"`", String.Backtick, "#pop"),
        ],
        "whitespace": [
            include("inline_whitespace"),
            (r"\n\s*", Text, "expr_start"),
            (r"#.*$", Comment.Single),
            (r"(?s)=begin\b.*?\n=end\b", Comment.Multiline),
        ],
        "inline_whitespace": [(r"[ \t\r]+", Text)],
        "root": [
            include("whitespace"),
            (r"__END__", Comment.Preproc, "end_part"),
            (r"0_?[0-7]+(?:_[0-7]+)*", Number.Oct),
            (r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Number.Hex),
            (r"0b[01]+(?:_[01]+)*", Number.Bin),
            (r"[\d]+(?:_\d+)*(?:\.[\d]+(?:_\d+)*(?:[eE][+-]?\d+)?|[eE][+-]?\d+)", Number.Float),
            (r"[\d]+(?:_\d+)*", Number.Integer),
            (r"(?i)@@[a-z_]\w*", Name.Variable.Class),
            (r"(?i)@[a-z_]\w*", Name.Variable.Instance),
            (r"\$\w+", Name.Variable.Global),
            (r"""\$[!@&`'+~=/\\,;.<>_*$?:"]""", Name.Variable.Global),
            (r"\$-[0adFiIlpvw]", Name.Variable.Global),
            (r"::", Operator),
            include("strings"),
            (_alternation(_KEYWORDS) + r"(?=\W|$)", Keyword, "expr_start"),
            (_alternation(_PSEUDO_KEYWORDS) + r"\b", Keyword.Pseudo, "expr_start"),
            (r"(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)",
             groups(Keyword, Text, Name.Namespace)),
            (r"(def\b)(\s*)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("funcname"))),
            (r"(class\b)(\s*)", lambda lx, m: (lx.groups(Keyword, Text), lx.push("classname"))),
            (_alternation(_PREDICATES) + r"[?]", Name.Builtin, "expr_start"),
            (_alternation(_BANG_BUILTINS) + r"!", Name.Builtin, "expr_start"),
            (_alternation(_BUILTINS) + r"\b", Name.Builtin, "method_call"),
            include("has_heredocs"),
            (r"\.{2,3}", Operator, "expr_start"),
            (r"[A-Z][a-zA-Z0-9_]*", Name.Constant, "method_call"),
            (r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/\[<>=])",
             lambda lx, m: (lx.groups(Punctuation, Text, Name.Function), lx.push("method_call"))),
            (r"[a-zA-Z_]\w*[?!]", Name, "expr_start"),
            (r"[a-zA-Z_]\w*", Name, "method_call"),
            (r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.", Operator, "expr_start"),
            (r"[-+/*%=<>&!^|~]=?", Operator, "expr_start"),
            (r"[?]", lambda lx, m: (lx.token(Punctuation), lx.push("ternary"), lx.push("expr_start"))),
            (r"[\[({,:\\;/]", Punctuation, "expr_start"),
            (r"[\])}]", Punctuation),
        ],
        "has_heredocs": [
            (r"""(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)""", lambda lx, m: lx._heredoc(m, m.group(3))),
            (r"""(<<[-~]?)(["'])(\2)()""", lambda lx, m: lx._heredoc(m, "")),
        ],
        "heredoc_queue": [
            (r"(?=\n)", lambda lx, m: lx.goto("resolve_heredocs")),
            include("root"),
        ],
        "resolve_heredocs": [
            include("string_intp_escaped"),
            (r"\n", String.Heredoc, "test_heredoc"),
            (r"[#\\\n]", String.Heredoc),
            (r"[^#\\\n]+", String.Heredoc),
        ],
        "test_heredoc": [
            (r"[^#\\\n]*$", lambda lx, m: lx._heredoc_line(m)),
            (r"", lambda lx, m: lx.pop()),
        ],
        "funcname": [
            (r"\s+", Text),
            (r"\(", Punctuation, "defexpr"),
            (r"(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)",
             lambda lx, m: (lx.groups(Name.Class, Operator, Name.Function), lx.pop())),
            (r"", lambda lx, m: lx.pop()),
        ],
        "classname": [
            (r"\s+", Text),
            (r"\w+(::\w+)+", Name.Class),
            (r"\(", lambda lx, m: (lx.token(Punctuation), lx.push("defexpr"), lx.push("expr_start"))),
            (r"<<", lambda lx, m: (lx.token(Operator), lx.goto("expr_start"))),
            (r"[A-Z_]\w*", Name.Class, "#pop"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "ternary": [
            (r"(:)(\s+)", lambda lx, m: (lx.groups(Punctuation, Text), lx.goto("expr_start"))),
            (r":(?![^#\n]*?[:\\])", lambda lx, m: (lx.token(Punctuation), lx.goto("expr_start"))),
            include("root"),
        ],
        "defexpr": [
            (r"(\))(\.|::)?", lambda lx, m: (lx.groups(Punctuation, Operator), lx.pop())),
            (r"\(", lambda lx, m: (lx.token(Punctuation), lx.push("defexpr"), lx.push("expr_start"))),
            include("root"),
        ],
        "in_interp": [
            (r"\}", String.Interpol, "#pop"),
            include("root"),
        ],
        "string_intp": [
            (r"[#][{]", String.Interpol, "in_interp"),
            (r"(?i)#(@@?|\$)[a-z_]\w*", String.Interpol),
        ],
        "string_intp_escaped": [
            include("string_intp"),
            (r"""\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})""", String.Escape),
            (r"\\.", String.Escape),
        ],
        "method_call": [
            (r"/|%", lambda lx, m: (lx.token(Operator), lx.goto("expr_start"))),
            (r"(?=\n)", lambda lx, m: lx.pop()),
            (r"", lambda lx, m: lx.goto("method_call_spaced")),
        ],
        "method_call_spaced": [
            include("whitespace"),
            (r"[%/]=", lambda lx, m: (lx.token(Operator), lx.goto("expr_start"))),
            (r"(/)(?=\S|\s*/)", lambda lx, m: (lx.token(String.Regex), lx.goto("slash_regex"))),
            include("sigil_strings"),
            (r"(?=\s*/)", lambda lx, m: lx.pop()),
            (r"\s+", lambda lx, m: (lx.token(Text), lx.goto("expr_start"))),
            (r"", lambda lx, m: lx.pop()),
        ],
        "expr_start": [
            include("inline_whitespace"),
            (r"/", lambda lx, m: (lx.token(String.Regex), lx.goto("slash_regex"))),
            (r"""[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)""",
             String.Char, "#pop"),
            (r"(\s*)(%[rqswQWxiI]? \S* )", lambda lx, m: (lx.groups(Text, String.Other), lx.pop())),
            include("sigil_strings"),
            (r"", lambda lx, m: lx.pop()),
        ],
        "slash_regex": [
            include("string_intp"),
            (r"\\\\", String.Regex),
            (r"\\/", String.Regex),
            (r"[\\#]", String.Regex),
            (r"(?s)[^\\/#]+", String.Regex),
            (r"/", lambda lx, m: (lx.token(String.Regex), lx.goto("regex_flags"))),
        ],
        "end_part": [(r"(?s).+", Comment.Preproc, "#pop")],
    }
