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
inflate is left to PDFium (a damaged file says so there).

A stream's filters are decoded in their order (``/Filter [/ASCII85Decode /FlateDecode]``),
each stage's output measured, as PDFium decodes them: Flate, LZW and RunLength (the ones
that make data larger, ``_GROWING``) and ASCII85 and ASCIIHex before them (a stream behind
ASCII85 first was not measured: a 1 GB page behind it read as PDFium pleased). A stage's
bad data ends its output where PDFium's decoders end it (an ASCII85 or hex character out of
place, LZW's end code). A ``/Filter`` given by reference (``5 0 R``) is looked up.

Not measured, by decision: a filter after an image or encryption filter (DCT, JPX, JBIG2,
CCITT, Crypt), nor the streams of an encrypted file. PDFium does not decode past such a
filter to read text (a 300 MB Flate bomb behind each: 0.14-0.17 s of its CPU and no memory
to speak of, the same bomb as plain Flate 4.2 s and 596 MB), and whatever PDFium decodes
that this check cannot measure is bounded by its process's limits (``pdfchild``): a bomb
there ends that process, and the file is refused with what happened.

LZW and RunLength are decoded in Python (3 MB of LZW codes of one byte each, its worst,
took 1.7 s), so they are decoded from at most ``MAX_SLOW_INPUT`` bytes of a file's data
in all: a 100 MB stream of one-byte codes cost about a minute before the file was refused.
A bomb of them passes the limits within that (2 KB of LZW codes give 1.6 MB); what lies
past it is left to PDFium, which decodes them in C in its bounded process (``pdfchild``:
a bomb there ends that process at its memory limit, the file refused with what happened).
"""

from __future__ import annotations

import re
import zlib

from tui.base.errors import Said
from tui.formats.zipparts import too_big

__all__ = ["MAX_SLOW_INPUT", "MAX_STREAMS_BYTES", "MAX_STREAM_BYTES", "check_streams"]

MAX_STREAM_BYTES = 64_000_000
"""One stream, inflated: a page's content stream is some KB to a few MB (the 100-page PDF
of ``tests/bench/bench_formats.py``: at most 17 KB), a font a few MB."""
MAX_STREAMS_BYTES = 256_000_000
"""All the streams measured in one file, inflated."""
MAX_SLOW_INPUT = 2_000_000
"""Bytes of a file's LZW and RunLength data decoded to measure them, all streams together
(about 1 s of CPU at worst: LZW's one-byte codes); the rest is left to PDFium's limits."""

_STREAM = re.compile(rb"stream(?:\r\n|\n|\r)")
"""Where a stream's data starts (the keyword ``stream`` and its line end; one that ends
``endstream`` passed over by ``check_streams``). No look-behind in the pattern: with one the
scan found no literal to look for and took 2.3 s over 100 MB (0.03 s without)."""
_DICTIONARY = 65_536
"""How far before ``stream`` its object's dictionary is looked for (``obj``)."""
_LEFT_OUT = (b"/Image", b"/EmbeddedFile")


def check_streams(data: bytes, path: str) -> None:
    """Raise ``too_big`` when a stream of the PDF ``data`` decodes past the limits."""
    view = memoryview(data)
    total = 0
    slow = [MAX_SLOW_INPUT]  # (what is left of it)
    for found in _STREAM.finditer(data):
        if data[max(0, found.start() - 3) : found.start()] == b"end":
            continue
        start = found.end()
        head = data.rfind(b"obj", max(0, found.start() - _DICTIONARY), found.start())
        dictionary = data[head if head >= 0 else found.start() : found.start()]
        filters = _filters(dictionary, data)
        if _GROWING.isdisjoint(filters) or any(name in dictionary for name in _LEFT_OUT):
            continue
        end = data.find(b"endstream", start)
        limit = min(MAX_STREAM_BYTES, MAX_STREAMS_BYTES - total)
        size = _decoded_size(view[start : end if end >= 0 else len(data)], filters, limit, slow)
        if size > limit:
            raise too_big(path, "PDF", _over(limit == MAX_STREAM_BYTES))
        total += size


