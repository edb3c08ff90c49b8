"""Invariant: after any sequence of source edits, the incremental `_site` equals a clean build.

A seeded sequence of random edits, creations, deletions and renames is applied to a
small site; after each step one long-lived incremental builder rebuilds, a fresh site
builds from scratch into another folder, and the two folders must match byte for byte
(or both builds must fail).
"""
from __future__ import annotations

import os
import random
import re
import shutil
import time
from typing import Callable

import pytest

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.incremental import IncrementalBuilder
from .sample_site import write_site

STEPS = int(os.environ.get("PYJEKYLL_EQUIVALENCE_STEPS", "160"))
TIME_BUDGET = 20.0


def _tree(root: str) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for base, _dirs, names in os.walk(root):
        for name in names:
            path = os.path.join(base, name)
            with open(path, "rb") as fh:
                files[os.path.relpath(path, root)] = fh.read()
    return files


class Editor:
    """Random edits to the sample site, each one a plausible save in an editor."""

    def __init__(self, root: str, rng: random.Random) -> None:
        self.root = root
        self.rng = rng
        self.counter = 0

    def _files(self, folder: str, pattern: str = r".") -> list[str]:
        base = os.path.join(self.root, folder)
        if not os.path.isdir(base):
            return []
        return sorted(os.path.join(folder, n) for n in os.listdir(base) if re.search(pattern, n))

    def _content_files(self) -> list[str]:
        pages = [p for p in self._files("", r"\.(md|html)$")]
        return pages + self._files("_posts") + self._files("_notes")

    def _read(self, rel: str) -> str:
        with open(os.path.join(self.root, rel), encoding="utf-8") as fh:
            return fh.read()

    def _write(self, rel: str, text: str) -> None:
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)

    def _word(self) -> str:
        self.counter += 1
        return self.rng.choice(["alpha", "beta", "gamma", "delta"]) + str(self.counter)

    def append_text(self) -> str:
        rel = self.rng.choice(self._content_files())
        self._write(rel, self._read(rel) + f"\nAdded {self._word()}.\n")
        return f"append {rel}"

    def retitle(self) -> str:
        candidates = [f for f in self._content_files() if "title:" in self._read(f)]
        rel = self.rng.choice(candidates)
        text = re.sub(r"title: .*", f"title: {self._word()}", self._read(rel), count=1)
        self._write(rel, text)
        return f"retitle {rel}"

    def add_post(self) -> str:
        day = self.rng.randint(1, 28)
        slug = self._word()
        tags = self.rng.choice(["", "tags: [a]\n", "tags: [b, c]\n"])
        more = self.rng.choice(["", "\n<!--more-->\nTail.\n"])
        rel = f"_posts/2024-02-{day:02d}-{slug}.md"
        self._write(rel, f"---\ntitle: {slug.title()}\n{tags}---\nBody of {slug}.\n{more}")
        return f"add {rel}"

    def delete_post(self) -> str:
        posts = [p for p in self._files("_posts") + self._files("_notes") if "-first" not in p]
        if len(posts) <= 2:
            return self.add_post()
        rel = self.rng.choice(posts)
        os.remove(os.path.join(self.root, rel))
        return f"delete {rel}"

    def rename_post(self) -> str:
        posts = [p for p in self._files("_posts") if "-first" not in p]
        if not posts:
            return self.add_post()
        rel = self.rng.choice(posts)
        new = re.sub(r"-[^-/]+\.md$", f"-{self._word()}.md", rel)
        os.rename(os.path.join(self.root, rel), os.path.join(self.root, new))
        return f"rename {rel} -> {new}"

    def toggle_published(self) -> str:
        posts = [p for p in self._files("_posts") if "-first" not in p]
        if not posts:
            return self.add_post()
        rel = self.rng.choice(posts)
        text = self._read(rel)
        if "published: false\n" in text:
            text = text.replace("published: false\n", "")
        else:
            text = text.replace("---\n", "---\npublished: false\n", 1)
        self._write(rel, text)
        return f"publish-toggle {rel}"

    def edit_layout(self) -> str:
        rel = self.rng.choice(self._files("_layouts"))
        text = self._read(rel)
        choice = self.rng.random()
        if choice < 0.3 and "layout: default" in text:
            text = text.replace("layout: default", "layout: page")
        elif choice < 0.5 and "layout: page" in text:
            text = text.replace("layout: page", "layout: default")
        else:
            text = text.replace("{{ content }}", f"<i>{self._word()}</i>{{{{ content }}}}", 1)
        self._write(rel, text)
        return f"layout {rel}"

    def edit_include(self) -> str:
        rel = self.rng.choice(self._files("_includes"))
        self._write(rel, self._read(rel) + f"<!-- {self._word()} -->\n")
        return f"include {rel}"

    def new_include(self) -> str:
        name = self._word()
        self._write(f"_includes/{name}.html", f"<b>{name} {{{{ site.posts.size }}}}</b>\n")
        rel = self.rng.choice(self._content_files())
        self._write(rel, self._read(rel) + f"\n{{% include {name}.html %}}\n")
        return f"new include {name}"

    def edit_data(self) -> str:
        if self.rng.random() < 0.5:
            rel = "_data/nav.yml"
            self._write(rel, self._read(rel) + f"- {{title: {self._word()}, url: /x.html}}\n")
        else:
            rel = "_data/people.yml"
            self._write(rel, f"alice: {{name: {self._word()}}}\nbob: {{name: Bob}}\n")
        return f"data {rel}"

    def edit_static(self) -> str:
        rel = "assets/style.css"
        self._write(rel, f"body {{ color: {self._word()}; }}\n")
        return "static"

    def edit_sass(self) -> str:
        self._write("_sass/_base.scss", f"$c: red;\np {{ color: $c; }}\n.{self._word()} {{ x: y; }}\n")
        return "sass"

    def edit_relative(self) -> str:
        self._write("snippet.txt", f"snippet {self._word()}\n")
        return "include_relative"

    def add_page(self) -> str:
        name = self._word()
        self._write(f"{name}.md", f"---\nlayout: page\ntitle: {name}\n---\n{{{{ site.pages.size }}}} pages\n")
        return f"page {name}"

    def delete_page(self) -> str:
        generated = [f for f in self._files("", r"^(alpha|beta|gamma|delta)\d+\.md$")]
        if not generated:
            return self.add_page()
        rel = self.rng.choice(generated)
        os.remove(os.path.join(self.root, rel))
        return f"delete page {rel}"

    def operations(self) -> list[tuple[Callable[[], str], int]]:
        return [(self.append_text, 6), (self.retitle, 4), (self.add_post, 3), (self.delete_post, 2),
                (self.rename_post, 2), (self.toggle_published, 1), (self.edit_layout, 2),
                (self.edit_include, 2), (self.new_include, 1), (self.edit_data, 2), (self.edit_static, 1),
                (self.edit_sass, 1), (self.edit_relative, 1), (self.add_page, 1), (self.delete_page, 1)]


