"""Framing roles: which segments are a speech's title, title-block (date, subtitle, speaker,
occasion), salutation or closing lines; everything else is body (``frame_roles``, one pass
over the segments in order; the ``Role`` values are in ``role``).

The words of each kind of line are told by ``framing``; this module decides from the
neighbouring segments, asking the modules of each kind of decision: the lines around a
segment (``nearby``), a title and its block (``titleblock``), a file's first line
(``firsttitle``), where a collected edition's next piece starts (``piecebreaks``), the passes
over a compilation's piece titles after the loop (``piecetitles``). It also holds the parts of
a speech given in parts (开幕词 … 结论, 第一讲 … 第二讲) and the occasion lines a compilation
glued to its talks (``split_glued_occasions``). Markdown titles and front matter are in
``frontmatter``.

Each role is decided from the roles already given to the lines above, in one pass: the
modules it asks read the roles list as it stands; it is written by this loop, by
``titleblock.mark_header`` (a title's block under it) and by the passes of ``piecetitles``
at the loop's end.
"""

from __future__ import annotations

from tui.engine import addresslines, framing, partlines
from tui.engine.firsttitle import first_line_title_at, lone_chapter_at
from tui.engine.frontmatter import front_matter_end
from tui.engine.markers import Marker
from tui.engine.nearby import (
    OPENING_PARTS,
    TextAbove,
    cut_out,
    ends_a_speech,
    first_text,
    inside_paragraph,
    open_sentence,
    paragraph_text,
    part_name,
    past_seam,
    spaceless,
    text_around,
    wrapped_between,
)
from tui.engine.noise import is_breadcrumb, is_noise_text, is_page_data
from tui.engine.piecebreaks import (
    Gaps,
    ShortLines,
    closing_note_at,
    edition_tail,
    signed_at_end,
    signed_title_at,
    title_after_closing,
    title_after_gap,
    title_after_note,
)
from tui.engine.piecetitles import mark_bracketed_piece_titles, mark_piece_titles
from tui.engine.role import BODY, CLOSING, HEADER, SALUTATION, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end
from tui.engine.titleblock import (
    broken_at_its_dash,
    broken_title_lines,
    couplet_above,
    dash_line_in_text,
    dated_page_heading,
    dated_title_at,
    is_framed,
    mark_header,
    page_title_again,
    subtitle_rest,
    weak_title_at,
)


def _part_lines(segments: list[Segment], markers: list[Marker | None]) -> set[int]:
    """The lines naming the parts of a speech given in parts (开幕词 … 结论, 一 一月十八日的
    讲话 / 二 一月二十七日的讲话): two or more of them, each after a finished sentence.

    An opening part and a closing part only (引言 … 结论, 开场白 … 结束语) with headings
    between them (一、… 二、…, ## 研究方法) frame one text: its introduction and conclusion,
    not parts (the parts of one occasion hold their headings inside a part: 引言 | 结论 |
    一 … 五)."""
    found = {
        i
        for i, seg in enumerate(segments)
        if len(seg.text) <= 30
        and partlines.is_part_line(seg.text)
        and (i == 0 or not open_sentence(segments[i - 1].text))
    }
    found |= _lecture_lines(segments)
    if len(found) < 2:
        return set()
    first, last = min(found), max(found)
    if all(part_name(segments[i].text) in _FRAMING_PARTS for i in found) and any(
        (markers[i] is not None or segments[i].md) and i not in found
        for i in range(first + 1, last)
    ):
        return set()
    return found


def _lecture_lines(segments: list[Segment]) -> set[int]:
    """第一讲引言 / 第二讲方法的自觉 / 第三讲方法与材料: the lectures of a series given one by
    one, each its own talk — two or more lecture lines numbered one after another (in a one-line
    text, from 第一讲 and going up: 第一讲… | 第十四讲结论 of an excerpt), each
    after a finished sentence (or at the file's head) and over a paragraph of text. Not in a
    course's notes (党课讲义 | 第一讲　党的性质 | 一、…: the file's title names notes, its 讲
    are chapters), nor a list of lectures (第一讲 绪论 | 第二讲 方法 on lines one under the
    other: a syllabus)."""
    found: list[tuple[int, int]] = []
    for i, seg in enumerate(segments):
        if seg.text[:1] != "第" or len(seg.text) > 20:
            continue
        number = partlines.lecture_number(seg.text)
        if not number or (i and not is_sentence_end(segments[i - 1].text)):
            continue
        after = past_seam(segments, text_around(segments, i, 1))
        if after is None or not paragraph_text(segments, after):
            continue
        found.append((i, number))
    # (lecture titles a one-line text had glued after sentence ends, cut out of their line —
    # ``peertitles.lectures_apart`` — count from 第一讲 and go up: an excerpt of a course may leave
    # the lectures between out)
    one_line = all(cut_out(segments, i) for i, _ in found)
    if len(found) < 2 or any(
        (b[1] <= a[1] or found[0][1] != 1) if one_line else b[1] != a[1] + 1
        for a, b in zip(found, found[1:], strict=False)
    ):
        return set()
    if segments and partlines.names_course_notes(segments[first_text(segments)].text):
        return set()
    return {i for i, _ in found}


_FRAMING_PARTS = OPENING_PARTS | frozenset(("结论", "结束语"))


_SALUTATION_NEVER_ENDS = frozenset("：:。！？!?；;")
"""A line ending so is whole (a salutation of its own, or a sentence): no wrap broke a
salutation after it (the test of the line with the next is skipped)."""


def split_glued_occasions(segments: list[Segment]) -> list[Segment]:
    """In a compilation (see ``frame_roles``), an occasion line glued to its talk's first
    sentence (戊寅十一月十四日在南普陀寺…席上讲佛教养正院已办有四年了。), or a letter's name
    glued to the letter after a finished sentence (关于…致竺摩法师书，兹综合律文，…), is cut
    off it: it starts the piece, as it does on a line of its own."""
    if not segments or not partlines.is_collection_line(segments[first_text(segments)].text):
        return segments
    out: list[Segment] = []
    for seg in segments:
        cut = partlines.glued_occasion(seg.text)
        if not cut and out and is_sentence_end(out[-1].text):
            cut = partlines.glued_letter(seg.text)  # 关于…致竺摩法师书，| 兹综合律文，…
        if cut and seg.text[:1] not in "“‘「" and not is_noise_text(seg.text[:cut]):
            out.append(Segment(seg.line, seg.text[:cut], seg.indented))
            out.append(Segment(seg.line, seg.text[cut:], True))
        else:
            out.append(seg)
    return out


