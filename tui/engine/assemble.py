"""Assembly: from paragraphs and speech starts to the ``Document``.

Per speech, the heading candidates (numbered paragraph starts, unnumbered Markdown ``#``
lines and bold lead sentences, plain heading lines of a report) are collected and handed
to ``outline.build_outline``; back matter at a speech's end, page-bottom footnotes (①…)
and each paragraph's kind are settled here.

Why this module is a little over 500 lines: the tests that keep a paragraph out of the
heading candidates (tight and bulleted lists, listed pairs, a quoted utterance, a date
header, a glued bare numeral) each look at the paragraphs around it, and they run in one
order before ``build_outline``; kept together, the order is visible in one function.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from tui.base import patterns
from tui.engine import framing
from tui.engine.backmatter import is_back_matter_line
from tui.engine.chapters import without_contents_before_chapter
from tui.engine.couplet import is_couplet
from tui.engine.glued import next_item_in_sentence
from tui.engine.headingtitle import heading_title
from tui.engine.markers import MARKDOWN_FAMILIES, SPOKEN_FAMILIES, Marker
from tui.engine.mdmarks import BULLET, is_markdown, set_in_heading_type
from tui.engine.model import Document, Heading, Kind, Paragraph, Speech
from tui.engine.numeraltitles import without_numeral_titles
from tui.engine.outline import build_outline
from tui.engine.para import FULL_STOP, Para
from tui.engine.preview import NAMED_PARTS_MIN, PREVIEW_PARAGRAPHS, part_names, unnamed_lines
from tui.engine.reflowcrossheads import crosshead_shape
from tui.engine.role import BODY, CLOSING, HEADER, SALUTATION, TITLE
from tui.engine.segment import CLOSERS, Segment, is_sentence_end
from tui.engine.series import CROSSHEAD_FIRST, CROSSHEAD_ONLY, SUBTITLE_ONLY
from tui.engine.speeches import SpeechStart, opens_turn
from tui.engine.sublines import MEMBER_ONLY, closes_own_quote, member_shape, names_read_as_words

_MARKUP_TITLE_MAX = 60
"""The longest title of a Markdown heading or bold lead sentence."""


# 以下是演讲全文： / 全文如下 — the speaker's preface (with its summary list) ends here.
_FULL_TEXT_FOLLOWS = patterns.compile(
    r"以下(?:是|为)[^。！？，,]{0,16}全文|全文如下|(?:讲话|演讲|发言)全文[：:]"
)


# 大家中午好！ / 各位嘉宾，大家好！ on a line of its own: the talk itself begins here.
_GREETING = patterns.compile(r"^[^。！？!?]{0,16}大家(?:早上|上午|中午|下午|晚上)?好[！!。.]?$")
_PREFACE_MAX = 12
"""The most paragraphs of text a preface before a greeting may have."""


def _without_doubled(
    candidates: list[tuple[int, Marker]], paras: list[Para]
) -> list[tuple[int, Marker]]:
    """第一节 社会学之对象 | 第一节 社会学之对象 (or 第一节 总和之定义 | 第一节 总和之定义——逻辑的
    与现实的总和): a heading printed twice, one line right under the other with only blank
    lines (or noise) between — an edition's stand-in for a lost chapter title — is one
    heading, the second line (whose text follows; it may add a subtitle)."""
    dropped: set[int] = set()
    for (first, marker), (second, again) in zip(candidates, candidates[1:], strict=False):
        if (
            marker.family == again.family
            and marker.number == again.number
            and marker.text == again.text
            and paras[second].text.startswith(paras[first].text)
            and all(paras[i].noise for i in range(first + 1, second))
        ):
            dropped.add(first)
    if not dropped:
        return candidates
    return [item for item in candidates if item[0] not in dropped]


def _after_preface(
    candidates: list[tuple[int, Marker]], paras: list[Para], begin: int, end: int
) -> list[tuple[int, Marker]]:
    """Drop the enumerators of a preface: a summary list (1.…2.…3.…) before 以下是演讲全文,
    or before the greeting that opens the talk (大家中午好！ a few paragraphs into the text),
    previews the speech; its outline is what follows."""
    if not candidates:
        return candidates
    last = candidates[-1][0]
    for index in range(begin, min(end, last + 1)):
        para = paras[index]
        if not para.noise and "全文" in para.text and _FULL_TEXT_FOLLOWS.search(para.text):
            return [item for item in candidates if item[0] > index]
    first = candidates[0][0]
    seen = 0
    for index in range(begin, end):
        para = paras[index]
        if para.noise:
            continue
        if index > first and "好" in para.text and _GREETING.match(para.text):
            return [item for item in candidates if item[0] > index]
        seen += 1
        if seen > _PREFACE_MAX:
            break
    return candidates


_PLAIN = Marker("plain", 1, "", 0)
_BARE_CODA = Marker("coda", 1, "", 0)
"""尾声 / 结论 alone on its line, standing alone, after numbered headings of its speech: the
closing part, at the speech's top level (``outline``)."""
_CLOSING_PARTS = frozenset({"尾声", "结论", "结语", "结束语", "余论"})
"""The names of a talk's closing part, said alone on a line (a genre's words, not a phrase a
segmentation could tell: 结论 is also a noun of any sentence)."""
_OPENING_PARTS = frozenset({"引言", "开场白", "前言", "序言", "导言"})
"""An introduction alone on its line: with one above, the closing part frames the same text."""
_UNNUMBERED = MARKDOWN_FAMILIES | {"bold"}
"""Markup headings with no numeral (a dash may still be their mark): they must lead text."""
_PLAIN_HEADING = patterns.compile(r"^[^，,。！？!?；;：:（(）)\d０-９]{2,30}$")
_PLAIN_HEADING_MAX = 30
# 2025年工作回顾 / “十五五”时期主要目标和2026年重点工作: a year (four digits and 年, no month
# after it) is the only number such a line may hold — not a date line (2026年1月27日).
_PLAIN_YEAR = patterns.compile(
    r"(?<![0-9０-９])(?:19|20)[0-9]{2}年(?![0-9０-９〇零一二三四五六七八九十]{1,2}月)"
)


