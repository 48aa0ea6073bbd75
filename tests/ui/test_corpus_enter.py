"""Enter on any row of the corpus search's results opens it (the key bar says ⏎ 打开 on
every row); folding is space's, which the key bar lists on the rows that fold."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from tests.ui.conftest import SPEECH_FILE, settle, until_equal
from tests.ui.test_search_ui import corpus_search, searched
from tui.app import SpeechReaderApp, make_app
from tui.engine.index import FileResult, Index
from tui.engine.match import Hit
from tui.screens import corpus_hits
from tui.screens import main as main_module
from tui.screens.corpus_search import CorpusSearchScreen
from tui.widgets.keybar import KeyBar

SECOND_SPEECH = SPEECH_FILE.replace("全市优化营商环境大会", "全区作风建设会议")
"""A second speech, with a title of its own, after ``SPEECH_FILE`` in the same file."""


@pytest.fixture(autouse=True)
def index_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """No indexing by itself during the test (see ``test_search_ui``'s fixture)."""
    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)


def file_row(screen: CorpusSearchScreen, name: str) -> Any:
    return next(
        node
        for node in screen.results.root.children
        if isinstance(node.data, FileResult) and Path(node.data.path).name == name
    )


def hits_in(screen: CorpusSearchScreen, file: Any) -> list[Hit]:
    """The hits listed under the row ``file``, in order."""
    assert isinstance(file.data, FileResult)
    return [
        n.data
        for n in screen.located_nodes()
        if isinstance(n.data, Hit) and n.data.path == file.data.path
    ]


def opened_line(app: SpeechReaderApp) -> int:
    """The source line of the paragraph the reader's cursor is in."""
    reader = app.main_screen.reader
    assert reader.document is not None
    return reader.document.paragraphs[reader.cursor[0]].line


async def enter_opens(app: SpeechReaderApp, pilot: Any, node: Any, name: str) -> int:
    """Enter on the row ``node``: the reader opens the file called ``name``; the source
    line of the paragraph its cursor is in."""
    screen = app.screen
    assert isinstance(screen, CorpusSearchScreen)
    screen.results.move_cursor(node)
    await pilot.pause()
    assert bar_keys(screen)["enter"] == "打开"
    await pilot.press("enter")
    await settle(app, pilot)
    assert app.screen is app.main_screen
    assert app.main_screen.path is not None and app.main_screen.path.name == name
    return opened_line(app)


def bar_keys(screen: CorpusSearchScreen) -> dict[str, str]:
    """The key bar's entries: key -> description."""
    return {key: description for key, _, description, _ in screen.query_one(KeyBar).entries}


async def test_enter_on_a_file_row_opens_the_file_at_its_first_hit(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a file whose hits are not placed yet (not unfolded) opens it at its first
    hit; it folded or unfolded the row."""
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    (speech_dir / "丙.txt").write_text(
        "同志们：\n一、抓项目\n要深化一网通办改革。\n二、抓作风\n一网通办要办好。\n",
        encoding="utf-8",
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        node = file_row(screen, "丙.txt")
        assert not node.is_expanded and not screen.located_nodes()
        assert await enter_opens(app, pilot, node, "丙.txt") == 3  # the first of its two hits
        assert "一网通办" in app.main_screen.reader.sentence_text(app.main_screen.reader.cursor)


async def test_enter_on_an_unfolded_file_row_opens_it_there_too(speech_dir: Path) -> None:
    """A file opened by itself (its hits listed): Enter on its row opens its first hit."""
    # the files opened by themselves, after the search
    async with searched(speech_dir / "甲讲话.txt", "营商环境") as (app, pilot, screen):
        node = file_row(screen, "乙讲话.txt")
        assert node.is_expanded
        first = hits_in(screen, node)[0]
        assert await enter_opens(app, pilot, node, "乙讲话.txt") == first.line


async def test_enter_on_a_speech_row_opens_the_speech_at_its_first_hit(speech_dir: Path) -> None:
    (speech_dir / "甲讲话.txt").write_text(SPEECH_FILE + SECOND_SPEECH, encoding="utf-8")
    async with searched(speech_dir / "乙讲话.txt", "一网通办") as (app, pilot, screen):
        node = file_row(screen, "甲讲话.txt")
        speeches = list(node.children)
        assert len(speeches) == 2 and "作风建设" in str(speeches[1].label)
        hits = hits_in(screen, node)
        assert len(hits) == 2
        line = await enter_opens(app, pilot, speeches[1], "甲讲话.txt")
        assert line == hits[1].line > hits[0].line  # the second speech's hit


async def test_space_folds_a_row_and_the_key_bar_lists_it_where_it_does(
    speech_dir: Path,
) -> None:
    async with searched(speech_dir / "甲讲话.txt", "一网通办") as (app, pilot, screen):
        tree = screen.results
        hit = screen.located_nodes()[0]
        # The cursor goes to the first hit once it is placed, and the key bar follows the
        # cursor a message later: each waited for, not read after one pause.
        await until_equal(pilot, lambda: tree.cursor_node, hit, "the cursor on the first hit")
        await until_equal(
            pilot,
            lambda: (bar_keys(screen).get("enter"), "space" in bar_keys(screen)),
            ("打开", False),  # a hit does not fold
            "the key bar on a hit",
        )
        file: Any = hit
        while not isinstance(file.data, FileResult):
            file = file.parent
        tree.move_cursor(file)
        await until_equal(pilot, lambda: bar_keys(screen).get("space"), "展开/折叠", "space")
        assert file.is_expanded
        await pilot.press("space")
        await until_equal(pilot, lambda: file.is_expanded, False, "folded by space")
        assert app.screen is screen
        await pilot.press("space")
        await until_equal(pilot, lambda: file.is_expanded, True, "unfolded by space")
        assert app.screen is screen


async def test_enter_on_a_file_changed_since_says_so_and_opens_nothing(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listed file deleted since the search: Enter unfolds it to say so (its hits cannot
    be placed), stays; Enter again rings the bell (nothing to open)."""
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    gone = speech_dir / "丙.txt"
    gone.write_text("同志们：\n要深化一网通办改革。\n", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    rung: list[int] = []
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        app.main_screen.update_index()
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        node = file_row(screen, "丙.txt")
        gone.unlink()
        with Index() as index:
            index.sync(speech_dir)  # dropped from the index meanwhile
        monkeypatch.setattr(app, "bell", lambda: rung.append(1))
        screen.results.move_cursor(node)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen and node.is_expanded
        labels = [str(child.label) for child in node.children]
        assert len(labels) == 1 and "已改动或删除" in labels[0], labels
        assert not rung
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is screen and rung == [1]


async def test_a_file_is_not_opened_when_the_cursor_left_it_before_its_hits_came(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter on a file whose hits take long to place, then ↓: the file is not opened under
    the reader's eyes once they come."""
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    release = threading.Event()
    real_hits = FileResult.hits

    def held_hits(self: FileResult, limit: int = 500) -> list[Hit]:
        release.wait(10)
        return real_hits(self, limit)

    monkeypatch.setattr(FileResult, "hits", held_hits)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        first = screen.results.root.children[0]
        screen.results.move_cursor(first)
        await pilot.press("enter")
        await pilot.pause()
        assert first.is_expanded and app.screen is screen  # placing its hits
        await pilot.press("down", "down")
        release.set()
        await settle(app, pilot)
        assert app.screen is screen
        assert hits_in(screen, first)  # placed, not opened
