"""`new` and `new-theme`: the files they write, their refusals, and that the results work."""
from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
import yaml
from typer.testing import CliRunner

from pyjekyll.commands import new as new_cmd
from pyjekyll.commands import new_theme as new_theme_cmd
from pyjekyll.commands.new import ScaffoldError, new_site
from pyjekyll.commands.new_theme import new_theme, theme_package_name
from pyjekyll.converters.sass import SassConverter
from pyjekyll.themes import resolve_theme

FRONT_MATTER = re.compile(r"\A---\s*\n(.*?\n?)^---\s*$\n?", re.S | re.M)


def front_matter(path: Path) -> tuple[dict, str]:
    text = path.read_text(encoding="utf-8")
    match = FRONT_MATTER.match(text)
    assert match, f"{path} has no front matter"
    return yaml.safe_load(match.group(1)) or {}, text[match.end():]


def test_new_site_uses_the_bundled_theme(tmp_path: Path) -> None:
    site = tmp_path / "my-blog"
    new_site(site, blank=False, force=False)

    config = yaml.safe_load((site / "_config.yml").read_text())
    assert config["theme"] == "pyjekyll-academic" and config["title"] == "My Blog"
    today = dt.date.today().isoformat()
    posts = list((site / "_posts").iterdir())
    assert [p.name for p in posts] == [f"{today}-welcome-to-pyjekyll.md"]
    post_data, _ = front_matter(posts[0])
    assert str(post_data["date"]).startswith(today)
    assert front_matter(site / "about.md")[0]["permalink"] == "/about/"

    # Every layout and include the site names must exist in the theme (or the site).
    theme = resolve_theme(config["theme"], site)
    layouts = {d["values"]["layout"] for d in config["defaults"]}
    for page in [site / "index.md", site / "about.md", site / "blog.md", site / "404.md", *posts]:
        data, body = front_matter(page)
        layouts.add(data.get("layout", "page"))
        for include in re.findall(r"{%-?\s*include\s+([\w./-]+)", body):
            assert (theme.includes_path / include).is_file(), include
    for layout in layouts:
        assert (theme.layouts_path / f"{layout}.html").is_file(), layout
    nav = yaml.safe_load((site / "_data" / "navigation.yml").read_text())
    assert [item["url"] for item in nav["main"]] == ["/", "/about/", "/blog/"]


def test_new_blank_site_is_jekylls_skeleton_and_its_stylesheet_compiles(tmp_path: Path) -> None:
    site = tmp_path / "blank"
    new_site(site, blank=True, force=False)
    files = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    assert files == ["_config.yml", "_data", "_drafts", "_includes", "_layouts", "_layouts/default.html",
                     "_posts", "_sass", "_sass/main.scss", "assets", "assets/css", "assets/css/main.scss",
                     "index.md"]
    assert set(yaml.safe_load((site / "_config.yml").read_text())) == {"url", "baseurl", "title"}
    _, body = front_matter(site / "assets" / "css" / "main.scss")
    result = SassConverter({}, site, None).convert(body, "assets/css/main.scss")
    assert result.css.startswith("body { background: #ffffff;")
    assert front_matter(site / "index.md")[0]["layout"] == "default"


def test_new_refuses_a_folder_with_files_unless_forced(tmp_path: Path) -> None:
    site = tmp_path / "busy"
    site.mkdir()
    (site / ".git").mkdir()
    new_site(site, blank=True, force=False)  # dot-folders do not count, as in Jekyll
    with pytest.raises(ScaffoldError, match="(?s)exists and is not empty.*--force"):
        new_site(site, blank=False, force=False)
    new_site(site, blank=False, force=True)
    assert (site / "about.md").is_file() and (site / "_layouts" / "default.html").is_file()


def test_new_theme_writes_a_package(tmp_path: Path) -> None:
    root = tmp_path / "my theme"
    new_theme("my theme", root, code_of_conduct=True)
    package = root / "my_theme"
    for rel in ("pyproject.toml", "README.md", "LICENSE.txt", "CODE_OF_CONDUCT.md", ".gitignore",
                "my_theme/__init__.py", "my_theme/_layouts/default.html", "my_theme/_layouts/page.html",
                "my_theme/_layouts/post.html", "my_theme/_sass/my_theme.scss", "my_theme/assets/css/style.scss"):
        assert (root / rel).is_file(), rel
    pyproject = (root / "pyproject.toml").read_text()
    assert '[project.entry-points."pyjekyll.themes"]\nmy_theme = "my_theme:theme_root"' in pyproject
    # Usable straight away as a folder theme; its stylesheet compiles against its own _sass.
    theme = resolve_theme(str(package), tmp_path)
    _, body = front_matter(package / "assets" / "css" / "style.scss")
    css = SassConverter({}, tmp_path, theme.sass_path).convert(body, "assets/css/style.scss").css
    assert "max-width: 42rem;" in css
    with pytest.raises(ScaffoldError, match="already exists"):
        new_theme("my theme", root)
    assert not (tmp_path / "other" / "CODE_OF_CONDUCT.md").exists()


def test_theme_package_names() -> None:
    assert theme_package_name("jekyll-theme-cool") == "jekyll_theme_cool"
    assert theme_package_name("2cool") == "theme_2cool"


def test_new_theme_installs_with_pip_and_resolves_by_entry_point(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("setuptools")
    pytest.importorskip("wheel")  # pip needs it to build without build isolation
    root = tmp_path / "pyj-scaffold-theme"
    new_theme("pyj-scaffold-theme", root)
    target = tmp_path / "installed"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--no-build-isolation",
         "--disable-pip-version-check", "--target", str(target), str(root)],
        capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    monkeypatch.syspath_prepend(str(target))

    theme = resolve_theme("pyj-scaffold-theme", tmp_path)

    assert theme.root == (target / "pyj_scaffold_theme").resolve()
    assert (theme.layouts_path / "post.html").is_file()
    assert (theme.sass_path / "pyj-scaffold-theme.scss").is_file()
    assert (theme.assets_path / "css" / "style.scss").is_file()
    assert theme.version == "0.1.0"


def test_cli_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = typer.Typer()
    new_cmd.register(app)
    new_theme_cmd.register(app)
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()

    result = runner.invoke(app, ["new", "two", "words", "--skip-bundle"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "two words" / "_config.yml").is_file()
    assert runner.invoke(app, ["new", "two words", "--blank"]).exit_code == 1
    assert runner.invoke(app, ["new", "two words", "--blank", "--force"]).exit_code == 0

    result = runner.invoke(app, ["new-theme", "shiny", "-c"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "shiny" / "CODE_OF_CONDUCT.md").is_file()
    assert runner.invoke(app, ["new-theme", "shiny"]).exit_code == 1
