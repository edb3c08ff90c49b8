"""The two seed pages, dropped unchanged into a copy of the example site, built by pyjekyll.

Seed 000 becomes `index.md`, seed 002 `_pages/about.md` (every other page claiming `/` is
removed). Goldens: tests/example_site/seed-NNN/expected/ from scripts/gen_example_goldens;
cases that cannot match yet are listed in tests/example_site/seed-NNN/known_failures.txt.
The seeds are read from ../shared/seeds beside the repo.
"""
from __future__ import annotations

import pytest

from example_site.golden import (
    BUILD_CASE,
    EXTRA_FILES_CASE,
    BuildResult,
    build_failure,
    build_with_pyjekyll,
    describe_difference,
    extra_files_problem,
    read_known_failures,
    relative_files,
)
from example_site.sitecopy import SEED_VARIANTS, SEEDS_DIR, SeedVariant, make_seed_site

_VARIANTS = {variant.name: variant for variant in SEED_VARIANTS}


def _cases() -> list[pytest.ParameterSet]:
    params = []
    for variant in SEED_VARIANTS:
        known = read_known_failures(variant.golden_dir() / "known_failures.txt")
        files = relative_files(variant.golden_dir() / "expected")
        for case in [BUILD_CASE, *files, EXTRA_FILES_CASE]:
            marks = [] if case == BUILD_CASE else [pytest.mark.golden(suite=f"example-{variant.name}")]
            if case in known:
                marks.append(pytest.mark.xfail(strict=False, reason=f"listed in {variant.name}/known_failures.txt"))
            params.append(pytest.param(variant.name, case, id=f"{variant.name}/{case}", marks=marks))
    return params


@pytest.fixture(scope="module")
def builds(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    """One pyjekyll build per seed variant, made on first use."""
    if not SEEDS_DIR.is_dir():
        pytest.skip(f"seed pages not found: {SEEDS_DIR} is absent")
    try:
        import pyjekyll.cli  # noqa: F401
    except ImportError as exc:
        pytest.skip(f"pyjekyll.cli does not import yet (core pipeline in progress): {exc}")
    return _LazyBuilds(tmp_path_factory)


class _LazyBuilds(dict):
    def __init__(self, factory: pytest.TempPathFactory) -> None:
        super().__init__()
        self._factory = factory

    def __missing__(self, name: str) -> BuildResult:
        variant: SeedVariant = _VARIANTS[name]
        if variant.seed_file() is None:
            pytest.skip(f"seed {variant.seed_glob} not found in {SEEDS_DIR}")
        work = self._factory.mktemp(name)
        result = build_with_pyjekyll(make_seed_site(variant, work / "src"), work / "site")
        self[name] = result
        return result


def test_seed_goldens_present() -> None:
    for variant in SEED_VARIANTS:
        assert (variant.golden_dir() / "expected" / "index.html").is_file(), (
            f"run scripts/gen_example_goldens to create {variant.golden_dir()}/expected/"
        )


@pytest.mark.parametrize(("variant", "case"), _cases())
def test_seed_output(builds: dict[str, BuildResult], variant: str, case: str) -> None:
    result = builds[variant]
    expected = _VARIANTS[variant].golden_dir() / "expected"
    if case == BUILD_CASE:
        problem = build_failure(result)
    elif case == EXTRA_FILES_CASE:
        problem = extra_files_problem(result, expected)
    else:
        problem = describe_difference(expected / case, result.dest / case)
    assert problem is None, f"{variant}/{case}: {problem}"
