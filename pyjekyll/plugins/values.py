"""Small helpers for reading page and site data with Ruby's notion of truth."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from liquid import Undefined


def present(value: Any) -> bool:
    """Ruby truthiness: everything but nil and false."""
    return value is not None and value is not False and not isinstance(value, Undefined)


def first_present(*values: Any) -> Any:
    """Ruby's `a || b || c`."""
    for value in values:
        if present(value):
            return value
    return None


def lookup(container: Any, key: str) -> Any:
    """`container[key]`, nil when absent or when the container is not a hash or drop."""
    if not isinstance(container, Mapping):
        return None
    try:
        value = container[key]
    except KeyError:
        return None
    return None if isinstance(value, Undefined) else value


def sub_hash(container: Any, key: str) -> Mapping[str, Any]:
    """`container[key]` when it is a hash, else an empty one."""
    value = lookup(container, key)
    return value if isinstance(value, Mapping) else {}
