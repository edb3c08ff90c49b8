"""The development HTTP server: the built site under its base URL, never cached.

HTML responses get the LiveReload loader (when enabled) and, while the last build
failed, an overlay with the error; files in `_site` are never modified.
"""
from __future__ import annotations

import html
import os
import socket
import ssl
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from pyjekyll.log import logger
from pyjekyll.serving.client import error_overlay, inject
from pyjekyll.serving.content_types import content_type, is_html
from pyjekyll.serving.paths import Resolution, SiteFiles

NO_CACHE = "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate"
#: how many ports above the requested one are tried when it is taken
PORT_ATTEMPTS = 20


class DevServer:
    """Serving state shared by request threads: the site folder, headers and build status."""

    def __init__(self, dest: str, baseurl: str = "", *, headers: dict[str, str] | None = None,
                 show_dir_listing: bool = False, encoding: str = "utf-8", snippet: str = "",
                 verbose: bool = False) -> None:
        os.makedirs(dest, exist_ok=True)
        self.files = SiteFiles(dest, baseurl, show_dir_listing=show_dir_listing)
        self.headers = {"Cache-Control": NO_CACHE}
        self.headers.update({str(k): str(v) for k, v in (headers or {}).items()})
        self.encoding = encoding
        self.snippet = snippet
        self.verbose = verbose
        self.build_error: str | None = None
        self.httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- binding ------------------------------------------------------------------------------
    def bind(self, host: str, port: int, *, ssl_context: ssl.SSLContext | None = None,
             fallback: bool = True) -> int:
        """Bind to `port`, or the next free one (with a message) when it is taken."""
        handler = _handler_for(self)
        last_error: OSError | None = None
        attempts = PORT_ATTEMPTS if fallback and port else 1
        for candidate in range(port, port + attempts):
            try:
                httpd = _Server((host, candidate), handler)
            except OSError as exc:
                last_error = exc
                continue
            if candidate != port:
                logger.warn("Server:", f"port {port} is in use; serving on port {candidate} instead.")
            if ssl_context is not None:
                httpd.socket = ssl_context.wrap_socket(httpd.socket, server_side=True)
            self.httpd = httpd
            return int(httpd.server_address[1])
        assert last_error is not None
        raise last_error

    @property
    def port(self) -> int:
        assert self.httpd is not None
        return int(self.httpd.server_address[1])

    def start(self) -> None:
        assert self.httpd is not None
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="http", daemon=True)
        self._thread.start()

    def serve_forever(self) -> None:
        assert self.httpd is not None
        self.httpd.serve_forever()

    def stop(self) -> None:
        if self.httpd is not None:
            self.httpd.shutdown()
            self.httpd.server_close()

    # -- responses ----------------------------------------------------------------------------
    def respond(self, request: BaseHTTPRequestHandler, head_only: bool) -> None:
        try:
            found = self.files.resolve(request.path)
        except UnicodeDecodeError:
            found = Resolution(400)
        if found.status == 301 and found.location:
            self._send(request, 301, b"", "text/html; charset=" + self.encoding, head_only,
                       extra={"Location": found.location})
        elif found.status == 200 and found.listing and found.path:
            body = _listing(found.path, request.path).encode(self.encoding, "replace")
            self._send(request, 200, body, f"text/html; charset={self.encoding}", head_only)
        elif found.status == 200 and found.path:
            try:
                with open(found.path, "rb") as fh:
                    body = fh.read()
            except OSError:
                self._error(request, 404, head_only)
                return
            self._send(request, 200, body, content_type(found.path, self.encoding), head_only)
        else:
            self._error(request, found.status, head_only)

    def _error(self, request: BaseHTTPRequestHandler, status: int, head_only: bool) -> None:
        page = self.files.not_found_page() if status == 404 else None
        if page is not None:
            with open(page, "rb") as fh:
                body = fh.read()
        else:
            title = {400: "Bad Request", 403: "Forbidden", 404: "Not Found"}.get(status, "Error")
            body = (f"<!DOCTYPE html><html><head><title>{status} {title}</title></head><body>"
                    f"<h1>{title}</h1><p>{html.escape(urllib.parse.unquote(request.path))}</p>"
                    "</body></html>").encode("utf-8")
        self._send(request, status, body, "text/html; charset=UTF-8", head_only)

    def _send(self, request: BaseHTTPRequestHandler, status: int, body: bytes, kind: str,
              head_only: bool, extra: dict[str, str] | None = None) -> None:
        if is_html(kind) and status != 301:
            additions = ""
            if self.build_error:
                additions += error_overlay(self.build_error)
            if self.snippet:
                additions += self.snippet
            if additions:
                body = inject(body, additions)
        request.send_response(status)
        request.send_header("Content-Type", kind)
        request.send_header("Content-Length", str(len(body)))
        if self.snippet and is_html(kind):
            request.send_header("X-Rack-LiveReload", "1")
        for key, value in self.headers.items():
            request.send_header(key, value)
        for key, value in (extra or {}).items():
            request.send_header(key, value)
        request.end_headers()
        if not head_only:
            request.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def server_bind(self) -> None:
        if ":" in str(self.server_address[0]):
            self.address_family = socket.AF_INET6
        super().server_bind()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-response is not worth a traceback."""


def _handler_for(server: DevServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "pyjekyll"
        # headers and body go out in separate writes: without this, keep-alive clients
        # wait on delayed ACKs for every response
        disable_nagle_algorithm = True

        def do_GET(self) -> None:  # noqa: N802 - the http.server naming
            server.respond(self, head_only=False)

        def do_HEAD(self) -> None:  # noqa: N802
            server.respond(self, head_only=True)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            if server.verbose:
                logger.debug("Server:", format % args)

    return Handler


def _listing(folder: str, url: str) -> str:
    path = urllib.parse.unquote(url.split("?", 1)[0])
    rows = []
    for name in sorted(os.listdir(folder)):
        if name.startswith((".ht", "~")):
            continue
        suffix = "/" if os.path.isdir(os.path.join(folder, name)) else ""
        href = urllib.parse.quote(name) + suffix
        rows.append(f'<li><a href="{href}">{html.escape(name + suffix)}</a></li>')
    title = html.escape(f"Index of {path}")
    return (f"<!DOCTYPE html><html><head><title>{title}</title></head><body><h1>{title}</h1>"
            f'<ul><li><a href="../">Parent Directory</a></li>{"".join(rows)}</ul></body></html>')


def ssl_context(cert: str, key: str) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
