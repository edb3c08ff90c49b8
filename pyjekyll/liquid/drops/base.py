"""The lazy, mapping-like base class every drop derives from."""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Callable, ClassVar, Protocol

_MISSING = object()


class ReadObserver(Protocol):
    """Told about every drop lookup while it is installed (incremental rebuilds use it)."""

    def drop_read(self, drop: Drop, key: str, value: Any) -> None: ...

    def drop_missing(self, drop: Drop, key: str) -> None: ...

    def drop_keys(self, drop: Drop, keys: list[str]) -> None: ...

    def drop_has(self, drop: Drop, key: Any, present: bool) -> None: ...

    def template_read(self, kind: str, lookup: tuple[Any, ...], found: Any) -> None:
        """A layout or include was looked up (`found`: what the lookup gave, or None)."""


#: the observer of the render in progress, or None (the common case: nothing is recorded)
_observer: list[ReadObserver | None] = [None]


def set_read_observer(observer: ReadObserver | None) -> ReadObserver | None:
    """Install `observer` for the following lookups; returns the one it replaces."""
    previous = _observer[0]
    _observer[0] = observer
    return previous


def current_read_observer() -> ReadObserver | None:
    return _observer[0]


def _observed_getitem(getitem: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def __getitem__(self: Drop, key: Any) -> Any:
        observer = _observer[0]
        if observer is None:
            return getitem(self, key)
        try:
            value = getitem(self, key)
        except KeyError:
            observer.drop_missing(self, key)
            raise
        observer.drop_read(self, key, value)
        return value

    __getitem__.__doc__ = getitem.__doc__
    return __getitem__


def _observed_keys(keys: Callable[[Any], list[str]]) -> Callable[[Any], list[str]]:
    def observed_keys(self: Drop) -> list[str]:
        result = keys(self)
        observer = _observer[0]
        if observer is not None:
            observer.drop_keys(self, result)
        return result

    observed_keys.__doc__ = keys.__doc__
    return observed_keys


def _observed_contains(contains: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    def __contains__(self: Drop, key: Any) -> bool:
        result = contains(self, key)
        observer = _observer[0]
        if observer is not None:
            observer.drop_has(self, key, result)
        return result

    return __contains__


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

    # `_filter_props`: Jekyll's per-build item_property cache for filters (where, sort, group_by…),
    # kept on the item it is about (None until a filter asks).
    __slots__ = ("_cache", "_filter_props")

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "__getitem__" in cls.__dict__:
            cls.__getitem__ = _observed_getitem(cls.__dict__["__getitem__"])  # type: ignore[method-assign]
        if "keys" in cls.__dict__:
            cls.keys = _observed_keys(cls.__dict__["keys"])  # type: ignore[method-assign]
        if "__contains__" in cls.__dict__:
            cls.__contains__ = _observed_contains(cls.__dict__["__contains__"])  # type: ignore[method-assign]

    def __init__(self) -> None:
        self._cache: dict[str, Any] = {}
        self._filter_props: dict[str, Any] | None = None

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


Drop.__getitem__ = _observed_getitem(Drop.__getitem__)  # type: ignore[method-assign]
Drop.keys = _observed_keys(Drop.keys)  # type: ignore[method-assign]
Drop.__contains__ = _observed_contains(Drop.__contains__)  # type: ignore[method-assign]
