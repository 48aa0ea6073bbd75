"""A numbered line of a hard-wrapped text that the wrap made, not the writer.

``reflow.py`` asks these for a line that opens with a heading marker right under a full line
(the text's wrap width reached): a number, or a marker under a sentence that ran to the width,
that is the rest of the line above and not a heading of its own.
"""

from __future__ import annotations

from tui.engine.markers import SPOKEN_FAMILIES, Marker
from tui.engine.segment import Segment, is_sentence_end

_DIGITS = frozenset("0123456789０１２３４５６７８９")
_NUMBER_INSIDE = frozenset("./．／")
"""A decimal point or a fraction bar: a number goes on after it (2.2, 1/3)."""
_ANNOUNCES = frozenset("：:")
"""A line ending with these announces what follows (…讲三点意见： | 一、…): ``goes_on_unparted``
leaves it to the other tests."""
_PARTED_EVIDENCE = 3
"""The fewest numbered lines after a paragraph's end ``headings_parted`` counts."""
_INDENTED_FAMILY_MIN = 3
"""The fewest indented lines of a marker's family ``indented_families`` counts."""
_INDENTED_FAMILY_SHARE = 0.75
"""The least share of a family's lines that are indented (the rest: the wrap's flush pieces)."""


def number_cut(text: str, line: str) -> bool:
    """Whether the wrap cut a number in two: the paragraph so far (``text``) ends on a digit,
    or on a digit and a decimal point or fraction bar, and ``line`` opens with a digit
    (…城乡居民收入比降至2. | 2。攀枝花…; …比上年下降1/ | 3。; …碘─131、銫─1 | 34、銫─137，…)
    — a number's digits, not a numbered heading's."""
    if line[:1] not in _DIGITS:
        return False
    last = text[-1:]
    if last in _NUMBER_INSIDE:
        return text[-2:-1] in _DIGITS
    return last in _DIGITS


def goes_on_unparted(text: str, opening: Marker | None, marker: Marker) -> bool:
    """Whether ``marker``, a spoken series' item (第一，/一是/…: ``SPOKEN_FAMILIES``, the
    kind said inside a sentence) opening a line right under a full line with no blank line
    between, goes on the paragraph ``text`` in a text whose paragraphs are parted by blank
    lines: where the paragraph opens with no marker of its own (``opening``) and does not
    announce what follows (：) — such a text's headings stand after a blank line (…皆女子多于
    男子。） | 第一，不婚不嫁的原因约有几种：, the wrap put the inline 第一， at a line's start).
    A numbered paragraph (a list's items on lines of their own, one under the other), an
    announcing line (…讲三点意见： | 一、…) and a heading's marker (（一）, 一、: a heading
    printed under its section's last line) are left to the other tests."""
    return marker.family in SPOKEN_FAMILIES and opening is None and text[-1:] not in _ANNOUNCES


def headings_parted(
    segments: list[Segment], content: list[int], markers: list[Marker | None], full: int
) -> bool:
    """Whether the numbered lines of a hard-wrapped text stand after a blank line: of those
    right after a paragraph's end (a line short of the full length ``full`` that ends a
    sentence; three at least), every one has a blank line above it. One with none tells that
    the text does not keep them: a PDF's text loses the blank line at a page's end
    (…会话数据丢失。 | 第三，… where the file had one), a writer may put a heading right under
    a paragraph (…执行情况较好。 | （一）…)."""
    after_end = parted = 0
    for previous, index in zip(content, content[1:], strict=False):
        above = segments[previous]
        if markers[index] is None or len(above.text) >= full or not is_sentence_end(above.text):
            continue
        after_end += 1
        parted += segments[index].line > above.line + 1
    return after_end >= _PARTED_EVIDENCE and parted == after_end


def indented_families(
    segments: list[Segment], content: list[int], markers: list[Marker | None]
) -> frozenset[str]:
    """The marker families whose lines are indented in a text whose paragraphs open with an
    indent: three at least, and three in four of the lines the family opens (the others a
    wrap's flush pieces: 　　四．诵经…或坐或经行皆可。 | 五．持名先唱赞偈云：… where 　　一．礼敬,
    二．赞叹… all stand indented). A flush line of such a family under a full line is the
    wrap's; a text whose headings stand flush over indented paragraphs has no such family."""
    indented: dict[str, int] = {}
    flush: dict[str, int] = {}
    for index in content:
        marker = markers[index]
        if marker is None:
            continue
        tally = indented if segments[index].indented else flush
        tally[marker.family] = tally.get(marker.family, 0) + 1
    return frozenset(
        family
        for family, count in indented.items()
        if count >= _INDENTED_FAMILY_MIN
        and count >= _INDENTED_FAMILY_SHARE * (count + flush.get(family, 0))
    )
