"""Rouge's HTML formatters: plain spans, and the line-number table around them."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from .tokens import Escape, Error, Text, TokenType, css_class

if TYPE_CHECKING:
    from .engine import Lexer

_SPECIAL = re.compile(r"[&<>]")
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_html(text: str) -> str:
    """Escape only `&`, `<` and `>`, the three characters Rouge replaces."""
    if "&" in text or "<" in text or ">" in text:
        return _SPECIAL.sub(_entity_of, text)
    return text


def format_html(tokens: Iterable[tuple[TokenType, str]]) -> str:
    """One `<span class>` per token; plain `Text` stays bare, `Escape` counts as an error."""
    out: list[str] = []
    append = out.append
    for ttype, value in tokens:
        _write(append, ttype, value)
    return "".join(out)


def format_lexed(lexer: "Lexer", text: str) -> str:
    """`format_html(lexer.lex(text))` in one pass: the lexer's raw tokens are merged into
    Rouge's runs (empty values dropped, neighbours of one type joined) as they are written."""
    lexer.reset()
    out: list[str] = []
    append = out.append
    run_type: TokenType | None = None
    run: list[str] = []
    for ttype, value in lexer.stream_tokens(text):
        if not value:
            continue
        if ttype is run_type:
            run.append(value)
            continue
        if run_type is not None:
            _write(append, run_type, run[0] if len(run) == 1 else "".join(run))
        run_type, run = ttype, [value]
    if run_type is not None:
        _write(append, run_type, run[0] if len(run) == 1 else "".join(run))
    return "".join(out)


def _write(append: Callable[[str], None], ttype: TokenType, value: str) -> None:
    """One token as Rouge's HTML formatter writes it."""
    if "&" in value or "<" in value or ">" in value:
        value = _SPECIAL.sub(_entity_of, value)
    if ttype is Text:
        append(value)
        return
    opening = _OPENINGS.get(ttype)
    if opening is None:
        opening = _OPENINGS[ttype] = f'<span class="{css_class(Error if ttype is Escape else ttype)}">'
    append(opening)
    append(value)
    append("</span>")


# Token type -> its `<span class="...">`, made once per type.
_OPENINGS: dict[TokenType, str] = {}


def _entity_of(m: re.Match[str]) -> str:
    return _ENTITY[m.group(0)]


def format_html_table(tokens: Iterable[tuple[TokenType, str]], *, start_line: int = 1,
                      table_class: str = "rouge-table", gutter_class: str = "rouge-gutter",
                      code_class: str = "rouge-code") -> str:
    """The line-numbered table layout; the gutter counts newlines (plus one unterminated line)."""
    token_list = list(tokens)
    lines = sum(value.count("\n") for _, value in token_list)
    body = format_html(token_list)
    if not (token_list and token_list[-1][1].endswith("\n")):
        lines += 1
        body += "\n"
    numbers = "\n".join(str(n) for n in range(start_line, start_line + lines)) + "\n"
    return (f'<table class="{table_class}"><tbody><tr>'
            f'<td class="{gutter_class} gl"><pre class="lineno">{numbers}</pre></td>'
            f'<td class="{code_class}"><pre>{body}</pre></td>'
            "</tr></tbody></table>")
