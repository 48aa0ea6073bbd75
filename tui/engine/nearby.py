"""The lines around a segment, as the roles pass reads them: the nearest line of text above
or below (noise looked past, ``text_around``, ``TextAbove``), the last line before a page
seam (``before_seam``), whether a line is (the first line of) a paragraph or a full line of a
hard-wrapped one, the file's first line of text (``first_text``), and whether a line can be
the last of a speech.

It decides no role: the modules of the roles pass (``roles``, ``titleblock``,
``firsttitle``, ``piecebreaks``, ``piecetitles``, ``frontmatter``) ask it.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import addresslines, framing, partlines
from tui.engine.markers import match_marker
from tui.engine.noise import is_noise_text
from tui.engine.role import BODY, INNER_BREAKERS, Role
from tui.engine.segment import Segment, is_sentence_end


def past_seam(segments: list[Segment], index: int | None) -> int | None:
    """``index``, or — where ``segments[index]`` is the running header beside a page number
    (第三讲方法与材料 | 19 | 学习参考资料（内部） | the lecture's text: a page break right under a
    title) — the next segment of text after it: a short line (20 characters at most) with no
    sentence end, right after a page number (``before_seam`` looks the other way)."""
    if (
        index is not None
        and index > 0
        and _page_number(segments[index - 1].text)
        and len(segments[index].text) <= 20
        and not is_sentence_end(segments[index].text)
        and not _opens_after_framing(segments[index].text)
    ):
        return text_around(segments, index, 1)
    return index


def cut_out(segments: list[Segment], index: int) -> bool:
    """Whether segment ``index`` was cut out of a source line: the segment before or after it
    starts on the same line (a title glued between two sentences of a one-line text)."""
    line = segments[index].line
    return (index > 0 and segments[index - 1].line == line) or (
        index + 1 < len(segments) and segments[index + 1].line == line
    )


OPENING_PARTS = frozenset(("引言", "开场白"))
"""Parts that open a talk: a talk's introduction, never its title."""


def part_name(text: str) -> str:
    """A part line's name without the spaces that spread it (引　言 → 引言)."""
    return text.replace(" ", "").replace("\u3000", "")


def open_sentence(text: str) -> bool:
    """Text cut in the middle of a sentence (ending with a comma or the like)."""
    return bool(text) and text[-1] in INNER_BREAKERS


FIRST_LINES = 4
"""The most advertising or page-chrome lines looked past for a file's first line of text."""


def first_text(segments: list[Segment]) -> int:
    """The index of the file's first line of text: its first segment, or the first after up
    to ``FIRST_LINES`` lines of noise above it (更多范文请关注公众号… / 本文来源于网络，仅供学习交流
    / — 1 —) — which make no first line of the text (its title, a compilation's name); nor
    does a note all in brackets over a title line ((征求意见稿) / 【内部资料】 over a standard's
    编制说明: the draft's status, not its title; （怎样才配做一个现代学生） over the text is the
    title of an edition that brackets its titles)."""
    for index, seg in enumerate(segments[: FIRST_LINES + 1]):
        if not is_noise_text(seg.text) and not _note_over_title(segments, index):
            return index
    return 0


_BRACKET_NOTE = patterns.compile(r"^[（(【〔\[][^（）()【】〔〕\[\]]{1,20}[）)】〕\]]$")
"""A line all in one pair of brackets: （征求意见稿）, 【内部资料 注意保存】."""


_NOTED_TITLE_MAX = 50
"""The longest title line under a bracketed note at a file's head."""


def _note_over_title(segments: list[Segment], index: int) -> bool:
    """A line all in brackets (``_BRACKET_NOTE``) with a title line under it: short, no
    comma or sentence in it, no heading's marker."""
    if index + 1 >= len(segments) or _BRACKET_NOTE.match(segments[index].text) is None:
        return False
    below = segments[index + 1].text
    return (
        len(below) <= _NOTED_TITLE_MAX
        and NO_SENTENCE.match(below) is not None
        and match_marker(below) is None
        and not is_noise_text(below)
    )


NO_SENTENCE = patterns.compile(r"^[^。！？!?；;，,：:]+$")


def spaceless(text: str) -> str:
    """A line's words without spaces (a running header's, however its spaces fall)."""
    return text.replace(" ", "").replace("\u3000", "")


WRAPPED_LINE_MIN = 24
"""The fewest characters of a line a hard wrap broke inside a paragraph (an official document
is printed at 28 a line, GB/T 9704; a PDF's text layer gives about 30)."""


_PROSE_MARKS = frozenset("，。；！？、,;")


def paragraph_text(segments: list[Segment], index: int) -> bool:
    """Whether the line at ``index`` is (the first line of) a paragraph of text: a finished
    sentence, a line longer than a title (30 characters), or a line a hard wrap broke inside
    its paragraph — ``WRAPPED_LINE_MIN`` characters or more, prose (a comma or a full stop
    inside), the paragraph going on on the very next source line. (A text wrapped at 30 has
    no line longer than 30: its paragraphs' first lines are such lines.)"""
    text = segments[index].text
    return is_sentence_end(text) or len(text) > 30 or wrapped_line(segments, index)


def wrapped_line(segments: list[Segment], index: int) -> bool:
    """A line of prose a hard wrap broke inside its paragraph (see ``paragraph_text``)."""
    text = segments[index].text
    if len(text) < WRAPPED_LINE_MIN or index + 1 >= len(segments):
        return False
    after = segments[index + 1]
    return (
        after.line == segments[index].line + 1
        and not after.noise
        and not _PROSE_MARKS.isdisjoint(text)
    )


