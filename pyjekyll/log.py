"""Console output with Jekyll's layout: a right-aligned topic, then the message.

`info` goes to stdout, `warn` and `error` to stderr; `-q` keeps only errors and `-V`
adds debug lines, as Jekyll's log levels do.
"""
from __future__ import annotations

import sys
from typing import TextIO

DEBUG, INFO, WARN, ERROR = 0, 1, 2, 3


class Logger:
    def __init__(self) -> None:
        self.level = INFO
        self.warnings: list[str] = []
        self.out: TextIO | None = None
        self.err: TextIO | None = None

    def _emit(self, level: int, topic: str, message: str, stream: TextIO) -> None:
        if level < self.level:
            return
        line = f"{topic} ".rjust(20) + message if topic else " " * 20 + message
        stream.write(line.rstrip() + "\n" if message else line.rstrip() + "\n")
        stream.flush()

    def debug(self, topic: str, message: str = "") -> None:
        self._emit(DEBUG, topic, message, self.out or sys.stdout)

    def info(self, topic: str, message: str = "") -> None:
        self._emit(INFO, topic, message, self.out or sys.stdout)

    def warn(self, topic: str, message: str = "") -> None:
        self.warnings.append(f"{topic} {message}".strip())
        self._emit(WARN, topic, message, self.err or sys.stderr)

    def error(self, topic: str, message: str = "") -> None:
        self._emit(ERROR, topic, message, self.err or sys.stderr)


logger = Logger()
