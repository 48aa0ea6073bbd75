"""PDFium reads a PDF in a bounded process of its own, never in the reader's.

PDFium is C++: a hostile PDF can make it abort (signal 6), crash or take all memory, and
in the reader's process that ended the whole app with no message — the open file, the
file tree's counts and the corpus index each read PDFs in it (the index in the helper
process, but when the helper died the service did its work again on a thread of the app).
So every PDF's text layer is read by ``pdf.child_main`` in a child Python started through
``bounded.run`` (the launcher .doc converters run under): address space ``MEMORY_LIMIT``,
``CPU_LIMIT`` seconds of CPU, killed after ``TIMEOUT`` seconds, at most ``OUTPUT_LIMIT``
bytes of answer, a minimal environment and a private folder. The PDF's bytes (already
measured by ``check_streams``) go to it as a file in that folder; its answer comes back as
JSON on its standard output — data only (a pickle from a process reading hostile input
could run code in the reader). A child that crashed, went past a limit or gave no answer
is ``errors.reader_crashed``: the file cannot be shown, with what happened, and the
reader goes on.

Cost: a Python start and pypdfium2's import for each PDF extracted (once a file: the
extraction cache keeps the text; docs/performance-log.md has the figures). Where many are
read in a row (the file tree's counts, the index), ``pdfbatch`` keeps one child for the
next PDF, every bound still a file's own. A refusal (``reader_crashed``) that is the
file's doing is remembered by ``read_source`` at the file's stamp (``cache.remember_refusal``):
PDFium is not run on that file again until it changes.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import sys
import tempfile
from pathlib import Path
from typing import Any

from tui.base.errors import Said
from tui.base.files import MAX_FILE_BYTES
from tui.formats import bounded
from tui.formats.errors import damaged, encrypted, reader_crashed

__all__ = [
    "CHILD_CODE",
    "CPU_LIMIT",
    "MEMORY_EXIT",
    "MEMORY_LIMIT",
    "OUTPUT_LIMIT",
    "TIMEOUT",
    "PageTexts",
    "import_paths",
    "page_texts",
]

log = logging.getLogger(__name__)

TIMEOUT = 120
"""Seconds PDFium may take over one PDF before it is stopped."""
CPU_LIMIT = TIMEOUT
"""Seconds of CPU it may use (holds when the reader is gone too)."""
MEMORY_LIMIT = 2_000_000_000
"""Its address space: Python and PDFium map about 60 MB before the file; PDFium's decoding
is bounded first by ``check_streams`` (256 MB of streams at most)."""
OUTPUT_LIMIT = MAX_FILE_BYTES
"""Bytes of answer (the pages' texts as JSON): a text file's limit."""
MEMORY_EXIT = 86
"""The child's exit status when Python could not get memory (``MemoryError``)."""

CHILD_CODE = (
    "import json, sys\n"
    "sys.path[:0] = json.loads(sys.argv[1])\n"
    "from tui.formats.pdf import child_main\n"
    "child_main(sys.argv[2])\n"
)
"""What the child runs (``python -I -S -c``, after ``bounded``'s limits): the reader's
own import paths, then ``pdf.child_main`` on the PDF's copy."""

PageTexts = tuple[list[str], bool, list[str], dict[int, int], list[tuple[list[float], float]]]
"""``pdf._page_texts``' answer: the pages' texts, whether page 1's first line is set
smaller, the titles, the glyphs left out by page, each page's lines' bottoms and pitch."""


def import_paths() -> list[str]:
    """Where a child imports from: the reader's own folder, then its absolute import paths."""
    paths = [str(Path(__file__).resolve().parents[2])]
    return paths + [entry for entry in sys.path if entry and os.path.isabs(entry)]


def page_texts(data: bytes, path: str) -> PageTexts:
    """``pdf.child_main``'s reading of the PDF ``data`` (the bytes of ``path``), in a bounded
    child: the kept one of a batch (``pdfbatch``), or one of its own. Raises ``encrypted``,
    ``damaged`` as PDFium says, ``reader_crashed`` when the child ended without an answer."""
    from tui.formats import pdfbatch

    limits = bounded.Limits(MEMORY_LIMIT, CPU_LIMIT, TIMEOUT, OUTPUT_LIMIT)
    paths = import_paths()
    try:
        outcome = pdfbatch.read(data, limits, paths) or _alone(data, limits, paths)
    except OSError as error:  # (not the file's doing: not remembered)
        raise reader_crashed(path, _ended(None), lasting=False) from error
    answer = _answer(outcome)
    if answer is None:
        log.info("%s: PDFium's process: %r", path, outcome.errors.decode("utf-8", "replace"))
        raise reader_crashed(path, _how(outcome))
    refused = answer.get("refused")
    if refused == "encrypted":
        raise encrypted(path)
    if refused is not None:
        raise damaged(path, "PDF", cause=str(answer.get("cause", "")))
    unread = {int(page): int(count) for page, count in answer["unread"].items()}
    geometry = [(list(bottoms), float(pitch)) for bottoms, pitch in answer["geometry"]]
    return answer["texts"], bool(answer["header_first"]), answer["titles"], unread, geometry


def _alone(data: bytes, limits: bounded.Limits, paths: list[str]) -> bounded.Outcome:
    """``pdf.child_main`` on ``data`` in a child of its own (a copy of the file in its
    folder) under ``limits``, importing from ``paths``. Raises OSError when it cannot be
    started."""
    with tempfile.TemporaryDirectory(prefix="speech-reader-pdf-") as folder:
        Path(folder, "in.pdf").write_bytes(data)
        arguments = [json.dumps(paths), "in.pdf"]
        return bounded.run_python(CHILD_CODE, arguments, folder, limits)


def _answer(outcome: bounded.Outcome) -> dict[str, Any] | None:
    """The child's JSON answer; None when it gave none (or a broken one)."""
    if outcome.returncode != 0 or outcome.too_slow or outcome.too_much:
        return None
    try:
        answer = json.loads(outcome.stdout.decode("utf-8", "surrogatepass"))
    except (UnicodeDecodeError, ValueError):
        return None
    return answer if isinstance(answer, dict) else None


def _how(outcome: bounded.Outcome) -> Said:
    """What happened to a child that gave no answer, in the words ``reader_crashed`` puts
    after "PDFium … reading it"."""
    if outcome.too_slow:
        return Said(
            f"超过 {TIMEOUT} 秒仍未读完，已被停止", f"took over {TIMEOUT} s and was stopped"
        )
    if outcome.too_much:
        mb = OUTPUT_LIMIT // 1_000_000
        return Said(
            f"取出的文字超过 {mb} MB，已被停止", f"gave more than {mb} MB of text and was stopped"
        )
    if -outcome.returncode in bounded.LIMIT_SIGNALS or outcome.returncode == MEMORY_EXIT:
        return Said(
            "超出了内存或时间的上限，已被停止", "went past its memory or time limit and was stopped"
        )
    if outcome.returncode == 0:  # (it ended well, but its answer was broken or not JSON)
        return Said("没有给出可读的结果", "gave no readable answer")
    return _ended(outcome.returncode)


def _ended(returncode: int | None) -> Said:
    if returncode is None:
        return Said("无法启动", "failed to start")
    if returncode < 0:
        try:
            name = signal.Signals(-returncode).name
        except ValueError:
            name = str(-returncode)
        return Said(f"崩溃了（信号 {name}）", f"crashed (signal {name})")
    return Said(
        f"意外退出（退出码 {returncode}）", f"ended unexpectedly (exit status {returncode})"
    )
