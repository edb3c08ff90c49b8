"""Lexer patterns compiled with shared character sets come out exactly as `re` makes them."""
from __future__ import annotations

import re

import pytest

from pyjekyll.highlight import regex_compile
from pyjekyll.highlight.registry import lexer_for_tag

re_compiler = pytest.importorskip("re._compiler")
re_parser = pytest.importorskip("re._parser")


def _sources(tag: str) -> set[tuple[str, int]]:
    lexer = lexer_for_tag(tag)
    found = set()
    for rules in lexer.states.values():
        for combined, _payload in rules.segments or rules.build_segments():
            if combined is not None:
                found.add((combined.__self__.pattern, combined.__self__.flags))
        for rule in rules:
            found.add((rule[0].__self__.pattern, rule[0].__self__.flags))
    return found


def _code(source: str, flags: int) -> list[int]:
    parsed = re_parser.parse(source, flags)
    return re_compiler._code(parsed, parsed.state.flags)


@pytest.mark.parametrize("tag", ["python", "ruby", "html", "java", "shell"])
def test_compiled_code_is_unchanged(tag: str) -> None:
    sources = _sources(tag)
    assert len(sources) > 20
    for source, flags in sources:
        plain = _code(source, flags)
        with regex_compile.shared_charsets():
            first = _code(source, flags)
        with regex_compile.shared_charsets():
            again = _code(source, flags)  # now from the cache
        assert plain == first == again, source[:80]


def test_re_is_restored_after_the_block() -> None:
    before = re_compiler._optimize_charset
    with regex_compile.shared_charsets():
        with regex_compile.shared_charsets():
            assert re_compiler._optimize_charset is not before
        assert re_compiler._optimize_charset is not before
    assert re_compiler._optimize_charset is before


def test_big_letter_classes_are_derived_once() -> None:
    letters = "[A-Za-z\\u00c0-\\u02ff\\u0400-\\u1fff\\u3040-\\ud7ff]"
    regex_compile.compile_shared(letters + "+=", re.A)
    size = len(regex_compile._CACHE)
    pattern = regex_compile.compile_shared(f"{letters}-{letters}*;", re.A)  # the same set twice
    assert len(regex_compile._CACHE) == size
    assert pattern.match("\u3042-ab;") and not pattern.match("1-a;")
