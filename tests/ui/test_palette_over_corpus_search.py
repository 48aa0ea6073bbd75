"""The command palette over corpus search lists the folder's files and the open file's
headings, as over the reader: there, a file's name typed got 没有匹配的标题、文件或命令
though the folder held it (newuser27, in tmux on a folder of mixed files). The one chosen
closes the search and shows in the reader. Over a dialog the palette lists neither."""

from __future__ import annotations

from pathlib import Path

from tests.ui.conftest import app_on, open_palette, palette_lists, settle, until
from tui.screens.main import MainScreen


async def _search(app: object, pilot: object) -> None:
    from tui.screens.corpus_search import CorpusSearchScreen

    await pilot.press("ctrl+f")  # type: ignore[attr-defined]
    await until(
        pilot,  # type: ignore[arg-type]
        lambda: isinstance(app.screen, CorpusSearchScreen) and app.screen.input.has_focus,  # type: ignore[attr-defined]
        "the search screen open",
    )
    await pilot.press(*"营商环境", "enter")  # type: ignore[attr-defined]
    await settle(app, pilot)  # type: ignore[arg-type]


async def test_a_file_typed_in_the_palette_over_corpus_search_opens(speech_dir: Path) -> None:
    async with app_on(speech_dir / "甲讲话.txt") as (app, pilot):
        await _search(app, pilot)
        await open_palette(pilot, "乙讲话")
        listed = await palette_lists(app, pilot, "乙讲话")
        assert any(prompt.startswith("乙讲话.txt") for prompt in listed), listed
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "back on the reader")
        await settle(app, pilot)
        assert app.main_screen.path == (speech_dir / "乙讲话.txt").resolve()
        assert app.main_screen.reader.document is not None


async def test_a_heading_typed_in_the_palette_over_corpus_search_is_jumped_to(
    speech_dir: Path,
) -> None:
    async with app_on(speech_dir / "甲讲话.txt") as (app, pilot):
        await _search(app, pilot)
        await open_palette(pilot, "强化保障")
        listed = await palette_lists(app, pilot, "强化保障")
        assert any(prompt.startswith("三、强化保障") for prompt in listed), listed
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "back on the reader")
        await settle(app, pilot)
        reader = app.main_screen.reader
        assert reader.sentence_text(reader.cursor).startswith("三、强化保障")
