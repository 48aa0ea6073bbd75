"""``z`` shows the paragraphs hidden as noise in place, dimmed, and hides them again.

A false noise mark used to lose the speaker's words on screen with no way to check;
now ``z`` (or the palette's entry) shows them. The cursor keeps its sentence and its row,
the notice says what happened (Chinese, English), shown noise is searched and stepped
onto, and a file whose text is all noise can be shown.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.documents import build_document
from tests.ui.conftest import (
    FakeClipboard,
    open_palette,
    palette_lists,
    screen_strips,
    screen_text,
    settle,
)
from tui import ui_text
from tui.app import SpeechReaderApp, make_app
from tui.contrast import MIN_CONTRAST, contrast_ratio
from tui.engine.model import Document, Kind
from tui.widgets.reader import ReaderView

BODY = "营商环境是企业生存发展的土壤，优化营商环境就是解放生产力、提高竞争力。" * 2
DOCUMENT = build_document(
    [
        (
            "在全市优化营商环境大会上的讲话",
            [
                ("salutation", "同志们："),
                *[("body", f"第{n}段。{BODY}") for n in range(1, 7)],
                ("noise", "— 1 —"),
                ("noise", "领导讲话稿汇编"),
                ("h1", "一、深化改革。"),
                *[("body", f"第{n}段。{BODY}") for n in range(7, 13)],
                ("noise", "第 2 页 共 3 页"),
                *[("body", f"第{n}段。{BODY}") for n in range(13, 19)],
            ],
        )
    ]
)
NOISE = [i for i, p in enumerate(DOCUMENT.paragraphs) if p.kind is Kind.NOISE]
ALL_NOISE = build_document([(None, [("noise", "— 1 —"), ("noise", "www.example.com")])])


def app_with(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, document: Document = DOCUMENT
) -> SpeechReaderApp:
    monkeypatch.setattr("tui.jobs.opening.load", lambda _: document)
    path = tmp_path / "讲话.txt"
    path.write_text("占位", encoding="utf-8")
    return make_app(path)


@asynccontextmanager
async def reading(
    app: SpeechReaderApp, size: tuple[int, int] = (100, 30)
) -> AsyncIterator[tuple[Pilot[Any], ReaderView]]:
    """``app`` running and settled, its reader focused."""
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        reader.focus()
        yield pilot, reader


async def press_z(app: SpeechReaderApp, pilot: Pilot[Any]) -> None:
    """``z`` (noise shown or hidden), the app settled after it."""
    await pilot.press("z")
    await settle(app, pilot)


async def test_z_shows_and_hides_the_noise_keeping_the_sentence_and_its_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    app = app_with(tmp_path, monkeypatch)
    async with reading(app) as (pilot, reader):
        after = NOISE[-1] + 2  # a body paragraph below every noise line
        reader.move_cursor_to(after, 0)
        await pilot.press("ctrl+e", "ctrl+e")  # the view not at the cursor's top row
        await settle(app, pilot)
        row = reader.cursor_view_row
        assert not any(
            reader.text_layout.is_noise(b) for b in range(len(reader.text_layout.blocks))
        )
        await press_z(app, pilot)
        assert reader.show_noise
        assert [i for i in reader.text_layout.blocks if i in NOISE] == NOISE
        assert reader.cursor == (after, 0)
        assert reader.cursor_view_row == row
        assert notices[-1] == ui_text.NOISE_SHOWN(count=3)
        assert "已显示隐藏的 3 段杂项" in notices[-1]
        await press_z(app, pilot)
        assert not reader.show_noise
        assert not set(NOISE) & set(reader.text_layout.blocks)
        assert reader.cursor == (after, 0)
        assert reader.cursor_view_row == row
        assert notices[-1] == ui_text.NOISE_HIDDEN(count=3)


async def test_shown_noise_is_stepped_onto_searched_and_hidden_again_under_the_cursor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_with(tmp_path, monkeypatch)
    async with reading(app) as (pilot, reader):
        before = NOISE[0] - 1
        reader.move_cursor_to(before, 2)  # the last sentence before the page number
        reader.set_search("讲话稿汇编")
        assert reader.search_status == (0, 0)
        await press_z(app, pilot)
        assert reader.search_status[1] == 1
        await pilot.press("j")
        assert reader.cursor == (NOISE[0], 0)  # onto the page number
        await pilot.press("right_square_bracket")  # the heading after the header
        heading = NOISE[1] + 1
        assert reader.cursor == (heading, 0)
        reader.move_cursor_to(NOISE[1], 0)
        await press_z(app, pilot)
        assert reader.cursor == (heading, 0)  # the header went: the next sentence shown
        assert reader.search_status == (0, 0)


async def test_the_find_bar_counts_again_when_the_noise_is_shown_or_hidden(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search open in the find bar: its count (and the outline's) follows ``z``."""
    app = app_with(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("slash", *"讲话稿汇编", "enter")
        await settle(app, pilot)
        screen.reader.focus()
        assert str(screen.find_bar.status.render()) == ui_text.FIND_NO_MATCH()
        await press_z(app, pilot)
        assert screen.reader.search_status == (0, 1)
        assert str(screen.find_bar.status.render()) == ui_text.FIND_COUNT(total=1)
        await press_z(app, pilot)
        assert str(screen.find_bar.status.render()) == ui_text.FIND_NO_MATCH()


async def test_copying_across_a_shown_page_number_leaves_it_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = app_with(tmp_path, monkeypatch)
    async with reading(app) as (pilot, reader):
        await press_z(app, pilot)
        reader.move_cursor_to(NOISE[-1] - 1, 1)
        await pilot.press("v", "j", "j", "j")
        # (a body paragraph has three sentences: the page number is the third step)
        assert reader.selection == ((NOISE[-1] - 1, 1), (NOISE[-1] + 1, 0))
        before = DOCUMENT.paragraphs[NOISE[-1] - 1].text
        assert reader.selected_text() == before[before.index("。") + 1 :] + "\n第13段。"


async def test_a_file_of_noise_alone_is_shown_by_z(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    app = app_with(tmp_path, monkeypatch, ALL_NOISE)
    async with reading(app) as (pilot, reader):
        assert not reader.has_text
        assert "按z以暗色显示" in "".join(reader.message.split())
        await press_z(app, pilot)
        assert reader.has_text and reader.message == ""
        assert reader.text_layout.blocks == [0, 1]
        assert notices[-1] == ui_text.NOISE_ALL_SHOWN(count=2)
        await pilot.press("j")
        assert reader.cursor == (1, 0)
        await press_z(app, pilot)
        assert not reader.has_text
        assert reader.message.startswith(ui_text.READER_NO_TEXT())


async def test_in_english_and_for_a_file_without_noise(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, notices: list[str]
) -> None:
    clean = build_document([("讲话", [("body", "要抓好落实。")])])
    app = app_with(tmp_path, monkeypatch, clean)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        app.switch_language("en")  # type: ignore[arg-type]
        await settle(app, pilot)
        app.main_screen.reader.focus()
        await press_z(app, pilot)
        assert (
            notices[-1]
            == "This file hides nothing as noise; files opened next show their noise, dimmed"
        )
        await press_z(app, pilot)
        assert notices[-1] == "This file has no noise; files opened next hide theirs"


async def test_the_palette_offers_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = app_with(tmp_path, monkeypatch)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await open_palette(pilot, "杂项")
        listed = await palette_lists(app, pilot, "杂项")
        assert any(prompt.startswith(ui_text.CMD_NOISE_SHOW()) for prompt in listed)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.main_screen.reader.show_noise


def _themes() -> list[str]:
    from textual.theme import BUILTIN_THEMES

    return sorted(name for name in BUILTIN_THEMES if not name.startswith("ansi"))


@pytest.mark.parametrize("theme", _themes())
async def test_shown_noise_is_dimmer_than_the_text_and_still_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str
) -> None:
    """In every theme (but those in the terminal's own colours), the page header's colour
    is not the body text's and reads at ``MIN_CONTRAST`` on the reader's background."""
    app = app_with(tmp_path, monkeypatch)
    app.theme = theme
    async with reading(app) as (pilot, reader):
        reader.move_cursor_to(NOISE[0] - 2, 0)
        await press_z(app, pilot)
        segments = [
            segment
            for line in screen_strips(app)
            for strip in line
            for segment in strip
            if segment.style is not None and segment.text.strip()
        ]
        noise = next(s.style for s in segments if s.text.strip() == "领导讲话稿汇编")
        body = next(s.style for s in segments if s.text.startswith("第5段"))
        assert noise is not None and body is not None
        assert noise.color is not None and noise.bgcolor is not None
        fore, back = noise.color.get_truecolor(), noise.bgcolor.get_truecolor()
        ratio = contrast_ratio((fore[0], fore[1], fore[2]), (back[0], back[1], back[2]))
        assert ratio >= MIN_CONTRAST, (theme, ratio)
        assert noise.color != body.color


async def test_the_outline_of_a_file_of_noise_alone_says_it_is_shown(tmp_path: Path) -> None:
    """The outline said "no text to show" beside the noise ``z`` had shown (a real file:
    parsed, such a file has no speech)."""
    path = tmp_path / "杂项.txt"
    path.write_text("— 1 —\n\nwww.example.com\n\n第 2 页 共 3 页\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline

        def line() -> str:
            return "".join(str(node.label) for node in outline.root.children)

        assert line() == ui_text.OUTLINE_NO_TEXT()
        app.main_screen.reader.focus()
        await press_z(app, pilot)
        assert line() == ui_text.OUTLINE_NOISE_SHOWN()
        app.switch_language("en")  # type: ignore[arg-type]
        await settle(app, pilot)
        assert line() == "(all noise, shown dimmed)"
        await press_z(app, pilot)
        assert line() == "(no text to show)"


async def test_y_on_a_shown_noise_line_copies_it_with_its_source_as_y_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clipboard: FakeClipboard, notices: list[str]
) -> None:
    """``y`` said there was nothing to copy on a shown page number while ``Y`` copied it."""
    app = app_with(tmp_path, monkeypatch)
    async with reading(app) as (pilot, reader):
        await press_z(app, pilot)
        reader.move_cursor_to(NOISE[0], 0)
        await pilot.press("y")
        await settle(app, pilot)
        assert ui_text.NOTHING_HERE_TO_COPY() not in notices
        await pilot.press("Y")
        await settle(app, pilot)
        sentence, paragraph = clipboard.copies
        assert sentence == paragraph
        assert sentence.startswith("— 1 —\n") and "在全市优化营商环境大会上的讲话" in sentence
        # Two noise lines selected with v: both, cited; a body sentence beside them: it alone.
        await pilot.press("v", "j", "y")
        await settle(app, pilot)
        assert clipboard.copies[-1].startswith("— 1 —\n领导讲话稿汇编\n")
        reader.move_cursor_to(NOISE[0] - 1, 2)
        await pilot.press("v", "j", "y")
        await settle(app, pilot)
        assert "— 1 —" not in clipboard.copies[-1]


ADS_FILE = (
    "扫码关注公众号，获取更多讲话稿\n\n更多精彩内容请访问 www.example.com\n\n"
    "在全市优化营商环境大会上的讲话\n\n（2023年3月1日）\n\n同志们：\n\n"
    "今天召开大会，主要任务是部署优化营商环境工作。营商环境是企业生存发展的土壤。\n\n"
    "一、深化改革\n\n要坚持问题导向，聚焦企业反映强烈的突出问题，持续深化放管服改革。\n\n"
    "— 2 —\n\n要强化责任落实，确保各项任务落地见效。\n"
)


def test_shown_noise_is_set_apart_from_a_title_or_front_matter() -> None:
    """Ads over a file's title sat right on top of it, and a header under a title right
    under it; a page number between body paragraphs stays in place, without blank lines."""
    from tui.engine.model import Paragraph
    from tui.reader_layout import index_blocks

    paragraphs = (
        Paragraph("扫码关注", 1, 1, Kind.NOISE, None),
        Paragraph("www.example.com", 2, 2, Kind.NOISE, None),
        Paragraph("在会上的讲话", 3, 3, Kind.TITLE, 0),
        Paragraph("讲话汇编", 4, 4, Kind.NOISE, 0),
        Paragraph("第2页", 5, 5, Kind.NOISE, 0),
        Paragraph("正文一。", 6, 6, Kind.BODY, 0),
        Paragraph("— 3 —", 7, 7, Kind.NOISE, 0),
        Paragraph("正文二。", 8, 8, Kind.BODY, 0),
    )
    shown = index_blocks(paragraphs, show_noise=True)
    assert shown.blocks == list(range(8))
    # the ads, a line, the title, a line, the header and page number, a line (the title's
    # own), the body; the page number between body paragraphs in place
    assert shown.spacing == [0, 0, 1, 1, 0, 1, 0, 0]
    hidden = index_blocks(paragraphs)
    assert hidden.spacing == [0, 1, 0]  # as before: no noise, no change


async def test_ads_over_the_title_stand_apart_and_the_status_names_a_noise_line(
    tmp_path: Path,
) -> None:
    """With the noise shown, the title is one blank line under the ads over it; on a
    noise line the status line's last crumb says it is noise, not the speech's text (it
    named the section the page number sat in, as if the line were the section's)."""
    path = tmp_path / "公众号.txt"
    path.write_text(ADS_FILE, encoding="utf-8")
    app = make_app(path)
    async with reading(app, (120, 36)) as (pilot, reader):
        await press_z(app, pilot)
        rows = [line.strip() for line in screen_text(app).splitlines()]
        ads = next(i for i, row in enumerate(rows) if row.endswith("www.example.com"))
        title = next(i for i, row in enumerate(rows) if row.endswith("大会上的讲话"))
        assert title == ads + 2 and rows[ads + 1].endswith("▎")  # one blank line between
        status = app.main_screen.status
        paragraphs = reader.text_layout.document.paragraphs  # type: ignore[union-attr]
        page = next(i for i, p in enumerate(paragraphs) if p.text == "— 2 —")
        assert paragraphs[page].kind is Kind.NOISE
        reader.move_cursor_to(page, 0)
        await settle(app, pilot)
        assert status.crumbs[-2:] == ("一、深化改革", ui_text.NOISE_CRUMB())
        reader.move_cursor_to(page + 1, 0)
        await settle(app, pilot)
        assert status.crumbs[-1] == "一、深化改革"
        reader.move_cursor_to(0, 0)
        await settle(app, pilot)
        assert status.crumbs == ("公众号", "杂项（不属讲话正文）")
        app.switch_language("en")  # type: ignore[arg-type]
        await settle(app, pilot)
        assert status.crumbs[-1] == "noise (not the speech's text)"
