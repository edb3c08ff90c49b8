#!/usr/bin/env python3
"""Regenerate the Markdown golden files from real Jekyll (needs Ruby and Jekyll 4.3.1).

usage: scripts/gen_markdown_goldens.py [FAMILY ...]
       scripts/gen_markdown_goldens.py --fuzz SEED COUNT   (differential check, writes nothing)

Each `tests/markdown/cases/<family>.cases` file holds cases written by us; this script
runs them through `gen_markdown_goldens.rb` (Jekyll's own kramdown converter) and writes
`<family>.golden.json` beside it: {case id: expected html}, or for `### mode: warnings` cases
{case id: {"html": ..., "warnings": [kramdown's warnings]}}.

`--fuzz` glues random Markdown fragments into COUNT documents, converts each with kramdown
(under a few `kramdown:` configs) and with pyjekyll, and prints the smallest mismatches:
new corpus cases come from there.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "markdown"))

from markdown_cases import CASES_DIR, load_family  # noqa: E402


def run_oracle(batch: list[dict]) -> dict:
    proc = subprocess.run(["ruby", str(ROOT / "scripts" / "gen_markdown_goldens.rb")],
                          input=json.dumps(batch), capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr)
        raise SystemExit(1)
    return json.loads(proc.stdout)


FUZZ_FRAGMENTS = [
    "*", "**", "_", "__", "`", "```", "~~~", "[", "]", "(", ")", "![", "<", ">", "</div>", "<div>",
    '<div markdown="1">', "<span>", "</span>", "<!--", "-->", "{:", "}", "{::comment}", "{:/}", "{: .x}",
    "\n", "\n", "\n\n", "    ", "  ", "\t", "> ", "* ", "- ", "1. ", "# ", "## ", "|", " | ", "---", "===",
    "$$", "&", "&amp;", ";", "\\", "'", '"', "[^1]", "\n[^1]: ", ": ", "\n: ", "*[ab]: x\n", "ab", "^",
    "--", "...", "<<", " >>", "word", "x", "<http://a.b>", "[l](u)", "[l][r]", "\n[r]: /u\n", "![i](p.png)",
    "<b>", "</b>", "<p>", "<br>", "`c`", "~~s~~", "\n***\n", "{:toc}", "\n| a | b |\n|---|:-:|\n| 1 | 2 |\n",
    "\n  * ", "\n    * ", "\n   1. ", "<table>\n<tr><td>", "</td></tr>\n</table>\n", "$$x$$",
    "\nterm\n: def\n", "<script>", "</script>", "&nbsp;", "'90s", "\n    code\n", "Title\n=====\n",
    "\n## T {#id}\n", "- [ ] ", "- [x] ", "HTML", "\n*[HTML]: x\n",
    "<i>", "</i>", "<h2>", "</h2>", "<ul><li>", "</li></ul>", "<pre><code>", "</code></pre>", "&ldquo;",
    '<a href="u">', "</a>", "<dl><dt>t</dt><dd>", "</dd></dl>", "<blockquote>", "</blockquote>", "<hr>",
    "[a.b](u)", "[a-b]", "[a.b]", "[r][]", "[x-y][r]", "\n[a.b]: /v 'T'\n", "\n[A-B]: <w>\n", "[R]",
    "\u00a0", "\u3000", "\u2003", "é", "日本", "٣. ", "&#٣;", "\n*[é]: x\n", "{: #é}",
]
FUZZ_CONFIGS = [{}, {"kramdown": {"parse_block_html": True}}, {"kramdown": {"hard_wrap": True}},
                {"kramdown": {"input": "kramdown"}}, {"kramdown": {"auto_ids": False, "entity_output": "numeric"}},
                {"kramdown": {"html_to_native": True}}, {"kramdown": {"html_to_native": True, "parse_block_html": True}}]


def fuzz(seed: int, count: int) -> int:
    import random
    sys.path.insert(0, str(ROOT))
    from pyjekyll.converters.markdown import KramdownConverter

    rnd = random.Random(seed)
    docs = ["".join(rnd.choice(FUZZ_FRAGMENTS) if rnd.random() < 0.7 else rnd.choice("ab \n")
                    for _ in range(rnd.randint(1, 40))) for _ in range(count)]
    configs = [rnd.choice(FUZZ_CONFIGS) for _ in docs]
    expected = run_oracle([{"id": str(i), "text": t, "config": configs[i], "mode": "markdown"}
                           for i, t in enumerate(docs)])
    bad = []
    for i, text in enumerate(docs):
        want = expected.get(str(i))
        if isinstance(want, str):
            got = KramdownConverter(configs[i]).convert(text)
            if got != want:
                bad.append((len(text), text, configs[i], want, got))
    print(f"{count - len(bad)}/{count} identical")
    for _, text, config, want, got in sorted(bad)[:10]:
        print(f"config {config}\n  in:   {text!r}\n  want: {want!r}\n  got:  {got!r}")
    return 1 if bad else 0


def main(argv: list[str]) -> int:
    if argv[:1] == ["--fuzz"]:
        return fuzz(int(argv[1]), int(argv[2]))
    families = argv or sorted(p.name[: -len(".cases")] for p in CASES_DIR.glob("*.cases"))
    batch = []
    for family in families:
        for case in load_family(family):
            batch.append({"id": f"{family}/{case.name}", "text": case.text,
                          "config": case.config, "mode": case.mode})
    results = run_oracle(batch)
    for family in families:
        prefix = family + "/"
        golden = {k[len(prefix):]: v for k, v in results.items() if k.startswith(prefix)}
        errors = [k for k, v in golden.items() if not isinstance(v, str) and "html" not in v]
        if errors:
            print(f"{family}: kramdown raised on {errors}", file=sys.stderr)
        path = CASES_DIR / f"{family}.golden.json"
        path.write_text(json.dumps(golden, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"{family}: {len(golden)} cases")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
