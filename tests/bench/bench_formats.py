"""How fast Word and PDF files open: extraction, the parse, and the second open from the cache.

Run: ``python tests/bench/bench_formats.py [--pages 100] [--docx-pages 200] [--repeat 3]``.
Not part of the test suite: it prints figures, it asserts nothing. The files are made
by the test fixtures' generators (``tests/unit/format_fixtures.py``): a text PDF of the
speech's sections repeated to ``--pages`` pages (running header, page numbers, about 30
lines of 28 characters a page), and a .docx of about ``--docx-pages`` pages whose headings
Word numbers (numbering.xml).

Targets (issue 15): 100-page PDF → Document ≤ 1.0 s on first open and ≤ 0.2 s from the
cache; 200-page .docx ≤ 1.0 s.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from tests.unit import format_fixtures as ff
from tui.formats.numbering import format_number

CHARS_PER_PAGE = 30 * 28
"""A PDF page of the benchmark: 30 lines of 28 characters."""
DOCX_CHARS_PER_PAGE = 700
"""Characters of a Word page (Chinese text, 三号/四号 type, as speeches are set)."""


def speech_paragraphs(chars: int) -> list[tuple[int, str]]:
    """(level, text) paragraphs of at least ``chars`` characters: the fixture speech's
    sections repeated, headings renumbered (一、… 二十、 …), without the typed numbers."""
    out: list[tuple[int, str]] = [(0, ff.TITLE), (0, "同志们：")]
    total = 0
    section = 0
    while total < chars:
        for level, _, text in ff.SPEECH[2:-1]:
            if level == 1:
                section += 1
            out.append((level, text))
            total += len(text)
    out.append((0, ff.SPEECH[-1][2]))
    return out


def typed(paragraphs: list[tuple[int, str]]) -> list[str]:
    """The paragraphs with typed numbers, as the PDF shows them."""
    counters = [0, 0, 0, 0]
    lines = []
    for level, text in paragraphs:
        if level == 0:
            lines.append(text)
            continue
        counters[level] += 1
        for deeper in range(level + 1, 4):
            counters[deeper] = 0
        number = counters[level]
        marker = {1: f"{format_number(number, 'chineseCounting')}、",
                  2: f"（{format_number(number, 'chineseCountingThousand')}）",
                  3: f"{number}."}[level]
        lines.append(marker + text)
    return lines


def write_docx(path: Path, paragraphs: list[tuple[int, str]]) -> None:
    import docx

    document = docx.Document()
    ff.add_numbering(document, ff._ABSTRACT, ff._NUM)
    for level, text in paragraphs:
        paragraph = document.add_paragraph(text)
        if level:
            ff.number_paragraph(paragraph, 90, level - 1)
    document.save(str(path))


def timed(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--docx-pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SPEECH_READER_HOME"] = str(Path(folder, "home"))
        from tui import formats
        from tui.engine import load_document
        from tui.formats import cache

        pdf = Path(folder, "speech.pdf")
        lines = typed(speech_paragraphs(args.pages * CHARS_PER_PAGE))
        kept, count = [], 0
        for line in lines:  # exactly --pages pages of 30 lines of up to 28 characters
            count += -(-len(line) // 28)
            if count > args.pages * 30:
                break
            kept.append(line)
        ff.write_pdf(pdf, kept, lines_per_page=30, width=28)
        docx_path = Path(folder, "speech.docx")
        write_docx(docx_path, speech_paragraphs(args.docx_pages * DOCX_CHARS_PER_PAGE))

        def first_open(path: Path) -> object:
            for entry in cache.folder().glob("*.json"):
                entry.unlink()
            return load_document(path)

        for name, path in (("PDF", pdf), ("docx", docx_path)):
            document = load_document(path)
            pages = len(document.pages) if document.pages else None
            headings = sum(len(s.headings) for s in document.speeches)
            size = path.stat().st_size / 1e6
            extract = timed(lambda p=path: formats.extract(p), args.repeat)
            first = timed(lambda p=path: first_open(p), args.repeat)
            load_document(path)  # the cache entry
            cached = timed(lambda p=path: load_document(p), args.repeat)
            shown = f"{pages} pages, " if pages else ""
            print(f"{name}: {size:.2f} MB, {shown}{len(document.paragraphs)} paragraphs, {headings} headings")
            print(f"  extraction only           {extract:6.3f} s")
            print(f"  first open (→ Document)   {first:6.3f} s")
            print(f"  from the cache            {cached:6.3f} s")


if __name__ == "__main__":
    main()
