#!/usr/bin/env python3
"""Edit-to-reload latency of `pyjekyll serve --livereload` on the example site.

Copies the example site (repo root) to a temporary folder, serves it with LiveReload on
loopback, connects as a LiveReload client, then repeatedly appends a line to a post and
measures the time from the file write to the `reload` message (watcher debounce,
incremental rebuild and notification included).

usage: python benchmarks/serve_reload_latency.py [EDITS]
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from example_site.sitecopy import copy_example_site  # noqa: E402
from websockets.sync.client import connect  # noqa: E402

from pyjekyll.commands.serve import ServeOptions, serve  # noqa: E402
from pyjekyll.log import ERROR, logger  # noqa: E402

HELLO = {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}


def main() -> int:
    edits = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    logger.level = ERROR
    with tempfile.TemporaryDirectory(prefix="pyjekyll-bench-") as tmp:
        source = copy_example_site(Path(tmp) / "src")
        state: dict = {}
        ready, stop = threading.Event(), threading.Event()
        options = ServeOptions(port=0, livereload=True, livereload_port=0)
        thread = threading.Thread(target=serve, args=({"source": str(source), "destination": f"{tmp}/_site"},
                                                      options), kwargs={"ready": ready, "stop": stop, "state": state},
                                  daemon=True)
        thread.start()
        ready.wait(120)
        post = sorted((source / "_posts").iterdir())[0]
        samples = []
        with connect(f"ws://127.0.0.1:{state['livereload'].port}/livereload") as ws:
            ws.send(json.dumps(HELLO))
            ws.recv(timeout=10)
            for i in range(edits):
                time.sleep(0.5)
                start = time.perf_counter()
                with post.open("a", encoding="utf-8") as fh:
                    fh.write(f"\nBenchmark edit {i}.\n")
                while True:
                    message = json.loads(ws.recv(timeout=30))
                    if message.get("command") == "reload":
                        break
                samples.append(time.perf_counter() - start)
                try:  # drain the rest of this burst
                    while True:
                        ws.recv(timeout=0.3)
                except TimeoutError:
                    pass
        stop.set()
        thread.join(10)
    ms = sorted(s * 1000 for s in samples)
    print(f"edit-to-reload latency on the example site over {len(ms)} edits: "
          f"median {statistics.median(ms):.0f} ms, min {ms[0]:.0f} ms, max {ms[-1]:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
