"""Re-flow: the cleaned segments joined into paragraphs.

A PDF or a hard-wrapped file breaks sentences over lines and pages; an indented file
starts every paragraph with an indent. ``reflow`` tells which case a text is
(``_modes``, ``_wrap_width``) and joins a segment to the paragraph before it only where
the sentence goes on (``_continues``); a heading, a title or a Markdown ``#`` line is a
paragraph of its own.

Why this module is about 1,350 lines: telling the modes apart, the test of whether a line
goes on and the lines that stand alone in a text of whole-paragraph lines (``_lone_crossheads``)
share the same measures of the text (its wrap width, its indents, its sentence ends); split,
each part would recompute or import the others'. A split worth trying: the modes (``_modes``,
``_wrap_width`` and their measures) in a module of their own.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from tui.base import patterns
from tui.engine.couplet import is_couplet
from tui.engine.framing import (
    DASH_STARTS,
    TITLE_ENDS_NEVER,
    TITLE_PIECE_STARTS_NEVER,
    ends_whole_title,
    parallel_lines,
    spaced_phrases,
)
from tui.engine.markers import SPOKEN_FAMILIES, Marker, match_marker
from tui.engine.noise import is_page_data, is_page_number
from tui.engine.role import BODY, CLOSING, HEADER, INNER_BREAKERS, SALUTATION, TITLE, Role
from tui.engine.segment import CLOSERS, SENTENCE_END, Segment, is_sentence_end
from tui.engine.sublines import sibling_crossheads
from tui.engine.wrapcuts import (
    goes_on_unparted,
    headings_parted,
    indented_families,
    number_cut,
)

_RHETORICAL = SPOKEN_FAMILIES | {"di-bare", "di-kind", "sequence"}
_SHORT_LINE = 30
_NEVER_STARTS = frozenset("，、；：。！？,;:)）”’」』》】")
FULL_STOP = patterns.compile("[。！？]")
_END_CHARS = frozenset(SENTENCE_END)
"""The characters a sentence ends with (as a set: the empty string is not in it)."""


@dataclass(slots=True)
class Para:
    """A paragraph while the document is built (the model's ``Paragraph`` comes last)."""

    text: str
    line: int
    end_line: int
    role: Role = Role.BODY
    noise: bool = False
    marker: Marker | None = None
    parts: int = 1
    back: bool = False
    md: int = 0
    """The depth of the Markdown ``#`` heading line the paragraph is (0: none)."""
    bullet: bool = False
    """The paragraph is an item of a bulleted list (``- 第一点，…``)."""
    shown: int = 0
    shown_end: int = 0
    """The lines of the text as read that the paragraph starts and ends on, where those are not
    the source's (``Segment.shown``: lines given back to a one-line text); 0: its source lines."""


# --- re-flow ------------------------------------------------------------------------------


def _modes(
    segments: list[Segment],
    content: list[int],
    open_lines: list[int],
    markers: list[Marker | None],
) -> tuple[bool, bool]:
    """(indented, cut): paragraphs start with an indent; PDF page breaks cut paragraphs.

    ``content`` indexes the body segments that are not noise, ``open_lines`` those of them
    that do not end a sentence.
    """
    if not content:
        return False, False
    indented = sum(segments[i].indented for i in content)
    indent_mode = len(content) >= 3 and indented >= 0.6 * len(content)
    body = sum(1 for i in content if markers[i] is None and len(segments[i].text) >= 15)
    unended = sum(
        1
        for i in open_lines
        if markers[i] is None and len(segments[i].text) >= 15 and not _bare_short(segments[i].text)
    )
    cut_mode = unended >= 2 and unended >= 0.08 * max(body, 1)
    return indent_mode, cut_mode


def _before_tail(open_lines: list[int], roles: list[Role]) -> list[int]:
    """``open_lines`` without those after the file's last closing line (谢谢大家。): a web
    page's tail taken along by a scrape (相关新闻 | 详细内容 | a dated headline | its summary cut
    at a link, five times) is no evidence that page breaks cut the speech's paragraphs."""
    last = next((i for i in range(len(roles) - 1, -1, -1) if roles[i] is CLOSING), None)
    if last is None:
        return open_lines
    return [i for i in open_lines if i < last]


def _bare_short(text: str) -> bool:
    """“十四五”时期发展成就和2025年工作回顾: a short line with no punctuation at all is a title
    or a part heading standing alone, not a paragraph a page break cut (no evidence of cuts).
    (A line of Latin words without punctuation is a wrapped English sentence: it counts.)"""
    return len(text) <= _SHORT_LINE and not any(
        ch in "，、；：。！？,;:.!?" or (ch.isascii() and ch.isalpha()) for ch in text
    )


def _standing_titles(
    segments: list[Segment], content: list[int], markers: list[Marker | None]
) -> set[int]:
    """The segments of ``content`` that are a part title standing alone in a page-cut text.

    A scraped page cuts paragraphs at links (在 | 全面建设小康社会 | 道路上…), so a short line
    with no punctuation is mostly half a sentence there. It is a title of its own
    (2003年工作回顾 | 刚刚过去的一年，… | （一）…) when the line before it ends a sentence, the
    line after it does not go on a sentence (，…), and the next thing of the kind after it is
    the first heading of a numbered series — not a heading further on in a series (中国驰名商标
    | …二、) nor another such line (a link at a paragraph's start before a part title).
    """
    candidates: list[int] = []
    previous = ""
    for pos, index in enumerate(content):
        text = segments[index].text
        if (
            markers[index] is None
            and 2 <= len(text)
            and _bare_short(text)
            and is_sentence_end(previous)
            and pos + 1 < len(content)
            and segments[content[pos + 1]].text[:1] not in _NEVER_STARTS
        ):
            candidates.append(index)
        previous = text
    if not candidates:
        return set()
    headings = [i for i, marker in enumerate(markers) if marker is not None]
    standing: set[int] = set()
    for number, index in enumerate(candidates):
        at = bisect_right(headings, index)
        if at == len(headings):
            continue
        heading = headings[at]
        if number + 1 < len(candidates) and candidates[number + 1] < heading:
            continue
        if markers[heading].number == 1:  # type: ignore[union-attr]
            standing.add(index)
    return standing


def crosshead_shape(longest: int) -> re.Pattern[str]:
    """A crosshead's shape, 6 to ``longest`` characters: no sentence mark or colon anywhere,
    not opening with a quotation, a bracket, a dash or a figure, not ending on a comma or a
    closing mark (执行前瞻计画，加速5G建设进程). A figure may open it when a magnitude and then
    a comma follow, in a few characters: a quantity said as a headline (1千萬劑，提前達標), not
    a date (2021年5月，…) or a figure a sentence opens with. Its caller tests the length first:
    on a longer line the expression runs through ``longest`` characters and back before it
    fails (and no line holds a line feed, before which its ``$`` would match too)."""
    return patterns.compile(
        r"^(?:[^“「『《（(\[【—\-\d０-９]|[0-9０-９]{1,4}(?=[千万萬亿億][^，,。！？!?；;：:]{0,6}[，,]))"
        rf"[^。！？!?；;：:]{{4,{longest - 2}}}[^。！？!?；;：:，,、”」』）)\]】]$"
    )


_CROSSHEAD_LINE_MAX = 30
"""The longest line ``_lone_crossheads`` takes for a crosshead, tested before the expression:
in the 10 MB collection's parse 10.91 ms (8.32–12.20) → 6.17 ms (4.74–8.17) of CPU
(``bench_calls.py``, 5 rounds, perfengine)."""
_CROSSHEAD_LINE = crosshead_shape(_CROSSHEAD_LINE_MAX)
"""A short line (6-30 characters) of a crosshead's shape — or the head of a sentence a wrap cut."""
_LONG_LINE = 60
"""The least length of a line that shows, when it ends a sentence, that a text's lines are
whole paragraphs (``_lone_crossheads``)."""
_WHOLE_SHARE = 0.8
"""The least share of a text's long lines that end a sentence for its lines to be whole
paragraphs."""


def _lone_crossheads(
    segments: list[Segment], content: list[int], markers: list[Marker | None]
) -> set[int]:
    """The segments of ``content`` that are a crosshead with commas standing on its own line
    (友谊疫苗，剂剂都珍贵 | 除自行采购的…。), not the head of a sentence wrapped onto the next
    line. Told by the layout alone: the text's lines are whole paragraphs — most of its long
    lines (``_LONG_LINE`` characters or more, five at least) end a sentence, so no width cut
    them —; the line has a crosshead's shape (``_CROSSHEAD_LINE``: short, a comma inside, no
    sentence mark or colon, no comma or closing mark at its end); the line before it ends a
    sentence or is a numbered heading's line, on a line of the file before it (not a piece of
    the same line a split cut off); and the line after it is a long paragraph
    (``_LONG_LINE`` characters or more, at least twice as long) or a whole one that ends a
    sentence, longer than ``_SHORT_LINE`` and at least twice as long (衝高第一劑也兼顧第二劑，
    接種率10月達7成 | 未來隨著疫苗陸續到貨，…有疫苗就施打。, 57 characters; not 在这一年来，我们 |
    持续推动相关工作，获得各界肯定。, a short sentence). Not in a text wrapped at a
    width or cut at links (the caller's test): a line cut so sits in a text whose long lines
    stop anywhere, or stands before a link's words."""
    long_lines = [i for i in content if markers[i] is None and len(segments[i].text) >= _LONG_LINE]
    if len(long_lines) < 5:
        return set()
    ended = sum(1 for i in long_lines if is_sentence_end(segments[i].text))
    if ended < _WHOLE_SHARE * len(long_lines):
        return set()
    found: set[int] = set()
    for pos in range(1, len(content) - 1):
        index = content[pos]
        text = segments[index].text
        if (
            markers[index] is not None
            or len(text) > _CROSSHEAD_LINE_MAX
            or _CROSSHEAD_LINE.match(text) is None
        ):
            continue
        before, after = content[pos - 1], content[pos + 1]
        if before != index - 1 or after != index + 1:
            continue  # (noise or back matter between: a page seam may have cut the line)
        if segments[before].line == segments[index].line:
            continue  # (a piece cut out of a line, …要作用。　　我国…得到了比 | 较合理…: no line)
        if not (is_sentence_end(segments[before].text) or markers[before] is not None):
            continue
        nxt = segments[after].text
        if markers[after] is None and (
            len(nxt) >= max(_LONG_LINE, 2 * len(text))
            or (len(nxt) > max(_SHORT_LINE, 2 * len(text)) and is_sentence_end(nxt))
        ):
            found.add(index)
    return found | sibling_crossheads(segments, content, markers, found)


_WHOLE_LINE = 100


def _whole_lines(
    segments: list[Segment],
    content: list[int],
    open_lines: list[int],
    markers: list[Marker | None],
) -> bool:
    """Whether the body lines are whole paragraphs cut only at links (a saved web page): half
    of them (those of 15 characters at least) hold 100 characters or more, and a third of the
    lines that stop inside a sentence (two at least) stop before a short line with no
    punctuation — the link's words (…在 | 全面建设小康社会 | 道路上…). A text whose pages cut
    its long paragraphs anywhere (…大突破，牢 | 牢扭住…) is no such text."""
    lengths = [
        len(segments[i].text) for i in content if markers[i] is None and len(segments[i].text) >= 15
    ]
    if not lengths or 2 * sum(length >= _WHOLE_LINE for length in lengths) < len(lengths):
        return False
    stopped = [i for i in open_lines if markers[i] is None and len(segments[i].text) >= 15]
    linked = sum(1 for i in stopped if i + 1 < len(segments) and _bare_short(segments[i + 1].text))
    return linked >= 2 and 3 * linked >= len(stopped)


def _link_words(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
    """Whether the noise line ``index`` of a web text cut at links is a link's words inside a
    sentence (…民主 | 法制 | 建设…): a short line of Chinese words with no punctuation or digit,
    between a line of text or a heading that stops inside a sentence (not a page's chrome:
    大 | 中 | 小】) and one that is no noise. Such a page repeats
    its links (法制 a dozen times), so the noise rules took it for a running header."""
    text = segments[index].text
    return (
        index > 0
        and index + 1 < len(segments)
        and len(text) <= 8
        and _bare_short(text)
        and not any(ch.isdigit() for ch in text)
        and not segments[index - 1].noise
        and not is_sentence_end(segments[index - 1].text)
        and (len(segments[index - 1].text) >= 15 or markers[index - 1] is not None)
        and not segments[index + 1].noise
    )


_PAST_WIDTH = 2
"""How many times the width a line of text must run to show that no wrap cut it (``_wrap_width``)."""


def _wrap_width(
    segments: list[Segment],
    open_lines: list[int],
    content: list[int],
    markers: list[Marker | None],
) -> int:
    """The width every paragraph was wrapped at (a hard-wrapped file), or 0.

    In such a file most lines that do not end a sentence (``open_lines``: body segments,
    not noise) have (nearly) the same length. A PDF whose pages cut paragraphs at random
    places has no such width. Nor has a text where as many lines of text (``content``, no
    numbered heading) run to twice that length or more as stop near it: its lines are whole
    paragraphs, and the lines near one length that stop without a sentence mark are its
    headings — (1)扩大治理范围，共创客庄荣景 and crossheads of 14-19 characters over lines of
    50-200 (holdout34 s03), which a width of 18 ran into their paragraphs. A wrap leaves no
    line longer than its width. The rows of a table drawn with bars (|序號 |離島… |輔具服務 |助,
    a PDF's wrap of them: 聽器服 |眼鏡服務 |, 　　|- |-) are no lines of text: they do not count
    (a report's table of 60 such pieces of 4-17 characters hid the width of its text). Nor do
    the short lines repeated inside sentences (``Segment.cut_words``: a link's words, or the
    same rest of a PDF's line wrapped again, 控 | 制在百分之二 | 以内…): their length is the
    cut's, not the wrap's, and they were hidden as running headers before they were told apart.
    """
    lengths = Counter(
        len(segments[i].text)
        for i in open_lines
        if "|" not in segments[i].text and not segments[i].cut_words
    )
    total = sum(lengths.values())
    if total < 5:
        return 0
    width, _ = max(
        lengths.items(), key=lambda item: item[1] + lengths[item[0] - 1] + lengths[item[0] + 1]
    )
    near = lengths[width - 1] + lengths[width] + lengths[width + 1]
    if near < 0.5 * total or width < 10:
        return 0
    past = _PAST_WIDTH * (width + 1)
    beyond = sum(1 for i in content if markers[i] is None and len(segments[i].text) >= past)
    return 0 if beyond >= near else width + 1


_TWICE_SHARE = 0.8
"""The least share of the pairs ``_twice_wrapped`` counts that make up one line of the first wrap."""
_TWICE_EVIDENCE = 10
"""The fewest such pairs ``_twice_wrapped`` needs."""
_TWICE_LINE_MIN = 10
"""The shortest line counted for the second wrap's width."""


def _twice_wrapped(segments: list[Segment], content: list[int]) -> tuple[int, int]:
    """(the width, the width before) of a text hard-wrapped twice — a PDF's text at 38 wrapped
    again at 33 —, or (0, 0). The width is the commonest length of the lines of text (one either
    way); nearly every full line is then followed by a short one, the rest of the first wrap's
    line, and the two make up its width: 80 % of such pairs (ten at least) within one character
    of the same sum, wider than the width (holdout10 a04/a07: 95-98 %; texts wrapped once 13-36 %,
    their short lines ending paragraphs at any length). The alternating lines keep the re-flow's
    own width test (``_wrap_width``) from finding such a text wrapped at all."""
    lengths = Counter(
        len(segments[i].text) for i in content if len(segments[i].text) >= _TWICE_LINE_MIN
    )
    if not lengths:
        return 0, 0
    width = max(
        lengths, key=lambda length: lengths[length - 1] + lengths[length] + lengths[length + 1]
    )
    sums: Counter[int] = Counter()
    for previous, index in zip(content, content[1:], strict=False):
        above, below = segments[previous], segments[index]
        if (
            below.line == above.line + 1
            and len(above.text) >= width - 1
            and len(below.text) < width - 3
        ):
            sums[len(above.text) + len(below.text)] += 1
    total = sum(sums.values())
    if total < _TWICE_EVIDENCE:
        return 0, 0
    best = max(sums, key=lambda length: sums[length - 1] + sums[length] + sums[length + 1])
    near = sums[best - 1] + sums[best] + sums[best + 1]
    if near < _TWICE_SHARE * total or best <= width + 1:
        return 0, 0
    return width, best


_STANDING_MIN = 6
"""The fewest characters of a short line ``_standing_short_line`` takes for a line of its own."""


def _standing_short_line(text: str, width: int) -> bool:
    """Whether ``text``, a line short of the ``width`` a text was wrapped at once (no narrower
    lines: ``full_from`` is the width's), under a full line that ends a sentence, is a line of
    its own — a crosshead or part title with no sentence mark at all (公布電視新聞報導觀測統計，
    提升媒體公信力; “十四五”时期工作回顾) —, not the last line of the paragraph going on: a
    paragraph of text ends its last line with a sentence mark, and a wrap fills every line but
    the last."""
    return (
        _STANDING_MIN <= len(text) < width - 3
        and (_CROSSHEAD_LINE.match(text) is not None or _bare_short(text))
        and not is_sentence_end(text)
    )


def _goes_on_below(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
    """Whether the line right under segment ``index`` goes on with it: no blank line, no indent,
    no number between (六　革心的可能 | 　　一、擴充… is a heading over its text; 二、想像 | 說：
    醒時由意識… goes on)."""
    below = index + 1
    return (
        below < len(segments)
        and segments[below].line == segments[index].line + 1
        and not segments[below].indented
        and not segments[below].noise
        and markers[below] is None
    )


def _rest_of_first_line(text: str, last_length: int, twice: tuple[int, int]) -> bool:
    """Whether the short line ``text`` under a full line of ``last_length`` characters is the
    rest of a line of the first wrap of a text wrapped twice (``_twice_wrapped``): the two make
    up its width (…形成種種的夢了。 | 二、想像 — 33 and 4 of a line of 37): a number there stood
    inside that line, not at its start."""
    width, first = twice
    return (
        last_length >= width - 1
        and len(text) < width - 3
        and abs(last_length + len(text) - first) <= 1
    )


_BULLET_ROOM = 2
"""The room a list item's bullet and its space (``- ``) take in its first line's width: a hard
wrap counts them (- 首先，…意味着你需要了解 Redis | 的知识，… fills the width with them)."""
_FULL_SHARE = 0.03
"""The least share of the open lines a length needs to count as full in ``_full_from``."""


def _full_from(segments: list[Segment], open_lines: list[int], width: int) -> int:
    """The least length of a full line in a text hard-wrapped at ``width``: ``width - 3``,
    or the least length from two thirds of the width up that 3 % of the open lines have (three
    at least): a PDF's text wrapped again at a wider width keeps the PDF's narrower lines
    whole (its lines of 26 characters whole, its longer ones broken at 30), and a line of
    the narrower width was wrapped too (（三）…资金分配未充分体现政策 | 导向。共涉及…, 26
    characters where the text's width is 30)."""
    lengths = Counter(len(segments[i].text) for i in open_lines)
    least = max(3, _FULL_SHARE * len(open_lines))
    floor = (2 * width + 2) // 3
    return min(
        (
            length
            for length, count in lengths.items()
            if floor <= length < width - 3 and count >= least
        ),
        default=width - 3,
    )


def _full_end(segments: list[Segment], open_lines: list[int], width: int) -> int:
    """The least length of a full line that ends a sentence in a text hard-wrapped at ``width``
    (as ``_wrap_width`` finds it, one over the wrap's): ``width - 1``, or less where the lines
    that stop inside a sentence are most often shorter — the wrap's own length, where lines a
    closing mark pushed one or two over (…而眠。 | 夜半，…) moved the width found two over it. A
    full line ending 。 at the wrap's length goes on (``_continues``)."""
    lengths = Counter(
        len(segments[i].text)
        for i in open_lines
        if "|" not in segments[i].text and not segments[i].cut_words
    )
    near = [length for length in (width - 3, width - 2, width - 1) if lengths[length]]
    if not near:
        return width - 1
    return min(width - 1, max(near, key=lambda length: (lengths[length], length)))


def _indent_takes_room(segments: list[Segment], open_lines: list[int], width: int) -> bool:
    """Whether the indent of a paragraph's first line takes room in the width the text was
    wrapped at, as on a printed page (　　一、…自十五下半年至 | 二十年為…: the indented line is
    full with two characters fewer), rather than standing before a line of the full width
    (as an editor that indents after wrapping leaves it). Told by the indented lines that stop
    inside a sentence: most of them full only with their indent counted."""
    inside = outside = 0
    for i in open_lines:
        seg = segments[i]
        if seg.lead:
            if len(seg.text) >= width - 2:
                outside += 1
            elif len(seg.text) + seg.lead >= width - 2:
                inside += 1
    return inside > outside


_ITEM_STARTS = patterns.compile("[。！？；：!?;:]")
"""Where an inline item of a series may start in a paragraph: after a sentence or a colon."""
_PREVIOUS_ITEM_STARTS = patterns.compile("[。！？；：，!?;:,]")
"""Where the item before a line's first item may stand inline (``_inline_item_goes_on``):
after a comma too (…显然是这两种原因：就是，一、帝国主义“让步”的政略；| 二、买办阶级之分化…)."""


_CN_NUMERALS = frozenset("一二三四五六七八九十")


def _inline_item_goes_on(text: str, marker: Marker) -> bool:
    """Whether ``marker`` (第三，… at the start of a line of a hard-wrapped text, after a full
    line) is the next item of a series the paragraph ``text`` holds inline (…做好保发展。第一，…。
    第二，…。): the wrap only happened to break the line before it, mid-paragraph."""
    if marker.number < 2:
        return False
    for stop in _PREVIOUS_ITEM_STARTS.finditer(text):
        start = stop.end()
        if text[start : start + 1] in ("", " ", "\u3000"):
            start += 1
        previous = match_marker(text[start : start + 12])
        if (
            previous is not None
            and previous.family == marker.family
            and previous.number == marker.number - 1
        ):
            return True
    return False


def _inline_item_above(paragraphs: list[Para], marker: Marker) -> bool:
    """Whether ``marker`` (at the start of a line of a hard-wrapped text, after a full line)
    is the next item of a series the paragraph of text above the current one holds inline: an
    enumeration running through paragraphs, each item inside a line (…并不很相像。（二）是说… |
    …也不通的。 | （三）是说…, holdout28 p01 at 30 characters), the wrap only happened to put
    this one first on a line. Asked only of a full line (the paragraph's text going on): a
    short line there, （二） alone or 四、社会学与心理学, is a heading whose list the paragraph
    above announced or summed up inline."""
    if len(paragraphs) < 2 or marker.number < 2:
        return False
    above = paragraphs[-2]
    return (
        above.role is BODY
        and above.marker is None
        and not above.noise
        and not above.back
        and _inline_item_goes_on(above.text, marker)
    )


def _stops_mid_sentence(current: Para) -> bool:
    """Whether ``current`` (a body paragraph whose last line is full, a marker opening the next
    line of a hard-wrapped text) stops inside a sentence: its last line ends on a character of
    a word or with ，/、 (…在保证国家统 | 一、实现民族平等的原则下，…: 统一、 broken), and the
    paragraph is running text — it has a sentence end after its own marker (a heading's title
    line may fill the width with no mark: 一、…不断提高党的建设 | （一）…), or, with no marker, a
    comma. A paragraph never ends inside its sentence: the marker is in it, not a heading.
    (Not after ：: …讲三点意见： | 一、… may end its paragraph.)"""
    text = current.text
    last = text[-1:]
    if not ("\u4e00" <= last <= "\u9fff" or last in "，、"):
        return False
    if current.marker is not None:
        return FULL_STOP.search(text, current.marker.end) is not None
    return "，" in text or FULL_STOP.search(text) is not None


_INLINE_LOOKAHEAD = 12
"""The most lines after a series' first item looked at for its next items inside lines."""
_SERIES_LOOKAHEAD = 40
"""The most lines after a 一是 series' first item looked at for its 二是: with none there, the
item at a wrapped line's start is no series of headings."""


def _first_item_runs_inline(segments: list[Segment], index: int, marker: Marker) -> bool:
    """Whether ``marker`` (一是… at the start of a line of a hard-wrapped text, after a full
    line) opens a series the paragraph holds inline: a later item of its family stands inside
    one of the lines right under it, after a sentence (…以上。三是基础设施…) — the wrap only
    happened to break the line before 一是. (Items that each open a paragraph start lines.)
    Not when the item's own line starts a list of its family again (一、生理的有三種：一、細胞惰性
    說：…。二、…): the later items are that inner list's."""
    if marker.number != 1:
        return False
    own = segments[index].text
    for stop in _ITEM_STARTS.finditer(own, marker.end):
        inner = match_marker(own[stop.end() : stop.end() + 12])
        if inner is not None and inner.family == marker.family and inner.number == 1:
            return False
    if marker.family == "shi" and not _has_second(segments, index, marker):
        # …他们的公坟有两种： | 一是土葬的，…: a 一是 series of one is the paragraph's (a 第一
        # series' items are sections, its 第二 may be farther off).
        return True
    return any(later.number >= 2 for later in _items_below(segments, index, marker.family))


def _items_below(segments: list[Segment], index: int, family: str) -> Iterator[Marker]:
    """The items of ``family`` (二是…, 三、…) inside the lines right under line ``index``, in
    order, up to ``_INLINE_LOOKAHEAD`` lines and no further than a blank or a noise line."""
    line = segments[index].line
    for seg in segments[index + 1 : index + 1 + _INLINE_LOOKAHEAD]:
        if seg.line != line + 1 or seg.noise:
            return
        line = seg.line
        text = seg.text
        for stop in _ITEM_STARTS.finditer(text):
            later = match_marker(text[stop.end() : stop.end() + 12])
            if later is not None and later.family == family:
                yield later


def _next_item_runs_inline(
    current: Para, segments: list[Segment], index: int, marker: Marker
) -> bool:
    """Whether ``marker`` (二是… at the start of a line of a hard-wrapped text, after a full
    line) is a later item of a series the paragraph ``current`` opens with the item before it
    (一是…) and holds inline: the paragraph already runs over two lines or more; the first item
    of the family inside the lines right under this one, after a sentence, is the next
    (…以上。三是…); this line is not indented and has no blank line above it — the wrap only
    happened to break the line before it. (Items that each open a paragraph start lines: 三是
    would open its own; 四、… alone on a full line, then 五、… over lines holding 。六、…, is a
    heading over a paragraph of two items.)"""
    opening = current.marker
    line = segments[index].line
    if (
        opening is None
        or opening.family != marker.family
        or opening.number != marker.number - 1
        or current.parts < 2  # (a numbered line alone filling the width may be a heading)
        or line != current.end_line + 1  # (a blank line above: a paragraph ended there)
        or segments[index].indented  # (a wrap's lines go on flush)
    ):
        return False
    later = next(_items_below(segments, index, marker.family), None)
    return later is not None and later.number == marker.number + 1


def _has_second(segments: list[Segment], index: int, marker: Marker) -> bool:
    """Whether a second item of ``marker``'s family follows it within ``_SERIES_LOOKAHEAD``
    segments, at a line's start or inside a line (after a sentence or a colon)."""
    for seg in segments[index + 1 : index + 1 + _SERIES_LOOKAHEAD]:
        text = seg.text
        starts = [0, *(stop.end() for stop in _ITEM_STARTS.finditer(text))]
        for start in starts:
            later = match_marker(text[start : start + 12])
            if later is not None and later.family == marker.family and later.number == 2:
                return True
    return False


_OPENS_SHARE = 0.6
"""The least share of a hard-wrapped text's paragraph starts that are indented for an indent to
open a paragraph (``_indent_opens``)."""
_INDENTED_INSIDE = 0.1
"""The most share of the lines after a full line stopping inside a sentence that are indented."""
_INDENT_EVIDENCE = 3
"""The fewest lines of each kind ``_indent_opens`` counts."""
_CUT_SHARE = 0.25
"""The most indented lines right under a short line of text stopping inside a sentence, as a share
of those right under a paragraph's last line (``_indent_opens``): crossheads are a few beside the
paragraphs (holdout32 p07: 15-17 to 94-99); a PDF's margin on every line stands where sentences go
on about every other time (holdout3 t12 read from a PDF: 6 to 13)."""


def _indent_opens(
    segments: list[Segment],
    content: list[int],
    markers: list[Marker | None],
    width: int,
    full_from: int,
) -> bool:
    """Whether an indented line opens a paragraph in a text hard-wrapped at ``width``, as on a
    printed page whose paragraphs start with an indent and whose wrapped lines go on flush: most
    lines under a short line that ends a sentence (a paragraph's last line: a new paragraph
    starts) are indented, hardly any under a full line that stops inside a sentence (a wrap: the
    paragraph goes on), and few under a short line of text that stops inside a sentence
    (``_CUT_SHARE``: a crosshead, not a cut). Then an indented line under a full line opens a
    paragraph all the same — the line above was a crosshead that happened to fill the width
    (　　调整国民经济的任务已经基本完成，…并将进入一个新的发展时期 | 　　周总理在讲到…), not a
    sentence a wrap broke. A PDF's margin before every line stands where sentences go on
    (　　三、凡他党党员…省 | 党部、特别市党部） | 　　任执行委员时，…): many indented lines under
    short lines cut inside a sentence, no such text."""
    full = full_from or width - 3
    starts = starts_indented = inside = inside_indented = cut_indented = 0
    for previous, index in zip(content, content[1:], strict=False):
        above = segments[previous]
        length = len(above.text) + above.lead
        ended = is_sentence_end(above.text)
        if length < full and ended:
            starts += 1
            starts_indented += segments[index].indented
        elif length >= full and not ended:
            inside += 1
            inside_indented += segments[index].indented
        elif not ended and markers[previous] is None:
            cut_indented += segments[index].indented
    return (
        starts >= _INDENT_EVIDENCE
        and inside >= _INDENT_EVIDENCE
        and starts_indented >= _OPENS_SHARE * starts
        and inside_indented <= _INDENTED_INSIDE * inside
        and cut_indented <= _CUT_SHARE * starts_indented
    )


def _blank_lines_break(segments: list[Segment], open_lines: list[int], width: int) -> bool:
    """Whether blank lines part the paragraphs of a text hard-wrapped at ``width``: nearly
    every full line that stops inside a sentence (``open_lines``) goes on in the very next
    line, so a blank line is where a paragraph ended — not a text that puts a blank line
    after every line (a PDF extraction, where a blank line says nothing)."""
    followed = [
        i for i in open_lines if i + 1 < len(segments) and len(segments[i].text) >= width - 1
    ]
    if not followed:
        return False
    gaps = sum(segments[i + 1].line > segments[i].line + 1 for i in followed)
    return gaps <= _BLANK_GAPS * len(followed)


def _cuts_run_on(
    segments: list[Segment], open_lines: list[int], markers: list[Marker | None]
) -> bool:
    """Whether, in a text not hard-wrapped, the lines of text that stop inside a sentence
    (two or more: 法国学者白须埃（bossuet． | 1627—1704）…, a line broken at a foreign word)
    nearly all go on in the very next line: then a blank line is where a paragraph ended,
    not a cut (a PDF extraction puts blank lines anywhere)."""
    cut = [
        i
        for i in open_lines
        if i + 1 < len(segments)
        and markers[i] is None
        and len(segments[i].text) >= 15
        and segments[i].text[-1:] not in "：:"
    ]
    if len(cut) < 2:
        return False
    gaps = sum(segments[i + 1].line > segments[i].line + 1 for i in cut)
    return gaps <= _BLANK_GAPS * len(cut)


_BLANK_GAPS = 0.1
"""The most lines stopping inside a sentence with a blank line after them (a page seam) in a
text whose blank lines part paragraphs."""


def _carrying_families(
    segments: list[Segment], blocks: list[int], markers: list[Marker | None]
) -> set[tuple[int, str]]:
    """(block, family) pairs where some heading line carries body text after a 。.

    In a PDF extraction, a heading line of such a family that ends with no punctuation
    was cut by a page break and goes on in the next line.
    """
    carrying: set[tuple[int, str]] = set()
    for index, marker in enumerate(markers):
        if marker is not None and FULL_STOP.search(segments[index].text, marker.end):
            carrying.add((blocks[index], marker.family))
    return carrying


def _sentenced_families(
    segments: list[Segment], blocks: list[int], markers: list[Marker | None]
) -> set[tuple[int, str]]:
    """(block, family) pairs where most heading lines (two at least) hold a 。 — headings
    written as sentences (第二个时期——从…起，到…黎川。), so that a line of the family with
    none was cut by the extraction."""
    lines: Counter[tuple[int, str]] = Counter()
    stopped: Counter[tuple[int, str]] = Counter()
    for index, marker in enumerate(markers):
        if marker is not None:
            key = (blocks[index], marker.family)
            lines[key] += 1
            if FULL_STOP.search(segments[index].text, marker.end):
                stopped[key] += 1
    return {key for key, count in stopped.items() if count >= 2 and 2 * count > lines[key]}


def _blocks(segments: list[Segment], roles: list[Role]) -> list[int]:
    """A rough speech number per segment (a title or a salutation not under a title starts
    the next), to compare headings within a speech before speeches are known."""
    blocks: list[int] = []
    block = 0
    previous = BODY
    for seg, role in zip(segments, roles, strict=True):
        if role is TITLE and previous is not TITLE:
            block += 1
        elif role is SALUTATION and previous not in (TITLE, HEADER):
            block += 1
        if not seg.noise:
            previous = role
        blocks.append(block)
    return blocks


_LATIN_STOPS = frozenset(".,;:!?)\"'")
"""ASCII punctuation after which Latin text goes on after a space."""


def _title_seam(left: str, right: str) -> str:
    """What stands between two title lines joined into one title: nothing where a long title
    was broken (在全市经济工作会议上的 | 讲话), a full-width space where the first line is a
    whole title and the second its theme (1989年政府工作报告 | 坚决贯彻治理整顿和深化改革的方针),
    as a reader sees two lines, not one word run into the next. Not before a bracket ((摘要))
    or a word that goes on the title (的补充说明). A space where the first line's phrases are
    set apart by spaces (不忘初心担使命 传承博雅谱新篇 | 奋力开创…新局面: ``spaced_phrases``):
    the line break parts the next phrase as they are parted; and between a main title's two
    halves set as a couplet (凝心聚力谋发展 | 奋力开创新局面: ``parallel_lines``)."""
    first = right[:1]
    if "\u4e00" <= first <= "\u9fff" and first not in TITLE_PIECE_STARTS_NEVER:
        if ends_whole_title(left):
            return "\u3000"
        if (spaced_phrases(left) and not left.endswith(DASH_STARTS)) or parallel_lines(left, right):
            return " "
    return ""


def _year_cut(left: str, right: str) -> bool:
    """Whether the digits before ``left``'s closing hyphen and those opening ``right`` make
    a year of this or the last century cut in two (20- | 24年); a range of numbers broken at
    its hyphen keeps it (107- | 109年, 2021- | 2025年, 10- | 20年: engine53 saw holdout33
    r05's 107-109年 joined as 107109年)."""
    head = left[:-1]
    digits = (
        head[len(head.rstrip("0123456789")) :]
        + right[: len(right) - len(right.lstrip("0123456789"))]
    )
    return len(digits) == 4 and digits[:2] in ("19", "20")


def _doubled_at_seam(
    left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]
) -> bool:
    """Whether a page seam printed the character at ``left``'s end twice (发展和现 | 现代化): the
    text elsewhere has the single form (和现代化) and never the double (和现现代化)."""
    if not (len(left) >= 2 and len(right) >= 3 and left[-1] == right[0]) or left[-1].isascii():
        return False
    key = (left[-2:] + right[1:3], left[-2:] + right[:3])
    if key not in seen:
        seen[key] = key[0] in full_text and key[1] not in full_text
    return seen[key]


def _cut_mid_clause(title: str) -> bool:
    """Whether a heading's title stops on a doubled adverb opening its last clause (…大突破，牢牢 /
    …，紧紧): such a word only leads a verb (牢牢扭住, 紧紧围绕), so the title was cut there."""
    clause = re.split("[，,、；;]", title)[-1]
    return (
        len(clause) == 2
        and clause[0] == clause[1]
        and "\u4e00" <= clause[0] <= "\u9fff"
        and clause[0] not in _CN_DIGITS
        and len(title) > len(clause)
    )


_SEAM_WORD_MIN = 3
"""The fewest times a text says the four characters across a line given back (``_word_at_seam``)."""
_SEAM_WORD_SCAN = 100_000
"""The characters of the text the word is counted in (two counts for each heading on a page
seam: a whole 1.2 MB one-line text so counted parsed 20% slower; a word the text keeps saying,
营商环境, is said often in its first 100,000 characters)."""
_SEAM_WORD_SHARE = 0.9
"""The least share of the times the text says the right side's first three characters that
are inside that word (商环境 nearly always in 营商环境; 帝国主 after any character)."""


def _word_at_seam(left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]) -> bool:
    """Whether a space a one-line text's line was given back at (``spacedlines``) cut a word
    the text says elsewhere (…的大合唱营 | 商环境是…: 营商环境, ``_SEAM_WORD_MIN`` times or
    more, and nearly every time it says right's first three, ``_SEAM_WORD_SHARE``): the source's
    page seam, no line's end — left's last character and right's first three, all Chinese. Not
    a title whose section opens with its last word again ((一)帝国主义之侵略中国 | 帝国主义侵略…:
    帝国主 follows many characters)."""
    word = left[-1:] + right[:3]
    if len(word) != 4 or not all("\u4e00" <= ch <= "\u9fff" for ch in word):
        return False
    key = (word, "")
    if key not in seen:
        said = full_text.count(word, 0, _SEAM_WORD_SCAN)
        seen[key] = said >= _SEAM_WORD_MIN and said >= _SEAM_WORD_SHARE * full_text.count(
            word[1:], 0, _SEAM_WORD_SCAN
        )
    return seen[key]


def _join(left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]) -> str:
    """Join two pieces of one paragraph cut by a line or page break.

    ``seen`` caches the seam look-ups below, which scan the whole text.
    """
    last, first = left[-1:], right[:1]
    if (
        last.isascii()
        and first.isascii()
        and ((last.isalpha() and first.isalpha()) or (last in _LATIN_STOPS and first.isalpha()))
    ):
        # Latin text across a line break keeps its space: "environ" | "ment" is two words
        # as much as one (we cannot tell), "everyone." | "Thank you" is surely two.
        return left + " " + right
    if (
        left[-1:] == "-"
        and left[-2:-1].isdigit()
        and right[:1].isdigit()
        and _year_cut(left, right)
    ):
        return left[:-1] + right  # a year hyphenated at the line end: 20- | 24年
    if left[-1:] == right[:1] and _doubled_at_seam(left, right, full_text, seen):
        # A page seam that printed a character twice (发展和现|现代化 → 和现代化): drop one
        # copy only when the text elsewhere has the single form and never the double.
        return left + right[1:]
    return left + right


