"""Two readers at once lose nothing: quotes, bookmarks and positions from two processes.

Each worker is a separate process (``spawn``: nothing shared but the folder); both wait on
one barrier so their writes overlap, then each makes ``COUNT`` changes, writing after each.
(300 each until ci16, the issue's case: under heavy load it once caught a lost position,
when a waiting reader's lock timed out and it wrote without the lock — now ``LockBusy``.
100 each since: with ``state.file_lock`` made to hold nothing, all three tests failed in
20 of 20 runs, half of them beside another such run, at a third of 300's CPU.)
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

COUNT = 100


def _quotes(home: str, name: str, barrier: Any) -> None:
    os.environ["SPEECH_READER_HOME"] = home
    from tui.engine.quotes import Quote, QuoteKind
    from tui.notebook import Notebook

    notebook = Notebook()
    barrier.wait()
    for number in range(COUNT):
        text = f"{name} 的第 {number} 句。"
        notebook.add(Quote(text, "《题》", "", "题", "/x.txt", 1, QuoteKind.SENTENCE, 0, 0))


def _bookmarks(home: str, name: str, barrier: Any) -> None:
    from tui.session import Session

    session = Session(Path(home) / "state")
    barrier.wait()
    for number in range(COUNT):
        session.toggle_bookmark(f"/speeches/{name}.txt", number, 0, number + 1, f"{name}{number}")


def _positions(home: str, name: str, barrier: Any) -> None:
    from tui.session import Session
    from tui.session_records import Position

    session = Session(Path(home) / "state")
    barrier.wait()
    for number in range(COUNT):
        session.set_position(f"/speeches/{name}-{number}.txt", Position(number, 0, number + 1))
        session.save()


def run_two(work: Callable[[str, str, Any], None], home: Path) -> None:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=work, args=(str(home), name, barrier)) for name in ("甲", "乙")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=240)
    assert [worker.exitcode for worker in workers] == [0, 0]


@pytest.mark.parametrize(
    "work", [_quotes, _bookmarks, _positions], ids=["quotes", "bookmarks", "positions"]
)
def test_two_processes_keep_every_change(
    tmp_path: Path, work: Callable[[str, str, Any], None]
) -> None:
    run_two(work, tmp_path)
    if work is _quotes:
        stored = json.loads((tmp_path / "data" / "quotes.json").read_text(encoding="utf-8"))
        texts = {record["text"] for record in stored["quotes"]}
        assert len(stored["quotes"]) == len(texts) == 2 * COUNT
    elif work is _bookmarks:
        stored = json.loads((tmp_path / "state" / "bookmarks.json").read_text(encoding="utf-8"))
        places = {(record["path"], record["paragraph"]) for record in stored}
        assert len(stored) == len(places) == 2 * COUNT
    else:
        stored = json.loads((tmp_path / "state" / "session.json").read_text(encoding="utf-8"))
        assert len(stored["positions"]) == 2 * COUNT
        assert stored["positions"][f"/speeches/乙-{COUNT - 1}.txt"]["paragraph"] == COUNT - 1
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []
