"""A speech's title block: a title line's block under it (date, subtitle, speaker,
occasion lines: ``mark_header``), titles whose words do not say so alone (a weak title with
a date or salutation under it, a dated title, a saved page's heading above the report's own
title), titles broken over two or three lines or set as a couplet, and a dash line in the
middle of running text (a quoted source, no subtitle).

It does not decide a file's first line as a title (``firsttitle``), where a collected
edition's next piece starts (``piecebreaks``, ``piecetitles``), nor Markdown titles and front
matter (``frontmatter``); the words of each kind of line are told by ``framing``.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import addresslines, framing, partlines
from tui.engine.backmatter import is_back_matter_head, is_back_matter_line
from tui.engine.markers import Marker, match_marker
from tui.engine.nearby import (
    NO_SENTENCE,
    WRAPPED_LINE_MIN,
    TextAbove,
    beside_a_date,
    ends_a_speech,
    first_text,
    paragraph_text,
    part_name,
    spaceless,
    text_around,
    wrapped_line,
)
from tui.engine.noise import is_breadcrumb, is_noise_text
from tui.engine.role import BODY, HEADER, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end

_TITLE_PIECE_MAX = 40
"""The longest line of a title broken over lines (a title line of its own is up to 110)."""


def broken_at_its_dash(segments: list[Segment], index: int) -> bool:
    """Whether the line right above title line ``index`` (no blank line between) ends with a
    dash: a title a wrap broke after its dash, its subtitle's words on the next line
    (不忘初心担使命 … 新局面—— | 在主题教育总结大会上的讲话). A dash ends no whole title."""
    above = segments[index - 1]
    return above.line + 1 == segments[index].line and above.text.endswith(framing.DASH_STARTS)


def couplet_above(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role], index: int
) -> bool:
    """Whether the line right above title line ``index`` is the first half of a main title
    set on two lines as a couplet (凝心聚力谋发展 | 奋力开创新局面 | ——在…上的讲话): the title
    line has its ——subtitle next, the two lines are parallel phrases
    (``partlines.parallel_lines``), the line above is right above (no blank line), no unit's
    name (绍兴市人民政府), nor a heading, noise, date, salutation, closing or title line of its
    own (``_title_piece``), and stands at the head of a block (the file's first text, or under
    a speech's end)."""
    if index == 0 or index + 1 >= len(segments):
        return False
    above, title = segments[index - 1], segments[index]
    if not (
        above.line + 1 == title.line
        and segments[index + 1].text.startswith(framing.DASH_STARTS)
        and partlines.parallel_lines(above.text, title.text)
        and not addresslines.is_signer_line(above.text)
        and _title_piece(segments, markers, index - 1, first=True)
    ):
        return False
    before = text_around(segments, index - 1, -1)
    return before is None or ends_a_speech(segments[before].text, roles[before])


_BLOCK_LINES = 3
"""The most title-block lines (date, speaker) looked past under a dash line for its salutation."""


def page_title_again(segments: list[Segment], index: int, roles: list[Role]) -> int:
    """One past the lines right under a saved page's line of page data (``index``: 文章来源：…
    点击数：次) that spell the line above it — the page's title — again, whole, spaces aside
    (不忘初心担使命传承博雅谱新篇 | 奋力开创…新局面 | ——在…上的讲话); else 0. The page's title is
    the title's lines above, when a wrap broke it (…新局面—— | 在…上的讲话: both lines TITLE,
    one right under the other)."""
    title = spaceless(segments[index - 1].text)
    above = index - 1
    while (
        above > 0
        and roles[above] is TITLE
        and roles[above - 1] is TITLE
        and segments[above - 1].line + 1 == segments[above].line
    ):
        above -= 1
        title = spaceless(segments[above].text) + title
    spelt = ""
    for end in range(index + 1, len(segments)):
        spelt += spaceless(segments[end].text)
        if not title.startswith(spelt):
            return 0
        if spelt == title:
            return end + 1
    return 0


def dash_line_in_text(
    segments: list[Segment],
    roles: list[Role],
    index: int,
    walk_up: TextAbove | None = None,
) -> bool:
    """Whether a dash line (——鲁迅在北京女子高等师范学校文艺会的讲演（1923年12月26日）) stands in
    the middle of running text, where it is no subtitle: a subtitle belongs to a title block —
    a title line above it, the file's start, or a speech's end (a closing, a source note). So
    under a paragraph of text (a finished sentence, or a line longer than a title piece) it
    starts no speech — unless a salutation opens one under it (its date and speaker lines
    between): ——在…上的讲话 | 同志们： after a speech's last sentence is the next one's title.
    ``walk_up``: the roles pass's walk up (``TextAbove``)."""
    before = walk_up.before(index) if walk_up else text_around(segments, index, -1)
    if before is None or roles[before] is not BODY:
        return False
    above = segments[before].text
    if not (is_sentence_end(above) or len(above) > _TITLE_PIECE_MAX) or is_back_matter_line(above):
        return False  # (a short line above is the title: 尊崇党章 做合格党员 | ——在…上的讲话)
    following = index
    for _ in range(_BLOCK_LINES + 1):
        after = text_around(segments, following, 1)
        if after is None:
            return True
        text = segments[after].text
        if addresslines.is_salutation(text) or addresslines.is_exclaimed_salutation(text):
            return False
        if not _is_header_line(text, beside_a_date(segments, after)):
            return True
        following = after
    return True


def broken_title_lines(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role], index: int
) -> int:
    """How many lines from ``index`` on are one title broken over lines (2 or 3), or 0.

    A 在…上的讲话 title whose last line is no title by itself (在全市经济工作会议上的 | 讲话;
    在全市加强和改进新时代 | 基层治理工作 | 会议上的讲话). Or a title that names the speech
    without 在… (关于加强和改进新时代 | 基层治理工作的报告) — a title only where one on a line
    would be (``weak_title_at``: a date, subtitle or salutation follows, or it opens the
    file; a title in other words with a date line or subtitle right under it,
    ``dated_title_at``, or a salutation: …的 | 若干问题 | （2024年3月5日）), whose lines stand
    at the head of a block (the file's first line of text, or under the end of a speech),
    each line right under the one before, and broken inside the title:
    the line above ends with a joining word (…的 | 报告) or the line below starts with a
    suffix (…工作 | 的报告), or the title opens with 关于 and has not yet come to the word that
    names the speech. A file's own name over a speech's title (营商环境讲话三篇 | 在…上的讲话)
    is no such break."""
    text = segments[index].text
    second = segments[index + 1].text
    if framing.is_title(text + second) and not framing.is_title(second):
        return 2
    # (关于…: a title broken where its width ran out, its first line the longer or about as
    # long — 关于净土宗 over a piece's title is a collection's group heading, no first line)
    opened = text.startswith("关于") and len(text) + 2 >= len(second)
    three = "在" in text and index + 2 < len(segments)
    if not (three or opened or title_goes_on(text, second)) or not _title_piece(
        segments, markers, index + 1
    ):
        return 0  # (the cheap tests first: most short lines are no title's first line)
    if three and _title_piece(segments, markers, index + 2):
        third = segments[index + 2].text
        if (
            framing.is_title(text + second + third)
            and not framing.is_title(second + third)
            and not framing.is_title(third)
        ):
            return 3
    if not (opened or title_goes_on(text, second)) or not _title_piece(
        segments, markers, index, first=True
    ):
        return 0
    before = text_around(segments, index, -1)
    if before is not None and not ends_a_speech(segments[before].text, roles[before]):
        return 0
    joined = text
    for last in range(index + 1, min(index + 3, len(segments))):
        piece = segments[last].text
        if last > index + 1 and not _title_piece(segments, markers, last):
            return 0
        if not (title_goes_on(joined, piece) or (opened and not framing.is_weak_title(joined))):
            return 0
        joined += piece
        if framing.is_weak_title(joined) and not framing.is_caption(joined):
            framed = is_framed(segments, last) or index == first_text(segments)
            return last - index + 1 if framed else 0
        if framing.is_weak_title(piece):
            return 0
        if _dated_under(segments, last) or (
            last + 1 < len(segments) and addresslines.is_salutation(segments[last + 1].text)
        ):
            # 关于…新时代 | 基层治理的若干问题 | （2024年3月5日）, or right above 同志们：: a title
            # whatever its words, as one line there is
            return last - index + 1
    return 0


