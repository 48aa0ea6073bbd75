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

Why this module is about 1,000 lines: the screen, its result tree (files, then
speeches and sections, filled when a node is expanded; rows moved by the ranking) and the
search worker share one state (the query, the ranked files, the hits placed so far, the
rows moved, the highlighted row kept in sight); split apart, each would reach into the
others.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from functools import partial
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
from tui.engine.index import FileResult, Index, SearchResult, search_library
from tui.engine.match import Hit, parse_query
from tui.paths import display_location, is_bundled_corpus
from tui.reader_search import words_apart
from tui.screens.corpus_hits import CorpusHits
from tui.screens.corpus_status import (
    PROGRESS_SECONDS,
    shown_query,
    skipped_names,
)
from tui.widgets.corpus_labels import file_label
from tui.widgets.corpus_tree import NodeData, ResultTree
from tui.widgets.keybar import KeyBar


class CorpusSearchScreen(CorpusHits):
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

    DEFAULT_CSS = """
    CorpusSearchScreen > #corpus-input { dock: top; }
    CorpusSearchScreen > #corpus-status { height: auto; max-height: 3; width: 1fr; padding: 0 1; color: $text-muted; }
    CorpusSearchScreen > #corpus-results { height: 1fr; }
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
        self.previous = previous
        """The complete result of the same query, listed again at once instead of searching
        (``tui.screens.find``: back from a hit, when that search scanned files not indexed
        yet: a library being indexed took minutes to scan again). Enter searches anew."""
        """The hit opened from these results last time (the same query): once they are
        listed again its file is unfolded and the cursor put back on it."""
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
        self._scanning: tuple[int, str, float] | None = None
        """The search, the file its scan began last and when (``time.monotonic``), set
        from the worker's thread; the status line names a file scanned long."""
        self._typing_ahead = False
        """Whether keys typed in the hits are starting a new query (see ``on_key``)."""
        """Paths of the files listed for this search."""
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

    def _add_files(self, result: SearchResult, again: bool = False) -> None:
        """List ``result``'s files; after first results, only the files not listed yet.

        First results (``result.complete`` False) list the files counted so far, exact;
        the complete result adds the others and the totals, and puts every row in the
        ranked order once (``_rank_rows``: a file with many hits found late was left
        below the first ones), the highlighted row kept on its line of the pane.
        """
        listed_first = bool(self._listed)
        self.result = result
        add = self.results.root.add
        prefix = os.path.join(os.path.abspath(self.root), "")
        with self.results.adding():
            for found in result.files:
                # (a copy of a file listed first, ranked before it now: that row stays)
                if found.path in self._listed or not self._listed.isdisjoint(found.also_at):
                    continue
                self._listed.add(found.path)
                # No child until it is expanded (``on_tree_node_expanded`` places the hits).
                make = partial(file_label, found, prefix)
                node = add(make(), data=found, expand=False, allow_expand=True)
                self.results.said(node, make)
            if result.complete and self._listed:
                # A row listed first: every copy of its text the complete result groups
                # with it named in it. The first results' files are results of their own
                # (a count slower than ``lookup.FIRST_SECONDS`` makes new ones at its end):
                # their ``also_at`` holds only the copies among the first files, and a row
                # listed first may now be a copy of a file found later.
                group_of: dict[str, list[str]] = {}
                for found in result.files:
                    group = [found.path, *found.also_at]
                    for path in group:
                        group_of[path] = group
                for node in self.results.root.children:
                    data = node.data
                    if not isinstance(data, FileResult) or data.path not in group_of:
                        continue
                    copies = [path for path in group_of[data.path] if path != data.path]
                    if copies != data.also_at:
                        data.also_at = copies
                    if copies:
                        self.results.set_node_label(node, file_label(data, prefix))
        if result.complete and listed_first:
            self._rank_rows(result)
        self.files = len(result.files)
        self.total = result.total
        search = self._search_id
        self.results.call_after_paint(lambda: self._list_painted(search))
        self.done = result.complete
        query = shown_query(self.term)
        if not result.complete and not result.files:
            self._summary = lambda: ui_text.CORPUS_CHECKING(query=query)
            self.show_status()
            return
        if not result.complete:
            files, total = self.files, self.total
            self._summary = lambda: ui_text.CORPUS_PARTIAL(query=query, files=files, total=total)
            self.show_status()
            return
        files, total = self.files, self.total

        apart = words_apart(self.term)

        def summary() -> str:
            notes = []
            if apart:  # 优化 营商: the two words in one paragraph, not the phrase
                notes.append(ui_text.CORPUS_WORDS_APART(count=apart))
            if result.scanned:
                notes.append(ui_text.CORPUS_SCANNED(count=len(result.scanned)))
            if result.skipped:
                notes.append(
                    ui_text.CORPUS_SKIPPED(count=len(result.skipped))
                    + ui_text.CORPUS_SKIPPED_NAMES(names=skipped_names(result.skipped))
                )
            if result.notice:
                notes.append(safe_text(ui_text.pick(result.notice, result.notice_en)))
            if again:
                notes.append(ui_text.CORPUS_LISTED_AGAIN())
            note = (
                ui_text.CORPUS_NOTES(notes=ui_text.CORPUS_NOTES_JOIN().join(notes)) if notes else ""
            )
            if total:
                return ui_text.CORPUS_FOUND(query=query, total=total, files=files, note=note)
            return ui_text.CORPUS_NOTHING(query=query, note=note)

        self._summary = summary
        if not self.total:
            if self.results.has_focus:  # nothing to move through: back to the query, selected
                self.action_focus_input()
        self.show_status()

    def _rank_rows(self, result: SearchResult) -> None:
        """Put the file rows in ``result``'s ranked order (a row listed first for a file
        now named in another's ``also_at`` goes with that file), once, when the search is
        complete; the highlighted row stays highlighted, on the same line of the pane, so
        the row under the reader's eyes does not move (the others do, once).

        ``Tree`` has no public way to reorder its nodes: the fewest rows are moved
        (``in_order``: the rows already in order among themselves stay, the highlighted
        one and the unfolded ones first of all), each added again in its place and the old
        one removed (``ResultTree.move_row``)."""
        tree = self.results
        rank: dict[str, int] = {}
        for place, found in enumerate(result.files):
            rank.setdefault(found.path, place)
            for path in found.also_at:
                rank.setdefault(path, place)
        last = len(rank)
        rows = list(tree.root.children)
        ranked = sorted(
            rows,
            key=lambda node: (
                rank.get(node.data.path, last) if isinstance(node.data, FileResult) else last
            ),
        )
        if ranked == rows:
            return
        held = tree.cursor_node
        while held is not None and held.parent is not tree.root:
            held = held.parent
        heavy, heaviest = len(rows) + 1, (len(rows) + 1) ** 2
        target = {node.id: place for place, node in enumerate(ranked)}
        kept = in_order(
            [target[node.id] for node in rows],
            [
                heaviest
                if node is held
                else heavy
                if node.children or node.id in self._placing
                else 1
                for node in rows
            ],
        )
        stays = {rows[index].id for index in kept}
        with self._cursor_kept(), tree.adding():
            previous: TreeNode[NodeData] | None = None
            for node in ranked:
                if node.id not in stays:
                    moved = tree.move_row(node, previous)
                    self._moved[node.id] = moved
                    if node.id in self._placing:
                        self._placing.discard(node.id)
                        self._placing.add(moved.id)
                    pending = self._open_when_placed
                    if pending is not None and pending[0] is node:
                        self._open_when_placed = (moved, pending[1])
                    node = moved
                previous = node


def in_order(targets: list[int], weights: list[int]) -> set[int]:
    """The indexes of the heaviest subsequence of ``targets`` (distinct places, 0 to
    len - 1) that increases: the rows that need not move for all to be in order.

    A Fenwick tree of the best weight ending below each place: O(n log n), for a list of
    thousands of files."""
    size = len(targets)
    best_below: list[tuple[int, int]] = [(0, -1)] * (size + 1)
    ending = [0] * size
    before = [-1] * size
    for index, place in enumerate(targets):
        found, at = (0, -1), place
        while at > 0:
            found = max(found, best_below[at])
            at -= at & -at
        ending[index], before[index] = found[0] + weights[index], found[1]
        at = place + 1
        while at <= size:
            best_below[at] = max(best_below[at], (ending[index], index))
            at += at & -at
    kept: set[int] = set()
    index = max(range(size), key=ending.__getitem__, default=-1)
    while index >= 0:
        kept.add(index)
        index = before[index]
    return kept
