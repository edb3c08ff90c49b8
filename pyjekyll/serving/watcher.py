"""Watch the site source and call back once per burst of changes.

An editor save produces several events (write, close, attribute change, a rename of
a temporary file); they are collected until the tree has been quiet for a moment,
so one save means one rebuild. The destination, the cache folder, VCS folders,
excluded paths and editor scratch files are ignored.
"""
from __future__ import annotations

import fnmatch
import os
import re
import threading
import time
from typing import Callable, Iterable

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

_IGNORED_EVENTS = frozenset({"opened", "closed_no_write"})
_SCRATCH = re.compile(r"(~|\.sw[a-p]|\.tmp|\.part|\.crdownload|___jb_(tmp|old)___)$|^\.#|^#.*#$|^4913$|^\.DS_Store$|^sed[A-Za-z0-9]{6}$")
_ALWAYS_IGNORED_DIRS = (".git", ".hg", ".svn", ".sass-cache", ".jekyll-cache", "node_modules", ".bundle")
#: what a theme folder contributes to a site
_THEME_PARTS = ("_layouts", "_includes", "_sass", "assets", "_data", "_config.yml")


class ChangeFilter:
    """Decides which changed paths can matter to the build."""

    def __init__(self, source: str, dest: str, exclude: Iterable[str] = (), cache_dir: str = ".jekyll-cache",
                 *, theme_root: str | None = None) -> None:
        self.source = os.path.realpath(source)
        self.theme_parts = [os.path.join(os.path.realpath(theme_root), p) for p in _THEME_PARTS] if theme_root else []
        self.ignored_roots = [os.path.realpath(dest), os.path.join(self.source, cache_dir.strip("/"))]
        self.ignored_roots.extend(os.path.join(self.source, d) for d in _ALWAYS_IGNORED_DIRS)
        self.exclude = [str(e).strip("/") for e in exclude if str(e).strip("/")]

    def relevant(self, path: str) -> bool:
        path = os.path.realpath(path) if os.path.exists(path) else os.path.abspath(path)
        for root in self.ignored_roots:
            if path == root or path.startswith(root + os.sep):
                return False
        if _SCRATCH.search(os.path.basename(path)):
            return False
        rel = os.path.relpath(path, self.source)
        if rel.startswith(".."):
            # outside the source: a watched theme's parts count, nothing else there does
            return any(path == p or path.startswith(p + os.sep) for p in self.theme_parts)
        for pattern in self.exclude:
            if rel == pattern or rel.startswith(pattern + os.sep) or fnmatch.fnmatch(rel, pattern):
                return False
        return True


class _Collector(FileSystemEventHandler):
    def __init__(self, watcher: Watcher) -> None:
        self.watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in _IGNORED_EVENTS:
            return
        if event.is_directory and event.event_type == "modified":
            return
        paths = [event.src_path]
        dest_path = getattr(event, "dest_path", "")
        if dest_path:
            paths.append(dest_path)
        self.watcher.notice(os.fsdecode(p) for p in paths)


class Watcher:
    """Calls `on_change(paths)` from its own thread after each quiet period."""

    def __init__(self, roots: list[str], change_filter: ChangeFilter, on_change: Callable[[list[str]], None],
                 *, quiet: float = 0.12, longest: float = 1.5, polling: bool = False) -> None:
        self.roots = [r for r in dict.fromkeys(roots) if os.path.isdir(r)]
        self.filter = change_filter
        self.on_change = on_change
        self.quiet = quiet
        self.longest = longest
        self._observer = PollingObserver(timeout=0.5) if polling else Observer()
        self._pending: dict[str, None] = {}
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._last_event = 0.0
        self._first_event = 0.0
        self._stopped = False
        self._thread = threading.Thread(target=self._loop, name="watcher", daemon=True)

    def start(self) -> None:
        handler = _Collector(self)
        for root in self.roots:
            self._observer.schedule(handler, root, recursive=True)
        self._observer.start()
        self._thread.start()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()
        self._observer.stop()
        self._observer.join(5)

    def notice(self, paths: Iterable[str]) -> None:
        now = time.monotonic()
        with self._lock:
            added = False
            for path in paths:
                if self.filter.relevant(path):
                    self._pending[path] = None
                    added = True
            if added:
                if not self._first_event:
                    self._first_event = now
                self._last_event = now
                self._wake.set()

    def _loop(self) -> None:
        while not self._stopped:
            self._wake.wait()
            if self._stopped:
                return
            while True:
                with self._lock:
                    now = time.monotonic()
                    settled = now - self._last_event >= self.quiet or now - self._first_event >= self.longest
                    if settled:
                        batch = list(self._pending)
                        self._pending.clear()
                        self._first_event = 0.0
                        self._wake.clear()
                        break
                time.sleep(self.quiet / 3)
            if batch:
                try:
                    self.on_change(batch)
                except Exception:  # noqa: BLE001 - the caller reports its own errors; keep watching
                    pass
