"""Resolving `theme:` values: folders, Python theme packages, gem folders, and failures."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pyjekyll.errors import JekyllError
from pyjekyll.themes import Theme, ThemeNotFound, resolve_theme
from pyjekyll.themes.gemspec import read_gemspec
from pyjekyll.themes.locate import version_key

MINIMA_SPEC = Path("/usr/share/rubygems-integration/all/specifications/minima-2.5.1.gemspec")

STUB = """# -*- encoding: utf-8 -*-
# stub: {name} {version} ruby lib

Gem::Specification.new do |s|
  s.name = "{name}".freeze
  s.version = "{version}"
  s.metadata = {{ "plugin_type" => "theme" }} if s.respond_to? :metadata=
  s.authors = ["Ada".freeze, "Grace".freeze]
  s.summary = "Theme {version}".freeze
  if s.respond_to? :add_runtime_dependency then
    s.add_runtime_dependency(%q<jekyll>.freeze, [">= 4.0", "< 5.0"])
    s.add_runtime_dependency(%q<jekyll-feed>.freeze, [">= 0"])
    s.add_development_dependency(%q<rake>.freeze, ["~> 13"])
  else
    s.add_dependency(%q<jekyll>.freeze, [">= 4.0", "< 5.0"])
    s.add_dependency(%q<jekyll-feed>.freeze, [">= 0"])
    s.add_dependency(%q<rake>.freeze, ["~> 13"])
  end
end
"""


@pytest.fixture(autouse=True)
def _no_user_gems(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("GEM_HOME", raising=False)
    monkeypatch.delenv("GEM_PATH", raising=False)


def make_gem(home: Path, name: str, version: str, *folders: str) -> Path:
    root = home / "gems" / f"{name}-{version}"
    for folder in folders:
        (root / folder).mkdir(parents=True)
    root.mkdir(parents=True, exist_ok=True)
    (root / "VERSION").write_text(version)
    spec = home / "specifications" / f"{name}-{version}.gemspec"
    spec.parent.mkdir(parents=True, exist_ok=True)
    spec.write_text(STUB.format(name=name, version=version))
    return root


def test_folder_path_relative_to_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    theme_dir = tmp_path / "themes" / "plain"
    for folder in ("_layouts", "_sass"):
        (theme_dir / folder).mkdir(parents=True)
    site.mkdir()

    theme = resolve_theme("../themes/plain", site)

    assert theme.root == theme_dir.resolve()
    assert theme.layouts_path == theme_dir / "_layouts"
    assert theme.sass_path == theme_dir / "_sass"
    assert (theme.includes_path, theme.assets_path, theme.data_path) == (None, None, None)
    assert resolve_theme(str(theme_dir), site).root == theme.root


def test_subfolder_symlink_leaving_the_theme_counts_as_absent(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    theme_dir = tmp_path / "t"
    (theme_dir / "real_layouts").mkdir(parents=True)
    (theme_dir / "_includes").symlink_to(outside)
    (theme_dir / "_layouts").symlink_to(theme_dir / "real_layouts")
    theme = Theme("t", theme_dir)
    assert theme.includes_path is None
    assert theme.layouts_path == theme_dir / "real_layouts"


def test_missing_folder_path(tmp_path: Path) -> None:
    with pytest.raises(ThemeNotFound, match="does not exist"):
        resolve_theme("./nowhere", tmp_path)


def test_newest_gem_version_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "gemhome"
    make_gem(home, "pyj-test-theme", "1.9.0", "_layouts")
    newest = make_gem(home, "pyj-test-theme", "1.10.0", "_layouts", "_sass", "assets", "_data", "_includes")
    make_gem(home, "pyj-test-theme", "2.0.0.pre", "_layouts")
    make_gem(home, "pyj-test-theme-extras", "9.0.0", "_layouts")
    monkeypatch.setenv("GEM_HOME", str(home))

    theme = resolve_theme("  PYJ-Test-Theme ", tmp_path)

    assert theme.name == "pyj-test-theme"
    assert theme.root == newest
    assert theme.version == "1.10.0"
    assert theme.data_path == newest / "_data"
    assert theme.to_liquid() == {
        "version": "1.10.0",
        "metadata": {"plugin_type": "theme"},
        "root": str(newest),
        "dependencies": ["jekyll (>= 4.0, < 5.0)", "jekyll-feed (>= 0)"],
        "authors": "Ada, Grace",
        "description": "Theme 1.10.0",
    }


def test_gems_from_gem_path_and_vendor_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    vendored = make_gem(site / "vendor" / "bundle" / "ruby" / "3.1.0", "pyj-vendored", "0.3.0", "_sass")
    assert resolve_theme("pyj-vendored", site).root == vendored
    first, second = tmp_path / "a", tmp_path / "b"
    make_gem(first, "pyj-pathed", "1.0.0")
    newer = make_gem(second, "pyj-pathed", "1.0.1")
    monkeypatch.setenv("GEM_PATH", os.pathsep.join([str(first), str(second)]))
    assert resolve_theme("pyj-pathed", site).root == newer


def test_theme_config_is_read_unless_symlinked(tmp_path: Path) -> None:
    theme_dir = tmp_path / "cfg"
    theme_dir.mkdir()
    (theme_dir / "_config.yml").write_text("title: From theme\nsass:\n  style: compressed\n")
    assert Theme("cfg", theme_dir).config() == {"title": "From theme", "sass": {"style": "compressed"}}
    (tmp_path / "elsewhere.yml").write_text("title: Hijacked\n")
    (theme_dir / "_config.yml").unlink()
    (theme_dir / "_config.yml").symlink_to(tmp_path / "elsewhere.yml")
    assert Theme("cfg", theme_dir).config() == {}


def test_entry_point_theme_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A real distribution on sys.path: package, dist-info metadata and entry point."""
    site_packages = tmp_path / "site-packages"
    package = site_packages / "pyj_ep_theme"
    (package / "files" / "_layouts").mkdir(parents=True)
    (package / "__init__.py").write_text(
        "from pathlib import Path\n\n\ndef theme_root() -> Path:\n    return Path(__file__).parent / 'files'\n")
    dist_info = site_packages / "pyj_ep_theme-1.2.3.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: pyj-ep-theme\nVersion: 1.2.3\nSummary: An entry-point theme\n"
        "Author: Theme Author\nRequires-Dist: pyjekyll-ssg\n")
    (dist_info / "entry_points.txt").write_text("[pyjekyll.themes]\npyj-ep-theme = pyj_ep_theme:theme_root\n")
    monkeypatch.syspath_prepend(str(site_packages))

    theme = resolve_theme("pyj-ep-theme", tmp_path)

    assert theme.root == package / "files"
    assert theme.layouts_path == package / "files" / "_layouts"
    assert theme.version == "1.2.3"
    liquid = theme.to_liquid()
    assert (liquid["authors"], liquid["description"], liquid["dependencies"]) == (
        "Theme Author", "An entry-point theme", ["pyjekyll-ssg"])