def _plain_heading_at(
    paras: list[Para], index: int, begin: int, end: int, bold: bool = False
) -> Marker | None:
    """过去五年的回顾 / 今后五年的主要任务: a short line with no punctuation at all, on its own
    between finished paragraphs, with text after it — a candidate unnumbered heading (kept
    by the outline only as a series over numbered sub-headings, or as the subtitles of
    numbered sections, see ``series.plain_series``): ``_PLAIN``; right under a numbered
    section's heading instead of a finished paragraph (一、总论 | 社会科学之对象 | text), or
    ending with a quotation opened inside it (阶级斗争与“社会的工具”), a candidate for a
    section's subtitle only: ``SUBTITLE_ONLY``. A ``bold`` line (set in bold by the writer,
    **2026年工作安排**) stands so also right over a page's furniture: a page does not cut a
    sentence where a bold run closes."""
    text = paras[index].text
    if text in _ONE_CHARACTER_PARTS:
        return _PLAIN if _stands_alone(paras, index, begin, end) else None
    if (
        len(text) > _PLAIN_HEADING_MAX
        or _PLAIN_HEADING.match(names_read_as_words(_PLAIN_YEAR.sub("年", text))) is None
    ):
        return None
    if text.startswith(framing.DASH_STARTS) and _under_numbered_heading(paras, index, begin):
        return None  # 第一章 中国革命么？ | ——中国经济及社会阶级略说…: the chapter's subtitle
    # 林彪、“四人帮” — may be a line an extraction broke after a closing quote: with its
    # quotation opened inside the line, a section's subtitle at most (阶级斗争与“社会的工具”)
    quoted = text[-1] in CLOSERS
    if quoted and not closes_own_quote(text):
        return None
    if _stands_alone(paras, index, begin, end, at_seam=bold):
        return SUBTITLE_ONLY if quoted else _PLAIN
    if _stands_alone(paras, index, begin, end, under_heading=True, at_seam=bold):
        return SUBTITLE_ONLY
    return None


_CROSSHEAD_MAX = 64
"""The longest paragraph ``_crosshead_at`` takes for a crosshead, tested before the expression:
its 4,242 calls in the 10 MB collection's parse 7.44 ms (7.29–11.18) → 3.41 ms (2.69–4.89) of
CPU (``tests/bench/bench_calls.py``, 5 rounds in turns, perfengine)."""
_CROSSHEAD = crosshead_shape(_CROSSHEAD_MAX)
"""A clause or two of a crosshead: 6-64 characters, a comma or 、 inside (tested by the caller)
but no sentence mark and no colon anywhere (主持人：…, 注：… are turns and labels), not opening with
a quotation, a bracket, a dash or a figure (a quotation, a note, a caption, a table row), not
ending on a comma or a closing mark (``reflowcrossheads.crosshead_shape``)."""


