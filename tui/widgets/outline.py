"""The outline pane: a Tree of the open file's speeches and headings (model in node.data)."""

from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui import ui_text
from tui.digit_keys import DIGIT_KEYS
from tui.engine.model import Document, Heading, Kind, Speech
from tui.widgets.reader_keys import COUNT_MAX
from tui.widgets.safelabel import label
from tui.widgets.treestyle import BatchedAdds, StylePerPaint, cut_to_cells, cut_width, label_room

EXPANDED_SPEECHES = 40
"""A file with more speeches opens with them collapsed (the reader's speech expands)."""

BUILDING = ui_text.OUTLINE_BUILDING
"""The outline's last line while only the head of a big file is parsed."""
NO_HEADINGS = ui_text.OUTLINE_NO_HEADINGS
"""The outline's last line when no speech of the whole file has a heading."""
NO_TEXT = ui_text.OUTLINE_NO_TEXT
NOISE_SHOWN = ui_text.OUTLINE_NOISE_SHOWN
"""The outline's one line for a document with nothing shown (its text all hidden)."""


OutlineData = Speech | Heading
"""What a node holds: the speech (roots) or the heading."""


def speech_name(speech: Speech, file_name: str = "", total: int = 1) -> str:
    """``Speech.label`` in the interface's language: its title, or its date first when it
    has one, the file name, "第2篇" ("Speech 2") and its first words (in Chinese and
    without a date, exactly ``Speech.label``'s text): ``tui.ui_text.speech_name``."""
    return ui_text.speech_name(
        speech.title, speech.index, speech.preview, file_name, total, speech.date
    )


def dated_speech_name(speech: Speech, file_name: str = "", total: int = 1) -> str:
    """``speech_name`` with the date after a title too (the outline's and the ``outline``
    and ``keywords`` commands' name): ``tui.ui_text.dated_speech_name``."""
    return ui_text.dated_speech_name(
        speech.title, speech.index, speech.preview, file_name, total, speech.date
    )


def node_paragraph(data: OutlineData) -> int:
    """The paragraph a node stands for (a speech's first paragraph, a heading's own)."""
    return data.first if isinstance(data, Speech) else data.paragraph