#: the build clock of both builds (the incremental builder keeps its first build's clock)
PINNED = {"time": "2024-03-01 12:00:00 +0000"}


def _full_build(source: str, dest: str) -> dict[str, bytes] | str:
    shutil.rmtree(dest, ignore_errors=True)
    try:
        load_site({"source": source, "destination": dest, "quiet": True, **PINNED}).process()
    except Exception as exc:  # noqa: BLE001 - the incremental build must fail the same way
        return f"{type(exc).__name__}: {exc}"
    return _tree(dest)


def _stamps(root: str) -> dict[str, tuple[int, int] | None]:
    """Every file's (mtime, size) and every folder (None) under `root`, but the build's own."""
    stamps: dict[str, tuple[int, int] | None] = {}
    for base, dirs, names in os.walk(root):
        dirs[:] = [d for d in dirs if d != ".jekyll-cache"]
        for name in dirs:
            stamps[os.path.join(base, name)] = None
        for name in names:
            st = os.stat(os.path.join(base, name))
            stamps[os.path.join(base, name)] = (st.st_mtime_ns, st.st_size)
    return stamps


def _watched_changes(before: dict[str, tuple[int, int] | None], after: dict[str, tuple[int, int] | None]) -> list[str]:
    """What a watcher reports: files changed, created or removed; folders created or removed."""
    return sorted(p for p in set(before) | set(after) if before.get(p, 0) != after.get(p, 0))


