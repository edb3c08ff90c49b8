"""What a Ruby plugin that pyjekyll cannot run would have done, for the build's warning.

Common gems are described from a table; a site's own `_plugins/*.rb` is read for the
tags, filters, generators, converters and hooks it registers.
"""
from __future__ import annotations

import re

#: gem name -> what it adds to a Jekyll build
KNOWN_GEMS: dict[str, str] = {
    "jekyll-coffeescript": "converts .coffee files to JavaScript",
    "jekyll-commonmark": "renders Markdown with CommonMark instead of kramdown",
    "jekyll-commonmark-ghpages": "renders Markdown with GitHub's CommonMark",
    "jekyll-octicons": "adds the {% octicon %} tag for GitHub's icons",
    "jekyll-remote-theme": "downloads a theme named by `remote_theme:`",
    "jekyll-compose": "adds `jekyll post`/`draft` commands (no effect on builds)",
    "jekyll-admin": "adds an admin web interface to `jekyll serve` (no effect on builds)",
    "jekyll-assets": "adds an asset pipeline and the {% asset %} tag",
    "jekyll-babel": "transpiles JavaScript with Babel",
    "jekyll-katex": "renders math with KaTeX ({% katex %} tags)",
    "jekyll-scholar": "adds bibliographies and citations ({% cite %}, {% bibliography %})",
    "jekyll-toc": "adds the `toc` filter and `toc_only` for tables of contents",
    "jekyll-last-modified-at": "sets page.last_modified_at from git history or mtimes",
    "jekyll-minifier": "minifies the HTML, CSS and JavaScript written out",
    "jekyll-paginate-v2": "paginates posts, collections, tags and categories (pagination_v2)",
    "jekyll-polyglot": "builds the site once per language (`languages:`)",
    "jekyll-postcss": "runs CSS through PostCSS",
    "jekyll-responsive-image": "adds {% responsive_image %} and resizes images",
    "jekyll-spaceship": "adds tables, math, diagrams and media embeds to Markdown",
    "jekyll-target-blank": "adds target=\"_blank\" to external links",
    "jekyll-timeago": "adds the `timeago` filter",
    "jekyll-twitter-plugin": "adds the {% twitter %} embed tag",
    "jekyll-youtube": "adds the {% youtube %} embed tag",
    "jekyll-email-protect": "adds the `encode_email` filter",
    "jekyll-tagging": "generates tag pages and tag clouds",
    "jekyll-sass-converter": "compiles Sass (built into pyjekyll; no plugin needed)",
    "jekyll-watch": "watches files during `serve` (built into pyjekyll)",
    "kramdown-parser-gfm": "the GFM Markdown parser (built into pyjekyll)",
}

_TAG = re.compile(r"register_tag\s*\(?\s*['\"]([^'\"]+)['\"]")
_FILTER = re.compile(r"register_filter\s*\(?\s*([A-Z][\w:]*)")
_HOOK = re.compile(r"Hooks\.register\s*\(?\s*(\[[^\]]*\]|:\w+)\s*,\s*:(\w+)")
_SUBCLASS = re.compile(r"<\s*(?:Jekyll::)?(Generator|Converter|Command)\b")


def describe_gem(name: str) -> str:
    """A clause saying what the gem does, or "" when it is not in the table."""
    what = KNOWN_GEMS.get(name)
    return f" (it {what})" if what else ""


def describe_source(text: str) -> str:
    """A clause listing what a Ruby plugin file registers, or "" when nothing is recognised."""
    parts: list[str] = []
    tags = _TAG.findall(text)
    if tags:
        parts.append("tag" + ("s " if len(tags) > 1 else " ") + ", ".join(f"{{% {t} %}}" for t in tags))
    filters = _FILTER.findall(text)
    if filters:
        parts.append("filters from " + ", ".join(filters))
    kinds = sorted({k.lower() for k in _SUBCLASS.findall(text)})
    parts.extend(f"a {k}" for k in kinds)
    hooks = [f"{owner.strip(':[]').replace(':', '')} {event}" for owner, event in _HOOK.findall(text)]
    if hooks:
        parts.append("hooks on " + ", ".join(hooks))
    return f" (it defines {'; '.join(parts)})" if parts else ""
