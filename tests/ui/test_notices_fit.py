"""Every notice can be read at 80x24: a file standing where the state folder should be
failed the reading position, then the bookmarks, each told in a notice of nine lines, and
with "Bookmark added" under them the first one's title stood above the screen (seen in
tmux, ``--lang en``, ``m``). The one cause is told once, for every file under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import settle
from tui.app import make_app
from tui.widgets import toasts
from tui.widgets.toasts import KinsokuToast


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_every_notice_is_on_the_screen_when_nothing_can_be_saved(
    speech_dir: Path, isolated_home: Path, language: str
) -> None:
    isolated_home.write_text("a file where the reader's folder should be", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt", language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await pilot.press("j")
        screen.save_session()  # the position's save fails: told
        await pilot.press("m")  # the bookmark's save fails too
        await settle(app, pilot)
        await pilot.pause(0.2)  # the rack laid out with both toasts
        toasts = list(screen.query(KinsokuToast))
        assert len(toasts) == 2  # the failure, once; the bookmark added
        for toast in toasts:
            region = toast.region
            assert region.y >= 0 and region.bottom <= 24, (region, toast.notification)
        told = [toast.notification.message for toast in toasts]
        assert sum(str(isolated_home) in message for message in told) == 1, told


LONG = "文件夹里有些条目无法读取，已经跳过：" + "、".join(f"第{n}号文件.txt" for n in range(12))


@pytest.mark.parametrize("size", [(80, 24), (60, 16)])
async def test_notices_that_do_not_fit_wait_for_room(
    speech_dir: Path, size: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Four long notices given at once: as many stand as fit, each wholly on the screen,
    and the others wait, shown in their turn once one shown goes (before, the rack grew
    past the screen's top and the first notices' titles could not be read)."""
    monkeypatch.setattr(toasts, "LAST_LOOK", 0.5)  # each waiting one's last look: short here
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        for number in range(4):
            app.notify(f"{number}：{LONG}", title=f"提示{number}", timeout=3 + number / 2)
        await pilot.pause(0.2)
        first = [toast.notification.title for toast in screen.query(KinsokuToast)]
        assert first and len(first) < 4, first  # not all four fit
        assert first == [f"提示{number}" for number in range(len(first))]  # the oldest stand
        for toast in screen.query(KinsokuToast):
            assert toast.region.y >= 0 and toast.region.bottom <= size[1], toast.region
        app.notify(f"4：{LONG}", title="提示4", timeout=1)  # a later one waits its turn
        await pilot.pause(0.1)
        assert [toast.notification.title for toast in screen.query(KinsokuToast)] == first
        order = list(first)
        for _ in range(300):  # each waits for room, then is shown
            await pilot.pause(0.1)
            standing = list(screen.query(KinsokuToast))
            for toast in standing:
                assert toast.region.y >= 0, (toast.region, toast.notification.title)
            order += [
                toast.notification.title
                for toast in standing
                if toast.notification.title not in order
            ]
            if len(order) == 5:
                break
        assert order == [f"提示{number}" for number in range(5)]  # each in its turn
