"""A PDFium process kept for the next PDF while a batch of files is read (the file tree's
speech counts, the search index): one Python start and one pypdfium2 import for many PDFs,
not one for each (``pdfchild``'s cost, some 50-150 ms of CPU a PDF; docs/performance-log.md,
pdf72, has the figures).

Inside ``batch()`` (on the thread that reads the files), ``pdfchild.page_texts`` hands each
PDF to a kept child (``pdf.child_serve``), started as ``pdfchild``'s one-file child is
(``bounded.start_python``: address space, a minimal environment, a private folder, a
session of its own), which reads the files one after the other and answers each as the
one-file child does (JSON, data only), its length on a line before it. Every bound holds
for each file:

* time: the reader waits ``self.limits.timeout`` seconds from handing a file over; then the
  child and all it started are killed;
* answer: a length over ``self.limits.output`` (or more bytes than that coming) kills it;
* CPU: ``RLIMIT_CPU`` counts a process's whole life, so the child raises its own soft limit
  before each file to what it has used and ``pdfchild.CPU_LIMIT`` seconds more (a file's
  own CPU, enforced by the kernel with SIGXCPU also when the reader is gone); the hard
  limit, set once at the start, is ``CPU_LIMIT`` times ``FILES_PER_PROCESS``, and a child
  is replaced after that many files. The child sets its limit itself, before it reads the
  file: a PDF could raise it only by running code in the child, and then up to the hard
  limit only;
* memory: the address space is the process's, shared with the files before. A child
  that went past it (or crashed: a heap an earlier file damaged?) on a file that was not
  its first has that file read again alone, by a one-file child (``pdfchild``), and that
  answer is the file's: no file is refused for what another did. A time, answer or CPU
  limit is the file's own and not tried again (a second 120 s wait would be paid).

A file that ends a child (a crash, a kill, a limit) is reported for that file only; the
next one goes to a fresh child. A child ends when its batch is done and ``IDLE`` seconds
pass without another batch taking it (a timer here), when its input closes (the reader
exited, even killed: it then reads end of file after the file it is on) and on its own
after ``3 * IDLE`` seconds without a file; at the reader's exit (``end_kept``, at exit)
those at rest are ended. Only POSIX (waiting on pipes, resource limits): elsewhere
``batch`` does nothing and each PDF has its own child.
"""

from __future__ import annotations

import atexit
import contextlib
import dataclasses
import json
import os
import selectors
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from tui.formats import bounded

__all__ = ["FILES_PER_PROCESS", "IDLE", "SERVE_CODE", "batch", "end_kept", "read", "resting"]

FILES_PER_PROCESS = 100
"""Files a kept child reads before it is replaced (its hard CPU limit is this many files')."""
IDLE = 10.0
"""Seconds a kept child waits at rest for the next batch before it is ended."""
_HEADER = 24
"""Bytes the length line may take."""

SERVE_CODE = (
    "import json, sys\n"
    "sys.path[:0] = json.loads(sys.argv[1])\n"
    "from tui.formats.pdf import child_serve\n"
    "child_serve(int(sys.argv[2]), float(sys.argv[3]))\n"
)
"""What a kept child runs (``python -I -S -c``, after ``bounded``'s limits)."""


class _Kept:
    """One kept child, its folder and its error output (a file in that folder)."""

    def __init__(self, limits: bounded.Limits, paths: list[str]) -> None:
        self.limits = limits
        self.owner = os.getpid()
        self.files = 0
        self._folder = tempfile.TemporaryDirectory(prefix="speech-reader-pdf-")
        self.folder = self._folder.name
        self._errors = open(Path(self.folder, "errors.log"), "w+b")  # noqa: SIM115 - kept
        whole = dataclasses.replace(limits, cpu=limits.cpu * FILES_PER_PROCESS)
        arguments = [json.dumps(paths), str(limits.cpu), str(3 * IDLE)]
        try:
            self.process = bounded.start_python(
                SERVE_CODE, arguments, self.folder, whole, self._errors.fileno()
            )
        except OSError:
            self._errors.close()
            self._folder.cleanup()
            raise

    def alive(self) -> bool:
        """Whether it runs still. Asked without reaping it (``bounded.exited``): its number
        stays its group's until ``end`` has killed what is left of its session."""
        return self.process.returncode is None and not bounded.exited(self.process, 0)

    def usable(self, limits: bounded.Limits) -> bool:
        """Whether it may read the next file under ``limits``."""
        return self.limits == limits and self.files < FILES_PER_PROCESS and self.alive()

    def read(self, data: bytes) -> bounded.Outcome:
        """The child's answer on the PDF ``data``, or how it ended (then it is ended)."""
        self.files += 1
        Path(self.folder, "in.pdf").write_bytes(data)
        errors_from = self._errors.seek(0, os.SEEK_END)
        assert self.process.stdin is not None and self.process.stdout is not None
        try:
            self.process.stdin.write(b"in.pdf\n")
            self.process.stdin.flush()
        except OSError:  # (it has ended: said below as what ended it)
            pass
        deadline = time.monotonic() + self.limits.timeout
        source = self.process.stdout.fileno()
        got = bytearray()
        size: int | None = None
        too_slow = too_much = False
        while True:
            if size is None and b"\n" in got[:_HEADER]:
                head, _, rest = bytes(got).partition(b"\n")
                size = int(head) if head.isdigit() else -1
                got = bytearray(rest)
                if size > self.limits.output:
                    too_much = True
                    break
            if size is not None and (size < 0 or len(got) >= size):
                break
            if size is None and len(got) >= _HEADER:
                size = -1  # (no length line: a broken answer)
                break
            left = deadline - time.monotonic()
            if left <= 0 or not _readable(source, left):
                too_slow = True
                break
            chunk = os.read(source, 1 << 16)
            if not chunk:
                break  # (it ended: how, below)
            got += chunk
            if len(got) > self.limits.output + _HEADER:
                too_much = True
                break
        if not too_slow and not too_much and size is not None and len(got) == size:
            Path(self.folder, "in.pdf").unlink(missing_ok=True)
            return bounded.Outcome(0, bytes(got), b"")
        bounded.kill(self.process)  # (and what it started: ended, whatever ended it)
        self.process.wait()
        self._errors.seek(errors_from)
        head = self._errors.read(1024)
        self.close()
        if size == -1 or size is not None and len(got) > size and not too_much:
            # (a length line missing or wrong: told as an answer not readable)
            return bounded.Outcome(0, bytes(got), head)
        return bounded.Outcome(self.process.returncode, b"", head, too_slow, too_much)

    def end(self) -> None:
        """Ask it to end (its input closed), then kill what is left of its session."""
        if self.owner != os.getpid():
            return  # (a copy of another process's list: not ours to end)
        with contextlib.suppress(OSError):
            assert self.process.stdin is not None
            self.process.stdin.close()
        assert self.process.stdout is not None
        if self.process.returncode is None:  # (not reaped: its number is its group's still)
            source, deadline = self.process.stdout.fileno(), time.monotonic() + 2
            while _readable(source, deadline - time.monotonic()) and os.read(source, 1 << 16):
                pass  # (until it closes its output as it ends, or 2 s)
            bounded.kill(self.process)
            self.process.wait()
        self.process.stdout.close()

    def close(self) -> None:
        """``end`` it and remove its folder (its error output read before, if need be)."""
        self.end()
        if self.owner != os.getpid() or self._errors.closed:
            return
        self._errors.close()
        self._folder.cleanup()


