"""Where the next piece of a collected edition or 合集 starts, as the roles pass reads each
line: a piece's closing note (1959年…在…的演讲) under its last sentence, a bare title under
such a note or under a source line (原载…), under a speech's closing words (谢谢大家！),
after the widest gap of the file, and a report signed at its end with the next report's title
under the signature (``title_after_note``, ``title_after_closing``, ``title_after_gap``,
``signed_at_end``, ``signed_title_at``).

It does not mark roles itself (``roles.frame_roles`` does, from these answers), nor the
pass after the loop over a compilation's bare piece titles (``piecetitles``).
"""

from __future__ import annotations

import heapq
from collections import Counter

from tui.base import patterns
from tui.engine import addresslines, framing
from tui.engine.backmatter import is_back_matter_head, is_back_matter_line
from tui.engine.markers import Marker
from tui.engine.nearby import (
    HAN_CHAR,
    OPENING_PARTS,
    WRAPPED_LINE_MIN,
    TextAbove,
    paragraph_text,
    part_name,
    text_around,
)
from tui.engine.role import BODY, CLOSING, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end

_INTRODUCTIONS = OPENING_PARTS | frozenset(("前言", "序言", "序", "导言", "绪言", "绪论"))
"""A text's introduction alone on its line, under the title: the title's text starts there."""


# 1959年12月27日在台湾“中国图书馆学会”年会上的演讲 / 1924年1月胡适在东南大学国学研究班的演讲 /
# 本文为1930年11月下旬胡适在上海青年会的演讲，… — a collected edition's note under a piece: when
# and where it was given.
_CLOSING_NOTE = patterns.compile(
    r"^(?:本文(?:为|是|系))?\s*(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})\s*年"
    r"[^。！？!?；;]{0,40}?[在于][^。！？!?；;]{2,60}?(?:演讲|讲演|讲话|演说)"
)


def edition_tail(segments: list[Segment], index: int) -> bool:
    """Whether a dated title line (雪维克主义（一九二七年二月）) is the end of a long line a hard
    wrap cut, right under it (…——中国革命中之孟 | 雪维克主义（一九二七年二月）): the line above
    is text on the line just above, as long as a wrapped line, with no sentence end."""
    if index == 0 or framing.edition_title(segments[index].text) is None:
        return False
    above = segments[index - 1]
    return (
        above.line == segments[index].line - 1
        and not above.noise
        and len(above.text) + above.lead >= WRAPPED_LINE_MIN
        and not is_sentence_end(above.text)
    )


# 为什么读书 / 一个防身药方的三味药 / “少年中国”的精神: a piece's bare title, which holds a
# letter (a user's "------" between joined files is no title).
BARE_TITLE = patterns.compile(r"^(?=.*[^\W\d_])[^，,。！？!?；;：:、]{2,24}$")


def bare_title_at(
    segments: list[Segment], markers: list[Marker | None], index: int, text: str | None = None
) -> bool:
    """A short line with no comma or sentence in it, above a paragraph of text (``text``: the
    line as read, when not as written: a first line's title without its ！)."""
    text = segments[index].text if text is None else text
    if markers[index] is not None or BARE_TITLE.match(text) is None or is_back_matter_head(text):
        return False  # (【网友评论】 / 注释 head what follows a speech)
    after = text_around(segments, index, 1)
    if (
        after is not None
        and not segments[after].md  # (## 引言 is a heading: the # title is markdown_title's)
        and part_name(segments[after].text) in _INTRODUCTIONS
    ):
        after = text_around(segments, after, 1)  # 关于某某问题 | 引言 | text…: the title's text
    if after is None:
        return False
    following = segments[after].text
    return paragraph_text(segments, after) and not (
        is_back_matter_line(following) or is_back_matter_head(following)
    )


def closing_note_at(
    segments: list[Segment],
    markers: list[Marker | None],
    roles: list[Role],
    index: int,
    repeated: ShortLines,
) -> bool:
    """A dated note of where the piece above was given (…在…上的演讲), under its last
    sentence, with nothing after it but the end of the file or the next piece's bare title:
    the end of that speech. (The same words above a talk's text are its title or occasion.)"""
    text = segments[index].text
    if len(text) > 160 or text[:1] not in _NOTE_STARTS or _CLOSING_NOTE.match(text) is None:
        return False
    before = _text_above_seam(segments, index, repeated)
    if before is None or roles[before] is not BODY or not is_sentence_end(segments[before].text):
        return False
    after = text_around(segments, index, 1)
    while after is not None and _note_line(segments[after].text):
        # 张友鸾、陈东原记 | 原载…《妇女杂志》…: more notes under the dated one.
        after = text_around(segments, after, 1)
    return after is None or bare_title_at(segments, markers, after)


_CHROME_LINES = 3
"""The most running-header lines looked past above a piece's closing note."""


