"""jekyll-remote-theme: `remote_theme: owner/repo@ref` is resolved by the site itself when
this plugin is enabled (see `Site._configure_theme` and `pyjekyll.themes.remote`), so the
plugin has nothing to register; naming it in `plugins:` is what switches it on."""
from __future__ import annotations

from typing import Any


def register(api: Any) -> None:
    return None
