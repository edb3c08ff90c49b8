"""Rebuild a site re-rendering only the pages and documents whose inputs changed.

Every build reads and generates the whole site (cheap, and it keeps the content
model exact); the render stage then walks items in Jekyll's order and, for each,
either re-asks the questions its last render asked (`tracking.Verifier`) and reuses
the old body and output, or renders it while recording. Walking in order matters:
an item reads other items' bodies as they stand at that point of a full build, and
restoring a reused item at its own turn reproduces that state exactly.

The build clock (`site.time`) is frozen at the first build of a session (or of the
persisted cache), so pages that print the build time are not re-rendered on every
save; a configuration change starts afresh with a new clock.
"""
from __future__ import annotations

import collections
import hashlib
import os
import pickle
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Iterable

from pyjekyll import __version__
from pyjekyll.liquid.drops.base import set_read_observer
from pyjekyll.serving.dependents import DependentsIndex
from pyjekyll.serving.fingerprint import Digest, Fingerprinter
from pyjekyll.serving.heap import release_model
from pyjekyll.serving.instrument import instrument
from pyjekyll.serving.output import DestinationRecord, clean_and_write
from pyjekyll.serving.sources import SourceChanges, SourceState, compare, item_idents, shape_reads
from pyjekyll.serving.tracking import STRUCTURE, Recorder, Trace, Verifier, item_key, own_digest, \
    own_identity, structure_digest

if TYPE_CHECKING:
    from pyjekyll.site import Site

STATE_FILE = "pyjekyll-incremental.pickle"
_STATE_FORMAT = 3


@dataclass
class BuildReport:
    """What one build did, for the console and for LiveReload."""

    seconds: float = 0.0
    rendered: list[str] = field(default_factory=list)
    reused: int = 0
    #: destination paths whose bytes changed, appeared or disappeared
    changed: list[str] = field(default_factory=list)
    full: bool = False


