"""The speech engine's pipeline: decoded text → segments → paragraphs → speeches → outlines.

Stages (each in its own module, joined here by ``parse_text``):

1. ``lines.segment_lines``: LF lines cut into cleaned segments (indent, ``>``, ``#`` gone);
   a one-line text hard-wrapped again is first unwrapped (``unwrap.segments``).
2. ``roles``: title, date/speaker, salutation and closing lines found (words: ``framing``).
3. ``lines.mark_noise``: advertising, page headers, notes, navigation marked as noise.
4. ``reflow``: segments joined into paragraphs where a PDF broke a sentence.
5. ``speeches``: a collection split on titles, salutations and numbering restarts.
6. ``assemble``: per speech the heading candidates, ``outline.build_outline`` their
   levels, and the ``Document``.
7. sentences: ``Paragraph.sentences`` splits its text on first use (``sentences.py``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

from tui.base import patterns
from tui.base.decode import decode
from tui.engine.assemble import assemble_document, mark_footnotes
from tui.engine.backmatter import cited_marks, mark_back_matter, mark_key
from tui.engine.brackets import rejoin_split_brackets
from tui.engine.chapters import chapter_markers
from tui.engine.fold import fold, unfold
from tui.engine.frontmatter import (
    joined_front_matter,
    mark_front_matter,
    markdown_talks,
    markdown_title,
)
from tui.engine.headinglines import markup_marker
from tui.engine.markers import Marker, is_lead_label, match_marker, run_in_marker
from tui.engine.mdmarks import is_markdown, set_in_heading_type
from tui.engine.model import Document
from tui.engine.noise import (
    is_field_line,
    is_noise_text,
    is_page_data,
    mark_front_block_noise,
    mark_noise,
)
from tui.engine.para import FULL_STOP
from tui.engine.partlines import is_summary_label
from tui.engine.reflow import reflow_paragraphs
from tui.engine.role import BODY, HEADER, SALUTATION, TITLE
from tui.engine.roles import frame_roles, split_glued_occasions
from tui.engine.segment import Segment, is_sentence_end
from tui.engine.speeches import rejoin_salutations, speech_starts
from tui.engine.unwrap import segments as unwrapped_segments

__all__ = ["decode_bytes", "load_document", "parse_text"]

patterns.save()  # every stage is imported: its patterns kept for the next start

_WRAPPED_HASH_MIN = 24
"""The fewest characters of a ``#`` line a wrap broke inside its paragraph."""


def _wrapped_hash_paragraph(segments: list[Segment], index: int) -> bool:
    """# 大家下午好！我是…党支部 | 书记张伟！刚才…: a whole paragraph set in heading type that a
    PDF's wrap broke — its first line holds a finished sentence and goes on past it to the
    line's end (no sentence end there), the paragraph's rest on the lines right under it; joined,
    it is set in heading type (``set_in_heading_type``) within a few lines, as the unbroken
    line is."""
    seg = segments[index]
    text = seg.text
    if (
        not seg.md
        or len(text) < _WRAPPED_HASH_MIN
        or index + 1 >= len(segments)
        or is_sentence_end(text)
        or not any(mark in text for mark in "。！？")
    ):
        return False
    line = seg.line
    for after in segments[index + 1 : index + 1 + _WRAPPED_HASH_LINES]:
        if after.line != line + 1 or after.md or after.noise or after.bullet:
            return False
        text += after.text
        if set_in_heading_type(text):
            return True
        line = after.line
    return False


_WRAPPED_HASH_LINES = 4
"""The most lines under a broken ``#`` line read to find its paragraph set in heading type."""


def decode_bytes(data: bytes, path: str = "") -> tuple[str, str]:
    """Decode a speech file's bytes: (text with LF line ends, encoding name)."""
    decoded = decode(data, path)
    return decoded.text, decoded.encoding


