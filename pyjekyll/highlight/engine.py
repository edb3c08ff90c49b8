"""A state-machine lexer that scans text the way Rouge's regex lexers do.

Pygments' `RegexLexer` is close but differs in ways that change the output: Rouge tries a
rule starting with `^` only at the beginning of a line, emits one `Error` character (and
keeps its state) when nothing matches, lets callbacks push/pop/goto freely, keeps a
delegated lexer's state between calls, and matches each rule as if the text began at the
scan position (so a leading `\\b` only looks forward).  Lexers subclass `RegexLexer` and
declare `rules`; the first compile of a class resolves `include`s once.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, ClassVar, Union

from .charclasses import WORD
from .regex_compile import compile_shared
from .tokens import Error, TokenType

Tok = tuple[TokenType, str]
Callback = Callable[["RegexLexer", re.Match[str]], None]
NextState = Union[str, tuple[str, ...], None]

DEFAULT_FLAGS = re.M | re.A
_MAX_NULL_STEPS = 5
_INLINE_FLAGS = re.compile(r"\(\?[a-zA-Z]+\)")
# A rule whose pattern starts with `^` (after inline flags) is only tried at a line start.
_LEADING_CARET = re.compile(r"(?:\(\?[a-zA-Z]+\))?\^")


class include(str):
    """Marks a rule-list entry that splices in another state's rules (Rouge's `mixin`)."""


class groups:
    """An action that gives each capture group its own token type (None skips a group)."""

    __slots__ = ("types",)

    def __init__(self, *types: TokenType | None) -> None:
        self.types = types


# A compiled rule: (pattern.match, only-at-line-start, action kind, action, next-state steps).
Rule = tuple[Callable[..., "re.Match[str] | None"], bool, int, Any, "tuple[str, ...] | None"]


RuleSpec = Union[include, tuple]


def compile_pattern(pattern: str | re.Pattern[str], flags: int = DEFAULT_FLAGS) -> re.Pattern[str]:
    """Compile with Rouge's semantics: `\\b` is Unicode-aware, and a leading one only looks ahead."""
    if isinstance(pattern, re.Pattern):
        return pattern
    return compile_shared(_ruby_word_boundaries(pattern), flags)


_WORD_CLASS = f"[{WORD}]"
_LEADING_BOUNDARY = f"(?={_WORD_CLASS})"
_BOUNDARY = f"(?:(?<={_WORD_CLASS})(?!{_WORD_CLASS})|(?<!{_WORD_CLASS})(?={_WORD_CLASS}))"


def _ruby_word_boundaries(pattern: str) -> str:
    """Rewrite `\\b` outside character classes; the one opening the pattern sees no text before."""
    if r"\b" not in pattern:
        return pattern
    flags_prefix = _INLINE_FLAGS.match(pattern)
    head = flags_prefix.end() if flags_prefix else 0
    out: list[str] = []
    i, n, in_class = 0, len(pattern), False
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            nxt = pattern[i + 1]
            if nxt == "b" and not in_class:
                out.append(_LEADING_BOUNDARY if i == head else _BOUNDARY)
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            out.append(c)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":
                out.append("]")
                i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


class Lexer:
    """Anything that turns text into (token type, text) pairs, with Rouge's merging."""

    tag: ClassVar[str] = ""
    aliases: ClassVar[tuple[str, ...]] = ()

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        self.options: dict[str, Any] = dict(options or {})

    def reset(self) -> None:
        """Forget state carried between `continue_lex` calls."""

    def stream_tokens(self, text: str) -> Iterator[Tok]:
        raise NotImplementedError

    def lex(self, text: str) -> Iterator[Tok]:
        self.reset()
        return self.continue_lex(text)

    def continue_lex(self, text: str) -> Iterator[Tok]:
        """Tokens with empty values dropped and runs of one type joined, as Rouge yields them."""
        last_type: TokenType | None = None
        parts: list[str] = []
        for ttype, value in self.stream_tokens(text):
            if not value:
                continue
            if ttype is last_type:
                parts.append(value)
                continue
            if last_type is not None:
                yield last_type, "".join(parts)
            last_type = ttype
            parts = [value]
        if last_type is not None:
            yield last_type, "".join(parts)


