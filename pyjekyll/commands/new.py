"""`pyjekyll new PATH`: write a starter site that builds offline.

``new_site(path, blank=False, force=False)`` writes a small site using pyjekyll's bundled
theme, ``pyjekyll-academic`` (found through its ``pyjekyll.themes`` entry point): a
``_config.yml``, a home page, an about page, a blog page, a 404 page, navigation data and
a first post dated today. ``blank=True`` writes Jekyll's blank skeleton instead: no theme,
one layout, one stylesheet, and empty ``_data``, ``_drafts``, ``_includes``, ``_posts``.
As with Jekyll, a folder that already holds files is refused unless ``force`` is given.
``register(app)`` adds the ``new`` command (``--force``, ``--blank``, ``--skip-bundle``,
the last accepted for Jekyll compatibility: there is no bundle to install).
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import List

import typer

from pyjekyll.errors import JekyllError
from pyjekyll.log import logger
from pyjekyll.themes.bundled import BUNDLED_THEME_NAME

__all__ = ["ScaffoldError", "new_site", "register"]


class ScaffoldError(JekyllError):
    """The target folder cannot take a new site or theme."""


_GITIGNORE = """_site/
.sass-cache/
.jekyll-cache/
.jekyll-metadata
vendor/
"""

_CONFIG = """# Site settings. Values here are available in templates as {{{{ site.KEY }}}}.
# pyjekyll reads this file once at start-up: restart `pyjekyll serve` after editing it.

title: {title}
description: >-
  A new site made with pyjekyll. Describe it here; search engines and feed
  readers show this text.
url: ""        # the scheme and host, e.g. https://example.org
baseurl: ""    # the sub-path the site is served under, e.g. /blog
lang: en

author:
  name: Your Name
  bio: A sentence or two about you.
  email: you@example.org

theme: {theme}
plugins:
  - jekyll-feed
  - jekyll-seo-tag

defaults:
  - scope:
      path: ""
      type: posts
    values:
      layout: post
      author_profile: true
  - scope:
      path: ""
      type: pages
    values:
      layout: page
"""

_INDEX = """---
layout: home
title: Home
author_profile: true
---

Welcome! This is the home page of your new site. Edit `index.md` to change it, and
`_config.yml` to set the title, author and other site-wide settings.
"""

_ABOUT = """---
title: About
permalink: /about/
---

This page is `about.md`. Tell visitors who you are and what the site is for.

The site uses the **{theme}** theme that ships with pyjekyll. To change a layout or
include, copy it from the theme into this folder's `_layouts/` or `_includes/` and edit
the copy: files in the site win over the theme's.
"""

_BLOG = """---
title: Blog
permalink: /blog/
---

{% include post-list.html %}
"""

_NOT_FOUND = """---
permalink: /404.html
layout: page
title: Page not found
---

Nothing lives at this address. Try the [home page]({{ "/" | relative_url }}).
"""

_NAVIGATION = """# Top navigation, in order. `url` is relative to the site root.
main:
  - title: Home
    url: /
  - title: About
    url: /about/
  - title: Blog
    url: /blog/
"""

_POST = """---
title: "Welcome to pyjekyll!"
date: {timestamp}
tags: [meta]
---

This is your first post, kept in `_posts/`. Posts are named `YEAR-MONTH-DAY-title.md`
and start with front matter between `---` lines, like this one.

Build the site with `pyjekyll build`, or preview it with `pyjekyll serve`, which
rebuilds on every change. Code blocks are highlighted:

```python
def greet(name: str) -> str:
    return f"Hello, {{name}}!"
```

Read more about writing posts in Jekyll's documentation; pyjekyll builds the same
sites, the same way.
"""

_BLANK_CONFIG = """url: "" # scheme and host of the site, e.g. https://example.org
baseurl: "" # sub-path the site lives under, e.g. /blog
title: "" # the site's name
"""

_BLANK_LAYOUT = """<!DOCTYPE html>
<html lang="{{ site.lang | default: "en-US" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{ page.title }} - {{ site.title }}</title>
    <link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}">
  </head>
  <body>
    {{ content }}
  </body>
