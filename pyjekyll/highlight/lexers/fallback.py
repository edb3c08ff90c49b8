"""Languages we have no Rouge-exact lexer for: Pygments' tokens under Rouge's class names.

The output uses Rouge's HTML conventions (bare Text, merged runs, Rouge escaping) but the
token boundaries and some classes are Pygments', so it can differ from Rouge in places.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..engine import Lexer, Tok
from ..tokens import Text, Whitespace

if TYPE_CHECKING:
    from pygments.lexer import Lexer as PygmentsBase


def pygments_lexer_for(names: list[str]) -> type[PygmentsBase] | None:
    """The first Pygments lexer class known under any of `names`."""
    # Imported here: Pygments' lexer machinery (and the importlib.metadata it loads for
    # plugins) costs every build's start-up, and most builds never fall back to it.
    from pygments.lexers import get_lexer_by_name
    from pygments.util import ClassNotFound

    for name in names:
        try:
            return type(get_lexer_by_name(name))
        except ClassNotFound:
            continue
    return None


class PygmentsFallbackLexer(Lexer):
    """Wraps a Pygments lexer; leading/trailing newlines are kept exactly as given."""

    def __init__(self, tag: str, pygments_class: type[PygmentsBase],
                 options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.fallback_tag = tag
        self._lexer = pygments_class(stripnl=False, ensurenl=False, stripall=False)

    @property
    def tag(self) -> str:  # type: ignore[override]
        return self.fallback_tag

    def stream_tokens(self, text: str) -> Iterator[Tok]:
        for _, ttype, value in self._lexer.get_tokens_unprocessed(text):
            # Pygments marks spacing as Whitespace where most Rouge lexers leave plain text.
            yield (Text if ttype is Whitespace else ttype), value
