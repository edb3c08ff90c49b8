"""Which repository a site belongs to, and its revision: `PAGES_REPO_NWO`, then
`repository:` in `_config.yml`, then (in development) the `origin` remote of the git
repository holding the working folder, read from git's files rather than by running git."""
from __future__ import annotations

import configparser
import os
import re
from typing import TYPE_CHECKING

from pyjekyll.plugins.github_metadata.pages import Pages, jekyll_env

if TYPE_CHECKING:
    from pyjekyll.site import Site

_GITDIR_LINE = re.compile(r"^gitdir:\s*(.+?)\s*$", re.MULTILINE)


def git_dir(start: str) -> str | None:
    """The `.git` folder of the repository holding `start` (following a `gitdir:` file)."""
    folder = os.path.abspath(start)
    while True:
        candidate = os.path.join(folder, ".git")
        if os.path.isdir(candidate):
            return candidate
        if os.path.isfile(candidate):
            try:
                with open(candidate, encoding="utf-8") as fh:
                    found = _GITDIR_LINE.search(fh.read())
            except OSError:
                found = None
            if found:
                return os.path.normpath(os.path.join(folder, found.group(1)))
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _origin_url(repo: str) -> str:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read(os.path.join(repo, "config"), encoding="utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return ""
    return parser.get('remote "origin"', "url", fallback="")


def _nwo_from_origin(pages: Pages) -> str | None:
    if jekyll_env() not in ("development", "test"):
        return None
    repo = git_dir(os.getcwd())
    if repo is None:
        return None
    pattern = re.compile(re.escape(pages.github_hostname) + r"(:|/)([\w-]+)/([\w.-]+)", re.ASCII)
    match = pattern.search(_origin_url(repo).removesuffix(".git"))
    return f"{match.group(2)}/{match.group(3)}" if match else None


def repository_nwo(site: Site, pages: Pages) -> str | None:
    """`owner/name`, or None when nothing names the repository."""
    from_env = os.environ.get("PAGES_REPO_NWO")
    if from_env is not None:
        return from_env
    configured = site.config.get("repository")
    if isinstance(configured, str) and "/" in configured:
        return configured
    return _nwo_from_origin(pages)


def build_revision() -> str:
    """`JEKYLL_BUILD_REVISION`, else the commit checked out in the working folder ("" outside
    a repository)."""
    given = os.environ.get("JEKYLL_BUILD_REVISION")
    if given:
        return given
    repo = git_dir(os.getcwd())
    if repo is None:
        return ""
    try:
        with open(os.path.join(repo, "HEAD"), encoding="utf-8") as fh:
            head = fh.read().strip()
        if not head.startswith("ref: "):
            return head
        ref = head[5:]
        ref_file = os.path.join(repo, ref)
        if os.path.isfile(ref_file):
            with open(ref_file, encoding="utf-8") as fh:
                return fh.read().strip()
        with open(os.path.join(repo, "packed-refs"), encoding="utf-8") as fh:
            for line in fh:
                sha, _, name = line.strip().partition(" ")
                if name == ref:
                    return sha
    except (OSError, UnicodeDecodeError):
        pass
    return ""
