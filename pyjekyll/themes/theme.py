"""The theme object: a folder of `_layouts`, `_includes`, `_sass`, `assets`, `_data` and facts about it."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from pyjekyll.themes.errors import ThemeError
from pyjekyll.themes.gemspec import GemSpec

__all__ = ["Theme"]


@dataclass
class Theme:
    """A resolved theme, shaped like Jekyll's: subfolder paths are ``None`` when absent.

    Subfolders are followed through symlinks only while they stay inside the theme root,
    as Jekyll allows; one pointing outside counts as absent.
    """

    name: str
    root: Path
    spec: GemSpec = field(default_factory=GemSpec)
    #: The theme's configuration file relative to its root; ``None`` when it has none.
    config_file: str | None = "_config.yml"

    def __post_init__(self) -> None:
        self.name = self.name.strip().lower()
        self.root = Path(os.path.realpath(self.root))
        self._paths: dict[str, Path | None] = {}

    @property
    def version(self) -> str | None:
        return self.spec.version or None

    def _subfolder(self, folder: str) -> Path | None:
        if folder not in self._paths:
            real = Path(os.path.realpath(self.root / folder))
            inside = real == self.root or self.root in real.parents
            self._paths[folder] = real if inside and real.is_dir() else None
        return self._paths[folder]

    @property
    def layouts_path(self) -> Path | None:
        return self._subfolder("_layouts")

    @property
    def includes_path(self) -> Path | None:
        return self._subfolder("_includes")

    @property
    def sass_path(self) -> Path | None:
        return self._subfolder("_sass")

    @property
    def assets_path(self) -> Path | None:
        return self._subfolder("assets")

    @property
    def data_path(self) -> Path | None:
        return self._subfolder("_data")

    def config(self) -> dict[str, Any]:
        """The theme's own `_config.yml`, or ``{}``.

        Like Jekyll, a symlinked or non-mapping file is ignored. The core still has to
        drop the keys Jekyll has defaults for before merging this under the site's config
        (and skip it all when ``ignore_theme_config`` is true).
        """
        if self.config_file is None:
            return {}
        path = self.root / self.config_file
        if not path.is_file() or path.is_symlink():
            return {}
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as err:
            raise ThemeError(f"Theme {self.name}: could not read {path}: {err}") from None
        return data if isinstance(data, dict) else {}

    def to_liquid(self) -> dict[str, Any]:
        """The `theme` drop's fields in Jekyll's order (what `jsonify` prints)."""
        spec = self.spec
        return {
            "version": spec.version,
            "metadata": dict(spec.metadata),
            "root": str(self.root),
            "dependencies": list(spec.runtime_dependencies),
            "authors": ", ".join(spec.authors),
            "description": spec.description if spec.description is not None else spec.summary,
        }
