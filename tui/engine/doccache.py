"""Decoded texts and parsed documents of speech files, cached by (path, mtime, size).

Library search itself is ``tui.engine.index`` (the persistent index, and scanning of
files not indexed yet) with the one definition of a match, ``tui.engine.match``: it
matches the cleaned, re-flowed paragraphs, so a word broken by a line break is found.
This module keeps what a search or a caller opening many files needs more than once:
``decoded_text`` (the file's text, line breaks as LF) and ``cached_document`` (the
parsed file), both cached by stamp so a second search or look costs nothing; and the
reader's open document (``remember_document``/``known_document``) so the index does not
parse it again. (Named for what it keeps: ``search`` was also the name of a screen, a
command and the reader's find state.)
"""

from __future__ import annotations

import codecs
import os
import threading
from collections import OrderedDict
from pathlib import Path

from tui.base import files
from tui.engine.model import Document

TEXT_CACHE_CHARS = 120_000_000
"""Decoded characters kept in memory (least recently used files are dropped first)."""
DOCUMENT_CACHE_FILES = 64

# ---------------------------------------------------------------- caches

_lock = threading.Lock()
_texts: OrderedDict[tuple[str, int, int], str] = OrderedDict()
_text_chars = 0
_open: tuple[tuple[str, int, int], Document] | None = None
_documents: OrderedDict[tuple[str, int, int], Document] = OrderedDict()


def _stamp(path: str | Path) -> tuple[str, int, int]:
    stamp = files.stamp_of(path)
    if stamp is None:
        raise FileNotFoundError(f"not a regular file: {os.fspath(path)}")
    return os.fspath(path), stamp.mtime_ns, stamp.size


def _decode(data: bytes, path: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        from tui.engine import decode_bytes

        text = decode_bytes(data, path)[0]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def decoded_text(path: str | Path) -> str:
    """The file's text, line breaks as LF (cached by path, mtime and size).

    Raises:
        OSError: The file cannot be read.
        SpeechFileError: It is not text, or it is over the size the reader opens
            (``TooLargeError``: never read whole into memory).
    """
    global _text_chars
    key = _stamp(path)
    if key[2] > files.MAX_FILE_BYTES:
        raise files.too_large(key[0], key[2])
    with _lock:
        text = _texts.get(key)
        if text is not None:
            _texts.move_to_end(key)
            return text
    text = _decode(files.read_file_bytes(path, files.MAX_FILE_BYTES), key[0])
    with _lock:
        _texts[key] = text
        _text_chars += len(text)
        while _text_chars > TEXT_CACHE_CHARS and len(_texts) > 1:
            _, dropped = _texts.popitem(last=False)
            _text_chars -= len(dropped)
    return text


def cached_document(path: Path) -> Document:
    """The parsed file (cached by path, mtime and size)."""
    from tui.engine import load_document

    key = _stamp(path)
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
    key = _stamp(os.path.abspath(path))
    with _lock:
        _open = (key, document)


def known_document(path: Path) -> Document | None:
    """The remembered document if it is of ``path`` as the file is now, else None."""
    try:
        key = _stamp(os.path.abspath(path))
    except OSError:
        return None
    with _lock:
        return _open[1] if _open is not None and _open[0] == key else None


def clear_caches() -> None:
    """Forget decoded texts and parsed documents (tests, memory pressure)."""
    global _text_chars, _open
    with _lock:
        _texts.clear()
        _documents.clear()
        _text_chars = 0
        _open = None


# ---------------------------------------------------------------- files
