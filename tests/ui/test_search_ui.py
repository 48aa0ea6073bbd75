"""Corpus search screen (ctrl+f): results grouped by file › speech › section; Enter opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.message import Message
from textual.widgets import Tree

from tests.ui.conftest import settle
from tui.app import SpeechReaderApp, make_app
from tui.engine.search import FileHits, Located
from tui.screens import corpus_search as search_screen
from tui.screens.corpus_search import CorpusSearchScreen


async def corpus_search(app: SpeechReaderApp, pilot: Any) -> CorpusSearchScreen:
    """Open the corpus search with ctrl+f, as a user does; its screen."""
    await pilot.press("ctrl+f")
    screen = app.screen
    assert isinstance(screen, CorpusSearchScreen)
    return screen


async def test_corpus_search_opens_result_at_match(speech_dir: Path) -> None:
    (speech_dir / "丙.txt").write_text("同志们：\n一、抓项目\n要抓好招商引资。\n二、抓作风\n深化一网通办改革。\n", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        assert screen.input.has_focus
        await pilot.press(*"一网通办", "enter")
        await settle(app, pilot)
        assert screen.done and screen.files == 3 and screen.total == 3
        files = [str(node.label) for node in screen.results.root.children]
        assert files == ["丙.txt（1 处）", "乙讲话.txt（1 处）", "甲讲话.txt（1 处）"]
        nodes = screen.located_nodes()
        assert len(nodes) == 3  # the first files open by themselves, placed in sections
        place = nodes[0].data
        assert isinstance(place, Located) and Path(place.path).name == "丙.txt"
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
        mine = [n for n in screen.located_nodes()
                if isinstance(n.data, Located) and Path(n.data.path).name == "甲讲话.txt"]
        assert len(mine) > 3
        place = mine[3].data
        assert isinstance(place, Located)
        screen.results.move_cursor(mine[3])
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.main_screen
        reader = main.reader
        assert reader.cursor == (place.paragraph, place.sentence)
        current, total = reader.search_status
        assert total == len(mine) and current >= 1
        assert str(main.find_bar.status.render()) == f"{current}/{total}"
        matched = reader._matches[current - 1]
        assert matched.paragraph == place.paragraph and "营商环境" in reader.sentence_text(reader.cursor)
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


async def test_first_files_open_once_the_list_is_complete(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Placing matches parses a file: the first files open after the search, not during it."""
    monkeypatch.setattr(search_screen, "BATCH_SECONDS", 0.0)  # every file posted on its own
    for number in range(6):
        (speech_dir / f"丁{number}.txt").write_text("同志们：\n要深化一网通办改革。\n", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    done_when_expanded: dict[int, bool] = {}

    def hook(message: Message) -> None:
        if isinstance(message, Tree.NodeExpanded) and isinstance(message.node.data, FileHits):
            screen = app.screen  # (a message is seen again as it bubbles: keep the first)
            done = isinstance(screen, CorpusSearchScreen) and screen.done
            done_when_expanded.setdefault(id(message.node), done)

    async with app.run_test(size=(140, 40), message_hook=hook) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *"一网通办", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen) and screen.done and screen.files == 8
        assert list(done_when_expanded.values()) == [True] * search_screen.AUTO_EXPAND
        assert len(screen.located_nodes()) == search_screen.AUTO_EXPAND


async def test_files_appear_as_found_and_their_matches_are_placed_when_opened(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Files are listed batch by batch; a file's matches are placed only once it is opened."""
    monkeypatch.setattr(search_screen, "BATCH_SECONDS", 0.0)  # every file posted on its own
    monkeypatch.setattr(search_screen, "AUTO_EXPAND", 0)
    (speech_dir / "丙.txt").write_text(
        "同志们：\n一、[重点]抓项目\n要深化一网通办改革。\n二、抓作风\n一网通办要办好。\n", encoding="utf-8"
    )
    app = make_app(speech_dir / "甲讲话.txt")
    listed: list[tuple[bool, int]] = []

    def hook(message: Message) -> None:
        if isinstance(message, CorpusSearchScreen.Found):
            listed.append((message.finished, len(message.batch)))

    async with app.run_test(size=(140, 40), message_hook=hook) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+f", *"一网通办", "enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CorpusSearchScreen) and screen.done
        assert listed == [(False, 1), (False, 1), (False, 1), (True, 0)]  # each as it was found
        tree = screen.results
        files = list(tree.root.children)
        assert [str(node.label) for node in files] == ["丙.txt（2 处）", "乙讲话.txt（1 处）", "甲讲话.txt（1 处）"]
        assert not any(node.children or node.is_expanded for node in files)  # nothing placed yet
        assert [tree.get_node_at_line(line) for line in range(3)] == files  # all on screen
        files[0].expand()
        await settle(app, pilot)
        speech = files[0].children[0]
        sections = [str(node.label) for node in speech.children]
        assert sections == ["一、[重点]抓项目", "二、抓作风"]  # labels are text, not markup
        assert [len(node.children) for node in speech.children] == [1, 1]
        assert len(screen.located_nodes()) == 2
        assert tree.get_node_at_line(6) is files[1]  # file, speech, 2 × (section, match), file


async def test_corpus_search_says_how_many_files_it_could_not_read(speech_dir: Path) -> None:
    (speech_dir / "扫描件.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot)
        await pilot.press(*"一网通办", "enter")
        await settle(app, pilot)
        assert screen.done and screen.files == 2
        assert "1 个文件无法读取，未搜索" in str(screen.status.render())
        await pilot.press("escape")
        screen = await corpus_search(app, pilot)
        await pilot.press(*"没有这个词", "enter")
        await settle(app, pilot)
        status = str(screen.status.render())
        assert status.startswith("没有找到") and "1 个文件无法读取" in status