def load_document(path: str | Path) -> Document:
    """Read, decode (or extract: PDF, Word, web pages), clean, split, outline and sentence.

    Raises:
        SpeechFileError: a subclass saying in words why the file cannot be read.
    """
    from tui.formats import read_source

    source = read_source(path)
    document = parse_text(source.text, str(path), source.encoding, source.warnings)
    document = document.with_title(source.title)
    return replace(document, pages=source.pages, content_kind=source.kind)


# --- assembly -----------------------------------------------------------------------------


_MARKDOWN_NUMBERED = frozenset({"decimal", "decimal-3", "bracket-arabic"})
"""Families that a Markdown ``#`` line's numeral does not give it: its ``#`` depth does."""


def _cited_note_marks(segments: list[Segment], markers: list[Marker | None]) -> None:
    """[1] / 〔1〕 at a line's start whose mark the text cites inside a line (…之一[1]。) is a
    note (at a page's foot: [1] 同上), not a heading numbered [1]."""
    if not any(marker is not None and marker.family == "bracket-arabic" for marker in markers):
        return
    cited = cited_marks(segments)
    for index, marker in enumerate(markers):
        if (
            marker is not None
            and marker.family == "bracket-arabic"
            and mark_key(marker.text) in cited
        ):
            markers[index] = None


_SUMMARY_FAMILY = "md6"
"""The summary label's family: an unnumbered heading under the ``#`` section open above it."""
_TEXT_LINE = 30
"""The shortest line of text that makes a ``#`` line ending with a colon a heading."""


def _text_follows(segments: list[Segment], index: int) -> bool:
    """Whether a ``#`` line ending with a colon (``##### 如何做到无侵入：``) heads paragraphs of
    text: before the next ``#`` line, a paragraph of ``_TEXT_LINE`` characters or more that
    ends a sentence and is no list item — its lines in a row counted together, as a hard wrap
    breaks a paragraph into lines shorter than that (holdout20 h06 wrapped at 30). Under
    ``## 相关链接：`` come links, short lines."""
    run = 0  # (the characters of the lines in a row so far: a hard wrap's paragraph)
    last_line = -2
    for position in range(index + 1, len(segments)):  # (no copy of the rest: perf24)
        seg = segments[position]
        if seg.md:
            return False
        if seg.noise or seg.bullet:
            run, last_line = 0, -2
            continue
        run = run + len(seg.text) if seg.line == last_line + 1 else len(seg.text)
        last_line = seg.line
        if run >= _TEXT_LINE and is_sentence_end(seg.text):
            return True
    return False


def _text_next(segments: list[Segment], index: int, lines: list[str]) -> bool:
    """Whether the paragraph right after ``index`` (a blank line between, nothing else: no image
    line, ``lines`` the text's) is text: a line of ``_TEXT_LINE`` characters or more that ends a
    sentence, no ``#`` line and no list item (**注意定义中的三个关键：** over 1. … 2. … announces a
    list, no part; **测试查询设备路由接口：** over a screenshot is its caption)."""
    for position in range(index + 1, len(segments)):
        seg = segments[position]
        if seg.noise:
            continue
        # (a blank line under the label: in Markdown a line right under it goes on with its
        # paragraph — **为什么…?** | 因为… is a bold lead sentence a wrap broke off)
        between = lines[segments[index].line : seg.line - 1]
        if not between or any(line.strip() for line in between) or seg.md or seg.bullet:
            return False
        if match_marker(seg.text) is not None:
            return False
        # (the paragraph's lines, one right under the other: a hard wrap breaks its sentence)
        paragraph = [seg.text]
        for following in range(position + 1, len(segments)):  # (no copy of the rest: perf24)
            later = segments[following]
            if later.line != seg.line + len(paragraph) or later.md or later.bullet or later.noise:
                break
            paragraph.append(later.text)
        joined = "".join(paragraph)
        return len(joined) >= _TEXT_LINE and is_sentence_end(joined)
    return False


_COMMA_FAMILIES = frozenset({"cn-comma", "ar-comma"})


