"""Corpus search's result list (``ResultTree``): files, then the speeches and sections of
their hits, then the hits, one line each.

``ResultTree`` is a ``Tree`` that adds and measures thousands of one-line nodes cheaply,
moves a row with the rows under it (``move_row``: the ranking), remembers what makes the
labels the interface words (``said``, made again by ``say_again`` after a language switch)
and cuts a label too long for the pane with "…" (a hit's first match kept in sight). Enter
posts ``ResultTree.OpenEntry``. ``fill_places`` puts a file's hits under its row, in
speeches and sections; ``hit_file`` and ``hits_under`` walk the rows.

The rows' text is ``tui.widgets.corpus_labels``'; which files are listed, in which order,
and when a file's hits are placed is the screen's (``tui.screens.corpus_search`` and the
classes it is built on).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import ClassVar, Self

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import NodeID, TreeNode, UnknownNodeID

from tui import ui_text
from tui.base.safetext import safe_text
from tui.engine.index import FileResult
from tui.engine.match import Hit
from tui.engine.quotes import cut_title
from tui.widgets.corpus_labels import (
    cut_hit,
    dim_note,
    file_label,
    hit_label,
    place_prefix,
    shown_in,
    speech_label,
)
from tui.widgets.treestyle import BatchedAdds, cut_to_cells, label_room

NodeData = FileResult | Hit | str | None


class ResultTree(BatchedAdds, Tree[NodeData]):
    """The results: a ``Tree`` that adds and measures thousands of one-line nodes cheaply.

    Enter opens the row at the cursor (``OpenEntry``): a hit, or a file, speech or section
    at its first hit; it never folds a row (the key bar says ``⏎ 打开`` on every row, and
    Enter folded files and speeches). Folding is the ``Tree``'s space, which the key bar
    lists after Enter on the rows that fold (``key_bar_leading``); a click is the
    ``Tree``'s (on a file, it folds). ``j``/``k`` move as in the file tree and
    the outline (unbound, they started a new query "j" and the results were gone)."""

    HELP_GROUP: ClassVar[str] = ui_text.GROUP_CORPUS_RESULTS.zh
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_entry", ui_text.KEY_OPEN.zh),
        # The Tree's own space, bound again so that help and docs/keys.md list it.
        Binding("space", "toggle_node", ui_text.KEY_FOLD.zh, show=False),
        Binding("j", "cursor_down", ui_text.KEY_NEXT_ITEM.zh, show=False),
        Binding("k", "cursor_up", ui_text.KEY_PREVIOUS_ITEM.zh, show=False),
    ]

    class OpenEntry(Message):
        """Enter on a row: open it (``CorpusSearchScreen.open_row``)."""

        def __init__(self, node: TreeNode[NodeData]) -> None:
            super().__init__()
            self.node = node

    _after_paint: list[Callable[[], object]] | None = None

    def __init__(self, label: Text, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(label, id=id)
        self._widths: dict[NodeID, int] = {}
        self.prefix = ""
        """The searched folder with its separator: the file rows' paths are under it
        (``file_label``, which ``render_label`` asks for a row too long for the pane)."""
        self._said: dict[NodeID, Callable[[], Text]] = {}
        """Labels worded by the interface (counts, untitled speeches, "… N more"), by node:
        what makes them, for ``say_again``."""

    def action_open_entry(self) -> None:
        """Open the row at the cursor: its hit, or a file's, speech's or section's first hit."""
        node = self.cursor_node
        if node is not None:
            self.post_message(self.OpenEntry(node))

    def key_bar_leading(self) -> tuple[tuple[str, str], ...]:
        """On a row that folds, the key bar lists Enter, then space (bound hidden: the bar
        would list it on every row, and a hit's row does not fold)."""
        node = self.cursor_node
        if node is not None and node.allow_expand:
            return (("enter", ui_text.KEY_OPEN.zh), ("space", ui_text.KEY_FOLD.zh))
        return ()

    def watch_cursor_line(self, previous_line: int, line: int) -> None:
        super().watch_cursor_line(previous_line, line)
        self.refresh_bindings()  # the key bar lists space on the rows that fold

    def call_after_paint(self, callback: Callable[[], object]) -> None:
        """Call ``callback`` once the tree's lines have next been painted (rendered for a frame)."""
        if self._after_paint is None:
            self._after_paint = []
        self._after_paint.append(callback)
        self.refresh()

    def render_lines(self, crop: Region) -> list[Strip]:
        lines = super().render_lines(crop)
        if self._after_paint:
            callbacks, self._after_paint = self._after_paint, None
            for callback in callbacks:
                self.call_later(callback)  # after this frame is written
        return lines

    def clear(self) -> Self:
        self._widths.clear()
        self._said.clear()
        return super().clear()

    def said(self, node: TreeNode[NodeData], make: Callable[[], Text]) -> TreeNode[NodeData]:
        """Remember what makes ``node``'s label (said again by ``say_again``); ``node``."""
        self._said[node.id] = make
        return node

    def say_again(self) -> None:
        """The labels ``said`` remembers made again (the language was switched); nodes
        removed since are forgotten."""
        for node_id, make in list(self._said.items()):
            try:
                node = self.get_node_by_id(node_id)
            except UnknownNodeID:
                del self._said[node_id]
                continue
            self.set_node_label(node, make())

    def set_node_label(self, node: TreeNode[NodeData], label: Text) -> None:
        """Give ``node`` a new label (its width is measured again). Not ``relabel``: that
        name is what a language switch calls, without arguments, on every node."""
        self._widths.pop(node.id, None)
        node.set_label(label)

    def move_row(
        self, node: TreeNode[NodeData], after: TreeNode[NodeData] | None
    ) -> TreeNode[NodeData]:
        """``node`` put after its sibling ``after`` (first when None), with the rows under
        it, as they were (unfolded or not): a new node in its place, returned, and ``node``
        removed (``Tree`` moves no node; adding and removing are its public ways). The
        labels ``said`` go with the rows. Call it inside ``adding()``."""
        parent = node.parent
        assert parent is not None
        if after is None:
            moved = parent.add(
                node.label,
                node.data,
                before=0,
                expand=node.is_expanded,
                allow_expand=node.allow_expand,
            )
        else:
            moved = parent.add(
                node.label,
                node.data,
                after=after,
                expand=node.is_expanded,
                allow_expand=node.allow_expand,
            )
        self._carry(node, moved)
        node.remove()
        return moved

    def _carry(self, node: TreeNode[NodeData], copy: TreeNode[NodeData]) -> None:
        """``node``'s rows under ``copy`` (as they are), and what makes their labels."""
        make = self._said.pop(node.id, None)
        if make is not None:
            self._said[copy.id] = make
        self._widths.pop(node.id, None)
        for child in node.children:
            self._carry(
                child,
                copy.add(
                    child.label,
                    child.data,
                    expand=child.is_expanded,
                    allow_expand=child.allow_expand,
                ),
            )

    def get_label_width(self, node: TreeNode[NodeData]) -> int:
        """The label's cells plus the expand icon's, without rendering the label.

        The tree measures every line again whenever a node is added: a label's width is
        measured once (``set_node_label`` forgets it when a label changes).
        """
        width = self._widths.get(node.id)
        if width is None:
            label = node.label
            width = self._widths[node.id] = cell_len(
                label.plain if isinstance(label, Text) else label
            )
        if node.allow_expand:
            width += cell_len(self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE)
        room = label_room(self, node)
        return min(width, room) if room else width

    def render_label(self, node: TreeNode[NodeData], base_style: Style, style: Style) -> Text:
        """The label, cut with "…" where the pane is too narrow for it (the lines were cut at
        the pane's edge, mid-word, and the tree scrolled sideways); a hit's match stays in
        sight (``keep_match``)."""
        label = super().render_label(node, base_style, style)
        room = label_room(self, node)
        if room and label.cell_len > room:
            if isinstance(node.data, Hit):
                found = hit_file(node).data
                where = found if isinstance(found, FileResult) else None
                return cut_hit(label, room, len(place_prefix(where, node.data)))
            found = node.data
            if isinstance(found, FileResult):
                icon = len(label.plain) - len(str(node.label))
                fitted = file_label(found, self.prefix, room - cell_len(label.plain[:icon]))
                if fitted.cell_len < label.cell_len - icon:
                    fitted.stylize(style)
                    label = label[:icon]
                    label.append_text(fitted)
            label = cut_to_cells(label, room)
        return label


