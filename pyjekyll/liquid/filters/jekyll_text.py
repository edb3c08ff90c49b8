"""Jekyll's text filters: converters, escaping, slugs, word counts, JSON and inspect."""
from __future__ import annotations

import functools
import re
from typing import Any

from liquid.filter import with_context

from pyjekyll.liquid import ruby
from pyjekyll.liquid.filters import slugify as slugs
from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.string_filters import awk_split, cgi_escape as _cgi_escape
from pyjekyll.liquid.filters.uri import normalize_component
from pyjekyll.liquid.filters.values import lookup, plain, ruby_filter, ruby_join, str_of

_XML_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;"}
_XML_SPECIAL = re.compile(r'[&<>"\x27]')
_RUBY_WHITESPACE = re.compile(r"[ \t\r\n\f\v]+")

# Han, Katakana, Hiragana and Hangul script ranges (the `cjk` word-count classes)
_CJK_CLASS = (
    "\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u3005\u3007\u3021-\u3029\u3038-\u303b"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufa6d\ufa70-\ufad9"
    "\U00016fe2\U00016fe3\U00016ff0\U00016ff1\U00020000-\U0002a6df\U0002a700-\U0002ebe0"
    "\U0002f800-\U0002fa1d\U00030000-\U0003134a"
    "\u3041-\u3096\u309d-\u309f\U0001b001-\U0001b11f\U0001b150-\U0001b152\U0001f200"
    "\u30a1-\u30fa\u30fd-\u30ff\u31f0-\u31ff\u32d0-\u32fe\u3300-\u3357\uff66-\uff6f\uff71-\uff9d"
    "\U0001aff0-\U0001affe\U0001b000\U0001b164-\U0001b167"
    "\u1100-\u11ff\u302e\u302f\u3131-\u318e\u3200-\u321e\u3260-\u327e\ua960-\ua97c"
    "\uac00-\ud7a3\ud7b0-\ud7c6\ud7cb-\ud7fb\uffa0-\uffbe\uffc2-\uffc7\uffca-\uffcf"
    "\uffd2-\uffd7\uffda-\uffdc"
)


@functools.cache
def _cjk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(one CJK character, one run of anything else but spaces); compiled on first use, as
    the CJK class takes longer to compile than the rest of this module takes to load."""
    return re.compile("[" + _CJK_CLASS + "]"), re.compile("[^" + _CJK_CLASS + " \t\r\n\f\v]+")


def _site(context: Any) -> Any:
    site = getattr(context.env, "site", None)
    if site is None:
        raise LiquidArgumentError("this filter needs a Jekyll site")
    return site


@with_context
def markdownify(value: Any, *, context: Any) -> str:
    return _site(context).convert_markdown(str_of(plain(value)))


@with_context
def smartify(value: Any, *, context: Any) -> str:
    return _site(context).smartify(str_of(plain(value)))


@with_context
def sassify(value: Any, *, context: Any) -> str:
    return _site(context).convert_sass(str_of(plain(value)), "sass")


@with_context
def scssify(value: Any, *, context: Any) -> str:
    return _site(context).convert_sass(str_of(plain(value)), "scss")


@ruby_filter
def slugify(value: Any, mode: Any = None) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LiquidArgumentError(f"undefined method `gsub' for {ruby.inspect(value)}")
    return slugs.slugify(value, str_of(mode) if mode is not None else None)


def xml_escape_text(text: str) -> str:
    """Ruby's `encode(xml: :attr)` without the surrounding quotes."""
    return _XML_SPECIAL.sub(lambda m: _XML_ESCAPES[m.group()], text)


@ruby_filter
def xml_escape(value: Any) -> str:
    return xml_escape_text(str_of(value))


@ruby_filter
def cgi_escape(value: Any) -> str:
    if not isinstance(value, str):
        raise LiquidArgumentError(f"no implicit conversion of {ruby.inspect(value)} into String")
    return _cgi_escape(value)


@ruby_filter
def uri_escape(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise LiquidArgumentError(f"Can't convert {type(value).__name__} into String.")
    return normalize_component(value)


@ruby_filter
def normalize_whitespace(value: Any) -> str:
    return _RUBY_WHITESPACE.sub(" ", str_of(value)).strip("\0 ")


@ruby_filter
def number_of_words(value: Any, mode: Any = None) -> int:
    if not isinstance(value, str):
        raise LiquidArgumentError(f"undefined method `split' for {ruby.inspect(value)}")
    if mode == "cjk":
        cjk_char, non_cjk_word = _cjk_patterns()
        return len(cjk_char.findall(value)) + len(non_cjk_word.findall(value))
    if mode == "auto":
        cjk_char, non_cjk_word = _cjk_patterns()
        cjk = len(cjk_char.findall(value))
        return len(awk_split(value)) if cjk == 0 else cjk + len(non_cjk_word.findall(value))
    return len(awk_split(value))


@ruby_filter
def array_to_sentence_string(value: Any, connector: Any = "and") -> str:
    joiner = str_of(connector)
    mapping = ruby.hash_of(value) if not isinstance(value, (list, tuple, str)) else None
    if isinstance(value, (list, tuple)):
        items: list[Any] = list(value)
    elif isinstance(value, str) and len(value) < 3:
        items = list(value)
    elif mapping is not None and len(mapping) < 3:
        # a Hash answers `length`, and `[0]`/`[1]` look up keys 0 and 1 (nil)
        items = [lookup(mapping, i) for i in range(len(mapping))]
    else:
        raise LiquidArgumentError(f"undefined method `length' for {ruby.inspect(value)}")
    if not items:
        return ""
    if len(items) == 1:
        return str_of(items[0])
    if len(items) == 2:
        return f"{str_of(items[0])} {joiner} {str_of(items[1])}"
    return f"{ruby_join(items[:-1], ', ')}, {joiner} {str_of(items[-1])}"


@ruby_filter
def jsonify(value: Any) -> str:
    try:
        return ruby.json_generate(value)
    except ruby.JsonGenerateError as err:
        raise LiquidArgumentError(str(err)) from err


@ruby_filter
def inspect(value: Any) -> str:
    return xml_escape_text(ruby.inspect(value))


JEKYLL_TEXT_FILTERS = {
    "markdownify": markdownify,
    "smartify": smartify,
    "sassify": sassify,
    "scssify": scssify,
    "slugify": slugify,
    "xml_escape": xml_escape,
    "cgi_escape": cgi_escape,
    "uri_escape": uri_escape,
    "normalize_whitespace": normalize_whitespace,
    "number_of_words": number_of_words,
    "array_to_sentence_string": array_to_sentence_string,
    "jsonify": jsonify,
    "inspect": inspect,
}
