"""The lines of a text that stand alone: part titles and crossheads.

In a scraped page cut at links, a short line with no punctuation over the first heading of
a series is a part title standing alone (``standing_titles``); in a text of whole-paragraph
lines, a short line of a crosshead's shape over a long paragraph is a crosshead
(``lone_crossheads``, ``crosshead_shape``); a link's words repeated inside sentences are
text, not a running header (``link_words``). Measured once per text by
``reflow.reflow_paragraphs``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from tui.base import patterns
from tui.engine.markers import Marker
from tui.engine.reflowmeasures import NEVER_STARTS, SHORT_LINE, bare_short
from tui.engine.segment import Segment, is_sentence_end
from tui.engine.sublines import sibling_crossheads


def standing_titles(
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
            and bare_short(text)
            and is_sentence_end(previous)
            and pos + 1 < len(content)
            and segments[content[pos + 1]].text[:1] not in NEVER_STARTS
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
"""The longest line ``lone_crossheads`` takes for a crosshead, tested before the expression:
in the 10 MB collection's parse 10.91 ms (8.32–12.20) → 6.17 ms (4.74–8.17) of CPU
(``bench_calls.py``, 5 rounds, perfengine)."""
CROSSHEAD_LINE = crosshead_shape(_CROSSHEAD_LINE_MAX)
"""A short line (6-30 characters) of a crosshead's shape — or the head of a sentence a wrap cut."""
_LONG_LINE = 60
"""The least length of a line that shows, when it ends a sentence, that a text's lines are
whole paragraphs (``lone_crossheads``)."""
_WHOLE_SHARE = 0.8
"""The least share of a text's long lines that end a sentence for its lines to be whole
paragraphs."""


def lone_crossheads(
    segments: list[Segment], content: list[int], markers: list[Marker | None]
) -> set[int]:
    """The segments of ``content`` that are a crosshead with commas standing on its own line
    (友谊疫苗，剂剂都珍贵 | 除自行采购的…。), not the head of a sentence wrapped onto the next
    line. Told by the layout alone: the text's lines are whole paragraphs — most of its long
    lines (``_LONG_LINE`` characters or more, five at least) end a sentence, so no width cut
    them —; the line has a crosshead's shape (``CROSSHEAD_LINE``: short, a comma inside, no
    sentence mark or colon, no comma or closing mark at its end); the line before it ends a
    sentence or is a numbered heading's line, on a line of the file before it (not a piece of
    the same line a split cut off); and the line after it is a long paragraph
    (``_LONG_LINE`` characters or more, at least twice as long) or a whole one that ends a
    sentence, longer than ``SHORT_LINE`` and at least twice as long (衝高第一劑也兼顧第二劑，
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
            or CROSSHEAD_LINE.match(text) is None
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
            or (len(nxt) > max(SHORT_LINE, 2 * len(text)) and is_sentence_end(nxt))
        ):
            found.add(index)
    return found | sibling_crossheads(segments, content, markers, found)


def link_words(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
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
        and bare_short(text)
        and not any(ch.isdigit() for ch in text)
        and not segments[index - 1].noise
        and not is_sentence_end(segments[index - 1].text)
        and (len(segments[index - 1].text) >= 15 or markers[index - 1] is not None)
        and not segments[index + 1].noise
    )
