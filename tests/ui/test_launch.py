"""The app as the command line starts it (``tui.cli.launch``): first frame, helper process.

Run in a fresh interpreter, as a user runs it: the first file's parse is sent to the
background service before Textual is imported, and the helper process is a child of
that interpreter (so it can be killed with it).
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from tests.documents import corpus_collection
from tests.processes import gone, poll
from tests.ui.conftest import settle
from tui.app import make_app
from tui.cli import launch
from tui.engine import load_document
from tui.paths import bundled_corpus_dir

# Their helper processes load jieba: from the cache an earlier test built (conftest).
pytestmark = pytest.mark.usefixtures("jieba_cache")

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys, time
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio
from tui.screens.main import MainScreen
from tui.widgets.outline import node_paragraph

def top_line(reader):
    layout, top = reader.text_layout, int(reader.scroll_offset.y)
    block = layout.block_at(top)
    return [block, top - layout.block_row(block)]

async def main():
    frames = []
    def spy(screen):
        if isinstance(app.screen, MainScreen):
            s = app.screen
            outline, node = s.outline, s.outline.cursor_node
            frames.append({
                "text": s.reader.document is not None,
                "speeches": len(outline.root.children),
                "emoji": "rich._emoji_codes" in sys.modules,
                # The place shown: the top row's block and its row in it (the scroll
                # offset itself changes when exact line counts come for the blocks above).
                "reader": [*s.reader.cursor, *top_line(s.reader)],
                "outline_at": node_paragraph(node.data) if node and node.data else None,
                "outline_cursor_shown": outline.scroll_offset.y <= outline.cursor_line
                < outline.scroll_offset.y + outline.size.height,
                # Which panes are drawn, and where each is laid out (x, y, width, height).
                "drawn": [pane.visible for pane in (s.filetree, outline, s.reader)],
                "regions": [list(pane.region) for pane in (s.filetree, outline, s.reader)],
                "text_region": list(s.reader.scrollable_content_region),
                "scrollbar": s.reader.styles.scrollbar_visibility,
            })
    app.frame_listeners.append(spy)
    out = {}
    async with app.run_test(size=(120, 36)) as pilot:
        while not any(frame["speeches"] for frame in frames):
            await pilot.pause(0.01)
        out["frames"] = frames[:]
        out["helpers_at_start"] = len(app.background.helper_pids())
        screen = app.screen
        panel = screen.keyword_panel
        await pilot.press("K")
        # K started the panel's worker (jieba's start and the keywords, in the helper):
        # waited for as long as a loaded machine takes, not polled.
        computing = [w for w in app.workers if w.group == "keywords"]
        assert computing, "K started no keyword worker"
        await asyncio.wait_for(asyncio.gather(*(w.wait() for w in computing)), 100)
        await pilot.pause()
        out["keywords"] = [k.term for k in panel.current_keywords()][:5]
        out["helpers"] = app.background.helper_pids()
        reader = screen.reader
        reader.wrap_all_now()
        for _ in range(600):
            if reader.text_layout.exact_blocks == len(reader.text_layout.blocks):
                break
            await pilot.pause(0.05)
        from tui.engine.wrap import wrap
        document = reader.document
        expected = [
            gap + len(wrap(document.paragraphs[i].text, reader.text_layout.width, first, 0) or [0])
            for block, i in enumerate(reader.text_layout.blocks)
            for first, gap in [(reader.text_layout.first_indent(block), reader.text_layout.spacing(block))]
        ]
        out["exact"] = reader.text_layout.row_counts == expected
        before = screen.reader.cursor
        await pilot.press("K", "right_square_bracket")
        await pilot.pause()
        out["moved"] = screen.reader.cursor != before
        out["jieba_here"] = __import__("tui.engine.keywords").engine.keywords.is_ready()
    out["after_quit"] = app.background.helper_pids()
    print(json.dumps(out, ensure_ascii=False))

asyncio.run(main())
"""


