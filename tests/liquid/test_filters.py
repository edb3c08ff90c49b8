"""Unit tests of the Jekyll/Ruby Liquid filter set, rendered through a bare python-liquid
environment (no site build). Expected values are what Ruby Liquid 5.4 / Jekyll 4.3.1 give."""
from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from typing import Any

import pytest
from liquid import Environment
from liquid.builtin.output import Output, OutputNode

from pyjekyll.liquid.filters import JEKYLL_FILTERS, register_filters
from pyjekyll.liquid.filters.errors import InvalidDateError, LiquidArgumentError, LiquidZeroDivisionError
from pyjekyll.liquid.filters.slugify import slugify
from pyjekyll.liquid.filters.strftime import strftime
from pyjekyll.liquid.filters.timeparse import parse_time
from pyjekyll.liquid.filters.uri import normalize, normalize_component
from pyjekyll.liquid.ruby import UTC_MODE, to_s


class _RubyOutputNode(OutputNode):
    def render_to_output(self, context: Any, buffer: Any) -> int:
        return buffer.write(to_s(self.expression.evaluate(context)))


class _RubyOutput(Output):
    node_class = _RubyOutputNode


class FakeSite:
    """The parts of the site object the filters use."""

    config = {"baseurl": "/base", "url": "https://Example.com"}
    time = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)

    def convert_markdown(self, text: str) -> str:
        return f"<md>{text}</md>"

    def smartify(self, text: str) -> str:
        return f"<smart>{text}</smart>"

    def convert_sass(self, text: str, syntax: str) -> str:
        return f"<{syntax}>{text}</{syntax}>"


@pytest.fixture(scope="module", autouse=True)
def utc() -> Iterator[None]:
    saved = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if saved is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = saved
    time.tzset()


@pytest.fixture(scope="module")
def env() -> Environment:
    environment = Environment(strict_filters=False)
    environment.add_tag(_RubyOutput)
    register_filters(environment)
    environment.site = FakeSite()  # type: ignore[attr-defined]
    return environment


def render(env: Environment, source: str, **data: Any) -> str:
    return env.from_string(source).render(**data)


