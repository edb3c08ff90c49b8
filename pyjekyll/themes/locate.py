"""Finding the folder behind a `theme:` value: a path, a Python theme package, or an installed gem.

Order of search (first match wins):

1. A folder path: a value that is absolute, starts with ``.`` or ``~``, or contains a
   slash, taken relative to the site folder.
2. pyjekyll's own theme, ``pyjekyll-academic`` (also declared as an entry point, but
   found directly so that a stale install cannot hide it).
3. A Python package declaring the theme in the ``pyjekyll.themes`` entry-point group
   (see ``pyjekyll.themes`` for how theme authors do that).
4. An installed Ruby gem folder ``NAME-VERSION`` in the usual gem folders; the newest
   release wins (a pre-release only when nothing else is there), and its
   ``specifications/NAME-VERSION.gemspec`` supplies the facts the ``theme`` drop shows.
   Nothing is run: files are only read.
"""
from __future__ import annotations

import glob
import os
import re
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from types import ModuleType
from typing import Iterable

from pyjekyll.themes.bundled import BUNDLED_THEME_NAME, bundled_theme_root
from pyjekyll.themes.errors import ThemeError, ThemeNotFound
from pyjekyll.themes.gemspec import GemSpec, read_gemspec
from pyjekyll.themes.theme import Theme

__all__ = ["ENTRY_POINT_GROUP", "gem_folders", "resolve_theme", "source_tree_spec", "version_key"]

ENTRY_POINT_GROUP = "pyjekyll.themes"
_SYSTEM_GEM_GLOBS = (
    "/usr/share/rubygems-integration/all/gems",
    "/usr/share/rubygems-integration/*/gems",
    "/var/lib/gems/*/gems",
    "/usr/lib/ruby/gems/*/gems",
    "/usr/local/lib/ruby/gems/*/gems",
)
_USER_GEM_GLOBS = ("~/.gem/ruby/*/gems", "~/.local/share/gem/ruby/*/gems")
_VERSION_PART = re.compile(r"\d+|[A-Za-z]+")
_GEM_DIR = re.compile(r"^(?P<version>\d[0-9A-Za-z.]*)(?:-(?P<platform>[\w.-]+))?$")


def version_key(version: str) -> tuple:
    """Sort key ordering RubyGems versions: numbers numerically, pre-releases before releases."""
    tokens = _VERSION_PART.findall(version)
    cut = next((i for i, t in enumerate(tokens) if not t.isdigit()), len(tokens))
    release = [int(t) for t in tokens[:cut]]
    while release and release[-1] == 0:
        release.pop()
    pre = [(1, int(t)) if t.isdigit() else (0, t) for t in tokens[cut:]]
    # (0.5,) sits above any pre-release segment and below any further release number.
    return tuple((1, n) for n in release) + (tuple(pre) if pre else ((0.5,),))


def gem_folders(site_source: Path) -> list[Path]:
    """The `gems` folders to search, most specific first, existing ones only."""
    patterns: list[str] = []
    for var in ("GEM_HOME", "GEM_PATH"):
        patterns += [os.path.join(p, "gems") for p in os.environ.get(var, "").split(os.pathsep) if p]
    patterns.append(str(site_source / "vendor" / "bundle" / "ruby" / "*" / "gems"))
    patterns += [os.path.expanduser(p) for p in _USER_GEM_GLOBS]
    patterns += _SYSTEM_GEM_GLOBS
    found: list[Path] = []
    for pattern in patterns:
        for match in sorted(glob.glob(pattern)):
            path = Path(match)
            if path.is_dir() and path not in found:
                found.append(path)
    return found


@dataclass(frozen=True)
class _GemCandidate:
    folder: Path
    version: str

    @property
    def spec_file(self) -> Path:
        return self.folder.parent.parent / "specifications" / (self.folder.name + ".gemspec")


def _gem_candidates(name: str, folders: Iterable[Path]) -> list[_GemCandidate]:
    prefix = name + "-"
    candidates = []
    for gems in folders:
        try:
            entries = list(os.scandir(gems))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(prefix):
                continue
            match = _GEM_DIR.match(entry.name[len(prefix):])
            if match and entry.is_dir():
                candidates.append(_GemCandidate(Path(entry.path), match.group("version")))
    return candidates


