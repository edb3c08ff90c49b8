"""Which recorded renders read each input, grouped by the value each one saw.

The reverse of the traces: from an input (a drop value, a layout, an include) to the
items whose last render depended on it. A rebuild then asks each input once, or not
at all when nothing it stems from changed, and re-checks only the renders that saw a
different value, instead of re-asking every question of every trace.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from pyjekyll.serving.fingerprint import ITEM_IDENTITY_PREFIXES, Digest
from pyjekyll.serving.tracking import VOLATILE_READS, Trace

#: names an item across builds (see `tracking.item_key`)
ItemKey = tuple[str, str, str]
Slot = tuple[Any, ...]
#: slot -> digest seen -> the items that saw it
Readers = dict[Slot, dict[Digest, set[ItemKey]]]


def is_item_identity(ident: str) -> bool:
    """Drops of one page, document or excerpt: their values follow from that item's source."""
    return ident.startswith(ITEM_IDENTITY_PREFIXES)


class DependentsIndex:
    """Kept in step with the builder's traces: `replace` after every build."""

    def __init__(self) -> None:
        #: reads of site-wide drops (site, collections, static files, the file structure)
        self.global_reads: Readers = {}
        #: reads of one item's drop, and per item identity the slots read from it
        self.item_reads: Readers = {}
        self.item_slots: dict[str, set[Slot]] = {}
        #: layouts and includes
        self.templates: Readers = {}

    # -- upkeep ------------------------------------------------------------------------
    def replace(self, old: dict[ItemKey, Trace], new: dict[ItemKey, Trace]) -> None:
        """Move from the traces of one build to the next (unchanged traces cost a lookup)."""
        for key, trace in old.items():
            if new.get(key) is not trace:
                self._remove(key, trace)
        for key, trace in new.items():
            if old.get(key) is not trace:
                self._add(key, trace)

    def _add(self, key: ItemKey, trace: Trace) -> None:
        for slot, digest in trace.reads.items():
            ident = slot[0]
            if is_item_identity(ident):
                self.item_reads.setdefault(slot, {}).setdefault(digest, set()).add(key)
                self.item_slots.setdefault(ident, set()).add(slot)
            else:
                self.global_reads.setdefault(slot, {}).setdefault(digest, set()).add(key)
        for slot, digest in trace.templates.items():
            self.templates.setdefault(slot, {}).setdefault(digest, set()).add(key)

    def _remove(self, key: ItemKey, trace: Trace) -> None:
        for slot, digest in trace.reads.items():
            ident = slot[0]
            item = is_item_identity(ident)
            table = self.item_reads if item else self.global_reads
            if _discard(table, slot, digest, key) and item:
                slots = self.item_slots.get(ident)
                if slots is not None:
                    slots.discard(slot)
                    if not slots:
                        del self.item_slots[ident]
        for slot, digest in trace.templates.items():
            _discard(self.templates, slot, digest, key)

    # -- questions -----------------------------------------------------------------------
    def stale_global_readers(self, read: Callable[[str, str], Digest | None],
                             template: Callable[[Slot], Digest],
                             kept: Callable[[Slot], bool] | None = None) -> set[ItemKey]:
        """Items that saw a site-wide value or a template other than the current one.

        Volatile values (bodies, related posts) depend on the moment of the read: their
        readers are always re-checked, at their own turn. Slots `kept` says cannot have
        changed are not asked.
        """
        stale: set[ItemKey] = set()
        for slot, groups in self.global_reads.items():
            if slot[1] in VOLATILE_READS:
                _all_readers(groups, stale)
            elif kept is not None and kept(slot):
                continue
            else:
                _readers_not_seeing(groups, read(slot[0], slot[1]), stale)
        for slot, groups in self.templates.items():
            _readers_not_seeing(groups, template(slot), stale)
        return stale

    def stale_item_readers(self, idents: Iterable[str], read: Callable[[str, str], Digest | None]) -> set[ItemKey]:
        """Items that read a changed item: volatile values always, others when they differ."""
        stale: set[ItemKey] = set()
        for ident in idents:
            for slot in self.item_slots.get(ident, ()):
                groups = self.item_reads[slot]
                if slot[1] in VOLATILE_READS:
                    _all_readers(groups, stale)
                else:
                    _readers_not_seeing(groups, read(slot[0], slot[1]), stale)
        return stale

    def body_readers(self, idents: Iterable[str]) -> set[ItemKey]:
        """Items that read the body (content, output, excerpt) of one of `idents`."""
        stale: set[ItemKey] = set()
        for ident in idents:
            for slot in self.item_slots.get(ident, ()):
                if slot[1] in VOLATILE_READS:
                    _all_readers(self.item_reads[slot], stale)
        return stale


def _discard(table: Readers, slot: Slot, digest: Digest, key: ItemKey) -> bool:
    """Forget one reader; True when nobody reads `slot` any more."""
    groups = table.get(slot)
    if groups is None:
        return False
    keys = groups.get(digest)
    if keys is not None:
        keys.discard(key)
        if not keys:
            del groups[digest]
    if not groups:
        del table[slot]
        return True
    return False


def _all_readers(groups: dict[Digest, set[ItemKey]], into: set[ItemKey]) -> None:
    for keys in groups.values():
        into |= keys


def _readers_not_seeing(groups: dict[Digest, set[ItemKey]], now: Digest | None, into: set[ItemKey]) -> None:
    for digest, keys in groups.items():
        if digest != now:
            into |= keys
