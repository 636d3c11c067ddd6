"""Full garbage collections held back while a first sync streams its pages in.

A first sync decodes and maps a couple of hundred thousand rows. Python's cyclic collector runs
a full collection after every few hundred thousand surviving allocations, and each one walks
every object the program holds (in the app also Qt's wrappers, the cache's engine and every
module). On the 100,000-product bench the six full collections of a first sync took about a
seventh of the client's CPU time and freed next to nothing: the rows are dicts and lists
without cycles, freed by reference counting as each page is written.

`fewer_full_collections()` raises the oldest generation's threshold while it lasts. Young
collections, which catch the short-lived cycles the rest of the app makes, go on as before;
the next full collection comes after the first sync. Overlapping uses (the two lanes of a
first sync, another pull) share one change: the first in makes it, the last out puts back the
thresholds it found.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Collections of the middle generation before a full one (Python's default is 10).
HELD_BACK = 1_000_000

_lock = threading.Lock()
_holders = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def fewer_full_collections() -> Iterator[None]:
    """No full collection while the block runs, unless something asks for one explicitly."""
    global _holders, _saved
    with _lock:
        if _holders == 0:
            first, middle, oldest = gc.get_threshold()
            _saved = (first, middle, oldest)
            gc.set_threshold(first, middle, max(oldest, HELD_BACK))
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