def _gem_theme(name: str, site_source: Path) -> tuple[Theme | None, list[Path]]:
    folders = gem_folders(site_source)
    candidates = _gem_candidates(name, folders)
    if not candidates:
        return None, folders
    # Like RubyGems: pre-releases only when nothing else is installed; then the newest
    # version, and among equals the earlier (more specific) folder.
    releases = [c for c in candidates if not any(ch.isalpha() for ch in c.version)]
    best = max(reversed(releases or candidates), key=lambda c: version_key(c.version))
    spec = read_gemspec(best.spec_file) if best.spec_file.is_file() else source_tree_spec(best.folder, name)
    if not spec.version:
        spec = GemSpec(**{**spec.__dict__, "version": best.version})
    return Theme(name, best.folder, spec), folders


def source_tree_spec(root: Path, name: str) -> GemSpec:
    """Facts from a gemspec kept in the theme folder itself (a theme's source checkout)."""
    # An installed gem keeps its gemspec in `../../specifications/<folder>.gemspec`.
    installed = root.parent.parent / "specifications" / f"{root.name}.gemspec"
    for candidate in [root / f"{name}.gemspec", *sorted(root.glob("*.gemspec")), installed]:
        if candidate.is_file():
            return read_gemspec(candidate)
    return GemSpec(name=name)


def _dist_spec(dist: metadata.Distribution | None, name: str) -> GemSpec:
    """Facts for a Python theme package, from its distribution metadata."""
    if dist is None:
        return GemSpec(name=name)
    meta = dist.metadata
    authors = meta.get("Author") or meta.get("Author-email") or ""
    return GemSpec(
        name=name,
        version=dist.version or "",
        authors=tuple(a.strip() for a in authors.split(",") if a.strip()),
        summary=meta.get("Summary"),
        metadata={"plugin_type": "theme"},
        runtime_dependencies=tuple(r for r in meta.get_all("Requires-Dist") or () if "extra ==" not in r),
    )


def _bundled_spec() -> GemSpec:
    try:
        dist: metadata.Distribution | None = metadata.distribution("pyjekyll-ssg")
    except metadata.PackageNotFoundError:
        dist = None
    spec = _dist_spec(dist, BUNDLED_THEME_NAME)
    if not spec.version:
        from pyjekyll import __version__

        spec = GemSpec(**{**spec.__dict__, "version": __version__})
    return spec


def _entry_point_theme(name: str) -> Theme | None:
    for ep in metadata.entry_points(group=ENTRY_POINT_GROUP):
        if ep.name.strip().lower() != name:
            continue
        try:
            target = ep.load()
            root = target() if callable(target) else target
            if isinstance(root, ModuleType):
                root = Path(root.__file__ or "").parent
            root = Path(os.fspath(root))
        except Exception as err:  # a broken third-party package must not crash with a traceback
            raise ThemeError(f"The theme package for '{name}' ({ep.value}) failed to load: {err}") from None
        if not root.is_dir():
            raise ThemeError(f"The theme package for '{name}' points at {root}, which is not a folder.")
        return Theme(name, root, _dist_spec(getattr(ep, "dist", None), name))
    return None


def _looks_like_path(value: str) -> bool:
    return value.startswith((".", "~", "/")) or "/" in value or os.sep in value


def resolve_theme(name: str, site_source: Path) -> Theme:
    """The theme named by the site's `theme:` value; `ThemeNotFound` says where it looked."""
    if not isinstance(name, str) or not name.strip():
        raise ThemeNotFound(f"The theme setting must be a theme name or folder, got {name!r}.")
    raw = name.strip()
    site_source = Path(site_source)
    if _looks_like_path(raw):
        folder = (site_source / os.path.expanduser(raw)).resolve()
        if folder.is_dir():
            return Theme(folder.name, folder, source_tree_spec(folder, folder.name))
        raise ThemeNotFound(f"The theme folder '{raw}' does not exist (looked for {folder}).")
    key = raw.lower()
    if key == BUNDLED_THEME_NAME:
        # Its root doubles as the example site, whose _config.yml is no theme config.
        return Theme(key, bundled_theme_root(), _bundled_spec(), config_file=None)
    theme = _entry_point_theme(key)
    if theme is not None:
        return theme
    theme, searched = _gem_theme(key, site_source)
    if theme is not None:
        return theme
    where = "\n".join(f"  - {p}" for p in searched) or "  (no gem folders exist on this machine)"
    raise ThemeNotFound(
        f"The {key} theme could not be found.\n"
        f"Looked for a Python package declaring '{key}' in the '{ENTRY_POINT_GROUP}' entry-point group,\n"
        f"and for a gem folder {key}-VERSION in:\n{where}\n"
        f"Install it with `pip install <its package>` (a pyjekyll theme) or `gem install {key}`,\n"
        f"or set `theme:` to the path of a folder holding the theme."
    )
