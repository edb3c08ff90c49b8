#!/usr/bin/env python3
"""Write pyjekyll/plugins/jemoji/emoji_names.json from gemoji 3.0.1's db/emoji.json.

GitHub Pages' jemoji 0.12.0 uses gemoji 3.0.1 (its `~> 3.0`): every alias of an emoji
maps to its image file, `unicode/<code points>.png` (hex, without FE0F/200D) or, for
GitHub's own images, `<first alias>.png` (so `:squirrel:` shows `shipit.png`). When two
entries share an alias the later one wins, as in gemoji's index. The table stores the
file name for every alias.

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
        aliases = entry["aliases"]
        if raw:
            file_name = "unicode/" + _JOINERS.sub("", "-".join(f"{ord(c):04x}" for c in raw)) + ".png"
        else:
            file_name = aliases[0] + ".png"
        for alias in aliases:
            table[alias] = file_name
    OUT.write_text(json.dumps(table, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(table)} names written to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
