"""Static files: copied to the destination byte for byte."""
from __future__ import annotations

import datetime as dt
import os
import shutil
from typing import TYPE_CHECKING, Any

from pyjekyll.content import url as urls

if TYPE_CHECKING:
    from pyjekyll.content.collection import Collection
    from pyjekyll.site import Site


#: source path -> mtime when this process last copied it (Jekyll's StaticFile.mtimes)
_COPIED_MTIMES: dict[str, int] = {}


class StaticFile:
    def __init__(self, site: Site, base: str, dir: str, name: str,
                 collection: Collection | None = None) -> None:
        self.site = site
        self.base = base
        self.dir_ = dir
        self.name = name
        self.collection = collection
        # Ruby's File.join("", name) gives "/name": root files keep the leading slash.
        self.relative_path = f"{dir.rstrip('/')}/{name}"
        self.extname = os.path.splitext(name)[1]
        self._url: str | None = None
        self._defaults: dict[str, Any] | None = None

    @property
    def path(self) -> str:
        cdir = self.site.config.get("collections_dir") or ""
        if self.collection is not None and cdir:
            return os.path.join(self.base, cdir, self.dir_.lstrip("/"), self.name)
        return os.path.join(self.base, self.dir_.lstrip("/"), self.name)

    @property
    def basename(self) -> str:
        base = self.name[: len(self.name) - len(self.extname)] if self.extname else self.name
        return base.rstrip(".")

    @property
    def modified_time(self) -> dt.datetime:
        mtime = os.stat(self.path).st_mtime
        return dt.datetime.fromtimestamp(int(mtime), dt.timezone.utc).astimezone(self.site.tz)

    @property
    def type(self) -> str | None:
        return self.collection.label if self.collection is not None else None

    def cleaned_relative_path(self) -> str:
        rel = self.relative_path
        if self.extname:
            rel = rel[: len(rel) - len(self.extname)]
        rel = rel.rstrip(".")
        if self.collection is not None:
            rel = rel.replace(self.collection.relative_directory, "", 1)
        return rel

    @property
    def url(self) -> str:
        if self._url is None:
            if self.collection is None:
                base = self.cleaned_relative_path()
            else:
                placeholders = {"collection": self.collection.label, "path": self.cleaned_relative_path(),
                                "output_ext": "", "name": self.basename, "title": ""}
                base = urls.generate(self.collection.url_template(), None,
                                     lambda t: urls.from_hash(t, placeholders))
            self._url = (base[:-1] if base.endswith("/") else base) + self.extname
        return self._url

    @property
    def data(self) -> dict[str, Any]:
        return self.site.frontmatter_defaults.all(self.relative_path, self.type)

    def write_p(self) -> bool:
        if self._defaults is None:
            self._defaults = self.site.frontmatter_defaults.all(self.url, self.type)
        publishable = self._defaults.get("published", True)
        if self.collection is None:
            return bool(publishable) if publishable is not None else True
        return bool(publishable) and self.collection.write_p()

    def destination(self, dest: str) -> str:
        from pyjekyll.utils import sanitized_path

        return sanitized_path(dest, urls.unescape_path(self.url))

    def write(self, dest: str) -> bool:
        """Copy unless this process already copied this source at this mtime (as Jekyll)."""
        target = self.destination(dest)
        src = self.path
        st = os.stat(src)
        mtime = int(st.st_mtime)
        if os.path.exists(target) and _COPIED_MTIMES.get(src) == mtime:
            return False
        _COPIED_MTIMES[src] = mtime
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if os.path.lexists(target):
            os.remove(target)
        shutil.copyfile(src, target)
        os.utime(target, (mtime, mtime))
        return True

    def to_liquid(self) -> Any:
        from pyjekyll.liquid.drops.static_file import StaticFileDrop

        return StaticFileDrop(self)

    def __repr__(self) -> str:
        return f"<StaticFile {self.relative_path}>"
