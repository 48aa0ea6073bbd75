"""Readable heading colours (issue #17: heading contrast)."""

from __future__ import annotations

import pytest

from tui.contrast import MIN_CONTRAST, contrast_ratio, heading_colours, readable

RATIOS = [
    ((0, 0, 0), (255, 255, 255), 21.0),
    ((255, 255, 255), (255, 255, 255), 1.0),
    ((0x77, 0x77, 0x77), (255, 255, 255), 4.48),
]


@pytest.mark.parametrize(("a", "b", "want"), RATIOS, ids=["black-white", "same", "grey"])
def test_contrast_ratio(a: tuple[int, int, int], b: tuple[int, int, int], want: float) -> None:
    assert contrast_ratio(a, b) == pytest.approx(want, abs=0.01)


READABLE = [
    ("dark blue on near-black", (0x00, 0x45, 0x78), (0x1E, 0x1E, 0x1E)),
    ("orange on white", (0xFE, 0xA6, 0x2B), (0xFF, 0xFF, 0xFF)),
    ("grey on grey", (0x80, 0x80, 0x80), (0x70, 0x70, 0x70)),
]


@pytest.mark.parametrize(("fg", "bg"), [r[1:] for r in READABLE], ids=[r[0] for r in READABLE])
def test_readable_reaches_the_minimum(fg: tuple[int, int, int], bg: tuple[int, int, int]) -> None:
    assert contrast_ratio(fg, bg) < MIN_CONTRAST
    assert contrast_ratio(readable(fg, bg), bg) >= MIN_CONTRAST


def test_readable_leaves_a_good_colour_alone() -> None:
    assert readable((255, 255, 0), (0, 0, 0)) == (255, 255, 0)


def test_levels_that_share_a_colour_are_told_apart() -> None:
    orange, blue, green = (0xFE, 0xA6, 0x2B), (0x01, 0x78, 0xD4), (0x4E, 0xBF, 0x71)
    got = heading_colours(
        [[orange, blue], [blue], [green], [orange, (0xB9, 0x3C, 0x5B)]], (0x1E, 0x1E, 0x1E)
    )
    assert got[0] != got[3]
    assert len(set(got)) == 4
