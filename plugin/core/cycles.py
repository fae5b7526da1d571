"""Python's cycle collector, paused while a run builds many objects that live until its end.

Why: the collector makes a full pass over every object of the interpreter whenever the objects made
since its last full pass reach a quarter of those that survived it. A buffer overlap on 100,000
fields keeps about 150,000 (rows, pieces, the features they came from) until it ends; in a QGIS
interpreter (180,000 objects before any plugin work) that cost 2-3 full passes, 0.13-0.19 s of a
1.4 s run, and more the more the interpreter holds. Nothing a run makes needs the collector: its
objects form no reference cycles and reference counting frees them (the count of objects is the same
after a run as before). The collector resumes when the last run under way ends, as it was before
the first one began. Mercurial pauses it around its large loads for the same reason.
"""

import gc
import threading
from contextlib import contextmanager

_lock = threading.Lock()
_runs = 0  # runs under way, in any thread
_resume = False  # whether the collector was on when the first of them began


@contextmanager
def collector_paused():
    global _runs, _resume
    with _lock:
        if _runs == 0:
            _resume = gc.isenabled()
            gc.disable()
        _runs += 1
    try:
        yield
    finally:
        with _lock:
            _runs -= 1
            if _runs == 0 and _resume:
                gc.enable()
