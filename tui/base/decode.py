"""From bytes to text: BOM, UTF-8, UTF-16, GB18030, then a guess; binary files refused.

Why this module is about 600 lines: the order below is one chain of fallbacks,
each with the check that lets a file through and the error that refuses it; split, a
reader would follow one file's decoding across modules.

The order, decided once:

1. nothing but whitespace (or a BOM) → ``EmptyFileError``;
2. a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) decides the encoding;
3. NUL bytes: UTF-16 *without* BOM when one byte order decodes to readable text, a Chinese
   text with a few NULs or a run at its end (a crash's zeros) without them, otherwise
   ``BinaryFileError``; without NULs, a high share of control bytes in a bounded sample
   (head, middle, tail) is ``BinaryFileError`` too (unless it reads as UTF-16);
4. strict UTF-8 (a file cut in the middle of its last character is still UTF-8);
5. UTF-16 without BOM and without NUL bytes (pure CJK text), when it reads as Chinese;
6. strict GB18030 (covers GBK and GB2312), unless the result is doubtful (few common
   Chinese characters: Big5, Shift-JIS or EUC-KR bytes also decode as GB18030, and so
   does UTF-8 text in places) and it reads line by line (7) or the detector names
   another encoding;
7. line by line, each line in UTF-8 or else in GB18030, when the file holds lines of both
   (``_mixed``: a paragraph pasted from a file in the other encoding, or a short line —
   a heading of a few characters, GBK in a UTF-8 file or UTF-8 in a GBK one — that reads
   as plain Chinese text: ``_plainly_chinese``;
   ``Decoded.mixed`` counts the other's lines, for a warning);
8. UTF-8, then GB18030, with a few places that do not decode (at most one in 1,000 bytes
   or 4, the rest Chinese text: ``_mostly``), each place a U+FFFD (``Decoded.undecoded``
   counts them, for a warning): a file damaged in a byte or two, or with stray bytes at
   its end; a UTF-16 file (with or without a BOM) of an odd length likewise;
9. charset-normalizer's best guess (``guessed=True``), else ``DecodeError``.

The text comes back without BOM, with CRLF and lone CR turned into LF (U+2028 is not a
line break and is left alone), without stray control characters (C0 other than TAB and LF,
DEL, C1: ESC and CSI could drive the terminal), and with every other character that could
reorder or hide text on screen (bidi overrides and isolates, tags …) made a visible
placeholder by ``tui.base.safetext.safe_text`` ("‹U+202E›"); zero-width spaces and
joiners, soft hyphens and stray BOMs, which mean nothing in Chinese text, are taken out. U+2028 and
U+2029 are kept: ``lines.py`` splits paragraphs there, so they never reach the screen.
Neither step adds or removes a line feed: line numbers stay those of the file.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from tui.base import files, patterns
from tui.base.chinese import common_count, doubtful_chinese, han_count
from tui.base.errors import BinaryFileError, DecodeError, EmptyFileError
from tui.base.safetext import safe_text, surely_safe_lines

__all__ = ["Decoded", "decode", "decode_bytes", "read_file", "visible_text", "without_escapes"]


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    """The text: BOM removed, CRLF and lone CR turned into LF (U+2028 kept)."""
    encoding: str
    """One of "utf-8", "utf-8-sig", "utf-16-le", "utf-16-be", "gb18030", or the detector's name."""
    guessed: bool
    """True when the encoding is the detector's best guess."""
    undecoded: int = 0
    """Places where bytes did not decode in ``encoding`` and stand as U+FFFD (``�``): a file
    damaged or cut short in a few places, read all the same (``_mostly``)."""
    mixed: tuple[int, str] | None = None
    """Lines that were in another encoding than ``encoding`` (how many, and which), each
    decoded in its own: a UTF-8 file with a GBK paragraph pasted in, or the reverse
    (``_mixed``)."""
    nuls: int = 0
    """NUL bytes left out of a text that held a few (``_with_stray_nuls``)."""


