"""Corpus search screen (ctrl+f): ranked files, hits by file › speech › section; Enter opens."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from rich.text import Text
from textual import events
from textual.message import Message
from textual.widgets import Tree

from tests.documents import BOTH_SPELLINGS, SIMPLIFIED, TRADITIONAL
from tests.ui.conftest import drawn_in, hits_placed, open_help, settle, until, until_equal
from tui.app import SpeechReaderApp, make_app
from tui.engine.index import FileResult, Index
from tui.engine.match import Hit
from tui.screens import corpus_hits, corpus_status
from tui.screens import corpus_search as search_screen
from tui.screens import main as main_module
from tui.screens.corpus_search import CorpusSearchScreen
from tui.widgets import corpus_labels, corpus_tree


@pytest.fixture(autouse=True)
def index_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The main screen indexes the folder only when a test asks (``update_index``,
    ``Index.sync``), not by itself ``INDEX_DELAY`` (2.5 s) after the first file: that
    timer fires at a time set by the machine's load, and a search running beside the
    indexing finds part of the folder indexed and lists those files first (its first
    results), so the order of the files changed with the load (2 of 24 loaded runs)."""
    monkeypatch.setattr(main_module, "INDEX_DELAY", 3600.0)


def assert_visible_with_context(reader: Any) -> None:
    """The cursor's sentence is on screen with one line above it (or at the very top)."""
    first, last = reader.text_layout.sentence_rows(reader.cursor)
    top = reader.scroll_y
    assert top == max(0, min(first - 1, reader.max_scroll_y)), (top, first)
    assert top <= first and last < top + reader.size.height


async def corpus_search(app: SpeechReaderApp, pilot: Any, query: str = "") -> CorpusSearchScreen:
    """Open the corpus search with ctrl+f, as a user does; its screen. With ``query``, type
    it, press Enter and let the search finish (its hits are placed after: ``hits_placed``)."""
    await pilot.press("ctrl+f")
    screen = app.screen
    assert isinstance(screen, CorpusSearchScreen)
    if query:
        await pilot.press(*query, "enter")
        await settle(app, pilot)
    return screen


def ranked_names(screen: CorpusSearchScreen) -> list[str]:
    """The complete result's files (ranked by ``SearchResult.rank``) as "name（N 处）"."""
    assert screen.result is not None and screen.result.complete
    return [f"{Path(found.path).name}（{found.total} 处）" for found in screen.result.files]


def hit_rows(screen: CorpusSearchScreen, name: str) -> list[Any]:
    """The result rows (tree nodes) of the hits in the file called ``name``."""
    return [
        n
        for n in screen.located_nodes()
        if isinstance(n.data, Hit) and Path(n.data.path).name == name
    ]


