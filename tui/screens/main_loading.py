"""Opening a file on the main screen (``FileLoading``, a base class of ``MainScreen``).

``open_file`` (and ``open_and_reveal``, the way in for a file chosen elsewhere than in
the tree): the document parsed on the background service in a worker (``_load``), a big
file's head first and its whole document after, at the same place; the document shown
with the panes following it (``_show_document``), or why it cannot be shown
(``_show_error``; on a first start such a file is passed over for the folder's next,
``_pass_over``); ctrl+r, the open file read again (``action_read_again``).

Not the parsing (``tui.jobs.opening``), nor the open file watched on disk
(``tui/screens/main_watch.py``); the "opening…" message, the whole document swapped in
for a big file's head and the timers that start the folder's work are the screen's
(``tui/screens/main.py``: their delays are its constants).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work

from tui import ui_text
from tui.base.errors import EmptyFileError, SpeechFileError
from tui.base.files import FileStamp, stamp_of, status_name
from tui.base.safetext import safe_path
from tui.engine.model import Document
from tui.engine.prefix import HEAD_BYTES
from tui.folder_listing import RootLook
from tui.formats import kind_unlike_name
from tui.jobs import opening
from tui.screens import find as find_features
from tui.screens.folder_work import _settle_garbage_collector
from tui.screens.main_places import ReadingPlaces
from tui.session_records import Position, resolve_position
from tui.startup import next_speech_file
from tui.state import log_path
from tui.widgets.filetree_counts import EMPTY_FILE

log = logging.getLogger(__name__)


def _error_words(error: SpeechFileError) -> Callable[[], str]:
    """Why ``error``'s file cannot be shown, in the interface's language; for a PDF whose
    refusal is remembered (``ReaderCrashedError``, ``lasting``: PDFium crashed on it or
    went past a limit, and it is not read again until it changes) how to read it again
    all the same (``action_read_again``)."""
    words = partial(ui_text.pick, error.message, error.message_en)
    if not getattr(error, "lasting", False):  # (only ReaderCrashedError has it)
        return words
    return lambda: ui_text.pick("", " ").join((words(), ui_text.READ_AGAIN_HINT()))


class FileLoading(ReadingPlaces):
    """Opening and showing files (see the module docstring)."""

    # Set by ``MainScreen.__init__`` (tui/screens/main.py), which says what each holds.
    _stamp: FileStamp | None
    _identity: tuple[int, int] | None
    _shown_name: str
    _gone: Path | None
    _head_wanted: tuple[Position, tuple[int, int]] | None
    _collector_settled: bool
    _first_pick: Path | None
    _passed_over: list[Path]

    if TYPE_CHECKING:  # defined by the classes built on this one

        def _set_loading(self, loading: bool) -> None: ...

        def _swap_in_whole(self, path: Path, document: Document) -> None: ...

        def _mount_hidden_later(self) -> None: ...

        def _say_status(self, crumbs: Callable[[], tuple[str, ...]]) -> None: ...

        def _start_folder_work(self) -> None: ...

        def _file_gone(self, path: Path, looked: RootLook) -> None: ...

        def _follow_rename(self, path: Path, identity: tuple[int, int]) -> object: ...

    def open_file(self, path: Path, position: Position | None = None) -> None:
        """Open ``path`` (parsed on the background service); ``position`` overrides the
        remembered one.

        A big file shows its head first (``tui.jobs.opening.first_screen``) and the whole
        document replaces it when parsed, at the same place.
        """
        self._remember_position()
        path = path.resolve()
        self.path = path
        self.session.set_last_file(path)
        self.schedule_save()
        self._stamp = stamp_of(path)
        self._identity = self._stamp.identity if self._stamp is not None else None
        early = self.background.take_ahead((path, self._stamp))  # sent by tui.cli.launch
        if early is not None and early.done():
            # Shown now, so the very first frame has the text (no worker, no extra frame).
            try:
                document, complete = early.result()
            except SpeechFileError as error:
                self._show_error(path, _error_words(error), isinstance(error, EmptyFileError))
                return
            except Exception as error:  # noqa: BLE001 - shown, and logged
                self._load_failed(path, error)
                return
            self._show_document(path, document, position, reload=False, complete=complete)
            if not complete:
                self._load(path, None, reload=False, whole=True)
            return
        self._set_loading(True)
        self._load(path, position, reload=False, early=early)

    def open_and_reveal(self, path: Path, position: Position | None = None) -> None:
        """Open ``path`` (as ``open_file``) and show it in the file tree (its folders
        expanded, the cursor on it): the one way in for a file chosen elsewhere than in
        the tree (the first file at start, the command palette, a bookmark, the notebook,
        a corpus-search hit)."""
        self.open_file(path, position)
        if self.path == path.resolve():  # (not when another file was opened instead)
            self.filetree.reveal(path)

    def reveal_match_at(self, position: Position) -> None:
        """The open file's cursor on ``position`` with the match there marked and in sight
        (a corpus-search hit in the file already open). While a big file's head is shown,
        the place may lie past the head: it is taken when the whole document is (as a
        bookmark's), unless the user moves meanwhile."""
        reader = self.reader
        reader.move_cursor_to(position.paragraph, position.sentence, top=True)
        if self.complete:
            reader.mark_match_at_cursor(self.mark_match_start)
            reader.reveal_cursor(1)
        else:
            self.mark_match_on_load = True
            self._head_wanted = (position, reader.cursor)

    @work(exclusive=True, group="load", description="load a file")
    async def _load(
        self,
        path: Path,
        position: Position | None,
        reload: bool,
        early: Future[tuple[Document, bool]] | None = None,
        whole: bool = False,
    ) -> None:
        """Parse ``path`` on the background service and show it.

        ``reload`` and ``whole`` parse the whole file at once; else its first screen comes
        first (``early``: that parse, started at launch), then the whole file if that
        was only its head.
        """
        try:
            if whole:
                await self._frame_drawn()
                document = await asyncio.wrap_future(self.background.submit(opening.load, path))
                self._swap_in_whole(path, document)
                return
            if reload:
                future = self.background.submit(opening.load, path)
                document, complete = await asyncio.wrap_future(future), True
                # The file's old text stayed on screen while it was read (Ctrl+R, a change on
                # disk): the place the user has moved to since is the one kept.
                position = self._current_position() or position
            else:
                first = early or self.background.submit(opening.first_screen, path)
                document, complete = await asyncio.wrap_future(first)
            self._show_document(path, document, position, reload, complete)
            if not complete:
                await self._frame_drawn()
                document = await asyncio.wrap_future(self.background.submit(opening.load, path))
                self._swap_in_whole(path, document)
        except SpeechFileError as error:
            self._show_error(path, _error_words(error), isinstance(error, EmptyFileError))
        except Exception as error:  # noqa: BLE001 - any failure must leave the app running
            self._load_failed(path, error)

    def _estimate_speeches(self, head: Document) -> int:
        """How many speeches the whole file may hold, from its head's share of the bytes."""
        size = self._stamp.size if self._stamp is not None else HEAD_BYTES
        return len(head.speeches) * max(1, size // HEAD_BYTES)

    async def _frame_drawn(self) -> None:
        """Return once the screen has been refreshed: the whole file's parse, which
        shares the GIL with the UI thread, starts after the head is on screen."""
        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        await drawn.wait()

    def _load_failed(self, path: Path, error: Exception) -> None:
        log.error("could not open %s", path, exc_info=error)
        # (the error's own text: in the log, cli.keep_a_log)
        self._show_error(path, lambda: ui_text.CANNOT_OPEN(log=safe_path(log_path())))

    def _pass_over(self, path: Path) -> bool:
        """On a first start, open the folder's next file instead of ``path``, which cannot
        be shown (a scanned PDF, a damaged .docx, a binary first breadth first): the reader
        opened on an error. Each file is parsed once (the failed parse is the check); at
        most ``FIRST_FILE_TRIES`` are tried, then the last one's message is shown. The file
        stays listed, and says why when opened."""
        if path != self._first_pick:
            return False
        self._passed_over.append(path)
        following = next_speech_file(self.root, self._passed_over)
        self._first_pick = following
        if following is None:
            return False
        log.info("first file %s cannot be shown; opening %s", path, following)
        self.open_and_reveal(following)
        return True

    def _show_error(self, path: Path, message: Callable[[], str], empty: bool = False) -> None:
        if path != self.path or self._pass_over(path):
            return
        self._set_loading(False)
        self._shown = None
        self._gone = None  # (back, but not to be shown: no longer gone)
        self.status.warning = ""
        self._mount_hidden_later()
        self.reader.show_message(lambda: f"{path.name}\n\n{message()}")
        self.outline.show_document(None, note=ui_text.OUTLINE_CANNOT_SHOW)
        # A file that cannot be shown (turned binary, emptied, unreadable) holds no speech
        # the tree could count: the count it showed is dropped with the document, and its
        # line says it cannot be counted (the reader says why).
        why = EMPTY_FILE if empty else True  # (an empty file's line: 空文件)
        self.filetree.set_speech_counts({path: None}, uncountable={path: why})
        find_features.update_find_status(self)  # the last file's count is not this one's
        self._say_status(lambda: (path.name, ui_text.CANNOT_SHOW()))
        self._start_folder_work()

    def _show_document(
        self,
        path: Path,
        document: Document,
        position: Position | None,
        reload: bool,
        complete: bool = True,
    ) -> None:
        """Show ``document`` of ``path``; ``complete`` False: it is the file's head only."""
        if path != self.path:
            return  # the user opened another file meanwhile
        stored = position or self.session.position(path)
        start = (
            resolve_position(document, stored.paragraph, stored.sentence, stored.line, stored.text)
            if stored is not None
            else None
        )
        self._set_loading(False)
        self._shown = path
        self._shown_name = status_name(path)
        self._gone = None
        self._first_pick = None  # (a file is shown: no later error is passed over)
        self.complete = complete
        self.outline.show_document(
            document,
            path.name,
            complete=complete,
            speeches=None if complete else self._estimate_speeches(document),
            # The reader had no text (the app's start, or a message): its first frame
            # with text does not wait for the outline's, which comes a frame later (the
            # pane is empty meanwhile). Else at once: no frame pairs text and an old outline.
            later=self.reader.document is None,
        )
        if complete:
            self.keyword_panel.set_document(path, document)
        view_row = stored.view_row if stored is not None else 0
        self.reader.load(document, start, view_row, head=not complete)  # the panes follow
        self._head_wanted = (stored, self.reader.cursor) if stored and not complete else None
        self._mark_bookmarks()
        if self.mark_match_on_load:
            # Again on the whole document (a big file's hit may lie past its head).
            self.mark_match_on_load = not complete
            self.reader.mark_match_at_cursor(self.mark_match_start)
            self.reader.reveal_cursor(1)
        find_features.update_find_status(self)
        self.sub_title = safe_path(path.name)
        # Once, at the first document shown (a big file's head too, before its first
        # frame): else full collections walk the start-up objects while the rest is parsed
        # (the 10 MB collection's collector CPU by its full outline 23 ms against 31,
        # bench_ui 3 runs each, docs/performance.md). Not at later documents: see
        # ``_settle_garbage_collector``.
        if not self._collector_settled:
            self._collector_settled = True
            _settle_garbage_collector()
        if not complete:
            return  # the rest follows when the whole file is parsed
        self._mount_hidden_later()
        self.filetree.set_readable(path)
        self.filetree.set_speech_count(path, len(document.speeches))
        unlike = kind_unlike_name(path.name, document.content_kind)
        if unlike is not None:
            self.filetree.set_content_kinds({path: unlike})  # 讲话.docx of plain text: no "W"
        if document.warnings and not reload:
            warnings = map(ui_text.said, document.warnings)  # (each a Said: one language)
            self.notify(
                ui_text.WARNINGS_JOIN().join(warnings),
                title=safe_path(path.name),
                timeout=6,
                markup=False,
            )
        self._start_folder_work()

    def action_read_again(self) -> None:
        """Read the open file again from disk: a PDF that PDFium crashed on or that went
        past a limit (remembered, not read again until it changes) is tried again, on the
        background service as any opening (the screen says "opening…" meanwhile). A file
        whose text is shown keeps it on screen, to read on, until it is read again; it is
        then shown at the place the user has reached."""
        if self.path is not None:
            self._read_again(self.path)

    @work(exclusive=True, group="read-again", description="read a file again")
    async def _read_again(self, path: Path) -> None:
        from tui.formats.cache import forget_refusals

        await asyncio.wrap_future(self.background.submit(forget_refusals, str(path)))
        if path != self.path:
            return  # (another file opened meanwhile)
        self._remember_position()
        self._stamp = stamp_of(path)
        position = self.session.position(path)
        if self._gone == path and self._stamp is None:
            # Still gone (or no regular file): its text stays, to read on, and it is said
            # again (the text was replaced by "cannot read", lost until the file was back),
            # after it is looked for again as when it went (``_follow_rename``): a folder
            # moved out of the tree and then back into another folder of it, or renamed
            # since, was only watched for at its old place, "gone" for good.
            if self._identity is not None:
                self._follow_rename(path, self._identity)
            else:
                self._file_gone(path, RootLook.NONE)  # (no identity to look for)
            return
        if self._shown != path:
            # A message is shown (a PDF refused, a file that could not be read): opened as
            # any file, a big one's first screen first.
            self._set_loading(True)
            self._load(path, position, reload=False)
            return
        # Its text stays on screen, to read on, until the file is read again (a 10 MB
        # collection's reading blanked the screen, outline and all, for a second).
        self._load(path, position, reload=True)
