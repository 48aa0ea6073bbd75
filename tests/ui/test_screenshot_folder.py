"""The palette's 截图 saves the screen where the user can find it: the downloads folder
when there is one, else the folder exports go to. Textual saved into ~/Downloads whether
or not it existed: on a server (seen in tmux, as root) it said 无法保存截图：[Errno 2] No
such file or directory: '/root/Downloads/讲话稿阅读器_….svg' and saved nothing (newuser28)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import open_palette, palette_lists, settle, until
from tests.ui.test_tree_keys_clipboard_and_scrolling import shown_notices
from tui import ui_text
from tui.app import make_app
from tui.state import screenshot_dir


@pytest.fixture
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home of the user's own (no $SPEECH_READER_HOME), with no Downloads folder."""
    home = tmp_path / "user"
    home.mkdir()
    monkeypatch.delenv("SPEECH_READER_HOME", raising=False)
    monkeypatch.setenv("HOME", str(home))
    for name, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        monkeypatch.setenv(name, str(home / folder))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    return home


def svgs(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.svg")) if folder.is_dir() else []


def test_the_downloads_folder_when_there_is_one(user_home: Path) -> None:
    (user_home / "Downloads").mkdir()
    assert screenshot_dir() == user_home / "Downloads"


def test_else_the_folder_exports_go_to(user_home: Path) -> None:
    assert not (user_home / "Downloads").exists()
    assert screenshot_dir() == user_home / "data" / "speech-reader"
    (user_home / "Documents").mkdir()
    assert screenshot_dir() == user_home / "Documents"


@pytest.mark.parametrize("downloads", [False, True])
async def test_the_palettes_screenshot_is_saved_without_a_downloads_folder(
    speech_dir: Path, user_home: Path, downloads: bool
) -> None:
    if downloads:
        (user_home / "Downloads").mkdir()
    folder = user_home / ("Downloads" if downloads else "data/speech-reader")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(app, pilot)
        await open_palette(pilot, "截图")
        listed = await palette_lists(app, pilot, "截图")
        assert listed[0].startswith(ui_text.CMD_SCREENSHOT())
        await pilot.press("enter")
        main = app.main_screen
        await until(pilot, lambda: bool(shown_notices(main)), "the screenshot's notice")
        told = shown_notices(main)[-1]
        assert told.severity != "error", told.message
        saved = svgs(folder)
        assert len(saved) == 1 and "<svg" in saved[0].read_text(encoding="utf-8")
        assert told.message == ui_text.SCREENSHOT_SAVED(path=str(saved[0]))
    assert not (user_home / "Downloads").exists() or downloads


async def test_a_folder_that_cannot_be_made_is_told(speech_dir: Path, user_home: Path) -> None:
    """(The data folder's parent is a file: nothing saved, and why, with the folder.)"""
    (user_home / "data").write_text("x", encoding="utf-8")
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(app, pilot)
        app.save_screen()
        main = app.main_screen
        await until(pilot, lambda: bool(shown_notices(main)), "the screenshot's notice")
        told = shown_notices(main)[-1]
        assert told.severity == "error" and told.title == ui_text.SCREENSHOT_TITLE()
        assert str(user_home / "data" / "speech-reader") in told.message