def test_missing_theme_explains_where_it_looked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GEM_HOME", str(tmp_path / "gh"))
    (tmp_path / "gh" / "gems").mkdir(parents=True)
    with pytest.raises(ThemeNotFound) as caught:
        resolve_theme("pyj-no-such-theme", tmp_path)
    message = str(caught.value)
    assert "The pyj-no-such-theme theme could not be found" in message
    assert str(tmp_path / "gh" / "gems") in message
    assert "pyjekyll.themes" in message and "gem install pyj-no-such-theme" in message
    assert isinstance(caught.value, JekyllError)


@pytest.mark.skipif(not MINIMA_SPEC.exists(), reason="Debian's minima gem is not installed")
def test_reads_debians_minima_gemspec() -> None:
    spec = read_gemspec(MINIMA_SPEC)
    assert (spec.name, spec.version, spec.authors) == ("minima", "2.5.1", ("Joel Glovier",))
    assert spec.summary == "A beautiful, minimal theme for Jekyll."
    assert spec.metadata == {"plugin_type": "theme"}
    # What `{{ theme.dependencies | jsonify }}` printed under Jekyll 4.3.1 with minima.
    assert spec.runtime_dependencies == ("jekyll (>= 3.5, < 5.0)", "jekyll-feed (~> 0.9)", "jekyll-seo-tag (~> 2.1)")


def test_reads_a_source_tree_gemspec(tmp_path: Path) -> None:
    path = tmp_path / "x.gemspec"
    path.write_text(
        'Gem::Specification.new do |spec|\n  spec.name = "x"\n  spec.version = "0.1.0"\n'
        '  spec.authors = ["A B"]\n  spec.summary = \'It\\\'s small\'\n'
        '  spec.metadata = {\n    "plugin_type" => "theme",\n    "k" => \'v\'\n  }\n'
        '  spec.add_runtime_dependency "jekyll", "~> 4.3"\n  spec.add_dependency "plain"\n'
        '  spec.add_dependency("exact", "1.0")\n  spec.add_dependency "range", ">=1.0", "<2"\n'
        '  spec.add_development_dependency "bundler"\nend\n')
    spec = read_gemspec(path)
    assert spec.summary == "It's small"
    assert spec.metadata == {"plugin_type": "theme", "k": "v"}
    # Strings RubyGems' Gem::Dependency#to_s gives for the same gemspec.
    assert spec.runtime_dependencies == ("jekyll (~> 4.3)", "plain (>= 0)", "exact (= 1.0)", "range (>= 1.0, < 2)")


def test_version_order_follows_rubygems() -> None:
    versions = ["1.0", "1.0.1", "1.0.a", "1.0.0.b2", "0.9", "2", "1.10", "1.9", "1.0.b1", "1.0.b10"]
    # Order printed by Ruby: versions.sort_by { |v| Gem::Version.new(v) }
    assert sorted(versions, key=version_key) == [
        "0.9", "1.0.a", "1.0.b1", "1.0.0.b2", "1.0.b10", "1.0", "1.0.1", "1.9", "1.10", "2"]
