"""The outline pane: a Tree of the open file's speeches and headings (model in node.data)."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.engine.model import Document, Heading, Speech

OutlineData = Speech | Heading
"""What a node holds: the speech (roots) or the heading."""


def node_paragraph(data: OutlineData) -> int:
    """The paragraph a node stands for (a speech's first paragraph, a heading's own)."""
    return data.first if isinstance(data, Speech) else data.paragraph


class OutlinePane(Tree[OutlineData]):
    """The outline of the open document; never re-parses text, only reads the model.

    Posts ``OutlinePane.HeadingSelected(paragraph)`` when the user picks a node;
    ``show_document`` fills it, ``highlight_paragraph`` follows the reader, and
    ``set_counts`` shows per-node counts (e.g. search matches) in front of labels.
    """

    HELP_GROUP: ClassVar[str] = "提纲"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Copying is the screen's job (it knows the file); the outline only names the node.
        Binding("y", "screen.copy_outline_node('heading')", "复制标题"),
        Binding("Y", "screen.copy_outline_node('section')", "复制整节"),
        Binding("t", "screen.copy_outline_node('outline')", "复制提纲"),
    ]

    DEFAULT_CSS = """
    OutlinePane { padding: 0 1 0 0; }
    """

    class HeadingSelected(Message):
        """The user chose a heading or a speech: jump to ``paragraph``."""

        def __init__(self, paragraph: int) -> None:
            super().__init__()
            self.paragraph = paragraph

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__("提纲", id=id)
        self.show_root = False
        self.guide_depth = 2
        self._document: Document | None = None
        self._file_name = ""
        self._anchors: list[int] = []
        self._anchor_nodes: list[TreeNode[OutlineData]] = []
        self._counts: dict[int, int] = {}

    @property
    def document(self) -> Document | None:
        """The document shown."""
        return self._document

    def show_document(self, document: Document | None, file_name: str = "") -> None:
        """Rebuild the tree for ``document`` (None empties it)."""
        self._document = document
        self._file_name = file_name
        self._counts = {}
        self.clear()
        self._anchors = []
        self._anchor_nodes = []
        if document is None:
            return
        total = len(document.speeches)
        expand = total <= 40  # a big collection opens collapsed; the reader's speech expands
        entries: list[tuple[int, TreeNode[OutlineData]]] = []
        for speech in document.speeches:
            label = self._label(speech)
            node = self.root.add(label, data=speech, expand=expand, allow_expand=bool(speech.headings))
            entries.append((speech.first, node))
            stack: list[tuple[int, TreeNode[OutlineData]]] = [(0, node)]
            headings = speech.headings
            for i, heading in enumerate(headings):
                while stack[-1][0] >= heading.level:
                    stack.pop()
                has_children = i + 1 < len(headings) and headings[i + 1].level > heading.level
                parent = stack[-1][1]
                child = parent.add(self._label(heading), data=heading, expand=True,
                                   allow_expand=has_children)
                entries.append((heading.paragraph, child))
                stack.append((heading.level, child))
        entries.sort(key=lambda entry: entry[0])
        self._anchors = [paragraph for paragraph, _ in entries]
        self._anchor_nodes = [node for _, node in entries]

    def _label(self, data: OutlineData) -> Text:
        if isinstance(data, Speech):
            assert self._document is not None
            text = Text(data.label(self._file_name, len(self._document.speeches)), style="bold")
            key = -1 - data.index
        else:
            text = Text(f"{data.marker}{data.title}")
            key = data.paragraph
        count = self._counts.get(key)
        if count:
            # In front: labels are long and the pane is narrow, a count after them is cut off.
            text = Text.assemble((f" {count} ", "bold reverse"), " ", text)
        return text

    @staticmethod
    def count_in_label(label: Text | str) -> int | None:
        """The count shown in front of a label by ``set_counts`` (None when it has none)."""
        plain = label.plain if isinstance(label, Text) else label
        head, _, rest = plain.partition(" ")
        if head or not rest:
            return None
        number, _, _ = rest.partition(" ")
        return int(number) if number.isdigit() else None

    def set_counts(self, headings: dict[int, int], speeches: dict[int, int] | None = None) -> None:
        """Show counts before labels: ``headings`` by ``Heading.paragraph``, ``speeches`` by index."""
        self._counts = dict(headings)
        for index, count in (speeches or {}).items():
            self._counts[-1 - index] = count
        for node in self._anchor_nodes:
            if node.data is not None:
                node.set_label(self._label(node.data))

    def node_for_paragraph(self, paragraph: int) -> TreeNode[OutlineData] | None:
        """The innermost node whose section holds ``paragraph``."""
        index = bisect_right(self._anchors, paragraph) - 1
        return self._anchor_nodes[index] if index >= 0 else None

    def highlight_paragraph(self, paragraph: int) -> None:
        """Move the tree's cursor to the section holding ``paragraph`` (no selection)."""
        node = self.node_for_paragraph(paragraph)
        if node is None or node is self.cursor_node:
            return
        parent = node.parent
        while parent is not None and parent is not self.root:
            if not parent.is_expanded:
                parent.expand()
            parent = parent.parent
        self.move_cursor(node, animate=False)

    def on_tree_node_selected(self, event: Tree.NodeSelected[OutlineData]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.HeadingSelected(node_paragraph(event.node.data)))
