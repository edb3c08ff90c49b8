"""The build flag table, typer's build command and the typer-free build path agree."""
from __future__ import annotations

import inspect
import subprocess
import sys
from pathlib import Path

from pyjekyll.cli import build_command
from pyjekyll.cli_commands import build_cmd
from pyjekyll.fast_build_args import _spellings, fast_build_arguments, table_spellings

REPO = Path(__file__).resolve().parents[2]


def test_table_spells_flags_as_typer_declares_them() -> None:
    assert table_spellings() == _spellings(build_cmd)


def test_typer_command_and_plain_build_share_defaults() -> None:
    typer_defaults = {name: p.default for name, p in inspect.signature(build_cmd).parameters.items()}
    plain_defaults = {name: p.default for name, p in inspect.signature(build_command).parameters.items()}
    assert typer_defaults == plain_defaults


def test_table_and_command_read_lines_alike() -> None:
    args = ["build", "-s", "src", "--destination=out", "--limit_posts", "3", "--no-watch", "-q"]
    assert fast_build_arguments(args) == fast_build_arguments(args, build_cmd)


def test_plain_build_line_does_not_load_typer(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("{{ site.time | date: '%Y' }}\n")
    probe = (
        "import sys\n"
        "from pyjekyll.cli import main\n"
        f"status = main(['build', '-q', '-s', {str(tmp_path)!r}, '-d', {str(tmp_path / '_site')!r}])\n"
        "print(status, 'typer' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "False"]
    assert (tmp_path / "_site" / "index.html").is_file()


def test_plain_build_exits_quickly_with_its_output_complete(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_text("---\ntitle: x\n---\n# {{ page.title }}\n")
    out = subprocess.run([sys.executable, "-m", "pyjekyll", "build", "-q", "-s", str(tmp_path),
                          "-d", str(tmp_path / "_site")], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "_site" / "index.html").read_text() == '<h1 id="x">x</h1>\n'


def test_failed_build_still_exits_with_its_status(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text("---\nlayout: x\n---\n{% for %}\n")
    out = subprocess.run([sys.executable, "-m", "pyjekyll", "build", "-q", "-s", str(tmp_path),
                          "-d", str(tmp_path / "_site")], cwd=REPO, capture_output=True, text=True)
    assert out.returncode == 1
    assert "Liquid" in out.stdout + out.stderr
