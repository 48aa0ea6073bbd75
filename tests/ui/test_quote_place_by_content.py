"""A quote is placed by what its file held, not by its name's ending (``Entry.content``,
from ``Document.content_kind``): a Word file renamed .txt is listed by the file alone (a
line of its extracted text is none Word shows), plain text saved as .docx by its line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.ui.conftest import FakeClipboard, screen_text, settle
from tests.ui.test_notebook_ui import notebook_of
from tests.ui.test_quotes_ui import SIZE
from tests.unit.format_fixtures import write_docx_typed, write_text
from tui.app import make_app
from tui.notebook import Notebook
from tui.screens.notebook import NotebookScreen

LINE = re.compile(r"第\d+行")


def _body_paragraph(app: object) -> int:
    document = app.main_screen.reader.document  # type: ignore[attr-defined]
    return next(
        n
        for n, p in enumerate(document.paragraphs)
        if len(p.text) > 12 and p.heading is None and p.line > 2
    )


@pytest.mark.parametrize(
    ("name", "write", "content", "by_line"),
    [
        ("讲话.txt", write_docx_typed, "docx", False),  # a Word file renamed .txt
        ("讲话.docx", write_text, "text", True),  # plain text saved as .docx
    ],
)
async def test_a_quote_is_placed_by_its_files_content(
    tmp_path: Path,
    clipboard: FakeClipboard,
    isolated_home: Path,
    name: str,
    write: object,
    content: str,
    by_line: bool,
) -> None:
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    path = write(folder / name)  # type: ignore[operator]
    app = make_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        document = app.main_screen.reader.document
        assert document is not None and document.content_kind == content
        app.main_screen.reader.move_cursor_to(_body_paragraph(app), 0)
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert isinstance(app.screen, NotebookScreen)
        place = next(
            line for line in screen_text(app).splitlines() if name in line and " · " in line
        )
        assert bool(LINE.search(place)) == by_line, place
    (entry,) = Notebook().entries()
    assert entry.content == content


async def test_a_quote_kept_before_its_content_was_recorded_reads_by_its_name(
    speech_file: Path, clipboard: FakeClipboard, isolated_home: Path
) -> None:
    """An old record (no ``content``) still reads, placed by its name as before."""
    shown = await notebook_of(isolated_home, speech_file, "/文档/旧.docx", "/文档/旧.txt")
    assert "旧.docx · 2026-12-05" in shown and "旧.txt 第4行 · 2026-12-05" in shown, shown
