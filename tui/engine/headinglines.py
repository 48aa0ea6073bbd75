"""Heading candidates that carry no number: which unnumbered lines are headings.

A report's plain heading lines (``plain_heading_at``), crossheads (``crosshead_at``),
an editor's couplet subtitles (``couplet_at``), a closing part said alone (尾声, 结论),
Markdown ``#`` lines and bold lead sentences (``markup_marker``), and bare numerals glued
to their text (``glued_bare_numerals``); with the tests of a line's neighbours they share
(``_own_line``, ``_stands_alone``, ``leads_text``). Asked by ``assemble.assemble_document``
before the candidates go to ``outline.build_outline``.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import framing
from tui.engine.couplet import is_couplet
from tui.engine.markers import MARKDOWN_FAMILIES, Marker
from tui.engine.mdmarks import set_in_heading_type
from tui.engine.para import FULL_STOP, Para
from tui.engine.preview import NAMED_PARTS_MIN, PREVIEW_PARAGRAPHS, part_names, unnamed_lines
from tui.engine.reflowcrossheads import crosshead_shape
from tui.engine.role import BODY
from tui.engine.segment import CLOSERS, Segment, is_sentence_end
from tui.engine.series import CROSSHEAD_FIRST, CROSSHEAD_ONLY, SUBTITLE_ONLY
from tui.engine.sublines import closes_own_quote, member_shape, names_read_as_words

_MARKUP_TITLE_MAX = 60
"""The longest title of a Markdown heading or bold lead sentence."""

PLAIN = Marker("plain", 1, "", 0)
BARE_CODA = Marker("coda", 1, "", 0)
"""尾声 / 结论 alone on its line, standing alone, after numbered headings of its speech: the
closing part, at the speech's top level (``outline``)."""
CLOSING_PARTS = frozenset({"尾声", "结论", "结语", "结束语", "余论"})
"""The names of a talk's closing part, said alone on a line (a genre's words, not a phrase a
segmentation could tell: 结论 is also a noun of any sentence)."""
OPENING_PARTS = frozenset({"引言", "开场白", "前言", "序言", "导言"})
"""An introduction alone on its line: with one above, the closing part frames the same text."""
UNNUMBERED = MARKDOWN_FAMILIES | {"bold"}
"""Markup headings with no numeral (a dash may still be their mark): they must lead text."""
_PLAIN_HEADING = patterns.compile(r"^[^，,。！？!?；;：:（(）)\d０-９]{2,30}$")
_PLAIN_HEADING_MAX = 30
# 2025年工作回顾 / “十五五”时期主要目标和2026年重点工作: a year (four digits and 年, no month
# after it) is the only number such a line may hold — not a date line (2026年1月27日).
_PLAIN_YEAR = patterns.compile(
    r"(?<![0-9０-９])(?:19|20)[0-9]{2}年(?![0-9０-９〇零一二三四五六七八九十]{1,2}月)"
)


def plain_heading_at(
    paras: list[Para], index: int, begin: int, end: int, bold: bool = False
) -> Marker | None:
    """过去五年的回顾 / 今后五年的主要任务: a short line with no punctuation at all, on its own
    between finished paragraphs, with text after it — a candidate unnumbered heading (kept
    by the outline only as a series over numbered sub-headings, or as the subtitles of
    numbered sections, see ``series.plain_series``): ``PLAIN``; right under a numbered
    section's heading instead of a finished paragraph (一、总论 | 社会科学之对象 | text), or
    ending with a quotation opened inside it (阶级斗争与“社会的工具”), a candidate for a
    section's subtitle only: ``SUBTITLE_ONLY``. A ``bold`` line (set in bold by the writer,
    **2026年工作安排**) stands so also right over a page's furniture: a page does not cut a
    sentence where a bold run closes."""
    text = paras[index].text
    if text in _ONE_CHARACTER_PARTS:
        return PLAIN if _stands_alone(paras, index, begin, end) else None
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
        return SUBTITLE_ONLY if quoted else PLAIN
    if _stands_alone(paras, index, begin, end, under_heading=True, at_seam=bold):
        return SUBTITLE_ONLY
    return None


_CROSSHEAD_MAX = 64
"""The longest paragraph ``crosshead_at`` takes for a crosshead, tested before the expression:
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


def crosshead_at(paras: list[Para], index: int, begin: int, end: int) -> Marker | None:
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
        and not is_couplet(text)  # (找书有甘苦，真伪费推敲: an editor's subtitle, ``couplet_at``)
        and _text_after(paras, index, end)
        and _own_line(paras, index, begin, end)
    ):
        if _stands_alone(paras, index, begin, end):
            # 报告分六个部分：…五、加强政权建设，加强各族人民的大团结；… | … | 加强政权建设，加强各族人民的
            # 大团结: a part the text named in its list of parts, beside the part lines (``preview``)
            return PLAIN if text in _part_names(paras, begin, index) else CROSSHEAD_ONLY
        if _stands_alone(paras, index, begin, end, under_heading=True):
            # 壹、… | 执行前瞻计画，加速5G建设进程 | text: a numbered section's first line a
            # crosshead (``series.plain_series``: its sections are subtitled)
            return CROSSHEAD_FIRST
    return None


def named_parts_apart(
    candidates: list[tuple[int, Marker]], paras: list[Para], end: int
) -> list[tuple[int, Marker]]:
    """The candidates with the unnumbered lines that are crossheads among the part lines a news
    summary names (``preview.unnamed_lines``: …报告的第二部分是关于… after two part lines or more)
    made ``CROSSHEAD_ONLY`` — 今后发展国民经济中应当注意的几个问题 has no comma, yet it heads a passage of
    its part, not a part."""
    plain = [(i, marker) for i, marker in candidates if marker is PLAIN]
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


def member_at(paras: list[Para], index: int, begin: int, end: int) -> bool:
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


def couplet_at(paras: list[Para], index: int, begin: int, end: int, at_seam: bool = False) -> bool:
    """找书有甘苦，真伪费推敲: an editor's subtitle of two matched halves (``is_couplet``) on
    its own between finished paragraphs, with text after it — a heading where the speech
    has a series of them (``WEAK_FAMILIES``). With ``at_seam`` (``COUPLET_SIBLINGS`` or more
    of the speech's couplets stand so), one right over a page's furniture stands so too."""
    return is_couplet(paras[index].text) and _stands_alone(
        paras, index, begin, end, at_seam=at_seam
    )


COUPLET_SIBLINGS = 2
"""The couplets of a speech that must stand alone away from a page seam before one that ends a
page (找书有甘苦，真伪费推敲 | 第 11 页 共 15 页 | 我这个用书的旧书生，…) is taken as one of them: the
speech's own subtitles tell a subtitle from the half sentence a page cut off."""


def count_strict_couplets(paras: list[Para], begin: int, end: int) -> int:
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
        and couplet_at(paras, i, begin, end)
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
    ``at_seam``: the caller knows the line's siblings stand alone (``couplet_at``) or the
    writer set it in bold (``plain_heading_at``)."""
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


def glued_bare_numerals(
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


def leads_text(paras: list[Para], index: int, end: int) -> bool:
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
