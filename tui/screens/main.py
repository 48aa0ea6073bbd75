"""The main screen: file tree, outline and reader side by side, with a status line.

``MainScreen`` composes the panes, holds the screen's state (``__init__`` says what each
attribute holds), routes the panes' messages ("attributes down, messages up"), says what
the status line says, and starts the screen's timers. The rest is in the classes it is
built on, one part each (base first):

- ``tui/screens/folder_work.py``, ``FolderWork``: the speech counts and the search index
  of the whole folder, in the background;
- ``tui/screens/main_panes.py``, ``PaneLayout``: which side panes show, and their widths;
- ``tui/screens/main_places.py``, ``ReadingPlaces``: reading positions, the session
  written, bookmarks;
- ``tui/screens/main_loading.py``, ``FileLoading``: opening a file (its worker, a big
  file's head first, why a file cannot be shown, ctrl+r);
- ``tui/screens/main_watch.py``, ``FileWatch``: the open file changed, renamed or gone
  on disk;
- ``tui/screens/main_tools.py``, ``ReadingTools``: copying, the notebook, keywords and
  find routed to ``quote_dialog``, ``notebook`` and ``find``.

Why this module is over 500 lines: ``__init__`` sets and documents the state its base
classes share (some 100 lines), and the timers whose delays tests shorten
(``POLL_SECONDS``, ``SAVE_DELAY``, ``LOADING_DELAY``, ``COUNT_DELAY``, ``INDEX_DELAY``,
``STORE_DELAY``, patched here) are started here, beside those constants.
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

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.notifications import SeverityLevel
from textual.timer import Timer
from textual.widget import AwaitMount
from textual.widgets import DirectoryTree, Input

from tui import ui_text
from tui.base.files import (
    SUFFIX_ORDER,
    FileStamp,
    stamp_of,
    walk_speech_files,
)
from tui.engine.model import Document, Kind
from tui.folder_listing import folder_time
from tui.formats import sniff_file
from tui.highlights import Highlights
from tui.jobs import opening
from tui.screens import find as find_features
from tui.screens.frames import frame_timer
from tui.screens.main_tools import ReadingTools
from tui.screens.unsaved import tell_problems
from tui.services import Background
from tui.session import Session
from tui.session_records import Position
from tui.side_panes import (
    READER_MIN,
    Choices,
)
from tui.startup import initial_file, picked_first
from tui.widgets.filetree import SpeechFileTree
from tui.widgets.findbar import FindBar
from tui.widgets.keybar import KeyBar
from tui.widgets.keywords import KeywordPanel
from tui.widgets.outline import OutlinePane, speech_name
from tui.widgets.reader import ReaderView
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


class MainScreen(ReadingTools):
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

    # ------------------------------------------------------------------ timers
    # Those whose delays the tests patch on this module (the module docstring); the work
    # they start is in the base classes.

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

    def schedule_save(self) -> None:
        """Write the session ``SAVE_DELAY`` after the last change asked for it (a
        reading position, the last file, the notebook's highlighted quote): kept when the
        terminal is closed under the app, which then has no quit to save it."""
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self.save_session)

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
        paragraphs = document.paragraphs
        if paragraph < len(paragraphs) and paragraphs[paragraph].kind is Kind.NOISE:  # z shows it
            crumbs.append(ui_text.NOISE_CRUMB())
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

    def on_reader_view_count_changed(self, event: ReaderView.CountChanged) -> None:
        """The count typed before a movement key, on the status line while it is typed."""
        event.stop()
        self.status.count = event.count

    def speech_files(self, limit: int = 2000) -> list[Path]:
        """Speech files under the root folder (for the command palette)."""
        return list(islice(walk_speech_files(self.root), limit))
