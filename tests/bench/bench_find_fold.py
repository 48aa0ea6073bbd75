"""The UI thread's CPU for the reader's first find in a big traditional file.

Run: ``python tests/bench/bench_find_fold.py [--mb 10] [--repeat 5]``. Not part of the test
suite: it prints figures. The 10 MB traditional collection is ``bench_fold.py``'s; its
document is parsed once, outside the app, then shown in a bare ``ReaderView``. Each round
shows a small document and searches it (so no folding of the big one is kept), shows the big
one again and searches 关于 in it: ``time.thread_time`` of the UI thread for ``set_search``
and, where the matches come later (the text folded on a thread), for the reader's handling
of the folding when it comes (``ReaderView._folded``, wrapped here), summed; then a second
search of the same document (folded already). Medians and ranges in ms.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "bench"))
sys.path.insert(0, str(ROOT))

from bench_engine import build_collection  # noqa: E402
from bench_fold import to_traditional  # noqa: E402

from tests.documents import build_document  # noqa: E402
from tests.ui.test_reader import ReaderApp  # noqa: E402
from tui.engine import load_document  # noqa: E402
from tui.widgets.reader import ReaderView  # noqa: E402


def summary(values: list[float]) -> str:
    return f"median {statistics.median(values):.1f} ms ({min(values):.1f}–{max(values):.1f})"


async def run(mb: float, repeat: int) -> None:
    traditional = to_traditional(build_collection(mb).decode("utf-8"))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "traditional.txt"
        path.write_text(traditional, encoding="utf-8")
        big = load_document(path)
    small = build_document([("讲话", [("body", "关于营商环境。")])])
    handled: list[float] = []
    later = hasattr(ReaderView, "_folded")
    if later:
        original = ReaderView._folded

        def timed(self: ReaderView, *args: object) -> None:
            start = time.thread_time()
            original(self, *args)  # type: ignore[arg-type]
            handled.append(time.thread_time() - start)

        ReaderView._folded = timed  # type: ignore[method-assign,assignment]
    app = ReaderApp(small)
    first: list[float] = []
    again: list[float] = []
    async with app.run_test(size=(100, 40)) as pilot:
        reader = app.query_one(ReaderView)
        for _ in range(repeat):
            reader.load(small)
            reader.set_search("营商")
            reader.set_search(None)
            reader.load(big)
            await pilot.pause()
            handled.clear()
            start = time.thread_time()
            reader.set_search("关于")
            spent = time.thread_time() - start
            while getattr(reader.find, "pending", False):  # (the old reader has none)
                await pilot.pause()
            first.append((spent + sum(handled)) * 1000)
            start = time.thread_time()
            reader.set_search("讲话")
            again.append((time.thread_time() - start) * 1000)
            reader.set_search(None)
    print(
        f"{mb:g} MB traditional, {len(big.paragraphs)} paragraphs, folded "
        f"{'on a thread' if later else 'on the UI thread'}: first find's UI-thread CPU "
        f"{summary(first)}; a second find {summary(again)} ({repeat} rounds)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="collection size in MB")
    parser.add_argument("--repeat", type=int, default=5, help="rounds")
    args = parser.parse_args()
    asyncio.run(run(args.mb, args.repeat))


if __name__ == "__main__":
    main()
