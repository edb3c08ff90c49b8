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
