"""Readable colours: WCAG contrast ratios, and theme colours nudged until they read well.

Pure Python (no Textual). Themes pick their accent colours for buttons, not for text on
the reader's background: in the default themes some heading colours had 1.4–1.7:1
contrast, and two levels shared one colour. ``heading_colours`` keeps each level's hue
from the theme but moves it towards white or black until it has at least
``MIN_CONTRAST`` against the background, and takes the next candidate when a level
would look like a level above it.
"""

from __future__ import annotations

from collections.abc import Sequence

RGB = tuple[int, int, int]

MIN_CONTRAST = 4.5
"""WCAG AA for normal text."""
MIN_DISTANCE = 60
"""Two colours closer than this (Euclidean, 0–441 over RGB) look alike."""


def luminance(colour: RGB) -> float:
    """WCAG relative luminance of an sRGB colour."""

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = colour
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast_ratio(a: RGB, b: RGB) -> float:
    """WCAG contrast ratio of two colours, 1–21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _mix(colour: RGB, target: RGB, amount: float) -> RGB:
    r, g, b = (round(c + (t - c) * amount) for c, t in zip(colour, target, strict=True))
    return r, g, b


def readable(colour: RGB, background: RGB, minimum: float = MIN_CONTRAST) -> RGB:
    """``colour``, mixed towards white (dark background) or black until it reads well."""
    if contrast_ratio(colour, background) >= minimum:
        return colour
    target: RGB = (255, 255, 255) if luminance(background) < 0.18 else (0, 0, 0)
    for step in range(1, 21):
        mixed = _mix(colour, target, step / 20)
        if contrast_ratio(mixed, background) >= minimum:
            return mixed
    return target


def _distance(a: RGB, b: RGB) -> float:
    return sum((x - y) ** 2 for x, y in zip(a, b, strict=True)) ** 0.5


def heading_colours(
    levels: Sequence[Sequence[RGB]], background: RGB, minimum: float = MIN_CONTRAST
) -> list[RGB]:
    """One readable colour per heading level, each unlike the levels before it.

    Args:
        levels: for each level, its candidate colours in order of preference (the theme's
            own colour for that level first).
        background: the colour the text is drawn on.
    """
    chosen: list[RGB] = []
    for candidates in levels:
        usable = [readable(c, background, minimum) for c in candidates]
        pick = next(
            (c for c in usable if all(_distance(c, o) >= MIN_DISTANCE for o in chosen)),
            usable[0],
        )
        chosen.append(pick)
    return chosen
