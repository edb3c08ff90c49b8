"""What `{% seo %}` knows about the page being rendered: titles, author, image, JSON-LD.

Every value is worked out on first use from the page, the site configuration and
`site.data.authors`, following jekyll-seo-tag 2.8's rules of precedence.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cached_property
from typing import Any

from pyjekyll.liquid.drops.base import Drop
from pyjekyll.liquid.filters.uri import InvalidURIError, is_absolute
from pyjekyll.liquid.filters.values import str_of
from pyjekyll.plugins.values import first_present, lookup, present, sub_hash
from pyjekyll.plugins.site_filters import SiteFilters

TITLE_SEPARATOR = " | "
_HOMEPAGE_OR_ABOUT = re.compile(r"^/(about/)?(index.html?)?$")
_INDEX_HTML_END = re.compile(r"/index\.html$")
_LEADING_AT = re.compile(r"^@")
_ENTITY_TYPES = ("BlogPosting", "CreativeWork")
_AUTHOR_TYPES = ("Organization", "Person")
_DEFAULT_PAGINATOR_MESSAGE = "Page %<current>s of %<total>s for "
_FORMAT_REFERENCE = re.compile(r"%<(current|total)>s")


def absolute_url_p(text: Any) -> bool | None:
    """Whether `text` parses as an absolute URL (None when it does not parse)."""
    if not present(text):
        return None
    try:
        return is_absolute(str_of(text))
    except InvalidURIError:
        return None


class AuthorDrop(Drop):
    """The page's author: `page.author`, the first of `page.authors`, or `site.author`,
    completed from `site.data.authors` when given by name."""

    computed = ("name", "twitter")
    ruby_class_name = "Jekyll::SeoTag::AuthorDrop"
    __slots__ = ("_hash",)

    def __init__(self, page: Any, site: Any) -> None:
        super().__init__()
        self._hash = self._author_hash(page, site)

    @staticmethod
    def _author_hash(page: Any, site: Any) -> Mapping[str, Any]:
        sources = [lookup(page, "author")]
        authors = lookup(page, "authors")
        if isinstance(authors, list):
            sources.append(authors[0] if authors else None)
        sources.append(lookup(site, "author"))
        resolved = next((s for s in sources if s is not None and str_of(s) != ""), None)
        if isinstance(resolved, Mapping):
            return resolved
        if isinstance(resolved, str):
            result: dict[str, Any] = {"name": resolved}
            authors_data = lookup(lookup(site, "data"), "authors")
            if isinstance(authors_data, Mapping):
                extra = lookup(authors_data, resolved)
                if isinstance(extra, Mapping):
                    result.update(extra)
            return result
        return {}

    def fallback_data(self) -> Mapping[str, Any]:
        return self._hash

    def key_name(self) -> Any:
        return lookup(self._hash, "name")

    def key_twitter(self) -> Any:
        handle = first_present(lookup(self._hash, "twitter"), lookup(self._hash, "name"))
        return _LEADING_AT.sub("", handle, count=1) if isinstance(handle, str) else None

    def __str__(self) -> str:
        return str_of(self["name"])


class ImageDrop(Drop):
    """The page's image: `image`, `image.path`, `image.facebook` or `image.twitter`,
    as an escaped absolute URL in `path`, with the other `image` keys alongside."""

    computed = ("path",)
    ruby_class_name = "Jekyll::SeoTag::ImageDrop"
    __slots__ = ("_hash", "_filters")

    def __init__(self, page: Any, filters: SiteFilters) -> None:
        super().__init__()
        meta = lookup(page, "image")
        if isinstance(meta, Mapping):
            self._hash: dict[str, Any] = {"path": None, **meta}
        elif isinstance(meta, str):
            self._hash = {"path": meta}
        else:
            self._hash = {"path": None}
        self._filters = filters

    def fallback_data(self) -> Mapping[str, Any]:
        return self._hash

    def key_path(self) -> Any:
        raw = first_present(self._hash.get("path"), self._hash.get("facebook"), self._hash.get("twitter"))
        if not present(raw):
            return None
        if isinstance(raw, str) and absolute_url_p(raw) is False:
            raw = self._filters.absolute_url(raw)
        return self._filters.uri_escape(raw) if present(raw) else None

    def __str__(self) -> str:
        return str_of(self["path"])


class SeoMetadata(Drop):
    """`seo_tag` in the tag's template."""

    computed = ("version", "show_title", "title", "site_title", "site_tagline", "site_description",
                "page_title", "name", "description", "author", "image", "date_modified",
                "date_published", "type", "links", "logo", "page_lang", "page_locale",
                "canonical_url", "json_ld")

    def __init__(self, markup: str, page: Any, site: Any, paginator: Any, filters: SiteFilters) -> None:
        super().__init__()
        self.markup = markup
        self.page = page
        self.site = site
        self.paginator = paginator
        self.filters = filters

    # -- helpers -------------------------------------------------------------------
    def format_string(self, value: Any) -> str | None:
        """Markdown rendered, tags stripped, whitespace collapsed, escaped; None when empty."""
        f = self.filters
        text = f.escape_once(f.normalize_whitespace(f.strip_html(f.markdownify(value))))
        return text or None

    @cached_property
    def page_seo(self) -> Mapping[str, Any]:
        return sub_hash(self.page, "seo")

    @cached_property
    def site_social(self) -> Mapping[str, Any]:
        return sub_hash(self.site, "social")

    @cached_property
    def homepage_or_about(self) -> bool:
        url = lookup(self.page, "url")
        return isinstance(url, str) and _HOMEPAGE_OR_ABOUT.search(url) is not None

    def page_number_prefix(self) -> str | None:
        current = lookup(self.paginator, "page")
        if not present(current):
            return None
        total = lookup(self.paginator, "total_pages")
        message = first_present(lookup(self.site, "seo_paginator_message"), _DEFAULT_PAGINATOR_MESSAGE)
        if isinstance(current, (int, float)) and current > 1:
            values = {"current": str_of(current), "total": str_of(total)}
            return _FORMAT_REFERENCE.sub(lambda m: values[m.group(1)], str_of(message))
        return None

    # -- the keys the template reads ----------------------------------------------------
    def key_version(self) -> str:
        from pyjekyll.plugins.seo_tag import VERSION

        return VERSION

    def key_show_title(self) -> bool:
        return present(self["title"]) and re.search("title=false", self.markup, re.IGNORECASE) is None

    def key_site_title(self) -> str | None:
        return self.format_string(first_present(lookup(self.site, "title"), lookup(self.site, "name")))

    def key_site_tagline(self) -> str | None:
        return self.format_string(lookup(self.site, "tagline"))

    def key_site_description(self) -> str | None:
        return self.format_string(lookup(self.site, "description"))

    def key_page_title(self) -> str | None:
        return first_present(self.format_string(lookup(self.page, "title")), self["site_title"])

    def key_title(self) -> str | None:
        site_title = self["site_title"]
        page_title = self["page_title"]
        if present(site_title) and page_title != site_title:
            title = page_title + TITLE_SEPARATOR + site_title
        elif present(self["site_description"]) and present(site_title):
            title = site_title + TITLE_SEPARATOR + first_present(self["site_tagline"], self["site_description"])
        else:
            title = first_present(page_title, site_title)
        prefix = self.page_number_prefix()
        return prefix + title if prefix is not None and title is not None else title

    def key_name(self) -> str | None:
        if present(self.page_seo.get("name")):
            return self.format_string(self.page_seo["name"])
        if not self.homepage_or_about:
            return None
        if present(self.site_social.get("name")):
            return self.format_string(self.site_social["name"])
        return self["site_title"] if present(self["site_title"]) else None

    def key_description(self) -> str | None:
        source = first_present(lookup(self.page, "description"), lookup(self.page, "excerpt"))
        return first_present(self.format_string(source), self["site_description"])

    def key_author(self) -> AuthorDrop:
        return AuthorDrop(self.page, self.site)

    def key_image(self) -> ImageDrop | None:
        image = ImageDrop(self.page, self.filters)
        return image if present(image["path"]) else None

    def key_date_modified(self) -> Any:
        modified = lookup(self.page, "last_modified_at")
        to_liquid = getattr(modified, "to_liquid", None)
        if callable(to_liquid):
            modified = to_liquid()
        date = first_present(self.page_seo.get("date_modified"), modified, lookup(self.page, "date"))
        return self.filters.date_to_xmlschema(date) if present(date) else None

    def key_date_published(self) -> Any:
        date = lookup(self.page, "date")
        return self.filters.date_to_xmlschema(date) if present(date) else None

    def key_type(self) -> Any:
        if present(self.page_seo.get("type")):
            return self.page_seo["type"]
        if self.homepage_or_about:
            return "WebSite"
        return "BlogPosting" if present(lookup(self.page, "date")) else "WebPage"

    def key_links(self) -> Any:
        if present(self.page_seo.get("links")):
            return self.page_seo["links"]
        if self.homepage_or_about and present(self.site_social.get("links")):
            return self.site_social["links"]
        return None

    def key_logo(self) -> Any:
        logo = lookup(self.site, "logo")
        if not present(logo):
            return None
        if not absolute_url_p(logo):
            logo = self.filters.absolute_url(logo)
        return self.filters.uri_escape(logo)

    def key_page_lang(self) -> Any:
        return first_present(lookup(self.page, "lang"), lookup(self.site, "lang"), "en_US")

    def key_page_locale(self) -> str:
        locale = first_present(lookup(self.page, "locale"), lookup(self.site, "locale"), self["page_lang"])
        return str_of(locale).replace("-", "_")

    def key_canonical_url(self) -> Any:
        given = lookup(self.page, "canonical_url")
        if given is not None and str_of(given) != "":
            return given
        url = self.filters.absolute_url(lookup(self.page, "url"))
        return _INDEX_HTML_END.sub("/", str_of(url), count=1)

    def key_json_ld(self) -> dict[str, Any]:
        return json_ld(self)