def reflow_paragraphs(
    segments: list[Segment],
    roles: list[Role],
    markers: list[Marker | None],
    full_text: str,
) -> list[Para]:
    content = [
        i for i, seg in enumerate(segments) if not seg.noise and not seg.back and roles[i] is BODY
    ]
    # (Most lines end with 。: they are told apart here without calling is_sentence_end.)
    open_lines = [
        i
        for i in content
        if segments[i].text[-1:] not in _END_CHARS and not is_sentence_end(segments[i].text)
    ]
    indent_mode, cut_mode = _modes(segments, content, _before_tail(open_lines, roles), markers)
    blocks = _blocks(segments, roles)
    carrying = _carrying_families(segments, blocks, markers) if cut_mode else set()
    sentenced = (
        _sentenced_families(segments, blocks, markers) if cut_mode and indent_mode else set()
    )
    width = _wrap_width(segments, open_lines, content, markers) if cut_mode else 0
    full_from = _full_from(segments, open_lines, width) if width else 0
    full_end = _full_end(segments, open_lines, width) if width else 0
    twice = _twice_wrapped(segments, content) if cut_mode else (0, 0)
    blank_breaks = bool(width) and _blank_lines_break(segments, open_lines, width)
    blank_ends_heading = cut_mode and not width and _cuts_run_on(segments, open_lines, markers)
    leads_count = bool(width) and _indent_takes_room(segments, open_lines, width)
    indent_opens = bool(width) and _indent_opens(segments, content, markers, width, full_from)
    blank_after_ends = blank_breaks and _blank_after_ends(segments, content, full_from)
    parted = blank_after_ends and headings_parted(segments, content, markers, full_from)
    indented_kinds = indented_families(segments, content, markers) if indent_opens else frozenset()
    whole = (
        cut_mode
        and not width
        and not indent_mode
        and _whole_lines(segments, content, open_lines, markers)
    )
    standing = _standing_titles(segments, content, markers) if cut_mode and not width else set()
    if not width and not whole:
        standing |= _lone_crossheads(segments, content, markers)
    paragraphs: list[Para] = []
    seams: dict[tuple[str, str], bool] = {}
    current: Para | None = None
    page_break = False  # noise (a page header or number) since the current paragraph began
    last_length = 0  # the length of the current paragraph's last line
    alone = False  # the current paragraph is a part title standing alone (``_standing_titles``)
    after_link = False  # the current paragraph's last piece is a link's words (``_link_words``)
    parted_seam = False  # a blank line stands between the current paragraph and the page seam
    numbered_seam = False  # the noise since the current paragraph holds a page number

    for index, seg in enumerate(segments):
        role = roles[index]
        if seg.noise and not (
            whole
            and current is not None
            and not page_break
            and _link_words(segments, markers, index)
        ):
            paragraphs.append(
                Para(seg.text, seg.line, seg.line, BODY, True, shown=seg.shown, shown_end=seg.shown)
            )
            if not page_break:
                # (a blank line between the paragraph and the seam: see ``_continues``)
                parted_seam = current is not None and seg.line > current.end_line + 1
                numbered_seam = False
            numbered_seam = numbered_seam or is_page_number(seg.text)
            page_break = True
            if is_page_data(seg.text):
                current = None  # (a page's data line under its title: no page seam)
            continue
        if seg.back:  # (a list item keeps its bullet, as in the text: tags: | • 学校)
            paragraphs.append(
                Para(
                    seg.text,
                    seg.line,
                    seg.line,
                    BODY,
                    back=True,
                    bullet=seg.bullet,
                    shown=seg.shown,
                    shown_end=seg.shown,
                )
            )
            current = None
            continue
        marker = markers[index]
        blank_above = index > 0 and seg.line > segments[index - 1].line + 1
        # A link's words (``_link_words``): noise here (a running header, by its repeats), or
        # text (``Segment.cut_words``) — the same join into a heading either way.
        link = seg.noise or seg.cut_words
        # A segment starting with a heading marker starts a paragraph unless it goes on a
        # title (``_continues`` says so at once): the call is skipped for those 6,000 of a
        # 10 MB file.
        if (
            current is not None
            and (
                (
                    marker is not None
                    and width
                    and last_length >= width - 2  # (a full line: the width found runs one over)
                    and role is BODY
                    and current.role is BODY
                    # (where an indent opens a paragraph, an indented number is no wrap's)
                    and not (indent_opens and seg.indented)
                    # (nor is an indented number under a flush line that ends a sentence: …连自
                    # 己也说不出。 | 　　二、武断。… — a wrap's lines go on flush, and this text's do)
                    and not (
                        seg.indented
                        and not segments[index - 1].indented
                        and is_sentence_end(current.text)
                    )
                    and (
                        # …所以 | — 2 — | 第四件大事，可说是…: a page seam (a page number in the
                        # noise between) cut the sentence; the next page goes on with it.
                        (page_break and numbered_seam and _stops_mid_sentence(current))
                        or (
                            not page_break
                            and (
                                _inline_item_goes_on(current.text, marker)
                                or (
                                    len(seg.text) >= width - 2
                                    and _inline_item_above(paragraphs, marker)
                                )
                                or _first_item_runs_inline(segments, index, marker)
                                or _next_item_runs_inline(current, segments, index, marker)
                                # …這時醒時是不能夠有的。第 | 四、是空時約束：…: the wrap broke an
                                # ordinal (第四、) after its 第; the line goes on with the numeral.
                                or (current.text[-1:] == "第" and seg.text[:1] in _CN_NUMERALS)
                                or _stops_mid_sentence(current)
                                # 　　四．…或经行皆可。 | 五．持名…: flush, where its family's
                                # lines stand indented.
                                or (not seg.indented and marker.family in indented_kinds)
                                # …降至2. | 2。攀枝花…: the wrap cut a number, not a heading's.
                                or number_cut(current.text, seg.text)
                                # …多于男子。） | 第一，…原因约有几种：: no blank line above in a
                                # text whose paragraphs are parted by blank lines.
                                or (
                                    parted
                                    and not blank_above
                                    and goes_on_unparted(current.text, current.marker, marker)
                                )
                            )
                        )
                    )
                )
                or (
                    marker is not None
                    and role is BODY
                    and current.role is BODY
                    and (
                        _closes_open_bracket(current.text, marker)
                        # …形成種種的夢了。 | 二、想像 | 說：…: in a text wrapped twice the number
                        # opens the rest of a full line of the first wrap.
                        or (
                            twice[0] > 0
                            and not page_break
                            and seg.line == current.end_line + 1
                            and _rest_of_first_line(seg.text, last_length, twice)
                            and _goes_on_below(segments, markers, index)
                        )
                        or (current.text[-1:] == "第" and _ordinal_cut(current.text, marker))
                    )
                )
                or (marker is None or role is TITLE)
                and _continues(
                    current,
                    seg,
                    role,
                    marker,
                    indent_mode,
                    cut_mode,
                    carrying,
                    blocks[index],
                    width,
                    page_break,
                    last_length,
                    sentenced,
                    alone,
                    whole,
                    after_link,
                    blank_breaks and blank_above,
                    blank_breaks,
                    full_from,
                    blank_ends_heading,
                    indent_opens,
                    blank_after_ends and blank_above,
                    page_break
                    and parted_seam
                    and numbered_seam  # (a seam, not a link's words cut out: 5、民主 | 法制)
                    and blank_breaks
                    and index + 1 < len(segments)
                    and segments[index + 1].line > seg.line + 1,
                    link=link,
                    full_end=full_end,
                    cut_title=current.marker is not None
                    and current.parts == 1
                    and (
                        # (cheap tests first: ``_continues`` is asked for most lines)
                        (
                            current.text[-1:] == current.text[-2:-1]
                            and _cut_mid_clause(current.text[current.marker.end :])
                        )
                        or (
                            current.text[-1:] == seg.text[:1]
                            and _doubled_at_seam(current.text, seg.text, full_text, seams)
                        )
                        or (
                            # (a text whose pages cut its lines: the word's look-ups scan it)
                            cut_mode
                            and seg.shown > 0
                            and seg.shown == current.shown_end + 1
                            and _word_at_seam(current.text, seg.text, full_text, seams)
                        )
                    ),
                )
            )
        ):
            if current.role is TITLE:
                current.text = current.text + _title_seam(current.text, seg.text) + seg.text
            else:
                current.text = _join(current.text, seg.text, full_text, seams)
            current.end_line = seg.line
            current.shown_end = seg.shown  # (0 after a piece cut out of a line: not its own)
            current.parts += 1
            page_break = False
            last_length = len(seg.text)
            after_link = link  # (a link's words, see ``_link_words``)
            continue
        current = Para(
            seg.text,
            seg.line,
            seg.line,
            role,
            False,
            marker,
            md=seg.md,
            bullet=seg.bullet,
            shown=seg.shown,
            shown_end=seg.shown,
        )
        paragraphs.append(current)
        page_break = False
        last_length = (
            len(seg.text) + (seg.lead if leads_count else 0) + (_BULLET_ROOM if seg.bullet else 0)
        )
        alone = index in standing
        after_link = False
    return paragraphs


