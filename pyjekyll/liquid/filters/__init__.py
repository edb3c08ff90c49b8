"""Liquid filters as Jekyll 4.3 sees them: Ruby Liquid 5.4's standard set with
Jekyll's additions and overrides (`where`, `find`, `sort` …).

python-liquid's built-in filters follow Shopify's newer Liquid and Python semantics;
every filter Ruby Liquid 5.4 has is replaced here, and filters it does not have are
removed, so templates behave as on real Jekyll (unknown filters pass values through
unless the site asks for strict filters).
"""
from __future__ import annotations

from functools import wraps
from typing import Any, Callable

from liquid import Environment
from liquid.exceptions import LiquidError

from pyjekyll.liquid.filters.array_filters import ARRAY_FILTERS
from pyjekyll.liquid.filters.errors import LiquidArgumentError
from pyjekyll.liquid.filters.jekyll_collections import JEKYLL_COLLECTION_FILTERS
from pyjekyll.liquid.filters.jekyll_dates import JEKYLL_DATE_FILTERS
from pyjekyll.liquid.filters.jekyll_text import JEKYLL_TEXT_FILTERS
from pyjekyll.liquid.filters.jekyll_urls import JEKYLL_URL_FILTERS
from pyjekyll.liquid.filters.math_filters import MATH_FILTERS
from pyjekyll.liquid.filters.misc_filters import MISC_FILTERS
from pyjekyll.liquid.filters.slugify import slugify
from pyjekyll.liquid.filters.string_filters import STRING_FILTERS

__all__ = ["register_filters", "JEKYLL_FILTERS", "slugify"]

#: Every filter a Jekyll 4.3.1 template can call, by name (later tables override earlier).
JEKYLL_FILTERS = {
    **STRING_FILTERS,
    **MATH_FILTERS,
    **ARRAY_FILTERS,
    **MISC_FILTERS,
    **JEKYLL_TEXT_FILTERS,
    **JEKYLL_COLLECTION_FILTERS,
    **JEKYLL_DATE_FILTERS,
    **JEKYLL_URL_FILTERS,
}


#: Python errors odd input can provoke (huge numbers, NaN, lone surrogates …)
_INPUT_ERRORS = (ArithmeticError, ValueError, UnicodeError, IndexError, KeyError, OSError)


def _guarded(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """Report a filter's Python error as a Liquid error naming the filter, never a traceback."""

    @wraps(func)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except LiquidError:
            raise
        except _INPUT_ERRORS as err:
            raise LiquidArgumentError(f"{name}: {err}") from err

    for flag in ("with_context", "with_environment"):
        if getattr(func, flag, False):
            setattr(guarded, flag, True)
    return guarded


_GUARDED_FILTERS = {name: _guarded(name, func) for name, func in JEKYLL_FILTERS.items()}


def register_filters(env: Environment) -> None:
    """Install Jekyll's filter set on `env`, dropping python-liquid extras Ruby lacks."""
    for name in list(env.filters):
        if name not in JEKYLL_FILTERS:
            del env.filters[name]
    for name, func in _GUARDED_FILTERS.items():
        env.add_filter(name, func)
