"""jekyll-mentions 1.6: `@name` in rendered HTML links to that GitHub user."""
from __future__ import annotations

import os
import re
from typing import Any

from pyjekyll.content.page import Page
from pyjekyll.errors import FatalError
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.html_text import rewrite_body

GITHUB_DOT_COM = "https://github.com"
_SKIPPED = frozenset(("pre", "code", "a", "style", "script"))
#: words that are never treated as user names after "@"
_NOT_USERS = frozenset(("mention", "mentions", "mentioned", "mentioning"))
MENTION = re.compile(
    r"(?:^|\W)@(\w[\w-]*)(?!/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)", re.IGNORECASE | re.MULTILINE)


class MentionConfigError(FatalError):
    """`jekyll-mentions:` is neither a base URL nor a mapping."""


def mention_base(config: dict[str, Any]) -> str:
    setting = config.get("jekyll-mentions")
    if setting is None:
        return _default_base()
    if isinstance(setting, str):
        return setting
    if isinstance(setting, dict):
        return str(setting.get("base_url", _default_base()))
    raise MentionConfigError("Your jekyll-mentions config has to either be a string or a hash. "
                             f"It's a {type(setting).__name__} right now.")


def _default_base() -> str:
    ssl, host = os.environ.get("SSL", ""), os.environ.get("GITHUB_HOSTNAME", "")
    if ssl and host:
        return ("https://" if ssl == "true" else "http://") + host.removesuffix("/")
    return GITHUB_DOT_COM


def link_mentions(text: str, base: str) -> str:
    prefix = base if base.endswith(("/", "~")) else base + "/"

    def replace(match: re.Match[str]) -> str:
        login = match.group(1)
        whole = match.group(0)
        if login.lower() in _NOT_USERS:
            return whole
        link = f'<a href="{prefix}{login}" class="user-mention">@{login}</a>'
        return whole.replace("@" + login, link, 1)

    return MENTION.sub(replace, text)


def mentionify(item: Any) -> None:
    output = item.output
    if not output or "@" not in output:
        return
    config = item.site.config
    if "jekyll-mentions" in item.data:
        config = {**config, **item.data}
    base = mention_base(config)
    item.output = rewrite_body(output, lambda text: link_mentions(text, base), _SKIPPED,
                               wanted=lambda body: MENTION.search(body) is not None)


def mentionable(item: Any) -> bool:
    writes = isinstance(item, Page) or item.write_p()
    permalink = item.permalink
    html = item.output_ext == ".html" or (isinstance(permalink, str) and permalink.endswith("/"))
    return writes and html and item.data.get("jekyll-mentions") is not False


def _post_render(item: Any) -> None:
    if mentionable(item):
        mentionify(item)


def register(api: PluginAPI) -> None:
    api.hook("pages", "post_render", _post_render)
    api.hook("documents", "post_render", _post_render)
