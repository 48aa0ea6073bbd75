"""A corpus search's file row naming its copies (同样的文字也在：…) at 80 columns: the
list of copies was cut at the pane's edge, so that it said only "同样的文字也在：长…" or
"the same text is…"; now the row names the first copy (its file's name, shortened with
… when need be) and how many copies there are, in both languages. Wide enough, every
copy is named as before."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.ui.conftest import screen_text, settle
from tests.ui.test_search_ui import corpus_search
from tui.app import make_app
from tui.engine.index import FileResult

COPY = "雷军讲话稿的存档副本第一份.txt"
FOLDER = "存档的讲话稿副本都放在这个文件夹"


def copies_in(folder: Path) -> None:
    """甲讲话.txt copied twice into a sub-folder of a long name (one copy of a long name)."""
    kept = folder / FOLDER
    kept.mkdir()
    shutil.copy(folder / "甲讲话.txt", kept / COPY)
    shutil.copy(folder / "甲讲话.txt", kept / "第二份.txt")


def row_line(text: str) -> str:
    """The drawn line of the file row naming copies."""
    lines = [line for line in text.splitlines() if "甲讲话.txt" in line or "第二份" in line]
    lines = [line for line in lines if "同样" in line or "same text" in line]
    assert len(lines) == 1, text
    return lines[0]


@pytest.mark.parametrize(
    ("language", "more"),
    [("zh", "及另外 1 个文件"), ("en", "and 1 more")],
)
async def test_a_row_at_80_columns_names_its_first_copy_and_how_many(
    speech_dir: Path, language: str, more: str
) -> None:
    copies_in(speech_dir)
    app = make_app(speech_dir / "乙讲话.txt", language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商")
        await pilot.pause()
        rows = [n.data for n in screen.results.root.children if isinstance(n.data, FileResult)]
        found = next(data for data in rows if data.also_at)
        assert len(found.also_at) == 2
        first = Path(found.also_at[0]).name
        line = row_line(screen_text(app)).rstrip(" ▎▂▁▃▄▅▆▇█")
        assert line.endswith(more), line
        assert first[:4] in line, line  # the first copy's file name, not only its folder
        assert Path(found.path).name[:3] in line, line


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_wide_row_names_every_copy(speech_dir: Path, language: str) -> None:
    copies_in(speech_dir)
    app = make_app(speech_dir / "乙讲话.txt", language=language)
    async with app.run_test(size=(200, 45)) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商")
        await pilot.pause()
        rows = [n.data for n in screen.results.root.children if isinstance(n.data, FileResult)]
        found = next(data for data in rows if data.also_at)
        line = row_line(screen_text(app))
        for path in found.also_at:
            assert Path(path).name in line, line
        assert "另外" not in line and "more" not in line, line


@pytest.mark.parametrize(("language", "count"), [("zh", r"（\d+ 处）"), ("en", r" \(\d+\)")])
async def test_a_deep_path_keeps_its_count_at_80_columns(
    speech_dir: Path, language: str, count: str
) -> None:
    """A file four folders down (no copy) was cut at the pane's edge, its count with it
    ("…/第三层/z08_jiangxi_zfgzbg_2026_mingci.txt…" at 80x24, seen in tmux on a
    2,229-file library); now its path is shortened ("…/name") and its count kept whole."""
    deep = speech_dir / "2019年" / "会议材料" / "holdout11" / "第二层" / "第三层"
    deep.mkdir(parents=True)
    text = (speech_dir / "甲讲话.txt").read_text(encoding="utf-8").replace("营商", "营商环境营商")
    name = "z08_jiangxi_zfgzbg_2026_mingci_webpage.txt"
    (deep / name).write_text(text, encoding="utf-8")
    app = make_app(speech_dir / "乙讲话.txt", language=language)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await corpus_search(app, pilot, "营商")
        await pilot.pause()
        lines = [line for line in screen_text(app).splitlines() if name[:12] in line]
        assert len(lines) == 1, screen_text(app)
        line = lines[0].rstrip(" ▎▂▁▃▄▅▆▇█")
        assert re.search(count + "$", line), line
        assert name in line, line  # the file's name whole ("…/" for its folders)
