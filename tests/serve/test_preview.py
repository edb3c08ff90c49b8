"""`preview`: the gallery site renders every layout of a theme and links each from its index."""
from __future__ import annotations

import re
from pathlib import Path

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.gallery import prepare, theme_plugins, write_gallery


def test_gallery_of_the_bundled_theme(tmp_path) -> None:
    logger.level = ERROR
    theme_value, root, layouts = prepare("pyjekyll-academic", str(tmp_path))
    assert root is not None and layouts
    source = tmp_path / "src"
    write_gallery(source, theme_value, layouts, root.name, theme_plugins(root))
    dest = tmp_path / "_site"
    load_site({"source": str(source), "destination": str(dest), "quiet": True}).process()
    index = (dest / "index.html").read_text()
    links = re.findall(r'href="(/layouts/[^"]+)"', index)
    assert len(links) == 2 * len(layouts)
    for link in links:
        page = dest / link.strip("/") / "index.html"
        assert page.is_file(), link
        assert "A second-level heading" in page.read_text()
    assert (dest / "blog" / "index.html").is_file() and (dest / "blog" / "page2" / "index.html").is_file()
    assert (dest / "assets" / "preview" / "sample.svg").is_file()


def test_local_theme_folder(tmp_path) -> None:
    logger.level = ERROR
    theme = tmp_path / "my-theme"
    (theme / "_layouts").mkdir(parents=True)
    (theme / "_layouts" / "default.html").write_text("<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>")
    (theme / "_layouts" / "wide.html").write_text("---\nlayout: default\n---\n<div class=wide>{{ content }}</div>")
    theme_value, root, layouts = prepare(str(theme), str(tmp_path))
    assert layouts == ["default", "wide"] and Path(theme_value) == theme
    source = tmp_path / "src"
    write_gallery(source, theme_value, layouts, "my-theme")
    dest = tmp_path / "_site"
    load_site({"source": str(source), "destination": str(dest), "quiet": True}).process()
    wide = (dest / "layouts" / "wide" / "index.html").read_text()
    assert "<div class=wide>" in wide and "<h1>Wide</h1>" in wide
