"""The converter's public interface as other parts of pyjekyll use it."""
from __future__ import annotations

from pyjekyll.converters.markdown import KramdownConverter, smartify


def test_site_config_options_apply() -> None:
    conv = KramdownConverter({"kramdown": {"auto_ids": False}, "highlighter": "none"})
    assert conv.convert("# Title\n") == "<h1>Title</h1>\n"
    assert conv.convert("```ruby\nx\n```\n") == '<pre><code class="language-ruby">x\n</code></pre>\n'


def test_cached_result_is_the_same_and_inline_options_do_not_leak() -> None:
    conv = KramdownConverter({}, cache=True)
    first = conv.convert('{::options auto_ids="false" /}\n\n# A\n')
    assert first == conv.convert('{::options auto_ids="false" /}\n\n# A\n') == "\n<h1>A</h1>\n"
    assert conv.convert("# A\n") == '<h1 id="a">A</h1>\n'


def test_smartify_defaults_and_config() -> None:
    assert smartify('"Hi" -- it\'s...') == "“Hi” – it’s…"
    assert smartify('"Hi"', {"kramdown": {"smart_quotes": "apos,apos,quot,quot"}}) == '"Hi"'
    assert smartify(42) == "42"
