"""The file tree follows a renamed file or folder: the same nodes, at their new paths.

``RenamedTree`` (on ``WatchedTree``, ``filetree_watch.py``) renames a listed file's line
and moves it to its place in the folder's order, the cursor on it (``rename_listed``),
and moves the whole tree to a renamed root folder (``move_root``), everything listed
under it re-keyed in place (``_rekey``, ``_rekey_under``): open folders, counts, marks
and the cursor kept, nothing listed again.
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path

from textual.widgets import DirectoryTree
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui.folder_listing import (
    entry_order,
)
from tui.widgets.filetree_counts import Shown
from tui.widgets.filetree_watch import WatchedTree


def _moved(shown: dict[Path, Shown], key: Path, new_key: Path) -> None:
    """What the tree shows beside the file ``key`` (its count, its content's kind), now
    beside ``new_key`` (the file renamed)."""
    if key in shown:
        shown[new_key] = shown.pop(key)


class RenamedTree(WatchedTree):
    """Renamed files and folders followed in place (a layer of ``SpeechFileTree``)."""

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
        self._renames += 1  # (a listing under way read the old paths: read again)
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
