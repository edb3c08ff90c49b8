"""convert() must return HTML for any input: never raise, never hang on hostile text."""
from __future__ import annotations

import time

import pytest

from pyjekyll.converters.markdown import KramdownConverter, smartify

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings, strategies as st  # noqa: E402

CONVERTER = KramdownConverter({})
# Fragments that exercise many rules at once; the fuzzer glues them with random text.
TOKENS = ["*", "**", "_", "`", "```", "~~~", "[", "]", "(", ")", "![", "<", ">", "</div>", "<div>",
          "<div markdown=\"1\">", "<span>", "<!--", "-->", "{:", "}", "{::comment}", "{:/}", "{: .x}",
          "\n", "\n\n", "    ", "\t", "> ", "* ", "1. ", "# ", "|", "---", "===", "$$", "&", "&amp;",
          "&#", ";", "\\", "'", "\"", "[^1]", "[^1]: ", ": ", "*[", "]:", "^", "\r\n", "\u00a0", "😀"]
fragments = st.one_of(st.sampled_from(TOKENS), st.text(max_size=8))


@settings(max_examples=300, deadline=None)
@given(st.lists(fragments, max_size=40).map("".join))
def test_convert_never_raises(text: str) -> None:
    out = CONVERTER.convert(text)
    assert isinstance(out, str)


@settings(max_examples=100, deadline=None)
@given(st.lists(fragments, max_size=30).map("".join))
def test_smartify_never_raises(text: str) -> None:
    assert isinstance(smartify(text), str)


HOSTILE = {
    "deep-quotes": ">" * 800 + " deep\n",
    "deep-list": "".join("  " * i + "* x\n" for i in range(400)),
    "deep-html": "<div>" * 3000 + "x",
    "deep-markdown-html": '<div markdown="1">' * 800 + "x",
    "open-brackets": "[" * 20000,
    "unclosed-emphasis": "*a " * 20000,
    "backtick-run": "`" * 30001,
    "unclosed-fences": "```\n" * 3000,
    "long-line": "word " * 100000,
    "long-table": "| a |\n|---|\n" + "| 1 |\n" * 3000,
}


@pytest.mark.parametrize("text", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_input_returns_quickly(text: str) -> None:
    start = time.perf_counter()
    out = CONVERTER.convert(text)
    assert isinstance(out, str)
    assert time.perf_counter() - start < 30


NATIVE = KramdownConverter({"kramdown": {"html_to_native": True, "parse_block_html": True}})
# HTML pieces for `html_to_native`, including the ones kramdown itself fails on (a lone `<th>`,
# an empty `<table>`, a `<td>` outside a row).
HTML_TOKENS = ["<div>", "</div>", "<p>", "</p>", "<b>", "</b>", "<i> ", "<a href='x'>", "</a>", "<pre>",
               "<code class='language-ruby'>", "</code>", "</pre>", "<table>", "</table>", "<tr>", "<td>",
               "<th style='text-align: left'>", "</th>", "<thead>", "<tbody>", "<ul>", "<li>", "</li>",
               "<dl><dt>", "<dd>", "<h2>", "</h2>", "<hr>", "<br>", "<img src=x>", "<script type='math/tex'>",
               "</script>", "<textarea>", "&amp;", "&ldquo;", "&bogus;", "&#1;", " ", "\n", "\n\n", "x",
               "markdown=\"1\"", "<!-- c -->", "<?pi ?>"]
html_fragments = st.one_of(st.sampled_from(HTML_TOKENS), st.sampled_from(TOKENS), st.text(max_size=4))


@settings(max_examples=200, deadline=None)
@given(st.lists(html_fragments, max_size=40).map("".join))
def test_html_to_native_never_raises(text: str) -> None:
    assert isinstance(NATIVE.convert(text), str)


@pytest.mark.parametrize("text", ["<th>x</th>\n", "<table></table>\n", "<tr><td>a</td></tr>\n",
                                  "<thead><tr><th>h</th></tr></thead>\n", "<script type='math/tex'></script>\n",
                                  "<div>" * 300 + "x"])
def test_html_to_native_where_kramdown_fails(text: str, caplog: pytest.LogCaptureFixture) -> None:
    """kramdown raises on these; we write HTML and log nothing."""
    assert NATIVE.convert(text)
    assert not caplog.records
