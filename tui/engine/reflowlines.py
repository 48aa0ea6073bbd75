"""The re-flow's tests of one line against the paragraph above it.

Whether a numbered line of a hard-wrapped text is an item a paragraph holds inline
(``inline_item_goes_on``, ``first_item_runs_inline``, ``next_item_runs_inline``), the
rest of a line of a text wrapped twice, an ordinal or a bracket a wrap cut
(``ordinal_cut``, ``closes_open_bracket``), a heading's title broken over two lines
(``title_broken``) or a line that stands alone under a full one. Asked by
``reflow.reflow_paragraphs`` and ``reflow``'s ``_continues``.
"""

from __future__ import annotations

from collections.abc import Iterator

from tui.base import patterns
from tui.engine.framing import TITLE_ENDS_NEVER, TITLE_PIECE_STARTS_NEVER
from tui.engine.markers import Marker, match_marker
from tui.engine.para import FULL_STOP, Para
from tui.engine.reflowcrossheads import CROSSHEAD_LINE
from tui.engine.reflowmeasures import bare_short
from tui.engine.role import BODY
from tui.engine.segment import Segment, is_sentence_end

_STANDING_MIN = 6
"""The fewest characters of a short line ``standing_short_line`` takes for a line of its own."""


def standing_short_line(text: str, width: int) -> bool:
    """Whether ``text``, a line short of the ``width`` a text was wrapped at once (no narrower
    lines: ``full_from`` is the width's), under a full line that ends a sentence, is a line of
    its own — a crosshead or part title with no sentence mark at all (公布電視新聞報導觀測統計，
    提升媒體公信力; “十四五”时期工作回顾) —, not the last line of the paragraph going on: a
    paragraph of text ends its last line with a sentence mark, and a wrap fills every line but
    the last."""
    return (
        _STANDING_MIN <= len(text) < width - 3
        and (CROSSHEAD_LINE.match(text) is not None or bare_short(text))
        and not is_sentence_end(text)
    )


def goes_on_below(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
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


def rest_of_first_line(text: str, last_length: int, twice: tuple[int, int]) -> bool:
    """Whether the short line ``text`` under a full line of ``last_length`` characters is the
    rest of a line of the first wrap of a text wrapped twice (``twice_wrapped``): the two make
    up its width (…形成種種的夢了。 | 二、想像 — 33 and 4 of a line of 37): a number there stood
    inside that line, not at its start."""
    width, first = twice
    return (
        last_length >= width - 1
        and len(text) < width - 3
        and abs(last_length + len(text) - first) <= 1
    )


BULLET_ROOM = 2
"""The room a list item's bullet and its space (``- ``) take in its first line's width: a hard
wrap counts them (- 首先，…意味着你需要了解 Redis | 的知识，… fills the width with them)."""

_ITEM_STARTS = patterns.compile("[。！？；：!?;:]")
"""Where an inline item of a series may start in a paragraph: after a sentence or a colon."""
_PREVIOUS_ITEM_STARTS = patterns.compile("[。！？；：，!?;:,]")
"""Where the item before a line's first item may stand inline (``inline_item_goes_on``):
after a comma too (…显然是这两种原因：就是，一、帝国主义“让步”的政略；| 二、买办阶级之分化…)."""


CN_NUMERALS = frozenset("一二三四五六七八九十")


def inline_item_goes_on(text: str, marker: Marker) -> bool:
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


def inline_item_above(paragraphs: list[Para], marker: Marker) -> bool:
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
        and inline_item_goes_on(above.text, marker)
    )


def stops_mid_sentence(current: Para) -> bool:
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


def first_item_runs_inline(segments: list[Segment], index: int, marker: Marker) -> bool:
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


def next_item_runs_inline(
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


def blank_ends_full_heading(
    width: int, blank_above: bool, page_break: bool, last_length: int
) -> bool:
    """Whether a blank line ends a heading line that fills the width (no sentence end in it
    yet) in a text hard-wrapped at ``width`` whose blank lines part paragraphs (``blank_above``:
    a blank line above the next line, where the wrap's lines follow each other and a blank line
    follows most paragraphs' last lines, ``blank_lines_break`` and ``blanks_after_ends``):
    五、…全面提高对外开放水平 | blank | 适应经济全球化…; the title does not go on past the blank
    line. Not at a page seam (its blank lines say nothing), nor after a line longer than the
    width, not wrapped at it (a PDF's own line, 三、…（中央党部、省 | 党部、特别市党部） joined at its
    bracket's end, where a blank line follows every line of the PDF and the sentence goes on:
    | blank | 任执行委员时，…)."""
    return blank_above and not page_break and last_length <= width + 1


_ORDINAL_FAMILIES = frozenset({"cn-dun", "cn-comma"})
"""The numbers a 第 before them makes an ordinal of (第四、 第四，), not a heading's."""
_BEFORE_ORDINAL = frozenset("。！？；：，、!?;:,")


def ordinal_cut(text: str, marker: Marker) -> bool:
    """Whether a line break cut an ordinal after its 第: ``text`` (the paragraph so far) ends
    with a 第 that starts a clause (after a sentence or clause mark, or alone) and the next line
    opens with a 四、 or 四， (``marker``). …這時醒時是不能夠有的。第 | 五、物體移換：… — a wrap
    of a wrapped text leaves the 第 on a short line, so no full line tells it (see the width
    test in ``reflow_paragraphs``); no sentence ends on 第. 次第 | 四、… (a word ending with 第)
    is not cut so."""
    return marker.family in _ORDINAL_FAMILIES and (len(text) == 1 or text[-2] in _BEFORE_ORDINAL)


_ASIDE_BRACKETS = {"（": "）", "(": ")"}


def one_aside(text: str) -> bool:
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


def closes_open_bracket(text: str, marker: Marker) -> bool:
    """Whether ``marker`` (1） / 8) at a line's start, a half bracket after its number) closes
    a bracket the paragraph above left open — …分两方面：（ | 1）心理的需求，（2）… / …(james'
    pragmatism p.10 | 8)生物学派…: a wrap inside the brackets; the line goes on, no heading."""
    if marker.family != "arabic" or marker.text[-1:] not in (")", "）"):
        return False
    opened = max(text.rfind("（"), text.rfind("("))
    return opened >= 0 and opened > max(text.rfind("）"), text.rfind(")"))


_ARTICLE = r"第[一二三四五六七八九十百千零〇两0-9]+条(?:之[一二三四五六七八九十0-9]+)?(?:第[一二三四五六七八九十0-9]+[项款])*"
ARTICLES = patterns.compile(rf"\s*{_ARTICLE}(?:\s*[至、及与和或]\s*{_ARTICLE})*\s*")
"""A heading's title that only names articles of a bill or a law (第五十三条, 第五十四条至第五十六条、
第五十九条及第六十条, 第六十一条之一第二项; folded text): a whole title, no sentence cut after it."""
_TITLE_REST = 20
"""The longest line taken for the rest of a heading's title broken over two lines."""


def title_broken(heading: str, rest: str) -> bool:
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
