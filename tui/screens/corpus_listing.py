"""Corpus search's files listed: as the search's results come, then ranked once
(``CorpusListing``, a base class of ``CorpusSearchScreen``).

``_add_files`` lists a result's files, each row folded (its hits are placed when it
unfolds: ``tui.screens.corpus_hits``): first results the files counted so far, the complete
result the others, each text found at several paths on one row; it sets what the status
line says of the search. Once complete, ``_rank_rows`` puts the rows in the ranked order,
moving the fewest (``in_order``), the highlighted row kept on its line of the pane.

Not here: the query and the search worker (``tui.screens.corpus_search``), the status line
itself (``tui.screens.corpus_status``), the rows' widget and labels
(``tui.widgets.corpus_tree``, ``tui.widgets.corpus_labels``).
"""

from __future__ import annotations

import os
from functools import partial
from typing import TYPE_CHECKING

from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.index import FileResult, SearchResult
from tui.reader_search import words_apart
from tui.screens.corpus_hits import CorpusHits
from tui.screens.corpus_status import shown_query, skipped_names
from tui.widgets.corpus_labels import file_label
from tui.widgets.corpus_tree import NodeData


class CorpusListing(CorpusHits):
    """The corpus search's files listed and ranked (see the module docstring)."""

    if TYPE_CHECKING:  # defined by CorpusSearchScreen, which is built on this class

        def action_focus_input(self) -> None: ...

    # Set by ``CorpusSearchScreen.__init__`` (tui/screens/corpus_search.py), which says
    # what each holds.
    files: int
    total: int
    result: SearchResult | None
    _listed: set[str]

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
