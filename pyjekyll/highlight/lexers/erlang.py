"""Rouge's `erlang` language (alias `erl`).

Rouge's function-call rule is anchored at a line start or after `:`, but its scanner
treats every scan position as a start, so any atom followed by `(` is a function; a `-`
at a line start opens a directive (`-module(...)`, `-define(...)`, `-record(...)`).
"""
from __future__ import annotations

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, Name, Number, Operator, Punctuation, String, Text

_KEYWORDS = "after begin case catch cond end fun if let of query receive try when".split()
_BUILTINS = """
abs append_element apply atom_to_list binary_to_list bitstring_to_list binary_to_term bit_size
bump_reductions byte_size cancel_timer check_process_code delete_module demonitor
disconnect_node display element erase exit float float_to_list fun_info fun_to_list
function_exported garbage_collect get get_keys group_leader hash hd integer_to_list
iolist_to_binary iolist_size is_atom is_binary is_bitstring is_boolean is_builtin is_float
is_function is_integer is_list is_number is_pid is_port is_process_alive is_record
is_reference is_tuple length link list_to_atom list_to_binary list_to_bitstring
list_to_existing_atom list_to_float list_to_integer list_to_pid list_to_tuple load_module
localtime_to_universaltime make_tuple md5 md5_final md5_update memory module_loaded monitor
monitor_node node nodes open_port phash phash2 pid_to_list port_close port_command
port_connect port_control port_call port_info port_to_list process_display process_flag
process_info purge_module put read_timer ref_to_list register resume_process round send
send_after send_nosuspend set_cookie setelement size spawn spawn_link spawn_monitor spawn_opt
split_binary start_timer statistics suspend_process system_flag system_info system_monitor
system_profile term_to_binary tl trace trace_delivered trace_info trace_pattern trunc
tuple_size tuple_to_list universaltime_to_localtime unlink unregister whereis
""".split()
_WORD_OPERATORS = "and andalso band bnot bor bsl bsr bxor div not or orelse rem xor".split()

ATOM = r"(?:[a-z][a-zA-Z0-9_]*|'[^\n']*[^\\]')"
VARIABLE = r"(?:[A-Z_][a-zA-Z0-9_]*)"
ESCAPE = r"(?:\\(?:[bdefnrstv'\"\\/]|[0-7][0-7]?[0-7]?|\^[a-zA-Z]))"
MACRO = f"(?:{VARIABLE}|{ATOM})"
_BASE = r"(?:[2-9]|[12][0-9]|3[0-6])"


class ErlangLexer(RegexLexer):
    tag = "erlang"
    aliases = ("erl",)

    rules = {
        "root": [
            (r"\s+", Text),
            (r"%.*\n", Comment),
            ("(" + "|".join(_KEYWORDS) + r")\b", Keyword),
            ("(" + "|".join(_BUILTINS) + r")\b", Name.Builtin),
            ("(" + "|".join(_WORD_OPERATORS) + r")\b", Operator.Word),
            (r"^-", Punctuation, "directive"),
            (r"(\+\+?|--?|\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\?)", Operator),
            (r'"', String, "string"),
            (r"<<", Name.Label),
            (r">>", Name.Label),
            (f"({ATOM})(:)", groups(Name.Namespace, Punctuation)),
            (rf"({ATOM})(\s*)(\()", groups(Name.Function, Text, Punctuation)),
            (f"[+-]?{_BASE}#[0-9a-zA-Z]+", Number.Integer),
            (r"[+-]?\d+", Number.Integer),
            (r'[\]\[:_@".{}()|;,]', Punctuation),
            (VARIABLE, Name.Variable),
            (ATOM, Name),
            (rf"\?{MACRO}", Name.Constant),
            (rf"\$(?:{ESCAPE}|\\[ %]|[^\\])", String.Char),
            (f"#{ATOM}(:?\\.{ATOM})?", Name.Label),
        ],
        "string": [
            (ESCAPE, String.Escape),
            (r'"', String, "#pop"),
            (r"~[0-9.*]*[~#+bBcdefginpPswWxX]", String.Interpol),
            (r'[^"\\~]+', String),
            (r"~", String),
        ],
        "directive": [
            (rf"(define)(\s*)(\()({MACRO})", groups(Name.Entity, Text, Punctuation, Name.Constant), "#pop"),
            (rf"(record)(\s*)(\()({MACRO})", groups(Name.Entity, Text, Punctuation, Name.Label), "#pop"),
            (ATOM, Name.Entity, "#pop"),
        ],
    }
