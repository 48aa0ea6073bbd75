"""Sub-heading lines told by their siblings, in a report whose lines are whole paragraphs.

A report read out in the 立法院 and printed in its 公報 (holdout34 s03, 客家委員會) sets its
sub-headings as short lines of their own under its numbered sections, each over a paragraph or
two: 「客庄地方創生移居計畫」精進作為 | text… | 提升「客庄地方創生優惠貸款」核貸數 | text…. Where
the speaker cut the written text short, the paragraph under such a line is one short sentence
(調整地方創生出國體驗見學期程 | 110年度規劃前往日本地方創生場域，打算赴日本進行取經。), and a short
line over a short sentence is, in general, the head of that sentence that a break cut off
(在这一年来，我们 | 持续推动相关工作，获得各界肯定。: ``reflowcrossheads.lone_crossheads`` joins it).

The text's own layout settles it: where two lines or more already stand alone as crossheads by
the strict test (over a long paragraph), a line of the same kind — short, no sentence mark or
colon, not ending on a comma, a word that links on (的, 和, 在 …) or a pronoun's 们 — between a
finished sentence (or a numbered heading) and a paragraph that is a finished sentence stands
alone too: the writer's sub-heading, not a sentence's head. A quotation the line opens and
closes (「369客庄產業數位升級計畫」) is a name inside it, not a cut.

Two more pieces of the same report's shape: the lines are the subtitles of the sections of
the numbering right above them ((1)…(4) under 2., ``holder_family``, for ``series.plain_series``);
a quoted name inside a plain line may hold figures and close the line (推辦「369客庄產業數位升級計畫」,
``names_read_as_words`` and ``closes_own_quote``, for ``assemble``'s unnumbered heading lines).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.framing import TITLE_ENDS_NEVER
from tui.engine.markers import Marker
from tui.engine.segment import Segment, is_sentence_end

_SIBLINGS_MIN = 2
"""The crossheads the strict test must have found before a sibling is taken."""
_SHORTEST = 6
_LONGEST = 30
_STOPS = frozenset("。！？!?；;：:")
_OPEN_ENDS = frozenset("，,、") | TITLE_ENDS_NEVER | {"们", "們"}
"""What a sub-heading never ends with: a comma, a word that links on, 我们/他们."""
_QUOTED = patterns.compile(r"「[^「」]{1,30}」|『[^『』]{1,30}』|“[^“”]{1,30}”|《[^《》]{1,30}》")
"""A quoted name inside a line (「369客庄產業數位升級計畫」)."""
_QUANTITY = patterns.compile(r"[0-9０-９]{1,4}[千万萬亿億][^，,]{0,6}[，,]")
"""1千萬劑，…: a quantity said as a headline (as ``reflowcrossheads.crosshead_shape`` allows)."""
_DATE = patterns.compile(
    r"[0-9０-９〇零一二三四五六七八九十]年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月"
)
_OPENERS = frozenset("“「『《（([【—-")
_CLOSERS = frozenset("”」』》）)]】")


def _line_shape(text: str) -> bool:
    """Short, no sentence mark or colon, not ending open (``_OPEN_ENDS``); a mark opening or
    closing it only as part of a quoted name (「…」精進作為, 推辦「…」); a figure opening it only
    as a quantity's (``_QUANTITY``)."""
    if not _SHORTEST <= len(text) <= _LONGEST or any(ch in _STOPS for ch in text):
        return False
    if text[-1] in _OPEN_ENDS:
        return False
    bare = _QUOTED.sub("名", text)
    if (bare[:1].isdigit() and _QUANTITY.match(bare) is None) or _DATE.search(bare):
        return False  # (2021年5月，… / 二〇二一年五月，…: a date or a figure a sentence opens with)
    return bare[:1] not in _OPENERS and bare[-1:] not in _CLOSERS


