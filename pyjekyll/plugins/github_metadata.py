"""jekyll-github-metadata 2.13, offline: `site.github` from the repository's git remote,
the environment GitHub Pages sets (`PAGES_REPO_NWO`, `PAGES_ENV`, hostnames) and the
site's own `github:` settings, which win. Facts only the GitHub API knows (contributors,
releases, descriptions) are empty: pyjekyll never calls the network.
"""
from __future__ import annotations

import configparser
import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.log import logger
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.utils import deep_merge

if TYPE_CHECKING:
    from pyjekyll.site import Site

_NWO_IN_URL = re.compile(r"github[^/:]*[:/]([\w.-]+)/([\w.-]+?)(?:\.git)?/?$")
_NWO = re.compile(r"^[\w.-]+/[\w.-]+$")


def _git_dir(source: str) -> str | None:
    folder = os.path.abspath(source)
    while True:
        candidate = os.path.join(folder, ".git")
        if os.path.isdir(candidate):
            return candidate
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent


def _remote_nwo(git_dir: str | None) -> str | None:
    if git_dir is None:
        return None
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    try:
        parser.read(os.path.join(git_dir, "config"), encoding="utf-8")
    except configparser.Error:
        return None
    url = parser.get('remote "origin"', "url", fallback="")
    match = _NWO_IN_URL.search(url)
    return f"{match.group(1)}/{match.group(2)}" if match else None


def _revision(git_dir: str | None) -> str | None:
    if os.environ.get("JEKYLL_BUILD_REVISION"):
        return os.environ["JEKYLL_BUILD_REVISION"]
    if git_dir is None:
        return None
    try:
        with open(os.path.join(git_dir, "HEAD"), encoding="utf-8") as fh:
            head = fh.read().strip()
        if head.startswith("ref: "):
            with open(os.path.join(git_dir, head[5:]), encoding="utf-8") as fh:
                return fh.read().strip()
        return head
    except OSError:
        return None


def repository_nwo(site: Site) -> str | None:
    configured = site.config.get("repository")
    for candidate in (os.environ.get("PAGES_REPO_NWO"), configured if isinstance(configured, str) else None):
        if candidate and _NWO.match(candidate):
            return candidate
    return _remote_nwo(_git_dir(site.source))


def metadata(site: Site) -> dict[str, Any]:
    env = os.environ
    hostname = env.get("PAGES_GITHUB_HOSTNAME", "github.com")
    pages_hostname = env.get("PAGES_PAGES_HOSTNAME", "github.io")
    nwo = repository_nwo(site)
    owner, _, name = (nwo or "/").partition("/")
    repo_url = f"https://{hostname}/{nwo}" if nwo else None
    user_page = bool(name) and name.lower() in (f"{owner}.{pages_hostname}".lower(), f"{owner}.github.com".lower())
    pages_url = None
    if nwo:
        pages_url = f"https://{owner.lower()}.{pages_hostname}" + ("" if user_page else f"/{name}")
    return {
        "api_url": env.get("PAGES_API_URL", "https://api.github.com"),
        "archived": False,
        "baseurl": "" if user_page or not nwo else f"/{name}",
        "build_revision": _revision(_git_dir(site.source)),
        "clone_url": f"{repo_url}.git" if repo_url else None,
        "contributors": [],
        "disabled": False,
        "environment": env.get("PAGES_ENV", "development"),
        "help_url": env.get("PAGES_HELP_URL", "https://help.github.com"),
        "hostname": hostname,
        "is_project_page": bool(nwo) and not user_page,
        "is_user_page": user_page,
        "issues_url": f"{repo_url}/issues" if repo_url else None,
        "language": None,
        "latest_release": False,
        "license": None,
        "organization_members": [],
        "owner": None,
        "owner_gravatar_url": f"https://{hostname}/{owner}.png" if owner else None,
        "owner_name": owner or None,
        "owner_url": f"https://{hostname}/{owner}" if owner else None,
        "pages_env": env.get("PAGES_ENV", "development"),
        "pages_hostname": pages_hostname,
        "private": False,
        "project_tagline": None,
        "project_title": name or None,
        "public_repositories": [],
        "releases": [],
        "releases_url": f"{repo_url}/releases" if repo_url else None,
        "repository_name": name or None,
        "repository_nwo": nwo,
        "repository_url": repo_url,
        "show_downloads": False,
        "source": {"branch": "gh-pages" if not user_page else "master", "path": "/"},
        "tar_url": f"{repo_url}/tarball/gh-pages" if repo_url else None,
        "url": pages_url,
        "versions": {},
        "wiki_url": f"{repo_url}/wiki" if repo_url else None,
        "zip_url": f"{repo_url}/zipball/gh-pages" if repo_url else None,
    }


def fill_site_github(site: Site) -> None:
    """`site.github`: what is known offline, overlaid with the site's `github:` settings."""
    own = site.config.get("github")
    values = metadata(site)
    if values["repository_nwo"] is None:
        logger.warn("GitHub Metadata:", "No GitHub API authentication could be found and no repository "
                                        "name is known (set PAGES_REPO_NWO or `repository:`); "
                                        "site.github holds defaults only.")
    site.config["github"] = deep_merge(values, own) if isinstance(own, dict) else values
    production = os.environ.get("JEKYLL_ENV") == "production" or os.environ.get("PAGES_ENV") == "dotcom"
    if production:
        if not site.config.get("url") and values["url"]:
            site.config["url"] = values["url"].removesuffix(values["baseurl"] or "\0")
        if site.config.get("baseurl") in (None, "") and values["baseurl"]:
            site.config["baseurl"] = values["baseurl"]
    if site.config.get("title") is None and not site.config.get("name") and values["project_title"]:
        site.config["title"] = values["project_title"]


def register(api: PluginAPI) -> None:
    api.hook("site", "after_init", fill_site_github)
    api.hook("site", "after_reset", fill_site_github)
