"""The GitHub instance a site is built for, as jekyll-github-metadata reads it from the
environment GitHub Pages sets (`PAGES_ENV`, hostnames, `SSL`, ...)."""
from __future__ import annotations

import os

#: values used when a variable is unset or empty
DEFAULTS = {
    "PAGES_ENV": "development",
    "PAGES_API_URL": "https://api.github.com",
    "PAGES_HELP_URL": "https://help.github.com",
    "PAGES_GITHUB_HOSTNAME": "github.com",
    "PAGES_PAGES_HOSTNAME": "github.io",
    "SSL": "false",
    "SUBDOMAIN_ISOLATION": "false",
}

#: where a development build's pages are served
DEVELOPMENT_PAGES_HOSTNAME = "localhost:4000"


def _variable(name: str, fallback: str | None = None) -> str | None:
    """The variable when set and not empty, else `fallback`, else the default."""
    value = os.environ.get(name)
    if value:
        return value
    return fallback if fallback is not None else DEFAULTS.get(name)


def _trim_slash(url: str | None) -> str:
    url = url or ""
    return url[:-1] if url.endswith("/") else url


def jekyll_env() -> str:
    return os.environ.get("JEKYLL_ENV") or "development"


class Pages:
    """A snapshot of the environment: read once per build."""

    def __init__(self) -> None:
        self.env: str = _variable("PAGES_ENV", os.environ.get("JEKYLL_ENV")) or "development"
        self.ssl = _variable("SSL") == "true" or self.env == "test"
        self.scheme = "https" if self.ssl else "http"
        self.subdomain_isolation = _variable("SUBDOMAIN_ISOLATION") == "true"
        self.github_hostname = _trim_slash(_variable("PAGES_GITHUB_HOSTNAME", os.environ.get("GITHUB_HOSTNAME")))
        intermediate = os.environ.get("PAGES_HOSTNAME")
        if intermediate is None and self.env == "development":
            intermediate = DEVELOPMENT_PAGES_HOSTNAME
        self.pages_hostname = _trim_slash(_variable("PAGES_PAGES_HOSTNAME", intermediate))
        self.api_url = _trim_slash(_variable("PAGES_API_URL", os.environ.get("API_URL")))
        self.help_url = _trim_slash(_variable("PAGES_HELP_URL", os.environ.get("HELP_URL")))
        self.page_build = bool(os.environ.get("PAGE_BUILD_ID"))

    @property
    def dotcom(self) -> bool:
        return self.env == "dotcom"

    @property
    def enterprise(self) -> bool:
        return self.env == "enterprise"

    @property
    def custom_domains_enabled(self) -> bool:
        return self.env in ("dotcom", "test")

    @property
    def github_url(self) -> str:
        if self.dotcom or self.github_hostname == "github.com":
            return "https://github.com"
        return f"{self.scheme}://{self.github_hostname}"
