"""Jekyll's front matter rules: what makes a page, where the block ends, what the body is."""
import pytest

from pyjekyll.reading.frontmatter import has_yaml_header, split_front_matter


@pytest.mark.parametrize("raw,is_page", [
    (b"---\ntitle: x\n---\nbody", True),
    (b"---   \ntitle: x\n---\n", True),
    (b"---\r\ntitle: x\r\n---\r\n", True),
    (b"\xef\xbb\xbf---\ntitle: x\n---\n", False),   # BOM: static file
    (b"\n---\ntitle: x\n---\n", False),             # leading blank line
    (b"----\ntitle: x\n----\n", False),
    (b" ---\ntitle: x\n---\n", False),
    (b"--- # comment\ntitle: x\n---\n", False),
    (b"---", False),                                # no newline after the dashes
])
def test_header_detection(tmp_path, raw, is_page):
    path = tmp_path / "f.md"
    path.write_bytes(raw)
    assert has_yaml_header(str(path)) is is_page


def test_trailing_blank_lines_are_kept():
    yaml_text, body, line = split_front_matter("---\ntitle: L\n---\nT\n\n\n")
    assert yaml_text == "---\ntitle: L\n"
    assert body == "T\n\n\n"
    assert line == 4


def test_blank_lines_right_after_the_closing_dashes_go_with_them():
    # Jekyll's closing pattern lets `\s*` run over blank lines before the body.
    _, body, line = split_front_matter("---\ntitle: L\n---\n\n\nT\n")
    assert body == "T\n"
    assert line == 6


def test_three_dots_close_the_block():
    yaml_text, body, _ = split_front_matter("---\ntitle: D\n...\nrest\n")
    assert yaml_text == "---\ntitle: D\n"
    assert body == "rest\n"


def test_unclosed_block_is_all_body():
    yaml_text, body, _ = split_front_matter("---\ntitle: I\n")
    assert yaml_text is None
    assert body == "---\ntitle: I\n"

