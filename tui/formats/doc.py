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
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tui.base.errors import Said
from tui.formats import Extracted, paragraphs_text
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

_NO_TEXT = Said("LibreOffice 没有输出文字", "LibreOffice gave no text")


def _too_slow(program: str) -> Said:
    return Said(f"{program} 超过 {TIMEOUT} 秒", f"{program} took over {TIMEOUT} s")


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
        output = _run(path, [program, "-m", "UTF-8.txt", "-w", "0", os.path.abspath(path)])
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


def _run(path: str, command: list[str]) -> bytes:
    try:
        result = subprocess.run(
            command, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL, check=False
        )
    except subprocess.TimeoutExpired as error:
        raise _failed(path, _too_slow(Path(command[0]).name)) from error
    except OSError as error:
        raise _failed(path, Path(command[0]).name, error) from error
    if result.returncode != 0 or not result.stdout.strip():
        said = result.stderr.decode("utf-8", "replace").strip().splitlines()
        program = Path(command[0]).name
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
            subprocess.run(
                command, capture_output=True, timeout=TIMEOUT, stdin=subprocess.DEVNULL, check=False
            )
        except subprocess.TimeoutExpired as error:
            raise _failed(path, _too_slow("LibreOffice")) from error
        except OSError as error:
            raise _failed(path, "LibreOffice", error) from error
        result = out / "in.txt"
        try:
            data = result.read_bytes()
        except OSError as error:
            raise _failed(path, _NO_TEXT) from error
    if not data.strip():
        raise _failed(path, _NO_TEXT)
    return data
