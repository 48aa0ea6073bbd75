"""Snapshots of every screen and dialog, each in the default dark theme and a light one.

The documents are built by hand (tests/ui/conftest.py), not parsed, so the pictures show
the UI and do not change when the engine's heuristics do: ``fixed_parses`` is the one
place that says how a file becomes a document (and its speech count and keywords).
Clocks are fixed, cursors do not blink, notices (timed toasts) are cleared before each
picture, and a path drawn is a fixed text (``shown_as``), so the pictures are the same on
every run.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable, Collection, Iterator
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyperclip
import pytest
from textual.command import CommandList
from textual.pilot import Pilot
from textual.widgets import Input, TextArea

from tests.documents import build_document
from tests.ui.conftest import (
    FakeClipboard,
    open_palette,
    palette_lists,
    sample_document,
    settle,
    until,
)
from tui.app import SpeechReaderApp, make_app
from tui.engine.keywords import Keyword
from tui.engine.model import Document
from tui.formats import FormatKind
from tui.widgets.status import StatusLine
from tui.widgets.toasts import KinsokuToast

SnapCompare = Callable[..., bool]
WIDE = (120, 36)
NARROW = (80, 24)


@pytest.fixture(params=["textual-dark", "textual-light"], ids=["dark", "light"])
def theme(request: pytest.FixtureRequest) -> str:
    """Every picture in the default dark theme and in a light theme."""
    return str(request.param)


def app_for(path: Path, theme: str) -> SpeechReaderApp:
    """The app as the command line builds it, in ``theme`` from the first frame."""
    app = make_app(path)
    app.theme = theme
    return app


# ---------------------------------------------------------------------- fixed parses and clocks


def file_text(document: Document) -> str:
    """A file whose lines are the document's paragraphs (build_document gives one line
    each), so corpus search's raw hits fall on the right paragraphs."""
    return "".join(paragraph.text + "\n" for paragraph in document.paragraphs)


def fixed_keywords(document: Document) -> list[list[Keyword]]:
    """The same keywords for every speech of every run (jieba is not asked)."""
    terms = [
        ("营商环境", 24),
        ("生产力", 12),
        ("问题导向", 12),
        ("深化改革", 12),
        ("企业", 12),
        ("土壤", 12),
        ("讲清楚", 3),
        ("细分", 3),
    ]
    return [
        [
            Keyword(term, count + speech.index, float(len(terms) - rank))
            for rank, (term, count) in enumerate(terms)
        ]
        for speech in document.speeches
    ]


class FixedParses:
    """The folder the app opens, and the fixed document of each speech file in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.documents: dict[Path, Document] = {}

    def add(self, name: str, document: Document) -> Path:
        """Write ``name`` (the document's text) and make ``document`` its parse."""
        path = self.folder / name
        path.write_text(file_text(document), encoding="utf-8")
        self.documents[path.resolve()] = document
        return path


@pytest.fixture
def fixed_parses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FixedParses:
    """The one fixture that decides how files are loaded, counted and given keywords.

    A file added with ``FixedParses.add`` parses to its hand-built document: in the
    reader (``tui.jobs.opening.load``), in corpus search and the index (``tui.engine.load_document``
    through ``doccache.cached_document``) and in the file tree's speech counts. Any other
    file (the binary one) goes through the real engine. Keywords are a fixed list, worked
    out on a thread (no helper process: the patches hold in this process only). The
    tree's counting is left to ``_ready`` (not a 1.5 s timer), so it is always done; the
    folder is indexed only when a test asks.
    """
    import tui.engine
    from tui.engine import doccache
    from tui.jobs import tree_counts
    from tui.services import Background

    folder = tmp_path / "speeches"
    folder.mkdir()
    parses = FixedParses(folder)
    real_load = tui.engine.load_document
    real_count = tree_counts.speeches_and_kind

    def load(path: Path) -> Document:
        document = parses.documents.get(Path(path).resolve())
        return document if document is not None else real_load(path)

    def count(path: Path) -> tuple[int, FormatKind]:
        document = parses.documents.get(Path(path).resolve())
        if document is None:
            return real_count(path)
        return len(document.speeches), document.content_kind

    async def keywords(
        service: Background, path: Path, document: Document, top: int, **early: object
    ) -> list[list[Keyword]]:
        return fixed_keywords(document)

    monkeypatch.setattr("tui.jobs.opening.load", load)
    monkeypatch.setattr("tui.engine.load_document", load)
    monkeypatch.setattr("tui.jobs.tree_counts.speeches_and_kind", count)
    monkeypatch.setattr("tui.jobs.keyword_feed.warm_keywords", lambda: None)
    monkeypatch.setattr("tui.jobs.keyword_feed.helper_keywords", keywords)
    monkeypatch.setattr("tui.jobs.keyword_feed.prioritised_keywords", keywords)
    monkeypatch.setattr("tui.app.Background", lambda: Background(processes=False))
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    # Indexed only when a test asks (``update_index``): the timer would start the indexing
    # at a time set by the machine's load, beside a search whose first results it changes.
    monkeypatch.setattr("tui.screens.main.INDEX_DELAY", 1e6)
    doccache.clear_caches()
    return parses


@pytest.fixture
def fixed_file(fixed_parses: FixedParses) -> Path:
    """A folder "speeches" with one file whose parse is the fixed sample document."""
    return fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))


