"""Plain `pyjekyll build` command lines, read without building the whole typer application.

Building typer's command tree and its value validators takes a good share of a small
site's build time. The common case — `build` (or `b`) followed by that command's own
flags, values as the next word (or after `=` for long flags) — is read here, from the flag spellings
of `pyjekyll.build_flags` (the table typer's declarations are made from), or from the
declarations of a given typer command. Anything else (help, unknown, repeated or
clustered flags, odd values) gives None and goes through typer as before, so messages
and help text stay typer's.
"""
from __future__ import annotations

import re
import typing
from typing import Any, Callable

from pyjekyll.build_flags import BUILD_FLAGS
from pyjekyll.build_flags import FLAG as _FLAG
from pyjekyll.build_flags import INT as _INT
from pyjekyll.build_flags import TEXT as _TEXT

_INTEGER = re.compile(r"-?[0-9]+")


class _Spelling(typing.NamedTuple):
    name: str
    kind: str
    value: Any  # what a bare flag sets (True, or False for --no-x)


def _spellings(command: Callable[..., Any]) -> dict[str, _Spelling]:
    """Every flag spelling of `command`'s typer options, with the parameter it sets."""
    import inspect  # only for a typer command: plain build lines never need it

    table: dict[str, _Spelling] = {}
    hints = typing.get_type_hints(command, include_extras=True)
    for name in inspect.signature(command).parameters:
        hint = hints.get(name)
        info = getattr(hint, "__metadata__", (None,))[0]
        if info is None or not hasattr(info, "param_decls"):
            raise LookupError(name)
        base = hint.__origin__  # type: ignore[union-attr]
        types = set(typing.get_args(base)) - {type(None)} or {base}
        kind = _FLAG if types == {bool} else _INT if types == {int} else _TEXT if types == {str} else None
        if kind is None:
            raise LookupError(name)
        declared = list(info.param_decls)
        if isinstance(info.default, str) and info.default.startswith("-"):
            declared.insert(0, info.default)
        for declaration in declared:
            on, _, off = declaration.partition("/")
            table[on] = _Spelling(name, kind, True)
            if off:
                table[off] = _Spelling(name, kind, False)
    return table


def table_spellings() -> dict[str, _Spelling]:
    """Every flag spelling of the build command, from the flag table."""
    table: dict[str, _Spelling] = {}
    for name, flag in BUILD_FLAGS.items():
        for declaration in flag.declarations:
            on, _, off = declaration.partition("/")
            table[on] = _Spelling(name, flag.kind, True)
            if off:
                table[off] = _Spelling(name, flag.kind, False)
    return table


_TABLES: dict[int, dict[str, _Spelling] | None] = {}


def fast_build_arguments(args: list[str], command: Callable[..., Any] | None = None) -> dict[str, Any] | None:
    """Keyword arguments for the build command from `args`, or None to use typer.

    Spellings come from the flag table, or from `command`'s typer declarations when given.
    """
    if not args or args[0] not in ("build", "b"):
        return None
    if command is None:
        table = _TABLES.get(0, False)
        if table is False:
            table = _TABLES[0] = table_spellings()
    else:
        table = _TABLES.get(id(command), False)
    if table is False:
        try:
            table = _spellings(command)
        except (LookupError, TypeError, AttributeError, NameError):
            table = None
        _TABLES[id(command)] = table
    if not table:
        return None
    result: dict[str, Any] = {}
    words = iter(args[1:])
    for word in words:
        flag, equals, value = word.partition("=") if word.startswith("--") else (word, "", "")
        spelling = table.get(flag)
        if spelling is None or spelling.name in result:
            return None
        if spelling.kind == _FLAG:
            if equals:
                return None
            result[spelling.name] = spelling.value
            continue
        if not equals:
            value = next(words, "")
        if not value or value.startswith("-"):
            return None
        if spelling.kind == _INT:
            if not _INTEGER.fullmatch(value):
                return None
            result[spelling.name] = int(value)
        else:
            result[spelling.name] = value
    return result
