"""A long text's first search folds it (traditional ↔ simplified, ``search_fold``) off the
UI thread: the find bar says it is searching, a step asked for meanwhile (Enter, ``n``) is
taken once the matches are found, and a document closed does not keep its folding."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.documents import TRADITIONAL, build_document
from tests.ui.conftest import sample_document, settle, until
from tests.ui.test_reader import ReaderApp
from tui import reader_search, ui_text
from tui.app import make_app
from tui.engine.model import Document
from tui.reader_search import FOLD_LATER_CHARS, SearchMatches
from tui.widgets.reader import ReaderView

LINES = [line for line in TRADITIONAL.splitlines() if line]
"""The traditional speech's lines (關於 in three of them, 講話 in two)."""


def long_traditional() -> Document:
    """A hand-built document of the traditional speech's lines, longer than
    ``FOLD_LATER_CHARS``: its first search is folded off the UI thread."""
    line = "".join(LINES[1:]) * 3
    copies = FOLD_LATER_CHARS // len(line) + 50
    document = build_document([("大會講話", [("body", line)] * copies)])
    assert sum(len(p.text) for p in document.paragraphs) > FOLD_LATER_CHARS
    return document


def count(document: Document, word: str) -> int:
    return sum(p.text.count(word) for p in document.paragraphs)


async def test_first_search_of_a_long_text_is_folded_off_the_ui_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folded_on: set[int] = set()
    fold = reader_search.search_fold

    def recorded(text: str) -> str:
        folded_on.add(threading.get_ident())
        return fold(text)

    monkeypatch.setattr(reader_search, "search_fold", recorded)
    document = long_traditional()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        ui_thread = threading.get_ident()
        reader.set_search("关于")
        assert reader.search_pending and reader.search_status == (0, 0)
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        assert reader.search_status == (0, count(document, "關於"))
        assert folded_on and ui_thread not in folded_on, "folded on the UI thread"
        # Folded once: the next search of this document is not folded again (its
        # matching is off the UI thread too: the test below).
        folded_on.clear()
        reader.set_search("讲话")
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        assert reader.search_status == (0, count(document, "講話"))
        assert not folded_on


async def test_later_searches_of_a_long_text_are_matched_off_the_ui_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Once a long text is folded, each search (every key typed in the find bar) still
    reads all of it: 0.7-1.2 s on the UI thread for 发 in a 30 MB collection (newuser18).
    The matching runs on a thread; the find state is pending meanwhile, and a search
    replaced before its matches come does not show them."""
    matched_on: set[int] = set()
    find = SearchMatches.find

    def recorded(self: SearchMatches, *args: object, **kwargs: object) -> bool:
        if len(args) > 2 and args[2]:  # a term searched for (None: the matches dropped)
            matched_on.add(threading.get_ident())
        return find(self, *args, **kwargs)  # type: ignore[arg-type]

    document = long_traditional()
    app = ReaderApp(document)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        ui_thread = threading.get_ident()
        reader.set_search("关于")
        await until(pilot, lambda: not reader.search_pending, "the first search folded")
        monkeypatch.setattr(SearchMatches, "find", recorded)
        reader.set_search("讲")
        reader.set_search("讲话")  # typed on: the matches of 讲 are not shown
        assert reader.search_pending and reader.search_term == "讲话"
        assert reader.search_status == (0, 0)
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        assert reader.search_term == "讲话"
        assert reader.search_status == (0, count(document, "講話"))
        assert matched_on and ui_thread not in matched_on, "matched on the UI thread"
        reader.set_search("关于")
        reader.set_search(None)  # Esc before the matches came: none shown later
        await settle(app, pilot)
        assert reader.search_term is None and reader.search_status == (0, 0)


async def test_a_closed_document_is_not_kept_by_its_folding() -> None:
    """The reader kept the last searched document's folded text (and the document) until
    a search in another one: no part of the find state holds it once it is closed."""
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        document = long_traditional()
        reader.load(document)
        reader.set_search("关于")
        await until(pilot, lambda: not reader.search_pending, "the matches found")
        held = list(vars(reader.find).values())
        assert any(value is document for value in held)  # kept while it is shown
        reader.set_search(None)
        reader.load(app.document)  # another document shown: the long one is closed
        await settle(app, pilot)
        held = list(vars(reader.find).values())
        assert not any(value is document for value in held)


@pytest.fixture
def held_fold(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The reader's folding for search (``SearchMatches.fold_texts``, on its thread) waits
    until the returned event is set (at most 10 s)."""
    release = threading.Event()
    real = SearchMatches.fold_texts

    def held(
        document: Document, blocks: list[int], cancelled: Callable[[], bool]
    ) -> dict[int, str] | None:
        release.wait(10)
        return real(document, blocks, cancelled)

    monkeypatch.setattr(SearchMatches, "fold_texts", staticmethod(held))
    return release


async def test_find_bar_says_searching_and_enter_steps_once_found(
    tmp_path: Path, held_fold: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """(A file past a lower threshold: one past 300,000 characters took over 60 s to open
    in the full suite on the loaded 2-core machine.)"""
    monkeypatch.setattr(reader_search, "FOLD_LATER_CHARS", 5_000)
    path = tmp_path / "繁.txt"
    body = f"{LINES[1]}\n{LINES[3]}\n"  # one speech of body lines
    path.write_text(f"{LINES[0]}\n" + body * (10_000 // len(body)), encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        await until(pilot, lambda: screen.complete, "the whole file shown")
        await pilot.press("slash")
        await until(pilot, lambda: screen.find_bar.input.has_focus, "the find bar open")
        await pilot.press(*"关于")
        await until(pilot, lambda: reader.search_pending, "the search waiting for the folding")
        status = screen.find_bar.status
        assert str(status.render()) == ui_text.FIND_SEARCHING()
        await pilot.press("enter")  # the next match, once the matches are found
        await until(pilot, lambda: reader.has_focus, "the keys back to the reader")
        assert reader.search_pending and str(status.render()) == ui_text.FIND_SEARCHING()
        held_fold.set()
        await until(pilot, lambda: reader.search_status[0] == 1, "the step taken")
        assert document_count(reader, "關於") == reader.search_status[1]
        assert str(status.render()) == f"1/{reader.search_status[1]}"
        assert "關於" in reader.sentence_text(reader.cursor)
        await pilot.press("n")
        await until(pilot, lambda: reader.search_status[0] == 2, "n steps at once")


def document_count(reader: ReaderView, word: str) -> int:
    """Occurrences of ``word`` in the paragraphs the reader shows."""
    document = reader.document
    assert document is not None
    return sum(document.paragraphs[i].text.count(word) for i in reader.text_layout.blocks)