def _blank_ends_full_heading(
    width: int, blank_above: bool, page_break: bool, last_length: int
) -> bool:
    """Whether a blank line ends a heading line that fills the width (no sentence end in it
    yet) in a text hard-wrapped at ``width`` whose blank lines part paragraphs (``blank_above``:
    a blank line above the next line, where the wrap's lines follow each other and a blank line
    follows most paragraphs' last lines, ``_blank_lines_break`` and ``_blank_after_ends``):
    五、…全面提高对外开放水平 | blank | 适应经济全球化…; the title does not go on past the blank
    line. Not at a page seam (its blank lines say nothing), nor after a line longer than the
    width, not wrapped at it (a PDF's own line, 三、…（中央党部、省 | 党部、特别市党部） joined at its
    bracket's end, where a blank line follows every line of the PDF and the sentence goes on:
    | blank | 任执行委员时，…)."""
    return blank_above and not page_break and last_length <= width + 1


_BLANK_ENDS_SHARE = 0.5
"""The least share of a hard-wrapped text's paragraph ends with a blank line under them for its
blank lines to part paragraphs (``_blank_after_ends``)."""
_BLANK_EVIDENCE = 3
"""The fewest paragraph ends ``_blank_after_ends`` counts."""


def _blank_after_ends(segments: list[Segment], content: list[int], full: int) -> bool:
    """Whether a blank line follows most lines that end a paragraph (short of the full length
    ``full``, ending a sentence; three at least) in a hard-wrapped text: its paragraphs are
    parted by blank lines. A text whose paragraphs follow each other tells nothing by a blank
    line (一、…向纵深发展和提 | two blank lines | 高党的建设质量: a heading broken at the width)."""
    ends = blanks = 0
    for previous, index in zip(content, content[1:], strict=False):
        above = segments[previous]
        if len(above.text) < full and is_sentence_end(above.text):
            ends += 1
            blanks += segments[index].line > above.line + 1
    return ends >= _BLANK_EVIDENCE and blanks > _BLANK_ENDS_SHARE * ends