def _incremental_build(builder: IncrementalBuilder, changed: list[str] | None = None) -> dict[str, bytes] | str:
    try:
        builder.build(changed)
    except Exception as exc:  # noqa: BLE001
        return f"{type(exc).__name__}: {exc}"
    return _tree(builder.site.dest)


@pytest.mark.parametrize("seed,told", [(7, False), (11, True)])
def test_random_edits_match_clean_builds(tmp_path, seed: int, told: bool) -> None:
    """`told`: each rebuild gets the list of changed paths, as the watcher gives it."""
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    inc_dest, full_dest = str(tmp_path / "inc"), str(tmp_path / "full")
    builder = IncrementalBuilder(load_site({"source": source, "destination": inc_dest, "quiet": True}))
    assert _incremental_build(builder) == _full_build(source, full_dest)
    rng = random.Random(seed)
    editor = Editor(source, rng)
    ops, weights = zip(*editor.operations())
    started = time.monotonic()
    reused = failed = 0
    history: list[str] = []
    for step in range(STEPS):
        if time.monotonic() - started > TIME_BUDGET:
            break
        before = _stamps(source) if told else {}
        history.append(rng.choices(ops, weights)[0]())
        changed = _watched_changes(before, _stamps(source)) if told else None
        incremental = _incremental_build(builder, changed)
        reused += builder._report.reused
        failed += isinstance(incremental, str)
        if isinstance(incremental, str) and os.environ.get("PYJEKYLL_EQUIVALENCE_VERBOSE"):
            print(history[-1], incremental)
        full = _full_build(source, full_dest)
        if incremental != full:
            detail = incremental if isinstance(incremental, str) or isinstance(full, str) else sorted(
                k for k in set(incremental) | set(full) if incremental.get(k) != full.get(k))
            pytest.fail(f"step {step} ({history[-3:]}): incremental differs from clean build: {detail}")
    print(f"{step + 1} steps, {reused} renders reused, {failed} failed builds")
    assert step >= 50, "too few steps ran inside the time budget"
    assert reused > 0, "the incremental builder never reused a render"


def test_example_site_edits_match_clean_builds(tmp_path) -> None:
    """The example site, with its plugins (SEO tag, feed, sitemap, redirects) in the picture."""
    from example_site.sitecopy import copy_example_site

    logger.level = ERROR
    source = str(copy_example_site(tmp_path / "src"))
    inc_dest, full_dest = str(tmp_path / "inc"), str(tmp_path / "full")
    builder = IncrementalBuilder(load_site({"source": source, "destination": inc_dest, "quiet": True, **PINNED}))
    assert _incremental_build(builder) == _full_build(source, full_dest)
    rng = random.Random(3)
    editor = Editor(source, rng)
    pages = [os.path.relpath(os.path.join(b, n), source) for b, _, names in os.walk(source)
             for n in names if n.endswith(".md") and not os.path.relpath(b, source).startswith("_site")]
    includes = editor._files("_includes")

    def append() -> str:
        rel = rng.choice(pages)
        editor._write(rel, editor._read(rel) + f"\nA new paragraph {editor._word()}.\n")
        return f"append {rel}"

    def retitle() -> str:
        rel = rng.choice([p for p in pages if "\ntitle:" in editor._read(p)])
        editor._write(rel, re.sub(r"\ntitle: .*", f"\ntitle: {editor._word()}", editor._read(rel), count=1))
        return f"retitle {rel}"

    def include() -> str:
        rel = rng.choice(includes)
        editor._write(rel, editor._read(rel) + f"<!-- {editor._word()} -->\n")
        return f"include {rel}"

    started = time.monotonic()
    reused = 0
    for step in range(40):
        if time.monotonic() - started > 15:
            break
        done = rng.choice([append, append, retitle, include])()
        incremental = _incremental_build(builder)
        reused += builder._report.reused
        full = _full_build(source, full_dest)
        if incremental != full:
            detail = incremental if isinstance(incremental, str) or isinstance(full, str) else sorted(
                k for k in set(incremental) | set(full) if incremental.get(k) != full.get(k))
            pytest.fail(f"step {step} ({done}): incremental differs from clean build: {detail}")
    assert step >= 10 and reused > 0
