"""`pyjekyll build`: one full build, with Jekyll's log lines."""
from __future__ import annotations

import os
import time
from typing import Any

from pyjekyll.configuration import build_configuration
from pyjekyll.log import logger
from pyjekyll.site import Site


def load_site(overrides: dict[str, Any]) -> Site:
    config = build_configuration(overrides)
    return Site(config)


def build(site: Site, *, watching: bool = False) -> float:
    start = time.perf_counter()
    logger.info("Source:", site.source)
    logger.info("Destination:", site.dest)
    incremental = site.config.get("incremental")
    logger.info("Incremental build:", "enabled" if incremental else "disabled. Enable with --incremental")
    logger.info("Generating...")
    site.process()
    elapsed = time.perf_counter() - start
    logger.info("", f"done in {round(elapsed, 3)} seconds.")
    if site.config.get("profile"):
        print_profile(site)
    if not watching:
        logger.info("Auto-regeneration:", "disabled. Use --watch to enable.")
    return elapsed


def print_profile(site: Site) -> None:
    """Jekyll's `--profile`: the slowest files, then the phase table."""
    timings = getattr(site, "render_timings", {}) or {}
    rows = sorted(timings.items(), key=lambda kv: -kv[1])[:50]
    out = []
    width = max([len("Filename")] + [len(k) for k, _ in rows])
    out.append(f"{'Filename'.ljust(width)} | {'Time':>8}")
    out.append("-" * width + "-+-" + "-" * 8)
    for name, seconds in rows:
        out.append(f"{name.ljust(width)} | {seconds:8.3f}")
    out.append("")
    out.append(f"{'PHASE':<10} | {'TIME':>8}")
    out.append("-" * 10 + "-+-" + "-" * 8)
    total = 0.0
    for phase, seconds in site.profile_phases.items():
        total += seconds
        out.append(f"{phase:<10} | {seconds:8.4f}")
    out.append(f"{'TOTAL TIME':<10} | {total:8.4f}")
    print("\n" + "\n".join(out) + "\n")


def default_destination(source: str) -> str:
    return os.path.join(source, "_site")
