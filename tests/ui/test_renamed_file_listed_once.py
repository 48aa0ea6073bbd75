"""A file renamed while the tree's own check lists its folder again is listed once.

The open file renamed (mv) was listed twice under its new name, 1 run in 3 (rename102):
the 2 s check took the folder's listed entries and read the folder on a thread (the old
name gone, the new one new), the reader followed the rename meanwhile (``rename_listed``:
the old name's line took the new name), and then the check's answer added a second line
for the new name. Here the check's reading is held (``hold_the_check``) until the rename
is followed, and the reader looks for the renamed file only once the check has read the
folder: the racing order, every run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.ui.conftest import SPEECH_FILE, app_on, file_changed, settle, until
from tui.app import SpeechReaderApp
from tui.folder_listing import folder_time
from tui.screens import main_watch
from tui.widgets import filetree_watch


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "讲话"
    folder.mkdir()
    for name in ("讲话1.txt", "讲话3.txt", "讲话5.txt"):
        (folder / name).write_text(SPEECH_FILE, encoding="utf-8")
    return folder


@pytest.fixture
def release() -> Iterator[threading.Event]:
    """Lets a held check's reading of the folder go on (set at the end in any case)."""
    event = threading.Event()
    yield event
    event.set()


def hold_the_check(monkeypatch: pytest.MonkeyPatch, release: threading.Event) -> threading.Event:
    """From now on the tree's relisting (``listing_change``) reads the folder, then waits
    for ``release``; the reader's look for the renamed file (``renamed_file``) waits until
    that reading was made (each at most 10 s). Returns the event set by the reading."""
    read = threading.Event()
    listing_change: Callable[..., Any] = filetree_watch.listing_change
    renamed_file: Callable[..., Any] = main_watch.renamed_file

    def held(*args: Any) -> Any:
        change = listing_change(*args)
        read.set()
        release.wait(10)
        return change

    def after_the_reading(*args: Any) -> Any:
        read.wait(10)
        return renamed_file(*args)

    monkeypatch.setattr(filetree_watch, "listing_change", held)
    monkeypatch.setattr(main_watch, "renamed_file", after_the_reading)
    return read


def names(app: SpeechReaderApp) -> list[str]:
    tree = app.main_screen.filetree
    return [child.data.path.name for child in tree.root.children if child.data]


async def rename(app: SpeechReaderApp, pilot: Pilot[Any], folder: Path, old: str, new: str) -> None:
    """``old`` changed on disk (a line added), then renamed ``new``, each seen by the poll."""
    with (folder / old).open("a", encoding="utf-8") as changed:
        changed.write("又一行。\n")
    await file_changed(app, pilot)
    (folder / old).rename(folder / new)
    await file_changed(app, pilot)


@pytest.mark.parametrize(
    ("before", "raced", "listed"),
    [
        ([], [("讲话3.txt", "讲话9.txt")], ["讲话1.txt", "讲话5.txt", "讲话9.txt"]),
        (  # two quick renames, one poll
            [],
            [("讲话3.txt", "讲话9.txt"), ("讲话9.txt", "讲话7.txt")],
            ["讲话1.txt", "讲话5.txt", "讲话7.txt"],
        ),
        (  # renamed back
            [("讲话3.txt", "讲话9.txt")],
            [("讲话9.txt", "讲话3.txt")],
            ["讲话1.txt", "讲话3.txt", "讲话5.txt"],
        ),
    ],
)
async def test_the_open_file_renamed_while_its_folder_is_read_is_listed_once(
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    release: threading.Event,
    before: list[tuple[str, str]],
    raced: list[tuple[str, str]],
    listed: list[str],
) -> None:
    async with app_on(folder / "讲话3.txt") as (app, pilot):
        screen = app.main_screen
        for old, new in before:
            await rename(app, pilot, folder, old, new)
        with (folder / raced[0][0]).open("a", encoding="utf-8") as changed:
            changed.write("又一行。\n")
        await file_changed(app, pilot)  # (the change read again; the folder's time alone)
        read = hold_the_check(monkeypatch, release)
        for old, new in raced:
            (folder / old).rename(folder / new)
        screen.check_file_changed()  # the poll: the folder read again, the rename followed
        await until(pilot, read.is_set, "the folder read by the tree's check")
        last = (folder / raced[-1][1]).resolve()
        await until(pilot, lambda: screen.path == last, "the rename followed")
        assert names(app) == listed  # (``rename_listed``, before the check's answer)
        release.set()  # the check's answer (the old name gone, the new one new) comes now
        await settle(app, pilot)
        assert names(app) == listed
        assert screen.filetree.listed_count == len(listed)
        tree = screen.filetree
        assert tree.cursor_node is not None and tree.cursor_node.data is not None
        assert tree.cursor_node.data.path == last


