"""Ruby value printing: `to_s`, `inspect` and JSON as Ruby 3.1 / Liquid 5.4 write them."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from pyjekyll.liquid.ruby import UTC_MODE, float_to_s, inspect, json_generate, json_pretty_generate, to_s


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1.0, "1.0"), (100.0, "100.0"), (0.1, "0.1"), (1e15, "1.0e+15"), (1e14, "100000000000000.0"),
        (0.0001, "0.0001"), (0.00001, "1.0e-05"), (1.5e-7, "1.5e-07"), (-0.0, "-0.0"),
        (123456789.123456789, "123456789.12345679"), (2.0**70, "1.1805916207174113e+21"),
        (float("inf"), "Infinity"), (float("nan"), "NaN"),
    ],
)
def test_float_to_s(value: float, expected: str) -> None:
    assert float_to_s(value) == expected


EIGHT = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""), (True, "true"), (False, "false"), (42, "42"), ("s", "s"),
        ([1, [2, [3, None]], {"a": None}], '123{"a"=>nil}'),
        ({"a": 1, "b": [None, True, 1.0]}, '{"a"=>1, "b"=>[nil, true, 1.0]}'),
        (dt.datetime(1970, 1, 1, tzinfo=UTC_MODE), "1970-01-01 00:00:00 UTC"),
        (dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc), "1970-01-01 00:00:00 +0000"),
        (dt.datetime(1970, 1, 1, 8, tzinfo=EIGHT), "1970-01-01 08:00:00 +0800"),
        (dt.date(2024, 1, 5), "2024-01-05"),
        (range(1, 6), "1..5"),
        (Decimal("1.5"), "0.15e1"), (Decimal("-0.001"), "-0.1e-2"), (Decimal("100"), "0.1e3"),
    ],
)
def test_to_s(value: object, expected: str) -> None:
    assert to_s(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x\"\\\n#{ #x \x01\x7f\u00a0\u2028\x1b", '"x\\"\\\\\\n\\#{ #x \\u0001\\u007F\u00a0\\u2028\\e"'),
        ([1, "a", None, 2.5], '[1, "a", nil, 2.5]'),
        ({}, "{}"),
        (dt.datetime(1970, 1, 1, 0, 0, 1, 500000, tzinfo=UTC_MODE), "1970-01-01 00:00:01.5 UTC"),
        (dt.date(2024, 1, 5), "#<Date: 2024-01-05 ((2460315j,0s,0n),+0s,2299161j)>"),
    ],
)
def test_inspect(value: object, expected: str) -> None:
    assert inspect(value) == expected


def test_json_generate() -> None:
    value = {"a": "x/\u2028\x01\t<>&é", "b": [1.0, 1e20, None, True], "c": {}}
    assert json_generate(value) == '{"a":"x/\u2028\\u0001\\t<>&é","b":[1.0,1.0e+20,null,true],"c":{}}'


def test_json_pretty_generate_empty_containers() -> None:
    assert json_pretty_generate({"a": [], "b": {}, "c": [1, {"d": 2}]}) == (
        '{\n  "a": [\n\n  ],\n  "b": {\n  },\n  "c": [\n    1,\n    {\n      "d": 2\n    }\n  ]\n}'
    )