class RegexLexer(Lexer):
    """Rule tables per state; `rules["root"]` is where scanning starts."""

    rules: ClassVar[dict[str, list[RuleSpec]]] = {}
    flags: ClassVar[int] = DEFAULT_FLAGS
    _compiled: ClassVar[dict[str, list[Rule]] | None] = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._compiled = None

    @classmethod
    def compiled_states(cls) -> dict[str, list[Rule]]:
        if cls.__dict__.get("_compiled") is None:
            cls._compiled = _compile_states(cls.rules, cls.flags)
        return cls._compiled  # type: ignore[return-value]

    @classmethod
    def dynamic_state(cls, key: str, build: Callable[[], list[RuleSpec]]) -> str:
        """Name of a state made at lex time (e.g. per string delimiter), compiled once per key."""
        states = cls.compiled_states()
        if key not in states:
            states[key] = compile_rules(build(), cls.flags, states)
        return key

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.states = self.compiled_states()
        self.stack: list[str] = ["root"]
        self._out: list[Tok] = []
        self._match: re.Match[str] | None = None

    def reset(self) -> None:
        self.stack = ["root"]

    # -- helpers for callbacks -------------------------------------------------
    def token(self, ttype: TokenType, value: str | None = None) -> None:
        if value is None:
            assert self._match is not None
            value = self._match.group(0)
        if value:
            self._out.append((ttype, value))

    def groups(self, *types: TokenType | None) -> None:
        m = self._match
        assert m is not None
        for i, ttype in enumerate(types, 1):
            value = m.group(i)
            if ttype is not None and value:
                self._out.append((ttype, value))

    def push(self, state: str | None = None) -> None:
        self.stack.append(state or self.stack[-1])

    def pop(self, times: int = 1) -> None:
        del self.stack[len(self.stack) - times:]

    def goto(self, state: str) -> None:
        self.stack[-1] = state

    def reset_stack(self) -> None:
        self.stack = ["root"]

    def state_is(self, state: str) -> bool:
        return bool(self.stack) and self.stack[-1] == state

    def in_state(self, state: str) -> bool:
        return state in self.stack

    def delegate(self, lexer: Lexer, text: str | None = None) -> None:
        if text is None:
            assert self._match is not None
            text = self._match.group(0)
        self._out.extend(lexer.continue_lex(text))

    def recurse(self, text: str | None = None) -> None:
        """Lex `text` with a fresh lexer of this language, from its start state."""
        if text is None:
            assert self._match is not None
            text = self._match.group(0)
        self._out.extend(type(self)(self.options).lex(text))

    # -- scanning ----------------------------------------------------------------
    def stream_tokens(self, text: str) -> Iterator[Tok]:
        pos = 0
        end = len(text)
        out = self._out
        append = out.append
        null_steps = 0
        while pos < end:
            stack = self.stack  # (callbacks may replace it)
            if not stack:
                # Rouge aborts here ("empty stack!"); starting over keeps the page building.
                stack = self.stack = ["root"]
            rules = self.states[stack[-1]]  # (callbacks may add states, or replace the table)
            for combined, payload in rules.segments or rules.build_segments():
                if combined is None:  # a rule tried on its own
                    match, rule_bol, kind, action, nxt = payload
                    if rule_bol and pos and text[pos - 1] != "\n":
                        continue
                    m = match(text, pos)
                    if m is None:
                        continue
                    base = 0
                else:  # a run of rules as one alternation: the first that matches wins
                    m = combined(text, pos)
                    if m is None:
                        continue
                    (match, rule_bol, kind, action, nxt), base, own_groups = payload[m.lastindex]
                    if own_groups and kind == _CALLBACK:
                        m = match(text, pos)  # callbacks read the rule's own groups
                stop = m.end()
                if kind == _TOKEN:
                    if stop > pos:
                        append((action, m.group(0)))
                elif kind == _GROUPS:
                    for i, ttype in enumerate(action, base + 1):
                        value = m.group(i)
                        if ttype is not None and value:
                            append((ttype, value))
                else:
                    self._match = m
                    action(self, m)
                if nxt is not None:
                    self._apply_next(nxt)
                if stop == pos:
                    null_steps += 1
                    if null_steps > _MAX_NULL_STEPS:
                        append((Error, text[pos]))
                        pos += 1
                else:
                    null_steps = 0
                    pos = stop
                break
            else:
                append((Error, text[pos]))
                pos += 1
            if len(out) > 32:
                yield from out
                out.clear()
        if out:
            yield from out
            out.clear()

    def _apply_next(self, nxt: tuple[str, ...]) -> None:
        for step in nxt:
            if step == "#pop":
                if self.stack:
                    self.stack.pop()
            elif step == "#push":
                self.stack.append(self.stack[-1])
            elif step.startswith("#pop:"):
                self.pop(int(step[5:]))
            else:
                self.stack.append(step)


_TOKEN, _GROUPS, _CALLBACK = 0, 1, 2


class RuleList(list):
    """A state's compiled rules, plus (built on first use) the same rules grouped for scanning:
    consecutive rules that can share one regex become one alternation, so a scan position
    costs one regex call instead of one per rule.  Python's alternation, like Rouge's rule
    loop, takes the first alternative that matches at the position, so the result is the same."""

    __slots__ = ("segments",)

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        super().__init__(rules)
        self.segments: tuple[tuple[Any, Any], ...] | None = None

    def build_segments(self) -> tuple[tuple[Any, Any], ...]:
        segments: list[tuple[Any, Any]] = []
        run: list[tuple[Rule, str]] = []
        run_flags = -1
        for rule in self:
            alternative = _as_alternative(rule)
            if alternative is None:
                segments.extend(_run_segments(run, run_flags))
                run = []
                segments.append((None, rule))
                continue
            source, flags = alternative
            if flags != run_flags:
                segments.extend(_run_segments(run, run_flags))
                run, run_flags = [], flags
            run.append((rule, source))
        segments.extend(_run_segments(run, run_flags))
        self.segments = tuple(segments)
        return self.segments


