"""Finding and loading plugins: bundled ones named in `plugins:`, `_plugins/*.py`, entry points.

A plugin is a Python module with `register(api)`; see `pyjekyll.plugins.api.PluginAPI`.
Ruby plugins cannot run: they are reported once, by name, and the build goes on.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
from typing import TYPE_CHECKING, Any

from pyjekyll.errors import FatalError
from pyjekyll.log import logger
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.builtin import PROVIDED_BY_CORE
from pyjekyll.plugins.entry_point_scan import entry_points_in
from pyjekyll.plugins.ruby_plugins import describe_gem, describe_source

if TYPE_CHECKING:
    from pyjekyll.site import Site

class PluginLoadError(FatalError):
    """A Python plugin raised while it was loaded or registered."""


def _failing_line(exc: BaseException, path: str) -> int | None:
    """The line of `path` where `exc` was raised, when the traceback passes through it."""
    if isinstance(exc, SyntaxError) and exc.filename == path:
        return exc.lineno
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == path:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


#: the plugins pyjekyll ships, by gem name -> the module that reproduces the gem
BUNDLED: dict[str, str] = {
    **{gem: "pyjekyll.plugins.builtin" for gem in PROVIDED_BY_CORE},
    **{gem: "pyjekyll.plugins." + module for gem, module in (
        ("jekyll-seo-tag", "seo_tag"),
        ("jekyll-feed", "feed"),
        ("jekyll-sitemap", "sitemap"),
        ("jekyll-redirect-from", "redirect_from"),
        ("jekyll-paginate", "paginate"),
        ("jekyll-include-cache", "include_cache"),
        ("jekyll-relative-links", "relative_links"),
        ("jekyll-optional-front-matter", "optional_front_matter"),
        ("jekyll-default-layout", "default_layout"),
        ("jekyll-titles-from-headings", "titles_from_headings"),
        ("jekyll-readme-index", "readme_index"),
        ("jekyll-github-metadata", "github_metadata"),
        ("jemoji", "jemoji"),
        ("jekyll-mentions", "mentions"),
        ("jekyll-avatar", "avatar"),
        ("jekyll-gist", "gist"),
        ("jekyll-archives", "archives"),
    )},
}


def bundled_module(gem: str) -> str | None:
    """The module of ours that stands in for `gem`, if pyjekyll ships one."""
    return BUNDLED.get(gem)


class PluginManager:
    def __init__(self, site: Site) -> None:
        self.site = site
        self.api = PluginAPI(site)
        self.unavailable: list[str] = []
        #: a site plugin (`_plugins/*.py`) or an installed one (entry point) was loaded
        self.runs_user_code = False

    def requested_gems(self) -> list[str]:
        config = self.site.config
        # Jekyll 4 reads only `plugins:`; the old `gems:` key is ignored.
        gems = list(config.get("plugins") or [])
        if self.site.safe:
            whitelist = set(config.get("whitelist") or [])
            gems = [g for g in gems if g in whitelist]
        return [str(g) for g in gems]

    def theme_dependencies(self) -> list[str]:
        """Gems a theme's gemspec depends on: Jekyll loads them for the theme."""
        theme = self.site.theme
        spec = getattr(theme, "spec", None) if theme is not None else None
        names = []
        for dep in getattr(spec, "runtime_dependencies", ()) or ():
            name = str(dep).split(" ", 1)[0].strip()
            if name and name != "jekyll":
                names.append(name)
        if self.site.safe:
            whitelist = set(self.site.config.get("whitelist") or [])
            names = [n for n in names if n in whitelist]
        return names

    def load(self) -> None:
        requested = self.requested_gems()
        for gem in self.theme_dependencies():
            if gem not in requested and bundled_module(gem) is not None:
                requested.append(gem)
        for gem in requested:
            module_name = bundled_module(gem)
            if module_name is None:
                self.unavailable.append(gem)
                logger.warn("Plugin:", f"'{gem}' is a Ruby gem that pyjekyll cannot run{describe_gem(gem)}; "
                                       "the site is built without it.")
                continue
            self._register(importlib.import_module(module_name))
        if not self.site.safe:
            for plugin_dir in self.plugin_dirs():
                self._load_directory(plugin_dir)
            for ep in entry_points_in("pyjekyll.plugins"):
                self.runs_user_code = True
                try:
                    self._register(ep.load())
                except FatalError:
                    raise
                except Exception as exc:  # noqa: BLE001 - reported by name, without a traceback
                    raise PluginLoadError(f"The plugin '{ep.name}' (entry point {ep.value}) failed to load: "
                                          f"{type(exc).__name__}: {exc}") from exc

    def plugin_dirs(self) -> list[str]:
        dirs = self.site.config.get("plugins_dir") or "_plugins"
        if isinstance(dirs, str):
            dirs = [dirs]
        return [os.path.join(self.site.source, d) for d in dirs]

    def _load_directory(self, directory: str) -> None:
        if not os.path.isdir(directory):
            return
        for name in sorted(os.listdir(directory)):
            path = os.path.join(directory, name)
            if name.endswith(".rb"):
                self.unavailable.append(name)
                try:
                    with open(path, encoding="utf-8", errors="replace") as fh:
                        what = describe_source(fh.read())
                except OSError:
                    what = ""
                logger.warn("Plugin:", f"{os.path.relpath(path, self.site.source)} is a Ruby plugin "
                                       f"that pyjekyll cannot run{what}; the site is built without it.")
            elif name.endswith(".py") and not name.startswith("_"):
                spec = importlib.util.spec_from_file_location(f"_pyjekyll_site_plugin_{name[:-3]}", path)
                if spec is None or spec.loader is None:
                    continue
                module = importlib.util.module_from_spec(spec)
                self.runs_user_code = True
                try:
                    spec.loader.exec_module(module)
                    self._register(module)
                except FatalError:
                    raise
                except Exception as exc:  # noqa: BLE001 - reported by file, without a traceback
                    line = _failing_line(exc, path)
                    where = os.path.relpath(path, self.site.source) + (f":{line}" if line else "")
                    raise PluginLoadError(f"The plugin {where} failed to load: "
                                          f"{type(exc).__name__}: {exc}") from exc

    def _register(self, module: Any) -> None:
        register = getattr(module, "register", None)
        if callable(register):
            register(self.api)

    def converters(self, config: dict[str, Any]) -> list[Any]:
        return sorted((cls(config) for cls in self.api.converter_classes), key=lambda c: -c.rank)

    def generators(self) -> list[Any]:
        return [g for _, g in sorted(self.api.generator_entries, key=lambda e: -e[0])]
