"""A speech's facts, read from its title block and its end.

The line that names a speech (its title, or the numbered or named part line under a
file's title: ``own_part_line``), its date (``header_date``), its speaker
(``header_speaker``, ``_who``), a signature at its end (``signature``), a saved page's
byline (``_byline``) and where its back matter begins (``end_before_back_matter``).
Asked by ``assemble.assemble_document`` for each speech.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import addresslines, framing, partlines
from tui.engine.backmatter import is_back_matter_line
from tui.engine.para import Para
from tui.engine.role import BODY, HEADER, SALUTATION, TITLE
from tui.engine.segment import is_sentence_end
from tui.engine.speeches import SpeechStart


def own_part_line(paras: list[Para], starts: list[SpeechStart], number: int) -> int:
    """The paragraph that names speech ``number``: its title, or — when the next speech is a
    numbered part (二　一月二十七日的讲话) and this one's title block holds, under the file's
    title, the part line numbered one less (一　一月十八日的讲话) — that part line."""
    start = starts[number]
    title = start.title
    assert title is not None
    if number + 1 >= len(starts) or partlines.part_number(paras[title].text):
        return title
    following = starts[number + 1].title
    end = start.salutation if start.salutation is not None else starts[number + 1].paragraph
    block = range(title + 1, min(end, title + _PART_LINE_SPAN + 1))
    if following is not None and _named_part(paras[following].text):
        # 在…会议上的讲话 | 开幕词 | (date) | 同志们： … 结论: the first of the parts is named by
        # its own line under the file's title, as the next one is by its line.
        return next(
            (
                index
                for index in block
                if paras[index].role in (TITLE, HEADER) and _named_part(paras[index].text)
            ),
            title,
        )
    due = partlines.part_number(paras[following].text) - 1 if following is not None else 0
    if due < 1:
        return title
    return next(
        (
            index
            for index in block
            if paras[index].role in (TITLE, HEADER)
            and partlines.part_number(paras[index].text) == due
        ),
        title,
    )


_OPENINGS = frozenset(("引言", "开场白"))
"""Part lines that open a part but name no speech (under a title the speech keeps it)."""


def _named_part(text: str) -> bool:
    """开幕词 / 结论 / 闭幕词: an unnumbered part line that names its part (not 引言, 开场白)."""
    return (
        partlines.is_part_line(text)
        and not partlines.part_number(text)
        and "".join(text.split()) not in _OPENINGS
    )


_PART_LINE_SPAN = 3
"""The farthest a part's own line stands under the file's title (a date or subtitle between)."""


def _byline(paras: list[Para], begin: int, para: Para) -> bool:
    """Whether ``para``, text in a speech's title block, is a saved page's byline (文章来源：
    本站原创作者：王琛发布时间：…, a source line: ``is_back_matter_line``) under the page's title
    at the speech's start: the title block goes on under it (``speeches``)."""
    return para.role is BODY and paras[begin].role is TITLE and is_back_matter_line(para.text)


def header_date(paras: list[Para], begin: int, end: int) -> str | None:
    """The date line among a speech's title-block lines, without its brackets; else the
    date that opens a "——" subtitle ("——1989年3月20日在第七届…会议上"); else the date written
    after the speaker's name (张三（2024年3月5日）). An edition's publication note (本篇最初发表于…)
    may stand among the lines."""
    in_subtitle = None
    spoken = None
    for para in paras[begin:end]:
        if para.noise:
            continue
        if para.role not in (TITLE, HEADER, SALUTATION):
            if framing.is_publication_note(para.text):
                continue  # 本篇最初发表于…: an edition's note inside the title block
            if _byline(paras, begin, para):
                continue
            break
        if para.role is HEADER and framing.is_date_line(para.text):
            return framing.date_of_line(para.text)  # (the date only, not its place)
        if para.role is HEADER and (day := framing.day_line_date(para.text)) is not None:
            return day  # （1月13日下午4点，行政楼会议室四）: the day as written, no year guessed
        if spoken is None and para.role is HEADER:
            # 张三（2024年3月5日）: the date on the speaker line, when no date line says it
            parts = addresslines.speaker_parts(para.text, placed=True)
            spoken = (parts[1] or None) if parts is not None else None
        if in_subtitle is None and para.role in (TITLE, HEADER):
            in_subtitle = framing.subtitle_date(para.text)
            if in_subtitle is None and para.role is TITLE:
                # 怎样做一个共产党员①（一九三九年五月三十日）: a collected edition's title line
                edition = framing.edition_title(para.text)
                in_subtitle = edition[1] if edition is not None else None
    return in_subtitle or spoken


# ——张三在… / ——国务院总理 李强在… / ——市委书记　王某某在… (a post, a space, the name).
_SUBTITLE_SPEAKER = patterns.compile(
    rf"{framing.DASH}\s*([\u4e00-\u9fff·•][\u4e00-\u9fff·• \u3000]{{1,17}}?)在"
)
# What names a person: a name of two or three characters alone (张三, 江　泽　民), or an
# office with at most a name after it (国务院总理李鹏, 省长 叶建春, 海拉尔区人民政府区长).
# Not: 四川日报, 使用说明, 人民代表大会第五次会议上, 一九二六年 (——一九二六年在厦门大学).
_NAME_ALONE = patterns.compile(r"^[\u4e00-\u9fff·•]{2,3}$")
_OFFICE_AND_NAME = patterns.compile(rf"{addresslines.POSTS}[\u4e00-\u9fff·•]{{0,4}}$")


