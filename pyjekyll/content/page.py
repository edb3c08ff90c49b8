"""Pages: files outside collections that have front matter."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls
from pyjekyll.content.convertible import Convertible, read_with_front_matter

if TYPE_CHECKING:
    from pyjekyll.site import Site

HTML_EXTENSIONS = (".html", ".xhtml", ".htm")


class Page(Convertible):
    """A page read from `dir/name` under the site source (or a generated one)."""

    kind = "pages"
    collection = None

    def __init__(self, site: Site, base: str, dir: str, name: str, *, read: bool = True) -> None:
        self.site = site
        self.base = base
        self.dir_ = dir
        self.name = name
        self.path_on_disk = os.path.join(base, dir.lstrip("/"), name)
        self.ext = os.path.splitext(name)[1]
        self.basename = name[: len(name) - len(self.ext)].rstrip(".") if self.ext else name.rstrip(".")
        self.data: dict[str, Any] = {}
        self.content = ""
        self.output: str | None = None
        self.body_line = 1
        self._url: str | None = None
        self._output_ext: str | None = None
        self.pager: Any = None
        if read:
            self.data, self.content, self.body_line = read_with_front_matter(
                site, self.path_on_disk, self.relative_path)
        if site.config.get("page_excerpts") and self.generate_excerpt():
            from pyjekyll.content.excerpt import PageExcerpt

            self.data.setdefault("excerpt", PageExcerpt(self))
        site.hooks.trigger("pages", "post_init", self)

    # -- identity -------------------------------------------------------------
    @property
    def relative_path(self) -> str:
        return os.path.join(self.dir_, self.name).lstrip("/")

    @property
    def path(self) -> str:
        return self.data.get("path", self.relative_path)

    @property
    def extname(self) -> str:
        return self.ext

    def data_get(self, key: str) -> Any:
        if key in self.data:
            return self.data[key]
        return self.site.frontmatter_defaults.find(self.relative_path, self.kind, key)

    # -- URL ------------------------------------------------------------------
    def html(self) -> bool:
        return self.output_ext in HTML_EXTENSIONS

    def is_index(self) -> bool:
        return self.basename == "index"

    def template(self) -> str:
        if not self.html():
            return "/:path/:basename:output_ext"
        if self.is_index():
            return "/:path/"
        return urls.add_permalink_suffix("/:path/:basename", self.site.permalink_style)

    @property
    def url(self) -> str:
        if self._url is None:
            placeholders = {"path": self.dir_, "basename": self.basename, "output_ext": self.output_ext}
            permalink = self.permalink
            self._url = urls.generate(
                self.template(), str(permalink) if permalink else None,
                lambda t: urls.from_hash(t, placeholders))
        return self._url

    def reset_url(self) -> None:
        """Forget the computed URL (a plugin changed the permalink or the name)."""
        self._url = None

    @property
    def url_dir(self) -> str:
        url = self.url
        if url.endswith("/"):
            return url
        value = os.path.dirname(url)
        return value if value.endswith("/") else value + "/"

    def destination(self, dest: str) -> str:
        from pyjekyll.utils import sanitized_path

        path = sanitized_path(dest, urls.unescape_path(self.url))
        if self.url.endswith("/"):
            path = os.path.join(path, "index")
        if not path.endswith(self.output_ext):
            path += self.output_ext
        return path

    # -- rendering ------------------------------------------------------------
    def render_with_liquid(self) -> bool:
        if self.data.get("render_with_liquid") is False:
            return False
        return "{%" in self.content or "{{" in self.content

    def is_asset(self) -> bool:
        return self.ext in (".sass", ".scss", ".coffee")

    def place_in_layout(self) -> bool:
        return not (self.is_asset() or self.data_get("layout") == "none")

    def excerpt_separator(self) -> str:
        sep = self.data.get("excerpt_separator")
        return str(sep if sep is not None else self.site.config.get("excerpt_separator", ""))

    def generate_excerpt(self) -> bool:
        return bool(self.excerpt_separator()) and type(self) is Page and self.html()

    def published(self) -> bool:
        return self.data.get("published", True) is not False

    def write_p(self) -> bool:
        return True

    def to_liquid(self) -> Any:
        from pyjekyll.liquid.drops.page import PageDrop

        return PageDrop(self)

    def __repr__(self) -> str:
        return f"<Page {self.relative_path}>"


class PageWithoutAFile(Page):
    """A page a generator or plugin makes in memory (feeds, redirects, sitemaps)."""

    def __init__(self, site: Site, base: str, dir: str, name: str, content: str = "",
                 data: dict[str, Any] | None = None) -> None:
        super().__init__(site, base, dir, name, read=False)
        self.content = content
        self.data = dict(data or {})