def _text_above_seam(segments: list[Segment], index: int, repeated: ShortLines) -> int | None:
    """The nearest line of text above ``index``, a page seam between them looked past: its
    page number (noise by its words) and running headers (``_running_header_at``, up to
    ``_CHROME_LINES``)."""
    before = text_around(segments, index, -1)
    for _ in range(_CHROME_LINES):
        if before is None or not _running_header_at(segments, before, repeated):
            break
        # …很可爱的。 | - 7 - | 学习参考资料（内部） | 1960年…的演讲: a page break before the note.
        before = text_around(segments, before, -1)
    return before


_HEADER_LINE_MAX = 30


_PAGE_DIGITS = patterns.compile(r"[0-9０-９\s]")


def _running_header_at(segments: list[Segment], index: int, repeated: ShortLines) -> bool:
    """A short line with no sentence mark printed again elsewhere in the file, its page
    number aside (学习参考资料（内部）　第 3 页): a running header (mark_noise marks it later;
    roles are framed before)."""
    text = segments[index].text
    if len(text) > _HEADER_LINE_MAX or is_sentence_end(text) or "，" in text:
        return False
    key = _page_key(text)
    return len(key) >= 4 and repeated.count(key) > 1  # (this line is one of them)


def _page_key(text: str) -> str:
    """A short line as a running header repeats it: its page number and spaces left out."""
    return _PAGE_DIGITS.sub("", text)


class ShortLines:
    """The file's short lines (``_HEADER_LINE_MAX`` characters at most) counted by
    ``_page_key``, once, when a line first asks — not the whole file walked again for each
    line asked about (a collection of lectures, each closed by a note, asks hundreds of times)."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._counts: Counter[str] | None = None

    def count(self, key: str) -> int:
        """How many short lines of the file have ``key``."""
        if self._counts is None:
            self._counts = Counter(
                _page_key(seg.text) for seg in self._segments if len(seg.text) <= _HEADER_LINE_MAX
            )
        return self._counts[key]


# 张友鸾、陈东原记 / 赵家璧记录: who took the talk down, a line of its own under the note.
_RECORDER_LINE = patterns.compile(
    r"^[\u4e00-\u9fff]{2,4}(?:[、，,\s]+[\u4e00-\u9fff]{2,4}){0,3}\s*(?:记|记录|記|記錄)$"
)


# 又载1923年12月24日《北京大学日刊》 / 收入1966年台北文星书店出版的《胡适选集》演讲分册: where the
# piece was printed again — a reprint's verb, then a date, a place or a publisher, a book's or
# a paper's name in 《》 and its part or issue; no comma, no sentence: a line of its own under
# the note that closes the piece (收入分配的问题，…《…》… is a paragraph).
_REPRINT_LINE = patterns.compile(
    r"^(?:又载|另载|后载|亦载|转载于|收入|收录于|收于)[^。！？!?，,；;：:]{0,40}"
    r"《[^》]{1,30}》[^。！？!?，,；;：:《]{0,12}$"
)


def _note_line(text: str) -> bool:
    """A line of a piece's closing notes: its source (原载…), a reprint (又载… / 收入…《…》) or
    its recorders (…记)."""
    return (
        is_back_matter_line(text)
        or _RECORDER_LINE.match(text) is not None
        or _REPRINT_LINE.match(text) is not None
    )


_NOTE_STARTS = frozenset("本0123456789０１２３４５６７８９一二三四五六七八九〇○零")


def title_after_note(
    segments: list[Segment],
    markers: list[Marker | None],
    roles: list[Role],
    index: int,
    repeated: ShortLines,
    walk_up: TextAbove | None = None,
) -> bool:
    """A bare title right under the note that closes the piece above it (a dated occasion
    note, a source line 原载于…, or a bare date 1948年8月12日): the next piece of a collected
    edition starts here. ``walk_up``: the roles pass's walk up (``TextAbove``)."""
    if BARE_TITLE.match(segments[index].text) is None:
        return False  # (``bare_title_at``'s first test, which most lines fail: before looking up)
    before = walk_up.before(index) if walk_up else text_around(segments, index, -1)
    if before is None:
        return False
    note = segments[before].text
    closed = (roles[before] is CLOSING and _CLOSING_NOTE.match(note) is not None) or (
        roles[before] is BODY
        # 原载…: a source line; 1948年8月12日: the date the piece above was given, alone on its
        # line under the piece's last sentence
        and (is_back_matter_line(note) or _date_alone(note))
        # (民国八年八月 | - 2 - | 领导讲话稿汇编 | 原载…: a page seam above the source line; 本文为…
        # | 张友鸾、陈东原记 | 原载…: a recorders' line)
        and (above := _past_recorders(segments, before, repeated)) is not None
        and (
            is_sentence_end(segments[above].text)
            # 本文为…的演讲 | 原载…《东方杂志》… | 自由主义: the source under the dated note.
            or (roles[above] is CLOSING and _CLOSING_NOTE.match(segments[above].text) is not None)
            # …来试试这种新生活。 | 民国八年八月 | 原载…《新生活》第1期 | 非个人主义的新生活: the
            # piece's date alone on its line between its last sentence and its source.
            or (
                is_back_matter_line(note)
                and _date_alone(segments[above].text)
                and (top := text_around(segments, above, -1)) is not None
                and is_sentence_end(segments[top].text)
            )
        )
    )
    return closed and bare_title_at(segments, markers, index)


