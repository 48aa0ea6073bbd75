"""A compilation's talks glued into one run, cut apart where each talk's occasion line or turn begins.

A compilation of talks (its first line names it: 第6章 弘一法师在各地讲法汇集(1)) prints over
each talk when and where it was given — 癸酉正月在厦门妙释寺讲 — on a line of its own. A text
that lost its line breaks with nothing for them runs the compilation's line into the first
talk and each occasion line into the sentence before it and the talk after it:
第7章 弘一法师在各地讲法汇集(2)（五）受皈戒时…不逾数行。癸酉在泉州承天寺讲吾人因多生以来之夙习….
``occasions_apart`` cuts the compilation's line off the start, and, in such a text only, each
occasion glued after a sentence end onto a segment of its own, with its talk: a date that
opens with a cyclic year or a written year (癸酉, 戊寅年, 一九二六年, with a month and a day or
not), 在 a place, and 讲 (``partlines.glued_occasion``) — not 讲经 / 讲话 / 讲了, the words of a
sentence that tells what was said there. ``roles.split_glued_occasions`` then cuts the
occasion off its talk's first words, as on lines of their own, and the occasion opens a talk.
A gazette joined so runs the next speaker's turn into the sentence before it (…身体健康。朱主计长泽民：
（9时45分）主席、各位委员。…), and a further report read in the same turn likewise (…敬请指教。后续，我再报告…
部分。今天承蒙…): ``turns_apart`` cuts them out after the sentence end, and ``speeches`` opens a speech
there as on their own lines. A web compilation's chapter lines numbered in a row (第243章 …, at
least three) run into the site's watermark before them and the talk after them are cut out, each
title ended where it says it is a talk (``web_chapters_apart``). Two reports' web pages joined so glue the
second's title block after its page's font-size control (…【字号：加大还原减小】2026年江苏省政府工作报告——
2026年2月3日在…会议上来源：…): ``title_blocks_after_toolbar`` cuts it out as on its lines.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from tui.base import patterns
from tui.engine.framing import is_subtitle, is_weak_title
from tui.engine.gluedmarks import SENTENCE_STOP
from tui.engine.partlines import glued_occasion, is_collection_line, next_report
from tui.engine.segment import SPACES, Segment, cut_at
from tui.engine.titleends import title_apart
from tui.engine.titlerun import split_salutation

_COLLECTION_MAX = 60
"""The longest compilation's line looked for at a one-line text's start."""
_STOP = patterns.compile(
    "[。！？!?][”’」』]?(?=[甲乙丙丁戊己庚辛壬癸一二三四五六七八九〇○零0-9０-９][^。！？!?；;，,]{0,10}在)"
)
"""A sentence end followed by a year (cyclic, written or in digits) and 在 within a few
characters: the places an occasion may be glued (most sentence ends are passed over here)."""
_TOLD = frozenset("经话课了过述座演学解授书道起到")
"""What follows 讲 when the words tell what was said (在厦门讲经, 讲了, 讲话): no occasion."""


def occasions_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text with a compilation's line at its start, and each
    occasion line glued after a sentence end, cut onto segments of their own (see the
    module's note); any other text as it was."""
    if not segments:
        return segments
    first = segments[0]
    head = _collection_end(first.text)
    if not head:
        return segments
    rest = first.text[head:]
    out = [replace(first, text=first.text[:head].rstrip())]
    if rest.strip():
        out.append(Segment(first.line, rest.lstrip(), True))
    out.extend(segments[1:])
    cut: list[Segment] = []
    for seg in out:
        cut.extend(_apart(seg))
    return cut


_TURN = patterns.compile(
    "[。！？!?][”’」』]?(?=[\u4e00-\u9fff]{3,12}[：:][（(][0-9０-９]{1,2}[时時][0-9０-９]{1,2}分[）)]"
    "主席[、，,])"
)
"""A sentence end followed by a gazette's tag of a speaker's turn with its time and the greeting
to the chair (朱主计长泽民：（9时45分）主席、): the place the next turn is glued."""


