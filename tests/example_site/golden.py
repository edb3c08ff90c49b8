"""Build a site with pyjekyll in-process and compare its output with a committed Jekyll build.

Shared by test_example_site.py and test_seeds.py: one build per site, then one test case per
output file, so the pass count says how much of the site is byte-identical.
"""
from __future__ import annotations

import contextlib
import difflib
import io
import logging
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

# The clock real Jekyll ran under (faketime 2027-01-01 00:00:00 UTC) for the goldens.
SOURCE_DATE_EPOCH = "1798761600"

# Case id for "pyjekyll built the site cleanly" (exit status 0, no warnings).
BUILD_CASE = "<build>"
# Case id for "pyjekyll wrote no file that Jekyll did not".
EXTRA_FILES_CASE = "<no extra files>"


@dataclass
class BuildResult:
    """What one in-process pyjekyll build produced."""

    dest: Path
    status: int
    error: str = ""  # an exception that escaped main(), formatted
    messages: list[str] = field(default_factory=list)  # warnings/errors logged or printed to stderr


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


def build_with_pyjekyll(src: Path, dest: Path) -> BuildResult:
    """Run `pyjekyll build -s src -d dest` in this process on the goldens' pinned clock."""
    from pyjekyll.cli import main  # ImportError is the caller's to turn into a skip

    collector = _Collector()
    root_logger = logging.getLogger()
    stderr = io.StringIO()
    saved_env = {name: os.environ.get(name) for name in ("SOURCE_DATE_EPOCH", "TZ", "JEKYLL_ENV")}
    os.environ["SOURCE_DATE_EPOCH"] = SOURCE_DATE_EPOCH
    os.environ["TZ"] = "UTC"
    os.environ.pop("JEKYLL_ENV", None)
    time.tzset()
    root_logger.addHandler(collector)
    error = ""
    try:
        with contextlib.redirect_stderr(stderr):
            try:
                status = main(["build", "-s", str(src), "-d", str(dest)])
            except SystemExit as exit_:
                status = exit_.code if isinstance(exit_.code, int) else 1
            except Exception as exc:  # a crash is a result to report, not a test error
                status, error = 1, f"{type(exc).__name__}: {exc}"
    finally:
        root_logger.removeHandler(collector)
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        time.tzset()
    messages = collector.messages + [line for line in stderr.getvalue().splitlines() if line.strip()]
    return BuildResult(dest=dest, status=status or 0, error=error, messages=messages)


def relative_files(root: Path) -> list[str]:
    """All files under `root`, as sorted POSIX paths relative to it."""
    if not root.is_dir():
        return []
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file())


def read_known_failures(path: Path) -> set[str]:
    """Case ids listed one per line; `#` starts a comment."""
    if not path.is_file():
        return set()
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        case = line.split("#", 1)[0].strip()
        if case:
            ids.add(case)
    return ids


def describe_difference(expected: Path, actual: Path, max_lines: int = 40) -> str | None:
    """None when the files are byte-identical, else a short explanation with a diff."""
    if not actual.is_file():
        return f"missing: pyjekyll did not write {actual.name}"
    want, got = expected.read_bytes(), actual.read_bytes()
    if want == got:
        return None
    try:
        want_text, got_text = want.decode("utf-8"), got.decode("utf-8")
    except UnicodeDecodeError:
        return f"binary content differs ({len(want)} bytes expected, {len(got)} written)"
    diff = difflib.unified_diff(
        want_text.splitlines(), got_text.splitlines(), "jekyll", "pyjekyll", lineterm="", n=2
    )
    lines = list(diff)
    shown = "\n".join(lines[:max_lines])
    more = f"\n… {len(lines) - max_lines} more diff lines" if len(lines) > max_lines else ""
    if not lines:
        shown = "(only line endings or a final newline differ)"
    return f"content differs:\n{shown}{more}"


def extra_files_problem(result: BuildResult, expected: Path) -> str | None:
    """None when the build finished and wrote no file Jekyll does not write."""
    if result.error or result.status != 0:
        return f"the build failed (exit {result.status}{': ' + result.error if result.error else ''}), nothing to compare"
    extra = sorted(set(relative_files(result.dest)) - set(relative_files(expected)))
    return f"pyjekyll wrote files Jekyll does not: {extra}" if extra else None


def build_failure(result: BuildResult) -> str | None:
    """None for a clean build, else why it was not clean."""
    problems = []
    if result.error:
        problems.append(f"crashed: {result.error}")
    if result.status != 0:
        problems.append(f"exit status {result.status}")
    problems.extend(result.messages)
    return "; ".join(problems) if problems else None