def title_after_closing(
    segments: list[Segment],
    markers: list[Marker | None],
    roles: list[Role],
    index: int,
    walk_up: TextAbove | None = None,
) -> bool:
    """A short line with no sentence in it (40 characters at most) right under a speech's
    closing words (谢谢大家！, 我的发言完毕), above a paragraph of text or a list's first item:
    the next piece of a 合集 starts here, titled by it (谢谢大家！ | 提纲 - 人工智能在物流行业的前景
    | * 自我介绍 …). Not back matter under the speech (附件：…, 参考文献, 来源：…), nor a date,
    nor a line with fewer than four Chinese characters (a code block's ```javascript, the rest
    of an image's address a wrap cut). ``walk_up``: the roles pass's walk up (``TextAbove``)."""
    text = segments[index].text
    if not framing.is_title_line_above_salutation(text) or len(HAN_CHAR.findall(text)) < 4:
        return False  # (a title has words: ```javascript or an image's address wrapped is none)
    before = walk_up.before(index) if walk_up else text_around(segments, index, -1)
    if (
        before is None
        or roles[before] is not CLOSING
        or not addresslines.is_closing(segments[before].text)
    ):
        return False
    after = text_around(segments, index, 1)
    if (
        after is None
        or is_back_matter_head(text)
        or is_back_matter_line(text)
        or framing.is_metadata_line(text)
        or framing.is_date_line(text)
        or markers[after] is not None
    ):
        return False
    following = segments[after].text
    return (segments[after].bullet or paragraph_text(segments, after)) and not (
        is_back_matter_line(following)
        or is_back_matter_head(following)
        # (谢谢大家！ | 转入文章首发地址 | 在庆祝…大会上的讲话（一九九一年七月一日）: a page's link
        # over the next piece's own title line, no title itself)
        or framing.is_title(following)
    )


_NO_TITLE_MARKS = frozenset("，,。：:；;！？!?、")


