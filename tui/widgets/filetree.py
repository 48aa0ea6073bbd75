"""The file pane: a DirectoryTree showing folders and speech files only, with speech counts."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.widgets import DirectoryTree
from textual.widgets._directory_tree import DirEntry
from textual.widgets.tree import TreeNode

SPEECH_SUFFIXES = frozenset({".txt", ".md"})
"""File kinds the reader opens."""


def is_speech_candidate(path: Path) -> bool:
    """Whether the file pane lists ``path``: visible, readable folders and .txt/.md files."""
    if path.name.startswith("."):
        return False
    try:
        if path.is_dir():
            return os.access(path, os.R_OK | os.X_OK)
        return path.suffix.lower() in SPEECH_SUFFIXES and path.is_file() and os.access(path, os.R_OK)
    except OSError:
        return False


class SpeechFileTree(DirectoryTree):
    """Folders and speech files; a file shows "N篇" once its speeches are counted."""

    HELP_GROUP: ClassVar[str] = "文件"
    BINDINGS: ClassVar[list[BindingType]] = []

    def __init__(self, path: str | Path, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(path, id=id)
        self._speech_counts: dict[Path, int] = {}

    def filter_paths(self, paths: Iterable[Path]) -> Iterable[Path]:
        return [path for path in paths if is_speech_candidate(path)]

    def set_speech_count(self, path: Path, count: int) -> None:
        """Record that ``path`` holds ``count`` speeches and redraw its label."""
        path = path.resolve()
        if self._speech_counts.get(path) == count:
            return
        self._speech_counts[path] = count
        if self.node_for_path(path) is not None:
            # The longer label may widen the tree: Tree measures label widths when it
            # builds its lines, so rebuild them (lazily, on the next frame), not just
            # repaint the one line; otherwise the width depends on which came first.
            self._invalidate()

    def speech_count(self, path: Path) -> int | None:
        """The recorded count for ``path``, if known."""
        return self._speech_counts.get(path.resolve())

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
        label = super().render_label(node, base_style, style)
        if node.data is not None and not node.allow_expand:
            count = self._speech_counts.get(node.data.path.resolve())
            if count is not None:
                label.append(f"  {count}篇", style="dim")
        return label
