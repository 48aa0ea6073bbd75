"""The bookmarks list breaks its rows by the reader's rules: at 80x24 a bookmark in a
speech titled "在全市 2022 年优化营商环境…" read "《在全市 2022" | "年优化营商环境…》" (Textual
broke the row at the space after the number), and "xxxx" | "年的第一天"."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from textual.widgets import OptionList

from tests.ui.conftest import settle
from tui.app import make_app
from tui.paths import bundled_corpus_dir
from tui.screens.bookmarks import BookmarksScreen

NUMBER_END = re.compile(r"(?<![\w.])\d+$")
WORD_START = re.compile(r"^[^\W\d_]")
NO_START = "，。、；：！？）》”"


async def test_a_bookmark_row_keeps_a_number_with_its_word(tmp_path: Path) -> None:
    source = bundled_corpus_dir() / "优化营商环境大会讲话合集.txt"
    path = tmp_path / source.name
    shutil.copy(source, path)
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("j", "j", "m", "apostrophe")
        await settle(app, pilot)
        assert isinstance(app.screen, BookmarksScreen)
        options = app.screen.query_one(OptionList)
        parted = []
        for columns in range(60, 101):
            await pilot.resize_terminal(columns, 24)
            await settle(app, pilot)
            rows = [options.render_line(y).text.strip("▁▔ ") for y in range(options.size.height)]
            rows = [row for row in rows if row]
            assert any("2022" in row for row in rows), (columns, rows)
            for row, after in zip(rows, rows[1:], strict=False):
                if NUMBER_END.search(row) and WORD_START.search(after):
                    parted.append((columns, row, after))
                if after[:1] in NO_START:
                    parted.append((columns, row, after))
        assert not parted, parted
