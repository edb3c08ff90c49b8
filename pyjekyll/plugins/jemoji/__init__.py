"""jemoji 0.12 (gemoji 3.0.1): `:name:` in rendered HTML becomes GitHub's emoji image."""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from collections.abc import Iterator
from typing import Any

from pyjekyll.content.page import Page
from pyjekyll.errors import FatalError
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.html_text import rewrite_body

GITHUB_ASSET_HOST = "https://github.githubassets.com"
ASSET_PATH = "/images/icons/"
#: elements whose text keeps its `:names:` (html-pipeline's EmojiFilter default)
_SKIPPED = frozenset(("pre", "code", "tt"))
_TABLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "emoji_names.json")


class EmojiConfigError(FatalError):
    """`emoji:` in the configuration is not a mapping, or its `src` is not a URL string."""


@lru_cache(maxsize=1)
def emoji_files() -> dict[str, str]:
    """Emoji name -> image file under `<asset root>/emoji/` (scripts/gen_plugin_emoji_table.py)."""
    with open(_TABLE, encoding="utf-8") as fh:
        table: dict[str, str] = json.load(fh)
    return table


#: a `:` and what could be a name up to the next `:` (names never hold a colon, so the
#: text between two colons is the only name that can start at the first)
_CANDIDATE = re.compile(r":([a-z0-9_+\-]+)(?=:)")


def emoji_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, name) of each `:name:` of a known emoji, left to right, as the Ruby
    plugin's alternation of every name finds them."""
    names = emoji_files()
    at = 0
    while True:
        match = _CANDIDATE.search(text, at)
        if match is None:
            return
        name = match.group(1)
        if name in names:
            yield match.start(), match.end() + 1, name
            at = match.end() + 1
        else:
            at = match.end()  # the closing colon may open the next name


def has_emoji(text: str) -> bool:
    return next(emoji_spans(text), None) is not None


def replace_emoji(text: str, root: str) -> str:
    """`text` with each emoji name replaced by its image markup."""
    parts = []
    last = 0
    for start, end, name in emoji_spans(text):
        parts.append(text[last:start])
        parts.append(image_tag(name, root))
        last = end
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def asset_root(config: dict[str, Any]) -> str:
    """`emoji.src` from the configuration, else the asset host's icon folder."""
    if "emoji" in config:
        emoji = config["emoji"]
        if not isinstance(emoji, dict):
            raise EmojiConfigError(f"jemoji: `emoji` in the configuration must be a mapping with a `src` URL, "
                                   f"not {json.dumps(emoji, default=str)}")
        if "src" in emoji:
            src = emoji["src"]
            if not isinstance(src, str):
                raise EmojiConfigError(f"jemoji: `emoji.src` in the configuration must be a URL, not {json.dumps(src, default=str)}")
            return src
    host = os.environ.get("ASSET_HOST_URL", "")
    if host:
        return host.removesuffix("/") + ASSET_PATH
    return GITHUB_ASSET_HOST + ASSET_PATH


def join_url(root: str, path: str) -> str:
    """Ruby's File.join of the asset root and a relative path: one slash added unless the
    root already ends with one."""
    return root + path if root.endswith("/") else root + "/" + path


def image_tag(name: str, root: str) -> str:
    src = join_url(root, "emoji/" + emoji_files()[name])
    return f'<img class="emoji" title=":{name}:" alt=":{name}:" src="{src}" height="20" width="20">'


def emojify(item: Any) -> None:
    output = item.output
    if not output or not has_emoji(output):
        return
    root = asset_root(item.site.config)
    item.output = rewrite_body(output, lambda text: replace_emoji(text, root), _SKIPPED, as_markup=False)


def emojiable(item: Any) -> bool:
    """Written HTML pages and documents, and anything whose permalink ends in `/`."""
    writes = isinstance(item, Page) or item.write_p()
    permalink = item.permalink
    return (writes and item.output_ext == ".html") or (isinstance(permalink, str) and permalink.endswith("/"))


def _post_render(item: Any) -> None:
    if emojiable(item):
        emojify(item)


def register(api: PluginAPI) -> None:
    api.hook("pages", "post_render", _post_render)
    api.hook("documents", "post_render", _post_render)
