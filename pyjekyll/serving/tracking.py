"""What one rendered page or document read, and whether those reads still give the same values.

A render is a function of what it reads: its own source, the layouts and includes
it used, and every drop value it looked up (other pages' titles, `site.posts`,
`site.data` …). Recording each read with a digest of the value seen lets a later
build re-ask the same questions; when every answer is unchanged, the old output is
still exact. Anything the recorder cannot see (plugin tags and filters, random
filters) marks the item untracked, which means: always render it.
"""
from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from pyjekyll.serving.fingerprint import Digest, Fingerprinter, document_identity, drop_identity, is_transparent

if TYPE_CHECKING:
    from pyjekyll.site import Site

#: digest standing for "the key was not there"
MISSING: Digest = b"\0missing"
#: reads of the whole set of site files (the `link` and `post_url` tags)
STRUCTURE = ("structure", "")
#: drop keys whose values change while the render stage runs (bodies are filled in as
#: items render; related posts follow the current document): never memoised
VOLATILE_READS = frozenset({"k:content", "k:output", "k:excerpt", "k:related_posts"})


@dataclass
class Trace:
    """The recorded inputs of one item's render, and what the render produced."""

    own: Digest
    reads: dict[tuple[str, str], Digest] = field(default_factory=dict)
    templates: dict[tuple[Any, ...], Digest] = field(default_factory=dict)
    untracked: bool = False
    content: str | None = None
    output: str | None = None
    #: the reads of excerpts among `reads` (found on first reuse)
    excerpt_reads: tuple[tuple[str, str], ...] | None = None
    #: digest of `output` (made once, when a build first reports changed outputs)
    output_digest: Digest | None = None
    #: files and folders a converter read, with their stamps (see `import_stamps`)
    files: dict[str, tuple[int, int] | None] | None = None
    #: the source map the render's Sass conversion made (its page is added again on reuse)
    source_map: str | None = None


def item_key(site: Site, item: Any) -> tuple[str, str, str]:
    """Names an item across builds: its kind, source and destination."""
    return (type(item).__name__, item.relative_path, item.destination(site.dest))


def own_identity(item: Any) -> str | None:
    drop = item.to_liquid()
    return drop_identity(drop)


def own_digest(item: Any, destination: str) -> Digest:
    """Everything about the item itself that its render depends on."""
    printer = Fingerprinter(excerpt_markers=True)
    pager = getattr(item, "pager", None)
    parts = [type(item).__name__, item.relative_path, getattr(item, "path", ""), item.content,
             item.data, item.url, destination, item.extname,
             pager.to_liquid() if pager is not None else None]
    return printer.digest(parts)


def layout_digest(printer: Fingerprinter, layout: Any) -> Digest:
    if layout is None:
        return MISSING
    return printer.digest([layout.path, layout.content, layout.data])


def include_digest(found: tuple[str, str] | None) -> Digest:
    if found is None:
        return MISSING
    path, source = found
    h = hashlib.blake2b(digest_size=16)
    h.update(path.encode("utf-8", "surrogatepass") + b"\0")
    h.update(source.encode("utf-8", "surrogatepass"))
    return h.digest()


class Recorder:
    """The read observer installed while one item renders; fills a `Trace`."""

    def __init__(self, printer: Fingerprinter, own_ident: str | None, trace: Trace,
                 structure: Callable[[], Digest], site_time: Callable[[], Any],
                 known: Callable[[tuple[str, str]], Digest | None] | None = None) -> None:
        self.printer = printer
        self.site_time = site_time
        self.own_ident = own_ident
        self.trace = trace
        self._structure = structure
        #: a read's digest when it is known without digesting the value (None: not known)
        self._known = known

    def _key(self, drop: Any, name: str) -> tuple[str, str] | None:
        ident = drop_identity(drop)
        if ident is None:
            if not is_transparent(drop):
                self.trace.untracked = True
            return None
        return (ident, name)

    def drop_read(self, drop: Any, key: str, value: Any) -> None:
        if key in ("content", "output") and drop_identity(drop) == self.own_ident:
            return  # the item's own body: follows from its source and the other reads
        slot = self._key(drop, "k:" + key)
        if slot is not None and slot not in self.trace.reads:
            digest = self._known(slot) if self._known is not None else None
            self.trace.reads[slot] = self.printer.digest(value) if digest is None else digest

    def drop_missing(self, drop: Any, key: Any) -> None:
        if not isinstance(key, str):
            if not is_transparent(drop):
                self.trace.untracked = True
            return
        slot = self._key(drop, "k:" + key)
        if slot is not None:
            self.trace.reads.setdefault(slot, MISSING)

    def drop_keys(self, drop: Any, keys: list[str]) -> None:
        slot = self._key(drop, "keys")
        if slot is not None and slot not in self.trace.reads:
            self.trace.reads[slot] = self.printer.digest(list(keys))

    def drop_has(self, drop: Any, key: Any, present: bool) -> None:
        if not isinstance(key, str):
            if not is_transparent(drop):
                self.trace.untracked = True
            return
        slot = self._key(drop, "has:" + key)
        if slot is not None:
            self.trace.reads.setdefault(slot, b"1" if present else b"0")

    def template_read(self, kind: str, lookup: tuple[Any, ...], found: Any) -> None:
        slot = (kind,) + tuple(lookup)
        if slot in self.trace.templates:
            return
        if kind == "layout":
            self.trace.templates[slot] = layout_digest(self.printer, found)
        else:
            self.trace.templates[slot] = include_digest(found)

    def note_untracked(self) -> None:
        self.trace.untracked = True

    def sass_compiled(self, imported: tuple[str, ...], bases: list[str], source_map: str | None) -> None:
        """A stylesheet was compiled: it depends on the files it imported and on every
        folder where a new file could take their place."""
        stamps = import_stamps(imported, bases)
        if stamps is None:
            self.trace.untracked = True
            return
        files = self.trace.files
        if files is None:
            files = self.trace.files = {}
        files.update(stamps)
        self.trace.source_map = source_map

    def note_structure(self) -> None:
        self.trace.reads.setdefault(STRUCTURE, self._structure())

    def note_clock(self) -> None:
        """`"now" | date`: the same question as reading `site.time`."""
        self.trace.reads.setdefault(("site", "k:time"), self.printer.digest(self.site_time()))


