"""The work the app sends to its background service (``tui.services.Background``).

Plain module-level functions of picklable arguments, with no Textual import, so they
run the same on a thread of the app's process or in the helper process (which imports
this module). Each states where the app runs it and why. One is not sent but awaited:
``prioritised_keywords`` runs in the keyword panel's worker on the UI's event loop and feeds
the helper the speeches' texts, batch by batch, the reader's speech first.

Why this module is over 500 lines (about 690): every job the service runs is here, so that
the helper process imports one module and what may run there is seen in one place; the
keywords' part (the reader's speech first, then the rest: ``prioritised_keywords``) is
about 250 of them and could be a module of its own.
"""

from __future__ import annotations

import itertools
import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Callable

    from tui.engine.files import FileStamp
    from tui.engine.index import Index
    from tui.engine.index.results import SyncReport
    from tui.engine.keywords import Keyword
    from tui.engine.model import Document
    from tui.services import Background


# ---------------------------------------------------------------- documents (threads)


def first_screen(path: Path) -> tuple[Document, bool]:
    """What to show of ``path`` first: (document, complete).

    A big file gives the document of its head (``tui.engine.prefix``) and False: the
    caller shows it and then loads the whole file (``load``). Raises the engine's
    ``SpeechFileError`` as ``tui.engine.load_document`` does.
    """
    from tui.engine.prefix import head_document

    head = head_document(path)
    if head is not None:
        return head, False
    return load(path), True


def load(path: Path) -> Document:
    """The whole document of ``path`` (``tui.engine.load_document``), remembered for the
    search index (``tui.engine.doccache.known_document``) so it is not parsed twice.

    A big file's document stored by an earlier run (``tui.engine.docstore``, written by
    ``keep_document``) is read back instead of parsed when it is still valid: the 10 MB
    collection's parse 417-455 ms of CPU, reading it back 55-58 ms (docs/performance.md,
    perf11).

    The cyclic garbage collector is held off while the file is parsed
    (``tui.services.collector_held``): the parse makes only objects that reference counting
    frees or that the document keeps, and each collection it triggered walked them again
    (and, once, the whole app's heap; a parse of the 10 MB collection leaves nothing for
    the collector: ``gc.collect()`` after it finds 0 unreachable objects). The collector's
    CPU time by the 10 MB collection's full outline, ``bench_ui.py 3 --against``: 43 ms
    (42-63) held off, 69 ms (68-82) on.
    """
    from tui.engine import load_document
    from tui.engine.doccache import remember_document
    from tui.engine.files import stamp_of
    from tui.engine.prefix import HEAD_BYTES
    from tui.services import collector_held

    stamp = stamp_of(path)
    with collector_held():
        document = None
        if stamp is not None and stamp.size >= HEAD_BYTES:  # (no store for a small file:
            from tui.engine import docstore  # nor its import, 2.6 ms, at every start)

            document = docstore.stored_document(documents_dir(), path, stamp)
        if document is None:
            document = load_document(path)
    remember_document(path, document)
    return document


def documents_dir() -> Path:
    """Where big files' parsed documents are kept (``tui.engine.docstore``)."""
    from tui.engine.keywords import cache_dir

    return cache_dir() / "documents"


def keep_document(path: Path, stamp: FileStamp, document: Document) -> bool:
    """Store ``document`` (the whole document of ``path`` as it was at ``stamp``) for the
    next run's ``load``, unless the file is small, already stored, or changed since."""
    from tui.engine import docstore
    from tui.engine.files import stamp_of

    if stamp_of(path) != stamp:
        return False
    return docstore.store_document(documents_dir(), path, stamp, document)


def speech_count(path: Path) -> int:
    """How many speeches ``path`` holds (for the file tree)."""
    from tui.engine import load_document

    return len(load_document(path).speeches)


class Counted(NamedTuple):
    """A file's speech count as the counter found it (``speech_counts``)."""

    stamp: FileStamp | None
    """The file's stamp when it was counted (None: gone, or not a regular file)."""
    speeches: int | None
    """Its speeches; None when it has no count: gone, over the size limit, not a speech
    file after all (the engine's ``SpeechFileError``), or counting failed (``error``)."""
    error: str = ""
    """Why counting failed (any other exception's repr), for the caller to log."""


