"""The example site in a real browser: headless Chromium at desktop and phone widths.

Checks that the theme renders (layout boxes present and non-zero, no horizontal overflow on a
phone, dark and print styles take effect), that nothing is logged to the console, and that no
request leaves 127.0.0.1 (the theme must work offline). Screenshots are written to
$PYJEKYLL_SCREENSHOTS, or to a temporary folder, for a human to look at.

The site is built with pyjekyll when it can build it cleanly, else the committed Jekyll golden
output (tests/example_site/expected/) is served; the test output says which.
Needs Debian's `chromium` and `chromium-driver` plus `pip install selenium`; skipped otherwise.
"""
from __future__ import annotations

import base64
import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from example_site.golden import build_failure, build_with_pyjekyll
from example_site.sitecopy import GOLDEN_ROOT, copy_example_site

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
LOCAL_HOSTS = {"127.0.0.1"}
HARMLESS_SCHEMES = {"data", "about", "blob", "chrome", "chrome-extension", "devtools"}

webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install selenium)")
if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
    pytest.skip(
        "Chromium or chromedriver missing (apt-get install -y chromium chromium-driver)", allow_module_level=True
    )


@dataclass(frozen=True)
class Viewport:
    name: str
    width: int
    height: int
    mobile: bool


VIEWPORTS = (Viewport("desktop", 1280, 900, False), Viewport("phone", 390, 844, True))


@dataclass(frozen=True)
class PageCheck:
    """A page of the example site and the boxes that must be laid out on it."""

    path: str
    boxes: tuple[str, ...]


_FRAME = ("header.masthead", "main#content", "footer.site-footer")
PAGES = (
    PageCheck("/", _FRAME + (".author-profile", ".author-avatar", "ul.timeline", "ul.timeline .flag", ".publication")),
    PageCheck("/publications/", _FRAME + (".author-profile", ".publication .venue-badge")),
    PageCheck("/cv/", _FRAME + (".author-profile", "ul.timeline", "table")),
    PageCheck("/blog/", _FRAME + (".post-list",)),
    PageCheck("/2026/02/11/releasing-kelp-st.html", _FRAME + (".post-title", ".post-meta", "pre")),
    PageCheck("/404.html", _FRAME),
)


# --- the site, a local server and the browser ----------------------------------------------


@pytest.fixture(scope="module")
def site_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """pyjekyll's build of the example site when it is clean, else Jekyll's golden output."""
    reason = ""
    try:
        import pyjekyll.cli  # noqa: F401
    except ImportError as exc:
        reason = f"pyjekyll.cli does not import ({exc})"
    else:
        work = tmp_path_factory.mktemp("browser-site")
        result = build_with_pyjekyll(copy_example_site(work / "src"), work / "site")
        problem = build_failure(result)
        if problem is None and (result.dest / "index.html").is_file():
            _report(request, f"browser test: serving the site built by pyjekyll ({result.dest})")
            return result.dest
        reason = f"pyjekyll build not clean: {(problem or 'no index.html')[:300]}"
    _report(request, f"browser test: serving the committed Jekyll golden output; {reason}")
    return GOLDEN_ROOT / "expected"


