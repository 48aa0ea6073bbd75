"""The search left on at quit comes back at the next start in the folder it was left on in,
not in another: after reading 辽宁's report in one folder with 营商环境 found, a start on
another folder showed "/ 营商环境  无匹配" over 蔡元培's speeches (newuser25)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ui.conftest import settle, until
from tui.app import make_app


async def _search_shown(path: Path) -> str | None:
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        term = screen.reader.search_term
        assert (term is not None) == screen.find_bar.is_open
        await pilot.press("q")
    return term


async def test_the_search_comes_back_only_in_its_folder(speech_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "另一个文件夹"
    other.mkdir()
    shutil.copy(speech_dir / "乙讲话.txt", other / "丙讲话.txt")
    app = make_app(speech_dir)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"营商", "enter")
        await settle(app, pilot)
        assert app.main_screen.reader.search_status[1]
        await pilot.press("q")
    assert await _search_shown(other) is None
    assert await _search_shown(other / "丙讲话.txt") is None  # (its folder is the root)
    assert await _search_shown(speech_dir) == "营商"
    assert await _search_shown(speech_dir / "乙讲话.txt") == "营商"


async def test_a_restored_search_stands_on_the_match_it_was_left_on(speech_dir: Path) -> None:
    """The search comes back as it was left: the cursor's match current, counted "3/N" in
    the bar, and ``n`` steps on from it. The bar said 共 N 处 with no match current over the
    match the user had stepped to (newuser26), and ``n`` went past the rest of its
    sentence."""
    path = speech_dir / "甲讲话.txt"
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"营商", "enter", "n")
        await settle(app, pilot)
        reader = app.main_screen.reader
        left, total = reader.search_status
        assert 1 < left < total
        cursor = reader.cursor
        await pilot.press("q")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        reader = screen.reader
        assert (reader.search_term, reader.cursor) == ("营商", cursor)
        await until(
            pilot, lambda: reader.search_status == (left, total), "the match left on current"
        )
        assert str(screen.find_bar.status.render()) == f"{left}/{total}"
        await pilot.press("n")
        await until(pilot, lambda: reader.search_status == (left + 1, total), "n steps on")


async def test_the_second_match_of_a_sentence_comes_back_current(tmp_path: Path) -> None:
    """Two matches in one sentence, the user stepped to the second: a restart makes the
    second current again (2/N), not the sentence's first — 4/237 at quit came back 3/237
    (lead, 6 December 2026)."""
    path = tmp_path / "讲话.txt"
    path.write_text(
        "在全市大会上的讲话\n\n同志们：\n\n    今天开会。营商环境要优化，营商服务要跟上。\n"
        "    我们要坚持营商为先。\n",
        encoding="utf-8",
    )
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"营商", "enter")
        await settle(app, pilot)
        reader = app.main_screen.reader
        while reader.search_status[0] != 2:
            await pilot.press("n")
            await settle(app, pilot)
        assert reader.search_status == (2, 3)
        await pilot.press("q")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        reader = app.main_screen.reader
        await until(pilot, lambda: reader.search_status == (2, 3), "the second match current")
        await pilot.press("n")
        await until(pilot, lambda: reader.search_status == (3, 3), "n steps on to the third")
