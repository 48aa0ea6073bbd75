"""Back matter: what follows a speech and is not it — notes (注释, [1] lists), source lines
(来源：, 原载…, 根据…整理), routing lines (报送：/抄送：…) and readers' comments. It stays
readable in the reader, marked as back matter, up to the next speech's title.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain, islice, pairwise

from tui.base import patterns
from tui.engine.markers import Marker, match_marker
from tui.engine.segment import Segment, is_sentence_end

# 注释： / 注： / 参考文献 on their own: the notes below them are not the speech. 附件： / 附件1 on
# its own line: the attachments of a report (a list of them, glossaries, tables of 民生实事).
_NOTES_HEAD = patterns.compile(
    r"^(?:附\s*[:：]?\s*)?(?:注\s*释|注|附\s*注|脚\s*注|参考文献|尾\s*注|注解|名词解释"
    r"|附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2})\s*[:：]?$"
)
# 《政府工作报告》有关内容名词解释 / 报告中的名词解释 / 有关名词解释: a glossary head that names what it
# explains (a document in 《》, 报告) before 名词解释 / 名词注释 / 名词释义; 名词、术语注释 / 名词术语解释
# (terms as well as names: 政府工作报告名词、术语注释, holdout40 e09) too.
_GLOSSARY_HEAD = patterns.compile(
    r"^(?:附(?:件\s*[0-9０-９一二三四五六七八九十]*)?\s*[:：]?\s*)?"
    r"(?:《[^》]{1,24}》|[^\s，。；：:！？]{0,8}报告)?\s*(?:中|里)?的?\s*"
    r"(?:有关|相关|部分|主要|涉及)?(?:内容|词语|用语|术语)?的?\s*"
    r"名词(?:[、和及与]?术语)?(?:解释|注释|释义|说明)\s*[:：]?$"
)

# 2015年主要指标测算说明 / 主要预期指标解释: the explanation of a report's target figures, appended
# after its closing as a glossary is (its own 一、… sections name the figures: 一、本区生产总值 |
# 预计…增长…). Not 关于…的说明 (a speech's genre), not a numbered line (三、主要指标说明).
_INDICATOR_HEAD = patterns.compile(
    r"^(?!关于)(?:(?:19|20)[0-9]{2}年度?)?[^\s，,。；;：:！？、（(]{0,10}?指标的?"
    r"(?:测算|计算|口径)?(?:说明|解释)\s*[:：]?$"
)

# 附：某某公司干部管理规定 / 附件2：2016年民生实事 / 附录：…: a document appended to the speech,
# named after the colon; its own numbered sections (第一条…, 一、…) start over at 1.
_ATTACHMENT_HEAD = patterns.compile(
    r"^附(?:件|录)?\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[:：]\s*[^。！？!?；;]{2,40}$"
)


def _attachment(text: str) -> bool:
    """附：某某规定 — a named attachment after the speech (see ``_ATTACHMENT_HEAD``)."""
    return text[:1] == "附" and len(text) <= 50 and _ATTACHMENT_HEAD.match(text) is not None


# --- back matter ---------------------------------------------------------------------------

# 〔1〕见本书第一卷… / [2] 同上。 / ［3］: a numbered note.
_FOOTNOTE = patterns.compile(r"^[\[〔［]\s*[0-9０-９]{1,3}\s*[\]〕］]")
# 来源：新华社 / 原载《人民日报》 / 原载1948年9月5日北平《世界日报》 / 根据录音整理 / 报送：… / 抄送：…
_SOURCE_LINE = patterns.compile(
    r"^(?:(?:来源|资料来源|本文来源|文章来源|稿件来源|出处|转载自|转自|原载|报送|主送|抄送|抄报|分送|发送|"
    r"印发|责任编辑|编辑|审核|校对)\s*[：:]"
    r"|[（(]?\s*(?:原载|原文载|本文原载|载于|刊于)[《“于]"
    # 原载1923年12月10日《东方杂志》第20卷第23期: the date of the issue before its name.
    r"|[（(]?\s*(?:原载|原文载|本文原载|载于|刊于)\s*(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})\s*年"
    r"[^。！？]{0,20}?《"
    r"|[（(]\s*(?:文字|记录|录音)?整理(?:人)?\s*[：:]"
    r"|[（(]?\s*(?:根据|据)[^。！？]{1,40}(?:整理|刊印|编入|校订)[^。！？]{0,20}[）)]?[。.]?$)"
)
# 网友评论 / 发表评论 / 评论（12） / 精选留言: readers' comments follow.
_COMMENTS_HEAD = patterns.compile(
    r"^[【\[]?(?:网友评论|读者评论|相关评论|热门评论|最新评论|精彩评论|全部评论|发表评论|我要评论|评论区|"
    r"评论|网友留言|精选留言|留言|读者留言|回复)[】\]]?\s*[（(]?\s*\d*\s*[)）]?\s*[：:]?$"
)
# 推荐阅读 / 本周推荐阅读 / 延伸阅读 / 往期回顾: the list of further articles a blog or WeChat post
# ends with (links, a QR code): not the speech.
_READING_HEAD = patterns.compile(
    r"^[【\[]?(?:本周|本期|往期|相关|延伸|更多|精彩)?"
    r"(?:推荐阅读|延伸阅读|相关阅读|扩展阅读|拓展阅读|相关文章|推荐文章|往期回顾|往期推荐|往期精选|往期文章)"
    r"[】\]]?\s*[：:]?$"
)
# 加入我们 / 诚聘英才 / 招聘信息 / 热招岗位: a job advert a company's write-up of a talk ends with
# (the post's, after the speaker's 谢谢大家; its labels and lists are no part of the talk), as a
# reading list ends a blog post.
_JOBS_HEAD = patterns.compile(
    r"^[【\[]?(?:欢迎)?(?:加入我们|诚聘英才|诚聘|招聘信息|人才招聘|热招岗位|招贤纳士|我们在招人|我们正在招聘)"
    r"[】\]]?\s*[：:!！]?$"
)
# 张三 2019-05-06 12:30：写得好 / 网友 2019年5月6日: — a comment: a name, a date, a colon.
_COMMENT_LINE = patterns.compile(
    r"^[^\s：:。，,！？0-9]{1,24}\s*(?:[（(]\s*)?(?:\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?\s*[：:]"
    r"|^回复\s*\S{0,20}\s*\d+\s*[#楼]"
)


# 张三 2019-05-06 12:30：… / 张三 发表于 2019-5-6 12:30 / 3# / 5楼 / 沙发: a forum reply —
# what follows it is readers' comments.
_REPLY = patterns.compile(
    r"^[^\s：:。，,！？0-9]{1,24}\s*(?:发表于\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:[：:]|$)"
    r"|^(?:\d{1,4}\s*[#楼]|沙发|板凳|地板)(?:\s|[：:]|$)"
)


def is_back_matter_head(text: str) -> bool:
    """A line after which the rest of a speech is back matter: 注释, 网友评论, 推荐阅读, a
    footnote, a forum reply."""
    if text[:1] in "[〔［":
        return _FOOTNOTE.match(text) is not None
    if len(text) <= 16 and (
        _NOTES_HEAD.match(text) is not None
        or _COMMENTS_HEAD.match(text) is not None
        or _READING_HEAD.match(text) is not None
        or _JOBS_HEAD.match(text) is not None
    ):
        return True
    if len(text) <= 40 and "名词" in text and _GLOSSARY_HEAD.match(text) is not None:
        return True
    if len(text) <= 30 and "指标" in text and _INDICATOR_HEAD.match(text) is not None:
        return True
    if len(text) > 300:
        return False
    head = text[:30]
    # (A reply line holds a year or starts with its floor number: most lines have neither.)
    if "20" not in head and "19" not in head and not (head[:1].isdigit() or head[:1] in "沙板地"):
        return False
    return _REPLY.match(text) is not None


def is_back_matter_line(text: str) -> bool:
    """A line that is back matter by itself: a source, routing or comment line."""
    if len(text) > 200:
        return False
    head = text[:40]
    if (
        "：" not in head
        and ":" not in head
        and "整理" not in text
        and "载" not in text[:8]
        and ("刊于" not in text[:8])
    ):
        return False  # (every such line has one of these: most lines are decided here)
    return _SOURCE_LINE.match(text) is not None or _COMMENT_LINE.match(text) is not None


_SECTION_FAMILIES = frozenset(
    {
        "cn-dun",
        "paren-cn",
        "cn-space",
        "di",
        "di-unit",
        "part",
        "section",
        "shi",
        "yao",
        "yue",
        "zhua",
    }
)


def _speech_goes_on(text: str) -> bool:
    """A line that belongs to a speech, not to notes or comments: a section heading."""
    marker = match_marker(text) if text[:1] in _MARKER_STARTS else None
    return marker is not None and marker.family in _SECTION_FAMILIES


def _writers_heading(seg: Segment) -> bool:
    """A Markdown ``#`` heading that is no back matter head itself (## Java 的未来, not ## 注释):
    the writer's own section, so the speech goes on under it. A back matter line never runs
    over it, however short the lines between are (a hard wrap cuts every line short)."""
    return seg.md > 0 and not is_back_matter_head(seg.text) and not is_back_matter_line(seg.text)


_MARKER_STARTS = frozenset("一二三四五六七八九十（(【第")


def _markers(block: Iterable[Segment]) -> Iterator[Marker]:
    """The markers that open the lines of ``block``, in order."""
    for seg in block:
        marker = match_marker(seg.text) if seg.text[:1] in _MARKER_STARTS else None
        if marker is not None:
            yield marker


def _last_numbers(block: Iterable[Segment]) -> dict[str, int]:
    """The last number of each section series (一、, （一）, 一是 …) opening a line of ``block``."""
    return {m.family: m.number for m in _markers(block) if m.family in _SECTION_FAMILIES}


def _starts_over(text: str, block: Iterable[Segment], before: Callable[[], dict[str, int]]) -> bool:
    """Whether ``text`` names an attachment (附：某某规定) whose own numbering starts over at
    1 (第一条 …, 一、…): its sections are the attachment's, not the speech going on.

    Not when a series of the speech's own goes on after it: the first line below it of a
    series the speech numbered before the caption (``before``: the last number of each) takes
    the next number (（一）…（二）| 附：…解读 | 1. … | （三）…) — the caption heads a passage inside
    the speech (a report's 附：… over the detail of its point), which then goes on. So does an
    explanation of the report's target figures (2015年主要指标测算说明 | 一、本区生产总值 | …)."""
    if not _attachment(text) and _INDICATOR_HEAD.match(text) is None:
        return False
    markers = _markers(block)
    first = next(markers, None)
    if first is None:
        return True
    if first.number != 1:
        return False
    last = before()
    seen: set[str] = set()
    for marker in chain((first,), markers):
        if marker.family in last and marker.family not in seen:
            if marker.number == last[marker.family] + 1:
                return False
            seen.add(marker.family)
    return True


_CITED = patterns.compile(r"(?<=\S)[\[〔［]\s*[0-9０-９]{1,3}\s*[\]〕］]")
"""A note's mark cited inside a line (…之一[1]。), not at its start."""


def cited_marks(segments: list[Segment]) -> frozenset[str]:
    """The note marks (by ``mark_key``) that the text cites inside its lines."""
    return frozenset(
        mark_key(found.group())
        for seg in segments
        if "[" in seg.text or "〔" in seg.text or "［" in seg.text
        for found in _CITED.finditer(seg.text)
    )


def mark_key(mark: str) -> str:
    """〔1〕, [1], ［ １ ］ → "1": a mark's number, whatever its brackets and width."""
    return "".join(ch for ch in mark if ch.isdigit()).translate(_FULLWIDTH_DIGITS)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def _headings_with_text(block: Iterable[Segment], cited: frozenset[str]) -> bool:
    """Whether two or more of the ``[n]`` lines in ``block`` are short title lines (at most
    40 characters after the mark, no sentence end) with a longer line of text after them that
    is not the next note: headings numbered [1] [2] over their sections. Notes follow one
    another, are sentences (〔1〕见本书第一卷第三页。), or go on in a line no longer than the
    mark's (a note wrapped at the page's width: [1] 见某书第一卷 | 第三页。). A mark the text
    cites inside a line (``cited``: …之一[1]。) numbers a note, wherever it stands (a note at
    a page's foot, [1] 同上, with the text going on under it)."""
    titled = 0
    for seg, after in pairwise(block):
        note = _FOOTNOTE.match(seg.text)
        if note is None:
            continue
        title = seg.text[note.end() :].strip()
        if (
            mark_key(note.group()) not in cited
            and title
            and len(title) <= 40
            and not any(mark in title for mark in "。！？；;!?")
            and _FOOTNOTE.match(after.text) is None
            and len(after.text) > len(seg.text) * 1.25
        ):
            titled += 1
    return titled >= 2


def _hidden_back_matter(text: str) -> bool:
    """Back matter that the noise rules hid: a source line (web chrome at a page's top) or a
    notes head repeated under every piece of a collection (注　释, a running header)."""
    return _SOURCE_LINE.match(text) is not None or (
        len(text) <= 10 and _NOTES_HEAD.match(text) is not None
    )


_WRAPPED_LINE_MIN = 24
"""The fewest characters of a line a hard wrap broke inside a sentence (an official document
is printed at 28 a line, a PDF's text layer gives about 30)."""


def _goes_on_wrapped(segments: list[Segment], index: int) -> bool:
    """Whether the line at ``index`` goes on with the sentence of the line right above it, a
    line a hard wrap broke (``_WRAPPED_LINE_MIN`` characters or more, no sentence end): …故依 |
    据古本，或古书，…是整理国故中的最重要的方法。 reads like a source line (据…整理) but is the
    rest of a sentence, no back matter."""
    if index == 0:
        return False
    above, seg = segments[index - 1], segments[index]
    return (
        not above.noise
        and above.line == seg.line - 1
        and len(above.text) >= _WRAPPED_LINE_MIN
        and not is_sentence_end(above.text)
    )


_FENCE_STARTS = ("```", "~~~")


def _fenced(segments: list[Segment]) -> frozenset[int]:
    """The indexes of the segments inside Markdown code fences (```…``` or ~~~…~~~, each fence
    closed by the next fence line; an unclosed last fence opens nothing): a program's text and
    output, where back matter never starts (docker's ``Step 1/8 : FROM …`` reads like a
    comment line, a name, a number and a colon)."""
    fences = [i for i, seg in enumerate(segments) if seg.text.startswith(_FENCE_STARTS)]
    if len(fences) < 2:
        return frozenset()
    inside: set[int] = set()
    for opening, closing in zip(fences[::2], fences[1::2], strict=False):
        inside.update(range(opening + 1, closing))
    return frozenset(inside)


def _kept(segments: list[Segment], start: int, end: int, skip: int = 0) -> Iterator[Segment]:
    """The segments from ``start`` to ``end`` that are not noise, read as they are asked for,
    the first ``skip`` of them left out."""
    return islice((segments[i] for i in range(start, end) if not segments[i].noise), skip, None)


_PROSE_MIN = 200
"""The fewest characters of a paragraph of text (a note is shorter), in one line or over the
lines of a hard wrap (``_first_prose``)."""


def _first_prose(segments: list[Segment], start: int, end: int) -> int:
    """The first line from ``start`` to ``end`` (not noise) that is no note, [1] …, and is
    longer than 200 characters or opens with a heading's numeral: the text going on; else
    ``end``. A hard-wrapped paragraph counts by its lines: a run of lines one under the other
    (no blank line between; page noise skipped, not counted) that does not start with a note's
    mark and holds more than 200 characters (…今译托拉斯。 | blank | 社会阶级及阶级斗争 | blank |
    人类社会是一种经济协作的组织… over 17 lines of 36: the lecture goes on after its editor's
    note; a note wrapped over lines starts with its mark, and its run is the note's)."""
    run = -1  # the first line of the run of lines the line at ``index`` is in (-1: a note's)
    run_length = 0
    previous = -1  # the line number of the last line read (noise too)
    for index in range(start, end):
        seg = segments[index]
        text = seg.text
        if seg.line != previous + 1:
            run, run_length = -1, 0
            if not seg.noise and not _FOOTNOTE.match(text):
                run = index
        previous = seg.line
        if seg.noise:
            continue
        if _FOOTNOTE.match(text):
            run = -1
            continue
        if len(text) > _PROSE_MIN or match_marker(text) is not None:
            return index
        if run >= 0:
            run_length += len(text)
            if run_length > _PROSE_MIN:
                return run
    return end


def mark_back_matter(segments: list[Segment], framed: set[int]) -> None:
    """Mark back matter in place: what follows a speech's text but is not part of it.

    ``framed`` holds the indexes of title and salutation lines: back matter runs from its
    first line to the next of them (the next speech) or the end of the file. It starts at
    a notes or comments head (注释 / 网友评论) or a footnote ([1] …) once the speech has text,
    and a source, routing or comment line (来源：/ 原载… / 抄送：/ 张三 2019-05-06：) is back
    matter where it stands, with the short lines after it. Only the end of a speech is
    looked at: a head followed by long prose that goes on to the next speech is not back
    matter (注：… in the middle of a report).
    """
    count = len(segments)
    fenced: frozenset[int] | None = None  # (found at the first line that may start back matter)
    body_seen = False
    numbered = False  # the speech's [n] lines are headings (``_headings_with_text``)
    cited: frozenset[str] | None = None  # the note marks cited inside lines, once needed
    # Each line that may start back matter reads the lines after it to the speech's end: the
    # end is found once per speech, the lines are read only as far as each test needs, the
    # speech's [n] lines are counted once when they are no headings (fewer are after a later
    # one), and the text going on after notes is found once for all the notes before it.
    # Read again for each line, a speech of 1 MB of notes took 1.2 s of CPU, 14 ms at 0.25 MB
    # (perf23, tests/bench/bench_shapes.py).
    end = 0  # the speech's end: the next framed line, or the file's end
    unnumbered = -1  # the end of the speech whose [n] lines are no headings
    prose = prose_end = -1  # ``_first_prose`` from a line before, and its speech's end
    index = start = 0  # (start: the speech's first line, its title)
    while index < count:
        seg = segments[index]
        if index in framed:
            start = index
            body_seen = numbered = False
            index += 1
            continue
        if seg.noise and not (body_seen and _hidden_back_matter(seg.text)):
            index += 1
            continue
        text = seg.text
        if not body_seen:
            body_seen = len(text) > 30 and not is_back_matter_line(text)
            index += 1
            continue
        if len(text) > 300 and text[:1] not in "[〔［":
            index += 1  # a paragraph of text (every back matter line but a note is shorter)
            continue
        # (附：某某规定 as a Markdown # heading is the writer's own section: no back matter.)
        head = is_back_matter_head(text) or (not seg.md and _attachment(text))
        line = not head and is_back_matter_line(text) and not _goes_on_wrapped(segments, index)
        if not (head or line):
            index += 1
            continue
        if fenced is None:
            fenced = _fenced(segments)
        if index in fenced:
            index += 1  # (a program's output in a code block: Step 1/8 : FROM … is no comment)
            continue
        if end <= index:
            end = index + 1
            while end < count and end not in framed:
                end += 1
        rest = partial(_kept, segments, index, end, 1)
        if (
            head
            and (_READING_HEAD.match(text) or _JOBS_HEAD.match(text))
            and any(s.md for s in rest())
        ):
            index += 1  # ## 延伸阅读 | … | ## 课后思考: a section of the text, more follow it
            continue
        note = head and _FOOTNOTE.match(text) is not None
        if note and cited is None:
            cited = cited_marks(segments)
        if note and not numbered and unnumbered != end:
            numbered = _headings_with_text(_kept(segments, index, end), cited or frozenset())
            unnumbered = -1 if numbered else end
        if note and numbered:
            index += 1  # [1] 总体要求 | text… | [2] …: a series of headings, not notes
            continue
        if note and not (prose_end == end and index < prose):
            prose, prose_end = _first_prose(segments, index, end), end
        if note and prose < end:
            index += 1  # [1] at the start of prose that goes on: not a note list
            continue
        if (
            head
            and not note
            and not _starts_over(
                text, rest(), partial(_last_numbers, _kept(segments, start, index))
            )
            and any(_speech_goes_on(s.text) or _writers_heading(s) for s in rest())
        ):
            seg.back, seg.noise = True, False  # 注： in the middle, the speech goes on
            index += 1
            continue
        if line and (
            not all(
                is_back_matter_line(s.text) or is_back_matter_head(s.text) or len(s.text) <= 60
                for s in rest()
            )
            or any(_writers_heading(s) for s in rest())
        ):
            seg.back, seg.noise = True, False  # 来源：… in the middle, the speech goes on
            index += 1
            continue
        for s in segments[index:end]:
            if not s.noise or _hidden_back_matter(s.text):
                s.back, s.noise = True, False  # (来源：… is web chrome at the top only)
        index = end
