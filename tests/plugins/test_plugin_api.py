"""The Python plugin API: `_plugins/*.py` and entry-point plugins of every kind, Ruby
plugins reported by name, broken plugins reported without a traceback."""
from __future__ import annotations

import logging
import shutil
import sys
import textwrap
from pathlib import Path

import pytest

from pyjekyll.cli import main as pyjekyll_main
from pyjekyll.plugins.ruby_plugins import describe_gem, describe_source

API_SITE = Path(__file__).resolve().parent / "api_site" / "src"


def _build(src: Path, dest: Path, *args: str) -> int:
    try:
        return pyjekyll_main(["build", "-s", str(src), "-d", str(dest), *args]) or 0
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 1


@pytest.fixture
def installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A plugin installed as a package: a module and a dist-info with an entry point."""
    root = tmp_path / "site-packages"
    root.mkdir()
    (root / "pj_sample_plugin.py").write_text(textwrap.dedent('''
        from liquid.ast import Node
        from liquid.tag import Tag
        from liquid.token import TOKEN_TAG


        class FromPackageNode(Node):
            def render_to_output(self, context, buffer):
                return buffer.write("[from package]")


        class FromPackageTag(Tag):
            name = "from_package"
            block = False

            def parse(self, stream):
                return FromPackageNode(stream.expect(TOKEN_TAG))


        def register(api):
            api.tag(FromPackageTag)
    '''), encoding="utf-8")
    info = root / "pj_sample_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: pj-sample-plugin\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[pyjekyll.plugins]\nsample = pj_sample_plugin\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(root))
    yield root
    sys.modules.pop("pj_sample_plugin", None)


def test_every_kind_of_plugin(tmp_path: Path, installed_plugin: Path, caplog: pytest.LogCaptureFixture) -> None:
    src = tmp_path / "src"
    shutil.copytree(API_SITE, src)
    caplog.set_level(logging.DEBUG)
    assert _build(src, tmp_path / "site") == 0
    site = tmp_path / "site"
    # tag and filter from _plugins, tag from the installed package, hook on pages
    assert (site / "index.html").read_text() == "HELLO! three two one [from package]\n<!-- stamped -->\n"
    # converter from _plugins
    assert (site / "loud.html").read_text() == "<p>QUIET WORDS</p>\n<!-- stamped -->\n"
    # generator page, rendered after the site pre_render hook counted the pages
    assert (site / "stats.txt").read_text() == "0 posts; 3 pages<!-- stamped -->\n"


def test_ruby_plugin_is_reported_with_what_it_does(tmp_path: Path, installed_plugin: Path,
                                                    capfd: pytest.CaptureFixture[str],
                                                    caplog: pytest.LogCaptureFixture) -> None:
    src = tmp_path / "src"
    shutil.copytree(API_SITE, src)
    caplog.set_level(logging.DEBUG)
    _build(src, tmp_path / "site")
    out, err = capfd.readouterr()
    text = out + err + caplog.text
    assert "_plugins/legacy.rb is a Ruby plugin that pyjekyll cannot run" in text
    assert "{% legacy_box %}" in text and "a generator" in text


def test_strict_fails_on_ruby_plugins(tmp_path: Path, installed_plugin: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(API_SITE, src)
    assert _build(src, tmp_path / "site", "--strict") != 0


def test_safe_mode_skips_site_plugins(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(API_SITE, src)
    (src / "index.html").write_text("---\n---\nplain\n")
    assert _build(src, tmp_path / "site", "--safe") == 0
    assert not (tmp_path / "site" / "stats.txt").exists()
    assert (tmp_path / "site" / "loud.upper").exists()  # no converter: copied as is


def test_broken_plugin_names_its_file(tmp_path: Path, capfd: pytest.CaptureFixture[str],
                                      caplog: pytest.LogCaptureFixture) -> None:
    src = tmp_path / "src"
    (src / "_plugins").mkdir(parents=True)
    (src / "_plugins" / "broken.py").write_text("x = 1\nraise ValueError('nope')\n")
    (src / "index.html").write_text("hi\n")
    caplog.set_level(logging.DEBUG)
    status = _build(src, tmp_path / "site")
    out, err = capfd.readouterr()
    text = out + err + caplog.text
    assert status != 0
    assert "_plugins/broken.py:2 failed to load: ValueError: nope" in text
    assert "Traceback" not in text


def test_unknown_gem_is_described() -> None:
    assert "KaTeX" in describe_gem("jekyll-katex")
    assert describe_gem("some-unknown-gem") == ""
    assert describe_source("class X < Jekyll::Converter\nend\n") == " (it defines a converter)"
