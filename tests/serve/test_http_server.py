"""The dev server over real HTTP on 127.0.0.1: mounting, lookups, types, headers, containment."""
from __future__ import annotations

import http.client
import os
from collections.abc import Iterator

import pytest

from pyjekyll.serving.http import NO_CACHE, DevServer

SECRET = "TOP-SECRET-OUTSIDE-THE-SITE"
SNIPPET = "<script>/*livereload*/</script>"


@pytest.fixture()
def site_dir(tmp_path) -> str:
    dest = tmp_path / "_site"
    files = {
        "index.html": "<html><body><h1>Home</h1></body></html>",
        "about.html": "<html><body>About page</body></html>",
        "docs/index.html": "<html><body>Docs index</body></html>",
        "docs/guide.html": "<html><body>Guide</body></html>",
        "feed.xml": "<?xml version=\"1.0\"?><feed/>",
        "assets/site.css": "body { color: red; }",
        "assets/app.js": "console.log(1);",
        "data.json": "{\"a\": 1}",
        "404.html": "<html><body>Custom not found</body></html>",
        "only-dir/readme.txt": "no index here",
        ".htaccess": "secret-ish",
    }
    for rel, text in files.items():
        path = dest / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    (dest / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (tmp_path / "secret.txt").write_text(SECRET)
    os.symlink(tmp_path / "secret.txt", dest / "link-out.txt")
    os.symlink(tmp_path, dest / "dir-out")
    os.symlink(dest / "about.html", dest / "link-in.html")
    return str(dest)


def _start(dest: str, **kwargs) -> DevServer:
    server = DevServer(dest, **kwargs)
    server.bind("127.0.0.1", 0, fallback=False)
    server.start()
    return server


@pytest.fixture()
def server(site_dir) -> Iterator[DevServer]:
    srv = _start(site_dir, baseurl="/blog", headers={"X-Frame-Options": "DENY"})
    yield srv
    srv.stop()


def _get(server: DevServer, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=10)
    try:
        conn.putrequest(method, path, skip_host=False, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        conn.close()


def test_site_is_mounted_under_baseurl(server) -> None:
    status, _, body = _get(server, "/blog/")
    assert status == 200 and b"<h1>Home</h1>" in body
    status, headers, _ = _get(server, "/blog")
    assert status == 301 and headers["location"] == "/blog/"
    status, _, body = _get(server, "/index.html")
    assert status == 404 and b"Custom not found" in body


def test_folders_and_extensionless_urls(server) -> None:
    assert b"Docs index" in _get(server, "/blog/docs/")[2]
    status, headers, _ = _get(server, "/blog/docs?x=1")
    assert status == 301 and headers["location"] == "/blog/docs/?x=1"
    assert b"About page" in _get(server, "/blog/about")[2]
    assert b"Guide" in _get(server, "/blog/docs/guide")[2]
    assert _get(server, "/blog/only-dir/")[0] == 404


def test_missing_files_get_the_404_page(server) -> None:
    status, headers, body = _get(server, "/blog/no/such/page")
    assert status == 404
    assert body == b"<html><body>Custom not found</body></html>"
    assert headers["content-type"] == "text/html; charset=UTF-8"


def test_content_types_and_charsets(server) -> None:
    expected = {
        "/blog/": "text/html; charset=utf-8",
        "/blog/assets/site.css": "text/css; charset=utf-8",
        "/blog/assets/app.js": "application/javascript; charset=utf-8",
        "/blog/data.json": "application/json; charset=utf-8",
        "/blog/feed.xml": "application/xml; charset=utf-8",
        "/blog/image.png": "image/png",
    }
    for path, kind in expected.items():
        status, headers, body = _get(server, path)
        assert status == 200, path
        assert headers["content-type"] == kind, path
        assert headers["content-length"] == str(len(body))


def test_headers_disable_caching_and_include_config_headers(server) -> None:
    _, headers, _ = _get(server, "/blog/")
    assert headers["cache-control"] == NO_CACHE
    assert headers["x-frame-options"] == "DENY"
    assert "etag" not in headers


def test_head_has_no_body(server) -> None:
    status, headers, body = _get(server, "/blog/about.html", method="HEAD")
    assert status == 200 and body == b"" and int(headers["content-length"]) > 0


@pytest.mark.parametrize("path", [
    "/blog/../secret.txt", "/blog/%2e%2e/secret.txt", "/blog/%2E%2E/%2e%2e/secret.txt",
    "/blog/docs/..%2f..%2fsecret.txt", "/blog/%2e%2e%2fsecret.txt", "/blog/..\\secret.txt",
    "/blog/link-out.txt", "/blog/dir-out/secret.txt", "//secret.txt", "/blog//../secret.txt",
    "/blog/%00", "/blog/.htaccess", "http://127.0.0.1/blog/../secret.txt",
])
def test_nothing_outside_the_site_is_served(server, path: str) -> None:
    status, _, body = _get(server, path)
    assert status in (400, 403, 404), path
    assert SECRET.encode() not in body


def test_symlinks_inside_the_site_are_served(server) -> None:
    status, _, body = _get(server, "/blog/link-in.html")
    assert status == 200 and b"About page" in body


def test_livereload_script_is_injected_into_html_only(site_dir) -> None:
    srv = _start(site_dir, snippet=SNIPPET)
    try:
        _, headers, body = _get(srv, "/")
        assert body == b"<html><body><h1>Home</h1>" + SNIPPET.encode() + b"</body></html>"
        assert headers["content-length"] == str(len(body))
        assert SNIPPET.encode() not in _get(srv, "/assets/site.css")[2]
        assert SNIPPET.encode() not in _get(srv, "/data.json")[2]
        with open(os.path.join(site_dir, "index.html"), "rb") as fh:
            assert SNIPPET.encode() not in fh.read()
    finally:
        srv.stop()


def test_build_errors_show_as_an_overlay(site_dir) -> None:
    srv = _start(site_dir)
    try:
        srv.build_error = "Liquid Exception: <broken> in index.md"
        body = _get(srv, "/")[2]
        assert b"pyjekyll-error-overlay" in body and b"&lt;broken&gt;" in body
        srv.build_error = None
        assert b"pyjekyll-error-overlay" not in _get(srv, "/")[2]
    finally:
        srv.stop()


def test_directory_listing_when_asked(site_dir) -> None:
    srv = _start(site_dir, show_dir_listing=True)
    try:
        status, _, body = _get(srv, "/docs/")
        assert status == 200 and b"guide.html" in body and b"Index of /docs/" in body
    finally:
        srv.stop()


def test_taken_port_falls_back_to_the_next(site_dir) -> None:
    first = _start(site_dir)
    try:
        second = DevServer(site_dir)
        port = second.bind("127.0.0.1", first.port)
        assert port != first.port
        second.httpd.server_close()
    finally:
        first.stop()
