"""The one path of notices (``tui.widgets.toasts``, ``NoticeBoard``): a notice given before,
during and after a dialog, where each is shown, and how long a held one stays."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import textual.notifications

from tests.ui.conftest import open_help, settle, until
from tui.app import make_app
from tui.screens.corpus_search import CorpusSearchScreen
from tui.widgets.toasts import LAST_LOOK, last_look, shown_notices


def _messages(screen: object) -> list[str]:
    return [str(notice.message) for notice in shown_notices(screen)]  # type: ignore[arg-type]


async def test_notices_before_during_and_after_a_dialog(speech_dir: Path) -> None:
    """Before: stays beneath the dialog. During, from the dialog: on it. During, from the
    main screen's work: held (drawn nowhere), then on the main screen when the dialog
    closes. After: on the main screen."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        app.notify("之前的通知", timeout=600)
        await until(pilot, lambda: _messages(main) == ["之前的通知"], "before: on the main screen")
        help_screen = await open_help(pilot)
        app.notify("对话框的通知", timeout=600)  # the dialog's own (what its keys did)
        main.notify("主屏幕的后台通知", timeout=600)  # the main screen's work
        await until(pilot, lambda: _messages(help_screen) == ["对话框的通知"], "on the dialog")
        await until(
            pilot,
            lambda: [n.message for n in app.notices.held()] == ["主屏幕的后台通知"],
            "the main screen's notice held",
        )
        assert _messages(main) == ["之前的通知"]  # beneath the veil, not over the dialog
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is main, "the help closed")
        await until(
            pilot,
            lambda: _messages(main) == ["之前的通知", "对话框的通知", "主屏幕的后台通知"],
            "all three on the main screen",
        )
        assert app.notices.held() == []
        app.notify("之后的通知", timeout=600)
        await until(pilot, lambda: "之后的通知" in _messages(main), "after: on the main screen")


@pytest.mark.parametrize(
    ("timeout", "held_for", "shown_for"),
    [
        (8, 60, LAST_LOOK),  # held a minute: a last look, not 8 s as if new
        (8, 1, 7),  # held a second: the 7 s it has left
        (600, 60, 540),  # a long one: what it has left
        (2, 60, 2),  # shorter than the last look: its own time
    ],
    ids=["held-long", "held-briefly", "long-notice", "short-notice"],
)
def test_a_held_notice_is_shown_for_what_it_has_left_or_a_last_look(
    timeout: float, held_for: float, shown_for: float
) -> None:
    # The timeout given counts from when the notice was given: held_for + shown_for.
    assert last_look(timeout, timeout - held_for) == pytest.approx(held_for + shown_for)


async def test_a_notice_held_a_minute_under_a_dialog_is_not_shown_as_if_new(
    speech_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The main screen's 8 s notice given under the help, which stays open a minute (the
    notices' clock moved on 60 s): when the help closes it is shown for LAST_LOOK seconds,
    not 8; a 600 s one for the 540 it has left."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        main = app.main_screen
        await open_help(pilot)
        main.notify("八秒的通知", timeout=8)
        main.notify("十分钟的通知", timeout=600)
        await until(pilot, lambda: len(app.notices.held()) == 2, "both held")
        closing = time.time()
        monkeypatch.setattr(textual.notifications, "time", lambda: time.time() + 60)
        await pilot.press("escape")
        await until(pilot, lambda: len(shown_notices(main)) == 2, "both shown")
        # Their time counts from when they were given, not from the dialog's closing.
        assert all(n.raised_at < closing for n in shown_notices(main))
        left = {str(n.message): n.time_left for n in shown_notices(main)}
        assert LAST_LOOK - 1 < left["八秒的通知"] <= LAST_LOOK
        assert 530 < left["十分钟的通知"] <= 540


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
        await open_help(pilot, "f1")
        main.notify("又一条", timeout=600, markup=False)
        await until(
            pilot, lambda: "又一条" in [n.message for n in shown_notices(app.screen)], "told"
        )
