"""The file tree marks a file by what it holds once that is known: a plain-text file named
.docx, .pdf or .html showed "W", "PDF" or "网页" (its name's kind) while the reader said
it was read as plain text (newuser27). The speech counter reads each file anyway, and so
does the open; a real Word file keeps its "W"."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from rich.style import Style

from tests.ui.conftest import SPEECH_FILE, settle, until
from tui.app import make_app
from tui.widgets.filetree import SpeechFileTree

MISNAMED = ("纪要.docx", "讲话.pdf", "通知.html")


def label_of(tree: SpeechFileTree, path: Path) -> str:
    node = tree.node_for_path(path)
    assert node is not None, path
    return tree.render_label(node, Style(), Style()).plain


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "甲.txt").write_text(SPEECH_FILE, encoding="utf-8")
    for name in MISNAMED:
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    word = docx.Document()
    for line in SPEECH_FILE.splitlines():
        word.add_paragraph(line.strip("\u3000"))
    word.save(str(folder / "真的.docx"))
    return folder


async def test_counted_files_show_the_kind_they_hold(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    app = make_app(folder / "甲.txt")
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        names = [*MISNAMED, "真的.docx"]
        await until(
            pilot,
            lambda: all(tree.speech_count(folder / name) is not None for name in names),
            "every file counted",
        )
        await settle(app, pilot)
        for name in MISNAMED:
            label = label_of(tree, folder / name)
            # the whole name, no marker of its name's kind: it is read as plain text
            assert label.split()[1:] == [name, "1篇"], label
        assert label_of(tree, folder / "真的.docx").split()[1:] == ["真的", "W", "1篇"]


@pytest.mark.parametrize("name", MISNAMED)
async def test_the_open_file_shows_the_kind_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Opened before any count (the counter held off), the file's line follows its read."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    folder = _folder(tmp_path)
    app = make_app(folder / name)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        await until(pilot, lambda: tree.speech_count(folder / name) is not None, "the open file")
        assert label_of(tree, folder / name).split()[1:] == [name, "1篇"]
        # the other misnamed files, not read yet, still show their name's kind
        other = next(other for other in MISNAMED if other != name)
        assert label_of(tree, folder / other).split()[-1] in ("W", "PDF", "网页")


async def test_the_open_file_of_another_format_shows_its_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Word file named .pdf, opened before any count: its line shows the format the open
    read it as (``Document.content_kind``), "W", not its name's "PDF" — the open told only
    a plain text so (by its warning's words)."""
    monkeypatch.setattr("tui.screens.main.COUNT_DELAY", 1e6)
    folder = _folder(tmp_path)
    named = folder / "报告.pdf"
    named.write_bytes((folder / "真的.docx").read_bytes())
    app = make_app(named)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        await until(pilot, lambda: tree.speech_count(named) is not None, "the open file")
        assert label_of(tree, named).split()[1:] == ["报告.pdf", "W", "1篇"]
