"""First start benchmark (not a timed test): the first text when the first files cannot be shown.

Run ``python tests/bench/bench_pass_over.py [--rounds 3]``. For a folder whose first 0, 1,
3 and 11 files (breadth first, by name) are scanned PDFs (an image per page, no text
layer) followed by one speech, it opens the reader on the folder with a fresh state folder
(a first start: ``MainScreen._pass_over`` passes over each file it cannot show) headless
and times from the app's start to the first text shown. Rounds in turns; medians (min-max).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from benchenv import scratch  # noqa: E402


def build(folder: Path, scanned: int) -> None:
    from tests.ui.conftest import SPEECH_FILE
    from tests.unit import format_fixtures as ff

    folder.mkdir(parents=True)
    for number in range(scanned):
        ff.write_scanned_pdf(folder / f"{number:02d}扫描件.pdf", pages=4)
    (folder / "99讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")


async def first_text(folder: Path) -> float:
    from tui.app import make_app

    os.environ["SPEECH_READER_HOME"] = str(scratch("bench-home-"))  # a first start
    began = time.perf_counter()
    app = make_app(folder)
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        while screen.reader.document is None:
            await pilot.pause(0.01)
            if time.perf_counter() - began > 120:
                raise TimeoutError("no text in 120 s")
        return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    counts = (0, 1, 3, 11)  # (12: FIRST_FILE_TRIES, all tried, the last one's message shown)
    times: dict[int, list[float]] = {count: [] for count in counts}
    with tempfile.TemporaryDirectory(prefix="bench-pass-over-") as tmp:
        for count in counts:
            build(Path(tmp) / f"scanned{count}", count)
        for _ in range(args.rounds):
            for count in counts:
                times[count].append(asyncio.run(first_text(Path(tmp) / f"scanned{count}")))
    print(f"first text on a first start, {args.rounds} rounds in turns, ms median (min-max)")
    for count, values in times.items():
        ms = [1000 * value for value in values]
        print(
            f"  {count:2d} scanned PDFs first  {statistics.median(ms):.0f} "
            f"({min(ms):.0f}-{max(ms):.0f})"
        )


if __name__ == "__main__":
    main()
