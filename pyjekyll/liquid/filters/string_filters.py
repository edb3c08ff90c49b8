"""Liquid 5.4's standard string filters with Ruby's string semantics.

python-liquid's versions differ at the edges (Ruby `to_s` of arrays and floats,
awk-style `split`, `strip` of NUL, CGI escaping of `*`, backslashes in `replace` …).
"""
from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from urllib.parse import quote_plus

from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.values import RUBY_SPACE, ruby_filter, str_of, to_integer

_STRIP_CHARS = "\0" + RUBY_SPACE
_AWK_WORDS = re.compile(r"[ \t\n\v\f\r]+")
_NEWLINE = re.compile(r"\r?\n")
_HTML_ESCAPES = {"&": "&amp;", ">": "&gt;", "<": "&lt;", '"': "&quot;", "'": "&#39;"}
_HTML_ESCAPE = re.compile(r"[&><\"']")
_HTML_ESCAPE_ONCE = re.compile(r"[\"><']|&(?!(?:[a-zA-Z]+|#\d+);)")
_STRIP_HTML_BLOCKS = re.compile(r"<script.*?</script>|<!--.*?-->|<style.*?</style>", re.DOTALL)
_STRIP_HTML_TAGS = re.compile(r"<.*?>", re.DOTALL)
_REPLACEMENT_ESCAPE = re.compile(r"\\(\\|[0-9&`'])")


def cgi_escape(text: str) -> str:
    """Ruby's `CGI.escape`: form encoding, `*` escaped, `~` kept."""
    return quote_plus(text, safe="")


def cgi_escape_html(text: str) -> str:
    """Ruby's `CGI.escapeHTML`: `'` becomes `&#39;`, not Python's `&#x27;`."""
    return _HTML_ESCAPE.sub(lambda m: _HTML_ESCAPES[m.group()], text)


def _expand_replacement(replacement: str, match: re.Match[str]) -> str:
    """Ruby's `sub`/`gsub` read `\\0`, `\\&`, `` \\` ``, `\\'` and `\\\\` in the replacement."""

    def expand(esc: re.Match[str]) -> str:
        code = esc.group(1)
        if code == "\\":
            return "\\"
        if code in ("0", "&"):
            return match.group()
        if code == "`":
            return match.string[: match.start()]
        if code == "'":
            return match.string[match.end():]
        return ""  # numbered groups: a literal pattern has none

    return _REPLACEMENT_ESCAPE.sub(expand, replacement)


def _literal_sub(text: str, pattern: str, replacement: str, count: int) -> str:
    regex = re.compile(re.escape(pattern))
    if "\\" not in replacement:
        return regex.sub(lambda _m: replacement, text, count=count)
    return regex.sub(lambda m: _expand_replacement(replacement, m), text, count=count)


def awk_split(text: str, limit: int = 0) -> list[str]:
    """Ruby's `String#split(" ", limit)`: runs of ASCII whitespace, leading ones ignored."""
    text = text.lstrip(RUBY_SPACE)
    if not text:
        return []
    if limit <= 0:
        return [w for w in _AWK_WORDS.split(text) if w]
    return _AWK_WORDS.split(text, maxsplit=limit - 1)


def ruby_split(text: str, separator: str) -> list[str]:
    """Ruby's `String#split(separator)` without a limit (trailing empty strings dropped)."""
    if separator == " ":
        return awk_split(text)
    if separator == "":
        parts = list(text)
    else:
        parts = text.split(separator)
    while parts and parts[-1] == "":
        parts.pop()
    return parts


@ruby_filter
def downcase(value: Any) -> str:
    return str_of(value).lower()


@ruby_filter
def upcase(value: Any) -> str:
    return str_of(value).upper()


@ruby_filter
def capitalize(value: Any) -> str:
    text = str_of(value)
    return text[:1].upper() + text[1:].lower() if text else text


@ruby_filter
def escape(value: Any) -> str | None:
    if value is None:
        return None
    return cgi_escape_html(str_of(value))


@ruby_filter
def escape_once(value: Any) -> str:
    return _HTML_ESCAPE_ONCE.sub(lambda m: _HTML_ESCAPES[m.group()], str_of(value))


@ruby_filter
def url_encode(value: Any) -> str | None:
    return None if value is None else cgi_escape(str_of(value))


@ruby_filter
def url_decode(value: Any) -> str | None:
    if value is None:
        return None
    raw = re.sub(rb"%([0-9a-fA-F]{2})", lambda m: bytes([int(m.group(1), 16)]), str_of(value).replace("+", " ").encode())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        raise LiquidArgumentError("invalid byte sequence in UTF-8") from err