def signed_title_at(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
    """A line naming a speech (its last word 报告, 讲话, 致辞, 发言 or 演讲:
    ``framing.ends_whole_title``; no punctuation; a title's length, as the loop's lines are)
    under a finished sentence (or a saved page's byline: 文章来源：…发布时间：…), right above a
    line holding a person's name alone (``addresslines.is_speaker_line``) with the speech's text
    under the name (a sentence, a paragraph, or its first numbered heading): the next of several
    reports on one page starts here, titled by that line (…保持高度一致。 | 2020年度述职述廉报告 |
    蒋明 | 回顾过去的一年，…; the same title over each report, or each its own). Not where no
    text is under the name (…。 | 年度述职报告 | 张三 | 2021年2月4日: a report's end signed),
    nor under a line that goes on."""
    text = segments[index].text
    if not framing.ends_whole_title(text) or any(mark in _NO_TITLE_MARKS for mark in text):
        return False
    before = text_around(segments, index, -1)
    name = index + 1
    if (
        before is None
        or not (
            is_sentence_end(segments[before].text) or is_back_matter_line(segments[before].text)
        )
        or name >= len(segments)
        or not addresslines.is_speaker_line(segments[name].text, placed=True)
    ):
        return False
    after = text_around(segments, name, 1)
    return after is not None and (markers[after] is not None or paragraph_text(segments, after))


def signed_at_end(segments: list[Segment], index: int) -> int:
    """A report signed at its end, the next report's title under the signature: a line holding
    a person's name alone (``addresslines.is_speaker_line``; a bare two-character name counts
    there) under a finished sentence, maybe a date alone right under it, and right under that
    a line naming a speech (as ``signed_title_at``'s: its last word 报告, 讲话, 致辞, 发言 or
    演讲, no punctuation): …请批评指正。 | 孙洪亮 | 2021年2月4日 | 2020年度述职述廉报告 | 一年来，….
    The name and the date end the report above; they are no title (a dated title's) of the
    next. Not under a line that goes on (a list of the reports and their speakers: 年度述职述廉报告
    | 孙洪亮 | 年度述职述廉报告 | 蒋明). The index of the next report's title, else 0."""
    title = index + 1  # (the speech word first: the cheapest test, and most lines fail it)
    if title >= len(segments):
        return 0
    if not framing.ends_whole_title(segments[title].text):
        title += 1
        if (
            title >= len(segments)
            or not framing.ends_whole_title(segments[title].text)
            or not framing.is_bare_date(segments[index + 1].text)
        ):
            return 0
    if any(mark in _NO_TITLE_MARKS for mark in segments[title].text):
        return 0
    before = text_around(segments, index, -1)
    if (
        before is None
        or not is_sentence_end(segments[before].text)
        or not addresslines.is_speaker_line(segments[index].text, placed=True)
    ):
        return 0
    return title


def _past_recorders(segments: list[Segment], index: int, repeated: ShortLines) -> int | None:
    """The line of text above ``index``, past the recorders' lines right above it (本文为…的演讲 |
    张友鸾、陈东原记 | 原载…: who took the talk down stands between the note and the source) and
    page seams (``_text_above_seam``)."""
    above = _text_above_seam(segments, index, repeated)
    while above is not None and _RECORDER_LINE.match(segments[above].text) is not None:
        above = _text_above_seam(segments, above, repeated)
    return above


class Gaps:
    """The gaps between a file's lines of text (noise left out), measured once, when a line
    first asks: the two widest, each with the lines it lies between."""

    def __init__(self, segments: list[Segment]) -> None:
        self._segments = segments
        self._widest: list[tuple[int, int, int]] | None = None
        self._usual = 0

    def _measure(self) -> list[tuple[int, int, int]]:
        if self._widest is None:
            lines = [seg.line for seg in self._segments if not seg.noise]
            gaps = [(b - a, a, b) for a, b in zip(lines, lines[1:], strict=False)]
            self._widest = heapq.nlargest(2, gaps)
            between = Counter(gap for gap, _, _ in gaps if gap > 1)
            # (the gap between paragraphs: a wrapped paragraph's lines are one line apart)
            self._usual = max(between, key=lambda gap: (between[gap], -gap)) if between else 1
        return self._widest

    def widest_other(self, above: int, below: int) -> int:
        """The widest gap of the file but the one from line ``above`` to line ``below``."""
        for gap, top, bottom in self._measure():
            if (top, bottom) != (above, below):
                return gap
        return 0

    def usual(self) -> int:
        """The file's most common gap between paragraphs (lines more than one apart; the
        narrower of two as common), 1 when every line follows the one before."""
        self._measure()
        return self._usual


def title_after_gap(
    segments: list[Segment],
    markers: list[Marker | None],
    roles: list[Role],
    first: int,
    gaps: Gaps,
    index: int,
) -> bool:
    """A bare title (no punctuation, 4 to 24 characters, above a paragraph) under a finished
    sentence, set off from it by the widest gap of the file — at least two empty lines more
    than any other gap between two lines of text, or the one widest gap and two more than the
    paragraphs' usual gap (``Gaps.usual``: a PDF's seam gave another gap one empty row back,
    holdout30 p07 ``--as pdf``) — in a file whose first line is its first
    piece's title: the next piece of a collected edition, printed after its predecessor with
    no note between them (…不断地努力。 | 4 empty lines | 眼前文化的趋向, where the file's
    paragraphs are two empty lines apart)."""
    if roles[first] is not TITLE or PIECE_TITLE.match(segments[index].text) is None:
        return False  # (most lines: decided before looking around)
    before = text_around(segments, index, -1)
    if (
        before is None
        or first >= before
        or roles[before] is not BODY
        or segments[index].line - segments[before].line <= _GAP_WIDER
        or not is_sentence_end(segments[before].text)
    ):
        return False
    gap = segments[index].line - segments[before].line
    other = gaps.widest_other(segments[before].line, segments[index].line)
    if gap < other + _GAP_WIDER and (gap <= other or gap < gaps.usual() + _GAP_WIDER):
        # (two more than any other gap; or the widest, two more than the paragraphs' usual gap,
        # where a PDF's page seam made another gap one wider than the usual)
        return False
    text = segments[index].text
    return bare_title_at(segments, markers, index) and not any(
        i != index and seg.text == text for i, seg in enumerate(segments)
    )


_GAP_WIDER = 2
"""Empty lines more than any other gap of the file that set a piece's bare title apart."""


# 民国八年八月 / 民国十二年十二月十日: a date of the Republican era's count of years.
_ERA_DATE = patterns.compile(
    r"^[（(]?\s*民国[一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?\s*[)）]?$"
)


def _date_alone(text: str) -> bool:
    """A date alone on its line: 1948年8月12日, （一九五六年四月二十五日）, 民国八年八月."""
    return framing.is_bare_date(text) or _ERA_DATE.match(text) is not None


PIECE_TITLE = patterns.compile(r"^[^，,。！？!?；;：:、（()）“”\"《》.．·/0-9０-９a-zA-Z]{4,24}$")
