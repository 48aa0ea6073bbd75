"""Text on a highlighted row reads well in every theme: a line filter for the whole app.

A list's or tree's highlighted row (Textual's block cursor: ``$block-cursor-background``,
or ``$block-cursor-blurred-background`` when the list is not focused) is drawn in the
theme's accent colour, and the text on it keeps its own colour: dim parts (a bookmark's
line and time, the palette's help line) had 2.46:1 contrast in the default dark theme and
the cursor's own text 3.78:1. ``ReadableHighlights`` finds the segments drawn on a cursor
background, whatever widget drew them (bookmarks, notebook, keyword list, command palette,
file tree, outline, search results), and moves their colour towards white or black until
it has ``MIN_CONTRAST`` (``tui.contrast.readable``); dim text is first dimmed as Textual
would, then made readable, so it stays a little fainter where the theme leaves room.
Rows that are not highlighted are left as the theme draws them. Themes in terminal (ANSI)
colours are left alone: the terminal's palette decides those colours.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rich.color import Color as RichColor
from rich.color import ColorType
from rich.segment import Segment
from rich.style import Style
from textual.color import Color, ColorParseError
from textual.constants import DIM_FACTOR
from textual.filter import LineFilter

from tui.contrast import MIN_CONTRAST, RGB, readable

if TYPE_CHECKING:
    from textual.app import App

CURSOR_VARIABLES = ("block-cursor-background", "block-cursor-blurred-background")
"""The theme variables that colour a highlighted row (focused and not)."""


def _rgb(colour: RichColor) -> RGB | None:
    if colour.type in (ColorType.DEFAULT, ColorType.STANDARD, ColorType.WINDOWS):
        return None  # the terminal's own palette: not known here
    r, g, b = colour.get_truecolor()
    return r, g, b


@lru_cache(1024)
def readable_style(style: Style) -> Style:
    """``style`` with its text colour readable on its background (dim worked in first)."""
    fore, back = style.color, style.bgcolor
    if fore is None or back is None:
        return style
    text, ground = _rgb(fore), _rgb(back)
    if text is None or ground is None:
        return style
    if style.dim:  # as Textual dims: towards the background
        text = (
            round(ground[0] + (text[0] - ground[0]) * DIM_FACTOR),
            round(ground[1] + (text[1] - ground[1]) * DIM_FACTOR),
            round(ground[2] + (text[2] - ground[2]) * DIM_FACTOR),
        )
    colour = readable(text, ground, MIN_CONTRAST)
    return style + Style(color=RichColor.from_rgb(*colour), dim=False)


class ReadableHighlights(LineFilter):
    """Makes text on the app's highlighted rows readable (see the module's docstring)."""

    def __init__(self, app: App[Any]) -> None:
        super().__init__()
        self._app = app

    def _cursor_colours(self, background: Color) -> frozenset[RichColor]:
        variables = self._app.theme_variables
        return _cursor_colours(
            tuple(variables.get(name, "") for name in CURSOR_VARIABLES), background
        )

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        cursors = self._cursor_colours(background)
        if not cursors:
            return segments
        result = []
        for segment in segments:
            style = segment.style
            if (
                style is not None
                and not segment.control
                and not style.reverse
                and style.bgcolor in cursors
                and segment.text.strip()
            ):
                segment = Segment(segment.text, readable_style(style))
            result.append(segment)
        return result


@lru_cache(256)
def _cursor_colours(values: tuple[str, ...], background: Color) -> frozenset[RichColor]:
    """The colours the cursor variables give over ``background`` (a colour with alpha is
    blended over it, as Textual draws it)."""
    colours = set()
    for value in values:
        try:
            colour = Color.parse(value)
        except ColorParseError:  # "auto" or a value this Textual does not know: no such row
            continue
        if colour.ansi is not None or background.ansi is not None:
            continue
        colours.add((background + colour).rich_color)
    return frozenset(colours)
