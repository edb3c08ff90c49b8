#!/usr/bin/env python3
"""One-page-edit rebuild time on a large synthetic site, incremental versus full.

Writes `/work/shared/tools/synth-site DEST N` (default N = 2000), builds it once with the
incremental builder (that build records every page's reads), then edits one post's body
several times, rebuilding after each edit, and checks the result against a clean build.
The timed edits tell the builder which file changed, as `serve`'s watcher does; a
second series does not (every document is stat'ed, as in `build --incremental`).

usage: python benchmarks/serve_incremental_rebuild.py [N] [EDITS]
"""
from __future__ import annotations

import filecmp
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from pyjekyll.commands.build import load_site  # noqa: E402
from pyjekyll.log import ERROR, logger  # noqa: E402
from pyjekyll.serving.heap import settle_heap  # noqa: E402
from pyjekyll.serving.incremental import IncrementalBuilder  # noqa: E402

SYNTH = "/work/shared/tools/synth-site"


def _same_tree(a: str, b: str) -> bool:
    cmp = filecmp.dircmp(a, b)
    stack = [cmp]
    while stack:
        c = stack.pop()
        if c.left_only or c.right_only or c.diff_files or c.funny_files:
            return False
        _, mismatch, errors = filecmp.cmpfiles(c.left, c.right, c.common_files, shallow=False)
        if mismatch or errors:
            return False
        stack.extend(c.subdirs.values())
    return True


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    edits = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    logger.level = ERROR
    with tempfile.TemporaryDirectory(prefix="pyjekyll-bench-") as tmp:
        source = os.path.join(tmp, "site")
        subprocess.run([sys.executable, SYNTH, source, str(count)], check=True, stdout=subprocess.DEVNULL)
        builder = IncrementalBuilder(load_site({"source": source, "destination": f"{tmp}/inc", "quiet": True}))
        first = builder.build()
        settle_heap()  # as `serve` does after its first build
        nothing = builder.build()
        posts = sorted(Path(source, "_posts").iterdir())
        times, rendered = [], []
        for i in range(edits):
            # as `serve`: the watcher says which file changed
            post = posts[(i * 397) % len(posts)]
            with post.open("a", encoding="utf-8") as fh:
                fh.write(f"\nAn edited paragraph {i}.\n")
            report = builder.build([str(post)])
            times.append(report.seconds)
            rendered.append(len(report.rendered))
        phases = dict(builder.site.profile_phases)
        untold: list[float] = []
        for i in range(edits):
            # as `build --incremental` (or a caller that does not know what changed): stat everything
            post = posts[(i * 211 + 5) % len(posts)]
            with post.open("a", encoding="utf-8") as fh:
                fh.write(f"\nAn unlisted edit {i}.\n")
            untold.append(builder.build().seconds)
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pyjekyll", "build", "-q", "-s", source, "-d", f"{tmp}/full"],
                       check=True, cwd=str(REPO))
        full = time.perf_counter() - start
        identical = _same_tree(f"{tmp}/inc", f"{tmp}/full")
    print(f"{count}-post synthetic site:")
    print(f"  first build (recording):      {first.seconds:6.2f} s ({len(first.rendered)} rendered)")
    print(f"  rebuild, nothing changed:     {nothing.seconds:6.3f} s ({len(nothing.rendered)} rendered)")
    print(f"  rebuild after one-post edit:  median {statistics.median(times):.3f} s over {edits} edits "
          f"(max {max(times):.2f} s; {statistics.median(rendered):.0f} pages rendered)")
    print("  last edit by phase:           " + ", ".join(f"{k.lower()} {v:.3f}" for k, v in phases.items()))
    print(f"  same, not told what changed:  median {statistics.median(untold):.2f} s over {edits} edits "
          f"(max {max(untold):.2f} s)")
    print(f"  clean full build (new process): {full:4.2f} s")
    print(f"  one-post edit / full build:   {statistics.median(times) / full:.1%}")
    print(f"  incremental _site identical to clean build: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
