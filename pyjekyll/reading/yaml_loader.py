"""YAML as Jekyll reads it (Ruby's Psych, YAML 1.1), on PyYAML's C loader.

Where PyYAML and Psych disagree, Psych wins:
- `2024-01-05 10:00:00 +0800` (offset without colon, space before it) is a time;
- a time without an offset is UTC;
- a date or time that does not exist (`2024-13-45`) stays a string instead of failing;
- `!!binary` gives a string.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any

import yaml

try:
    _BaseLoader = yaml.CSafeLoader  # type: ignore[attr-defined]
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _BaseLoader = yaml.SafeLoader  # type: ignore[misc]

_TIMESTAMP = re.compile(
    r"""^(?P<year>-?[0-9]{4})-(?P<month>[0-9]{1,2})-(?P<day>[0-9]{1,2})
    (?:(?:[Tt]|[ \t]+)(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})
    (?:\.(?P<fraction>[0-9]*))?
    (?:[ \t]*(?P<tz>Z|(?P<tz_sign>[-+])(?P<tz_hour>[0-9]{1,2})(?::?(?P<tz_minute>[0-9]{2}))?))?)?$""",
    re.X,
)
_DATE_ONLY = re.compile(r"^[0-9]{4}-(?:1[012]|0[0-9]|[0-9])-(?:[12][0-9]|3[01]|0[0-9]|[0-9])$")


class JekyllYAMLError(ValueError):
    """Invalid YAML, with the 1-based line and column where the parser stopped."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class PsychLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


# Replace PyYAML's timestamp resolver with one that accepts Psych's spellings.
PsychLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
PsychLoader.add_implicit_resolver("tag:yaml.org,2002:timestamp", _TIMESTAMP, list("-0123456789"))


def parse_timestamp(text: str) -> Any:
    """A YAML 1.1 timestamp the way Psych builds it, or the text when it is no real date."""
    text = text.strip()
    m = _TIMESTAMP.match(text)
    if not m:
        return text
    try:
        if m.group("hour") is None:
            if not _DATE_ONLY.match(text):
                return text
            return _dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
        fraction = m.group("fraction") or ""
        micro = int((fraction + "000000")[:6]) if fraction else 0
        # `Z` gives a Time in Ruby's UTC mode, which prints as "UTC" rather than "+0000".
        from pyjekyll.liquid.ruby import UTC_MODE

        tz: _dt.tzinfo = UTC_MODE
        if m.group("tz") and m.group("tz") != "Z":
            offset = _dt.timedelta(hours=int(m["tz_hour"]), minutes=int(m["tz_minute"] or 0))
            tz = _dt.timezone(-offset if m["tz_sign"] == "-" else offset)
        value = _dt.datetime(int(m["year"]), int(m["month"]), int(m["day"]), int(m["hour"]),
                             int(m["minute"]), int(m["second"]), micro, tzinfo=tz)
        if not m.group("tz"):
            # Psych reads a time without zone as UTC and hands it back in local time.
            from pyjekyll.content.dates import zone_from_name

            value = value.astimezone(zone_from_name(None))
        return value
    except ValueError:
        return text


def _construct_timestamp(loader: PsychLoader, node: yaml.Node) -> Any:
    return parse_timestamp(loader.construct_scalar(node))  # type: ignore[arg-type]


def _construct_binary(loader: PsychLoader, node: yaml.Node) -> Any:
    import base64

    raw = loader.construct_scalar(node)  # type: ignore[arg-type]
    try:
        return base64.b64decode(raw).decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - invalid base64 stays text, as Psych does
        return raw


def _construct_int(loader: PsychLoader, node: yaml.Node) -> Any:
    text = str(loader.construct_scalar(node)).replace("_", "")  # type: ignore[arg-type]
    if ":" in text:
        # Psych reads `a:b[:c]` as hours, minutes, seconds: `1:30` is 5400.
        sign = -1 if text.startswith("-") else 1
        parts = [int(p) for p in text.lstrip("+-").split(":")]
        return sign * sum(p * 60 ** (2 - i) for i, p in enumerate(parts))
    return _BaseLoader.construct_yaml_int(loader, node)


class BoolKey:
    """`true`/`false` used as a mapping key next to `1`/`0`: Ruby keeps them apart,
    Python's dict would merge them (`True == 1`), so such keys get this stand-in."""

    __slots__ = ("value",)

    def __init__(self, value: bool) -> None:
        self.value = value

    def __hash__(self) -> int:
        return hash(("ruby-bool-key", self.value))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, BoolKey) and other.value is self.value

    def __str__(self) -> str:
        return "true" if self.value else "false"

    __repr__ = __str__


def _construct_yaml_map(loader: PsychLoader, node: yaml.MappingNode) -> Any:
    data: dict[Any, Any] = {}
    yield data
    loader.flatten_mapping(node)
    keys = [loader.construct_object(k, deep=True) for k, _ in node.value]
    clash = any(k is True or k is False for k in keys) and any(
        type(k) is int and k in (0, 1) for k in keys)
    for (key_node, value_node), key in zip(node.value, keys):
        if clash and (key is True or key is False):
            key = BoolKey(key)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, "found unhashable key",
                key_node.start_mark) from None
        data[key] = loader.construct_object(value_node, deep=True)


PsychLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
PsychLoader.add_constructor("tag:yaml.org,2002:int", _construct_int)
PsychLoader.add_constructor("tag:yaml.org,2002:map", _construct_yaml_map)
PsychLoader.add_constructor("tag:yaml.org,2002:binary", _construct_binary)


def load_yaml(text: str) -> Any:
    """Parse YAML text; raise JekyllYAMLError with a line number on bad input."""
    try:
        return yaml.load(text, Loader=PsychLoader)  # noqa: S506 - a safe loader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise JekyllYAMLError(f"{problem} at line {line} column {column}", line, column) from None
    except yaml.YAMLError as exc:
        raise JekyllYAMLError(str(exc)) from None
    except RecursionError:
        raise JekyllYAMLError("nesting too deep") from None
