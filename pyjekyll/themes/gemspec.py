"""Reading a Ruby gemspec's plain facts (name, version, authors, …) without running Ruby.

Both forms are understood: the installed stubs RubyGems writes under
``specifications/NAME-VERSION.gemspec`` (``s.name = "minima".freeze``,
``s.add_runtime_dependency(%q<jekyll>.freeze, [">= 3.5"])``) and the hand-written
``NAME.gemspec`` at the top of a theme's source tree (``spec.name = "minima"``,
``spec.add_runtime_dependency "jekyll", "~> 4.3"``). Only literal strings, arrays of
strings and string-to-string hashes are read; anything computed is left out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["GemSpec", "read_gemspec", "parse_gemspec"]

_STRING = r"""(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|%q<[^>]*>|%q\([^)]*\)|%q\{[^}]*\}|%q\[[^\]]*\])(?:\.freeze)?"""
_STRING_RE = re.compile(_STRING)
_ASSIGN_RE = re.compile(r"^\s*\w+\.(\w+)\s*=\s*(.+?)\s*(?:if\s.*)?$", re.M)
_DEPENDENCY_RE = re.compile(
    r"^[ \t]*\w+\.add_(runtime_|development_)?dependency[ \t]*\(?[ \t]*(" + _STRING + r")(.*)$", re.M)
_METADATA_RE = re.compile(r"^[ \t]*\w+\.metadata[ \t]*=[ \t]*\{([^}]*)\}", re.M)
_PAIR_RE = re.compile(r"(" + _STRING + r")\s*=>\s*(" + _STRING + r")")
_ESCAPE_RE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "e": "\x1b", "s": " ", "0": "\0"}
_BARE_VERSION_RE = re.compile(r"^\d")


@dataclass(frozen=True)
class GemSpec:
    """The facts of one gem that Jekyll's theme drop shows."""

    name: str = ""
    version: str = ""
    authors: tuple[str, ...] = ()
    summary: str | None = None
    description: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    #: Runtime dependencies as RubyGems prints them: ``"jekyll (>= 3.5, < 5.0)"``.
    runtime_dependencies: tuple[str, ...] = ()


def _literal(token: str) -> str:
    """The value of one Ruby string literal (quotes, %q, .freeze removed)."""
    token = token.removesuffix(".freeze")
    if token.startswith("%q"):
        return token[3:-1]
    body = token[1:-1]
    if token[0] == "'":
        return body.replace("\\'", "'").replace("\\\\", "\\")
    return _ESCAPE_RE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def _strings(text: str) -> list[str]:
    return [_literal(m.group(0)) for m in _STRING_RE.finditer(text)]


def _requirement(constraints: list[str]) -> str:
    """A requirement list as RubyGems prints it: bare versions get ``=``, none means ``>= 0``."""
    parts = []
    for c in constraints:
        c = c.strip()
        if not c:
            continue
        part = f"= {c}" if _BARE_VERSION_RE.match(c) else re.sub(r"^([<>=!~]+)\s*", r"\1 ", c)
        if part not in parts:
            parts.append(part)
    return ", ".join(parts) or ">= 0"


def parse_gemspec(text: str) -> GemSpec:
    """Facts from a gemspec's source text; the first declaration of each dependency wins."""
    values: dict[str, object] = {}
    for match in _ASSIGN_RE.finditer(text):
        key, rhs = match.group(1), match.group(2)
        if key in ("name", "version", "summary", "description", "author"):
            full = _STRING_RE.match(rhs)
            if full and full.end() == len(rhs.rstrip()):
                values.setdefault(key, _literal(full.group(0)))
        elif key == "authors" and rhs.startswith("["):
            values.setdefault(key, tuple(_strings(rhs)))
    metadata = _METADATA_RE.search(text)
    if metadata:
        values["metadata"] = {_literal(a): _literal(b) for a, b in _PAIR_RE.findall(metadata.group(1))}
    seen: set[str] = set()
    runtime: list[str] = []
    for match in _DEPENDENCY_RE.finditer(text):
        name = _literal(match.group(2))
        if name in seen:
            continue
        seen.add(name)
        if match.group(1) != "development_":
            runtime.append(f"{name} ({_requirement(_strings(match.group(3)))})")
    authors = values.get("authors")
    if authors is None:
        authors = (values["author"],) if "author" in values else ()
    return GemSpec(
        name=str(values.get("name", "")),
        version=str(values.get("version", "")),
        authors=authors,  # type: ignore[arg-type]
        summary=values.get("summary"),  # type: ignore[arg-type]
        description=values.get("description"),  # type: ignore[arg-type]
        metadata=values.get("metadata", {}),  # type: ignore[arg-type]
        runtime_dependencies=tuple(runtime),
    )


def read_gemspec(path: Path) -> GemSpec:
    return parse_gemspec(path.read_text(encoding="utf-8", errors="replace"))
