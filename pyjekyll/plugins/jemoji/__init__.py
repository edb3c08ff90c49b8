"""jemoji 0.12 (gemoji 3.0.1): `:name:` in rendered HTML becomes GitHub's emoji image."""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any

from pyjekyll.content.page import Page
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.html_text import rewrite_body

DEFAULT_ASSET_ROOT = "https://github.githubassets.com/images/icons/"
_SKIPPED = frozenset(("pre", "code", "tt"))
_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "emoji_names.json")


@lru_cache(maxsize=1)
def emoji_files() -> dict[str, str]:
    """Emoji name -> image file under `<asset root>/emoji/` (scripts/gen_plugin_emoji_table.py)."""
    with open(_TABLE, encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


@lru_cache(maxsize=1)
def emoji_pattern() -> re.Pattern[str]:
    names = sorted(emoji_files())
    return re.compile(":(" + "|".join(re.escape(n) for n in names) + "):")


def asset_root(config: dict[str, Any]) -> str:
    emoji = config.get("emoji")
    if isinstance(emoji, dict) and "src" in emoji:
        return str(emoji["src"])
    host = os.environ.get("ASSET_HOST_URL", "")
    if host:
        return host.removesuffix("/") + "/images/icons/"
    return DEFAULT_ASSET_ROOT


def _join(root: str, path: str) -> str:
    """Ruby's File.join of two parts: exactly one slash between them."""
    return root.rstrip("/") + "/" + path.lstrip("/")


def image_tag(name: str, root: str) -> str:
    src = _join(root, "emoji/" + emoji_files()[name])
    return f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{src}" height="20" width="20">'


def emojify(item: Any) -> None:
    output = item.output
    if not output or not emoji_pattern().search(output):
        return
    root = asset_root(item.site.config)
    pattern = emoji_pattern()
    item.output = rewrite_body(output, lambda text: pattern.sub(lambda m: image_tag(m.group(1), root), text),
                               _SKIPPED, as_markup=False)


def emojiable(item: Any) -> bool:
    writes = isinstance(item, Page) or item.write_p()
    permalink = item.permalink
    return (writes and item.output_ext == ".html") or (isinstance(permalink, str) and permalink.endswith("/"))


def _post_render(item: Any) -> None:
    if emojiable(item):
        emojify(item)


def register(api: PluginAPI) -> None:
    api.hook("pages", "post_render", _post_render)
    api.hook("documents", "post_render", _post_render)
