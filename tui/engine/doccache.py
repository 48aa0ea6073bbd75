"""Parsed documents of speech files, cached by (path, mtime, size).

Library search itself is ``tui.engine.index`` (the persistent index, and scanning of
files not indexed yet) with the one definition of a match, ``tui.engine.match``: it
matches the cleaned, re-flowed paragraphs, so a word broken by a line break is found.
This module keeps what a search or a caller opening many files needs more than once:
``cached_document`` (the parsed file), cached by the file's stamp
(``tui.base.files.stamp_of``) so a second search or look costs nothing; and the reader's
open document (``remember_document``/``known_document``) so the index does not parse it
again. (Named for what it keeps: ``search`` was also the name of a screen, a command and
the reader's find state.) A file's text is decoded by the one decoder,
``tui.base.decode``, inside the parse.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from pathlib import Path

from tui.base import files
from tui.engine.model import Document

DOCUMENT_CACHE_FILES = 64

# ---------------------------------------------------------------- caches

_lock = threading.Lock()
_open: tuple[tuple[str, files.FileStamp], Document] | None = None
_documents: OrderedDict[tuple[str, files.FileStamp], Document] = OrderedDict()


def _key(path: str | Path) -> tuple[str, files.FileStamp]:
    """The cache key of ``path`` as it is now: its name and its stamp."""
    stamp = files.stamp_of(path)
    if stamp is None:
        raise FileNotFoundError(f"not a regular file: {os.fspath(path)}")
    return os.fspath(path), stamp


def cached_document(path: Path) -> Document:
    """The parsed file (cached by path, mtime and size)."""
    from tui.engine import load_document

    key = _key(path)
    with _lock:
        document = _documents.get(key)
        if document is not None:
            _documents.move_to_end(key)
            return document
    document = load_document(path)
    with _lock:
        _documents[key] = document
        while len(_documents) > DOCUMENT_CACHE_FILES:
            _documents.popitem(last=False)
    return document


def remember_document(path: Path, document: Document) -> None:
    """Keep ``document``, just parsed from ``path``, for ``known_document``: the reader's
    open file, so the index reads it from here instead of parsing it again. One file is
    kept (the last one remembered), not a cache that would hold files closed long ago."""
    global _open
    key = _key(os.path.abspath(path))
    with _lock:
        _open = (key, document)


def follow_rename(path: Path, renamed: Path) -> bool:
    """The document remembered for ``path`` (``remember_document``) is ``renamed``'s now,
    when ``renamed`` is as ``path`` was (the same stamp: a rename keeps a file's time and
    size; the caller knows it is the same file): the reader opens it under its new name
    without parsing it again. A 15 MB file renamed while open was parsed again, the reader
    waiting seconds on a loaded machine (newuser28). False when nothing was carried over."""
    global _open
    try:
        key = _key(os.path.abspath(renamed))
    except OSError:
        return False
    with _lock:
        if _open is None or _open[0] != (os.path.abspath(path), key[1]):
            return False
        _open = (key, _open[1])
    return True


def known_document(path: Path) -> Document | None:
    """The remembered document if it is of ``path`` as the file is now, else None."""
    try:
        key = _key(os.path.abspath(path))
    except OSError:
        return None
    with _lock:
        return _open[1] if _open is not None and _open[0] == key else None


def clear_caches() -> None:
    """Forget the parsed documents (tests, memory pressure)."""
    global _open
    with _lock:
        _documents.clear()
        _open = None