_FILTER = re.compile(rb"/Filter\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+|(\d+)\s+(\d+)\s+R)")
_FILTER_OBJECT = rb"(?<![0-9])%d\s+%d\s+obj\s*(\[[^\]]*\]|/[^\s/\[\]<>()]+)"
_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_SHORT = {b"A85": b"ASCII85Decode", b"AHx": b"ASCIIHexDecode", b"Fl": b"FlateDecode"}
_SHORT |= {b"LZW": b"LZWDecode", b"RL": b"RunLengthDecode"}
"""The inline image's short names, which PDFium takes in a stream's dictionary too."""
_GROWING = frozenset({b"FlateDecode", b"LZWDecode", b"RunLengthDecode"})
_SLOW = frozenset({b"LZWDecode", b"RunLengthDecode"})
"""Decoded in Python: at most ``MAX_SLOW_INPUT`` bytes of them a file."""


def _filters(dictionary: bytes, data: bytes) -> list[bytes]:
    """The names of a stream's filters, in the order they decode (short names made long).
    A ``/Filter`` given by reference (``/Filter 9 0 R``) is looked up in ``data`` (an
    object ``9 0 obj [/ASCII85Decode /FlateDecode]``); one not found there (in an object
    stream) is taken for Flate: measured if the data inflates, as any Flate stream."""
    found = _FILTER.search(dictionary)
    if found is None:
        return []
    names = found.group(1)
    if found.group(2) is not None:
        number, generation = int(found.group(2)), int(found.group(3))
        target = re.search(_FILTER_OBJECT % (number, generation), data)
        if target is None:
            return [b"FlateDecode"]
        names = target.group(1)
    return [_SHORT.get(name, name) for name in _NAME.findall(names)]


def _decoded_size(stream: memoryview, filters: list[bytes], limit: int, slow: list[int]) -> int:
    """The size of ``stream`` decoded by ``filters`` as far as they are known, or more than
    ``limit`` as soon as a stage's output passes it (``limit + 1`` bytes at most made).
    An LZW or RunLength stage decodes at most ``slow[0]`` bytes of its input, and takes
    them from it."""
    decoded: bytes | memoryview = stream
    for name in filters:
        decoder = _DECODERS.get(name)
        if decoder is None:
            break  # (an image's or encryption's: PDFium decodes none for the text)
        if name in _SLOW:
            decoded = decoded[: slow[0]]
            slow[0] -= len(decoded)
        try:
            decoded = decoder(decoded, limit + 1)
        except (zlib.error, ValueError):
            break  # (PDFium tells a damaged file)
        if len(decoded) > limit:
            break
    return len(decoded)


def _inflate(data: bytes | memoryview, most: int) -> bytes:
    return zlib.decompressobj().decompress(data, most)


_HEX_END = re.compile(rb"[^0-9A-Fa-f\s\0]")
_A85_END = re.compile(rb"[^!-uz\s\0]")
_WHITE = b" \t\n\r\x0b\x0c\0"
"""Passed over in ASCII85 and hex (more than PDFium passes over: measured, not stopped)."""


def _ascii_hex(data: bytes | memoryview, most: int) -> bytes:
    """Hex digits to bytes, white space passed over, up to ``>`` or any other character
    (PDFium stops there too); an odd last digit is followed by 0."""
    text = bytes(data)
    stop = _HEX_END.search(text)
    digits = text[: stop.start() if stop else len(text)].translate(None, _WHITE)
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits[: 2 * most].decode("ascii"))


