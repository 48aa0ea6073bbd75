"""The first part of a big speech file as a document, to show before the whole is parsed.

``head_document(path)`` reads the first ``HEAD_BYTES`` of a file, cuts them at the last
paragraph boundary (a blank line, else a line end), and parses that text as the engine
parses a whole file. A 10 MB collection's first screen then costs the parse of some
200 KB, not of 10 MB; the reader swaps in the whole document when it is ready.

The head is only a preview: its last speech may be cut short, so its outline is not the
file's. Byte offsets never split a character: LF (0x0A) is never part of a multi-byte
UTF-8 or GB18030 sequence, and files whose bytes hold NULs (UTF-16/32) get no head.
"""

from __future__ import annotations

import os
from pathlib import Path

from tui.engine.model import Document

HEAD_BYTES = 200_000
"""Bytes of a file parsed for its first screen."""

__all__ = ["HEAD_BYTES", "cut_at_paragraph", "head_document"]


def cut_at_paragraph(data: bytes) -> bytes:
    """``data`` up to and including its last blank line, else its last line end ("" if none).

    The cut is taken in the second half of ``data`` only, so a head is never much
    shorter than asked for.
    """
    half = len(data) // 2
    for boundary in (b"\n\n", b"\r\n\r\n", b"\n"):
        end = data.rfind(boundary, half)
        if end >= 0:
            return data[: end + len(boundary)]
    return b""


def head_document(path: str | Path, size: int = HEAD_BYTES) -> Document | None:
    """The document of ``path``'s first ``size`` bytes, cut at a paragraph boundary.

    None when the whole file is not larger than ``size`` (parse it whole), when no
    boundary is found, when its bytes are not an 8-bit text encoding, or when the head
    cannot be read or decoded: the caller then waits for the whole document, whose
    errors are the ones the user sees.
    """
    from tui.base.errors import SpeechFileError
    from tui.engine.parse import decode_bytes, parse_text

    name = os.fspath(path)
    try:
        if os.stat(name).st_size <= size:
            return None
        data = _read_head(name, size)
    except (OSError, SpeechFileError):
        return None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in data:
        return None  # UTF-16/32: line ends are two or four bytes
    head = cut_at_paragraph(data)
    if not head.strip():
        return None
    try:
        text, encoding = decode_bytes(head, name)
    except SpeechFileError:
        return None
    return parse_text(text, name, encoding)


def _read_head(name: str, size: int) -> bytes:
    """The first ``size`` bytes of a regular file (never blocks on a FIFO)."""
    import stat

    fd = os.open(name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(f"not a regular file: {name}")
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            return handle.read(size)
    finally:
        if fd >= 0:
            os.close(fd)