_ORDINAL_FAMILIES = frozenset({"cn-dun", "cn-comma"})
"""The numbers a 第 before them makes an ordinal of (第四、 第四，), not a heading's."""
_BEFORE_ORDINAL = frozenset("。！？；：，、!?;:,")


def _ordinal_cut(text: str, marker: Marker) -> bool:
    """Whether a line break cut an ordinal after its 第: ``text`` (the paragraph so far) ends
    with a 第 that starts a clause (after a sentence or clause mark, or alone) and the next line
    opens with a 四、 or 四， (``marker``). …這時醒時是不能夠有的。第 | 五、物體移換：… — a wrap
    of a wrapped text leaves the 第 on a short line, so no full line tells it (see the width
    test in ``reflow_paragraphs``); no sentence ends on 第. 次第 | 四、… (a word ending with 第)
    is not cut so."""
    return marker.family in _ORDINAL_FAMILIES and (len(text) == 1 or text[-2] in _BEFORE_ORDINAL)


_ASIDE_BRACKETS = {"（": "）", "(": ")"}


def _one_aside(text: str) -> bool:
    """Whether ``text`` is one aside in brackets: its first character opens a bracket that its
    last character closes ((一九八二年一月五日…的批语）, not （一）… or （注）…，…（下同）)."""
    closing = _ASIDE_BRACKETS.get(text[:1])
    if closing is None or text[-1:] != closing or len(text) < 3:
        return False
    opening = text[0]
    depth = 0
    for position, ch in enumerate(text):
        if ch == opening:
            depth += 1
        elif ch == closing:
            depth -= 1
            if depth == 0:
                return position == len(text) - 1
    return False


