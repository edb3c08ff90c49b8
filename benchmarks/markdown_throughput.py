#!/usr/bin/env python3
"""Markdown throughput: pyjekyll's converter against real kramdown (Jekyll's) on one corpus.

usage: benchmarks/markdown_throughput.py [--rounds N] [--repeat R] [--corpus cases|site] [--no-ruby]

Corpus `cases`: every conformance case input plus the two seed pages; `site`: 300 posts of a
synthetic blog. Documents are converted one at a time, no caching on either side; the best
round counts, in CPU time (the machine is shared, wall time is noisy). Ruby and Jekyll are needed only for the comparison.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "markdown"))

from markdown_cases import families, load_family  # noqa: E402
from pyjekyll.converters.markdown import KramdownConverter  # noqa: E402

RUBY = r'''
require "json"; require "jekyll"
docs = JSON.parse($stdin.read); rounds = ARGV[0].to_i
conv = Jekyll::Converters::Markdown::KramdownParser.new(Jekyll::Configuration.from({}))
docs.each { |d| conv.convert(d) }  # warm up
best = rounds.times.map do
  t = Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID)
  docs.each { |d| conv.convert(d) }
  Process.clock_gettime(Process::CLOCK_PROCESS_CPUTIME_ID) - t
end.min
puts best
'''


def corpus(kind: str = "cases") -> list[str]:
    """'cases': every conformance input and the seed pages; 'site': the posts of a synthetic blog."""
    if kind == "site":
        return site_posts()
    docs = [c.text for f in families() for c in load_family(f) if c.mode == "markdown" and not c.config]
    seeds = ROOT.parent / "shared" / "seeds"
    for path in sorted(seeds.glob("*.txt")) if seeds.is_dir() else []:
        docs.append(path.read_text(encoding="utf-8").split("---\n", 2)[-1])
    return docs


def site_posts(count: int = 300) -> list[str]:
    """Post bodies from `shared/tools/synth-site` (a deterministic blog generator)."""
    tool = ROOT.parent / "shared" / "tools" / "synth-site"
    if not tool.exists():
        return []
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([str(tool), tmp, str(count)], check=True, capture_output=True)
        posts = sorted(pathlib.Path(tmp, "_posts").glob("*.md"))
        return [p.read_text(encoding="utf-8").split("---\n", 2)[-1] for p in posts]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--repeat", type=int, default=3,
                    help="alternate the two tools this many times (a busy spell then hits both)")
    ap.add_argument("--no-ruby", action="store_true")
    ap.add_argument("--corpus", choices=("cases", "site"), default="cases")
    args = ap.parse_args()
    docs = corpus(args.corpus)
    size = sum(len(d.encode()) for d in docs)
    conv = KramdownConverter({}, cache=False)
    for d in docs:
        conv.convert(d)
    ours = theirs = float("inf")
    ruby_ok = not args.no_ruby
    for _ in range(max(1, args.repeat)):
        for _ in range(args.rounds):
            start = time.process_time()
            for d in docs:
                conv.convert(d)
            ours = min(ours, time.process_time() - start)
        if not ruby_ok:
            continue
        proc = subprocess.run(["ruby", "-e", RUBY, str(args.rounds)], input=json.dumps(docs),
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print("kramdown: not available (" + proc.stderr.strip().splitlines()[-1] + ")" if proc.stderr else "")
            ruby_ok = False
            continue
        theirs = min(theirs, float(proc.stdout.strip().splitlines()[-1]))
    print(f"corpus: {len(docs)} documents, {size / 1e6:.3f} MB; best of {args.rounds} rounds x {args.repeat}")
    print(f"pyjekyll: {ours:.3f} s ({size / ours / 1e6:.2f} MB/s)")
    if not ruby_ok:
        return 0
    print(f"kramdown: {theirs:.3f} s ({size / theirs / 1e6:.2f} MB/s)")
    print(f"ratio: pyjekyll is {theirs / ours:.2f}x kramdown's speed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
