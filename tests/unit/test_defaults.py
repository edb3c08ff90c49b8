"""Front matter defaults: scope matching and precedence (longer path wins, then type)."""
from types import SimpleNamespace

from pyjekyll.content.defaults import FrontMatterDefaults


def make(defaults, source="/site"):
    site = SimpleNamespace(config={"defaults": defaults, "collections_dir": ""}, source=source, tz=None)
    return FrontMatterDefaults(site)


def test_longer_path_wins_over_shorter():
    fd = make([
        {"scope": {"path": ""}, "values": {"layout": "base", "a": 1}},
        {"scope": {"path": "docs"}, "values": {"layout": "doc"}},
    ])
    assert fd.find("docs/intro.md", "pages", "layout") == "doc"
    assert fd.all("docs/intro.md", "pages") == {"layout": "doc", "a": 1}
    assert fd.find("about.md", "pages", "layout") == "base"


def test_type_breaks_ties_and_filters():
    fd = make([
        {"scope": {"path": ""}, "values": {"layout": "any"}},
        {"scope": {"path": "", "type": "posts"}, "values": {"layout": "post"}},
    ])
    assert fd.find("_posts/2024-01-01-x.md", "posts", "layout") == "post"
    assert fd.find("index.md", "pages", "layout") == "any"


def test_legacy_type_names():
    fd = make([{"scope": {"type": "post"}, "values": {"comments": True}}])
    assert fd.find("_posts/x.md", "posts", "comments") is True


def test_invalid_sets_are_skipped():
    fd = make([{"scope": {"path": ""}}, "nonsense", {"values": {"x": 1}}])
    assert fd.all("a.md", "pages") == {"x": 1}


def test_glob_scope(tmp_path):
    (tmp_path / "photos" / "2024").mkdir(parents=True)
    fd = make([{"scope": {"path": "photos/*"}, "values": {"gallery": True}}], source=str(tmp_path))
    assert fd.find("photos/2024/a.md", "pages", "gallery") is True
    assert fd.find("blog/a.md", "pages", "gallery") is None
