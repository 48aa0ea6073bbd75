"""The outline's highlighted row is the section at the reader's cursor after every way of
searching: the find bar (/, Enter, n, Esc) and the corpus search (ctrl+f), whether a hit
is opened in this file, in another file, or the search is left with Esc.

Issue #17 said "the outline highlight goes stale after opening search". Each step below
compares the outline's cursor node with the node of the section holding the cursor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.app import App, ComposeResult

from tests.documents import build_document
from tests.ui.conftest import settle, until
from tests.ui.test_search_ui import corpus_search
from tui.app import SpeechReaderApp, make_app
from tui.engine.match import Hit
from tui.engine.model import Document
from tui.paths import bundled_corpus_dir
from tui.widgets.outline import EXPANDED_SPEECHES, OutlinePane


def assert_outline_follows(app: SpeechReaderApp, step: str) -> None:
    screen = app.main_screen
    expected = screen.outline.node_for_paragraph(screen.reader.cursor[0])
    assert expected is not None, step
    shown = screen.outline.cursor_node
    assert shown is expected, (step, shown and shown.label, expected.label)


async def test_outline_follows_the_find_bar(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert_outline_follows(app, "]")
        await pilot.press("slash", *"一网通办", "enter")
        await settle(app, pilot)
        assert "一网通办" in app.main_screen.reader.sentence_text(app.main_screen.reader.cursor)
        assert_outline_follows(app, "/ and Enter")
        await pilot.press("escape")
        await pilot.pause()
        assert_outline_follows(app, "Esc")
        await pilot.press("slash", *"营商环境", "enter")
        await settle(app, pilot)
        for number in range(6):
            await pilot.press("n")
            await pilot.pause()
            assert_outline_follows(app, f"n ({number + 1})")
        await pilot.press("escape", "j")
        await pilot.pause()
        assert_outline_follows(app, "Esc, j")


async def _corpus_hits(app: SpeechReaderApp, pilot: Any, term: str) -> Any:
    screen = await corpus_search(app, pilot)
    await pilot.press(*term, "enter")
    await settle(app, pilot)
    assert screen.done
    return screen


def _hits_in(screen: Any, name: str) -> list[Any]:
    """The corpus search's hits placed under the file called ``name``."""
    return [
        node
        for node in screen.located_nodes()
        if isinstance(node.data, Hit) and Path(node.data.path).name == name
    ]


