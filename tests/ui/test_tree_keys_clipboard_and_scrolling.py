"""Defects a demanding reader met in daily use (ui15): a deleted file that is not open kept
its "N篇" in the file tree; a £ typed on a UK keyboard was taken as Esc and 3; in tmux (set-clipboard external,
tmux's default) ``y`` said "已复制到终端剪贴板 OSC 52" while tmux dropped the text; …"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from textual import events
from textual._xterm_parser import XTermParser
from textual.events import Key

from tests.ui.conftest import drawn_toasts, sample_document, settle, until
from tests.ui.test_quotes_ui import SIZE, UNTITLED, start
from tests.ui.test_reader import ReaderApp
from tui import ui_text
from tui.app import make_app
from tui.widgets.reader import ReaderView
from tui.widgets.toasts import shown_notices


async def test_a_file_deleted_while_another_is_open_loses_its_count(speech_dir: Path) -> None:
    """乙 counted in the tree, 甲 open; 乙 deleted: its "N篇" goes at the next look at the
    disk (``check_file_changed``, every 2 s), and a file changed in sight is counted again."""
    opened, other = speech_dir / "甲讲话.txt", speech_dir / "乙讲话.txt"
    app = make_app(opened)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        screen.count_speeches()
        await until(pilot, lambda: tree.speech_count(other) is not None, "乙 counted")
        counted = tree.speech_count(other)
        # Changed in sight (one speech more): counted again.
        text = other.read_text(encoding="utf-8")
        other.write_text(text + "\n\n" + text, encoding="utf-8")
        os.utime(other, ns=(5, 5))
        screen.check_file_changed()
        await until(pilot, lambda: tree.speech_count(other) != counted, "乙 counted again", 20)
        # Deleted: no count on its line.
        other.unlink()
        screen.check_file_changed()
        await until(pilot, lambda: tree.speech_count(other) is None, "乙's count gone", 20)
        assert tree.speech_count(opened) is not None  # the open file keeps its own


def _keys_read(data: str) -> list[str]:
    """The keys Textual's input parser reads from the terminal's bytes ``data``."""
    parser = XTermParser()
    events = [*parser.feed(data), *parser.feed("")]
    return [event.key for event in events if isinstance(event, Key)]


def test_esc_and_a_digit_as_one_sequence_is_alt_digit_and_a_pound_sign_is_itself(
    speech_dir: Path,
) -> None:
    """Once the app is made, tmux's ``ESC 3`` (Esc typed just before 3) reads as alt+3 and
    a £ typed as £ (a UK keyboard) as £; Textual read both as £."""
    make_app(speech_dir / "甲讲话.txt")
    assert _keys_read("\x1b3") == ["alt+3"]
    assert _keys_read("\x1b3j") == ["alt+3", "j"]
    assert _keys_read("£") == ["pound_sign"]
    assert _keys_read("\x1b") == ["escape"]


async def test_a_pound_sign_is_not_esc_in_the_reader() -> None:
    """£ keeps a selection (Esc would drop it) and types no count; alt+3 is Esc and 3."""
    app = ReaderApp(sample_document())
    async with app.run_test(size=(60, 20)) as pilot:
        reader = app.query_one(ReaderView)
        await pilot.press("v", "j", "pound_sign")
        assert reader.selection is not None and reader.count == 0
        await pilot.press("alt+3")
        assert reader.selection is None and reader.count == 3


FAKE_TMUX = """#!/bin/sh
# A tmux that keeps what load-buffer is given and says set-clipboard is {option}.
case "$1" in
  load-buffer) cat > "{buffer}" ;;
  show-options) echo {option} ;;
  *) exit 1 ;;
esac
"""


@pytest.mark.parametrize("option", ["external", "off"])
async def test_y_inside_tmux_puts_the_text_in_tmux_and_says_so(
    speech_file: Path,
    no_system_clipboard: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    option: str,
) -> None:
    """No system clipboard, inside tmux: the text goes to tmux's buffer (``tmux load-buffer
    -w -``; tmux drops a program's OSC 52 unless set-clipboard is on) and the notice says
    tmux's buffer, how to paste it, and whether tmux passes it to the outer terminal."""
    bin_dir, buffer = tmp_path / "bin", tmp_path / "buffer"
    bin_dir.mkdir()
    fake = bin_dir / "tmux"
    fake.write_text(FAKE_TMUX.format(option=option, buffer=buffer), encoding="utf-8")
    fake.chmod(fake.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("TMUX", "/tmp/tmux-test/default,1,0")
    app = make_app(speech_file)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await start(app, pilot, 13, 0)
        await pilot.press("y")
        main = app.main_screen
        await until(pilot, lambda: len(shown_notices(main)) > 0, "the copy's notice")
        expected = f"项目建设总体态势较好。\n——{UNTITLED}，一、拉高坐标"
        assert buffer.read_text(encoding="utf-8") == expected
        notice = shown_notices(main)[-1]
        assert notice.title == ui_text.COPIED_TO(via=ui_text.VIA_TMUX())
        assert "OSC 52" not in notice.title
        assert "tmux" in notice.message and option in notice.message
        forwarded = ui_text.TMUX_NOT_FORWARDED() if option == "off" else "也交给了外层终端"
        assert forwarded in notice.message


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_the_screenshot_notice_is_in_the_interfaces_language_without_markup(
    speech_dir: Path, tmp_path: Path, language: str
) -> None:
    """The palette's 截图 saved the screen and Textual said "Saved screenshot to
    [$text-success]'…'", in English, its markup shown as text (notices are plain text)."""
    ui_text.set_language(ui_text.parse_language(language) or ui_text.DEFAULT)
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(120, 36), notifications=True) as pilot:
        await settle(app, pilot)
        saved = tmp_path / "shot.svg"
        app.post_message(events.DeliveryComplete(key="k", path=saved, name="screenshot"))
        app.post_message(
            events.DeliveryFailed(key="k", exception=OSError("disk full"), name="screenshot")
        )
        main = app.main_screen
        await until(pilot, lambda: len(shown_notices(main)) == 2, "both notices")
        done, failed = shown_notices(main)
        assert done.title == ui_text.SCREENSHOT_TITLE() and failed.title == done.title
        assert str(saved) in done.message and "[" not in done.message
        assert done.message == ui_text.SCREENSHOT_SAVED(path=str(saved))
        assert failed.message == ui_text.SCREENSHOT_FAILED(error="disk full")
        assert failed.severity == "error"


