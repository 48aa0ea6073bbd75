"""Keyword panel (K), keyword highlights (h), find bar (/, n/N, Esc) and kept highlight terms."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from tests.ui.conftest import screen_text, settle
from tui import ui_text
from tui.app import make_app
from tui.engine.model import Document, Heading
from tui.highlights import KEYWORD_STYLES, USER_STYLE, Highlights
from tui.jobs import keyword_feed, opening
from tui.screens.main import MainScreen
from tui.services import Background
from tui.state import data_dir
from tui.widgets.outline import OutlinePane

# Their helper processes load jieba: from the cache an earlier test built (conftest). The
# tests about the panel, the highlights and what a restart brings back compute the keywords
# on a thread of the test process (``keywords_on_a_thread``), as the helper's own tests
# (``test_services``: its keywords are the thread's) let them: each started a helper and
# loaded jieba in it for itself, 17-27 s of wall time each under load. The panel's first
# test and its loading test keep the real helper, as ``test_launch`` does.
pytestmark = pytest.mark.usefixtures("jieba_cache")


def outline_counts(screen: MainScreen) -> dict[int, int]:
    """The counts the outline shows in front of heading labels, by heading paragraph."""
    shown: dict[int, int] = {}
    for node in screen.outline.built_nodes():
        count = OutlinePane.count_in_label(node.label)
        if count and isinstance(node.data, Heading):
            shown[node.data.paragraph] = count
    return shown


async def keywords_ready(app, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the file load and the keyword workers (jieba load, keyword computing),
    which run once keywords were asked for (K, h)."""
    await settle(app, pilot)
    panel = app.main_screen.keyword_panel
    for _ in range(50):
        if panel.current_keywords():
            break
        await settle(app, pilot)
    await pilot.pause()


