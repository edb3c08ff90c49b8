"""Jekyll's URL filters: `relative_url`, `absolute_url`, `strip_index`."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from liquid.filter import with_context

from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.uri import InvalidURIError, is_absolute, normalize
from pyjekyll.liquid.filters.values import lookup, plain, ruby_filter, str_of

_INDEX_HTML = re.compile(r"/index\.html?$", re.MULTILINE)


def _config(context: Any) -> dict[str, Any]:
    site = getattr(context.env, "site", None)
    config = getattr(site, "config", None)
    return config if isinstance(config, dict) else {}


def _url_of(value: Any) -> Any:
    """Documents and pages stand for their `url`."""
    if getattr(value, "ruby_class_name", None) is not None and "url" in value:
        return lookup(value, "url")
    return value


def _leading_slash(text: str) -> str:
    return text if not text or text.startswith("/") else "/" + text


@lru_cache(maxsize=65536)
def _normalized(text: str) -> str:
    """Normalizing is pure and a site asks for the same few URLs on every page: remembered."""
    try:
        return normalize(text)
    except InvalidURIError as err:
        raise LiquidArgumentError(str(err)) from err


def _relative(value: Any, config: dict[str, Any]) -> str:
    baseurl = config.get("baseurl")
    return _relative_text(str_of(_url_of(value)), "" if baseurl is None else str_of(baseurl))


@lru_cache(maxsize=65536)
def _relative_text(text: str, base: str) -> str:
    """`text` under the site's `base` path (absolute URLs unchanged); pure, so remembered."""
    if is_absolute(text):
        return text
    if base.endswith("/"):
        base = base[:-1]
    return _normalized(_leading_slash(base) + _leading_slash(text))


def relative_url_for(config: dict[str, Any], url: str) -> str:
    """`relative_url` of a URL outside Liquid (the `link` and `post_url` tags)."""
    return _relative(url, config)


@with_context
def relative_url(value: Any, *, context: Any) -> Any:
    value = plain(value)
    if value is None:
        return None
    return _relative(value, _config(context))


@with_context
def absolute_url(value: Any, *, context: Any) -> Any:
    value = plain(value)
    if value is None:
        return None
    config = _config(context)
    value = _url_of(value)
    text = str_of(value)
    if is_absolute(text):
        return value if isinstance(value, str) else text
    site_url = config.get("url")
    if site_url is None or site_url == "":
        return _relative(value, config)
    return _normalized(str_of(site_url) + _relative(value, config))


@ruby_filter
def strip_index(value: Any) -> Any:
    if value is None or str_of(value) == "":
        return None
    if not isinstance(value, str):
        raise LiquidArgumentError("undefined method `sub'")
    return _INDEX_HTML.sub("/", value, count=1)


JEKYLL_URL_FILTERS = {
    "relative_url": relative_url,
    "absolute_url": absolute_url,
    "strip_index": strip_index,
}