# Constructs that cannot sit inside a bigger alternation unchanged: group references and
# names (numbers shift, names may repeat) and conditionals.
_UNJOINABLE = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?\(|\(\?<[A-Za-z_]")
_LEADING_FLAGS = re.compile(r"\(\?([aiLmsux]+)\)")
_FLAGS_ANYWHERE = re.compile(r"\(\?[aiLmsux]+\)")
_FLAG_BITS = {"a": re.A, "i": re.I, "L": re.L, "m": re.M, "s": re.S, "u": re.U, "x": re.X}


def _as_alternative(rule: Rule) -> tuple[str, int] | None:
    """The rule's pattern as one alternative of a joined regex, with the flags that regex needs
    (those the rule was compiled with, less its leading inline group, which stays scoped inside
    the alternative); None when the rule must run alone."""
    pattern: re.Pattern[str] = rule[0].__self__  # type: ignore[attr-defined]
    source = pattern.pattern
    flags = pattern.flags & ~re.U
    if _UNJOINABLE.search(source):
        return None
    lead = _LEADING_FLAGS.match(source)
    if lead is None:
        return None if _FLAGS_ANYWHERE.search(source) else (source, flags)
    letters, body = lead.group(1), source[lead.end():]
    if _FLAGS_ANYWHERE.search(body):
        return None
    for letter in letters:
        flags &= ~_FLAG_BITS[letter]
    return (f"(?{letters}:{body}\n)" if "x" in letters else f"(?{letters}:{body})"), flags


def _run_segments(run: list[tuple[Rule, str]], flags: int) -> list[tuple[Any, Any]]:
    """One joined alternation for a run of rules (a single rule stays on its own)."""
    if len(run) < 2:
        return [(None, rule) for rule, _ in run]
    joined = _joined(run, flags)
    if joined is None:
        return [(None, rule) for rule, _ in run]
    return [joined]


def _joined(run: list[tuple[Rule, str]], flags: int) -> tuple[Callable[..., Any], list] | None:
    """The run's rules as one regex, with a table from group number to (rule, its group)."""
    parts: list[str] = []
    # group number -> (rule, its wrapping group, whether the rule has groups of its own: a
    # callback then gets the rule's own match, else the joined one serves)
    table: list[tuple[Rule, int, bool] | None] = [None]
    for rule, source in run:
        # at a line start only: the rule loop skips such rules elsewhere
        parts.append(("((?<![^\n])" if rule[1] else "(") + source + ")")
        group = len(table)
        own = rule[0].__self__.groups  # type: ignore[attr-defined]
        table.append((rule, group, own > 0))
        table.extend([None] * own)
    try:
        return compile_shared("|".join(parts), flags).match, table
    except (re.error, OverflowError, RecursionError):
        return None


def _make_rule(spec: tuple, flags: int) -> Rule:
    pattern, action, *rest = spec
    source = pattern.pattern if isinstance(pattern, re.Pattern) else pattern
    nxt = rest[0] if rest else None
    if isinstance(action, groups):
        kind, payload = _GROUPS, action.types
    elif isinstance(action, TokenType):
        kind, payload = _TOKEN, action
    else:
        kind, payload = _CALLBACK, action
    return (compile_pattern(pattern, flags).match, bool(_LEADING_CARET.match(source)), kind, payload,
            (nxt,) if isinstance(nxt, str) else nxt)


def _compile_states(specs: dict[str, list[RuleSpec]], flags: int) -> dict[str, list[Rule]]:
    cache: dict[str, list[Rule]] = {}

    def build(name: str) -> list[Rule]:
        if name in cache:
            return cache[name]
        rules = RuleList()
        for spec in specs[name]:
            if isinstance(spec, include):
                rules.extend(build(spec))
                continue
            rules.append(_make_rule(spec, flags))
        cache[name] = rules
        return rules

    for state_name in specs:
        build(state_name)
    return cache


def compile_rules(specs: list[RuleSpec], flags: int, states: dict[str, list[Rule]]) -> list[Rule]:
    """Compile a rule list whose includes refer to already-compiled states."""
    rules = RuleList()
    for spec in specs:
        if isinstance(spec, include):
            rules.extend(states[spec])
            continue
        rules.append(_make_rule(spec, flags))
    return rules


def words(items: str, prefix: str = "", suffix: str = "") -> str:
    """A regex alternation of whitespace-separated literal words, in the order given."""
    return prefix + "(?:" + "|".join(re.escape(w) for w in items.split()) + ")" + suffix


__all__ = ["Lexer", "RegexLexer", "Rule", "groups", "include", "words", "compile_pattern", "compile_rules"]