_DATE = patterns.compile(
    r"[0-9０-９〇零一二三四五六七八九十]年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月"
)


def _crosshead_at(paras: list[Para], index: int, begin: int, end: int) -> Marker | None:
    """这几年取得的巨大成就，是坚决执行自力更生方针的结果: a news summary's crosshead — a line
    of a clause or two with commas, no sentence mark, on its own between finished paragraphs
    with a paragraph of text after it (``_stands_alone``). A candidate only: kept by
    ``series.plain_series`` as the second rank under unnumbered part lines that hold two or
    more of them in a part (``CROSSHEAD_ONLY``)."""
    text = paras[index].text
    if (
        len(text) <= _CROSSHEAD_MAX
        and ("，" in text or "、" in text or "," in text)
        and _CROSSHEAD.match(text) is not None
        and _DATE.search(text) is None  # (二〇二四年一月，北京: a date and place line)
        and not is_couplet(text)  # (找书有甘苦，真伪费推敲: an editor's subtitle, ``_couplet_at``)
        and _text_after(paras, index, end)
        and _own_line(paras, index, begin, end)
    ):
        if _stands_alone(paras, index, begin, end):
            # 报告分六个部分：…五、加强政权建设，加强各族人民的大团结；… | … | 加强政权建设，加强各族人民的
            # 大团结: a part the text named in its list of parts, beside the part lines (``preview``)
            return _PLAIN if text in _part_names(paras, begin, index) else CROSSHEAD_ONLY
        if _stands_alone(paras, index, begin, end, under_heading=True):
            # 壹、… | 执行前瞻计画，加速5G建设进程 | text: a numbered section's first line a
            # crosshead (``series.plain_series``: its sections are subtitled)
            return CROSSHEAD_FIRST
    return None


def _named_parts_apart(
    candidates: list[tuple[int, Marker]], paras: list[Para], end: int
) -> list[tuple[int, Marker]]:
    """The candidates with the unnumbered lines that are crossheads among the part lines a news
    summary names (``preview.unnamed_lines``: …报告的第二部分是关于… after two part lines or more)
    made ``CROSSHEAD_ONLY`` — 今后发展国民经济中应当注意的几个问题 has no comma, yet it heads a passage of
    its part, not a part."""
    plain = [(i, marker) for i, marker in candidates if marker is _PLAIN]
    if len(plain) <= NAMED_PARTS_MIN:
        return candidates
    after = [_content_after(paras, i, end) for i, _ in plain]
    crossheads = {
        i
        for (i, _), unnamed in zip(
            plain,
            unnamed_lines(
                [
                    (paras[i].text, para.text if para is not None else "")
                    for (i, _), para in zip(plain, after, strict=True)
                ]
            ),
            strict=True,
        )
        if unnamed
    }
    if not crossheads:
        return candidates
    return [(i, CROSSHEAD_ONLY if i in crossheads else marker) for i, marker in candidates]


def _part_names(paras: list[Para], begin: int, index: int) -> frozenset[str]:
    """The part names the speech's opening paragraphs list (``preview.part_names``), searched in
    its first ``preview.PREVIEW_PARAGRAPHS`` paragraphs before ``index``."""
    stop = min(index, begin + PREVIEW_PARAGRAPHS)
    return part_names([paras[i].text for i in range(begin, stop) if "一、" in paras[i].text])


def _member_at(paras: list[Para], index: int, begin: int, end: int) -> bool:
    """火車頭園區建置計畫： / 輔導…館舍，提升整體效能: a line of ``sublines.member_shape`` on its own
    line, after a finished paragraph or right under a numbered heading ((4)… | 改善…執行： | text),
    with text after it (``_stands_alone``'s test of the paragraph after)."""
    if not member_shape(paras[index].text) or not _own_line(paras, index, begin, end):
        return False
    return _stands_alone(paras, index, begin, end) or _stands_alone(
        paras, index, begin, end, under_any_heading=True
    )


def _content_before(paras: list[Para], index: int, begin: int) -> Para | None:
    """The paragraph before ``index``, from ``begin`` on, that is neither noise nor back
    matter (read by index, not through a slice: a copy of the speech's paragraphs per
    candidate made the parse quadratic in a file of headings)."""
    return next(
        (
            paras[i]
            for i in range(index - 1, begin - 1, -1)
            if not paras[i].noise and not paras[i].back
        ),
        None,
    )


