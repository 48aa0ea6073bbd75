"""Where a numbered heading's marker stands glued right after a sentence end.

``glued_markers`` finds the places a text ran a heading into the sentence before it
(…的作用。二、…, 。（三）…, 。第二，…, and in a PDF extraction that writes 。 as "." a bare run-in
number, 。１兴修水利…: ``RUN_IN``; 。一、二次… an ``APPROXIMATE`` number or a heading), a note in
brackets after a sentence end counting as one (``note_after_stop``). It only finds them:
whether each is a heading (its series, an inline list, a one-line text) is ``glued``'s,
the counted item series (一是, 1., 例一) ``gluedlists``'s. Moved out of ``glued`` as it was
(split100).
"""

from __future__ import annotations

import re

from tui.base import patterns
from tui.engine.markers import NUMBER_UNITS, match_marker
from tui.engine.segment import SPACES

# A sentence end before a glued heading: 。！？：” — or an ASCII "." right after a Chinese
# character, the full stop of PDF extractions that write 。 as "." (…的作用.第二，…); or the
# closing bracket of a note right after a sentence end (…存在感。（《华盛顿邮报》等）二、…: the
# bracket is checked in ``glued_markers``, ``note_after_stop``).
_STOP = "(?:[。！？!?：:”」）)]|(?<=[\u4e00-\u9fff])\\.)"
HAN_DOT = patterns.compile("[\u4e00-\u9fff]\\.")
_GLUED_HEADING = patterns.compile(
    _STOP + r"[\u3000 ]*(?=[一二三四五六七八九十]{1,3}\s?、|[（(][一二三四五六七八九十]{1,3}[）)]"
    r"|[壹贰叁参肆伍陆柒捌玖拾]{1,3}\s?、|[一二三四五六七八九十]{1,3}[．.](?=[\u4e00-\u9fff（(“]))"
)
# What a glued heading needs besides the sentence end: a numeral right before a 、 (一、,
# 十一 、) or before a full stop and a Chinese character (一．律宗, 二.俱舍宗: 弘一's talks; not
# 一.5倍), or an opening bracket. Tested first: this pattern starts with the plain 、, which
# the regex engine skips to quickly, while sentence ends (where _GLUED_HEADING starts) are
# everywhere. ``glued_markers``'s 84 calls on the five corpus files with their line breaks lost took
# 3.25 ms (3.18–3.73) of CPU with this test and ``"第" in text`` first, 3.81 ms (3.74–3.94)
# without (``tests/bench/bench_calls.py --lost-breaks``, 7 rounds in turns, arch16).
_NUMBERED_COMMA = patterns.compile(
    "、(?:(?<=[一二三四五六七八九十壹贰叁参肆伍陆柒捌玖拾]、)|(?<=[一二三四五六七八九十]\\s、))"
    "|(?<=[一二三四五六七八九十])[．.](?=[\u4e00-\u9fff（(“])"
)


GLUED_FAMILIES = ("cn-dun", "paren-cn", "di", "di-unit", "cap-dun")
# 。第二，… / 。第二点，…: a sentence-initial 第N series in a text without line breaks.
_GLUED_DI = patterns.compile(
    _STOP + r"[\u3000 ]*(?=第[一二三四五六七八九十]{1,3}(?:[，,、]|个?(?:点|方面|问题)[，,、：:]))"
)


# 。第一章 中国革命么？…: a chapter's or a section's marker glued after a sentence end (or after
# the book's title: 《明史讲义》第一章 明史…), with the space that set it off from its title on its
# line (第一章中… with none may be a sentence's words).
_CHAPTER_AHEAD = r"[\u3000 ]*(?=第[一二三四五六七八九十百]{1,4}[章节節讲講编編篇][\u3000 ]+[^\s])"
_GLUED_CHAPTER = patterns.compile(f"(?:{_STOP}|》){_CHAPTER_AHEAD}")
_CHAPTER_MARK = patterns.compile("第[一二三四五六七八九十百]{1,4}[章节節讲講编編篇][\u3000 ]")
"""A chapter's marker with its space anywhere: looked for first (it starts with 第, which the
expression engine skips to; ``_GLUED_CHAPTER`` starts at every sentence end)."""
CHAPTER_FAMILIES = ("part", "section")
"""The families of a chapter's or a section's marker (第一章 / 第一节) glued with its space: a
heading of a one-line text wherever it stands after a sentence end (``glued.split_glued``)."""


