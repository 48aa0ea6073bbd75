"""The lost line breaks of a one-line text whose line breaks became spaces, and the titles
ended there.

A text saved with each line break turned into a space (…的新标识 营商环境就是生产力，…) keeps
where each heading's title ended: ``spaced_breaks`` decides whether a one-line text is such a
text (enough sentence ends followed by a space, ``SEAM``, and not many more spaces between
Chinese characters than those: a hard-wrapped text breaks inside its sentences), and
``heading_apart`` / ``titles_at_breaks`` cut a heading's title off its section's text at the
last such space before the section's first sentence. Where the text gives no such space, a
title's end is ``titleends``'s and ``peertitles``'s; which glued markers are headings is
``glued``'s. Moved out of ``glued`` as it was (split100).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.base import patterns
from tui.engine.hashtitle import spaces_latin
from tui.engine.markers import match_marker
from tui.engine.segment import L1_L2_STARTS, SPACES, STEMS, Segment
from tui.engine.titleends import title_apart

# …的新标识 营商环境就是生产力，…。: in a one-line text whose line breaks became spaces, the
# space after a heading's title is its lost line break — one space between two Chinese
# characters (not after a closing quote or bracket: PDF extractions put spaces there, …是“左”
# 的错误。).
# (the space first, the character before it looked back at: the regex engine skips to the few
# spaces quickly, where a look-behind first is tried at every character — 0.6 ms against 3.3 ms
# for the five corpus files so joined, 83,000 characters)
_LOST_BREAK = patterns.compile("[ \u3000](?<=[\u4e00-\u9fff][ \u3000])(?=[\u4e00-\u9fff])")
_LOST_BREAK_WIDE = patterns.compile(
    "[ \u3000](?<=[\u4e00-\u9fff][ \u3000])(?=[\u4e00-\u9fff0-9０-９“])"
)
"""A lost line break before a year or a quotation as well (…建议 1998年是…, …紧迫感 “一个…): in a
text that does not space Latin letters and digits from Chinese (``spaces_latin``)."""
_BREAK_STOP = patterns.compile("[。！？!?；;：:]")
_BREAK_TITLE_MIN = 2
"""The fewest characters of a title cut off its text at a lost line break (二、总结 各级…: the
space is the evidence, a two-character part's name a whole title)."""
_CLAUSE_BREAK = patterns.compile("[，,；;：:]")
_BREAK_SEAMS_MIN = 3
"""The fewest sentence ends followed by a space (…。 …) in a one-line text whose spaces stand for
its lost line breaks (``titles_at_breaks``)."""
_GAPS_PER_SEAM = 2
"""The most spaces between Chinese characters per sentence end followed by a space in a one-line
text whose spaces stand for its lost line breaks: a text of whole-paragraph lines breaks once
after a heading's title for each paragraph's end or less (the corpus and held-out texts so
joined: 0.06 to 1.0 spaces per seam, 1.7 for a collection with some lines broken), a hard-wrapped
one inside its sentences (2.2 to 10.7 for the lectures, reports and PDF text wrapped so; one at
1.85 passes, and one text of whole lines at 2.7 does not)."""
_HEAD_STARTS = L1_L2_STARTS + "第" + STEMS
"""The first characters of a numbered heading a lost line break is looked for after (一、 （一）
壹、, and 第一，, 甲、)."""


class _Breaks:
    """The lost line breaks of a one-line text whose line breaks became spaces: a space between
    Chinese characters (``_LOST_BREAK``), or before a digit or an opening quote too
    (``_LOST_BREAK_WIDE``) where the text does not space its Latin letters and digits — asked
    of the text (``spaces_latin``, a pass over all of it) only when the two differ."""

    __slots__ = ("_latin", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._latin: bool | None = None

    def pattern(self) -> re.Pattern[str]:
        """The pattern of the text's lost line breaks."""
        if self._latin is None:
            self._latin = spaces_latin(self._text)
        return _LOST_BREAK if self._latin else _LOST_BREAK_WIDE

    def last(self, text: str, start: int, end: int) -> int | None:
        """Where the last lost line break in ``text[start:end]`` is (None: none)."""
        wide = [gap.start() for gap in _LOST_BREAK_WIDE.finditer(text, start, end)]
        if not wide:
            return None
        if _LOST_BREAK.match(text, wide[-1]) is not None or self.pattern() is _LOST_BREAK_WIDE:
            return wide[-1]
        narrow = [gap.start() for gap in _LOST_BREAK.finditer(text, start, end)]
        return narrow[-1] if narrow else None


_TITLE_GAP = patterns.compile(
    "[ \u3000](?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[章节])"
    "[^ \u3000，。！？；：,.!?;:]{2,30}(?=[ \u3000][\u4e00-\u9fff])"
)
"""A numbered heading's short title (no punctuation) between two spaces: the space after it is
the lost line break after a title (一、修正緣由 公務員懲戒法…, (二)建立一級二審制 為使…). The
space before the marker is matched, not looked behind for (a look-behind first is tried at
every character: 17 ms against 3 ms on a 1.2 MB one-line text); a title opening the text is
not counted."""


def spaced_breaks(segments: list[Segment], titles: bool = False) -> _Breaks | None:
    """The lost line breaks of a one-line text whose line breaks became spaces (``_Breaks``);
    None unless ``_BREAK_SEAMS_MIN`` sentence ends or more are followed by a space (``SEAM``)
    and the spaces that are lost line breaks are at most ``_GAPS_PER_SEAM`` times as many as
    those seams (more: a hard-wrapped text, its lines broken inside sentences). ``titles``:
    the space after a numbered heading's short title (``_TITLE_GAP``) is a seam too, a line's
    end, not a space inside a sentence (holdout33 r02, a bill's 一、修正緣由 and (一)改制懲戒法院
    titles before their text: 6 sentence ends and 16 spaces, 10 of them after such titles).
    (The wide and narrow breaks are counted first: ``spaces_latin``, a slower pass, decides
    only between them.)"""
    text = "\n".join(seg.text for seg in segments)
    after_titles = len(_TITLE_GAP.findall(text)) if titles else 0
    seams = len(SEAM.findall(text)) + after_titles
    if seams < _BREAK_SEAMS_MIN:
        return None
    breaks = _Breaks(text)
    most = _GAPS_PER_SEAM * seams + after_titles
    if len(_LOST_BREAK_WIDE.findall(text)) <= most:
        return breaks
    if len(_LOST_BREAK.findall(text)) > most:
        return None
    return breaks if len(breaks.pattern().findall(text)) <= most else None


def _break_cut(text: str, breaks: _Breaks, tight: bool) -> int | None:
    """Where the lost line break after the title of the heading that opens ``text`` (a piece of a
    one-line text whose line breaks became spaces, shown as ``breaks`` finds them) is: the last
    such space before the piece's first sentence end (。！？； or a colon), when what follows
    that space is the section's first sentence — its end has no space after it, the sentence run
    on (一、…的新标识 营商环境就是生产力，…。…; ``tight``: the piece ends there, a numbered item
    glued right after it, …增长 千方百计扩大外贸出口。一是…), or it is a sentence of clauses (…保障
    优化营商环境是一项系统工程，…。 …), or it ends at a colon (二、今后工作重点 …工作重点如下： （一）…:
    a title does not end so). None for a title with a space of its own that ends at its sentence end
    (一、加强党的建设 推进全面从严治党。 …), a title with no sentence end after it, and a title of
    fewer than ``_BREAK_TITLE_MIN`` characters before the space."""
    if text[:1] not in _HEAD_STARTS:
        return None
    stop = _BREAK_STOP.search(text)
    if stop is None:
        return None
    end = stop.start()
    if text.find(" ", 0, end) < 0 and text.find("\u3000", 0, end) < 0:
        return None  # (most pieces: no space before their first sentence end)
    marker = match_marker(text)
    if marker is None or marker.end > end:
        return None
    gap = breaks.last(text, marker.end, end)
    if gap is None or gap - marker.end < _BREAK_TITLE_MIN:
        return None
    after = text[stop.end() : stop.end() + 1]
    if (
        after in SPACES  # ("" is in SPACES: the piece's end)
        and not (tight and not after)
        and stop.group() not in "：:"
        and _CLAUSE_BREAK.search(text, gap + 1, stop.start()) is None
    ):
        return None
    return gap


def heading_apart(
    piece: Segment, headed: bool, breaks: _Breaks | None, tight: bool
) -> list[Segment]:
    """``piece`` of a one-line text as its heading and the text after it: cut at the lost line
    break after its title (``breaks``: how the text's lost line breaks show, ``spaced_breaks``;
    ``_break_cut``), else, for a glued heading (``headed``), where its section's first sentence
    opens (``title_apart``)."""
    cut = None if breaks is None else _break_cut(piece.text, breaks, tight)
    if cut is not None:
        rest = piece.text[cut:].lstrip(SPACES)
        return [replace(piece, text=piece.text[:cut]), Segment(piece.line, rest, True)]
    return title_apart(piece) if headed else [piece]


def titles_at_breaks(breaks: _Breaks | None, segments: list[Segment]) -> list[Segment]:
    """``segments`` (a one-line text's, its headings cut out) with each heading's title cut off
    its section's text at the lost line break after it, when the text's line breaks became
    spaces (``breaks``, ``spaced_breaks``; ``_break_cut``): the headings the chains, siblings
    and other cuts above made, and a heading that opens a segment of its own."""
    if breaks is None:
        return segments
    return [part for seg in segments for part in heading_apart(seg, False, breaks, False)]


SEAM = patterns.compile("[。！？!?；;][ \u3000]")
