"""Which files make up the example site at the repo root, and how the seed variants are made.

The golden generator (scripts/gen_example_goldens) and the tests both build from copies made
here, so real Jekyll and pyjekyll always see the same source tree.
"""
from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLDEN_ROOT = Path(__file__).resolve().parent

# The seed pages live beside the project (../shared/seeds from the repo root).
SEEDS_DIR = REPO_ROOT.parent / "shared" / "seeds"

# Root entries that belong to the site (everything else at the root is project code and is
# excluded by _config.yml). Underscore folders and `assets/` are taken whole; root pages are
# the Markdown/HTML files that carry front matter, minus the project's README.
_SITE_FOLDERS = ("assets",)
_NOT_SITE = {"README.md", "_site", ".jekyll-cache", ".sass-cache", "__pycache__"}
_PAGE_SUFFIXES = {".md", ".markdown", ".html"}
_PERMALINK_ROOT = re.compile(r"^permalink:\s*[\"']?/[\"']?\s*$", re.MULTILINE)
_OPENS_FRONT_MATTER = re.compile(rb"---[ \t]*\r?\n")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)


def site_entries(root: Path = REPO_ROOT) -> list[Path]:
    """The root-level files and folders that make up the example site."""
    entries = []
    for entry in sorted(root.iterdir()):
        if entry.name in _NOT_SITE:
            continue
        if entry.is_dir() and (entry.name.startswith("_") or entry.name in _SITE_FOLDERS):
            entries.append(entry)
        elif entry.is_file() and (entry.name == "_config.yml" or _is_root_page(entry)):
            entries.append(entry)
    return entries


def _is_root_page(path: Path) -> bool:
    """A root file is a page when it has a page suffix and opens with front matter."""
    if path.suffix not in _PAGE_SUFFIXES:
        return False
    with path.open("rb") as handle:
        return _OPENS_FRONT_MATTER.match(handle.read(16)) is not None


def copy_example_site(dest: Path) -> Path:
    """Copy the example site's files (only those) into `dest`; returns `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    ignore = shutil.ignore_patterns("__pycache__", ".jekyll-cache", ".sass-cache", "_site")
    for entry in site_entries():
        target = dest / entry.name
        if entry.is_dir():
            shutil.copytree(entry, target, ignore=ignore)
        else:
            shutil.copy2(entry, target)
    return dest


@dataclass(frozen=True)
class SeedVariant:
    """The example site with one seed page dropped in unchanged."""

    name: str  # e.g. "seed-000": also the golden folder under tests/example_site/
    seed_glob: str  # file name pattern in SEEDS_DIR
    target: str  # where the seed goes in the site, relative to its root

    def seed_file(self) -> Path | None:
        matches = sorted(SEEDS_DIR.glob(self.seed_glob))
        return matches[0] if matches else None

    def golden_dir(self) -> Path:
        return GOLDEN_ROOT / self.name


SEED_VARIANTS = (
    SeedVariant("seed-000", "000_*.txt", "index.md"),
    SeedVariant("seed-002", "002_*.txt", "_pages/about.md"),
)


def make_seed_site(variant: SeedVariant, dest: Path) -> Path:
    """Copy the example site into `dest` and put the seed page in place.

    The seed claims the site's root URL, so every other page that does is removed first.
    """
    seed = variant.seed_file()
    if seed is None:
        raise FileNotFoundError(f"no seed matching {variant.seed_glob} in {SEEDS_DIR}")
    copy_example_site(dest)
    for claimer in pages_claiming_root(dest):
        claimer.unlink()
    target = dest / variant.target
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(seed, target)
    return dest


def pages_claiming_root(site: Path) -> list[Path]:
    """Pages whose URL would be `/`: a root index page, or front matter `permalink: /`."""
    claimers = [site / name for name in ("index.md", "index.markdown", "index.html") if (site / name).is_file()]
    for path in sorted(site.rglob("*")):
        if path.suffix not in _PAGE_SUFFIXES or not path.is_file() or path in claimers:
            continue
        match = _FRONT_MATTER.match(path.read_text(encoding="utf-8", errors="replace"))
        if match and _PERMALINK_ROOT.search(match.group(1)):
            claimers.append(path)
    return claimers