def _comma_items_at_paragraph_starts(segments: list[Segment], markers: list[Marker | None]) -> None:
    """一，标题 / 1，标题 only where a paragraph starts: the line before ends a sentence or is a
    heading of another kind, and is not a full line of a hard-wrapped text (a line as long as
    the text's most common line length, where that length holds a good share of the lines: a
    wrap that happened to fall after a 。). Elsewhere it is a number or a list's item that a
    line break put at a line's start (…增长百分之二十 | 九，…; …。 | 二，… in a wrapped paragraph)."""
    width = -1  # the wrap width, once it is needed (0: the text is not hard-wrapped)
    for index, marker in enumerate(markers):
        if marker is None or marker.family not in _COMMA_FAMILIES or not index:
            continue
        previous = segments[index - 1].text
        above = markers[index - 1]
        if not (
            is_sentence_end(previous) or (above is not None and above.family not in _COMMA_FAMILIES)
        ):
            markers[index] = None
            continue
        if width < 0:
            width = _common_width(segments)
        if width and abs(len(previous) - width) <= 1:
            markers[index] = None


def _comma_typed_for_dun(markers: list[Marker | None]) -> None:
    """六，恢复山林 among 一、…五、 and 七、: a 一， at a paragraph's start whose number is the one
    between the 一、 item right before it and the next 一、 or 一， after it (五、 before it, 七、
    after it) is that series' item with a comma typed for its 、 (holdout38 c07's 纪要). A list
    of its own (一，… 二，… inside 二、, before 三、) and a last 三， with no 四、 after it are not."""
    before: Marker | None = None  # (the last 一、 item)
    for index, marker in enumerate(markers):
        if marker is None:
            continue
        if marker.family == "cn-dun":
            before = marker
        elif (
            marker.family == "cn-comma"
            and before is not None
            and before.number == marker.number - 1
        ):
            after = next(
                (m for m in markers[index + 1 :] if m is not None and m.family in _CN_FAMILIES),
                None,
            )
            if after is not None and after.family == "cn-dun" and after.number == marker.number + 1:
                markers[index] = replace(marker, family="cn-dun")


_CN_FAMILIES = frozenset({"cn-dun", "cn-comma"})


_WORD_ALONE_MAX = 4
"""The longest line a lone 首先 / 第一 / 第十一 may be (the word before the comma it lost)."""
_NOISE_SKIPPED = 2
"""The most lines that read as noise (``is_noise_text``) looked past for the next line of text."""


def _words_cut_from_their_comma(segments: list[Segment], markers: list[Marker | None]) -> None:
    """首先 | ，我是…: a sequence word or an ordinal alone on its line, the next line of text
    going on with the comma that makes it a marker (a line break fell between the word and its
    comma; lines that read as noise between them skipped: a blog's <!--more--> cut, a page
    number): the word is the marker it is with that comma. A word alone whose next line does
    not open with a comma or a colon (最后 as a closing line's title, 首先 over a sentence)
    stays none. (The length and first-character tests only keep other lines out cheaply.)"""
    for index, marker in enumerate(markers):
        if marker is not None:
            continue
        text = segments[index].text
        if len(text) > _WORD_ALONE_MAX or text[:1] not in "首其再最第" or segments[index].md:
            continue
        following = index + 1
        while (
            following < len(segments)
            and following - index <= _NOISE_SKIPPED
            and is_noise_text(segments[following].text)
        ):
            following += 1
        if following == len(segments):
            continue
        after = segments[following]
        comma = after.text[:1]
        if comma not in "，,：:" or after.md:
            continue
        joined = match_marker(text + comma)
        if joined is not None and joined.end == len(text) + 1 and joined.text.endswith(comma):
            markers[index] = joined


_RUNNING = frozenset("，,。！？!?；;")
"""What makes a line running text: a comma or a sentence end (a set, not a pattern: this
module's patterns are stored at its top, ``patterns.save``)."""