def _readable(source: int, seconds: float) -> bool:
    """Whether the pipe ``source`` has something to read (or its end) within ``seconds``."""
    if seconds <= 0:
        return False
    with selectors.DefaultSelector() as waiting:  # (not select(): descriptors past 1024)
        waiting.register(source, selectors.EVENT_READ)
        return bool(waiting.select(seconds))


class _Slot:
    """A batch's kept child, once its first PDF came."""

    kept: _Kept | None = None


_local = threading.local()
_lock = threading.Lock()
_resting: dict[_Kept, threading.Timer] = {}
"""Kept children at rest, each with the timer that ends it ``IDLE`` seconds after."""


@contextlib.contextmanager
def batch() -> Iterator[None]:
    """While in it, the PDFs this thread reads go to a kept child (``read``); at its end
    the child rests for ``IDLE`` seconds, for the next batch. Nested: the outer one."""
    if os.name != "posix" or getattr(_local, "slot", None) is not None:
        yield
        return
    slot = _Slot()
    _local.slot = slot
    try:
        yield
    finally:
        _local.slot = None
        if slot.kept is not None:
            _rest(slot.kept)


def read(data: bytes, limits: bounded.Limits, paths: list[str]) -> bounded.Outcome | None:
    """The kept child's outcome on the PDF ``data`` under ``limits`` (a file's), the child
    importing from ``paths``; None outside a batch, or when the file is to be read alone
    (a child that had read other files crashed or ran out of memory on it). Raises
    OSError when no child can be started."""
    slot: _Slot | None = getattr(_local, "slot", None)
    if slot is None:
        return None
    kept = slot.kept
    if kept is None or not kept.usable(limits):
        if kept is not None:
            kept.close()
        kept = slot.kept = _take(limits, paths)
    first = kept.files == 0
    outcome = kept.read(data)
    if kept.alive():
        return outcome
    slot.kept = None  # (it ended on this file: the next one goes to a fresh child)
    kept.close()  # (its session killed, then reaped; closed already where it was killed)
    if outcome.returncode == 0 and not outcome.too_slow and not outcome.too_much:
        return outcome  # (a broken answer: the file's)
    if first or outcome.too_slow or outcome.too_much or _cpu_limit(outcome.returncode):
        return outcome
    return None


def _cpu_limit(returncode: int) -> bool:
    import signal

    return hasattr(signal, "SIGXCPU") and returncode == -signal.SIGXCPU


def _take(limits: bounded.Limits, paths: list[str]) -> _Kept:
    """A child at rest (its timer stopped), or a new one."""
    with _lock:
        while _resting:
            kept, timer = _resting.popitem()
            timer.cancel()
            if kept.usable(limits):
                return kept
            kept.close()
    return _Kept(limits, paths)


def _rest(kept: _Kept) -> None:
    if not kept.alive():
        kept.close()
        return
    timer = threading.Timer(IDLE, _retire, (kept,))
    timer.daemon = True
    with _lock:
        _resting[kept] = timer
    timer.start()


def _retire(kept: _Kept) -> None:
    with _lock:
        if _resting.pop(kept, None) is None:
            return  # (taken meanwhile)
    kept.close()


def resting() -> list[int]:
    """The process ids of the kept children at rest."""
    with _lock:
        return [kept.process.pid for kept in _resting]


def end_kept() -> None:
    """End the children at rest (at the reader's exit; a benchmark, a test)."""
    with _lock:
        resting = list(_resting.items())
        _resting.clear()
    for kept, timer in resting:
        timer.cancel()
        kept.close()


def _forget() -> None:
    """In a forked copy of this process: the parent's children are not its own."""
    _resting.clear()


atexit.register(end_kept)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget)