async def test_a_line_renamed_and_back_while_its_folder_is_read_stays(
    folder: Path, monkeypatch: pytest.MonkeyPatch, release: threading.Event
) -> None:
    """讲话3 renamed 讲话9 and back while the check read the folder (it saw 讲话9):
    the lines are as they were when the reading began, but the reading is not of them
    now (it would take the line of 讲话3, there, away, and list 讲话9, gone): it is
    made again."""
    async with app_on(folder / "讲话1.txt") as (app, pilot):
        tree = app.main_screen.filetree
        read = hold_the_check(monkeypatch, release)
        (folder / "讲话3.txt").rename(folder / "讲话9.txt")
        tree.relist(folder, folder_time(folder))
        await until(pilot, read.is_set, "the folder read by the tree's check")
        tree.rename_listed(folder / "讲话3.txt", folder / "讲话9.txt")
        (folder / "讲话9.txt").rename(folder / "讲话3.txt")
        tree.rename_listed(folder / "讲话9.txt", folder / "讲话3.txt")
        release.set()
        await settle(app, pilot)
        assert names(app) == ["讲话1.txt", "讲话3.txt", "讲话5.txt"]
        assert tree.listed_count == 3


async def test_the_open_file_renamed_over_a_listed_one_leaves_one_line(folder: Path) -> None:
    """The open 讲话3 moved onto 讲话5 (mv replacing it): 讲话5 was listed already, so
    ``rename_listed`` left the lines alone, but took 讲话3 out of the map of listed paths:
    the 2 s check found it gone and had no line to remove, and it stayed listed."""
    async with app_on(folder / "讲话3.txt") as (app, pilot):
        screen = app.main_screen
        (folder / "讲话3.txt").rename(folder / "讲话5.txt")
        await file_changed(app, pilot)
        assert screen.path == (folder / "讲话5.txt").resolve()
        await file_changed(app, pilot)  # (the folder looked at again, whichever came first)
        assert names(app) == ["讲话1.txt", "讲话5.txt"]
        assert screen.filetree.listed_count == 2


async def test_a_new_file_read_by_two_relistings_at_once_is_listed_once(
    folder: Path, monkeypatch: pytest.MonkeyPatch, release: threading.Event
) -> None:
    """Two relistings of one folder (its time changed again while the first read it:
    files arriving in a big folder) both found 讲话4 new, and each added a line for it."""
    async with app_on(folder / "讲话1.txt") as (app, pilot):
        tree = app.main_screen.filetree
        read = hold_the_check(monkeypatch, release)
        (folder / "讲话4.txt").write_text(SPEECH_FILE, encoding="utf-8")
        tree.relist(folder, folder_time(folder))
        await until(pilot, read.is_set, "the folder read by the first relisting")
        read.clear()
        tree.relist(folder, folder_time(folder))
        await until(pilot, read.is_set, "the folder read by the second relisting")
        release.set()
        await settle(app, pilot)
        assert names(app) == ["讲话1.txt", "讲话3.txt", "讲话4.txt", "讲话5.txt"]
        assert tree.listed_count == 4
