"""Shared test setup: the golden-case tally printed at the end of every run.

A test that compares pyjekyll's output with output produced by real Jekyll marks itself
`@pytest.mark.golden` (optionally with a `suite=` name); the summary counts them per suite.
"""
from __future__ import annotations

import collections

import pytest

_tally: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "golden(suite=None): compares output with real Jekyll's")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    marker = item.get_closest_marker("golden")
    if marker is None:
        return
    suite = marker.kwargs.get("suite") or item.module.__name__.rsplit(".", 1)[-1]
    if report.when == "call":
        _tally[suite]["passed" if report.passed else ("xfailed" if hasattr(report, "wasxfail") else "failed")] += 1
    elif report.when == "setup" and report.skipped:
        _tally[suite]["skipped"] += 1


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # type: ignore[no-untyped-def]
    if not _tally:
        return
    terminalreporter.section("golden cases (byte-identical to Jekyll 4.3.1)")
    total_pass = total = 0
    for suite in sorted(_tally):
        c = _tally[suite]
        n = sum(c.values())
        total += n
        total_pass += c["passed"]
        extra = ", ".join(f"{k} {v}" for k, v in sorted(c.items()) if k != "passed" and v)
        terminalreporter.write_line(f"{suite:28} {c['passed']:5d}/{n:<5d} identical" + (f"  ({extra})" if extra else ""))
    terminalreporter.write_line(f"{'ALL':28} {total_pass:5d}/{total:<5d} identical")
