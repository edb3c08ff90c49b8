"""Sass errors carry the message real Jekyll's converter raises, file, line and column included."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from pyjekyll.converters.sass import SassConverter, SassError, sassify
from pyjekyll.errors import JekyllError

HERE = Path(__file__).parent
CASES = HERE / "error_cases"
EXPECTED = HERE / "expected_errors"
KNOWN_FAILURES = frozenset(
    line.strip() for line in (HERE / "known_failures.txt").read_text().splitlines()
    if line.strip() and not line.startswith("#")
)
FRONT_MATTER = re.compile(r"\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)", re.S | re.M)


def failing_page(case: Path) -> str:
    pages = [p for p in case.rglob("*") if p.suffix in (".scss", ".sass")
             and not any(part.startswith("_") for part in p.relative_to(case).parts[:-1])]
    assert len(pages) == 1
    return pages[0].relative_to(case).as_posix()


def error_cases() -> list:
    return [
        pytest.param(name, id=name, marks=[pytest.mark.golden(suite="sass-errors")] + (
            [pytest.mark.xfail(strict=False)] if f"errors/{name}" in KNOWN_FAILURES else []))
        for name in sorted(p.name for p in CASES.iterdir() if p.is_dir())
    ]


@pytest.mark.parametrize("case_name", error_cases())
def test_error_message_matches_jekyll(case_name: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # messages must not depend on our working folder
    case = CASES / case_name
    config = yaml.safe_load((case / "_config.yml").read_text()) or {}
    rel = failing_page(case)
    text = (case / rel).read_text(encoding="utf-8")
    body = text[FRONT_MATTER.match(text).end():]

    with pytest.raises(SassError) as caught:
        SassConverter(config, case, None).convert(body, rel)

    assert str(caught.value) == (EXPECTED / f"{case_name}.txt").read_text(encoding="utf-8")
    assert isinstance(caught.value, JekyllError)
    assert caught.value.line and caught.value.column


def test_error_names_the_partial_relative_to_the_site(tmp_path: Path) -> None:
    case = CASES / "undefined_in_partial"
    with pytest.raises(SassError) as caught:
        SassConverter({}, case, None).convert('// x\n@import "bad";\n', "style.scss")
    assert (caught.value.path, caught.value.line, caught.value.column) == ("_sass/_bad.scss", 2, 15)


def test_sassify_and_scssify_filters(tmp_path: Path) -> None:
    """Outputs Jekyll 4.3.1 printed for the same filter inputs in a site with this `_sass`."""
    (tmp_path / "_sass").mkdir()
    (tmp_path / "_sass" / "_p.scss").write_text(".p{q:r}\n")
    config = {"source": str(tmp_path)}
    assert sassify(".a\n  b: c\n", "sass", config) == ".a { b: c; }\n"
    assert sassify('@import "p"; .a { .b { c: d; } }', "scss", config) == ".p { q: r; }\n\n.a .b { c: d; }\n"
    with pytest.raises(SassError) as caught:
        sassify(".a {", "scss", config)
    assert "of stdin" in str(caught.value)
