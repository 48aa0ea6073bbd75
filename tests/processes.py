"""Waiting on other processes in tests: whether one has ended, and polling with a deadline.

A helper process's end cannot be awaited from the test (it is not the test's child, or
it is the child of a process the test killed), so these look at ``/proc`` and poll.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

__all__ = ["gone", "poll", "wait_for_file"]


def gone(pid: int) -> bool:
    """Whether ``pid`` no longer runs (a zombie waiting to be reaped counts as gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False
        return False
    return "State:\tZ" in status


def poll(condition: Callable[[], object], timeout: float = 10.0) -> bool:
    """Whether ``condition()`` became true within ``timeout`` seconds (asked every 50 ms)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def wait_for_file(path: str, started: str) -> int:
    """Sent to the helper (or a thread): say it started (touch ``started``), wait until
    ``path`` exists; its process id. Module-level, so that the helper can unpickle it."""
    Path(started).touch()
    while not Path(path).exists():
        time.sleep(0.01)
    return os.getpid()
