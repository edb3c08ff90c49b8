"""Differential fuzzing of our lexers against live Rouge (development only; needs Ruby).

    python scripts/fuzz_highlight.py TAG [--docs 3000] [--seed 1] [--show 3]

Random documents are built from the lines of `tests/highlight/cases/TAG.txt`: lines are
recombined, cut at random places, and sprinkled with quotes, brackets, punctuation and
newlines.  Each document is lexed by Rouge (`Rouge::Lexer.find(TAG)` with the HTML
formatter) in one Ruby process and by our lexer; the script prints how many differ and
the first few differences (shortest documents first, which are the easiest to read).
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "highlight"))

from pyjekyll.highlight import find_lexer, format_tokens  # noqa: E402
from test_goldens import parse_cases  # noqa: E402

RUBY = r"""
require "json"
require "rouge"
tag = ARGV[0]
docs = JSON.parse($stdin.read)
out = docs.map do |doc|
  begin
    lexer = Rouge::Lexer.find_fancy(tag, doc)
    Rouge::Formatters::HTML.new.format(lexer.lex(doc))
  rescue StandardError => e
    { "error" => e.message }
  end
end
$stdout.write(JSON.generate(out))
"""

NOISE = list("\"'`()[]{}<>;:,.!?@#$%^&*-+=/\\|~_ \t\n") + ["\n\n", "  ", "0x", "1.5e3", "\\n", "${", "#{", "/*", "*/", "//", "--", "%", "\"\"\"", "'''"]


def make_document(rng: random.Random, lines: list[str]) -> str:
    """A few case lines, shuffled, cut and mixed with noise."""
    parts: list[str] = []
    for _ in range(rng.randint(1, 8)):
        line = rng.choice(lines)
        roll = rng.random()
        if roll < 0.25 and line:
            cut = rng.randrange(len(line) + 1)
            line = line[:cut] if rng.random() < 0.5 else line[cut:]
        elif roll < 0.5 and line:
            at = rng.randrange(len(line) + 1)
            line = line[:at] + rng.choice(NOISE) + line[at:]
        parts.append(line)
        parts.append("\n" if rng.random() < 0.85 else rng.choice(NOISE))
    return "".join(parts)


def rouge_outputs(tag: str, docs: list[str]) -> list[object]:
    result = subprocess.run(["ruby", "-e", RUBY, tag], input=json.dumps(docs), capture_output=True,
                            text=True, check=True)
    return json.loads(result.stdout)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("tag")
    parser.add_argument("--docs", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=3)
    parser.add_argument("--cases", help="case file stem when it differs from the tag")
    args = parser.parse_args()
    case_file = ROOT / "tests" / "highlight" / "cases" / f"{args.cases or args.tag}.txt"
    lines = [line for case in parse_cases(case_file) for line in case["code"].split("\n")]
    rng = random.Random(args.seed)
    docs = [make_document(rng, lines) for _ in range(args.docs)]
    expected = rouge_outputs(args.tag, docs)
    lexer = find_lexer(args.tag)
    assert lexer is not None, args.tag
    failures: list[tuple[str, str, str]] = []
    rouge_errors = 0
    for doc, want in zip(docs, expected):
        if isinstance(want, dict):
            rouge_errors += 1
            continue
        got = format_tokens(doc, lexer)
        if got != want:
            failures.append((doc, want, got))
    print(f"{args.tag}: {len(docs)} documents, {len(failures)} differ, {rouge_errors} Rouge errors skipped")
    for doc, want, got in sorted(failures, key=lambda f: len(f[0]))[:args.show]:
        print("--- document:", repr(doc))
        print("rouge:", want)
        print("ours: ", got)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
