"""One switch for Python's cyclic garbage collector in the UI process.

Three things hold the collector off for a while, and one must not turn it back on
while another still holds it: the start (``tui.cli.launch`` until the first frame), a
document arriving from the loader (``tui.background``), and a corpus search filling its
list (``tui.screens.corpus_search``). Each takes a ``Hold``; the collector runs again
when the last one is released. Their objects are freed by reference counting meanwhile
(only reference cycles wait), and a hold may freeze what was made under it: long-lived
objects that later full collections then need not walk again and again.
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_holds = 0
_was_enabled = True


class Hold:
    """The collector held off from ``hold()`` until ``release()`` (each at most once).

    Also a context manager: held inside the ``with``, released at its end, with what was
    made meanwhile frozen when ``freeze`` is set.
    """

    def __init__(self, freeze: bool = False) -> None:
        self.holding = False
        self.freeze = freeze
        """Whether leaving a ``with`` freezes (``release(freeze=True)``)."""

    def hold(self) -> None:
        global _holds, _was_enabled
        with _lock:
            if self.holding:
                return
            self.holding = True
            if _holds == 0:
                _was_enabled = gc.isenabled()
                gc.disable()
            _holds += 1

    def release(self, freeze: bool = False) -> None:
        """End the hold; ``freeze``: move every object made so far out of later collections."""
        global _holds
        with _lock:
            if not self.holding:
                return
            self.holding = False
            if freeze:
                gc.freeze()
            _holds -= 1
            if _holds == 0 and _was_enabled:
                gc.enable()

    def __enter__(self) -> Hold:
        self.hold()
        return self

    def __exit__(self, *_: object) -> None:
        self.release(freeze=self.freeze)


start = Hold()
"""The start's hold: taken by ``tui.cli.launch``, released after the first frame."""


def holding() -> bool:
    """Whether some hold is on (tests)."""
    return _holds > 0