class IncrementalBuilder:
    """Owns one Site across builds, with the traces of its last good build."""

    def __init__(self, site: Site, *, persist: bool = False) -> None:
        self.site = site
        self.persist = persist and not site.config.get("disable_disk_cache")
        self.traces: dict[tuple[str, str, str], Trace] = {}
        self.static_stats: dict[str, tuple[int, int]] = {}
        self.outputs: dict[str, Digest] = {}
        self.frozen_time: Any = None
        self.config_digest = Fingerprinter().digest(site.config)
        self._new: dict[tuple[str, str, str], Trace] = {}
        self._verifier: Verifier | None = None
        self._printer = Fingerprinter()
        self._structure: Digest | None = None
        self._shared_keys: set[tuple[str, str, str]] = set()
        #: when only bodies changed: which reads follow from the site's shape (see `sources.shape_reads`)
        self._kept: Callable[[tuple[Any, ...]], bool] | None = None
        self._keys: dict[int, tuple[Any, tuple[str, str, str]]] = {}
        self._report = BuildReport()
        self._static_outputs: dict[str, tuple[int, int]] = {}
        #: the destination as the last build's write stage left it (None: walk it)
        self._destination: DestinationRecord | None = None
        #: who read what, kept in step with `traces`
        self.dependents = DependentsIndex()
        #: the sources the traces were rendered from
        self.sources: SourceState | None = None
        self._next_sources: SourceState | None = None
        self._next_ordered_keys: list[tuple[str, str, tuple[str, str, str]]] = []
        self._changes = SourceChanges(bodies_only=False)
        #: when only bodies changed: the items whose recorded reads must be asked again
        #: (grows while rendering); None: ask every item's reads
        self._stale: set[tuple[str, str, str]] | None = None
        #: ids of the items rendered (not reused) in this build
        self._fresh: set[int] = set()
        #: (kind, source, key) of every page and document, in the order of the last good build
        self._ordered_keys: list[tuple[str, str, tuple[str, str, str]]] = []
        manager = site.plugin_manager
        api = getattr(manager, "api", None)
        instrument(site.liquid, list(getattr(api, "tags", []) or []), dict(getattr(api, "filters", {}) or {}))
        if self.persist:
            self._load()

    # -- the build ---------------------------------------------------------------------
    def build(self, changed: Iterable[str] | None = None) -> BuildReport:
        """One build; on failure the last good traces stay, so the next build is still exact.

        `changed`: every file changed since the last build, when the caller knows (a
        watcher); other documents are then not stat'ed to find out (see `_trusted`).
        """
        site = self.site
        start = time.perf_counter()
        self._report = report = BuildReport(full=not self.traces)
        self._new = {}
        self._verifier = None
        self._stale = None
        self._fresh = set()
        self._printer = Fingerprinter()
        self._structure = None
        self._kept = None
        self._keys = {}
        phase = time.perf_counter()
        if self.traces:
            release_model(site)
        site.reset()
        if site.config.get("time") is None:
            if self.frozen_time is None:
                self.frozen_time = site.time
            site.time = self.frozen_time
        site.profile_phases["RESET"] = time.perf_counter() - phase
        site.changed_paths = self._trusted(changed) if self.traces and changed is not None else None
        try:
            for name in ("read", "generate"):
                phase = time.perf_counter()
                getattr(site, name)()
                site.profile_phases[name.upper()] = time.perf_counter() - phase
        finally:
            site.changed_paths = None
        self._next_sources, self._changes = compare(site, self.sources if self.traces else None)
        self._shared_keys = self._keys_used_twice()
        phase = time.perf_counter()
        from pyjekyll.rendering.renderer import render_site

        render_site(site, self._render_item)
        site.profile_phases["RENDER"] = time.perf_counter() - phase
        phase = time.perf_counter()
        record = self._destination
        self._destination = None  # (until this build's write stage completes)
        if record is not None and (report.full or not record.still_current()):
            record = None
        static_stats = self._refresh_static_files(record)
        destinations = {ident: key[2] for ident, (_, key) in self._keys.items()}
        record = None if report.full else clean_and_write(site, destinations, self._fresh, record)
        if record is None:
            site.cleanup()
            site.write()
        site.profile_phases["WRITE"] = time.perf_counter() - phase
        self.dependents.replace(self.traces, self._new)
        self.traces = self._new
        self.sources = self._next_sources
        self._ordered_keys = self._next_ordered_keys
        self._keys = {}
        self.static_stats = static_stats
        self._destination = record
        report.changed = self._changed_outputs()
        report.seconds = time.perf_counter() - start
        if self.persist:
            self._save()
        return report

    def _trusted(self, changed: Iterable[str]) -> frozenset[str] | None:
        """The changed paths as documents spell them; None when the list cannot be trusted.

        A changed folder or symlink may stand for files that changed without being listed
        (a folder renamed over another), so then every file is stat'ed as usual.
        """
        source = self.site.source
        real = os.path.realpath(source)
        paths: set[str] = set()
        for path in changed:
            path = os.path.abspath(path)
            if os.path.isdir(path) or os.path.islink(path):
                return None
            paths.add(path)
            for spelled, respelled in ((real, source), (source, real)):
                if path.startswith(spelled + os.sep):
                    paths.add(respelled + path[len(spelled):])
        return frozenset(paths)

    def _keys_used_twice(self) -> set[tuple[str, str, str]]:
        """Every item's key; when only bodies changed, unchanged items keep last build's key."""
        site = self.site
        keys = self._keys = {}
        items = [d for c in site.collections.values() for d in c.docs] + list(site.pages)
        before = self._ordered_keys if self._changes.bodies_only and len(self._ordered_keys) == len(items) else None
        trusted = self._changes.trusted
        ordered: list[tuple[str, str, tuple[str, str, str]]] = []
        for i, item in enumerate(items):
            kind, rel = type(item).__name__, item.relative_path
            known = before[i] if before is not None else None
            if known is not None and id(item) in trusted and known[0] == kind and known[1] == rel:
                key = known[2]
            else:
                key = item_key(site, item)
            keys[id(item)] = (item, key)
            ordered.append((kind, rel, key))
        self._next_ordered_keys = ordered
        if len({key for _, key in keys.values()}) == len(keys):
            return set()
        counts = collections.Counter(key for _, key in keys.values())
        return {k for k, n in counts.items() if n > 1}

    def _key_of(self, item: Any) -> tuple[str, str, str]:
        known = self._keys.get(id(item))
        if known is not None and known[0] is item:
            return known[1]
        return item_key(self.site, item)

    def _structure_digest(self) -> Digest:
        if self._structure is None:
            known = self._kept_digest(STRUCTURE) if self._changes.bodies_only else None
            self._structure = known if known is not None else structure_digest(self.site)
        return self._structure

    def _plan(self, site: Site, payload: dict[str, Any]) -> Verifier:
        """At the first item: which renders may be stale, when only bodies changed."""
        verifier = self._verifier = Verifier(site, payload, self._printer, self._structure_digest)
        changes = self._changes
        if changes.bodies_only:
            index = self.dependents
            self._kept = shape_reads(site)
            stale = index.stale_global_readers(verifier.read, verifier.template_digest, self._kept)
            stale |= index.stale_item_readers(changes.dirty_idents, verifier.read)
            self._stale = stale
        return verifier

    def _kept_digest(self, slot: tuple[str, str]) -> Digest | None:
        """When only bodies changed, a site-wide list's digest is the one the last build saw."""
        kept = self._kept
        if kept is None:
            kept = self._kept = shape_reads(self.site)
        if not kept(slot):
            return None
        seen = self.dependents.global_reads.get(slot)
        return next(iter(seen)) if seen is not None and len(seen) == 1 else None

    def _render_item(self, site: Site, item: Any, payload: dict[str, Any], timings: dict[str, float]) -> None:
        from pyjekyll.rendering.renderer import render_one

        key = self._key_of(item)
        previous = self.traces.get(key)
        verifier = self._verifier
        if verifier is None or verifier.payload is not payload:
            verifier = self._plan(site, payload)
        if previous is not None and key not in self._shared_keys:
            stale = self._stale
            if stale is not None and key not in stale and id(item) in self._changes.trusted \
                    and not previous.untracked and previous.output is not None and previous.files is None:
                # nothing this render read has changed: reuse it without asking
                verifier.touch_excerpts(previous, item)
                self._reuse(item, key, previous)
                return
            try:
                same = verifier.unchanged(previous, item, key[2])
            except Exception:  # noqa: BLE001 - a question that cannot be asked means "render it"
                same = False
            if same:
                self._reuse(item, key, previous)
                return
        trace = Trace(own=own_digest(item, key[2]))
        trace.untracked = not _plain_converters(site, item)
        recorder = Recorder(self._printer, own_identity(item), trace, self._structure_digest,
                            lambda: site.time, self._kept_digest if self._changes.bodies_only else None)
        outer = set_read_observer(recorder)
        try:
            render_one(site, item, payload, timings)
        finally:
            set_read_observer(outer)
        trace.content = item.content
        trace.output = item.output
        if key not in self._shared_keys:
            self._new[key] = trace
        self._report.rendered.append(item.relative_path)
        self._fresh.add(id(item))
        if self._stale is not None:
            # its body may be new: whoever reads it later in this build asks again
            self._stale |= self.dependents.body_readers(item_idents(item))

    def _reuse(self, item: Any, key: tuple[str, str, str], trace: Trace) -> None:
        item.content = trace.content
        item.output = trace.output
        if trace.source_map is not None:
            # the stylesheet's map page, added as converting it would have
            for converter in self.site.renderer_for(item).converters:
                add_map_page = getattr(converter, "add_map_page", None)
                if add_map_page is not None:
                    add_map_page(item, trace.source_map)
        self._new[key] = trace
        self._report.reused += 1

    # -- static files and changed outputs ------------------------------------------------
    def _refresh_static_files(self, record: DestinationRecord | None) -> dict[str, tuple[int, int]]:
        """Drop the copy of every static file whose source changed, so the writer copies it again.

        The writer skips a file whose source mtime (in whole seconds) it already copied;
        a second save within the same second must still reach the destination.
        """
        site = self.site
        stats: dict[str, tuple[int, int]] = {}
        self._static_outputs: dict[str, tuple[int, int]] = {}
        files = list(site.static_files)
        for collection in site.collections.values():
            files.extend(collection.files)
        for static in files:
            try:
                st = os.stat(static.path)
            except OSError:
                continue
            stat = (st.st_mtime_ns, st.st_size)
            stats[static.path] = stat
            target = static.destination(site.dest)
            self._static_outputs[target] = stat
            if self.static_stats.get(static.path) != stat:
                if os.path.isfile(target) and not os.path.islink(target):
                    os.remove(target)
                    if record is not None:
                        record.forget(target)
        return stats

    def _changed_outputs(self) -> list[str]:
        outputs: dict[str, Digest] = {}
        for trace_key, trace in self.traces.items():
            digest = trace.output_digest
            if digest is None:
                digest = trace.output_digest = _text_digest(trace.output)
            outputs[trace_key[2]] = digest
        for path, stat in self._static_outputs.items():
            outputs[path] = repr(stat).encode()
        changed = [p for p, d in outputs.items() if self.outputs.get(p) != d]
        changed.extend(p for p in self.outputs if p not in outputs)
        self.outputs = outputs
        return sorted(changed)

    # -- persistence (`build --incremental`) ---------------------------------------------
    def _state_path(self) -> str:
        cache_dir = str(self.site.config.get("cache_dir") or ".jekyll-cache")
        return os.path.join(self.site.in_source_dir(cache_dir), STATE_FILE)

    def _load(self) -> None:
        try:
            with open(self._state_path(), "rb") as fh:
                state = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError, TypeError):
            return
        if not isinstance(state, dict) or state.get("format") != _STATE_FORMAT \
                or state.get("version") != __version__ or state.get("config") != self.config_digest \
                or state.get("dest") != self.site.dest:
            return
        self.traces = state["traces"]
        self.frozen_time = state["time"]
        self.static_stats = state["static"]
        self.outputs = state["outputs"]
        self.sources = state["sources"]
        self.dependents.replace({}, self.traces)

    def _save(self) -> None:
        path = self._state_path()
        state = {"format": _STATE_FORMAT, "version": __version__, "config": self.config_digest,
                 "dest": self.site.dest, "traces": self.traces, "time": self.frozen_time,
                 "static": self.static_stats, "outputs": self.outputs,
                 "sources": self.sources}
        try:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            tmp = path + ".tmp"
            with open(tmp, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except (OSError, pickle.PickleError, TypeError, AttributeError):
            pass  # a cache that cannot be written only costs speed


def _text_digest(text: str | None) -> Digest:
    if text is None:
        return b"N"
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def _plain_converters(site: Site, item: Any) -> bool:
    """Markdown and the identity converter read nothing but their input; the Sass page
    converter tells the recorder what it imported; others may read anything."""
    from pyjekyll.converters.base import Identity
    from pyjekyll.converters.markdown_converter import MarkdownConverter
    from pyjekyll.converters.sass_page import SassPageConverter

    return all(type(c) in (MarkdownConverter, Identity, SassPageConverter)
               for c in site.renderer_for(item).converters)