class OutlinePane(BatchedAdds, StylePerPaint, Tree[OutlineData]):
    """The outline of the open document; never re-parses text, only reads the model.

    Posts ``OutlinePane.HeadingSelected(paragraph)`` when the user picks a node;
    ``show_document`` fills it, ``highlight_paragraph`` follows the reader, and
    ``set_counts`` shows per-node counts (e.g. search matches) in front of labels.
    """

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_OUTLINE.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        # Copying is the screen's job (it knows the file); the outline only names the node.
        Binding("y", "screen.copy_outline_node('heading')", ui_text.KEY_COPY_HEADING.zh),
        Binding("Y", "screen.copy_outline_node('section')", ui_text.KEY_COPY_SECTION.zh),
        Binding("t", "screen.copy_outline_node('outline')", ui_text.KEY_COPY_OUTLINE.zh),
        Binding("j", "cursor_down", ui_text.KEY_NEXT_ITEM.zh, show=False),
        Binding("k", "cursor_up", ui_text.KEY_PREVIOUS_ITEM.zh, show=False),
        # shift+space (Textual's key for this) does not reach the app inside tmux.
        Binding("asterisk", "toggle_expand_all", ui_text.KEY_EXPAND_ALL.zh, show=False),
        Binding(
            "1,2,3,4,5,6,7,8,9,0",
            "count_digit",
            ui_text.KEY_OUTLINE_SPEECH_NUMBER.zh,
            show=False,
        ),
    ]

    DEFAULT_CSS = """
    OutlinePane { padding: 0 1 0 0; }
    """

    class HeadingSelected(Message):
        """The user chose a heading or a speech: jump to ``paragraph``."""

        def __init__(self, paragraph: int) -> None:
            super().__init__()
            self.paragraph = paragraph

    class CountChanged(Message):
        """The speech number being typed changed (0: none now)."""

        def __init__(self, count: int) -> None:
            super().__init__()
            self.count = count

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        # A Text, not a str: Tree reads a str label as rich markup, which imports rich's
        # emoji table (some 4 ms, on the way to the first frame).
        super().__init__(Text(ui_text.GROUP_OUTLINE()), id=id)
        self.show_root = False
        self.guide_depth = 2
        self._document: Document | None = None
        self._file_name = ""
        self._speech_firsts: list[int] = []
        """First paragraph of every speech, in order (``node_for_paragraph``)."""
        self._speech_nodes: list[TreeNode[OutlineData]] = []
        self._complete = True
        """Whether the speeches listed are all the file's (False while a big file's rest is
        parsed)."""
        self._heading_nodes: dict[int, TreeNode[OutlineData]] = {}
        """Heading nodes made so far, by heading paragraph."""
        self._followed = 0
        """The reader's paragraph the cursor follows (``highlight_paragraph``)."""
        self._follow_pending = False
        self._counts: dict[int, int] = {}
        self._count_widths = (1, 1)
        """The digits of the widest heading count and speech count shown (set_counts)."""
        self._count = 0
        """The speech number typed so far (0: none), for Enter or ``}``."""
        self._filling = 0
        """Counts ``show_document`` calls: a fill made ``later`` is dropped if not the last."""
        self._note: ui_text.Msg | None = None
        """Why the pane lists nothing (``show_document``'s ``note``, or ``NO_TEXT``): its one
        dim line, drawn again in the language chosen (``relabel``)."""
        self._noise_shown = False
        """Whether the reader shows the paragraphs taken for noise (``set_noise_shown``)."""

    @property
    def document(self) -> Document | None:
        """The document shown."""
        return self._document

    def show_document(
        self,
        document: Document | None,
        file_name: str = "",
        complete: bool = True,
        speeches: int | None = None,
        later: bool = False,
        note: ui_text.Msg | None = None,
    ) -> None:
        """Rebuild the tree for ``document`` (None empties it; ``note`` then says why, in
        one dim line: the file cannot be shown, or is gone).

        ``complete`` False: ``document`` is the head of a big file, and a last line
        says that the outline is still being built; ``speeches`` then estimates how many
        the whole file has (it decides, as the count does, whether speeches open expanded).

        ``later``: the pane is emptied now and filled after the next frame, with its
        cursor on the section the reader followed meanwhile (``highlight_paragraph``):
        the app's first frame shows the reader's text without waiting for the outline
        (its lines drawn by Textual's Tree, some 0.3 ms each, and measured first).

        A big collection opens collapsed, and a speech's heading nodes are made when it
        is first expanded (by the user or by following the reader): a 10 MB file has
        7,000 headings, and making their nodes up front would hold up the first screen.
        """
        self._document = document
        self._file_name = file_name
        self._counts = {}
        self.clear()
        self._speech_firsts = []
        self._speech_nodes = []
        self._heading_nodes = {}
        self._filling += 1  # a fill still waiting for its frame is for an older document
        self._note = None
        if document is None:
            if note is not None:
                self._add_note(note)
            return
        if later:
            self.call_after_refresh(self._fill_later, self._filling, document, complete, speeches)
        else:
            self._fill(document, complete, speeches)

    def _fill_later(
        self, filling: int, document: Document, complete: bool, speeches: int | None
    ) -> None:
        """``show_document(later=True)``'s fill, after the frame; its lines are laid out at
        once so that the cursor is on the reader's section in the frame that shows them."""
        if filling != self._filling:
            return  # another document (or none) was shown since
        self._fill(document, complete, speeches)
        node = self._reveal(self._followed)
        # Tree's ``last_line`` builds the lines (and each node's ``line``) now, with the
        # pane's width known (the first frame laid it out), instead of at the next refresh.
        if node is not None and self.last_line >= node.line >= 0:
            self.move_cursor(node, animate=False)

    def _fill(self, document: Document, complete: bool, speeches: int | None) -> None:
        """Add the nodes of ``document``'s speeches (and their headings, when expanded)."""
        expand = (speeches if speeches is not None else len(document.speeches)) <= EXPANDED_SPEECHES
        with self.adding():  # a big collection's 500 speeches: one invalidation, not 500
            for speech in document.speeches:
                node = self.root.add(
                    self._label(speech),
                    data=speech,
                    expand=expand,
                    allow_expand=bool(speech.headings),
                )
                self._speech_nodes.append(node)
                if expand:
                    self._build_speech(node)
            if not complete:
                self.root.add_leaf(Text(BUILDING(), style="dim italic"))
            elif document.speeches and not any(speech.headings for speech in document.speeches):
                self.root.add_leaf(Text(NO_HEADINGS(), style="dim italic"))
            elif not document.speeches and not any(
                paragraph.kind is not Kind.NOISE for paragraph in document.paragraphs
            ):
                # (the reader says what the file holds, or shows it: ``z``)
                self._add_note(NOISE_SHOWN if self._noise_shown else NO_TEXT)
        self._complete = complete
        self._speech_firsts = [speech.first for speech in document.speeches]

    def set_noise_shown(self, shown: bool) -> None:
        """The reader shows the noise (``z``) or hides it again: a file whose text is all
        noise has its line say so (it said there was no text beside the text shown)."""
        self._noise_shown = shown
        if self._note not in (NO_TEXT, NOISE_SHOWN):
            return
        self._note = NOISE_SHOWN if shown else NO_TEXT
        for node in self.root.children:
            if node.data is None:
                node.set_label(Text(self._note(), style="dim italic"))

    def _add_note(self, note: ui_text.Msg) -> None:
        """The pane's one dim line saying why it lists nothing."""
        self._note = note
        self.root.add_leaf(Text(note(), style="dim italic"))

    def _build_speech(self, node: TreeNode[OutlineData]) -> None:
        """Make the heading nodes under a speech's node (once)."""
        speech = node.data
        if not isinstance(speech, Speech) or node.children or not speech.headings:
            return
        stack: list[tuple[int, TreeNode[OutlineData]]] = [(0, node)]
        headings = speech.headings
        with self.adding():
            for i, heading in enumerate(headings):
                while stack[-1][0] >= heading.level:
                    stack.pop()
                has_children = i + 1 < len(headings) and headings[i + 1].level > heading.level
                child = stack[-1][1].add(
                    self._label(heading), data=heading, expand=True, allow_expand=has_children
                )
                self._heading_nodes[heading.paragraph] = child
                stack.append((heading.level, child))

    def get_label_width(self, node: TreeNode[OutlineData]) -> int:
        """The label's width without drawing it (Tree measures every line on each rebuild:
        500 speeches of a big collection, each drawn just to be measured, held up its
        first frame). The same as Tree's: the expand icon, then the label."""
        icon = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
        label = node.label
        plain = (icon if node.allow_expand else "") + (
            label.plain if isinstance(label, Text) else label
        )
        room = label_room(self, node)
        return cut_width(plain, room) if room > 0 else cell_len(plain)

    def render_label(self, node: TreeNode[OutlineData], base_style: Style, style: Style) -> Text:
        """The label, cut with "…" where the pane is too narrow for it (a heading's title runs
        to the end of its sentence: the outline shortens it on screen only)."""
        label = super().render_label(node, base_style, style)
        room = label_room(self, node)
        if room and label.cell_len > room:
            label = cut_to_cells(label, room)
        return label

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[OutlineData]) -> None:
        event.stop()
        self._build_speech(event.node)

    def built_nodes(self) -> list[TreeNode[OutlineData]]:
        """The speech and heading nodes made so far (unexpanded speeches have no headings yet)."""
        return [*self._speech_nodes, *self._heading_nodes.values()]

    def _label(self, data: OutlineData) -> Text:
        if isinstance(data, Speech):
            assert self._document is not None
            # A speech's (or a part's) date, when given: an untitled one's first, then its
            # first words, without the file's name and 第N篇 (the pane is that file's, in
            # order, and narrow: their room goes to the words). An undated one of several
            # leads with 第N篇, not the file's name (the pane is that file's: a collection's
            # hundreds of labels all began "合集 第8篇…", the number cut off in a narrow
            # pane); a file's only speech keeps the file's name (nothing to tell apart).
            total = len(self._document.speeches)
            if data.date:
                name = dated_speech_name(data, "", 1)
            elif total > 1:
                name = dated_speech_name(data, "", total)
            else:
                name = dated_speech_name(data, self._file_name, total)
            # Made safe: an untitled speech's label is the file's words (and name).
            text = label(name, style="bold")
            key = -1 - data.index
        else:
            text = label(f"{data.marker}{data.title}")
            key = data.paragraph
        count = self._counts.get(key)
        if count:
            # In front: labels are long and the pane is narrow, a count after them is cut off.
            # Right-aligned to the widest count of its kind (speeches', headings'), so that
            # a 5 under a 13 starts its title where the 13's does.
            width = self._count_widths[key < 0]
            text = Text.assemble((f" {count:>{width}} ", "bold reverse"), " ", text)
        return text

    @staticmethod
    def count_in_label(label: Text | str) -> int | None:
        """The count shown in front of a label by ``set_counts`` (None when it has none)."""
        plain = label.plain if isinstance(label, Text) else label
        head, _, rest = plain.partition(" ")
        if head or not rest:
            return None
        number, _, _ = rest.lstrip(" ").partition(" ")
        return int(number) if number.isdigit() else None

    def relabel(self) -> None:
        """Untitled speeches' names and the last line (the outline being made, or that no
        speech has a heading) in the language chosen now."""
        for node in self.built_nodes():
            if node.data is not None:
                node.set_label(self._label(node.data))
        for node in self.root.children:
            if node.data is None:  # the BUILDING, NO_HEADINGS or note line
                said = self._note or (BUILDING if not self._complete else NO_HEADINGS)
                node.set_label(Text(said(), style="dim italic"))

    def set_counts(self, headings: dict[int, int], speeches: dict[int, int] | None = None) -> None:
        """Show counts before labels: ``headings`` by ``Heading.paragraph``, ``speeches`` by index."""
        counts = dict(headings)
        for index, count in (speeches or {}).items():
            counts[-1 - index] = count
        if counts == self._counts:
            return
        self._counts = counts
        self._count_widths = (
            len(str(max((n for key, n in counts.items() if key >= 0), default=0))),
            len(str(max((n for key, n in counts.items() if key < 0), default=0))),
        )
        for node in self.built_nodes():
            if node.data is not None:
                node.set_label(self._label(node.data))

    def node_for_paragraph(self, paragraph: int) -> TreeNode[OutlineData] | None:
        """The innermost node whose section holds ``paragraph`` (made if need be): the last
        speech or heading that starts at or before it (speeches and their headings are in
        source order)."""
        index = bisect_right(self._speech_firsts, paragraph) - 1
        if index < 0 or self._document is None:
            return None
        speech = self._document.speeches[index]
        found = bisect_right(speech.headings, paragraph, key=node_paragraph) - 1
        if found < 0:
            return self._speech_nodes[index]
        heading = speech.headings[found].paragraph
        if heading not in self._heading_nodes:
            self._build_speech(self._speech_nodes[index])
        return self._heading_nodes.get(heading)

    def highlight_paragraph(self, paragraph: int) -> None:
        """Move the tree's cursor to the section holding ``paragraph`` (no selection).

        Before the first speech (a collection's front matter) that is the first speech.
        A node just made has no line until the tree is laid out again: then the cursor
        is moved once that is done (a file opened at a remembered place showed the
        first line highlighted).
        """
        self._followed = paragraph
        node = self._reveal(paragraph)
        if node is None:
            return
        if node.line < 0:
            if not self._follow_pending:
                self._follow_pending = True
                self.call_after_refresh(self._follow_again)
            return
        if node is not self.cursor_node:
            self._follow_to(node)

    def _follow_to(self, node: TreeNode[OutlineData]) -> None:
        """The cursor on ``node``, the rows under it brought into view too, as many as the
        pane holds, ``node`` kept in view: after ``}`` the speech's row stood on the pane's
        last line and its headings under the edge (seen at 80x24)."""
        self.move_cursor(node, animate=False)
        last = node
        while last.is_expanded and last.children:
            last = last.children[-1]
        if last is not node and last.line > node.line >= 0:
            rows = min(last.line - node.line + 1, self.scrollable_content_region.height)
            self.scroll_to_region(
                Region(0, node.line, 1, rows), animate=False, force=True, x_axis=False
            )

    def _reveal(self, paragraph: int) -> TreeNode[OutlineData] | None:
        """The node of the section holding ``paragraph`` (the first speech before any),
        its parents expanded; None while the pane is empty."""
        node = self.node_for_paragraph(paragraph)
        if node is None and self._speech_nodes:
            node = self._speech_nodes[0]
        if node is None:
            return None
        parent = node.parent
        while parent is not None and parent is not self.root:
            if not parent.is_expanded:
                parent.expand()
            parent = parent.parent
        return node

    def _follow_again(self) -> None:
        self._follow_pending = False
        node = self.node_for_paragraph(self._followed)
        if node is not None and node.line >= 0 and node is not self.cursor_node:
            self._follow_to(node)

    def key_bar_leading(self) -> tuple[tuple[str, str], ...]:
        """Enter first in the key bar (``KeyBar``): it jumps to the node's place in the
        reader (Tree binds it, hidden from the bar); not while the outline is empty (no
        document: there is nothing to jump to)."""
        if self._document is None:
            return ()
        return (("enter", ui_text.KEY_JUMP.zh),)

    @property
    def count(self) -> int:
        """The speech number typed so far (0: none)."""
        return self._count

    def action_count_digit(self) -> None:
        """Type a speech's number: 39 then Enter (or }) goes to speech 39.

        As the reader's count (``39}``: 39 speeches on), typed before the key and shown
        on the status line; a 0 counts only after another digit; Esc drops it, any other
        key drops it and does what it always does. (The digits are taken in ``on_key``,
        as the reader's are; the binding puts them in the help and docs/keys.md.)"""

    def _set_count(self, count: int) -> None:
        if count != self._count:
            self._count = count
            self.post_message(self.CountChanged(count))

    async def on_key(self, event: events.Key) -> None:
        """Digits make a speech number; Enter or ``}`` then goes to that speech."""
        if event.key in DIGIT_KEYS and self._speech_nodes:
            digit = int(event.key)
            if digit or self._count:
                self._set_count(min(COUNT_MAX, self._count * 10 + digit))
                event.stop()
                event.prevent_default()
            return
        if not self._count:
            return
        number = self._count
        self._set_count(0)
        if event.key == "escape":
            event.stop()
            event.prevent_default()
        elif event.key in ("enter", "right_curly_bracket"):
            event.stop()
            event.prevent_default()
            self.go_to_speech(number)

    def on_blur(self, event: events.Blur) -> None:
        self._set_count(0)

    def go_to_speech(self, number: int) -> None:
        """The cursor on speech ``number`` (from 1; the last one listed when there are
        fewer, as the reader's ``99}`` stops at the last, with a notice saying how many
        there are), and the reader to its start."""
        if not self._speech_nodes:
            return
        total = len(self._speech_nodes)
        node = self._speech_nodes[min(max(number, 1), total) - 1]
        if number > total and self._complete:  # (while a big file is parsed, more come)
            self.notify(ui_text.ONLY_SPEECHES(count=total), timeout=3)
        if node.line >= 0:
            self.move_cursor(node, animate=False)
        assert node.data is not None
        self.post_message(self.HeadingSelected(node_paragraph(node.data)))

    def on_tree_node_selected(self, event: Tree.NodeSelected[OutlineData]) -> None:
        event.stop()
        if event.node.data is not None:
            self.post_message(self.HeadingSelected(node_paragraph(event.node.data)))