# Byte-order marks, longest first (the UTF-32 LE BOM starts with the UTF-16 LE one).
_BOMS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
)

# Control bytes that text does not contain (TAB, LF, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\f\r\x1b") + b"\x7f"
# The same as characters, plus NUL, in decoded text.
_CONTROL_CHARS = patterns.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")

_NONBLANK = patterns.compile("[^\\s\ufeff\u200b]")

_STRAY_CONTROL = patterns.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)  # finding one: 20 ms on 10 MB, 40 with "+"
_STRAY_CONTROLS = patterns.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
"""Control characters other than TAB and LF (after CR/CRLF became LF): C0, DEL and C1.

They are taken out of the decoded text: they have no meaning in a speech (a form feed
between PDF pages, a stray BEL), and ESC or CSI could drive the terminal the reader
draws on (an ``ESC ]52`` sequence in a file would write the user's clipboard). Removing
them never joins or splits lines, so line numbers stay those of the file."""

_ESCAPE_SEQUENCES = patterns.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]"  # CSI: ESC [ 2 J, ESC [ 1 m
    "|\x9b[0-?]*[ -/]*[@-~]"  # the same, C1
    # OSC to its end on the line (ESC ] 52 ; c ; … BEL), and the other strings a terminal
    # reads to their end: DCS (ESC P), SOS (ESC X), PM (ESC ^), APC (ESC _)
    "|\x1b[]PX^_][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)"
    "|[\x9d\x90\x98\x9e\x9f][^\x07\x1b\x9c\n]*(?:\x07|\x1b\\\\|\x9c)"  # the same, C1
    "|\x1b[ -/]*[0-~]"  # any other escape: ESC and what it takes
)
"""Terminal escape sequences, taken out whole before the stray controls: their parameters
(``[2J``, ``]52;c;aGVsbG8=``) are no text of the speech, and left behind they made a
paragraph look like page junk (newuser28: 正文内容。 followed by an OSC 52 sequence was
hidden as noise). Never across a line end, so line numbers stay the file's; an OSC with no
end on its line loses its ESC and the bracket only."""


_OPENERS = "\x1b\x90\x98\x9b\x9d\x9e\x9f"
"""The characters that open an escape sequence: ESC and the C1 DCS, SOS, CSI, OSC, PM, APC."""


def without_escapes(text: str) -> str:
    """``text`` without its terminal escape sequences, each taken out whole with its
    parameters (``_ESCAPE_SEQUENCES``); the other controls are left to the caller. For
    text extracted from a web page, an e-book, RTF or a PDF (``formats.clean_text``): an
    ``&#x1b;]52;c;…&#x07;`` in a page left ``正文内容。]52;c;aGVsbG8=`` as text there,
    and ``&#x1b;[2J`` a ``[2J`` before the page's title (hostile61)."""
    if not any(opener in text for opener in _OPENERS):
        return text  # (the usual text: seven scans in C, 9 ms on 10M characters; a regex class 31)
    return _ESCAPE_SEQUENCES.sub("", text)


# The same in UTF-8 bytes: C0 and DEL are single bytes (CR is left out: it becomes LF), a C1
# character is 0xC2 and a byte 0x80-0x9F. Deleting the former from the bytes and finding the
# latter (0xC2 is rare in Chinese text) takes 10 ms on 10 MB, ``_STRAY_CONTROL`` on the text 20.
_STRAY_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r") + b"\x7f"


def _utf8_has_stray_control(data: bytes) -> bool:
    """Whether valid UTF-8 ``data`` decodes to text holding a ``_STRAY_CONTROL`` (once CR is LF)."""
    if len(data.translate(None, _STRAY_CONTROL_BYTES)) < len(data):
        return True  # C0 or DEL
    lead = data.find(b"\xc2")
    while lead >= 0:
        if 0x80 <= data[lead + 1] <= 0x9F:  # (valid UTF-8: a byte follows 0xC2)
            return True  # C1
        lead = data.find(b"\xc2", lead + 1)
    return False


