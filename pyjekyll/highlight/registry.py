"""Language name -> lexer, resolved the way Rouge's `Lexer.find_fancy` resolves it.

Names are looked up exactly (case-sensitive) among Rouge 3.30's tags and aliases, stored in
`rouge_registry.json` (dumped from Rouge by `scripts/gen_highlight_goldens.rb registry`).
A name may carry CGI-style options (`console?lang=ruby&prompt=>`); the name `guess` (or an
empty name before `?`) picks a lexer from the code itself.
"""
from __future__ import annotations

import functools
import json
import re
from importlib import resources
from typing import Any, Callable, Optional
from urllib.parse import unquote_plus

from .engine import Lexer
from .lexers import exact_lexer_class
from .lexers.fallback import PygmentsFallbackLexer, pygments_lexer_for
from .lexers.plaintext import PlainTextLexer

# Rouge tags whose Pygments lexer goes by another name.
_PYGMENTS_NAMES: dict[str, list[str]] = {
    "common_lisp": ["common-lisp"],
    "docker": ["docker"],
    "irb": ["rbcon"],
    "literate_coffeescript": ["literate-coffeescript"],
    "literate_haskell": ["literate-haskell"],
    "objective_c": ["objective-c"],
    "objective_cpp": ["objective-c++"],
    "json-doc": ["json"],
    "viml": ["vim"],
    "escape": [],
}


@functools.cache
def rouge_names() -> dict[str, str]:
    """Every name Rouge registers (tags and aliases) mapped to its tag."""
    text = resources.files(__package__).joinpath("rouge_registry.json").read_text("utf-8")
    return json.loads(text)


@functools.cache
def _aliases_of(tag: str) -> list[str]:
    return [name for name, t in rouge_names().items() if t == tag and name != tag]


def lexer_for_tag(tag: str, options: dict[str, Any] | None = None) -> Lexer:
    """A fresh lexer for a Rouge tag: ours when we have one, else Pygments' under Rouge's names.
    (Fresh, as Rouge makes one per code block; only the class lookup is remembered.)"""
    make = _LEXER_MAKERS.get(tag)
    if make is None:
        make = _LEXER_MAKERS[tag] = _lexer_maker(tag)
    return make(options)


LexerMaker = Callable[[Optional[dict[str, Any]]], Lexer]
# Tag -> how to build its lexer: resolving a class imports modules and asks Pygments, which
# costs more than building the lexer itself, and code blocks repeat a handful of tags.
_LEXER_MAKERS: dict[str, LexerMaker] = {}


def _lexer_maker(tag: str) -> LexerMaker:
    cls = exact_lexer_class(tag)
    if cls is not None:
        return cls
    names = _PYGMENTS_NAMES.get(tag, [tag, *_aliases_of(tag)])
    pygments_class = pygments_lexer_for(names)
    if pygments_class is None:
        return PlainTextLexer
    return functools.partial(PygmentsFallbackLexer, tag, pygments_class)


def parse_options(query: str) -> dict[str, Any]:
    """CGI-style `a=1&b=2;c`: a key without `=` is true, a repeated key keeps a list."""
    collected: dict[str, list[str]] = {}
    for pair in re.split(r"[&;]", query):
        key, sep, value = pair.partition("=")
        if not key and not sep:
            continue
        values = collected.setdefault(unquote_plus(key), [])
        if sep:
            values.append(unquote_plus(value))
    options: dict[str, Any] = {}
    for key, values in collected.items():
        options[key] = True if not values else values[0] if len(values) == 1 else values
    return options


def find_lexer(lang: str | None, code: str | None = None) -> Lexer | None:
    """The lexer Rouge's `find_fancy(lang, code)` returns, or None when Rouge has no such name.

    Callers wanting kramdown's behaviour must pass kramdown's `default_lang` themselves when
    a block has no language, and skip highlighting when the result's `tag` is `plaintext`
    and `guess_lang` is off (kramdown leaves such blocks unhighlighted).
    """
    if lang is None:
        return None
    if "?" not in lang and lang != "guess":
        tag = rouge_names().get(lang)
        return lexer_for_tag(tag) if tag else None
    name, _, query = lang.partition("?")
    options = parse_options(query)
    if name in ("", "guess"):
        from .guess import guess_tag

        return lexer_for_tag(guess_tag(code or ""), options)
    tag = rouge_names().get(name)
    return lexer_for_tag(tag, options) if tag else None