def title_goes_on(upper: str, lower: str) -> bool:
    """Whether two lines of a title were broken inside it: by the word at the break."""
    return upper[-1:] in framing.TITLE_ENDS_NEVER or lower[:1] in framing.TITLE_PIECE_STARTS_NEVER


def _title_piece(
    segments: list[Segment], markers: list[Marker | None], index: int, first: bool = False
) -> bool:
    """Whether the line at ``index`` may be a line of a title broken over lines: short, with
    no sentence or comma in it, no heading's number, date, subtitle, salutation, closing,
    noise or 在…上的讲话 title of its own; its ``first`` line no title of other words either
    (…报告), a later line right under the line before."""
    if index >= len(segments):
        return False
    seg = segments[index]
    text = seg.text
    return (
        len(text) <= _TITLE_PIECE_MAX
        and markers[index] is None
        and not seg.noise
        and (first or seg.line == segments[index - 1].line + 1)
        and NO_SENTENCE.match(text) is not None
        and not framing.is_date_line(text)
        and not addresslines.is_salutation(text)
        and not addresslines.is_closing(text)
        and not partlines.is_collection_line(text)
        and not framing.is_metadata_line(text)
        and not framing.is_subtitle(text)
        and not is_noise_text(text)
        and not is_breadcrumb(text)
        and not framing.is_title(text)
        and not (first and framing.is_weak_title(text))
    )


