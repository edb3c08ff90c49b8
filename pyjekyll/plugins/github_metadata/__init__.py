"""jekyll-github-metadata 2.15, offline: `site.github` and `{% github_edit_link %}`.

Names and URLs come from the repository's `owner/name` and the GitHub instance the
environment describes; facts only the GitHub API knows take the values the Ruby plugin
falls back to when GitHub cannot be reached (nil, false, empty). pyjekyll never calls the
network. The site's own `github:` settings win over every value.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pyjekyll.log import logger
from pyjekyll.plugins.api import PluginAPI
from pyjekyll.plugins.github_metadata.edit_link import GitHubEditLinkTag
from pyjekyll.plugins.github_metadata.finder import build_revision, repository_nwo
from pyjekyll.plugins.github_metadata.pages import Pages, jekyll_env
from pyjekyll.plugins.github_metadata.repository import Repository
from pyjekyll.utils import deep_merge

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: the `site.github` keys that need a repository name
_REPOSITORY_KEYS = tuple(Repository("o/n", Pages()).values())


def metadata(site: Site, pages: Pages) -> tuple[dict[str, Any], Repository | None]:
    """`site.github` as the plugin computes it offline, and the repository it describes."""
    nwo = repository_nwo(site, pages)
    repository = Repository(nwo, pages) if nwo is not None else None
    values: dict[str, Any] = {
        "api_url": pages.api_url,
        "build_revision": build_revision(),
        "environment": pages.env,
        "help_url": pages.help_url,
        "hostname": pages.github_hostname,
        "pages_env": pages.env,
        "pages_hostname": pages.pages_hostname,
        "versions": {},
    }
    values.update(repository.values() if repository else dict.fromkeys(_REPOSITORY_KEYS))
    return dict(sorted(values.items())), repository


def _fallbacks(site: Site, pages: Pages, repository: Repository | None) -> None:
    """`title` (and in production `url`, `baseurl`) from the repository when unset."""
    config = site.config
    if config.get("name") and not config.get("title"):
        logger.warn("GitHub Metadata:", "site.name is set in _config.yml, but many plugins and themes "
                                        "expect site.title to be used instead. To avoid potential "
                                        "inconsistency, Jekyll GitHub Metadata will not set site.title "
                                        "to the repository's name.")
    elif config.get("title") in (None, False) and repository is not None:
        config["title"] = repository.name if not repository.user_page else repository.owner
    if repository is None or not (jekyll_env() == "production" or pages.page_build):
        return
    if config.get("url") in (None, False):
        config["url"] = repository.site_root
    if config.get("baseurl") in (None, "/"):
        config["baseurl"] = repository.baseurl


def fill_site_github(site: Site) -> None:
    """`site.github`, overlaid with the site's own `github:` settings; the config fallbacks.
    Running it again (after a reset) changes nothing: the merged settings still win."""
    pages = Pages()
    values, repository = metadata(site, pages)
    if repository is None:
        logger.warn("GitHub Metadata:", "No repo name found. Specify using PAGES_REPO_NWO environment "
                                        "variables, 'repository' in your configuration, or set up an "
                                        "'origin' git remote pointing to your github.com repository; "
                                        "site.github holds defaults only.")
    own = site.config.get("github")
    if isinstance(own, dict):
        site.config["github"] = deep_merge(values, own)
    elif own is None:
        site.config["github"] = values
    _fallbacks(site, pages, repository)


def register(api: PluginAPI) -> None:
    api.tag(GitHubEditLinkTag)
    api.hook("site", "after_init", fill_site_github)
    api.hook("site", "after_reset", fill_site_github)
