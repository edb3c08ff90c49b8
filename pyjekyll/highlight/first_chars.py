"""Which characters a regex's match can begin with, so a joined alternation can be cut down to
the alternatives that could match at a given character.

A state's rules are scanned as one alternation (see `engine.RuleList`), but `re` tries every
alternative in turn at each position (their capture groups hide the literal-prefix check
`re` would otherwise make).  Knowing each alternative's possible first characters, the
engine keeps, per character it meets, an alternation of just the alternatives that can start
there, in their original order; the first that matches is the same one as before.

The analysis reads the pattern's parse tree (`re`'s own parser) and errs towards "any
character": zero-width assertions are stepped over, anything it does not understand makes
the alternative match-anything, and an alternative that can match the empty string is kept
for every character.
"""
from __future__ import annotations

import re
from typing import Callable

try:  # the parser moved in Python 3.11; without it every alternative stays in every subset
    from re import _compiler as _sre_compile, _constants as _C, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - older Pythons
    _sre_parse = None  # type: ignore[assignment]

CharTest = Callable[[str], bool]


class _Anything(Exception):
    """The first character cannot be narrowed down."""


def first_char_test(source: str, flags: int) -> CharTest | None:
    """A test for the characters a match of `source` can begin with; None when any can."""
    if _sre_parse is None:
        return None
    try:
        parsed = _sre_parse.parse(source, flags)
        heads: list[tuple[object, object, int]] = []
        if _sequence(list(parsed), parsed.state.flags | flags, heads):
            return None  # can match without consuming a character
        tests = [_one_char_matcher(op, av, head_flags) for op, av, head_flags in heads]
    except (_Anything, re.error, RecursionError, TypeError, ValueError, AttributeError):
        return None
    if len(tests) == 1:
        return lambda ch, t=tests[0]: t(ch) is not None
    return lambda ch: any(t(ch) is not None for t in tests)


def _sequence(items: list, flags: int, heads: list) -> bool:
    """Collect the items that can consume the first character; True when the whole sequence
    can match the empty string (so what follows it can supply the first character too)."""
    for op, av in items:
        if op in (_C.LITERAL, _C.NOT_LITERAL, _C.IN, _C.ANY):
            heads.append((op, av, flags))
            return False
        if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
            continue  # zero width: stepping over only widens the set
        if op is _C.SUBPATTERN:
            _group, add, remove, body = av
            if not _sequence(list(body), (flags | add) & ~remove, heads):
                return False
            continue
        if op is getattr(_C, "ATOMIC_GROUP", None):
            if not _sequence(list(av), flags, heads):
                return False
            continue
        if op is _C.BRANCH:
            empty = False
            for alternative in av[1]:
                empty = _sequence(list(alternative), flags, heads) or empty
            if not empty:
                return False
            continue
        if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", None)):
            low, high, body = av
            if high == 0:
                continue
            if not _sequence(list(body), flags, heads) and low > 0:
                return False
            continue
        raise _Anything  # back references, conditionals, ...
    return True


def _one_char_matcher(op: object, av: object, flags: int) -> Callable[[str], object]:
    """A compiled one-character pattern made of the item itself, so `re` decides membership
    (categories, ranges, negation, case folding) exactly as it does inside the full pattern."""
    state = _sre_parse.State()
    state.flags = flags
    item = _sre_parse.SubPattern(state, [(op, av)])
    return _sre_compile.compile(item, flags).match


__all__ = ["first_char_test"]