_PART_NAME_MAX = 4
"""The longest part name read as a title-block line (开幕词, 结束语; not 一 一月十八日的讲话)."""


def _is_header_line(text: str, placed: bool = False) -> bool:
    """A date, subtitle or speaker line of a title block (a line of words that opens with a
    heading's number — 一　緒論, the first line of a table of contents under the title — is
    no speaker line; ``placed`` as ``addresslines.is_speaker_line``'s). A part's short name
    (开幕词, 引言, 结束语) under a title is one too: the title does not take it in. So is a
    dash line that reads as a title by itself when it dates the speech or is an occasion line
    but for a bracket at its end (``partlines.is_block_subtitle``); taken for a second title
    line, it was run into the title above (``reflow`` joins title lines)."""
    return (
        framing.is_date_line(text)
        or framing.day_line_date(text) is not None  # （1月13日下午4点，行政楼会议室四）
        or partlines.is_block_subtitle(text)
        or (addresslines.is_speaker_line(text, placed=placed) and match_marker(text) is None)
        or (len(part_name(text)) <= _PART_NAME_MAX and partlines.is_part_line(text))
        or partlines.is_occasion_line(text)
        or framing.is_credit_line(text)
    )


def weak_title_at(segments: list[Segment], index: int) -> bool:
    """政府工作报告 / 2025年度述职述廉报告: a title when a date, subtitle or salutation follows
    within the next few short lines (speaker and web metadata lines may come between), or
    when it is the file's first line (关于…的调研报告 / …心得体会)."""
    if not framing.is_weak_title(segments[index].text):
        return False
    if is_framed(segments, index):
        return dated_page_heading(segments, index) is None
    if index != first_text(segments):
        return False
    # The file's first line of text (ad lines above it do not count) — unless a framed title
    # follows within a few lines: a saved page's heading above the report's own title block.
    return not _framed_title_follows(segments, index)


def _framed_title_follows(segments: list[Segment], index: int) -> bool:
    """Whether a title that names the speech, framed (``is_framed``), follows line ``index``
    within ``_PAGE_HEAD_LINES`` lines."""
    return any(
        framing.is_weak_title(segments[later].text) and is_framed(segments, later)
        for later in range(index + 1, min(index + _PAGE_HEAD_LINES + 1, len(segments)))
    )