def _counts_mid_sentence(segments: list[Segment], markers: list[Marker | None]) -> None:
    """1 找人… ("ar-space") is no heading on a line that goes on a sentence the line right
    above broke off: that line is running text (a comma or a sentence end in it; a sentence
    end after its marker if it has one, as a heading's title may hold a comma: 一、加强管理，
    提高效益 | 1 人才培养) and stops on a character of a word or on ，/、 (…至 2023 年底，重点
    审计的 | 13 户央企账面资产总额…: a PDF's wrap put a count at the line's start). A title
    line above (雷军：管理 | 1 找人…), or a blank line between, leaves it a heading."""
    for index, marker in enumerate(markers):
        if marker is None or marker.family != "ar-space" or not index or segments[index].run_in:
            continue
        above = segments[index - 1]
        if above.noise or above.line != segments[index].line - 1:
            continue
        text = above.text
        last = text[-1:]
        if not ("\u4e00" <= last <= "\u9fff" or last in "，、,"):
            continue
        own = markers[index - 1]
        if (
            any(char in _RUNNING for char in text)
            if own is None
            else FULL_STOP.search(text, own.end) is not None
        ):
            markers[index] = None


_WRAPPED_SHARE = 0.3
"""The share of a text's lines (of ``_WRAP_MIN`` characters or more) within one of the most
common line length from which the text is taken for hard-wrapped at that length."""
_WRAP_MIN = 16
"""The shortest line counted for a wrap width: headings of a few characters, often of one
length (一，提高思想认识 / 二，加强组织领导), are no wrap."""


def _common_width(segments: list[Segment]) -> int:
    """The width a text is hard-wrapped at (its most common line length, when at least
    ``_WRAPPED_SHARE`` of its lines of ``_WRAP_MIN`` characters or more are within one of it
    and most of those stop inside a sentence), else 0."""
    counts = Counter(len(seg.text) for seg in segments if len(seg.text) >= _WRAP_MIN)
    total = sum(counts.values())
    if total < 4:
        return 0
    width = max(counts, key=lambda length: (counts[length], length))
    full = [seg.text for seg in segments if abs(len(seg.text) - width) <= 1]
    if len(full) < _WRAPPED_SHARE * total:
        return 0
    # (A wrap falls inside sentences: most full lines stop without an end mark; paragraphs
    # of one length that end with 。 are no wrap.)
    open_lines = sum(1 for text in full if not is_sentence_end(text))
    return width if open_lines * 2 >= len(full) else 0


_FIELD_HEAD = 100
"""The segments a saved page's header of field lines is looked for in (the text's head)."""
_FIELD_WIDTH_SAMPLE = 400
"""The segments the wrap width is read from when the head has a field line."""


def _wrapped_fields(segments: list[Segment]) -> list[Segment]:
    """``segments`` with a saved page's field line in the text's head (``_FIELD_HEAD``) of a
    hard-wrapped text (标题: …, 原文链接: …, or a web article's line of page data, 文章来源：…点击数：次;
    as long as the wrap width) joined to the next line,
    which is its value going on (…2025年 工作 | 计划的报告), when that line is no field line
    itself, nor an indented line (it opens a paragraph): one field, one line. (Only the head: a pass over all of a 10 MB collection's
    107,000 segments took 32-53 ms of CPU, the width read from all of them 35 ms more.)"""
    fields = [
        index
        for index, seg in enumerate(segments[: min(_FIELD_HEAD, len(segments) - 1)])
        if len(seg.text) >= _WRAP_MIN and (is_field_line(seg.text) or is_page_data(seg.text))
    ]
    if not fields or not (width := _common_width(segments[:_FIELD_WIDTH_SAMPLE])):
        return segments
    drop: set[int] = set()
    for index in fields:
        seg, last = segments[index], index
        while (
            last + 1 < len(segments)
            and len(segments[last].text) >= width - 1
            and segments[last + 1].line == segments[last].line + 1
            and not is_field_line(segments[last + 1].text)
            # (an indented line opens a paragraph: 文章来源：…点击数：次 at the width | 　　不忘初心…)
            and not segments[last + 1].indented
        ):
            last += 1
            seg.text += segments[last].text
            drop.add(last)
    return [seg for index, seg in enumerate(segments) if index not in drop]


