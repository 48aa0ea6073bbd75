"""The file tree's lines: built and appended without measuring a label, and told about.

``TreeLines`` is the lowest layer of ``SpeechFileTree`` (``tui/widgets/filetree.py``):
Tree's lines built without measuring each label (``_build``: every label is fitted to
the pane), a batch that ends the tree appended to the lines already built
(``_append_lines``), the guides narrowed to leave a deep line room for its name
(``_fit_guides``), the files on the lines in sight (``files_in_sight``) and the
``ViewChanged`` message, at most once a frame, when the lines in sight may show other
files. The layers above: ``filetree_listing.py`` (a folder listed in batches),
``filetree_counts.py`` (counts and marks beside the names), ``filetree_watch.py`` (a
folder listed again as it changes on disk, and ``reveal``), ``filetree_renames.py``
(renamed files and folders followed), ``filetree.py`` (the labels, and the widget).
"""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Size
from textual.message import Message
from textual.widgets import DirectoryTree
from textual.widgets._tree import _TreeLine
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui.widgets.treestyle import (
    BatchedAdds,
    StylePerPaint,
)

ICON_CELLS = 3
"""Cells of the file or folder icon and its space in front of a label."""
GUIDE_NAME_CELLS = 24
"""The guides narrow (4, then 3, then 2 cells a level) until the deepest line shown leaves
this many cells for a name after its icon: in year/unit/type folders four deep the pane
(25 cells at 160 columns) kept 6 cells, "📄 20", or none at all. It was 12: the 25-cell
pane (160x45, 80x24 after ctrl+b) kept guides of 4, and in English ("1 sp.") or one folder
down names alike at their head were cut alike ("在…推进会…" twice, daily98); now it draws
guides of 2, 2 to 4 cells more for each name; a pane of 40 keeps 4 to three levels."""
GUIDE_DEPTHS = (4, 3, 2)
"""The guide widths tried, widest first (Tree's default is 4; 2 is its least)."""


class TreeLines(BatchedAdds, StylePerPaint, DirectoryTree):
    """A ``DirectoryTree`` whose lines are built without measuring labels (the base of
    ``SpeechFileTree``)."""

    class ViewChanged(Message, namespace="speech_file_tree"):
        """The lines in sight or near it may show other files now (the tree scrolled, was
        resized, or its lines were built or appended to): posted at most once a frame,
        for the speech counter (``FolderWork.count_speeches``). Handled as
        ``on_speech_file_tree_view_changed`` (the namespace: the widget's name, not this
        layer's), and named ``SpeechFileTree.ViewChanged`` by its users."""

    def __init__(self, path: str | Path, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(path, id=id)
        self._view_change_told = False
        """Whether a ``ViewChanged`` is on its way (one a frame at most)."""

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
            self.set_reactive(DirectoryTree.guide_depth, depth)

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