def _run_app_script(
    code: str, path: Path, tmp_path: Path
) -> tuple[subprocess.CompletedProcess[str], Any]:
    """Run ``code`` on ``path`` in a fresh interpreter with its own state folder; the
    finished process and the JSON of its last line of output (None without one, so that the
    caller's check of the exit code shows the process's errors)."""
    env = dict(os.environ, SPEECH_READER_HOME=str(tmp_path / "home"))
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    lines = done.stdout.strip().splitlines()
    try:
        return done, json.loads(lines[-1]) if lines else None
    except ValueError:
        return done, None


def test_launched_app_shows_the_first_file_in_its_first_frame(tmp_path: Path) -> None:
    """The first frame has the reader's text at the remembered place; the outline comes
    in a later frame, whole, with its cursor on the reader's section, and the reader has
    not moved meanwhile."""
    path = tmp_path / "合集.txt"
    path.write_bytes((bundled_corpus_dir() / "优化营商环境大会讲话合集.txt").read_bytes())
    document = load_document(path)
    speeches = len(document.speeches)
    assert speeches > 3
    # Remembered: a paragraph under a heading of the fourth speech (not a heading itself).
    starts = {s.first for s in document.speeches} | {
        h.paragraph for s in document.speeches for h in s.headings
    }
    at = next(
        p
        for p in range(document.speeches[3].headings[1].paragraph, len(document.paragraphs))
        if p not in starts
    )
    section = max(first for first in starts if first <= at)  # its innermost section
    paragraph = document.paragraphs[at]
    state = tmp_path / "home" / "state"
    state.mkdir(parents=True)
    key = str(path.resolve())
    remembered = {"paragraph": at, "sentence": 0, "line": paragraph.line}
    (state / "session.json").write_text(
        json.dumps({"last_file": key, "positions": {key: remembered}}), encoding="utf-8"
    )
    done, out = _run_app_script(SCRIPT, path, tmp_path)
    assert done.returncode == 0, done.stderr
    frames = out["frames"]
    frames = frames[: [bool(frame["speeches"]) for frame in frames].index(True) + 1]
    first, *_ = frames
    # The parse sent ahead at launch is shown before the first frame is drawn, at the
    # remembered paragraph; no label went through rich's markup (whose emoji table alone
    # took some 4 ms to import).
    assert first["text"] is True and first["emoji"] is False
    assert first["reader"][0] == at
    # The outline arrives whole (never a part of it), on the reader's section, in view;
    # until then the reader keeps its place.
    assert [frame["speeches"] for frame in frames] == [0] * (len(frames) - 1) + [speeches]
    assert frames[-1]["outline_at"] == section and frames[-1]["outline_cursor_shown"] is True
    assert all(frame["reader"] == first["reader"] for frame in frames)
    # The panes are drawn from the first frame on. Nothing moves on the way: the reader has
    # the same place and size in every frame.
    assert all(frame["drawn"] == [True, True, True] for frame in frames)
    assert all(frame["regions"][2] == first["regions"][2] for frame in frames)
    assert all(frame["text_region"] == first["text_region"] for frame in frames)
    # The reader's scroll bar too is drawn from then on (its column kept meanwhile).
    assert first["scrollbar"] == "hidden" and frames[-1]["scrollbar"] == "visible"
    # The reader's place in the first frame was already beside the panes' (their space held).
    (tree_x, _, tree_width, _), (outline_x, _, outline_width, _), (reader_x, *_) = frames[-1][
        "regions"
    ]
    assert tree_x == 0 and tree_width > 0 and outline_width > 0
    assert outline_x == tree_width and reader_x == outline_x + outline_width
    assert out["helpers_at_start"] == 0  # no helper process until keywords are asked for
    assert "营商环境" in out["keywords"]  # computed in the helper process ...
    assert out["helpers"] and os.getpid() not in out["helpers"]
    assert out["jieba_here"] is False  # ... so jieba never loaded in the UI process
    assert out["moved"] is True and out["exact"] is True
    assert out["after_quit"] == [] and all(poll(partial(gone, p)) for p in out["helpers"])


QUIT_EARLY = """
import json, sys
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio

out = {}

async def main():
    async with app.run_test(size=(120, 36)) as pilot:
        while app.screen.reader.document is None or not app.screen.complete:
            await pilot.pause(0.01)
        panel = app.screen.keyword_panel
        await pilot.press("K")
        while not app.background.helper_pids():
            await pilot.pause(0.01)
        out["busy"] = not panel.current_keywords()
        out["helpers"] = app.background.helper_pids()
        await pilot.press("q")
    out["left"] = app.background.helper_pids()

asyncio.run(main())  # returns once every worker has ended
print(json.dumps(out))
"""


