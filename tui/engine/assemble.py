"""Assembly: from paragraphs and speech starts to the ``Document``.

Per speech, the heading candidates (numbered paragraph starts; unnumbered lines:
``headinglines``) are collected, those that are no headings taken out
(``candidatefilters``), and the rest handed to ``outline.build_outline``; a speech's title,
date and speaker are read from its title block (``speechfacts``); back matter at a speech's
end, page-bottom footnotes (①…) and each paragraph's kind are settled here.
"""

from __future__ import annotations

from collections import deque

from tui.engine import addresslines, framing, partlines
from tui.engine.candidatefilters import (
    after_preface,
    without_bullet_lists,
    without_doubled,
    without_tight_lists,
)
from tui.engine.chapters import without_contents_before_chapter
from tui.engine.couplet import is_couplet
from tui.engine.glued import next_item_in_sentence
from tui.engine.headinglines import (
    BARE_CODA,
    CLOSING_PARTS,
    COUPLET_SIBLINGS,
    OPENING_PARTS,
    PLAIN,
    UNNUMBERED,
    count_strict_couplets,
    couplet_at,
    crosshead_at,
    glued_bare_numerals,
    leads_text,
    member_at,
    named_parts_apart,
    plain_heading_at,
)
from tui.engine.headingtitle import heading_title
from tui.engine.markers import SPOKEN_FAMILIES, Marker
from tui.engine.mdmarks import BULLET, is_markdown
from tui.engine.model import Document, Heading, Kind, Paragraph, Speech
from tui.engine.numeraltitles import without_numeral_titles
from tui.engine.outline import build_outline
from tui.engine.para import Para
from tui.engine.role import BODY, CLOSING, HEADER, SALUTATION, TITLE
from tui.engine.series import CROSSHEAD_FIRST, CROSSHEAD_ONLY, SUBTITLE_ONLY
from tui.engine.speeches import SpeechStart, opens_turn
from tui.engine.speechfacts import (
    end_before_back_matter,
    header_date,
    header_speaker,
    own_part_line,
    signature,
)
from tui.engine.sublines import MEMBER_ONLY

_CIRCLED = frozenset(map(chr, range(0x2460, 0x2474)))


def mark_footnotes(paragraphs: list[Para]) -> None:
    """①指一九四七年… after a paragraph that says …的报告①…: a page-bottom footnote, its
    mark referred to in the text just before it. Back matter, not a ① heading — unless it is
    a Markdown ``#`` line (## ② 需求, whose mark a table of the sections above names). The
    12 paragraphs looked back over are paragraphs of text: a page seam's number and running
    header (党建工作学习资料　第 1 页) between them do not count. A ① right under a paragraph
    that announces a list with its colon (…两种精神： | ①容纳反对党的意见，… | ②人人要负责任，…)
    is that list's first item, and the ②, ③… after it go on with it, whatever marks of an
    inline list (（4）表决的方法。①须规定…②…) stand in the paragraphs above."""
    previous: Para | None = None
    before: deque[str] = deque(maxlen=12)  # the texts of the last paragraphs that are no noise
    listed = 0  # the number of the last item of a circled list announced by a colon (0: none)
    for para in paragraphs:
        if para.noise:
            continue
        mark = para.text[:1]
        if mark in _CIRCLED and not para.md:
            number = ord(mark) - 0x245F
            if (
                number == 1
                and previous is not None
                and not previous.back
                and previous.text.endswith(("：", ":"))
            ) or (listed and number == listed + 1):
                listed = number
            elif (previous is not None and previous.back and previous.text[:1] in _CIRCLED) or any(
                mark in text[1:] for text in before
            ):
                para.back, para.marker = True, None
        elif para.marker is not None:
            listed = 0  # (another numbered paragraph: the list is over)
        previous = para
        before.append(para.text)