</html>
"""

_BLANK_INDEX = """---
layout: default
title: "Hello!"
---

## Your site is ready

Add pages, posts and styles, then run `pyjekyll serve`.
"""

_BLANK_SASS = """$page-background: #ffffff;
$text-color: #1a1a1a;
$body-font: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;

body {
  background: $page-background;
  color: $text-color;
  font-family: $body-font;
}
"""

_BLANK_STYLESHEET = """---
---

@import "main";
"""

_BLANK_EMPTY_FOLDERS = ("_data", "_drafts", "_includes", "_posts")


def _has_visible_files(path: Path) -> bool:
    """Jekyll's emptiness test: anything below the folder whose name does not start with a dot."""
    for _dirpath, dirnames, filenames in os.walk(path):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        if dirnames or any(not f.startswith(".") for f in filenames):
            return True
    return False


def _write(root: Path, rel: str, text: str) -> None:
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def _site_files(path: Path, now: dt.datetime) -> dict[str, str]:
    title = path.name.replace("-", " ").replace("_", " ").strip().title() or "My Site"
    return {
        "_config.yml": _CONFIG.format(title=title, theme=BUNDLED_THEME_NAME),
        "index.md": _INDEX,
        "about.md": _ABOUT.format(theme=BUNDLED_THEME_NAME),
        "blog.md": _BLOG,
        "404.md": _NOT_FOUND,
        "_data/navigation.yml": _NAVIGATION,
        f"_posts/{now:%Y-%m-%d}-welcome-to-pyjekyll.md": _POST.format(timestamp=now.strftime("%Y-%m-%d %H:%M:%S %z")),
        ".gitignore": _GITIGNORE,
    }


def _blank_files() -> dict[str, str]:
    return {
        "_config.yml": _BLANK_CONFIG,
        "_layouts/default.html": _BLANK_LAYOUT,
        "index.md": _BLANK_INDEX,
        "_sass/main.scss": _BLANK_SASS,
        "assets/css/main.scss": _BLANK_STYLESHEET,
    }


def new_site(path: Path, *, blank: bool = False, force: bool = False) -> None:
    """Write a new site into `path` (created if needed); `ScaffoldError` if it holds files."""
    path = Path(path).expanduser().absolute()
    if path.exists() and not path.is_dir():
        raise ScaffoldError(f"{path} exists and is not a folder.")
    path.mkdir(parents=True, exist_ok=True)
    if not force and _has_visible_files(path):
        raise ScaffoldError(
            f"{path} exists and is not empty.\nEnsure {path} is empty or else try again "
            "with `--force` to proceed and overwrite any files.")
    if blank:
        for rel, text in _blank_files().items():
            _write(path, rel, text)
        for folder in _BLANK_EMPTY_FOLDERS:
            (path / folder).mkdir(exist_ok=True)
    else:
        for rel, text in _site_files(path, dt.datetime.now().astimezone()).items():
            _write(path, rel, text)


def register(app: typer.Typer) -> None:
    """Add the `new` command to the CLI."""

    @app.command("new", help="Creates a new Jekyll site scaffold in PATH")
    def new_command(
        path: List[str] = typer.Argument(..., metavar="PATH", help="Folder for the new site"),
        force: bool = typer.Option(False, "--force", help="Force creation even if PATH already exists"),
        blank: bool = typer.Option(False, "--blank", help="Creates scaffolding but with empty files"),
        skip_bundle: bool = typer.Option(False, "--skip-bundle", help="Skip 'bundle install' (nothing to install)"),
    ) -> None:
        target = Path(os.getcwd(), " ".join(path))
        try:
            new_site(target, blank=blank, force=force)
        except ScaffoldError as err:
            first, *rest = str(err).splitlines()
            logger.error("Conflict:", first)
            for line in rest:
                logger.error("", line)
            raise typer.Exit(1) from None
        except OSError as err:
            logger.error("Error:", f"could not write the site into {target}: {err.strerror or err}")
            raise typer.Exit(1) from None
        logger.info("", f"New pyjekyll site installed in {target}.")
        if skip_bundle:
            logger.info("", "Bundle install skipped.")

