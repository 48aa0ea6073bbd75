"""The search left on at quit comes back at the next start in the folder it was left on in,
not in another: after reading 辽宁's report in one folder with 营商环境 found, a start on
another folder showed "/ 营商环境  无匹配" over 蔡元培's speeches (newuser25)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.ui.conftest import settle
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
