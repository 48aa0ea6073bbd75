"""A PDF's compressed streams measured before PDFium reads it: no PDF "bomb" fills memory.

PDFium inflates a page's content streams whole when it loads the page. A content stream
compressed 1,000 to 1 (a page of ``0 0 m`` repeated: no text) makes a small file a huge
one: a 1.5 MB PDF whose one page inflates to 1 GB took 23.9 s and 2.1 GB of memory in
``speech-reader outline`` on this machine, and then said it was a scan (no text layer); in
the reader that memory is the app's own (extraction runs on the background service's
threads), and a 6 MB file inflating to 4 GB would bring it down.

``check_streams`` inflates, before PDFium sees the file, every Flate stream that PDFium
decodes to read text — content streams, forms, fonts, object and cross-reference streams:
not images (``/Image``: text extraction never decodes them, and a scan's pictures are
rightly large) nor attached files — each stopped one byte past ``MAX_STREAM_BYTES`` and
all together past ``MAX_STREAMS_BYTES``, as ``zipparts`` reads a zip's members, and
refuses the file with ``zipparts.too_big``'s message past either. A stream that does not
inflate is left to PDFium (a damaged file says so there). Known gap: a stream behind
another filter first (``[/ASCII85Decode /FlateDecode]``) or LZW is not measured.
"""

from __future__ import annotations

import re
import zlib

from tui.base.errors import Said
from tui.formats.zipparts import too_big

__all__ = ["MAX_STREAMS_BYTES", "MAX_STREAM_BYTES", "check_streams"]

MAX_STREAM_BYTES = 64_000_000
"""One stream, inflated: a page's content stream is some KB to a few MB (the 100-page PDF
of ``tests/bench/bench_formats.py``: at most 17 KB), a font a few MB."""
MAX_STREAMS_BYTES = 256_000_000
"""All the streams measured in one file, inflated."""

_STREAM = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
"""Where a stream's data starts (the keyword ``stream`` and its line end)."""
_DICTIONARY = 65_536
"""How far before ``stream`` its object's dictionary is looked for (``obj``)."""
_LEFT_OUT = (b"/Image", b"/EmbeddedFile")


def check_streams(data: bytes, path: str) -> None:
    """Raise ``too_big`` when a stream of the PDF ``data`` inflates past the limits."""
    view = memoryview(data)
    total = 0
    for found in _STREAM.finditer(data):
        start = found.end()
        head = data.rfind(b"obj", max(0, found.start() - _DICTIONARY), found.start())
        dictionary = data[head if head >= 0 else found.start() : found.start()]
        if b"/FlateDecode" not in dictionary or any(name in dictionary for name in _LEFT_OUT):
            continue
        end = data.find(b"endstream", start)
        limit = min(MAX_STREAM_BYTES, MAX_STREAMS_BYTES - total)
        stream = view[start : end if end >= 0 else len(data)]
        try:
            size = len(zlib.decompressobj().decompress(stream, limit + 1))
        except zlib.error:
            continue  # (PDFium tells a damaged file)
        if size > limit:
            raise too_big(path, "PDF", _over(limit == MAX_STREAM_BYTES))
        total += size


def _over(one: bool) -> Said:
    if one:
        mb = MAX_STREAM_BYTES // 1_000_000
        return Said(f"一个压缩流超过 {mb} MB", f"a compressed stream over {mb} MB")
    mb = MAX_STREAMS_BYTES // 1_000_000
    return Said(f"压缩流合计超过 {mb} MB", f"compressed streams over {mb} MB in all")
