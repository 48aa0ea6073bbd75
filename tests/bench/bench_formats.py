"""How fast Word and PDF files open: extraction, the parse, and the second open from the cache.

Run: ``python tests/bench/bench_formats.py [--pages 100] [--docx-pages 200] [--repeat 3]``.
Not part of the test suite: it prints figures, it asserts nothing. The files are made
by the test fixtures' generators (``tests/unit/format_fixtures.py``): a text PDF of the
speech's sections repeated to ``--pages`` pages (running header, page numbers, about 30
lines of 28 characters a page), and a .docx of about ``--docx-pages`` pages whose headings
Word numbers (numbering.xml).

Targets (issue 15): 100-page PDF → Document ≤ 1.0 s on first open and ≤ 0.2 s from the
cache; 200-page .docx ≤ 1.0 s.

To the screen (``--no-screen`` skips it): the same files opened in the app, each run in a
fresh interpreter that runs the app headless (Textual's ``run_test``), frames timed where
Textual hands them to the driver (``App._display``, as ``bench_ui.py`` does):

* launched on the file (``tui.cli.launch``, as ``speech-reader FILE``): from interpreter
  start to the first frame showing the file's text;
* opened in the running app (``MainScreen.open_file``, what Enter in the tree does),
  the app launched on a small text file first: from the call to the first frame showing
  the file's text;

each with a cold cache (a new state folder) and then from the cache (the same folder,
a new process); median of ``--repeat`` runs. For each, whether the reader said what it
was doing (the progress message, "正在读取 PDF 的文字层…") before the text: anything
slower than about 0.3 s must.

A folder of PDFs (``--folder N``: these figures only): N small text PDFs (the fixtures'
speech, 4 pages each, a line apiece to tell them apart), each pass with the extraction
cache emptied first, wall and CPU time (this process's and its children's: PDFium's
processes) of the file tree's speech counts over the folder
(``tree_counts.speech_counts``, as the helper runs it), of indexing the folder
(``Index.sync`` into a new index) and of one PDF opened interactively
(``load_document``, as the reader opens a file); ``--rounds`` passes of each, in turns.
It runs the same against an older tree: copy it into that tree's ``tests/bench``.
"""

from __future__ import annotations

import argparse
import os
import statistics
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
        marker = {
            1: f"{format_number(number, 'chineseCounting')}、",
            2: f"（{format_number(number, 'chineseCountingThousand')}）",
            3: f"{number}.",
        }[level]
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


ROOT = Path(__file__).resolve().parents[2]

from benchenv import bench_env, run_json  # noqa: E402

SCREEN = """
import time, json, sys, asyncio
t0 = time.perf_counter()
from pathlib import Path
from tui.cli import launch
mode, path, small = sys.argv[1], Path(sys.argv[2]).resolve(), Path(sys.argv[3])
app = launch(path if mode == "launch" else small)
from tui.screens.main import MainScreen

frames = []  # (time, file shown, its document is on screen, a progress message is on screen)
drawn = asyncio.Event()
display = app._display

def spy(screen, renderable):
    display(screen, renderable)
    if renderable is None:
        return
    screen = app.screen
    if isinstance(screen, MainScreen):
        reader = screen.reader
        shown = screen.path
        frames.append((time.perf_counter(), shown, reader.document is not None and reader.document.path == str(shown),
                       "正在" in (reader.message or "")))
        drawn.set()
app._display = spy

async def first_frame(test, since, timeout=120.0):
    deadline = time.perf_counter() + timeout
    while True:
        for frame in frames:
            if frame[0] >= since and test(frame):
                return frame[0]
        drawn.clear()
        await asyncio.wait_for(drawn.wait(), max(0.0, deadline - time.perf_counter()))

async def main():
    result = {}
    async with app.run_test(size=(160, 45)) as pilot:
        if mode == "launch":
            start = t0
        else:
            await first_frame(lambda f: f[2], 0.0)
            await pilot.pause()
            start = time.perf_counter()
            app.screen.open_file(path)
        text = await first_frame(lambda f: f[1] == path and f[2], start)
        progress = [f[0] for f in frames if start <= f[0] <= text and f[1] == path and f[3]]
        result["screen"] = await first_frame(lambda f: True, start) - start if mode == "launch" else 0.0
        result["text"] = text - start
        result["progress"] = progress[0] - start if progress else None
        await pilot.pause()
    print(json.dumps(result))

asyncio.run(main())
"""


def screen_run(mode: str, path: Path, small: Path, home: Path) -> dict[str, float | None]:
    """One fresh app process (``SCREEN``) with the state folder ``home``; its figures."""
    return run_json(["-c", SCREEN, mode, str(path), str(small)], bench_env(home))  # type: ignore[no-any-return]


def spread(values: list[float]) -> str:
    """median (min–max) in seconds."""
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


