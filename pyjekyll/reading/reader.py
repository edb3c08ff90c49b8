"""The read stage: layouts, pages, static files, posts, drafts, collections and data."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from pyjekyll.content.document import DATE_FILENAME, DATELESS_FILENAME, Document
from pyjekyll.content.layout import Layout
from pyjekyll.content.page import Page
from pyjekyll.content.static_file import StaticFile
from pyjekyll.log import logger
from pyjekyll.reading.data_reader import DataReader
from pyjekyll.reading.document_snapshots import Restorer, read_document
from pyjekyll.reading.entry_filter import EntryFilter
from pyjekyll.reading.frontmatter import has_yaml_header
from pyjekyll.reading.source_listings import filtered_walk
from pyjekyll.utils import deep_merge, sanitized_path

if TYPE_CHECKING:
    from pyjekyll.content.collection import Collection
    from pyjekyll.site import Site


def walk_files(base: str, folders: list[tuple[str, int]] | None = None) -> list[str]:
    """Every file below `base`, relative to it, sorted (Ruby's `Dir["**/*"]`, dotfiles too;
    symlinked folders followed, unreadable ones empty). With `folders`, each walked folder is
    added with its mtime, taken before it is listed (rebuilds keep listings by them)."""
    found: list[str] = []
    pending = [(base, "")]
    while pending:
        folder, rel = pending.pop()
        try:
            mtime = os.stat(folder).st_mtime_ns if folders is not None else 0
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            continue
        if folders is not None:
            folders.append((folder, mtime))
        for entry in entries:
            name = entry.name if not rel else rel + "/" + entry.name
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                pending.append((entry.path, name))
            else:
                found.append(name)
    found.sort()
    return found


class Reader:
    def __init__(self, site: Site) -> None:
        self.site = site

    def read(self) -> None:
        site = self.site
        site.layouts = self.read_layouts()
        self.read_directories("")
        self.read_included_files()
        site.pages.sort(key=lambda p: p.name)
        site.static_files.sort(key=lambda f: f.relative_path)
        for label, collection in site.collections.items():
            if label in ("posts", "data"):
                collection.sort_docs()
                continue
            self.read_collection(collection)
        self.read_theme_assets()
        site.data = self.read_data()

    # -- layouts -------------------------------------------------------------
    def read_layouts(self) -> dict[str, Layout]:
        site = self.site
        layouts: dict[str, Layout] = {}
        directory = sanitized_path(site.source, site.config.get("layouts_dir") or "_layouts")
        for name in self._layout_entries(directory):
            layouts[name.rsplit(".", 1)[0]] = Layout(site, directory, name, site.source)
        theme_dir = site.theme.layouts_path if site.theme else None
        if theme_dir:
            for name in self._layout_entries(str(theme_dir)):
                key = name.rsplit(".", 1)[0]
                if key not in layouts:
                    layouts[key] = Layout(site, str(theme_dir), name, str(site.theme.root))
        return layouts

    def _layout_entries(self, directory: str) -> list[str]:
        if not os.path.isdir(directory):
            return []
        entries = [e for e in walk_files(directory) if "." in os.path.basename(e)
                   and not any(part.startswith(".") for part in e.split("/"))]
        return EntryFilter(self.site).filter(entries, cwd=directory)

    # -- pages, static files, posts --------------------------------------------
    def read_directories(self, dir: str) -> None:
        site = self.site
        base = sanitized_path(site.source, dir) if dir else site.source
        if not os.path.isdir(base):
            return
        # The directory's own order, not sorted: pages that share a name keep the order in
        # which they were found through the final (stable) sort by name, as in Jekyll.
        entries = EntryFilter(site, base).filter(os.listdir(base), cwd=base)
        dot_dirs, dot_pages, dot_static = [], [], []
        for entry in entries:
            path = os.path.join(base, entry)
            if os.path.isdir(path):
                dot_dirs.append(entry)
            elif has_yaml_header(path):
                dot_pages.append(entry)
            else:
                dot_static.append(entry)
        self.retrieve_posts(dir)
        for entry in dot_dirs:
            rel = f"{dir}/{entry}" if dir else f"/{entry}"
            if os.path.join(base, entry) != site.dest.rstrip("/"):
                self.read_directories(rel)
        for entry in dot_pages:
            page = Page(site, site.source, dir, entry)
            if site.publisher.publish(page):
                site.pages.append(page)
        for entry in dot_static:
            site.static_files.append(StaticFile(site, site.source, dir, entry))

    def _outside_collections_dir(self, dir: str) -> bool:
        cdir = self.site.config.get("collections_dir") or ""
        return bool(cdir) and not dir.startswith("/" + cdir)

    def retrieve_posts(self, dir: str) -> None:
        if self._outside_collections_dir(dir):
            return
        site = self.site
        site.posts.docs.extend(self._read_publishable(dir, "_posts", posts=True))
        if site.show_drafts:
            site.posts.docs.extend(self._read_publishable(dir, "_drafts", posts=False))

    def _entries_in(self, dir: str, subfolder: str) -> list[str]:
        base = sanitized_path(sanitized_path(self.site.source, dir) if dir else self.site.source, subfolder)
        if not os.path.isdir(base):
            return []
        def keep(names: list[str]) -> list[str]:
            entries = EntryFilter(self.site, base).filter(names, cwd=base)
            return [e for e in entries if not os.path.isdir(os.path.join(base, e))]

        return filtered_walk(self.site, base, keep)

    def _read_publishable(self, dir: str, magic: str, posts: bool) -> list[Document]:
        site = self.site
        matcher = DATE_FILENAME if posts else DATELESS_FILENAME
        docs: list[Document] = []
        base = sanitized_path(site.source, dir) if dir else site.source
        unread: set[int] = set()
        folder = os.path.join(base, magic)
        posts = site.posts
        restore = Restorer(site, posts).restore
        for entry in self._entries_in(dir, magic):
            if not matcher.match(entry):
                continue
            path = os.path.join(folder, entry)
            doc = restore(path)
            if doc is None:
                doc = Document(path, site, posts)
                unread.add(id(doc))
            docs.append(doc)
        result = []
        for doc in docs:
            if id(doc) in unread:
                read_document(doc)
            if site.publisher.publish(doc):
                result.append(doc)
            elif site.publisher.hidden_in_the_future(doc):
                logger.warn("Skipping:", f"{doc.relative_path} has a future date")
        return result

    def read_included_files(self) -> None:
        site = self.site
        for entry in site.include:
            path = sanitized_path(site.source, entry)
            if os.path.isdir(path) or not os.path.isfile(path):
                continue
            rel_dir, name = os.path.split(path)
            rel_dir = rel_dir[len(site.source):]
            if has_yaml_header(path):
                if any(sanitized_path(site.source, p.relative_path) == path for p in site.pages):
                    continue
                page = Page(site, site.source, rel_dir, name)
                if site.publisher.publish(page):
                    site.pages.append(page)
            else:
                if any(sanitized_path(site.source, f.relative_path.lstrip("/")) == path for f in site.static_files):
                    continue
                site.static_files.append(StaticFile(site, site.source, rel_dir, name))

    # -- collections --------------------------------------------------------------
    def read_collection(self, collection: Collection) -> None:
        site = self.site
        directory = collection.directory
        if not os.path.isdir(directory) or (site.safe and os.path.islink(directory)):
            collection.sort_docs()
            return
        entries = filtered_walk(site, directory, lambda names: EntryFilter(site, collection.relative_directory)
                                .filter(names, cwd=directory))
        restore = Restorer(site, collection).restore
        for rel in entries:
            full = os.path.join(directory, rel)
            if os.path.isdir(full):
                continue
            doc = restore(full)
            if doc is None and has_yaml_header(full):
                doc = Document(full, site, collection)
                read_document(doc)
            if doc is not None:
                if site.unpublished or doc.published():
                    collection.docs.append(doc)
            else:
                rel_dir = os.path.dirname(rel)
                static_dir = collection.relative_directory + ("/" + rel_dir if rel_dir else "")
                collection.files.append(StaticFile(site, site.source, static_dir, os.path.basename(full), collection))
        site.static_files.extend(collection.files)
        collection.sort_docs()

    # -- theme and data -------------------------------------------------------------
    def read_theme_assets(self) -> None:
        site = self.site
        theme = site.theme
        assets = theme.assets_path if theme else None
        if not assets or not os.path.isdir(str(assets)):
            return
        root = str(theme.root)
        page_paths = {p.relative_path for p in site.pages}
        static_paths = {f.relative_path for f in site.static_files}
        for rel in walk_files(str(assets)):
            path = os.path.join(str(assets), rel)
            if os.path.islink(path):
                logger.warn("Theme reader:", f"Ignored symlinked asset: {path}")
                continue
            dir_ = os.path.dirname(path[len(root) + 1:])
            name = os.path.basename(path)
            if has_yaml_header(path):
                page = Page(site, root, dir_, name)
                if page.relative_path not in page_paths:
                    site.pages.append(page)
            else:
                static = StaticFile(site, root, "/" + dir_, name)
                if static.relative_path not in static_paths:
                    site.static_files.append(static)

    def read_data(self) -> dict:
        site = self.site
        reader = DataReader(site)
        data = reader.read(sanitized_path(site.source, site.config.get("data_dir") or "_data"))
        theme = site.theme
        if theme and theme.data_path:
            data = deep_merge(reader.read(str(theme.data_path)), data)
        return data
