"""The file tree kept as the disk is: folders listed again as they change, and ``reveal``.

``WatchedTree`` (on ``CountedTree``, ``filetree_counts.py``) tells the screen's 2 s
check which listed folders are in sight, with their times when listed
(``folders_in_sight``), lists a changed folder again on a thread and adds and removes
only the entries that changed, the cursor kept (``relist``, ``_relist``,
``_apply_listing``), and shows a file: its folders opened as they are listed, the cursor
on it, in view (``reveal``; a folder whose listing lacks a file on disk listed again).
"""

from __future__ import annotations

import asyncio
import os
import time
from pathlib import Path

from textual import work
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui.folder_listing import (
    folder_time,
    listing_change,
    unreadable_files,
    unreadable_folders,
)
from tui.widgets.filetree_counts import CountedTree

REVEAL_SECONDS = 30.0
"""``reveal`` gives up on a folder that is not listed after this long (s): an empty or
unreadable one never is (a folder of 10,000 files is listed in well under a second)."""


class WatchedTree(CountedTree):
    """Folders listed again when they change on disk; ``reveal`` (a layer of
    ``SpeechFileTree``)."""

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
        if node.data is None:
            await self.reload_node(node)
            return
        while True:
            # (its path read again each time: a folder renamed meanwhile is listed anew
            # under its new name, where the old one read nothing and the change was lost)
            folder = node.data.path
            listed, renamed = self._entries(node), self._renames
            change = await asyncio.to_thread(listing_change, folder, listed, self._safe_is_dir)
            if renamed != self._renames:  # (renamed meanwhile: read again, below)
                continue
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
            # line and the new name got a second one, 1 run in 3 (rename102). The same
            # when the root moved (``move_root``): the folder is read under its new path.
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