def _content_after(paras: list[Para], index: int, end: int) -> Para | None:
    """The paragraph after ``index``, before ``end``, that is neither noise nor back matter."""
    return next(
        (paras[i] for i in range(index + 1, end) if not paras[i].noise and not paras[i].back), None
    )


def _own_line(paras: list[Para], index: int, begin: int, end: int) -> bool:
    """Whether the paragraph ``index`` is a line of the file of its own: the paragraphs around it
    (noise and back matter passed over) end and start on other lines. A piece a split cut out
    of a line (…要作用。　　我国…得到了比 | 较合理的安排。…) is no crosshead. Lines given back to
    a one-line text (``Para.shown``) are compared where both sides have them: each is a line."""
    para = paras[index]
    before, after = _content_before(paras, index, begin), _content_after(paras, index, end)
    return (before is None or _lines_apart(before, para)) and (
        after is None or _lines_apart(para, after)
    )


def _lines_apart(first: Para, second: Para) -> bool:
    """Whether ``first`` ends on a line before the one ``second`` starts on: the lines given
    back to a one-line text (``Para.shown``) where both have them, else the source lines."""
    if first.shown_end and second.shown:
        return first.shown_end < second.shown
    return first.end_line < second.line


def _text_after(paras: list[Para], index: int, end: int) -> bool:
    """Whether the next paragraph (noise and back matter passed over) is text: more than
    ``_PLAIN_HEADING_MAX`` characters with no marker (a crosshead heads the summary's paragraphs)."""
    after = _content_after(paras, index, end)
    return after is not None and after.marker is None and len(after.text) > _PLAIN_HEADING_MAX


_ONE_CHARACTER_PARTS = frozenset(("序",))
"""A book's preface named by one character alone on its line (序 | text…): shorter than
``_PLAIN_HEADING``'s two characters, which keep a stray character from being a heading."""


def _under_numbered_heading(paras: list[Para], index: int, begin: int) -> bool:
    """Whether the paragraph before ``index`` (noise and back matter passed over) is a
    numbered heading's line."""
    before = _content_before(paras, index, begin)
    return before is not None and before.role is BODY and before.marker is not None


def _couplet_at(paras: list[Para], index: int, begin: int, end: int, at_seam: bool = False) -> bool:
    """找书有甘苦，真伪费推敲: an editor's subtitle of two matched halves (``is_couplet``) on
    its own between finished paragraphs, with text after it — a heading where the speech
    has a series of them (``WEAK_FAMILIES``). With ``at_seam`` (``_COUPLET_SIBLINGS`` or more
    of the speech's couplets stand so), one right over a page's furniture stands so too."""
    return is_couplet(paras[index].text) and _stands_alone(
        paras, index, begin, end, at_seam=at_seam
    )


_COUPLET_SIBLINGS = 2
"""The couplets of a speech that must stand alone away from a page seam before one that ends a
page (找书有甘苦，真伪费推敲 | 第 11 页 共 15 页 | 我这个用书的旧书生，…) is taken as one of them: the
speech's own subtitles tell a subtitle from the half sentence a page cut off."""


def _strict_couplets(paras: list[Para], begin: int, end: int) -> int:
    """How many paragraphs of ``begin``…``end`` are couplets standing alone by the strict test
    (none of them over a page's furniture)."""
    return sum(
        1
        for i in range(begin, end)
        if not paras[i].noise
        and not paras[i].back
        and paras[i].role is BODY
        and paras[i].marker is None
        and len(paras[i].text) <= 26
        and _couplet_at(paras, i, begin, end)
    )


def _stands_alone(
    paras: list[Para],
    index: int,
    begin: int,
    end: int,
    under_heading: bool = False,
    under_any_heading: bool = False,
    at_seam: bool = False,
) -> bool:
    """A short unnumbered line between finished paragraphs, with text (or a numbered
    heading) after it; with ``under_heading``, right under a numbered section's heading
    (一、总论 | 社会科学之对象 | text) instead of a finished paragraph; with ``under_any_heading``,
    right under a numbered heading of any family ((4)… | 改善…執行： | text). Over a page's
    furniture (a page number, a running header) it is a sentence the page cut, unless
    ``at_seam``: the caller knows the line's siblings stand alone (``_couplet_at``) or the
    writer set it in bold (``_plain_heading_at``)."""
    before = _content_before(paras, index, begin)
    if before is None:
        return False
    if under_heading or under_any_heading:
        if before.role is not BODY or before.marker is None:
            return False
        if not under_any_heading and before.marker.family not in _SECTION_FAMILIES:
            return False
    elif before.role is BODY and not is_sentence_end(before.text):
        return False
    if index + 1 < end and paras[index + 1].noise and not at_seam:
        return False  # 在原子能 | page number | running header | 技术…: a page cut a sentence
    after = _content_after(paras, index, end)
    return (
        after is not None
        and after.role is BODY
        and (
            after.marker is not None
            or len(after.text) > _PLAIN_HEADING_MAX
            # (…可得下列的五种。: a short paragraph of text, a whole sentence)
            or (len(after.text) >= 10 and is_sentence_end(after.text))
        )
    )


