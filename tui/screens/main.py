"""The main screen: file tree, outline and reader side by side, with a status line.

It routes messages between panes ("attributes down, messages up"), loads files in a
worker thread, remembers positions and bookmarks through ``tui.session.Session`` and
polls the open file so a changed file is reloaded at the same source line.

The work on the whole folder (speech counts for the tree, the search index) is in
``tui/screens/folder_work.py``: ``FolderWork``, the class ``MainScreen`` is built on.

Why this module is still about 1,000 lines: the main screen is where every pane's messages
meet (files, positions, bookmarks, copying, find), and each handler is a few lines that
route to a pane or to ``tui.screens.find`` / ``quote_dialog``; loading a file (its
worker, the head of a big file first, errors) would be the next part to take out.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Callable
from concurrent.futures import Future
from functools import partial
from itertools import islice
from pathlib import Path
from typing import ClassVar

from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.css.scalar import Unit
from textual.notifications import SeverityLevel
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.widgets import DirectoryTree, Input

from tui import ui_text
from tui.base.errors import SpeechFileError
from tui.base.files import (
    SUFFIX_ORDER,
    FileStamp,
    no_file_there,
    renamed_file,
    stamp_of,
    status_name,
    walk_speech_files,
)
from tui.base.safetext import safe_path
from tui.engine.model import Document
from tui.engine.prefix import HEAD_BYTES
from tui.folder_listing import folder_time
from tui.formats import kind_unlike_name, sniff_file
from tui.highlights import Highlights
from tui.jobs import opening
from tui.screens import find as find_features
from tui.screens.folder_work import FolderWork, _settle_garbage_collector
from tui.screens.frames import frame_timer
from tui.screens.unsaved import tell_problems, tell_saved, tell_unsaved
from tui.services import Background
from tui.session import Bookmark, Position, Session, resolve_position
from tui.side_panes import (
    KEYWORDS_WIDTH,
    READER_MIN,
    Choices,
    Room,
    SidePanes,
    fitted_widths,
    keyword_width,
    side_panes,
    stylesheet_widths,
    widest_allowed,
)
from tui.startup import first_speech_file, initial_file, next_speech_file, picked_first
from tui.state import log_path
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.keywords import KeywordPanel
from tui.widgets.outline import OutlinePane, speech_name
from tui.widgets.reader import ReaderView
from tui.widgets.reader_keys import ReadingWidthChanged
from tui.widgets.status import StatusLine

PANE_READER_MIN = READER_MIN
"""Cells the reader keeps beside the side panes (``tui.side_panes.READER_MIN``)."""
POLL_SECONDS = 2.0
SAVE_DELAY = 1.0
"""Seconds after a move (or an opened file) before the reading position is saved."""
LOADING_DELAY = 0.15
"""Seconds a load may take before the reader says the file is being opened."""
COUNT_DELAY = 1.5
"""Seconds after the first file is shown before other files' speeches are counted."""
INDEX_DELAY = 2.5
"""Seconds after the first file is shown before the folder is indexed for corpus search."""
NEEDS_TEXT = frozenset(
    {"toggle_outline", "toggle_bookmark", "copy_quote", "copy_paragraph", "copy_outline_node"}
)
"""The screen's actions that need a document in the reader (``check_action``)."""
STORE_DELAY = 3.0
"""Seconds after a big file's whole document is shown before it is stored for the next
opening (``opening.keep_document``): its pickling (some 70 ms of CPU for 10 MB) comes after
the first keys."""
FINGERPRINT = 40
"""Characters of the cursor paragraph stored to find it again after edits."""

PANE_ACTIONS = frozenset({"toggle_tree", "toggle_outline", "resize_pane"})
"""The actions on the three-pane layout (off while a pane is maximized)."""
FIND_STEP_ACTIONS = frozenset({"find_next", "find_previous"})
"""``n``/``N``: in the key bar while a search has somewhere to go (``key_bar_actions``)."""

log = logging.getLogger(__name__)


def _log_failure(done: Future[bool]) -> None:
    """Log why a background job failed (a document not stored: the next opening parses)."""
    if not done.cancelled() and done.exception() is not None:
        log.warning("could not store a parsed document", exc_info=done.exception())


def _error_words(error: SpeechFileError) -> Callable[[], str]:
    """Why ``error``'s file cannot be shown, in the interface's language; for a PDF whose
    refusal is remembered (``ReaderCrashedError``, ``lasting``: PDFium crashed on it or
    went past a limit, and it is not read again until it changes) how to read it again
    all the same (``action_read_again``)."""
    words = partial(ui_text.pick, error.message, error.message_en)
    if not getattr(error, "lasting", False):  # (only ReaderCrashedError has it)
        return words
    return lambda: ui_text.pick("", " ").join((words(), ui_text.READ_AGAIN_HINT()))


