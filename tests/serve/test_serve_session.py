"""`serve` end to end without a browser: build, watch, LiveReload messages, error recovery."""
from __future__ import annotations

import http.client
import json
import os
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from websockets.sync.client import connect

from pyjekyll.commands.serve import ServeOptions, serve
from pyjekyll.log import ERROR, logger

from .sample_site import write_site

HELLO = {"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}


@pytest.fixture()
def served(tmp_path) -> Iterator[dict[str, Any]]:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    state: dict[str, Any] = {"source": source}
    ready, stop = threading.Event(), threading.Event()
    options = ServeOptions(port=0, livereload=True, livereload_port=0)
    thread = threading.Thread(target=serve, args=({"source": source, "destination": str(tmp_path / "site")},
                                                  options), kwargs={"ready": ready, "stop": stop, "state": state},
                              daemon=True)
    thread.start()
    assert ready.wait(60), "the server did not start"
    yield state
    stop.set()
    thread.join(10)


def _get(port: int, path: str) -> tuple[int, str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8")
    finally:
        conn.close()


def _messages(ws: Any, until: float) -> list[dict[str, Any]]:
    got = []
    while time.monotonic() < until:
        try:
            got.append(json.loads(ws.recv(timeout=max(0.05, until - time.monotonic()))))
        except TimeoutError:
            break
        if got and got[-1].get("command") in ("reload", "alert"):
            # collect the rest of this burst
            until = min(until, time.monotonic() + 0.5)
    return got


def _edit(path: str, old: str, new: str) -> None:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    assert old in text
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.replace(old, new))


def test_livereload_handshake_and_reload_on_edit(served) -> None:
    port, reloader = served["port"], served["livereload"]
    status, page = _get(port, "/about.html")
    assert status == 200 and f":{reloader.port}/livereload.js" in page
    status, script = _get(reloader.port, "/livereload.js")
    assert status == 200 and "official-7" in script
    with connect(f"ws://127.0.0.1:{reloader.port}/livereload") as ws:
        ws.send(json.dumps(HELLO))
        hello = json.loads(ws.recv(timeout=5))
        assert hello["command"] == "hello" and HELLO["protocols"][0] in hello["protocols"]
        _edit(os.path.join(served["source"], "about.md"), "About", "Changed heading")
        messages = _messages(ws, time.monotonic() + 15)
        reloads = [m for m in messages if m["command"] == "reload"]
        assert reloads and all(m["liveCSS"] is True for m in reloads)
        assert "/about.html" in [m["path"] for m in reloads]
    assert "Changed heading" in _get(port, "/about.html")[1]


def test_css_only_change_announces_stylesheets(served) -> None:
    reloader = served["livereload"]
    with connect(f"ws://127.0.0.1:{reloader.port}/livereload") as ws:
        ws.send(json.dumps(HELLO))
        ws.recv(timeout=5)
        with open(os.path.join(served["source"], "assets", "style.css"), "w") as fh:
            fh.write("body { color: green; }\n")
        messages = _messages(ws, time.monotonic() + 15)
    paths = [m["path"] for m in messages if m["command"] == "reload"]
    assert paths == ["/assets/style.css"]


def test_build_error_is_reported_and_last_good_site_kept(served) -> None:
    port, reloader = served["port"], served["livereload"]
    before = _get(port, "/notes.html")[1]
    with connect(f"ws://127.0.0.1:{reloader.port}/livereload") as ws:
        ws.send(json.dumps(HELLO))
        ws.recv(timeout=5)
        notes = os.path.join(served["source"], "notes.md")
        _edit(notes, "{% endfor %}", "")
        alerts = [m for m in _messages(ws, time.monotonic() + 15) if m["command"] == "alert"]
        assert alerts and "notes.md" in alerts[0]["message"]
        status, page = _get(port, "/notes.html")
        assert status == 200 and "pyjekyll-error-overlay" in page
        assert page.replace(page[page.index("<pre id=\"pyjekyll-error-overlay\""):page.index("</pre>") + 6], "") \
            == before
        _edit(notes, "{{ n.title }}\n", "{{ n.title }}\n{% endfor %}")
        reloads = [m for m in _messages(ws, time.monotonic() + 15) if m["command"] == "reload"]
        assert reloads
    assert "pyjekyll-error-overlay" not in _get(port, "/notes.html")[1]


def test_config_change_is_picked_up_without_restart(served) -> None:
    port = served["port"]
    _edit(os.path.join(served["source"], "_config.yml"), "title: Sample", "title: Renamed Site")
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        if "Renamed Site" in _get(port, "/")[1]:
            break
        time.sleep(0.2)
    assert "Renamed Site" in _get(port, "/")[1]
