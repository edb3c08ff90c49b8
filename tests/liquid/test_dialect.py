"""Ruby Liquid 5.4's reading of markup (strict parser, lax fallback, `error_mode`) on
pyjekyll's Liquid environment, without a site build.

Expected outputs and warning texts are what Ruby Liquid 5.4 under Jekyll 4.3.1 gives for
the same template and data (checked with the installed Ruby); the golden versions of
these cases live in the conformance suite (group `dialect`)."""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from liquid.exceptions import LiquidSyntaxError

from pyjekyll.liquid.environment import JekyllEnvironment, create_environment
from pyjekyll.liquid.strict_markup import StrictSyntaxError, tokenize

DATA: dict[str, Any] = {
    "page": {"s": "  ", "e": [], "h": {"a": 1}, "caf": "X"},
    "x": "XX",
    "n": None,
    "arr": [1, 2, 3],
}


class FakeSite:
    """The parts of the site object the environment reads while parsing and rendering."""

    plugin_manager = None
    theme = None
    time = dt.datetime(2027, 1, 1, tzinfo=dt.timezone.utc)

    def __init__(self, liquid: dict[str, Any]) -> None:
        self.config = {"liquid": liquid, "baseurl": "", "url": ""}


def _environment(error_mode: str | None = None) -> JekyllEnvironment:
    options = {"error_mode": error_mode} if error_mode else {}
    return create_environment(FakeSite(options))  # type: ignore[arg-type]


def render(source: str, error_mode: str | None = None) -> tuple[str, list[str]]:
    env = _environment(error_mode)
    env.parse_warnings = []
    template = env.from_string(source)
    return template.render(**DATA), env.parse_warnings


LAX_OUTPUT = [
    ('{{ "a\\"b" }}', "a\\", 'Unexpected character " in "{{ "a\\"b" }}"'),
    ("{{ 1e3 | plus: 1 }}", "1", 'Expected end_of_string but found id in "{{ 1e3 | plus: 1 }}"'),
    ("{{ 1.5e2 | plus: 0 }}", "0", 'Expected end_of_string but found id in "{{ 1.5e2 | plus: 0 }}"'),
    ("{{ -x }}", "", '[:dash, "-"] is not a valid expression in "{{ -x }}"'),
    ('{{ x | append: "a" "b" }}', "XXa", 'Expected end_of_string but found string in "{{ x | append: "a" "b" }}"'),
    ("{{ x | default: }}", "XX", '[:end_of_string] is not a valid expression in "{{ x | default: }}"'),
    ("{{ x y z }}", "XX", 'Expected end_of_string but found id in "{{ x y z }}"'),
    ("{{ | upcase }}", "", '[:pipe, "|"] is not a valid expression in "{{ | upcase }}"'),
    ('{{ "x" | }}', "x", 'Expected id but found end_of_string in "{{ "x" | }}"'),
    ('{{ arr | join: , "-" }}', "1-2-3", '[:comma, ","] is not a valid expression in "{{ arr | join: , "-" }}"'),
    ("{{ page.café }}", "X", 'Unexpected character é in "{{ page.café }}"'),
    ("{{ 'it''s' }}", "it", "Expected end_of_string but found string in \"{{ 'it''s' }}\""),
    ("{{ 1.2.3 }}", "1.2", 'Expected end_of_string but found dot in "{{ 1.2.3 }}"'),
    ("{{ 5 | plus: 1.2.3 }}", "6.2", 'Expected end_of_string but found dot in "{{ 5 | plus: 1.2.3 }}"'),
    ('{{ "x" | replace: "x", "y" z }}', "y", 'Expected end_of_string but found id in "{{ "x" | replace: "x", "y" z }}"'),
    ("{{ a || b }}", "", 'Expected id but found pipe in "{{ a || b }}"'),
]


@pytest.mark.parametrize(("source", "expected", "warning"), LAX_OUTPUT, ids=[c[0] for c in LAX_OUTPUT])
def test_lax_fallback_output_and_warning(source: str, expected: str, warning: str) -> None:
    assert render(source) == (expected, [f"Liquid syntax error (line 1): {warning}"])


STRICT_OUTPUT = [
    ("{{ (3..1) }}|{{ (1.5..3) }}|{{ (\"a\"..x) }}|{{ (1..n) }}", "3..1|1..3|0..0|1..0"),
    ("{% assign r = (4..2) %}{{ r }}{% for i in r %}no{% endfor %}", "4..2"),
    ('{{ page.h["a"] }}|{{ page["h"].a }}|{{ ["x"] }}|{{ arr.size }}|{{ arr.first }}|{{ arr[-1] }}', "1|1|XX|3|1|3"),
    ("{{ x | slice: 0 , 1 }}|{{ \"a b\" | split: \" \" | join: \"-\" }}", "X|a-b"),
    ("{{ }}|{{ empty }}|{{ blank }}|{{ nil }}|{{ null }}|{{ true }}", "|||||true"),
    ("{{ -5 | plus: 1 }}|{{ 2.50 }}|{{ 'single' }}", "-4|2.5|single"),
]


