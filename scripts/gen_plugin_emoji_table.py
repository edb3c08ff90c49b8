#!/usr/bin/env python3
"""Write pyjekyll/plugins/jemoji/emoji_names.json from gemoji 3.0.1's db/emoji.json.

GitHub Pages' jemoji 0.12.0 uses gemoji 3.0.1 (its `~> 3.0`): every alias of an emoji
maps to its image file, `unicode/<code points>.png` (hex, without FE0F/200D) or, for
GitHub's own images, `<first alias>.png` (so `:squirrel:` shows `shipit.png`). When two
entries share an alias the later one wins, as in gemoji's index. The table stores the
file name for every alias.

usage: scripts/gen_plugin_emoji_table.py path/to/gemoji-3.0.1 [--check]
(the source folder of gemoji 3.0.1, e.g. `git archive v3.0.1` of a clone of github/gemoji).
With --check (needs ruby) the table is also compared with the index the Ruby gemoji builds
from the same folder (`Emoji.find_by_alias(name).image_filename` for every alias).
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "pyjekyll" / "plugins" / "jemoji" / "emoji_names.json"
_JOINERS = re.compile(r"-(fe0f|200d)\b")


RUBY_INDEX = ('h = {}; Emoji.all.each { |e| e.aliases.each { |a| h[a] = Emoji.find_by_alias(a).image_filename } }; '
              'print JSON.generate(h)')


def ruby_table(gemoji: Path) -> dict[str, str]:
    """Alias -> image file as the Ruby gemoji of that source folder has it."""
    result = subprocess.run(["ruby", "-I", str(gemoji / "lib"), "-rjson", "-remoji", "-e", RUBY_INDEX],
                            capture_output=True, text=True, check=True)
    table: dict[str, str] = json.loads(result.stdout)
    return table


def main(gemoji: Path, check: bool) -> None:
    entries = json.loads((gemoji / "db" / "emoji.json").read_text(encoding="utf-8"))
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
    if check:
        ruby = ruby_table(gemoji)
        differing = sorted(k for k in table.keys() | ruby.keys() if table.get(k) != ruby.get(k))
        if differing:
            sys.exit(f"differs from Ruby gemoji for {len(differing)} names: {differing[:10]}")
        print("identical to the Ruby gemoji index")


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] in ("-h", "--help"):
        sys.exit(__doc__)
    main(Path(sys.argv[1]), "--check" in sys.argv[2:])