def test_quitting_while_keywords_are_computed_ends_the_helper(tmp_path: Path) -> None:
    """q while the helper is busy: it is killed at once, the waiting worker gives up
    quietly (no traceback), and nothing is left running."""
    big = corpus_collection(tmp_path, 8)
    done, out = _run_app_script(QUIT_EARLY, big, tmp_path)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert out["busy"] is True and out["helpers"]  # quit before the keywords came
    assert out["left"] == []
    assert all(poll(partial(gone, p)) for p in out["helpers"])


QUIT_MID_LOAD = """
import json, sys, threading
from pathlib import Path
import tui.cli as cli
from tui.jobs import opening
from tui.services import droppable_at_quit

cli.QUIT_GRACE = 60  # waiting for the parse would take a minute
never = threading.Event()
real_load = opening.load

@droppable_at_quit
def endless_load(path):  # a parse that lasts: the whole document never comes
    never.wait()
    return real_load(path)

opening.load = endless_load
app = cli.launch(Path(sys.argv[1]))
import asyncio

async def main():
    async with app.run_test(size=(120, 36)) as pilot:
        while app.screen.reader.document is None:
            await pilot.pause(0.01)
        for _ in range(12):
            await pilot.press("down")
        await pilot.pause()
        print(json.dumps({"complete": app.screen.complete}), flush=True)
        await pilot.press("q")

asyncio.run(main())
raise SystemExit(cli.leave(0, app.background))
"""


def test_quitting_while_a_big_file_is_parsed_writes_the_state_and_leaves_the_parse(
    tmp_path: Path,
) -> None:
    """q while the whole file is still parsed (bench_quit.py: 0.84 s after q, 0.5 of it
    waiting for the parse): the position and the session are written, the process ends
    without waiting for the parse (``QUIT_GRACE`` a minute here: the test would time out),
    and no document is stored for the next run."""
    import time

    from tui.session import Session

    big = corpus_collection(tmp_path, 4)
    started = time.monotonic()
    done, out = _run_app_script(QUIT_MID_LOAD, big, tmp_path)
    assert time.monotonic() - started < 45  # not the grace's minute
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    assert out == {"complete": False}  # q came before the whole document
    session = Session(tmp_path / "home" / "state")
    assert session.last_file == str(big.resolve())
    position = session.position(big.resolve())
    assert position is not None and position.paragraph > 0
    stored = tmp_path / "home" / "cache" / "documents"
    assert not stored.exists() or not any(stored.iterdir())


KILLED = """
import json, sys
from pathlib import Path
from tui.cli import launch
app = launch(Path(sys.argv[1]))
import asyncio

async def main():
    async with app.run_test(size=(120, 36)) as pilot:
        while app.screen.reader.document is None or not app.screen.complete:
            await pilot.pause(0.01)
        await pilot.press("K")
        while not app.background.helper_pids():
            await pilot.pause(0.01)
        print(json.dumps(app.background.helper_pids()), flush=True)
        await asyncio.sleep(600)  # busy with the keywords until killed

asyncio.run(main())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="kill -9 and /proc")
def test_kill_9_of_the_app_leaves_no_helper_running(tmp_path: Path) -> None:
    big = corpus_collection(tmp_path, 16)  # keywords for some seconds: the helper is mid-task
    env = dict(os.environ, SPEECH_READER_HOME=str(tmp_path / "home"))
    app = subprocess.Popen(
        [sys.executable, "-c", KILLED, str(big)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        assert app.stdout is not None
        pids = json.loads(app.stdout.readline())
        assert pids and not any(gone(pid) for pid in pids)
    finally:
        app.kill()
        app.wait(10)
    assert poll(lambda: all(gone(pid) for pid in pids), 10)


async def test_a_big_files_hidden_panes_wait_for_its_whole_document(
    tmp_path: Path, held_load: threading.Event
) -> None:
    """The keyword panel and the find bar are mounted once the whole document is shown, not
    after the frame of the head, where the whole file's parse waited for them."""
    app = make_app(corpus_collection(tmp_path, 4))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        while not screen.outline.root.children:  # the head's text, a frame later its outline
            await pilot.pause(0.01)
        for _ in range(5):
            await pilot.pause()
        assert not screen.complete
        assert screen.keyword_panel.parent is None and screen.find_bar.parent is None
        held_load.set()
        await settle(app, pilot)
        assert screen.complete
        assert screen.keyword_panel.parent is not None
        assert [child.id for child in screen.children] == ["panes", "find-bar", "status", "keybar"]


