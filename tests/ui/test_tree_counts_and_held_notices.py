"""Rough edges a new user met (newuser13, start13): the tree's speech count of a file that
turned binary or was deleted, a notice over a dialog, a Tab typed before the frame that
draws the file tree. (The index note's labelled percentage: ``test_index_note.py``.)"""

from __future__ import annotations

import os
from pathlib import Path

from tests.ui.conftest import settle, until
from tui import ui_text
from tui.app import make_app
from tui.screens.corpus_search import CorpusSearchScreen
from tui.screens.help import HelpScreen
from tui.widgets.toasts import shown_notices


async def test_the_tree_count_follows_a_file_turned_binary_or_deleted(speech_dir: Path) -> None:
    path = speech_dir / "甲讲话.txt"
    text = path.read_text(encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        counted = tree.speech_count(path)
        assert counted is not None and counted >= 1
        # Turned binary: the reader says it cannot be shown; the tree's count goes with it.
        path.write_bytes(b"\x00\x01\x02binary\xff\xfe" * 200)
        os.utime(path, ns=(1, 1))
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.reader.document is None and ui_text.CANNOT_SHOW() in screen.status.text
        assert tree.speech_count(path) is None
        # Text again: counted again.
        path.write_text(text, encoding="utf-8")
        os.utime(path, ns=(2, 2))
        screen.check_file_changed()
        await settle(app, pilot)
        assert tree.speech_count(path) == counted
        # Deleted: no count left on its line.
        path.unlink()
        screen.check_file_changed()
        await settle(app, pilot)
        assert screen.reader.document is None and "删除" in screen.reader.message
        assert tree.speech_count(path) is None


async def test_a_notice_given_before_a_dialog_stays_beneath_it(speech_dir: Path) -> None:
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        before = ui_text.WALK_NOT_REGULAR(count=3)
        app.notify(before, timeout=600, markup=False)
        await until(pilot, lambda: [n.message for n in shown_notices(main)] == [before], "shown")
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help open")
        help_screen = app.screen
        # A notice given while the dialog is open is shown on it; the earlier one is not.
        during = "对话框打开时的通知"
        app.notify(during, timeout=600, markup=False)
        await until(
            pilot, lambda: during in [n.message for n in shown_notices(help_screen)], "on it"
        )
        await pilot.pause()
        assert [n.message for n in shown_notices(help_screen)] == [during]
        assert [n.message for n in shown_notices(main)] == [before]  # still beneath
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is main, "the help closed")
        await until(
            pilot,
            lambda: [n.message for n in shown_notices(main)] == [before, during],
            "both on the main screen again",
        )


async def test_the_main_screens_notices_wait_for_a_dialog_to_close(speech_dir: Path) -> None:
    """The main screen's own notices (its background work: the folder's indexing and its
    problems) given while a dialog is open come when it closes, not over it."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help open")
        help_screen = app.screen
        later = ui_text.WALK_NOT_REGULAR(count=2)
        main.notify(later, timeout=600, markup=False)
        app.notify("对话框里的通知", timeout=600, markup=False)  # (a turn for the notices)
        await until(pilot, lambda: len(shown_notices(help_screen)) > 0, "a notice on the help")
        await pilot.pause()
        assert [n.message for n in shown_notices(help_screen)] == ["对话框里的通知"]
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is main, "the help closed")
        await until(
            pilot,
            lambda: later in [n.message for n in shown_notices(main)],
            "the held notice given once the help closed",
        )


async def test_the_main_screens_notices_are_not_held_under_the_corpus_search(
    speech_dir: Path,
) -> None:
    """Under a full screen (the corpus search, whose F5 indexes the folder on the main
    screen) and a dialog over it, the main screen's notices are told at once."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await pilot.press("ctrl+f")
        await until(pilot, lambda: isinstance(app.screen, CorpusSearchScreen), "the search open")
        search = app.screen
        main.notify("索引出错", timeout=600, markup=False)
        await until(pilot, lambda: "索引出错" in [n.message for n in shown_notices(search)], "told")
        await pilot.press("f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help open")
        main.notify("又一条", timeout=600, markup=False)
        await until(
            pilot, lambda: "又一条" in [n.message for n in shown_notices(app.screen)], "told"
        )
