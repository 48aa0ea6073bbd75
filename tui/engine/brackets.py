"""Brackets a scrape or a page's width split from their text, joined back to it.

Two cases, both of lines whose break fell inside a bracket: a heading's opening bracket left
alone on its line by a web scrape (``（`` | ``三）改革开放持续深化…``), and a short line that only
closes the bracket the line before left open (``…（2026年03月15日第`` | ``02 版）``, a credit line
wrapped at a page's width). ``rejoin_split_brackets`` joins them, called by ``parse`` on the
cleaned segments; it decides nothing about headings (the joined line is read as any other).
Moved out of ``lines`` as it was (split109).
"""

from __future__ import annotations

from dataclasses import replace

from tui.base import patterns
from tui.engine.segment import Segment

_LONE_OPENERS = frozenset({"（", "("})
# 三）改革开放持续深化… / 12）… : the rest of a bracketed number whose opening bracket a
# scrape left alone on the line above.
_BRACKET_REST = patterns.compile(r"^(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]")


_BRACKET_TAIL = 12
"""The longest line taken for the end of a bracket the line before left open."""


def _rejoin_bracket_tails(segments: list[Segment]) -> list[Segment]:
    """…（2026年03月15日第 | 02 版）: a short line (``_BRACKET_TAIL`` characters at most) with no
    bracket of its own but the closing one it ends with, right after a line whose last
    bracket is open, goes back onto that line."""
    if not any(len(seg.text) <= _BRACKET_TAIL and seg.text[-1:] in "）)" for seg in segments):
        return segments
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        if (
            out
            and len(text) <= _BRACKET_TAIL
            and text[-1:] in "）)"
            and "（" not in text
            and "(" not in text
            and (text.count("）") + text.count(")")) == 1
            and not seg.md
            and _open_bracket(out[-1].text)
            and seg.line <= out[-1].line + 1
        ):
            out[-1] = replace(out[-1], text=out[-1].text + text)
            continue
        out.append(seg)
    return out


def _open_bracket(text: str) -> bool:
    """Whether the last bracket ``text`` opens (（ or () is not closed in it."""
    opening = max(text.rfind("（"), text.rfind("("))
    return opening >= 0 and max(text.rfind("）"), text.rfind(")")) < opening


def rejoin_split_brackets(segments: list[Segment]) -> list[Segment]:
    """（ | 三）改革开放持续深化、互促共进: a heading whose opening bracket a web scrape put on
    a line of its own is one line again (at the bracket's line). And a line that only closes
    the bracket the line before left open (《人民日报》（2026年03月15日第 | 02 版）, a credit
    line wrapped at a page's width) is that line's end: ``_rejoin_bracket_tails``."""
    segments = _rejoin_bracket_tails(segments)
    if not any(seg.text in _LONE_OPENERS for seg in segments):
        return segments
    out: list[Segment] = []
    joined = False  # the segment was taken into the one before it
    for seg, following in zip(segments, [*segments[1:], None], strict=True):
        if joined:
            joined = False
        elif (
            seg.text in _LONE_OPENERS
            and following is not None
            and _BRACKET_REST.match(following.text) is not None
        ):
            out.append(replace(seg, text=seg.text + following.text))
            joined = True
        else:
            out.append(seg)
    return out