class MainScreen(FolderWork):
    """Three panes and a status line; owns the open file and the session."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_PANES.zh
    AUTO_FOCUS = "#reader"
    """Focus the reader from the start: Textual's default (the first focusable widget,
    the file tree) styled the file tree twice more on the way to the first frame."""
    ALLOW_IN_MAXIMIZED_VIEW = "KeyBar"
    """A maximized pane keeps the key bar under it, which says that Esc restores it."""
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+b", "toggle_tree", ui_text.KEY_TREE.zh),
        Binding("ctrl+o", "toggle_outline", ui_text.KEY_OUTLINE.zh),
        Binding("less_than_sign", "resize_pane(-2)", ui_text.KEY_NARROWER.zh, show=False),
        Binding("greater_than_sign", "resize_pane(2)", ui_text.KEY_WIDER.zh, show=False),
        Binding("m", "toggle_bookmark", ui_text.KEY_BOOKMARK.zh),
        Binding("apostrophe", "show_bookmarks", ui_text.KEY_BOOKMARKS.zh),
        Binding("y", "copy_quote", ui_text.KEY_COPY_SENTENCE.zh, show=False),
        Binding("Y", "copy_paragraph", ui_text.KEY_COPY_PARAGRAPH.zh, show=False),
        Binding("ctrl+n", "show_notebook", ui_text.KEY_NOTEBOOK.zh, show=False),
        Binding("K", "toggle_keywords", ui_text.KEY_KEYWORDS.zh, show=False),
        Binding("h", "toggle_keyword_highlights", ui_text.KEY_KEYWORD_HIGHLIGHTS.zh, show=False),
        # priority: checked as the key arrives, before the keys typed after it are handed to
        # the focused pane (a binding of the screen is found only when the key has come
        # back up from the pane: "/abc" typed fast in tmux gave abc to the reader, b paged).
        Binding("slash", "find", ui_text.KEY_FIND.zh, show=False, priority=True),
        Binding("n", "find_next", ui_text.KEY_FIND_NEXT.zh, show=False),
        Binding("N", "find_previous", ui_text.KEY_FIND_PREVIOUS.zh, show=False),
        Binding("A", "add_highlight_term", ui_text.KEY_FIND_TO_HIGHLIGHT.zh, show=False),
        Binding("ctrl+f", "corpus_search", ui_text.KEY_CORPUS_SEARCH.zh, show=False),
        Binding("ctrl+r", "read_again", ui_text.KEY_READ_AGAIN.zh, show=False),
    ]

    @property
    def _update_timer(self) -> Timer:
        """Textual's update timer of the screen, as a ``FrameTimer`` (``frames.py``): a key's
        frame does not wait for a tick one to two periods after the last frame."""
        timer: Timer | None = getattr(self, "_Screen__update_timer", None)
        if timer is None:
            timer = frame_timer(self, self._on_timer_update)
            self._Screen__update_timer = timer
        return timer

    def __init__(
        self,
        root: Path,
        start_file: Path | None,
        session: Session,
        background: Background,
        start_line: int | None = None,
    ) -> None:
        super().__init__()
        self.root = root.resolve()
        self.start_file = start_file.resolve() if start_file is not None else None
        self.start_line = start_line
        """The source line the start file opens at (``--line``, ``FILE:LINE``)."""
        self.session = session
        self.background = background
        """The app's background service: files are parsed and counted through it."""
        self.path: Path | None = None
        """The open file (also while it shows an error)."""
        self._stamp: FileStamp | None = None
        self._status_say: Callable[[], tuple[str, ...]] | None = None
        """The status line's words while no document is shown (``_say_status``)."""
        self._identity: tuple[int, int] | None = None
        """The open file's (device, inode): a rename keeps it (``renamed_file``)."""
        self._save_timer: Timer | None = None
        self._loading_timer: Timer | None = None
        self._pane_choices = Choices()
        """The user's ctrl+b and ctrl+o (``tui.side_panes``: which side panes show)."""
        self.folder_work_started = False
        """Whether the first whole file (or why it cannot be shown) was shown: that starts
        the speech counts and the indexing of the folder (after ``COUNT_DELAY`` and
        ``INDEX_DELAY``; ``_start_folder_work``)."""
        self._index_progress: tuple[int, int] | None = None
        self._index_timer: Timer | None = None
        """(files done, files to index) while the background indexing runs."""
        self._told_folder_problems = False
        """Whether unreadable folders (found by the index's walk) were told this run."""
        self.index_refused = ""
        """Why the root folder is not indexed by itself ("" when it is; ``update_index``)."""
        self._none_in: int | None = None
        """The root's time when the folder was found to hold no speech file, at start (the
        reader saying so): when it changes, the folder is looked into again, and a speech
        file now there is opened (``_look_for_a_first_file``)."""
        self._shown: Path | None = None
        """The file whose document the reader shows (None while it shows a message)."""
        self._shown_name = ""
        """How the status line names ``_shown`` (``files.status_name``: with its ending when
        a file of the same name and another ending is beside it)."""
        self._gone: Path | None = None
        """The open file when it vanished from disk while its document was shown: the
        reader keeps that text, the status line says the file is gone (``_file_gone``)."""
        self._gone_mark = ui_text.FILE_GONE_STATUS
        """What the status line says of ``_gone``: gone, or no longer a regular file."""
        self.complete = True
        """False while the reader shows the head of a big file (the rest is parsed)."""
        self.tools_restored = asyncio.Event()
        """Set once start-up is over: the first file (or why there is none) shown, the panes
        hidden at start mounted, and the keyword panel, ``h`` and the search restored as the
        app was left (``_mount_hidden_and_restore``, after a frame: no worker to wait on)."""
        self._collector_settled = False
        """Whether a document was shown: what the start made was frozen then, once."""
        self._head_wanted: tuple[Position, tuple[int, int]] | None = None
        """While a big file's head is shown: the place asked for (a bookmark, a hit, the
        remembered one), which may lie past the head, and where the head put the cursor."""
        # The panes live as long as the screen (kept here so unmount can still save).
        self.filetree = SpeechFileTree(self.root, id="filetree")
        self.outline = OutlinePane(id="outline")
        self.reader = ReaderView(id="reader")
        if not session.lines_capped:  # as ``w`` left it last time
            self.reader.set_reading_width(None)
        # as ``<``/``>`` left them (``_fit_side_widths``)
        if session.outline_width is not None:
            self.outline.styles.width = session.outline_width
        if session.tree_width is not None:
            self.filetree.styles.width = session.tree_width
        self.status = StatusLine(id="status")
        self.keyword_panel = KeywordPanel(background, id="keywords")
        self.keyword_panel.display = False
        self.find_bar = FindBar(id="find-bar")
        self._hidden_mounts: tuple[AwaitMount, AwaitMount] | None = None
        """The keyword panel's and the find bar's mounts (``_mount_hidden``), once begun."""
        self._hidden_asked = False
        """Whether ``_mount_hidden_later`` has asked for the mounts."""
        self._resumed = False
        """Whether the screen has been shown once (``on_screen_resume``)."""
        self.highlights = Highlights()
        self.keyword_highlights = False
        """Whether ``h`` highlights the current speech's top keywords."""
        self.mark_match_on_load = False
        """Make the search match at the cursor current once the loading file is shown."""
        self.mark_match_start: int | None = None
        """Where in the cursor's paragraph that match starts (the corpus-search hit
        opened), None for the sentence's first match."""
        self._first_pick: Path | None = None
        """On a first start (nothing asked for, nothing open last time) the folder's file
        being opened until one is shown: one that cannot be shown is passed over
        (``_pass_over``); None once a document is shown, and for any other start."""
        self._passed_over: list[Path] = []
        """The folder's first files that could not be shown, on a first start."""

    # ------------------------------------------------------------------ layout

    def compose(self) -> ComposeResult:
        # The reader's scroll bar is not drawn in the first frame (its column kept, the bar
        # not made, styled nor drawn: 3 ms of the first frame's UI thread,
        # docs/performance-log.md, start13); drawn from the frame that fills the outline on
        # (``_show_scroll_bar``).
        # The file tree and the outline are drawn: left out, a tree gets no size until it is
        # shown, so the listing's batches could not append to its lines, and Tree built the
        # outline's lines again.
        self.reader.styles.scrollbar_visibility = "hidden"
        with Horizontal(id="panes"):
            yield self.filetree
            yield self.outline
            yield self.reader
        yield self.status
        yield KeyBar(id="keybar")

    async def _mount_hidden(self) -> None:
        """Mount the panes hidden at start (the keyword panel until K, the find bar until
        /) where ``compose`` would have put them, once the first frame is drawn: styling
        them (and parsing the CSS of their OptionList and Input) came before the first text.
        Returns when both are mounted (a key typed during start-up waits for them)."""
        if self._hidden_mounts is None:
            self._hidden_mounts = (
                self.query_one("#panes").mount(self.keyword_panel),
                self.mount(self.find_bar, before=self.status),
            )
        for mounting in self._hidden_mounts:
            await mounting

    def _mount_hidden_later(self) -> None:
        """``_mount_hidden`` after the next frame (once): when the first file's whole
        document or an error is shown (or the message that there is none). Not after a big
        file's head: mounted after the head's frame, the panes and the layout they caused
        came before the whole file's parse, which waited for them, on the way to the full
        outline (docs/performance-log.md, first8)."""
        if not self._hidden_asked:
            self._hidden_asked = True
            self.call_after_refresh(self._mount_hidden_and_restore)

    async def _mount_hidden_and_restore(self) -> None:
        """``_mount_hidden``, then the keyword panel, ``h`` and the search as the app was
        left (``find.restore_reading_tools``)."""
        await self._mount_hidden()
        find_features.restore_reading_tools(self)
        self.tools_restored.set()

    def on_mount(self) -> None:
        self.reader.cursor_changed.subscribe(self, self._cursor_changed, immediate=True)
        find_features.apply_highlights(self)
        problems = [self.highlights.take_problem(), *self.session.take_problems()]
        tell_problems(self.app, [problem for problem in problems if problem])
        self.reader.focus()
        self.apply_tree_display()
        target = initial_file(self.root, self.start_file, self.session)
        if target is None:
            kinds = " ".join(SUFFIX_ORDER)
            self.reader.show_message(lambda: ui_text.NO_SPEECHES(kinds=kinds))
            self.outline.show_document(None, note=ui_text.OUTLINE_NO_FILES)
            self._say_status(lambda: (str(self.root),))
            self._mount_hidden_later()
            self._none_in = folder_time(self.root)
        else:
            # The hidden panes are mounted once it is shown (_show_document). A line asked
            # for: the paragraph holding it (``resolve_position``); past the file's end, the
            # last paragraph (the index is clamped).
            line = self.start_line if target == self.start_file else None
            at = Position(sys.maxsize, 0, line) if line else None
            if picked_first(self.root, self.start_file, self.session):
                self._first_pick = target
            self.open_and_reveal(target, at)
        self.set_interval(POLL_SECONDS, self.check_file_changed)
        self.call_after_refresh(self._show_scroll_bar)  # (the outline's fill: the same frame)

    def _show_scroll_bar(self) -> None:
        """Draw the reader's scroll bar, left out of the first frame (``compose``)."""
        self.reader.styles.clear_rule("scrollbar_visibility")
        self.reader.refresh(layout=True)

    def on_resize(self, event: events.Resize) -> None:
        self.apply_tree_display()

    def on_screen_resume(self, event: events.ScreenResume) -> None:
        """The first resume does not style every node again, as Textual does by default:
        each was styled as it was mounted, just before (and the reader again as it took
        the focus). Measured: the first frame's style application 21.3 -> 17.1 ms of the
        UI thread (docs/performance-log.md, first8)."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """A notice of this screen (its background work: the folder's indexing and its
        problems, a renamed file …), given as belonging to it: while a dialog is open over
        the screen it waits and comes when the dialog closes, for what is left of its time
        (``tui.widgets.toasts``, ``NoticeBoard``)."""
        # The app's notify takes the screen a notice belongs to; App's type does not say so.
        notify: Callable[..., None] = self.app.notify
        notify(message, title=title, severity=severity, timeout=timeout, markup=markup, screen=self)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """With nothing read (an empty folder, a file that cannot be shown, one whose text
        is all hidden) the outline, bookmark and copy keys are off and not in the key bar, as the reader's are
        (``ReaderView.check_action``): the file tree offered "y 复制阅读区的句子" and the
        outline "y 复制标题…" under a scanned PDF's message, and did nothing. While a pane
        is maximized the keys that show, hide or size the other panes are off too (they
        changed the three-pane layout out of sight, found so only when it came back)."""
        if self.maximized is not None and action in PANE_ACTIONS:
            return False
        if action == "find" and isinstance(self.focused, Input):
            return False  # a / typed in the find bar is part of the term
        if action in NEEDS_TEXT:
            return self.reader.has_text
        return True

    def key_bar_actions(self) -> frozenset[str]:
        """Keys not always in the key bar that it lists now (``KeyBar``): ``n``/``N``
        while a search has somewhere to go (``ReaderView.search_steps``: matches here, or
        still finding them) and the keys are the reader's (not while typing in the find
        bar, where they type)."""
        if self.reader.search_steps and not isinstance(self.focused, Input):
            return FIND_STEP_ACTIONS
        return frozenset()

    def key_bar_kept(self) -> frozenset[str]:
        """``q`` stays in the key bar however narrow it is, as help does (``KeyBar``): at 80
        columns the reader's keys before it pushed ``q 退出`` out; one of those goes instead
        (the help lists every key)."""
        return frozenset({"quit"})

    def key_bar_leading(self) -> tuple[tuple[str, str], ...]:
        """Keys the key bar lists first (``KeyBar``): while sentences are selected in the
        reader (v), y copies them and Esc drops the selection."""
        if self.reader.selection is not None and self.reader.has_focus:
            return (("y", ui_text.KEY_COPY.zh), ("escape", ui_text.KEY_CANCEL.zh))
        return ()

    def _room(self) -> Room:
        """The room the side panes are laid out in (``tui.side_panes``): the terminal's
        columns, and the keyword panel's cells while it is open (a number of cells in its
        CSS; it may not be laid out yet, just shown)."""
        panel = self.keyword_panel
        width = panel.styles.width
        cells = (int(width.value) if width else 0) if panel.display else None
        return Room(self.size.width, cells)

    def apply_tree_display(self) -> None:
        """Show or hide the file tree and the outline, and set their widths, as
        ``tui.side_panes`` says for the terminal's width, the keyword panel and the
        user's choices. A pane hidden with the focus gives it to the reader."""
        panel = self.keyword_panel
        width = keyword_width(self.size.width) if self.size.width > 0 else KEYWORDS_WIDTH
        if panel.styles.width is None or panel.styles.width.value != width:
            panel.styles.width = width  # (the reader keeps READER_MIN beside it)
        room = self._room()
        self._pane_choices = self._pane_choices.settled(room)
        panes = side_panes(room, self._pane_choices)
        for widths in ("slim", "wide", "widest"):
            self.set_class(panes.widths == widths, f"-{widths}")
        self._fit_side_widths(room, panes)
        tree = self.filetree
        for pane, shown in ((tree, panes.tree), (self.outline, panes.outline)):
            if pane.display == shown:
                continue
            if not shown and pane.has_focus:
                self.reader.focus()
            pane.display = shown
            if shown and pane is tree:  # it may get no Resize: see scroll_to_pending
                tree.call_after_refresh(tree.scroll_to_pending)

    def _fit_side_widths(self, room: Room, panes: SidePanes) -> None:
        """The file tree's and the outline's widths (chosen with ``<``/``>`` and kept in
        ``session.json``, as ``w``'s line width is, or the stylesheet's) fitted to the room
        (``tui.side_panes.fitted_widths``): together with the keyword panel they leave the
        reader ``PANE_READER_MIN`` cells; wider again, the widths come back. A pane at its
        stylesheet width has no width of its own (its class sets it)."""
        if self.size.width <= 0:
            return
        chosen_tree, chosen_outline = self.session.tree_width, self.session.outline_width
        fitted = fitted_widths(room, panes, chosen_tree, chosen_outline)
        defaults = stylesheet_widths(panes.widths, room.columns)
        for pane, chosen, width, default in (
            (self.filetree, chosen_tree, fitted[0], defaults[0]),
            (self.outline, chosen_outline, fitted[1], defaults[1]),
        ):
            if width is None:
                continue  # hidden: as it was
            shown = pane.styles.width
            if chosen is None and width == default:
                if shown is not None and shown.unit is Unit.CELLS:
                    pane.styles.width = None  # the class's width again
            elif shown is None or shown.unit is not Unit.CELLS or int(shown.value) != width:
                pane.styles.width = width

    # ------------------------------------------------------------------ opening files

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
                self._show_error(path, _error_words(error))
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

    def _set_loading(self, loading: bool) -> None:
        """Say "opening…" only for loads slower than a blink (big files)."""
        if self._loading_timer is not None:
            self._loading_timer.stop()
            self._loading_timer = None
        if loading:
            self._loading_timer = self.set_timer(LOADING_DELAY, self._show_loading)

    def _show_loading(self) -> None:
        """A still message, not Textual's animated indicator: redrawing the reader 16
        times a second took a core from the parse it was waiting for.

        Not when the loading ended since the timer fired: its call waits in the screen's
        queue (``set_timer`` calls through ``call_next``), where stopping the timer does
        not reach it; under load a file shown meanwhile was covered by "正在读取…" for good.
        """
        if self._loading_timer is None:
            return  # (``_set_loading(False)``: the file or its error is shown)
        self._loading_timer = None
        path = self.path
        if path is None:
            return
        stamp = stamp_of(path)
        megabytes = stamp.size / 1e6 if stamp is not None and stamp.size >= 1e6 else None

        def size() -> str:
            return "" if megabytes is None else ui_text.FILE_SIZE(megabytes=megabytes)

        self._shown = None
        doing = ui_text.OPENING_LABELS.get(sniff_file(path), ui_text.OPENING)
        self.reader.show_message(lambda: f"{path.name}\n\n{doing()}{size()}…")
        self.outline.show_document(None)
        self._say_status(lambda: (path.name, f"{doing()}…"))

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
            self._show_error(path, _error_words(error))
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

    def _swap_in_whole(self, path: Path, document: Document) -> None:
        """The whole document of the file whose head is shown: replace it, same place."""
        if path != self.path or self._shown != path:
            return
        wanted, self._head_wanted = self._head_wanted, None
        # The place asked for, unless the user has moved since: the head held only the
        # part before it (a bookmark deep in a 10 MB file opened at the head's last line).
        unmoved = wanted is not None and self.reader.cursor == wanted[1]
        self.mark_match_on_load = self.mark_match_on_load and unmoved
        position = wanted[0] if wanted is not None and unmoved else self._current_position()
        self._show_document(path, document, position, reload=False)
        if self._stamp is not None:
            self.set_timer(STORE_DELAY, partial(self._keep, path, self._stamp, document))

    def _keep(self, path: Path, stamp: FileStamp, document: Document) -> None:
        """Store a big file's whole document for its next opening (``tui.engine.docstore``)."""
        kept = self.background.submit(opening.keep_document, path, stamp, document)
        kept.add_done_callback(_log_failure)

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

    def _show_error(self, path: Path, message: Callable[[], str]) -> None:
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
        self.filetree.set_speech_counts({path: None}, uncountable={path: True})
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

    def _start_folder_work(self) -> None:
        """Once, when the first file is shown (its whole document, or why it cannot be):
        the speech counts and the folder's indexing, later, so that they never compete
        with the first screens. A first file that cannot be shown (a scanned PDF, a
        damaged .docx first by name or opened last time) starts them too: else the
        folder was neither counted nor indexed until a readable file was opened."""
        if not self.folder_work_started:
            self.folder_work_started = True
            self.set_timer(COUNT_DELAY, self._after_first_file)
            self.set_timer(INDEX_DELAY, self.update_index)

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
        self._stamp = stamp
        if stamp is None:
            self._remember_position()
            if self._identity is not None:
                self._follow_rename(path, self._identity)  # (else ``_file_gone``)
            else:
                self._file_gone(path)
            return
        self._remember_position()
        position = self.session.position(path)
        self._mark_match_again(position)  # (changed, or back after it was gone)
        self._load(path, position, reload=True)

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
        if self.path != path or stamp_of(path) is not None:
            return
        if renamed is None:
            self._file_gone(path)
            return
        # Where the reader is now, its current match too (the session's may be a second
        # old, and the find bar said 共 N 处 instead of "3/N" after the rename).
        position = self._current_position() or self.session.position(path)
        self._mark_match_again(position)
        self.notify(ui_text.FILE_RENAMED(name=safe_path(renamed.name)), timeout=6, markup=False)
        self.filetree.rename_listed(path, renamed)
        self._carry_marks(path, renamed)
        opening.follow_rename(path, renamed)  # (its document, not parsed again)
        self.open_and_reveal(renamed, position)

    def _file_gone(self, path: Path) -> None:
        """The open file vanished (and was not renamed in its folder). Its text, when shown,
        stays to read, copy and bookmark, the status line saying the file is gone (a sync
        tool replaces a file by deleting it first; the reader used to go blank until it came
        back); the position keeps following the cursor, so the file reopens where the user
        is when it returns (``check_file_changed``). With no text shown, a message.

        A FIFO, a device or a folder now under its name (``no_file_there``) is said to be
        that, in ``read_file_bytes``'s words (it was called gone): the text stays the same
        way, marked 不是普通文件, until a regular file is back."""
        # (no "N篇" on a file gone, nor 无法计数)
        self.filetree.set_speech_counts({path: None}, uncountable={path: None})
        why: Callable[[], str] = ui_text.FILE_GONE
        kept = partial(ui_text.FILE_GONE_KEPT, name=safe_path(path.name))
        note, self._gone_mark = ui_text.OUTLINE_FILE_GONE, ui_text.FILE_GONE_STATUS
        swapped = no_file_there(path)
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

    def _carry_marks(self, path: Path, renamed: Path) -> None:
        """The bookmarks and kept quotes of ``path`` follow it to ``renamed``: before, the
        bookmark list still named the old file and said it could not be found, and the
        notebook's Enter did the same."""
        from tui.screens.quote_dialog import service

        try:
            if self.session.move_bookmarks(path, renamed):
                tell_saved(self.app, self.session.paths[1])
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_BOOKMARKS(), error)
        tell_problems(self.app, self.session.take_problems())
        quoting = service(self)
        try:
            if quoting.notebook.move_file(path, renamed):
                tell_saved(self.app, quoting.notebook.path)
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_NOTEBOOK(), error)
        quoting.report_problem()

    # ------------------------------------------------------------------ positions

    def _current_position(self) -> Position | None:
        document = self.reader.document
        if document is None or self._shown is None or self._shown != self.path:
            return None
        paragraph, sentence = self.reader.cursor
        found = document.paragraphs[paragraph]
        view_row = self.reader.cursor_view_row
        match = self.reader.find.current_match
        at = match.start if match is not None and match.paragraph == paragraph else None
        return Position(paragraph, sentence, found.line, found.text[:FINGERPRINT], view_row, at)

    def _remember_position(self) -> None:
        position = self._current_position()
        if position is not None and self.path is not None:
            self.session.set_position(self.path, position)

    def schedule_save(self) -> None:
        """Write the session ``SAVE_DELAY`` after the last change asked for it (a
        reading position, the last file, the notebook's highlighted quote): kept when the
        terminal is closed under the app, which then has no quit to save it."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_session)

    def save_session(self) -> None:
        """Write positions and the last file now."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        self._remember_position()
        if self._hidden_mounts is not None:  # (before, they are as the session has them)
            find_features.remember_reading_tools(self)
        if not self.session.unsaved:
            return
        try:
            self.session.save()
        except OSError as error:
            tell_unsaved(self.app, ui_text.UNSAVED_POSITION(), error)
        else:
            tell_saved(self.app, *self.session.paths)
        tell_problems(self.app, self.session.take_problems())

    def on_unmount(self) -> None:
        self.save_session()

    def on_reading_width_changed(self, event: ReadingWidthChanged) -> None:
        """``w``: kept for the next start, as the theme is."""
        event.stop()
        self.session.set_lines_capped(event.capped)
        self.schedule_save()

    # ------------------------------------------------------------------ messages

    def on_directory_tree_file_selected(self, event: DirectoryTree.FileSelected) -> None:
        event.stop()
        if event.path.resolve() != self.path:
            self.open_file(event.path)

    def on_outline_pane_heading_selected(self, event: OutlinePane.HeadingSelected) -> None:
        event.stop()
        self.jump_to_paragraph(event.paragraph)

    def on_outline_pane_count_changed(self, event: OutlinePane.CountChanged) -> None:
        """The speech number typed in the outline, on the status line as the reader's count."""
        event.stop()
        self.status.count = event.count

    def jump_to_paragraph(self, paragraph: int) -> None:
        """Put the reader's cursor on ``paragraph`` with it at the top."""
        self.reader.move_cursor_to(paragraph, 0, top=True)

    def _cursor_changed(self, position: tuple[int, int]) -> None:
        """The reader's cursor moved: follow it in the outline, keywords and status line.

        Subscribed to ``ReaderView.cursor_changed`` with ``immediate=True`` (not the
        ``CursorMoved`` message, which arrives a message hop later): the panes change in
        the same frame as the reader. The position is saved by a timer, not here.
        """
        paragraph = position[0]
        self.outline.highlight_paragraph(paragraph)
        self.keyword_panel.follow_paragraph(paragraph)
        self._update_status()
        if self.path is not None and self._save_timer is None:
            self.schedule_save()

    def _update_status(self) -> None:
        document = self.reader.document
        path = self._shown
        self.status.warning = self._gone_mark() if path and path == self._gone else ""
        if document is None or path is None:
            return
        paragraph = self.reader.cursor[0]
        crumbs: list[str] = [self._shown_name or path.stem]
        heads: list[str] = [""]
        speech = document.speech_at(paragraph)
        if speech is not None and (len(document.speeches) > 1 or speech.title):
            # An untitled speech's label starts with the file name, already the first crumb.
            label = speech_name(speech, "", len(document.speeches))
            crumbs.append(label)
            # Its number ("Speech 2", after its date) is never cut: "Speech…" said nothing.
            number = ui_text.SPEECH_NUMBER(number=speech.index + 1)
            at = -1 if speech.title else label.find(number)
            heads.append(label[: at + len(number)] if at >= 0 else "")
        for heading in document.section_path(paragraph):
            crumbs.append(f"{heading.marker}{heading.title}")
        # The head of a big file: how far through the whole is not known yet.
        self.status.update_status(
            tuple(crumbs), self.reader.percent_read if self.complete else None, tuple(heads)
        )

    def _say_status(self, crumbs: Callable[[], tuple[str, ...]]) -> None:
        """The status line while no document is shown (opening, an error, no speeches),
        said again by ``relabel``."""
        self._status_say = crumbs
        self.status.update_status(crumbs(), None)

    def relabel(self) -> None:
        """The status line in the language chosen now (the panes relabel themselves)."""
        if self.reader.document is None and self._status_say is not None:
            self.status.update_status(self._status_say(), None)
        self._update_status()

    # ------------------------------------------------------------------ actions

    def action_toggle_tree(self) -> None:
        """Show or hide the file tree."""
        self._pane_choices = self._pane_choices.toggled_tree(self._room())
        self.apply_tree_display()
        if self.filetree.display:
            self.filetree.focus()

    def action_resize_pane(self, cells: int) -> None:
        """Make the focused side pane (the outline when the reader has focus) wider or narrower."""
        pane = self.filetree if self.filetree.has_focus else self.outline
        if not pane.display:
            return
        # From the width chosen last, not the one laid out: a > pressed before the last
        # one's width was laid out (a key held, or typed fast) widened from the old width,
        # and the step was lost.
        chosen = pane.styles.width
        if chosen is not None and chosen.unit is Unit.CELLS:
            current = int(chosen.value)
        else:
            current = pane.outer_size.width
        other = self.outline if pane is self.filetree else self.filetree
        room = widest_allowed(self._room(), other.outer_size.width if other.display else None)
        minimum = pane.styles.min_width
        width = max(int(minimum.value) if minimum is not None else 1, min(current + cells, room))
        if width != current:
            pane.styles.width = width
            # kept for the next start (the file tree's too: it was lost at every start)
            if pane is self.outline:
                self.session.set_outline_width(width)
            else:
                self.session.set_tree_width(width)
            self.schedule_save()

    def action_toggle_outline(self) -> None:
        """Show or hide the outline."""
        self._pane_choices = self._pane_choices.toggled_outline(self._room())
        self.apply_tree_display()

    def action_toggle_bookmark(self) -> None:
        """Bookmark the current sentence, or remove its bookmark."""
        position = self._current_position()
        if position is None or self.path is None:
            return
        text = self.reader.sentence_text((position.paragraph, position.sentence))
        added = self.session.find_bookmark(self.path, position.paragraph, position.sentence) is None
        document = self.reader.document
        page = (document.page_of(position.line) if document is not None else None) or 0
        try:
            self.session.toggle_bookmark(
                self.path,
                position.paragraph,
                position.sentence,
                position.line,
                text,
                position.text,
                page,
                document.content_kind if document is not None else "",
            )
        except OSError as error:
            tell_unsaved(
                self.app, ui_text.UNSAVED_BOOKMARKS(), error
            )  # kept for this run, written with the next save
        else:
            tell_saved(self.app, self.session.paths[1])
        tell_problems(self.app, self.session.take_problems())
        self._mark_bookmarks()
        self.notify((ui_text.BOOKMARK_ADDED if added else ui_text.BOOKMARK_REMOVED)(), timeout=2)

    def _mark_bookmarks(self) -> None:
        """Underline the open file's bookmarked sentences in the reader."""
        document = self.reader.document
        if document is None or self.path is None:
            self.reader.set_bookmarks([])
            return
        self.reader.set_bookmarks(
            [
                resolve_position(document, b.paragraph, b.sentence, b.line, b.anchor)
                for b in self.session.bookmarks_in(self.path)
            ]
        )

    def action_show_bookmarks(self) -> None:
        """List bookmarks across files; jump to the chosen one."""
        from tui.screens.bookmarks import BookmarksScreen  # on first use

        self.session.reload_bookmarks()  # with those another running reader added
        tell_problems(self.app, self.session.take_problems())
        screen = BookmarksScreen(self.session.bookmarks(), self._bookmark_speech)

        def chosen(bookmark: Bookmark | None) -> None:
            for gone in screen.deleted:
                try:
                    self.session.remove_bookmark(gone)
                except OSError as error:
                    tell_unsaved(self.app, ui_text.UNSAVED_BOOKMARKS(), error)
                else:
                    tell_saved(self.app, self.session.paths[1])
            self._mark_bookmarks()
            if bookmark is not None:
                self.go_to_bookmark(bookmark)

        self.app.push_screen(screen, chosen)

    def _bookmark_speech(self, bookmark: Bookmark) -> str:
        """The name of the speech ``bookmark`` is in, when it is in the open collection
        (whole, not only its head); "" otherwise."""
        document = self.reader.document
        if (
            document is None
            or not self.complete
            or len(document.speeches) < 2
            or Path(bookmark.path) != self.path
        ):
            return ""
        paragraph, _ = resolve_position(
            document, bookmark.paragraph, bookmark.sentence, bookmark.line, bookmark.anchor
        )
        speech = document.speech_at(paragraph)
        return "" if speech is None else speech_name(speech, "", len(document.speeches))

    def go_to_bookmark(self, bookmark: Bookmark) -> None:
        """Open the bookmark's file if needed and put the cursor on it."""
        position = Position(bookmark.paragraph, bookmark.sentence, bookmark.line, bookmark.anchor)
        path = Path(bookmark.path)
        document = self.reader.document
        if path == self.path and document is not None:
            start = resolve_position(
                document, position.paragraph, position.sentence, position.line, position.text
            )
            self.reader.move_cursor_to(*start, top=True)
        elif not path.exists():
            self.notify(ui_text.BOOKMARK_FILE_MISSING(path=path), severity="error")
        else:
            self.open_and_reveal(path, position)
        self.reader.focus()

    # ------------------------------------------------------------------ quotes (tui.screens.quote_dialog)
    # Imported on the first copy: quoting is not needed to start.

    def action_copy_quote(self) -> None:
        """Copy the current sentence, or the selection (then end it), with its source."""
        from tui.screens.quote_dialog import copy_sentence_or_selection

        copy_sentence_or_selection(self)

    def action_copy_text(self) -> None:
        """Copy the mouse selection: from the reader a cited quote, elsewhere the text as is."""
        from tui.screens.quote_dialog import copy_mouse_selection

        if not copy_mouse_selection(self):
            super().action_copy_text()

    def action_copy_paragraph(self) -> None:
        """Copy the current paragraph with its source."""
        from tui.screens.quote_dialog import copy_paragraph

        copy_paragraph(self)

    def action_copy_outline_node(self, what: str) -> None:
        """Copy from the outline's highlighted node: "heading", "section" or "outline"."""
        from tui.screens.quote_dialog import copy_outline_node

        copy_outline_node(self, what)

    def action_show_notebook(self) -> None:
        """List kept quotes; the chosen one opens at its place."""
        from tui.screens.notebook import open_notebook  # not needed at start

        open_notebook(self)

    # ------------------------------------------------------------------ keywords and search (tui.screens.find)

    async def action_toggle_keywords(self) -> None:
        """Show or hide the keyword panel."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.toggle_keyword_panel(self)
        self.schedule_save()  # kept for the next start (``find.remember_reading_tools``)

    def action_toggle_keyword_highlights(self) -> None:
        """Highlight the current speech's top keywords, each in its colour."""
        find_features.toggle_keyword_highlights(self)
        self.schedule_save()

    async def action_find(self) -> None:
        """Find in the open file."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.open_find(self)

    async def action_find_next(self) -> None:
        """Next match of the search or chosen keyword."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.find_step(self, 1)

    async def action_find_previous(self) -> None:
        """Previous match."""
        await self._mount_hidden()  # a key typed before the first frame
        find_features.find_step(self, -1)

    def action_add_highlight_term(self) -> None:
        """Keep the words the search matches as highlight terms (or drop them)."""
        find_features.add_search_term_highlight(self)

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
            # again (the text was replaced by "cannot read", lost until the file was back).
            self._file_gone(path)
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

    def action_corpus_search(self) -> None:
        """Search every speech file under the root."""
        find_features.open_corpus_search(self)

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        event.stop()
        find_features.find_changed(self, event.term)
        self.schedule_save()  # the search kept for the next start

    def on_find_bar_submitted(self, event: FindBar.Submitted) -> None:
        event.stop()
        find_features.find_submitted(self, event.term)

    def on_find_bar_closed(self, event: FindBar.Closed) -> None:
        event.stop()
        find_features.find_closed(self)
        self.schedule_save()

    def on_reader_view_search_found(self, event: ReaderView.SearchFound) -> None:
        event.stop()
        find_features.search_found(self, event.step)

    def on_reader_view_search_ended(self, event: ReaderView.SearchEnded) -> None:
        event.stop()
        find_features.find_closed(self)

    def on_reader_view_count_changed(self, event: ReaderView.CountChanged) -> None:
        """The count typed before a movement key, on the status line while it is typed."""
        event.stop()
        self.status.count = event.count

    def on_keyword_panel_chosen(self, event: KeywordPanel.Chosen) -> None:
        event.stop()
        find_features.keyword_chosen(self, event.term)

    def on_keyword_panel_highlight_toggled(self, event: KeywordPanel.HighlightToggled) -> None:
        event.stop()
        find_features.toggle_user_term(self, event.term)

    def on_keyword_panel_updated(self, event: KeywordPanel.Updated) -> None:
        event.stop()
        if self.keyword_highlights:
            find_features.apply_highlights(self)

    def speech_files(self, limit: int = 2000) -> list[Path]:
        """Speech files under the root folder (for the command palette)."""
        return list(islice(walk_speech_files(self.root), limit))
