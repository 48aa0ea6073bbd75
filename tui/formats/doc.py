"""Word 97–2003 (.doc) and WPS (.wps) files, through a converter: antiword, else LibreOffice.

A .wps file of WPS Office (WPS 文字) is a compound (OLE2) file like a .doc — WPS writes
its own documents in the Word 97 binary layout — so it is read the same way (``sniff``
tells both by the compound file's signature; both converters go by content, not by name).
Not checked against a file WPS itself wrote (none at hand): the tests open a Word 97 file
named .wps. A .wps of Microsoft Works (another program, same suffix) is no Word file: the
converter fails and the reader says so.

Neither is a Python package: the reader uses whichever is installed (antiword first: it
starts in milliseconds, LibreOffice in seconds) and otherwise says what to install. The
user's file is only read: LibreOffice writes its text into a temporary folder (with its
own temporary profile, so a running LibreOffice is not disturbed), never next to it.

antiword is always asked for UTF-8 (``-m UTF-8.txt``): otherwise it writes in the
locale's character set, "?" for every Chinese character under ``LC_ALL=C``. Its limit:
Word's *automatic* Chinese numbering is not rendered — a heading Word numbers "一、" comes
out without its number and "（一）" as "1" — so such a .doc gets a wrong outline through
antiword and the right one through LibreOffice (tested with .doc files LibreOffice saves
from the test .docx files; numbers typed into the text come through both).

A converter reads an untrusted file: it runs bounded (``_bounded``, through
``bounded.run``, as PDFium does for a PDF): address space ``MEMORY_LIMIT``, CPU
``CPU_LIMIT`` seconds, at most ``TIMEOUT`` seconds, no file it writes over
``OUTPUT_LIMIT``, no core file; its output is read at most ``OUTPUT_LIMIT`` bytes (past that
it is stopped and the file refused, ``too_much_text``); a minimal environment, a private
temporary folder, a session of its own killed whole at the time limit (``bounded.py``
says how, and where a system lacks one of the limits).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from tui.base.errors import Said, TooLargeError, UnreadableFileError
from tui.base.files import MAX_FILE_BYTES, read_file_bytes
from tui.formats import Extracted, bounded, paragraphs_text
from tui.formats.errors import (
    ConversionFailedError,
    ConverterMissingError,
    encrypted,
    english,
    shown,
)

log = logging.getLogger(__name__)

TIMEOUT = 120
"""Seconds a converter may take before it is stopped."""
CPU_LIMIT = TIMEOUT
"""Seconds of CPU a converter may use (``RLIMIT_CPU``): it holds also when the reader is
gone (killed, crashed) and no time limit stops the converter any more."""
OUTPUT_LIMIT = MAX_FILE_BYTES
"""Bytes of text a converter may give (as a text file may hold): past that it is stopped
and the file refused. No file it writes may be larger either (``RLIMIT_FSIZE``)."""
MEMORY_LIMIT = {"antiword": 1_000_000_000, "soffice": 4_000_000_000}
"""A converter's address space (``RLIMIT_AS``): antiword needs some MB; LibreOffice maps a
few hundred MB of libraries before it reads anything (4 GB not checked against a real
LibreOffice: none on the machine that set it)."""

_NO_TEXT = Said("LibreOffice 没有输出文字", "LibreOffice gave no text")


def _too_slow(program: str) -> Said:
    return Said(f"{program} 超过 {TIMEOUT} 秒", f"{program} took over {TIMEOUT} s")


def _stopped(program: str) -> Said:
    return Said(
        f"{program} 超出了内存或时间的上限，已被停止",
        f"{program} went past its memory or time limit and was stopped",
    )


_MAC_SOFFICE = "/Applications/LibreOffice.app/Contents/MacOS/soffice"


def find_converter() -> tuple[str, str] | None:
    """("antiword" | "soffice", its path), or None when neither is installed."""
    antiword = shutil.which("antiword")
    if antiword:
        return "antiword", antiword
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return "soffice", found
    if sys.platform == "darwin" and os.path.exists(_MAC_SOFFICE):
        return "soffice", _MAC_SOFFICE
    return None


def extract_doc(data: bytes, path: str) -> Extracted:
    if "EncryptedPackage".encode("utf-16-le") in data[:1_000_000]:
        # A password-protected .docx is stored in a compound file, like a .doc.
        raise encrypted(path, "Word")
    converter = find_converter()
    if converter is None:
        raise missing(path)
    kind, program = converter
    if kind == "antiword":
        command = [program, "-m", "UTF-8.txt", "-w", "0", os.path.abspath(path)]
        with tempfile.TemporaryDirectory(prefix="speech-reader-doc-") as folder:
            output = _run(path, command, folder, MEMORY_LIMIT["antiword"])
    else:
        output = _soffice(program, path)
    from tui.base.decode import decode

    text = decode(output, path).text
    lines = antiword_paragraphs(text) if kind == "antiword" else text.split("\n")
    return Extracted(paragraphs_text(lines), "doc", f"doc/{kind}")


_TABLE_ROW = re.compile(r"^\|(.*)\|\s*$")


def antiword_paragraphs(text: str) -> list[str]:
    """antiword's text as the document's paragraphs: one a line (``-w 0`` wraps none), the
    ASCII spaces before each taken off — they draw the paragraph's indentation in Word,
    typed nothing — and a table row drawn as ``|cell   |cell   |`` as its cells joined by
    " | ", as the Word reader joins them (an empty row is an empty line).

    As antiword gives it, a heading Word indents less than the body (``   1. 任务来源…``
    over ``    本标准来源于…``) read as a typed layout, every line indented: the engine then
    took the heading for a line wrapped into the paragraph under it, and a title set in a
    one-cell table was the line ``|   |`` (``tests/formats_real``: nuclear-explain-p1.doc).
    Full-width spaces typed at a paragraph's start stay (``paragraphs_text`` reads them)."""
    paragraphs: list[str] = []
    for line in text.split("\n"):
        row = _TABLE_ROW.match(line)
        if row is not None:
            cells = [cell.strip() for cell in row.group(1).split("|")]
            paragraphs.append(" | ".join(cell for cell in cells if cell))
        else:
            paragraphs.append(line.lstrip(" ").rstrip())
    return paragraphs