_SECTION_FAMILIES = frozenset({"cap-dun", "cn-dun", "part", "section"})
"""Numbered section headings (壹、 一、 第一部分 第一节) a subtitle may stand right under."""


_CN_NUMERALS = "一二三四五六七八九十"
# 二月… / 三年来… / 二是… / 三十… — what after a numeral makes prose, not a glued section number.
_NOT_GLUED_AFTER = frozenset(
    _CN_NUMERALS + "百千万亿两年月日时分秒个元名位岁次号家条项天周倍届期只所场件吨米是要"
)


def _glued_bare_numerals(
    candidates: list[tuple[int, Marker]], paras: list[Para]
) -> list[tuple[int, Marker]]:
    """一 / 二对严重的经济犯罪分子，… / 三目前… / 四: in a series of bare numerals on their
    lines, the missing numbers glued by an extraction to their part's first sentence are
    the series' headings too — where every missing number of a gap is found, in order, at
    the start of a text paragraph. The heading is the numeral alone (its title empty)."""
    bare = [(i, m) for i, m in candidates if m.family == "cn-bare" and m.number <= 9]
    if len(bare) < 2:
        return candidates
    found: list[tuple[int, Marker]] = []
    for (start, first), (stop, last) in zip(bare, bare[1:], strict=False):
        if last.number - first.number < 2:
            continue
        want = first.number + 1
        gap: list[tuple[int, Marker]] = []
        for index in range(start + 1, stop):
            para = paras[index]
            text = para.text
            if (
                want < last.number
                and not para.noise
                and not para.back
                and para.role is BODY
                and para.marker is None
                and text[:1] == _CN_NUMERALS[want - 1]
                and "\u4e00" <= text[1:2] <= "\u9fff"
                and text[1:2] not in _NOT_GLUED_AFTER
            ):
                gap.append((index, Marker("cn-bare", want, text[0], len(text))))
                want += 1
        if want == last.number:
            found.extend(gap)
    if not found:
        return candidates
    return sorted(candidates + found)


def _leads_text(paras: list[Para], index: int, end: int) -> bool:
    """Whether an unnumbered heading (a bold lead sentence, a Markdown ``#`` line) leads
    text: its own paragraph goes on after the title's sentence, or a paragraph of text or a
    numbered heading follows it (after a ``#`` line, any paragraph of the speech)."""
    text = paras[index].text
    markdown = paras[index].md > 0
    stop = FULL_STOP.search(text)
    if stop is not None and stop.end() < len(text):
        return True
    for position in range(index + 1, end):  # (not a slice: a copy of the rest per heading)
        following = paras[position]
        if following.noise:
            continue
        return (
            not following.back
            and following.role is BODY
            and (markdown or following.marker is not None or len(following.text) > 30)
        )
    return False


def _quoted_utterance(text: str) -> bool:
    """“你是中国人吗？” / “是！”: a line that is one quotation ending in a sentence mark (words
    said, a call and its answer), not a heading; “守正创新” (no sentence) may still be one."""
    text = text.strip()
    return len(text) >= 3 and text[0] in "“「" and text[-1] in "”」" and text[-2] in "。！？!?…"


