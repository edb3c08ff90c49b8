"""Plain `build` command lines read without typer give typer's own values, or None."""
from __future__ import annotations

import inspect

import pytest
import typer

from pyjekyll.cli import app, build_cmd
from pyjekyll.fast_build_args import fast_build_arguments

DEFAULTS = {name: p.default for name, p in inspect.signature(build_cmd).parameters.items()}


def _typer_values(args: list[str]) -> dict[str, object]:
    group = typer.main.get_command(app)
    command = group.commands[args[0]]  # type: ignore[attr-defined]
    with command.make_context(args[0], list(args[1:])) as ctx:
        return dict(ctx.params)


@pytest.mark.parametrize("args", [
    ["build"],
    ["b"],
    ["build", "-s", "src", "-d", "out"],
    ["build", "--source", "src", "--destination=out", "--config", "a.yml,b.yml"],
    ["build", "-D", "--future", "--unpublished", "--limit_posts", "12", "-b", "/base"],
    ["build", "--safe", "--strict_front_matter", "-q", "-V", "-t", "--profile", "-p", "plug"],
    ["build", "--layouts", "lay", "-I", "-w", "--disable-disk-cache", "--force_polling", "--lsi"],
    ["build", "--strict", "--github-pages", "--no-watch", "--baseurl=/x y"],
])
def test_same_values_as_typer(args: list[str]) -> None:
    fast = fast_build_arguments(args, build_cmd)
    assert fast is not None
    assert {**DEFAULTS, **fast} == _typer_values(args)


@pytest.mark.parametrize("args", [
    [], ["serve"], ["-v"], ["build", "--help"], ["build", "-h"], ["build", "-qV"], ["build", "-s"],
    ["build", "-s", "--future"], ["build", "-q", "-q"], ["build", "--limit_posts", "x"],
    ["build", "--limit_posts", "-1"], ["build", "-s=src"], ["build", "--future=yes"], ["build", "extra"],
    ["build", "--", "-s"], ["build", "--source="],
])
def test_anything_unusual_goes_through_typer(args: list[str]) -> None:
    assert fast_build_arguments(args, build_cmd) is None
