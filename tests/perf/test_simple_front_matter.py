"""Front matter read without the YAML parser gives exactly what the YAML loader gives."""
from __future__ import annotations

import random

import pytest

from pyjekyll.reading.simple_front_matter import parse_simple
from pyjekyll.reading.yaml_loader import load_yaml

ACCEPTED = [
    "---\nlayout: post\ntitle: \"Magna Et Labore Sed\"\ncategories: [blog]\ntags: [jekyll, python]\nauthor: a0\n",
    "--- \ntitle: 'It''s here'\nempty:\nlist: []\nspaced: a  b   \n# a comment\n\nlast: x\n",
    "---\ntitle: Hello, world & more\nurl: https://example.com/a?b=1#c\n",
    "---\ntitle: first\ntitle: second\n",
]
FALLBACK = [
    "---\ndate: 2015-01-01\n",           # a date
    "---\nweight: 3\n",                   # a number
    "---\npublished: false\n",            # a boolean
    "---\ntitle: ~\n",                    # null
    "---\ntitle: a #comment\n",           # a comment after the value
    "---\ntitle: \"a\\tb\"\n",            # an escape
    "---\nnested:\n  key: value\n",       # a nested mapping
    "---\ntags: [a, 2015]\n",             # a number in a list
    "---\ntitle: a\n  continued\n",       # a continuation line
    "---\ntitle: a\u2028b\n",             # a line break YAML knows and this reader does not
    "---\nyes: x\n",                      # a key that is not a string
    "---\n",                              # nothing
]


@pytest.mark.parametrize("text", ACCEPTED)
def test_plain_front_matter_is_read_as_yaml_reads_it(text: str) -> None:
    fast = parse_simple(text)
    assert fast is not None
    assert list(fast.items()) == list(load_yaml(text).items())


@pytest.mark.parametrize("text", FALLBACK)
def test_anything_else_is_left_to_the_yaml_loader(text: str) -> None:
    assert parse_simple(text) is None


def test_random_values_agree_with_the_yaml_loader() -> None:
    rng = random.Random(7)
    alphabet = list("abcXYZ019 _-.,:#'\"[]{}()!&*?|>%@`~/\\=+;<") + ["é", "中", "  "]
    accepted = 0
    for _ in range(4000):
        value = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        text = f"---\n{rng.choice(['title', 'tags', 'a'])}: {value}\n"
        fast = parse_simple(text)
        if fast is None:
            continue
        accepted += 1
        full = load_yaml(text)
        assert list(fast.items()) == list(full.items()), text
        assert [type(v) for v in fast.values()] == [type(v) for v in full.values()], text
    assert accepted > 500