def _names_a_person(text: str) -> bool:
    compact = "".join(text.split())
    return _NAME_ALONE.match(compact) is not None or _OFFICE_AND_NAME.search(compact) is not None


def _who(text: str) -> str | None:
    """A speaker as shown: 同志 after the name dropped (张三同志 → 张三; 同志 alone names
    nobody), a name spaced out letter by letter closed up (江　泽　民 → 江泽民), the parts of
    a post and a name one plain space apart (国务院总理 李强, 市委书记　王某某 → 市委书记 王某某), the
    letters of a name spaced out after a post closed up (审计署审计长 侯 凯 → 审计署审计长 侯凯)."""
    if text.endswith("同志"):
        text = text[:-2].rstrip(" \u3000")
        if len(text) < 2:
            return None
    parts = text.split()
    if all(len(part) == 1 for part in parts):
        return "".join(parts)
    # 审计署审计长 侯 凯: a post and a name spaced out letter by letter → 审计署审计长 侯凯
    letters = 0
    while letters < len(parts) and len(parts[-1 - letters]) == 1:
        letters += 1
    if letters >= 2:
        parts[-letters:] = ["".join(parts[-letters:])]
    return " ".join(parts)


def header_speaker(paras: list[Para], begin: int, end: int) -> str | None:
    """Who gave the speech, from its title-block lines (the ``HEADER`` lines ``roles``
    classifies with ``addresslines.is_speaker_line``): a speaker line (江　泽　民, a name spaced
    out letter by letter, → 江泽民; 国务院总理 李鹏 as written, one space between parts), else
    the name a ——subtitle begins with (——张三在…上的讲话 → 张三, ——张三同志在… → 张三, ——国务院
    总理 李强在… → 国务院总理 李强; ——1986年3月25日在… names nobody), also a subtitle the title
    line took in (在…上的讲话——张三在…上的讲话). Only under a title; a date, occasion, credit
    or title line is no speaker. As shown: ``_who``."""
    named = None
    titled = False
    above = ""
    for para in paras[begin:end]:
        if para.noise:
            continue
        if para.role not in (TITLE, HEADER, SALUTATION):
            if _byline(paras, begin, para):
                continue
            break
        titled = titled or para.role is TITLE
        text = para.text.strip()
        # …会议上国务院总理 李克强: a speaker run into the subtitle's end (the subtitle's rest
        # on a line of its own under its dash line too)
        run_on = addresslines.run_on_speaker_parts(text) or addresslines.run_on_speaker_parts(
            above + text
        )
        above = text if para.role in (TITLE, HEADER) and framing.DASH_RE.search(text) else ""
        if run_on is not None and titled:
            return _who(run_on[1])
        if para.role is TITLE:
            found = _SUBTITLE_SPEAKER.search(text)
        elif para.role is not HEADER or not text or not titled:
            continue
        elif (
            (spoken := addresslines.speaker_parts(text, placed=True)) is not None
            and _names_a_person(spoken[0])
            and not framing.is_date_line(text)
            and not partlines.is_occasion_line(text)
            and not framing.is_credit_line(text)
        ):
            who = _who(spoken[0])  # (张三（2024年3月5日） → 张三: the date is the speech's)
            if who is not None:
                return who
            continue
        else:
            found = _SUBTITLE_SPEAKER.match(text) if framing.is_subtitle(text) else None
        if (
            named is None
            and found is not None
            and addresslines.is_speaker_line(found.group(1), placed=True)
            and _names_a_person(found.group(1))
        ):
            named = _who(found.group(1))
    return named


def signature(paras: list[Para], begin: int, limit: int) -> tuple[str | None, str | None]:
    """(who, date) of a report signed at its end — 专此报告。 | 深圳市龙华区人民政府 | 2019年12月18日:
    the last two lines of the speech's stretch (``begin`` to ``limit``, the next speech's
    start; noise and back matter after them looked past) are a line that signs it
    (``addresslines.is_signer_line``) and a date alone (``framing.is_bare_date``), with a finished
    sentence of its text right above them, not of back matter (附件： | …。 | 某某局 |
    2024年12月20日 is the attachment's). Else (None, None)."""
    last = limit - 1
    while last > begin and (paras[last].noise or paras[last].back):
        if framing.is_bare_date(paras[last].text):
            break  # (a page's end may mark the signature noise: 深圳市龙华区人民政府 | 2019年…)
        last -= 1
    if last - 2 < begin:
        return None, None
    date, name, above = paras[last], paras[last - 1], paras[last - 2]
    if (
        above.back
        or not framing.is_bare_date(date.text)
        or not is_sentence_end(above.text)
        or not addresslines.is_signer_line(name.text.strip())
    ):
        return None, None
    return _who(name.text.strip()), framing.date_of_line(date.text)


def end_before_back_matter(paras: list[Para], begin: int, end: int) -> int:
    """One past a speech's last paragraph: trailing back matter (and the noise among it) is
    not the speech's."""
    last = end
    for index in range(end - 1, begin, -1):
        para = paras[index]
        if para.back:
            last = index
        elif not para.noise:
            break
    return last
