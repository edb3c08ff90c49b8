"""Documents: members of a collection (posts, drafts, and user collections)."""
from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls
from pyjekyll.content.convertible import Convertible, read_with_front_matter
from pyjekyll.content.dates import parse_date
from pyjekyll.errors import FrontMatterSyntaxError, InvalidDateError, JekyllError
from pyjekyll.liquid.ruby import to_s
from pyjekyll.log import logger
from pyjekyll.utils import deep_merge, pluralized_list, slugify, titleize_slug

if TYPE_CHECKING:
    from pyjekyll.content.collection import Collection
    from pyjekyll.site import Site

DATELESS_FILENAME = re.compile(r"^(?:.+/)*(.*)(\.[^.]+)$")
DATE_FILENAME = re.compile(r"^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$")
SASS_EXTS = (".sass", ".scss")
YAML_EXTS = (".yaml", ".yml")


class Document(Convertible):
    def __init__(self, path: str, site: Site, collection: Collection) -> None:
        self._init_fields(path, site, collection)
        if self.is_draft():
            self._categories_from_path("_drafts")
        else:
            self._categories_from_path(collection.relative_directory)
        site.hooks.trigger(collection.label, "post_init", self)
        site.hooks.trigger("documents", "post_init", self)

    @classmethod
    def from_earlier_read(cls, path: str, site: Site, collection: Collection, data: dict[str, Any],
                          content: str, body_line: int) -> Document:
        """A document whose file an earlier build of this site read, with what that read gave.

        Skips the data the constructor starts from (reading replaces it) and so must not be
        used while a `post_init` hook watches documents: the hook would miss that data.
        """
        doc = cls.__new__(cls)
        doc._init_fields(path, site, collection)
        doc.data = data
        doc.content = content
        doc.body_line = body_line
        return doc

    def _init_fields(self, path: str, site: Site, collection: Collection) -> None:
        self.path = path
        self.site = site
        self.collection = collection
        self.extname = os.path.splitext(path)[1]
        self.kind = collection.label
        self.data: dict[str, Any] = {}
        self.content = ""
        self.output: str | None = None
        self.body_line = 1
        self._url: str | None = None
        self._output_ext: str | None = None
        self._drop: Any = None
        self.index_in_collection = -1
        root = site.collections_path
        self.relative_path = path[len(root) + 1:] if path.startswith(root + "/") else path

    # -- front matter ----------------------------------------------------------
    def data_get(self, key: str) -> Any:
        if key in self.data:
            return self.data[key]
        return self.site.frontmatter_defaults.find(self.relative_path, self.kind, key)

    def merge_data(self, other: dict[str, Any], source: str = "YAML front matter") -> None:
        if other.get("categories") is not None:
            cats = other["categories"]
            if isinstance(cats, str):
                cats = cats.split()
            if isinstance(self.data.get("categories"), list) and isinstance(cats, list):
                merged = list(self.data["categories"])
                for c in cats:
                    if c not in merged:
                        merged.append(c)
                cats = merged
            other = dict(other, categories=cats)
        merged_data = deep_merge(self.data, other)
        self.data.clear()
        self.data.update(merged_data)
        if "date" in self.data:
            self.data["date"] = parse_date(
                to_s(self.data["date"]), self.site.tz,
                f"Document '{self.relative_path}' does not have a valid date in the {source}.")

    def is_draft(self) -> bool:
        if "draft" not in self.data or not self.data["draft"]:
            self.data["draft"] = (self.collection.relative_directory not in self.relative_path
                                  and self.collection.label == "posts")
        return bool(self.data["draft"])

    def _categories_from_path(self, special_dir: str) -> None:
        rel = self.relative_path
        if rel.startswith(special_dir):
            superdirs: list[str] = []
        else:
            idx = rel.find(special_dir)
            rest = rel[:idx] if idx >= 0 else rel
            superdirs = [c for c in rest.split("/") if c and c != special_dir and c != self.basename]
        self.merge_data({"categories": superdirs}, source="file path")

    def read(self) -> None:
        if self.extname in YAML_EXTS:
            from pyjekyll.reading.yaml_loader import load_yaml
            from pyjekyll.content.convertible import read_text

            self.data = load_yaml(read_text(self.site, self.path)) or {}
            return
        try:
            defaults = self.site.frontmatter_defaults.all(self.relative_path, self.kind)
            if defaults:
                self.merge_data(defaults, source="front matter defaults")
            data, self.content, self.body_line = read_with_front_matter(
                self.site, self.path, self.relative_path, strict_errors=True)
            if data:
                self.merge_data(data)
            self._read_post_data()
        except FrontMatterSyntaxError as exc:
            # Jekyll keeps the body and the defaults but skips the rest of reading, so the
            # document has no date, slug or title from its file name.
            logger.error("Error:", str(exc))
            self.content, self.body_line = exc.body, exc.body_line
            if self.site.config.get("strict_front_matter"):
                raise
        except InvalidDateError as exc:
            logger.error("Error:", f"could not read file {self.path}: {exc}")
            raise
        except JekyllError as exc:
            logger.error("Error:", f"could not read file {self.path}: {exc}")
            if self.site.config.get("strict_front_matter"):
                raise

    def _read_post_data(self) -> None:
        m = DATE_FILENAME.match(self.relative_path)
        slug = ext = None
        if m:
            date, slug, ext = m.groups()
            current = self.data.get("date")
            if not current or int(current.timestamp()) == int(self.site.time.timestamp()):
                self.merge_data({"date": date}, source="filename")
        else:
            m = DATELESS_FILENAME.match(self.relative_path)
            if m:
                slug, ext = m.groups()
        if slug is None:
            slug = self.basename_without_ext
        slug = slug.rstrip(".")
        if _unset(self.data.get("title")):
            self.data["title"] = titleize_slug(slug)
        if _unset(self.data.get("slug")):
            self.data["slug"] = slug
        if _unset(self.data.get("ext")):
            self.data["ext"] = ext
        cats = self.data.get("categories")
        categories = list(cats) if isinstance(cats, list) else ([] if cats is None else [cats])
        categories += pluralized_list(self.data, "category", "categories")
        flat = []
        for c in categories:
            s = to_s(c)
            if s not in flat:
                flat.append(s)
        self.merge_data({"categories": flat})
        self.merge_data({"tags": pluralized_list(self.data, "tag", "tags")})
        if self.excerpt_separator() and _unset(self.data.get("excerpt")):
            from pyjekyll.content.excerpt import Excerpt

            self.data["excerpt"] = Excerpt(self)

    # -- identity ----------------------------------------------------------------
    @property
    def basename(self) -> str:
        return os.path.basename(self.path)

    @property
    def basename_without_ext(self) -> str:
        return os.path.splitext(self.basename)[0]

    @property
    def name(self) -> str:
        return self.basename

    @property
    def date(self) -> dt.datetime:
        value = self.data.get("date")
        if not value:
            if self.data.get("draft"):
                mtime = os.stat(self.path).st_mtime
                value = dt.datetime.fromtimestamp(int(mtime), dt.timezone.utc).astimezone(self.site.tz)
            else:
                value = self.site.time
            self.data["date"] = value
        return value

    def cleaned_relative_path(self) -> str:
        rel = self.relative_path
        if self.extname:
            rel = rel[: len(rel) - len(self.extname)]
        rel = rel.replace(self.collection.relative_directory, "", 1)
        return rel.rstrip(".")

    # -- URL ---------------------------------------------------------------------
    @property
    def url(self) -> str:
        if self._url is None:
            from pyjekyll.content.url_placeholders import DocumentPlaceholders

            ph = DocumentPlaceholders(self)
            permalink = self.permalink
            self._url = urls.generate(
                self.collection.url_template(), str(permalink) if permalink else None,
                lambda t: urls.from_lookup(t, ph.get, ph.has))
        return self._url

    @property
    def id(self) -> str:
        slug = self.data.get("slug") or self.basename_without_ext
        # Ruby's File.dirname ignores a trailing slash: "/a/b/" -> "/a".
        return os.path.join(os.path.dirname(self.url.rstrip("/")) or "/", str(slug))

    def destination(self, dest: str) -> str:
        from pyjekyll.utils import sanitized_path

        url = self.url
        path = sanitized_path(dest, urls.unescape_path(url))
        if url.endswith("/"):
            path = os.path.join(path, "index.html")
        elif not path.endswith(self.output_ext):
            path += self.output_ext
        return path

    # -- rendering -----------------------------------------------------------------
    def is_asset(self) -> bool:
        return self.extname in SASS_EXTS or self.extname == ".coffee"

    def render_with_liquid(self) -> bool:
        if self.data_get("render_with_liquid") is False:
            return False
        if self.extname == ".coffee" or self.extname in YAML_EXTS:
            return False
        return "{%" in self.content or "{{" in self.content

    def place_in_layout(self) -> bool:
        return not (self.is_asset() or self.extname in YAML_EXTS or self.data_get("layout") == "none")

    def excerpt_separator(self) -> str:
        sep = self.data.get("excerpt_separator")
        if sep is None:
            sep = self.site.config.get("excerpt_separator")
        return "" if sep is None else to_s(sep)

    def published(self) -> bool:
        return self.data.get("published", True) is not False

    def write_p(self) -> bool:
        return self.collection.write_p() and self.site.publisher.publish(self)

    def _position(self) -> int:
        """This document's index in its collection (re-indexed when the list changed)."""
        docs = self.collection.docs
        i = self.index_in_collection
        if not (0 <= i < len(docs) and docs[i] is self):
            self.collection.reindex()
            i = self.index_in_collection
            if not (0 <= i < len(docs) and docs[i] is self):
                return -1  # no longer in its collection (e.g. cut by limit_posts)
        return i

    def next_doc(self) -> Document | None:
        i = self._position()
        docs = self.collection.docs
        return docs[i + 1] if 0 <= i < len(docs) - 1 else None

    def previous_doc(self) -> Document | None:
        i = self._position()
        return self.collection.docs[i - 1] if i > 0 else None

    def related_posts(self) -> list[Document]:
        posts = self.site.posts.docs
        if len(posts) <= 1:
            return []
        result = []
        for post in reversed(posts):
            if post is not self:
                result.append(post)
                if len(result) == 10:
                    break
        return result

    def sort_key(self) -> tuple[Any, str]:
        return (self.date, self.path)

    def to_liquid(self) -> Any:
        if self._drop is None:
            from pyjekyll.liquid.drops.document import DocumentDrop

            self._drop = DocumentDrop(self)
        return self._drop

    def __str__(self) -> str:
        if self.output is not None:
            return self.output
        return self.content if self.content is not None else "NO CONTENT"

    def __repr__(self) -> str:
        return f"<Document {self.relative_path} collection={self.collection.label}>"


def _unset(value: Any) -> bool:
    """Ruby's `||=` assigns only over nil and false."""
    return value is None or value is False
