"""remote_theme downloads from a loopback HTTP server: fresh, cached, offline, and hostile archives."""
from __future__ import annotations

import http.server
import io
import stat
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pyjekyll.themes import RemoteThemeError
from pyjekyll.themes.remote import fetch_remote_theme, load_remote_theme, parse_remote_theme

COMMIT = "0123456789abcdef0123456789abcdef01234567"


class ArchiveServer:
    """Serves `archives[path]` on 127.0.0.1 and counts requests."""

    def __init__(self) -> None:
        self.archives: dict[str, bytes] = {}
        self.requests: list[str] = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                server.requests.append(self.path)
                body = server.archives.get(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/zip")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[ArchiveServer]:
    srv = ArchiveServer()
    monkeypatch.setenv("PYJEKYLL_REMOTE_THEME_URL", srv.url)
    yield srv
    srv.stop()


def zip_bytes(files: dict[str, str], links: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return buf.getvalue()


THEME_FILES = {
    "cool-theme-main/_layouts/default.html": "<html>{{ content }}</html>\n",
    "cool-theme-main/_sass/_cool.scss": ".cool { a: b; }\n",
    "cool-theme-main/cool-theme.gemspec": 'Gem::Specification.new do |spec|\n  spec.name = "cool-theme"\n'
                                          '  spec.version = "3.1.4"\nend\n',
}


def test_parse_forms() -> None:
    assert str(parse_remote_theme("Owner/Cool-Theme")) == "owner/cool-theme@HEAD"
    spec = parse_remote_theme("https://github.example.com/o/t@v1.2")
    assert (spec.host, spec.owner, spec.name, spec.ref) == ("github.example.com", "o", "t", "v1.2")
    with pytest.raises(RemoteThemeError, match="Invalid remote_theme"):
        parse_remote_theme("not a theme")


def test_fresh_download_then_offline_from_cache(server: ArchiveServer, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    server.archives["/owner/cool-theme/zip/main"] = zip_bytes(THEME_FILES)
    cache = tmp_path / "cache"

    root = fetch_remote_theme("owner/cool-theme@main", cache)

    assert server.requests == ["/owner/cool-theme/zip/main"]
    assert root.is_relative_to(cache)
    assert (root / "_layouts" / "default.html").read_text() == "<html>{{ content }}</html>\n"
    theme = load_remote_theme("owner/cool-theme@main", cache)
    assert (theme.name, theme.version, theme.sass_path) == ("cool-theme", "3.1.4", root / "_sass")

    server.stop()  # the host is gone: the cached copy is used
    monkeypatch.setenv("PYJEKYLL_REMOTE_THEME_URL", server.url)
    assert fetch_remote_theme("owner/cool-theme@main", cache) == root
    assert (root / "_sass" / "_cool.scss").is_file()


def test_commit_ref_is_served_from_cache_without_network(server: ArchiveServer, tmp_path: Path) -> None:
    server.archives[f"/o/t/zip/{COMMIT}"] = zip_bytes({"t-x/_includes/a.html": "a"})
    fetch_remote_theme(f"o/t@{COMMIT}", tmp_path)
    root = fetch_remote_theme(f"o/t@{COMMIT}", tmp_path)
    assert len(server.requests) == 1
    assert (root / "_includes" / "a.html").read_text() == "a"


def test_refresh_replaces_the_cached_copy(server: ArchiveServer, tmp_path: Path) -> None:
    server.archives["/o/t/zip/HEAD"] = zip_bytes({"t-head/old.txt": "old"})
    root = fetch_remote_theme("o/t", tmp_path)
    server.archives["/o/t/zip/HEAD"] = zip_bytes({"t-head/new.txt": "new"})
    assert fetch_remote_theme("o/t", tmp_path) == root
    assert sorted(p.name for p in root.iterdir()) == ["new.txt"]


def test_offline_without_cache_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    srv = ArchiveServer()
    srv.stop()  # nothing listens on that port any more
    monkeypatch.setenv("PYJEKYLL_REMOTE_THEME_URL", srv.url)
    with pytest.raises(RemoteThemeError) as caught:
        fetch_remote_theme("owner/cool-theme@main", tmp_path / "cache")
    message = str(caught.value)
    assert "owner/cool-theme@main" in message and "no cached copy" in message


def test_unknown_repository_says_so(server: ArchiveServer, tmp_path: Path) -> None:
    with pytest.raises(RemoteThemeError, match="404"):
        fetch_remote_theme("owner/missing", tmp_path)


def test_default_cache_folder_follows_xdg(server: ArchiveServer, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    server.archives["/o/t/zip/HEAD"] = zip_bytes({"t-head/x.txt": "x"})
    root = fetch_remote_theme("o/t")
    assert root.is_relative_to(tmp_path / "xdg" / "pyjekyll" / "remote-themes")


@pytest.mark.parametrize(("files", "links", "complaint"), [
    ({"t-main/ok.txt": "ok", "t-main/../../evil.txt": "x"}, None, "leaves its folder"),
    ({"t-main/ok.txt": "ok", "/etc/evil.txt": "x"}, None, "absolute path"),
    ({"t-main/ok.txt": "ok"}, {"t-main/_includes": "../../../../etc"}, "symlink"),
    ({"t-main/ok.txt": "ok"}, {"t-main/abs": "/etc/passwd"}, "symlink"),
    ({"t-main/x": "x"}, None, "not a zip"),
], ids=["dotdot", "absolute", "symlink-out", "symlink-absolute", "not-zip"])
def test_hostile_archives_are_refused(server: ArchiveServer, tmp_path: Path, files: dict[str, str],
                                      links: dict[str, str] | None, complaint: str) -> None:
    body = zip_bytes(files, links) if complaint != "not a zip" else b"<html>oops</html>"
    server.archives["/o/t/zip/main"] = body
    cache = tmp_path / "cache"
    with pytest.raises(RemoteThemeError, match=complaint):
        fetch_remote_theme("o/t@main", cache)
    assert not (tmp_path / "evil.txt").exists()
    assert not any(p.name not in (".", "..") and not p.name.startswith(".download-")
                   for p in (cache / "github.com" / "o" / "t").iterdir()), "nothing kept in the cache"


def test_symlink_inside_the_theme_is_kept(server: ArchiveServer, tmp_path: Path) -> None:
    server.archives["/o/t/zip/main"] = zip_bytes({"t-main/real/a.html": "a"}, {"t-main/_includes": "real"})
    root = fetch_remote_theme("o/t@main", tmp_path)
    assert (root / "_includes" / "a.html").read_text() == "a"
