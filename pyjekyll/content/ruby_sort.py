"""Ruby's `Array#sort!` order, comparison for comparison.

Ruby sorts with the C library's `qsort_r`, which on glibc (Debian's Jekyll) is a top-down
merge sort: the left half gets the smaller share of an odd length, and a tie keeps the
left element first.  With a consistent comparison any stable sort gives the same result,
but Jekyll's document comparison is not always consistent (a document without a date
compares by path with dated ones), and then only the same sequence of comparisons gives
Jekyll's order — and its `Sort warning:` lines in the same order.
"""
from __future__ import annotations

from typing import Callable, TypeVar

T = TypeVar("T")


def ruby_sorted(items: list[T], compare: Callable[[T, T], int]) -> list[T]:
    """A new list in the order Ruby's `sort` with this `<=>` gives."""
    if len(items) < 2:
        return list(items)
    half = len(items) // 2
    left = ruby_sorted(items[:half], compare)
    right = ruby_sorted(items[half:], compare)
    merged: list[T] = []
    i = j = 0
    while i < len(left) and j < len(right):
        if compare(left[i], right[j]) <= 0:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged
