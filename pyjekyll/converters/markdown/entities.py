"""Named and numeric character references, with the names kramdown knows."""
from __future__ import annotations

from html.entities import codepoint2name, name2codepoint

NAME_TO_CODE: dict[str, int] = dict(name2codepoint)
NAME_TO_CODE.setdefault("apos", 39)
CODE_TO_NAME: dict[int, str] = dict(codepoint2name)
CODE_TO_NAME.setdefault(39, "apos")

# Characters that must stay escaped in HTML text even when entities are written as characters.
ESCAPE_MAP = {"<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;"}


class Entity:
    """A character reference: its code point and (when it has one) its name."""

    __slots__ = ("code", "name")

    def __init__(self, code: int, name: str | None) -> None:
        self.code = code
        self.name = name

    @property
    def char(self) -> str:
        return chr(self.code)


def entity_by_name(name: str) -> Entity | None:
    code = NAME_TO_CODE.get(name)
    return None if code is None else Entity(code, name)


def entity_by_code(code: int) -> Entity | None:
    if code < 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return Entity(code, CODE_TO_NAME.get(code))


def entity_text(ent: Entity, output: str, original: str | None = None) -> str:
    """How an entity is written for the `entity_output` option."""
    char = ent.char
    if output == "as_char" and (char == '"' or char not in ESCAPE_MAP):
        return char
    if output in ("as_input", "as_char") and original:
        return original
    if (output == "symbolic" or char in ESCAPE_MAP) and ent.name:
        return f"&{ent.name};"
    return f"&#{ent.code};"