def _ascii85(data: bytes | memoryview, most: int) -> bytes:
    """ASCII base-85 to bytes, up to ``~>`` or any character out of place (PDFium stops
    there too); a last group cut short decodes as far as it goes. Each character gives
    4/5 of a byte at least: the characters that give ``most`` bytes are decoded, no more.

    Every group at once, in C (``base64.a85decode`` loops over the groups in Python: 1.8
    ms a page of a ReportLab PDF, whose pages are all ``[/ASCII85Decode /FlateDecode]``):
    the five digits of the groups are five big integers, a group's digit in each 40-bit
    slot, summed by powers of 85, and the slots' low four bytes taken."""
    text = bytes(data)
    stop = _A85_END.search(text)
    pieces = text[: stop.start() if stop else len(text)].translate(None, _WHITE).split(b"z")
    # A ``z`` is four zero bytes, a group cut short before it dropped (as PDFium does).
    whole = [piece[: len(piece) - len(piece) % 5] + b"!!!!!" for piece in pieces[:-1]]
    chars = b"".join([*whole, pieces[-1]])[: most // 4 * 5 + 5]
    cut = len(chars) % 5
    if cut:
        chars += b"u" * (5 - cut)
    groups = len(chars) // 5
    digits = chars.translate(_A85_DIGITS)
    value = 0
    for place in range(5):
        slots = bytearray(5 * groups)
        slots[4::5] = digits[place::5]
        value = value * 85 + int.from_bytes(slots, "big")
    wide = value.to_bytes(5 * groups, "big")  # (a group over 2**32 wraps, as in PDFium)
    out = bytearray(4 * groups)
    for place in range(4):
        out[place::4] = wide[place + 1 :: 5]
    if cut:
        del out[len(out) - 5 + cut :]
    return bytes(out[:most])


_A85_DIGITS = bytes((n - 33) % 256 for n in range(256))


def _run_length(data: bytes | memoryview, most: int) -> bytes:
    """RunLengthDecode: a length byte 0-127 copies that many and one bytes, 129-255 repeats
    the next byte 257 less it times, 128 ends."""
    out = bytearray()
    at, end = 0, len(data)
    while at < end and len(out) < most:
        length = data[at]
        if length < 128:
            out += data[at + 1 : at + 2 + length]
            at += 2 + length
        elif length > 128 and at + 1 < end:
            out += bytes(data[at + 1 : at + 2]) * (257 - length)
            at += 2
        else:
            break
    return bytes(out[:most])


def _lzw(data: bytes | memoryview, most: int) -> bytes:
    """LZWDecode with EarlyChange 1 (PDF's default; 0 is all but unheard of): 9 to 12-bit
    codes, 256 clears the table, 257 ends."""
    table: list[bytes] = [bytes([n]) for n in range(256)] + [b"", b""]
    out = bytearray()
    previous: bytes | None = None
    width, bits, held = 9, 0, 0
    for byte in bytes(data):
        held = (held << 8) | byte
        bits += 8
        while bits >= width:
            bits -= width
            code = (held >> bits) & ((1 << width) - 1)
            held &= (1 << bits) - 1
            if code == 256:
                del table[258:]
                previous, width = None, 9
                continue
            if code == 257:
                return bytes(out[:most])
            if code < len(table):
                entry = table[code]
            elif code == len(table) and previous is not None:
                entry = previous + previous[:1]
            else:
                return bytes(out[:most])  # (a code not made yet: damaged)
            out += entry
            if len(out) >= most:
                return bytes(out[:most])
            if previous is not None and len(table) < 4096:
                table.append(previous + entry[:1])
            previous = entry
            width = min(12, (len(table) + 1).bit_length())
    return bytes(out[:most])


_DECODERS = {
    b"FlateDecode": _inflate,
    b"ASCIIHexDecode": _ascii_hex,
    b"ASCII85Decode": _ascii85,
    b"RunLengthDecode": _run_length,
    b"LZWDecode": _lzw,
}


def _over(one: bool) -> Said:
    if one:
        mb = MAX_STREAM_BYTES // 1_000_000
        return Said(f"一个压缩流超过 {mb} MB", f"a compressed stream over {mb} MB")
    mb = MAX_STREAMS_BYTES // 1_000_000
    return Said(f"压缩流合计超过 {mb} MB", f"compressed streams over {mb} MB in all")
