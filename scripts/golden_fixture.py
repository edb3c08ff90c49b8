"""One fixture site of the golden suite, as laid out under tests/fixtures/sites/<NN-name>/.

Shared by scripts/make-goldens (which runs real Jekyll) and tests/test_fixture_sites.py
(which runs pyjekyll), so both read a fixture's flags, environment and expected error the
same way. Standard library only.

Layout of a fixture folder:
  src/             the Jekyll source
  expected/        real Jekyll's destination tree (absent when the build must fail)
  args             optional: one line of extra build flags, shell-quoted (`--drafts --future`)
  env              optional: KEY=VALUE lines for the build's environment (`JEKYLL_ENV=production`)
  pre-dest/        optional: copied into the destination before the build (cleaner, keep_files)
  expected-error   optional: a bad-input case, see ExpectedError
"""
from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES_ROOT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "sites"
FIXTURE_NAME = re.compile(r"^\d\d-[a-z0-9-]+$")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*m")


class FixtureError(Exception):
    """A fixture folder that is malformed, or whose golden cannot be produced."""


@dataclass(frozen=True)
class ExpectedError:
    """What a bad-input build must do.

    File format, one `key: value` per line, `#` starts a comment line:
      status: 1                 exit status of the build (0: it builds, with a warning)
      message: exclude          text both Jekyll's and pyjekyll's output contain (repeatable)
      pyjekyll-message: x.md    text only pyjekyll's output must contain (repeatable), for
                                details such as the file name that Jekyll leaves out
    """

    status: int
    jekyll_messages: tuple[str, ...] = ()
    pyjekyll_messages: tuple[str, ...] = ()

    @property
    def all_messages(self) -> tuple[str, ...]:
        """Every text that pyjekyll's output must contain."""
        return self.jekyll_messages + self.pyjekyll_messages

    @classmethod
    def parse(cls, path: Path) -> "ExpectedError":
        status: int | None = None
        shared: list[str] = []
        ours: list[str] = []
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if not sep or not value:
                raise FixtureError(f"{path}:{number}: expected `key: value`, got {raw!r}")
            if key == "status" and value.isdigit():
                status = int(value)
            elif key == "message":
                shared.append(value)
            elif key == "pyjekyll-message":
                ours.append(value)
            else:
                raise FixtureError(f"{path}:{number}: unknown or malformed entry {raw!r}")
        if status is None:
            raise FixtureError(f"{path}: no `status:` line")
        return cls(status, tuple(shared), tuple(ours))


@dataclass(frozen=True)
class Fixture:
    """A fixture folder and the build settings its side files describe."""

    root: Path
    args: tuple[str, ...] = field(init=False)
    env: dict[str, str] = field(init=False)
    expected_error: ExpectedError | None = field(init=False)

    def __post_init__(self) -> None:
        if not FIXTURE_NAME.match(self.root.name) or not self.src.is_dir():
            raise FixtureError(f"{self.root}: not a fixture (want NN-name/ holding src/)")
        object.__setattr__(self, "args", self._read_args())
        object.__setattr__(self, "env", self._read_env())
        error_file = self.root / "expected-error"
        object.__setattr__(self, "expected_error", ExpectedError.parse(error_file) if error_file.is_file() else None)

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def src(self) -> Path:
        return self.root / "src"

    @property
    def expected(self) -> Path:
        return self.root / "expected"

    @property
    def pre_dest(self) -> Path:
        return self.root / "pre-dest"

    def _read_args(self) -> tuple[str, ...]:
        path = self.root / "args"
        if not path.is_file():
            return ()
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        if len(lines) > 1:
            raise FixtureError(f"{path}: build flags must fit on one line")
        return tuple(shlex.split(lines[0])) if lines else ()

    def _read_env(self) -> dict[str, str]:
        path = self.root / "env"
        if not path.is_file():
            return {}
        env: dict[str, str] = {}
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            key, sep, value = line.partition("=")
            if not sep or not key.strip():
                raise FixtureError(f"{path}:{number}: expected KEY=VALUE, got {raw!r}")
            env[key.strip()] = value.strip()
        return env


def all_fixtures(root: Path = FIXTURES_ROOT) -> list[Fixture]:
    """Every fixture folder under `root`, in name order."""
    return [Fixture(p) for p in sorted(root.iterdir()) if p.is_dir() and FIXTURE_NAME.match(p.name)]


def strip_ansi(text: str) -> str:
    """Drop terminal colour codes, so messages compare as plain text."""
    return ANSI_ESCAPE.sub("", text)
