"""Rouge's `docker` language: Dockerfile instructions, with `RUN` lines lexed as shell."""
from __future__ import annotations

from typing import Any

from ..engine import RegexLexer, groups
from ..tokens import Comment, Keyword, String, Text
from .shell import ShellLexer

_INSTRUCTIONS = ("FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|"
                 "STOPSIGNAL|HEALTHCHECK|SHELL")
_WS = Text.Whitespace


class DockerLexer(RegexLexer):
    tag = "docker"
    aliases = ("dockerfile", "Dockerfile")

    def __init__(self, options: dict[str, Any] | None = None) -> None:
        super().__init__(options)
        self.shell = ShellLexer(self.options)

    def reset(self) -> None:
        super().reset()
        self.shell = ShellLexer(self.options)

    def _run(self, m: Any) -> None:
        self.token(Keyword)
        self.push("run")
        self.shell.reset()

    rules = {
        "root": [
            (r"\s+", Text),
            (r"(?i)^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)", groups(Keyword, _WS, String, _WS, Keyword, _WS, String)),
            (rf"(?i)^(ONBUILD)(\s+)({_INSTRUCTIONS})(.*)", groups(Keyword, _WS, Keyword, String)),
            (rf"(?i)^({_INSTRUCTIONS})\b(.*)", groups(Keyword, String)),
            (r"#.*?$", Comment),
            (r"(?i)^(ONBUILD\s+)?RUN(\s+)", lambda lx, m: lx._run(m)),
            (r"\w+", Text),
            (r"[^\w]+", Text),
            (r".", Text),
        ],
        "run": [
            (r"\n", Text, "#pop"),
            (r"(?s)\\.", String.Escape),
            (r"(\\.|[^\n\\])+", lambda lx, m: lx.delegate(lx.shell)),
        ],
    }