def speech_counts(
    paths: list[Path],
    limit: int,
    known: dict[Path, FileStamp] | None = None,
) -> list[Counted | None]:
    """How many speeches each of ``paths`` holds, in order (for the file tree's counter,
    which runs it on a thread, a batch of files a call: ``FolderWork.count_speeches``).

    A file whose stamp is still its stamp in ``known`` (counted before, unchanged since)
    gives None and is not parsed again. A file over ``limit`` bytes (not parsed just for
    its count) gives no count; a failure gives its message, and the next file is
    counted.
    """
    from tui.engine.errors import SpeechFileError
    from tui.engine.files import stamp_of

    found: list[Counted | None] = []
    for path in paths:
        stamp = stamp_of(path)
        if stamp is not None and known is not None and known.get(path) == stamp:
            found.append(None)
            continue
        if stamp is None or stamp.size > limit:
            found.append(Counted(stamp, None))
            continue
        try:
            found.append(Counted(stamp, speech_count(path)))
        except SpeechFileError:
            found.append(Counted(stamp, None))
        except Exception as error:  # noqa: BLE001 - a count is not worth stopping for
            found.append(Counted(stamp, None, repr(error)))
    return found


def settled_counts(
    paths: list[Path],
    limit: int,
    known: dict[Path, FileStamp] | None = None,
    index_file: Path | None = None,
) -> tuple[dict[Path, Counted | None], int]:
    """The counts of ``paths`` that need no parse (on a thread, before ``speech_counts``),
    and how many bytes the others hold (what ``speech_counts`` would parse).

    A file unchanged since it was counted (its stamp in ``known``) gives None; one that
    is gone or over ``limit`` bytes gives no count; one that the search index holds as
    it is now gives the speeches of its stored outline (``index.store.
    indexed_speech_counts``: the index at ``index_file``, by default the reader's). The
    others are left out: they are to be parsed. Only stats and one read of the index: a
    folder indexed before shows its counts without a parse in this process or a helper.
    """
    from tui.engine.files import stamp_of
    from tui.engine.index.store import index_path, indexed_speech_counts

    settled: dict[Path, Counted | None] = {}
    stamps: dict[str, tuple[Path, FileStamp]] = {}
    for path in paths:
        stamp = stamp_of(path)
        if stamp is not None and known is not None and known.get(path) == stamp:
            settled[path] = None
        elif stamp is None or stamp.size > limit:
            settled[path] = Counted(stamp, None)
        else:
            stamps[os.fspath(path)] = (path, stamp)
    indexed = indexed_speech_counts(
        index_path() if index_file is None else index_file,
        {name: stamp for name, (_, stamp) in stamps.items()},
    )
    for name, speeches in indexed.items():
        path, stamp = stamps.pop(name)
        settled[path] = Counted(stamp, speeches)
    return settled, sum(stamp.size for _, stamp in stamps.values())


def remove_stale_temp_files() -> list[Path]:
    """Remove what a killed earlier run left half-written in the cache folder."""
    from tui.engine.keywords import cache_dir
    from tui.services import remove_stale_temp_files as remove

    return remove(cache_dir())


# ---------------------------------------------------------------- the search index (helper process)


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


# ---------------------------------------------------------------- keywords (helper process)


SEND_CHARS = 500_000
"""Characters of speech text sent to the helper in one message (``helper_keywords``)."""


class CountsLost(RuntimeError):
    """The helper lost the counts sent so far (it died and the work moved to a thread)."""


_counted: dict[str, list[Counter[str]]] = {}
"""In the helper: the content-word counts of the speeches sent so far, by request."""


def warm_keywords() -> None:
    """Load jieba's general IDF table, then jieba and the domain dictionary (0.5-1.6 s).

    In this order for a lower peak: the table's transients come before any speech is
    counted, and before jieba's dictionary, which then reuses their freed memory (the
    helper's peak at its start 115 → 99 MB, measured in one process each way).
    """
    from tui.engine import keywords

    keywords.general_idf()
    keywords.tokenizer()


def speech_texts(path: Path, document: Document) -> tuple[tuple[int, int] | None, list[list[str]]]:
    """On a thread: each speech's texts whose words count (``keywords.paragraph_texts``),
    and the file's (mtime_ns, size) if ``document`` is the file as it is now (the one the
    reader parsed and remembered), else None. The texts are the document's own strings."""
    from tui.engine.doccache import known_document
    from tui.engine.files import stamp_of
    from tui.engine.keywords import paragraph_texts

    texts = [paragraph_texts(document, s.first, s.end) for s in document.speeches]
    stamp = stamp_of(path) if known_document(path) is document else None
    return (None if stamp is None else (stamp.mtime_ns, stamp.size)), texts


