"""Corpus search's hits: placed under their file's row, highlighted, opened
(``CorpusHits``, a base class of ``CorpusSearchScreen``).

A file's hits are placed in speeches and sections when its row is unfolded (``_locate``, a
worker: from the index or the parsed file; ``tui.widgets.corpus_tree.fill_places`` makes
the rows); the first ``AUTO_EXPAND`` files unfold by themselves once the list is complete.
The list's first hit is highlighted while the user has not moved the highlight; the
highlighted row is kept on its line of the pane while rows are added, moved or removed above
it (``_cursor_kept``, also used by the ranking); back from a hit, the cursor is put on its
row again (``came_from``). Enter on a row (``open_row``) dismisses the screen with its hit,
or the first hit under it, placed first if need be; a hit whose file is gone is offered in a
copy of the same text (``_open_hit``).

Not here: the query and the search worker (``tui.screens.corpus_search``), the listing
and ranking of the files (``tui.screens.corpus_listing``), the status line
(``tui.screens.corpus_status``), the rows' widget and labels (``tui.widgets.corpus_tree``,
``tui.widgets.corpus_labels``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from rich.text import Text
from textual import work
from textual.widgets import Tree
from textual.widgets.tree import NodeID, TreeNode

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.index import FileResult
from tui.engine.match import Hit
from tui.screens.corpus_status import CorpusStatus
from tui.widgets.corpus_labels import shown_under
from tui.widgets.corpus_tree import NodeData, ResultTree, fill_places, hit_file, hits_under
from tui.widgets.toasts import NoticeBoard

AUTO_EXPAND = 3
"""The first files open by themselves."""

HITS_PER_FILE = 500
"""Hits placed under one file node (the file's label has the real count)."""


class CorpusHits(CorpusStatus):
    """The hits of the corpus search's files (see the module docstring)."""

    # Set by ``CorpusSearchScreen.__init__`` (tui/screens/corpus_search.py), which says
    # what each holds.
    root: Path
    term: str
    came_from: Hit | None
    results: ResultTree
    _auto_expanded: int
    _open_when_placed: tuple[TreeNode[NodeData], TreeNode[NodeData] | None] | None
    _placing: set[NodeID]
    _offered: tuple[Hit, str] | None
    _offer: str
    _kept: tuple[TreeNode[NodeData], int, int] | None
    _highlighted: TreeNode[NodeData] | None
    _moved: dict[NodeID, TreeNode[NodeData]]

    @contextmanager
    def _cursor_kept(self) -> Iterator[None]:
        """The highlighted row kept on its line of the pane while rows are added, moved or
        removed above it (the ranking; the first files opening, their hits placed): it
        was pushed out of sight, below the hits of the files opened above it.

        The line is the one the last keep left it on while neither the cursor nor the
        view has moved since (the pane may have lost a line to the status line above it
        meanwhile: then its last line), else its line now, if it is in sight."""
        tree = self.results
        cursor = tree.cursor_node
        top = int(tree.scroll_offset.y)
        kept = self._kept
        if kept is not None and kept[0] is cursor and kept[2] == top:
            row = kept[1]
        else:
            row = tree.cursor_line - top
            if not 0 <= row < tree.size.height:
                cursor = None  # out of sight: left there
        yield
        # The tree lays its lines out again when next asked for them (its last line, here):
        # the cursor's row then has its new line, and the tree's cursor is on it.
        if cursor is None or not tree.last_line >= cursor.line >= 0:
            return
        line = min(row, max(0, tree.size.height - 1))
        # forced: a list that fitted the pane may not scroll before its next layout
        tree.scroll_to(y=max(0, cursor.line - line), animate=False, force=True)
        self._kept = (cursor, row, int(tree.scroll_offset.y))

    def _list_painted(self, search: int) -> None:
        # Placing a file's hits parses it: the first files open once the list is complete,
        # not while first results are shown and the search still runs.
        if self.done:
            self._expand_first(search)

    def _expand_first(self, search: int) -> None:
        """Open the first files not opened yet by this (once each: a file closed stays closed)."""
        if search != self._search_id:
            return
        for node in self.results.root.children[self._auto_expanded : AUTO_EXPAND]:
            self._auto_expanded += 1
            if not node.is_expanded:
                node.expand()
        back = self._came_from_file()
        if back is not None:
            if back.is_expanded and back.children and back.id not in self._placing:
                self._back_to_came_from(back)
            else:
                back.expand()  # its hits placed, then the cursor put on it (``_fill_file``)

    def _came_from_file(self) -> TreeNode[NodeData] | None:
        came = self.came_from
        if came is None:
            return None
        for node in self.results.root.children:
            if isinstance(node.data, FileResult) and node.data.path == came.path:
                return node
        return None

    def _back_to_came_from(self, file: TreeNode[NodeData]) -> None:
        """The cursor on the row of the hit opened last (the last row at or before it)."""
        came, self.came_from = self.came_from, None
        if came is None:
            return
        spot = (came.paragraph, came.start)
        rows = [
            n
            for n in self._descendants(file)
            if isinstance(n.data, Hit) and (n.data.paragraph, n.data.start) <= spot
        ]
        if rows:
            target = max(rows, key=lambda n: (n.data.paragraph, n.data.start))  # type: ignore[union-attr]
            self.results.call_after_refresh(self.results.move_cursor, target)

    @staticmethod
    def _descendants(node: TreeNode[NodeData]) -> list[TreeNode[NodeData]]:
        found: list[TreeNode[NodeData]] = []
        stack = list(node.children)
        while stack:
            child = stack.pop(0)
            found.append(child)
            stack[:0] = list(child.children)
        return found

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[NodeData]) -> None:
        event.stop()
        node = event.node
        if isinstance(node.data, FileResult) and not node.children:
            with self._cursor_kept():
                node.add_leaf(Text("…", style="dim"))  # until its hits are placed
            self._placing.add(node.id)
            self._locate(node, node.data, self._search_id)

    @work(thread=True, group="corpus-locate", description="place a file's hits")
    def _locate(self, node: TreeNode[NodeData], found: FileResult, search: int) -> None:
        try:
            places = found.hits(HITS_PER_FILE)
        except Exception as error:  # noqa: BLE001 - the index or the file went away meanwhile
            self.app.call_from_thread(
                self.notify,
                ui_text.CORPUS_CANNOT_LIST(error=safe_text(str(error))),
                severity="warning",
            )
            places = []
        self.app.call_from_thread(self._fill_file, node, places, search)

    def _fill_file(self, node: TreeNode[NodeData], places: list[Hit], search: int) -> None:
        if search != self._search_id:
            return
        node = self._moved.get(node.id, node)  # (moved by the ranking meanwhile)
        with self._cursor_kept(), self.results.adding():
            fill_places(node, places)
        self._placing.discard(node.id)
        pending = self._open_when_placed
        if pending is not None and pending[0] is node:  # Enter was pressed: open its first hit
            self._open_when_placed = None
            if places and self.results.cursor_node is pending[1]:
                self._open_hit(places[0])
                return
        if self.came_from is not None and self._came_from_file() is node:
            self._back_to_came_from(node)
            return
        cursor = self.results.cursor_node
        if cursor is None or cursor is self._highlighted:
            # The list has the keys (Enter 打开) but no row was highlighted, so Enter did
            # nothing until ↓ was pressed: the first hit is highlighted once it has a line.
            self.results.call_after_refresh(self._highlight_first_hit, search)

    def _highlight_first_hit(self, search: int) -> None:
        """Highlight the list's first hit, or, while the first file's hits are not placed
        (a big file is parsed for them; the next files' can come first), the first file's
        row (Enter opens its first hit once placed): not a hit further down, which the
        first file's hits would push out of sight below them (the view stays with the
        highlighted row). Only while the user has not moved the highlight (``_highlighted``:
        the row highlighted here, if still the one)."""
        tree = self.results
        if search != self._search_id or tree.cursor_node not in (None, self._highlighted):
            return
        rows = tree.root.children
        if not rows:
            return
        top = rows[0]
        first = next((n for n in self.located_nodes() if n.line >= 0), None)
        target = first if first is not None and hit_file(first) is top else top
        if target.line < 0:
            return
        self._highlighted = target
        if tree.cursor_node is not target:
            tree.move_cursor(target)

    def on_tree_node_selected(self, event: Tree.NodeSelected[NodeData]) -> None:
        event.stop()
        if isinstance(event.node.data, Hit):  # a click on a hit (on a file, it folds)
            self._open_hit(event.node.data, event.node)

    def on_result_tree_open_entry(self, message: ResultTree.OpenEntry) -> None:
        message.stop()
        self.open_row(message.node)

    def open_row(self, node: TreeNode[NodeData]) -> None:
        """Open what the row ``node`` is: its hit, or the first hit under it (a speech or a
        section); on a file (or a note under it), its first hit, once placed (the file is
        unfolded to place its hits; it then says so if it has none any more). A file placed
        without hits (changed since the search) has nothing to open: a bell."""
        file = node
        while file.parent is not None and not isinstance(file.data, FileResult):
            file = file.parent
        first = next(hits_under(node), None) or next(hits_under(file), None)
        if first is not None:
            self._open_hit(first, file)
        elif not isinstance(file.data, FileResult):
            return
        elif file.children and file.id not in self._placing:
            file.expand()  # shows why: the file changed since the search
            self.app.bell()
        else:
            self._open_when_placed = (file, self.results.cursor_node)
            file.expand()  # places its hits (``on_tree_node_expanded``), if not under way

    def _open_hit(self, hit: Hit, node: TreeNode[NodeData] | None = None) -> None:
        """Open ``hit`` (its row, or a row under its file: ``node``). When its file is gone
        since the search and its row names a copy still there (同样的文字也在：…), the
        first Enter says so and offers the copy; the next one opens the hit there (it said
        找不到文件 after the reader had opened the file gone)."""
        copy = self._copy_of_gone(hit, node)
        if copy is not None:
            if self._offered != (hit, copy):
                self._offered = (hit, copy)
                prefix = os.path.join(os.path.abspath(self.root), "")
                self._offer = ui_text.CORPUS_HIT_GONE_COPY(
                    gone=shown_under(hit.path, prefix), copy=shown_under(copy, prefix)
                )
                self.notify(self._offer, timeout=8)
                return
            hit = replace(hit, path=copy)
            notices = getattr(self.app, "notices", None)
            if isinstance(notices, NoticeBoard):  # done: the offer is no news any more
                notices.withdraw(safe_text(self._offer, keep_breaks=True))
        self.workers.cancel_group(self, "corpus-search")
        self.dismiss((hit, self.term))

    @staticmethod
    def _copy_of_gone(hit: Hit, node: TreeNode[NodeData] | None) -> str | None:
        """A file with the same text as ``hit``'s (its file row's ``also_at``) that is
        there, when ``hit``'s own file is not; else None."""
        if node is None or os.path.isfile(hit.path):
            return None
        while node.parent is not None and not isinstance(node.data, FileResult):
            node = node.parent
        found = node.data
        if not isinstance(found, FileResult):
            return None
        return next((path for path in found.also_at if os.path.isfile(path)), None)

    def located_nodes(self) -> list[TreeNode[NodeData]]:
        """Every hit node shown (for tests and callers)."""
        found: list[TreeNode[NodeData]] = []
        stack = list(self.results.root.children)
        while stack:
            node = stack.pop(0)
            if isinstance(node.data, Hit):
                found.append(node)
            stack[:0] = list(node.children)
        return found
