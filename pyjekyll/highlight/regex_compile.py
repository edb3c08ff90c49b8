"""Compiling lexer patterns without re-deriving the same big character sets.

Rouge's lexers test Unicode letters in many rules (identifiers, and every Ruby-style `\\b`,
which becomes look-arounds over a word class), and each state's rules are compiled once alone
and again joined into one alternation.  Python's `re` turns each character set into a bitmap
with a loop over every character it covers, so a Unicode letter class costs milliseconds each
time it appears: first use of the Python lexer took ~80 ms, Java's ~250 ms.

`re` derives the set's compiled form from the set alone, so the result can be kept and
reused: while our patterns compile, `re`'s set optimiser is wrapped in a cache keyed by the
set's items (and the case-folding functions in use).  The output is what `re` itself
produces, so the compiled patterns are identical.  When `re`'s internals do not look as
expected, patterns compile the ordinary way.
"""
from __future__ import annotations

import re
import threading
from contextlib import contextmanager
from typing import Any, Iterator

try:
    from re import _compiler as _re_compiler  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other Python versions
    _re_compiler = None

_ORIGINAL = getattr(_re_compiler, "_optimize_charset", None)
_CACHE: dict[Any, tuple[list, bool]] = {}
_LOCK = threading.Lock()
_depth = 0


def _cached_optimize_charset(charset: Any, iscased: Any = None, fixup: Any = None, fixes: Any = None) -> Any:
    try:
        key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
        found = _CACHE.get(key)
    except TypeError:  # an unhashable item: no caching
        return _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[misc]
    if found is None:
        found = _CACHE[key] = _ORIGINAL(charset, iscased, fixup, fixes)  # type: ignore[misc]
    items, cased = found
    return list(items), cased


@contextmanager
def shared_charsets() -> Iterator[None]:
    """Within this block, `re.compile` reuses character sets already derived."""
    global _depth
    if _ORIGINAL is None:
        yield
        return
    with _LOCK:
        _depth += 1
        if _depth == 1:
            _re_compiler._optimize_charset = _cached_optimize_charset
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0:
                _re_compiler._optimize_charset = _ORIGINAL


def compile_shared(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile`, reusing derived character sets."""
    with shared_charsets():
        return re.compile(pattern, flags)


__all__ = ["compile_shared", "shared_charsets"]