def dated_page_heading(segments: list[Segment], index: int) -> tuple[int, int] | None:
    """政府工作报告 | 2007年04月05日 | 【字体：大 中 小】 | 政府工作报告 | ——在…会议上: a saved page's
    heading and the day it was posted, framed by that date alone, above the report's own title
    block a few short lines later (its title maybe broken over up to three lines by the page's
    links: 关于河北省国民 | 经济和社会发 | 展第十个五年计划纲要的报告) — the page's, not the
    speech's title (holdout8 y05, y08, y11). The report's own title lines (first, one past the
    last), or None."""
    if index + 1 >= len(segments) or not framing.is_bare_date(segments[index + 1].text):
        return None
    for last in range(index + 2, min(index + _PAGE_HEAD_LINES + 3, len(segments) - 1)):
        # (the longest title ending at ``last`` first, of lines of words only: 小 | 】 |
        # 政府工作报告 is 政府工作报告)
        for start in range(max(index + 2, last - 2), last + 1):
            pieces = segments[start : last + 1]
            if len(pieces) > 1 and any(
                len(seg.text) < _TITLE_PIECE_MIN or NO_SENTENCE.match(seg.text) is None
                for seg in pieces
            ):
                continue
            joined = "".join(seg.text for seg in pieces)
            if framing.is_weak_title(joined) and is_framed(segments, last):
                if (
                    framing.is_bare_date(segments[last + 1].text)
                    or start > index + _PAGE_HEAD_LINES
                ):
                    return None
                return start, last + 1
        text = segments[last].text
        if len(text) > _PAGE_CHROME_MAX or text[-1:] in "。！？!?":
            return None
    return None


_PAGE_CHROME_MAX = 12
"""The longest line of a page's chrome between its heading and the report's title (字体：)."""


_TITLE_PIECE_MIN = 4
"""The shortest line of a title the page's links broke (经济和社会发), not its chrome (大, 】)."""


_PAGE_HEAD_LINES = 8
"""The most lines between a saved page's heading and the report's own title (the page's
site name, date, source and font-size control: 中央政府门户网站 … 【字体：大 中 小】)."""


def is_framed(segments: list[Segment], index: int) -> bool:
    """Whether a date, subtitle or salutation follows line ``index`` within the next few
    short lines (speaker and web metadata lines may come between)."""
    for position, following in enumerate(segments[index + 1 : index + 5], index + 1):
        text = following.text
        if (
            addresslines.is_salutation(text)
            or addresslines.is_exclaimed_salutation(text)
            or framing.is_date_line(text)
            or framing.is_subtitle(text)
        ):
            return True
        if not (
            addresslines.is_speaker_line(text, placed=beside_a_date(segments, position))
            or framing.is_metadata_line(text)
        ):
            return False
    return False


_TITLE_WORDS_ONLY = patterns.compile(r"^[^。！？!?；;：:]{2,40}$")


# 论十大关系 / 任正非：华为的冬天 — a title over a date line may name its speaker first.
_DATED_TITLE = patterns.compile(r"^(?:[^。！？!?；;：:]{1,8}[：:])?[^。！？!?；;：:]{2,40}$")


_DATE_OR_SUBTITLE_STARTS = frozenset(
    "（(—－─-0123456789０１２３４５６７８９一二三四五六七八九〇○零"
)


def dated_title_at(segments: list[Segment], index: int) -> bool:
    """论十大关系 / 解放思想，实事求是，团结一致向前看: a short line with no sentence in it,
    where the text before it has ended, with a date line (（一九五六年四月二十五日）) or a
    ——subtitle right under it (a speaker line may come between): a title, whatever its
    words."""
    text = segments[index].text
    if len(text) > 40 or index + 1 >= len(segments):
        return False
    if (
        segments[index + 1].text[:1] not in _DATE_OR_SUBTITLE_STARTS
        and len(segments[index + 1].text) > 24
    ):
        return False  # (no date, subtitle or speaker line under it: decided cheaply)
    if (
        _DATED_TITLE.match(text) is None
        or text[-1] == "的"  # (…的 | 若干问题: a title broken, see broken_title_lines)
        or framing.is_date_line(text)
        or is_noise_text(text)
        or is_back_matter_head(text)
    ):
        return False
    if index > 0:
        before = segments[index - 1].text
        if not (
            is_sentence_end(before)
            or is_noise_text(before)
            or is_back_matter_head(before)
            or (
                len(before) <= 20
                and _TITLE_WORDS_ONLY.match(before)
                and "，" not in before
                and match_marker(before) is None
            )
        ):
            return False  # (a short line above: a page header, or the title's first line)
    return _dated_under(segments, index)


