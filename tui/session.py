"""What the reader remembers between runs: the last file (of all, and of each folder), the
position in each file, bookmarks.

Pure Python on top of ``tui.state.JsonStore`` (no Textual): two JSON files under
``state_dir()``, ``session.json`` (last file, the last file of each folder, positions, theme,
language, line width, the outline's width, the notebook's place, the keyword panel, ``h``
and the search left on) and ``bookmarks.json``, each
checked when read (``check_session``/``check_bookmarks``) and written by merging this
instance's changes into the file as it is now, under its lock. A position
records the paragraph index, the sentence index and the paragraph's 1-based source line;
``resolve_position`` finds the same place in a (possibly changed) document by source line
first, then by paragraph index.

``Session`` (here) keeps this instance's pending changes to both files beside the merges
that write them; what the files hold (``Position``, ``Bookmark``), how they are read and
checked, and ``resolve_position`` are in ``tui/session_records.py``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from tui.session_records import (
    POSITION_FIELDS,
    POSITION_OPTIONAL,
    Bookmark,
    Position,
    bookmark_of,
    bookmark_place,
    check_bookmarks,
    check_session,
    normalise,
)
from tui.state import (
    FileText,
    JsonStore,
    record_problem,
    state_dir,
)

FOLDERS_KEPT = 200
"""Folders whose last file ``session.json`` remembers (``folders``): the ones read in last."""


class Session:
    """Positions, last file, theme and bookmarks, loaded once and saved on demand.

    Changes are kept in memory at once and written by merging: ``save()`` and each
    bookmark change re-read the file under its lock and apply only this instance's
    changes (positions by path, bookmarks added or removed by place; the last writer
    wins per key), so another running reader's changes are kept, as are fields a newer
    version wrote. A write that fails raises ``tui.state.WriteFailed``; the change stays
    pending and is written with the next save.
    """

    def __init__(self, directory: Path | None = None, stored: FileText | None = None) -> None:
        """``stored``: ``session.json`` as ``read_session`` read it a moment ago (for the
        language), taken instead of reading the file again."""
        folder = directory if directory is not None else state_dir()
        self._session_store = JsonStore(
            folder / "session.json", {"last_file": None, "positions": {}}, check_session
        )
        self._bookmark_store = JsonStore(folder / "bookmarks.json", [], check_bookmarks)
        self._session: dict[str, Any] = self._session_store.load(stored)
        raw = self._bookmark_store.load()
        self.problems: list[str] = []
        """Messages about state files set aside or partly left out (for a notification)."""
        self._collect_problems()
        self._bookmarks: list[Bookmark] = [bookmark_of(item) for item in raw]
        self._changed: dict[str, Any] = {}
        """Top-level keys (last file, theme, language) changed here and not yet written."""
        self._folders: dict[str, str] = {}
        """Folders' last files set here and not yet written, by folder, the last set last."""
        self._moved: dict[str, dict[str, Any]] = {}
        """Positions changed here and not yet written, by path."""
        self._marks: list[tuple[bool, Bookmark]] = []
        """Bookmarks added (True) or removed (False) here and not yet written."""
        self._dropped: dict[str, str] = {}
        """Positions copied to a renamed folder's paths (``move_folder``): old path -> new
        path, the old entry dropped in the write that holds the new one."""

    def _collect_problems(self) -> None:
        for store in (self._session_store, self._bookmark_store):
            problem = store.take_problem()
            if problem:
                self.problems.append(problem)

    def take_problems(self) -> list[str]:
        """The problems not reported yet (then cleared)."""
        problems, self.problems = self.problems, []
        return problems

    def _text(self, key: str) -> str | None:
        """The stored choice ``key`` (None: none, or not a string)."""
        value = self._session.get(key)
        return value if isinstance(value, str) else None

    def _choose(self, key: str, value: str) -> None:
        """Remember ``value`` for ``key``, a change to save if it is another."""
        if self._session.get(key) != value:
            self._session[key] = value
            self._changed[key] = value

    @property
    def last_file(self) -> str | None:
        """The file open when the app last closed."""
        return self._text("last_file")

    def set_last_file(self, path: str | Path | None) -> None:
        """Remember ``path`` as the open file, and as the last file read in its folder."""
        value = normalise(path) if path is not None else None
        self._session["last_file"] = value
        self._changed["last_file"] = value
        if value is not None:
            folder = str(Path(value).parent)
            _put_last(self._session.setdefault("folders", {}), folder, value)
            _put_last(self._folders, folder, value)

    @property
    def folder_files(self) -> dict[str, str]:
        """The file read last in each folder (at most ``FOLDERS_KEPT``), by folder, the
        folder read in last last: a copy."""
        return dict(self._session.get("folders", {}))

    @property
    def theme(self) -> str | None:
        """The colour theme chosen last (None: never chosen, the default)."""
        return self._text("theme")

    def set_theme(self, name: str) -> None:
        """Remember ``name`` as the chosen theme."""
        self._choose("theme", name)

    @property
    def lines_capped(self) -> bool:
        """Whether the reader's lines are capped (``w``; the default), as chosen last."""
        return self._text("line_width") != "window"

    def set_lines_capped(self, capped: bool) -> None:
        """Remember the reading width chosen with ``w`` ("capped" or "window")."""
        self._choose("line_width", "capped" if capped else "window")

    @property
    def keyword_panel_shown(self) -> bool:
        """Whether the keyword panel (``K``) was open when the app last closed."""
        return self._text("keyword_panel") == "shown"

    def set_keyword_panel_shown(self, shown: bool) -> None:
        """Remember whether the keyword panel is open."""
        self._choose("keyword_panel", "shown" if shown else "hidden")

    @property
    def keyword_highlights(self) -> bool:
        """Whether ``h`` (the speech's top keywords highlighted) was on when the app last closed."""
        return self._text("keyword_highlights") == "on"

    def set_keyword_highlights(self, on: bool) -> None:
        """Remember whether ``h`` is on."""
        self._choose("keyword_highlights", "on" if on else "off")

    @property
    def find_term(self) -> str:
        """The search (``/``) left on when the app last closed ("" for none)."""
        return self._text("find_term") or ""

    def set_find_term(self, term: str | None, folder: str | Path | None = None) -> None:
        """Remember the search on now (None or "": none), in the file tree's root ``folder``."""
        self._choose("find_term", term or "")
        if folder is not None:
            self._choose("find_folder", str(folder))

    @property
    def find_folder(self) -> str | None:
        """The file tree's root the search was left on in (None: not known, a session
        written before it was kept)."""
        return self._text("find_folder")

    @property
    def outline_width(self) -> int | None:
        """The outline's width in cells as ``<``/``>`` left it last (None: never set, the
        width ``tui.side_panes`` gives it)."""
        return self._cells("outline_width")

    def set_outline_width(self, cells: int) -> None:
        """Remember the outline's width chosen with ``<``/``>`` (newuser17 kept ``w``'s, and
        this one was lost at every start)."""
        self._set_cells("outline_width", cells)

    @property
    def tree_width(self) -> int | None:
        """The file tree's width in cells as ``<``/``>`` left it last (None: never set, the
        width ``tui.side_panes`` gives it)."""
        return self._cells("tree_width")

    def set_tree_width(self, cells: int) -> None:
        """Remember the file tree's width chosen with ``<``/``>`` (kept as the outline's is
        since ui22; it was lost at every start)."""
        self._set_cells("tree_width", cells)

    def _cells(self, key: str) -> int | None:
        """A side pane's width stored under ``key``; None when never set."""
        value = self._session.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def _set_cells(self, key: str, cells: int) -> None:
        """Store a side pane's width under ``key`` (written with the next save)."""
        if self._session.get(key) != cells:
            self._session[key] = cells
            self._changed[key] = cells

    @property
    def notebook_entry(self) -> str | None:
        """The id of the quote highlighted when the notebook was last left (None: never
        opened): it opens there again, also after a restart (newuser19: it lasted one run)."""
        return self._text("notebook_entry")

    def set_notebook_entry(self, entry_id: str) -> None:
        """Remember the notebook's highlighted quote (written with the next save)."""
        self._choose("notebook_entry", entry_id)

    @property
    def language(self) -> str | None:
        """The interface language chosen last ("zh", "en"; None: never chosen)."""
        return self._text("language")

    def set_language(self, name: str) -> None:
        """Remember ``name`` as the interface language."""
        self._choose("language", name)

    def position(self, path: str | Path) -> Position | None:
        """The stored position in ``path``, if any."""
        item = self._session["positions"].get(normalise(path))
        if record_problem(item, POSITION_FIELDS, POSITION_OPTIONAL) is not None:
            return None
        view_row = max(0, item.get("view_row", 0))
        return Position(
            item["paragraph"],
            item["sentence"],
            item["line"],
            item.get("text", ""),
            view_row,
            item.get("match_start"),
        )

    def set_position(self, path: str | Path, position: Position) -> None:
        """Remember ``position`` in ``path``."""
        key = normalise(path)
        item = asdict(position)
        if item["match_start"] is None:
            del item["match_start"]  # (no search, or its match elsewhere: nothing to keep)
        self._session["positions"][key] = item
        self._moved[key] = dict(item)

    def reload_bookmarks(self) -> None:
        """Read ``bookmarks.json`` again (another running reader may have changed it),
        with this instance's changes not written yet applied on top."""
        bookmarks = [bookmark_of(item) for item in self._bookmark_store.load()]
        self._collect_problems()
        for added, mark in self._marks:
            place = (mark.path, mark.paragraph, mark.sentence)
            bookmarks = [b for b in bookmarks if (b.path, b.paragraph, b.sentence) != place]
            if added:
                bookmarks.append(mark)
        self._bookmarks = bookmarks

    def bookmarks(self) -> list[Bookmark]:
        """All bookmarks, newest first."""
        return list(reversed(self._bookmarks))

    def bookmarks_in(self, path: str | Path) -> list[Bookmark]:
        """Bookmarks of one file, in reading order."""
        key = normalise(path)
        found = [b for b in self._bookmarks if b.path == key]
        return sorted(found, key=lambda b: (b.paragraph, b.sentence))

    def find_bookmark(self, path: str | Path, paragraph: int, sentence: int) -> Bookmark | None:
        """The bookmark on that sentence, if any."""
        key = normalise(path)
        for bookmark in self._bookmarks:
            if (bookmark.path, bookmark.paragraph, bookmark.sentence) == (key, paragraph, sentence):
                return bookmark
        return None

    def toggle_bookmark(
        self,
        path: str | Path,
        paragraph: int,
        sentence: int,
        line: int,
        text: str,
        anchor: str = "",
        page: int = 0,
        content: str = "",
    ) -> bool:
        """Add a bookmark on the sentence, or remove the one there. True when added.
        ``page``: the PDF page it is on (0: the file has no pages); ``content``: what the
        file holds (``Bookmark.content``).

        Written at once; raises ``WriteFailed`` when it could not be (the change is kept).
        """
        existing = self.find_bookmark(path, paragraph, sentence)
        if existing is not None:
            self._bookmarks.remove(existing)
            self._marks.append((False, existing))
            self._save_bookmarks()
            return False
        stamp = time.strftime("%Y-%m-%d %H:%M")
        bookmark = Bookmark(
            normalise(path),
            paragraph,
            sentence,
            line,
            text.strip()[:80],
            stamp,
            anchor,
            page,
            content,
        )
        self._bookmarks.append(bookmark)
        self._marks.append((True, bookmark))
        self._save_bookmarks()
        return True

    def move_bookmarks(self, old: str | Path, new: str | Path) -> int:
        """The bookmarks of ``old`` moved to ``new`` (the file was renamed); how many.

        Written at once, merged with other readers' bookmarks as ``toggle_bookmark`` is
        (another reader's bookmarks of ``old`` are moved too); raises ``WriteFailed`` when
        it could not be written (the change is kept and written with the next save).
        """
        old_key, new_key = normalise(old), normalise(new)
        return self._move_bookmarks(lambda key: new_key if key == old_key else None)

    def move_folder(self, old: str | Path, new: str | Path) -> int:
        """The bookmarks and reading positions of the files under the folder ``old`` now
        under ``new`` (the folder was renamed); how many bookmarks.

        Bookmarks are moved and written at once, as ``move_bookmarks``'s (one write of the
        bookmark file, which is replaced whole: all or none; raises ``WriteFailed`` when it
        could not be written, the change kept and written with the next save). Positions
        are copied to the new paths and written with the session's next save, which drops
        the old entries in the same write (``session.json`` replaced whole): a failed write
        loses none, and the file does not grow with every rename. Until then the old ones
        stay in memory (the folder renamed back finds them; its paths are then live again
        and kept)."""
        old_key, new_key = normalise(old), normalise(new)
        head = os.path.join(old_key, "")

        def moved(key: str) -> str | None:
            return new_key + key[len(old_key) :] if key.startswith(head) else None

        positions = self._session["positions"]
        for key, item in list(positions.items()):
            target = moved(key)
            if target is not None and isinstance(item, dict):
                positions[target] = dict(item)
                self._moved[target] = dict(item)
                self._dropped[key] = target
                self._dropped.pop(target, None)  # (renamed back: its path is live again)
        return self._move_bookmarks(moved)

    def _move_bookmarks(self, moved: Callable[[str], str | None]) -> int:
        """The bookmarks whose file ``moved`` gives a new path for moved there (see
        ``move_bookmarks``); how many."""
        self.reload_bookmarks()
        moving = [(b, new) for b in self._bookmarks if (new := moved(b.path)) is not None]
        for bookmark, new_key in moving:
            moved_mark = replace(bookmark, path=new_key)
            self._bookmarks.remove(bookmark)
            self._marks.append((False, bookmark))
            if self.find_bookmark(new_key, moved_mark.paragraph, moved_mark.sentence) is None:
                self._bookmarks.append(moved_mark)
                self._marks.append((True, moved_mark))
        if moving:
            self._save_bookmarks()
        return len(moving)

    def remove_bookmark(self, bookmark: Bookmark) -> None:
        """Delete ``bookmark`` (written at once; raises ``WriteFailed`` when it could not be)."""
        if bookmark in self._bookmarks:
            self._bookmarks.remove(bookmark)
            self._marks.append((False, bookmark))
            self._save_bookmarks()

    def _save_bookmarks(self) -> None:
        marks = list(self._marks)

        def merge(stored: list[dict[str, Any]]) -> list[dict[str, Any]]:
            for added, mark in marks:
                key = (mark.path, mark.paragraph, mark.sentence)
                stored = [item for item in stored if bookmark_place(item) != key]
                if added:
                    stored.append(asdict(mark))
            return stored

        try:
            merged = self._bookmark_store.update(merge)
        finally:
            self._collect_problems()
        del self._marks[: len(marks)]
        self._bookmarks = [bookmark_of(item) for item in merged]  # with the other readers' ones

    def _save_session(self) -> None:
        changed, moved, folders = dict(self._changed), dict(self._moved), dict(self._folders)
        dropped = dict(self._dropped)

        def merge(stored: dict[str, Any]) -> dict[str, Any]:
            stored.update(changed)
            if folders:
                kept = stored.setdefault("folders", {})
                for folder, file in folders.items():
                    _put_last(kept, folder, file)
            positions = stored.setdefault("positions", {})
            for key, place in moved.items():
                before = positions.get(key)
                positions[key] = {**before, **place} if isinstance(before, dict) else place
            for key, target in dropped.items():
                if target in positions:  # (its copy is written with it)
                    positions.pop(key, None)
            return stored

        try:
            merged = self._session_store.update(merge)
        finally:
            self._collect_problems()
        for key, value in changed.items():
            if self._changed.get(key) == value:
                del self._changed[key]
        for key, place in moved.items():
            if self._moved.get(key) == place:
                del self._moved[key]
        for folder, file in folders.items():
            if self._folders.get(folder) == file:
                del self._folders[folder]
        for key, target in dropped.items():
            if self._dropped.get(key) == target:
                del self._dropped[key]
        merged.update(self._changed)
        merged["positions"].update(self._moved)
        for folder, file in self._folders.items():
            _put_last(merged.setdefault("folders", {}), folder, file)
        self._session = merged

    @property
    def paths(self) -> tuple[Path, Path]:
        """The two files: ``session.json`` and ``bookmarks.json``."""
        return self._session_store.path, self._bookmark_store.path

    @property
    def unsaved(self) -> bool:
        """Whether some change is not written yet."""
        return bool(self._changed or self._moved or self._folders or self._dropped or self._marks)

    def save(self) -> None:
        """Write what changed (positions, last file, theme, bookmarks not written before).

        Raises ``WriteFailed`` when a file could not be written (``session.json``'s failure
        first: bookmarks that failed were reported when they were made); what was not
        written stays pending for the next call.
        """
        failures: list[OSError] = []
        if self._changed or self._moved or self._folders or self._dropped:
            try:
                self._save_session()
            except OSError as error:
                failures.append(error)
        if self._marks:
            try:
                self._save_bookmarks()
            except OSError as error:
                failures.append(error)
        if failures:
            raise failures[0]


def _put_last(folders: dict[str, str], folder: str, file: str) -> None:
    """``file`` as ``folder``'s last file, the newest entry of ``folders`` (whose oldest
    go beyond ``FOLDERS_KEPT``)."""
    folders.pop(folder, None)
    folders[folder] = file
    for old in list(folders)[: max(0, len(folders) - FOLDERS_KEPT)]:
        del folders[old]
