#!/usr/bin/env python3
"""First use of each common lexer in a fresh process: building its rule tables (compiling every
pattern) and highlighting one line.  This is paid once per build for every language a site's
code blocks use, so it counts in one-off builds and not at all in warm benchmarks.

usage: benchmarks/highlight_first_use.py [TAG ...]   (default: twelve common languages)
"""
from __future__ import annotations

import pathlib
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_TAGS = ["python", "ruby", "javascript", "html", "css", "yaml", "shell", "c", "go", "rust",
                "java", "json"]


def main(tags: list[str]) -> int:
    start = time.perf_counter()
    from pyjekyll.highlight.formatter import format_lexed
    from pyjekyll.highlight.registry import find_lexer
    print(f"import: {(time.perf_counter() - start) * 1000:.0f} ms")
    total = 0.0
    for tag in tags:
        began = time.perf_counter()
        lexer = find_lexer(tag, "x = 1\n")
        if lexer is None:
            print(f"{tag}: no such lexer")
            continue
        format_lexed(lexer, 'x = "a" + 1 # c\n')
        spent = time.perf_counter() - began
        total += spent
        print(f"{tag:12} {spent * 1000:7.1f} ms")
    print(f"{'total':12} {total * 1000:7.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:] or DEFAULT_TAGS))