@pytest.mark.parametrize(("source", "expected"), STRICT_OUTPUT, ids=[c[0] for c in STRICT_OUTPUT])
def test_strict_reading(source: str, expected: str) -> None:
    assert render(source) == (expected, [])


def test_assign_and_echo_fall_back_with_their_own_context() -> None:
    output, warnings = render('{% assign v = "q\\"z" | upcase %}{{ v }}|{% echo "e\\"f" | upcase %}')
    assert output == "Q\\|E\\"
    assert warnings == [
        'Liquid syntax error (line 1): Unexpected character " in "{{"q\\"z" | upcase }}"',
        'Liquid syntax error (line 1): Unexpected character " in "{{"e\\"f" | upcase }}"',
    ]


def test_assign_target_is_the_literal_text_before_the_equals_sign() -> None:
    assert render("{% assign w.x = 5 %}{{ w.x }}") == ("", [])


def test_assign_without_equals_is_fatal() -> None:
    with pytest.raises(LiquidSyntaxError, match="Valid syntax: assign \\[var\\] = \\[source\\]"):
        render("{% assign v %}")


FOR_LOOPS = [
    ("{% for i in (1..6) limit: 3 offset: 2 reversed %}{{ i }}{% endfor %}", "345",
     ['Expected end_of_string but found id in "i in (1..6) limit: 3 offset: 2 reversed"']),
    ("{% for i in (1..6) reversed limit: 3 %}{{ i }}{% endfor %}", "321", []),
    ("{% for i in (1..4) reversed, offset: 1 %}{{ i }}{% endfor %}", "432",
     ['Expected end_of_string but found comma in "i in (1..4) reversed, offset: 1"']),
    ("{% for i in x %}a{% else %}E{% endfor %}|{% for i in n %}a{% else %}E{% endfor %}", "a|E", []),
    ("{% for i in (1..6) limit: 2 %}{{i}}{% endfor %}{% for i in (1..6) offset: continue limit: 2 %}{{i}}{% endfor %}",
     "1234", []),
]


@pytest.mark.parametrize(("source", "expected", "warnings"), FOR_LOOPS, ids=[c[0] for c in FOR_LOOPS])
def test_for_markup(source: str, expected: str, warnings: list[str]) -> None:
    assert render(source) == (expected, [f"Liquid syntax error (line 1): {w}" for w in warnings])


def test_for_without_in_is_fatal() -> None:
    with pytest.raises(LiquidSyntaxError, match="Valid syntax: for \\[item\\] in \\[collection\\]"):
        render("{% for i (1..3) %}{% endfor %}")


def test_warning_line_is_where_the_markup_starts() -> None:
    source = '{{ 1 }}\n{{\n x | foo: "\\"" }}\n{% for\n i in (1..2) limit: 1 offset: 0 reversed %}{% endfor %}'
    _, warnings = render(source)
    assert [w.split(":")[0] for w in warnings] == ["Liquid syntax error (line 2)", "Liquid syntax error (line 5)"]


def test_error_mode_strict_makes_the_failure_fatal() -> None:
    with pytest.raises(LiquidSyntaxError, match='Unexpected character " in "{{ "a\\\\"b" }}"'):
        render('{{ "a\\"b" }}', error_mode="strict")
    with pytest.raises(LiquidSyntaxError, match="Expected end_of_string but found id"):
        render("{% for i in (1..3) limit: 1 reversed %}{% endfor %}", error_mode="strict")


def test_error_mode_lax_falls_back_silently() -> None:
    assert render('{{ "a\\"b" }}|{% for i in (1..3) limit: 2 reversed %}{{ i }}{% endfor %}', error_mode="lax") == (
        "a\\|12", [])


def test_warnings_are_logged_at_each_render(capsys: pytest.CaptureFixture[str]) -> None:
    env = _environment()
    for _ in range(2):
        assert env.render_template("{{ 1e3 }}", dict(DATA), "_layouts/x.html") == ""
    err = capsys.readouterr().err.splitlines()
    assert err == [
        '    Liquid Warning: Liquid syntax error (line 1): Expected end_of_string but found id in "{{ 1e3 }}" '
        "in _layouts/x.html"] * 2


WHITESPACE = [
    ("a  {{- 'b' -}}  c\n", "abc\n"),
    ("[\n{%- if true -%}\n  yes\n{%- endif -%}\n]\n", "[yes]\n"),
    ("x {{- 1 -}}\n", "x1"),
    ("x {{- 1 -}} \n\n", "x1"),
]