_REPORT_TITLE = patterns.compile(
    "[。！？!?][”’」』]?((?:[^。！？!?；;，,、：:向我請请]{2,40}?(?:書面報告|书面报告|專案報告|专案报告)[：:]?"
    "|第[一二三四五六七八九十]{1,3}案[^。！？!?；;，,、：:]{0,30}?)(?=壹、|主席[、，,]))"
)
"""A sentence end followed by the title of a written report handed in with the turn, or of the
next case of a joint hearing, right before its 壹、 or its salutation (…謝謝。飛安會書面報告：壹、前言…,
…請參閱書面報告。司法院書面報告：主席、各位委員…, …消費者權益。第二案壹、國家疫苗政策…): the
title stood on a line of its own, and the report under it is a speech of its own."""


_REPORT_WORDS = ("面報告", "面报告", "案報告", "案报告")
_CASE = patterns.compile("第[一二三四五六七八九十]{1,3}案")
"""What a text holds where ``_REPORT_TITLE`` may find a title (tested first: most texts hold
neither, and the expression is not run over their sentence ends)."""


def turns_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text with each gazette's turn tag glued after a sentence end
    (…并祝各位委员身体健康。朱主计长泽民：（9时45分）主席、各位委员。…) cut onto a segment of its
    own with the turn's words, as on its own line: ``speeches`` opens a speech there. A tag
    with no time (张三：主席、…) may be a quoted exchange and stays."""
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        if "主席" not in text and "报告" not in text:
            out.append(seg)
            continue
        for piece in cut_at(seg, _turn_stops(text)):
            out += _report_opening(piece)
    return out


def _report_opening(piece: Segment) -> list[Segment]:
    """``piece`` as it opens a report whose title ``turns_apart`` cut off: 壹、前言107年10月21日…
    with its one-word title ended (``titleends.title_apart``), 主席、各位委員、各位先進：今天… with
    its salutation cut off its first words (as ``lines`` cuts a salutation on a line of its own)."""
    if piece.text.startswith("壹、"):
        return title_apart(piece)
    if piece.text.startswith("主席") and len(said := split_salutation(piece.text)) > 1:
        return [
            replace(piece, text=said[0], glued=True),
            Segment(piece.line, said[1], True, glued=True),
        ]
    return [piece]


_NEXT_OPENERS = ("继续", "后续", "接下来")
"""How a sentence saying that a further report follows in the same turn opens."""


def _turn_stops(text: str) -> list[int]:
    """Where ``text`` is cut: after each sentence end a turn tag follows (``_TURN``), and
    around each sentence after a sentence end that says a further report follows in the same
    turn (…敬请指教。| 后续，我再报告…第2期特别预算部分。| 今天承蒙…, ``partlines.next_report``)."""
    stops = {stop.end() for stop in _TURN.finditer(text)}
    titled = any(word in text for word in _REPORT_WORDS) or _CASE.search(text) is not None
    for title in _REPORT_TITLE.finditer(text) if titled else ():
        stops.update((title.start(1), title.end(1)))
        if text[title.start(1)] == "第":
            # (第三案 | 臺北醫院…處理情形: a case's label on a line of its own)
            stops.add(text.index("案", title.start(1)) + 1)
    for end in SENTENCE_STOP.finditer(text):
        at = end.end()
        if not text.startswith(_NEXT_OPENERS, at):
            continue
        close = SENTENCE_STOP.search(text, at)
        if close is not None and next_report(text[at : close.end()]) is not None:
            stops.update((at, close.end()))
    return sorted(stop for stop in stops if 0 < stop < len(text))


_WEB_CHAPTER = patterns.compile("第([0-9]{1,4})章 ")
"""A web compilation's chapter line: 第241章 and a space, the piece's title after it."""
_WEB_CHAPTERS_MIN = 3
"""The fewest chapters, numbered one after another, that make a text a web compilation."""
_TALK_END = patterns.compile("(?:讲演|演讲|演说|讲话)(?=[\u4e00-\u9fff])")
"""Where a talk's title (or its ——subtitle) ends, run into the talk's first words."""
_CHAPTER_TITLE_MAX = 60


def web_chapters_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line web compilation — chapter lines 第240章 …, 第241章 …, at least
    ``_WEB_CHAPTERS_MIN`` of them numbered one after another — with each chapter line cut onto
    a segment of its own wherever it stands (after a sentence or the site's watermark:
    …天堂｝第241章 少读中国书做好事之徒——一九二六年在…周会上的讲演今天我的讲题…), and its title
    (its ——subtitle apart) ended where it says it is a talk (讲演, 演讲, 演说, 讲话) and the
    talk's words run on; a chapter title that does not say so runs on as before. The piece
    that starts a segment keeps the segment's marks; every other piece is a paragraph of its own
    on the segment's line."""
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        found = list(_WEB_CHAPTER.finditer(text)) if "章 " in text else []
        numbers = [int(match.group(1)) for match in found]
        if len(found) < _WEB_CHAPTERS_MIN or any(b != a + 1 for a, b in pairwise(numbers)):
            out.append(seg)
            continue
        starts = [match.start() for match in found]
        if starts[0]:
            out.append(replace(seg, text=text[: starts[0]]))
        for start, end in pairwise([*starts, len(text)]):
            out.extend(_chapter_pieces(seg, text[start:end], first=not start))
    return out