def _closes_open_bracket(text: str, marker: Marker) -> bool:
    """Whether ``marker`` (1） / 8) at a line's start, a half bracket after its number) closes
    a bracket the paragraph above left open — …分两方面：（ | 1）心理的需求，（2）… / …(james'
    pragmatism p.10 | 8)生物学派…: a wrap inside the brackets; the line goes on, no heading."""
    if marker.family != "arabic" or marker.text[-1:] not in (")", "）"):
        return False
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and opened > max(text.rfind("）"), text.rfind(")"))


_CN_DIGITS = frozenset("一二三四五六七八九十")
_ARTICLE = r"第[一二三四五六七八九十百千零〇两0-9]+条(?:之[一二三四五六七八九十0-9]+)?(?:第[一二三四五六七八九十0-9]+[项款])*"
_ARTICLES = patterns.compile(rf"\s*{_ARTICLE}(?:\s*[至、及与和或]\s*{_ARTICLE})*\s*")
"""A heading's title that only names articles of a bill or a law (第五十三条, 第五十四条至第五十六条、
第五十九条及第六十条, 第六十一条之一第二项; folded text): a whole title, no sentence cut after it."""
_TITLE_REST = 20
"""The longest line taken for the rest of a heading's title broken over two lines."""


def _title_broken(heading: str, rest: str) -> bool:
    """一、加快建设现代化产业体系和 | 新型基础设施 / 一、推进农业农村现代 | 化建设: a title-only
    heading line broken inside its title by a PDF or a web page, the next line a short piece
    with no punctuation that it runs on in — told by the word at the break: the heading line
    ends with a joining word (的, 和, 与, 在…), or the next line starts with a suffix (化, 性,
    的…). A heading line that ends on a noun is a whole heading (一、总体要求 | 指导思想 may be
    a heading and a sub-heading)."""
    return (
        len(rest) <= _TITLE_REST
        and not any(mark in rest for mark in "，、；：。！？,;:!?")
        and (heading[-1] in TITLE_ENDS_NEVER or rest[0] in TITLE_PIECE_STARTS_NEVER)
    )


