"""The file pane: a DirectoryTree showing folders and speech files only, with speech counts.

Why this module is over 600 lines: it is one widget, and its parts share the tree's nodes
and drawn lines: the listing added in batches (a 3,000-file folder without a frozen
frame), the reveal of a file that keeps the cursor where a listing ends, the speech counts
drawn beside the names, and the labels cut to the pane's width. Each part changes the
others' state (a batch moves the cursor's line, a count widens a label), so they are kept
together rather than spread over mixins.
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
from bisect import bisect_right
from collections.abc import Iterable
from itertools import chain
from pathlib import Path
from typing import ClassVar, TypeVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.widgets import DirectoryTree, Tree
from textual.widgets._tree import _TreeLine
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.base import patterns
from tui.base.files import SUFFIX_ORDER, name_order
from tui.base.safetext import safe_text
from tui.folder_listing import (
    entry_order,
    folder_time,
    listing_change,
    unreadable_files,
    unreadable_folders,
)
from tui.formats import kind_of_name
from tui.paths import display_folder, is_bundled_corpus
from tui.startup import is_speech_candidate
from tui.widgets.treestyle import (
    ELLIPSIS,
    BatchedAdds,
    StylePerPaint,
    cut_keeping_tail,
    cut_to_cells,
    guides_before,
)

_Shown = TypeVar("_Shown", int, str, bool)
"""What the tree shows beside a file's name: its speech count, its content's kind, that it
cannot be counted."""

TYPE_MARKERS: dict[str, str | ui_text.Msg] = {
    "pdf": "PDF",
    "docx": "W",
    "doc": "W",
    "html": ui_text.TREE_WEB_PAGE,
    "mhtml": ui_text.TREE_WEB_PAGE,
    "epub": "EPUB",
    "rtf": "W",
    "odt": "W",
}
"""The dim marker after a file name that is not plain text."""


def _moved(shown: dict[Path, _Shown], key: Path, new_key: Path) -> None:
    """What the tree shows beside the file ``key`` (its count, its content's kind), now
    beside ``new_key`` (the file renamed)."""
    if key in shown:
        shown[new_key] = shown.pop(key)


def _shared_markers() -> dict[str, str | ui_text.Msg]:
    markers = {suffix: TYPE_MARKERS.get(kind_of_name(f"x{suffix}")) for suffix in SUFFIX_ORDER}
    return {
        suffix: marker
        for suffix, marker in markers.items()
        if marker is not None and list(markers.values()).count(marker) > 1
    }


_SHARED_MARKERS = _shared_markers()
"""The suffixes (of ``SUFFIX_ORDER``) whose marker other suffixes share (W: .docx .doc .wps
.rtf .odt; 网页: .html .htm .mhtml .mht), with that marker: a name listed with two of them
(讲话.doc and 讲话.docx) shows its suffix in place of the marker (``_has_twin``)."""

SERIAL = patterns.compile(
    r"(?:(?<![A-Za-z])[A-Za-z]{1,3}(?=[0-9]))?[0-9０-９]+(?:[A-Za-z]{2,3}|\D)?$"
)
"""The number that ends a name in a series, and a character after it (讲话0317, 第12讲):
kept when the name is cut; with the one to three Latin letters it is glued to when they
stand as a word's start (nuclear-explain-p1: "nuclear-…p1", where "nuclear-e…1" left a
lone digit that read as a count; v2 likewise, not a longer word's end: explain1 keeps 1);
or with the two or three Latin letters of a unit after it (合集10MB: "合…10MB", where
"合集…" did not tell it from 合集5MB)."""
ICON_CELLS = 3
"""Cells of the file or folder icon and its space in front of a label."""
NAME_CELLS = 3
"""The speech count gives way only where the name would be cut shorter than this (cells
after the icon: "合…"): the count is kept and the name cut, the whole name being on the
status line (with 5, a subfolder's "合集5MB.txt" lost its "252 sp." in the 19-cell pane at
80x24, English); a bare "📄 20" told nothing."""
MARKER_NAME_CELLS = 5
"""The type marker gives way (before the count) where the name would be cut shorter than
this: "网页…  网页 12篇" keeps it, "开… 网页  12篇" would have kept a kind for a name."""
WORDED_COUNT_WIDTH = 36
"""From this pane width (cells) a speech count is written with its word in English ("12
speeches"); narrower, short on every line ("12 sp.", not worded on some lines and not on
others; the number alone read as anything). Chinese ("12篇") is the same either way."""
GUIDE_NAME_CELLS = 24
"""The guides narrow (4, then 3, then 2 cells a level) until the deepest line shown leaves
this many cells for a name after its icon: in year/unit/type folders four deep the pane
(25 cells at 160 columns) kept 6 cells, "📄 20", or none at all. It was 12: the 25-cell
pane (160x45, 80x24 after ctrl+b) kept guides of 4, and in English ("1 sp.") or one folder
down names alike at their head were cut alike ("在…推进会…" twice, daily98); now it draws
guides of 2, 2 to 4 cells more for each name; a pane of 40 keeps 4 to three levels."""
GUIDE_DEPTHS = (4, 3, 2)
"""The guide widths tried, widest first (Tree's default is 4; 2 is its least)."""
ADD_BATCH = 1000
"""At most this many nodes are added to the tree a frame when a folder is listed."""
ADD_SECONDS = 0.006
"""... and for at most this long (s) a frame, so that a key waits for little on a slow or
busy machine (bench_folder.py)."""
COUNT_LINES = 12
"""At most this many lines in sight are drawn again a frame for new speech counts; the rest
after the next frame (a batch of counts for a whole pane, 43 lines, was a frame of 10 ms
that a key coming meanwhile waited for: ``bench_folder.py --trace``)."""
SHARED_RUN = 12
"""At most this many lines each way are looked at for where a run of names alike at their
head ends (``_shared_head``): a label's cost stays bounded in a folder of 3,000 alike."""
FRAME_WAIT = 0.05
"""At most this long (s) waited for a frame between two batches (a hidden tree draws none)."""
REVEAL_SECONDS = 30.0
"""``reveal`` gives up on a folder that is not listed after this long (s): an empty or
unreadable one never is (a folder of 10,000 files is listed in well under a second)."""


class SpeechFileTree(BatchedAdds, StylePerPaint, DirectoryTree):
    """Folders and speech files; a file shows "N篇" once its speeches are counted (the
    files in sight and near it: ``uncounted_near_view``, ``ViewChanged``).

    Labels are fitted to the pane (long names end in "…"), so the count stays visible.
    A name's extension is drawn as the rest of the name (DirectoryTree sets it in italics):
    a name cut to the pane loses its ".txt", so the one name of a folder that fitted
    showed a lone italic ".txt" beside its row's name (docs/images/quote.svg, ui25).
    """

    DEFAULT_CSS = """
    SpeechFileTree > .directory-tree--extension, SpeechFileTree:ansi > .directory-tree--extension {
        text-style: none;
    }
    """
    HELP_GROUP: ClassVar[str] = ui_text.GROUP_FILES.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        # Tree's own Enter, shown in the key bar as the other panes show their keys.
        Binding("enter", "open_entry", ui_text.KEY_OPEN.zh),
        Binding("j", "cursor_down", ui_text.KEY_NEXT_ITEM.zh, show=False),
        Binding("k", "cursor_up", ui_text.KEY_PREVIOUS_ITEM.zh, show=False),
        Binding("asterisk", "toggle_expand_all", ui_text.KEY_EXPAND_ALL.zh, show=False),
        # y/Y copy the reader's sentence and paragraph here too (the screen's keys): said
        # so in the key bar, since the tree's cursor is on a file, not on what is copied.
        Binding("y", "screen.copy_quote", ui_text.KEY_COPY_READER_SENTENCE.zh),
        Binding("Y", "screen.copy_paragraph", ui_text.KEY_COPY_READER_PARAGRAPH.zh, show=False),
    ]

    class ViewChanged(Message):
        """The lines in sight or near it may show other files now (the tree scrolled, was
        resized, or its lines were built or appended to): posted at most once a frame,
        for the speech counter (``FolderWork.count_speeches``)."""

    def action_open_entry(self) -> None:
        """Open the file at the cursor, or open or close the folder there."""
        self.action_select_cursor()

    def __init__(self, path: str | Path, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(path, id=id)
        self._view_change_told = False
        """Whether a ``ViewChanged`` is on its way (one a frame at most)."""
        self._speech_counts: dict[Path, int] = {}
        """Speech counts by absolute path (as listed: the screen roots the tree at a
        resolved folder, so a file's listed path is the one it is opened and counted by)."""
        self._too_big: dict[Path, int] = {}
        """The size of each file not counted for being over the counter's size limit, by
        absolute path as ``_speech_counts``: its line says so (大文件) in the count's
        place until it has a count (its open gives one)."""
        self._uncountable: dict[Path, bool] = {}
        """Files whose speeches could not be counted (not a speech file after all, or the
        count failed again), by absolute path as ``_speech_counts``: their line says so
        (无法计数) in the count's place, where a file not counted yet shows nothing."""
        self._content_kinds: dict[Path, str] = {}
        """The format each file's content has where it is not the one its name says (a
        plain-text file named .docx: "text"), by absolute path as ``_speech_counts``: its
        line shows the content's marker, not the name's (``set_content_kinds``)."""
        self._is_dir: dict[Path, bool] = {}
        """Whether each listed path is a folder, found on the listing thread."""
        self._unreadable: set[Path] = set()
        """Listed files this process may not read and folders it may not open (``os.access``,
        when listed): marked 无权限 in their kind's place (``render_label``)."""
        self._rank: dict[Path, int] = {}
        """Each listed path's place in its folder (folders first, then ``name_order``:
        ``第2讲`` before ``第10讲``), found on the listing thread; DirectoryTree's own order
        is by the name's code points."""
        self._unlisted: dict[int, tuple[TreeNode[DirEntry], list[Path]]] = {}
        """Folders whose listing is still being added to the tree, by node id: the node and
        the paths not added yet."""
        self._counted_lines: dict[TreeNode[DirEntry], None] = {}
        """Nodes in sight whose count changed and whose line is not drawn again yet, in
        the order the counts came (``_draw_counted``: ``COUNT_LINES`` a frame)."""
        self._counted_drawing = False
        """Whether ``_draw_counted`` is to run after the next frame."""
        self._listed: dict[Path, TreeNode[DirEntry]] = {}
        """Each listed file's node by its path (listed paths are absolute: DirectoryTree
        lists a resolved folder), so that a count redraws one line without a walk of
        the tree (10,000 nodes, each path made absolute, took about 15 ms a batch)."""
        self._cursor_listed: TreeNode[DirEntry] | None = None
        """Where the cursor was when a listing was put in the tree (``_populate_node``),
        until DirectoryTree's loader moves the cursor right after (``move_cursor``)."""
        self._revealed: TreeNode[DirEntry] | None = None
        """The node ``reveal`` put the cursor on, kept in view by the next listings
        (``_follow_revealed``) unless the cursor leaves it."""
        self._scroll_pending: TreeNode[DirEntry] | None = None
        """A node to scroll into view once the tree has a size (``_bring_into_view``)."""
        self._renames = 0
        """How many lines ``rename_listed`` has renamed: a relisting whose reading began
        before a rename reads the folder again (``_relist``)."""
        self._folder_stamps: dict[Path, int | None] = {}
        """Each listed folder's modification time (ns) when it was listed: a file added
        or removed since changes it (``folders_in_sight``, ``relist``)."""

    async def watch_path(self) -> None:
        """As DirectoryTree's, then the root named for people (the bundled corpus's folder is
        ``_corpus`` inside site-packages when installed)."""
        await super().watch_path()
        self.root.set_label(self._root_label())

    def _root_label(self) -> str:
        path = Path(self.path)
        return ui_text.BUNDLED_CORPUS() if is_bundled_corpus(path) else display_folder(path)

    def relabel(self) -> None:
        """Labels (the bundled corpus's name, counts, markers) in the language chosen now."""
        self.root.set_label(self._root_label())
        self._invalidate()

    @staticmethod
    def _resolve(path: Path) -> Path:
        # abspath, not resolve(): resolving 10,000 listed files cost about 200 ms of
        # syscalls on the first frame after a big folder was listed (bench_folder.py).
        return Path(os.path.abspath(path))

    def process_label(self, label: str | Text) -> Text:
        """A node's label: the file name made safe (``safe_text``), one line, never markup.

        File names are untrusted: one may hold an escape sequence (OSC 52 writes the
        clipboard), a bidi override or bytes that are not UTF-8; each shows as a
        visible placeholder.
        """
        plain = label.plain if isinstance(label, Text) else label
        safe = safe_text(plain)
        return super().process_label(
            Text(safe) if safe != plain or isinstance(label, str) else label
        )

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        """Folders and speech files (run on DirectoryTree's listing thread, which is also
        where each path's ``is_dir`` is found for ``_populate_node``)."""
        kept = [path for path in paths if is_speech_candidate(path)]
        for path in kept:
            self._is_dir[path] = self._safe_is_dir(path)
        self._unreadable.difference_update(kept)
        self._unreadable.update(unreadable_files(p for p in kept if not self._is_dir[p]))
        self._unreadable.update(unreadable_folders(p for p in kept if self._is_dir[p]))
        ordered = sorted(kept, key=lambda path: (not self._is_dir[path], name_order(path.name)))
        self._rank.update((path, rank) for rank, path in enumerate(ordered))
        return kept

    def clear_node(self, node: TreeNode[DirEntry]) -> SpeechFileTree:
        """As DirectoryTree's; a listing still being added under ``node`` stops (a new
        root must not get the old folder's files)."""
        for node_id, (pending, _) in list(self._unlisted.items()):
            parent: TreeNode[DirEntry] | None = pending
            while parent is not None and parent is not node:
                parent = parent.parent
            if parent is not None:
                del self._unlisted[node_id]
        self._counted_lines.clear()  # (lines of the old nodes need no drawing)
        self._forget(node.children)
        super().clear_node(node)
        return self

    def _forget(self, nodes: Iterable[TreeNode[DirEntry]]) -> None:
        """Drop ``nodes`` and everything under them from the path map and from the lines
        waiting for their counts to be drawn (before they are removed from the tree)."""
        stack = list(nodes)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if node.data is not None:
                self._listed.pop(node.data.path, None)
                self._counted_lines.pop(node, None)

    @property
    def listed_count(self) -> int:
        """How many entries (files and folders) the tree has listed so far."""
        return len(self._listed)

    @property
    def listing(self) -> bool:
        """Whether a listed folder's entries are still being added to the tree."""
        return bool(self._unlisted)

    async def wait_listed(self) -> None:
        """Return once every folder asked for so far (the root, a folder opened) has been
        read and its first entries added, as ``DirectoryTree.reload()`` waits (the rest of
        a long listing is added by the ``_add_listed`` worker, a batch a frame). For tests
        and benchmarks: the tree's loader worker itself never finishes."""
        await self._load_queue.join()

    def _populate_node(self, node: TreeNode[DirEntry], content: Iterable[Path]) -> None:
        """As DirectoryTree's, but a long listing is added ``ADD_BATCH`` nodes a frame.

        DirectoryTree adds every entry in one go on the UI thread (and asks the file
        system whether each is a folder there): 10,000 files held the first key 78 ms.
        Here the first batch is added at once (the top of the list shows in the first
        frame), the rest by ``_add_listed``, a batch per frame, and whether an entry is a
        folder was found on the listing thread (``filter_paths``).
        """
        self._cursor_listed = self.cursor_node
        self.call_next(self._forget_cursor_listed)
        if node.data is not None:
            self._folder_stamps[node.data.path] = folder_time(node.data.path)
        self._forget(node.children)
        node.remove_children()
        listed = sorted(content, key=lambda path: self._rank.pop(path, 0))
        self._unlisted[node.id] = (node, listed)
        self._add_batch(node.id)
        node.expand()
        if node is self.cursor_node:  # (opened by the user: Enter, a click)
            self.call_after_refresh(self._children_into_view, node)
        if self._unlisted:
            self._add_listed()

    def _forget_cursor_listed(self) -> None:
        self._cursor_listed = None

    def move_cursor(self, node: TreeNode[DirEntry] | None, animate: bool = False) -> None:
        """As Tree's; but right after a listing is put in the tree, DirectoryTree's loader
        moves the cursor back to where it was when the listing *began* (a thread lists
        the folder meanwhile): a file revealed (or a line moved to) during a long listing
        lost the cursor to the folder. Then the cursor stays where it is now."""
        kept = self._cursor_listed
        if kept is not None:
            self._cursor_listed = None
            if node is not kept and kept.tree is self and kept.id in self._tree_nodes:
                node = kept
                self._tree_lines  # noqa: B018 - built now, so that the node's line is known
        super().move_cursor(node, animate)

    def _add_batch(self, node_id: int) -> None:
        """Add the next of ``node_id``'s listed paths: ``ADD_BATCH`` of them at most, for
        ``ADD_SECONDS`` at most. When the node's entries end the tree (a listed folder, as
        the root is), the new lines are appended (``_append_lines``) instead of the tree's
        lines built again and every visible line drawn again."""
        node, paths = self._unlisted.pop(node_id)
        first = len(node.children)
        appending = self._ends_tree(node)
        updates = (self._updates, node._updates)
        deadline = time.perf_counter() + ADD_SECONDS
        added = 0
        with self.adding(invalidate=not appending):
            for path in paths[:ADD_BATCH]:
                is_dir = self._is_dir.pop(path, None)
                self._listed[path] = node.add(
                    path.name,
                    data=DirEntry(path),
                    allow_expand=self._safe_is_dir(path) if is_dir is None else is_dir,
                )
                added += 1
                if time.perf_counter() > deadline:
                    break
        if appending:
            # The lines drawn so far are as they were: ``add`` counts an update of the
            # tree and of the node, and either is part of every drawn line's cache key
            # below the node (the visible lines were all drawn again each batch).
            self._updates, node._updates = updates
            self._append_lines(node, first)
        if len(paths) > added:
            self._unlisted[node_id] = (node, paths[added:])
        # The new nodes live as long as the tree: out of the cyclic collector's sight, so
        # that none of its full collections walks them (one took 94 ms in the middle of
        # a 10,000-file listing; see ``folder_work._settle_garbage_collector``).
        gc.freeze()

    def _ends_tree(self, node: TreeNode[DirEntry]) -> bool:
        """Whether ``node`` is expanded, its lines are built and are the tree's last ones
        (it and each of its ancestors are the last of their siblings)."""
        lines = self._tree_lines_cached
        if lines is None or not node.is_expanded or not self.is_mounted:
            return False
        if self.scrollable_content_region.width <= 0:
            return False  # before a layout Tree's own ``_build`` is used
        shown = node.line
        if not (0 <= shown < len(lines) and lines[shown].node is node):
            return node is self.root and not self.show_root
        child = node
        while child.parent is not None:
            if child.parent.children[-1] is not child:
                return False
            child = child.parent
        return True

    def _append_lines(self, node: TreeNode[DirEntry], first: int) -> None:
        """Lines for ``node``'s children from index ``first`` on, appended to the tree's
        (``_ends_tree`` holds): what ``_build`` would make, without visiting the
        10,000 nodes already there. The former last child's line is drawn again (its
        guide now goes on). Private names as ``_build``'s (which see), and Tree's
        ``_updates`` kept (``_add_batch``) and ``Widget._scroll_update``: no public way to
        add nodes without a new key for every drawn line, nor to size the scroll bar
        without a layout."""
        lines = self._tree_lines_cached
        assert lines is not None
        children = node.children
        if node is self.root and not self.show_root:
            parent_path: list[TreeNode[DirEntry]] = []
        else:
            parent_path = lines[node.line].path
        if first > 0 and parent_path:
            # The former last child's guide goes on now: its line, and those of everything
            # under it (down to the old end of the tree), drawn again.
            previous = children[first - 1]
            lines[previous.line] = _TreeLine(lines[previous.line].path, False)
            previous.refresh()  # (a new key for the drawn lines of it and under it)
            self.refresh_lines(previous.line, len(lines) - previous.line)
        final = len(children) - 1

        def add_node(path: list[TreeNode[DirEntry]], child: TreeNode[DirEntry], last: bool) -> None:
            child_path = [*path, child]
            child._line = len(lines)
            lines.append(_TreeLine(child_path, last))
            if child.is_expanded:
                grandchildren = child.children
                for index, grandchild in enumerate(grandchildren):
                    add_node(child_path, grandchild, index == len(grandchildren) - 1)

        for index in range(first, final + 1):
            add_node(parent_path, children[index], index == final or not parent_path)
        size = Size(self.virtual_size.width, len(lines))
        if self.show_vertical_scrollbar:
            # Only the scroll bar changes. Set as usual, the size would lay the screen
            # out again and compose all of it (15-30 ms a batch with 10,000 files).
            self.set_reactive(DirectoryTree.virtual_size, size)
            self._scroll_update(size)
        else:
            self.virtual_size = size
        self._view_changed()

    async def _next_frame(self) -> None:
        """Wait for the next frame, ``FRAME_WAIT`` at most (a hidden tree draws none)."""
        drawn = asyncio.Event()
        self.call_after_refresh(drawn.set)
        try:
            await asyncio.wait_for(drawn.wait(), FRAME_WAIT)
        except TimeoutError:
            pass

    @work(group="filetree-listing", exclusive=True)
    async def _add_listed(self) -> None:
        """Add the rest of each listed folder, one batch per frame."""
        while self._unlisted:
            await self._next_frame()
            for node_id in list(self._unlisted):
                self._add_batch(node_id)
            self._follow_revealed()

    def _follow_revealed(self) -> None:
        """Keep the revealed file in view while listings add lines above it (a big folder
        opened just before pushed it out of sight), until the listings end or the cursor
        leaves it."""
        node = self._revealed
        if node is None:
            return
        if node is not self.cursor_node:
            self._revealed = None
            return
        self._bring_into_view(node)
        if not self._unlisted:
            self._revealed = None

    def reveal(self, path: Path) -> None:
        """Show ``path`` in the tree: its folders expanded, the cursor on it, in view.

        Done by a worker as the folders are listed (a big folder is added in batches, a
        frame each), so nothing waits for it; a newer ``reveal`` replaces it. A path
        outside the tree, or not listed (gone, or not a speech file), is left alone; one
        on disk whose folder's listing lacks it (a folder back after it was deleted or
        moved away, not listed again yet) has that folder listed again first.
        """
        self._reveal(self._resolve(path))

    @work(group="filetree-reveal", exclusive=True)
    async def _reveal(self, path: Path) -> None:
        root = self._resolve(Path(self.path))
        try:
            parts = path.relative_to(root).parts
        except ValueError:
            return
        node = self.root
        deadline = time.monotonic() + REVEAL_SECONDS
        for depth in range(1, len(parts) + 1):
            wanted = root.joinpath(*parts[:depth])
            relisted = False
            while (child := self._listed.get(wanted)) is None:
                entry = node.data
                listed = entry is not None and entry.loaded and bool(node.children)
                if listed and node.id not in self._unlisted and entry is not None:
                    if relisted or not await asyncio.to_thread(os.path.lexists, wanted):
                        return  # the folder is listed whole, and the path is not in it
                    # On disk since the folder was listed (the open file's folder back
                    # after it was gone: it stayed closed, the file not selected).
                    stamp = await asyncio.to_thread(folder_time, entry.path)
                    self._folder_stamps[entry.path] = stamp
                    await self._relist(node).wait()
                    relisted = True
                    continue
                if time.monotonic() > deadline:
                    return  # an empty folder (or one that cannot be read) is never listed
                if not node.is_expanded:
                    node.expand()  # DirectoryTree lists it on its loader
                await self._next_frame()
            node = child
        if node is self.root:
            return
        self._tree_lines  # noqa: B018 - built now, so that the node's line is known
        if self.scrollable_content_region.height > 0:
            self.move_cursor(node)
        else:
            self.cursor_line = node.line  # (move_cursor would scroll: see _bring_into_view)
        self._bring_into_view(node)
        self._revealed = node

    def _bring_into_view(self, node: TreeNode[DirEntry]) -> None:
        """Scroll ``node`` into view now, or once the tree has a size (``on_resize``): the
        first file is revealed before the tree's first layout, and a tree without a height
        scrolled its line to the top, the root's line out of sight; a hidden tree (a narrow
        terminal) gets its size when shown."""
        if self.scrollable_content_region.height <= 0:
            self._scroll_pending = node
            return
        self._scroll_pending = None
        self._tree_lines  # noqa: B018 - built now, so that the node's line is known
        self.scroll_to_node(node, animate=False)

    def _children_into_view(self, node: TreeNode[DirEntry]) -> None:
        """The rows under a folder just opened brought into view with it, as many as the
        pane holds, the folder's row kept in sight: a folder opened on the pane's last
        line (大文件 at the end of a library) showed nothing new, its files under the
        pane's edge."""
        if node.tree is not self or not node.is_expanded or node.line < 0:
            return
        height = self.scrollable_content_region.height
        top = int(self.scroll_offset.y)
        last = node.line + min(len(node.children), height - 1)
        if last >= top + height:
            self.scroll_to(y=min(node.line, last - height + 1), animate=False)

    def on_resize(self, event: events.Resize) -> None:
        if self._scroll_pending is not None:
            self.call_after_refresh(self.scroll_to_pending)

    def scroll_to_pending(self) -> None:
        """Scroll the cursor's node into view if a reveal left it pending (the tree had no
        size then) and the tree has one now. Run after a resize, and by the screen after
        the refresh that follows showing the tree: a tree shown got no ``Resize`` (nor
        ``Show``) when a scroll's partial layout had left the screen's map to be rebuilt
        and ``focus()`` rebuilt it, and the revealed file stayed out of view."""
        node = self._scroll_pending
        if node is not None and self.scrollable_content_region.height > 0:
            self._scroll_pending = None
            if node is self.cursor_node:
                self._bring_into_view(node)

    def set_speech_counts(
        self,
        counts: dict[Path, int | None],
        too_big: dict[Path, int | None] | None = None,
        uncountable: dict[Path, bool | None] | None = None,
    ) -> None:
        """Record how many speeches each file holds (None: no count, any shown before is
        dropped) and redraw those files' lines; ``too_big``: the size of each file not counted
        for being over the counter's size limit (None: not so, or no longer), its line saying
        so (a 40 MB collection showed no count beside counted files, and nothing said why);
        ``uncountable``: True for each file whose speeches could not be counted (None: not
        so, or no longer), its line saying so (无法计数: it looked not counted yet).

        Only the changed lines in sight are drawn again (``COUNT_LINES`` a frame:
        ``_draw_counted``): rebuilding the whole tree for each batch of counts (Tree
        measures every label when it builds its lines) made a folder of 2,000 files cost
        the UI 40 s of CPU while it was counted. A longer label cannot widen the tree:
        labels are fitted to the pane (``render_label``).
        """
        if too_big:
            self._record(self._too_big, too_big)
        if uncountable:
            self._record(self._uncountable, uncountable)
        self._record(self._speech_counts, counts)

    def _record(self, store: dict[Path, _Shown], values: dict[Path, _Shown | None]) -> None:
        """Put ``values`` (None: none) into ``store`` by resolved path, and draw the lines
        of the files changed again (``_draw_counted``)."""
        changed = False
        for path, value in values.items():
            key = self._resolve(path)
            if store.get(key) != value:
                if value is None:
                    del store[key]
                else:
                    store[key] = value
                node = self._listed.get(key)
                if node is not None:
                    self._counted_lines[node] = None
                changed = True
        if changed:
            self._draw_counted()

    def _draw_counted(self) -> None:
        """Draw again the lines of ``COUNT_LINES`` nodes whose counts changed, and the
        next ones after the next frame; a line out of sight is only made stale (a refresh
        of a region off the pane still costs the compositor a dirty region)."""
        self._counted_drawing = False
        top = int(self.scroll_offset.y)
        bottom = top + self.size.height
        pending = self._counted_lines
        drawn = 0
        while pending and drawn < COUNT_LINES:
            node = next(iter(pending))
            del pending[node]
            if top <= node.line < bottom:
                node.refresh()
                drawn += 1
            else:
                node._updates += 1
        if pending and not self._counted_drawing:
            self._counted_drawing = True
            self.call_after_refresh(self._draw_counted)

    def set_content_kinds(self, kinds: dict[Path, str | None]) -> None:
        """Record the format each file's content has where its name says another (None:
        as its name says) and redraw those files' lines: a plain-text file named .docx
        showed "W" while the reader said it was read as plain text (newuser27). Found by
        the speech counter, which reads the file anyway, and by the file's open."""
        self._record(self._content_kinds, kinds)

    def content_kind(self, path: Path) -> str:
        """The format the tree shows ``path`` as: its content's, once known
        (``set_content_kinds``), else its name's."""
        return self._content_kinds.get(self._resolve(path)) or kind_of_name(path.name)

    async def _on_tree_node_expanded(self, event: Tree.NodeExpanded[DirEntry]) -> None:
        """Before DirectoryTree's (Textual calls each class's handler in turn): a folder this
        process may not open stays closed, its listing not asked for, and the user is told
        why (DirectoryTree showed it opened on nothing, as an empty folder). Its permission
        is asked each time it is opened, not only when it was listed: one whose
        permissions came back opens, its mark gone; one whose permissions were taken while
        the reader ran gets its mark then (it kept none, and opened on its old listing or
        on nothing). A folder listed before has its entries' marks looked at again too
        (``_mark_again``)."""
        node = event.node
        if node is self.cursor_node and node.children:  # (a listed folder opened again)
            self.call_after_refresh(self._children_into_view, node)
        if node.data is None or not node.allow_expand or node is self.root:
            return
        path = node.data.path
        if not await asyncio.to_thread(lambda: bool(unreadable_folders([path]))):
            self.set_readable(path)
            if node.children:
                self._mark_again(node)
            return
        event.prevent_default()  # (DirectoryTree's handler: no listing)
        event.stop()
        node.collapse()
        self._set_unreadable({path: True})
        self.notify(ui_text.TREE_FOLDER_DENIED(name=safe_text(path.name)), severity="warning")

    @work(group="filetree-marks")
    async def _mark_again(self, node: TreeNode[DirEntry]) -> None:
        """The 无权限 marks of the entries listed under ``node`` (opened again), as their
        permissions are now (``os.access`` on a thread): a file or sub-folder whose
        permission was taken or given back since the listing is marked, or not, as a new
        listing would mark it."""
        entries = [(c.data.path, c.allow_expand) for c in node.children if c.data is not None]

        def locked() -> dict[Path, bool]:
            files = unreadable_files(path for path, is_dir in entries if not is_dir)
            folders = unreadable_folders(path for path, is_dir in entries if is_dir)
            return {path: path in files or path in folders for path, _ in entries}

        self._set_unreadable(await asyncio.to_thread(locked))

    def _set_unreadable(self, marks: dict[Path, bool]) -> None:
        """Mark (True) or unmark the listed ``marks`` 无权限, their lines drawn again."""
        changed = False
        for path, locked in marks.items():
            if locked == (path in self._unreadable):
                continue
            if locked:
                self._unreadable.add(path)
            else:
                self._unreadable.discard(path)
            node = self._listed.get(path)
            if node is not None:
                self._counted_lines[node] = None
                changed = True
        if changed:
            self._draw_counted()

    def set_readable(self, path: Path) -> None:
        """``path`` was read (its document shown): its 无权限 mark, if it had one from its
        listing, goes (its permissions were changed since)."""
        self._set_unreadable({self._resolve(path): False})

    def set_speech_count(self, path: Path, count: int) -> None:
        """Record that ``path`` holds ``count`` speeches and redraw the labels (a 无法计数
        mark it had goes: it was read)."""
        self.set_speech_counts({path: count}, uncountable={path: None})

    def speech_count(self, path: Path) -> int | None:
        """The recorded count for ``path``, if known."""
        return self._speech_counts.get(self._resolve(path))

    def rename_listed(self, old: Path, new: Path) -> None:
        """A listed file now named ``new`` (the open file renamed beside itself): its line
        shows the new name, its count kept, moved to the new name's place in the folder's
        order (the cursor staying on it). The tree lists a folder once: before, it kept
        the old name, a file no longer there, and had no line for the new one; then it
        kept the old name's place, and the folder's order, which ``listing_change`` places
        new entries in by bisection, was broken: a file added after it could be listed
        out of order (newuser19)."""
        key, new_key = self._resolve(old), self._resolve(new)
        node = self._listed.get(key)
        if node is None or new_key in self._listed:  # (the 2 s check listed it first)
            return
        self._renames += 1
        self._rekey(node, key, new_key)
        node.set_label(new_key.name)
        if node.allow_expand:
            self._rekey_under(node, key, new_key)
        self._into_order(node)

    def move_root(self, new: Path) -> None:
        """The tree's root folder (or a folder above it) renamed: the root is ``new`` and
        every listed entry is under it, as listed before (folders kept open, counts and
        the cursor kept), without listing the folders again."""
        key, new_key = self._resolve(Path(self.path)), self._resolve(new)
        if key == new_key:
            return
        self.set_reactive(DirectoryTree.path, new_key)  # (setting it would list it all again)
        self._rekey(self.root, key, new_key)
        self._rekey_under(self.root, key, new_key)
        self.root.set_label(self._root_label())

    def _rekey(self, node: TreeNode[DirEntry], key: Path, new_key: Path) -> None:
        """``node``'s entry, and what the tree keeps by its path, now at ``new_key``."""
        entry = node.data
        if entry is None:
            return
        if self._listed.get(key) is node:
            del self._listed[key]
            self._listed[new_key] = node
        node.data = DirEntry(new_key, entry.loaded)
        _moved(self._speech_counts, key, new_key)
        _moved(self._too_big, key, new_key)
        _moved(self._uncountable, key, new_key)
        _moved(self._content_kinds, key, new_key)
        if key in self._folder_stamps:
            self._folder_stamps[new_key] = self._folder_stamps.pop(key)
        if key in self._unreadable:
            self._unreadable.discard(key)
            self._unreadable.add(new_key)

    def _rekey_under(self, folder: TreeNode[DirEntry], old: Path, new: Path) -> None:
        """Everything listed under ``folder`` (renamed from ``old`` to ``new``) at its new
        path, the entries still waiting to be added too."""
        stack = list(folder.children)
        while stack:
            node = stack.pop()
            stack.extend(node.children)
            if node.data is not None:
                path = node.data.path
                self._rekey(node, path, new / path.relative_to(old))
        for node_id, (pending, paths) in list(self._unlisted.items()):
            if pending.data is not None and pending.data.path.is_relative_to(new):
                moved = [new / path.relative_to(old) for path in paths]
                self._unlisted[node_id] = (pending, moved)

    def _into_order(self, node: TreeNode[DirEntry]) -> None:
        """Move ``node`` among its siblings (in the tree's order but for it) to its place."""
        parent = node.parent
        if parent is None or node.data is None:
            return
        siblings = parent._children
        cursor = self.cursor_node
        row = self.cursor_line - int(self.scroll_offset.y)
        siblings.remove(node)
        at = bisect_right(
            siblings,
            entry_order((node.data.path, node.allow_expand)),
            key=lambda sibling: entry_order(
                (sibling.data.path if sibling.data is not None else Path(), sibling.allow_expand)
            ),
        )
        siblings.insert(at, node)
        self._invalidate()
        self._cursor_back_on(cursor, row)

    def _cursor_back_on(self, cursor: TreeNode[DirEntry] | None, row: int) -> None:
        """Put the cursor back on ``cursor``'s node (still in the tree) after its lines moved,
        on the same screen row (``row``) when it was in sight."""
        if cursor is not None and cursor.tree is self and cursor.id in self._tree_nodes:
            self._tree_lines  # noqa: B018 - built now, so that the cursor's line is known
            line = cursor.line
            if line >= 0:
                self.cursor_line = line
                if 0 <= row < self.size.height:
                    self.scroll_to(y=max(0, line - row), animate=False)

    def node_for_path(self, path: Path) -> TreeNode[DirEntry] | None:
        """The loaded node showing ``path``, if any."""
        path = path.resolve()
        stack = [self.root]
        while stack:
            node = stack.pop()
            if node.data is not None and node.data.path.resolve() == path:
                return node
            stack.extend(node.children)
        return None

    def render_label(self, node: TreeNode[DirEntry], base_style: Style, style: Style) -> Text:
        """Icon and name, cut with "…" to fit the pane, then the speech count if known.

        Speech file names are long and the pane is narrow: cut at the pane's edge they
        lost their count and the tree scrolled sideways. Fitting each label keeps the
        count visible and the tree one pane wide (the full name is in the status line
        and in the command palette).
        """
        label = whole = super().render_label(node, base_style, style)
        marker_text = count_text = ""
        is_file = node.data is not None and not node.allow_expand
        locked = node.data is not None and node.data.path in self._unreadable and node != self.root
        if locked:
            # (kept when the room is short, the name cut instead: it tells why Enter fails)
            marker_text = f" {ui_text.TREE_UNREADABLE()}"
        elif node.data is not None and is_file:
            kind = self.content_kind(node.data.path)
            marker = TYPE_MARKERS.get(kind, "")
            marker_text = f" {marker if isinstance(marker, str) else marker()}" if marker else ""
            if marker_text and kind == kind_of_name(node.data.path.name):
                # The marker tells the kind: no ".docx", ".odt" or ".rtf" beside it (a
                # file whose content is of another kind keeps its name's own suffix).
                label = _without_extension(label)
                if self._has_twin(node.data.path):
                    # 讲话.doc and 讲话.docx were two lines of "讲话 W", cut alike.
                    marker_text = f" {node.data.path.suffix.lower()}"
            key = self._resolve(node.data.path)
            count = self._speech_counts.get(key)
            # The English word ("12 speeches", 13 cells where "12篇" takes 6) in a pane
            # with room for it; narrower, "12 sp." on every line (in a 25-cell pane the
            # word hid the count of most names).
            worded = self.scrollable_content_region.width >= WORDED_COUNT_WIDTH
            if count is not None:
                count_msg = ui_text.TREE_SPEECH_COUNT if worded else ui_text.TREE_SPEECH_COUNT_SHORT
                count_text = f"  {count_msg(count=count)}"
            elif key in self._too_big:
                too_big = ui_text.TREE_TOO_BIG if worded else ui_text.TREE_TOO_BIG_SHORT
                count_text = f"  {too_big()}"
            elif key in self._uncountable:
                uncounted = ui_text.TREE_UNCOUNTED if worded else ui_text.TREE_UNCOUNTED_SHORT
                count_text = f"  {uncounted()}"
        room = self._label_room(node)
        if room is not None:
            # The count is kept and the name cut: the count is what the tree tells, the
            # whole name is on the status line (网页讲话.html lost its "12篇" in the 25-cell
            # pane for want of 3 cells). The marker gives way where the name would keep
            # fewer than ``MARKER_NAME_CELLS`` ("网页…"), the count fewer than ``NAME_CELLS``.
            # A name listed beside a twin of another suffix (网页讲话.html, 网页讲话.mhtml)
            # keeps that suffix when cut, where its label shows it ("网….mhtml"): it tells
            # the two rows apart (at 80x24 in English both were "网页讲…  1 sp."; an .mhtml
            # read as a plain page, "网页讲… web", lost it to its marker).
            alike = (
                label.cell_len + cell_len(marker_text + count_text) > room  # (else no cut)
                and is_file
                and node.data is not None
                and self._named_alike(node.data.path)
            )

            def tail(shown: Text) -> int:
                suffix = node.data.path.suffix if alike and node.data is not None else ""
                return cell_len(suffix) if suffix and shown.plain.endswith(suffix) else 0

            short = room - ICON_CELLS - MARKER_NAME_CELLS - tail(label)
            if cell_len(marker_text + count_text) > short and marker_text and not locked:
                marker_text = ""
                label = whole  # the extension back in the marker's place
            if cell_len(marker_text + count_text) > room - ICON_CELLS - NAME_CELLS - tail(label):
                count_text = ""  # (both are on the status line)
            name_room = room - cell_len(marker_text + count_text)
            if label.cell_len > name_room:
                # Cut without its extension (``_fitted_name``), unless another file of its
                # name is listed: then the extension tells the two apart, and stays.
                shared = self._shared_head(node) if is_file and not alike else (0, 0)
                label = _fitted_name(label, max(name_room, ICON_CELLS + 2), is_file, alike, shared)
        shown = marker_text + count_text
        if shown:
            label.append_text(Text(shown, style="dim"))
        return label

    def _shared_head(self, node: TreeNode[DirEntry]) -> tuple[int, int]:
        """How many characters of the file ``node``'s name (without its extension) the
        files listed next to it in its folder begin with too: the most a name above or
        below shares (names cut there or before look the same: 在全市优化营商环境大会上的讲话
        and …推进会上的讲话 were both "在全市优…" at 80x24), and the most the first name
        past the run of names sharing that much shares, above or below (what tells its
        group from the next group: "在全市优" from "在全市招"). The run is followed up to
        ``SHARED_RUN`` lines each way: with two lines, a group of three names' first one
        and the next group's first one, three lines apart, were both "在…大会上的讲话" in the
        25-cell pane once the guides narrowed (daily98)."""
        line = node.line
        if line < 0 or node.data is None:
            return 0, 0
        stem = node.data.path.stem

        def share(near: int) -> int | None:
            """What the file ``near`` shares with ``stem``; None past the folder's files."""
            other = self.get_node_at_line(near) if near >= 0 else None
            if other is None or other.parent is not node.parent or other.data is None:
                return None
            if other.allow_expand:
                return None
            return len(os.path.commonprefix((stem, other.data.path.stem)))

        above, below = share(line - 1), share(line + 1)
        most = max(above or 0, below or 0)
        fewer = 0
        for step, first in ((-1, above), (1, below)):
            shared, near = first, line + step
            while shared is not None and shared >= most and abs(near - line) < SHARED_RUN:
                near += step
                shared = share(near)
            if shared is not None and shared < most:
                fewer = max(fewer, shared)
        return fewer, most

    def _named_alike(self, path: Path) -> bool:
        """Whether the tree lists a file of ``path``'s name with another speech suffix
        (讲话.txt beside 讲话.md): the extension is what tells the two lines apart."""
        suffix = path.suffix
        if not suffix:
            return False
        stem = path.name[: -len(suffix)]
        return any(
            other != suffix.lower() and path.with_name(stem + cased) in self._listed
            for other in SUFFIX_ORDER
            for cased in (other, other.upper())
        )

    def _has_twin(self, path: Path) -> bool:
        """Whether the tree lists a file of ``path``'s name with another suffix of the
        same marker (讲话.doc beside 讲话.docx: both "W")."""
        suffix = path.suffix
        marker = _SHARED_MARKERS.get(suffix.lower())
        if marker is None:
            return False
        stem = path.name[: -len(suffix)]
        cased = str.upper if suffix.isupper() else str.lower
        return any(
            other != suffix.lower()
            and shared == marker
            and path.with_name(stem + cased(other)) in self._listed
            for other, shared in _SHARED_MARKERS.items()
        )

    def get_label_width(self, node: TreeNode[DirEntry]) -> int:
        """The label's width without drawing it: Tree measures every label when it builds
        its lines, and drawing 10,000 of them (``render_label``) took about 250 ms on the
        first frame after a big folder was listed. Labels are fitted to the pane, so the
        width is the room when the name is longer."""
        label = node.label
        width = ICON_CELLS + (label.cell_len if isinstance(label, Text) else cell_len(label))
        if node.data is not None and not node.allow_expand:
            width += 8  # room for a type marker and "  N篇"
        room = self._label_room(node)
        return min(width, room) if room is not None else width

    def _label_room(self, node: TreeNode[DirEntry]) -> int | None:
        """Cells left for ``node``'s label after its guides (None before a layout)."""
        if not self.is_mounted:
            return None
        width = self.scrollable_content_region.width
        if width <= 0:
            return None
        return width - guides_before(self, node) * self.guide_depth

    def _build(self) -> None:
        """Tree's lines, without measuring each label: every label is fitted to the pane
        (``render_label``), so the tree is as wide as the pane.

        Tree's own ``_build`` measured all the lines on every change: with 10,000 files
        about 85 ms a build on the 2-core test box (bench_folder.py), and while a big
        folder is listed the tree is built once a batch. This is Tree's loop without the
        measuring (Textual 8's ``_TreeLine``; before a layout Tree's own is used).

        Private names, as Textual 8.2 has no public way: ``_build`` itself (no hook to
        build the lines), the line cache ``_tree_lines_cached`` of ``_TreeLine`` and each
        node's ``_line`` (``TreeNode.line`` only reads it); the rest through the public
        ``is_expanded``, ``children``, ``line``. Pinned by
        test_filetree_listing.py::test_the_lines_built_are_those_textual_s_own_tree_builds
        (the lines against Textual's own ``Tree._build``) and test_private_names.py.
        """
        width = self.scrollable_content_region.width if self.is_mounted else 0
        if width <= 0:
            super()._build()
            return
        lines: list[_TreeLine[DirEntry]] = []
        add_line = lines.append
        deepest = 0

        def add_node(path: list[TreeNode[DirEntry]], node: TreeNode[DirEntry], last: bool) -> None:
            nonlocal deepest
            child_path = [*path, node]
            node._line = len(lines)
            add_line(_TreeLine(child_path, last))
            if node.is_expanded:
                children = node.children
                final = len(children) - 1
                # Once a folder, not once a line: per line it cost a build of 10,000 files
                # 5.2 ms (4.9-5.5) against the tree without it 4.0 (3.8-4.1); once a folder
                # 4.0 (3.8-4.4) against 3.9 (3.7-4.4) (bench_folder.py --build, 5 rounds
                # each in turns, shared machine, ui16).
                if children and len(child_path) > deepest:
                    deepest = len(child_path)
                for index, child in enumerate(children):
                    add_node(child_path, child, index == final)

        if self.show_root:
            add_node([], self.root, True)
        else:
            for node in self.root.children:
                add_node([], node, True)
        self._tree_lines_cached = lines
        self._fit_guides(width, deepest)
        self.virtual_size = Size(width, len(lines))
        if self.cursor_line != -1:
            if self.cursor_node is not None:
                self.cursor_line = self.cursor_node.line
            if self.cursor_line >= len(lines):
                self.cursor_line = -1
        self._view_changed()

    def _fit_guides(self, width: int, deepest: int) -> None:
        """The widest guides (``GUIDE_DEPTHS``) that leave the deepest line shown
        ``GUIDE_NAME_CELLS`` for a name, else the narrowest. Set without Tree's watcher:
        the lines being built are already invalidated, and labels are drawn after."""
        levels = deepest if self.show_root else max(0, deepest - 1)
        for depth in GUIDE_DEPTHS:
            if width - levels * depth - ICON_CELLS >= GUIDE_NAME_CELLS:
                break
        if depth != self.guide_depth:
            self.set_reactive(SpeechFileTree.guide_depth, depth)

    # A resize needs the lines built again (labels are fitted to the width) and tells the
    # counter (``_build`` calls ``_view_changed``): Tree's own ``_on_resize`` invalidates
    # the lines, once; a handler here did it a second time.

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._view_changed()

    def _view_changed(self) -> None:
        """Tell the screen (``ViewChanged``) after this frame, unless told already."""
        if self._view_change_told or not self.is_mounted:
            return
        self._view_change_told = True
        self.call_after_refresh(self._tell_view_changed)

    def _tell_view_changed(self) -> None:
        self._view_change_told = False
        self.post_message(self.ViewChanged())

    def folders_in_sight(self) -> dict[Path, int | None]:
        """The listed folders whose entries are in sight (a file's folder, a folder open
        on a line in sight), each with its modification time when listed; not one whose
        listing is still being added."""
        lines = self._tree_lines
        top = max(0, int(self.scroll_offset.y))
        pending = {node.id for node, _ in self._unlisted.values()}
        found: dict[Path, int | None] = {}
        for line in lines[top : top + self.size.height]:
            node = line.node
            folder = node if node.allow_expand and node.is_expanded else node.parent
            if folder is None or folder.data is None or folder.id in pending:
                continue
            path = folder.data.path
            if path in self._folder_stamps:
                found[path] = self._folder_stamps[path]
        return found

    def _folder_node(self, folder: Path) -> TreeNode[DirEntry] | None:
        root = self.root
        if root.data is not None and root.data.path == folder:
            return root
        return self._listed.get(folder)

    def relist(self, folder: Path, stamp: int | None) -> None:
        """``folder`` was modified on disk since it was listed (its time now ``stamp``):
        recorded, and its entries listed again if its speech files and folders are not
        those listed (a file added or removed: a deleted file stayed listed, Enter saying
        it was gone, and a new one was not listed, newuser15), its open sub-folders and
        the cursor kept."""
        node = self._folder_node(folder)
        if node is None:
            return
        self._folder_stamps[folder] = stamp
        self._relist(node)

    @work(group="filetree-relist")
    async def _relist(self, node: TreeNode[DirEntry]) -> None:
        """Read the folder again on a thread (one reading: whether it changed and how) and
        add and remove only the entries that changed (``_apply_listing``).
        DirectoryTree's ``reload_node`` removed and added every entry: a 10,000-file
        folder held the UI thread 100 ms or more a time, every 2 s while another program
        added files, and its cursor went back to the folder (only the first batch of
        entries was there when it looked for the file). It is still used for a folder
        whose listing is being added."""
        folder = node.data.path if node.data is not None else None
        if folder is None:
            await self.reload_node(node)
            return
        while True:
            listed, renamed = self._entries(node), self._renames
            change = await asyncio.to_thread(listing_change, folder, listed, self._safe_is_dir)
            if change is None or not any(change):  # (unreadable, or the same entries)
                return
            new_files = [path for path, is_dir, _ in change[1] if not is_dir]
            new_folders = [path for path, is_dir, _ in change[1] if is_dir]
            if new_files or new_folders:

                def unreadable(files: list[Path], folders: list[Path]) -> set[Path]:
                    return unreadable_files(files) | unreadable_folders(folders)

                self._unreadable.difference_update(new_files + new_folders)
                self._unreadable.update(await asyncio.to_thread(unreadable, new_files, new_folders))
            # The change is to the entries listed when the thread began: if a line was
            # renamed meanwhile (the open file's rename followed, ``rename_listed``), the
            # folder is read again. Applied as it was, the old name's removal found no
            # line and the new name got a second one, 1 run in 3 (rename102).
            if renamed == self._renames:
                break
        pending = {pending.id for pending, _ in self._unlisted.values()}
        if node.id in pending:
            await self.reload_node(node)
            if node is self.root:  # (DirectoryTree labels it with the folder's bare name)
                self.root.set_label(self._root_label())
        elif node.tree is self and node.id in self._tree_nodes:
            self._apply_listing(node, *change)

    @staticmethod
    def _entries(node: TreeNode[DirEntry]) -> list[tuple[Path, bool]]:
        """``node``'s entries as listed (in the tree's order), each with whether it is
        listed as a folder (what ``listing_change`` compares the folder with)."""
        return [
            (child.data.path, child.allow_expand)
            for child in node.children
            if child.data is not None
        ]

    def _apply_listing(
        self,
        node: TreeNode[DirEntry],
        gone: list[Path],
        added: list[tuple[Path, bool, Path | None]],
    ) -> None:
        """Remove ``node``'s entries ``gone`` and add the entries ``added`` each before
        the listed entry named with it (``listing_change``); the cursor stays on its
        entry, on the same row of the pane (else on the entry after a removed one)."""
        entries = {path: self._listed.get(path) for path in gone}
        cursor = self.cursor_node
        row = self.cursor_line - int(self.scroll_offset.y)
        mine = cursor  # (the cursor's entry in ``node``, if it is under it)
        while mine is not None and mine.parent is not node:
            mine = mine.parent
        if mine is not None and mine.data is not None and mine.data.path in entries:
            later = node.children[node.children.index(mine) + 1 :]
            cursor = next((s for s in later if s.data and s.data.path not in entries), node)
        with self.adding():
            for child in entries.values():
                if child is None or child.parent is not node:
                    continue
                self._forget([child])
                child.remove()
            for path, is_dir, before in added:
                if path in self._listed:  # (a name is listed once, whatever came first)
                    continue
                following = self._listed.get(before) if before is not None else None
                if following is not None and following.parent is not node:
                    following = None
                self._listed[path] = node.add(
                    path.name, data=DirEntry(path), before=following, allow_expand=is_dir
                )
        self._cursor_back_on(cursor, row)

    def files_in_sight(self) -> list[Path]:
        """The files (not folders) on the lines in sight, top to bottom."""
        lines = self._tree_lines
        top = max(0, int(self.scroll_offset.y))
        found: list[Path] = []
        for line in lines[top : top + self.size.height]:
            node = line.node
            if node.data is not None and not node.allow_expand:
                found.append(node.data.path)
        return found

    def uncounted_near_view(self, margin: int) -> list[Path]:
        """Files without a speech count on the lines in sight, then on the ``margin``
        lines below and above them, in that order (what ``count_speeches`` counts next:
        the files the user sees first, then those a scroll away)."""
        lines = self._tree_lines
        top = max(0, int(self.scroll_offset.y))
        bottom = min(len(lines), top + self.size.height)
        near = chain(
            range(top, bottom),
            range(bottom, min(len(lines), bottom + margin)),
            range(max(0, top - margin), top),
        )
        found: list[Path] = []
        counts = self._speech_counts
        for index in near:
            node = lines[index].node
            data = node.data
            if data is not None and not node.allow_expand:
                if self._resolve(data.path) not in counts:
                    found.append(data.path)
        return found


def _without_extension(label: Text) -> Text:
    """A file's label (icon and name) without the name's extension, if it has one."""
    name_start = label.plain.find(" ") + 1  # after the icon and its space
    dot = label.plain.rfind(".")
    return label[:dot] if dot > name_start else label


def _fitted_name(
    label: Text,
    cells: int,
    is_file: bool = True,
    alike: bool = False,
    shared: tuple[int, int] = (0, 0),
) -> Text:
    """A file's label (icon and name) too long for ``cells``: without its extension
    (".txt"), and, when a number ends the name (讲话0317, 第12讲), cut before the number,
    not inside it. A folder of 讲话0001.txt … 讲话3000.txt showed 3,000 rows of "讲话00…",
    one like the other. A kind other than plain text keeps its marker ("W", "PDF"); the
    whole name is in the status line. A folder's name keeps its dots (2024.03). A file
    listed ``alike`` (讲话稿.txt beside 讲话稿.md) keeps its extension: "讲….txt". A name
    whose head a name listed next to it begins with too (``shared``, ``_shared_head``:
    fewer, most characters), when its cut would show no more than that head, shows its
    head, "…", then the rest from where it differs from its neighbour ("在全市优化营…稿"),
    the rest cut too when it is long, after the head up to what tells it from the names
    further off: "在全市优…大会…", "在全市优…推进…" (both were "在全市优…")."""
    name_start = label.plain.find(" ") + 1  # after the icon and its space

    def headed(cut: Text | None) -> bool:
        """Whether ``cut`` shows a head of the name before its "…" (not "📄….mhtml")."""
        return cut is not None and len(cut.plain.split("…", 1)[0]) > name_start

    dot = label.plain.rfind(".")
    if alike and dot > name_start:
        kept = cut_keeping_tail(label, cells, dot)
        if kept is not None and headed(kept):
            return kept
    if is_file:
        label = _without_extension(label)
    serial = SERIAL.search(label.plain, name_start + 1)
    if serial is not None:
        cut = cut_keeping_tail(label, cells, serial.start())
        if cut is not None and headed(cut):
            return cut
    head = cut_to_cells(label, cells)
    fewer, most = shared
    differs = name_start + most
    if most > 1 and label.cell_len > cells and len(head.plain) - 1 <= differs < len(label.plain):
        # (the head cut shows only what the neighbour's name shows too) The head as long as
        # the rest leaves room for ("在全市优化营…稿"), else what tells it from names further
        # off ("在全市优…大会…"), else one character.
        # The whole rest is taken with a head longer than what the names past its group
        # share: "在…大会上的讲话" was the first name of two groups three lines apart.
        whole_rest = cut_keeping_tail(label, cells, differs)
        if (
            whole_rest is not None
            and len(whole_rest.plain.split(ELLIPSIS, 1)[0]) > name_start + fewer
        ):
            return whole_rest
        # Last before one character: its first character and the one that tells it from
        # the names further off ("在…优…大会…", one folder down in English, where "在…大会上…"
        # was the first of two groups: daily98).
        told = fewer if fewer > 1 else None  # (with one, a head of two characters is shorter)
        for head_chars, teller in dict.fromkeys(
            ((min(fewer + 1, most - 1), None), (1, told), (1, None))
        ):
            start = label[: name_start + head_chars]
            start.append(ELLIPSIS)
            if teller is not None:
                start.append_text(label[name_start + teller : name_start + teller + 1])
                start.append(ELLIPSIS)
            rest = cut_to_cells(label[differs:], cells - start.cell_len, words=False)
            if rest.plain.rstrip(ELLIPSIS):
                start.append_text(rest)
                return start
    return head