async def test_corpus_search_opens_result_at_match(speech_dir: Path) -> None:
    (speech_dir / "丙.txt").write_text(
        "同志们：\n一、抓项目\n要抓好招商引资。\n二、抓作风\n深化一网通办改革。\n", encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        assert screen.input.has_focus
        await pilot.press(*"一网通办", "enter")
        await hits_placed(app, pilot, screen)
        assert screen.done and screen.files == 3 and screen.total == 3
        # Ranked: hits in headings first, then by count, then by path; listed so (the files
        # of first results too, once the search is complete). 一网通办 is in no heading's words: in
        # 乙 and 甲 it is in the text of the run-in heading （一）持续深化放管服改革。…, a hit
        # in the text (it counted as a heading hit before newuser14), so the order is the path's.
        expected = ["丙.txt（1 处）", "乙讲话.txt（1 处）", "甲讲话.txt（1 处）"]
        assert ranked_names(screen) == expected
        files = [str(node.label) for node in screen.results.root.children]
        assert files == ranked_names(screen)
        nodes = screen.located_nodes()
        assert len(nodes) == 3  # the first files open by themselves, placed in sections
        nodes = [n for n in nodes if isinstance(n.data, Hit) and Path(n.data.path).name == "丙.txt"]
        place = nodes[0].data
        assert isinstance(place, Hit) and Path(place.path).name == "丙.txt"
        section = nodes[0].parent
        assert section is not None and str(section.label) == "二、抓作风"
        assert "一网通办" in str(nodes[0].label)
        # Enter on a match opens the file with the cursor on the matching sentence.
        screen.results.focus()
        screen.results.move_cursor(nodes[0])
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.main_screen
        assert app.screen is main
        assert main.path == (speech_dir / "丙.txt").resolve()
        reader = main.reader
        assert reader.document is not None
        paragraph = reader.document.paragraphs[reader.cursor[0]]
        assert "一网通办" in reader.sentence_text(reader.cursor)
        assert paragraph.line == 5
        assert_visible_with_context(reader)
        # The match opened is the current one: "1/1" in the find bar.
        assert reader.search_term == "一网通办" and reader.search_status == (1, 1)
        assert str(main.find_bar.status.render()) == "1/1"


async def test_corpus_search_result_in_the_open_file_is_the_current_match(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *"营商环境", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await hits_placed(app, pilot, screen)
        mine = hit_rows(screen, "甲讲话.txt")
        assert len(mine) > 3
        (file_total,) = [
            n.data.total
            for n in screen.results.root.children
            if isinstance(n.data, FileResult) and Path(n.data.path).name == "甲讲话.txt"
        ]
        place = mine[3].data
        assert isinstance(place, Hit)
        screen.results.move_cursor(mine[3])
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.main_screen
        reader = main.reader
        assert reader.cursor == (place.paragraph, place.sentence)
        current, total = reader.search_status
        assert total == file_total and current >= 1
        assert str(main.find_bar.status.render()) == f"{current}/{total}"
        assert_visible_with_context(reader)
        matched = reader.find.matches[current - 1]
        assert matched.paragraph == place.paragraph and "营商环境" in reader.sentence_text(
            reader.cursor
        )
        await pilot.press("n")
        assert reader.search_status[0] == current % total + 1


async def test_corpus_search_prefilled_and_escape(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"放管服", "enter")
        await pilot.press("ctrl+f")
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen) and screen.input.value == "放管服"
        await settle(app, pilot)
        assert screen.done and screen.total == 2
        await pilot.press("ctrl+f")
        await pilot.press(*"不存在", "enter")
        await settle(app, pilot)
        assert screen.total == 0 and "没有找到" in str(screen.status.render())
        await pilot.press("escape")
        assert app.screen is app.main_screen


async def test_after_no_hit_the_query_is_selected_for_the_next_one(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "不存在的词")
        assert screen.done and screen.total == 0
        assert screen.input.has_focus and screen.input.selected_text == "不存在的词"
        await pilot.press(*"放管服", "enter")  # typed over the selected query
        await settle(app, pilot)
        assert screen.term == "放管服" and screen.total == 2
        assert screen.results.has_focus  # hits to move through


async def test_first_files_open_once_the_list_is_complete(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Placing matches parses a file: the first files open after the search, not during it."""
    for number in range(6):
        (speech_dir / f"丁{number}.txt").write_text(  # (each its own text: copies list once)
            f"同志们：\n要深化一网通办改革（{number}）。\n", encoding="utf-8"
        )
    app = make_app(speech_dir / "甲讲话.txt")
    done_when_expanded: dict[int, bool] = {}

    def hook(message: Message) -> None:
        if isinstance(message, Tree.NodeExpanded) and isinstance(message.node.data, FileResult):
            screen = app.screen  # (a message is seen again as it bubbles: keep the first)
            done = isinstance(screen, CorpusSearchScreen) and screen.done
            done_when_expanded.setdefault(id(message.node), done)

    async with app.run_test(size=(140, 40), message_hook=hook) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *"一网通办", "enter")
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await hits_placed(app, pilot, screen)  # the first files open after the search ends
        assert screen.done and screen.files == 8
        assert list(done_when_expanded.values()) == [True] * corpus_hits.AUTO_EXPAND
        assert len(screen.located_nodes()) == corpus_hits.AUTO_EXPAND


async def test_files_are_ranked_and_their_hits_placed_when_opened(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are listed ranked (heading hits first, then by hits); hits are placed only once opened."""
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    (speech_dir / "丙.txt").write_text(
        "同志们：\n一、[重点]抓项目\n要深化一网通办改革。\n二、抓作风\n一网通办要办好。\n",
        encoding="utf-8",
    )
    (speech_dir / "丁.txt").write_text(
        "同志们：\n一、推进一网通办\n一网通办要抓好。\n", encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *"一网通办", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen) and screen.done
        assert ranked_names(screen) == [
            "丁.txt（2 处）",
            "丙.txt（2 处）",
            "乙讲话.txt（1 处）",
            "甲讲话.txt（1 处）",
        ]  # hits in a heading's words first (丁's 一、推进一网通办), then the others by count
        # (乙's and 甲's hit is in the text of a run-in heading, not in its words)
        tree = screen.results
        files = list(tree.root.children)
        assert [str(node.label) for node in files] == ranked_names(screen)
        assert not any(node.children or node.is_expanded for node in files)  # nothing placed yet
        (file,) = [node for node in files if str(node.label) == "丙.txt（2 处）"]
        file.expand()
        await settle(app, pilot)
        speech = file.children[0]
        sections = [str(node.label) for node in speech.children]
        assert sections == ["一、[重点]抓项目", "二、抓作风"]  # labels are text, not markup
        assert [len(node.children) for node in speech.children] == [1, 1]
        assert len(screen.located_nodes()) == 2


async def test_a_file_removed_after_the_search_says_so_when_opened(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A listed file deleted before its node is opened: the node says it changed, and does
    not claim its hits are 'not listed'."""
    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    gone = speech_dir / "丙.txt"
    gone.write_text("同志们：\n要深化一网通办改革。\n", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        app.main_screen.update_index()
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        node = next(n for n in screen.results.root.children if str(n.label).startswith("丙.txt"))
        assert isinstance(node.data, FileResult) and node.data.indexed
        gone.unlink()
        with Index() as index:
            index.sync(speech_dir)  # dropped from the index meanwhile (another window, the CLI)
        node.expand()
        await settle(app, pilot)
        labels = [str(child.label) for child in node.children]
        assert len(labels) == 1 and "已改动或删除" in labels[0], labels
        assert not screen.located_nodes()


async def test_indexed_search_agrees_with_the_scan_and_says_what_it_scanned(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the folder indexed by the main screen's worker, the same files and counts; the
    status says when files were not indexed yet; a file changed since is scanned."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        with monkeypatch.context() as patch:
            patch.setattr(main_module.MainScreen, "update_index", lambda self: None)  # not yet
            screen = await corpus_search(app, pilot, "营商环境")
        scanned = [str(node.label) for node in screen.results.root.children]
        assert scanned == ranked_names(screen)  # nothing indexed: no first results
        assert screen.result is not None and len(screen.result.scanned) == 2
        assert "2 个文件尚未建立索引" in str(screen.status.render())
        await pilot.press("escape")
        main = app.main_screen
        main.update_index()
        await settle(app, pilot)
        with Index() as index:
            assert index.stats()[0] == 2
        assert not main.indexing and main.index_progress() is None
        # done: no progress shown (the progress timer, every 0.5 s, clears the note)
        await until(pilot, lambda: main.status.note == "", "the progress note cleared")
        screen = await corpus_search(app, pilot)
        await pilot.press("ctrl+f", *"营商环境", "enter")
        await settle(app, pilot)
        assert screen.result is not None and screen.result.scanned == []
        assert all(found.indexed for found in screen.result.files)
        assert ranked_names(screen) == scanned
        # (Listed so, the files of first results too: the index's count can take longer
        # than ``lookup.FIRST_SECONDS`` on a loaded machine; they are ranked at the end.)
        labels = [str(node.label) for node in screen.results.root.children]
        assert labels == ranked_names(screen)
        assert "尚未建立索引" not in str(screen.status.render())
        (speech_dir / "乙讲话.txt").write_text("同志们：\n营商环境营商环境。\n", encoding="utf-8")
        screen.start("营商环境")
        await settle(app, pilot)
        assert screen.result is not None
        assert [Path(p).name for p in screen.result.scanned] == ["乙讲话.txt"]
        labels = [str(node.label) for node in screen.results.root.children]
        assert "乙讲话.txt（2 处）" in labels


async def test_corpus_search_says_how_many_files_it_could_not_read(speech_dir: Path) -> None:
    (speech_dir / "扫描件.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        assert screen.done and screen.files == 2
        # Which file, too: "1 个文件无法读取" alone left the user to guess.
        assert "1 个文件无法读取或没有文字，未搜索：扫描件.txt" in str(screen.status.render())
        await pilot.press("escape")
        screen = await corpus_search(app, pilot, "没有这个词")
        status = str(screen.status.render())
        assert (
            status.startswith("没有找到")
            and "1 个文件无法读取或没有文字，未搜索：扫描件.txt" in status
        )


async def test_corpus_search_does_not_call_an_empty_file_unreadable(speech_dir: Path) -> None:
    """An empty file was summed up as 无法读取 (could not be read) while the reader says
    it is empty (newuser21): the summary says unreadable or without text, in English too."""
    (speech_dir / "空文件.txt").write_bytes(b"")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        assert "1 个文件无法读取或没有文字，未搜索：空文件.txt" in str(screen.status.render())
    app = make_app(speech_dir / "甲讲话.txt", language="en")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "一网通办")
        status = str(screen.status.render())
        assert "(1 file unreadable or without text, not searched: 空文件.txt)" in status, status


def test_unreadable_files_named_are_few_and_safe() -> None:
    """At most three names, made safe (an escape sequence in a name shows as ␛), then …."""
    from tui.screens.corpus_status import skipped_names

    paths = [f"/s/{name}" for name in ("甲.txt", "\x1b[2J乙.txt", "丙.txt", "丁.txt")]
    assert skipped_names(paths[:1]) == "甲.txt"
    assert skipped_names(paths) == "甲.txt、␛[2J乙.txt、丙.txt…"


async def test_a_hit_far_down_a_long_file_opens_visible_with_a_line_above(speech_dir: Path) -> None:
    body = "".join(f"第{n}段，推进各项工作落实落细，确保取得实效。\n" for n in range(150))
    (speech_dir / "长.txt").write_text(
        f"同志们：\n{body}要当好店小二，做好服务。\n{body}", encoding="utf-8"
    )
    async with searched(speech_dir / "甲讲话.txt", "店小二", (120, 30)) as (app, pilot, screen):
        nodes = screen.located_nodes()
        assert len(nodes) == 1
        screen.results.move_cursor(nodes[0])
        await pilot.press("enter")
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert "店小二" in reader.sentence_text(reader.cursor)
        assert reader.search_status == (1, 1)
        assert reader.scroll_y > 0
        assert_visible_with_context(reader)


async def test_enter_right_after_a_search_opens_the_first_hit(speech_dir: Path) -> None:
    """The list said "Enter 打开" but no row was highlighted: Enter did nothing."""
    async with searched(speech_dir / "甲讲话.txt", "一网通办") as (app, pilot, screen):
        # The first hit is highlighted after the frame that gives it a line.
        await until(pilot, lambda: screen.results.cursor_node is not None, "a row highlighted")
        first = screen.located_nodes()[0]
        assert screen.results.has_focus and screen.results.cursor_node is first
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.main_screen
        assert "一网通办" in app.main_screen.reader.sentence_text(app.main_screen.reader.cursor)


@pytest.fixture
def held_search(monkeypatch: pytest.MonkeyPatch) -> tuple[threading.Event, threading.Event]:
    """``(told, release)``: the screen's searches (``search_library``) set ``told`` once they
    have handed their first results over, and return the complete result only once
    ``release`` is set (at most 10 s): for what the screen shows in between."""
    told, release = threading.Event(), threading.Event()
    real = search_screen.search_library

    def held(*args: Any, on_first: Any = None, **kwargs: Any) -> Any:
        def first(result: Any) -> None:
            on_first(result)
            told.set()

        result = real(*args, on_first=first, **kwargs)
        release.wait(10)
        return result

    monkeypatch.setattr(search_screen, "search_library", held)
    return told, release


def indexed(folder: Path) -> None:
    """``folder`` indexed now (every file of it in the index, unchanged)."""
    with Index() as index:
        index.sync(folder)


@asynccontextmanager
async def search_open(
    folder: Path, size: tuple[int, int] = (140, 40)
) -> AsyncIterator[tuple[SpeechReaderApp, Any, CorpusSearchScreen]]:
    """``(app, pilot, screen)``: the app on ``folder``'s 甲讲话.txt at ``size``, corpus search
    opened with ctrl+f and settled (opening it indexes the folder: nothing new when the
    test indexed it before)."""
    app = make_app(folder / "甲讲话.txt")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await settle(app, pilot)
        yield app, pilot, screen


@asynccontextmanager
async def searched(
    opened: Path, query: str, size: tuple[int, int] = (140, 40)
) -> AsyncIterator[tuple[SpeechReaderApp, Any, CorpusSearchScreen]]:
    """``(app, pilot, screen)``: the app on ``opened`` at ``size``, corpus search (ctrl+f)
    run for ``query`` to its end and its hits placed (``hits_placed``)."""
    app = make_app(opened)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, query)
        await hits_placed(app, pilot, screen)
        yield app, pilot, screen


async def first_results_told(
    pilot: Any, query: str, told: threading.Event, monkeypatch: pytest.MonkeyPatch | None = None
) -> None:
    """``query`` and Enter, until the held search (``held_search``) has handed its first
    results over; with ``monkeypatch``, the first results come after the first file counted
    (``lookup.FIRST_SECONDS`` 0, one row fetched at a time)."""
    if monkeypatch is not None:
        from tui.engine import index as ix

        monkeypatch.setattr(ix.lookup, "FIRST_SECONDS", 0.0)
        monkeypatch.setattr(ix.lookup, "FETCH_ROWS", 1)
    await pilot.press(*query, "enter")
    assert await asyncio.to_thread(told.wait, 10)


async def test_first_results_are_listed_then_the_rest_follows_after_them(
    speech_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    held_search: tuple[threading.Event, threading.Event],
) -> None:
    """A long count shows its first files at once ("其余统计中…"); the complete result adds
    the other files (none listed twice) and the totals, and puts the rows in the ranked
    order once: a file with more hits found later was left below the first ones. The
    highlighted row stays highlighted and in sight."""
    from tui.engine import index as ix
    from tui.engine.match import parse_query

    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    for number in range(6):
        (speech_dir / f"丁{number}.txt").write_text(
            "同志们：\n" + "要深化一网通办改革。\n" * (1 + number), encoding="utf-8"
        )  # (the first counted, 丁0, has the fewest hits)
    indexed(speech_dir)
    told, release = held_search
    async with search_open(speech_dir) as (app, pilot, screen):
        await first_results_told(pilot, "一网通办", told, monkeypatch)
        await pilot.pause()
        first_labels = [str(node.label) for node in screen.results.root.children]
        assert first_labels and not screen.done
        assert "其余统计中" in str(screen.status.render())
        tree = screen.results
        read = tree.root.children[-1]
        tree.move_cursor(read)
        await pilot.pause()
        release.set()
        await settle(app, pilot)
        assert screen.done and screen.result is not None
        final = screen.result
        labels = [str(node.label) for node in tree.root.children]
        assert len(first_labels) < len(labels)
        ranked = [f"{Path(f.path).name}（{f.total} 处）" for f in final.files]
        assert labels == ranked
        assert labels[: len(first_labels)] != first_labels  # (the fixture's point: moved)
        assert tree.cursor_node is read
        # (on its line when the list can scroll; this short list fits the pane)
        assert 0 <= tree.cursor_line - int(tree.scroll_offset.y) < tree.size.height
        scanned = ix.search_library(speech_dir, parse_query("一网通办"), use_index=False)
        assert screen.total == final.total == scanned.total
        assert f"共 {final.total} 处" in str(screen.status.render())


async def test_a_row_listed_first_names_the_copies_found_after_it(
    speech_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    held_search: tuple[threading.Event, threading.Event],
) -> None:
    """Three copies of one text, the first results given after the first file counted:
    once complete, one row names all three, whichever was listed first (a count slower
    than ``lookup.FIRST_SECONDS``, a big library or a loaded machine, named only the
    copies among the first files: test_hostile's corpus search failed so under load)."""

    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", 0)
    copies = ["丙1.txt", "丙2.txt", "丙3.txt"]
    for name in copies:
        (speech_dir / name).write_text("同志们：\n要抓好专项债券申报。\n", encoding="utf-8")
    indexed(speech_dir)
    told, release = held_search
    async with search_open(speech_dir) as (app, pilot, screen):
        await first_results_told(pilot, "专项债券", told, monkeypatch)
        await until(pilot, lambda: bool(screen.results.root.children), "the first results")
        first = [str(node.label) for node in screen.results.root.children]
        assert len(first) == 1 and not any(all(c in label for c in copies) for label in first)
        release.set()
        await settle(app, pilot)
        assert screen.done
        labels = [str(node.label) for node in screen.results.root.children]
        assert len(labels) == 1 and all(name in labels[0] for name in copies), labels


@pytest.mark.parametrize(
    ("opened", "rows"),
    [(0, 24), (3, 24), (3, 40)],
    ids=["no file opened", "the first 3 opened", "first results fitting the pane"],
)
async def test_the_ranking_keeps_the_highlighted_row_of_a_list_longer_than_the_pane(
    speech_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    held_search: tuple[threading.Event, threading.Event],
    opened: int,
    rows: int,
) -> None:
    """First results longer than the pane, the cursor on a row scrolled to; the complete
    result ranks rows found later before and among them: the highlighted row is still the
    one highlighted, on the same line of the pane, and every row is in the ranked order
    (a row listed first for a file whose copy ranks before it goes to the copy's place,
    before another row listed first). The first files then open by themselves, above
    it, and their hits are placed: it stays on its line (it was pushed out of sight). Also
    when the first results fitted the pane (a list with no scroll bar yet did not scroll)."""
    from tui.engine import index as ix

    monkeypatch.setattr(corpus_hits, "AUTO_EXPAND", opened)
    # The first results once the index's count is done (every file indexed and unchanged),
    # not after a time a loaded machine stretches.
    monkeypatch.setattr(ix.lookup, "FIRST_SECONDS", 3600.0)
    for number in range(40):
        (speech_dir / f"丁{number:02}.txt").write_text(
            "同志们：\n" + f"第{number}次。要深化一网通办改革。\n" * (1 + number), encoding="utf-8"
        )
    copy = "同志们：\n要深化一网通办改革，办好一网通办。\n"
    (speech_dir / "乙戊.txt").write_text(copy.replace("办好", "做好"), encoding="utf-8")
    (speech_dir / "己").mkdir()
    (speech_dir / "己" / "副本.txt").write_text(copy, encoding="utf-8")
    indexed(speech_dir)
    told, release = held_search
    async with search_open(speech_dir, (100, rows)) as (app, pilot, screen):
        # Found later (scanned): every even 丁, and the copy 丙/副本.txt, which ranks before
        # 乙戊.txt and 己/副本.txt (the same count; by path: 丙 < 乙 < 己) and takes the row
        # of 己/副本.txt, listed first after 乙戊.txt's.
        for number in range(0, 40, 2):
            (speech_dir / f"丁{number:02}.txt").write_text(
                "同志们：\n" + f"第{number}次。要深化一网通办改革。\n" * (2 + number),
                encoding="utf-8",
            )
        (speech_dir / "丙").mkdir()
        (speech_dir / "丙" / "副本.txt").write_text(copy, encoding="utf-8")
        await first_results_told(pilot, "一网通办", told)
        await pilot.pause()
        tree = screen.results
        first = [str(node.label) for node in tree.root.children]
        assert first.index("乙戊.txt（2 处）") < first.index("己/副本.txt（2 处）"), first
        assert not screen.done and (len(first) > tree.size.height) == (rows == 24), first
        mine = next(n for n in tree.root.children if str(n.label).startswith("乙戊"))
        tree.focus()
        tree.move_cursor(mine)
        await pilot.pause()
        row = tree.cursor_line - int(tree.scroll_offset.y)
        assert (tree.scroll_offset.y > 0) == (rows == 24) and 0 <= row < tree.size.height
        release.set()
        await settle(app, pilot)
        if opened:
            await hits_placed(app, pilot, screen)
            assert all(node.is_expanded for node in tree.root.children[:opened])
        assert screen.done and screen.result is not None
        labels = [str(node.label) for node in tree.root.children]
        assert len(labels) > tree.size.height
        place = {}
        for number, found in enumerate(screen.result.files):
            place.update({path: number for path in (found.path, *found.also_at)})
        ranks = [place[node.data.path] for node in tree.root.children]  # type: ignore[union-attr]
        assert ranks == list(range(len(screen.result.files))), labels
        names = [Path(node.data.path).name for node in tree.root.children]  # type: ignore[union-attr]
        assert names.index("副本.txt") < names.index("乙戊.txt"), labels
        assert len(labels) > len(first) and labels[: len(first)] != first
        assert tree.cursor_node is mine and mine.line == tree.cursor_line
        # Not moved on the pane (unless the list ends before: then the view is at its end)
        top = int(tree.scroll_offset.y)
        assert top == min(tree.cursor_line - row, tree.max_scroll_y), (top, tree.cursor_line)
        assert 0 <= tree.cursor_line - top < tree.size.height
        assert (tree.cursor_line > 100) == bool(opened)  # (the hits placed above it)


def test_the_rows_kept_by_the_ranking_are_the_heaviest_in_order() -> None:
    """``in_order`` against every subsequence of small permutations: the rows left where
    they are increase, and weigh the most (the highlighted row's weight outweighs all)."""
    import itertools
    import random

    from tui.screens.corpus_listing import in_order

    chance = random.Random(7)
    for size in range(0, 7):
        for targets in itertools.permutations(range(size)):
            weights = [chance.choice([1, 1, 8, 60]) for _ in targets]
            kept = in_order(list(targets), weights)
            assert [targets[i] for i in sorted(kept)] == sorted(targets[i] for i in kept)
            best = max(
                (
                    sum(weights[i] for i in chosen)
                    for count in range(size + 1)
                    for chosen in itertools.combinations(range(size), count)
                    if list(chosen) == sorted(chosen, key=lambda i: targets[i])
                ),
                default=0,
            )
            assert sum(weights[i] for i in kept) == best, (targets, weights, kept)
    assert in_order([3, 0, 1, 2], [1, 1, 1, 1]) == {1, 2, 3}  # one row moves, not three
    assert in_order([3, 0, 1, 2], [25, 1, 1, 1]) == {0}  # the highlighted row stays


async def test_no_hit_in_the_index_is_told_then_checked(
    speech_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    held_search: tuple[threading.Event, threading.Event],
) -> None:
    """The folder's last search found every file indexed: a query the index has no hit for
    says so at once, and that it is checking for new or changed files, then "没有找到"."""

    indexed(speech_dir)
    told, release = held_search
    release.set()
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "不存在")
        assert screen.done and "没有找到“不存在”。" in str(screen.status.render())
        assert not told.is_set()  # no walk before: nothing told before the complete result
        release.clear()
        await pilot.press("ctrl+f")
        await first_results_told(pilot, "也没有", told)
        await pilot.pause()
        assert not screen.done and not screen.results.root.children
        assert "索引中没有“也没有”，正在核对" in str(screen.status.render())
        release.set()
        await settle(app, pilot)
        assert screen.done and "没有找到“也没有”。" in str(screen.status.render())


async def test_a_hit_of_a_query_opens_with_the_query_in_the_find_bar(speech_dir: Path) -> None:
    """The reader's ``/`` reads the query as corpus search does: the file's count is the same."""
    (speech_dir / "丙.txt").write_text(
        "同志们：\n要深化一网通办改革。\n一网通办要办好，改革要深化。\n一网通办不在这里。\n",
        encoding="utf-8",
    )
    async with searched(speech_dir / "甲讲话.txt", "一网通办 改革") as (app, pilot, screen):
        mine = hit_rows(screen, "丙.txt")
        assert mine, [str(n.label) for n in screen.results.root.children]
        parent = mine[0].parent
        while parent is not None and not isinstance(parent.data, FileResult):
            parent = parent.parent
        assert parent is not None and isinstance(parent.data, FileResult) and parent.data.total == 4
        screen.results.focus()
        screen.results.move_cursor(mine[0])
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.main_screen
        assert app.screen is main and main.path == (speech_dir / "丙.txt").resolve()
        assert main.reader.search_term == "一网通办 改革"
        assert main.reader.search_status[1] == 4
        # "1/4", and that the two words were found apart (ui25's note)
        count, note = str(main.find_bar.status.render()).split(" · ")
        assert count.endswith("/4") and note == "2 个词分开找，短语请加引号"


async def test_a_folder_too_big_is_not_indexed_until_f5(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader does not index a huge accidental tree by itself; corpus search says so and
    F5 indexes it."""
    from tui.engine.index import scope

    monkeypatch.setattr(scope, "AUTO_INDEX_MAX_FILES", 1)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        main.update_index()
        await settle(app, pilot)
        assert "超过 1 个" in main.index_refused
        with Index() as index:
            assert index.stats()[0] == 0
        screen = await corpus_search(app, pilot)
        await settle(app, pilot)
        screen.show_status()
        assert "按 F5 建立索引" in str(screen.status.render())
        await pilot.press("f5")
        await settle(app, pilot)
        with Index() as index:
            assert index.stats()[0] == 2
        assert main.index_refused == ""
        screen.show_status()
        assert "F5" not in str(screen.status.render())


async def test_hits_a_row_already_shows_are_marked_in_it_not_listed_again(
    speech_dir: Path,
) -> None:
    """Three hits within a few characters are one row with three marks and "（3 处）"; a hit
    far along the same paragraph gets its own row; Enter on the row opens its first hit."""
    far = "其他工作也要抓紧。" * 12
    (speech_dir / "丙.txt").write_text(
        f"同志们：\n一、抓环境\n营商环境好，营商环境优，营商环境强。{far}营商环境是生产力。\n",
        encoding="utf-8",
    )
    app = make_app(speech_dir / "丙.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        (file_node,) = [
            n
            for n in screen.results.root.children
            if isinstance(n.data, FileResult) and Path(n.data.path).name == "丙.txt"
        ]
        assert isinstance(file_node.data, FileResult) and file_node.data.total == 4
        file_node.expand()
        await settle(app, pilot)
        rows = hit_rows(screen, "丙.txt")
        assert len(rows) == 2
        label = rows[0].label
        assert (
            isinstance(label, Text)
            and str(label).endswith("（3 处）")
            and "（" not in str(rows[1].label)
        )
        marked = [str(label)[span.start : span.end] for span in label.spans if span.style]
        assert marked.count("营商环境") == 3
        first = rows[0].data
        assert isinstance(first, Hit) and first.start == 0
        screen.results.focus()
        screen.results.move_cursor(rows[0])
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.reader.search_status == (1, 4)


async def test_a_long_section_title_is_shortened_on_screen(speech_dir: Path) -> None:
    """A heading run on for lack of punctuation (as PDF text gives it) is cut with "…" in the
    section line."""
    title = "当前和今后一个时期要致力打造一流的营商环境" * 4
    (speech_dir / "丙.txt").write_text(
        f"同志们：\n一、{title}\n营商环境好，营商环境优。\n", encoding="utf-8"
    )
    async with searched(speech_dir / "丙.txt", "营商环境", (160, 40)) as (app, pilot, screen):
        rows = hit_rows(screen, "丙.txt")
        sections = {str(n.parent.label) for n in rows if n.parent is not None}
        assert f"一、{title[:38]}…" in sections


async def test_typing_in_the_results_starts_a_new_query(speech_dir: Path) -> None:
    """While the hits have focus, a typed character starts a new query (bound keys keep
    their meaning: ? still opens the help)."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        assert screen.results.has_focus and screen.total > 0
        await pilot.press(*"放管服")
        assert screen.input.has_focus and screen.input.value == "放管服"
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.term == "放管服" and screen.total == 2
        assert screen.results.has_focus
        await open_help(pilot)  # over the search, its query kept
        assert screen.input.value == "放管服"


async def test_j_and_k_move_in_the_results_as_in_every_list(speech_dir: Path) -> None:
    """j and k move in the file tree, the outline and the reader; in the results they
    started a new query "j", and the hits were gone. Now they move the cursor."""
    async with searched(speech_dir / "甲讲话.txt", "营商环境") as (app, pilot, screen):
        results = screen.results
        assert results.has_focus and screen.total > 0
        start = results.cursor_line
        await pilot.press("j", "j")
        await until_equal(pilot, lambda: results.cursor_line, start + 2, "j j")
        await pilot.press("k")
        await until_equal(pilot, lambda: results.cursor_line, start + 1, "k")
        assert results.has_focus and screen.input.value == "营商环境"
        assert screen.term == "营商环境" and screen.total > 0


async def test_keys_typed_at_once_in_the_results_all_reach_the_new_query(speech_dir: Path) -> None:
    """A terminal delivers fast typing (or an IME's whole word) as keys in one read: they
    all reach the hits before the query has focus, and all of them make the new query."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        assert screen.results.has_focus
        for character in "放管服":
            app.post_message(events.Key(character, character))
        await pilot.pause()
        await pilot.pause()
        assert screen.input.has_focus and screen.input.value == "放管服"


async def test_a_space_and_bound_letters_typed_at_once_reach_the_new_query(
    speech_dir: Path,
) -> None:
    """'"一网通办" 企业' typed in one burst over the hits: the space reached the hits (it
    folds a row) before the query had focus, and the query was '"一网通办"企业', one term
    where two were meant; a j or a q in the burst moved the cursor or quit. After the
    burst's first character every key is the query's."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商环境")
        assert screen.results.has_focus
        keys = [(c, c) for c in '"放管服"'] + [("space", " "), ("j", "j"), ("q", "q")]
        for key, character in keys:
            app.post_message(events.Key(key, character))
        await until_equal(pilot, lambda: screen.input.value, '"放管服" jq', "the query")
        assert screen.input.has_focus and app.screen is screen


@pytest.mark.parametrize("pane", ["reader", "outline", "filetree"])
async def test_keys_typed_right_after_slash_all_reach_the_find_bar(
    speech_dir: Path, pane: str
) -> None:
    """tmux delivers "/abc" typed fast in one read: the keys after / reached the pane that
    had the focus before the find bar took it (b paged up in the reader) and the bar stayed
    empty. Now they are the term, and the pane moves not."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        reader = main.reader
        await pilot.press("space")  # off the first page: b would page back up
        getattr(main, pane).focus()
        await until(pilot, lambda: getattr(main, pane).has_focus, pane)
        cursor = reader.cursor
        for key, character in [("slash", "/"), ("b", "b"), ("j", "j"), ("k", "k")]:
            app.post_message(events.Key(key, character))
        await until_equal(pilot, lambda: main.find_bar.input.value, "bjk", "the term")
        assert main.find_bar.input.has_focus and reader.cursor == cursor
        await pilot.press("slash")  # a / typed in the bar is a character of the term
        await until_equal(pilot, lambda: main.find_bar.input.value, "bjk/", "/ in the bar")


@pytest.mark.parametrize(
    ("snippet", "match", "room", "shown"),
    [
        ("推进COVIDpandemicresponse工作", "COV", 20, "   12  推进COVIDpan…"),
        ("推进 digital transformation 工作", "推进", 22, "   12  推进 digital…"),
    ],
    ids=["match in the word cut", "word after the match"],
)
def test_a_hit_is_cut_before_a_word_but_never_before_its_match(
    snippet: str, match: str, room: int, shown: str
) -> None:
    """Labels are cut before a Latin word, not inside it (treestyle.cut_to_cells); a hit
    whose match is in the word cut keeps the match in sight (it was cut away)."""
    label = Text("   12  ", style="dim")
    at = len(label) + snippet.index(match)
    label.append(snippet)
    label.stylize(corpus_labels.MATCH_STYLE, at, at + len(match))
    assert corpus_labels.cut_hit(label, room, len("   12  ")).plain == shown


@pytest.mark.parametrize(
    ("snippet", "match", "room", "shown"),
    [
        # newuser25 at 80 columns: "…只因体力衰弱的缘…" (缘故 cut)
        (
            "…所以往往有聪慧勤学的学生，只因体力衰弱的缘故，不能成就。",
            "学生",
            52,
            "   12  …所以往往有聪慧勤学的学生，只因体力衰弱的…",
        ),
        # "…也好不了许多。先有健全…": ends with the sentence
        (
            "…但是学校里的学生也好不了许多。先有健全的身体，然后有健全的思想。",
            "学生",
            48,
            "   12  …但是学校里的学生也好不了许多。…",
        ),
        # the snippet's rule (match.boundary_near within match.quarter_left): back to the
        # comma, which keeps more than a quarter of the row after the match; the row's own
        # rule (a quarter of the room back from the cut) found none and cut where it fell,
        # …综合素质… (newuser26)
        (
            "…学生体力衰弱，全面发展综合素质评价改革试点工作方案",
            "学生",
            40,
            "   12  …学生体力衰弱，…",
        ),
        # no boundary after the match: cut where it falls, as before
        (
            "…推进学生全面发展综合素质评价改革试点工作方案",
            "学生",
            40,
            "   12  …推进学生全面发展综合素质评价改…",
        ),
    ],
    ids=["after 的", "after a full stop", "the snippet's bound", "none near"],
)
def test_a_hit_cut_to_the_pane_ends_at_a_word_boundary_near_the_cut(
    snippet: str, match: str, room: int, shown: str
) -> None:
    """A hit's line cut to a narrow pane ended between any two characters, often inside a
    word; it ends at a clause end, a mark or 的 (``match.word_boundary``) by the rule a
    snippet's ends follow: the one nearest the cut that keeps a quarter of the row after
    the match (``match.boundary_near``, ``match.quarter_left``), never before the match."""
    label = Text("   12  ", style="dim")
    at = len(label) + snippet.index(match)
    label.append(snippet)
    label.stylize(corpus_labels.MATCH_STYLE, at, at + len(match))
    assert corpus_labels.cut_hit(label, room, len("   12  ")).plain == shown


def test_a_section_title_in_the_results_is_cut_before_a_word() -> None:
    """A section row's title was cut at 40 characters wherever they fell: 二、抓好 ChatGPT、
    DeepSeek 等 large language m…; now before the word (a Chinese title as before)."""
    from tui.engine.quotes import cut_title as cut

    assert cut("二、抓好 ChatGPT、DeepSeek 等 large language model 应用") == (
        "二、抓好 ChatGPT、DeepSeek 等 large language…"
    )
    chinese = "一、统一思想、提高认识，切实增强优化营商环境的责任感使命感紧迫感和使命担当的自觉性"
    assert cut(chinese) == chinese[:40] + "…"


async def test_the_bundled_corpus_is_named_as_the_tree_names_it() -> None:
    """Before a query, the screen said "在 /…/site-packages/tui/_corpus 下的所有讲话稿中搜索"
    for the bundled corpus, which the file tree calls 内置讲话稿."""
    from tui.paths import BUNDLED_NAME, bundled_corpus_dir

    app = make_app(None)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await pilot.pause()
        shown = str(screen.status.render())
        assert f"在 {BUNDLED_NAME} 下的所有讲话稿中搜索" in shown, shown
        assert str(bundled_corpus_dir()) not in shown


async def test_another_folder_is_named_by_its_path(speech_dir: Path) -> None:
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await pilot.pause()
        assert f"在 {speech_dir} 下的所有讲话稿中搜索" in str(screen.status.render())


@pytest.mark.parametrize("gone", [False, True])
async def test_a_file_that_cannot_be_shown_has_no_matches_in_the_find_bar(
    speech_dir: Path, gone: bool
) -> None:
    """The find bar kept the last file's "3/5" over an empty file's message, while n said
    the term was not in it; then it said 无匹配 there, as if the file had been searched.
    The lead's decision: with no text shown the bar says there is none to search. A file
    deleted while open keeps its text on screen (newuser25), and the count of what is
    shown."""
    empty = speech_dir / "空.txt"
    empty.write_bytes(b"")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await pilot.press("slash", *"营商", "enter")
        await settle(app, pilot)
        before = str(main.find_bar.status.render())
        assert before.endswith(f"/{main.reader.search_status[1]}") and main.reader.search_status[1]
        if gone:
            (speech_dir / "甲讲话.txt").unlink()
            main.check_file_changed()
        else:
            main.open_file(empty)
        await settle(app, pilot)
        assert main.reader.search_term == "营商"  # kept for the next file
        if gone:  # its last text stays shown, and found in (test_file_gone)
            assert main.reader.document is not None
            assert str(main.find_bar.status.render()) == before
            return
        assert main.reader.document is None
        assert str(main.find_bar.status.render()) == "没有可查找的文字"


def marked_cells(reader: Any) -> list[str]:
    """The characters the reader draws as matches (current or not), run by run (a match may
    wrap onto the next line)."""
    marks = {
        (reader.rich_style + reader.get_component_rich_style(name)).bgcolor
        for name in ("reader--search", "reader--search-current")
    }
    return drawn_in(reader, marks)


@pytest.mark.parametrize(
    ("name", "text", "query", "shown"),
    BOTH_SPELLINGS,
)
async def test_find_matches_the_other_spelling_on_the_files_own_characters(
    tmp_path: Path, name: str, text: str, query: str, shown: str
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("slash")
        await settle(app, pilot)
        await pilot.press(*query, "enter")
        await settle(app, pilot)
        reader = screen.reader
        total = text.count(shown)
        assert reader.search_status == (1, total)
        assert str(screen.find_bar.status.render()) == f"1/{total}"
        assert shown in reader.sentence_text(reader.cursor)
        assert marked_cells(reader) == [shown] * total


async def test_corpus_search_lists_both_spellings_and_opens_them_marked(tmp_path: Path) -> None:
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "繁.txt").write_text(TRADITIONAL, encoding="utf-8")
    (folder / "简.txt").write_text(SIMPLIFIED, encoding="utf-8")
    # (hits placed after the search is done)
    async with searched(folder / "简.txt", "讲话") as (app, pilot, screen):
        assert screen.done and screen.files == 2 and screen.total == 4
        rows = hit_rows(screen, "繁.txt")
        assert len(rows) == 2
        for row in rows:  # the snippet marks the file's own characters
            label = row.label
            assert isinstance(label, Text)
            marked = [
                label.plain[span.start : span.end]
                for span in label.spans
                if span.style == corpus_labels.MATCH_STYLE
            ]
            assert marked == ["講話"]
        assert all("讲话" in str(row.label) for row in hit_rows(screen, "简.txt"))
        screen.results.focus()
        screen.results.move_cursor(rows[0])
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.main_screen
        assert app.screen is main and main.path == (folder / "繁.txt").resolve()
        assert main.reader.search_status == (1, 2)
        assert marked_cells(main.reader) == ["講話", "講話"]


async def test_a_quoted_phrase_is_shown_once_quoted_in_the_status(speech_dir: Path) -> None:
    """``"优化营商环境"`` (ASCII quotes, the exact-phrase form) is shown as the phrase in
    the language's own quotes, as the same query typed without them is: it was shown
    “"优化营商环境"”, quoted twice."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, '"优化营商环境"')
        quoted = str(screen.status.render())
        assert quoted.startswith("“优化营商环境”：共 ") and '"' not in quoted
        await pilot.press("ctrl+f", *"优化营商环境", "enter")
        await settle(app, pilot)
        assert str(screen.status.render()) == quoted
        await pilot.press("ctrl+f", *'"不存在的词"', "enter")
        await settle(app, pilot)
        assert str(screen.status.render()) == "没有找到“不存在的词”。"


QUERIES_SHOWN = [
    ('"因地制宜发展新质生产力"', "因地制宜发展新质生产力"),
    ('  "新质 生产力"  ', "新质 生产力"),  # a phrase with a space: its words, once quoted
    ('"新质生产力', "新质生产力"),  # the closing quote left out (parse_query reads it so)
    ("新质生产力", "新质生产力"),
    ('"新质" "生产力"', '"新质" "生产力"'),  # two phrases: as typed
    ('-"口号"', '-"口号"'),
    ('标题:"营商环境"', '标题:"营商环境"'),
    ('"\x1b[2J"', "␛[2J"),  # safe_text's placeholder: nothing of the query reaches the screen raw
]


@pytest.mark.parametrize(("typed", "shown"), QUERIES_SHOWN, ids=[q for q, _ in QUERIES_SHOWN])
def test_the_query_is_shown_without_the_quotes_of_a_single_phrase(typed: str, shown: str) -> None:
    assert corpus_status.shown_query(typed) == shown


async def test_words_set_apart_by_a_space_say_so_and_quotes_make_a_phrase(
    speech_dir: Path,
) -> None:
    """``优化 营商`` is two words, each found and marked in a paragraph holding both (the
    guide's ``词1 词2``), not the phrase: the find bar's count and the corpus search's line
    said only "共 N 处", as if the phrase had been found; now they say the words went
    apart and that quotes make a phrase. ``"优化 营商"`` (no such phrase here) says nothing
    more."""
    (speech_dir / "丙.txt").write_text(
        "同志们：\n要优化审批流程，改善营商条件。\n优化营商环境是一项系统工程。\n",
        encoding="utf-8",
    )
    app = make_app(speech_dir / "丙.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await pilot.press("slash", *"优化 营商")
        await settle(app, pilot)
        reader = main.reader
        assert reader.search_status[1] > 0
        # What is found is the words, each on its own, in the paragraphs holding both.
        document = reader.document
        assert document is not None
        counts = reader.match_counts_by_paragraph()
        for index, count in counts.items():
            text = document.paragraphs[index].text
            assert count == text.count("优化") + text.count("营商"), text
        assert sorted(counts.values()) == [2, 2]  # 优化…营商 apart too, not only 优化营商
        status = str(main.find_bar.status.render())
        total = reader.search_status[1]
        assert status == f"共 {total} 处 · 2 个词分开找，短语请加引号", status
        await pilot.press("enter")
        await settle(app, pilot)
        assert str(main.find_bar.status.render()).endswith(" · 2 个词分开找，短语请加引号")
        await pilot.press("slash", "ctrl+a", "backspace", *'"优化 营商"')
        await settle(app, pilot)
        assert str(main.find_bar.status.render()) == "无匹配"
        await pilot.press("escape")
        screen = await corpus_search(app, pilot, "优化 营商")
        await hits_placed(app, pilot, screen)
        line = str(screen.status.render())
        assert "（2 个词分开找，同在一段即算；短语请加引号）" in line, line


async def test_the_best_file_placed_last_still_gets_the_highlight_and_the_top_of_the_list(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first files open by themselves once the search is done; the best file's hits
    can be placed after the next ones' (a 41 MB file is parsed for them). With no row
    highlighted by the user, the highlight goes to the first file's row, then to its first
    hit, and the list shows its top. Before, the first hit placed (the second file's) was
    highlighted, and when the best file's hundreds of hits came above it the view stayed
    with it: an analyst who had only waited saw the middle of the list, the best file
    scrolled out of sight above."""
    slow = threading.Event()
    real_hits = FileResult.hits

    def hits(found: FileResult, limit: int) -> list[Hit]:
        if Path(found.path).name == "戊.txt":
            slow.wait(10)
        return real_hits(found, limit)

    monkeypatch.setattr(FileResult, "hits", hits)
    for number in range(6):
        (speech_dir / f"丁{number}.txt").write_text(
            "同志们：\n" + "要深化一网通办改革。\n" * (1 + number), encoding="utf-8"
        )
    (speech_dir / "戊.txt").write_text(
        "同志们：\n" + "要深化一网通办改革。\n" * 80, encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(100, 24)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await pilot.press(*"一网通办", "enter")  # (not ``settle``: it waits for the hits)
        tree = screen.results
        await until(pilot, lambda: screen.done, "the list")
        best, second = tree.root.children[:2]
        assert str(best.label).startswith("戊.txt（80 处）")

        def placed(node: Any) -> bool:
            return bool(node.children) and all(c.data is not None for c in node.children)

        await until(pilot, lambda: placed(second), "the second file's hits placed")
        assert not placed(best)
        await until(pilot, lambda: tree.cursor_node is not None, "a row highlighted")
        assert tree.cursor_node is best  # its hits not placed yet: Enter opens the first
        slow.set()
        await hits_placed(app, pilot, screen)
        first_hit = screen.located_nodes()[0]
        assert corpus_tree.hit_file(first_hit) is best
        await until(pilot, lambda: tree.cursor_node is first_hit, "the best file's first hit")
        assert int(tree.scroll_offset.y) == 0, tree.scroll_offset


@pytest.mark.parametrize("indexed", [False, True], ids=["scanned", "indexed"])
async def test_back_from_a_hit_a_scanned_search_is_listed_again_not_searched_again(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch, indexed: bool
) -> None:
    """ctrl+f after opening a hit, the same query: a search that scanned files not indexed
    yet is listed again as it was (the status says so; ctrl+f and Enter search anew), the
    cursor back on the hit. Before, it was searched again: in a library of 5,000 files
    being indexed every return scanned 4,000 files, minutes on a loaded machine. A search
    the index answered (tens of ms) is made again, and so sees files changed since."""
    searches: list[str] = []
    real = search_screen.search_library

    def counted(*args: Any, **kwargs: Any) -> Any:
        searches.append(str(args[1].text))
        return real(*args, **kwargs)

    monkeypatch.setattr(search_screen, "search_library", counted)
    if indexed:
        with Index() as index:
            index.sync(speech_dir)
    else:  # not indexed (by itself, as a folder too big), as while a library is indexed
        from tui.engine.index import scope

        monkeypatch.setattr(scope, "AUTO_INDEX_MAX_FILES", 1)
    async with searched(speech_dir / "甲讲话.txt", "一网通办") as (app, pilot, screen):
        assert screen.result is not None and bool(screen.result.scanned) is not indexed
        await until(pilot, lambda: screen.results.cursor_node is not None, "a row highlighted")
        highlighted = screen.results.cursor_node
        assert highlighted is not None and isinstance(highlighted.data, Hit)
        opened = highlighted.data
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen is app.main_screen and searches == ["一网通办"]
        await pilot.press("ctrl+f")
        again = app.screen
        assert isinstance(again, CorpusSearchScreen) and again is not screen
        await hits_placed(app, pilot, again)
        await until(
            pilot,
            lambda: (
                again.results.cursor_node is not None and again.results.cursor_node.data == opened
            ),
            "the cursor back on the hit opened",
        )
        assert again.total == screen.total and again.files == screen.files
        said = "上次搜索的结果" in str(again.status.render())
        if indexed:
            assert searches == ["一网通办"] * 2 and not said
            return
        assert searches == ["一网通办"] and said
        await pilot.press("ctrl+f", "enter")  # the query selected: Enter searches anew
        await hits_placed(app, pilot, again)
        assert searches == ["一网通办"] * 2
        assert "上次搜索的结果" not in str(again.status.render())


async def test_a_file_scanned_long_is_named_on_the_status_line(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file not indexed yet whose scan takes ``SLOW_FILE_SECONDS`` (a 41 MB file took
    minutes) is named after the scan's progress, made safe and cut to the line with its
    extension kept, in either language; the name goes once the search is done. Before,
    the line stood at "4325/4332" with no hint why. The slow file is held by a hook on
    the scan, and the threshold set, not waited for."""
    from tui import ui_text
    from tui.engine.index import library, scope

    monkeypatch.setattr(scope, "AUTO_INDEX_MAX_FILES", 1)  # not indexed: scanned

    name = "\x1b[2J" + "巨" * 60 + ".txt"
    (speech_dir / name).write_text("同志们：\n要深化一网通办改革。\n", encoding="utf-8")
    begun, release = threading.Event(), threading.Event()
    real_scan = library.scan_file

    def scan_file(path: str, query: Any) -> Any:
        if Path(path).name == name:
            begun.set()
            release.wait(10)
        return real_scan(path, query)

    monkeypatch.setattr(library, "scan_file", scan_file)
    monkeypatch.setattr(corpus_status, "SLOW_FILE_SECONDS", 3600.0)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await pilot.press(*"一网通办", "enter")
        assert await asyncio.to_thread(begun.wait, 10)
        await pilot.pause()

        def status() -> str:
            return str(screen.status.render())

        assert "巨巨" not in status() and "正在搜索：" not in status()  # not long yet
        monkeypatch.setattr(corpus_status, "SLOW_FILE_SECONDS", 0.0)
        await until(pilot, lambda: "［正在搜索：" in status(), "the slow file named")
        line = status()
        assert "\x1b" not in line and "␛[2J巨巨" in line, line
        assert "巨…巨.txt］" in line or "巨….txt］" in line, line  # cut, extension kept
        assert name[4:] not in line
        ui_text.set_language("en")
        screen.relabel()
        await until(pilot, lambda: "[searching: ␛[2J巨" in status(), "named in English")
        ui_text.set_language("zh")
        release.set()
        await until(pilot, lambda: screen.done, "the search done")
        await pilot.pause()
        assert "巨巨" not in status(), status()
        assert any(Path(f.path).name == name for f in screen.result.files)  # type: ignore[union-attr]