def sibling_crossheads(
    segments: list[Segment], content: list[int], markers: list[Marker | None], found: set[int]
) -> set[int]:
    """The segments of ``content`` that stand alone beside the crossheads ``found`` by the
    strict test (module docstring): empty unless it found ``_SIBLINGS_MIN`` or more."""
    if len(found) < _SIBLINGS_MIN:
        return set()
    more: set[int] = set()
    for pos in range(1, len(content) - 1):
        index = content[pos]
        text = segments[index].text
        if len(text) > _LONGEST or index in found or markers[index] is not None:
            continue  # (the length first: most lines are longer)
        if not _line_shape(text):
            continue
        before, after = content[pos - 1], content[pos + 1]
        if before != index - 1 or after != index + 1:
            continue  # (noise or back matter between: a page seam may have cut the line)
        if segments[before].line == segments[index].line:
            continue  # (a piece cut out of a line, not a line of its own)
        if not (is_sentence_end(segments[before].text) or markers[before] is not None):
            continue
        nxt = segments[after].text
        if markers[after] is None and len(nxt) > len(text) // 2 and is_sentence_end(nxt):
            more.add(index)
    return more


_UNNUMBERED = frozenset({"plain", "couplet"})


def holder_family(items: list[tuple[int, Marker]]) -> str | None:
    """The numbered family right above most of the speech's unnumbered lines (2.報告擇要重點說明 |
    (1)… | (2)… | 「…」精進作為 | text: "paren-arabic"), when it is not the first numbered family
    (that one ``series.plain_series`` tries first); None otherwise. Its sections are the ones
    the lines may be the subtitles of."""
    first: str | None = None
    above: str | None = None
    counts: dict[str, int] = {}
    for _, marker in items:
        if marker.family in _UNNUMBERED:
            if above is not None:
                counts[above] = counts.get(above, 0) + 1
        else:
            above = marker.family
            first = first or above
    if not counts:
        return None
    holder = max(counts, key=lambda family: counts[family])
    return holder if holder != first else None


_NAME = patterns.compile(r"「[^「」，,。！？!?；;：:]{1,30}」|“[^“”，,。！？!?；;：:]{1,30}”")
"""A quoted name with no punctuation inside (「369客庄產業數位升級計畫」)."""


def names_read_as_words(text: str) -> str:
    """``text`` with each quoted name (``_NAME``) as one character: figures inside a name
    (「369客庄產業數位升級計畫」) are the name's, not a number of the line's."""
    return _NAME.sub("名", text) if "「" in text or "“" in text else text


def closes_own_quote(text: str) -> bool:
    """Whether the line ends by closing a quotation it opened (阶级斗争与“社会的工具”,
    推辦「369客庄產業數位升級計畫」), not a quotation cut in two by a break (林彪、“四人帮”)."""
    last = text[-1:]
    return (last == "”" and "“" in text[:-1]) or (last == "」" and "「" in text[:-1])


MEMBER_ONLY = Marker("plain", 5, "", 0)
"""A line that is a sub-heading only beside siblings that make the layout (``assemble`` marks it,
``series.plain_series`` keeps it only where the sections are subtitled without it): a label
ending with a colon over its text (火車頭園區建置計畫：), or a comma line over a short sentence
(輔導地方政府活化客家文化館舍，提升整體效能 | 這部分相關效能已在提升當中。)."""
_LEAD_IN = patterns.compile(r"(?:以下|如下|下列|为|是|有|包括|如|点|条|项|方面|几个|几种)[：:]$")
"""…主要有以下几点： / …包括： — a sentence leading into a list, not a label of a part."""


def member_shape(text: str) -> bool:
    """Whether ``text`` has a ``MEMBER_ONLY`` line's shape: a label of 6-30 characters ending
    with its one colon (no other mark but a quoted name's, not a lead-in: ``_LEAD_IN``), or a
    comma line of a sub-heading's shape (``_line_shape``)."""
    if not _SHORTEST <= len(text) <= _LONGEST:
        return False  # (tested first: most paragraphs are longer)
    if text[-1:] in "：:":
        head = names_read_as_words(text[:-1])
        return (
            not any(ch in _STOPS or ch in "，,、" for ch in head)
            and _LEAD_IN.search(text) is None
            and head[:1] not in _OPENERS
            and not head[:1].isdigit()
        )
    return ("，" in text or "," in text) and _line_shape(text)