CASES = [
    # printing
    ("{{ 1.0 }}|{{ f }}|{{ 0.1 }}", {"f": 1e20}, "1.0|1.0e+20|0.1"),
    ("{{ h }}", {"h": {"a": 1, "b": [None, True]}}, '{"a"=>1, "b"=>[nil, true]}'),
    ("{{ a }}", {"a": [1, [2, [3, None]], "x"]}, "123x"),
    # strings
    ('{{ "a b&c*~" | url_encode }}', {}, "a+b%26c%2A~"),
    ('{{ a | append: "!" }}', {"a": ["x", 1]}, '["x", 1]!'),
    ('{{ 1.5 | append: "" }}', {}, "1.5"),
    ('{{ "  one   two  three  " | truncatewords: 2 }}', {}, "one two..."),
    ('{{ "abcdef" | truncate: 2 }}|{{ "abcdef" | truncate: 4 }}', {}, "...|a..."),
    ('{{ "a,b,,c,," | split: "," | size }}', {}, "4"),
    ('{{ "  a  b " | split: " " | join: "-" }}', {}, "a-b"),
    ('{{ "hello" | slice: -3, 2 }}|{{ "hello" | slice: 10 }}', {}, "ll|"),
    ('{{ "&lt; & &#39; <" | escape_once }}', {}, "&lt; &amp; &#39; &lt;"),
    ('{{ "aaa" | replace_last: "a", "b" }}', {}, "aab"),
    ('{{ "ab?>" | base64_url_safe_encode }}|{{ "YWI_Pg" | base64_url_safe_decode }}', {}, "YWI_Pg==|ab?>"),
    # math
    ('{{ "1" | plus: "2" }}|{{ 0.1 | plus: 0.2 }}|{{ -7 | divided_by: 2 }}', {}, "3|0.3|-4"),
    ("{{ 20 | divided_by: 7.0 }}|{{ 1.0 | divided_by: 0 }}", {}, "2.857142857142857|Infinity"),
    ("{{ -7 | modulo: 3 }}|{{ -7.5 | modulo: 2 }}", {}, "2|0.5"),
    ("{{ 2.5 | round }}|{{ -2.5 | round }}|{{ 2.675 | round: 2 }}|{{ 1234.5678 | round: -2 }}", {}, "3|-3|2.68|1200"),
    ('{{ "3.5" | ceil }}|{{ -1.5 | floor }}|{{ "-19.86" | abs }}', {}, "4|-2|19.86"),
    ("{{ 4 | at_least: 4.5 }}|{{ 4.5 | at_most: 5 }}", {}, "4.5|4.5"),
    # arrays
    ('{{ a | sort_natural | join: "," }}', {"a": ["b", None, "A"]}, "A,b,"),
    ("{{ a | uniq | size }}", {"a": [1, 1.0, "1", 1]}, "3"),
    ('{{ h | first | join: "=" }}|{{ h | last }}', {"h": {"a": 1}}, "a=1|"),
    ('{{ "abc" | first }}|{{ 5 | size }}|{{ "日本" | size }}', {}, "|8|2"),
    ('{{ a | map: "n" | join: "," }}', {"a": [{"n": 1}, {"m": 2}, "n-string"]}, "1,,n"),
    # default
    ('{{ false | default: "d", allow_false: true }}|{{ "" | default: "d" }}|{{ 0 | default: "d" }}', {}, "false|d|0"),
    # dates
    ('{{ "2024-01-05 10:04:09 +0200" | date: "%-d %e %j %s %^a %P %L %z %:z" }}', {}, "5  5 005 1704441849 FRI am 000 +0200 +02:00"),
    ('{{ "garbage" | date: "%F" }}|{{ 0 | date: "%F %T" }}', {}, "garbage|1970-01-01 00:00:00"),
    ('{{ "2024-03-22" | date_to_long_string: "ordinal", "US" }}|{{ "2024-02-11" | date_to_string: "ordinal" }}', {},
     "March 22nd, 2024|11th Feb 2024"),
    ('{{ "2024-01-05T23:30:00-05:00" | date_to_xmlschema }}', {}, "2024-01-06T04:30:00+00:00"),
    # Jekyll text
    ('{{ "The _config.yml file?" | slugify: "pretty" }}', {}, "the-_config.yml-file"),
    ('{{ "Hello World" | slugify: "" }}', {}, "hello world"),
    ("{{ '日本語 text 한국어' | number_of_words: 'cjk' }}|{{ '日本語 text' | number_of_words }}", {}, "7|2"),
    ('{{ a | array_to_sentence_string: "or" }}', {"a": ["a", "b", "c"]}, "a, b, or c"),
    ("{{ h | jsonify }}", {"h": {"a": [1.0, None], "t": "/é\n"}}, '{"a":[1.0,null],"t":"/é\\n"}'),
    ("{{ h | inspect }}", {"h": {"a": "<"}}, "{&quot;a&quot;=&gt;&quot;&lt;&quot;}"),
    ('{{ "foo, bar \\\\baz?" | uri_escape }}', {}, "foo,%20bar%20%5C%5Cbaz?"),
    ('{{ "md" | markdownify }}|{{ "q" | smartify }}|{{ "s" | scssify }}', {}, "<md>md</md>|<smart>q</smart>|<scss>s</scss>"),
    # Jekyll collections
    ('{{ a | where: "v", "1" | map: "n" | join: "," }}', {"a": [{"n": "a", "v": 1}, {"n": "b", "v": "01"}, {"n": "c", "v": [1]}, {"n": "d", "v": "1.0"}]},
     "a,b,c"),
    ('{{ a | where_exp: "i", "i.n > 1" | map: "n" | join: "," }}', {"a": [{"n": 1}, {"n": 2}, {"n": 3}]}, "2,3"),
    ('{{ a | find: "n", 2 | inspect }}|{{ a | find_exp: "i", "i.n > 5" | inspect }}', {"a": [{"n": 1}, {"n": 2}]},
     "{&quot;n&quot;=&gt;2}|nil"),
    ('{{ a | group_by: "v" | map: "name" | join: "," }}', {"a": [{"v": 1}, {"v": "1"}, {"v": 1.0}, {}]}, "1,1.0,"),
    ('{{ a | group_by_exp: "i", "i.n | modulo: 2" | map: "size" | join: "," }}', {"a": [{"n": 1}, {"n": 2}, {"n": 3}]}, "2,1"),
    ('{{ a | sort: "n", "last" | map: "id" | join: "," }}', {"a": [{"id": "a", "n": "10"}, {"id": "b"}, {"id": "c", "n": "9"}]},
     "c,a,b"),
    ('{{ a | push: "d" | join }}|{{ a | pop: 2 | join }}|{{ a | shift | join }}|{{ a | unshift: 0 | join }}', {"a": ["a", "b", "c"]},
     "a b c d|a|b c|0 a b c"),
    ('{{ a | sample }}', {"a": ["only"]}, "only"),
    ('{{ "12abc" | to_integer }}|{{ true | to_integer }}|{{ -3.9 | to_integer }}', {}, "12|1|-3"),
    # URLs
    ('{{ "a b/ü" | relative_url }}|{{ "/x/../y" | absolute_url }}|{{ "mailto:x" | absolute_url }}', {},
     "/base/a%20b/%C3%BC|https://example.com/base/y|mailto:x"),
    ('{{ "/a/index.html" | strip_index }}|{{ nil | relative_url }}', {}, "/a/|"),
    # unknown and removed filters pass values through, as with Jekyll's lax filters
    ('{{ "x" | sum }}|{{ " y " | squish }}', {}, "x| y "),
]