def _dated_under(segments: list[Segment], index: int) -> bool:
    """Whether a date line or a ——subtitle stands right under line ``index`` (a speaker line
    may come between), the speech's text after it."""
    following = segments[index + 1 : index + 3]
    for offset, seg in enumerate(following, index + 1):
        if seg.line == segments[index].line and not framing.is_subtitle(seg.text):
            # 中央政府门户网站　2006年02月23日: a web page's byline (but a ——subtitle on the
            # title's line is its block's: 为…而奋斗 ——1960年4月6日在…会议上, a one-line text's)
            return False
        if framing.is_date_line(seg.text) or framing.is_subtitle(seg.text):
            # (2019 年 3 月份，Seata 开源了… broken by a wrap is a paragraph's first line)
            return not wrapped_line(segments, offset) and text_follows(segments, offset + 1)
        if not addresslines.is_speaker_line(seg.text, placed=beside_a_date(segments, offset)):
            return False
    return False


def text_follows(segments: list[Segment], index: int) -> bool:
    """Whether a speech's text follows a title block's last line: a salutation, a heading
    or a paragraph within the next few lines. A name and a date at the end of a document
    (XX市人民政府 / 2023年12月20日) are its signature, not a title."""
    for position in range(index, min(index + 4, len(segments))):
        text = segments[position].text
        if (
            len(text) > 30
            or addresslines.is_salutation(text)
            or match_marker(text) is not None
            or (len(text) >= WRAPPED_LINE_MIN and paragraph_text(segments, position))
        ):
            return True
    return False


_SUBTITLE_REST_LINES = 2
"""The most lines a hard wrap broke the rest of a title line's ——subtitle into."""


def subtitle_rest(segments: list[Segment], index: int) -> int:
    """One past the lines right under the title line at ``index`` that finish its ——subtitle
    where a hard wrap cut it (``partlines.subtitle_goes_on``: 政府工作报告——2016年3月5日在第十二届
    全国人民代表大会 | 第四次会议上国务院总理 李克强): title lines, run into the title as the
    scrape had it, so every wrap of the block gives the same title and speaker."""
    rest = ""
    for end in range(index + 1, min(index + 1 + _SUBTITLE_REST_LINES, len(segments))):
        if segments[end].noise or segments[end].line != segments[end - 1].line + 1:
            break
        rest += segments[end].text
        if partlines.subtitle_goes_on(segments[index].text, rest):
            return end + 1
    return index + 1


def mark_header(segments: list[Segment], roles: list[Role], index: int) -> int:
    """Mark the date, subtitle and speaker lines under a title (web metadata lines between
    them are left for the noise pass, and so is an edition's publication note, 本篇最初发表于…);
    return the index after them."""
    note = False
    for _ in range(5):
        if index >= len(segments):
            break
        text = segments[index].text
        if _is_header_line(text, beside_a_date(segments, index)) or (
            # ——2026年1月26日在广东省第十四届 | 人民代表大会第五次会议上: a subtitle's second line
            roles[index - 1] is HEADER
            and framing.is_subtitle(segments[index - 1].text)
            and (
                framing.is_subtitle_rest(text)
                # …人民代表大会 | 第四次会议上国务院总理 李克强: the rest and the speaker run into it
                or addresslines.run_on_speaker(segments[index - 1].text + text) >= 0
                # ——一九二三年十二月二十六日在 | 北京女子高等师范学校文艺会讲: the open occasion closed
                or partlines.subtitle_goes_on(segments[index - 1].text, text)
            )
        ):
            roles[index] = HEADER
            note = False
        elif framing.is_publication_note(text) or (
            note
            and segments[index].line == segments[index - 1].line + 1
            and not is_sentence_end(segments[index - 1].text)
        ):
            note = True  # 本篇最初发表于…《文艺会刊》 | 第六期。: an edition's note, wrapped or not
        elif framing.is_metadata_line(text):
            note = False
        else:
            break
        index += 1
    return index