class _FixedDatetime(datetime):
    @classmethod
    def now(cls, tz: Any = None) -> _FixedDatetime:
        # Naive: the notebook stamps it in the local zone, the shown wall time stays 14:03.
        return cls(2024, 5, 1, 14, 3, 0)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Bookmarks and quotes are stamped 2024-05-01 14:03 on every run."""
    monkeypatch.setattr("tui.notebook_records.datetime", _FixedDatetime)
    monkeypatch.setattr("tui.session.time", SimpleNamespace(strftime=lambda _: "2024-05-01 14:03"))


@pytest.fixture(autouse=True)
def _clipboard_faked(clipboard: FakeClipboard) -> FakeClipboard:
    """The system clipboard is always faked here (it works unless a test says otherwise)."""
    return clipboard


@pytest.fixture(autouse=True)
def shown_as(monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """Paths of a test's own temporary folders, each drawn as a fixed text where the
    status line or a notice names it: a test adds ``shown_as[str(real)] = fixed``. So a
    picture that shows a path is the same on every run, and no two runs (or two workers)
    share a folder."""
    shown: dict[str, str] = {}
    update = StatusLine.update_status

    def fixed(
        status: StatusLine,
        crumbs: tuple[str, ...],
        percent: int | None,
        heads: tuple[str, ...] = (),
    ) -> None:
        update(status, tuple(_shown(crumb, shown) for crumb in crumbs), percent, heads)

    monkeypatch.setattr(StatusLine, "update_status", fixed)
    return shown


def _shown(text: str, shown: dict[str, str]) -> str:
    """``text`` with each real path of ``shown`` replaced by its fixed text."""
    for real, fixed in shown.items():
        text = text.replace(real, fixed)
    return text


@pytest.fixture(autouse=True)
def lasting_notices(monkeypatch: pytest.MonkeyPatch, shown_as: dict[str, str]) -> None:
    """Notices stay until the script clears them or the picture is taken: their own timers
    (2-8 s; "已添加书签" 2 s) took one away before the picture in a slow run and not in a
    quick one. The time a notice stays is not drawn. Paths in them are shown as
    ``shown_as`` says."""
    notify = SpeechReaderApp.notify

    def lasting(app: SpeechReaderApp, message: str, **options: Any) -> None:
        notify(app, _shown(message, shown_as), **{**options, "timeout": 3600})

    monkeypatch.setattr(SpeechReaderApp, "notify", lasting)


@pytest.fixture
def no_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """No system clipboard (no copy mechanism) and no terminal to take OSC 52."""

    def copy(text: str) -> None:
        raise pyperclip.PyperclipException("Pyperclip could not find a copy/paste mechanism")

    monkeypatch.setattr(pyperclip, "copy", copy)
    monkeypatch.setattr("tui.clipboard.osc52_sender", lambda app: lambda text: False)


# ---------------------------------------------------------------------- waiting


async def _ready(pilot: Pilot[Any]) -> None:
    """Wait for the load and the tree's speech counts, then make every line count exact
    now (not on the 0.3 s timer), so the scrollbar is the same in every run."""
    app = pilot.app
    assert isinstance(app, SpeechReaderApp)
    await settle(app, pilot)
    screen = app.main_screen
    if screen.folder_work_started:  # what the COUNT_DELAY timer does, done now and waited for
        screen.count_speeches()
    screen.reader.wrap_all_now()
    await settle(app, pilot)


async def _until(pilot: Pilot[Any], done: Callable[[], bool], what: str) -> None:
    """Let the app run until ``done()`` (a state, not a time), failing after 200 rounds."""
    for _ in range(200):
        if done():
            return
        await settle(pilot.app, pilot)
    raise AssertionError(f"never happened: {what}")


async def _still(pilot: Pilot[Any], keep_notices: bool = False, held: Collection[str] = ()) -> None:
    """Settle (but for the workers named in ``held``), drop the notices (toasts vanish on
    a timer) unless ``keep_notices``, and stop cursors blinking.

    A TextArea keeps the lines it has drawn under a key that tells a cursor in the off
    half of a blink from one shown only while blinking is on: a line drawn in the off half
    (the 0.5 s timer reached before this, in a slow run) would come back, cursor-less,
    once blinking stops. ``notify_style_update`` drops the kept lines, so the box is
    drawn anew with its cursor (test_edit_quote_dialog_after_a_blink)."""
    app = pilot.app
    await settle(app, pilot, held)
    if not keep_notices:
        app.clear_notifications()
    for widget in app.screen.query("*"):
        if isinstance(widget, (Input, TextArea)):
            widget.cursor_blink = False
        if isinstance(widget, TextArea):
            widget.notify_style_update()
            widget.refresh()
    await pilot.pause()


def _script(
    *keys: str,
    then: Callable[[Pilot[Any]], Awaitable[None]] | None = None,
    keep_notices: bool = False,
) -> Any:
    """A ``run_before``: wait for the file, press ``keys`` one by one, settle, freeze. With
    ``keep_notices`` the notices of the last step (``then``) stay in the picture (the
    earlier ones are cleared before it).

    The notices of each key are cleared before the next key, while the screen that shows
    them is the current one: ``clear_notifications`` updates the current screen only, so a
    notice left on the main screen under a dialog the next key opens would stay in the
    picture until its own timer (5 s) takes it away, which a slow run reaches and a quick
    one does not (the notebook pictures differed under load that way).
    """

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        for key in keys:
            await _cleared(pilot)
            await pilot.press(key)  # waits for the key's handling; the next step settles
        await _ready(pilot)
        if keep_notices:
            await _cleared(pilot)
        if then is not None:
            await then(pilot)
        await _still(pilot, keep_notices)

    return run_before


async def _cleared(pilot: Pilot[Any]) -> None:
    """Settle, then take the notices shown so far off the current screen (no pause after
    it: ``clear_notifications`` queues the toasts' removal on the app, and what comes next,
    a key or the last settle, queues behind it)."""
    await settle(pilot.app, pilot)
    pilot.app.clear_notifications()


def _press(*keys: str) -> Callable[[Pilot[Any]], Awaitable[None]]:
    """Press ``keys`` after the notices of the earlier keys are cleared (they would show on
    the new screen too, and go on a timer)."""

    async def then(pilot: Pilot[Any]) -> None:
        await _cleared(pilot)
        await pilot.press(*keys)

    return then


# ---------------------------------------------------------------------- the main screen


def test_wide_layout_after_heading_jumps(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """Three panes at 120×36: the second heading at the top, outline and status following it."""
    run_before = _script("right_square_bracket", "right_square_bracket", "j")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_narrow_layout_hides_file_tree(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """At 80×24 the file tree hides itself; outline and reader share the width."""
    run_before = _script("right_curly_bracket")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=NARROW, run_before=run_before)


def test_100_columns_hide_the_file_tree(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """At 100×30 the file tree hides itself (``NARROW``, 120): with it the reader got about
    40 cells beside the tree and the outline (newuser15). The outline keeps its 32 cells
    (it narrows to 24 only below ``SLIM``, 100), the reader about 66."""
    assert snap_compare(app_for(fixed_file, theme), terminal_size=(100, 30), run_before=_script())


def test_keyword_panel(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """K shows the keyword panel at the right, focused: the first speech's keywords with counts."""
    run_before = _script("K")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_find_bar_with_matches(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """/ and a term: every match highlighted in the reader, counts in the bar and the outline."""
    run_before = _script("slash", *"生产力")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_search_active_at_120_by_35(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """/, a term and Enter at 120×35: the search is on, the reader has the keys, and the key
    bar lists ``n``/``N`` (its entries one space apart to make room; other keys give way
    first): the keys before them pushed them out (the speechwriter's ui22)."""
    run_before = _script("slash", *"生产力", "enter")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=(120, 35), run_before=run_before)


def test_selection(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """v then j j on a body paragraph: its first three sentences selected, the cursor on the last."""
    run_before = _script("right_square_bracket", "j", "j", "v", "j", "j")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_noise_shown_dimmed(
    snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str
) -> None:
    """z: the page number, running header and ad hidden as noise, shown in place in the
    theme's muted colour, and the notice saying so."""
    body = "营商环境是企业生存发展的土壤，优化营商环境就是解放生产力、提高竞争力。"
    document = build_document(
        [
            (
                "在全市优化营商环境大会上的讲话",
                [
                    ("noise", "更多范文请关注公众号"),
                    ("salutation", "同志们："),
                    ("body", "今天召开大会。" + body),
                    ("noise", "- 1 -"),
                    ("noise", "领导讲话稿汇编"),
                    ("body", "我们要坚持问题导向。" + body),
                    ("h1", "一、深化改革。"),
                    ("body", "改革要落地见效。" + body),
                ],
            )
        ]
    )
    path = fixed_parses.add("页眉讲话.txt", document)
    run_before = _script(then=_press("z"), keep_notices=True)
    assert snap_compare(app_for(path, theme), terminal_size=NARROW, run_before=run_before)


def test_bad_file_message(snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str) -> None:
    """A binary .txt: the reader says why it cannot show it, the outline that it cannot."""
    fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    bad = fixed_parses.folder / "损坏的文件.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    assert snap_compare(app_for(bad, theme), terminal_size=WIDE, run_before=_script())


# ---------------------------------------------------------------------- modal screens


def test_help_screen(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """The help screen lists the keys, generated from the bindings; the bar at the foot is
    the help's own (close, scroll, page), not the main screen's."""
    run_before = _script("question_mark")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=(100, 36), run_before=run_before)


def test_help_screen_end(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """End in the help screen: its last part, the keys of other places (the dialogs, and
    the keys Textual's own trees bind)."""
    run_before = _script("question_mark", then=_press("end"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=(100, 36), run_before=run_before)


def test_maximized_reader(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """最大化当前窗格 from the palette with the reader focused: the reader alone on the
    whole screen (no other pane, no status line), at the place it was; the key bar stays,
    beginning with esc 还原窗格, without the keys of the hidden panes (^b, ^o)."""

    async def maximize(pilot: Pilot[Any]) -> None:
        await _cleared(pilot)
        await open_palette(pilot, "最大化")
        await palette_lists(pilot.app, pilot, "最大化")
        await pilot.press("enter")

    run_before = _script("right_square_bracket", then=maximize)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_bookmarks_list(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """' lists the two bookmarks made with m, newest first, with file, line, text and time."""
    keys = ("right_square_bracket", "j", "m", "j", "j", "m")
    run_before = _script(*keys, then=_press("apostrophe"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_notebook(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """ctrl+n lists the two quotes copied with y, newest first, with citation, file, line and time."""
    keys = ("right_square_bracket", "j", "y", "j", "j", "y")
    run_before = _script(*keys, then=_press("ctrl+n"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_edit_quote_dialog(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """r in the notebook: the quote's text in an editable box, its hint and keys (newuser17)."""
    keys = ("right_square_bracket", "j", "y")
    run_before = _script(*keys, then=_press("ctrl+n", "r"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def _cursor_drawn(area: TextArea) -> bool:
    """Whether the box's cursor line, drawn now (as the screen draws it, through the
    box's cache of drawn lines), shows the cursor's cell."""
    x, y = area.cursor_screen_offset - area.content_region.offset
    strip = area.render_line(y).crop(x, x + 1)
    cursor = area.get_component_rich_style("text-area--cursor")
    return any(segment.style == cursor for segment in strip)


async def _cursor_blinked_off(pilot: Pilot[Any]) -> None:
    """Let the edit box's blink timer (0.5 s) turn its cursor off and the line be drawn
    so, as happens when the picture comes late under load."""
    area = pilot.app.screen.query_one(TextArea)
    await until(pilot, lambda: not _cursor_drawn(area), "the cursor blinked off", seconds=10)


def test_edit_quote_dialog_after_a_blink(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """The edit box's picture (the same as test_edit_quote_dialog's) when its cursor had
    blinked off before blinking was stopped: TextArea keeps the lines it drew by a key
    that does not tell that off half from a cursor that does not blink, so ``_still``
    drops them (a full check under load drew the box without its cursor once)."""

    async def then(pilot: Pilot[Any]) -> None:
        await _press("ctrl+n", "r")(pilot)
        await _cursor_blinked_off(pilot)

    run_before = _script("right_square_bracket", "j", "y", then=then)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_quote_dialog_without_clipboard(
    snap_compare: SnapCompare, fixed_file: Path, no_clipboard: None, theme: str
) -> None:
    """With no clipboard at all, Y shows the cited paragraph, all selected, in a copy-by-hand dialog."""
    run_before = _script("right_square_bracket", "j", "j", "Y")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def _corpus_search_files(fixed_parses: FixedParses) -> Path:
    """Two files holding 讲清楚 for the corpus search pictures; the first one's path."""
    main = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    fixed_parses.add(
        "项目建设推进会讲话.txt",
        build_document(
            [
                (
                    "在全市项目建设推进会上的讲话",
                    [
                        ("salutation", "同志们："),
                        ("h1", "一、抓项目就是抓发展。要讲清楚。"),
                        ("body", "项目是发展的生命线。这个道理要讲清楚，更要做扎实。"),
                        ("h1", "二、优化服务保障。"),
                        ("body", "各部门要主动靠前服务，把政策讲清楚、讲透彻。"),
                    ],
                ),
            ]
        ),
    )
    return main


async def _search_indexed(pilot: Pilot[Any], query: str) -> None:
    """ctrl+f, then ``query`` and Enter once the search screen is open and the folder's
    indexing (begun as it opens) has ended: a search that starts before scans the file and
    its status says so ("1 个文件尚未建立索引，已逐个搜索"), and keys sent before the screen
    is pushed go to the screen beneath (both found by the race finder, 2 ms idle step)."""
    from tui.screens.corpus_search import CorpusSearchScreen

    app = pilot.app
    await pilot.press("ctrl+f")
    await settle(app, pilot)  # the indexing's worker
    await _until(
        pilot,
        lambda: isinstance(app.screen, CorpusSearchScreen) and app.screen.input.has_focus,
        "the search screen open, its query box focused",
    )
    await pilot.press(*query, "enter")


async def _search_for_it(pilot: Pilot[Any]) -> None:
    """ctrl+f 讲清楚 Enter, until the files' matches are placed."""
    from tui.screens.corpus_search import CorpusSearchScreen

    await _search_indexed(pilot, "讲清楚")
    screen = pilot.app.screen
    assert isinstance(screen, CorpusSearchScreen)

    def placed() -> bool:
        children = screen.results.root.children
        return (
            screen.done
            and bool(children)
            and all(
                node.is_expanded and node.children and node.children[0].data is not None
                for node in children
            )
        )

    await _until(pilot, placed, "the files' matches placed")


def test_corpus_search(snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str) -> None:
    """ctrl+f and a term: the files holding it, counts, the first files' matches by speech and section."""
    main = _corpus_search_files(fixed_parses)
    run_before = _script(then=_search_for_it)
    assert snap_compare(app_for(main, theme), terminal_size=WIDE, run_before=run_before)


def test_corpus_search_narrow_on_a_file(
    snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str
) -> None:
    """The same at 80 columns, the cursor on a file's row (it folds): the key bar keeps
    ``esc 返回`` and ``q 退出`` after ``⏎ 打开`` and ``space 展开/折叠`` (``^f`` left out)."""
    main = _corpus_search_files(fixed_parses)

    async def on_a_file(pilot: Pilot[Any]) -> None:
        from tui.screens.corpus_search import CorpusSearchScreen
        from tui.widgets.keybar import KeyBar

        await _search_for_it(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, CorpusSearchScreen)
        screen.results.move_cursor(screen.results.root.children[0])
        bar = screen.query_one(KeyBar)
        await _until(pilot, lambda: any(e[0] == "space" for e in bar.entries), "space listed")

    run_before = _script(then=on_a_file)
    assert snap_compare(app_for(main, theme), terminal_size=NARROW, run_before=run_before)


async def _palette_query(pilot: Pilot[Any]) -> None:
    """ctrl+p and 第2部分, until the palette's list is shown."""
    await open_palette(pilot, "第2部分")
    await _until(
        pilot,
        lambda: bool(pilot.app.screen.query("CommandList.--visible")),
        "the palette's list shown",
    )


def test_command_palette(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """ctrl+p and a query: headings to jump to and copy, ranked, the query's letters marked."""
    run_before = _script(then=_palette_query)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


# ---------------------------------------------------------------------- more states and dialogs


def test_bookmarks_list_after_delete(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """d in the bookmarks list: one bookmark left, and the notice that u undoes it."""
    keys = ("right_square_bracket", "j", "m", "j", "j", "m", "apostrophe")
    run_before = _script(*keys, then=_press("d"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_keyword_highlights(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """h before any keyword was worked out: the notice says they are being computed and
    will be highlighted; once they come, the speech's top keywords are highlighted in the
    reader, each in its own colour."""
    run_before = _script(then=_press("h"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_find_bar_without_a_match(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """/ and a term the file does not hold, then Enter: nothing highlighted, the bar and a
    notice say there is no such text."""
    run_before = _script("slash", *"不存在的词", then=_press("enter"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_notebook_after_delete(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """d in the notebook: one quote left, and the notice that u undoes it."""
    keys = ("right_square_bracket", "j", "y", "j", "j", "y", "ctrl+n")
    run_before = _script(*keys, then=_press("d"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_notebook_after_undo(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """d then u in the notebook: both quotes back, and the notice saying so."""
    keys = ("right_square_bracket", "j", "y", "j", "j", "y", "ctrl+n", "d")
    run_before = _script(*keys, then=_press("u"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_quote_dialog_with_clipboard(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """t in the notebook (the clipboard works): the quote, formatted, all selected to copy."""
    keys = ("right_square_bracket", "j", "j", "y", "ctrl+n")
    run_before = _script(*keys, then=_press("t"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


SHOWN_HOME = "/tmp/speech-reader-snapshot-home-is-a-file"
"""The state folder's path as the pictures of a state that cannot be saved show it."""


def test_state_that_cannot_be_saved(
    snap_compare: SnapCompare,
    fixed_file: Path,
    theme: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_as: dict[str, str],
) -> None:
    """m when the state folder is a file: the bookmark is kept for this run; one notice,
    naming that file, says that the bookmarks and all else under it (the reading position)
    cannot be saved (two notices stood one over the other before, taller than 80x24). The file is
    the test's own (two runs at once shared a fixed one); the notices name it by the fixed
    path ``SHOWN_HOME``, so the picture is the same on every run."""
    home = tmp_path / "speech-reader-snapshot-home-is-a-file"
    home.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("SPEECH_READER_HOME", str(home))
    shown_as[str(home)] = SHOWN_HOME
    monkeypatch.setattr("tui.screens.main.SAVE_DELAY", 1e6)  # the position is saved below

    async def mark_and_save(pilot: Pilot[Any]) -> None:
        await pilot.press("m")
        pilot.app.main_screen.save_session()  # type: ignore[attr-defined]

    run_before = _script("right_square_bracket", then=mark_and_save, keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_folder_with_problems(
    snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str
) -> None:
    """A FIFO named like a speech: the file pane leaves it out, one notice says so."""
    import os

    main = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    os.mkfifo(fixed_parses.folder / "管道.txt")

    async def index(pilot: Pilot[Any]) -> None:
        screen = pilot.app.main_screen  # type: ignore[attr-defined]
        screen.update_index()

        def told() -> bool:
            return any("没有列出" in toast.render().plain for toast in screen.query(KinsokuToast))

        await _until(pilot, told, "the folder's problems told")

    run_before = _script(then=index, keep_notices=True)
    assert snap_compare(app_for(main, theme), terminal_size=WIDE, run_before=run_before)


def test_empty_folder(
    snap_compare: SnapCompare,
    fixed_parses: FixedParses,
    theme: str,
    tmp_path: Path,
    shown_as: dict[str, str],
) -> None:
    """A folder without speech files: the reader says so, outline and tree are empty, and
    the key bar offers only keys that do something (file pane, bookmarks list, help, quit,
    palette: no reading, outline or bookmark keys). The status line names the folder (the
    test's own, shown as a fixed path, so the picture is the same)."""
    folder = tmp_path / "speech-reader-snapshot-empty" / "speeches"
    (folder / "2023").mkdir(parents=True)
    (folder / "说明.pdf.bak").write_text("不是讲话稿", encoding="utf-8")
    shown_as[str(folder.resolve())] = "/tmp/speech-reader-snapshot-empty/speeches"
    assert snap_compare(app_for(folder, theme), terminal_size=WIDE, run_before=_script())


def test_long_file_names_cut(
    snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str
) -> None:
    """Names longer than the pane end in "…" right after the last character that fits,
    and keep their speech counts in view."""
    main = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    for name in (
        "在全市优化营商环境暨招商引资工作大会上的讲话.txt",
        "在全市项目建设推进会上的讲话（2024年3月）.txt",
        "关于深化放管服改革 优化营商环境的讲话稿.txt",
        "Speech at the investment promotion conference.txt",
    ):
        fixed_parses.add(name, sample_document(sections=1, body=1))
    assert snap_compare(app_for(main, theme), terminal_size=WIDE, run_before=_script())


def test_empty_bookmarks_list(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """' with no bookmark yet: the list says how to make one."""
    run_before = _script(then=_press("apostrophe"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_empty_notebook(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """ctrl+n with nothing copied yet: the notebook says how quotes get into it."""
    run_before = _script(then=_press("ctrl+n"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def _lists(pilot: Pilot[Any], text: str) -> bool:
    shown = pilot.app.screen.query("CommandList.--visible").results(CommandList)
    return any(text in str(option.prompt) for found in shown for option in found.options)


async def _theme_pick(pilot: Pilot[Any]) -> None:
    """切换主题 from the palette, until the themes are listed."""
    await open_palette(pilot, "切换主题")
    # Listed and the palette's search ended (its worker): Enter on a list still being
    # filled chose whatever was first then (the race finder, 2 ms idle step).
    await palette_lists(pilot.app, pilot, "切换主题")
    await pilot.press("enter")
    await _until(pilot, lambda: _lists(pilot, "nord"), "the themes listed")


def test_theme_picker(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """切换主题 in the palette: every theme to choose from, in a list under the search field."""
    run_before = _script(then=_theme_pick)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


# ---------------------------------------------------------------------- waiting states and notices


async def _until_shown(
    pilot: Pilot[Any], done: Callable[[], bool], what: str, held: Collection[str]
) -> None:
    """As ``_until``, while the workers named in ``held`` are held (not waited for)."""
    for _ in range(200):
        if done():
            return
        await settle(pilot.app, pilot, held)
    raise AssertionError(f"never happened: {what}")


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """An event a held job waits for (at most 10 s); set when the test ends, so the job's
    thread ends with it."""
    event = threading.Event()
    yield event
    event.set()


def test_export_prompt(
    snap_compare: SnapCompare, fixed_file: Path, theme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """e in the notebook: the export prompt under the quotes, proposing 摘录本.md in the
    documents folder (a fixed folder here, so the picture is the same)."""
    monkeypatch.setattr("tui.notebook.export_dir", lambda: Path("/home/读者/文档"))
    keys = ("right_square_bracket", "j", "y", "j", "j", "y")
    run_before = _script(*keys, then=_press("ctrl+n", "e"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_export_asks_before_overwriting(
    snap_compare: SnapCompare,
    fixed_file: Path,
    theme: str,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """e in the notebook, the name of a file that exists typed over the proposed path, then
    Enter: nothing is written; a warning says it would be overwritten and that Enter again
    exports anyway (a relative name in a fixed working folder, so the picture is the same)."""
    monkeypatch.setattr("tui.notebook.export_dir", lambda: Path("/home/读者/文档"))
    here = tmp_path / "工作"
    here.mkdir()
    (here / "旧摘录.md").write_text("旧的内容\n", encoding="utf-8")
    monkeypatch.chdir(here)
    keys = ("right_square_bracket", "j", "y", "j", "j", "y", "ctrl+n", "e", "home", "ctrl+k")
    run_before = _script(*keys, then=_press(*"旧摘录.md", "enter"), keep_notices=True)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)
    assert (here / "旧摘录.md").read_text(encoding="utf-8") == "旧的内容\n"


def test_file_being_read(
    snap_compare: SnapCompare,
    fixed_parses: FixedParses,
    theme: str,
    release: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A file still being read: the reader and the status line name it and say it is being
    read, the outline is empty."""
    from tui.jobs import opening

    path = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    loaded = opening.load  # the fixed parse, held until the picture is taken

    def held(target: Path) -> Document:
        release.wait(10)
        return loaded(target)

    monkeypatch.setattr(opening, "load", held)

    async def run_before(pilot: Pilot[Any]) -> None:
        screen = pilot.app.main_screen  # type: ignore[attr-defined]
        await _until_shown(
            pilot, lambda: "正在" in screen.reader.message, "the reading told", ("_load",)
        )
        await _still(pilot, held=("_load",))

    assert snap_compare(app_for(path, theme), terminal_size=WIDE, run_before=run_before)


def test_keyword_panel_while_jieba_loads(
    snap_compare: SnapCompare,
    fixed_file: Path,
    theme: str,
    release: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """K before jieba is loaded: the panel says keywords are loading, and lists nothing."""
    from tui.ui_text import KEYWORDS_LOADING

    LOADING = KEYWORDS_LOADING.zh

    monkeypatch.setattr("tui.jobs.keyword_feed.warm_keywords", lambda: release.wait(10))

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await pilot.press("K")
        panel = pilot.app.main_screen.keyword_panel  # type: ignore[attr-defined]
        await _until_shown(
            pilot,
            lambda: panel.wanted and str(panel.heading.render()) == LOADING,
            "the panel waiting for jieba",
            ("_compute",),
        )
        await _still(pilot, held=("_compute",))

    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


@pytest.fixture
def fixed_home(
    theme: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shown_as: dict[str, str]
) -> Path:
    """The test's own state folder, shown as a fixed path (one per theme, as the pictures
    were taken), for pictures that show a state file's path; the setting-aside stamp is
    fixed too."""
    import time

    home = tmp_path / f"speech-reader-snapshot-home-{theme}"
    monkeypatch.setenv("SPEECH_READER_HOME", str(home))
    shown_as[str(home)] = f"/tmp/speech-reader-snapshot-home-{theme}"
    clock = SimpleNamespace(**vars(time))
    clock.strftime = lambda _: "20240501-140300"
    monkeypatch.setattr("tui.state.time", clock)
    return home


def test_state_file_set_aside(
    snap_compare: SnapCompare, fixed_file: Path, theme: str, fixed_home: Path
) -> None:
    """A bookmarks file that is not a list: the notice says it was set aside (where to)
    and that the app starts without it."""
    state = fixed_home / "state"
    state.mkdir(parents=True)
    (state / "bookmarks.json").write_text('"不是列表"', encoding="utf-8")

    async def told(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await _still(pilot, keep_notices=True)

    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=told)


def test_corpus_search_without_a_hit(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """ctrl+f and a term no file holds: the status says nothing was found, and the query
    is selected for the next one."""

    async def search(pilot: Pilot[Any]) -> None:
        from tui.screens.corpus_search import CorpusSearchScreen

        await _search_indexed(pilot, "不存在的词")
        screen = pilot.app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await _until(pilot, lambda: screen.done, "the search done")

    run_before = _script(then=search)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_corpus_search_while_indexing(
    snap_compare: SnapCompare,
    fixed_parses: FixedParses,
    theme: str,
    release: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search while the folder is being indexed (1 of 2 files done, held there): the
    files found by scanning, and the indexing's progress on the status line."""
    from tui.jobs import index_sync

    main = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    fixed_parses.add("项目建设讲话.txt", sample_document(sections=1, body=2))
    real_index = index_sync.index_in_helper

    def held_index(background: Any, index: Any, root: Path, progress: Any, **kwargs: Any) -> Any:
        progress(1, 2)
        cancelled = kwargs.get("cancelled") or (lambda: False)
        for _ in range(1000):  # until the test ends, or the app does (its worker cancelled)
            if release.wait(0.01) or cancelled():
                break
        return real_index(background, index, root, progress, **kwargs)

    monkeypatch.setattr(index_sync, "index_in_helper", held_index)

    async def search(pilot: Pilot[Any]) -> None:
        main_screen = pilot.app.main_screen  # type: ignore[attr-defined]
        main_screen.update_index()
        await _until_shown(
            pilot,
            lambda: main_screen.index_progress() == (1, 2),
            "the indexing under way",
            ("index_folder",),
        )
        from tui.screens.corpus_search import CorpusSearchScreen

        await pilot.press("ctrl+f", *"生产力", "enter")
        screen = pilot.app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await _until_shown(
            pilot,
            lambda: screen.done and "建立索引" in str(screen.status.render()),
            "the search done, the indexing told",
            ("index_folder",),
        )

    async def run_before(pilot: Pilot[Any]) -> None:
        await _ready(pilot)
        await search(pilot)
        await _still(pilot, held=("index_folder",))

    assert snap_compare(app_for(main, theme), terminal_size=WIDE, run_before=run_before)


def test_corpus_search_opened(
    snap_compare: SnapCompare,
    fixed_file: Path,
    theme: str,
    monkeypatch: pytest.MonkeyPatch,
    shown_as: dict[str, str],
) -> None:
    """ctrl+f with nothing typed yet: the query box with its placeholder, focused, and the
    status line saying which folder is searched (the test's own, shown as a fixed path);
    no results."""
    from tui.screens import corpus_search

    located = corpus_search.display_location
    shown_as[str(fixed_file.parent.resolve())] = "/tmp/speech-reader-snapshot/speeches"
    monkeypatch.setattr(
        corpus_search, "display_location", lambda path: _shown(located(path), shown_as)
    )

    async def opened(pilot: Pilot[Any]) -> None:
        from tui.screens.corpus_search import CorpusSearchScreen

        await pilot.press("ctrl+f")
        await _until(
            pilot,
            lambda: (
                isinstance(pilot.app.screen, CorpusSearchScreen)
                and pilot.app.screen.input.has_focus
                # the folder's indexing, begun as the screen opens, has ended: its
                # progress ("［建立索引：1/1 个文件］") was drawn or not by chance
                and "建立索引" not in str(pilot.app.screen.status.render())
            ),
            "the search screen open, its query box focused, the folder indexed",
        )

    run_before = _script(then=opened)
    assert snap_compare(app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before)


def test_corpus_search_in_a_folder_not_indexed(
    snap_compare: SnapCompare,
    fixed_parses: FixedParses,
    theme: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A search in a folder of more speech files than are indexed without asking (the
    limit lowered to 1 here): the files found by scanning, and the status line saying why
    there is no index and that F5 builds one (at 120 columns on a line of its own, whole:
    it was broken inside, '［文件夹内讲话稿超过 1' | '个，…按 F5 建立索引］')."""
    main = fixed_parses.add("营商环境讲话.txt", sample_document(sections=3, body=4))
    fixed_parses.add("项目建设讲话.txt", sample_document(sections=1, body=2))
    monkeypatch.setattr("tui.engine.index.scope.AUTO_INDEX_MAX_FILES", 1)

    async def search(pilot: Pilot[Any]) -> None:
        from tui.screens.corpus_search import CorpusSearchScreen

        main_screen = pilot.app.main_screen  # type: ignore[attr-defined]
        main_screen.update_index()
        await _until(pilot, lambda: bool(main_screen.index_refused), "the indexing refused")
        await pilot.press("ctrl+f", *"生产力", "enter")
        screen = pilot.app.screen
        assert isinstance(screen, CorpusSearchScreen)
        await _until(
            pilot,
            lambda: screen.done and "F5" in str(screen.status.render()),
            "the search done, the missing index told",
        )

    run_before = _script(then=search)
    assert snap_compare(app_for(main, theme), terminal_size=WIDE, run_before=run_before)


# ---------------------------------------------------------------------- in English (--lang en)


def english_app_for(path: Path, theme: str) -> SpeechReaderApp:
    """The app as ``speech-reader --lang en`` builds it, in ``theme``."""
    app = make_app(path, language="en")
    app.theme = theme
    return app


def test_english_main_screen(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """--lang en: the key bar, the file tree's counts, the keyword panel's title and the
    status line in English (the speech's own text stays as it is)."""
    run_before = _script("right_square_bracket", "K", "j")
    assert snap_compare(
        english_app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before
    )


def test_english_main_screen_narrow(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """--lang en at 80×24: the longer English key descriptions still fit whole (the bar
    leaves out the last entries, never half of one; help and the palette key stay)."""
    run_before = _script("right_curly_bracket")
    assert snap_compare(
        english_app_for(fixed_file, theme), terminal_size=NARROW, run_before=run_before
    )


def test_english_bookmarks_dialog(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """--lang en: the bookmarks list, its title, "line N" and its keys in English, with
    the notice of a deletion."""
    keys = ("right_square_bracket", "j", "m", "j", "j", "m", "apostrophe")
    run_before = _script(*keys, then=_press("d"), keep_notices=True)
    assert snap_compare(
        english_app_for(fixed_file, theme), terminal_size=WIDE, run_before=run_before
    )


def test_english_help_screen_narrow(
    snap_compare: SnapCompare, fixed_file: Path, theme: str
) -> None:
    """--lang en at 80×24: the help screen's groups and descriptions in English."""
    run_before = _script("question_mark")
    assert snap_compare(
        english_app_for(fixed_file, theme), terminal_size=NARROW, run_before=run_before
    )


# ---------------------------------------------------------------------- every screen at 160x45

LARGE = (160, 45)
"""A large terminal (issue #18): every screen and dialog, as the pictures above show them
at 120x36 (``WIDE``) and some at 80x24 (``NARROW``)."""
_QUOTED = ("right_square_bracket", "j", "y", "j", "j", "y")
"""Two quotes copied with y (the notebook's, the edit dialog's)."""
SCREENS: dict[str, Callable[[], Callable[[Pilot[Any]], Awaitable[None]]]] = {
    "main": lambda: _script("right_square_bracket", "right_square_bracket", "j"),
    "help": lambda: _script("question_mark"),
    "bookmarks": lambda: _script(
        "right_square_bracket", "j", "m", "j", "j", "m", then=_press("apostrophe")
    ),
    "notebook": lambda: _script(*_QUOTED, then=_press("ctrl+n")),
    "edit_quote": lambda: _script(*_QUOTED, then=_press("ctrl+n", "r")),
    "command_palette": lambda: _script(then=_palette_query),
    "theme_picker": lambda: _script(then=_theme_pick),
}
"""Each screen and dialog of the app (``grep -rn "Screen\\[" tui/screens``: the main
screen, help, bookmarks, notebook, the quote editor; Textual's palette, as the command
palette and the theme picker) by the keys that open it; the quote dialog and corpus
search, which need fixtures of their own, follow."""


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_screen_at_160_by_45(
    snap_compare: SnapCompare, fixed_file: Path, theme: str, screen: str
) -> None:
    run_before = SCREENS[screen]()
    assert snap_compare(app_for(fixed_file, theme), terminal_size=LARGE, run_before=run_before)


def test_quote_dialog_at_160_by_45(
    snap_compare: SnapCompare, fixed_file: Path, no_clipboard: None, theme: str
) -> None:
    """Y with no clipboard: the copy-by-hand dialog, centred on the large screen."""
    run_before = _script("right_square_bracket", "j", "j", "Y")
    assert snap_compare(app_for(fixed_file, theme), terminal_size=LARGE, run_before=run_before)


def test_corpus_search_at_160_by_45(
    snap_compare: SnapCompare, fixed_parses: FixedParses, theme: str
) -> None:
    main = _corpus_search_files(fixed_parses)
    run_before = _script(then=_search_for_it)
    assert snap_compare(app_for(main, theme), terminal_size=LARGE, run_before=run_before)


def test_notebook_at_80_by_24(snap_compare: SnapCompare, fixed_file: Path, theme: str) -> None:
    """The notebook in the smallest terminal: citation, file, line and time still fit."""
    run_before = _script(*_QUOTED, then=_press("ctrl+n"))
    assert snap_compare(app_for(fixed_file, theme), terminal_size=NARROW, run_before=run_before)
