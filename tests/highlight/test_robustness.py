"""Every lexer must survive any input: no exception, and the tokens spell the input back."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from pyjekyll.highlight import find_lexer, format_tokens
from pyjekyll.highlight.lexers import EXACT_LEXERS

HERE = Path(__file__).parent
_ALPHABET = "abcXYZ_019 \t\n\n{}[]()<>\"'`$#%&*+-/\\|;:,.=!?@^~é日"


def _corpus() -> list[str]:
    """All golden snippets (fed to every lexer, not just their own) plus random noise."""
    texts = [p.read_text("utf-8") for p in sorted((HERE / "cases").glob("*.txt"))]
    rng = random.Random(1234)
    texts += ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 300))) for _ in range(40)]
    return texts


_TEXTS = _corpus()


@pytest.mark.parametrize("tag", sorted(EXACT_LEXERS))
def test_lexer_round_trips_any_input(tag: str) -> None:
    lexer = find_lexer(tag)
    assert lexer is not None
    for text in _TEXTS:
        tokens = list(lexer.lex(text))
        assert "".join(value for _, value in tokens) == text
        assert all(value for _, value in tokens)
        format_tokens(text, lexer)


def test_fallback_lexer_round_trips() -> None:
    lexer = find_lexer("haskell")
    assert lexer is not None and lexer.tag == "haskell"
    text = "main = putStrLn \"hi\" -- <b>\n"
    assert "".join(v for _, v in lexer.lex(text)) == text
    assert "&lt;b&gt;" in format_tokens(text, lexer)


def test_unknown_language_and_case_sensitivity() -> None:
    assert find_lexer("nosuchlang") is None
    assert find_lexer("Python") is None
    assert find_lexer("") is None
    assert find_lexer(None) is None
    assert find_lexer("py").tag == "python"
    assert find_lexer("console?lang=ruby&prompt=%25").tag == "console"
