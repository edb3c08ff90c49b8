#!/usr/bin/env python3
"""Write pyjekyll/plugins/jemoji/emoji_names.json from gemoji 3.0.1's db/emoji.json.

GitHub Pages' jemoji uses gemoji 3.0.1: every alias of an emoji maps to its image file,
`unicode/<code points>.png` (without FE0F/200D) or `<name>.png` for GitHub's own images.
The table stores the code-point part, or "" for GitHub's own ones.

usage: scripts/gen_plugin_emoji_table.py path/to/gemoji-3.0.1/db/emoji.json
(e.g. `git show v3.0.1:db/emoji.json` in a clone of github/gemoji)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pyjekyll" / "plugins" / "jemoji" / "emoji_names.json"
_JOINERS = re.compile(r"-(fe0f|200d)\b")


def main(source: str) -> None:
    entries = json.loads(Path(source).read_text(encoding="utf-8"))
    table: dict[str, str] = {}
    for entry in entries:
        raw = entry.get("emoji")
        code = _JOINERS.sub("", "-".join(f"{ord(c):04x}" for c in raw)) if raw else ""
        for alias in entry["aliases"]:
            table[alias] = code
    OUT.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
