"""The LiveReload server: `/livereload.js` over HTTP and the protocol socket, on one port.

Runs an asyncio loop in a background thread; the rebuild thread calls `reload()` or
`alert()`, which are handed to that loop. Clients that have not completed the
official-7 hello handshake are not sent commands.
"""
from __future__ import annotations

import asyncio
import json
import threading
from http import HTTPStatus
from typing import Any

from websockets.asyncio.server import ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from pyjekyll.serving.client import LIVERELOAD_JS

PROTOCOL = "http://livereload.com/protocols/official-7"


class LiveReloadServer:
    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._loop: asyncio.AbstractEventLoop | None = None
        self._clients: set[ServerConnection] = set()
        self._thread: threading.Thread | None = None
        self._ready = threading.Event()
        self._stop: asyncio.Future[None] | None = None
        self._error: BaseException | None = None

    # -- lifecycle ----------------------------------------------------------------------
    def start(self) -> None:
        """Bind and serve in a daemon thread; raises OSError when the port cannot be bound."""
        self._thread = threading.Thread(target=self._run, name="livereload", daemon=True)
        self._thread.start()
        self._ready.wait(10)
        if self._error is not None:
            raise self._error

    def stop(self) -> None:
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(lambda: stop.done() or stop.set_result(None))
        if self._thread is not None:
            self._thread.join(5)

    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._main())
        except BaseException as exc:  # noqa: BLE001 - reported to the starting thread
            self._error = exc
            self._ready.set()
        finally:
            loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.get_running_loop().create_future()
        async with serve(self._handle, self.host, self.port, process_request=self._http,
                         compression=None) as server:
            sockets = list(server.sockets)
            if sockets:
                self.port = sockets[0].getsockname()[1]
            self._ready.set()
            await self._stop

    # -- HTTP and the socket --------------------------------------------------------------
    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path == "/livereload.js":
            body = LIVERELOAD_JS.encode("utf-8")
            headers = Headers([("Content-Type", "application/javascript; charset=utf-8"),
                               ("Content-Length", str(len(body))), ("Cache-Control", "no-store"),
                               ("Access-Control-Allow-Origin", "*")])
            return Response(200, "OK", headers, body)
        if request.headers.get("Upgrade", "").lower() != "websocket":
            body = b"Not Found\n"
            return Response(HTTPStatus.NOT_FOUND, "Not Found",
                            Headers([("Content-Type", "text/plain"), ("Content-Length", str(len(body)))]), body)
        return None

    async def _handle(self, connection: ServerConnection) -> None:
        try:
            async for message in connection:
                try:
                    data = json.loads(message)
                except (TypeError, ValueError):
                    continue
                if not isinstance(data, dict):
                    continue
                if data.get("command") == "hello":
                    await connection.send(json.dumps({"command": "hello", "protocols": [PROTOCOL],
                                                      "serverName": "pyjekyll"}))
                    self._clients.add(connection)
        except ConnectionClosed:
            pass
        finally:
            self._clients.discard(connection)

    # -- commands (from any thread) -------------------------------------------------------
    @property
    def client_count(self) -> int:
        return len(self._clients)

    def reload(self, paths: list[str]) -> None:
        for path in paths:
            self._broadcast({"command": "reload", "path": path, "liveCSS": True})

    def alert(self, message: str) -> None:
        self._broadcast({"command": "alert", "message": message})

    def _broadcast(self, message: dict[str, Any]) -> None:
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        text = json.dumps(message)

        async def send() -> None:
            for client in list(self._clients):
                try:
                    await client.send(text)
                except ConnectionClosed:
                    self._clients.discard(client)

        asyncio.run_coroutine_threadsafe(send(), loop)
