"""kramdown options as Jekyll sets them up, and the `{::options}` extension's parsing."""
from __future__ import annotations

from typing import Any
from .patterns import RUBY_WS

# Jekyll's kramdown defaults merged over kramdown's (and kramdown-parser-gfm's) own.
KRAMDOWN_DEFAULTS: dict[str, Any] = {
    "auto_ids": True,
    "auto_id_prefix": "",
    "auto_id_stripping": False,
    "toc_levels": list(range(1, 7)),
    "entity_output": "as_char",
    "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
    "typographic_symbols": {},
    "input": "GFM",
    "hard_wrap": False,
    "guess_lang": True,
    "footnote_nr": 1,
    "footnote_prefix": "",
    "footnote_backlink": "&#8617;",
    "footnote_backlink_inline": False,
    "show_warnings": False,
    "parse_block_html": False,
    "parse_span_html": True,
    "header_offset": 0,
    "math_engine": "mathjax",
    "gfm_quirks": ["paragraph_end"],
    "transliterated_header_ids": False,
    "remove_line_breaks_for_cjk": False,
}

_BOOLEAN = {"auto_ids", "auto_id_stripping", "hard_wrap", "guess_lang", "show_warnings",
            "parse_block_html", "parse_span_html", "footnote_backlink_inline",
            "transliterated_header_ids", "remove_block_html_tags", "remove_span_html_tags",
            "html_to_native", "gfm_emojis", "remove_line_breaks_for_cjk"}
_INTEGER = {"footnote_nr", "header_offset"}


def _as_bool(value: Any) -> bool:
    if isinstance(value, str):
        return value.strip(RUBY_WS).lower() not in ("", "false", "nil")
    return bool(value)


def _as_levels(value: Any) -> list[int]:
    if isinstance(value, str):
        if ".." in value:
            lo, hi = value.split("..", 1)
            return list(range(int(lo), int(hi) + 1))
        return [int(v) for v in value.replace(",", " ").split()]
    if isinstance(value, int):
        return [value]
    return [int(v) for v in value]


def _as_quirks(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip(RUBY_WS) for v in value.split(",") if v.strip(RUBY_WS)]
    return [str(v) for v in value or []]


def normalize(key: str, value: Any) -> Any:
    """Coerce one option value the way kramdown's option parser does."""
    if key in _BOOLEAN:
        return _as_bool(value)
    if key in _INTEGER:
        return int(value)
    if key == "toc_levels":
        return _as_levels(value)
    if key == "gfm_quirks":
        return _as_quirks(value)
    if key == "smart_quotes":
        return [v.strip(RUBY_WS) for v in value.split(",")] if isinstance(value, str) else list(value)
    if key == "syntax_highlighter_opts" and isinstance(value, str):
        return {}
    return value


def build_options(site_config: dict[str, Any]) -> dict[str, Any]:
    """The effective kramdown options for a Jekyll site config."""
    user = dict(site_config.get("kramdown") or {})
    opts = dict(KRAMDOWN_DEFAULTS)
    for key, value in user.items():
        opts[str(key)] = normalize(str(key), value)
    if not user.get("syntax_highlighter"):
        fallback = site_config.get("highlighter") or "rouge"
        opts["syntax_highlighter"] = fallback
    hl = opts["syntax_highlighter"]
    opts["syntax_highlighter"] = None if str(hl).lower() in ("none", "nil", "") else str(hl)
    hl_opts = dict(opts.get("syntax_highlighter_opts") or {})
    hl_opts["default_lang"] = hl_opts.get("default_lang") or "plaintext"
    hl_opts["guess_lang"] = user.get("guess_lang", True) if "guess_lang" in user else True
    opts["syntax_highlighter_opts"] = hl_opts
    opts["smart_quotes"] = normalize("smart_quotes", opts["smart_quotes"])
    return opts


def build_smartypants_options(site_config: dict[str, Any]) -> dict[str, Any]:
    """The options behind Jekyll's `smartify` filter, which hands the `kramdown:` block to
    kramdown untouched: highlighting follows kramdown's own defaults (Rouge, no default
    language), not the Markdown converter's. Only code from `html_to_native` shows it."""
    opts = build_options(site_config)
    user = site_config.get("kramdown") or {}
    hl = user["syntax_highlighter"] if "syntax_highlighter" in user else "rouge"
    opts["syntax_highlighter"] = None if str(hl or "").strip(RUBY_WS).lower() in ("none", "nil", "") else str(hl)
    given = user.get("syntax_highlighter_opts")
    hl_opts = dict(given) if isinstance(given, dict) else {}
    hl_opts.setdefault("default_lang", None)
    opts["syntax_highlighter_opts"] = hl_opts
    return opts


def apply_inline_option(options: dict[str, Any], key: str, value: Any) -> None:
    """`{::options key="value" /}`: set a known option for the rest of the document."""
    if key in KRAMDOWN_DEFAULTS or key in _BOOLEAN:
        try:
            options[key] = normalize(key, value)
        except (ValueError, TypeError):
            pass