#: a file changed this recently may change again within the same tick of the file
#: system's clock, unseen: its stamp vouches for nothing yet
_SETTLE_NS = 50_000_000


def stamp(path: str) -> tuple[int, int] | None:
    """A file's or folder's (mtime, size); None when it does not exist."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def import_stamps(imported: tuple[str, ...], bases: list[str]) -> dict[str, tuple[int, int] | None] | None:
    """Stamps of the imported files and of the folders an import could be found in instead.

    An import names a path relative to one of `bases` (or to the importing file's
    folder); a new file in the same relative folder under an earlier base would win,
    so that folder is stamped under every base (its absence too), with its parents up
    to the base. None when something changed too recently to vouch for.
    """
    folders = {os.path.dirname(path) for path in imported}
    roots = list(dict.fromkeys([*bases, *sorted(folders)]))
    watched: set[str] = set(roots)
    for folder in folders:
        for root in roots:
            if folder == root or not folder.startswith(root + os.sep):
                continue
            relative = folder[len(root) + 1:]
            for other in roots:
                path = os.path.join(other, relative)
                while path != other and len(path) > len(other):
                    watched.add(path)
                    path = os.path.dirname(path)
    stamps = {path: stamp(path) for path in (*imported, *sorted(watched))}
    settled = time.time_ns() - _SETTLE_NS
    if any(s is None or s[0] >= settled for p, s in stamps.items() if p in imported):
        return None
    if any(s is not None and s[0] >= settled for s in stamps.values()):
        return None
    return stamps


class Verifier:
    """Re-asks a trace's questions against the build in progress."""

    def __init__(self, site: Site, payload: dict[str, Any], printer: Fingerprinter,
                 structure: Callable[[], Digest]) -> None:
        self.site = site
        self.payload = payload
        self.printer = printer
        self._structure = structure
        self._registry: dict[str, dict[str, Any]] = {}
        self._files: dict[str, str | None] = {}
        self._memo: dict[tuple[str, str], Digest | None] = {}
        self._templates: dict[tuple[Any, ...], Digest] = {}

    def _family(self, family: str) -> dict[str, Any]:
        """The items of one family of identities, by identity (made when first asked).

        A family is one collection's documents and their excerpts (`doc\0label`), the
        pages, or the static files; a rebuild that asks about one changed post then
        indexes one collection, not the whole site. An identity two different items
        share names neither of them.
        """
        registry = self._registry.get(family)
        if registry is not None:
            return registry
        site = self.site
        registry = self._registry[family] = {}
        ambiguous: set[str] = set()

        def add(item: Any, ident: str | None) -> None:
            if ident is None:
                return
            known = registry.get(ident)
            if known is not None and known is not item:
                ambiguous.add(ident)
            registry[ident] = item

        if family.startswith("doc\0"):
            collection = site.collections.get(family[4:])
            for doc in collection.docs if collection is not None else ():
                ident = document_identity(doc)
                add(doc, ident)
                excerpt = doc.data.get("excerpt")
                if hasattr(excerpt, "to_liquid") and hasattr(excerpt, "doc"):
                    add(excerpt, "excerpt" + ident[3:])
        elif family == "page":
            for page in site.pages:
                add(page, drop_identity(page.to_liquid()))
        else:
            for collection in site.collections.values():
                for static in collection.files:
                    add(static, drop_identity(static.to_liquid()))
            for static in site.static_files:
                add(static, drop_identity(static.to_liquid()))
        for ident in ambiguous:
            registry[ident] = None
        return registry

    def _item(self, ident: str) -> Any:
        kind, _, rest = ident.partition("\0")
        if kind in ("doc", "excerpt"):
            family = "doc\0" + rest.partition("\0")[0]
        else:
            family = kind
        return self._family(family).get(ident)

    def _drop(self, ident: str) -> Any:
        if ident == "site":
            return self.payload["site"]
        if ident == "jekyll":
            return self.payload["jekyll"]
        if ident == "theme":
            return self.payload["theme"]
        if ident.startswith("collection\0"):
            label = ident.split("\0", 1)[1]
            collection = self.site.collections.get(label)
            return collection.to_liquid() if collection is not None else None
        item = self._item(ident)
        return item.to_liquid() if item is not None else None

    def _read(self, ident: str, name: str) -> Digest | None:
        if name in VOLATILE_READS:
            return self._fresh_read(ident, name)
        slot = (ident, name)
        if slot in self._memo:
            return self._memo[slot]
        digest = self._memo[slot] = self._fresh_read(ident, name)
        return digest

    def _fresh_read(self, ident: str, name: str) -> Digest | None:
        if (ident, name) == STRUCTURE:
            return self._structure()
        drop = self._drop(ident)
        if drop is None:
            return None
        if name == "keys":
            return self.printer.digest(list(drop.keys()))
        if name.startswith("has:"):
            return b"1" if name[4:] in drop else b"0"
        try:
            value = drop[name[2:]]
        except KeyError:
            return MISSING
        return self.printer.digest(value)

    def _include(self, name: str, dirs: tuple[str, ...]) -> Digest:
        from pyjekyll.liquid.tags.include import _locate

        path = _locate(name, list(dirs), self.site.safe)
        if path is None:
            return MISSING
        source = self._files.get(path)
        if source is None:
            with open(path, "rb") as fh:
                source = fh.read().decode("utf-8-sig", errors="replace")
            self._files[path] = source
        return include_digest((path, source))

    def template_digest(self, slot: tuple[Any, ...]) -> Digest:
        """A layout's or include's digest as it stands in this build (each asked once)."""
        known = self._templates.get(slot)
        if known is None:
            if slot[0] == "layout":
                known = layout_digest(self.printer, self.site.layouts.get(slot[1]))
            else:
                known = self._include(slot[1], slot[2])
            self._templates[slot] = known
        return known

    def read(self, ident: str, name: str) -> Digest | None:
        """A drop value's digest as it stands now (values that do not change mid-build: once)."""
        return self._read(ident, name)

    def touch_excerpts(self, trace: Trace, item: Any) -> None:
        """Read the excerpts a reused render read, at the same turn a full build reads them.

        An excerpt renders when it is first read and keeps that output: whoever reads it
        first decides the moment, so a reused render must still be the one to read it.
        """
        touches = trace.excerpt_reads
        if touches is None:
            touches = trace.excerpt_reads = tuple(
                slot for slot in trace.reads if slot[1] == "k:excerpt" or slot[0].startswith("excerpt\0"))
        if not touches:
            return
        site_drop = self.payload["site"]
        previous_doc = site_drop.current_document
        site_drop.current_document = item
        try:
            for ident, name in touches:
                try:
                    self._fresh_read(ident, name)
                except Exception:  # noqa: BLE001 - the render that reads it reports the error
                    pass
        finally:
            site_drop.current_document = previous_doc

    def unchanged(self, trace: Trace, item: Any, destination: str) -> bool:
        """True when every input the trace recorded still has the value it had."""
        if trace.untracked or trace.output is None:
            return False
        if own_digest(item, destination) != trace.own:
            return False
        if trace.files is not None and any(stamp(path) != seen for path, seen in trace.files.items()):
            return False
        template = self.template_digest
        for slot, digest in trace.templates.items():
            if template(slot) != digest:
                return False
        site_drop = self.payload["site"]
        previous_doc = site_drop.current_document
        site_drop.current_document = item
        try:
            for (ident, name), digest in trace.reads.items():
                if self._read(ident, name) != digest:
                    return False
        finally:
            site_drop.current_document = previous_doc
        return True


def structure_digest(site: Site) -> Digest:
    """The set of site files with their URLs (what `link` and `post_url` search)."""
    printer = Fingerprinter()
    rows = [[type(i).__name__, i.relative_path, getattr(i, "path", ""), i.url] for i in site.each_site_file()]
    rows.extend([d.relative_path, d.url, d.path] for d in site.posts.docs)
    return printer.digest(rows)

