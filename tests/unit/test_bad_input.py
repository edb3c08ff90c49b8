"""Bad input gets Jekyll's message, names the file, and leaves the destination alone."""
import io
from contextlib import redirect_stderr

from pyjekyll.cli import main


def test_unclosed_block_is_reported_as_jekyll_words_it(tmp_path):
    (tmp_path / "index.html").write_text("---\n---\nline1\n{% if x %}\nno end\n")
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-q", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    assert "'if' tag was never closed in index.html" in err.getvalue()
    assert not (tmp_path / "_site").exists()


def test_missing_include_names_file_and_line(tmp_path):
    (tmp_path / "index.html").write_text("---\n---\nline1\n{% include nope.html %}\n")
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    text = err.getvalue()
    assert "Could not locate the included file 'nope.html'" in text
    assert "(line 2)" in text and "index.html" in text
    assert "Traceback" not in text


def test_include_recursion_is_an_error_not_a_crash(tmp_path):
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "self.html").write_text("x{% include self.html %}")
    (tmp_path / "index.html").write_text("---\n---\n{% include self.html %}\n")
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    assert "Liquid Exception" in err.getvalue() and "Traceback" not in err.getvalue()


def test_relative_permalinks_stop_the_build_as_in_jekyll(tmp_path):
    (tmp_path / "_config.yml").write_text("relative_permalinks: true\n")
    (tmp_path / "index.html").write_text("---\n---\nhi\n")
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-q", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    assert "Since v3.0, permalinks for pages in subfolders must be relative" in err.getvalue()
    assert "Traceback" not in err.getvalue()


def test_nested_includes_deeper_than_python_liquids_limit_render(tmp_path):
    # 45 levels of include + for: 90 Liquid scopes, within Ruby Liquid's 100.
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "nest.html").write_text(
        "{%- assign n = include.n | minus: 1 -%}\n"
        "{%- if n > 0 -%}{%- for i in (1..1) -%}<{{ n }}{% include nest.html n=n %}>{%- endfor -%}{%- endif -%}\n")
    (tmp_path / "index.html").write_text("---\n---\n{% include nest.html n=45 %}\n")
    assert main(["build", "-q", "-s", str(tmp_path), "-d", str(tmp_path / "_site")]) == 0
    out = (tmp_path / "_site" / "index.html").read_text()
    assert out == "".join(f"<{n}" for n in range(44, 0, -1)) + ">" * 44 + "\n"


def _build_error(tmp_path, pages, includes):
    (tmp_path / "_includes").mkdir()
    for name, text in includes.items():
        (tmp_path / "_includes" / name).write_text(text)
    for name, text in pages.items():
        (tmp_path / name).write_text(text)
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-q", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    assert "Traceback" not in err.getvalue()
    return err.getvalue()


def test_error_inside_an_include_names_the_include_and_its_line(tmp_path):
    # Jekyll 4.3.1: "Liquid error (<include path> line 2): divided by 0 included in index.html"
    text = _build_error(tmp_path, {"index.html": "---\n---\nx\n{% include zero.html %}\n"},
                        {"zero.html": "a\n{{ 1 | divided_by: 0 }}\n"})
    inc = tmp_path / "_includes" / "zero.html"
    assert f"Liquid Exception: Liquid error ({inc} line 2): divided by 0 included in index.html" in text
    assert "2 | {{ 1 | divided_by: 0 }}" in text


def test_syntax_error_inside_an_include_names_the_include(tmp_path):
    # Jekyll 4.3.1: "Liquid syntax error (<include path> line 2): Unknown tag 'foo' included in index.html"
    text = _build_error(tmp_path, {"index.html": "---\n---\n{% include syn.html %}\n"},
                        {"syn.html": "ok\n{% foo %}\n"})
    inc = tmp_path / "_includes" / "syn.html"
    assert f"Liquid syntax error ({inc} line 2): Unknown tag 'foo' included in index.html" in text


def test_error_in_a_nested_include_names_the_innermost_file(tmp_path):
    text = _build_error(tmp_path, {"index.html": "---\n---\n{% include mid.html %}\n"},
                        {"mid.html": "line1\n{% include zero.html %}\n", "zero.html": "a\nb\n{{ 1 | divided_by: 0 }}\n"})
    inc = tmp_path / "_includes" / "zero.html"
    assert f"Liquid error ({inc} line 3): divided by 0 included in index.html" in text


def test_sass_error_names_the_stylesheet_and_its_line(tmp_path):
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "frame.sass").write_text("---\n---\n.a\n  width: max(1.5em, 22% - 6rem)\n")
    err = io.StringIO()
    with redirect_stderr(err):
        status = main(["build", "-s", str(tmp_path), "-d", str(tmp_path / "_site")])
    assert status == 1
    text = err.getvalue()
    assert "Conversion error:" in text and "'assets/frame.sass'" in text
    assert "Incompatible units" in text and "on line 2" in text
    assert "Traceback" not in text