def missing(path: str) -> ConverterMissingError:
    name = shown(path)
    if path.lower().endswith(".wps"):
        return ConverterMissingError(
            path,
            f"“{name}”是 WPS 文字（.wps）文件。打开它需要 antiword 或 LibreOffice，本机都没有找到。"
            "请安装其中之一（例如 apt install antiword，或从 libreoffice.org 安装 LibreOffice），"
            "或在 WPS 里把它另存为 .docx 再打开。",
            f"“{name}” is a WPS Writer (.wps) file. Opening it needs antiword or LibreOffice, "
            "and neither was found. Install one, or save it as .docx in WPS.",
        )
    return ConverterMissingError(
        path,
        f"“{name}”是 Word 97–2003（.doc）文件。打开它需要 antiword 或 LibreOffice，本机都没有找到。"
        "请安装其中之一（例如 apt install antiword，brew install antiword，或从 libreoffice.org 安装 LibreOffice），"
        "或在 Word/WPS 里把它另存为 .docx 再打开。",
        f"“{name}” is a Word 97–2003 (.doc) file. Opening it needs antiword or LibreOffice, and "
        "neither was found. Install one (apt install antiword, brew install antiword, or "
        "LibreOffice), or save it as .docx in Word.",
    )


def _failed(path: str, detail: str, cause: object = None) -> ConversionFailedError:
    """``detail``: a program's name or a ``Said``; ``cause`` (the converter's own words,
    an OSError's text: English) is logged, never put in the message."""
    name = shown(path)
    if cause is not None:
        log.info("%s: %s", path, cause)
    return ConversionFailedError(
        path,
        f"无法转换“{name}”（{detail}）。文件可能已损坏、加密，或不是 Word 文档；可在 Word/WPS 里另存为 .docx 再打开。",
        f"Could not convert “{name}” ({english(detail)}). It may be damaged, encrypted or not a Word "
        "file; save it as .docx in Word, then open it.",
    )


def too_much_text(path: str, program: str) -> ConversionFailedError:
    """The error for a converter that gave more than ``OUTPUT_LIMIT`` bytes of text."""
    name = shown(path)
    mb = OUTPUT_LIMIT // 1_000_000
    return ConversionFailedError(
        path,
        f"“{name}”转换出的文字超过 {mb} MB（{program}），不像是正常的 Word 文档，为安全起见不打开。",
        f"“{name}” converts to more than {mb} MB of text ({program}); it does not look like a "
        "normal Word file and is not opened, to be safe.",
    )


def _bounded(command: list[str], folder: str, memory: int) -> bounded.Outcome:
    """Run a converter under its limits (``bounded.run``; this module's constants read as it
    starts). Raises OSError when it cannot be started."""
    limits = bounded.Limits(memory, CPU_LIMIT, TIMEOUT, OUTPUT_LIMIT)
    return bounded.run(command, folder, limits)


def _checked(path: str, program: str, result: bounded.Outcome) -> None:
    """Raise what the user is told when a converter ran past a limit."""
    if result.too_much:
        raise too_much_text(path, program)
    if result.too_slow:
        raise _failed(path, _too_slow(program))
    if -result.returncode in bounded.LIMIT_SIGNALS:
        raise _failed(path, _stopped(program), f"signal {-result.returncode}")


def _run(path: str, command: list[str], folder: str, memory: int) -> bytes:
    program = Path(command[0]).name
    try:
        result = _bounded(command, folder, memory)
    except OSError as error:
        raise _failed(path, program, error) from error
    _checked(path, program, result)
    if result.returncode != 0 or not result.stdout.strip():
        said = result.errors.decode("utf-8", "replace").strip().splitlines()
        failed = Said(f"{program} 转换失败", f"{program} failed")
        raise _failed(path, failed, said[0][:120] if said else f"exit {result.returncode}")
    return result.stdout


def _soffice(program: str, path: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="speech-reader-doc-") as folder:
        profile = Path(folder, "profile").as_uri()
        out = Path(folder, "out")
        source = Path(folder, "in.doc")
        shutil.copyfile(path, source)  # a plain name: LibreOffice names its output after it
        command = [
            program,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "txt:Text (encoded):UTF8",
            "--outdir",
            str(out),
            str(source),
        ]
        try:
            result = _bounded(command, folder, MEMORY_LIMIT["soffice"])
        except OSError as error:
            raise _failed(path, "LibreOffice", error) from error
        _checked(path, "LibreOffice", result)
        try:
            data = read_file_bytes(out / "in.txt", OUTPUT_LIMIT)
        except TooLargeError as error:
            raise too_much_text(path, "LibreOffice") from error
        except UnreadableFileError as error:
            raise _failed(path, _NO_TEXT) from error
    if not data.strip():
        raise _failed(path, _NO_TEXT)
    return data
