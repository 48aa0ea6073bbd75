"""Word and PDF files in the app: listed with a type marker, opened with their outline and
a page in the citation, a scan refused in one message (fixtures: tests/unit/format_fixtures)."""

from __future__ import annotations

import threading
from pathlib import Path

from tests.ui.conftest import settle
from tests.unit import format_fixtures as ff
from tui.app import make_app


async def test_tree_marks_pdf_and_word_files_and_opens_them(tmp_path: Path) -> None:
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    ff.write_text(folder / "a讲话.txt")
    ff.write_docx_numbered(folder / "b讲话.docx")
    pdf = ff.write_pdf(folder / "c讲话.pdf")
    app = make_app(pdf)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree
        labels = {}
        for name in ("a讲话.txt", "b讲话.docx", "c讲话.pdf"):
            node = tree.node_for_path(folder / name)
            assert node is not None
            labels[name] = tree.render_label(node, tree.rich_style, tree.rich_style).plain
        assert "PDF" in labels["c讲话.pdf"] and " W" in labels["b讲话.docx"]
        assert "PDF" not in labels["a讲话.txt"] and " W" not in labels["a讲话.txt"]

        document = screen.reader.document
        assert document is not None and document.pages is not None
        titles = [h.title for s in document.speeches for h in s.headings]
        assert titles == [text for level, _, text in ff.SPEECH if level]
        assert screen.outline.root.children  # the outline pane shows the speech

        node = tree.node_for_path(folder / "b讲话.docx")
        assert node is not None
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.path == (folder / "b讲话.docx").resolve()
        assert screen.reader.document is not None
        assert [h.title for s in screen.reader.document.speeches for h in s.headings] == titles


async def test_scanned_pdf_gives_one_clear_message(tmp_path: Path) -> None:
    path = ff.write_scanned_pdf(tmp_path / "扫描件.pdf")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.reader.document is None
        assert "扫描版 PDF" in screen.reader.message and "OCR" in screen.reader.message
        assert "无法显示" in screen.status.text


async def test_a_slow_pdf_says_what_is_being_read(tmp_path: Path, held_load: threading.Event) -> None:
    path = ff.write_pdf(tmp_path / "慢.pdf")
    app = make_app(path)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = app.main_screen
        for _ in range(100):
            if screen.reader.message:
                break
            await pilot.pause(0.05)
        assert "正在读取 PDF 的文字层" in screen.reader.message
        held_load.set()
        await settle(app, pilot)
        assert screen.reader.document is not None
