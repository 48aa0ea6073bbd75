"""What a long reading session leaves behind: files opened one after another in one app.

Run: ``python tests/bench/trace_heap.py [--rounds 3] [--files 60]``. Not part of the test
suite: it prints figures, it asserts nothing. It copies ``--files`` held-out texts into a
temporary folder, starts the app on it (Pilot, 160×45, fresh state folders), and in each
round opens every file in turn (``open_and_reveal``, then the app settled), the help opened
and closed at each; after each round it prints the objects out of the cyclic collector's
sight (``gc.get_freeze_count()``: the app freezes what is alive at its start; until leak29
also each time a file was parsed and shown) and the process's RSS. At the end it unfreezes them and runs one full collection: the
number it finds unreachable is what the freezes kept alive, and its time what one full
collection of that heap costs on the UI thread. (docs/performance-log.md, "A long session".)
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

for name in ("XDG_STATE_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME"):
    os.environ[name] = tempfile.mkdtemp(prefix="trace-heap-")

from tests.ui.conftest import settle  # noqa: E402
from tui.app import make_app  # noqa: E402


def rss_mb() -> int:
    """This process's resident memory, MB (Linux)."""
    status = Path("/proc/self/status").read_text(encoding="utf-8")
    return int(status.split("VmRSS:")[1].split()[0]) // 1024


async def session(folder: Path, rounds: int) -> None:
    files = sorted(folder.glob("*.txt"))
    app = make_app(folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        print(f"start: frozen {gc.get_freeze_count()}, RSS {rss_mb()} MB", flush=True)
        for number in range(1, rounds + 1):
            for path in files:
                app.main_screen.open_and_reveal(path)
                await settle(app, pilot)
                await pilot.press("question_mark")
                await pilot.pause()
                await pilot.press("escape")
            print(
                f"round {number} ({len(files)} files opened): frozen {gc.get_freeze_count()}, "
                f"RSS {rss_mb()} MB",
                flush=True,
            )
        start = time.perf_counter()
        gc.unfreeze()
        found = gc.collect()
        print(
            f"unfrozen and collected: {found} unreachable, "
            f"{time.perf_counter() - start:.2f} s; RSS {rss_mb()} MB",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="times every file is opened")
    parser.add_argument("--files", type=int, default=60, help="held-out texts to open")
    args = parser.parse_args()
    texts = sorted(ROOT.glob("tests/holdout*/texts/*.txt"))[: args.files]
    with tempfile.TemporaryDirectory() as folder:
        for path in texts:
            shutil.copy(path, folder)
        asyncio.run(session(Path(folder), args.rounds))


if __name__ == "__main__":
    main()
