"""A file's first line as its first speech's title when it stands alone — short, bare, above
its text (中学生的修养与择业; a news title ending with ！) — and a lone chapter line opening
a lecture cut out of its book (第一章 概论): ``first_line_title_at``, ``lone_chapter_at``.

It does not decide titles further into the file (``titleblock``, ``piecebreaks``,
``piecetitles``), nor a Markdown ``#`` title (``frontmatter``).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import addresslines, framing
from tui.engine.backmatter import is_back_matter_head
from tui.engine.markers import Marker
from tui.engine.nearby import FIRST_LINES, HAN_CHAR, first_text, text_around
from tui.engine.piecebreaks import BARE_TITLE, bare_title_at
from tui.engine.segment import Segment, is_sentence_end
from tui.engine.titleblock import text_follows, title_goes_on

_CHAPTER_TITLE = patterns.compile(r"^[^，,。！？!?；;：:、]{0,24}[？！?!]?$")
"""A lone chapter's title: short, no clause or sentence inside, ending at most with its own
question or exclamation mark (第五章 领导的人怎样？ / 第一章 中国革命么？)."""


def _part_unit(marker: Marker) -> str:
    """The unit of a 第N部分/章/讲/期 marker (its last character before the separator the
    marker keeps: 第一章 概论 → 章, 第一讲： → 讲)."""
    return marker.text.rstrip(" ，,、：:")[-1:]


def lone_chapter_at(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
    """第一章 概论 / 第三讲: a chapter (or lecture) line opening the file, with its short title or
    none, above text, when no other line of the file is a chapter (lecture) of that unit: one
    chapter cut out of a book — the line titles it; it is no heading over the rest."""
    marker = markers[index]
    if marker is None or marker.family != "part" or _part_unit(marker) not in ("章", "讲"):
        return False
    text = segments[index].text
    if _CHAPTER_TITLE.match(text[marker.end :]) is None:
        return False
    unit = _part_unit(marker)
    if any(
        other is not None and other.family == "part" and _part_unit(other) == unit
        for position, other in enumerate(markers)
        if position != index
    ):
        return False
    return text_follows(segments, index + 1)


def first_line_title_at(segments: list[Segment], markers: list[Marker | None], index: int) -> bool:
    """中学生的修养与择业 / 找书的快乐: a file's first line, short and bare (no comma, no
    sentence), above its text, is the title of the file's first speech (not a date, a web
    page's metadata, a news dateline, ``---`` or a name: 读书 alone stays untitled).

    Standing alone — a blank line under it — four characters are enough when they are no
    name (女子问题, not 司马相如 or 胡适), and the line under it may be the first heading of a
    numbered series (革命當從革心起 | 一 緒論 | … | 二 革心): the lecture's title over its parts;
    not a salutation that lost its colon (各位同学) nor a line printed again further on (a
    running header over each page)."""
    if index > FIRST_LINES or index != first_text(segments) or segments[index].noise:
        return False
    text = segments[index].text
    han = len(HAN_CHAR.findall(text))
    if _exclaimed_title(text, han):
        text = text[:-1]  # 我市中小学生科技创新大赛再创佳绩！: a news title, read without its ！
    if (
        han < _FIRST_TITLE_ALONE_MIN  # (a name — 胡适, 欧阳修 — is no title)
        or framing.is_date_line(text)
        or framing.is_metadata_line(text)
        or _DATELINE.search(text) is not None
    ):
        return False
    after = text_around(segments, index, 1)
    if after is not None and any(seg.text == text for seg in segments[after:]):
        return False  # (a running header printed again over later pages: 学习资料)
    if (
        han >= _FIRST_TITLE_MIN
        and bare_title_at(segments, markers, index, text)
        and (after is None or not _cut_inside_sentence(segments, index, after))
    ):
        return True
    if (
        after is None
        or segments[after].line <= segments[index].line + 1  # (no blank line: a PDF's fragment)
        or markers[index] is not None
        or segments[index].md  # (# 关于改革 heads a section: markdown_title decides)
        or BARE_TITLE.match(text) is None
        or is_back_matter_head(text)
        or addresslines.is_speaker_line(text, placed=True)
        or addresslines.is_salutation(text + "：")  # (各位同学 lost its colon)
    ):
        return False
    if han >= _FIRST_TITLE_MIN and _numbered_series_at(markers, after):
        return True
    return bare_title_at(segments, markers, index, text)


# What a first line ending with ！ says when it is a speaker's words, not a news title: a
# greeting (大家好！ 新年快乐！), a welcome or thanks, or the speaker and the audience talking
# (我们…, 你们…, 今天…, 大家…; 我市/我校/我县… name the place of a local news title).
_SPOKEN = patterns.compile(
    r"(?:好|快乐|愉快|吉祥|如意|安康|健康)[！!]$|^(?:欢迎|谢谢|感谢)|[你您咱]|我们|大家|今天"
    r"|我(?![市校县区省院国厂司局镇乡所部委行])"
)


def _exclaimed_title(text: str, han: int) -> bool:
    """A first line of five Chinese characters or more ending with one ！ (no other mark in
    it: ``BARE_TITLE`` tests the rest), which is a news title (…再创佳绩！), not a salutation
    (同志们！ 亲爱的同学们！), a closing (谢谢大家！) or spoken words (``_SPOKEN``)."""
    return (
        text[-1:] in "！!"
        and han >= _FIRST_TITLE_MIN
        and not addresslines.is_exclaimed_salutation(text)
        and not addresslines.is_salutation(text[:-1] + "：")
        and not addresslines.is_closing(text)
        and _SPOKEN.search(text) is None
    )


def _cut_inside_sentence(segments: list[Segment], index: int, after: int) -> bool:
    """Whether a first line with the text right under it (on the very next source line) is
    the head of that text's first sentence, cut by a PDF's wrap, not a title: it ends with a
    word that joins it to what follows or the line under it starts with a suffix (今年以来全市
    上下认真贯彻落实中央的 | 决策部署，…), or it is as long as the lines of the paragraph under
    it — a hard-wrapped paragraph's lines are of one length (within one character), a title
    is shorter than the text's width."""
    if segments[after].line != segments[index].line + 1:
        return False
    text, below = segments[index].text, segments[after].text
    if title_goes_on(text, below):
        return True
    if abs(len(below) - len(text)) > 1 or is_sentence_end(below):
        return False
    following = text_around(segments, after, 1)
    return following is not None and segments[following].line == segments[after].line + 1


def _numbered_series_at(markers: list[Marker | None], index: int) -> bool:
    """Whether the line at ``index`` is a heading whose family numbers another heading further
    on (一 緒論 … 二 革心): the first of a numbered series."""
    marker = markers[index]
    if marker is None:
        return False
    return any(
        other is not None and other.family == marker.family for other in markers[index + 1 :]
    )


_DATELINE = patterns.compile("日电$")
"""新华社北京3月17日电: a news agency's dateline, not a title."""


_FIRST_TITLE_MIN = 5
"""Chinese characters a bare first line needs to be taken for a title rather than a name
(欧阳修, 司马相如: up to four)."""


_FIRST_TITLE_ALONE_MIN = 4
"""Chinese characters a bare first line standing alone (a blank line under it) needs, when it
is no name (女子问题)."""
