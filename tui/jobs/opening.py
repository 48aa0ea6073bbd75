"""Opening a file, on a thread of the app's process: the first screen, the whole document,
and big files' documents kept on disk for the next run (``tui.engine.docstore``).

Run by ``MainScreen._load`` (and sent ahead by ``tui.cli.launch``); the parse runs on a
thread, not in the helper process, because its result would have to be pickled back
(``tests/bench/bench_background.py``: about 0.5 s later for 10 MB, docs/performance.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tui.services import droppable_at_quit

if TYPE_CHECKING:
    from tui.base.files import FileStamp
    from tui.engine.model import Document


@droppable_at_quit
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


@droppable_at_quit
def load(path: Path) -> Document:
    """The whole document of ``path`` (``tui.engine.load_document``), remembered for the
    search index (``tui.engine.doccache.known_document``) so it is not parsed twice.

    A big file's document stored by an earlier run (``tui.engine.docstore``, written by
    ``keep_document``) is read back instead of parsed when it is still valid: the 10 MB
    collection's parse 417-455 ms of CPU, reading it back 55-58 ms (docs/performance-log.md,
    perf11).

    The cyclic garbage collector is held off while the file is parsed
    (``tui.services.collector_held``): the parse makes only objects that reference counting
    frees or that the document keeps, and each collection it triggered walked them again
    (and, once, the whole app's heap; a parse of the 10 MB collection leaves nothing for
    the collector: ``gc.collect()`` after it finds 0 unreachable objects). The collector's
    CPU time by the 10 MB collection's full outline, ``bench_ui.py 3 --against``: 43 ms
    (42-63) held off, 69 ms (68-82) on. The document is not frozen (``gc.freeze``) at the
    end: a freeze takes every object of the process alive then out of the collector's sight
    for good, and a document alive at one stayed after its file was closed, held in a cycle
    by the finished worker that showed it (docs/performance-log.md, "A long session").
    """
    from tui.base.files import stamp_of
    from tui.engine import load_document
    from tui.engine.doccache import known_document, remember_document
    from tui.engine.prefix import HEAD_BYTES
    from tui.services import collector_held

    known = known_document(path)  # (the open file again, or renamed: ``follow_rename``)
    if known is not None:
        return known
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


def follow_rename(path: Path, renamed: Path) -> bool:
    """The open file ``path`` was renamed ``renamed`` (the same file, unchanged): its whole
    document is ``renamed``'s, so ``load`` returns it instead of parsing the file again
    (``tui.engine.doccache.follow_rename``)."""
    from tui.engine.doccache import follow_rename as carried

    return carried(path, renamed)


def documents_dir() -> Path:
    """Where big files' parsed documents are kept (``tui.engine.docstore``)."""
    from tui.paths import cache_dir

    return cache_dir() / "documents"


def keep_document(path: Path, stamp: FileStamp, document: Document) -> bool:
    """Store ``document`` (the whole document of ``path`` as it was at ``stamp``) for the
    next run's ``load``, unless the file is small, already stored, or changed since."""
    from tui.base.files import stamp_of
    from tui.engine import docstore

    if stamp_of(path) != stamp:
        return False
    return docstore.store_document(documents_dir(), path, stamp, document)
