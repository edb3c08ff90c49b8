"""URL templates, escaping and cleanup as Jekyll's URL class does them."""
import pytest

from pyjekyll.content import url as urls
from pyjekyll.utils import slugify


@pytest.mark.parametrize("raw,expected", [
    ("/a/b.html", "/a/b.html"),
    ("/my page.html", "/my%20page.html"),
    ("/café/", "/caf%C3%A9/"),
    ("/c#sharp/", "/c%23sharp/"),
    ("/a+b/", "/a+b/"),
])
def test_escape_path(raw, expected):
    assert urls.escape_path(raw) == expected


def test_sanitize_collapses_and_strips_dots():
    assert urls.sanitize_url("//a//../b/./c") == "/a/b/c"


def test_page_template_drops_nil_placeholders():
    placeholders = {"path": "/docs", "basename": "intro", "output_ext": ".html"}
    fill = lambda p: (lambda t: urls.from_hash(t, p))  # noqa: E731
    assert urls.generate("/:path/:basename:output_ext", None, fill(placeholders)) == "/docs/intro.html"
    none_path = {"path": None, "basename": "x", "output_ext": ".html"}
    assert urls.generate("/:path/:basename:output_ext", None, fill(none_path)) == "/x.html"
    assert urls.generate("/:path/:basename:output_ext", "/custom/", fill(none_path)) == "/custom/"


@pytest.mark.parametrize("style,expected", [
    ("pretty", "/:path/:basename/"), ("date", "/:path/:basename:output_ext"),
    ("none", "/:path/:basename:output_ext"), ("/:title/", "/:path/:basename/"),
])
def test_permalink_suffix(style, expected):
    assert urls.add_permalink_suffix("/:path/:basename", style) == expected


@pytest.mark.parametrize("text,mode,expected", [
    ("Hello, World! Ünïcode_x", None, "hello-world-ünïcode-x"),
    ("Hello, World! Ünïcode_x", "latin", "hello-world-unicode-x"),
    ("Hello, World! Ünïcode_x", "pretty", "hello,-world!-ünïcode_x"),
    ("The _config.yml file", "ascii", "the-config-yml-file"),
    ("The _config.yml file", "raw", "the-_config.yml-file"),
    ("The _config.yml file", "none", "the _config.yml file"),
])
def test_slugify_modes(text, mode, expected):
    assert slugify(text, mode=mode) == expected
