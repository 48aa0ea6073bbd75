"""Notices (toasts) wrap by the reader's Chinese line-break rules (禁则): no closing mark
at a line start, no opening mark at a line end, nothing lost, the whole notice shown;
the notice kept by the app is the text given (no line feed added)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.app import App

from tests.ui.conftest import drawn_lines, drawn_toasts, screen_text, settle, until
from tests.ui.test_dialog_wrap import TEXT, broken_rules
from tui.app import SpeechReaderApp, make_app
from tui.widgets.toasts import KinsokuToast, shown_notices, toast_lines

WIDTHS = range(60, 131, 7)


def test_toast_lines_keep_the_rules_and_the_text() -> None:
    for width in range(10, 60):
        lines = toast_lines(TEXT, width)
        assert len(lines) > 1 and "".join(lines) == TEXT, width
        assert broken_rules(lines) == [], (width, broken_rules(lines))
    assert toast_lines("第一行。\n第二行", 40) == ["第一行。", "第二行"]
    assert toast_lines("", 40) == []


def test_toast_lines_keep_a_number_with_its_word() -> None:
    """A notice never breaks between a number and its word ("…exported 12" | "quotes to
    …"): the reader's rules break at any space, as Textual's did (daily74)."""
    notice = "The notebook: 12 quotes exported to /home/user/exports, 3 files written"
    parted = []
    for width in range(10, 60):
        lines = toast_lines(notice, width)
        assert "".join(lines).replace("\xa0", " ").replace(" ", "") == notice.replace(" ", "")
        parted += [
            (width, a, b) for a, b in zip(lines, lines[1:], strict=False) if a[-1:].isdigit()
        ]
    assert not parted, parted


async def test_textual_toasts_break_the_rules_on_the_trap_text() -> None:
    """Textual's own toast puts a closing mark at a line start at some of these widths
    (so the test below can fail)."""
    broken = 0
    for columns in WIDTHS:
        app = App[None]()
        async with app.run_test(size=(columns, 30), notifications=True) as pilot:
            app.notify(TEXT, timeout=30)
            (toast,) = await drawn_toasts(app, pilot, 1)
            broken += bool(broken_rules(drawn_lines(toast)))
    assert broken >= 3


async def test_the_apps_toasts_keep_the_rules_at_every_width(tmp_path: Path) -> None:
    folder = tmp_path / "空"
    folder.mkdir()
    title = "一个很长的标题，用来看标题也按规则折行：（完）"
    widths: set[int] = set()
    # One app, the terminal resized to each width (an app started per width took 12
    # starts; the toast is mounted anew after each resize either way).
    app = make_app(folder)
    async with app.run_test(size=(40, 30), notifications=True) as pilot:
        await settle(app, pilot)
        # At 40 and 42 columns the toast is 16-17 cells wide: the rules take a line more
        # than Textual's wrap there, and the toast must be that much taller.
        for columns in (40, 42, *WIDTHS):
            await pilot.resize_terminal(columns, 30)
            await until(pilot, lambda: app.screen.size.width == columns, f"{columns} columns")  # noqa: B023
            app.clear_notifications()
            # the last width's toast gone (its removal is queued behind the clearing), so
            # the toast read is this notice's, laid out at this width
            await until(pilot, lambda: not app.screen.query(KinsokuToast), "no toast")
            app.notify(TEXT, title=title, timeout=30)
            await drawn_toasts(app, pilot, 1, messages=[TEXT])
            toast = app.screen.query_one(KinsokuToast)
            widths.add(toast.size.width)
            lines = drawn_lines(toast)
            title_lines = toast_lines(title, toast.size.width)
            assert lines[: len(title_lines)] == title_lines, columns
            message = lines[len(title_lines) :]
            assert "".join(message) == TEXT, columns  # all of it shown, nothing cut off
            assert broken_rules(message) == [], (columns, broken_rules(message))
            assert toast.notification.message == TEXT  # kept as given
            assert [n.message for n in shown_notices(app.screen)] == [TEXT]
    assert len(widths) > 6, widths  # laid out anew at the widths


async def test_a_notice_given_while_the_app_starts_is_shown(
    speech_dir: Path, isolated_home: Path
) -> None:
    # A bad state file is told while the main screen is being mounted: its toast shows.
    state = isolated_home / "state"
    state.mkdir(parents=True)
    (state / "bookmarks.json").write_text('"不是列表"', encoding="utf-8")
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(app, pilot)
        await drawn_toasts(app, pilot, 1)
        shown = shown_notices(app.screen)
        assert [(notice.title, notice.message.split(" ")[0]) for notice in shown] == [
            ("状态文件有问题", "bookmarks.json")
        ]


async def test_an_equal_notice_replaces_the_one_shown_instead_of_piling_up(
    speech_dir: Path,
) -> None:
    """``n`` pressed again and again with nothing to find gave a stack of equal toasts; now
    one toast stays (its time starting again), and a different notice still adds its own."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(app, pilot)
        app.clear_notifications()
        await pilot.press(*"nnnnnn")
        await drawn_toasts(app, pilot, 1)
        await settle(app, pilot)
        toasts = list(app.screen.query(KinsokuToast))
        assert len(toasts) == 1 and len(shown_notices(app.screen)) == 1
        app.notify("另一条提示")
        await drawn_toasts(app, pilot, 2)
        assert len(app.screen.query(KinsokuToast)) == 2


def over_the_reader(app: SpeechReaderApp) -> Callable[[], bool]:
    """Whether a screen is shown over ``app``'s main screen (a dialog pushed)."""
    return lambda: app.screen is not app.main_screen


async def test_notices_leave_the_status_line_and_its_percentage_seen(speech_dir: Path) -> None:
    """Notices stood over the status line's right end, where the percentage read is; now
    they stand above it, on the main screen and over a dialog, at 80×24 and 160×45."""
    for size in ((80, 24), (160, 45)):
        app = make_app(speech_dir / "甲讲话.txt")
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(app, pilot)
            status = app.main_screen.status
            assert status.percent is not None
            for dialog in ("", "ctrl+n"):
                if dialog:
                    await pilot.press(dialog)
                    await until(pilot, over_the_reader(app), "the dialog shown")
                app.clear_notifications()
                # Notices of this round's own (the last round's toasts stay until their
                # removal, queued behind the clearing, runs: counted, they ended the wait).
                copied = f"已复制到终端剪贴板 OSC 52（{dialog or '阅读'}）"
                app.notify(copied, timeout=30)
                app.notify(TEXT, title="提示", timeout=30)
                for toast in await drawn_toasts(app, pilot, 2, messages=[copied, TEXT]):
                    assert not toast.region.overlaps(status.region), (size, dialog)
                status_row = screen_text(app).splitlines()[status.region.y]
                assert status_row.rstrip().endswith(f"{status.percent}%"), (size, status_row)


async def test_a_dialogs_notice_covers_neither_its_box_nor_its_keys(speech_dir: Path) -> None:
    """A notice given over a dialog stood over the dialog's last rows: the notebook's keys
    (已复制 over e 导出) and its border. Where the terminal leaves room right of the box,
    the notice stands there; where it does not (80×24), over the list's lower rows, never
    over the keys under it."""
    for size, dialog, keys in (
        ((160, 45), "ctrl+n", "#notebook-keys"),
        ((160, 45), "apostrophe", "#bookmarks-keys"),
        ((80, 24), "ctrl+n", "#notebook-keys"),
        ((80, 24), "apostrophe", "#bookmarks-keys"),
    ):
        app = make_app(speech_dir / "甲讲话.txt")
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(app, pilot)
            await pilot.press(dialog)
            await until(pilot, over_the_reader(app), "the dialog shown")
            app.notify(TEXT, title="提示", timeout=30)
            [toast] = await drawn_toasts(app, pilot, 1, messages=[TEXT])
            box = app.screen.children[0].region
            hints = app.screen.query_one(keys).region
            assert not toast.region.overlaps(hints), (size, dialog, toast.region, hints)
            if size[0] == 160:
                assert not toast.region.overlaps(box), (size, dialog, toast.region, box)
                assert toast.region.right <= size[0], toast.region


def placed(app: SpeechReaderApp, columns: int) -> Callable[[], bool]:
    """Whether the one toast on ``app``'s screen stands within ``columns``."""

    def within() -> bool:
        toasts = list(app.screen.query(KinsokuToast))
        return len(toasts) == 1 and 0 < toasts[0].region.right <= columns

    return within


EXPORTED = "已导出 4 条摘录到\n/tmp/speech-reader-data/speech-reader/摘录本.md"


async def test_a_dialogs_notice_is_placed_anew_when_the_terminal_is_resized(
    speech_dir: Path,
) -> None:
    """The notebook's 已导出 notice shown at 80×24, the terminal resized to 60×20 (and
    160×45 to 80×24, where no room is left right of the box): the notice stands on the
    screen, all of it drawn. The rack's width on a dialog is set in cells and was set only
    when the rack itself resized, which it then did not: the toast stood at columns 39-78
    of a 60-column screen, the path cut (daily149, tmux)."""
    for size, smaller in (((80, 24), (60, 20)), ((160, 45), (80, 24))):
        app = make_app(speech_dir / "甲讲话.txt")
        async with app.run_test(size=size, notifications=True) as pilot:
            await settle(app, pilot)
            await pilot.press("ctrl+n")
            await until(pilot, over_the_reader(app), "the notebook shown")
            app.notify(EXPORTED, title="导出完成", timeout=30)
            await drawn_toasts(app, pilot, 1, messages=[EXPORTED])
            await pilot.resize_terminal(*smaller)
            columns = smaller[0]

            await until(pilot, placed(app, columns), f"the notice within {columns} columns", 10)
            [toast] = await drawn_toasts(app, pilot, 1, messages=[EXPORTED])
            assert toast.region.right <= columns, (smaller, toast.region)
            lines = drawn_lines(toast)
            assert lines[0] == "导出完成", lines
            assert "".join(lines[1:]) == EXPORTED.replace("\n", ""), (smaller, lines)
