"""Defects a policy analyst found in a 3,000-file mixed library (newuser15): a first file
that cannot be shown, files deleted or added while the tree lists their folder, palette
words, English exception texts in Chinese messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.conftest import SPEECH_FILE, settle, until, until_cursor_on
from tests.unit import format_fixtures as ff
from tui import startup, ui_text
from tui.app import make_app
from tui.base.files import name_order
from tui.widgets import filetree_listing


@pytest.fixture
def bad_first(tmp_path: Path) -> Path:
    """A library whose first files breadth first cannot be shown (a scanned PDF, a damaged
    .docx, a binary .txt); its first speech that can is one level down."""
    library = tmp_path / "文库"
    (library / "2018年").mkdir(parents=True)
    ff.write_scanned_pdf(library / "00扫描件.pdf")
    (library / "01损坏.docx").write_bytes(b"PK\x03\x04 not a zip" * 10)
    (library / "02乱码.txt").write_bytes(bytes(range(256)) * 8)
    (library / "2018年" / "讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    return library


async def test_a_first_start_opens_the_first_file_it_can_show(bad_first: Path) -> None:
    """With no history, a folder whose first file cannot be shown opened on its error:
    now the reader passes over it (quietly) to the first file it can show, and the
    passed-over file still says why when it is opened."""
    speech = bad_first / "2018年" / "讲话.txt"
    app = make_app(bad_first)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await until(pilot, lambda: screen.reader.document is not None, "a text shown")
        assert screen.path == speech.resolve()
        await until_cursor_on(pilot, screen.filetree, speech.resolve())
        bad = (bad_first / "01损坏.docx").resolve()
        screen.open_file(bad)
        await settle(app, pilot)
        assert screen.reader.document is None
        assert "01损坏.docx" in screen.reader.message


async def test_a_launched_reader_passes_over_the_parse_sent_ahead(bad_first: Path) -> None:
    """``launch`` sends the first file's parse ahead (the scanned PDF's, which fails): the
    reader still opens on the first file it can show, with the tree's cursor on it."""
    import gc

    from tui.cli import launch

    speech = (bad_first / "2018年" / "讲话.txt").resolve()
    app = launch(bad_first)
    try:
        async with app.run_test(size=(140, 36)) as pilot:
            await settle(app, pilot)
            screen = app.main_screen
            await until(pilot, lambda: screen.reader.document is not None, "a text shown")
            assert screen.path == speech
            await until_cursor_on(pilot, screen.filetree, speech)
    finally:
        gc.unfreeze()