def _continues(
    current: Para,
    seg: Segment,
    role: Role,
    marker: Marker | None,
    indent_mode: bool,
    cut_mode: bool,
    carrying: set[tuple[int, str]],
    block: int,
    width: int,
    page_break: bool,
    last_length: int = 0,
    sentenced: set[tuple[int, str]] | None = None,
    alone: bool = False,
    whole: bool = False,
    after_link: bool = False,
    blank_above: bool = False,
    blank_parted: bool = False,
    full_from: int = 0,
    blank_ends_heading: bool = False,
    indent_opens: bool = False,
    blank_ends_line: bool = False,
    blank_below: bool = False,
    link: bool = False,
    full_end: int = 0,
    cut_title: bool = False,
) -> bool:
    if current.role is TITLE and role is TITLE:
        # A title broken over two lines — but not a part's numbered title under the file's
        # (在某某会议上的讲话 | 一　一月十八日的讲话: the first part, a speech of its own).
        part = match_marker(seg.text) if seg.text[:1] in _CN_DIGITS else None
        return part is None or part.family != "cn-space"
    if current.role is SALUTATION and role is SALUTATION:
        # 各位友邦的元首與貴賓、…全體 | 國人同胞，大家好：: the two lines of a salutation a wrap
        # broke (``roles``), one paragraph — not two salutations one after the other.
        return current.text[-1:] not in "：:"
    if current.role is not BODY or role is not BODY or marker is not None:
        return False
    if current.md or seg.md or seg.parted or seg.bullet:
        # A Markdown ``#`` heading is a line of its own; an empty quote line (>) ends a paragraph;
        # a list item (- …, * …, • …) starts one, as Markdown renders it.
        return False
    if seg.text[0] in _NEVER_STARTS:
        return True  # ，佛家亦主张“无我”: no paragraph starts with a comma or a closing mark
    if alone and current.parts == 1:
        return False  # a part title standing alone in a page-cut text (``_standing_titles``)
    if indent_mode:
        if (
            sentenced
            and current.marker is not None
            and current.parts == 1
            and current.text[-1] in CLOSERS
            and (block, current.marker.family) in sentenced
            and seg.text[-1] == "。"
            and FULL_STOP.search(current.text) is None
        ):
            # 第一个时期——从粉碎四次“围剿” | 以后到…以前。 where its siblings are sentences: an
            # extraction that breaks lines after a closing mark cut the heading's sentence.
            return True
        if (
            seg.indented
            and current.marker is not None
            and current.parts == 1
            and current.marker.end < len(current.text)
            and FULL_STOP.search(current.text) is None
            and _title_broken(current.text, seg.text)
        ):
            return True  # 一、提高思想认识和 | 工作水平, each line indented: see below
        if cut_title or (
            current.marker is not None
            and current.parts == 1
            and current.text[-1] == "、"
            and current.marker.end < len(current.text) - 1
        ):
            # 一、…大突破，牢牢 | 扭住…, 一要…坚决破除因循守旧、 | 固步自封的…, each line indented
            # (a one-line text's lines given back, ``spacedlines``): the source's page cut the
            # title (see below), or a title stops on an enumeration's comma, which ends none
            return True
        return not seg.indented
    if indent_opens and seg.indented:
        # (outside indented texts) an indent opens a paragraph in this hard-wrapped text, whose
        # paragraphs start indented and whose wrapped lines go on flush (``_indent_opens``)
        return False
    text = current.text
    if is_sentence_end(text):
        # In a hard-wrapped text a full line that happens to end a sentence (…先机。 at the
        # wrap width) need not end the paragraph: the text goes on unless it is a heading
        # paragraph. A real paragraph end is told by a short last line, or by a blank line
        # where blank lines part paragraphs (``blank_above``, ``_blank_lines_break``). A
        # numbered paragraph already over two lines or more is text, no heading line
        # (（1）字典…要完备。这几样… | …胜于请几个先生。 | 这种先生…); where blank lines part
        # paragraphs (``blank_parted``) any sentence mark goes on so (…国粹将沦亡矣！” | 但是…).
        return bool(
            width
            # (a numbered line too, where blank lines part paragraphs: （5）介绍：…地位…… |
            # 不能不知道，… with no blank line between is one paragraph, its title going on)
            and (current.marker is None or current.parts >= 2 or blank_parted)
            and last_length >= (full_end or width - 1)
            and (text[-1] == "。" or blank_parted)
            and not blank_above
            and not (full_from >= width - 3 and _standing_short_line(seg.text, width))
        )
    if text[-1] in INNER_BREAKERS:
        return True
    # Still only a heading's title (no sentence in it yet), even if a page break was joined.
    heading_line = current.marker is not None and (
        "。" not in text
        and "！" not in text
        and "？" not in text
        and "!" not in text
        and "?" not in text
    )
    if current.marker is not None and current.marker.end >= len(text):
        # A bare numeral (一 / 1) on its line: the section's text follows — unless a web page
        # cut at links (``_whole_lines``) broke the heading after its number ((五) | 改 革开放 |
        # 不断深化。…): then the link's words and the rest of the sentence are its title.
        return whole and current.parts == 1 and not page_break and _bare_short(seg.text)
    if heading_line:
        # A heading line with no end punctuation is a standalone heading, unless a page
        # break cut it: in the middle of a number (三、20|26年…), or just before a page
        # header or number ((三)深入 | — 3 — | 推进城市治理现代化).
        titled_from = current.marker.end  # type: ignore[union-attr]
        titled = titled_from < len(text)
        if titled and (text[-1].isdigit() or (text[-1] == "-" and text[-2:-1].isdigit())):
            return True
        if (
            page_break
            and len(seg.text) <= _SHORT_LINE
            and not is_sentence_end(seg.text)
            # (第一节 策略问题 | 1 | 学习参考资料（内部） | 　　关于策略之错误，…: an indented
            # line after the seam opens the section's first paragraph)
            and not seg.indented
            # (二、社会之意义 | blank | - 2 - | 讲话稿精选汇编 | 自然界与人类 | blank | text, where
            # blank lines part paragraphs: the heading ended before the seam, and the line
            # after it stands between blank lines — a sub-heading at the page's top; a heading
            # is kept with its text by typesetting, seldom cut by a page)
            and not blank_below
        ):
            return True
        if titled and current.parts == 1 and _title_broken(text, seg.text):
            return True
        if titled and cut_title:
            # 一、…大突破，牢牢 | blank | 扭住招商引资…: the title stops on a word that only leads
            # a verb, or a page seam printed its last character twice (…发展和现 | 现代化建设…):
            # the source's page cut the title; it goes on, past a blank line or a short line.
            return True
        if not page_break and (
            (seg.cut_words and not any(ch in text[titled_from:] for ch in "，,；;"))
            or (after_link and not whole)
        ):
            # 5、民主 | 法制 | 建设得到加强，…: words a page's links cut out of the heading's
            # sentence (``Segment.cut_words``: repeated, each time inside a sentence), and the
            # rest of the sentence after them, whatever the width (in a text cut only at links,
            # ``whole``, the rest is told below). Not after a title with a comma, whole in its
            # clauses: （二）全面落实农村政策，大力发展农村经济 | 全面建设小康社会 | ，难点在…
            # — the link's words open the section's text.
            return True
    if width and current.marker is None and seg.line > current.end_line + 1 and _one_aside(text):
        # （一九八二年一月五日在…编印的一份反映广东一 | 些地区…简报上的批语） | blank | 三目前…: a
        # paragraph that is one aside in brackets (a date or occasion line) with a blank line
        # under it ends there, though no sentence mark closes it.
        return False
    if width and len(text) + (_BULLET_ROOM if current.parts == 1 and current.bullet else 0) < (
        full_from or width - 3
    ):
        # Every paragraph is wrapped at ``width`` characters: a shorter line was not
        # wrapped, it ends its paragraph (a heading on its own line, a title); ``full_from``
        # is the least full length (``_full_from``: less where a wrapped PDF was wrapped again).
        return False
    if heading_line and width and last_length >= width - 2:
        # …and a heading line that fills the width was wrapped like the text: its title goes
        # on in the next line (一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设 | 质量),
        # unless a blank line under it ends it (``_blank_ends_full_heading``).
        return not _blank_ends_full_heading(width, blank_ends_line, page_break, last_length)
    if (
        heading_line
        and whole
        and not page_break
        and current.parts == 1
        and not _bare_short(seg.text)
    ):
        # The paragraphs are whole lines, cut only at links (``_whole_lines``): a heading line
        # with no end punctuation is the whole heading (第一，牢记第一要务，凝神聚力抓发展 |
        # 抓住机遇，…), not a lead sentence a page width cut — unless a link word follows it
        # (第三，切实加强民主 | 法制 | 建设。…).
        return False
    if heading_line and whole and not page_break and (link or after_link):
        # 五、民主 | 法制 | 建设…: a repeated link's words inside the heading's sentence (``link``:
        # noise or text, see ``_link_words``), and the rest of the sentence after them.
        return True
    if heading_line:
        # In PDF text a 一是/一要/第一， lead sentence goes on to its 。, and 一、/（一） go on
        # where their siblings carry body text (see ``_carrying_families``).
        if not cut_mode:
            return False
        if blank_ends_heading and seg.line > current.end_line + 1 and not page_break:
            # 三、均势之恢复——“合题”（synthese） | two empty lines | 这种“三题式”…: where the
            # text's cut lines go on in the very next line, a blank line ends the heading.
            return False
        if not page_break and _ARTICLES.fullmatch(text, current.marker.end) is not None:  # type: ignore[union-attr]
            return False  # (二)第五十四条至第五十六条、第六十条: a heading naming articles is whole
        family = current.marker.family  # type: ignore[union-attr]
        return family in _RHETORICAL or (block, family) in carrying
    if (
        not cut_mode
        and current.parts == 1
        and len(text) <= _SHORT_LINE
        and (
            not any(ch in text for ch in "，、；,;")
            or (seg.line > current.end_line + 1 and is_couplet(text))
        )
    ):
        # Where lines end with punctuation, a short line with none at all is a title, a
        # date or a table-of-contents entry, not half of a sentence; so is a subtitle of
        # two matched halves (找书有甘苦，真伪费推敲) with a blank line under it.
        return False
    return True
