"""The re-flow's measures of a whole text: what kind of text it is.

Whether paragraphs start with an indent and whether page breaks cut them (``text_modes``),
the width a text was hard-wrapped at (``wrap_width``, ``twice_wrapped``) and the least
length of a full line (``least_full_length``, ``least_full_end``), whether an indent or a
blank line opens a paragraph, a web page's lines cut only at links (``whole_lines``), and
the heading families whose lines hold sentences (the lines that stand alone as titles or
crossheads: ``reflowcrossheads``). ``reflow.reflow_paragraphs`` measures once and then
decides line by line.
"""

from __future__ import annotations

from collections import Counter

from tui.engine.markers import Marker
from tui.engine.para import FULL_STOP
from tui.engine.role import BODY, CLOSING, HEADER, SALUTATION, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end

SHORT_LINE = 30
NEVER_STARTS = frozenset("，、；：。！？,;:)）”’」』》】")


def text_modes(
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
        if markers[i] is None and len(segments[i].text) >= 15 and not bare_short(segments[i].text)
    )
    cut_mode = unended >= 2 and unended >= 0.08 * max(body, 1)
    return indent_mode, cut_mode


def before_tail(open_lines: list[int], roles: list[Role]) -> list[int]:
    """``open_lines`` without those after the file's last closing line (谢谢大家。): a web
    page's tail taken along by a scrape (相关新闻 | 详细内容 | a dated headline | its summary cut
    at a link, five times) is no evidence that page breaks cut the speech's paragraphs."""
    last = next((i for i in range(len(roles) - 1, -1, -1) if roles[i] is CLOSING), None)
    if last is None:
        return open_lines
    return [i for i in open_lines if i < last]


def bare_short(text: str) -> bool:
    """“十四五”时期发展成就和2025年工作回顾: a short line with no punctuation at all is a title
    or a part heading standing alone, not a paragraph a page break cut (no evidence of cuts).
    (A line of Latin words without punctuation is a wrapped English sentence: it counts.)"""
    return len(text) <= SHORT_LINE and not any(
        ch in "，、；：。！？,;:.!?" or (ch.isascii() and ch.isalpha()) for ch in text
    )


_WHOLE_LINE = 100


def whole_lines(
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
    linked = sum(1 for i in stopped if i + 1 < len(segments) and bare_short(segments[i + 1].text))
    return linked >= 2 and 3 * linked >= len(stopped)


_PAST_WIDTH = 2
"""How many times the width a line of text must run to show that no wrap cut it (``wrap_width``)."""


def wrap_width(
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
"""The least share of the pairs ``twice_wrapped`` counts that make up one line of the first wrap."""
_TWICE_EVIDENCE = 10
"""The fewest such pairs ``twice_wrapped`` needs."""
_TWICE_LINE_MIN = 10
"""The shortest line counted for the second wrap's width."""


def twice_wrapped(segments: list[Segment], content: list[int]) -> tuple[int, int]:
    """(the width, the width before) of a text hard-wrapped twice — a PDF's text at 38 wrapped
    again at 33 —, or (0, 0). The width is the commonest length of the lines of text (one either
    way); nearly every full line is then followed by a short one, the rest of the first wrap's
    line, and the two make up its width: 80 % of such pairs (ten at least) within one character
    of the same sum, wider than the width (holdout10 a04/a07: 95-98 %; texts wrapped once 13-36 %,
    their short lines ending paragraphs at any length). The alternating lines keep the re-flow's
    own width test (``wrap_width``) from finding such a text wrapped at all."""
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


_FULL_SHARE = 0.03
"""The least share of the open lines a length needs to count as full in ``least_full_length``."""


def least_full_length(segments: list[Segment], open_lines: list[int], width: int) -> int:
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


def least_full_end(segments: list[Segment], open_lines: list[int], width: int) -> int:
    """The least length of a full line that ends a sentence in a text hard-wrapped at ``width``
    (as ``wrap_width`` finds it, one over the wrap's): ``width - 1``, or less where the lines
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


def indent_takes_room(segments: list[Segment], open_lines: list[int], width: int) -> bool:
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


_OPENS_SHARE = 0.6
"""The least share of a hard-wrapped text's paragraph starts that are indented for an indent to
open a paragraph (``indents_open``)."""
_INDENTED_INSIDE = 0.1
"""The most share of the lines after a full line stopping inside a sentence that are indented."""
_INDENT_EVIDENCE = 3
"""The fewest lines of each kind ``indents_open`` counts."""
_CUT_SHARE = 0.25
"""The most indented lines right under a short line of text stopping inside a sentence, as a share
of those right under a paragraph's last line (``indents_open``): crossheads are a few beside the
paragraphs (holdout32 p07: 15-17 to 94-99); a PDF's margin on every line stands where sentences go
on about every other time (holdout3 t12 read from a PDF: 6 to 13)."""


def indents_open(
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


def blank_lines_break(segments: list[Segment], open_lines: list[int], width: int) -> bool:
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


def cuts_run_on(
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


def carrying_families(
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


def sentenced_families(
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


def speech_blocks(segments: list[Segment], roles: list[Role]) -> list[int]:
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


_BLANK_ENDS_SHARE = 0.5
"""The least share of a hard-wrapped text's paragraph ends with a blank line under them for its
blank lines to part paragraphs (``blanks_after_ends``)."""
_BLANK_EVIDENCE = 3
"""The fewest paragraph ends ``blanks_after_ends`` counts."""


def blanks_after_ends(segments: list[Segment], content: list[int], full: int) -> bool:
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
