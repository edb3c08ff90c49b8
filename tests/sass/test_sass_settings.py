"""How `sass:` settings, safe mode and JEKYLL_ENV shape the converter (jekyll-sass-converter 2.2 rules)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from pyjekyll.converters import sass as sass_module
from pyjekyll.converters.sass import SassConverter

SCSS = ".a { width: (10px / 3); .b { c: d; } }\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_p.scss").write_text(".p { q: r; }\n")
    for name in ("lib1", "lib2"):
        (tmp_path / "vendor" / name / "scss").mkdir(parents=True)
    return tmp_path


def test_matches_and_output_ext(site: Path) -> None:
    converter = SassConverter({}, site, None)
    assert converter.matches(".scss") and converter.matches(".SASS") and not converter.matches(".css")
    assert converter.output_ext(".scss") == ".css"


@pytest.mark.parametrize(("value", "style"), [
    (None, "compact"), ("expanded", "expanded"), (":compressed", "compressed"), ("fancy", "compact"),
])
def test_style_values(site: Path, value: str | None, style: str) -> None:
    assert SassConverter({"sass": {"style": value}}, site, None).style == style


def test_load_path_order_globs_and_theme(site: Path, tmp_path_factory: pytest.TempPathFactory,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    theme_sass = tmp_path_factory.mktemp("theme") / "_sass"
    theme_sass.mkdir()
    extra = tmp_path_factory.mktemp("sass_path")
    monkeypatch.setenv("SASS_PATH", str(extra))
    config = {"sass": {"load_paths": ["vendor/*/scss", "missing"]}}
    converter = SassConverter(config, site, theme_sass)
    assert converter.load_paths == [str(site / "vendor/lib1/scss"), str(site / "vendor/lib2/scss"),
                                    str(site / "_sass"), str(theme_sass), str(extra)]


def test_safe_mode_ignores_libsass_options_and_confines_paths(site: Path) -> None:
    config = {"safe": True, "sass": {"precision": 2, "line_comments": True, "load_paths": ["/vendor/lib1/scss"]}}
    converter = SassConverter(config, site, None)
    assert converter.precision is None and converter.line_comments is False
    assert converter.load_paths[0] == str(site / "vendor/lib1/scss")
    assert "3.3333333333px" in converter.convert(SCSS, "s.scss").css
    unsafe = SassConverter({"sass": {"precision": 2}}, site, None)
    assert "3.33px" in unsafe.convert(SCSS, "s.scss").css


@pytest.mark.parametrize(("env", "wanted"), [(None, True), ("development", True), ("production", False)])
def test_development_source_maps_follow_jekyll_env(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                   env: str | None, wanted: bool) -> None:
    if env is None:
        monkeypatch.delenv("JEKYLL_ENV", raising=False)
    else:
        monkeypatch.setenv("JEKYLL_ENV", env)
    result = SassConverter({"sass": {"sourcemap": "development"}}, site, None).convert(SCSS, "css/s.scss")
    assert (result.source_map is not None) is wanted
    assert result.css.endswith("/*# sourceMappingURL=s.css.map */") is wanted
    assert result.map_relative_url == ("css/s.css.map" if wanted else None)


def test_line_comments_name_files_relative_to_the_site(site: Path, monkeypatch: pytest.MonkeyPatch,
                                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    monkeypatch.chdir(tmp_path_factory.mktemp("elsewhere"))
    css = SassConverter({"sass": {"line_comments": True}}, site, None).convert('@import "p";\n', "x.scss").css
    assert css.startswith("/* line 1, _sass/_p.scss */ .p { q: r; }")


def test_python_api_fallback_gives_the_same_css(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the C API is not exported the `sass` module is used: same CSS, no map."""
    reference = SassConverter({"sass": {"sourcemap": "never"}}, site, None).convert('@import "p";\n' + SCSS, "x.scss")
    monkeypatch.setattr(sass_module, "_backend", sass_module._PythonSass())
    fallback = SassConverter({"sass": {"sourcemap": "never"}}, site, None).convert('@import "p";\n' + SCSS, "x.scss")
    assert fallback.css == reference.css
    assert fallback.source_map is None
    assert os.fspath(site)  # the site folder is untouched by either path
