"""`remote_theme: owner/repo@ref`: download a theme's archive from the code host and cache it.

Accepted forms (as jekyll-remote-theme): ``owner/repo``, ``owner/repo@ref`` and either
prefixed with ``https://HOST/``; the value is lower-cased, and the ref defaults to ``HEAD``.
The archive comes from ``https://codeload.HOST/OWNER/REPO/zip/REF`` (HOST defaults to
github.com); ``PYJEKYLL_REMOTE_THEME_URL`` replaces the ``https://codeload.HOST`` part.

Archives are unpacked under the user cache folder
(``$XDG_CACHE_HOME/pyjekyll/remote-themes``, else ``~/.cache/pyjekyll/remote-themes``),
one folder per host/owner/repo/ref, without the archive's single top folder. A ref that is
a full commit id is served from the cache without asking the network; any other ref is
downloaded afresh and falls back to the cached copy when the host cannot be reached.
Archives whose entries would land outside their folder (``..``, absolute names, symlinks
pointing out) are refused whole.
"""
from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pyjekyll.log import logger
from pyjekyll.themes.errors import RemoteThemeError
from pyjekyll.themes.locate import source_tree_spec
from pyjekyll.themes.theme import Theme

__all__ = ["RemoteThemeSpec", "default_cache_dir", "fetch_remote_theme", "load_remote_theme", "parse_remote_theme"]

URL_ENV = "PYJEKYLL_REMOTE_THEME_URL"
DEFAULT_HOST = "github.com"
MAX_ARCHIVE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
TIMEOUT_SECONDS = 30
_SPEC_RE = re.compile(
    r"^(?:(?P<scheme>https?)://(?P<host>[a-z0-9.\-]+(?::\d+)?)/)?"
    r"(?P<owner>[a-z0-9\-]+)/(?P<name>[a-z0-9._\-]+?)(?:@(?P<ref>[a-z0-9._\-/]+))?/?$"
)
_COMMIT_RE = re.compile(r"^[0-9a-f]{40}$")
_UNSAFE_SEGMENT = re.compile(r"[^A-Za-z0-9._\-]")


@dataclass(frozen=True)
class RemoteThemeSpec:
    """A parsed `remote_theme` value."""

    host: str
    owner: str
    name: str
    ref: str

    @property
    def archive_url(self) -> str:
        base = os.environ.get(URL_ENV) or f"https://codeload.{self.host}"
        return f"{base.rstrip('/')}/{self.owner}/{self.name}/zip/{self.ref}"

    def __str__(self) -> str:
        return f"{self.owner}/{self.name}@{self.ref}"


def parse_remote_theme(value: str) -> RemoteThemeSpec:
    raw = str(value).strip().lower()
    match = _SPEC_RE.match(raw)
    if not match or match.group("name") in (".", ".."):
        raise RemoteThemeError(
            f"Invalid remote_theme '{value}': expected owner/repository, optionally followed by @branch, "
            "@tag or @commit (and optionally preceded by https://host/).")
    return RemoteThemeSpec(match.group("host") or DEFAULT_HOST, match.group("owner"),
                           match.group("name"), match.group("ref") or "HEAD")


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pyjekyll" / "remote-themes"


def _download(spec: RemoteThemeSpec, into: Path) -> Path:
    """The archive saved as a file in `into`; network failures raise OSError, HTTP ones RemoteThemeError."""
    url = spec.archive_url
    try:
        response = urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS)  # noqa: S310 (https or test loopback)
    except urllib.error.HTTPError as err:
        raise RemoteThemeError(
            f"Could not download remote theme {spec} from {url}: the server answered {err.code} {err.reason}. "
            "Check the owner, repository and ref.") from None
    target = into / "archive.zip"
    with response, open(target, "wb") as out:
        total = 0
        while chunk := response.read(1 << 16):
            total += len(chunk)
            if total > MAX_ARCHIVE_BYTES:
                raise RemoteThemeError(f"Remote theme {spec}: archive larger than {MAX_ARCHIVE_BYTES} bytes.")
            out.write(chunk)
    return target