def wrapped_between(segments: list[Segment], index: int) -> bool:
    """A full line of a hard-wrapped paragraph that happens to end as a title does (…深刻 |
    领会习近平总书记在…座谈会上的讲话 | 精神，牢固树立…: a text wrapped at 30 characters): the
    line right above is a line of prose the wrap broke inside its sentence (``wrapped_line``,
    no end mark), this line is as long as that one (within one character; its indent counted
    or not), and the paragraph goes on right under it, unindented (not a salutation, date or
    text starting on its own)."""
    if index == 0 or index + 1 >= len(segments):
        return False
    above, seg, below = segments[index - 1], segments[index], segments[index + 1]
    if is_sentence_end(above.text) or not wrapped_line(segments, index - 1):
        return False  # (wrapped_line: this line right under it)
    length = len(seg.text) + seg.lead
    if min(abs(length - len(above.text)), abs(length - len(above.text) - above.lead)) > 1:
        return False
    return below.line == seg.line + 1 and not below.indented


TEXT_REACH = 200
"""Segments of noise ``text_around`` looks past at the most: text further off is none
(a file of 25,000 lines of 来源：… had each line look through all those after it, 4,000
lines 2.9 s; the longest run of noise in the committed texts is far shorter)."""


class TextAbove:
    """``text_around(segments, index, -1)`` for the roles pass, which looks from its lines in
    order: each walk up stops at the line the last one looked from, when it gets there, and
    takes the text found above that line then — no segment above it has changed since (the
    pass marks noise only at and after the line it stands on). A file of 10,000 lines of noise
    by its words (— 3 —, 返回顶部, <p>, 来源：…) had each line's walk go over the 200 before
    it (— 3 —: 4,000 lines 2.7 s)."""

    def __init__(self, segments: list[Segment]) -> None:
        self.segments = segments
        self.last: tuple[int, int | None] | None = None

    def before(self, index: int) -> int | None:
        """The nearest segment above ``index`` that is not noise, within ``TEXT_REACH``."""
        last, segments = self.last, self.segments
        if last is None or last[0] > index:
            found = text_around(segments, index, -1)
        else:
            seen, found = last
            other = index - 1
            floor = max(seen, index - TEXT_REACH)
            while other >= floor:
                if not segments[other].noise and not is_noise_text(segments[other].text):
                    break
                other -= 1
            if other >= floor:
                found = other
            elif other >= seen or found is None or index - found > TEXT_REACH:
                found = None  # (out of reach above the line looked from, or no text above it)
        self.last = (index, found)
        return found


def text_around(segments: list[Segment], index: int, step: int) -> int | None:
    """The nearest segment before (``step`` -1) or after (+1) ``index`` that is not noise
    (marked, or noise by its words: an ad line under a speech's last line is no text after
    it), within ``TEXT_REACH`` segments."""
    other = index + step
    while 0 <= other < len(segments) and abs(other - index) <= TEXT_REACH:
        if not segments[other].noise and not is_noise_text(segments[other].text):
            return other
        other += step
    return None


def before_seam(segments: list[Segment], index: int) -> int:
    """``index``, or — where ``segments[index]`` is a line of a page seam — the index of the last
    line before the seam: the page number (a short line of noise with a digit: - 1 -, 第 3 页;
    or a running header with its number, 某某市人民政府办公室　第 1 页) and a short line beside it (a running header, 党建工作学习资料; not a title block's line or
    a closing: 在…上的讲话, a date line, 谢谢大家！) are looked past, up to three lines.
    -1 when nothing is before the seam."""
    position = index
    numbered = False
    while position >= 0 and index - position < 3:
        text = segments[position].text
        if _page_number(text) or framing.is_paged_header(text):
            numbered = True
        elif not (
            len(text) <= 20
            and any(
                0 <= near < len(segments) and _page_number(segments[near].text)
                for near in (position - 1, position + 1)
            )
            and not is_sentence_end(text)
            and not _opens_after_framing(text)
        ):
            break
        position -= 1
    return position if numbered else index


def _page_number(text: str) -> bool:
    return len(text) <= 20 and any(ch.isdigit() for ch in text) and is_noise_text(text)


def _opens_after_framing(text: str) -> bool:
    """A title block's line or a closing — not a speaker line, whose test takes most short
    lines of words (a running header, 党建工作学习资料, reads as a name)."""
    return (
        addresslines.is_closing(text)
        or framing.is_title(text)
        or framing.is_date_line(text)
        or framing.is_subtitle(text)
        or partlines.is_occasion_line(text)
    )


HAN_CHAR = patterns.compile("[\u4e00-\u9fff]")


def ends_a_speech(text: str, role: Role) -> bool:
    """Whether a line can be the last of a speech (or of front matter) before a new title."""
    return role is not BODY or is_sentence_end(text)


def inside_paragraph(segments: list[Segment], index: int) -> bool:
    """Whether the nearest text before ``index`` breaks off in the middle of a sentence."""
    for previous in range(index - 1, max(-1, index - 4), -1):
        seg = segments[previous]
        if seg.noise or framing.is_metadata_line(seg.text) or is_noise_text(seg.text):
            continue
        if framing.is_weak_title(seg.text):
            return False  # 1960年政府工作报告 / 为提前实现…: a site's label above the title
        return not is_sentence_end(seg.text)
    return False


def beside_a_date(segments: list[Segment], index: int) -> bool:
    """Whether a date line stands right under or over line ``index``: a name of two
    characters there (张三 | （2024年3月5日）, or （2018年1月5日） | 张三 as a one-line text's
    title block is cut) is a speaker line, though alone it may be a word (王道)."""
    return (index + 1 < len(segments) and framing.is_date_line(segments[index + 1].text)) or (
        index > 0 and framing.is_date_line(segments[index - 1].text)
    )