def markup_marker(seg: Segment, colon: bool = False) -> Marker | None:
    """A Markdown ``#`` heading or a bold lead sentence without a numeral: an unnumbered
    heading (``md`` + its depth, see ``outline``; a bold one counts only as a series, see
    ``WEAK_FAMILIES``). ``colon``: one ending with a colon may be a heading (a ``#`` line
    over paragraphs of text, see ``parse``); otherwise it announces a list."""
    stop = FULL_STOP.search(seg.text)
    title_end = stop.start() if stop else len(seg.text)
    if title_end > _MARKUP_TITLE_MAX or (
        stop is None and seg.text.rstrip()[-1:] in ("；;，,、" if colon else "；;：:，,、")
    ):
        # An emphasised passage or a list item (自恋、自大…；), not a heading. (After the lead
        # sentence's 。 the line's text goes on: a hard wrap may end it on a comma.)
        return None
    if not seg.md and _quoted_utterance(seg.text):
        return None  # **“你是中国人吗？”** | **“是！”**: a bold exchange quoted, not headings
    if seg.md and set_in_heading_type(seg.text):
        # ###### 尊敬的各位嘉宾，…大家早上好！欢迎莅临…: a whole paragraph set in heading type
        # (several sentences after the first), not a heading.
        return None
    # **——“川农大精神”是…“拼”出来的**。: the dash leading a run of parallel lead sentences is
    # their mark, as 一、 is a numbered heading's; the title is the sentence after it.
    dash = len(seg.text) - len(seg.text.lstrip(_DASHES))
    return Marker(f"md{seg.md}" if seg.md else "bold", 1, seg.text[:dash], dash)


_DASHES = "—―"
"""Dashes that lead a bold lead sentence (——…): its mark, not its title."""


def _own_part_line(paras: list[Para], starts: list[SpeechStart], number: int) -> int:
    """The paragraph that names speech ``number``: its title, or — when the next speech is a
    numbered part (二　一月二十七日的讲话) and this one's title block holds, under the file's
    title, the part line numbered one less (一　一月十八日的讲话) — that part line."""
    start = starts[number]
    title = start.title
    assert title is not None
    if number + 1 >= len(starts) or framing.part_number(paras[title].text):
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
    due = framing.part_number(paras[following].text) - 1 if following is not None else 0
    if due < 1:
        return title
    return next(
        (
            index
            for index in block
            if paras[index].role in (TITLE, HEADER)
            and framing.part_number(paras[index].text) == due
        ),
        title,
    )


_OPENINGS = frozenset(("引言", "开场白"))
"""Part lines that open a part but name no speech (under a title the speech keeps it)."""


def _named_part(text: str) -> bool:
    """开幕词 / 结论 / 闭幕词: an unnumbered part line that names its part (not 引言, 开场白)."""
    return (
        framing.is_part_line(text)
        and not framing.part_number(text)
        and "".join(text.split()) not in _OPENINGS
    )


_PART_LINE_SPAN = 3
"""The farthest a part's own line stands under the file's title (a date or subtitle between)."""


def _byline(paras: list[Para], begin: int, para: Para) -> bool:
    """Whether ``para``, text in a speech's title block, is a saved page's byline (文章来源：
    本站原创作者：王琛发布时间：…, a source line: ``is_back_matter_line``) under the page's title
    at the speech's start: the title block goes on under it (``speeches``)."""
    return para.role is BODY and paras[begin].role is TITLE and is_back_matter_line(para.text)


def _header_date(paras: list[Para], begin: int, end: int) -> str | None:
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
            parts = framing.speaker_parts(para.text, placed=True)
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
_OFFICE_AND_NAME = patterns.compile(rf"{framing.POSTS}[\u4e00-\u9fff·•]{{0,4}}$")


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


def _header_speaker(paras: list[Para], begin: int, end: int) -> str | None:
    """Who gave the speech, from its title-block lines (the ``HEADER`` lines ``roles``
    classifies with ``framing.is_speaker_line``): a speaker line (江　泽　民, a name spaced
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
        run_on = framing.run_on_speaker_parts(text) or framing.run_on_speaker_parts(above + text)
        above = text if para.role in (TITLE, HEADER) and framing.DASH_RE.search(text) else ""
        if run_on is not None and titled:
            return _who(run_on[1])
        if para.role is TITLE:
            found = _SUBTITLE_SPEAKER.search(text)
        elif para.role is not HEADER or not text or not titled:
            continue
        elif (
            (spoken := framing.speaker_parts(text, placed=True)) is not None
            and _names_a_person(spoken[0])
            and not framing.is_date_line(text)
            and not framing.is_occasion_line(text)
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
            and framing.is_speaker_line(found.group(1), placed=True)
            and _names_a_person(found.group(1))
        ):
            named = _who(found.group(1))
    return named


def _signature(paras: list[Para], begin: int, limit: int) -> tuple[str | None, str | None]:
    """(who, date) of a report signed at its end — 专此报告。 | 深圳市龙华区人民政府 | 2019年12月18日:
    the last two lines of the speech's stretch (``begin`` to ``limit``, the next speech's
    start; noise and back matter after them looked past) are a line that signs it
    (``framing.is_signer_line``) and a date alone (``framing.is_bare_date``), with a finished
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
        or not framing.is_signer_line(name.text.strip())
    ):
        return None, None
    return _who(name.text.strip()), framing.date_of_line(date.text)