def hit_file(node: TreeNode[NodeData]) -> TreeNode[NodeData]:
    """The file row a hit, speech or section row ``node`` is under (a file row: itself)."""
    while node.parent is not None and not isinstance(node.data, FileResult):
        node = node.parent
    return node


def hits_under(node: TreeNode[NodeData]) -> Iterator[Hit]:
    """The hits of ``node`` and the rows under it, in the order listed."""
    if isinstance(node.data, Hit):
        yield node.data
    for child in node.children:
        yield from hits_under(child)


def fill_places(node: TreeNode[NodeData], places: list[Hit]) -> None:
    tree = node.tree
    assert isinstance(tree, ResultTree)
    node.remove_children()
    speech_node: TreeNode[NodeData] | None = None
    section_node: TreeNode[NodeData] | None = None
    speech_key: object = object()
    section_key: tuple[str, ...] | None = None
    row: list[Hit] = []
    row_node: TreeNode[NodeData] | None = None
    where = node.data if isinstance(node.data, FileResult) else None
    for place in places:
        if row_node is not None and shown_in(row, place):
            # A later hit that the row's snippet already shows: highlighted there, not
            # listed again (a paragraph with seven hits was seven nearly equal rows).
            row.append(place)
            tree.set_node_label(row_node, hit_label(row, where))
            continue
        if place.speech != speech_key or speech_node is None:
            speech_key = place.speech
            section_key = None
            # Text, not str: a str label would be read as markup ("[" in a title).
            make = partial(speech_label, place)
            speech_node = tree.said(node.add(make(), data="speech", expand=True), make)
        parent = speech_node
        if place.section:
            if place.section != section_key or section_node is None:
                section_key = place.section
                section_label = Text(safe_text(" › ".join(map(cut_title, place.section))))
                section_node = speech_node.add(section_label, data="section", expand=True)
            parent = section_node
        row = [place]
        make = partial(hit_label, row, where)  # the row's list: later hits counted
        row_node = tree.said(parent.add_leaf(make(), data=place), make)
    found = node.data
    if isinstance(found, FileResult) and not places and found.total:
        # Counted, but gone or changed since (removed, or another file in its place).
        make = partial(dim_note, ui_text.CORPUS_FILE_CHANGED)
        tree.said(node.add_leaf(make()), make)
    elif isinstance(found, FileResult) and len(places) < found.total:
        make = partial(dim_note, partial(ui_text.CORPUS_MORE, count=found.total - len(places)))
        tree.said(node.add_leaf(make()), make)
