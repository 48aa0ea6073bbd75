"""A mix-in for the app's trees: their base style worked out once per paint, not per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.style import Style
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