async def test_outline_follows_the_corpus_search(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert_outline_follows(app, "] ]")
        # Opened and left with Esc after moving about its results.
        screen = await _corpus_hits(app, pilot, "营商环境")
        screen.results.focus()
        await pilot.press("down", "down", "down", "escape")
        await settle(app, pilot)
        assert app.screen is app.main_screen
        assert_outline_follows(app, "ctrl+f, moves, Esc")
        # A hit further down this file, then one in the other file.
        for name, index in (("甲讲话.txt", 5), ("乙讲话.txt", 4)):
            screen = await _corpus_hits(app, pilot, "营商环境")

            def placed(screen: Any = screen, name: str = name, index: int = index) -> bool:
                return len(_hits_in(screen, name)) > index

            # The search is done; its hits are placed under their file after that.
            await until(pilot, placed, f"the hits in {name} placed")
            hits = _hits_in(screen, name)
            screen.results.focus()
            screen.results.move_cursor(hits[index])
            await pilot.press("enter")
            await settle(app, pilot)
            assert app.main_screen.path == (speech_dir / name).resolve()
            assert_outline_follows(app, f"ctrl+f, Enter on a hit in {name}")
            await pilot.press("j")
            await pilot.pause()
            assert_outline_follows(app, f"j after the hit in {name}")


async def test_outline_follows_a_hit_in_a_later_speech_of_a_collection(tmp_path: Path) -> None:
    """A hit in a speech whose outline is not built yet (a collection's later speeches are
    built when they are first reached)."""
    source = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
    path = tmp_path / "合集.txt"
    path.write_bytes(source.read_bytes())
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        document = app.main_screen.reader.document
        assert document is not None and len(document.speeches) > 3
        screen = await _corpus_hits(app, pilot, "营商环境")
        last_speech = document.speeches[-1]

        def later_hits() -> list[Any]:
            return [
                node
                for node in screen.located_nodes()
                if isinstance(node.data, Hit) and node.data.paragraph >= last_speech.first
            ]

        # The search is done; its hits are placed under the file after that.
        await until(pilot, lambda: bool(later_hits()), "a hit in the last speech placed")
        later = later_hits()
        screen.results.focus()
        screen.results.move_cursor(later[0])
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.reader.cursor[0] == later[0].data.paragraph
        assert_outline_follows(app, "ctrl+f, Enter on a hit in the last speech")
        await pilot.press("slash", *"营商环境", "enter", "N", "N")
        await pilot.pause()
        assert_outline_follows(app, "/, N, N")


def _collection(speeches: int) -> Document:
    """``speeches`` speeches of three headings and a body paragraph each."""
    return build_document(
        [
            (
                f"第{number}篇讲话",
                [
                    ("body", "同志们："),
                    ("h1", "一、统一思想。要提高认识。"),
                    ("body", "要提高认识。"),
                    ("h1", "二、突出重点。要抓住关键。"),
                    ("body", "要抓住关键。"),
                    ("h2", "（一）抓项目。要抓项目。"),
                    ("body", "抓项目。"),
                ],
            )
            for number in range(speeches)
        ]
    )


class OutlineApp(App[None]):
    def compose(self) -> ComposeResult:
        yield OutlinePane(id="outline")


async def test_an_outline_filled_later_comes_whole_on_the_followed_section() -> None:
    """``show_document(later=True)``: empty until the next frame, then every speech at
    once with the cursor on the section the reader followed meanwhile, in view, also in
    a collection whose speeches open collapsed."""
    document = _collection(EXPANDED_SPEECHES + 10)
    speech = document.speeches[-5]
    section = speech.headings[-1]  # （一） under 二、: its speech and 二、 were collapsed
    app = OutlineApp()
    async with app.run_test(size=(60, 20)) as pilot:
        outline = app.query_one(OutlinePane)
        outline.show_document(document, "合集.txt", later=True)
        outline.highlight_paragraph(section.paragraph + 1)  # as the reader does
        assert len(outline.root.children) == 0
        # The fill waits for the next frame (``call_after_refresh``): waited for as that
        # event, not by one Pilot pause, which a loaded machine ends before the frame.
        await outline.wait_for_refresh()
        assert len(outline.root.children) == len(document.speeches)
        node = outline.cursor_node
        assert node is not None and node.data is section
        await until(
            pilot,
            lambda: outline.scroll_offset.y <= outline.cursor_line < outline.scroll_offset.y + 20,
            "the cursor's line in view",
        )


async def test_an_outline_filled_later_gives_way_to_a_newer_document() -> None:
    """A fill waiting for its frame is dropped when the pane was emptied or given another
    document meanwhile (the user opened another file at once)."""
    first, second = _collection(3), _collection(5)
    app = OutlineApp()
    async with app.run_test(size=(60, 20)) as pilot:
        outline = app.query_one(OutlinePane)
        outline.show_document(first, "甲.txt", later=True)
        outline.show_document(None)
        await pilot.pause()
        assert len(outline.root.children) == 0 and outline.document is None
        outline.show_document(first, "甲.txt", later=True)
        outline.show_document(second, "乙.txt")
        await pilot.pause()
        assert outline.document is second
        assert [node.data for node in outline.root.children] == list(second.speeches)


async def test_opening_another_file_never_shows_its_text_beside_the_old_outline(
    speech_dir: Path,
) -> None:
    """Only the reader's first text (or one after a message) lets the outline follow a
    frame later; a file opened while another is shown changes both in the same frame."""
    app = make_app(speech_dir / "甲讲话.txt")
    frames: list[tuple[Document | None, list[Any]]] = []
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)

        def spy(screen: Any) -> None:
            if app.screen is app.main_screen:
                main = app.main_screen
                nodes = [node.data for node in main.outline.root.children]
                frames.append((main.reader.document, nodes))

        app.frame_listeners.append(spy)
        app.main_screen.open_file(speech_dir / "乙讲话.txt")
        await settle(app, pilot)
        assert app.main_screen.path == (speech_dir / "乙讲话.txt").resolve()
        shown = app.main_screen.reader.document
        assert shown is not None and frames and frames[-1][0] is shown
        for reader, outline in frames:  # the outline's speeches are those of the text shown
            assert reader is not None and outline == list(reader.speeches)


async def test_a_speech_jumped_to_shows_its_headings_in_the_outline() -> None:
    """At 80x24, } to a speech of 济源讲话三篇: its row stood on the outline's last line,
    its headings under the pane's edge. Now the rows under the highlighted one come into
    view too, as many as the pane holds, the highlighted row kept in view."""
    app = make_app(bundled_corpus_dir() / "济源讲话三篇.txt", language="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        await pilot.press("g")
        for _ in range(2):
            await pilot.press("right_curly_bracket")
            await pilot.pause()
            assert_outline_follows(app, "}")
            node = outline.cursor_node
            assert node is not None and node.children
            top = int(outline.scroll_offset.y)
            height = outline.scrollable_content_region.height
            rows = [node.line, *(child.line for child in node.children)]
            last = node.children[-1]
            while last.is_expanded and last.children:
                last = last.children[-1]
            if last.line - node.line < height:
                assert all(top <= row < top + height for row in rows), (top, height, rows)
            else:
                assert top == node.line, (top, node.line)
