"""Live reload in a real browser: headless Chromium shows edits without a manual reload.

Needs Debian's `chromium` and `chromium-driver` plus `pip install selenium`; skipped otherwise.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pyjekyll.commands.serve import ServeOptions, serve
from pyjekyll.log import ERROR, logger

from .sample_site import write_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync")

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip("Chromium or chromedriver missing (apt-get install -y chromium chromium-driver)",
                allow_module_level=True)

from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


@pytest.fixture()
def served(tmp_path) -> Iterator[dict[str, Any]]:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    state: dict[str, Any] = {"source": source}
    ready, stop = threading.Event(), threading.Event()
    options = ServeOptions(port=0, livereload=True, livereload_port=0, livereload_min_delay=0.2)
    thread = threading.Thread(target=serve, args=({"source": source, "destination": str(tmp_path / "site")},
                                                  options), kwargs={"ready": ready, "stop": stop, "state": state},
                              daemon=True)
    thread.start()
    assert ready.wait(60), "the server did not start"
    yield state
    stop.set()
    thread.join(10)


@pytest.fixture()
def browser() -> Iterator[Any]:
    profile = tempfile.mkdtemp(prefix="pyjekyll-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _replace(path: str, old: str, new: str) -> None:
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text.replace(old, new))


def _wait_connected(driver: Any, served: dict[str, Any]) -> None:
    WebDriverWait(driver, 20).until(lambda _d: served["livereload"].client_count > 0)


def test_page_shows_edit_without_manual_reload(served, browser) -> None:
    browser.get(f"http://127.0.0.1:{served['port']}/about.html")
    assert "About" in browser.find_element("tag name", "body").text
    _wait_connected(browser, served)
    _replace(os.path.join(served["source"], "about.md"), "About {{", "Freshly edited text {{")
    WebDriverWait(browser, 20).until(
        lambda d: "Freshly edited text" in d.find_element("tag name", "body").text)


def _wait_served(served: dict[str, Any], path: str, text: str, timeout: float = 30.0) -> None:
    import time
    import urllib.request

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{served['port']}{path}", timeout=5) as response:
            if text in response.read().decode("utf-8", "replace"):
                return
        time.sleep(0.1)
    raise AssertionError(f"{path} never contained {text!r}")


def test_stylesheet_change_applies_without_page_reload(served, browser) -> None:
    css = os.path.join(served["source"], "assets", "style.css")
    with open(css, "w") as fh:
        fh.write("body { color: rgb(0, 0, 0); }\n")
    _replace(os.path.join(served["source"], "_includes", "head.html"), "</title></head>",
             '</title><link rel="stylesheet" href="/assets/style.css"></head>')
    # Setup, not the behaviour under test: load the page once the rebuild has it, so a
    # reload sent while the page was still connecting cannot be missed.
    _wait_served(served, "/about.html", "/assets/style.css")
    browser.get(f"http://127.0.0.1:{served['port']}/about.html")
    WebDriverWait(browser, 20).until(lambda d: "/assets/style.css" in d.page_source)
    _wait_connected(browser, served)
    browser.execute_script("window.__notReloaded = true;")
    with open(css, "w") as fh:
        fh.write("body { color: rgb(0, 128, 0); }\n")
    WebDriverWait(browser, 20).until(lambda d: d.execute_script(
        "return getComputedStyle(document.body).color") == "rgb(0, 128, 0)")
    assert browser.execute_script("return window.__notReloaded === true")


def test_build_error_overlay_appears_and_clears(served, browser) -> None:
    browser.get(f"http://127.0.0.1:{served['port']}/notes.html")
    _wait_connected(browser, served)
    notes = os.path.join(served["source"], "notes.md")
    _replace(notes, "{% endfor %}", "")
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return !!document.getElementById('pyjekyll-error-overlay')"))
    _replace(notes, "{{ n.title }}\n", "{{ n.title }}\n{% endfor %}")
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script("return !document.getElementById('pyjekyll-error-overlay')"))
