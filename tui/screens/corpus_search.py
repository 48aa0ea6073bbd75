"""Corpus search (ctrl+f): a query in every speech file under the tree's root.

``CorpusSearchScreen`` searches in a worker thread with ``tui.engine.index.search_library``:
files in the persistent index are searched there in milliseconds; files not indexed
yet (the main screen indexes the folder in the background) are parsed and scanned, and
the status line says how many. Matching is the reader's own (``tui.engine.match``), on
the cleaned paragraphs, so the counts here are the counts ``/`` shows in each file.

Files are listed ranked (title and heading hits first, then by number of hits) with
their counts; a file's hits are placed in speeches and sections (from the index, or
the parsed file) when its node is expanded. Enter on a hit dismisses the screen with
it (on a file, a speech or a section, with its first hit; space folds a row);
``tui.screens.find.open_located`` then opens the file there.

Every file name, title and snippet shown goes through ``safe_text``.

Imported when the search is first opened, not with the app.

This module is the screen itself: its widgets and state (``__init__`` sets and documents
every attribute the parts below share: the query, the ranked files, the hits placed so
far, the rows moved, the highlighted row kept in sight), its keys, and the search worker
with its messages. The screen is built on three base classes, each a part of it:

- ``CorpusListing`` (``tui/screens/corpus_listing.py``): a result's files listed as they
  come, ranked once complete, and what the status line says of them;
- ``CorpusHits`` (``tui/screens/corpus_hits.py``): a file's hits placed when its row
  unfolds, the first hit highlighted, the highlighted row kept in place, a row opened;
- ``CorpusStatus`` (``tui/screens/corpus_status.py``): the status line.

The result list is ``tui.widgets.corpus_tree.ResultTree``, its rows' labels
``tui.widgets.corpus_labels``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input, Label
from textual.widgets.tree import NodeID, TreeNode
from textual.worker import get_current_worker

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.index import Index, SearchResult, search_library
from tui.engine.match import Hit, parse_query
from tui.paths import display_location, is_bundled_corpus
from tui.screens.corpus_listing import CorpusListing
from tui.screens.corpus_status import PROGRESS_SECONDS, STATUS_LINES, shown_query
from tui.widgets.corpus_tree import NodeData, ResultTree
from tui.widgets.keybar import KeyBar


class CorpusSearchScreen(CorpusListing):
    """Search every speech file under a folder; Enter opens a hit."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_CORPUS_SEARCH.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", ui_text.KEY_BACK.zh),
        Binding("ctrl+f", "focus_input", ui_text.KEY_EDIT_QUERY.zh),
        Binding("f5", "index_now", ui_text.KEY_INDEX_NOW.zh, show=False),
    ]

    def key_bar_kept(self) -> frozenset[str]:
        """Esc (back to the reader) and ``q`` stay in the key bar however narrow it is: on a
        row that folds, Enter and space came first and pushed ``q 退出`` out at 80 columns;
        ``^f 修改搜索词`` goes first instead (the query's line is on the screen above)."""
        return frozenset({"close", "quit"})

    class Found(Message):
        """The result of a search (posted from the worker's thread)."""

        def __init__(self, search: int, result: SearchResult) -> None:
            super().__init__()
            self.search = search
            self.result = result

    class Scanning(Message):
        """Progress of the scan of files not in the index."""

        def __init__(self, search: int, done: int, total: int) -> None:
            super().__init__()
            self.search = search
            self.done = done
            self.total = total

    DEFAULT_CSS = f"""
    CorpusSearchScreen > #corpus-input {{ dock: top; }}
    CorpusSearchScreen > #corpus-status {{ height: auto; max-height: {STATUS_LINES}; width: 1fr; padding: 0 1; color: $text-muted; }}
    CorpusSearchScreen > #corpus-results {{ height: 1fr; }}
    """

    def __init__(
        self,
        root: Path,
        term: str = "",
        index_progress: Callable[[], tuple[int, int] | None] | None = None,
        index_refused: Callable[[], str] | None = None,
        index_now: Callable[[], None] | None = None,
        came_from: Hit | None = None,
        previous: SearchResult | None = None,
    ) -> None:
        super().__init__()
        self.root = root
        self.came_from = came_from
        """The hit opened from these results last time (the same query): once they are
        listed again its file is unfolded and the cursor put back on it."""
        self.previous = previous
        """The complete result of the same query, listed again at once instead of searching
        (``tui.screens.find``: back from a hit, when that search scanned files not indexed
        yet: a library being indexed took minutes to scan again). Enter searches anew."""
        self.term = term
        """The query as typed."""
        self.files = 0
        self.total = 0
        self.done = False
        """Whether the last search finished."""
        self.result: SearchResult | None = None
        self.index_progress = index_progress or (lambda: None)
        """``(files done, files to do)`` while the background indexing runs, else None."""
        self.index_refused = index_refused or (lambda: "")
        """Why the folder is not indexed by itself ("" when it is: ``index.scope``)."""
        self.index_now = index_now
        """Index the folder although it was not indexed by itself (F5)."""
        self._search_id = 0
        """Counts searches, so a late result or placing of an earlier one is dropped."""
        self._auto_expanded = 0
        self._open_when_placed: tuple[TreeNode[NodeData], TreeNode[NodeData] | None] | None = None
        """A file row Enter was pressed on (or on a row under it) before its hits were placed,
        and the row at the cursor then: opened once they are, if the cursor has not moved."""
        self._placing: set[NodeID] = set()
        """File rows whose hits are being placed (``_locate``)."""
        self._offered: tuple[Hit, str] | None = None
        """The hit whose file is gone and the copy offered for it (``_open_hit``)."""
        self._offer = ""
        """The notice that offered it."""
        self._kept: tuple[TreeNode[NodeData], int, int] | None = None
        """The highlighted row, the line of the pane it was kept on and the view's top then
        (``_cursor_kept``)."""
        self._highlighted: TreeNode[NodeData] | None = None
        """The row ``_highlight_first_hit`` highlighted (while it is the cursor's, the user
        has not moved it: the highlight may go on to the first file's first hit)."""
        self._moved: dict[NodeID, TreeNode[NodeData]] = {}
        """File rows moved by the ranking (``_rank_rows``): the row now in each one's place
        (a placing of its hits under way fills that one)."""
        self._index: Index | None = None
        self._summary: Callable[[], str] = str
        """What the status line says of the search (called again to say it in another
        language: ``relabel``)."""
        self._listed: set[str] = set()
        """Paths of the files listed for this search."""
        self._scanning: tuple[int, str, float] | None = None
        """The search, the file its scan began last and when (``time.monotonic``), set
        from the worker's thread; the status line names a file scanned long."""
        self._typing_ahead = False
        """Whether keys typed in the hits are starting a new query (see ``on_key``)."""
        self.input = Input(
            term,
            placeholder=ui_text.CORPUS_PLACEHOLDER(),
            id="corpus-input",
            select_on_focus=False,  # (ctrl+f selects the query; typing in the hits starts one)
        )
        self.status = Label("", id="corpus-status")
        self.results = ResultTree(
            Text(ui_text.CORPUS_RESULTS()), id="corpus-results"
        )  # (not markup: see OutlinePane)
        self.results.show_root = False
        self.results.prefix = os.path.join(os.path.abspath(root), "")

    def compose(self) -> ComposeResult:
        yield self.input
        yield self.status
        yield self.results
        yield KeyBar()

    def on_mount(self) -> None:
        self.sub_title = self._where()
        self.set_interval(PROGRESS_SECONDS, self.show_status)
        if self.term:
            self.start(self.term, self.previous)
            self.results.focus()
        else:
            where = self._where()
            self._summary = lambda: ui_text.CORPUS_WHERE(where=where)
            self.show_status()
            self.input.focus()

    def _where(self) -> str:
        """The folder searched, as the user should see it (made safe)."""
        if is_bundled_corpus(self.root):
            return ui_text.BUNDLED_CORPUS()
        return safe_text(display_location(self.root))

    def relabel(self) -> None:
        """The query box's placeholder, the status and the results' labels worded by the
        interface (files' and rows' counts, untitled speeches, "… N more") in the language
        chosen now."""
        self.input.placeholder = ui_text.CORPUS_PLACEHOLDER()
        self.show_status()
        self.results.say_again()

    def action_index_now(self) -> None:
        """F5: index the folder now, although it was not indexed by itself."""
        if self.index_now is not None:
            self.index_now()
            self.show_status()

    def action_close(self) -> None:
        """Back to the reader."""
        self.workers.cancel_group(self, "corpus-search")
        self.dismiss(None)

    def on_unmount(self) -> None:
        if self._index is not None:
            self._index.close()

    def action_focus_input(self) -> None:
        """Edit the query: focused and selected, so that typing replaces it."""
        self.input.focus()
        self.input.select_all()

    def on_key(self, event: events.Key) -> None:
        """Typing while the results have focus starts a new query with what was typed
        (keys bound to something, such as q and ?, and space keep their meaning); the keys
        after it in the same burst are all the query's: a space ("一网通办" 企业) or a j is
        typed, not a fold or a move."""
        character = event.character
        if (
            self.results.has_focus
            and event.is_printable
            and character
            and (
                self._typing_ahead
                or (not character.isspace() and event.key not in self.active_bindings)
            )
        ):
            event.stop()
            event.prevent_default()
            # Keys typed fast (or pasted by the terminal) all reach the hits before the
            # query takes focus: the first starts the new query, the others add to it.
            self.input.value = self.input.value + character if self._typing_ahead else character
            self._typing_ahead = True
            self.input.focus()
            self.input.cursor_position = len(self.input.value)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if event.widget is self.results:
            self._typing_ahead = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        term = event.value.strip()
        if term:
            self.start(term)
            self.results.focus()

    def start(self, term: str, previous: SearchResult | None = None) -> None:
        """Clear the results and search ``term`` (a query) in a worker; with ``previous``
        (a complete result of ``term``), list that instead, saying it is the last search's."""
        if term != self.term:
            self.came_from = None  # another query: its hits are not the ones left
        self.term = term
        self.files = self.total = 0
        self.done = False
        self.result = None
        self._listed = set()
        self._search_id += 1
        self._auto_expanded = 0
        self._open_when_placed = None
        self._placing.clear()
        self._moved.clear()
        self._kept = None
        self._highlighted = None
        self.results.clear()
        query = shown_query(term)
        self._summary = lambda: ui_text.CORPUS_SEARCHING(query=query)
        self.show_status()
        if previous is not None and previous.complete and previous.query == parse_query(term):
            self._add_files(previous, again=True)
            return
        if self._index is None:
            self._index = Index()
        self._search(self.root, term, self._search_id, self._index)

    # Descriptions of their own: Textual otherwise describes a worker by the repr of its
    # arguments (an Index; a FileResult holding every placed hit), built on the UI thread.
    @work(thread=True, exclusive=True, group="corpus-search", description="corpus search")
    def _search(self, root: Path, term: str, search: int, index: Index) -> None:
        worker = get_current_worker()
        last = [0.0]

        def scanning(done: int, total: int) -> None:
            now = time.monotonic()
            if now - last[0] >= PROGRESS_SECONDS or done == total:
                last[0] = now
                self.post_message(self.Scanning(search, done, total))

        def file_begun(path: str) -> None:
            self._scanning = (search, path, time.monotonic())

        def first(result: SearchResult) -> None:
            if not worker.is_cancelled:
                self.post_message(self.Found(search, result))

        result = search_library(
            root,
            parse_query(term),
            index=index,
            cancelled=lambda: worker.is_cancelled,
            on_scan=scanning,
            on_first=first,
            on_file=file_begun,
        )
        if not worker.is_cancelled:
            self.post_message(self.Found(search, result))

    def on_corpus_search_screen_scanning(self, message: Scanning) -> None:
        message.stop()
        if message.search == self._search_id and not self.done:
            query, done, total = shown_query(self.term), message.done, message.total
            self._summary = lambda: ui_text.CORPUS_SCANNING(query=query, done=done, total=total)
            self.show_status()

    def on_corpus_search_screen_found(self, message: Found) -> None:
        message.stop()
        if message.search == self._search_id:
            self._add_files(message.result)