async def test_keyword_panel_lists_counts_and_chooses(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.main_screen
        assert not screen.keyword_panel.display
        await settle(app, pilot)
        panel = screen.keyword_panel
        assert not panel.computed  # nobody asked for keywords: none are computed
        assert not app.background.helper_running
        await pilot.press("K")
        await keywords_ready(app, pilot)
        assert panel.display and panel.options.has_focus
        top = panel.current_keywords()
        terms = [k.term for k in top]
        assert terms[0] == "营商环境"
        text = "\n".join(p.text for p in screen.reader.document.paragraphs)  # type: ignore[union-attr]
        assert top[0].count == text.count("营商环境")
        assert "我们" not in terms and "同志们" not in terms
        # Choosing a keyword finds it: n/N step through its occurrences with a count.
        await pilot.press("enter")
        await pilot.pause()
        reader = screen.reader
        assert reader.search_term == "营商环境"
        current, total = reader.search_status
        # The next occurrence after the cursor's sentence.
        assert current >= 1 and total == top[0].count
        assert "营商环境" in reader.sentence_text(reader.cursor)
        assert (
            screen.find_bar.is_open and str(screen.find_bar.status.render()) == f"{current}/{total}"
        )
        assert reader.has_focus
        first = reader.cursor
        await pilot.press("n")
        assert reader.search_status[0] == current + 1
        for _ in range(current + 1):
            await pilot.press("N")
        assert reader.search_status[0] == total  # wraps around
        for _ in range(current):
            await pilot.press("n")
        assert reader.search_status[0] == current and reader.cursor == first
        await pilot.press("K")
        assert not panel.display


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_h_highlights_top_keywords_each_in_its_colour(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.main_screen
        seen: list[str] = []
        screen.notify = lambda message, **_: seen.append(message)  # type: ignore[method-assign]
        await settle(app, pilot)
        await pilot.press("h")  # asks for the keywords: the highlights come with them
        assert seen == ["正在计算关键词，算好后自动高亮。"]
        await keywords_ready(app, pilot)
        terms = screen.reader.highlight_terms
        top = [k.term for k in screen.keyword_panel.current_keywords()[:10]]
        assert list(terms) == top
        assert terms[top[0]] == KEYWORD_STYLES[0] and terms[top[1]] == KEYWORD_STYLES[1]
        assert screen.keyword_highlights
        await pilot.press("h")
        assert screen.reader.highlight_terms == {}


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_user_highlight_terms_kept_across_runs(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await keywords_ready(app, pilot)
        await pilot.press("a")  # the first keyword becomes a highlight term
        await pilot.pause()
        assert app.main_screen.reader.highlight_terms == {"营商环境": USER_STYLE}
        assert "★" in str(app.main_screen.keyword_panel.options.get_option_at_index(0).prompt)
        # And from the find bar: / term Enter, then A.
        await pilot.press("slash", *"放管服", "enter", "A")
        await pilot.pause()
    stored = json.loads((data_dir() / "highlights.json").read_text(encoding="utf-8"))
    assert stored == {"terms": ["营商环境", "放管服"]}
    again = make_app(speech_dir / "甲讲话.txt")
    async with again.run_test(size=(140, 40)) as pilot:
        await settle(again, pilot)
        assert again.main_screen.reader.highlight_terms == {
            "营商环境": USER_STYLE,
            "放管服": USER_STYLE,
        }
        await pilot.press("slash", *"放管服", "enter", "A")  # A again removes it
    assert Highlights().terms() == ["营商环境"]


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_the_keyword_panel_h_and_the_search_are_back_after_a_restart(
    speech_dir: Path,
) -> None:
    """Positions, widths and the notebook's place came back after a restart, but the keyword
    panel (K), the top keywords' highlights (h) and the search were gone: each had to be
    asked for again, the keywords waited for again. They come back as left, the reader
    keeping the focus; closed and cleared, they stay so."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await keywords_ready(app, pilot)
        await pilot.press("h", "slash", *"放管服", "enter")
        await pilot.pause()
        top = [k.term for k in app.main_screen.keyword_panel.current_keywords()[:10]]
        total = app.main_screen.reader.search_status[1]
        assert total
        await pilot.press("q")
    again = make_app(speech_dir / "甲讲话.txt")
    async with again.run_test(size=(140, 40)) as pilot:
        await keywords_ready(again, pilot)
        screen = again.main_screen
        assert screen.keyword_panel.display and screen.reader.has_focus
        assert screen.keyword_highlights
        assert set(top) <= set(screen.reader.highlight_terms)
        assert screen.reader.search_term == "放管服" and screen.find_bar.is_open
        assert screen.find_bar.input.value == "放管服" and screen.reader.search_status[1] == total
        await pilot.press("K", "h", "escape", "q")
    third = make_app(speech_dir / "甲讲话.txt")
    async with third.run_test(size=(140, 40)) as pilot:
        await settle(third, pilot)
        screen = third.main_screen
        assert not screen.keyword_panel.display and not screen.keyword_highlights
        assert screen.reader.search_term is None and not screen.find_bar.is_open
        assert not screen.keyword_panel.computed  # nothing asked for the keywords


async def test_find_bar_incremental_counts_outline_and_escape(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.main_screen
        await settle(app, pilot)
        reader = screen.reader
        await pilot.press("n")  # nothing to find yet: says so, no crash, no move
        await pilot.press("slash")
        assert screen.find_bar.is_open and screen.find_bar.input.has_focus
        await pilot.press(*"营商")
        await pilot.pause()
        assert reader.search_term == "营商"
        total = reader.search_status[1]
        assert total > 3 and str(screen.find_bar.status.render()) == f"共 {total} 处"
        # The outline shows how many matches each section holds, where the pane shows it.
        assert outline_counts(screen) == reader.match_counts_by_heading() != {}
        outline = screen.outline
        node = next(n for n in outline.built_nodes() if OutlinePane.count_in_label(n.label))
        row = outline.render_line(node.line - int(outline.scroll_offset.y)).text
        assert f" {OutlinePane.count_in_label(node.label)} " in row
        await pilot.press(*"环境")
        await pilot.pause()
        assert reader.search_term == "营商环境" and reader.search_status[1] <= total
        await pilot.press("enter")
        start = reader.search_status[0]
        assert reader.has_focus and start >= 1
        await pilot.press("n", "n")
        assert str(screen.find_bar.status.render()) == f"{start + 2}/{reader.search_status[1]}"
        await pilot.press("N")
        assert reader.search_status[0] == start + 1
        await pilot.press("slash")
        assert screen.find_bar.input.value == "营商环境"
        await pilot.press("escape")
        await pilot.pause()
        assert reader.search_term is None and not screen.find_bar.is_open
        assert outline_counts(screen) == {}
        await pilot.press("slash", *"没有这个词")
        await pilot.pause()
        assert str(screen.find_bar.status.render()) == "无匹配"


async def test_escape_in_the_reader_drops_selection_then_ends_search(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.main_screen
        await settle(app, pilot)
        reader = screen.reader
        await pilot.press("slash", *"营商环境", "enter", "n")
        assert reader.has_focus and reader.search_status[0] >= 1
        await pilot.press("v", "j", "escape")  # first Esc: the selection only
        assert reader.selection is None and reader.search_term == "营商环境"
        assert screen.find_bar.is_open and outline_counts(screen)
        await pilot.press("escape")  # then the search: highlights, count, outline counts
        await pilot.pause()
        assert reader.search_term is None and reader.search_status == (0, 0)
        assert not screen.find_bar.is_open and outline_counts(screen) == {}
        assert reader.has_focus
        await pilot.press("n")  # nothing to step through any more
        assert reader.search_status == (0, 0)


async def test_keyword_panel_says_loading_before_jieba(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        panel = app.main_screen.keyword_panel
        await pilot.press("K")
        assert "加载中" in panel.heading.text  # jieba loads in a new helper process
        await keywords_ready(app, pilot)
        assert panel.ready and "加载中" not in panel.heading.text


async def test_jieba_waits_for_the_first_file(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """K while the first file is still being parsed: jieba is not loaded until the file
    shows (they would share a core, and a big file's outline would come later)."""
    loading = threading.Event()
    release = threading.Event()
    calls: list[bool] = []
    real_load = opening.load
    real_warm = keyword_feed.warm_keywords

    def slow_load(path: Path) -> Document:
        loading.set()
        release.wait(10)
        return real_load(path)

    def warm() -> None:
        calls.append(release.is_set())
        real_warm()

    monkeypatch.setattr(opening, "load", slow_load)
    monkeypatch.setattr(keyword_feed, "warm_keywords", warm)
    # Threads only, so that the patched functions are the ones that run.
    app = make_app(speech_dir / "甲讲话.txt", background=Background(processes=False))
    async with app.run_test(size=(140, 40)) as pilot:
        assert loading.wait(10)
        await pilot.press("K")
        await pilot.pause()
        assert calls == [] and app.main_screen.reader.document is None
        release.set()
        await keywords_ready(app, pilot)
        assert calls == [True] and app.main_screen.keyword_panel.ready


async def test_k_while_jieba_loads_says_so_once_in_the_panel(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """K before jieba is loaded: the panel, which K shows and focuses, says the keywords
    are loading; no notice says it a second time (it did, at the screen's corner)."""
    release = threading.Event()
    real_warm = keyword_feed.warm_keywords

    def warm() -> None:
        release.wait(10)
        real_warm()

    monkeypatch.setattr(keyword_feed, "warm_keywords", warm)
    # Threads only, so that the patched function is the one that runs.
    app = make_app(speech_dir / "甲讲话.txt", background=Background(processes=False))
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        said: list[str] = []
        screen.notify = lambda message, **_: said.append(message)  # type: ignore[method-assign]
        await pilot.press("K")
        await pilot.pause()
        panel = screen.keyword_panel
        try:
            assert panel.display and panel.options.has_focus and not panel.ready
            assert panel.heading.text == "关键词功能加载中…"
            assert said == []
        finally:
            release.set()
        await keywords_ready(app, pilot)
        assert panel.ready and panel.current_keywords() and said == []


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_hidden_panes_answer_keys_at_any_moment(speech_dir: Path) -> None:
    """The keyword panel and find bar are hidden until K and /, which work at any
    moment (even before the file is shown), and the panel gets the document."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(140, 40)) as pilot:
        screen = app.main_screen
        await pilot.press("K")
        assert screen.keyword_panel.parent is not None and screen.keyword_panel.display
        await pilot.press("K", "slash")
        assert screen.find_bar.is_open and screen.find_bar.parent is screen
        await keywords_ready(app, pilot)
        assert screen.keyword_panel.current_keywords()


TWO_SPEECHES = """在第一次会议上的讲话
同志们：
营商环境是土壤。
我们要努力工作。
在第二次会议上的讲话
同志们：
营商环境要更好。
"""


async def test_a_chosen_keyword_is_found_in_the_cursor_speech(tmp_path: Path) -> None:
    """Enter on a keyword jumped to the next speech when this one had no later occurrence."""
    from tui.screens import find as find_features

    path = tmp_path / "两篇.txt"
    path.write_text(TWO_SPEECHES, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        document = screen.reader.document
        assert document is not None and len(document.speeches) == 2
        first = document.speeches[0]
        last_body = max(
            i for i in range(first.first, first.end) if "努力" in document.paragraphs[i].text
        )
        screen.reader.move_cursor_to(last_body)
        find_features.keyword_chosen(screen, "营商环境")
        await pilot.pause()
        assert first.first <= screen.reader.cursor[0] < first.end
        assert "营商环境" in screen.reader.sentence_text(screen.reader.cursor)


def test_keyword_counts_line_up_when_a_term_is_latin() -> None:
    """Terms were padded with one full-width space per missing character, so "business"
    (8 cells) put its count 8 cells left of the Chinese terms' counts."""
    from rich.cells import cell_len

    from tui.engine.keywords import Keyword
    from tui.widgets.keywords import keyword_labels

    listed = [
        Keyword("营商环境", 110, 3.0),
        Keyword("business", 3, 2.0),
        Keyword("改革", 26, 1.5),
        Keyword("GDP", 4, 1.0),
    ]
    labels = keyword_labels(listed, {"改革"})
    counts = [label.plain.rstrip(" ★") for label in labels]
    assert [text.split()[-1] for text in counts] == ["110", "3", "26", "4"]
    assert len({cell_len(text) for text in counts}) == 1, counts
    assert labels[2].plain.endswith(" ★") and not labels[0].plain.endswith("★")


@pytest.mark.usefixtures("keywords_on_a_thread")
async def test_panel_keys_shown_as_the_footer_shows_them(speech_dir: Path) -> None:
    """The panel named its keys in plain text ("Enter 查找  a 高亮  K 关闭"), unlike the
    footer and the dialogs; now as they show keys ("⏎ 查找"), each key with its action."""
    from textual.binding import Binding

    from tui.widgets.keywords import HINTS

    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("K")
        await settle(app, pilot)
        app.clear_notifications()
        await pilot.pause()
        lines = screen_text(app).splitlines()
        for key, action in HINTS:
            shown = f" {app.get_key_display(Binding(key, ''))} {action} "
            assert any(shown in line for line in lines), (shown, lines[-8:])
        assert not any("Enter 查找" in line for line in lines)


@pytest.mark.usefixtures("keywords_on_a_thread")
@pytest.mark.parametrize("size", [(80, 24), (160, 45)])
async def test_the_keyword_lists_keys_are_named_once(
    speech_dir: Path, size: tuple[int, int]
) -> None:
    """Under the keyword list the panel names ⏎ 查找  a 高亮  K 关闭, and the key bar named
    ⏎ 查找 and a 加入/移出高亮词 again while the list had the focus (issue #18, seen in tmux
    at 80x24 and 160x45). The bar leaves them out there (``keys_named_here``), as the
    notebook's and the bookmark list's do; Enter still finds the keyword, and the reader's
    keys come back to the bar with the focus."""
    from tui.widgets.keybar import KeyBar

    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=size) as pilot:
        await pilot.press("K")
        await keywords_ready(app, pilot)
        screen = app.main_screen
        assert screen.keyword_panel.options.has_focus
        bar = screen.query_one(KeyBar)
        assert not {key for key, *_ in bar.entries} & {"enter", "a", "K"}, bar.entries
        rows = screen_text(app).splitlines()
        for said in (" 查找 ", "高亮"):
            assert said not in rows[-1], (size, rows[-1])
            assert sum(said in row for row in rows) == 1, (said, rows)
        assert rows[-1].rstrip().endswith(ui_text.KEY_PALETTE()), rows[-1]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.reader.search_term == screen.keyword_panel.current_keywords()[0].term
        assert screen.reader.has_focus
        assert {key for key, *_ in bar.entries} & {"n", "N"}  # the reader's keys
