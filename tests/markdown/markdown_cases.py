"""Reader for the Markdown conformance cases (shared by the tests and the golden generator).

A `.cases` file is a run of cases, each introduced by a header line
`### case: NAME` optionally followed by `### config: {json site config}` and/or
`### mode: smartify` and/or `### no-final-newline`. The input is every line up to the next header.
"""
from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass, field
from typing import Any

CASES_DIR = pathlib.Path(__file__).resolve().parent / "cases"
HEADER = "### case: "


@dataclass
class Case:
    name: str
    text: str
    config: dict[str, Any] = field(default_factory=dict)
    mode: str = "markdown"


def load_family(family: str) -> list[Case]:
    """Cases of one family, in file order."""
    lines = (CASES_DIR / f"{family}.cases").read_text(encoding="utf-8").splitlines(keepends=True)
    cases: list[Case] = []
    current: Case | None = None
    body: list[str] = []
    strip_newline = False

    def finish() -> None:
        if current is not None:
            text = "".join(body)
            current.text = text[:-1] if strip_newline and text.endswith("\n") else text
            cases.append(current)

    for line in lines:
        if line.startswith(HEADER):
            finish()
            current, body, strip_newline = Case(line[len(HEADER):].strip(), ""), [], False
        elif current is not None and not body and line.startswith("### config: "):
            current.config = json.loads(line[len("### config: "):])
        elif current is not None and not body and line.startswith("### mode: "):
            current.mode = line[len("### mode: "):].strip()
        elif current is not None and not body and line.rstrip("\n") == "### no-final-newline":
            strip_newline = True
        elif current is not None:
            body.append(line)
    finish()
    names = [c.name for c in cases]
    if len(names) != len(set(names)):
        raise ValueError(f"{family}: duplicate case names")
    return cases


def families() -> list[str]:
    return sorted(p.name[: -len(".cases")] for p in CASES_DIR.glob("*.cases"))
