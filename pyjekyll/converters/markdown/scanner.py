"""A string cursor with regex helpers, the unit every block and span rule works on."""
from __future__ import annotations

import re


_AT_POS: dict[re.Pattern[str], re.Pattern[str]] = {}


def at_pos(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as matched at the cursor: a leading `^` always holds there (kramdown's scanner
    treats the cursor as a line start even in mid-line, e.g. right after an HTML block)."""
    found = _AT_POS.get(rx)
    if found is None:
        src = rx.pattern
        found = re.compile(src[1:], rx.flags) if src.startswith("^") else rx
        _AT_POS[rx] = found
    return found


class Scanner:
    """Text plus a position; `m` keeps the last match so rules can read its groups."""

    __slots__ = ("s", "pos", "m")

    def __init__(self, text: str) -> None:
        self.s = text
        self.pos = 0
        self.m: re.Match[str] | None = None

    def eos(self) -> bool:
        return self.pos >= len(self.s)

    def check(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        self.m = (_AT_POS.get(rx) or at_pos(rx)).match(self.s, self.pos)
        return self.m

    def scan(self, rx: re.Pattern[str]) -> str | None:
        m = self.m = (_AT_POS.get(rx) or at_pos(rx)).match(self.s, self.pos)
        if m is None:
            return None
        self.pos = m.end()
        return m.group(0)

    def scan_until(self, rx: re.Pattern[str]) -> str | None:
        m = self.m = rx.search(self.s, self.pos)
        if m is None:
            return None
        start, self.pos = self.pos, m.end()
        return self.s[start:self.pos]

    def group(self, i: int | str) -> str | None:
        return self.m.group(i) if self.m is not None else None

    def getch(self) -> str:
        ch = self.s[self.pos:self.pos + 1]
        self.pos += len(ch)
        return ch

    def rest(self) -> str:
        return self.s[self.pos:]

    def terminate(self) -> None:
        self.pos = len(self.s)

    def prev_char(self, at: int | None = None) -> str:
        p = self.pos if at is None else at
        return self.s[p - 1] if p > 0 else ""
