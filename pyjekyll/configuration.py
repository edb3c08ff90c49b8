"""Site configuration: Jekyll's defaults, `_config.*` files and command-line overrides.

Precedence is DEFAULTS < config files (left to right) < command-line overrides, merged
deeply; afterwards `posts` always exists as a collection and DEFAULT_EXCLUDES are
appended to `exclude`.
"""
from __future__ import annotations

import copy
import os
import tomllib
from typing import Any

from pyjekyll.errors import ConfigurationError
from pyjekyll.liquid.ruby import inspect
from pyjekyll.log import logger
from pyjekyll.reading.yaml_loader import JekyllYAMLError, load_yaml
from pyjekyll.utils import deep_merge

DEFAULTS: dict[str, Any] = {
    "source": None,
    "destination": None,
    "collections_dir": "",
    "cache_dir": ".jekyll-cache",
    "plugins_dir": "_plugins",
    "layouts_dir": "_layouts",
    "data_dir": "_data",
    "includes_dir": "_includes",
    "collections": {},
    "safe": False,
    "include": [".htaccess"],
    "exclude": [],
    "keep_files": [".git", ".svn"],
    "encoding": "utf-8",
    "markdown_ext": "markdown,mkdown,mkdn,mkd,md",
    "strict_front_matter": False,
    "show_drafts": None,
    "limit_posts": 0,
    "future": False,
    "unpublished": False,
    "whitelist": [],
    "plugins": [],
    "markdown": "kramdown",
    "highlighter": "rouge",
    "lsi": False,
    "excerpt_separator": "\n\n",
    "incremental": False,
    "detach": False,
    "port": "4000",
    "host": "127.0.0.1",
    "baseurl": None,
    "show_dir_listing": False,
    "permalink": "date",
    "paginate_path": "/page:num",
    "timezone": None,
    "quiet": False,
    "verbose": False,
    "defaults": [],
    "liquid": {"error_mode": "warn", "strict_filters": False, "strict_variables": False},
    "kramdown": {
        "auto_ids": True,
        "toc_levels": [1, 2, 3, 4, 5, 6],
        "entity_output": "as_char",
        "smart_quotes": "lsquo,rsquo,ldquo,rdquo",
        "input": "GFM",
        "hard_wrap": False,
        "guess_lang": True,
        "footnote_nr": 1,
        "show_warnings": False,
    },
}

DEFAULT_EXCLUDES = [
    ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
    "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
]

STYLE_TO_PERMALINK = {
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}


def style_to_permalink(style: Any) -> str:
    return STYLE_TO_PERMALINK.get(str(style), str(style))


def load_config_file(path: str) -> dict[str, Any]:
    """Read one configuration file; errors name the file, line and column."""
    ext = os.path.splitext(path)[1].lower()
    with open(path, "rb") as fh:
        raw = fh.read()
    if ext == ".toml":
        try:
            data: Any = _toml_times_as_ruby(tomllib.loads(raw.decode("utf-8-sig")))
        except tomllib.TOMLDecodeError as exc:
            raise ConfigurationError(f"Invalid TOML in configuration file {path}: {exc}") from None
    elif ext in (".yml", ".yaml"):
        try:
            data = load_yaml(raw.decode("utf-8-sig")) or {}
        except JekyllYAMLError as exc:
            raise ConfigurationError(f"Invalid YAML in configuration file {path}: {exc}") from None
        except UnicodeDecodeError as exc:
            raise ConfigurationError(f"Configuration file {path} is not valid UTF-8: {exc}") from None
    else:
        raise ConfigurationError(
            f"No parser for '{path}' is available. Use a .y(a)ml or .toml file instead.")
    if not isinstance(data, dict):
        raise ConfigurationError(f"Configuration file: (INVALID) {path}")
    return data


def _toml_times_as_ruby(value: Any) -> Any:
    """TOML dates and local times become local Times, as Ruby's TOML reader gives them."""
    import datetime as dt

    from pyjekyll.content.dates import zone_from_name

    if isinstance(value, dict):
        return {k: _toml_times_as_ruby(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_toml_times_as_ruby(v) for v in value]
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone_from_name(None))
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=zone_from_name(None))
    if isinstance(value, dt.time):
        return value.isoformat()
    return value


def config_files(source: str, explicit: list[str] | None) -> tuple[list[str], bool]:
    if explicit:
        return explicit, False
    for ext in ("yml", "yaml", "toml"):
        candidate = os.path.join(source, f"_config.{ext}")
        if os.path.exists(candidate):
            return [candidate], True
    return [os.path.join(source, "_config.yml")], True


def validate(config: dict[str, Any], origin: str | None = None) -> None:
    where = f" (in {origin})" if origin else ""
    if "plugins" in config and not isinstance(config["plugins"], list):
        raise ConfigurationError(
            f"'plugins' should be set as an array, but was: {inspect(config['plugins'])}.{where}")
    for option in ("include", "exclude"):
        if option in config and not isinstance(config[option], list):
            raise ConfigurationError(
                f"'{option}' should be set as an array, but was: {inspect(config[option])}.{where}")


def add_default_collections(config: dict[str, Any]) -> None:
    collections = config.get("collections")
    if collections is None:
        return
    if isinstance(collections, list):
        collections = {str(name): {} for name in collections}
    elif not isinstance(collections, dict):
        raise ConfigurationError("Your `collections` key must be a hash or an array.")
    collections = deep_merge({"posts": {}}, collections)
    posts = dict(collections.get("posts") or {})
    posts["output"] = True
    if config.get("permalink") and not posts.get("permalink"):
        posts["permalink"] = style_to_permalink(config["permalink"])
    collections["posts"] = posts
    for label, meta in list(collections.items()):
        if meta is None:
            collections[label] = {}
    config["collections"] = collections


def add_default_excludes(config: dict[str, Any]) -> None:
    exclude = config.get("exclude")
    if exclude is None:
        return
    merged = list(exclude)
    for item in DEFAULT_EXCLUDES:
        if item not in merged:
            merged.append(item)
    config["exclude"] = merged


def build_configuration(overrides: dict[str, Any]) -> dict[str, Any]:
    """The effective configuration for a build: defaults, files, then overrides."""
    overrides = dict(overrides)
    source = os.path.abspath(overrides.get("source") or os.getcwd())
    explicit = overrides.pop("config", None)
    if isinstance(explicit, str):
        explicit = [p.strip() for p in explicit.split(",") if p.strip()]
    files, is_default = config_files(source, explicit)
    config = copy.deepcopy(DEFAULTS)
    for path in files:
        full = os.path.abspath(path)
        if not os.path.exists(full):
            if is_default:
                logger.warn("Configuration file:", "none")
                continue
            logger.error("Fatal:", f"The configuration file '{full}' could not be found.")
            raise ConfigurationError(f"The Configuration file '{full}' could not be found.")
        try:
            data = load_config_file(full)
        except ConfigurationError as exc:
            if not str(exc).startswith("Configuration file: (INVALID)"):
                raise
            # Jekyll keeps going with the defaults and the command-line options.
            logger.warn("WARNING:", "Error reading configuration. Using defaults (and options).")
            logger.warn("", str(exc))
            break
        logger.info("Configuration file:", full)
        validate(data, full)
        config = deep_merge(config, data)
    validate(config)
    add_default_collections(config)
    if overrides.pop("github_pages", False):
        from pyjekyll.plugins.github_pages import apply_github_pages  # type: ignore[attr-defined]

        config = apply_github_pages(config, overrides)
    config = deep_merge(config, overrides)
    config["source"] = os.path.abspath(config.get("source") or source)
    config["destination"] = os.path.abspath(
        config.get("destination") or os.path.join(os.getcwd(), "_site"))
    validate(config)
    add_default_collections(config)
    add_default_excludes(config)
    return config
