"""What a key costs in a file of one enormous line (not a timed test).

A file of one line (15.6 MB: ``营商环境是企业发展的土壤。`` 400,000 times, no line feed) is one
paragraph of 150,000 rows at 160 columns. The reader drew a paragraph's rows all at once,
for each frame that showed any of it and again at each cursor move in it; it now draws the
rows shown (``reader_style.RowsOnDemand``, safety85). This opens such a file in the app at
160×45 (Pilot, headless), waits for the whole document, then presses ``down`` three times
and ``pagedown`` once, printing the process's CPU time for each (and to the document).

    python tests/bench/bench_long_line.py [--mb 15.6]

Run it with ``PYTHONPATH`` at the tree to measure (the base's tree, then this one, and in
the other order: the machine is shared).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

SENTENCE = "营商环境是企业发展的土壤。"


async def measure(path: Path) -> list[tuple[str, float]]:
    from tui.app import make_app

    app = make_app(path)
    found: list[tuple[str, float]] = []
    start = time.process_time()
    async with app.run_test(size=(160, 45)) as pilot:
        screen = app.main_screen
        for _ in range(6000):
            await pilot.pause(0.1)
            if screen.reader.document is not None and screen.complete:
                break
        await pilot.pause(1)
        found.append(("to the document", time.process_time() - start))
        for key in ("down", "down", "down", "pagedown"):
            start = time.process_time()
            await pilot.press(key)
            await pilot.pause(0.2)
            found.append((key, time.process_time() - start))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=15.6, help="the file's size in MB")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME"):
            os.environ[name] = os.path.join(folder, name)
        path = Path(folder) / "one-line.txt"
        times = int(arguments.mb * 1_000_000 / len(SENTENCE.encode()))
        path.write_text(SENTENCE * times, encoding="utf-8")
        for what, seconds in asyncio.run(measure(path)):
            print(f"{what}: {seconds:.2f} s CPU")


if __name__ == "__main__":
    main()