def _chapter_pieces(seg: Segment, text: str, first: bool) -> list[Segment]:
    talk = _TALK_END.search(text, 0, _CHAPTER_TITLE_MAX)
    head, rest = (text[: talk.end()], text[talk.end() :]) if talk is not None else (text, "")
    dash = head.find("——")
    lines = [head[:dash], head[dash:]] if dash > 0 else [head]
    pieces = [replace(seg, text=lines[0]) if first else _piece(seg, lines[0])]
    pieces.extend(_piece(seg, line) for line in [*lines[1:], rest] if line)
    return pieces


def _collection_end(text: str) -> int:
    """Where a compilation's line (…讲法汇集(1), 第12章 …文集) at the start of ``text`` ends,
    run into the words after it (0: none) — the longest such line."""
    if len(text) <= _COLLECTION_MAX or "集" not in text[:_COLLECTION_MAX]:
        return 0
    for end in range(_COLLECTION_MAX, 3, -1):
        if is_collection_line(text[:end]):
            return end
    return 0


def _apart(seg: Segment) -> list[Segment]:
    """``seg`` cut before each occasion glued after a sentence end."""
    text = seg.text
    cuts: list[int] = []
    for stop in _STOP.finditer(text):
        at = stop.end()
        length = glued_occasion(text[at : at + 60])
        if length and text[at + length : at + length + 1] not in _TOLD:
            cuts.append(at)
    return cut_at(seg, cuts)


def _piece(seg: Segment, text: str) -> Segment:
    return Segment(seg.line, text, True)


_PAGE_TITLE_MAX = 60
"""The longest report's title looked for after a page's font-size control."""
_PAGE_TITLE_STOP = patterns.compile("[，,。！？!?；;：:、]")
_TOOLBAR_END = patterns.compile(r"【(?:字号|字体)[：:][^】。！？]{0,20}】")
"""A web page's font-size control (【字号：加大还原减小】, 【字体：大 中 小】): its title follows."""
_SUBTITLE_RUN = patterns.compile("——[^—。！？!?；;，,：:]{4,60}?(?:会议上|会上|大会上)")


def title_blocks_after_toolbar(segments: list[Segment]) -> list[Segment]:
    """In a one-line text, a report's title block glued after a web page's font-size control —
    a title naming the speech (``is_weak_title``: 2026年江苏省政府工作报告) and its ——subtitle
    (——2026年2月3日在…会议上), whatever runs on after it — cut onto segments of their own, as on
    their lines: a page saved twice, or two reports' pages joined, open a speech at each copy
    (…相关报道：下载打印全屏收藏【字号：加大还原减小】2026年江苏省政府工作报告——2026年2月3日在…会议上
    来源：新华日报…). A control with no such block after it stays, and so does the page's header
    before the text's first sentence (``salutation_in_header``'s)."""
    out: list[Segment] = []
    spoken = False  # (a sentence ended before: past the text's own header)
    for seg in segments:
        text = seg.text
        cuts: list[int] = []
        for bar in _TOOLBAR_END.finditer(text) if "】" in text else ():
            at = bar.end()
            if not spoken and not any(mark in text[: bar.start()] for mark in "。！？"):
                continue
            dash = text.find("——", at + 2, at + _PAGE_TITLE_MAX)
            title = text[at:dash].strip(SPACES) if dash > 0 else ""
            if not title or _PAGE_TITLE_STOP.search(title) is not None or not is_weak_title(title):
                continue
            subtitle = _SUBTITLE_RUN.match(text, dash)
            if subtitle is not None and is_subtitle(subtitle.group()):
                cuts += [at, dash, subtitle.end()]
        out += cut_at(seg, sorted({cut for cut in cuts if 0 < cut < len(text)}))
        spoken = spoken or any(mark in text for mark in "。！？")
    return out