@pytest.mark.parametrize(("source", "expected"), WHITESPACE, ids=[repr(c[0]) for c in WHITESPACE])
def test_whitespace_control_keeps_final_newline_rules(source: str, expected: str) -> None:
    assert render(source) == (expected, [])


def test_strict_tokens() -> None:
    assert tokenize("a.b-c? | f: 'x', -1.5 (1..2) == contains ") == [
        ("id", "a"), ("dot", "."), ("id", "b-c?"), ("pipe", "|"), ("id", "f"), ("colon", ":"),
        ("string", "'x'"), ("comma", ","), ("number", "-1.5"), ("open_round", "("), ("number", "1"),
        ("dotdot", ".."), ("number", "2"), ("close_round", ")"), ("comparison", "=="), ("comparison", "contains"),
        ("end_of_string", ""),
    ]
    with pytest.raises(StrictSyntaxError, match="Unexpected character @"):
        tokenize("a @ b")


def test_render_tag_fails_only_when_rendered() -> None:
    from liquid.exceptions import LiquidError

    assert render('a{% if false %}{% render "x.html" %}{% endif %}') == ("a", [])
    with pytest.raises(LiquidError, match="This liquid context does not allow includes."):
        render('{% render "x.html" %}')
    with pytest.raises(LiquidSyntaxError, match="Template name must be a quoted string"):
        render("{% render x %}")


CONDITIONS = [
    ("{% if page.s == blank %}B{% endif %}|{% if empty %}E{% endif %}|{% if page.e == empty %}EE{% endif %}"
     "|{% if page.e != blank %}NB{% endif %}|{% if n == empty %}NE{% endif %}|{% if \"\" == empty %}SE{% endif %}",
     "|E|EE|NB||SE", []),
    ("{% if true and false or true %}T{% else %}F{% endif %}|{% if false or true and false %}T{% else %}F{% endif %}"
     "|{% if 1 < 2 and \"b\" > \"a\" %}Y{% endif %}|{% if n < 1 %}L{% else %}NL{% endif %}"
     "|{% if arr contains 2 %}C{% endif %}|{% if \"abc\" contains \"b\" %}S{% endif %}"
     "|{% if page.h contains \"a\" %}H{% endif %}",
     "T|F|Y|NL|C|S|H", []),
    ("{% if x == \"XX\" %}1{% elsif true %}2{% else %}3{% endif %}|{% unless false %}U{% endunless %}"
     "|{% unless true %}a{% elsif x %}b{% else %}c{% endunless %}|{% if false %}a{% else %}b{% else %}c{% endif %}"
     "|{% if false %}a{% else junk %}b{% endif %}",
     "1|U|b|b|b", []),
    ("{% if x contains %}x{% else %}y{% endif %}|{% if arr.size >= 3 %}z{% endif %}"
     "|{% if (1..3) contains 2 %}r{% endif %}|{% if x == \"XX\" and x != \"a\" or false %}AO{% endif %}",
     "y|z|r|AO", ['[:end_of_string] is not a valid expression in "x contains"']),
    ("{% unless x == \"XX\" or 1 > 2 %}a{% else %}b{% endunless %}|{% if nil == empty %}N{% endif %}"
     "|{% if 5 == empty %}F{% endif %}|{% if 1 == 1.0 %}IF{% endif %}|{% if true == 1 %}TI{% endif %}",
     "b|||IF|", []),
]


@pytest.mark.parametrize(("source", "expected", "warnings"), CONDITIONS, ids=[str(i) for i in range(len(CONDITIONS))])
def test_conditions(source: str, expected: str, warnings: list[str]) -> None:
    assert render(source) == (expected, [f"Liquid syntax error (line 1): {w}" for w in warnings])


@pytest.mark.parametrize(("source", "message"), [
    ('{% if "a\\"b" == x %}y{% endif %}', "Unknown operator b"),
    ('{% if x = "XX" %}eq{% endif %}', "Unknown operator ="),
    ('{% if 1 < "a" %}x{% endif %}', "comparison of Integer with String failed"),
    ('{% if "a" < 1 %}x{% endif %}', "comparison of String with 1 failed"),
])
def test_condition_errors_when_evaluated(source: str, message: str) -> None:
    from liquid.exceptions import LiquidError

    with pytest.raises(LiquidError, match=re.escape(message)):
        render(source)
    assert render("{% if false and " + source[6:])[0] == ""


def test_condition_the_lax_reading_rejects_is_fatal() -> None:
    with pytest.raises(LiquidSyntaxError, match=re.escape("Syntax Error in tag 'if' - Valid syntax: if [expression]")):
        render("{% if x == 'XX' or %}o{% endif %}")


