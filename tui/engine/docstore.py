"""Parsed documents of big files kept on disk, so that opening one again skips its parse.

The whole parse of a 10 MB collection takes 370-430 ms of CPU, and in the app it shares
one core (the GIL) with everything else: it is most of the time to the full outline
(docs/performance-log.md, perf11). Reading the same document back with ``pickle`` takes about
57 ms. So once a big file's whole document is shown, the app stores it here
(``store_document``, on a pool thread some seconds later), and the next whole load of the
same file takes it from here (``stored_document``) instead of parsing it again.

An entry is used only if it was written for the same file (path), the same contents as
far as the app can tell (the file's stamp: size and modification time, as the app's
change polling uses), the same Python and the same engine: the stamps of every module of
``tui.engine`` and ``tui.formats`` (an upgrade, or an edit of a rule, makes every entry
unused; it is replaced when that file is stored again). Anything else, or a file that
cannot be read back (cut short, another format), is a miss, and the file is parsed as
before; the document read back is equal to the parse (tested).

Only files over ``STORE_MIN_BYTES`` are kept (the ones shown head first: a smaller file
parses in well under 0.1 s), and only the ``KEPT`` last used. The folder is in the user's
cache folder (``documents``), beside jieba's dictionary cache; like the search index, it
holds the files' text.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import time
from functools import cache
from pathlib import Path

from tui.base.files import FileStamp
from tui.engine.model import Document
from tui.engine.prefix import HEAD_BYTES
from tui.paths import PACKAGE, STALE_SECONDS, text_libraries, text_sources

STORE_MIN_BYTES = HEAD_BYTES
"""Files this big or bigger are kept: those shown head first (``tui.engine.prefix``)."""
KEPT = 3
"""Documents kept (the least recently used go first)."""
SUFFIX = ".doc"


@cache
def engine_stamp() -> str:
    """What makes a stored document valid for this run: the Python and the stamps of the
    files that shape a parse (``tui.paths.text_sources``: their paths, sizes and
    modification times) and the versions of the libraries they use (``text_libraries``)."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(text_libraries().encode())
    for source in text_sources():
        stat = source.stat()
        digest.update(f"{source.relative_to(PACKAGE)}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


def _key(path: Path, stamp: FileStamp) -> tuple[str, str, int, int]:
    return (engine_stamp(), os.fspath(path), stamp.size, stamp.mtime_ns)


def entry_path(folder: Path, path: Path) -> Path:
    """The file ``path``'s document is kept in (one per path)."""
    name = hashlib.sha256(os.fsencode(os.path.abspath(path))).hexdigest()[:24]
    return folder / (name + SUFFIX)


def stored_document(folder: Path, path: Path, stamp: FileStamp) -> Document | None:
    """``path``'s document as stored for ``stamp`` by this engine, or None (a miss)."""
    entry = entry_path(folder, path)
    try:
        with entry.open("rb") as stored:
            if pickle.load(stored) != _key(path, stamp):
                return None
            document = pickle.load(stored)
        os.utime(entry)  # used now: kept longer than the others (``_prune``)
    except FileNotFoundError:
        return None
    except Exception:  # noqa: BLE001 - any unreadable entry is a miss: the file is parsed
        entry.unlink(missing_ok=True)
        return None
    return document if isinstance(document, Document) else None


def is_stored(folder: Path, path: Path, stamp: FileStamp) -> bool:
    """Whether ``path``'s entry was written for ``stamp`` by this engine (its key only read)."""
    try:
        with entry_path(folder, path).open("rb") as stored:
            return bool(pickle.load(stored) == _key(path, stamp))
    except Exception:  # noqa: BLE001 - unreadable: not stored
        return False


def store_document(folder: Path, path: Path, stamp: FileStamp, document: Document) -> bool:
    """Keep ``document``, parsed from ``path`` as it was at ``stamp``; False when the file is
    too small to be worth it or already stored. Written to a temporary file and renamed, so
    a reader never sees half an entry."""
    if stamp.size < STORE_MIN_BYTES or is_stored(folder, path, stamp):
        return False
    folder.mkdir(parents=True, exist_ok=True)
    entry = entry_path(folder, path)
    temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as stored:
            pickle.dump(_key(path, stamp), stored)
            pickle.dump(document, stored)
        os.replace(temporary, entry)
    finally:
        temporary.unlink(missing_ok=True)
    _prune(folder)
    return True


def _prune(folder: Path) -> None:
    """Remove all but the ``KEPT`` most recently used entries, and stale temporary files."""
    entries: list[tuple[float, Path]] = []
    now = time.time()
    for found in folder.iterdir():
        try:
            modified = found.stat().st_mtime
        except OSError:
            continue
        if found.name.endswith(SUFFIX):
            entries.append((modified, found))
        elif found.name.endswith(".tmp") and now - modified > STALE_SECONDS:
            found.unlink(missing_ok=True)
    for _, old in sorted(entries, reverse=True)[KEPT:]:
        old.unlink(missing_ok=True)