def count_speech_texts(request: str, first: int, texts: list[list[str]]) -> int:
    """In the helper: count the content words of speeches ``first``… of ``request``.

    Returns how many speeches of the request are counted. Raises ``CountsLost`` when the
    counts of the speeches before ``first`` are not here (the helper died between two
    messages and this one runs on a thread of the UI's process).
    """
    from tui.engine import keywords

    if first == 0:
        _counted.clear()  # one request at a time: an abandoned one is dropped
        _counted[request] = []
    counts = _counted.get(request)
    if counts is None or len(counts) != first:
        raise CountsLost(request)
    counts.extend(keywords.count_words(speech) for speech in texts)
    return len(counts)


def counted_keywords(
    request: str,
    path: Path,
    stamp: tuple[int, int] | None,
    top: int,
    order: list[int] | None = None,
) -> list[list[Keyword]]:
    """In the helper: the top ``top`` keywords of each speech counted for ``request``,
    with the speeches of ``path``'s folder as IDF. With ``stamp`` (the file's mtime and
    size when the UI parsed it) the counts stand for the file in the folder IDF, so the
    file is not parsed here. ``order``: the speech index of each count in the order sent
    (None: sent in speech order); the keywords come in speech order."""
    from tui.engine import keywords

    counts = _counted.pop(request, None)
    if counts is None and order == []:
        counts = []  # a file without speeches: nothing was sent
    if counts is None:
        raise CountsLost(request)
    if order is not None:
        by_speech: list[Counter[str]] = [Counter()] * len(order)
        for found, speech in zip(counts, order, strict=True):
            by_speech[speech] = found
        counts = by_speech
    if stamp is not None:
        keywords.remember_file_counts(path, stamp, counts)
    idf = keywords.folder_idf(path.parent)
    return [keywords.rank(found, idf, top) for found in counts]


def rank_counted(
    request: str, positions: list[int], speeches: int, top: int
) -> list[list[Keyword]]:
    """In the helper: the top ``top`` keywords of the speeches sent at ``positions`` of
    ``request``, before all ``speeches`` are counted: with an IDF estimated from the
    speeches counted so far (``IdfTable.estimated``; the folder's other files left out)."""
    from tui.engine import keywords

    counts = _counted.get(request)
    if counts is None:
        raise CountsLost(request)
    idf = keywords.IdfTable.estimated(counts, speeches)
    return [keywords.rank(counts[position], idf, top) for position in positions]


async def helper_keywords(
    service: Background, path: Path, document: Document, top: int
) -> list[list[Keyword]]:
    """The top ``top`` keywords of each speech of ``document`` (of ``path``), computed in
    the helper process, awaited on the UI's event loop (a Textual worker): the speeches
    in order, with no early keywords (``prioritised_keywords`` without ``current``)."""
    return await prioritised_keywords(service, path, document, top)


async def prioritised_keywords(
    service: Background,
    path: Path,
    document: Document,
    top: int,
    current: Callable[[], int | None] | None = None,
    early: Callable[[dict[int, list[Keyword]], int], None] | None = None,
) -> list[list[Keyword]]:
    """The top ``top`` keywords of each speech of ``document`` (of ``path``), computed in
    the helper process, awaited on the UI's event loop (the keyword panel's worker).

    The helper gets the speeches' texts from the UI, one message after the other, instead
    of parsing the file again: a 10 MB file's parse there took 24 MB above jieba's
    dictionary, its whole text in one message more. If the helper dies between two
    messages (``CountsLost``), the texts are sent again from the first; the service runs
    them on a thread then.

    With ``current`` (asked before every message: the speech the reader is in), that
    speech is counted first, with ``SAMPLE_SPEECHES`` spread over the file, and then the
    others in batches of ``BATCH_CHARS`` from it on (a speech moved to that is not
    counted yet goes next, alone); whenever the current speech is
    counted and not yet ranked, it is ranked with an IDF estimated from the speeches
    counted so far (``IdfTable.estimated``) and given to ``early(found, counted)``
    (``found``: speech index → keywords; also called with ``{}`` after each batch, for the
    progress). Without them, ``SEND_CHARS`` at a time in order. The result is always the
    ranking over every speech (and the folder's other files), as before.
    """
    import asyncio  # (the helper process, which imports this module, needs no asyncio)

    stamp, texts = await asyncio.wrap_future(service.submit(speech_texts, path, document))
    request = f"{os.getpid()}-{next(_requests)}"
    send = _KeywordSend(service, request, texts, top, current, early)
    try:
        order = await send.count_all()
    except CountsLost:  # the helper died between two messages: again, on a thread now
        send = _KeywordSend(service, request, texts, top, current, early)
        order = await send.count_all()
    return await asyncio.wrap_future(
        service.submit_process(counted_keywords, request, path, stamp, top, order)
    )