async def test_the_files_tried_at_a_first_start_are_bounded(
    bad_first: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``FIRST_FILE_TRIES`` files that cannot be shown the last one's message is
    shown: the start does not walk a whole damaged library."""
    monkeypatch.setattr(startup, "FIRST_FILE_TRIES", 2)
    app = make_app(bad_first)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        await until(pilot, lambda: bool(screen.reader.message), "a message shown")
        assert screen.path == (bad_first / "01损坏.docx").resolve()
        assert screen.reader.document is None


async def test_a_file_asked_for_that_cannot_be_shown_says_why(bad_first: Path) -> None:
    """Only the folder's own first file is passed over: one asked for by name is not."""
    app = make_app(bad_first / "00扫描件.pdf")
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        screen = app.main_screen
        assert screen.path == (bad_first / "00扫描件.pdf").resolve()
        assert "00扫描件.pdf" in screen.reader.message


def test_palette_words_are_each_matched_in_any_order() -> None:
    """A query's words (split at spaces) must each match, in any order; one word scores
    as Textual's own matcher does."""
    from textual.fuzzy import Matcher

    from tui.widgets.safelabel import WordsMatcher

    pdf, txt = "2019年/h04_hush.pdf", "2019年/h04_hush.txt"
    for query in ("h04_hush pdf", "pdf h04_hush", "  hush   pdf "):
        matcher = WordsMatcher(query)
        assert matcher.match(pdf) > 0, query
        assert matcher.match(txt) == 0, query
    assert WordsMatcher("hush").match(pdf) == Matcher("hush").match(pdf)
    # The characters of both words are highlighted.
    assert {pdf.index("h04"), pdf.index("pdf")} <= WordsMatcher("h04 pdf").offsets(pdf)


async def test_the_palette_finds_a_file_by_two_words(tmp_path: Path) -> None:
    """ctrl+p ``h04_hush pdf`` listed nothing while ``h04_hush`` listed the PDFs: now it
    lists the PDF and not the text file of the same name."""
    from textual.command import CommandList
    from textual.widgets import Input

    from tests.ui.conftest import open_palette

    folder = tmp_path / "文库"
    (folder / "2019年").mkdir(parents=True)
    (folder / "讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
    ff.write_scanned_pdf(folder / "2019年" / "h04_hush.pdf")
    (folder / "2019年" / "h04_hush.txt").write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(folder / "讲话.txt")
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        await open_palette(pilot, "h04_hush")
        await pilot.press("space", *"pdf")
        typed = [field.value for field in app.screen.query(Input)]
        assert typed == ["h04_hush pdf"]

        def prompts() -> list[str]:
            shown = app.screen.query("CommandList.--visible").results(CommandList)
            return [str(option.prompt) for found in shown for option in found.options]

        def only_the_pdf() -> bool:
            # (the list of "h04_hush" alone, before the space, holds both files)
            listed = prompts()
            return any("h04_hush.pdf" in p for p in listed) and not any(
                "h04_hush.txt" in p for p in listed
            )

        await until(pilot, only_the_pdf, "the PDF listed alone", seconds=20)
        await settle(app, pilot)
        assert only_the_pdf()


async def test_the_tree_drops_a_deleted_file_and_lists_a_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file deleted while not open stayed listed (only its "N篇" went, Enter said it was
    gone), and a file added to a listed folder never showed: the folders in sight are
    looked at with the open file, and one whose entries changed is listed again, its
    open sub-folders and the cursor kept."""
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "POLL_SECONDS", 0.05)
    # The root labelled as the bundled corpus is (内置讲话稿): a name the listing again
    # must keep, not DirectoryTree's bare folder name.
    monkeypatch.setattr(filetree_listing, "is_bundled_corpus", lambda path: path.name == "文库")
    folder = tmp_path / "文库"
    (folder / "2019年").mkdir(parents=True)
    for name in ("01讲话.txt", "02讲话.txt", "2019年/03讲话.txt"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    opened, doomed = folder / "01讲话.txt", folder / "02讲话.txt"
    nested = folder / "2019年" / "03讲话.txt"
    app = make_app(opened)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        root_label = str(tree.root.label)
        assert root_label == ui_text.BUNDLED_CORPUS()
        tree.reveal(nested)  # (its folder open: kept open by the new listing)
        await until(pilot, lambda: tree.node_for_path(nested) is not None, "nested listed")
        await until_cursor_on(pilot, tree, nested)
        doomed.unlink()
        (folder / "04新讲话.txt").write_text(SPEECH_FILE, encoding="utf-8")
        await until(pilot, lambda: tree.node_for_path(doomed) is None, "the deleted file dropped")
        await until(
            pilot, lambda: tree.node_for_path(folder / "04新讲话.txt") is not None, "new listed"
        )
        await settle(app, pilot)
        assert tree.node_for_path(nested) is not None
        assert tree.node_for_path(opened) is not None
        assert str(tree.root.label) == root_label  # (not the folder's bare name)
        await until_cursor_on(pilot, tree, nested)


async def test_an_unexpected_error_is_told_without_its_english_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An error no format reader put in words (a library's own exception) showed its
    English text in the Chinese message; it is logged instead."""

    def fails(path: object) -> object:
        raise ValueError("cmap table is truncated")

    monkeypatch.setattr("tui.jobs.opening.first_screen", fails)
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH_FILE, encoding="utf-8")
    app = make_app(path)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        message = app.main_screen.reader.message
        assert "讲话.txt" in message and "意外的错误" in message
        assert "cmap" not in message


async def test_an_unexpected_error_is_in_the_log_the_message_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "The details are logged" named no file: nothing wrote the app's log anywhere a user
    could read. The message names the log, and the log holds the error, sanitised."""
    import logging

    from tui.cli import keep_a_log
    from tui.state import log_path

    def fails(path: object) -> object:
        raise ValueError("cmap table is \x1b[31mtruncated")

    monkeypatch.setattr("tui.jobs.opening.first_screen", fails)
    path = tmp_path / "讲话.txt"
    path.write_text(SPEECH_FILE, encoding="utf-8")
    keep_a_log()
    handlers = logging.getLogger("tui").handlers[:]
    try:
        app = make_app(path)
        async with app.run_test(size=(140, 36)) as pilot:
            await settle(app, pilot)
            message = app.main_screen.reader.message
        for handler in handlers:
            handler.flush()
        assert str(log_path()) in message.replace("\n", "")
        logged = log_path().read_text(encoding="utf-8")
        assert "cmap table is ␛[31mtruncated" in logged and "讲话.txt" in logged
        assert "\x1b" not in logged
    finally:
        for handler in handlers:
            logging.getLogger("tui").removeHandler(handler)
            handler.close()


async def test_a_big_folder_relisted_keeps_its_entries_and_the_cursor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder listed again (a file added, one deleted) had every entry removed and added
    again (DirectoryTree's ``reload_node``): in a folder of more files than a batch the
    cursor went back to the folder. Only the changed entries are added or removed now:
    the other entries are the same nodes, the cursor stays on its file, on its row."""
    from tui.screens import main as main_module

    monkeypatch.setattr(main_module, "POLL_SECONDS", 0.05)
    monkeypatch.setattr(filetree_listing, "ADD_BATCH", 40)
    folder = tmp_path / "文库"
    folder.mkdir()
    for number in range(200):
        (folder / f"讲话{number:03d}.txt").write_text(SPEECH_FILE, encoding="utf-8")
    opened, doomed = folder / "讲话000.txt", folder / "讲话010.txt"
    app = make_app(opened)
    async with app.run_test(size=(140, 36)) as pilot:
        await settle(app, pilot)
        tree = app.main_screen.filetree
        aimed = folder / "讲话150.txt"
        tree.reveal(aimed)
        await until_cursor_on(pilot, tree, aimed)
        await settle(app, pilot)
        row = tree.cursor_line - int(tree.scroll_offset.y)
        kept = tree.node_for_path(folder / "讲话100.txt")
        doomed.unlink()
        for name in ("讲话050新.txt", "讲话050甲.txt"):  # (side by side: in their order)
            (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
        new = folder / "讲话050新.txt"
        await until(pilot, lambda: tree.node_for_path(new) is not None, "the new file listed")
        await until(pilot, lambda: tree.node_for_path(doomed) is None, "the deleted file dropped")
        await settle(app, pilot)
        assert tree.node_for_path(folder / "讲话100.txt") is kept
        assert tree.cursor_line - int(tree.scroll_offset.y) == row
        await until_cursor_on(pilot, tree, aimed)
        names = [c.data.path.name for c in tree.root.children if c.data is not None]
        at = names.index("讲话050.txt")
        assert names[at : at + 3] == sorted(names[at : at + 3], key=name_order)
        assert set(names[at + 1 : at + 3]) == {"讲话050新.txt", "讲话050甲.txt"}
        assert len(names) == 201
