"""Result caches kept on disk under the site's `cache_dir`, so a rebuild skips repeated work.

The rules follow Jekyll's own cache: nothing is written in safe mode or with
`--disable-disk-cache`, and the cache folder gets a `.gitignore`. Our entries live in
`<cache_dir>/pyjekyll/<name>/<fingerprint>/`, apart from Jekyll's Marshal files, so both
tools can build the same source folder. The fingerprint stands for everything besides
the key that decides a value (settings, the code that computes it); when it changes,
the old entries are removed. The cache is best effort: any file-system error is a miss.
"""
from __future__ import annotations

import hashlib
import os
import shutil
from typing import Any

#: what Jekyll writes into a new cache folder to keep it out of version control
GITIGNORE = "# ignore everything in this directory\n*\n"


class DiskCache:
    """Text values keyed by text, one small file per entry (written atomically)."""

    def __init__(self, cache_root: str, name: str, fingerprint: str) -> None:
        self.cache_root = cache_root
        self.folder = os.path.join(cache_root, "pyjekyll", name)
        self.directory = os.path.join(self.folder, fingerprint)
        self._fingerprint = fingerprint
        self._prepared = False

    def _entry_path(self, key: str) -> str:
        digest = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
        return os.path.join(self.directory, digest[:2], digest[2:])

    def get(self, key: str) -> str | None:
        try:
            with open(self._entry_path(key), "rb") as fh:
                return fh.read().decode("utf-8", "surrogatepass")
        except (OSError, UnicodeDecodeError):
            return None

    def put(self, key: str, value: str) -> None:
        path = self._entry_path(key)
        temporary = f"{path}.{os.getpid()}.tmp"
        try:
            if not self._prepared:
                self._prepare()
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(temporary, "wb") as fh:
                fh.write(value.encode("utf-8", "surrogatepass"))
            os.replace(temporary, path)
        except OSError:
            try:
                os.unlink(temporary)
            except OSError:
                pass

    def _prepare(self) -> None:
        """First write of this process: hide the folder from git, drop stale fingerprints."""
        self._prepared = True
        os.makedirs(self.directory, exist_ok=True)
        gitignore = os.path.join(self.cache_root, ".gitignore")
        if not os.path.exists(gitignore):
            with open(gitignore, "w", encoding="utf-8") as fh:
                fh.write(GITIGNORE)
        for entry in os.listdir(self.folder):
            if entry != self._fingerprint:
                shutil.rmtree(os.path.join(self.folder, entry), ignore_errors=True)


def open_disk_cache(config: dict[str, Any], name: str, fingerprint: str) -> DiskCache | None:
    """The named cache of the site `config` describes, or None where Jekyll keeps no disk cache.

    Also None when the cache folder would be read as site content (a `cache_dir` not
    hidden by a leading `.` or `_`): entries appearing there would change the output.
    """
    if config.get("safe") or config.get("disable_disk_cache"):
        return None
    source = config.get("source")
    if not source:
        return None
    source = os.path.abspath(str(source))
    root = os.path.abspath(os.path.join(source, str(config.get("cache_dir") or ".jekyll-cache")))
    relative = os.path.relpath(root, source)
    if not relative.startswith(".."):
        first = relative.split(os.sep, 1)[0]
        if first == "." or not first.startswith((".", "_")):
            return None
    return DiskCache(root, name, fingerprint)


def code_stamp(*paths: str) -> str:
    """A digest of the size and mtime of the given files and of every file in the given folders.

    Cached results must not outlive the code that made them; stat data is enough to
    notice an edit or an upgrade and costs far less than reading the files.
    """
    digest = hashlib.blake2b(digest_size=16)
    for path in paths:
        files = [path] if os.path.isfile(path) else _files_below(path)
        for name in files:
            try:
                info = os.stat(name)
            except OSError:
                continue
            digest.update(f"{name}\0{info.st_size}\0{info.st_mtime_ns}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _files_below(folder: str) -> list[str]:
    found: list[str] = []
    for base, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        found.extend(os.path.join(base, n) for n in sorted(files) if not n.endswith((".pyc", ".tmp")))
    return found
