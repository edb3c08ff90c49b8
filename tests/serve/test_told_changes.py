"""Rebuilds told which files changed (the watcher's list) stat no other document.

The list is the contract: files not on it are taken as unchanged. A folder or a
symlink on the list, or a session whose watcher may have missed something (its first
rebuild, a rebuild after a failed one), falls back to stat-ing every document.
"""
from __future__ import annotations

import os

from pyjekyll.commands.build import load_site
from pyjekyll.log import ERROR, logger
from pyjekyll.serving.incremental import IncrementalBuilder
from pyjekyll.serving.session import Session
from .sample_site import write_site


def _append(path: str, text: str) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(text)


def _page(dest: str, rel: str) -> str:
    with open(os.path.join(dest, rel), encoding="utf-8") as fh:
        return fh.read()


def _setup(tmp_path) -> tuple[str, str, str, str]:
    logger.level = ERROR
    source = str(tmp_path / "src")
    write_site(source)
    first = os.path.join(source, "_posts", "2024-01-01-first.md")
    second = os.path.join(source, "_posts", "2024-01-02-second.md")
    return source, str(tmp_path / "inc"), first, second


def test_only_listed_documents_are_looked_at(tmp_path) -> None:
    source, dest, first, second = _setup(tmp_path)
    builder = IncrementalBuilder(load_site({"source": source, "destination": dest, "quiet": True}))
    builder.build()
    _append(first, "\nListed edit.\n")
    _append(second, "\nUnlisted edit.\n")
    builder.build([first])
    assert "Listed edit." in _page(dest, "2024/01/01/first.html")
    assert "Unlisted edit." not in _page(dest, "2024/01/02/second.html")
    builder.build([second])
    assert "Unlisted edit." in _page(dest, "2024/01/02/second.html")


def test_a_folder_on_the_list_means_stat_everything(tmp_path) -> None:
    source, dest, first, second = _setup(tmp_path)
    builder = IncrementalBuilder(load_site({"source": source, "destination": dest, "quiet": True}))
    builder.build()
    _append(second, "\nUnlisted edit.\n")
    os.makedirs(os.path.join(source, "_posts", "new-folder"))
    builder.build([os.path.join(source, "_posts", "new-folder")])
    assert "Unlisted edit." in _page(dest, "2024/01/02/second.html")


def test_a_symlinked_folder_is_always_stated(tmp_path) -> None:
    source, dest, first, second = _setup(tmp_path)
    elsewhere = str(tmp_path / "elsewhere" / "_posts")
    os.makedirs(elsewhere)
    linked = os.path.join(elsewhere, "2024-01-05-linked.md")
    with open(linked, "w", encoding="utf-8") as fh:
        fh.write("---\ntitle: Linked\n---\nLinked body.\n")
    os.symlink(os.path.dirname(elsewhere), os.path.join(source, "blog"))
    builder = IncrementalBuilder(load_site({"source": source, "destination": dest, "quiet": True}))
    builder.build()
    _append(linked, "\nEdited through the link.\n")  # (a watcher of the source does not see this)
    builder.build([first])
    assert "Edited through the link." in _page(dest, "blog/2024/01/05/linked.html")


def test_a_session_trusts_the_list_only_after_a_watched_successful_rebuild(tmp_path) -> None:
    source, dest, first, second = _setup(tmp_path)
    session = Session({"source": source, "destination": dest, "quiet": True})
    session.build(initial=True)
    _append(second, "\nChanged before the watcher started.\n")
    _append(first, "\nSeen.\n")
    session.changed([first])
    assert "Changed before the watcher started." in _page(dest, "2024/01/02/second.html")
    assert session._watched_build
    bad = os.path.join(source, "_includes", "card.html")
    _append(bad, "{% if %}")
    assert session.changed([bad]) is None  # a failed build ...
    _append(second, "\nChanged while the build was failing.\n")
    with open(bad, "w", encoding="utf-8") as fh:
        fh.write("<div>{{ include.post.title }}</div>\n")
    session.changed([bad])  # ... so the next one stats everything
    assert "Changed while the build was failing." in _page(dest, "2024/01/02/second.html")
