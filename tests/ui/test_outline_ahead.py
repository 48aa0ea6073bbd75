"""A big file's whole outline from another process's parse, before the reader's document.

``MainScreen._outline_ahead``: a process of its own parses the whole file for the outline
(``tui.jobs.whole_outline``) while a thread parses it for the reader (``tui.jobs.load``,
held here by ``held_load``). The background service runs its process work on threads
here (``Background(processes=False)``: the same code path, results as futures); the
process itself is tested in ``tests/unit/test_services.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.documents import corpus_collection
from tests.ui.conftest import FakeClipboard, settle
from tui import jobs
from tui.app import SpeechReaderApp, make_app
from tui.engine import load_document
from tui.engine.model import Heading, Speech
from tui.services import Background

SIZE = (120, 36)


@pytest.fixture
def big(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A collection of four copies of the corpus, whose outline is parsed ahead."""
    path = corpus_collection(tmp_path, 4)
    assert path.stat().st_size > 900_000
    monkeypatch.setattr(jobs, "OUTLINE_AHEAD_BYTES", 900_000)
    return path


def _app(path: Path) -> SpeechReaderApp:
    return make_app(path, None, Background(processes=False))


async def _until(pilot: Pilot[None], test: Callable[[], bool]) -> None:
    for _ in range(1000):
        if test():
            return
        await pilot.pause(0.01)
    raise AssertionError("not reached in 10 s")


async def test_the_whole_outline_comes_while_the_reader_has_the_head_and_is_kept(
    big: Path, held_load: threading.Event
) -> None:
    """All the speeches in the outline (no "being built" line) while the reader still shows
    the head; the whole document, when it comes, keeps those very nodes."""
    whole = load_document(big)
    app = _app(big)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        outline = screen.outline
        await _until(pilot, lambda: outline.shows_whole_file)
        await pilot.pause()
        head = screen.reader.document
        assert head is not None and not screen.complete
        assert len(head.paragraphs) < len(whole.paragraphs)
        assert [node.data for node in outline.root.children] == list(whole.speeches)
        nodes = list(outline.root.children)
        held_load.set()
        await settle(app, pilot)
        assert screen.complete and screen.reader.document is not head
        assert all(a is b for a, b in zip(outline.root.children, nodes, strict=True))
        assert outline.shows_whole_file
        # ... holding the document's own speeches (the other process's copies are not kept).
        document = screen.reader.document
        assert all(
            node.data is speech
            for node, speech in zip(outline.root.children, document.speeches, strict=True)
        )


async def test_a_jump_past_the_head_waits_for_the_whole_document(
    big: Path, held_load: threading.Event
) -> None:
    """Enter on a speech the head does not hold: a notice, the reader stays; once the
    whole document is in, the reader is at that speech."""
    whole = load_document(big)
    target = whole.speeches[-1]
    app = _app(big)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        outline = screen.outline
        await _until(pilot, lambda: outline.shows_whole_file)
        head = screen.reader.document
        assert head is not None and target.first >= len(head.paragraphs)
        before = screen.reader.cursor
        outline.focus()
        outline.move_cursor(outline.root.children[-1])
        await pilot.press("enter")
        await pilot.pause()
        assert screen.reader.cursor == before
        shown = [str(notice.message) for notice in app._notifications]
        assert "全文还在读取，读完即跳到这里。" in shown
        held_load.set()
        await settle(app, pilot)
        assert screen.complete
        assert screen.reader.cursor == (target.first, 0)
        node = outline.cursor_node
        assert node is not None and node.data == target


async def test_copying_a_heading_past_the_head_waits_for_the_whole_document(
    big: Path, held_load: threading.Event, clipboard: FakeClipboard
) -> None:
    """y on a heading of the last speech: nothing copied while only the head is read, then
    that heading (the outline's cursor back on it, though the reader's swap moved it)."""
    whole = load_document(big)
    last: Speech = whole.speeches[-1]
    assert last.headings
    heading: Heading = last.headings[0]
    app = _app(big)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        outline = screen.outline
        await _until(pilot, lambda: outline.shows_whole_file)
        outline.focus()
        speech_node = outline.root.children[-1]
        speech_node.expand()
        await pilot.pause()
        node = speech_node.children[0]
        assert node.data == heading
        outline.move_cursor(node)
        await pilot.press("y")
        await pilot.pause()
        assert clipboard.copies == []
        assert "全文还在读取，读完即复制。" in [str(n.message) for n in app._notifications]
        held_load.set()
        await settle(app, pilot)
        assert screen.complete
        assert len(clipboard.copies) == 1 and heading.title in clipboard.copies[0]
        assert outline.cursor_node is node
        document = screen.reader.document
        assert document is not None and node.data is document.speeches[-1].headings[0]


async def test_a_file_under_the_size_gets_no_outline_ahead(
    tmp_path: Path, held_load: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Under ``OUTLINE_AHEAD_BYTES`` the outline is the head's (with its last line saying it
    is being built) until the reader's own parse ends; no process is started for it."""
    sent: list[object] = []
    real = Background.submit_once

    def submit_once(self: Background, fn: object, *args: object) -> object:
        sent.append(fn)
        return real(self, fn, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(Background, "submit_once", submit_once)
    path = corpus_collection(tmp_path, 4)
    app = _app(path)
    async with app.run_test(size=SIZE) as pilot:
        screen = app.main_screen
        await _until(pilot, lambda: bool(screen.outline.root.children))
        for _ in range(5):
            await pilot.pause()
        assert not screen.complete and not screen.outline.shows_whole_file
        assert jobs.whole_outline not in sent
        held_load.set()
        await settle(app, pilot)
        assert screen.complete and screen.outline.shows_whole_file