def _decoded(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


@ruby_filter
def base64_encode(value: Any) -> str:
    return base64.b64encode(str_of(value).encode()).decode("ascii")


@ruby_filter
def base64_decode(value: Any) -> str:
    text = str_of(value)
    try:
        if len(text) % 4:
            raise binascii.Error("bad length")
        return _decoded(base64.b64decode(text, validate=True), "base64_decode")
    except (binascii.Error, ValueError) as err:
        raise LiquidArgumentError("invalid base64 provided to base64_decode") from err


@ruby_filter
def base64_url_safe_encode(value: Any) -> str:
    return base64.urlsafe_b64encode(str_of(value).encode()).decode("ascii")


@ruby_filter
def base64_url_safe_decode(value: Any) -> str:
    text = str_of(value)
    if not text.endswith("=") and len(text) % 4:
        text += "=" * (4 - len(text) % 4)
    try:
        if len(text) % 4:
            raise binascii.Error("bad length")
        raw = base64.b64decode(text.replace("-", "+").replace("_", "/"), validate=True)
        return _decoded(raw, "base64_url_safe_decode")
    except (binascii.Error, ValueError) as err:
        raise LiquidArgumentError("invalid base64 provided to base64_url_safe_decode") from err


def _ruby_slice(seq: Any, offset: int, length: int) -> Any:
    """Ruby's `slice(start, length)`; None where Ruby returns nil."""
    size = len(seq)
    if offset < 0:
        offset += size
        if offset < 0:
            return None
    if offset > size or length < 0:
        return None
    return seq[offset: offset + length]


@ruby_filter
def slice_(value: Any, offset: Any, length: Any = None) -> Any:
    start = to_integer(offset)
    count = to_integer(length) if length is not None else 1
    if isinstance(value, list):
        result = _ruby_slice(value, start, count)
        return result if result is not None else []
    result = _ruby_slice(str_of(value), start, count)
    return result if result is not None else ""


@ruby_filter
def truncate(value: Any, length: Any = 50, ellipsis: Any = "...") -> str | None:
    if value is None:
        return None
    text = str_of(value)
    limit = to_integer(length)
    suffix = str_of(ellipsis)
    keep = max(limit - len(suffix), 0)
    return text[:keep] + suffix if len(text) > limit else text


@ruby_filter
def truncatewords(value: Any, words: Any = 15, ellipsis: Any = "...") -> str | None:
    if value is None:
        return None
    text = str_of(value)
    count = to_integer(words)
    if count <= 0:
        count = 1
    wordlist = awk_split(text, count + 1)
    if len(wordlist) <= count:
        return text
    wordlist.pop()
    return " ".join(wordlist) + str_of(ellipsis)


@ruby_filter
def split(value: Any, separator: Any = None) -> list[str]:
    return ruby_split(str_of(value), str_of(separator))


@ruby_filter
def strip(value: Any) -> str:
    return str_of(value).strip(_STRIP_CHARS)


@ruby_filter
def lstrip(value: Any) -> str:
    return str_of(value).lstrip(_STRIP_CHARS)


@ruby_filter
def rstrip(value: Any) -> str:
    return str_of(value).rstrip(_STRIP_CHARS)


@ruby_filter
def strip_html(value: Any) -> str:
    return _STRIP_HTML_TAGS.sub("", _STRIP_HTML_BLOCKS.sub("", str_of(value)))


@ruby_filter
def strip_newlines(value: Any) -> str:
    return _NEWLINE.sub("", str_of(value))


@ruby_filter
def newline_to_br(value: Any) -> str:
    return _NEWLINE.sub("<br />\n", str_of(value))


@ruby_filter
def replace(value: Any, search: Any, replacement: Any = "") -> str:
    return _literal_sub(str_of(value), str_of(search), str_of(replacement), 0)


@ruby_filter
def replace_first(value: Any, search: Any, replacement: Any = "") -> str:
    return _literal_sub(str_of(value), str_of(search), str_of(replacement), 1)


@ruby_filter
def replace_last(value: Any, search: Any, replacement: Any) -> str:
    text, needle = str_of(value), str_of(search)
    index = text.rfind(needle)
    if index < 0:
        return text
    return text[:index] + str_of(replacement) + text[index + len(needle):]


@ruby_filter
def remove(value: Any, search: Any) -> str:
    return _literal_sub(str_of(value), str_of(search), "", 0)


@ruby_filter
def remove_first(value: Any, search: Any) -> str:
    return _literal_sub(str_of(value), str_of(search), "", 1)


@ruby_filter
def remove_last(value: Any, search: Any) -> str:
    return replace_last(value, search, "")


@ruby_filter
def append(value: Any, suffix: Any) -> str:
    return str_of(value) + str_of(suffix)


@ruby_filter
def prepend(value: Any, prefix: Any) -> str:
    return str_of(prefix) + str_of(value)


STRING_FILTERS = {
    "downcase": downcase,
    "upcase": upcase,
    "capitalize": capitalize,
    "escape": escape,
    "h": escape,
    "escape_once": escape_once,
    "url_encode": url_encode,
    "url_decode": url_decode,
    "base64_encode": base64_encode,
    "base64_decode": base64_decode,
    "base64_url_safe_encode": base64_url_safe_encode,
    "base64_url_safe_decode": base64_url_safe_decode,
    "slice": slice_,
    "truncate": truncate,
    "truncatewords": truncatewords,
    "split": split,
    "strip": strip,
    "lstrip": lstrip,
    "rstrip": rstrip,
    "strip_html": strip_html,
    "strip_newlines": strip_newlines,
    "newline_to_br": newline_to_br,
    "replace": replace,
    "replace_first": replace_first,
    "replace_last": replace_last,
    "remove": remove,
    "remove_first": remove_first,
    "remove_last": remove_last,
    "append": append,
    "prepend": prepend,
}
