"""What jekyll-github-metadata knows about a repository without the GitHub API: names and
URLs derived from `owner/name` and the GitHub instance. The plugin's API-backed facts
(description, licence, releases, ...) take the values it falls back to when GitHub cannot be
reached, so a site renders as the Ruby plugin renders it offline."""
from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

from pyjekyll.plugins.github_metadata.pages import Pages

#: the profile fields of `site.github.owner`, all unknown offline
OWNER_FIELDS = (
    "avatar_url", "bio", "blog", "collaborators", "company", "created_at", "description",
    "email", "followers", "following", "has_organization_projects", "has_repository_projects",
    "hireable", "html_url", "id", "is_verified", "location", "login", "name", "node_id",
    "public_gists", "public_repos", "type", "updated_at",
)


class Repository:
    def __init__(self, nwo: str, pages: Pages) -> None:
        self.nwo = nwo
        parts = nwo.split("/")
        while parts and not parts[-1]:  # split as Ruby does: no trailing empty parts
            parts.pop()
        self.owner, self.name = (parts[0], parts[-1]) if parts else ("", "")
        self.pages = pages

    # -- pages site ------------------------------------------------------------------------
    @property
    def default_user_domain(self) -> str:
        if not self.pages.enterprise and self.owner == "github":
            return f"{self.owner}.{self.pages.github_hostname}".lower()
        if self.pages.enterprise:
            return self.pages.pages_hostname.lower()
        return f"{self.owner}.{self.pages.pages_hostname}".lower()

    @property
    def user_page(self) -> bool:
        if self.pages.enterprise:
            return self.name.lower() == f"{self.owner.lower()}.{self.pages.github_hostname}"
        return self.name.lower() in (self.default_user_domain, f"{self.owner}.github.com".lower())

    @property
    def domain(self) -> str:
        if not self.pages.custom_domains_enabled:
            return self.pages.github_hostname
        return self.default_user_domain  # no CNAME and no user-site lookup offline

    @property
    def url_scheme(self) -> str:
        if self.pages.enterprise:
            return self.pages.scheme
        if self.owner == "github" and self.domain.endswith(".github.com"):
            return "https"
        return "http"

    @property
    def html_url(self) -> str:
        if not self.pages.custom_domains_enabled:
            path = self.owner if self.user_page else self.nwo
            if self.pages.subdomain_isolation:
                url = urljoin(f"{self.pages.scheme}://{self.pages.pages_hostname}/", path)
            else:
                url = urljoin(f"{self.pages.github_url}/pages/", path)
        elif self.user_page:
            url = f"{self.url_scheme}://{self.domain}"
        else:
            url = urljoin(f"{self.url_scheme}://{self.domain}", self.name)
        return url.removesuffix("/")

    @property
    def site_root(self) -> str:
        """The pages URL without its path: the `url` a production build falls back to."""
        scheme, _, rest = self.html_url.partition("://")
        return f"{scheme}://{rest.split('/', 1)[0]}"

    @property
    def baseurl(self) -> str:
        rest = self.html_url.partition("://")[2]
        return "/" + rest.split("/", 1)[1] if "/" in rest else ""

    # -- repository on GitHub --------------------------------------------------------------
    @property
    def owner_url(self) -> str:
        return f"{self.pages.github_url}/{self.owner}"

    @property
    def repository_url(self) -> str:
        return f"{self.owner_url}/{self.name}"

    @property
    def branch(self) -> str:
        return "master" if self.user_page else "gh-pages"

    def values(self) -> dict[str, Any]:
        """The repository's part of `site.github`."""
        repo_url = self.repository_url
        return {
            "archived": None,
            "baseurl": self.baseurl,
            "clone_url": f"{repo_url}.git",
            "contributors": False,
            "disabled": None,
            "is_project_page": not self.user_page,
            "is_user_page": self.user_page,
            "issues_url": None,
            "language": None,
            "latest_release": False,
            "license": None,
            "organization_members": None,
            "owner": dict.fromkeys(OWNER_FIELDS),
            "owner_display_name": None,
            "owner_gravatar_url": f"{self.owner_url}.png",
            "owner_name": self.owner,
            "owner_url": self.owner_url,
            "private": None,
            "project_tagline": None,
            "project_title": self.name,
            "public_repositories": [],
            "releases": False,
            "releases_url": f"{repo_url}/releases",
            "repository_name": self.name,
            "repository_nwo": self.nwo,
            "repository_url": repo_url,
            "show_downloads": None,
            "source": {"branch": self.branch, "path": "/"},
            "tar_url": f"{repo_url}/tarball/{self.branch}",
            "url": self.html_url,
            "wiki_url": None,
            "zip_url": f"{repo_url}/zipball/{self.branch}",
        }