def _entry_path(name: str, spec: RemoteThemeSpec) -> PurePosixPath | None:
    """An archive entry's path with its top folder removed; refuses names escaping the folder."""
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or "\\" in name:
        raise RemoteThemeError(f"Remote theme {spec}: refusing archive entry with an absolute path: {name!r}")
    parts = [p for p in name.split("/") if p not in ("", ".")]
    if ".." in parts:
        raise RemoteThemeError(f"Remote theme {spec}: refusing archive entry that leaves its folder: {name!r}")
    return PurePosixPath(*parts) if parts else None


def _common_top(paths: list[PurePosixPath]) -> int:
    """1 when every entry sits in one top folder (as code-host archives do), else 0."""
    tops = {p.parts[0] for p in paths}
    return 1 if len(tops) == 1 and any(len(p.parts) > 1 for p in paths) else 0


def _is_symlink(info: zipfile.ZipInfo) -> bool:
    return info.create_system == 3 and stat.S_ISLNK(info.external_attr >> 16)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root + os.sep)


def _unpack(archive: Path, dest: Path, spec: RemoteThemeSpec) -> None:
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile:
        raise RemoteThemeError(f"Remote theme {spec}: the download is not a zip archive.") from None
    with zf:
        infos = zf.infolist()
        if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
            raise RemoteThemeError(f"Remote theme {spec}: archive unpacks to more than {MAX_UNPACKED_BYTES} bytes.")
        paths = [_entry_path(info.filename, spec) for info in infos]
        strip = _common_top([p for p in paths if p is not None])
        root = os.path.realpath(dest)
        links: list[tuple[str, str]] = []
        for info, path in zip(infos, paths):
            if path is None or len(path.parts) <= strip:
                continue
            target = os.path.join(root, *path.parts[strip:])
            if not _inside(os.path.realpath(os.path.dirname(target)), root):
                raise RemoteThemeError(f"Remote theme {spec}: archive entry {info.filename!r} leaves its folder.")
            if _is_symlink(info):
                link = zf.read(info).decode("utf-8", "replace")
                resolved = os.path.normpath(os.path.join(os.path.dirname(target), link))
                if os.path.isabs(link) or not _inside(resolved, root):
                    raise RemoteThemeError(
                        f"Remote theme {spec}: refusing symlink {info.filename!r} pointing outside the theme ({link!r}).")
                links.append((target, link))
            elif info.is_dir():
                os.makedirs(target, exist_ok=True)
            else:
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    shutil.copyfileobj(src, out)
        # Links last, so no file above was written through one.
        for target, link in links:
            os.makedirs(os.path.dirname(target), exist_ok=True)
            os.symlink(link, target)


def _cache_folder(spec: RemoteThemeSpec, cache_dir: Path) -> Path:
    segments = (spec.host, spec.owner, spec.name, spec.ref)
    return cache_dir.joinpath(*(_UNSAFE_SEGMENT.sub("_", s) for s in segments))


def fetch_remote_theme(spec: str, cache_dir: Path | None = None) -> Path:
    """The root folder of the remote theme, downloaded now or taken from the cache."""
    parsed = parse_remote_theme(spec)
    cache_dir = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    final = _cache_folder(parsed, cache_dir)
    if final.is_dir() and _COMMIT_RE.match(parsed.ref):
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".download-", dir=final.parent))
    try:
        try:
            archive = _download(parsed, work)
        except (OSError, urllib.error.URLError) as err:
            if final.is_dir():
                logger.warn("Remote Theme:", f"{parsed.archive_url} could not be reached ({err}); "
                                             f"using the cached copy of {parsed}.")
                return final
            raise RemoteThemeError(
                f"Could not download remote theme {parsed} from {parsed.archive_url} ({err}), "
                f"and there is no cached copy in {final}. Connect to the network once to fill the cache.") from None
        unpacked = work / "theme"
        unpacked.mkdir()
        _unpack(archive, unpacked, parsed)
        previous = work / "previous"
        if final.exists():
            os.replace(final, previous)
        os.replace(unpacked, final)
        return final
    finally:
        shutil.rmtree(work, ignore_errors=True)


def load_remote_theme(spec: str, cache_dir: Path | None = None) -> Theme:
    """The remote theme as a `Theme` named after its repository (facts from its gemspec, if any)."""
    root = fetch_remote_theme(spec, cache_dir)
    name = parse_remote_theme(spec).name
    return Theme(name, root, source_tree_spec(root, name))