def _end_before_back_matter(paras: list[Para], begin: int, end: int) -> int:
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


def _ordered_item(para: Para, marker: Marker) -> bool:
    """Whether ``para`` is a Markdown ordered-list item: "1. " (an ASCII number, a dot, a space)."""
    return (
        marker.family == "arabic"
        and marker.text[-1:] == "."
        and marker.text[:1].isascii()
        and not para.md
        and para.text[len(marker.text) : len(marker.text) + 1] == " "
    )


Item = tuple[int, Marker]
"""A heading candidate: its paragraph's index and its marker."""


def _without_listed_pairs(
    candidates: list[Item], listed: Callable[[Item, Item], bool]
) -> list[Item]:
    """The candidates less every two neighbours that ``listed`` says are items of one list."""
    dropped: set[int] = set()
    for item, following in zip(candidates, candidates[1:], strict=False):
        if listed(item, following):
            dropped.update((item[0], following[0]))
    if not dropped:
        return candidates
    return [(index, marker) for index, marker in candidates if index not in dropped]


def _without_tight_lists(candidates: list[Item], paras: list[Para]) -> list[Item]:
    """In a Markdown text (one with ``#`` headings), the candidates less the items of tight
    ordered lists: "1. …" and "2. …" on adjacent lines, no text of their own between them, are
    a list of the paragraph's content (两期迭代工作： | 1. 前一期… | 2. 后一期…), not sections;
    so are the items of a loose list, paragraphs of their own with blank lines and no other
    text between them (a page seam's number and running header are no text). Also when every item is "1." (lazy numbering: Markdown renders 1. 2.
    3. whatever the numbers after the first)."""

    def tight(item: Item, following: Item) -> bool:
        (first, marker), (second, after) = item, following
        return (
            (
                paras[second].line == paras[first].end_line + 1
                # (a page seam between two items — its number, a running header — is no
                # text of their own: the list goes on across it)
                or all(para.noise for para in paras[first + 1 : second])
            )
            and after.number in (marker.number + 1, marker.number)
            and _ordered_item(paras[first], marker)
            and _ordered_item(paras[second], after)
        )

    return _without_listed_pairs(candidates, tight)


def _one_sentence_item(para: Para, marker: Marker) -> bool:
    """Whether a list item holds one sentence only (第一点，提高认识；): no text of its own
    after its first sentence."""
    body = para.text[marker.end :].rstrip("。；;.，,")
    return len(body) <= 60 and not any(mark in body for mark in "。！？!?")