def assemble_document(
    paras: list[Para],
    starts: list[SpeechStart],
    path: str,
    encoding: str,
    line_count: int,
    warnings: tuple[str, ...],
    bold_lines: frozenset[int] = frozenset(),
) -> Document:
    """The ``Document`` of ``paras`` and their speeches' ``starts``. ``bold_lines``: the lines
    the writer set in bold (Markdown ``**…**``), which a page's furniture under them does not
    make a sentence the page cut (``plain_heading_at``)."""
    # The last paragraph that is not noise, looked for from the end (where it is).
    last_content = next(
        (i for i in range(len(paras) - 1, -1, -1) if not paras[i].noise and not paras[i].back), -1
    )
    bounds = [s.paragraph for s in starts] + [last_content + 1]
    ends = [end_before_back_matter(paras, s.paragraph, bounds[n + 1]) for n, s in enumerate(starts)]
    speech_of: list[int | None] = [None] * len(paras)
    for number, start in enumerate(starts):
        for index in range(start.paragraph, ends[number]):
            if not paras[index].back:
                speech_of[index] = number

    headings_of: dict[int, Heading] = {}
    speeches: list[Speech] = []
    markdown = any(para.md for para in paras)  # (a text with # headings: see without_tight_lists)
    for number, start in enumerate(starts):
        begin, end = start.paragraph, ends[number]
        framed = {start.title, start.salutation, *start.extra} - {None}
        candidates: list[tuple[int, Marker]] = []
        texts: dict[int, str] = {}
        content: list[int] = []
        preview: str | None = None  # the first words of the first body paragraph
        following: dict[int, str] = {}  # first spoken items: the text after, to the next one
        first_item: int | None = None  # the last candidate, when it is a first spoken item
        gap: list[str] = []  # the text paragraphs after ``first_item``
        leading: dict[int, str] = {}  # second items (and 一、): the text since the last candidate
        run: list[str] = []  # the text paragraphs since the last candidate
        interjected = False  # an interjection (各位同事！) since the last candidate
        turned: set[int] = set()  # first spoken items after an interjection
        couplets = 0  # the subtitles of two matched halves so far (找书有甘苦，真伪费推敲)
        strict_couplets: int | None = None  # those standing alone away from page seams
        members: list[tuple[int, Marker]] = []  # sub-headings only beside siblings (``sublines``)
        opening = next((p for p in paras[begin:end] if not p.noise and not p.back), None)
        turn = opening is not None and opening.role is BODY and opens_turn(opening.text)
        for i in range(begin, end):
            para = paras[i]
            if para.noise or para.back:
                continue
            content.append(i)
            if i in framed:
                continue
            if preview is None and para.role in (BODY, CLOSING):
                preview = para.text[:40]
            marker = para.marker
            if (
                marker is None
                # (a speech, not a collection's run of pieces: a salutation, or a title over a
                # plain text — in Markdown the # lines are its headings —, or a gazette turn's
                # opening: 苏院长贞昌：游院长、…各位委员先进，大家好：)
                and (
                    start.salutation is not None
                    or (start.title is not None and not markdown)
                    or turn
                )
                and para.role is BODY
                and (
                    plain := plain_heading_at(
                        paras, i, begin, end, para.line == para.end_line and para.line in bold_lines
                    )
                    or crosshead_at(paras, i, begin, end)
                )
                is not None
            ):
                marker = plain
                if (
                    plain is PLAIN
                    and para.text in CLOSING_PARTS
                    and any(other.text for _, other in candidates)
                    and not any(
                        "".join(paras[j].text.split()) in OPENING_PARTS for j in range(begin, i)
                    )
                ):
                    # 第五幕　… | … | 尾声 / 四、… | 结论: the closing part after numbered parts
                    # (after unnumbered section lines only — 病重时 | … | 结语 — it is one of them;
                    # with 引言 above the numbered parts, 引言 | 一、… | 二、… | 结束语 frame one text)
                    marker = BARE_CODA
            elif (
                marker is None
                and para.role is BODY
                and len(para.text) <= 26
                and (
                    couplet_at(paras, i, begin, end)
                    or (
                        i + 1 < end
                        and paras[i + 1].noise
                        and is_couplet(para.text)
                        and (
                            strict_couplets
                            if strict_couplets is not None
                            else (strict_couplets := count_strict_couplets(paras, begin, end))
                        )
                        >= COUPLET_SIBLINGS
                        and couplet_at(paras, i, begin, end, at_seam=True)
                    )
                )
            ):
                couplets += 1
                marker = Marker("couplet", couplets, "", 0)
            elif (
                marker is None
                and para.role is BODY
                and (
                    start.salutation is not None
                    or (start.title is not None and not markdown)
                    or turn
                )
                and member_at(paras, i, begin, end)
            ):
                # (火車頭園區建置計畫： | text: a sub-heading only beside siblings, ``sublines``; text
                # to every rule before ``series.plain_series``, which alone may keep it)
                members.append((i, MEMBER_ONLY))
                texts[i] = para.text
            if (
                marker is not None
                and para.role is BODY
                # (第一部分 on a short line; or run into its text after a comma: 第一部分，开发，…)
                and (marker.family != "part" or len(para.text) <= 40 or marker.text[-1] in "，,")
                # (a plain line's text after it was checked by _stands_alone)
                and (
                    (marker.text and marker.family not in UNNUMBERED)
                    or marker is PLAIN
                    or marker is SUBTITLE_ONLY
                    or marker is CROSSHEAD_ONLY
                    or marker is CROSSHEAD_FIRST
                    or marker is BARE_CODA
                    or leads_text(paras, i, end)
                )
                and not (
                    marker.family in ("cn-dun", "paren-cn", "paren-arabic", "di", "gan")
                    and next_item_in_sentence(
                        para.text, marker.end, marker.family, marker.number, short_item=True
                    )
                )
                # (一要坚定信念，二要勇于担当，三要廉洁自律。: the spoken list said in one sentence)
                and not (
                    marker.family in ("shi", "yao", "di-unit")
                    and next_item_in_sentence(para.text, marker.end, marker.family, marker.number)
                )
            ):
                # (一、讲政治；二、顾大局；三、守规矩。 / （1）《诗经》（2）《左传》 / 一、律儀之區別。
                # 二、部類之區別。 at a paragraph's start is a list.)
                candidates.append((i, marker))
                texts[i] = para.text
                if marker.number <= 2 or marker.family == "di":
                    leading[i] = "".join(run)
                if interjected and marker.number == 1 and marker.family in SPOKEN_FAMILIES:
                    turned.add(i)
                interjected = False
                run.clear()
                if first_item is not None:
                    following[first_item] = "".join(gap)
                first_item = i if marker.number == 1 and marker.family in SPOKEN_FAMILIES else None
                gap.clear()
            else:
                run.append(para.text)
                interjected = interjected or addresslines.is_exclaimed_salutation(para.text)
                if first_item is not None:
                    gap.append(para.text)
        if first_item is not None:
            following[first_item] = "".join(gap)
        candidates = glued_bare_numerals(candidates, paras)
        candidates = without_numeral_titles(candidates, paras)
        candidates = without_doubled(candidates, paras)
        candidates = without_contents_before_chapter(candidates, paras)
        candidates = after_preface(candidates, paras, begin, end)
        candidates = named_parts_apart(candidates, paras, end)
        if markdown:
            candidates = without_tight_lists(candidates, paras)
        sectioned = markdown and any(paras[i].md for i, _ in candidates)
        candidates = without_bullet_lists(candidates, paras, sectioned)
        depths = {i: paras[i].md for i, _ in candidates if paras[i].md}
        headings = []
        order = {index: place for place, index in enumerate(content)}
        wrapped = frozenset(i for i, _ in candidates if paras[i].end_line > paras[i].line)
        for entry in build_outline(
            candidates, texts, depths, following, leading, turned, order, wrapped, members
        ):
            para = paras[entry.paragraph]
            marker = entry.marker
            heading = Heading(
                entry.level,
                marker.text,
                heading_title(para.text, marker),
                para.line,
                entry.paragraph,
                marker.family,
                marker.number,
            )
            headings.append(heading)
            headings_of[entry.paragraph] = heading
        title = None
        if start.title is not None:
            # (…致竺摩法师书， — a letter's name cut off its first words keeps no comma)
            named = own_part_line(paras, starts, number)
            # (…会议上国务院总理 李克强: a speaker run into the subtitle is no part of the title)
            run_on = addresslines.run_on_speaker_parts(paras[named].text)
            line = run_on[0] if run_on is not None else paras[named].text
            # (怎样做一个共产党员①（一九三九年五月三十日）: the title without the note mark and the
            # date, which is the speech's: header_date; the reader shows the line as it is)
            edition = framing.edition_title(line)
            line = edition[0] if edition is not None else line
            title = partlines.clean_title(line).rstrip("，,：:") or None
        salutation = paras[start.salutation].text if start.salutation is not None else None
        date = header_date(paras, begin, end)
        speaker = header_speaker(paras, begin, end)
        if date is None or speaker is None:
            # (no date or speaker in the title block: a signature at the speech's end gives them)
            limit = starts[number + 1].paragraph if number + 1 < len(starts) else len(paras)
            signer, signed = signature(paras, begin, limit)
            date, speaker = date or signed, speaker or signer
        speeches.append(
            Speech(
                index=number,
                title=title,
                line=paras[begin].line,
                end_line=paras[content[-1]].end_line if content else paras[begin].line,
                first=begin,
                end=end,
                salutation=salutation,
                headings=tuple(headings),
                preview=preview if preview is not None else "",
                date=date,
                speaker=speaker,
            )
        )

    first = starts[0].paragraph if starts else len(paras)
    start_titles = {start.title for start in starts if start.title is not None}
    kinds_by_role = {
        TITLE: Kind.TITLE,
        HEADER: Kind.TITLE,
        SALUTATION: Kind.SALUTATION,
        CLOSING: Kind.BODY,
        BODY: Kind.BODY,
    }
    out: list[Paragraph] = []
    # A Markdown list item shows its bullet, as Markdown renders it (a heading shows its marker).
    bullets = is_markdown(path)
    for index, para in enumerate(paras):
        found = headings_of.get(index)
        role = para.role
        speech = speech_of[index]
        if para.noise:
            kind = Kind.NOISE
        elif para.back:
            kind = Kind.BACK_MATTER
        elif index < first:
            kind = Kind.FRONT
        elif found is not None:
            kind = Kind.HEADING
        else:
            kind = kinds_by_role[role]
        if role is SALUTATION and speech is not None and starts[speech].salutation != index:
            kind = Kind.BODY
        elif kind is Kind.BODY and index in start_titles:
            # (a title the framing roles left as text, found above its salutation: speeches.py)
            kind, role = kinds_by_role[TITLE], TITLE
        short_front = index < first and not para.noise and len(para.text) <= 40
        if role is TITLE or short_front:
            # PDF-wrap spaces in a title line (a line of nothing but a dash stays as it is)
            text = partlines.clean_title(para.text) or para.text
        else:
            text = para.text
        if bullets and para.bullet and kind in (Kind.BODY, Kind.FRONT, Kind.BACK_MATTER):
            text = BULLET + text
        out.append(Paragraph(text, para.line, para.end_line, kind, speech, found))
    return Document(path, encoding, line_count, tuple(out), tuple(speeches), warnings)
