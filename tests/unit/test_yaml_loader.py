"""YAML read as Ruby's Psych reads it (facts measured against Jekyll 4.3.1)."""
import datetime as dt

import pytest

from pyjekyll.reading.yaml_loader import JekyllYAMLError, load_yaml


def test_offset_without_colon_is_a_time():
    value = load_yaml("d: 2024-01-05 10:00:00 +0800")["d"]
    assert value == dt.datetime(2024, 1, 5, 2, 0, tzinfo=dt.timezone.utc)
    assert value.utcoffset() == dt.timedelta(hours=8)


def test_naive_time_is_utc_shown_in_local_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    value = load_yaml("d: 2024-01-05 10:00:00")["d"]
    assert value.utcoffset() == dt.timedelta(hours=8)
    assert (value.hour, value.minute) == (18, 0)


def test_z_suffix_stays_in_utc_mode():
    from pyjekyll.liquid.ruby import is_utc_mode, to_s

    value = load_yaml("d: 2024-01-05T10:00:00Z")["d"]
    assert is_utc_mode(value)
    assert to_s(value) == "2024-01-05 10:00:00 UTC"


def test_impossible_dates_stay_strings():
    data = load_yaml("a: 2024-13-45\nb: 2023-02-29\nc: 2024-02-29")
    assert data["a"] == "2024-13-45"
    assert data["b"] == "2023-02-29"
    assert data["c"] == dt.date(2024, 2, 29)


@pytest.mark.parametrize("text,expected", [
    ("yes", True), ("No", False), ("on", True), ("off", False), ("y", "y"), ("~", None),
    ("010", 8), ("0o17", "0o17"), ("0x1F", 31), ("1_000", 1000), ("1e3", "1e3"),
    ("1.10", 1.1), ("1:30", 5400), ("12:30:00", 45000), ("08", "08"),
])
def test_yaml_1_1_scalars(text, expected):
    assert load_yaml(f"v: {text}")["v"] == expected


def test_binary_is_text():
    assert load_yaml("v: !!binary aGVsbG8=")["v"] == "hello"


def test_errors_carry_line_and_column():
    with pytest.raises(JekyllYAMLError) as info:
        load_yaml("a: 1\nb: [1, 2\nc: 3\n")
    assert info.value.line is not None and info.value.line >= 2


def test_true_and_one_stay_distinct_keys():
    from pyjekyll.liquid.ruby import inspect

    data = load_yaml("m:\n  1: integer\n  '1': string\n  true: boolean\n")["m"]
    assert len(data) == 3
    assert inspect(data) == '{1=>"integer", "1"=>"string", true=>"boolean"}'


def test_bool_keys_alone_stay_booleans():
    assert load_yaml("m: {true: x}")["m"] == {True: "x"}