def _json_ld_author(meta: SeoMetadata) -> dict[str, Any] | None:
    author: AuthorDrop = meta["author"]
    if not present(author["name"]):
        return None
    kind = lookup(author, "type")
    if present(kind) and kind not in _AUTHOR_TYPES:
        return None
    result = {"@type": kind if present(kind) else "Person", "name": author["name"]}
    url = lookup(author, "url")
    if present(url):
        result["url"] = url
    return result


def _json_ld_image(meta: SeoMetadata) -> Any:
    image: ImageDrop | None = meta["image"]
    if image is None:
        return None
    keys = image.keys()
    if len(keys) == 1:
        return image["path"]
    result = {k: image[k] for k in keys}
    result["url"] = result.pop("path")
    result["@type"] = "imageObject"
    return result


def _json_ld_publisher(meta: SeoMetadata) -> dict[str, Any] | None:
    logo = meta["logo"]
    if not present(logo):
        return None
    result: dict[str, Any] = {"@type": "Organization", "logo": {"@type": "ImageObject", "url": logo}}
    name = meta["author"]["name"]
    if present(name):
        result["name"] = name
    return result


def json_ld(meta: SeoMetadata) -> dict[str, Any]:
    """The JSON-LD object, keys sorted, nil values left out."""
    entity = None
    if meta["type"] in _ENTITY_TYPES:
        entity = {"@type": "WebPage", "@id": meta["canonical_url"]}
    candidates = {
        "@context": "https://schema.org",
        "@type": meta["type"],
        "author": _json_ld_author(meta),
        "dateModified": meta["date_modified"],
        "datePublished": meta["date_published"],
        "description": meta["description"],
        "headline": meta["page_title"],
        "image": _json_ld_image(meta),
        "mainEntityOfPage": entity,
        "name": meta["name"],
        "publisher": _json_ld_publisher(meta),
        "sameAs": meta["links"],
        "url": meta["canonical_url"],
    }
    return {k: candidates[k] for k in sorted(candidates) if candidates[k] is not None}
