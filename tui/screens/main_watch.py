"""The open file watched on disk (``FileWatch``, a base class of ``MainScreen``).

``check_file_changed``, every ``POLL_SECONDS``: a file changed on disk is read again at
the same place (its find match current again); one renamed in its folder is followed
(by device and inode, its bookmarks and kept quotes with it); one gone keeps its text
on screen, the status line saying it is gone (or no longer a regular file). A folder
that held no speech file at start is looked into again when its time changes.

Not the loading itself (``tui/screens/main_loading.py``), nor the files the tree lists or
counts (``tui/screens/folder_work.py``).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui import folder_listing, ui_text
from tui.base.files import no_file_there, renamed_file, stamp_of
from tui.base.safetext import safe_path
from tui.folder_listing import (
    MovedLook,
    RootLook,
    folder_gone,
    folder_time,
    moved_folder,
    renamed_folder,
)
from tui.jobs import opening
from tui.screens import find as find_features
from tui.screens.main_loading import FileLoading
from tui.screens.unsaved import tell_problems, tell_saved, tell_unsaved
from tui.session_records import Position
from tui.startup import first_speech_file

_NOT_FOUND = {
    RootLook.ALL: (ui_text.FOLDER_GONE_OUT, ui_text.FOLDER_GONE_OUT_KEPT),
    RootLook.STOPPED: (ui_text.FOLDER_GONE_STOPPED, ui_text.FOLDER_GONE_STOPPED_KEPT),
    RootLook.NONE: (ui_text.FOLDER_GONE_UNSOUGHT, ui_text.FOLDER_GONE_UNSOUGHT_KEPT),
}
"""What is said of a folder gone under the tree's root, as far as the root was looked
through (``RootLook``): the message and the one beside the text kept on screen."""


class FileWatch(FileLoading):
    """The open file's changes on disk (see the module docstring)."""

    # Set by ``MainScreen.__init__`` (tui/screens/main.py), which says what each holds.
    _none_in: int | None
    _gone_mark: Callable[[], str]

    if TYPE_CHECKING:  # defined by MainScreen, which is built on this class

        def _update_status(self) -> None: ...

    def check_file_changed(self) -> None:
        """Reload the open file if it changed on disk; say so if it vanished. The counted
        files in the tree's sight are looked at too (``check_counts_in_sight``)."""
        self.check_counts_in_sight()
        self.check_listing_in_sight()
        path = self.path
        if path is None:
            if self._none_in is not None:
                self._look_for_a_first_file()
            return
        stamp = stamp_of(path)
        if stamp == self._stamp:
            return
        back = self._stamp is None  # (it was gone, or its folder)
        self._stamp = stamp
        if stamp is None:
            self._remember_position()
            if self._identity is not None:
                self._follow_rename(path, self._identity)  # (else ``_file_gone``)
            else:
                self._file_gone(path, RootLook.NONE)  # (no identity to look for)
            return
        self._remember_position()
        position = self.session.position(path)
        self._mark_match_again(position)  # (changed, or back after it was gone)
        self._load(path, position, reload=True)
        if back:
            # Selected in the tree again, as after a rename: its folder, gone and back,
            # was listed closed, and a file gone had lost its line and the cursor.
            self.filetree.reveal(path)

    def _mark_match_again(self, position: Position | None) -> None:
        """The file open is shown again at ``position`` (renamed, changed, back after it
        was gone): the find bar's current match there is current again, "3/11", where it
        said 共 11 处 with none current."""
        if position is not None and position.match_start is not None:
            self.mark_match_start = position.match_start
            self.mark_match_on_load = True

    @work(exclusive=True, group="first-file", description="look for a first speech file")
    async def _look_for_a_first_file(self) -> None:
        """The folder held no speech file at start and the reader said so: once the root's
        time changed (a file saved into it), look for one on a thread and open it. The tree
        listed a file saved there while the reader still said the folder held none
        (newuser28, seen in tmux: an empty folder, then a .txt copied into it)."""
        root, was = self.root, self._none_in
        now = await asyncio.to_thread(folder_time, root)
        if was is None or now == was or self.path is not None:
            return
        found = await asyncio.to_thread(first_speech_file, root.resolve())
        if self.path is not None or self._none_in is None:
            return
        self._none_in = now
        if found is None:
            return
        self._none_in = None
        self._first_pick = found.resolve()
        self.open_and_reveal(found.resolve())

    @work(exclusive=True, group="rename", description="look for a renamed file")
    async def _follow_rename(self, path: Path, identity: tuple[int, int]) -> None:
        """The open file vanished: if a file of its folder is the same file (device and
        inode) under another name, open that one at the same place and say so (the folder
        is listed off the UI thread)."""
        renamed = await asyncio.to_thread(renamed_file, path, identity)
        folder = None  # (the folder renamed beside itself, the file in it renamed or not)
        if renamed is None:
            folder = await asyncio.to_thread(renamed_folder, path, identity)
        look = MovedLook(None)
        if renamed is None and folder is None:
            root = self.root
            look = await asyncio.to_thread(lambda: moved_folder(path, identity, root.resolve()))
        if self.path != path or stamp_of(path) is not None:
            return
        # Where the reader is now, its current match too (the session's may be a second
        # old, and the find bar said 共 N 处 instead of "3/N" after the rename).
        position = self._current_position() or self.session.position(path)
        if (found := folder or look.found) is not None:
            # (the folder renamed beside itself, or moved under another folder of the tree;
            # the file in it renamed at once or not)
            old, new, renamed = found
            same = new / path.relative_to(old)  # (the file's path had it kept its name)
            was, now = safe_path(old.name), safe_path(renamed.name)
            if folder is not None:
                name = safe_path(new.name)
                said = (
                    ui_text.FOLDER_RENAMED(old=was, name=name)
                    if renamed == same
                    else ui_text.FOLDER_AND_FILE_RENAMED(old=was, name=name, file=now)
                )
            else:
                place = safe_path(str(new.relative_to(self.root.resolve())))
                said = (
                    ui_text.FOLDER_MOVED(old=was, place=place)
                    if renamed == same
                    else ui_text.FOLDER_MOVED_FILE_RENAMED(old=was, place=place, file=now)
                )
            self.notify(said, timeout=6, markup=False)
            if folder is not None:
                self._follow_folder(old, new)
            else:
                self._follow_move(old, new)
            if renamed != same:
                self._carry_marks(same, renamed)  # (its marks: under its old name there)
        elif renamed is not None:
            self.notify(ui_text.FILE_RENAMED(name=safe_path(renamed.name)), timeout=6, markup=False)
            self.filetree.rename_listed(path, renamed)
            self._carry_marks(path, renamed)
        else:
            self._file_gone(path, RootLook.STOPPED if look.stopped else RootLook.ALL)
            return
        self._mark_match_again(position)
        opening.follow_rename(path, renamed)  # (its document, not parsed again)
        self.open_and_reveal(renamed, position)

    def _follow_folder(self, old: Path, new: Path) -> None:
        """The open file's folder (or one above it) renamed from ``old`` to ``new``: the
        tree lists it under the new name, folders open as they were (the tree's root too,
        when it was the root or above it, and the folder is indexed again under its new
        name); the bookmarks, kept quotes and reading places of its files follow them."""
        if self.root.is_relative_to(old):
            self.root = new / self.root.relative_to(old)
            self.filetree.move_root(self.root)
            self.update_index()
        else:
            self.filetree.rename_listed(old, new)
        self._carry_marks(old, new, folder=True)
        self.schedule_save()  # (the places copied to the new paths)
        if self._count_tried is not None and "count-in-sight" not in self._running_groups():
            # A count the 2 s look dropped as its file was gone under the old name (seen in
            # tmux: the folder beside the open file lost its "1篇" when the root was renamed).
            self._count_in_sight()

    def _follow_move(self, old: Path, new: Path) -> None:
        """The open file's folder (or one above it) moved from ``old`` to ``new`` under
        another folder of the tree: its old line goes with the next listing of the folder
        it left (asked for now), the file's new place is listed as it is revealed
        (``SpeechFileTree.reveal``); the marks and places of its files follow them."""
        self.filetree.relist(old.parent, folder_time(old.parent))
        self._carry_marks(old, new, folder=True)
        self.schedule_save()  # (the places copied to the new paths)

    def _file_gone(self, path: Path, looked: RootLook) -> None:
        """The open file vanished (and was not renamed in its folder). Its text, when shown,
        stays to read, copy and bookmark, the status line saying the file is gone (a sync
        tool replaces a file by deleting it first; the reader used to go blank until it came
        back); the position keeps following the cursor, so the file reopens where the user
        is when it returns (``check_file_changed``). With no text shown, a message.

        A FIFO, a device or a folder now under its name (``no_file_there``) is said to be
        that, in ``read_file_bytes``'s words (it was called gone): the text stays the same
        way, marked 不是普通文件, until a regular file is back.

        A folder gone under the tree's root is said to be nowhere in it only when the root
        was looked through (``looked``, ``RootLook``): a look stopped at ``MOVED_LOOKS``
        folders, or none made (the file's identity unknown), says so instead."""
        # (no "N篇" on a file gone, nor 无法计数)
        self.filetree.set_speech_counts({path: None}, uncountable={path: None})
        why: Callable[[], str] = ui_text.FILE_GONE
        kept = partial(ui_text.FILE_GONE_KEPT, name=safe_path(path.name))
        note, self._gone_mark = ui_text.OUTLINE_FILE_GONE, ui_text.FILE_GONE_STATUS
        swapped = no_file_there(path)
        gone = folder_gone(path) if swapped is None else None
        if gone is not None:
            folder, root = safe_path(gone.name), self.root.resolve()
            why = partial(ui_text.FOLDER_GONE, folder=folder)
            kept = partial(ui_text.FOLDER_GONE_KEPT, name=safe_path(path.name), folder=folder)
            if gone != root and gone.is_relative_to(root):  # (looked for there, or not)
                said, said_kept = _NOT_FOUND[looked]
                where = {
                    "folder": folder,
                    "root": safe_path(root.name),
                    "looked": folder_listing.MOVED_LOOKS,
                }
                why = partial(said, **where)
                kept = partial(said_kept, name=safe_path(path.name), **where)
            note, self._gone_mark = ui_text.OUTLINE_FOLDER_GONE, ui_text.FOLDER_GONE_STATUS
        if swapped is not None:
            why = partial(ui_text.pick, swapped.message, swapped.message_en)
            kept = partial(ui_text.FILE_NOT_REGULAR_KEPT, why=why())
            note, self._gone_mark = ui_text.OUTLINE_NOT_A_FILE, ui_text.FILE_NOT_REGULAR_STATUS
        if self._shown == path and self.reader.document is not None:
            self._gone = path
            self._update_status()
            self.notify(kept(), timeout=8, markup=False)
            return
        self._shown = None
        self.reader.show_message(lambda: f"{path.name}\n\n{why()}")
        self.outline.show_document(None, note=note)
        find_features.update_find_status(self)
        mark = self._gone_mark
        self._say_status(lambda: (path.name, mark()))

    def _carry_marks(self, path: Path, renamed: Path, *, folder: bool = False) -> None:
        """The bookmarks and kept quotes of ``path`` follow it to ``renamed``: before, the
        bookmark list still named the old file and said it could not be found, and the
        notebook's Enter did the same. A ``folder``: those of every file under it (and
        their reading places, ``Session.move_folder``)."""
        from tui.screens.quote_dialog import service

        session = self.session
        try:
            moved = session.move_folder if folder else session.move_bookmarks
            if moved(path, renamed):
                tell_saved(self.app, session.paths[1])
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_BOOKMARKS(), error)
        tell_problems(self.app, session.take_problems())
        quoting = service(self)
        notebook = quoting.notebook
        try:
            move = notebook.move_folder if folder else notebook.move_file
            if move(path, renamed):  # (one write for a folder's files)
                tell_saved(self.app, notebook.path)
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_NOTEBOOK(), error)
        quoting.report_problem()
