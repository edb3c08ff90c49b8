"""The Site: one build, in Jekyll's stages (reset, read, generate, render, cleanup, write)."""
from __future__ import annotations

import datetime as dt
import os
import time
from typing import Any

from pyjekyll.content.collection import Collection
from pyjekyll.content.dates import parse_date, site_now, zone_from_name
from pyjekyll.content.defaults import FrontMatterDefaults
from pyjekyll.content.layout import Layout
from pyjekyll.content.page import Page
from pyjekyll.content.static_file import StaticFile
from pyjekyll.converters.base import Converter, Identity
from pyjekyll.converters.markdown_converter import MarkdownConverter
from pyjekyll.errors import FatalError
from pyjekyll.log import logger
from pyjekyll.plugins.hooks import Hooks
from pyjekyll.publisher import Publisher
from pyjekyll.utils import sanitized_path


class Site:
    def __init__(self, config: dict[str, Any]) -> None:
        self.source = os.path.abspath(config["source"])
        self.dest = os.path.abspath(config["destination"])
        self.config = dict(config)
        self.hooks = Hooks()
        #: path -> ((mtime_ns, size), front matter, body, body line), kept across rebuilds
        self.front_matter_cache: dict[str, Any] = {}
        #: False for a one-shot build (nothing is read twice): the front matter cache stays empty
        self.keep_read_caches = True
        #: path -> what reading that document gave, kept across rebuilds (reading/document_snapshots)
        self.read_snapshots: dict[str, Any] = {}
        #: folder -> its filtered listing, kept across rebuilds (reading/source_listings)
        self.source_listings: dict[str, Any] = {}
        #: set by a rebuild told which files changed since the last build (a watcher's list):
        #: documents at other paths are taken as unchanged without a stat; None: stat each
        self.changed_paths: frozenset[str] | None = None
        self.profile_phases: dict[str, float] = {}
        self.theme: Any = None
        self.plugin_manager: Any = None
        self._configure()
        self.ensure_not_in_dest()
        self.converters: list[Converter] = []
        self.generators: list[Any] = []
        self.liquid: Any = None
        self.reset()
        self.setup()
        self.hooks.trigger("site", "after_init", self)

    # -- configuration ------------------------------------------------------------
    def _configure(self) -> None:
        config = self.config
        self.safe = bool(config.get("safe"))
        self.include = list(config.get("include") or [])
        self.exclude = list(config.get("exclude") or [])
        self.keep_files = list(config.get("keep_files") or [])
        self.future = bool(config.get("future"))
        self.unpublished = bool(config.get("unpublished"))
        self.show_drafts = bool(config.get("show_drafts"))
        self.limit_posts = int(config.get("limit_posts") or 0)
        self.permalink_style = str(config.get("permalink") or "date")
        self.tz: dt.tzinfo = zone_from_name(config.get("timezone"))
        self._configure_theme()
        self.includes_load_paths = [sanitized_path(self.source, str(config.get("includes_dir") or "_includes"))]
        if self.theme is not None and self.theme.includes_path:
            self.includes_load_paths.append(str(self.theme.includes_path))

    def _configure_theme(self) -> None:
        remote = self.config.get("remote_theme")
        plugins = list(self.config.get("plugins") or [])
        if remote and "jekyll-remote-theme" in plugins:
            from pyjekyll.themes.remote import load_remote_theme

            self.theme = load_remote_theme(str(remote))
            self.config["theme"] = self.theme.name
            return
        name = self.config.get("theme")
        if name is None:
            return
        if not isinstance(name, str):
            logger.warn("Theme:", "value of 'theme' in config should be String to use gem-based themes, "
                                  f"but got {type(name).__name__}")
            return
        from pyjekyll.themes import resolve_theme  # type: ignore[attr-defined]

        from pathlib import Path

        self.theme = resolve_theme(name, Path(self.source))
        if self.config.get("ignore_theme_config") is True:
            return
        theme_config = self.theme.config()
        if isinstance(theme_config, dict) and theme_config:
            from pyjekyll.configuration import DEFAULTS
            from pyjekyll.utils import deep_merge

            config_file = os.path.join(str(self.theme.root), "_config.yml")
            logger.info("Theme Config file:", config_file)
            theme_config = {k: v for k, v in theme_config.items() if k not in DEFAULTS}
            self.config = deep_merge(theme_config, self.config)

    def ensure_not_in_dest(self) -> None:
        path = self.source
        while True:
            if path == self.dest:
                raise FatalError("Destination directory cannot be or contain the Source directory.")
            parent = os.path.dirname(path)
            if parent == path:
                break
            path = parent

    def setup(self) -> None:
        from pyjekyll.plugins.manager import PluginManager

        self.plugin_manager = PluginManager(self)
        self.plugin_manager.load()
        from pyjekyll.converters.sass_page import SassPageConverter

        converters: list[Converter] = [MarkdownConverter(self.config), SassPageConverter(self.config, self)]
        converters.extend(self.plugin_manager.converters(self.config))
        converters.append(Identity(self.config))
        self.converters = converters
        self.generators = self.plugin_manager.generators()
        from pyjekyll.liquid.environment import create_environment

        self.liquid = create_environment(self)

    # -- the stages -----------------------------------------------------------------
    def process(self) -> None:
        if self.config.get("incremental"):
            # `--incremental`: re-render only what changed since the build recorded in the cache.
            from pyjekyll.serving.incremental import IncrementalBuilder

            IncrementalBuilder(self, persist=True).build()
            return
        for phase in ("reset", "read", "generate", "render", "cleanup", "write"):
            start = time.perf_counter()
            getattr(self, phase)()
            self.profile_phases[phase.upper()] = time.perf_counter() - start

    def reset(self) -> None:
        if self.config.get("time"):
            self.time = parse_date(self.config["time"], self.tz, "Invalid time in _config.yml.")
        else:
            self.time = site_now(self.tz)
        self.layouts: dict[str, Layout] = {}
        self.pages: list[Page] = []
        self.static_files: list[StaticFile] = []
        self.data: dict[str, Any] = {}
        self._collections: dict[str, Collection] | None = None
        self._post_attr: dict[str, dict[str, list[Any]]] = {}
        self._renderers: dict[int, Any] = {}
        self.frontmatter_defaults = FrontMatterDefaults(self)
        self.publisher = Publisher(self)
        if self.limit_posts < 0:
            raise FatalError("limit_posts must be a non-negative number")
        if self.liquid is not None:
            self.liquid.reset()
        for converter in self.converters:
            converter.reset()
        self.hooks.trigger("site", "after_reset", self)

    def read(self) -> None:
        from pyjekyll.reading.reader import Reader

        Reader(self).read()
        if self.limit_posts > 0:
            docs = self.posts.docs
            self.posts.docs = docs[-self.limit_posts:] if len(docs) > self.limit_posts else docs
            self.posts.reindex()
        self.hooks.trigger("site", "post_read", self)

    def generate(self) -> None:
        for generator in self.generators:
            generator.generate(self)

    def render(self) -> None:
        if self.config.get("relative_permalinks"):
            # Jekyll 2's page permalinks relative to their folder; Jekyll 4 stops here.
            raise FatalError(
                "Since v3.0, permalinks for pages in subfolders must be relative to the site source "
                "directory, not the parent directory. Check https://jekyllrb.com/docs/upgrading/ "
                "for more info.")
        from pyjekyll.rendering.convert_ahead import converting_ahead
        from pyjekyll.rendering.renderer import render_site

        with converting_ahead(self):
            render_site(self)

    def cleanup(self) -> None:
        from pyjekyll.writing.cleaner import cleanup

        cleanup(self)

    def write(self) -> None:
        from pyjekyll.writing.writer import write_site

        write_site(self)
        self.hooks.trigger("site", "post_write", self)

    # -- content lookups ---------------------------------------------------------------
    @property
    def collections(self) -> dict[str, Collection]:
        if self._collections is None:
            config = self.config.get("collections")
            if isinstance(config, dict):
                names = list(config.keys())
            elif isinstance(config, list):
                names = list(config)
            elif config is None:
                names = []
            else:
                raise FatalError("Your `collections` key must be a hash or an array.")
            self._collections = {str(n): Collection(self, str(n)) for n in names}
            if "posts" not in self._collections:
                self._collections["posts"] = Collection(self, "posts")
        return self._collections

    @property
    def posts(self) -> Collection:
        return self.collections["posts"]

    @property
    def collections_path(self) -> str:
        cdir = self.config.get("collections_dir") or ""
        return sanitized_path(self.source, cdir) if cdir else self.source

    def documents(self) -> list[Any]:
        seen: dict[int, Any] = {}
        for collection in self.collections.values():
            for item in collection.docs:
                seen.setdefault(id(item), item)
            for item in collection.files:
                seen.setdefault(id(item), item)
        return list(seen.values())

    def post_attr_hash(self, attr: str) -> dict[str, list[Any]]:
        cached = self._post_attr.get(attr)
        if cached is None:
            from pyjekyll.content.collection import sorted_documents

            cached = {}
            for post in self.posts.docs:
                for value in post.data.get(attr) or []:
                    cached.setdefault(value, []).append(post)
            for key in cached:
                cached[key] = sorted_documents(cached[key], reverse_after=True)
            self._post_attr[attr] = cached
        return cached

    def each_site_file(self) -> list[Any]:
        seen: set[int] = set()
        items: list[Any] = []
        for group in (self.pages, [f for f in self.static_files if f.write_p()],
                      [d for d in self.documents() if d.write_p()]):
            for item in group:
                if id(item) not in seen:
                    seen.add(id(item))
                    items.append(item)
        return items

    def in_source_dir(self, *paths: str) -> str:
        result = self.source
        for p in paths:
            result = sanitized_path(result, p)
        return result

    def in_dest_dir(self, *paths: str) -> str:
        result = self.dest
        for p in paths:
            result = sanitized_path(result, p)
        return result

    # -- rendering helpers used by Liquid and plugins -------------------------------------
    def renderer_for(self, item: Any) -> Any:
        from pyjekyll.rendering.renderer import Renderer

        renderer = self._renderers.get(id(item))
        if renderer is None:
            renderer = self._renderers[id(item)] = Renderer(self, item)
        return renderer

    def render_excerpt(self, excerpt: Any) -> str:
        from pyjekyll.rendering.renderer import Renderer

        return Renderer(self, excerpt).run(self.liquid.payload())

    def find_converter(self, cls: type) -> Any:
        for c in self.converters:
            if isinstance(c, cls):
                return c
        raise FatalError(f"No Converters found for {cls.__name__}")

    def convert_markdown(self, text: str) -> str:
        return self.find_converter(MarkdownConverter).convert(text)

    def smartify(self, text: str) -> str:
        from pyjekyll.converters.markdown import smartify

        return smartify(text, self.config)

    def convert_sass(self, text: str, syntax: str) -> str:
        from pyjekyll.converters.sass_page import SassPageConverter

        return self.find_converter(SassPageConverter).sassify(text, syntax)