async def test_a_big_files_head_is_not_counted_exactly_its_whole_document_is(
    tmp_path: Path, held_load: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The exact line counts of every block (the background pass after a layout) are not
    worked out for a big file's head, which the whole document replaces: that pass shared
    the GIL with the whole file's parse. The head's lines on screen are exact; the whole
    document gets its pass."""
    from tui.widgets import reader_paint

    monkeypatch.setattr(reader_paint, "WRAP_ALL_DELAY", 0.01)  # the pass's timer: soon
    app = make_app(corpus_collection(tmp_path, 4))
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        layout = screen.reader.text_layout

        async def counted() -> bool:
            """Whether every block's count is exact within 20 steps of 10 ms (the pass
            takes a few ms for a head), the pass's worker waited for."""
            for _ in range(20):
                await pilot.pause(0.01)
                await settle(app, pilot, held={"_load"})
                if layout.exact_blocks == len(layout.blocks):
                    return True
            return False

        while not screen.outline.root.children:  # the head's text, a frame later its outline
            await pilot.pause(0.01)
        assert not screen.complete
        assert not await counted()
        assert not screen.complete and not screen.reader.counts_wanted
        assert layout.exact_blocks > 0  # the lines on screen
        held_load.set()
        while not screen.complete:
            await pilot.pause(0.01)
        assert screen.reader.counts_wanted
        assert await counted()


async def test_a_big_files_whole_document_is_kept_for_its_next_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Some seconds after a big file's whole document is shown it is stored
    (``tui.engine.docstore``); the next opening shows the same document without parsing
    the whole file again."""
    from tui.engine import docstore
    from tui.engine.model import Document
    from tui.jobs import opening
    from tui.screens import main

    monkeypatch.setattr(main, "STORE_DELAY", 0.01)
    big = corpus_collection(tmp_path, 4)
    entry = docstore.entry_path(opening.documents_dir(), big.resolve())

    async def whole_document() -> Document:
        app = make_app(big)
        async with app.run_test(size=(120, 36)) as pilot:
            screen = app.main_screen
            for _ in range(1000):  # (a parse that failed shows an error: no document)
                if screen.complete and screen.reader.document is not None:
                    break
                await pilot.pause(0.01)
            assert screen.complete and screen.reader.document is not None, screen.reader.message
            for _ in range(500):  # the store: after STORE_DELAY, on a pool thread
                if entry.exists():
                    break
                await pilot.pause(0.01)
            assert entry.exists()
            return screen.reader.document

    first = await whole_document()

    def no_parse(path: object) -> Document:
        raise AssertionError("parsed again")

    monkeypatch.setattr("tui.engine.load_document", no_parse)
    assert await whole_document() == first


def test_launch_leaves_the_collector_on_with_the_start_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``launch`` holds the cyclic garbage collector off while it imports and builds the app,
    then turns it on again with what is alive frozen (out of its sight)."""
    import tui.app

    seen: list[bool] = []
    make = tui.app.make_app

    def making(*args: Any) -> tui.app.SpeechReaderApp:
        seen.append(gc.isenabled())
        return make(*args)

    monkeypatch.setattr(tui.app, "make_app", making)
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    app = launch(None)
    try:
        # The first file's parse (opening.load holds the collector off too) has ended.
        app.background.shutdown()
        for thread in threading.enumerate():
            if thread.name.startswith("background"):
                thread.join(10)
        assert seen == [False]
        assert gc.isenabled()
        assert gc.get_freeze_count() > frozen
    finally:
        gc.unfreeze()