@pytest.mark.parametrize(("source", "data", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_filter(env: Environment, source: str, data: dict[str, Any], expected: str) -> None:
    assert render(env, source, **data) == expected


@pytest.mark.parametrize(
    ("source", "error"),
    [
        ("{{ 1 | divided_by: 0 }}", LiquidZeroDivisionError),
        ("{{ 1 | modulo: 0 }}", LiquidZeroDivisionError),
        ('{{ "x" | date_to_string }}', InvalidDateError),
        ('{{ "abc" | slice: "x" }}', LiquidArgumentError),
        ("{{ nil | sort }}", LiquidArgumentError),
        ('{{ a | sort: "n", "middle" }}', LiquidArgumentError),
        ("{{ 5 | slugify }}", LiquidArgumentError),
        ('{{ "%%%" | base64_decode }}', LiquidArgumentError),
        ('{{ "abc" | truncatewords: 100000000000000000000 }}', LiquidArgumentError),
        ('{{ "999999999999999999999999999999" | date: "%F" }}', LiquidArgumentError),
        ("{{ 1.5 | round: 100000000000000000000 }}", LiquidArgumentError),
    ],
)
def test_ruby_errors_become_liquid_errors(env: Environment, source: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        render(env, source, a=[{"n": 1}])


def test_register_replaces_every_builtin(env: Environment) -> None:
    assert set(env.filters) == set(JEKYLL_FILTERS)
    for name in ("has", "reject", "sum", "find_index", "squish", "escapejs", "safe"):
        assert name not in env.filters


@pytest.mark.parametrize(
    ("text", "mode", "expected"),
    [
        ("The _config.yml file?", None, "the-config-yml-file"),
        ("The _config.yml file?", "raw", "the-_config.yml-file?"),
        ("The _config.yml file?", "ascii", "the-config-yml-file"),
        ("Ünïcødé Çafé", "latin", "unicode-cafe"),
        ("Ünïcødé 日本", "default", "ünïcødé-日本"),
        ("  --Hello--  ", None, "hello"),
        ("Mixed Case", "unknown-mode", "mixed case"),
    ],
)
def test_slugify_modes(text: str, mode: str | None, expected: str) -> None:
    assert slugify(text, mode) == expected


def test_slugify_cased() -> None:
    assert slugify("Hello World", "default", cased=True) == "Hello-World"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("%-m/%-d/%y %l:%M %p", "1/5/24 10:04 AM"),
        ("%_5d|%05e|%-10A|%10A", "    5|00005|Friday|    Friday"),
        ("%3N|%6N|%L", "123|123456|123"),
        ("%U %W %V %G %u %w", "00 01 01 2024 5 5"),
        ("%c|%D|%F|%T|%r|%R|%v", "Fri Jan  5 10:04:09 2024|01/05/24|2024-01-05|10:04:09|10:04:09 AM|10:04| 5-JAN-2024"),
        ("%Z|%z|%::z|%q", "|+0530|+05:30:00|%q"),
    ],
)
def test_strftime(fmt: str, expected: str) -> None:
    moment = dt.datetime(2024, 1, 5, 10, 4, 9, 123456, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert strftime(moment, fmt) == expected


def test_strftime_utc_mode_zone() -> None:
    assert strftime(dt.datetime(2024, 1, 5, tzinfo=UTC_MODE), "%Z %z") == "UTC +0000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-05", "2024-01-05 00:00:00 +0000"),
        ("2024-01-05T10:30:15Z", "2024-01-05 10:30:15 UTC"),
        ("2024-01-05 10:30:15 +0800", "2024-01-05 10:30:15 +0800"),
        ("Fri, 05 Jan 2024 10:00:00 GMT", "2024-01-05 10:00:00 +0000"),
        ("jan 5th, 2024", "2024-01-05 00:00:00 +0000"),
        ("05/01/2024", "2024-01-05 00:00:00 +0000"),
        ("10:00 pm", "2027-01-01 22:00:00 +0000"),
        ("march 2024", "2024-03-01 00:00:00 +0000"),
        ("2024-01-05 10:00:00 pst", "2024-01-05 10:00:00 -0800"),
        ("10.5.2024", "2024-05-10 00:00:00 +0000"),
        ("2024.01.05", "2024-01-05 00:00:00 +0000"),
    ],
)
def test_time_parse(text: str, expected: str) -> None:
    now = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)
    assert to_s(parse_time(text, now)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("/base/a b/", "/base/a%20b/"),
        ("HTTP://Example.COM:80/a/./b/../c?x=a b&y=%2b#f g", "http://example.com/a/c?x=a%20b&y=%2b#f%20g"),
        ("/ｆｕｌｌ", "/full"),
        ("/%7Efoo/%41", "/~foo/A"),
    ],
)
def test_uri_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_uri_escape_component() -> None:
    assert normalize_component("100% a%20b/é") == "100%25%20a%20b/%C3%A9"
