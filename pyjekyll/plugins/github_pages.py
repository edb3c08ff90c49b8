"""The `--github-pages` profile: the configuration GitHub Pages builds a site with.

GitHub Pages starts from its own defaults (plugins it always runs, `future: true`,
GFM kramdown), lets `_config.yml` change those, then forces safe mode, its plugin
whitelist and its Markdown and highlighting settings whatever the site says.
"""
from __future__ import annotations

import copy
import os
import secrets
from pathlib import Path
from typing import Any

from pyjekyll.log import logger
from pyjekyll.utils import deep_merge

#: always enabled on GitHub Pages (the ones pyjekyll has; CoffeeScript and the CommonMark
#: processor are GitHub defaults too, with nothing to do for sites that use neither)
DEFAULT_PLUGINS = (
    "jekyll-gist", "jekyll-github-metadata", "jekyll-paginate", "jekyll-relative-links",
    "jekyll-optional-front-matter", "jekyll-readme-index", "jekyll-default-layout",
    "jekyll-titles-from-headings",
)

THEMES = tuple("jekyll-theme-" + t for t in (
    "architect", "cayman", "dinky", "hacker", "leap-day", "merlot", "midnight", "minimal",
    "modernist", "primer", "slate", "tactile", "time-machine")) + ("minima",)

#: the only plugins a GitHub Pages build may load
PLUGIN_WHITELIST = (
    "jekyll-redirect-from", "jekyll-sitemap", "jekyll-feed", "jekyll-gist", "jekyll-paginate",
    "jekyll-coffeescript", "jekyll-seo-tag", "jekyll-github-metadata", "jekyll-avatar", "jemoji",
    "jekyll-mentions", "jekyll-include-cache", "jekyll-octicons", "jekyll-remote-theme",
    "jekyll-commonmark-ghpages", "jekyll-relative-links", "jekyll-optional-front-matter",
    "jekyll-readme-index", "jekyll-default-layout", "jekyll-titles-from-headings",
) + THEMES

#: values GitHub Pages uses unless `_config.yml` says otherwise
DEFAULTS: dict[str, Any] = {
    "future": True,
    "theme": "jekyll-theme-primer",
    "markdown": "kramdown",
    "kramdown": {
        "input": "GFM",
        "hard_wrap": False,
        "gfm_quirks": "paragraph_end",
        "syntax_highlighter_opts": {"default_lang": "plaintext"},
    },
}

#: values GitHub Pages imposes
OVERRIDES: dict[str, Any] = {
    "lsi": False,
    "safe": True,
    "highlighter": "rouge",
    "kramdown": {"template": "", "math_engine": "mathjax", "syntax_highlighter": "rouge"},
    "gist": {"noscript": False},
}

_MARKDOWN_PROCESSORS = ("kramdown", "gfm", "commonmarkghpages")


def apply_github_pages(config: dict[str, Any], overrides: dict[str, Any]) -> dict[str, Any]:
    """`config` (Jekyll defaults plus `_config.yml`) as GitHub Pages would build it."""
    from pyjekyll.configuration import DEFAULTS as JEKYLL_DEFAULTS

    result = copy.deepcopy(config)
    for key, value in DEFAULTS.items():
        if key == "theme":
            continue
        if key not in result or result[key] == JEKYLL_DEFAULTS.get(key):
            result[key] = copy.deepcopy(value)
        elif isinstance(value, dict) and isinstance(result[key], dict):
            result[key] = deep_merge(value, result[key])
    if "theme" not in result and "remote_theme" not in result:
        _default_theme(result, overrides)
    if result.get("exclude") in (None, []):
        result["exclude"] = ["CNAME"]
    result = deep_merge(result, OVERRIDES)
    result["plugins_dir"] = secrets.token_hex(16)  # site plugins never load on GitHub Pages
    result["whitelist"] = list(PLUGIN_WHITELIST)
    markdown = str(result.get("markdown") or "").lower()
    if markdown != "kramdown":
        if markdown in _MARKDOWN_PROCESSORS:
            logger.warn("GitHub Pages:", "the CommonMark processor is not available in pyjekyll; "
                                         "building Markdown with kramdown (GFM) instead.")
        result["markdown"] = "kramdown"
    plugins = result.get("plugins") or []
    plugins = list(plugins) if isinstance(plugins, list) else [plugins]
    result["plugins"] = plugins + [p for p in DEFAULT_PLUGINS if p not in plugins]
    return result


def _default_theme(config: dict[str, Any], overrides: dict[str, Any]) -> None:
    """GitHub Pages falls back to the Primer theme; used only when it is installed here."""
    from pyjekyll.themes import resolve_theme  # type: ignore[attr-defined]

    source = os.path.abspath(str(overrides.get("source") or config.get("source") or os.getcwd()))
    try:
        resolve_theme(DEFAULTS["theme"], Path(source))
    except Exception:  # noqa: BLE001 - any failure to find it means "not installed"
        logger.info("GitHub Pages:", f"default theme {DEFAULTS['theme']} is not installed; building without it.")
        return
    config["theme"] = DEFAULTS["theme"]
