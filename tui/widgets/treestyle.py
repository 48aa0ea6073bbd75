"""Mix-ins for the app's trees: nodes added in batches, the base style once per paint."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size
from rich.text import Text

from tui.engine.wordcut import word_start

if TYPE_CHECKING:
    from typing import Any

    from rich.style import Style
    from textual.geometry import Region
    from textual.strip import Strip
    from textual.widget import Widget
    from textual.widgets import Tree
    from textual.widgets.tree import TreeNode

    _Base = Widget
else:
    # A plain mix-in at run time: Textual takes CSS and component classes from a
    # widget's first *widget* base only, which must stay the Tree class.
    _Base = object


ELLIPSIS = "…"
_BEFORE_WORDS = " \u3000：:，,、；;（(《〈“‘「『【["
"""What points to words after it (a colon, a comma, an opening bracket or quote): a cut
that leaves it last drops it — "讲话：…" read as an empty preview, "关于《…" as a book
with no name."""


def _kept(plain: str, room: int, words: bool = True) -> int:
    """How many characters of ``plain`` fit in ``room`` cells (none split), cut before a
    Latin word or a number rather than inside it (``2022``, ``COVID-19``, ``8.36``: a
    title shortened to "在全市 20…" read as another year), unless the word is all that
    would be left (``wordcut.word_start``)."""
    used = 0
    for index, char in enumerate(plain):
        used += get_character_cell_size(char)
        if used > room:
            return word_start(plain, index) if words else index
    return len(plain)


def cut_to_cells(label: Text, cells: int, words: bool = True) -> Text:
    """``label`` if it fits in ``cells``, else its longest head that leaves room for "…",
    then "…" (styles kept).

    rich's ``Text.truncate(overflow="ellipsis")`` pads a wide character that does not fit
    with a space, so a cut Chinese name showed "讲话 …". Here the cut ends right after the
    last whole character that fits (spaces before the cut are dropped too) and a wide
    character is never split, so the result may be a cell narrower than ``cells``
    (``cut_width`` tells how wide without building it). A Latin word or a number is cut
    before, not inside (``_kept``), unless ``words`` is false. A colon, comma or opening
    mark left last goes too ("文件名：…" → "文件名…"), unless it is all that is left.
    """
    if label.cell_len <= cells:
        return label
    cut = label[: _cut_at(label.plain, cells, words)]
    cut.append(ELLIPSIS)
    return cut


def cut_keeping_tail(label: Text, cells: int, tail: int) -> Text | None:
    """``label`` in ``cells``: its head, "…", then all of it from character ``tail`` on
    (``讲话…0317``); None when the tail leaves no room for one character of the head."""
    if label.cell_len <= cells:
        return label
    end = label[tail:]
    room = cells - end.cell_len - 1
    kept = _kept(label.plain[:tail], room) if room > 0 else 0
    if kept == 0:
        return None
    cut = label[:kept]
    cut.rstrip()
    cut.append(ELLIPSIS)
    cut.append_text(end)
    return cut


def cut_width(plain: str, cells: int) -> int:
    """The width of ``cut_to_cells(Text(plain), cells)``."""
    width = cell_len(plain)
    if width <= cells:
        return width
    return cell_len(plain[: _cut_at(plain, cells)]) + 1


def _cut_at(plain: str, cells: int, words: bool = True) -> int:
    """How many characters of ``plain`` stand before the "…" (one cell) of its cut to
    ``cells``: spaces before the cut dropped, and a colon, comma or opening mark left last
    (``_BEFORE_WORDS``) unless nothing else is left."""
    head = plain[: _kept(plain, cells - 1, words)].rstrip()
    kept = len(head.rstrip(_BEFORE_WORDS))
    return kept if kept else len(head)


def label_room(tree: Tree[Any], node: TreeNode[Any]) -> int:
    """The cells ``node``'s label may take in ``tree``: the pane's width less a guide for
    each ancestor drawn (the root is drawn only with ``show_root``), at least 4; 0 before
    the pane has a size."""
    width = tree.scrollable_content_region.width
    if width <= 0:
        return 0
    return max(4, width - tree.guide_depth * guides_before(tree, node))


def guides_before(tree: Tree[Any], node: TreeNode[Any]) -> int:
    """How many guides ``tree`` draws before ``node``'s label: one for each ancestor drawn
    (the root is drawn only with ``show_root``)."""
    guides = 0
    parent = node.parent
    while parent is not None:
        guides += 1
        parent = parent.parent
    return guides if tree.show_root else guides - 1


class BatchedAdds(_Base):
    """Many nodes added at once, the tree's lines invalidated once at the end.

    Textual's ``Tree`` invalidates its lines (and resets every node) on each ``add``:
    adding thousands of nodes one by one was quadratic. Add them inside ``adding()``
    (which may be nested: the outermost one invalidates). Relies on ``Tree._invalidate``;
    were it renamed, nodes would still be added, each invalidating the lines as before.
    Put it before the Tree class: ``class OutlinePane(BatchedAdds, Tree[...])``.
    """

    _adding = 0
    _held = False
    invalidations = 0
    """How many times the tree's lines were invalidated (each makes the next frame rebuild
    every line): a batch inside ``adding()`` counts once. Zero while nodes are added and
    shown means ``Tree._invalidate`` no longer exists under that name."""

    @contextmanager
    def adding(self, invalidate: bool = True) -> Iterator[None]:
        """Add nodes; the lines are invalidated once at the end, unless ``invalidate`` is
        false: then the caller brings the lines up to date itself."""
        self._adding += 1
        try:
            yield
        finally:
            self._adding -= 1
            if not self._adding and self._held:
                self._held = False
                if invalidate:
                    self._invalidate()

    def _invalidate(self) -> None:
        if self._adding:
            self._held = True
        else:
            self.invalidations += 1
            super()._invalidate()  # type: ignore[misc]

    def watch_show_vertical_scrollbar(self, shown: bool) -> None:
        """The scroll bar came or went: the room for labels (``label_room``) changed by
        its width, so the lines are measured and cut again. Tree rebuilds them when the
        pane is resized, not when its scroll bar takes two columns: the lines kept the
        width they were cut to, and a horizontal scroll bar came and took the last row
        (the outline all expanded, a folder opened in the file tree)."""
        self._invalidate()

    def process_label(self, label: str | Text) -> Text:
        """A one-line ``Text`` is used as it is (the base class splits every label into lines)."""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)  # type: ignore[misc, no-any-return]


class StylePerPaint(_Base):
    """The tree's base style (``rich_style``) worked out once per paint, not once a line.

    Textual's ``Tree.render_line`` asks for ``rich_style`` on every line it draws, and
    each time that walks the screen, the panes and the tree, blending their backgrounds
    and colours; nothing can change it while one ``render_lines`` call draws the lines, so
    the style of the call's start is given to all of them. The first frame draws 43 lines
    of each tree, most of them blank (docs/performance.md, perf19).
    Put it before the Tree class: ``class OutlinePane(StylePerPaint, Tree[...])``.
    """

    _paint_style: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._paint_style = super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._paint_style = None

    @property
    def rich_style(self) -> Style:
        style = self._paint_style
        return style if style is not None else super().rich_style