# 。１兴修水利，…: a one-digit number run into its title with nothing between (a bold run-in
# heading whose space the extraction lost); 。３个月以前 (a unit after it) is a number.
_GLUED_DIGIT = patterns.compile(_STOP + r"[\u3000 ]*(?=[1-9１-９](?![0-9０-９])[\u4e00-\u9fff])")
RUN_IN = "run-in"
"""The family of a bare run-in number (１兴修水利…) cut off the text it was glued to."""
APPROXIMATE = "cn-dun-approximate"
"""The family of a glued 一、 whose 、 reads as an approximate number (。一、二次政黨輪替…):
a heading only when the two numbers after it are glued headings of the text."""
_DIGITS = "123456789１２３４５６７８９"


def glued_markers(text: str, digits: bool = False) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, family, number) for L1/L2 markers glued after a sentence end
    (and, with ``digits``, bare run-in numbers ``RUN_IN``)."""
    found: list[tuple[int, int, str, int]] = []
    matches: list[re.Match[str]] = []
    if "（" in text or "(" in text or _NUMBERED_COMMA.search(text) is not None:
        matches.extend(_GLUED_HEADING.finditer(text))
    if "第" in text:
        matches.extend(_GLUED_DI.finditer(text))
        if _CHAPTER_MARK.search(text) is not None:
            matches.extend(_GLUED_CHAPTER.finditer(text))
    if digits:
        matches.extend(_GLUED_DIGIT.finditer(text))
    for match in sorted(matches, key=lambda m: m.start()):
        cut = match.end()
        if text[match.start()] in "）)" and not note_after_stop(text, match.start()):
            continue
        if text[cut] in _DIGITS:
            if text[cut + 1] not in NUMBER_UNITS:
                found.append((match.start() + 1, cut, RUN_IN, _DIGITS.index(text[cut]) % 9 + 1))
            continue
        marker = match_marker(text[cut:])
        if marker is not None and (
            marker.family in GLUED_FAMILIES
            or (marker.family in CHAPTER_FAMILIES and match.re is _GLUED_CHAPTER)
        ):
            found.append((match.start() + 1, cut, marker.family, marker.number))
        elif marker is None and (marker := match_marker(text[cut:], series=True)) is not None:
            if marker.family == "cn-dun":  # (一、二次…: an approximate number, or a heading)
                found.append((match.start() + 1, cut, APPROXIMATE, marker.number))
    return found


SENTENCE_STOP = patterns.compile("[。！？!?]")
_NOTE_MAX = 80
"""The longest note in brackets after a sentence end (its source: （BBC、《金融时报》等）)."""


def note_after_stop(text: str, close: int) -> bool:
    """Whether the bracket closing at ``close`` closes a note that opens right after a sentence
    end (。（中共外交部发言人陆慷等）; spaces between too — …责任感。 （责任处室：各处室）, where a saved
    page kept a paragraph's end as a space), with no sentence end and no other bracket inside."""
    opened = max(text.rfind("（", 0, close), text.rfind("(", 0, close))
    stop = opened
    while stop > 0 and text[stop - 1] in SPACES:
        stop -= 1
    if stop < 1 or close - opened > _NOTE_MAX or text[stop - 1] not in "。！？!?":
        return False
    note = text[opened + 1 : close]
    return SENTENCE_STOP.search(note) is None and not any(mark in note for mark in "（()）")