def to_screen(name: str, path: Path, small: Path, folder: Path, repeat: int) -> None:
    """Print the time to the first text on screen, cold and from the cache (see the top)."""
    screen_run("launch", small, small, folder / "warm-up")  # bytecode compiled, untimed
    for mode, what in (("launch", "launched on it"), ("open", "opened in the app")):
        runs: dict[str, list[dict[str, float | None]]] = {"cold": [], "cached": []}
        for attempt in range(repeat):
            home = folder / f"home-{name}-{mode}-{attempt}"
            runs["cold"].append(screen_run(mode, path, small, home))
            runs["cached"].append(screen_run(mode, path, small, home))
        for cache_state, results in runs.items():
            texts = [r["text"] or 0.0 for r in results]
            # The wait the user sees: from the first frame of the screen (launched: the
            # screen comes up before the text; opened: the screen is there) to the text.
            waits = [(r["text"] or 0.0) - (r["screen"] or 0.0) for r in results]
            slow = [r for r, wait in zip(results, waits, strict=True) if wait > 0.3]
            told = sum(1 for r in slow if r["progress"] is not None)
            progress = [r["progress"] or 0.0 for r in slow if r["progress"] is not None]
            said = f"progress shown in {told} of the {len(slow)} runs that waited over 0.3 s" + (
                f" (at {statistics.median(progress):.2f} s)" if progress else ""
            )
            screens = [r["screen"] or 0.0 for r in results]
            up = (
                f"; screen up at {spread(screens)}, text {spread(waits)} later"
                if mode == "launch"
                else ""
            )
            print(f"  {what:18} {cache_state:6}  first text {spread(texts)}{up}; {said}")


def timed(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def _spent() -> float:
    """CPU seconds of this process and of its children that have ended."""
    import resource

    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def folder_figures(count: int, rounds: int) -> None:
    """``--folder``: a folder of ``count`` PDFs counted, indexed and one of them opened."""
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["SPEECH_READER_HOME"] = str(Path(scratch, "home"))
        from tui.base.files import MAX_FILE_BYTES
        from tui.engine import load_document
        from tui.engine.index.store import Index
        from tui.formats import cache
        from tui.jobs.tree_counts import speech_counts

        folder = Path(scratch, "speeches")
        folder.mkdir()
        lines = ff.speech_lines()
        paths = [
            ff.write_pdf(folder / f"{number:03d}.pdf", [f"第{number}份", *lines])
            for number in range(count)
        ]

        def emptied() -> None:
            for entry in cache.folder().glob("*.json"):
                entry.unlink()

        def counts() -> None:
            found = speech_counts(paths, MAX_FILE_BYTES)
            assert all(item is not None and item.speeches for item in found), found

        def index() -> None:
            where = Path(scratch, "index.sqlite3")
            for stale in Path(scratch).glob("index.sqlite3*"):
                stale.unlink()
            with Index(where) as made:
                report = made.sync(folder)
            assert report.indexed == count and not report.failed, report

        def one_open() -> None:
            assert load_document(paths[0]).speeches

        try:  # A kept PDFium process's CPU counts once it has ended: ended in the time taken.
            from tui.formats.pdfbatch import end_kept as ended
        except ImportError:  # (an older tree: a process a PDF)

            def ended() -> None:
                pass

        jobs = {"tree counts": counts, "index": index, "one open": one_open}
        figures: dict[str, list[tuple[float, float]]] = {name: [] for name in jobs}
        load_document(paths[-1])  # (the engine's imports and tables, not timed)
        for _ in range(rounds):
            for name, job in jobs.items():
                emptied()
                wall, cpu = time.perf_counter(), _spent()
                job()
                ended()
                figures[name].append((time.perf_counter() - wall, _spent() - cpu))
        print(f"{count} PDFs, {rounds} rounds (wall s / CPU s, process and children):")
        for name, runs in figures.items():
            shown = ", ".join(f"{wall:.2f}/{cpu:.2f}" for wall, cpu in runs)
            print(f"  {name:12} {shown}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--docx-pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-screen", action="store_true", help="extraction figures only")
    parser.add_argument("--folder", type=int, default=0, help="a folder of N PDFs only")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.folder:
        folder_figures(args.folder, args.rounds)
        return
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
            print(
                f"{name}: {size:.2f} MB, {shown}{len(document.paragraphs)} paragraphs, {headings} headings"
            )
            print(f"  extraction only           {extract:6.3f} s")
            print(f"  first open (→ Document)   {first:6.3f} s")
            print(f"  from the cache            {cached:6.3f} s")
        if not args.no_screen:
            small = ff.write_text(Path(folder, "small.txt"))
            print(f"to the first text on screen, median (min–max) of {args.repeat} runs:")
            for name, path in (("PDF", pdf), ("docx", docx_path)):
                print(f"{name}:")
                to_screen(name, path, small, Path(folder), args.repeat)


if __name__ == "__main__":
    main()
