#!/usr/bin/env python3
"""Regenerate the Liquid conformance suite from real Jekyll 4.3.1 (needs Ruby + Jekyll).

Reads the cases in scripts/gen_liquid_goldens.yml, writes one Jekyll site with one page
per case under tests/liquid/conformance/src/, leaves out cases that make Jekyll raise
(found with scripts/gen_liquid_goldens.rb), builds the site with
`TZ=UTC faketime -f '2027-01-01 00:00:00' jekyll build`, and stores each page's output
in tests/liquid/conformance/expected/<id>.html.

usage: python scripts/gen_liquid_goldens.py
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CASES_FILE = ROOT / "scripts" / "gen_liquid_goldens.yml"
PROBE = ROOT / "scripts" / "gen_liquid_goldens.rb"
SUITE = ROOT / "tests" / "liquid" / "conformance"
SRC = SUITE / "src"
EXPECTED = SUITE / "expected"
FAKE_NOW = "2027-01-01 00:00:00"

CONFIG = """\
title: Liquid conformance
url: https://example.com
baseurl: /base
"""

DATA = {
    "words": ["a", "b", "c"],
    "num": 42,
    "nested": {"k": "v"},
    "people": [
        {"name": "Carol", "age": 35, "team": "blue"},
        {"name": "alice", "age": 30, "team": "red"},
        {"name": "Bob", "age": 25, "team": "red"},
    ],
    "prices": [1.5, 2, 10],
}

POSTS = {
    "_posts/2023-05-01-first-post.html": (
        {"title": "First", "tags": ["a", "b"], "category": "news"},
        "<p>First body</p>\n",
    ),
    "_posts/2023-06-15-second.html": (
        {"title": "Second", "tags": ["b"], "category": "misc"},
        "<p>Second excerpt</p>\n\n<p>More of the second</p>\n",
    ),
    "_posts/2024-01-05-third.html": (
        {"title": "Third", "tags": ["c"], "category": "news"},
        "<p>Third body</p>\n",
    ),
}

FILES = {
    "_includes/inc.html": "inc:{{ include.who | default: 'nobody' }}",
    "_includes/scope.html": "scope:{{ s }}",
    "drop-target.html": "---\ntitle: Drop target\n---\ntarget\n",
}


def _dump_front_matter(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)


def _page(front: dict[str, Any], template: str) -> str:
    return "---\n" + _dump_front_matter({"layout": None, **front}) + "---\n" + template + "\n"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def load_cases() -> dict[str, tuple[dict[str, Any], str]]:
    """Case id -> (front matter, template)."""
    spec = yaml.safe_load(CASES_FILE.read_text(encoding="utf-8"))
    cases: dict[str, tuple[dict[str, Any], str]] = {}
    for group, entries in spec.items():
        if group == "matrix":
            continue
        for number, entry in enumerate(entries, 1):
            if isinstance(entry, str):
                entry = {"t": entry}
            cases[f"{group}-{number:03d}"] = (entry.get("fm") or {}, entry["t"])
    matrix = spec.get("matrix") or {}
    for flt in matrix.get("filters", []):
        for name, value in matrix.get("values", {}).items():
            cases[f"m-{_slug(flt)}-{name}"] = ({"v": value}, "{{ page.v | " + flt + " }}")
    return cases


def write_site(cases: dict[str, tuple[dict[str, Any], str]]) -> None:
    if SRC.exists():
        shutil.rmtree(SRC)
    (SRC / "cases").mkdir(parents=True)
    (SRC / "_config.yml").write_text(CONFIG, encoding="utf-8")
    (SRC / "_data").mkdir()
    (SRC / "_data" / "d.yml").write_text(_dump_front_matter(DATA), encoding="utf-8")
    for rel, (front, body) in POSTS.items():
        path = SRC / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("---\n" + _dump_front_matter(front) + "---\n" + body, encoding="utf-8")
    for rel, text in FILES.items():
        path = SRC / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for case_id, (front, template) in cases.items():
        (SRC / "cases" / f"{case_id}.html").write_text(_page(front, template), encoding="utf-8")


def _ruby_env() -> dict[str, str]:
    env = dict(os.environ)
    env["TZ"] = "UTC"
    env["JEKYLL_ENV"] = "development"
    return env


def failing_cases() -> list[str]:
    """Case ids whose page makes real Jekyll raise."""
    result = subprocess.run(
        ["faketime", "-f", FAKE_NOW, "ruby", str(PROBE), str(SRC)],
        capture_output=True, text=True, env=_ruby_env(), check=True,
    )
    failed = []
    for line in result.stdout.splitlines():
        line = line.strip()
        if line.startswith("cases/") and line.endswith(".html"):
            failed.append(line[len("cases/"):-len(".html")])
    return failed


def build(dest: Path) -> None:
    subprocess.run(
        ["faketime", "-f", FAKE_NOW, "jekyll", "build", "-q", "-s", str(SRC), "-d", str(dest)],
        check=True, env=_ruby_env(),
    )


def main() -> int:
    cases = load_cases()
    write_site(cases)
    failed = failing_cases()
    for case_id in failed:
        (SRC / "cases" / f"{case_id}.html").unlink()
        del cases[case_id]
    if EXPECTED.exists():
        shutil.rmtree(EXPECTED)
    EXPECTED.mkdir(parents=True)
    with tempfile.TemporaryDirectory() as tmp:
        dest = Path(tmp) / "_site"
        build(dest)
        for case_id in cases:
            shutil.copyfile(dest / "cases" / f"{case_id}.html", EXPECTED / f"{case_id}.html")
    print(f"{len(cases)} cases written; {len(failed)} left out because Jekyll raises:")
    for case_id in failed:
        print("  " + case_id)
    return 0


if __name__ == "__main__":
    sys.exit(main())
