#!/usr/bin/env python3
"""Build-speed comparison of pyjekyll against real Jekyll 4.3.1, with output checked byte for byte.

Run by hand (never from pytest): it takes minutes and needs Ruby's Jekyll for the
comparison column. Sites: synthetic blogs of 100 / 1,000 / 2,000 posts written by
`/work/shared/tools/synth-site`, plus the repository's own example site.

    python benchmarks/build_speed.py                    # all sites, cold builds
    python benchmarks/build_speed.py --sizes 1000 --runs 3 --warm

Each site is built once unmeasured by each tool (file cache, pyjekyll's bytecode under
a private PYTHONPYCACHEPREFIX, as an installed copy would have it), then measured.
Each build runs in a fresh process on a private copy of the source, on the pinned
clock the golden files use (faketime for Jekyll, SOURCE_DATE_EPOCH for pyjekyll), so
the two outputs can be compared with `sitediff`. Times are wall-clock seconds (the
best of --runs) and the CPU seconds (user+sys, all processes) of that run; memory is
the peak RSS of the largest single process (/usr/bin/time -v), so worker processes of a
parallel build are not summed.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOLS = Path(os.environ.get("PYJEKYLL_TOOLS", "/work/shared/tools"))
CLOCK = "2027-01-01 00:00:00"
CLOCK_EPOCH = "1798761600"


@dataclass
class Timing:
    """One build: best wall time of the runs, and the CPU time and peak memory of that run."""

    wall: float
    cpu: float
    peak_mb: float


def _run_measured(cmd: list[str], cwd: Path, env: dict[str, str]) -> Timing:
    """Run `cmd` under /usr/bin/time -v (when present) and read its wall, CPU and peak RSS."""
    timed = ["/usr/bin/time", "-v", *cmd] if Path("/usr/bin/time").exists() else cmd
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(timed, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(cmd)}):\n{proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    peak = float("nan")
    for line in proc.stderr.splitlines():
        if "Maximum resident set size" in line:
            peak = int(line.rsplit(":", 1)[1]) / 1024
    return Timing(wall, cpu, peak)


def _fresh_copy(src: Path, dest: Path) -> None:
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(src, dest, symlinks=True, ignore=shutil.ignore_patterns("_site", ".jekyll-cache", ".git"))


def _build(kind: str, src: Path, work: Path, runs: int, warm: bool) -> tuple[Timing, Path]:
    """Build `src` `runs` times with `kind` ('jekyll' or 'pyjekyll'); return the best and its output."""
    site = work / f"src-{kind}"
    out = work / f"out-{kind}"
    env = dict(os.environ, TZ="UTC", LC_ALL="C.UTF-8")
    if kind == "jekyll":
        cmd = ["faketime", "-f", CLOCK, "jekyll", "build", "-q", "-s", ".", "-d", str(out)]
    else:
        env["SOURCE_DATE_EPOCH"] = CLOCK_EPOCH
        cmd = [sys.executable, "-m", "pyjekyll", "build", "-q", "-s", ".", "-d", str(out)]
        env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
        # An installed pyjekyll runs from compiled bytecode; keep it outside the repository.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(work.parent / "pycache")
    best: Timing | None = None
    _fresh_copy(src, site)
    # One unmeasured build first, for both tools: warms the OS file cache, compiles
    # pyjekyll's bytecode, and (with --warm) fills .jekyll-cache for the measured builds.
    _run_measured(cmd, site, env)
    for _ in range(runs):
        if not warm:
            shutil.rmtree(site / ".jekyll-cache", ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
        timing = _run_measured(cmd, site, env)
        if best is None or timing.wall < best.wall:
            best = timing
    assert best is not None
    return best, out


def _identical(ref: Path, out: Path) -> str:
    proc = subprocess.run([sys.executable, str(TOOLS / "sitediff"), str(ref), str(out), "--diff", "0"],
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else "?"
    return "identical" if proc.returncode == 0 else summary


def _sites(sizes: list[int], work: Path, example: bool) -> list[tuple[str, Path]]:
    sites: list[tuple[str, Path]] = []
    for n in sizes:
        dest = work / f"synth{n}"
        subprocess.run([sys.executable, str(TOOLS / "synth-site"), str(dest), str(n)], check=True)
        sites.append((f"synth {n} posts", dest))
    if example:
        sites.append(("example site", REPO))
    return sites


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[100, 1000, 2000], help="synthetic post counts")
    parser.add_argument("--runs", type=int, default=1, help="builds per site and tool (best wall time kept)")
    parser.add_argument("--warm", action="store_true", help="keep .jekyll-cache between builds (rebuild speed)")
    parser.add_argument("--no-example", action="store_true", help="skip the repository's example site")
    parser.add_argument("--no-jekyll", action="store_true", help="time pyjekyll only")
    args = parser.parse_args()
    have_jekyll = not args.no_jekyll and shutil.which("jekyll") and shutil.which("faketime")
    rows: list[str] = []
    with tempfile.TemporaryDirectory(prefix="pyjekyll-bench-") as tmp:
        work = Path(tmp)
        for label, src in _sites(args.sizes, work, not args.no_example):
            site_work = work / label.replace(" ", "-")
            site_work.mkdir()
            py, py_out = _build("pyjekyll", src, site_work, args.runs, args.warm)
            if have_jekyll:
                rb, rb_out = _build("jekyll", src, site_work, args.runs, args.warm)
                same = _identical(rb_out, py_out)
                row = (f"| {label} | {rb.wall:.2f} ({rb.cpu:.2f}) | {py.wall:.2f} ({py.cpu:.2f}) | "
                       f"{rb.wall / py.wall:.2f}x | {rb.peak_mb:.0f} / {py.peak_mb:.0f} | {same} |")
            else:
                row = f"| {label} | - | {py.wall:.2f} ({py.cpu:.2f}) | - | - / {py.peak_mb:.0f} | - |"
            print(row, flush=True)
            rows.append(row)
    mode = "warm cache" if args.warm else "cold cache"
    print(f"\n{mode}; wall s (cpu s); speed-up = Jekyll wall / pyjekyll wall; peak RSS MiB Jekyll / pyjekyll")
    print("| site | Jekyll | pyjekyll | speed-up | peak MiB | output |")
    print("|---|---|---|---|---|---|")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
