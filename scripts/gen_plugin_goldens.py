#!/usr/bin/env python3
"""Produce the golden output of the plugin fixture sites with real Jekyll 4.3.1.

Each folder tests/plugins/sites/<name>/ holds `src/` (a Jekyll site using a plugin) and
gets `expected/`, the destination real Jekyll builds with the Debian ruby-jekyll-*
packages, on the pinned clock the tests give pyjekyll. An optional `args` file holds extra
build flags on one line, an optional `env` file environment variables (`NAME=value` lines).
Sites with a `not-golden` file are skipped: their expectations are hand-checked (no Ruby
package of that plugin here, or the Ruby plugin cannot build that site offline).

Builds are offline whatever the machine: the plugins' own environment variables are cleared
and HTTP(S) goes to a closed local port, so plugins that ask GitHub's API (jekyll-github-
metadata) always see it unreachable and fall back as they do without a network.

jemoji has no Debian package: the `jemoji*` cases load the real Ruby sources of the
versions GitHub Pages pins (jemoji 0.12.0, which needs gemoji ~> 3.0, so gemoji 3.0.1) from
two source folders named by environment variables; real Jekyll requires plugins with a
plain `require`, so putting their `lib/` folders on RUBYLIB is enough (html-pipeline 2.14,
nokogiri and activesupport come from Debian). Export the tags from clones of
github.com/jekyll/jemoji and github.com/github/gemoji, for instance:

    git -C jemoji archive v0.12.0 | tar -x -C /tmp/rubygems/jemoji-0.12.0
    git -C gemoji archive v3.0.1 | tar -x -C /tmp/rubygems/gemoji-3.0.1
    JEMOJI_SRC=/tmp/rubygems/jemoji-0.12.0 GEMOJI_SRC=/tmp/rubygems/gemoji-3.0.1 \
        scripts/gen_plugin_goldens.py jemoji jemoji--markdown ...

usage: scripts/gen_plugin_goldens.py [NAME ...]     (needs jekyll and faketime)
"""
from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SITES = Path(__file__).resolve().parent.parent / "tests" / "plugins" / "sites"
PINNED_CLOCK = "2027-01-01 00:00:00"
PINNED_EPOCH = 1798761600  # the same instant: every source file gets it as mtime
#: a local port nothing listens on: every HTTP(S) request fails at once
CLOSED_PROXY = "http://127.0.0.1:9"
#: inherited variables that would change what the plugins produce
PLUGIN_VARIABLES = ("JEKYLL_ENV", "JEKYLL_GITHUB_TOKEN", "JEKYLL_BUILD_REVISION", "OCTOKIT_ACCESS_TOKEN",
                    "GITHUB_HOSTNAME", "PAGES_HOSTNAME", "API_URL", "HELP_URL", "SSL",
                    "SUBDOMAIN_ISOLATION", "PAGE_BUILD_ID", "NO_NETRC", "GIT_DIR", "GIT_WORK_TREE",
                    "ASSET_HOST_URL", "RUBYLIB")
#: cases of plugins without a Debian package: variable naming the source folder -> the version it must hold
RUBY_SOURCES = {"jemoji": {"JEMOJI_SRC": ("lib/jemoji/version.rb", "0.12.0"),
                           "GEMOJI_SRC": ("gemoji.gemspec", "3.0.1")}}


def pin_mtimes(root: Path) -> None:
    """Static files' and drafts' dates come from mtimes: make them the pinned clock."""
    for folder, _dirs, names in os.walk(root):
        for name in names:
            os.utime(os.path.join(folder, name), (PINNED_EPOCH, PINNED_EPOCH), follow_symlinks=False)


def read_env_file(site: Path) -> dict[str, str]:
    """The case's `env` file: one `NAME=value` a line."""
    env_file = site / "env"
    if not env_file.is_file():
        return {}
    pairs = (ln.split("=", 1) for ln in env_file.read_text(encoding="utf-8").splitlines() if "=" in ln)
    return {name.strip(): value.strip() for name, value in pairs}


def ruby_lib(site: Path) -> list[str]:
    """The `lib/` folders of the plugin sources a case needs, checked against the pinned versions."""
    needed = RUBY_SOURCES.get(site.name.split("--")[0], {})
    folders = []
    for variable, (version_file, version) in needed.items():
        root = os.environ.get(variable)
        if not root:
            sys.exit(f"{site.name}: set {variable} to the source folder of the Ruby plugin (see --help)")
        text = (Path(root) / version_file).read_text(encoding="utf-8") if (Path(root) / version_file).is_file() else ""
        if f'"{version}"' not in text and f"'{version}'" not in text:
            sys.exit(f"{site.name}: {variable}={root} does not hold version {version} ({version_file})")
        folders.append(str(Path(root) / "lib"))
    return folders


def build_env(site: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in PLUGIN_VARIABLES and not k.startswith("PAGES_")}
    lib = ruby_lib(site)
    if lib:
        env["RUBYLIB"] = os.pathsep.join(lib)
    env.update(TZ="UTC", LC_ALL="C.UTF-8", NO_NETRC="1")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        env[name] = CLOSED_PROXY
    env.pop("no_proxy", None)
    env.pop("NO_PROXY", None)
    env.update(read_env_file(site))
    return env


def build(site: Path) -> None:
    """Build a private copy of `site/src` (plugins may write into their source)."""
    args_file = site / "args"
    args = shlex.split(args_file.read_text(encoding="utf-8")) if args_file.is_file() else []
    env = build_env(site)
    with tempfile.TemporaryDirectory() as work:
        src = Path(work) / "src"
        dest = Path(work) / "site"
        shutil.copytree(site / "src", src, symlinks=True)
        pin_mtimes(src)
        command = ["faketime", "-f", PINNED_CLOCK, "jekyll", "build", "-q", "-s", str(src), "-d", str(dest), *args]
        result = subprocess.run(command, cwd=src, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"real Jekyll failed on {site.name}:\n{result.stdout}{result.stderr}")
        expected = site / "expected"
        if expected.exists():
            shutil.rmtree(expected)
        shutil.copytree(dest, expected, symlinks=True)
    print(f"{site.name}: golden written")


def main(names: list[str]) -> None:
    if any(n in ("-h", "--help") for n in names):
        print(__doc__)
        return
    sites = [SITES / n for n in names] if names else sorted(p for p in SITES.iterdir() if (p / "src").is_dir())
    for site in sites:
        if (site / "not-golden").exists():
            print(f"{site.name}: hand-checked expectations, skipped")
            continue
        build(site)


if __name__ == "__main__":
    main(sys.argv[1:])