def parse_text(
    text: str, path: str = "", encoding: str = "utf-8", warnings: tuple[str, ...] = ()
) -> Document:
    """Turn a decoded speech file into a ``Document`` (see ``load_document``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    folded = fold(text)  # (traditional characters read as simplified: same positions)
    if folded is not text:
        return unfold(_parse(folded, path, encoding, warnings), text, folded)
    return _parse(text, path, encoding, warnings)


def _parse(text: str, path: str, encoding: str, warnings: tuple[str, ...]) -> Document:
    segments = _wrapped_fields(
        split_glued_occasions(
            rejoin_salutations(rejoin_split_brackets(unwrapped_segments(text, is_markdown(path))))
        )
    )
    markers = [
        run_in_marker(seg.text, seg.run_in)
        if seg.run_in
        else match_marker(seg.text, series=seg.series)
        for seg in segments
    ]
    _comma_items_at_paragraph_starts(segments, markers)
    _comma_typed_for_dun(markers)
    _words_cut_from_their_comma(segments, markers)
    _counts_mid_sentence(segments, markers)
    _cited_note_marks(segments, markers)
    chapter_markers(segments, markers)
    joined = joined_front_matter(segments)
    roles = frame_roles(segments, markers, joined)
    markdown_title(segments, markers, roles)
    protected = {i for i, role in enumerate(roles) if role is not BODY}
    mark_noise(segments, protected)
    markdown_talks(segments, markers, roles)  # (after the noise: a page's lines between items)
    first_framed = next((i for i, role in enumerate(roles) if role is not BODY), 0)
    mark_front_block_noise(segments, first_framed)
    mark_front_matter(segments, joined)
    mark_back_matter(
        segments, {i for i, role in enumerate(roles) if role in (TITLE, SALUTATION, HEADER)}
    )
    # A text whose headings are # lines (two or more: not only a # title) marks its headings
    # so: a bold sentence there is emphasis, not a heading.
    hashed = sum(1 for seg in segments if seg.md) >= 2
    labels = Counter(seg.text.strip() for seg in segments if seg.bold) if hashed else Counter()
    lines: list[str] = []  # the text's lines, split at the first lead label that needs them
    for index, seg in enumerate(segments):
        if seg.noise or seg.back or roles[index] is not BODY:
            markers[index] = None
        elif (seg.md or (seg.bold and not hashed)) and (
            (marker := markers[index]) is None or (seg.md and marker.family in _MARKDOWN_NUMBERED)
        ):
            # (### 3.1 离线场景: a # line numbered 3.1 is the writer's heading at its depth)
            markers[index] = (
                None
                if _wrapped_hash_paragraph(segments, index)
                else markup_marker(
                    seg, seg.md > 0 and seg.text[-1:] in "：:" and _text_follows(segments, index)
                )
            )
        elif (
            seg.bold
            and hashed
            and markers[index] is None
            and (
                (is_summary_label(seg.text) and _text_follows(segments, index))
                or (
                    is_lead_label(seg.text)
                    and labels[seg.text.strip()] == 1
                    and _text_next(segments, index, lines or (lines := text.split("\n")))
                )
            )
        ):
            # **小结：** over the paragraphs closing a ## section: in a text of # sections a bold
            # sentence is emphasis, but a summary label alone on its line is the section's part;
            # so is a label or a question of its own over text (**业务模型分 2 阶段设计：**, not a
            # label said over every section, **讲稿:**, nor one over a list).
            markers[index] = Marker(_SUMMARY_FAMILY, 1, "", 0)
    paragraphs = reflow_paragraphs(segments, roles, markers, text)
    mark_footnotes(paragraphs)
    starts = speech_starts(paragraphs, {segments[end - 1].line for _, end in joined})
    bold_lines = frozenset(seg.line for seg in segments if seg.bold and not seg.noise)
    return assemble_document(
        paragraphs, starts, path, encoding, text.count("\n") + 1, warnings, bold_lines
    )