_SAMPLE = 8192
"""Bytes looked at from the head of the file (and half as many from its middle and tail)."""
_BINARY_SHARE = 0.05
"""More control bytes than this share of the sample: not text."""
_CHAR_SAMPLE = 4096
"""Characters of decoded text looked at by the plausibility checks."""

# Characters a Chinese (or English) text is made of: ASCII, Latin-1, general punctuation,
# CJK punctuation, CJK ideographs, full-width forms. UTF-16 read with the wrong byte order,
# or GB18030/UTF-8 bytes read as UTF-16, give mostly other characters.
_TEXTLIKE = patterns.compile(
    "[\t\n\f\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u3400-\u4dbf"
    "\u4e00-\u9fff\uff00-\uffef]"
)


def decode(data: bytes, path: str = "") -> Decoded:
    """Decode a file's bytes (see the module's docstring for the order tried).

    Raises ``EmptyFileError``, ``BinaryFileError`` or ``DecodeError`` (``path`` goes into the
    error, for the message only).
    """
    if not data or data.isspace():
        raise _empty(path, len(data))
    for bom, encoding, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as error:
                mostly = _mostly(data[len(bom) :], codec, chinese=False)
                if mostly is not None:
                    return _finish(
                        mostly[0], encoding, False, path, check_controls=True, undecoded=mostly[1]
                    )
                raise _undecodable(
                    path,
                    f"{encoding}（文件开头有它的标记，但内容不符）",
                    f"{encoding} (its BOM is there, the rest does not fit)",
                ) from error
            return _finish(text, encoding, False, path, check_controls=True)
    if b"\x00" in data:
        utf16 = _sniff_utf16(data)
        if utf16 is None:
            return _with_stray_nuls(data, path)
        return _decode_utf16(data, utf16, path)
    if _control_share(data) > _BINARY_SHARE:
        utf16 = _sniff_utf16(data)
        if utf16 is None:
            raise _binary(path)
        return _decode_utf16(data, utf16, path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        truncated = _truncated_utf8(data, error)
    else:
        return _finish(text, "utf-8", False, path, utf8=data)
    if truncated is not None:
        return _finish(truncated, "utf-8", False, path)
    utf16 = _sniff_utf16(data)
    if utf16 is not None:
        try:
            return _decode_utf16(data, utf16, path)
        except DecodeError:
            pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        pass
    else:
        if not doubtful_chinese(text):
            pasted = _mixed(data) if _UTF8_LINE.search(data) else None
            if pasted is not None:  # a paragraph or a heading pasted from a UTF-8 file
                return _finish(pasted[0], pasted[1], False, path, mixed=pasted[2])
            return _finish(text, "gb18030", False, path)
        mixed = _mixed(data)
        if mixed is not None:
            return _finish(mixed[0], mixed[1], False, path, mixed=mixed[2])
        guess = _detect(data)
        if guess is None or _is_gb(guess[1]):
            return _finish(text, "gb18030", False, path)
        return _finish(guess[0], guess[1], True, path, check_controls=True)
    # A file with lines pasted from a file in the other encoding: every line read whole
    # in its own encoding, before a few places read as U+FFFD (a GBK file's UTF-8
    # paragraph was read as GB18030, garbled; a UTF-8 file's short GBK heading, or its GBK
    # paragraph in a file of 1 MB or more, as U+FFFDs: daily96). A UTF-8 file damaged in
    # a byte stays ``_mostly``'s: its damaged line is no GBK line.
    mixed = _mixed(data)
    if mixed is not None:
        return _finish(mixed[0], mixed[1], False, path, mixed=mixed[2])
    for codec in ("utf-8", "gb18030"):
        mostly = _mostly(data, codec)
        if mostly is not None and not (codec == "gb18030" and doubtful_chinese(mostly[0])):
            return _finish(mostly[0], codec, False, path, undecoded=mostly[1])
    guess = _detect(data)
    if guess is None:
        raise _undecodable(path)
    return _finish(guess[0], guess[1], True, path, check_controls=True)


def decode_bytes(data: bytes, path: str = "") -> tuple[str, str]:
    """``decode`` as a ``(text, encoding)`` pair."""
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def read_file(path: str | Path) -> Decoded:
    """Read and decode a file.

    Raises ``UnreadableFileError`` (missing, a folder, not a regular file, no permission,
    I/O error), ``TooLargeError`` (over ``files.MAX_FILE_BYTES``), then whatever ``decode``
    raises.
    """
    return decode(files.read_file_bytes(path, files.MAX_FILE_BYTES), str(path))


# ----------------------------------------------------------------------------- helpers


def _finish(
    text: str,
    encoding: str,
    guessed: bool,
    path: str,
    *,
    check_controls: bool = False,
    utf8: bytes | None = None,
    undecoded: int = 0,
    mixed: tuple[int, str] | None = None,
) -> Decoded:
    """Normalise line ends, refuse empty text (and, when asked, control-character soup).

    ``utf8``: the bytes ``text`` was decoded from as UTF-8, if it was: they are looked at for
    stray control characters before the text is searched for them.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if text.startswith("\ufeff"):
        text = text[1:]
    if _blank(text):
        raise _empty(path, 1)
    if check_controls:
        sample = text[:_CHAR_SAMPLE]
        if len(_CONTROL_CHARS.findall(sample)) > _BINARY_SHARE * len(sample):
            raise _binary(path)
    if surely_safe_lines(text):
        # Nothing to take out or show: the quick look's class holds every stray control and
        # every format character. One scan for the usual file instead of the bytes' and the
        # text's: decoding the 10 MB collection 33.1 ms (32.4-36.1) -> 23.9 ms (22.2-24.6)
        # (bench_engine.py --turns 7, perf22).
        return Decoded(text, encoding, guessed, undecoded, mixed)
    if (utf8 is None or _utf8_has_stray_control(utf8)) and _STRAY_CONTROL.search(text):
        text = _STRAY_CONTROLS.sub("", _ESCAPE_SEQUENCES.sub("", text))
        if _blank(text):
            raise _empty(path, 1)
    return Decoded(visible_text(text), encoding, guessed, undecoded, mixed)


_SEPARATORS = patterns.compile("([\u2028\u2029])")
_INVISIBLE_JUNK = patterns.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
"""Soft hyphens, zero-width spaces and joiners, word joiners and stray BOMs: web pages and
Word files scatter them through Chinese text, where they mean nothing. They are taken out
(a word split by one is found again, and the reader is not cluttered with placeholders);
what could deceive, bidi controls above all, is shown."""


def visible_text(text: str) -> str:
    """Meaningless zero-width characters taken out; bidi controls and other format
    characters as visible placeholders (the one sanitiser's); line feeds, tabs and
    U+2028/U+2029 kept."""
    if surely_safe_lines(text):
        # Nothing to take out or show either (the junk and the separators are unsafe
        # characters): the usual file costs one scan instead of the two below (decoding
        # the 10 MB collection 45 → 32 ms).
        return text
    text = _INVISIBLE_JUNK.sub("", text)
    if "\u2028" not in text and "\u2029" not in text:
        return safe_text(text, keep_breaks=True)
    parts = _SEPARATORS.split(text)  # separators at the odd indexes
    return "".join(
        part if i % 2 else safe_text(part, keep_breaks=True) for i, part in enumerate(parts)
    )


def _blank(text: str) -> bool:
    """Only whitespace and BOMs / zero-width spaces (stops at the first other character)."""
    return _NONBLANK.search(text) is None


def _sample(data: bytes) -> bytes:
    """A bounded sample: the head, and for large data a piece of its middle and its tail."""
    if len(data) <= 2 * _SAMPLE:
        return data
    half = _SAMPLE // 2
    middle = len(data) // 2
    return data[:_SAMPLE] + data[middle : middle + half] + data[-half:]


def _control_share(data: bytes) -> float:
    """Share of control bytes (other than TAB, LF, FF, CR, ESC) in a sample."""
    sample = _sample(data)
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample)


def _sniff_utf16(data: bytes) -> str | None:
    """The UTF-16 byte order ("utf-16-le"/"utf-16-be") that reads as text, else None.

    Only the characters Chinese text is made of count (ASCII, Latin-1, CJK and its
    punctuation, full-width forms): ASCII or GB18030 bytes read as UTF-16 also give
    ideographs or Hangul, and binary data with NUL bytes gives Latin Extended letters and
    symbols, which are printable too.
    """
    head = data[: min(_SAMPLE * 2, len(data) - len(data) % 2)]  # (odd: one byte cut off)
    if not head:
        return None
    best: tuple[float, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        sample = head.decode(codec, errors="replace")
        score = len(_TEXTLIKE.findall(sample)) / len(sample)
        if best is None or score > best[0]:
            best = (score, codec)
    assert best is not None
    return best[1] if best[0] >= 0.9 else None


def _with_stray_nuls(data: bytes, path: str) -> Decoded:
    """A UTF-8 or GB18030 Chinese text with a few NUL bytes (at most as many as
    ``_mostly``'s places) or a run of them at its end, decoded without them: a file not
    fully written before a crash or a power cut ends in zeros, and a copy gone wrong
    leaves one. Such a file was refused as binary (这不是文本文件, safety85); one of
    nothing but NULs is told as such. Anything else with a NUL stays ``BinaryFileError``."""
    kept = data.rstrip(b"\x00")
    if not kept.strip():
        raise EmptyFileError(
            path,
            "文件里只有空字节（NUL），没有文字：内容可能在断电或程序崩溃时丢失了。",
            "The file holds nothing but NUL bytes, no text: its contents may have been lost"
            " in a crash or a power cut.",
        )
    if kept.count(b"\x00") > max(_UNDECODED_LEAST, len(kept) // _UNDECODED_SHARE):
        raise _binary(path)
    kept = kept.replace(b"\x00", b"")
    for codec in ("utf-8", "gb18030"):
        try:
            text = kept.decode(codec)
        except UnicodeDecodeError:
            continue
        if han_count(text[:_CHAR_SAMPLE]) >= _HAN_PER_UNDECODED and not doubtful_chinese(text):
            decoded = _finish(text, codec, False, path, check_controls=True)
            return Decoded(decoded.text, codec, False, nuls=len(data) - len(kept))
    raise _binary(path)


def _decode_utf16(data: bytes, codec: str, path: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        mostly = _mostly(data, codec)
        if mostly is None:
            raise _undecodable(path, codec, codec) from error
        text, undecoded = mostly
        return _finish(text, codec, False, path, check_controls=True, undecoded=undecoded)
    return _finish(text, codec, False, path, check_controls=True)


_UNDECODED_SHARE = 1000
"""At most one place in this many bytes (and ``_UNDECODED_LEAST`` in any file) that does
not decode, for a file to be read in an encoding all the same (``_mostly``)."""
_UNDECODED_LEAST = 4
_HAN_PER_UNDECODED = 10
"""Chinese characters the text must hold for each place that did not decode: a Latin-1
text's few accented letters are no UTF-8 damaged in a few places (the detector reads it)."""


def _mostly(data: bytes, codec: str, *, chinese: bool = True) -> tuple[str, int] | None:
    """``data`` decoded in ``codec`` with a few places that do not decode (each ``�``,
    U+FFFD), and how many, when they are few and the rest is Chinese text; else None.

    A GBK or UTF-8 file damaged in a byte or two, or ending with stray bytes (a copy cut
    short, a tool that appended junk), and a UTF-16 file of an odd length (its last byte
    cut off) were refused (无法识别文件的文字编码) or read by the detector's guess as
    another script (a GBK speech ending with ``\xff\xfe\x81`` as iso8859_5, every
    character wrong); one ``�`` a damaged place keeps the speech readable (hostile61).
    ``chinese=False``: a BOM named the encoding, the text need not be Chinese."""
    text = data.decode(codec, errors="replace")
    undecoded = text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if codec == "utf-8" else 0)
    if undecoded > max(_UNDECODED_LEAST, len(data) // _UNDECODED_SHARE):
        return None
    if chinese and han_count(text[: _CHAR_SAMPLE * 4]) < _HAN_PER_UNDECODED * max(undecoded, 1):
        return None
    return text, undecoded


def _mixed(data: bytes) -> tuple[str, str, tuple[int, str]] | None:
    """``data`` read line by line, each line in UTF-8 or else GB18030, when it holds lines
    of both: a UTF-8 speech with a paragraph pasted from a GBK file (or the reverse) was
    refused whole (无法识别文件的文字编码, safety85). Returns the text, the encoding of
    most of its bytes and (how many lines are in the other, which); None when a line is
    in neither, no line is non-ASCII UTF-8, or the GB18030 lines are no Chinese text
    (Big5 or Shift-JIS bytes decode as GB18030 too)."""
    lines = data.splitlines(keepends=True)
    parts: list[str] = []
    gb_lines: list[str] = []
    utf8_lines: list[str] = []
    gb_bytes = utf8_bytes = 0
    for line in lines:
        utf8 = _utf8_line(line)
        if utf8 is not None:
            parts.append(utf8)
            if not line.isascii():
                utf8_lines.append(utf8)
                utf8_bytes += len(line)
            continue
        try:
            gb_lines.append(line.decode("gb18030"))
        except UnicodeDecodeError:
            return None
        parts.append(gb_lines[-1])
        gb_bytes += len(line)
    if not gb_lines or not utf8_bytes:
        return None
    gb_text = "".join(gb_lines)
    if doubtful_chinese(gb_text):
        return None
    if _too_little_to_tell(gb_lines):
        return None
    if utf8_bytes >= gb_bytes:
        return "".join(parts), "utf-8", (len(gb_lines), "gb18030")
    # The reverse: a GBK file's short UTF-8 line (三是, 二是: valid GB18030 too, 涓夋槸) is
    # taken when it is plain Chinese; a GBK line valid as UTF-8 by chance reads as rare
    # ideographs (宸拌嘲 → 巰賰) or other scripts there, no such line (daily98).
    if _too_little_to_tell(utf8_lines):
        return None
    return "".join(parts), "gb18030", (len(utf8_lines), "utf-8")


_PLAIN_CHINESE = patterns.compile(
    r"[\u3000-\u303f\uff00-\uffef\x20-\x7e\s\u00b7\u2014\u2018\u2019\u201c\u201d\u2026]*"
)
"""What a short line in another encoding may hold besides common ideographs
(``_plainly_chinese``): CJK and full-width punctuation, quotes, dashes and ellipses, ASCII,
spaces."""


def _too_little_to_tell(lines: list[str]) -> bool:
    """Whether the lines read in a file's other encoding (``_mixed``) hold too few
    ideographs to tell that encoding from damage (fewer than ``_HAN_PER_UNDECODED`` in the
    first ``_CHAR_SAMPLE`` characters) while some line of them is not plainly Chinese."""
    return han_count("".join(lines)[:_CHAR_SAMPLE]) < _HAN_PER_UNDECODED and not all(
        _plainly_chinese(line) for line in lines
    )


def _plainly_chinese(line: str) -> bool:
    """Whether ``line`` (read as GB18030) is plainly Chinese text: at least one ideograph,
    every one of them common, and nothing else but punctuation, ASCII and spaces. A short
    heading in GBK (工作要求, （一）) in a UTF-8 file is too short for the ``_mixed``'s count
    of ideographs and was read as U+FFFDs (daily96); a UTF-8 line damaged in a byte, read
    as GB18030, gives rare ideographs (鍏ㄥ競), no such line."""
    han = han_count(line)
    if not han or common_count(line) != han:
        return False
    rest = "".join(char for char in line if not common_count(char))
    return _PLAIN_CHINESE.fullmatch(rest) is not None


_UTF8_MULTIBYTE = rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
_UTF8_LINE = re.compile(
    rb"(?m)^[\x00-\x09\x0b-\x7f]*+(?:" + _UTF8_MULTIBYTE + rb")"
    rb"(?:[\x00-\x09\x0b-\x7f]|" + _UTF8_MULTIBYTE + rb")*+$"
)
"""A line (to its LF) of UTF-8 sequences holding one beyond ASCII: a GB18030 file that holds
none has no line pasted from a UTF-8 file (``_mixed`` is not tried; a GBK line matches now
and then, and then the lines decide). It was three ideographs in UTF-8 in a row, anywhere:
a two-character heading (三是) was missed, and the search took 460 ms on 10 MB of GBK text,
this one 50 (daily98, timed by hand)."""


def _utf8_line(line: bytes) -> str | None:
    """``line`` as UTF-8, when it is UTF-8 and reads as Chinese text at least as well as
    it does in GB18030 (more of the common characters: a GBK line that happens to be valid
    UTF-8 reads as rare ones); None when it is to be read as GB18030."""
    try:
        utf8 = line.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if line.isascii():
        return utf8
    try:
        gb = line.decode("gb18030")
    except UnicodeDecodeError:
        return utf8
    return utf8 if common_count(utf8) >= common_count(gb) else None


def _truncated_utf8(data: bytes, error: UnicodeDecodeError) -> str | None:
    """UTF-8 text cut in the middle of its last character (a partial download, ``head -c``)."""
    if error.end != len(data) or error.reason != "unexpected end of data" or error.start < 16:
        return None
    head = data[: error.start]
    if head.isascii():
        return None
    try:
        return head.decode("utf-8") + "\ufffd"
    except UnicodeDecodeError:
        return None


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess on a bounded sample, applied to the whole data."""
    from charset_normalizer import from_bytes  # imported late: only the last fallback

    sample = data
    if len(data) > 65536:
        cut = data.rfind(b"\n", 0, 65536)  # LF is never a trail byte of a CJK encoding
        sample = data[: cut + 1] if cut > 0 else data[:65536]
    best = from_bytes(sample).best()
    if best is None:
        return None
    encoding = best.encoding
    if sample is data:
        return str(best), encoding
    try:
        return data.decode(encoding), encoding
    except (UnicodeDecodeError, LookupError):
        return data.decode(encoding, errors="replace"), encoding


def _is_gb(encoding: str) -> bool:
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    return name in {"gb18030", "gbk", "gb2312", "hz"}


# ----------------------------------------------------------------------------- errors


def _empty(path: str, size: int) -> EmptyFileError:
    if size == 0:
        return EmptyFileError(path, "文件是空的（0 字节）。", "The file is empty (0 bytes).")
    return EmptyFileError(
        path,
        "文件里没有文字（只有空格、空行或编码标记）。",
        "The file holds no text (only spaces, blank lines or a byte-order mark).",
    )


def _binary(path: str) -> BinaryFileError:
    return BinaryFileError(
        path,
        "这不是文本文件（看起来是二进制文件，例如图片、压缩包或 Word 文档）。"
        "请先把它另存为纯文本（.txt，UTF-8 编码）再打开。",
        "This is not a text file (it looks binary: an image, an archive or a Word document?). "
        "Save it as plain text (.txt, UTF-8) first, then open it.",
    )


def _undecodable(path: str, detail: str = "", detail_en: str = "") -> DecodeError:
    tried = detail or "UTF-8、UTF-16、GB18030 和自动检测"
    tried_en = detail_en or "UTF-8, UTF-16, GB18030 and automatic detection"
    return DecodeError(
        path,
        f"无法识别文件的文字编码（试过 {tried}）。请把文件另存为 UTF-8 编码的文本再打开。",
        f"Cannot tell the file's text encoding (tried {tried_en}). "
        "Save it as UTF-8 text, then open it again.",
    )
