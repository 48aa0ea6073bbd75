"""Bold lines that title bare numerals: **01** | **向同仁堂学习** | **做产品要真材实料** | text.

A magazine-style article numbers its sections with a bare numeral alone on its line (01, 02 or
一, 二: the ``ar-bare`` / ``cn-bare`` families) and sets the section's title in bold on the lines
right under it. The numeral is the section's entry (the format's bare-numeral rule); the bold
lines are its title, not headings of their own a level under it. Where the writer titles two
numerals or more so, bold is the style of those titles, so no bold line of the speech is a
heading (a bold 后记 or a bold divider is the same type, not a level of its own), and the items
numbered under a section (第一点，… / 1、…) are one level under its numeral.
"""

from __future__ import annotations

from tui.engine.markers import Marker
from tui.engine.para import Para

_BARE = frozenset({"ar-bare", "cn-bare"})
"""Numerals alone on their line."""

_TITLED_NUMERALS = 2
"""Numerals with a bold title right under them that make bold the titles' type."""


def without_numeral_titles(
    candidates: list[tuple[int, Marker]], paras: list[Para]
) -> list[tuple[int, Marker]]:
    """``candidates`` without their bold lines when two bare numerals or more have a bold
    candidate as the very next paragraph of text (noise between them does not count)."""
    markers = dict(candidates)
    titled = 0
    for index, marker in candidates:
        if marker.family not in _BARE:
            continue
        after = index + 1
        while after < len(paras) and paras[after].noise:
            after += 1
        title = markers.get(after)
        if title is not None and title.family == "bold":
            titled += 1
    if titled < _TITLED_NUMERALS:
        return candidates
    return [(index, marker) for index, marker in candidates if marker.family != "bold"]
