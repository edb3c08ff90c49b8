"""`pyjekyll new-theme NAME`: write a theme that is also a pip-installable package.

``new_theme(name, path)`` creates the folder ``path`` holding:

* ``pyproject.toml`` declaring the distribution ``NAME`` and the ``pyjekyll.themes`` entry
  point ``NAME = "PACKAGE:theme_root"``, with the theme folders as package data;
* ``PACKAGE/`` (NAME made a Python identifier), the theme root: ``_layouts/`` (default,
  page, post), ``_includes/``, ``_sass/``, ``assets/``, ``_data/`` and ``__init__.py``
  with ``theme_root()``;
* ``README.md``, ``LICENSE.txt``, ``.gitignore`` and, on request, ``CODE_OF_CONDUCT.md``.

After ``pip install PATH`` a site uses it with ``theme: NAME``; without installing, with
``theme: PATH/PACKAGE``. As in Jekyll, spaces in NAME become underscores and an existing
folder is refused. ``register(app)`` adds the ``new-theme`` command (``-c/--code-of-conduct``).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
from pathlib import Path
from typing import List

import typer

from pyjekyll import __version__
from pyjekyll.commands.new import ScaffoldError
from pyjekyll.log import logger

__all__ = ["new_theme", "register", "theme_package_name"]

_SQUEEZE = re.compile(r"_+")
_NOT_IDENTIFIER = re.compile(r"[^0-9a-zA-Z_]")

_PYPROJECT = """[build-system]
requires = ["setuptools>=62.3"]
build-backend = "setuptools.build_meta"

[project]
name = "{name}"
version = "0.1.0"
description = "A pyjekyll (and Jekyll) theme."
readme = "README.md"
license = {{ text = "MIT" }}
authors = [{{ name = "{author}"{email_field} }}]
requires-python = ">=3.11"
dependencies = ["pyjekyll-ssg>={pyjekyll_version}"]

[project.entry-points."pyjekyll.themes"]
{name} = "{package}:theme_root"

[tool.setuptools]
packages = ["{package}"]

[tool.setuptools.package-data]
{package} = ["_layouts/*", "_includes/*", "_sass/**/*", "assets/**/*", "_data/*", "_config.yml"]
"""

_INIT = '''"""The {name} theme for pyjekyll: this folder is the theme root."""
from pathlib import Path


def theme_root() -> Path:
    """Where pyjekyll finds _layouts/, _includes/, _sass/, assets/ and _data/."""
    return Path(__file__).resolve().parent
'''

_DEFAULT_LAYOUT = """<!DOCTYPE html>
<html lang="{{ page.lang | default: site.lang | default: "en" }}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{% if page.title %}{{ page.title | escape }} | {% endif %}{{ site.title | escape }}</title>
    <link rel="stylesheet" href="{{ "/assets/css/style.css" | relative_url }}">
  </head>
  <body>
    <main>
{{ content }}
    </main>
  </body>
</html>
"""

_PAGE_LAYOUT = """---
layout: default
---
<article class="page">
  <h1>{{ page.title | escape }}</h1>
{{ content }}
</article>
"""

_POST_LAYOUT = """---
layout: default
---
<article class="post">
  <h1>{{ page.title | escape }}</h1>
  <p class="post-date"><time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%B %-d, %Y" }}</time></p>
{{ content }}
</article>
"""

_SASS = """$text-color: #222;
$link-color: #0b5fa5;

body {
  color: $text-color;
  font-family: system-ui, sans-serif;
  line-height: 1.5;
  max-width: 42rem;
  margin: 0 auto;
  padding: 1rem;
}

a { color: $link-color; }
"""

_STYLESHEET = """---
---

@import "{name}";
"""

_README = """# {name}

