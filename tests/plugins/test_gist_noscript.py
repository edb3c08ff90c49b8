"""jekyll-gist's `<noscript>` copy: downloaded when allowed, Ruby's offline bytes otherwise.

Checked by hand against jekyll-gist 1.5.0 on Jekyll 4.3.1 without network: the page gets
`false<script …>` with `--quiet` and `true<script …>` without it (the Ruby logger's return
value), plus a warning.  The network is replaced here, so the test does not depend on it.
"""
from __future__ import annotations

import io
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from pyjekyll.cli import main

SCRIPT = '<script src="https://gist.github.com/5555251.js?file=gist.md"> </script>'


def _site(tmp_path: Path, config: str = "") -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "_config.yml").write_text("plugins: [jekyll-gist]\n" + config)
    (src / "index.html").write_text("---\n---\n{% gist 5555251 gist.md %}\n")
    return src


def _build(src: Path, *flags: str) -> str:
    dest = src.parent / "out"
    assert main(["build", *flags, "-s", str(src), "-d", str(dest)]) == 0
    return (dest / "index.html").read_text()


@pytest.fixture()
def offline(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def refuse(url, timeout=None):  # noqa: ANN001
        asked.append(url if isinstance(url, str) else url.full_url)
        raise urllib.error.URLError("no network")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    return asked


def test_offline_quiet_writes_false(tmp_path: Path, offline: list[str]) -> None:
    assert _build(_site(tmp_path), "-q") == f"false{SCRIPT}\n"
    assert offline == ["https://gist.githubusercontent.com/5555251/raw/gist.md"]


def test_offline_verbose_writes_true_and_warns(tmp_path: Path, offline: list[str],
                                                capsys: pytest.CaptureFixture[str]) -> None:
    assert _build(_site(tmp_path)) == f"true{SCRIPT}\n"
    assert "The <noscript> tag for your gist 5555251" in capsys.readouterr().err


def test_noscript_false_never_asks(tmp_path: Path, offline: list[str]) -> None:
    assert _build(_site(tmp_path, "gist:\n  noscript: false\n"), "-q") == f"{SCRIPT}\n"
    assert offline == []


def test_downloaded_code_is_escaped_as_cgi_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(urllib.request, "urlopen",
                        lambda url, timeout=None: io.BytesIO(b"a < b && c's \"x\"\n"))
    assert _build(_site(tmp_path), "-q") == (
        "<noscript><pre>a &lt; b &amp;&amp; c&#39;s &quot;x&quot;\n</pre></noscript>" + SCRIPT + "\n")
