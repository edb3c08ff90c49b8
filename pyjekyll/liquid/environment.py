"""The Liquid environment of one site: Jekyll's tags and filters on python-liquid.

Configured as Jekyll configures Liquid (`liquid:` keys): unknown filters pass their
input through unless `strict_filters`; undefined variables are empty unless
`strict_variables`. Templates are parsed once and cached by path and text, so layouts,
includes and page bodies are parsed once per build (once per process in `serve`).
"""
from __future__ import annotations

from typing import ClassVar, TYPE_CHECKING, Any, Callable, Iterator

from liquid import Environment, Mode, StrictUndefined, Undefined
from liquid.exceptions import LiquidError

from pyjekyll.liquid import compat  # noqa: F401 - adjusts python-liquid's tokenizer
from pyjekyll.liquid.dialect import install_dialect
from pyjekyll.liquid.drops.site import JekyllDrop, SiteDrop, ThemeDrop
from pyjekyll.liquid.errors import LiquidRenderError, format_liquid_error, note_included
from pyjekyll.liquid.fast_blocks import speed_up_blocks
from pyjekyll.liquid.error_mode import DEFAULT as DEFAULT_ERROR_MODE
from pyjekyll.liquid.output import RubyEcho, RubyOutput
from pyjekyll.liquid.render_context import JekyllTemplate
from pyjekyll.liquid.template_lexer import tokenize_template
from pyjekyll.log import logger

if TYPE_CHECKING:
    from liquid import BoundTemplate
    from liquid.token import Token

    from pyjekyll.site import Site


class JekyllEnvironment(Environment):
    """One per site; holds the parsed-template cache and the current render's state."""

    #: python-liquid stops at 30 nested scopes; Ruby Liquid allows 100 and Jekyll's themes
    #: (recursive navigation includes) go deeper than 30.  The include tag enforces
    #: Ruby's limit itself, so this one only has to stay out of its way.
    context_depth_limit: ClassVar[int] = 10_000
    #: templates render with the cheaper variable lookups of JekyllRenderContext
    template_class = JekyllTemplate

    def __init__(self, site: Site, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.site = site
        self._templates: dict[tuple[str, str], BoundTemplate] = {}
        self.error_mode = DEFAULT_ERROR_MODE
        self.parse_warnings: list[str] = []
        self._warnings: dict[int, list[str]] = {}
        self.inclusions: dict[tuple[str, str], str] = {}
        #: include file path -> (its text, parsed template), read once per build as Jekyll does
        self.include_templates: dict[str, tuple[str, BoundTemplate]] = {}
        self.current_item: Any = None
        self.include_depth = 0
        self.site_drop: SiteDrop | None = None
        self.jekyll_drop = JekyllDrop(_environment())
        self.theme_drop: ThemeDrop | None = None

    def tokenizer(self) -> Callable[[str], Iterator[Token]]:
        return tokenize_template

    def reset(self) -> None:
        """Start a build: forget include locations (files may have moved) and drops."""
        self.inclusions.clear()
        self.include_templates.clear()
        self.site_drop = None

    def parse_cached(self, source: str, path: str, *, included: bool = False) -> BoundTemplate:
        # The text itself is the key: layouts pass the same str object on every render, so
        # the lookup is an identity check instead of hashing the whole text again.
        key = (path, source)
        template = self._templates.get(key)
        if template is None:
            self.parse_warnings = []
            try:
                template = self.from_string(source, name=path, path=path)
            except LiquidError as exc:
                if included:  # reported by the page that includes it, naming both
                    note_included(exc, path, source)
                    raise
                raise LiquidRenderError(format_liquid_error(exc, path, source)) from None
            speed_up_blocks(template.nodes)
            self._templates[key] = template
            if self.parse_warnings:
                self._warnings[id(template)] = self.parse_warnings
        return template

    def payload(self) -> dict[str, Any]:
        if self.site_drop is None:
            self.site_drop = SiteDrop(self.site)
            if self.site.theme is not None:
                self.theme_drop = ThemeDrop(self.site.theme)
        return {
            "site": self.site_drop,
            "jekyll": self.jekyll_drop,
            "theme": self.theme_drop,
            "page": None,
            "layout": None,
            "content": None,
            "paginator": None,
            "highlighter_prefix": None,
            "highlighter_suffix": None,
        }

    def render_template(self, source: str, payload: dict[str, Any], path: str, item: Any = None) -> str:
        template = self.parse_cached(source, path)
        for warning in self._warnings.get(id(template), ()):
            logger.warn("Liquid Warning:", f"{warning} in {path}")
        previous = self.current_item
        self.current_item = item
        try:
            return template.render(payload)
        except LiquidRenderError:
            raise
        except LiquidError as exc:
            raise LiquidRenderError(format_liquid_error(exc, path, source)) from None
        except RecursionError:
            raise LiquidRenderError(
                f"Liquid Exception: Nesting too deep (possible recursive include) in {path}") from None
        finally:
            self.current_item = previous


def _environment() -> str:
    import os

    return os.environ.get("JEKYLL_ENV", "development")


def create_environment(site: Site) -> JekyllEnvironment:
    options = site.config.get("liquid") or {}
    env = JekyllEnvironment(
        site,
        tolerance=Mode.STRICT,
        strict_filters=bool(options.get("strict_filters")),
        undefined=StrictUndefined if options.get("strict_variables") else Undefined,
    )
    env.error_mode = str(options.get("error_mode") or DEFAULT_ERROR_MODE)
    install_dialect(env)
    env.add_tag(RubyOutput)
    env.add_tag(RubyEcho)
    from pyjekyll.liquid.tags import register_tags

    register_tags(env)
    try:
        from pyjekyll.liquid.filters import register_filters  # type: ignore[attr-defined]
    except ImportError:
        register_filters = None
    if register_filters is not None:
        register_filters(env)
    if site.plugin_manager is not None:
        for tag in site.plugin_manager.api.tags:
            env.add_tag(tag)
        for name, func in site.plugin_manager.api.filters.items():
            env.add_filter(name, func)
    return env