A theme for [pyjekyll](https://pypi.org/project/pyjekyll-ssg/) sites.

## Installation

    pip install {name}

then, in the site's `_config.yml`:

    theme: {name}

To try it without installing, point `theme:` at the theme folder instead:
`theme: path/to/{name}/{package}`.

## Usage

The theme provides the layouts `default`, `page` and `post`, and the stylesheet
`/assets/css/style.css` (from `_sass/{name}.scss`). A site overrides any of them by
keeping a file of the same name in its own `_layouts/`, `_includes/`, `_sass/` or `assets/`.

## Development

The theme's files live in `{package}/`. To preview changes, run `pyjekyll serve` in a
site whose `theme:` points at that folder.

## License

MIT: see LICENSE.txt.
"""

_LICENSE = """MIT License

Copyright (c) {year} {author}

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
"""

_CODE_OF_CONDUCT = """# Code of Conduct

Everyone taking part in {name} (in issues, pull requests, discussions or any other
space of the project) is expected to be respectful, patient and constructive.

Harassment, insults, and personal or political attacks are not accepted. Maintainers
may remove comments, commits or contributions that break these rules, and may exclude
people who break them repeatedly.

Report problems privately to the maintainers{contact}. Reports are handled
confidentially.
"""

_GITIGNORE = """*.egg-info/
build/
dist/
__pycache__/
_site/
.sass-cache/
.jekyll-cache/
"""


def theme_package_name(name: str) -> str:
    """The Python package holding the theme: NAME as an identifier."""
    package = _SQUEEZE.sub("_", _NOT_IDENTIFIER.sub("_", name.lower())).strip("_") or "theme"
    return f"theme_{package}" if package[0].isdigit() else package


def _git_config(key: str) -> str:
    try:
        out = subprocess.run(["git", "config", key], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.stdout.strip()


def _toml_string(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"')


def new_theme(name: str, path: Path, *, code_of_conduct: bool = False) -> None:
    """Create the theme package folder `path` for the theme `name`; `ScaffoldError` if it exists."""
    name = _SQUEEZE.sub("_", name.strip().replace(" ", "_"))
    if not name:
        raise ScaffoldError("You must specify a theme name.")
    path = Path(path).expanduser().absolute()
    if path.exists():
        raise ScaffoldError(f"{path} already exists.")
    package = theme_package_name(name)
    author = _git_config("user.name") or "Theme Author"
    email = _git_config("user.email")
    theme_dir = path / package
    for folder in ("_layouts", "_includes", "_sass", "assets/css", "_data"):
        (theme_dir / folder).mkdir(parents=True)
    files = {
        "pyproject.toml": _PYPROJECT.format(
            name=name, package=package, author=_toml_string(author), pyjekyll_version=__version__,
            email_field=f', email = "{_toml_string(email)}"' if email else ""),
        "README.md": _README.format(name=name, package=package),
        "LICENSE.txt": _LICENSE.format(year=dt.date.today().year, author=author),
        ".gitignore": _GITIGNORE,
        f"{package}/__init__.py": _INIT.format(name=name),
        f"{package}/_layouts/default.html": _DEFAULT_LAYOUT,
        f"{package}/_layouts/page.html": _PAGE_LAYOUT,
        f"{package}/_layouts/post.html": _POST_LAYOUT,
        f"{package}/_sass/{name}.scss": _SASS,
        f"{package}/assets/css/style.scss": _STYLESHEET.format(name=name),
        f"{package}/_includes/.gitkeep": "",
        f"{package}/_data/.gitkeep": "",
    }
    if code_of_conduct:
        files["CODE_OF_CONDUCT.md"] = _CODE_OF_CONDUCT.format(
            name=name, contact=f" at {email}" if email else "")
    for rel, text in files.items():
        (path / rel).write_text(text, encoding="utf-8")


def register(app: typer.Typer) -> None:
    """Add the `new-theme` command to the CLI."""

    @app.command("new-theme", help="Creates a new Jekyll theme scaffold")
    def new_theme_command(
        name: List[str] = typer.Argument(..., metavar="NAME", help="Name of the theme"),
        code_of_conduct: bool = typer.Option(False, "-c", "--code-of-conduct",
                                             help="Include a Code of Conduct. (defaults to false)"),
    ) -> None:
        theme_name = _SQUEEZE.sub("_", "_".join(name).replace(" ", "_"))
        target = Path(os.getcwd(), theme_name)
        try:
            new_theme(theme_name, target, code_of_conduct=code_of_conduct)
        except ScaffoldError as err:
            first, *rest = str(err).splitlines()
            logger.error("Conflict:", first)
            for line in rest:
                logger.error("", line)
            raise typer.Exit(1) from None
        except OSError as err:
            logger.error("Error:", f"could not write the theme into {target}: {err.strerror or err}")
            raise typer.Exit(1) from None
        logger.info("", f"Your new pyjekyll theme, {theme_name}, is ready for you in {target}!")
        logger.info("", f"For help getting started, read {target / 'README.md'}.")
