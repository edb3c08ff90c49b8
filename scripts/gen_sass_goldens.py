#!/usr/bin/env python3
"""Regenerate the Sass golden files under tests/sass/expected/ with real Jekyll.

Each folder in tests/sass/cases/ is a small Jekyll site. This script builds it with the
`jekyll` command (run from inside the site folder, as a user would) into a temporary
destination and keeps every `.css` and `.css.map` file Jekyll wrote, under
tests/sass/expected/<case>/ at the same relative path. A case with a `gems/` folder gets
it prepended to GEM_PATH so that Jekyll finds the fake theme gem kept there.

Each folder in tests/sass/error_cases/ is a site whose one stylesheet fails. Jekyll is
driven from Ruby (the same build `jekyll build` runs) so that the exception's message
can be kept whole: it goes to tests/sass/expected_errors/<case>.txt.

Needs Ruby and Jekyll 4.3.1 with jekyll-sass-converter 2.2 (Debian's ruby-jekyll-* packages);
the tests that read the goldens do not.

Usage: python scripts/gen_sass_goldens.py [CASE ...]
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "sass" / "cases"
EXPECTED = REPO / "tests" / "sass" / "expected"
ERROR_CASES = REPO / "tests" / "sass" / "error_cases"
EXPECTED_ERRORS = REPO / "tests" / "sass" / "expected_errors"
KEPT_SUFFIXES = (".css", ".css.map")
# Builds the site in the working folder and writes the failing conversion's message.
RUBY_BUILD_CAPTURING_ERROR = """
require "jekyll"
begin
  Jekyll::Commands::Build.process("source" => Dir.pwd, "destination" => ARGV[1],
                                  "quiet" => true, "disable_disk_cache" => true)
  abort "no error raised"
rescue Jekyll::Converters::Scss::SyntaxError => e
  File.write(ARGV[0], e.message)
end
"""


def default_gem_path() -> list[str]:
    """The gem folders Ruby searches when GEM_PATH is unset (setting it replaces them)."""
    out = subprocess.run(["ruby", "-e", "puts Gem.path"], check=True, capture_output=True, text=True)
    return [line for line in out.stdout.splitlines() if line]


def build_case(case: Path, gem_path: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("JEKYLL_ENV", "SASS_PATH")}
    if (case / "gems").is_dir():
        env["GEM_PATH"] = os.pathsep.join([str(case / "gems"), *gem_path])
    target = EXPECTED / case.name
    with tempfile.TemporaryDirectory(prefix="sass-golden-") as dest:
        cmd = ["jekyll", "build", "--quiet", "--disable-disk-cache", "--destination", dest]
        result = subprocess.run(cmd, cwd=case, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"jekyll failed on {case.name}:\n{result.stdout}{result.stderr}")
        if target.exists():
            shutil.rmtree(target)
        for produced in sorted(Path(dest).rglob("*")):
            if produced.is_file() and produced.name.endswith(KEPT_SUFFIXES):
                rel = produced.relative_to(dest)
                (target / rel).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(produced, target / rel)
    print(f"{case.name}: {sum(1 for p in target.rglob('*') if p.is_file()) if target.exists() else 0} files")


def capture_error(case: Path) -> None:
    EXPECTED_ERRORS.mkdir(parents=True, exist_ok=True)
    target = EXPECTED_ERRORS / f"{case.name}.txt"
    with tempfile.TemporaryDirectory(prefix="sass-golden-") as dest:
        result = subprocess.run(["ruby", "-e", RUBY_BUILD_CAPTURING_ERROR, str(target), dest],
                                cwd=case, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"ruby failed on {case.name}:\n{result.stdout}{result.stderr}")
    print(f"{case.name}: error message kept")


def main(argv: list[str]) -> None:
    gem_path = default_gem_path()
    names = argv or sorted(p.name for p in CASES.iterdir() if p.is_dir())
    for name in names:
        if (CASES / name).is_dir():
            build_case(CASES / name, gem_path)
    names = argv or sorted(p.name for p in ERROR_CASES.iterdir() if p.is_dir())
    for name in names:
        if (ERROR_CASES / name).is_dir():
            capture_error(ERROR_CASES / name)


if __name__ == "__main__":
    main(sys.argv[1:])