def frame_roles(
    segments: list[Segment],
    markers: list[Marker | None],
    joined: list[tuple[int, int]] | None = None,
) -> list[Role]:
    """Each segment's role. ``joined``: the YAML front matter blocks inside the file
    (``joined_front_matter``), metadata whose lines are given no role."""
    roles = [BODY] * len(segments)
    blocks = dict(joined or ())
    count = len(segments)
    titles_seen: set[str] = set()
    longest = framing.TITLE_MAX
    parts = _part_lines(segments, markers)
    first = first_text(segments) if count else 0
    gaps = Gaps(segments)
    repeated = ShortLines(segments)
    walk_up = TextAbove(segments)
    collection = count > 0 and partlines.is_collection_line(segments[first].text)
    index = first + 1 if collection else 0  # (a compilation's own title line is front matter)
    # The compilation's line printed again at the top of its pages (某某文选　第二卷): a running
    # header, never a piece's title (mark_noise marks it).
    running = spaceless(segments[first].text) if collection else None
    # A Markdown file's YAML front matter (--- | title: … | ---) is metadata: no title
    # (title: 在…上的讲话), date line or salutation of the speech.
    index = max(index, front_matter_end(segments))
    while index < count:
        if blocks and index in blocks:
            # A piece's front matter in a 合集: no title, date or speaker; a # line under it
            # is the piece's title (as ``markdown_title`` takes one at a file's head).
            index = blocks[index]
            under = text_around(segments, index - 1, 1)
            if (
                under is not None
                and segments[under].md
                and markers[under] is None
                and not is_sentence_end(segments[under].text)
            ):
                roles[under] = TITLE
                following = under + 1
                while following < count and not segments[following].md:
                    following += 1  # (the date and speaker lines under it, up to the next # line)
                index = mark_header(segments[:following], roles, under + 1)
            continue
        text = segments[index].text
        if index in parts:
            # 引言 opens its part but names no talk: a title-block line (under the talk's title,
            # or starting an untitled talk), not the title (nor a title's second line).
            roles[index] = HEADER if part_name(text) in OPENING_PARTS else TITLE
            index = mark_header(segments, roles, index + 1)
            continue
        if len(text) > longest and text[0] != "第":
            # Most of a speech: a line longer than any title (so not in ``titles_seen``
            # either), salutation (40), closing (40) or two-line title piece (40), and no
            # 第N篇 line. Nothing below can take it; skipping the tests saves ~10 ms on 10 MB.
            index += 1
            continue
        if (running is not None and spaceless(text) == running) or (
            index != first and partlines.is_collection_line(text) and not framing.is_title(text)
        ):
            # (a compilation's name inside the text — 讲话稿精选汇编 under a page number — is a
            # page header, never a speech's title, nor the title above a salutation)
            index += 1
            continue
        if is_breadcrumb(text):
            # 首页 > 政务公开 > 政府工作报告: page chrome above the title block, never its title
            # (nor the first line of a title broken over two lines).
            segments[index].noise = True
            index += 1
            continue
        if index and is_page_data(text) and (end := page_title_again(segments, index, roles)):
            # 竖直脊梁 立定脚跟——开学典礼讲话 | 文章来源：…点击数：次 | 竖直脊梁 立定脚跟 | ——开学典礼
            # 讲话: the page's title spelt again under its page data is the speech's own title
            # block (its ——subtitle a line of the block), no text and no second speech.
            for line in range(index + 1, end):
                dashed = segments[line].text.startswith(framing.DASH_STARTS)
                roles[line] = HEADER if dashed else TITLE
            index = mark_header(segments, roles, end)
            continue
        if text in titles_seen and inside_paragraph(segments, index):
            # The title printed again as a running page header, in the middle of a sentence
            # cut by the page break: a page header, not a new speech.
            segments[index].noise = True
        elif (
            index + 1 < count
            and text[-1:] not in _SALUTATION_NEVER_ENDS
            and ("、" in text or "，" in text)
            and segments[index + 1].line == segments[index].line + 1
            and addresslines.is_salutation(text + segments[index + 1].text)
        ):
            # 各位友邦的元首與貴賓、…現場的好朋友，全體 | 國人同胞，大家好：: a list of addressees
            # a wrap broke (its parts' marks in the first line, the next line right under it),
            # neither line a salutation alone (``reflow`` joins the two). Not a title over its
            # salutation (大学的生活 | 校长，主席，各位同学：: no list's mark in the title).
            roles[index] = roles[index + 1] = SALUTATION
            index += 1
        elif addresslines.is_salutation(text):
            roles[index] = SALUTATION
            before = index - 1
            if (
                before >= 0
                and roles[before] is BODY
                and markers[before] is None
                and not segments[before].noise
                and framing.is_title_line_above_salutation(segments[before].text)
                and not addresslines.is_closing(segments[before].text)
                and not is_noise_text(segments[before].text)
                and (
                    (last := text_around(segments, before, -1)) is None
                    or (
                        # (past markup and ad lines: a closing | ``` | # 发言稿 | 尊敬的…：)
                        roles[last] not in (TITLE, HEADER)
                        and ends_a_speech(segments[last].text, roles[last])
                    )
                )
            ):
                # A title in other words, right above 同志们： — but a date alone there
                # (2024年3月5日, （二〇二四年三月五日）) is an untitled speech's date line.
                date = framing.is_bare_date(segments[before].text)
                roles[before] = HEADER if date else TITLE
        elif (
            index > 0
            and roles[index - 1] in (TITLE, HEADER)
            and addresslines.is_exclaimed_salutation(text)
        ):
            roles[index] = SALUTATION  # 各位代表！ right under the title block opens the speech
        elif addresslines.is_closing(text):
            roles[index] = CLOSING
        elif (
            framing.is_ordinal_line(text)
            and index + 1 < count
            and framing.is_title(segments[index + 1].text)
        ):
            roles[index] = TITLE  # 第2篇 above the next title: part of it
        elif index == first and lone_chapter_at(segments, markers, index):
            # 第一章 概论 opening a lecture cut out of its book, no 第二章 after it: its title.
            roles[index] = TITLE
            titles_seen.add(text)
            index = mark_header(segments, roles, index + 1)
            continue
        elif markers[index] is None and closing_note_at(segments, markers, roles, index, repeated):
            # 1959年12月27日在…年会上的演讲 under a piece's last paragraph: its end, not a title.
            roles[index] = CLOSING
        elif markers[index] is None and title_after_note(
            segments, markers, roles, index, repeated, walk_up
        ):
            roles[index] = TITLE  # 找书的快乐 after the note that closes the piece above
        elif markers[index] is None and title_after_closing(
            segments, markers, roles, index, walk_up
        ):
            roles[index] = TITLE  # 谢谢大家！ | 提纲 - 人工智能在物流行业的前景 | a list
        elif markers[index] is None and (title := signed_at_end(segments, index)):
            # …请批评指正。 | 孙洪亮 | 2021年2月4日 | 2020年度述职述廉报告 | 一年来，…: the report
            # above signed at its end, the next report's title under the signature
            roles[index:title] = [CLOSING] * (title - index)
            roles[title] = TITLE
            index = mark_header(segments, roles, title + 1)
            continue
        elif markers[index] is None and signed_title_at(segments, markers, index):
            # …保持高度一致。 | 2020年度述职述廉报告 | 蒋明 | 回顾过去的一年，…: the next report
            roles[index] = TITLE
            roles[index + 1] = HEADER  # (its speaker: 蒋明, though a bare name of two characters)
            index = mark_header(segments, roles, index + 2)
            continue
        elif markers[index] is None and title_after_gap(
            segments, markers, roles, first, gaps, index
        ):
            roles[index] = TITLE  # 眼前文化的趋向 after the widest gap of a file under its title
        elif (
            markers[index] is None
            and partlines.is_occasion_line(text)
            and not framing.is_title(text)
        ):
            # 壬申十月在厦门妙释寺讲 with no title above it: where an untitled talk starts.
            roles[index] = HEADER
            index = mark_header(segments, roles, index + 1)
            continue
        elif (
            markers[index] is None
            and framing.is_weak_title(text)
            and is_framed(segments, index)
            and (own := dated_page_heading(segments, index)) is not None
        ):
            # A saved page's heading, its date and its chrome above the report's own title
            # block: page chrome; the report's title (broken by the page's links or not) and
            # its block follow.
            start, end = own
            for chrome in range(index, start):
                segments[chrome].noise = True
            roles[start:end] = [TITLE] * (end - start)
            titles_seen.add("".join(seg.text for seg in segments[start:end]))
            index = mark_header(segments, roles, end)
            continue
        elif (
            markers[index] is None
            and text.startswith(framing.DASH_STARTS)
            and dash_line_in_text(segments, roles, index, walk_up)
        ):
            # ——鲁迅在…的讲演（1923年12月26日） under a paragraph of a speech: a quoted source,
            # no subtitle (a subtitle belongs to a title block).
            pass
        elif (
            markers[index] is None
            and not edition_tail(segments, index)
            and (
                framing.is_title(text)
                or weak_title_at(segments, index)
                or first_line_title_at(segments, markers, index)
                or dated_title_at(segments, index)
                or framing.is_title_with_subtitle(text)
            )
            and not wrapped_between(segments, index)
        ):
            roles[index] = TITLE
            titles_seen.add(text)
            if (
                index > 0
                and (text.startswith(framing.DASH_STARTS) or broken_at_its_dash(segments, index))
                and roles[index - 1] is BODY
                and not segments[index - 1].noise
                and len(segments[index - 1].text) <= 60
                and not is_sentence_end(segments[index - 1].text)
                and markers[index - 1] is None
            ):
                roles[index - 1] = TITLE  # 尊崇党章 做合格党员 / ——在…上的讲话 (or …新局面—— / 在…)
            elif couplet_above(segments, markers, roles, index):
                roles[index - 1] = TITLE  # 凝心聚力谋发展 / 奋力开创新局面 / ——在…上的讲话
            end = subtitle_rest(segments, index)
            roles[index + 1 : end] = [TITLE] * (end - index - 1)
            index = mark_header(segments, roles, end)
            continue
        elif (
            index + 1 < count
            and len(text) <= 40
            and not is_sentence_end(text)
            and markers[index] is None
            and (lines := broken_title_lines(segments, markers, roles, index))
        ):
            # A title broken over two or three lines.
            roles[index : index + lines] = [TITLE] * lines
            index = mark_header(segments, roles, index + lines)
            continue
        index += 1
    mark_piece_titles(segments, markers, roles, talks_only=not collection, running=running)
    mark_bracketed_piece_titles(segments, markers, roles)
    return roles
