"""The lazy, mapping-like base class every drop derives from."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

_MISSING = object()


class Drop(Mapping):
    """A mapping whose keys come from `liquid_keys` plus an optional backing dict.

    Subclasses list computed attributes in `computed` (each backed by a method
    `key_<name>`) and may expose front matter through `fallback_data()`. Values are
    cached on first access; templates index drops with `drop[key]`, which raises
    `KeyError` for unknown keys (python-liquid then renders them as undefined).
    """

    computed: ClassVar[tuple[str, ...]] = ()
    #: computed keys whose value changes during a build (content, output): never cached
    volatile: ClassVar[frozenset[str]] = frozenset()

    __slots__ = ("_cache",)

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}

    def fallback_data(self) -> Mapping[str, Any]:
        return {}

    def __getitem__(self, key: Any) -> Any:
        if not isinstance(key, str):
            raise KeyError(key)
        cache = self._cache
        value = cache.get(key, _MISSING)
        if value is not _MISSING:
            return value
        if key in self.computed:
            value = getattr(self, "key_" + key)()
            if key in self.volatile:
                return value
        else:
            data = self.fallback_data()
            if key not in data:
                raise KeyError(key)
            value = data[key]
        cache[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and (key in self.computed or key in self.fallback_data())

    def keys(self) -> list[str]:  # type: ignore[override]
        seen = dict.fromkeys(self.computed)
        seen.update(dict.fromkeys(self.fallback_data()))
        return list(seen)

    def __iter__(self) -> Iterator[str]:
        return iter(self.keys())

    def __len__(self) -> int:
        return len(self.keys())

    def to_liquid_hash(self) -> dict[str, Any]:
        """All keys with their values: what `jsonify`, `inspect` and `to_s` print."""
        return {k: self[k] for k in self.keys()}

    def __setitem__(self, key: str, value: Any) -> None:
        """Let tags and plugins override a value for the rest of this render."""
        self._cache[key] = value

    def __hash__(self) -> int:
        return id(self)

    def __eq__(self, other: object) -> bool:
        return self is other