async def test_a_renamed_open_file_shows_its_new_name_in_the_tree(speech_dir: Path) -> None:
    """The reader read on under the new name, but the tree kept the old name's line (the
    file no longer there) and had none for the new one; the cursor is on it."""
    path = speech_dir / "甲讲话.txt"
    renamed = speech_dir / "甲讲话（定稿）.txt"
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        counted = tree.speech_count(path)
        path.rename(renamed)
        screen.check_file_changed()
        await until(pilot, lambda: screen.path == renamed.resolve(), "read on under the new name")
        await settle(app, pilot)
        names = [node.data.path.name for node in tree.root.children if node.data is not None]
        assert renamed.name in names and path.name not in names
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.path == renamed.resolve()
        assert tree.speech_count(renamed) == counted


async def test_a_notice_leaves_the_find_bars_count_seen(speech_dir: Path) -> None:
    """With the find bar open (a row over the status line) the notice "本文没有…" stood
    over the bar's right end, where its count of matches is; now it stands above it."""
    app = make_app(speech_dir / "甲讲话.txt")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"没有的词", "enter")
        bar = app.main_screen.find_bar
        await until(pilot, lambda: bar.is_open and bar.region.height == 1, "the bar open")
        for toast in await drawn_toasts(app, pilot, 1):
            assert not toast.region.overlaps(bar.region)
        await pilot.press("escape")  # the bar closed: the notice goes down a row again
        await until(pilot, lambda: not bar.is_open, "the bar closed")
        app.notify("又一条", timeout=30)
        await until(
            pilot,
            lambda: any("又一条" in n.message for n in shown_notices(app.main_screen)),
            "shown",
        )
        toasts = await drawn_toasts(app, pilot, 2)
        status = app.main_screen.status
        assert max(toast.region.bottom for toast in toasts) == status.region.y


async def test_the_outline_never_scrolls_sideways_when_its_scroll_bar_comes(tmp_path: Path) -> None:
    """Labels are cut to fit the outline's width; when the outline grew taller than the
    pane (all expanded) its scroll bar took two columns, the lines kept the width they
    were cut to, and a horizontal scroll bar came, taking the last row (seen at 80x24
    after opening a hit of the corpus search)."""
    path = tmp_path / "提纲.txt"
    parts = ["关于进一步做好经济工作的讲话", "", "同志们："]
    for first in "一二三四五":
        parts.append(f"　　{first}、关于进一步加强和改进经济工作的若干问题的意见")
        for second in "一二三四五":
            parts.append(f"　　（{second}）坚持稳中求进工作总基调推动高质量发展。正文一句。")
            parts.append("　　这是一段正文，用来撑开篇幅。" * 3)
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        outline = app.main_screen.outline
        outline.focus()
        await pilot.press("asterisk")  # all collapsed
        await until(pilot, lambda: not outline.show_vertical_scrollbar, "short enough")
        await pilot.press("asterisk")  # all expanded: taller than the pane
        await until(pilot, lambda: outline.show_vertical_scrollbar, "the scroll bar")
        await settle(app, pilot)
        width = outline.scrollable_content_region.width
        assert outline.virtual_size.width <= width
        assert not outline.show_horizontal_scrollbar


async def test_the_file_tree_never_scrolls_sideways_when_a_folder_opens(tmp_path: Path) -> None:
    """A folder opened in the tree made it taller than the pane: the same horizontal
    scroll bar as the outline's, for the same reason.

    The speeches are in a folder of their own: in ``tmp_path`` the app's state folder
    (``isolated_home``, written once the app runs) was listed too, by the folder's next
    look (``POLL_SECONDS``), and came first ("home" before "子文件夹"); on a loaded
    machine the test opened it instead of the sub-folder and waited 60 s for a scroll
    bar."""
    from tests.ui.conftest import SPEECH_FILE

    speeches = tmp_path / "speeches"
    speeches.mkdir()
    name = "关于进一步优化营商环境的讲话{}.txt"
    for i in range(5):
        (speeches / name.format(i)).write_text(SPEECH_FILE, encoding="utf-8")
    folder = speeches / "子文件夹"
    folder.mkdir()
    for i in range(60):
        (folder / name.format(f"附{i}")).write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(speeches / name.format(0))
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        assert not tree.show_vertical_scrollbar
        node = tree.node_for_path(folder)
        assert node is not None
        node.expand()
        await until(pilot, lambda: tree.show_vertical_scrollbar, "the scroll bar")
        await settle(app, pilot)
        assert tree.virtual_size.width <= tree.scrollable_content_region.width
        assert not tree.show_horizontal_scrollbar
