"""Speeches: where each speech of a file starts (a title, a salutation, an occasion line,
numbering restarting after a closing) and which paragraphs before the first are front
matter; and salutations glued to their text (同志们：今天…) put back where they are an
address inside a speech.

Why this module is over 500 lines: where a speech starts is decided in one pass over the
paragraphs, each rule reading the state the others leave (the current speech, whether it has
text yet, its numbering, its closing); split, each part would need that state.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.base import patterns
from tui.engine import addresslines, framing, partlines
from tui.engine.backmatter import is_back_matter_head, is_back_matter_line
from tui.engine.covernote import is_cover_note, note_text
from tui.engine.gluednotes import ends_with_bracket_notes, is_closing_note
from tui.engine.nearby import before_seam
from tui.engine.noise import is_noise_text
from tui.engine.para import Para
from tui.engine.role import BODY, CLOSING, HEADER, SALUTATION, TITLE
from tui.engine.segment import Segment, is_sentence_end


@dataclass(slots=True)
class SpeechStart:
    """Where a speech starts, and the paragraphs of its title, salutation and subtitles."""

    paragraph: int
    title: int | None = None
    salutation: int | None = None
    extra: list[int] = field(default_factory=list)
    implicit: bool = False
    """Started by body text, not by a title or salutation."""


# --- speeches -----------------------------------------------------------------------------


def _talk_follows(paragraphs: list[Para], index: int) -> bool:
    """Whether a talk follows the occasion or date line at ``index``: a salutation right
    under a date line (its title-block lines between), or two paragraphs of text before the next
    title, salutation or occasion line. (…１９８５年８月在纪念…胜利 | a page break |
    ４０周年学术讨论会开幕式上的讲话。原载《…》 at a speech's end is its closing note.)"""
    body = 0
    line = paragraphs[index].line
    for para in paragraphs[index + 1 :]:
        if para.noise or para.back or (para.role in (TITLE, HEADER) and not body):
            continue  # (a title block under the occasion line is the talk's)
        if para.role is SALUTATION and not body:
            # 2024年3月6日 | 同志们：: an untitled speech's date line (a speaker line over a
            # salutation after the front matter's text opens nothing: the salutation does)
            return framing.is_bare_date(paragraphs[index].text)
        if para.role is not BODY:
            break
        body += 2 if _run_on_talk(para, line) else 1
        if body >= 2:
            return True
    return False


_RUN_ON_TALK = 200
_RUN_ON_SENTENCES = 3
"""The fewest characters and sentences of a paragraph that holds a whole talk in a one-line
text."""


def _run_on_talk(para: Para, line: int) -> bool:
    """Whether ``para`` is a talk's text run into one paragraph by a text that lost its line
    breaks: on the same source line as the occasion line beside it (``line``; in a text with
    its line breaks an occasion line stands on its own), ``_RUN_ON_TALK`` characters or more
    and ``_RUN_ON_SENTENCES`` sentences or more (a site's mark may close it) — worth the two paragraphs an occasion line asks for on either side
    (…不逾数行。| 癸酉在泉州承天寺讲 | 吾人因多生以来之夙习，…)."""
    return (
        para.role is BODY
        and not para.noise
        and para.line == line
        and len(para.text) >= _RUN_ON_TALK
        and sum(para.text.count(stop) for stop in "。！？") >= _RUN_ON_SENTENCES
    )


def speech_starts(paragraphs: list[Para], pieces: set[int] | None = None) -> list[SpeechStart]:
    """Where speeches start: titles, salutations, and 一、 restarting after a closing.

    Text before the first title or salutation is front matter (a collection's own title and
    notes), unless it reads like a speech itself (it has numbered headings or several
    paragraphs of prose). ``pieces``: the lines of the closing ``---`` of YAML front matter
    blocks inside the file (``frontmatter.joined_front_matter``): the text under each opens the
    next file's piece of a 合集, a speech also when it has no title.
    """
    starts: list[SpeechStart] = []
    current: SpeechStart | None = None
    has_body = False
    top_seen = 0  # highest 一、 number seen in the current speech
    body_count = 0  # paragraphs of text in the current speech
    marked = False  # whether the current speech has an enumerator yet
    closing_at: int | None = None
    tops: dict[str, int] = {}  # the highest 壹、 and 一、 numbers seen in the current speech
    piece = False  # right under a piece's front matter (``pieces``)
    for index, para in enumerate(paragraphs):
        if para.noise or para.back:
            piece = piece or bool(pieces and para.line in pieces)
            continue
        role = para.role
        if piece and current is not None and has_body and role is BODY:
            # (a title under the block starts the piece's speech as any title does)
            current = SpeechStart(index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked, tops = False, 0, None, 0, False, {}
        piece = False
        if (
            current is not None
            and role is BODY
            and para.marker is None
            and _opens_next_report(paragraphs, index, tops)
        ):
            # 继续报告…的部分。 / 「…」专案报告, then the numbering restarting: a second report
            # read out in the same turn, titled by that line.
            current = SpeechStart(index, title=index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
            tops = {}
            continue
        if current is not None and has_body and role is BODY and _new_turn(paragraphs, index):
            # 朱主计长泽民：（9时45分）主席、各位委员。… after a finished sentence: the gazette's
            # tag of the next speaker's turn, glued to the greeting — a new, untitled speech,
            # whose first paragraph this is.
            current = SpeechStart(index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
            tops = {}
        if role is HEADER and (
            current is None
            or (
                has_body
                and (body_count >= 2 or _run_on_talk(paragraphs[index - 1], para.line))
                and _talk_follows(paragraphs, index)
            )
            or (current.implicit and not has_body)
        ):
            # An occasion line (壬申十月在厦门妙释寺讲) after a speech's text: a new, untitled talk.
            current = SpeechStart(index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
            continue
        if role is TITLE:
            if (
                current is not None
                and not has_body
                and current.salutation is None
                and not current.implicit
            ):
                if current.title is None:
                    current.title = index
                else:
                    current.extra.append(index)  # a subtitle (——在…上的讲话)
                continue
            if (
                current is not None
                and current.title is not None
                and current.salutation is None
                and body_count <= 2
                and not marked
                and partlines.lecture_number(para.text) == 1
            ):
                # 三论治学方法 | an editor's one-sentence lead | 第一讲引言: the series' title
                # over its first lecture, one title block; so with an editor's note and the
                # speaker's opening paragraph between (中国小说的历史的变迁 | 本篇系…记录稿 |
                # 我所讲的是…一共分为六讲。 | 第一讲从神话到神仙传), two paragraphs at most.
                current.extra.append(index)
                continue
            current = SpeechStart(index, title=index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
        elif (
            role is SALUTATION
            and current is not None
            and current.title is not None
            and current.salutation is None
            and has_body
            and body_count <= 2
            and not marked
        ):
            # A caption or a note between a title block and its salutation: one speech.
            current.salutation = index
        elif (
            role is SALUTATION
            and (current is None or has_body or current.implicit)
            and not _repeated_salutation(paragraphs, index, current, top_seen)
        ):
            title = _title_above(paragraphs, index) if has_body else None
            if title is not None:
                current = SpeechStart(title, title=title, salutation=index)
            else:
                current = SpeechStart(index, salutation=index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
        elif role is SALUTATION and current is not None and current.salutation is None:
            current.salutation = index
        elif role is HEADER and current is not None and not has_body:
            continue
        else:
            if current is None and _title_over_note(paragraphs, index):
                # 读书与救国 | （原载《东方杂志》… | 第3期） | text: the file's title.
                current = SpeechStart(index, title=index)
                starts.append(current)
                continue
            if current is None:
                current = SpeechStart(index, implicit=True)
                starts.append(current)
            if role is CLOSING:
                closing_at = index
            marker = para.marker
            if (
                not has_body
                and marker is None
                and (not _substantial(para) or is_back_matter_line(para.text))
            ):
                # A stray short line between a title and its salutation; or a saved page's
                # byline under the page's title (文章来源：本站原创作者：王琛发布时间：…点击数：次,
                # a source line), no text: the body's own title block under it is the same
                # speech's, not a new one.
                continue
            if marker is not None and marker.family in _REPORT_TOPS:
                tops[marker.family] = max(tops.get(marker.family, 0), marker.number)
            if marker is not None and marker.family == "cn-dun":
                if (
                    marker.number == 1
                    and top_seen >= 2
                    and closing_at is not None
                    and "cap-dun" not in tops  # (壹、 > 一、: 一、 restarts in every part)
                ):
                    # Numbering restarts at 一、 after a closing: a new untitled speech.
                    current = SpeechStart(closing_at + 1)
                    starts.append(current)
                    top_seen = 0
                closing_at = None
                top_seen = max(top_seen, marker.number)
            has_body = True
            body_count += _substantial(para)
            marked = marked or marker is not None
    if (
        len(starts) > 1
        and starts[0].implicit
        and not _front_is_speech(paragraphs, starts[0].paragraph, starts[1].paragraph)
    ):
        del starts[0]
    if len(starts) > 1 and _page_title_over_repost(paragraphs, starts[0], starts[1]):
        del starts[0]
    elif len(starts) > 1 and is_cover_note(
        paragraphs,
        starts[0].paragraph,
        starts[0].title,
        [(s.paragraph, s.title) for s in starts[1:]],
    ):
        del starts[0]  # (a collection's notice to its readers, over its pieces: covernote.py)
    _drop_repeated_opening(paragraphs, starts)
    return starts


_REPOST_NOTE_MAX = 120
"""The most characters of text between a reposted speech's page title and its own title."""


def _page_title_over_repost(
    paragraphs: list[Para], first: SpeechStart, second: SpeechStart
) -> bool:
    """陈国阳局长《在全市教育系统年度工作会议上的讲话》 | 现摘录…，希全体教工认真学习！ | 在全市教育系统
    年度工作会议上的讲话: a site's page title naming the speech it reposts, a one-line note, then
    the speech's own title — the page's heading, no speech of its own. The first "speech" has a
    title holding the second's whole, and at most one short paragraph with no number."""
    if first.title is None or second.title is None:
        return False
    title = paragraphs[second.title].text
    if len(title) < 6 or title not in paragraphs[first.title].text:
        return False
    text = note_text(paragraphs, first.paragraph, second.paragraph)
    return (
        len(text) <= 1
        and sum(len(p.text) for p in text) <= _REPOST_NOTE_MAX
        and all(p.marker is None for p in text)
    )


def _title_above(paragraphs: list[Para], index: int) -> int | None:
    """The title over the salutation at ``index`` after a finished speech, which the roles did
    not see for the lines between (a user's 合集): a short line with no sentence right above it,
    the speech before ending above that (a sentence's end or a closing) past page chrome, back
    matter and a bracketed aside (返回顶部, 原载…, （新华社北京3月13日电）)."""
    above = _text_before(paragraphs, index)
    if above is None:
        return None
    para = paragraphs[above]
    if (
        para.role is not BODY
        or para.marker is not None
        or not framing.is_title_line_above_salutation(para.text)
        or addresslines.is_closing(para.text)
        or framing.is_bare_date(para.text)
        or _BRACKETED.match(para.text) is not None
    ):
        return None
    before = above
    while True:
        if before == 0:
            return None
        before -= 1
        para = paragraphs[before]
        if para.back:
            return above  # (back matter follows a speech's end)
        if para.noise or _BRACKETED.match(para.text) is not None:
            continue
        return above if para.role is CLOSING or is_sentence_end(para.text) else None


_NOTED_TITLE = patterns.compile(r"^[^，,。！？!?；;：:、]{4,24}$")
_HAN = patterns.compile("[\u4e00-\u9fff]")
_NOTED_TITLE_HAN = 4  # (the fewest Chinese characters of such a title: 胡适 alone is a name)


def _title_over_note(paragraphs: list[Para], index: int) -> bool:
    """Whether the file's first paragraph, ``index``, is its title over the note on where it was
    printed: a bare short line (4+ Chinese characters, no date, speaker or salutation), then a
    publication note or source line (本篇最初发表于…, （原载《东方杂志》…第3期）, whole here though a
    wrap broke it: the roles saw its first half as the title's text), then a paragraph of text."""
    para = paragraphs[index]
    text = para.text
    if (
        para.role is not BODY
        or para.marker is not None
        or para.md
        or _NOTED_TITLE.match(text) is None
        or len(_HAN.findall(text)) < _NOTED_TITLE_HAN
        or framing.is_date_line(text)
        or addresslines.is_speaker_line(text, placed=True)
        or addresslines.is_salutation(text + "：")
        or is_back_matter_head(text)
    ):
        return False
    after = [p for p in paragraphs[index + 1 : index + 4] if not p.noise][:2]
    if len(after) < 2:
        return False
    note, first = after
    return (
        note.marker is None
        and (framing.is_publication_note(note.text) or is_back_matter_line(note.text))
        and not first.back
        and first.role is BODY
        and (is_sentence_end(first.text) or len(first.text) > 30)
    )


_BRACKETED = patterns.compile(r"^[（(][^（）()]{1,40}[）)]$")  # (an aside: （新华社北京3月13日电）)


def _text_before(paragraphs: list[Para], index: int) -> int | None:
    """The nearest paragraph before ``index`` that is neither noise nor back matter."""
    for before in range(index - 1, -1, -1):
        if not paragraphs[before].noise and not paragraphs[before].back:
            return before
    return None


_REPORT_TOPS = ("cap-dun", "cn-dun")
"""The families whose restart at 1 ends a report: 壹、 and 一、."""
_REPORT_LOOKAHEAD = 4
"""The paragraphs of text a further report's opening line may stand before its first heading."""


_ORDINAL_LABEL = patterns.compile(r"^第[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]$")


def is_ordinal_label(text: str) -> bool:
    """第一案 / 第二案: an ordinal and a counter word alone on a line — the gazette's label of a
    report read out in a turn of several: where the top numbering restarts under it, the next
    report's start (``_opens_next_report``)."""
    return _ORDINAL_LABEL.match(text) is not None


def _opens_next_report(paragraphs: list[Para], index: int, tops: dict[str, int]) -> bool:
    """Whether the paragraph at ``index`` opens a second report in the same turn: a line that
    says so (继续报告…的部分。, 继续本人就「…」提出报告，…), a report's title line (「…」专案报告)
    or its label (第二案, ``is_ordinal_label``), after a sentence's end, and the numbering of the report so far (壹、 or 一、, past its
    second item) restarting at its first item within a few paragraphs. A title line needs
    the top numbering to restart (壹、 when the report has 壹、): 一、 restarting under it
    is the next part's."""
    if not tops:
        return False
    text = paragraphs[index].text
    said = partlines.next_report(text) is not None
    if not said and not partlines.is_report_title(text) and not is_ordinal_label(text):
        return False
    if not said:
        before = next((p for p in reversed(paragraphs[:index]) if not p.noise and not p.back), None)
        if before is None or not is_sentence_end(before.text):
            return False
    top = "cap-dun" if "cap-dun" in tops else "cn-dun"
    # (a spoken report of 一、…四、, then 某某会书面报告： over 壹、前言: the written report's own
    # top numbering, a rank above the spoken one's, starts at its first item)
    counted = dict(tops)
    if top == "cn-dun":
        counted["cap-dun"] = tops["cn-dun"]
    seen = 0
    for para in paragraphs[index + 1 :]:
        if para.noise or para.back:
            continue
        marker = para.marker
        if marker is None:
            seen += 1
            if seen > _REPORT_LOOKAHEAD:
                return False
            continue
        return (
            marker.number == 1
            and marker.family in _REPORT_TOPS
            and counted.get(marker.family, 0) >= 2
            and (said or marker.family == top or marker.family == "cap-dun")
        )
    return False


# 朱主计长泽民：（9时45分）主席、各位委员。 / 杨主任委员宏智：主席、各位委员。: how the 立法院公报
# opens a speaker's turn (the speaker's office and name, a colon, the time, then the greeting to
# the chair), folded text.
_TURN_TAG = patterns.compile(
    r"^[\u4e00-\u9fff]{3,12}[：:](?:[（(][0-9０-９]{1,2}时[0-9０-９]{1,2}分[）)])?主席[、，,]"
)


_TURN_OPENING = patterns.compile(
    rf"^[\u4e00-\u9fff]{{0,10}}{addresslines.POSTS}[\u4e00-\u9fff]{{1,4}}[：:]"
    r"(?:[（(][0-9０-９]{1,2}时[0-9０-９]{1,2}分[）)])?"
    r"(?:[^，,、。：:！？!?；;]{1,8}[、，,]){0,3}(?:主席|各位)"
)


def opens_turn(text: str) -> bool:
    """苏院长贞昌：游院长、蔡副院长、各位委员先进，大家好： / 陈部长时中：主席、各位委员。今天…: a
    paragraph that opens a speaker's turn of a gazette — a post and a name, a colon (the time
    maybe), and the greeting to the chair or to all (主席 / 各位, after at most three persons
    greeted first). Such a turn is a speech of its own (not a run of pieces), as one under a
    salutation or a title is: its unnumbered lines may be headings (``assemble``)."""
    return _TURN_OPENING.match(text) is not None


def _new_turn(paragraphs: list[Para], index: int) -> bool:
    """Whether the paragraph at ``index`` opens a further speaker's turn of a gazette (its tag
    and the greeting to the chair at the paragraph's start, ``_TURN_TAG``) after a paragraph
    that ends a sentence."""
    para = paragraphs[index]
    if para.marker is not None or _TURN_TAG.match(para.text) is None:
        return False
    before = next((p for p in reversed(paragraphs[:index]) if not p.noise and not p.back), None)
    return before is not None and is_sentence_end(before.text)


_TEASER_MAX = 300
"""The most characters of text a page's share blurb (title + first sentence again) holds."""


def _drop_repeated_opening(paragraphs: list[Para], starts: list[SpeechStart]) -> None:
    """2026年四川省人民政府工作报告 / 各位代表：现在，我代表… after the page footer: a web page's
    share text. A "speech" of at most ``_TEASER_MAX`` characters, every line said word for word
    at the start of the speech before, is page chrome (noise, no speech) — at the file's end or
    before the next speech (a page joined into a 合集). (A speech printed twice stays.)"""
    # Where each speech ends as the file has it: a teaser dropped leaves its paragraphs noise
    # (or back matter), which the speech before would walk again to its next start left
    # (25,000 lines of one short paragraph said again: 210 s).
    ends = [start.paragraph for start in starts[1:]] + [len(paragraphs)]
    for number in range(len(starts) - 1, 0, -1):
        last, before = starts[number], starts[number - 1]
        stop = ends[number]
        rest: list[Para] = []
        size = 0
        for at in range(last.paragraph, stop):  # (a long speech is left at its limit)
            para = paragraphs[at]
            if not para.noise and not para.back:
                size += len(para.text)
                if size > _TEASER_MAX:
                    break
                rest.append(para)
        if not rest or size > _TEASER_MAX:
            continue
        opening = "".join(
            p.text
            for p in paragraphs[before.paragraph : last.paragraph]
            if not p.noise and not p.back
        )[: 4 * _TEASER_MAX]
        if not all(p.text in opening for p in rest):
            continue
        for para in paragraphs[last.paragraph : stop]:
            if not para.back:
                para.noise = True
        del starts[number]


def _repeated_salutation(
    paragraphs: list[Para], index: int, current: SpeechStart | None, top_seen: int
) -> bool:
    """各位代表： said again inside a titled report, to open a new group of paragraphs: the
    same words as the speech's salutation, not after a closing, and the numbering goes on
    (a new speech would start again at 一、)."""
    if current is None or current.title is None or current.salutation is None:
        return False
    said, again = paragraphs[current.salutation].text, paragraphs[index].text
    fewer = said != again and _fewer_of_the_same(said, again)
    if said != again and not fewer:
        return False
    before = next((p for p in reversed(paragraphs[:index]) if not p.noise and not p.back), None)
    if before is not None and before.role is CLOSING:
        return False
    first = True
    for position in range(index + 1, len(paragraphs)):
        para = paragraphs[position]
        if para.noise or para.back:
            continue
        if first and not fewer and _OPENING_WORDS.match(para.text):
            return False  # 今天的会议… — how a speech begins
        first = False
        if para.role is TITLE:
            return True
        marker = para.marker
        if marker is not None and marker.family in ("cn-dun", "cn-space", "cn-bare"):
            return not (marker.number == 1 and top_seen >= 1)
    return True


def _fewer_of_the_same(said: str, again: str) -> bool:
    """老师们、同学们： after a speech opened by 尊敬的各位来宾，尊敬的老师们，亲爱的同学们：: some of
    the audience its salutation named, addressed again in fewer words — how a speaker turns to
    them inside the speech (…开个好头。我前面所讲的… follows), where a new speech greets its
    audience in full. Its words after the colon (今天…) do not make it a speech's opening."""
    named, named_again = _addressees(said), _addressees(again)
    return bool(named_again) and named_again < named


def _addressees(salutation: str) -> set[str]:
    """The people a salutation names, polite words taken off: 尊敬的老师们，亲爱的同学们： ->
    {老师们, 同学们}."""
    names = _ADDRESSEE_CUT.split(salutation.split("：", 1)[0].split(":", 1)[0])
    return {_POLITE.sub("", name) for name in names} - {""}


_ADDRESSEE_CUT = patterns.compile(r"\s*[、，,和及与]\s*")
_POLITE = patterns.compile(r"^(?:尊敬的|亲爱的|敬爱的|各位|全体)+|\s+")


# 【字体： / 来源： on a line of their own: a page's control or field label, whose colon is
# no sentence's end (a scraped page puts "【字体：大 中 小】" between a report's page heading
# and its own title block).
_LABEL = patterns.compile(r"[【\[（(]?[\u4e00-\u9fff]{1,4}[：:]")
_LABEL_MAX = 6
"""The longest ``_LABEL`` line (a bracket, four characters and a colon), tested with its last
character before the expression: most paragraphs are longer (perfengine30)."""


def _substantial(para: Para) -> bool:
    """Body text that opens a speech: a sentence, not a stray short label or name."""
    text = para.text
    if len(text) <= _LABEL_MAX and text[-1:] in "：:" and _LABEL.fullmatch(text):
        return False
    return len(text) > 30 or is_sentence_end(text)


def _front_is_speech(paragraphs: list[Para], begin: int, end: int) -> bool:
    body = [p for p in paragraphs[begin:end] if not p.noise and not p.back and p.role is BODY]
    if body and _TURN_TAG.match(body[0].text):
        return True  # (林秘书长辉煌：主席、各位委员。…: a speaker's turn in the gazette, however short)
    if any(
        p.marker is not None and p.marker.family in ("cap-dun", "cn-dun", "paren-cn") for p in body
    ):
        return True
    if paragraphs[end].role is HEADER and any(_run_on_talk(p, paragraphs[end].line) for p in body):
        return (
            True  # (…汇集(6) | 我今讲…的几段故事给诸位听，… | 戊寅年…在漳州七宝寺讲: a glued talk)
        )
    if _closed_run_on_talk(paragraphs, begin, end):
        return True
    return len(body) >= 4 and sum(len(p.text) for p in body) >= 300


def _closed_run_on_talk(paragraphs: list[Para], begin: int, end: int) -> bool:
    """Whether the front before the title at ``end`` is a piece of a collected edition that lost
    its line breaks: a talk run into one paragraph on the title's source line (``_run_on_talk``),
    closed by its note (a dated occasion, a source line: …要能广大要能高。| 原载于…《京报副刊》|
    为什么读书), as ``gluednotes`` cut them out, or by its recorders' and journal's notes in
    brackets after its last sentence (…的感想。（等慈記）（見海刊二十一卷八期）)."""
    shown = [p for p in paragraphs[begin:end] if not p.noise]
    line = paragraphs[end].line
    if shown and _run_on_talk(shown[-1], line) and ends_with_bracket_notes(shown[-1].text):
        return True  # (…的感想。（等慈記）（見海刊二十一卷八期） | 為私立…兒童訓話)
    return (
        len(shown) >= 2
        and (shown[-1].role is CLOSING or shown[-1].back or is_closing_note(shown[-1].text))
        and any(_run_on_talk(p, line) for p in shown[:-1])
    )


def rejoin_salutations(segments: list[Segment]) -> list[Segment]:
    """Put back a salutation cut off its text in the middle of a speech.

    同志们：今天我们召开… is cut in two so that the salutation opens the speech; but
    同学们：科学的高台… after a paragraph of the same speech is an address inside it.
    The cut stands at the file's start and after a title, date, speaker or closing line,
    or a short line with no sentence end (a title of any wording).
    """
    if not any(seg.glued for seg in segments):
        return segments
    out: list[Segment] = []
    index = 0
    while index < len(segments):
        seg = segments[index]
        following = segments[index + 1] if index + 1 < len(segments) else None
        if (
            seg.glued
            and following is not None
            and following.glued
            and following.line == seg.line
            and out
            and not _opens_after(_before_page_seam(out))
            and not _OPENING_WORDS.match(following.text)
        ):
            out.append(Segment(seg.line, seg.text + following.text, seg.indented))
            index += 2
            continue
        out.append(seg)
        index += 1
    return out


# 今天我们召开… / 刚才… / 这次会议…: how a speech's first sentence starts. 在这 only as the
# place or the moment (在这里 / 在这个喜庆的日子里): 在这个历史的新起点 goes on with a speech.
_OPENING_WORDS = patterns.compile(
    r"^(?:今天|今日|刚才|这次|本次|此次|值此|大家好|大家上午好|大家下午好|大家晚上好|新年好|"
    r"很高兴|非常高兴|十分高兴|我们召开|在这里|在这[^，。！？]{0,12}(?:时刻|时候|日子|季节|节日)|"
    r"受\S{0,8}委托|根据|按照|现在，我)"
)


def _before_page_seam(out: list[Segment]) -> str:
    """The last line of text in ``out``, a page seam at its end looked past (``before_seam``):
    a salutation glued to its text after a seam in the middle of a speech (…。 | - 1 - |
    党建工作学习资料 | 同学们：…) is an address inside it."""
    index = before_seam(out, len(out) - 1)
    return out[index].text if index >= 0 else out[-1].text


def _opens_after(text: str) -> bool:
    """Whether a speech may open right after a line of this text."""
    return (
        addresslines.is_closing(text)
        or framing.is_title(text)
        or framing.is_date_line(text)
        or addresslines.is_speaker_line(text)
        or framing.is_subtitle(text)
        or partlines.is_occasion_line(text)
        or is_noise_text(text)
        or (len(text) <= 40 and not is_sentence_end(text))
    )
