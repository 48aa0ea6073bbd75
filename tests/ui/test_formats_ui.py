"""Word and PDF files in the app: listed with a type marker, opened with their outline and
a page in the citation, a scan refused in one message (fixtures: tests/unit/format_fixtures)."""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets.tree import TreeNode

from tests.hostile import unsafe_in
from tests.ui.conftest import FakeClipboard, screen_text, settle
from tests.unit import format_fixtures as ff
from tui.app import make_app
from tui.cli import main


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
        await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
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


async def test_a_slow_pdf_says_what_is_being_read(
    tmp_path: Path, held_load: threading.Event
) -> None:
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


async def test_issue_15_done_when(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    clipboard: FakeClipboard,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue 15's "Done when", as a new user would try it: a folder holding the same speech
    as .txt, as .docx typed by hand, as .docx numbered by Word and as a text PDF with a
    running header shows the same outline for all four (in the outline pane and in
    ``speech-reader outline FILE --json``); a paragraph copied from the PDF is clean and
    cites its page; a scanned PDF and a .doc on a machine without converters each give one
    clear line; the folder is left as it was."""
    folder = tmp_path / "讲话稿"
    folder.mkdir()
    same = [
        ff.write_text(folder / "讲话.txt"),
        ff.write_docx_typed(folder / "讲话-手打编号.docx"),
        ff.write_docx_numbered(folder / "讲话-自动编号.docx"),
        ff.write_pdf(folder / "讲话.pdf"),
    ]
    scan = ff.write_scanned_pdf(folder / "扫描件.pdf")
    doc = folder / "旧文档.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()}
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no antiword, no LibreOffice
    expected = [(level, text) for level, _, text in ff.SPEECH if level]

    for path in same:
        assert main(["outline", str(path), "--json"]) == 0
        record = json.loads(capsys.readouterr().out)
        assert [(h["level"], h["title"]) for h in record["speeches"][0]["headings"]] == expected
        assert record["speeches"][0]["title"] == ff.TITLE

    app = make_app(folder)
    async with app.run_test(size=(160, 45)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        tree = screen.filetree

        async def open_file(path: Path) -> None:
            node = tree.node_for_path(path)
            assert node is not None, path
            tree.focus()
            tree.move_cursor(node)
            await pilot.press("enter")
            await settle(app, pilot)
            await screen.outline.wait_for_refresh()  # the fill comes after a frame (``later``)
            assert screen.path == path.resolve()

        for path in same:
            await open_file(path)
            speeches = screen.outline.root.children
            assert [node.data.title for node in speeches] == [ff.TITLE]  # type: ignore[union-attr]
            assert outline_pane(speeches[0]) == expected, path.name

        # The PDF is open: copy the paragraph that runs from page 2 onto page 3.
        document = screen.reader.document
        assert document is not None and document.pages is not None
        heading = next(
            h for s in document.speeches for h in s.headings if h.title == "强化要素保障"
        )
        screen.reader.focus()
        screen.reader.move_cursor_to(heading.paragraph + 1)
        await pilot.press("Y")
        await settle(app, pilot)
        text, citation = clipboard.copies[-1].split("\n——")
        assert text == ff.SPEECH[19][2]
        assert ff.RUNNING_HEADER not in text and "- 2 -" not in text and "- 3 -" not in text
        assert citation.endswith("（二）强化要素保障，第2页")

        for path, words in ((scan, ("扫描版 PDF", "OCR")), (doc, ("antiword", "LibreOffice"))):
            await open_file(path)
            assert screen.reader.document is None
            name, message = screen.reader.message.split("\n\n")  # the file's name, then why
            assert name == path.name and "\n" not in message  # one line
            assert all(word in message for word in words), message
            assert "无法显示" in screen.status.text

    assert {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in folder.iterdir()} == before


def outline_pane(node: TreeNode[Any], depth: int = 1) -> list[tuple[int, str]]:
    """(depth, title) of the headings under an outline pane node, in the order shown."""
    found: list[tuple[int, str]] = []
    for child in node.children:
        assert child.data is not None
        found.append((depth, child.data.title))
        found.extend(outline_pane(child, depth + 1))
    return found


def test_every_kind_but_plain_text_has_a_tree_marker() -> None:
    """A new format gets its dim marker in the tree (PDF, W, 网页, EPUB) as the first four did."""
    from typing import get_args

    from tui.formats import FormatKind
    from tui.widgets.filetree import TYPE_MARKERS

    assert set(TYPE_MARKERS) == set(get_args(FormatKind)) - {"text"}


async def test_a_documents_warning_is_said_in_the_chosen_language(tmp_path: Path) -> None:
    """A warning carries both languages (``Said``), through the extraction cache too: it
    was one text "中文 / English" split when shown."""
    path = ff.write_pdf_with_blank_page(tmp_path / "缺页.pdf")
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        shown = screen_text(app)
        assert "第2页没有文字层" in shown and "no text layer" not in shown, shown
        app.switch_language("en")
        app.clear_notifications()
        app.main_screen.open_file(path)  # again: from the extraction cache this time
        await settle(app, pilot)
        shown = screen_text(app)
        assert "Page 2 has no text layer" in shown and "没有文字层" not in shown, shown


async def test_a_warnings_title_the_file_name_is_shown_safely(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warning's title is the file's name: told through ``safe_path`` as every file name
    is (its ESC and bidi override as visible placeholders), the notice not read as markup.
    It was passed raw."""
    from tui.app import SpeechReaderApp

    told: list[tuple[str, dict[str, Any]]] = []
    real_notify = SpeechReaderApp.notify

    def notify(self: SpeechReaderApp, message: str, **kwargs: Any) -> None:
        told.append((message, kwargs))
        real_notify(self, message, **kwargs)

    monkeypatch.setattr(SpeechReaderApp, "notify", notify)
    path = ff.write_pdf_with_blank_page(tmp_path / "[b]缺\x1b[31m页\u202e.pdf")
    app = make_app(path)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(app, pilot)
        warned = [kwargs for message, kwargs in told if "第2页没有文字层" in message]
        assert len(warned) == 1, told
        assert warned[0]["title"] == "[b]缺␛[31m页‹U+202E›.pdf"
        assert warned[0].get("markup") is False
        shown = screen_text(app)
        assert unsafe_in(shown) == [], f"raw characters on screen: {unsafe_in(shown)!r}"
