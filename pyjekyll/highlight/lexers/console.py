"""Rouge's `console` language: a terminal transcript, one line at a time.

A line holding a prompt character is split into the prompt and a command, the command
lexed by the shell lexer (state kept across consecutive command lines); other lines are
program output, `...` snips or (optionally) comments and error messages.

Options (`console?lang=ruby&prompt=%`): `lang` (command language), `output` (output
language), `prompt` (comma-separated prompt endings), `comments`, `error` (comma-separated
prefixes of error lines).
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..engine import Lexer, Tok
from ..tokens import Comment, Generic, Text
from .plaintext import PlainTextLexer

_LINE = re.compile(r"[^\n]*\n|[^\n]+")
_SNIP = re.compile(r"\A\s*(?:<[.]+>|[.]+)\s*\Z", re.A)
_COMMENT = re.compile(r"\A\s*?#", re.A)
_LEADING_SPACE = re.compile(r"\s*", re.A)
_RUBY_STRIP = " \t\n\v\f\r\0"


def option_list(value: Any) -> list[str]:
    """Rouge's list options: comma-separated strings, repeated keys concatenated."""
    if isinstance(value, list):
        return [part for item in value for part in option_list(item)]
    if isinstance(value, str):
        return _ruby_split_commas(value)
    return []


def _ruby_split_commas(value: str) -> list[str]:
    parts = value.split(",")
    while parts and parts[-1] == "":
        parts.pop()
    return parts


def option_bool(value: Any) -> bool:
    if isinstance(value, list):
        return True if not value else option_bool(value[-1])
    return value not in (None, False, 0, "0", "false", "off")


def _last(value: Any) -> Any:
    return value[-1] if isinstance(value, list) and value else value


class ConsoleLexer(Lexer):
    tag = "console"
    aliases = ("terminal", "shell_session", "shell-session")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        from ..registry import lexer_for_tag, rouge_names

        opts = dict(self.options)
        prompts = option_list(opts.pop("prompt", None))
        lang = _last(opts.pop("lang", None))
        output = _last(opts.pop("output", None))
        errors = option_list(opts.pop("error", None))
        rest = opts

        def named(name: Any, default: Lexer) -> Lexer:
            tag = rouge_names().get(name) if isinstance(name, str) else None
            return lexer_for_tag(tag, rest) if tag else default

        self.lang_lexer: Lexer = named(lang, lexer_for_tag("shell", rest))
        self.output_lexer: Lexer = named(output, PlainTextLexer(token=Generic.Output))

        if "comments" in self.options:
            allow_comments = option_bool(self.options["comments"])
        else:
            allow_comments = bool(prompts) and "#" not in [p for p in prompts if p]
        if prompts:
            ends = [p for p in prompts if p]
        elif allow_comments:
            ends = ["$", ">", ";"]
        else:
            ends = ["$", "#", ">", ";"]
        prefix = r"[^<#]*?" if allow_comments else r"(?s:.*?)"
        self.prompt_re = re.compile(r"^" + prefix + "(?:" + "|".join(map(re.escape, ends)) + ")", re.M)
        self.error_re = (re.compile("^(?:" + "|".join(map(re.escape, errors)) + ")", re.M)
                         if errors else None)

    def stream_tokens(self, text: str) -> Iterator[Tok]:
        self.lang_lexer.reset()
        self.output_lexer.reset()
        for line_match in _LINE.finditer(text):
            yield from self._line_tokens(line_match.group(0))

    def _line_tokens(self, line: str) -> Iterator[Tok]:
        if _SNIP.match(line):
            self.output_lexer.reset()
            self.lang_lexer.reset()
            yield Comment, line
            return
        prompt = self.prompt_re.search(line)
        if prompt:
            self.output_lexer.reset()
            yield Generic.Prompt, prompt.group(0)
            rest = line[prompt.end():]
            space = _LEADING_SPACE.match(rest).group(0)  # type: ignore[union-attr]
            if space:
                yield Text.Whitespace, space
            yield from self.lang_lexer.continue_lex(rest[len(space):])
        elif _COMMENT.match(line.strip(_RUBY_STRIP)):
            self.output_lexer.reset()
            self.lang_lexer.reset()
            yield Comment, line
        elif self.error_re is not None and self.error_re.search(line):
            self.output_lexer.reset()
            self.lang_lexer.reset()
            yield Generic.Error, line
        else:
            self.lang_lexer.reset()
            yield from self.output_lexer.continue_lex(line)
