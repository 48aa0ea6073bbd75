"""A jump into a big file lands where it was asked for, past the part shown first.

A big file shows its head (``tui.jobs.opening.first_screen``) while the rest is parsed; a bookmark,
a notebook quote or a search hit past the head was put at the head's nearest line, and
the whole document then kept that wrong place (a bookmark at line 25,870 of a 10 MB
collection opened at 1%)."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.documents import corpus_collection
from tests.ui.conftest import settle, until_equal
from tui.app import make_app
from tui.engine.match import Hit
from tui.engine.model import Kind
from tui.engine.parse import load_document
from tui.session_records import Bookmark


async def test_a_bookmark_past_the_head_is_where_the_reader_opens(
    tmp_path: Path, speech_dir: Path, held_load: threading.Event
) -> None:
    big = corpus_collection(tmp_path, 2)
    whole = load_document(big)
    index = max(i for i, p in enumerate(whole.paragraphs) if p.kind is Kind.BODY)
    target = whole.paragraphs[index]
    bookmark = Bookmark(str(big), index, 0, target.line, target.text[:20], "", target.text[:40])
    app = make_app(speech_dir / "甲讲话.txt")
    held_load.set()  # the first file at once
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        held_load.clear()  # the big file's whole parse waits: its head is shown meanwhile
        first = screen.reader.document
        screen.go_to_bookmark(bookmark)
        while screen.reader.document in (None, first):
            await pilot.pause(0.01)
        assert not screen.complete
        head = screen.reader.document
        assert len(head.paragraphs) < index  # the place is past the head
        held_load.set()
        await settle(app, pilot)
        assert screen.complete and screen.reader.document is not head
        assert screen.reader.cursor[0] == index
        assert screen.reader.sentence_text(screen.reader.cursor) in target.text


def _last_hit(big: Path, term: str) -> tuple[Hit, int, int]:
    """The corpus-search hit of ``term``'s last paragraph in ``big`` (past a big file's head),
    with its paragraph and sentence."""
    whole = load_document(big)
    index = max(i for i, p in enumerate(whole.paragraphs) if term in p.text)
    paragraph = whole.paragraphs[index]
    start = paragraph.text.index(term)
    sentence = next(i for i, s in enumerate(paragraph.sentences) if s.start <= start < s.end)
    hit = Hit(
        str(big), index, start, start + len(term), term, paragraph.line, None, "", (), "",
        0, 0, False, sentence,
    )  # fmt: skip
    return hit, index, sentence


async def test_a_search_hit_past_the_head_is_the_current_match(
    tmp_path: Path, speech_dir: Path, held_load: threading.Event
) -> None:
    """A corpus-search hit past the head: the reader opens on its sentence, the match
    current (n/N go on from it), once the whole document is shown."""
    from tui.screens.find import open_located

    big = corpus_collection(tmp_path, 2)
    term = "营商环境"
    hit, index, sentence = _last_hit(big, term)
    app = make_app(speech_dir / "甲讲话.txt")
    held_load.set()
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        held_load.clear()
        open_located(screen, hit, term)
        await pilot.pause()
        held_load.set()
        await settle(app, pilot)
        assert screen.complete and screen.reader.cursor == (index, sentence)
        current, total = screen.reader.search_status
        assert total > 0 and current > 0
        assert str(screen.find_bar.status.render()) == f"{current}/{total}"


async def test_a_hit_opened_before_the_find_bar_is_mounted_opens_it_when_it_is(
    tmp_path: Path, held_load: threading.Event
) -> None:
    """A corpus-search hit chosen while a big file's head is shown (the find bar is mounted
    only once the whole document is): no crash (``FindBar.open`` asked the bar's screen
    before it had one: NoScreen), and the bar is open with the term, its screen marked for
    the notices, once it is mounted."""
    from tui.screens.find import open_located

    big = corpus_collection(tmp_path, 2)
    term = "营商环境"
    hit, index, sentence = _last_hit(big, term)
    app = make_app(big)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        screen = app.main_screen
        assert not screen.find_bar.is_attached  # the head only: the bar is not mounted yet
        open_located(screen, hit, term)
        held_load.set()
        await settle(app, pilot)
        await until_equal(pilot, lambda: screen.find_bar.is_attached, True, "the find bar mounted")
        await pilot.pause()
        assert screen.find_bar.is_open and screen.find_bar.term == term
        assert screen.has_class("-find-bar-open")
        assert screen.complete and screen.reader.cursor == (index, sentence)
