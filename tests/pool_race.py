"""CPython 3.11's race between ``ProcessPoolExecutor.submit`` and the death of its process,
played on purpose with the real pool (``tui.services``' helper).

``submit`` checks that the pool is not broken, then adds the work to the pool's pending
items; the pool's manager thread, seeing the process dead, marks the pool broken, fails
the pending items and stops, without the lock ``submit`` holds. Work added between the two
is never completed: a caller waiting on it without a time limit waits forever (one whole
test run hung so, in ``test_filetree_index``, at the asyncio loop's close)."""

from __future__ import annotations

import os
import signal
from typing import Any

import pytest

from tests.processes import poll


class LateItems(dict[int, Any]):
    """A pool's pending items that, once ``pid`` is set, kill that helper as the next
    item comes in (``submit`` found the pool whole), and add the item only when the
    manager thread has failed the items it had and stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.pool: Any = None
        self.pid = 0

    def __setitem__(self, key: int, value: Any) -> None:
        if self.pid:
            pid, self.pid = self.pid, 0
            os.kill(pid, signal.SIGKILL)
            # The manager closes the call queue's reader after it failed the pending items.
            assert poll(lambda: self.pool._call_queue._reader.closed, 30)
        super().__setitem__(key, value)

    def release(self) -> None:
        """Cancel the items the pool lost, so that nothing waits on them after a test
        (a thread still waiting would hang the close of the test's event loop)."""
        for item in list(self.values()):
            item.future.cancel()


def late_items(monkeypatch: pytest.MonkeyPatch) -> LateItems:
    """Every helper pool ``tui.services`` starts from now on has these pending items
    (given before its manager thread starts and takes them)."""
    from tui import services

    late = LateItems()
    real = services._start_pool

    def start() -> Any:
        pool = real()
        late.pool = pool
        pool._pending_work_items = late
        return pool

    monkeypatch.setattr(services, "_start_pool", start)
    return late
