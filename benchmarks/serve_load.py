#!/usr/bin/env python3
"""A bounded loopback load run on the dev server: requests per second and errors.

Builds the example site, serves it (LiveReload on, so HTML responses get the script
injected), and has a few client threads fetch every built file round-robin over
keep-alive connections for a fixed number of requests.

usage: python benchmarks/serve_load.py [REQUESTS] [THREADS]
"""
from __future__ import annotations

import http.client
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from example_site.sitecopy import copy_example_site  # noqa: E402

from pyjekyll.commands.serve import ServeOptions, serve  # noqa: E402
from pyjekyll.log import ERROR, logger  # noqa: E402


def main() -> int:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    logger.level = ERROR
    with tempfile.TemporaryDirectory(prefix="pyjekyll-bench-") as tmp:
        source = copy_example_site(Path(tmp) / "src")
        dest = Path(tmp) / "_site"
        state: dict = {}
        ready, stop = threading.Event(), threading.Event()
        options = ServeOptions(port=0, livereload=True, livereload_port=0, watch=False)
        server = threading.Thread(target=serve, args=({"source": str(source), "destination": str(dest)}, options),
                                  kwargs={"ready": ready, "stop": stop, "state": state}, daemon=True)
        server.start()
        ready.wait(120)
        port = state["port"]
        urls = ["/" + os.path.relpath(os.path.join(root, name), dest).replace(os.sep, "/")
                for root, _, names in os.walk(dest) for name in names]
        urls += ["/", "/missing-page", "/_pages/blog"]
        errors: list[str] = []
        done = [0]
        lock = threading.Lock()
        per_thread = total // threads

        def client(offset: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            for i in range(per_thread):
                url = urls[(offset + i) % len(urls)]
                try:
                    conn.request("GET", url)
                    response = conn.getresponse()
                    response.read()
                    if response.status not in (200, 301, 404) or (response.status == 404 and "missing" not in url
                                                                    and "_pages" not in url):
                        with lock:
                            errors.append(f"{url}: {response.status}")
                except (OSError, http.client.HTTPException) as exc:
                    with lock:
                        errors.append(f"{url}: {exc}")
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            conn.close()
            with lock:
                done[0] += per_thread

        start = time.perf_counter()
        workers = [threading.Thread(target=client, args=(i * 7,)) for i in range(threads)]
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = time.perf_counter() - start
        stop.set()
        server.join(10)
    print(f"loopback load: {done[0]} requests over {threads} keep-alive connections ({len(urls)} URLs) "
          f"in {elapsed:.2f} s = {done[0] / elapsed:.0f} requests/s, {len(errors)} errors")
    for line in errors[:10]:
        print("  ", line)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
