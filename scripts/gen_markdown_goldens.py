#!/usr/bin/env python3
"""Regenerate the Markdown golden files from real Jekyll (needs Ruby and Jekyll 4.3.1).

usage: scripts/gen_markdown_goldens.py [FAMILY ...]

Each `tests/markdown/cases/<family>.cases` file holds cases written by us; this script
runs them through `gen_markdown_goldens.rb` (Jekyll's own kramdown converter) and writes
`<family>.golden.json` beside it: {case id: expected html}.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "markdown"))

from case_files import CASES_DIR, load_family  # noqa: E402


def main(argv: list[str]) -> int:
    families = argv or sorted(p.name[: -len(".cases")] for p in CASES_DIR.glob("*.cases"))
    batch = []
    for family in families:
        for case in load_family(family):
            batch.append({"id": f"{family}/{case.name}", "text": case.text,
                          "config": case.config, "mode": case.mode})
    proc = subprocess.run(["ruby", str(ROOT / "scripts" / "gen_markdown_goldens.rb")],
                          input=json.dumps(batch), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        return 1
    results = json.loads(proc.stdout)
    for family in families:
        prefix = family + "/"
        golden = {k[len(prefix):]: v for k, v in results.items() if k.startswith(prefix)}
        errors = [k for k, v in golden.items() if not isinstance(v, str)]
        if errors:
            print(f"{family}: kramdown raised on {errors}", file=sys.stderr)
        path = CASES_DIR / f"{family}.golden.json"
        path.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{family}: {len(golden)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
