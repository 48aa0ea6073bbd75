"""The file tree's listing: a folder's entries added a batch a frame, and kept in view.

``ListedTree`` (on ``TreeLines``, ``filetree_lines.py``) holds the tree's state that
every layer above shares (the path→node map, the counts and marks by path, the folders'
times), keeps speech files and folders only (``filter_paths``, with whether each is a
folder and readable found on the listing thread), adds a listed folder ``ADD_BATCH``
nodes and ``ADD_SECONDS`` at most a frame (``_populate_node``, ``_add_batch``,
``_add_listed``), keeps the cursor where it is when a listing ends (``move_cursor``),
and brings a node, or a folder just opened with its rows, into view (``_bring_into_view``,
``_children_into_view``, ``scroll_to_pending``).
"""

from __future__ import annotations

import asyncio
import gc
import os
import time
from collections.abc import Iterable
from pathlib import Path

from textual import events, work
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.base.files import name_order
from tui.folder_listing import (
    folder_time,
    unreadable_files,
    unreadable_folders,
)
from tui.paths import display_folder, is_bundled_corpus
from tui.startup import is_speech_candidate
from tui.widgets.filetree_lines import TreeLines

ADD_BATCH = 1000
"""At most this many nodes are added to the tree a frame when a folder is listed."""
ADD_SECONDS = 0.006
"""... and for at most this long (s) a frame, so that a key waits for little on a slow or
busy machine (bench_folder.py)."""
FRAME_WAIT = 0.05
"""At most this long (s) waited for a frame between two batches (a hidden tree draws none)."""


class ListedTree(TreeLines):
    """Speech files and folders, a long listing added in batches (a layer of
    ``SpeechFileTree``)."""

    def __init__(self, path: str | Path, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(path, id=id)
        self._speech_counts: dict[Path, int] = {}
        """Speech counts by absolute path (as listed: the screen roots the tree at a
        resolved folder, so a file's listed path is the one it is opened and counted by)."""
        self._too_big: dict[Path, int] = {}
        """The size of each file not counted for being over the counter's size limit, by
        absolute path as ``_speech_counts``: its line says so (大文件) in the count's
        place until it has a count (its open gives one)."""
        self._uncountable: dict[Path, str] = {}
        """Files whose speeches could not be counted (not a speech file after all, or the
        count failed again), by absolute path as ``_speech_counts``: their line says so
        (无法计数) in the count's place, where a file not counted yet shows nothing; the
        value is why: ``EMPTY_FILE`` for a file of 0 bytes (空文件), else ``UNCOUNTED``."""
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

    def _root_label(self) -> str:
        path = Path(self.path)
        return ui_text.BUNDLED_CORPUS() if is_bundled_corpus(path) else display_folder(path)

    @staticmethod
    def _resolve(path: Path) -> Path:
        # abspath, not resolve(): resolving 10,000 listed files cost about 200 ms of
        # syscalls on the first frame after a big folder was listed (bench_folder.py).
        return Path(os.path.abspath(path))

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

    def clear_node(self, node: TreeNode[DirEntry]) -> ListedTree:
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
