"""The search index kept up to date with the parsing in the helper process: the index
worker's loop on a thread of the app's process (``index_in_helper``) and what it sends the
helper (``plan_in_helper``: the folder's walk; ``index_batch``: files parsed and written,
about ``INDEX_BATCH_SECONDS`` a call). The helper keeps its connection to the index and the
files still to index between calls (module state of the helper process).
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.base.files import FileStamp
    from tui.engine.index import Index
    from tui.engine.index.results import SyncReport
    from tui.services import Background


INDEX_BATCH_SECONDS = 0.25
"""How long the helper parses and writes files in one call (``index_batch``; at least one
file): a keyword request for the open file waits at most about this long behind it."""
INDEX_SEND_FILES = 500
"""Files sent to the helper in one call (it does what it can of them in its time)."""
INDEX_HERE_BYTES = 500_000
"""Files to index of at most this many bytes in all are parsed on the caller's thread, not
sent to the helper: about 0.15 s of parsing, less than the helper costs to start (some
0.5 s of CPU; 30 MB and multiprocessing's resource tracker, 12 MB), and a small folder
(the bundled corpus is 243 KB) starts none."""

_batch_index: tuple[tuple[str, int | None], Index] | None = None
"""The index ``index_batch`` writes to, kept open between calls, with its path and the
file's inode when it was opened (a new file there, after ``speech-reader index --clear``
or a rebuild, is opened anew: the old connection would write to the deleted one)."""


def index_batch(
    index_file: str, todo: list[tuple[str, FileStamp]] | None, seconds: float
) -> tuple[int, SyncReport]:
    """In the helper: parse and write the first files of ``todo`` into the index at
    ``index_file`` (``Index.index_files``) for about ``seconds`` (at least one file).
    Returns how many of ``todo`` were done and what happened to them; the caller sends
    the rest (``index_in_helper``). With ``todo`` None, the files are those
    ``plan_in_helper`` kept here, and the ones done are taken off them (none left: 0
    done); ``PlanLost`` when none were kept for ``index_file`` (this runs on a thread of
    the UI's process since the helper died)."""
    import time

    from tui.engine.index.results import SyncReport

    global _plan
    kept = todo is None
    if todo is None:
        if _plan is None or _plan[0] != index_file:
            raise PlanLost(index_file)
        todo = _plan[1]
    index = _kept_index(index_file)
    report = SyncReport()
    with index.writing():  # (opened, checked and rebuilt if need be: not in the time below)
        _keep_index(index_file, index)
        deadline = time.monotonic() + seconds
        asked = itertools.count()  # (the first file is done whatever the time)
        done = index.index_files(
            todo, report, cancelled=lambda: next(asked) > 0 and time.monotonic() >= deadline
        )
    if kept:
        _plan = (index_file, todo[done:])
    report.cancelled = False  # (out of time, not cancelled)
    return done, report


class PlanLost(RuntimeError):
    """The files to index that ``plan_in_helper`` kept are gone (the helper died)."""


_plan: tuple[str, list[tuple[str, FileStamp]]] | None = None
"""In the helper: the index file and the files to index that ``plan_in_helper`` found,
less those ``index_batch`` has done since."""


def plan_in_helper(
    index_file: str, root: str, limit: int | None, opened: str | None = None
) -> tuple[SyncReport, int, FileStamp | None]:
    """In the helper: ``Index.plan_sync(root, limit=limit)`` on the index at ``index_file``
    (the walk of the folder, a stat per file, and the removed files dropped), for
    ``index_in_helper``. The files to index are kept here for ``index_batch``; it returns
    how many they are, and the stamp of ``opened`` if it is one of them (then not kept:
    the caller writes it from the reader's document). Sent back, 10,000 files to index
    were 10,000 objects made in the UI's process (19 ms to unpickle in one call that holds
    the GIL, and a full collection of 45 ms on the thread that received them)."""
    global _plan
    index = _kept_index(index_file)
    with index.writing():
        _keep_index(index_file, index)
        report, todo = index.plan_sync(root, None, limit)
    mine = next((stamp for path, stamp in todo if path == opened), None)
    if mine is not None:
        todo = [(path, stamp) for path, stamp in todo if path != opened]
    _plan = (index_file, todo)
    return report, len(todo), mine


def _kept_index(index_file: str) -> Index:
    """The helper's index at ``index_file``: the one kept open since the last call, unless
    the file there is another one now (then that one is closed)."""
    from tui.engine.index import Index

    global _batch_index
    if _batch_index is not None and _batch_index[0] == (index_file, _inode(index_file)):
        return _batch_index[1]
    if _batch_index is not None:
        _batch_index[1].close()
        _batch_index = None
    return Index(Path(index_file))


def _keep_index(index_file: str, index: Index) -> None:
    """Keep ``index`` open for the next call (after it was opened: its file's inode now)."""
    global _batch_index
    _batch_index = ((index_file, _inode(index_file)), index)


def _inode(path: str) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def index_in_helper(
    service: Background,
    index: Index,
    root: Path,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    opened: Path | None = None,
    limit: int | None = None,
    walk_there: bool = False,
) -> SyncReport:
    """``index.sync(root)`` with the parsing in the helper process: run on a thread of the
    UI's process (the index worker), it walks ``root`` and drops the files that are gone
    here (``Index.plan_sync``: a stat per file), writes ``opened`` (the reader's open
    file, parsed already: ``doccache.known_document``) here, and sends the other new and
    changed files to the helper, ``index_batch`` after ``index_batch``, each waited for:
    ``cancelled`` and ``progress(done, total)`` are asked and told between them (unless
    they are ``INDEX_HERE_BYTES`` or less: then they are parsed here, file by file). If
    the helper died, the service runs the batches on its threads (and says so once).
    With ``limit``, a folder of more speech files is left alone (``report.over_limit``).

    With ``walk_there`` the walk is done in the helper too (``plan_in_helper``, which keeps
    the files to index there; always sent to it then): on this thread it took about
    150 ms of CPU for 10,000 files, the GIL's. If the helper dies after the walk, the
    walk is done again here (and the batches on threads, as all later process work)."""
    from concurrent.futures import CancelledError

    from tui.engine.doccache import known_document
    from tui.engine.index.results import SyncReport

    index_file = os.fspath(index.path)
    reader = None if opened is None or known_document(opened) is None else os.path.abspath(opened)
    with index.writing():
        todo: list[tuple[str, FileStamp]] | None = None  # (None: kept in the helper)
        if walk_there:
            planned = service.submit_process(
                plan_in_helper, index_file, os.fspath(root), limit, reader
            )
            try:
                report, left, mine = planned.result()
            except CancelledError:  # the service shut down (quitting)
                return SyncReport(cancelled=True)
            if cancelled is not None and cancelled():
                report.cancelled = True
        else:
            report, todo = index.plan_sync(root, cancelled, limit)
            mine = next((stamp for path, stamp in todo if path == reader), None)
            if mine is not None:
                todo = [(path, stamp) for path, stamp in todo if path != reader]
            left = len(todo)
        if report.cancelled or report.over_limit:
            return report
        total = left + (mine is not None)
        done = 0
        if reader is not None and mine is not None:
            done += index.index_files([(reader, mine)], report)
            if progress is not None:
                progress(done, total)
        if todo is not None and sum(stamp.size for _, stamp in todo) <= INDEX_HERE_BYTES:
            index.index_files(
                todo,
                report,
                None if progress is None else lambda did, _, __: progress(done + did, total),
                cancelled,
            )
            return report
        while left > 0:
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            sent = None if todo is None else todo[:INDEX_SEND_FILES]
            future = service.submit_process(index_batch, index_file, sent, INDEX_BATCH_SECONDS)
            try:
                handled, part = future.result()
            except CancelledError:  # the service shut down (quitting)
                report.cancelled = True
                break
            except PlanLost:  # the helper died after its walk: all again, walked here now
                return index_in_helper(service, index, root, progress, cancelled, opened, limit)
            report.indexed += part.indexed
            report.bytes += part.bytes
            report.failed.extend(part.failed)
            report.too_big.extend(part.too_big)
            if todo is not None:
                todo = todo[handled:]
            left = left - handled if handled else 0  # (none done: the kept files ran out)
            done += handled
            if progress is not None:
                progress(done, total)
    return report
