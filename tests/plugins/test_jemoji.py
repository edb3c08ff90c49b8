"""jemoji details the fixture sites do not reach: the asset URL joining and bad `emoji:`
configuration, which stops the Ruby plugin with a Ruby exception and pyjekyll with a
clear message."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pyjekyll.cli import main as pyjekyll_main
from pyjekyll.plugins.jemoji import EmojiConfigError, asset_root, emoji_files, emoji_spans, join_url

_PIECES = (":", "::", "smile", "+1", "-1", "x", "foo", " ", "a", "b", "ab", "1", "_", "\n", "e-mail", "SMILE", "<")


def test_names_found_as_the_plugins_alternation_finds_them() -> None:
    """The Ruby plugin matches `:(name|name|...):` over every name, sorted."""
    alternation = re.compile(":(" + "|".join(re.escape(n) for n in sorted(emoji_files())) + "):")
    pick = random.Random(5)
    for _ in range(3000):
        text = "".join(pick.choice(_PIECES) for _ in range(pick.randint(1, 12)))
        want = [(m.start(), m.end(), m.group(1)) for m in alternation.finditer(text)]
        assert list(emoji_spans(text)) == want, text


@pytest.mark.parametrize(("root", "joined"), [
    # Ruby: File.join(root, "emoji/a.png")
    ("https://x/", "https://x/emoji/a.png"),
    ("https://x//", "https://x//emoji/a.png"),
    ("https://x", "https://x/emoji/a.png"),
    ("", "/emoji/a.png"),
])
def test_join_url_is_ruby_file_join(root: str, joined: str) -> None:
    assert join_url(root, "emoji/a.png") == joined


def test_asset_root_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ASSET_HOST_URL", raising=False)
    assert asset_root({}) == "https://github.githubassets.com/images/icons/"
    monkeypatch.setenv("ASSET_HOST_URL", "http://h.test//")
    assert asset_root({}) == "http://h.test//images/icons/"  # only one slash is trimmed
    assert asset_root({"emoji": {"src": "/e"}}) == "/e"
    assert asset_root({"emoji": {}}) == "http://h.test//images/icons/"


@pytest.mark.parametrize("setting", ["true", "'https://x/'", "{src: 5}", "[a]", ""])
def test_bad_emoji_setting_stops_the_build_cleanly(setting: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "_config.yml").write_text(f"plugins: [jemoji]\nemoji: {setting}\n", encoding="utf-8")
    (src / "index.md").write_text("---\n---\nHi :smile:\n", encoding="utf-8")
    try:
        status = pyjekyll_main(["build", "-q", "-s", str(src), "-d", str(tmp_path / "site")])
    except SystemExit as stop:
        status = stop.code if isinstance(stop.code, int) else 1
    captured = capsys.readouterr()
    assert status != 0
    assert "Traceback" not in captured.out + captured.err
    assert "emoji" in captured.out + captured.err


def test_bad_emoji_setting_is_our_error() -> None:
    with pytest.raises(EmojiConfigError, match="mapping"):
        asset_root({"emoji": True})