def _report(request: pytest.FixtureRequest, line: str) -> None:
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(line)
    print(line)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def base_url(site_dir: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def screenshot_dir(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    wanted = os.environ.get("PYJEKYLL_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    _report(request, f"browser test: screenshots in {folder}")
    return folder


@pytest.fixture(scope="module")
def driver(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager go online
    profile = tmp_path_factory.mktemp("chromium-profile")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    browser = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)


# --- helpers ---------------------------------------------------------------------------------


def _emulate(driver: object, viewport: Viewport, media: str = "", scheme: str = "light") -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": viewport.width, "height": viewport.height, "deviceScaleFactor": 1, "mobile": viewport.mobile},
    )
    driver.execute_cdp_cmd(
        "Emulation.setEmulatedMedia",
        {"media": media, "features": [{"name": "prefers-color-scheme", "value": scheme}]},
    )


def _drain_logs(driver: object) -> None:
    driver.get_log("browser")
    driver.get_log("performance")


def _load(driver: object, url: str) -> None:
    driver.get(url)
    driver.execute_script("return document.fonts ? document.fonts.ready : null")


def _screenshot(driver: object, path: Path) -> None:
    """Two images: the first screen as a reader sees it, and the whole page."""
    driver.save_screenshot(str(path.with_name(path.stem + "-screen.png")))
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    size = metrics["cssContentSize"]
    shot = driver.execute_cdp_cmd(
        "Page.captureScreenshot",
        {
            "format": "png",
            "captureBeyondViewport": True,
            "clip": {"x": 0, "y": 0, "width": size["width"], "height": min(size["height"], 6000), "scale": 1},
        },
    )
    path.write_bytes(base64.b64decode(shot["data"]))


def _console_errors(driver: object) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]


def _foreign_requests(driver: object) -> list[str]:
    """URLs the page asked for that are not on the local server (performance log + resource timing)."""
    import json

    urls = set()
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.add(message["params"]["request"]["url"])
    urls.update(driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)"))
    foreign = []
    for url in sorted(urls):
        parts = urlsplit(url)
        if parts.scheme in HARMLESS_SCHEMES:
            continue
        if parts.hostname not in LOCAL_HOSTS:
            foreign.append(url)
    return foreign


def _empty_boxes(driver: object, selectors: tuple[str, ...]) -> list[str]:
    script = """
        return arguments[0].filter(sel => {
            const el = document.querySelector(sel);
            if (!el) return true;
            const box = el.getBoundingClientRect();
            return !(box.width > 0 && box.height > 0);
        });
    """
    return driver.execute_script(script, list(selectors))


def _slug(path: str) -> str:
    return path.strip("/").replace("/", "_").replace(".html", "") or "home"


# --- tests -------------------------------------------------------------------------------------


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: v.name)
@pytest.mark.parametrize("page", PAGES, ids=lambda p: _slug(p.path))
def test_page_renders(driver, base_url: str, screenshot_dir: Path, viewport: Viewport, page: PageCheck) -> None:
    _emulate(driver, viewport)
    _drain_logs(driver)
    _load(driver, base_url + page.path)
    _screenshot(driver, screenshot_dir / f"{_slug(page.path)}-{viewport.name}.png")

    empty = _empty_boxes(driver, page.boxes)
    assert not empty, f"missing or zero-size on {page.path}: {empty}"
    overflow = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"page is {overflow}px wider than the {viewport.width}px viewport"
    errors = _console_errors(driver)
    assert not errors, f"console errors on {page.path}: {errors}"
    foreign = _foreign_requests(driver)
    assert not foreign, f"{page.path} requested other hosts: {foreign}"


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: v.name)
def test_sidebar_placement(driver, base_url: str, viewport: Viewport) -> None:
    """Beside the content on a desktop, above it on a phone."""
    _emulate(driver, viewport)
    _load(driver, base_url + "/")
    profile = driver.execute_script("return document.querySelector('.sidebar').getBoundingClientRect().toJSON()")
    main = driver.execute_script("return document.querySelector('main#content').getBoundingClientRect().toJSON()")
    if viewport.mobile:
        assert profile["bottom"] <= main["top"] + 1, (profile, main)
    else:
        assert profile["right"] <= main["left"] + 1 and profile["top"] < main["bottom"], (profile, main)


def _luminance(css_color: str) -> float:
    channels = [float(part) for part in css_color[css_color.index("(") + 1 : -1].split(",")[:3]]
    return sum(weight * value for weight, value in zip((0.2126, 0.7152, 0.0722), channels)) / 255


@pytest.mark.parametrize("viewport", VIEWPORTS, ids=lambda v: v.name)
def test_dark_mode(driver, base_url: str, screenshot_dir: Path, viewport: Viewport) -> None:
    _emulate(driver, viewport, scheme="dark")
    _drain_logs(driver)
    _load(driver, base_url + "/")
    _screenshot(driver, screenshot_dir / f"home-{viewport.name}-dark.png")
    background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    text = driver.execute_script("return getComputedStyle(document.body).color")
    assert _luminance(background) < 0.2 < 0.7 < _luminance(text), (background, text)
    assert not _console_errors(driver)
    _emulate(driver, viewport)


def test_print_style(driver, base_url: str, screenshot_dir: Path) -> None:
    viewport = VIEWPORTS[0]
    _emulate(driver, viewport, media="print")
    _load(driver, base_url + "/")
    _screenshot(driver, screenshot_dir / "home-print.png")
    hidden = driver.execute_script("return getComputedStyle(document.querySelector('header.masthead')).display")
    background = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    assert hidden == "none"
    assert _luminance(background) > 0.95, background
    _emulate(driver, viewport)
