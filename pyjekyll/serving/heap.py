"""Keep the garbage collector's full passes small in a long-lived session.

A session holds a large, long-lived heap (modules, parsed templates, every item's
recorded reads, read caches) and each rebuild adds a new site model. Python's full
collections walk every tracked object, so with a big site each one costs a noticeable
pause in the middle of some rebuild. After the first build (and after a reload) the
heap is collected once and then frozen: later full passes walk only what was made
since. Objects frozen that later become cyclic garbage stay until the next settle;
that is one site model at most, since every settle first releases them.
"""
from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect everything once, then exempt what survives from later full collections."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()
