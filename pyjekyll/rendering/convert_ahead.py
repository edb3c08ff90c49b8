"""Markdown conversion ahead of the render loop, in forked worker processes.

The body of a page or document without Liquid is already the text its Markdown
converter will get, and a conversion depends only on that text and the site's
settings. So before rendering starts, workers convert those texts: from a share into
the render order to its end, then the rest from the back, while the main process
renders from the front (and converts what it reaches before any worker, which is why
the workers start a little way in: the main process also renders all the Liquid, so
both sides run out of work about together). The main process uses a worker's HTML only
for the very same text — a hook may still change a body — so a parallel build writes
the same bytes as a serial one; anything unexpected falls back to converting in the
main process.

`PYJEKYLL_JOBS` sets the number of processes (main included): 1 turns workers off;
unset, it is the number of usable CPUs. Workers need `fork` (Linux) and a process
without other threads (not while `serve` watches files).
"""
from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from pyjekyll.content.excerpt import Excerpt
from pyjekyll.converters.markdown_converter import MarkdownConverter

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from pyjekyll.site import Site

#: fewer unconverted texts than this are not worth starting processes for
MIN_TEXTS = 16
#: where in the render order workers start converting (a share of the texts): the main
#: process converts what comes before it while also rendering all Liquid, so both sides
#: finish about together when Liquid and Markdown cost about the same per page
START_SHARE = 0.15
#: positions in the shared bounds array
_FRONT, _BACK, _FORWARD = 0, 1, 2


class AheadConversions:
    """The main process's side: hands out finished HTML and claims texts no worker took."""

    def __init__(self, converter: MarkdownConverter, texts: list[str], workers: int) -> None:
        self._index = {text: i for i, text in enumerate(texts)}
        self._total = len(texts)
        self._done: dict[int, str | None] = {}
        import multiprocessing  # (loaded only for a build that forks: small sites never do)

        context = multiprocessing.get_context("fork")
        self._lock = context.Lock()
        # Texts nobody took yet: [front, back) and [forward, len). The main process takes
        # from the front; workers take from `forward` onwards first (it starts a share
        # into the list), then from the back of [front, back).
        start = int(len(texts) * START_SHARE)
        self._bounds = context.RawArray("q", [0, start, start])
        self._connections: list[Connection] = []
        self._processes: list[Any] = []
        sys.stdout.flush()
        sys.stderr.flush()
        for _ in range(workers):
            receiver, sender = context.Pipe(duplex=False)
            process = context.Process(target=_work, args=(converter, texts, self._bounds, self._lock, sender),
                                      daemon=True)
            process.start()
            sender.close()
            self._connections.append(receiver)
            self._processes.append(process)

    def take(self, text: str) -> str | None:
        """The HTML for `text` if a worker converts it; None when the caller should convert it."""
        index = self._index.get(text)
        if self._connections:
            self._receive(block=False)
        if index is None:
            return None
        if index in self._done:
            return self._done.pop(index)
        with self._lock:
            bounds = self._bounds
            if index < bounds[_FRONT]:
                return None
            if index < bounds[_BACK]:
                bounds[_FRONT] = index + 1
                return None
            if index >= bounds[_FORWARD]:  # the main process caught up with the workers
                bounds[_FORWARD] = index + 1
                return None
        while index not in self._done:
            if not self._connections:
                return None
            self._receive(block=True)
        return self._done.pop(index)

    def _receive(self, block: bool) -> None:
        """Collect what the workers sent; wait for something first if `block`.

        Every waiting message is read, not one per worker: a worker blocks once its pipe
        is full, so reading one per call would hold it to the main process's pace.
        """
        from multiprocessing.connection import wait

        for connection in wait(self._connections, None if block else 0):
            while True:
                try:
                    message = connection.recv()
                except (EOFError, OSError):
                    message = None
                if message is None:
                    self._connections.remove(connection)
                    connection.close()
                    break
                index, html = message
                self._done[index] = html
                if not connection.poll():
                    break

    def close(self) -> None:
        """Stop the workers (the render loop is over; whatever they still hold is not needed)."""
        # (A worker that died holding the lock must not hang the build: they are stopped anyway.)
        if self._lock.acquire(timeout=1.0):
            self._bounds[_BACK] = self._bounds[_FRONT]
            self._bounds[_FORWARD] = self._total
            self._lock.release()
        for process in self._processes:
            process.terminate()
        for process in self._processes:
            process.join()
        for connection in self._connections:
            connection.close()
        self._connections.clear()
        self._done.clear()


def _work(converter: MarkdownConverter, texts: list[str], bounds: Any, lock: Any, results: Connection) -> None:
    """A worker: convert texts from `forward` to the end, then from the back of the
    front part until it meets the main process."""
    total = len(texts)
    try:
        while True:
            with lock:
                if bounds[_FORWARD] < total:
                    index = bounds[_FORWARD]
                    bounds[_FORWARD] = index + 1
                else:
                    index = bounds[_BACK] - 1
                    if index < bounds[_FRONT]:
                        break
                    bounds[_BACK] = index
            try:
                html: str | None = converter.convert_fresh(texts[index])
            except BaseException:  # noqa: BLE001 - the main process converts it again and reports
                html = None
            results.send((index, html))
        results.send(None)
        results.close()
    finally:
        # Leave without running the parent's exit handlers or flushing its buffers.
        os._exit(0)


def job_count() -> int:
    """Processes to use, main included (PYJEKYLL_JOBS, else the CPUs this process may run on)."""
    setting = os.environ.get("PYJEKYLL_JOBS", "").strip()
    if setting:
        try:
            return max(1, int(setting))
        except ValueError:
            return 1
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def _texts_to_convert(site: Site, converter: MarkdownConverter) -> list[str]:
    """Bodies that reach `converter` unchanged, in render order, not converted before.

    Excerpts come last (workers start there): they are rendered only when a template
    asks for them, typically after the documents.
    """
    texts: dict[str, None] = {}
    items: list[Any] = [doc for collection in site.collections.values() for doc in collection.docs]
    items.extend(site.pages)
    items.extend(excerpt for item in list(items)
                 if isinstance(excerpt := getattr(item, "data", {}).get("excerpt"), Excerpt))
    for item in items:
        content = item.content
        if not content or content in texts or item.render_with_liquid():
            continue
        # (Asking the converter, not the item's renderer, leaves no renderer cached early.)
        extname = getattr(item, "extname", None)
        if not isinstance(extname, str) or not converter.matches(extname):
            continue
        if not converter.knows(content):
            texts[content] = None
    return list(texts)


def _can_fork() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    import multiprocessing

    return ("fork" in multiprocessing.get_all_start_methods()
            and threading.active_count() == 1)


@contextmanager
def converting_ahead(site: Site) -> Iterator[None]:
    """Run the body (the render loop) with workers converting Markdown ahead of it, if worth it."""
    ahead: AheadConversions | None = None
    jobs = job_count()
    # (threads are counted first: `serve` watches with threads and never forks)
    if jobs > 1 and threading.active_count() == 1:
        converter = next((c for c in site.converters if type(c) is MarkdownConverter), None)
        if converter is not None:
            try:
                texts = _texts_to_convert(site, converter)
            except Exception:  # noqa: BLE001 - the serial render reports any real problem
                texts = []
            if len(texts) >= MIN_TEXTS and _can_fork():
                # Load the converter once here, not once per worker after the fork.
                converter.engine()
                ahead = AheadConversions(converter, texts, min(jobs - 1, len(texts) // MIN_TEXTS))
                converter.ahead = ahead
    try:
        yield
    finally:
        if ahead is not None:
            converter.ahead = None
            ahead.close()
