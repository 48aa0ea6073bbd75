"""Mix-ins for the app's trees: nodes added in batches, the base style once per paint."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    # A plain mix-in at run time: Textual takes CSS and component classes from a
    # widget's first *widget* base only, which must stay the Tree class.
    _Base = object


class StylePerPaint(_Base):
    """Textual's ``Tree.render_line`` asks for ``rich_style`` for every line it draws,
    and each answer walks the widget's ancestors and combines their colours: about a
    third of drawing a tree's line. It cannot change while the lines of one paint are
    drawn, so it is worked out once per ``render_lines``.

    Put it before the Tree class: ``class OutlinePane(StylePerPaint, Tree[...])``.
    """

    _paint_style: Style | None = None

    @property
    def rich_style(self) -> Style:
        style = self._paint_style
        return super().rich_style if style is None else style

    def render_lines(self, crop: Region) -> list[Strip]:
        self._paint_style = super().rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._paint_style = None


class BatchedAdds(_Base):
    """Many nodes added at once, the tree's lines invalidated once at the end.

    Textual's ``Tree`` invalidates its lines (and resets every node) on each ``add``:
    adding thousands of nodes one by one was quadratic. Add them inside ``adding()``
    (which may be nested: the outermost one invalidates). Relies on ``Tree._invalidate``;
    were it renamed, nodes would still be added, each invalidating the lines as before.
    Put it before the Tree class, as ``StylePerPaint``.
    """

    _adding = 0
    _held = False

    @contextmanager
    def adding(self) -> Iterator[None]:
        self._adding += 1
        try:
            yield
        finally:
            self._adding -= 1
            if not self._adding and self._held:
                self._held = False
                self._invalidate()

    def _invalidate(self) -> None:
        if self._adding:
            self._held = True
        else:
            super()._invalidate()  # type: ignore[misc]

    def process_label(self, label: str | Text) -> Text:
        """A one-line ``Text`` is used as it is (the base class splits every label into lines)."""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)  # type: ignore[misc, no-any-return]
