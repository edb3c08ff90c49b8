"""Result caches kept on disk under the site's `cache_dir`, so a rebuild skips repeated work.

The rules follow Jekyll's own cache: nothing is written in safe mode or with
`--disable-disk-cache`, and the cache folder gets a `.gitignore`. Our entries live in
`<cache_dir>/pyjekyll/<name>/<fingerprint>/`, apart from Jekyll's Marshal files, so both
tools can build the same source folder. The fingerprint stands for everything besides
the key that decides a value (settings, the code that computes it); when it changes,
the old entries are removed. The cache is best effort: any file-system error is a miss.

Entries are appended to one pack file per process rather than written one file each:
creating a thousand small files costs far more than the conversions they save on a
busy disk. A pack is a header followed by records (key digest, length, UTF-8 value); a
record cut short by a crash is ignored. Many packs are merged into one when loaded.
"""
from __future__ import annotations

import hashlib
import mmap
import os
import shutil
import struct
from typing import Any

#: what Jekyll writes into a new cache folder to keep it out of version control
GITIGNORE = "# ignore everything in this directory\n*\n"

_MAGIC = b"PJCACHE1"
_DIGEST_SIZE = 20
_RECORD_HEAD = struct.Struct(f">{_DIGEST_SIZE}sI")
#: more pack files than this are merged into one when the cache is loaded
MAX_PACKS = 16


class DiskCache:
    """Text values keyed by text, in append-only pack files."""

    def __init__(self, cache_root: str, name: str, fingerprint: str) -> None:
        self.cache_root = cache_root
        self.folder = os.path.join(cache_root, "pyjekyll", name)
        self.directory = os.path.join(self.folder, fingerprint)
        self._fingerprint = fingerprint
        self._entries: dict[bytes, tuple[Any, int, int]] | None = None
        self._maps: list[mmap.mmap] = []
        self._pack: Any = None
        self._pack_pid = 0

    @staticmethod
    def _digest(key: str) -> bytes:
        return hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=_DIGEST_SIZE).digest()

    def get(self, key: str) -> str | None:
        entries = self._entries if self._entries is not None else self._load()
        found = entries.get(self._digest(key))
        if found is None:
            return None
        buffer, start, length = found
        try:
            return bytes(buffer[start:start + length]).decode("utf-8", "surrogatepass")
        except (UnicodeDecodeError, ValueError):
            return None

    def put(self, key: str, value: str) -> None:
        entries = self._entries if self._entries is not None else self._load()
        digest = self._digest(key)
        data = value.encode("utf-8", "surrogatepass")
        try:
            pack = self._open_pack()
            pack.write(_RECORD_HEAD.pack(digest, len(data)) + data)
        except OSError:
            return
        entries[digest] = (data, 0, len(data))

    def _open_pack(self) -> Any:
        """This process's pack (a forked worker opens its own instead of sharing its parent's)."""
        pid = os.getpid()
        if self._pack is None or self._pack_pid != pid:
            self._prepare()
            path = os.path.join(self.directory, f"{pid}-{os.urandom(6).hex()}.pack")
            self._pack = open(path, "ab", buffering=0)  # noqa: SIM115 - stays open for the build
            self._pack.write(_MAGIC)
            self._pack_pid = pid
        return self._pack

    def _load(self) -> dict[bytes, tuple[Any, int, int]]:
        entries: dict[bytes, tuple[Any, int, int]] = {}
        self._entries = entries
        try:
            names = sorted(n for n in os.listdir(self.directory) if n.endswith(".pack"))
        except OSError:
            return entries
        for name in names:
            self._read_pack(os.path.join(self.directory, name), entries)
        if len(names) > MAX_PACKS:
            self._merge(names, entries)
        return entries

    def _read_pack(self, path: str, entries: dict[bytes, tuple[Any, int, int]]) -> None:
        try:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size <= len(_MAGIC):
                    return
                data = mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):
            return
        if data[:len(_MAGIC)] != _MAGIC:
            return
        self._maps.append(data)
        position, size = len(_MAGIC), len(data)
        while position + _RECORD_HEAD.size <= size:
            digest, length = _RECORD_HEAD.unpack_from(data, position)
            start = position + _RECORD_HEAD.size
            if start + length > size:
                break
            entries[digest] = (data, start, length)
            position = start + length

    def _merge(self, names: list[str], entries: dict[bytes, tuple[Any, int, int]]) -> None:
        """Rewrite every entry into one pack and drop the old ones."""
        merged = os.path.join(self.directory, f"0-merged-{os.urandom(6).hex()}.pack")
        try:
            with open(merged + ".tmp", "wb") as fh:
                fh.write(_MAGIC)
                for digest, (buffer, start, length) in entries.items():
                    fh.write(_RECORD_HEAD.pack(digest, length))
                    fh.write(buffer[start:start + length])
            os.replace(merged + ".tmp", merged)
        except OSError:
            return
        for name in names:
            try:
                os.unlink(os.path.join(self.directory, name))
            except OSError:
                pass

    def _prepare(self) -> None:
        """First write of this cache: hide the folder from git, drop stale fingerprints."""
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