SAMPLE_SPEECHES = 8
"""Speeches spread over a file counted with the current one in the first message: what the
first keywords' IDF is estimated from (8: the top 10 of a speech of the 10 MB collection
share 9.6 terms on average with the final ranking's; the current speech alone, 8.2)."""
BATCH_CHARS = 30_000
"""Characters a message after the first (``prioritised_keywords`` with ``current``): a
speech moved to waits for at most one such batch (about 0.1 s of a core; more at the
helper's lower priority on a busy machine) before its own, which is sent alone."""


class _KeywordSend:
    """One request's texts sent to the helper in the order ``next_speeches`` plans."""

    def __init__(
        self,
        service: Background,
        request: str,
        texts: list[list[str]],
        top: int,
        current: Callable[[], int | None] | None,
        early: Callable[[dict[int, list[Keyword]], int], None] | None,
    ) -> None:
        self.service, self.request, self.texts, self.top = service, request, texts, top
        self.current, self.early = current, early
        self.sizes = [sum(map(len, speech)) for speech in texts]
        self.done = [False] * len(texts)
        self.order: list[int] = []
        """Speech indexes in the order sent (the helper keeps the counts in this order)."""
        self.ranked: set[int] = set()

    def wanted(self) -> int | None:
        found = self.current() if self.current is not None else None
        return found if found is not None and 0 <= found < len(self.texts) else None

    async def count_all(self) -> list[int]:
        """Send every speech's texts; the order they were sent in."""
        import asyncio

        service, total = self.service, len(self.texts)
        budget = SEND_CHARS if self.current is None else BATCH_CHARS
        while True:
            wanted = self.wanted()
            if wanted is not None and self.done[wanted] and wanted not in self.ranked:
                await self._rank_early(wanted)
            if len(self.order) == total:
                return self.order
            if not self.order:
                batch = next_speeches(self.sizes, self.done, wanted, budget, SAMPLE_SPEECHES)
            elif wanted is not None and not self.done[wanted]:
                batch = [wanted]  # moved to: alone, ranked as soon as can be
            else:
                batch = next_speeches(self.sizes, self.done, wanted, budget)
            await asyncio.wrap_future(
                service.submit_process(
                    count_speech_texts,
                    self.request,
                    len(self.order),
                    [self.texts[i] for i in batch],
                )
            )
            self.order.extend(batch)
            for index in batch:
                self.done[index] = True
            if self.early is not None and len(self.order) < total:
                now = self.wanted()
                if now is not None and self.done[now] and now not in self.ranked:
                    await self._rank_early(now)  # (says the progress with it)
                else:
                    self.early({}, len(self.order))

    async def _rank_early(self, speech: int) -> None:
        """Rank ``speech`` (counted) before the others are: ``early`` gets its keywords,
        unless what is left to count is little (the final ranking comes as soon)."""
        import asyncio

        self.ranked.add(speech)
        left = sum(size for size, done in zip(self.sizes, self.done, strict=True) if not done)
        if self.early is None or left <= BATCH_CHARS:
            return
        position = self.order.index(speech)
        found = await asyncio.wrap_future(
            self.service.submit_process(
                rank_counted, self.request, [position], len(self.texts), self.top
            )
        )
        self.early({speech: found[0]}, len(self.order))


def next_speeches(
    sizes: list[int], done: list[bool], wanted: int | None, budget: int, sample: int = 0
) -> list[int]:
    """The speeches to count next: ``wanted`` first (unless done), then ``sample`` speeches
    spread evenly over the file, then the others from ``wanted`` on (from the first
    without one), wrapping round, until the batch holds ``budget`` characters of text
    (``sizes``) or more; at least one speech while any is left."""
    total = len(sizes)
    start = wanted if wanted is not None else 0
    batch: list[int] = []
    size = 0
    if wanted is not None and not done[wanted]:
        batch.append(wanted)
        size += sizes[wanted]
    if sample and wanted is not None:
        for index in sorted({total * i // sample for i in range(sample)}):
            if not done[index] and index not in batch:
                batch.append(index)
        return batch
    for step in range(total):
        if batch and size >= budget:
            break
        index = (start + step) % total
        if not done[index] and index not in batch[:1]:
            batch.append(index)
            size += sizes[index]
    return batch


_requests = itertools.count()


def text_batches(texts: list[list[str]]) -> list[list[list[str]]]:
    """Consecutive speeches in batches of about ``SEND_CHARS`` characters (at least one):
    the messages of ``helper_keywords``."""
    sizes = [sum(map(len, speech)) for speech in texts]
    done = [False] * len(texts)
    batches: list[list[list[str]]] = []
    while not all(done):
        batch = next_speeches(sizes, done, None, SEND_CHARS)
        for index in batch:
            done[index] = True
        batches.append([texts[i] for i in batch])
    return batches or [[]]
