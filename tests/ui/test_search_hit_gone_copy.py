"""A corpus search hit whose file was deleted since the search, its row naming a copy
(同样的文字也在：…): Enter opened the file gone and the reader said 找不到文件; now the first
Enter offers the copy, the next opens the hit there. With no copy there, the hit opens as
before (the reader says the file is gone)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.message import Message

from tests.ui.conftest import hits_placed, settle
from tests.ui.test_quotes_ui import notices
from tests.ui.test_search_ui import corpus_search
from tui.app import make_app
from tui.engine.index import FileResult
from tui.screens.corpus_search import CorpusSearchScreen
from tui.screens.main import MainScreen
from tui.widgets.toasts import shown_notices


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_hit_in_a_file_gone_offers_its_copy(speech_dir: Path, language: str) -> None:
    shutil.copy(speech_dir / "甲讲话.txt", speech_dir / "甲副本.txt")
    app = make_app(speech_dir / "乙讲话.txt", language=language)
    seen: list[Message] = []
    async with app.run_test(size=(140, 40), message_hook=seen.append) as pilot:
        await settle(app, pilot)
        screen = await corpus_search(app, pilot, "营商")
        await hits_placed(app, pilot, screen)
        rows = [n for n in screen.results.root.children if isinstance(n.data, FileResult)]
        row = next(n for n in rows if n.data.also_at)  # type: ignore[union-attr]
        found = row.data
        assert isinstance(found, FileResult)
        (gone, copy) = (found.path, found.also_at[0])
        Path(gone).unlink()
        hits = [n for n in screen.located_nodes() if _under(n, row)]
        screen.results.move_cursor(hits[1])
        seen.clear()
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CorpusSearchScreen)  # not opened: offered
        said = [message for _, message in notices(seen)]
        assert len(said) == 1 and Path(gone).name in said[0] and Path(copy).name in said[0]
        await pilot.press("enter")
        await settle(app, pilot)
        main = app.screen
        assert isinstance(main, MainScreen)
        assert main.path == Path(copy).resolve() and main.reader.document is not None
        assert main.reader.cursor[0] == hits[1].data.paragraph  # type: ignore[union-attr]
        await pilot.pause()
        shown = [notice.message for notice in shown_notices(main)]
        assert not [message for message in shown if Path(copy).name in message], shown  # done


def _under(node: object, row: object) -> bool:
    while node is not None:
        if node is row:
            return True
        node = getattr(node, "parent", None)
    return False