def test_liquid_tag_lines_are_markup_up_to_the_line_end() -> None:
    source = ('{% liquid\necho "a" | upcase\nassign b = "x\\"y"\nif b contains "x"\n  echo b\nendif\n'
              "for i in (1..3) reversed limit: 2\necho i\nendfor\n%}")
    assert render(source) == ("Ax\\21", ['Liquid syntax error (line 3): Unexpected character " in "{{"x\\"y"}}"'])
    assert render("{% liquid assign c = 1e3 | plus: 1 \necho c %}") == (
        "1", ['Liquid syntax error (line 1): Expected end_of_string but found id in "{{1e3 | plus: 1 }}"'])


CASES = [
    ('{% case x %}pre{% when "XX" %}a{% when "XX", "b" %}b{% else %}e{% endcase %}|{% case 1 %}{% when 1, 1 %}x'
     "{% endcase %}|{% case 1 %}{% else %}e{% when 1 %}w{% else %}f{% endcase %}", "ab|xx|ew"),
    ('{% case page.s %}{% when blank %}B{% when "  " %}S{% endcase %}|{% case page.e %}{% when empty %}E{% endcase %}'
     "|{% case n %}{% when nil %}N{% when empty %}NE{% else %}O{% endcase %}"
     "|{% case \"a\\\"b\" %}{% when 'a\\' %}q{% endcase %}|{% case 2 %}{% when 1 or 2 %}or{% endcase %}", "S|E|N|q|or"),
]


@pytest.mark.parametrize(("source", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_case_tag(source: str, expected: str) -> None:
    assert render(source) == (expected, [])


@pytest.mark.parametrize(("source", "message"), [
    ("{% case x %}{% else y %}e{% endcase %}", "Valid else condition"),
    ("{% case %}{% endcase %}", "Syntax Error in 'case' - Valid syntax: case [condition]"),
    ("{% case x %}{% when %}e{% endcase %}", "Valid when condition"),
])
def test_case_tag_syntax_errors(source: str, message: str) -> None:
    with pytest.raises(LiquidSyntaxError, match=re.escape(message)):
        render(source)


LEXING = [
    ("a {{- 1 -}}\u00a0b \u3000{{- 2 }}", "a1\u00a0b \u30002"),
    ("x{% raw -%}  r  {% endraw -%}  y", "x  r  y"),
    ("x {%- raw %}  r {{ x }} {% endraw junk %}  y", "x  r {{ x }}   y"),
    ("x{% raw %}a{% endrawx %}b{% endraw %}c", "xa{% endrawx %}bc"),
    ("{%- comment -%} x {%- endcomment -%}  after {% comment %}{% comment %}{% endcomment %}{% endcomment %}z",
     "after z"),
]


@pytest.mark.parametrize(("source", "expected"), LEXING, ids=[repr(c[0]) for c in LEXING])
def test_lexing(source: str, expected: str) -> None:
    assert render(source) == (expected, [])


@pytest.mark.parametrize(("source", "message"), [
    ("a {{ x }", "Variable '{{ x }' was not properly terminated with regexp: /\\}\\}/"),
    ("a {% x", "Tag '{%' was not properly terminated with regexp: /\\%\\}/"),
    ("a {% %} b", "Tag '{% %}' was not properly terminated with regexp: /\\%\\}/"),
])
def test_unterminated_delimiters(source: str, message: str) -> None:
    with pytest.raises(LiquidSyntaxError, match=re.escape(message)):
        render(source)


def test_where_exp_condition_reads_sides_as_plain_expressions() -> None:
    from liquid import Environment, RenderContext
    from liquid.token import Token

    from pyjekyll.liquid.condition import where_exp_condition

    template = Environment().from_string("")
    utc = dt.timezone.utc

    def holds(markup: str, **scope: Any) -> bool:
        return where_exp_condition(markup, Token("expression", markup, 0, markup)).evaluate(
            RenderContext(template, globals=scope))

    now = {"time": dt.datetime(2027, 1, 1, tzinfo=utc)}
    assert holds("p.date > site.time", p={"date": dt.datetime(2030, 1, 1, tzinfo=utc)}, site=now)
    assert not holds("p.date > site.time", p={"date": dt.datetime(2023, 1, 1, tzinfo=utc)}, site=now)
    # In Jekyll 4.3.1, `{{ page.e | where_exp: "i", "i == empty" }}` keeps nothing,
    # while "empty == empty" keeps everything (Jekyll's literal objects equal only themselves).
    assert not holds("i == empty", i=[])
    assert holds("i != empty", i=[])
    assert holds("empty == empty")
    with pytest.raises(StrictSyntaxError):
        holds("i ==")
