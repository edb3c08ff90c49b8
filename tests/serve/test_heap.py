"""The session's heap settling: frozen after the first build, and released by the next settle."""
from __future__ import annotations

import gc
import weakref

from pyjekyll.serving.heap import settle_heap


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_a_settle_frees_what_an_earlier_settle_froze() -> None:
    try:
        node = _Node()
        ref = weakref.ref(node)
        settle_heap()
        assert gc.get_freeze_count() > 0
        del node
        gc.collect()
        assert ref() is not None  # frozen: full collections leave it alone
        settle_heap()
        assert ref() is None
    finally:
        gc.unfreeze()


def test_a_session_settles_after_its_first_build(tmp_path, monkeypatch) -> None:
    from pyjekyll.log import ERROR, logger
    from pyjekyll.serving import session as session_module
    from .sample_site import write_site

    logger.level = ERROR
    calls: list[int] = []
    monkeypatch.setattr(session_module, "settle_heap", lambda: calls.append(1))
    write_site(str(tmp_path / "src"))
    session = session_module.Session({"source": str(tmp_path / "src"), "destination": str(tmp_path / "out"),
                                      "quiet": True})
    session.build(initial=True)
    assert calls == [1]
    with open(tmp_path / "src" / "about.md", "a", encoding="utf-8") as fh:
        fh.write("\nMore.\n")
    session.changed([str(tmp_path / "src" / "about.md")])
    assert calls == [1]  # a rebuild does not settle again


def test_a_rebuild_frees_the_model_it_replaces_without_the_collector(tmp_path) -> None:
    from pyjekyll.commands.build import load_site
    from pyjekyll.log import ERROR, logger
    from pyjekyll.serving.incremental import IncrementalBuilder
    from .sample_site import write_site

    logger.level = ERROR
    write_site(str(tmp_path / "src"))
    builder = IncrementalBuilder(load_site({"source": str(tmp_path / "src"), "destination": str(tmp_path / "out"),
                                            "quiet": True}))
    builder.build()
    builder.build()
    old = [weakref.ref(doc) for doc in builder.site.posts.docs]
    assert old and all(ref() is not None for ref in old)
    gc.disable()
    try:
        builder.build()
        assert all(ref() is None for ref in old)  # freed by reference counting alone
    finally:
        gc.enable()
