"""Keep the garbage collector's full passes small in a long-lived session.

A session holds a large, long-lived heap (modules, parsed templates, every item's
recorded reads, read caches) and each rebuild adds a new site model. Python's full
collections walk every tracked object, so with a big site each one costs a noticeable
pause in the middle of some rebuild. After the first build (and after a reload) the
heap is collected once and then frozen: later full passes walk only what was made
since. Objects frozen that later become cyclic garbage stay until the next settle;
that is one site model at most, since every settle first releases them.

A rebuild also drops the model of the build before it. Its documents sit in reference
cycles (document and its collection, its cached drop, its excerpt), which only a full
collection would find; cutting those links when the model is replaced lets reference
counting free it at once, so garbage does not pile up between full collections.
"""
from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pyjekyll.site import Site


def settle_heap() -> None:
    """Collect everything once, then exempt what survives from later full collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def release_model(site: Site) -> None:
    """Cut the cycles of the documents a rebuild is about to replace (call before `reset`).

    Nothing reads the old model afterwards: a rebuild makes every document anew.
    """
    for collection in site.collections.values():
        for doc in collection.docs:
            if getattr(doc, "_drop", None) is not None:
                doc._drop = None
            data = doc.data if isinstance(doc.data, dict) else {}
            excerpt = data.get("excerpt")
            if excerpt is not None and getattr(excerpt, "doc", None) is doc:
                excerpt.doc = None
        collection.docs = []
        collection.files = []
        collection._drop = None
