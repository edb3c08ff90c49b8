"""A string cursor with regex helpers, the unit every block and span rule works on."""
from __future__ import annotations

import re


# Keyed by the pattern's id (hashing a compiled pattern hashes its whole program); the entry
# keeps the pattern itself alive and is checked against it.
_AT_POS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def at_pos(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern as matched at the cursor: a leading `^` always holds there (kramdown's scanner
    treats the cursor as a line start even in mid-line, e.g. right after an HTML block)."""
    entry = _AT_POS.get(id(rx))
    if entry is not None and entry[0] is rx:
        return entry[1]
    src = _drop_leading_carets(rx.pattern)
    found = re.compile(src, rx.flags) if src != rx.pattern else rx
    _AT_POS[id(rx)] = (rx, found)
    return found


def _drop_leading_carets(pattern: str) -> str:
    """Remove the `^` that begins the pattern, each top-level alternative, or a leading group."""
    out: list[str] = []
    depth = 0
    at_start = True  # at the start of the pattern, of a top-level alternative, or of a leading group
    i = 0
    n = len(pattern)
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            at_start = False
            continue
        if ch == "[":  # copy a character class whole
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i:j + 1])
            i = j + 1
            at_start = False
            continue
        if ch == "^" and at_start:
            i += 1
            at_start = False
            continue
        if ch == "(":
            if at_start and pattern.startswith("(?:", i):
                out.append("(?:")
                i += 3
                depth += 1
                continue
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(ch)
            i += 1
            at_start = True
            continue
        at_start = False
        out.append(ch)
        i += 1
    return "".join(out)


class Scanner:
    """Text plus a position; `m` keeps the last match so rules can read its groups."""

    __slots__ = ("s", "pos", "m", "start_line")

    def __init__(self, text: str, start_line: int = 1) -> None:
        self.s = text
        self.pos = 0
        self.m: re.Match[str] | None = None
        self.start_line = start_line

    def line_at(self, pos: int | None = None) -> int:
        """kramdown's line number at `pos`: line feeds up to and including the one at `pos` count."""
        p = self.pos if pos is None else pos
        return self.start_line + self.s.count("\n", 0, p + 1)

    def eos(self) -> bool:
        return self.pos >= len(self.s)

    def check(self, rx: re.Pattern[str]) -> re.Match[str] | None:
        entry = _AT_POS.get(id(rx))
        found = entry[1] if entry is not None and entry[0] is rx else at_pos(rx)
        self.m = found.match(self.s, self.pos)
        return self.m

    def scan(self, rx: re.Pattern[str]) -> str | None:
        entry = _AT_POS.get(id(rx))
        found = entry[1] if entry is not None and entry[0] is rx else at_pos(rx)
        m = self.m = found.match(self.s, self.pos)
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
