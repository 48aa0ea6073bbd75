"""What the file tree shows beside a name: speech counts, content kinds, 无权限 marks.

``CountedTree`` (on ``ListedTree``, ``filetree_listing.py``) records each file's speech
count, size over the counter's limit, failed count and content kind by path
(``set_speech_counts``, ``set_content_kinds``) and draws again only the changed lines in
sight, ``COUNT_LINES`` a frame (``_draw_counted``); it marks files and folders this
process may not read (``_set_unreadable``: a folder asked again each time it is opened,
``_on_tree_node_expanded``, its entries' marks looked at again, ``_mark_again``); and it
lists the files without a count in sight and near it (``uncounted_near_view``, for the
counter). The labels that show all this are drawn in ``filetree.py``.
"""

from __future__ import annotations

import asyncio
from itertools import chain
from pathlib import Path
from typing import TypeVar

from textual import work
from textual.widgets import Tree
from textual.widgets.directory_tree import DirEntry
from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.base.safetext import safe_text
from tui.folder_listing import (
    unreadable_files,
    unreadable_folders,
)
from tui.formats import kind_of_name
from tui.widgets.filetree_listing import ListedTree

Shown = TypeVar("Shown", int, str, bool)
"""What the tree shows beside a file's name: its speech count, its content's kind, that it
cannot be counted."""
COUNT_LINES = 12
"""At most this many lines in sight are drawn again a frame for new speech counts; the rest
after the next frame (a batch of counts for a whole pane, 43 lines, was a frame of 10 ms
that a key coming meanwhile waited for: ``bench_folder.py --trace``)."""


EMPTY_FILE = "empty"
"""Why a file has no count (``set_speech_counts``' ``uncountable``): it is empty (0 bytes)."""
UNCOUNTED = "uncounted"
"""Why a file has no count: any other reason (binary, damaged, a parse that failed twice)."""


class CountedTree(ListedTree):
    """Speech counts, content kinds and 无权限 marks by path, their lines drawn again (a
    layer of ``SpeechFileTree``)."""

    def set_speech_counts(
        self,
        counts: dict[Path, int | None],
        too_big: dict[Path, int | None] | None = None,
        uncountable: dict[Path, bool | str | None] | None = None,
    ) -> None:
        """Record how many speeches each file holds (None: no count, any shown before is
        dropped) and redraw those files' lines; ``too_big``: the size of each file not counted
        for being over the counter's size limit (None: not so, or no longer), its line saying
        so (a 40 MB collection showed no count beside counted files, and nothing said why);
        ``uncountable``: True for each file whose speeches could not be counted (None: not
        so, or no longer), its line saying so (无法计数: it looked not counted yet);
        ``EMPTY_FILE`` in True's place for a file of 0 bytes, its line saying 空文件 (无法计数
        sent the user to open it to learn it was empty).

        Only the changed lines in sight are drawn again (``COUNT_LINES`` a frame:
        ``_draw_counted``): rebuilding the whole tree for each batch of counts (Tree
        measures every label when it builds its lines) made a folder of 2,000 files cost
        the UI 40 s of CPU while it was counted. A longer label cannot widen the tree:
        labels are fitted to the pane (``render_label``).
        """
        if too_big:
            self._record(self._too_big, too_big)
        if uncountable:
            why = {
                path: None if not value else value if isinstance(value, str) else UNCOUNTED
                for path, value in uncountable.items()
            }
            self._record(self._uncountable, why)
        self._record(self._speech_counts, counts)

    def _record(self, store: dict[Path, Shown], values: dict[Path, Shown | None]) -> None:
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