def _without_bullet_lists(
    candidates: list[Item], paras: list[Para], markdown: bool = False
) -> list[Item]:
    """The candidates less the items of bulleted lists in a paragraph's flow: "- 第一点，…；"
    and "- 第二点，…；" as adjacent paragraphs, each one sentence, no text of their own between
    them (要把握好几点： | - 第一点，提高认识； | - 第二点，…), are the content of the
    paragraph that announces them, not sections. Bulleted items that each lead their own
    text stay headings. In a speech whose sections are Markdown ``#`` headings
    (``markdown``: a ``#`` line among its heading candidates, not only a ``#`` title)
    adjacent bulleted items are a list however long each is ("- 首先，这是一段…。" |
    "- 其次，…" | "- 最后，…？…？": three remarks on a code sample)."""

    def bulleted(item: Item, following: Item) -> bool:
        (first, marker), (second, after) = item, following
        return (
            second == first + 1
            and paras[first].bullet
            and paras[second].bullet
            and after.family == marker.family
            and (
                after.number == marker.number + 1
                or (after.family == "sequence" and after.number == 99 and marker.number > 1)
            )
            and (
                markdown
                or (
                    _one_sentence_item(paras[first], marker)
                    and _one_sentence_item(paras[second], after)
                )
            )
        )

    return _without_listed_pairs(candidates, bulleted)


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
    make a sentence the page cut (``_plain_heading_at``)."""
    # The last paragraph that is not noise, looked for from the end (where it is).
    last_content = next(
        (i for i in range(len(paras) - 1, -1, -1) if not paras[i].noise and not paras[i].back), -1
    )
    bounds = [s.paragraph for s in starts] + [last_content + 1]
    ends = [
        _end_before_back_matter(paras, s.paragraph, bounds[n + 1]) for n, s in enumerate(starts)
    ]
    speech_of: list[int | None] = [None] * len(paras)
    for number, start in enumerate(starts):
        for index in range(start.paragraph, ends[number]):
            if not paras[index].back:
                speech_of[index] = number

    headings_of: dict[int, Heading] = {}
    speeches: list[Speech] = []
    markdown = any(para.md for para in paras)  # (a text with # headings: see _without_tight_lists)
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
                    plain := _plain_heading_at(
                        paras, i, begin, end, para.line == para.end_line and para.line in bold_lines
                    )
                    or _crosshead_at(paras, i, begin, end)
                )
                is not None
            ):
                marker = plain
                if (
                    plain is _PLAIN
                    and para.text in _CLOSING_PARTS
                    and any(other.text for _, other in candidates)
                    and not any(
                        "".join(paras[j].text.split()) in _OPENING_PARTS for j in range(begin, i)
                    )
                ):
                    # 第五幕　… | … | 尾声 / 四、… | 结论: the closing part after numbered parts
                    # (after unnumbered section lines only — 病重时 | … | 结语 — it is one of them;
                    # with 引言 above the numbered parts, 引言 | 一、… | 二、… | 结束语 frame one text)
                    marker = _BARE_CODA
            elif (
                marker is None
                and para.role is BODY
                and len(para.text) <= 26
                and (
                    _couplet_at(paras, i, begin, end)
                    or (
                        i + 1 < end
                        and paras[i + 1].noise
                        and is_couplet(para.text)
                        and (
                            strict_couplets
                            if strict_couplets is not None
                            else (strict_couplets := _strict_couplets(paras, begin, end))
                        )
                        >= _COUPLET_SIBLINGS
                        and _couplet_at(paras, i, begin, end, at_seam=True)
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
                and _member_at(paras, i, begin, end)
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
                    (marker.text and marker.family not in _UNNUMBERED)
                    or marker is _PLAIN
                    or marker is SUBTITLE_ONLY
                    or marker is CROSSHEAD_ONLY
                    or marker is CROSSHEAD_FIRST
                    or marker is _BARE_CODA
                    or _leads_text(paras, i, end)
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
                interjected = interjected or framing.is_exclaimed_salutation(para.text)
                if first_item is not None:
                    gap.append(para.text)
        if first_item is not None:
            following[first_item] = "".join(gap)
        candidates = _glued_bare_numerals(candidates, paras)
        candidates = without_numeral_titles(candidates, paras)
        candidates = _without_doubled(candidates, paras)
        candidates = without_contents_before_chapter(candidates, paras)
        candidates = _after_preface(candidates, paras, begin, end)
        candidates = _named_parts_apart(candidates, paras, end)
        if markdown:
            candidates = _without_tight_lists(candidates, paras)
        sectioned = markdown and any(paras[i].md for i, _ in candidates)
        candidates = _without_bullet_lists(candidates, paras, sectioned)
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
            named = _own_part_line(paras, starts, number)
            # (…会议上国务院总理 李克强: a speaker run into the subtitle is no part of the title)
            run_on = framing.run_on_speaker_parts(paras[named].text)
            line = run_on[0] if run_on is not None else paras[named].text
            # (怎样做一个共产党员①（一九三九年五月三十日）: the title without the note mark and the
            # date, which is the speech's: _header_date; the reader shows the line as it is)
            edition = framing.edition_title(line)
            line = edition[0] if edition is not None else line
            title = framing.clean_title(line).rstrip("，,：:") or None
        salutation = paras[start.salutation].text if start.salutation is not None else None
        date = _header_date(paras, begin, end)
        speaker = _header_speaker(paras, begin, end)
        if date is None or speaker is None:
            # (no date or speaker in the title block: a signature at the speech's end gives them)
            limit = starts[number + 1].paragraph if number + 1 < len(starts) else len(paras)
            signer, signed = _signature(paras, begin, limit)
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
            text = framing.clean_title(para.text) or para.text
        else:
            text = para.text
        if bullets and para.bullet and kind in (Kind.BODY, Kind.FRONT, Kind.BACK_MATTER):
            text = BULLET + text
        out.append(Paragraph(text, para.line, para.end_line, kind, speech, found))
    return Document(path, encoding, line_count, tuple(out), tuple(speeches), warnings)
