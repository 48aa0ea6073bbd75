"""The speech engine's pipeline: decoded text → segments → paragraphs → speeches → outlines.

Stages (each in its own module, joined here):

1. ``lines.segment_lines``: LF lines cut into cleaned segments (indent, ``>``, ``#`` gone).
2. ``framing``: title, date/speaker, salutation and closing lines found.
3. ``lines.mark_noise``: advertising, page headers, notes, navigation marked as noise.
4. re-flow (here): segments joined into paragraphs where a PDF broke a sentence.
5. speeches (here): a collection split on titles, salutations and numbering restarts.
6. ``outline.build_outline``: headings and their relative levels per speech.
7. sentences: ``Paragraph.sentences`` splits its text on first use (``sentences.py``).

Why this module is long (about 1,000 lines): stages 2–5 work on the same arrays of
segments, roles and markers in one pass each, and most of the rules of issue #14 (title
blocks, speech parts, back matter, one-line texts) sit at the seams between them. The
next cut is the framing roles (``_frame_roles`` and its helpers) into ``framing.py``
and the re-flow into a module of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from enum import IntEnum
from pathlib import Path

from tui.engine import framing
from tui.engine.decode import decode
from tui.engine.lines import (
    CLOSERS,
    SENTENCE_END,
    Segment,
    is_back_matter_head,
    is_noise_text,
    is_sentence_end,
    mark_back_matter,
    mark_front_block_noise,
    mark_noise,
    next_item_in_sentence,
    segment_lines,
)
from tui.engine.markers import Marker, match_marker
from tui.engine.model import Document, Heading, Kind, Paragraph, Speech
from tui.engine.outline import build_outline, heading_title

__all__ = ["decode_bytes", "load_document", "parse_text"]

_INNER_BREAKERS = "，、；“‘（《(,;"
"""A line ending with one of these certainly goes on in the next line."""
_RHETORICAL = frozenset({"shi", "yao", "di", "di-unit", "di-bare", "sequence"})
_SHORT_LINE = 30
_NEVER_STARTS = frozenset("，、；：。！？,;:)）”’」』》】")
_FULL_STOP = re.compile("[。！？]")
_END_CHARS = frozenset(SENTENCE_END)
"""The characters a sentence ends with (as a set: the empty string is not in it)."""


class Role(IntEnum):
    """What framing part of a speech a segment or paragraph is."""

    BODY = 0
    TITLE = 1
    HEADER = 2
    SALUTATION = 3
    CLOSING = 4


# The roles as module constants, for the per-segment and per-paragraph loops: looking a
# member up on its enum class (``Role.BODY``) costs about 0.1 µs in Python 3.11, ten times
# a global name, and the parse of a 10 MB file does it some 200,000 times.
_BODY, _TITLE, _HEADER, _SALUTATION, _CLOSING = Role


@dataclass(slots=True)
class _Para:
    text: str
    line: int
    end_line: int
    role: Role = Role.BODY
    noise: bool = False
    marker: Marker | None = None
    parts: int = 1
    back: bool = False
    md: int = 0
    """The depth of the Markdown ``#`` heading line the paragraph is (0: none)."""


@dataclass(slots=True)
class _SpeechStart:
    paragraph: int
    title: int | None = None
    salutation: int | None = None
    extra: list[int] = field(default_factory=list)
    implicit: bool = False
    """Started by body text, not by a title or salutation."""


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
    if source.pages is not None:
        document = replace(document, pages=source.pages)
    return document


# --- framing -----------------------------------------------------------------------------


def _part_lines(segments: list[Segment]) -> set[int]:
    """The lines naming the parts of a speech given in parts (开幕词 … 结论, 一 一月十八日的
    讲话 / 二 一月二十七日的讲话): two or more of them, each after a finished sentence."""
    found = {
        i
        for i, seg in enumerate(segments)
        if len(seg.text) <= 30 and framing.is_part_line(seg.text)
        and (i == 0 or not _open_sentence(segments[i - 1].text))
    }
    return found if len(found) >= 2 else set()


def _open_sentence(text: str) -> bool:
    """Text cut in the middle of a sentence (ending with a comma or the like)."""
    return bool(text) and text[-1] in _INNER_BREAKERS


def _frame_roles(segments: list[Segment], markers: list[Marker | None]) -> list[Role]:
    roles = [_BODY] * len(segments)
    count = len(segments)
    titles_seen: set[str] = set()
    longest = framing.TITLE_MAX
    parts = _part_lines(segments)
    index = 0
    while index < count:
        text = segments[index].text
        if index in parts:
            roles[index] = _TITLE
            index = _mark_header(segments, roles, index + 1)
            continue
        if len(text) > longest and text[0] != "第":
            # Most of a speech: a line longer than any title (so not in ``titles_seen``
            # either), salutation (40), closing (40) or two-line title piece (40), and no
            # 第N篇 line. Nothing below can take it; skipping the tests saves ~10 ms on 10 MB.
            index += 1
            continue
        if text in titles_seen and _inside_paragraph(segments, index):
            # The title printed again as a running page header, in the middle of a sentence
            # cut by the page break: a page header, not a new speech.
            segments[index].noise = True
        elif framing.is_salutation(text):
            roles[index] = _SALUTATION
            before = index - 1
            if (
                before >= 0
                and roles[before] is _BODY
                and markers[before] is None
                and not segments[before].noise
                and framing.is_title_line_above_salutation(segments[before].text)
                and not framing.is_closing(segments[before].text)
                and not is_noise_text(segments[before].text)
                and (
                    before == 0
                    or (
                        roles[before - 1] not in (_TITLE, _HEADER)
                        and _ends_a_speech(segments[before - 1].text, roles[before - 1])
                    )
                )
            ):
                roles[before] = _TITLE  # a title in other words, right above 同志们：
        elif (
            index > 0
            and roles[index - 1] in (_TITLE, _HEADER)
            and framing.is_exclaimed_salutation(text)
        ):
            roles[index] = _SALUTATION  # 各位代表！ right under the title block opens the speech
        elif framing.is_closing(text):
            roles[index] = _CLOSING
        elif (
            framing.is_ordinal_line(text)
            and index + 1 < count
            and framing.is_title(segments[index + 1].text)
        ):
            roles[index] = _TITLE  # 第2篇 above the next title: part of it
        elif (
            markers[index] is None
            and framing.is_occasion_line(text)
            and not framing.is_title(text)
        ):
            # 壬申十月在厦门妙释寺讲 with no title above it: where an untitled talk starts.
            roles[index] = _HEADER
            index = _mark_header(segments, roles, index + 1)
            continue
        elif markers[index] is None and (
            framing.is_title(text)
            or _weak_title_at(segments, index)
            or _dated_title_at(segments, index)
            or framing.is_title_with_subtitle(text)
        ):
            roles[index] = _TITLE
            titles_seen.add(text)
            if (
                text.startswith(("——", "—"))
                and index > 0
                and roles[index - 1] is _BODY
                and not segments[index - 1].noise
                and len(segments[index - 1].text) <= 60
                and not is_sentence_end(segments[index - 1].text)
                and markers[index - 1] is None
            ):
                roles[index - 1] = _TITLE  # 尊崇党章 做合格党员 / ——在…上的讲话
            index = _mark_header(segments, roles, index + 1)
            continue
        elif (
            index + 1 < count
            and len(text) <= 40
            and not is_sentence_end(text)
            and markers[index] is None
            and framing.is_title(text + segments[index + 1].text)
            and not framing.is_title(segments[index + 1].text)
        ):
            # A title broken over two lines.
            roles[index] = roles[index + 1] = _TITLE
            index = _mark_header(segments, roles, index + 2)
            continue
        index += 1
    return roles


def _ends_a_speech(text: str, role: Role) -> bool:
    """Whether a line can be the last of a speech (or of front matter) before a new title."""
    return role is not _BODY or is_sentence_end(text)


def _inside_paragraph(segments: list[Segment], index: int) -> bool:
    """Whether the nearest text before ``index`` breaks off in the middle of a sentence."""
    for previous in range(index - 1, max(-1, index - 4), -1):
        seg = segments[previous]
        if seg.noise or framing.is_metadata_line(seg.text) or is_noise_text(seg.text):
            continue
        if framing.is_weak_title(seg.text):
            return False  # 1960年政府工作报告 / 为提前实现…: a site's label above the title
        return not is_sentence_end(seg.text)
    return False


def _is_header_line(text: str) -> bool:
    """A date, subtitle or speaker line of a title block."""
    return (
        framing.is_date_line(text)
        or (framing.is_subtitle(text) and not framing.is_title(text))
        or framing.is_speaker_line(text)
        or framing.is_occasion_line(text)
    )


def _weak_title_at(segments: list[Segment], index: int) -> bool:
    """政府工作报告 / 2025年度述职述廉报告: a title when a date, subtitle or salutation follows
    within the next few short lines (speaker and web metadata lines may come between), or
    when it is the file's first line (关于…的调研报告 / …心得体会)."""
    if not framing.is_weak_title(segments[index].text):
        return False
    if index == 0:
        return True
    for following in segments[index + 1 : index + 5]:
        text = following.text
        if (
            framing.is_salutation(text)
            or framing.is_exclaimed_salutation(text)
            or framing.is_date_line(text)
            or framing.is_subtitle(text)
        ):
            return True
        if not (framing.is_speaker_line(text) or framing.is_metadata_line(text)):
            return False
    return False


_TITLE_WORDS_ONLY = re.compile(r"^[^。！？!?；;：:]{2,40}$")
# 论十大关系 / 任正非：华为的冬天 — a title over a date line may name its speaker first.
_DATED_TITLE = re.compile(r"^(?:[^。！？!?；;：:]{1,8}[：:])?[^。！？!?；;：:]{2,40}$")
_DATE_OR_SUBTITLE_STARTS = frozenset("（(—-0123456789０１２３４５６７８９一二三四五六七八九〇○零")


def _dated_title_at(segments: list[Segment], index: int) -> bool:
    """论十大关系 / 解放思想，实事求是，团结一致向前看: a short line with no sentence in it,
    where the text before it has ended, with a date line (（一九五六年四月二十五日）) or a
    ——subtitle right under it (a speaker line may come between): a title, whatever its
    words."""
    text = segments[index].text
    if len(text) > 40 or index + 1 >= len(segments):
        return False
    if segments[index + 1].text[:1] not in _DATE_OR_SUBTITLE_STARTS and len(
        segments[index + 1].text
    ) > 24:
        return False  # (no date, subtitle or speaker line under it: decided cheaply)
    if (
        _DATED_TITLE.match(text) is None
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
    following = segments[index + 1 : index + 3]
    for offset, seg in enumerate(following, index + 1):
        if seg.line == segments[index].line:
            return False  # 中央政府门户网站　2006年02月23日: a web page's byline
        if framing.is_date_line(seg.text) or framing.is_subtitle(seg.text):
            return _text_follows(segments, offset + 1)
        if not framing.is_speaker_line(seg.text):
            return False
    return False


def _text_follows(segments: list[Segment], index: int) -> bool:
    """Whether a speech's text follows a title block's last line: a salutation, a heading
    or a paragraph within the next few lines. A name and a date at the end of a document
    (XX市人民政府 / 2023年12月20日) are its signature, not a title."""
    for seg in segments[index : index + 4]:
        text = seg.text
        if len(text) > 30 or framing.is_salutation(text) or match_marker(text) is not None:
            return True
    return False


def _mark_header(segments: list[Segment], roles: list[Role], index: int) -> int:
    """Mark the date, subtitle and speaker lines under a title (web metadata lines between
    them are left for the noise pass); return the index after them."""
    for _ in range(5):
        if index >= len(segments):
            break
        text = segments[index].text
        if _is_header_line(text):
            roles[index] = _HEADER
        elif not framing.is_metadata_line(text):
            break
        index += 1
    return index


# --- re-flow ------------------------------------------------------------------------------


def _modes(
    segments: list[Segment],
    content: list[int],
    open_lines: list[int],
    markers: list[Marker | None],
) -> tuple[bool, bool]:
    """(indented, cut): paragraphs start with an indent; PDF page breaks cut paragraphs.

    ``content`` indexes the body segments that are not noise, ``open_lines`` those of them
    that do not end a sentence.
    """
    if not content:
        return False, False
    indented = sum(segments[i].indented for i in content)
    indent_mode = len(content) >= 3 and indented >= 0.6 * len(content)
    body = sum(1 for i in content if markers[i] is None and len(segments[i].text) >= 15)
    unended = sum(1 for i in open_lines if markers[i] is None and len(segments[i].text) >= 15)
    cut_mode = unended >= 2 and unended >= 0.08 * max(body, 1)
    return indent_mode, cut_mode


def _wrap_width(segments: list[Segment], open_lines: list[int]) -> int:
    """The width every paragraph was wrapped at (a hard-wrapped file), or 0.

    In such a file most lines that do not end a sentence (``open_lines``: body segments,
    not noise) have (nearly) the same length. A PDF whose pages cut paragraphs at random
    places has no such width.
    """
    lengths = Counter(len(segments[i].text) for i in open_lines)
    total = sum(lengths.values())
    if total < 5:
        return 0
    width, _ = max(lengths.items(), key=lambda item: item[1] + lengths[item[0] - 1] + lengths[item[0] + 1])
    near = lengths[width - 1] + lengths[width] + lengths[width + 1]
    return width + 1 if near >= 0.5 * total and width >= 10 else 0


def _carrying_families(
    segments: list[Segment], blocks: list[int], markers: list[Marker | None]
) -> set[tuple[int, str]]:
    """(block, family) pairs where some heading line carries body text after a 。.

    In a PDF extraction, a heading line of such a family that ends with no punctuation
    was cut by a page break and goes on in the next line.
    """
    carrying: set[tuple[int, str]] = set()
    for index, marker in enumerate(markers):
        if marker is not None and _FULL_STOP.search(segments[index].text, marker.end):
            carrying.add((blocks[index], marker.family))
    return carrying


def _blocks(segments: list[Segment], roles: list[Role]) -> list[int]:
    """A rough speech number per segment (a title or a salutation not under a title starts
    the next), to compare headings within a speech before speeches are known."""
    blocks: list[int] = []
    block = 0
    previous = _BODY
    for seg, role in zip(segments, roles, strict=True):
        if role is _TITLE and previous is not _TITLE:
            block += 1
        elif role is _SALUTATION and previous not in (_TITLE, _HEADER):
            block += 1
        if not seg.noise:
            previous = role
        blocks.append(block)
    return blocks


_LATIN_STOPS = frozenset(".,;:!?)\"'")
"""ASCII punctuation after which Latin text goes on after a space."""


def _join(left: str, right: str, full_text: str, seen: dict[tuple[str, str], bool]) -> str:
    """Join two pieces of one paragraph cut by a line or page break.

    ``seen`` caches the seam look-ups below, which scan the whole text.
    """
    last, first = left[-1:], right[:1]
    if last.isascii() and first.isascii() and (
        (last.isalpha() and first.isalpha()) or (last in _LATIN_STOPS and first.isalpha())
    ):
        # Latin text across a line break keeps its space: "environ" | "ment" is two words
        # as much as one (we cannot tell), "everyone." | "Thank you" is surely two.
        return left + " " + right
    if left[-1:] == "-" and left[-2:-1].isdigit() and right[:1].isdigit():
        return left[:-1] + right  # a number hyphenated at the line end: 20- | 24年
    if len(left) >= 2 and len(right) >= 3 and left[-1] == right[0] and not left[-1].isascii():
        # A page seam that printed a character twice (发展和现|现代化 → 和现代化): drop one
        # copy only when the text elsewhere has the single form and never the double.
        key = (left[-2:] + right[1:3], left[-2:] + right[:3])
        if key not in seen:
            seen[key] = key[0] in full_text and key[1] not in full_text
        if seen[key]:
            return left + right[1:]
    return left + right


def _reflow(
    segments: list[Segment],
    roles: list[Role],
    markers: list[Marker | None],
    full_text: str,
) -> list[_Para]:
    content = [
        i for i, seg in enumerate(segments) if not seg.noise and not seg.back and roles[i] is _BODY
    ]
    # (Most lines end with 。: they are told apart here without calling is_sentence_end.)
    open_lines = [
        i
        for i in content
        if segments[i].text[-1:] not in _END_CHARS and not is_sentence_end(segments[i].text)
    ]
    indent_mode, cut_mode = _modes(segments, content, open_lines, markers)
    blocks = _blocks(segments, roles)
    carrying = _carrying_families(segments, blocks, markers) if cut_mode else set()
    width = _wrap_width(segments, open_lines) if cut_mode else 0
    paragraphs: list[_Para] = []
    seams: dict[tuple[str, str], bool] = {}
    current: _Para | None = None
    page_break = False  # noise (a page header or number) since the current paragraph began

    for index, seg in enumerate(segments):
        role = roles[index]
        if seg.noise:
            paragraphs.append(_Para(seg.text, seg.line, seg.line, _BODY, True))
            page_break = True
            continue
        if seg.back:
            paragraphs.append(_Para(seg.text, seg.line, seg.line, _BODY, back=True))
            current = None
            continue
        marker = markers[index]
        # A segment starting with a heading marker starts a paragraph unless it goes on a
        # title (``_continues`` says so at once): the call is skipped for those 6,000 of a
        # 10 MB file.
        if (
            current is not None
            and (marker is None or role is _TITLE)
            and _continues(
                current,
                seg,
                role,
                marker,
                indent_mode,
                cut_mode,
                carrying,
                blocks[index],
                width,
                page_break,
            )
        ):
            if current.role is _TITLE:
                current.text = current.text + seg.text
            else:
                current.text = _join(current.text, seg.text, full_text, seams)
            current.end_line = seg.line
            current.parts += 1
            page_break = False
            continue
        current = _Para(seg.text, seg.line, seg.line, role, False, marker, md=seg.md)
        paragraphs.append(current)
        page_break = False
    return paragraphs


def _continues(
    current: _Para,
    seg: Segment,
    role: Role,
    marker: Marker | None,
    indent_mode: bool,
    cut_mode: bool,
    carrying: set[tuple[int, str]],
    block: int,
    width: int,
    page_break: bool,
) -> bool:
    if current.role is _TITLE and role is _TITLE:
        return True  # a title broken over two lines
    if current.role is not _BODY or role is not _BODY or marker is not None:
        return False
    if current.md or seg.md:
        return False  # a Markdown ``#`` heading is a line of its own
    if seg.text[0] in _NEVER_STARTS:
        return True  # ，佛家亦主张“无我”: no paragraph starts with a comma or a closing mark
    if indent_mode:
        return not seg.indented
    text = current.text
    if is_sentence_end(text):
        return False
    if text[-1] in _INNER_BREAKERS:
        return True
    # Still only a heading's title (no sentence in it yet), even if a page break was joined.
    heading_line = current.marker is not None and (
        "。" not in text and "！" not in text and "？" not in text and "!" not in text and "?" not in text
    )
    if current.marker is not None and current.marker.end >= len(text):
        return False  # a bare numeral (一 / 1) on its line: the section's text follows
    if heading_line:
        # A heading line with no end punctuation is a standalone heading, unless a page
        # break cut it: in the middle of a number (三、20|26年…), or just before a page
        # header or number ((三)深入 | — 3 — | 推进城市治理现代化).
        titled = current.marker.end < len(text)  # type: ignore[union-attr]
        if titled and (text[-1].isdigit() or (text[-1] == "-" and text[-2:-1].isdigit())):
            return True
        if page_break and len(seg.text) <= _SHORT_LINE and not is_sentence_end(seg.text):
            return True
    if width and len(text) < width - 3:
        # Every paragraph is wrapped at ``width`` characters: a shorter line was not
        # wrapped, it ends its paragraph (a heading on its own line, a title).
        return False
    if heading_line:
        # In PDF text a 一是/一要/第一， lead sentence goes on to its 。, and 一、/（一） go on
        # where their siblings carry body text (see ``_carrying_families``).
        if not cut_mode:
            return False
        family = current.marker.family  # type: ignore[union-attr]
        return family in _RHETORICAL or (block, family) in carrying
    if (
        not cut_mode
        and current.parts == 1
        and len(text) <= _SHORT_LINE
        and not any(ch in text for ch in "，、；,;")
    ):
        # Where lines end with punctuation, a short line with none at all is a title, a
        # date or a table-of-contents entry, not half of a sentence.
        return False
    return True


# --- speeches -----------------------------------------------------------------------------


def _speech_starts(paragraphs: list[_Para]) -> list[_SpeechStart]:
    """Where speeches start: titles, salutations, and 一、 restarting after a closing.

    Text before the first title or salutation is front matter (a collection's own title and
    notes), unless it reads like a speech itself (it has numbered headings or several
    paragraphs of prose).
    """
    starts: list[_SpeechStart] = []
    current: _SpeechStart | None = None
    has_body = False
    top_seen = 0  # highest 一、 number seen in the current speech
    body_count = 0  # paragraphs of text in the current speech
    marked = False  # whether the current speech has an enumerator yet
    closing_at: int | None = None
    for index, para in enumerate(paragraphs):
        if para.noise or para.back:
            continue
        role = para.role
        if role is _HEADER and (current is None or (has_body and body_count >= 2)):
            # An occasion line (壬申十月在厦门妙释寺讲) after a speech's text: a new, untitled talk.
            current = _SpeechStart(index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
            continue
        if role is _TITLE:
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
            current = _SpeechStart(index, title=index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
        elif (
            role is _SALUTATION
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
            role is _SALUTATION
            and (current is None or has_body or current.implicit)
            and not _repeated_salutation(paragraphs, index, current, top_seen)
        ):
            current = _SpeechStart(index, salutation=index)
            starts.append(current)
            has_body, top_seen, closing_at, body_count, marked = False, 0, None, 0, False
        elif role is _SALUTATION and current is not None and current.salutation is None:
            current.salutation = index
        elif role is _HEADER and current is not None and not has_body:
            continue
        else:
            if current is None:
                current = _SpeechStart(index, implicit=True)
                starts.append(current)
            if role is _CLOSING:
                closing_at = index
            marker = para.marker
            if not has_body and marker is None and not _substantial(para):
                continue  # a stray short line between a title and its salutation
            if marker is not None and marker.family == "cn-dun":
                if marker.number == 1 and top_seen >= 2 and closing_at is not None:
                    # Numbering restarts at 一、 after a closing: a new untitled speech.
                    current = _SpeechStart(closing_at + 1)
                    starts.append(current)
                    top_seen = 0
                closing_at = None
                top_seen = max(top_seen, marker.number)
            has_body = True
            body_count += _substantial(para)
            marked = marked or marker is not None
    if len(starts) > 1 and starts[0].implicit and not _front_is_speech(
        paragraphs, starts[0].paragraph, starts[1].paragraph
    ):
        del starts[0]
    return starts


def _repeated_salutation(
    paragraphs: list[_Para], index: int, current: _SpeechStart | None, top_seen: int
) -> bool:
    """各位代表： said again inside a titled report, to open a new group of paragraphs: the
    same words as the speech's salutation, not after a closing, and the numbering goes on
    (a new speech would start again at 一、)."""
    if current is None or current.title is None or current.salutation is None:
        return False
    if paragraphs[current.salutation].text != paragraphs[index].text:
        return False
    before = next((p for p in reversed(paragraphs[:index]) if not p.noise and not p.back), None)
    if before is not None and before.role is _CLOSING:
        return False
    first = True
    for position in range(index + 1, len(paragraphs)):
        para = paragraphs[position]
        if para.noise or para.back:
            continue
        if first and _OPENING_WORDS.match(para.text):
            return False  # 今天的会议… — how a speech begins
        first = False
        if para.role is _TITLE:
            return True
        marker = para.marker
        if marker is not None and marker.family in ("cn-dun", "cn-space", "cn-bare"):
            return not (marker.number == 1 and top_seen >= 1)
    return True


def _substantial(para: _Para) -> bool:
    """Body text that opens a speech: a sentence, not a stray short label or name."""
    return len(para.text) > 30 or is_sentence_end(para.text)


def _front_is_speech(paragraphs: list[_Para], begin: int, end: int) -> bool:
    body = [p for p in paragraphs[begin:end] if not p.noise and not p.back and p.role is _BODY]
    if any(p.marker is not None and p.marker.family in ("cn-dun", "paren-cn") for p in body):
        return True
    return len(body) >= 4 and sum(len(p.text) for p in body) >= 300


# --- assembly -----------------------------------------------------------------------------


def parse_text(
    text: str, path: str = "", encoding: str = "utf-8", warnings: tuple[str, ...] = ()
) -> Document:
    """Turn a decoded speech file into a ``Document`` (see ``load_document``)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    segments = _rejoin_salutations(segment_lines(text))
    markers = [match_marker(seg.text) for seg in segments]
    roles = _frame_roles(segments, markers)
    _markdown_title(segments, markers, roles)
    protected = {i for i, role in enumerate(roles) if role is not _BODY}
    mark_noise(segments, protected)
    first_framed = next((i for i, role in enumerate(roles) if role is not _BODY), 0)
    mark_front_block_noise(segments, first_framed)
    mark_back_matter(
        segments, {i for i, role in enumerate(roles) if role in (_TITLE, _SALUTATION, _HEADER)}
    )
    for index, seg in enumerate(segments):
        if seg.noise or seg.back or roles[index] is not _BODY:
            markers[index] = None
        elif markers[index] is None and (seg.md or seg.bold):
            markers[index] = _markup_marker(seg)
    paragraphs = _reflow(segments, roles, markers, text)
    _mark_footnotes(paragraphs)
    starts = _speech_starts(paragraphs)
    return _assemble(paragraphs, starts, path, encoding, text.count("\n") + 1, warnings)


def _markdown_title(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role]
) -> None:
    """``# 总标题`` at the head of a text: when one line alone has the shallowest ``#`` depth
    of the text, it is unnumbered and no sentence comes before it, it is the speech's title
    (and the deeper ``#`` lines are its outline)."""
    depths = [seg.md for seg in segments if seg.md]
    if not depths:
        return
    top = min(depths)
    if depths.count(top) != 1:
        return
    index = next(i for i, seg in enumerate(segments) if seg.md == top)
    if markers[index] is not None or roles[index] is not _BODY:
        return
    if any(
        roles[i] is not _BODY or markers[i] is not None or is_sentence_end(segments[i].text)
        for i in range(index)
    ):
        return  # (text, a title or a heading before it: a heading of the text, not its title)
    roles[index] = _TITLE
    following = index + 1
    while following < len(segments) and not segments[following].md:
        following += 1  # (the date and speaker lines under it, up to the next # line)
    _mark_header(segments[:following], roles, index + 1)


_MARKUP_TITLE_MAX = 60
"""The longest title of a Markdown heading or bold lead sentence."""


# 以下是演讲全文： / 全文如下 — the speaker's preface (with its summary list) ends here.
_FULL_TEXT_FOLLOWS = re.compile(r"以下(?:是|为)[^。！？，,]{0,16}全文|全文如下|(?:讲话|演讲|发言)全文[：:]")


def _after_preface(
    candidates: list[tuple[int, Marker]], paras: list[_Para], begin: int, end: int
) -> list[tuple[int, Marker]]:
    """Drop the enumerators of a preface: a summary list (1.…2.…3.…) before 以下是演讲全文
    previews the speech; its outline is what follows."""
    if not candidates:
        return candidates
    last = candidates[-1][0]
    for index in range(begin, min(end, last + 1)):
        para = paras[index]
        if not para.noise and "全文" in para.text and _FULL_TEXT_FOLLOWS.search(para.text):
            return [item for item in candidates if item[0] > index]
    return candidates


_PLAIN = Marker("plain", 1, "", 0)
_PLAIN_HEADING = re.compile(r"^[^，,。！？!?；;：:（(）)\d０-９]{2,30}$")
_PLAIN_HEADING_MAX = 30


def _plain_heading_at(paras: list[_Para], index: int, begin: int, end: int) -> bool:
    """过去五年的回顾 / 今后五年的主要任务: a short line with no punctuation at all, on its own
    between finished paragraphs, with text after it — a candidate unnumbered heading (kept
    by the outline only as a series over numbered sub-headings, see ``outline``)."""
    text = paras[index].text
    if len(text) > _PLAIN_HEADING_MAX or _PLAIN_HEADING.match(text) is None:
        return False
    if text[-1] in CLOSERS:
        return False  # 林彪、“四人帮” — a line an extraction broke after a closing quote
    before = next(
        (p for p in reversed(paras[begin:index]) if not p.noise and not p.back), None
    )
    if before is None or (before.role is _BODY and not is_sentence_end(before.text)):
        return False
    after = next((p for p in paras[index + 1 : end] if not p.noise and not p.back), None)
    return (
        after is not None
        and after.role is _BODY
        and (after.marker is not None or len(after.text) > _PLAIN_HEADING_MAX)
    )


def _leads_text(paras: list[_Para], index: int, end: int) -> bool:
    """Whether an unnumbered heading (a bold lead sentence, a Markdown ``#`` line) leads
    text: its own paragraph goes on after the title's sentence, or a paragraph of text or a
    numbered heading follows it (after a ``#`` line, any paragraph of the speech)."""
    text = paras[index].text
    markdown = paras[index].md > 0
    stop = _FULL_STOP.search(text)
    if stop is not None and stop.end() < len(text):
        return True
    for following in paras[index + 1 : end]:
        if following.noise:
            continue
        return (
            not following.back
            and following.role is _BODY
            and (markdown or following.marker is not None or len(following.text) > 30)
        )
    return False


def _markup_marker(seg: Segment) -> Marker | None:
    """A Markdown ``#`` heading or a bold lead sentence without a numeral: an unnumbered
    heading (``md`` + its depth, see ``outline``; a bold one counts only as a series, see
    ``WEAK_FAMILIES``)."""
    stop = _FULL_STOP.search(seg.text)
    title_end = stop.start() if stop else len(seg.text)
    if title_end > _MARKUP_TITLE_MAX or seg.text.rstrip()[-1:] in "；;：:，,、":
        return None  # an emphasised passage or a list item (自恋、自大…；), not a heading
    return Marker(f"md{seg.md}" if seg.md else "bold", 1, "", 0)


def _header_date(paras: list[_Para], begin: int, end: int) -> str | None:
    """The date line among a speech's title-block lines, without its brackets."""
    for para in paras[begin:end]:
        if para.noise:
            continue
        if para.role not in (_TITLE, _HEADER, _SALUTATION):
            break
        if para.role is _HEADER and framing.is_date_line(para.text):
            return para.text.strip("（()） \u3000")
    return None


def _end_before_back_matter(paras: list[_Para], begin: int, end: int) -> int:
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


def _mark_footnotes(paragraphs: list[_Para]) -> None:
    """①指一九四七年… after a paragraph that says …的报告①…: a page-bottom footnote, its
    mark referred to in the text just before it. Back matter, not a ① heading."""
    previous: _Para | None = None
    for index, para in enumerate(paragraphs):
        if para.noise:
            continue
        mark = para.text[:1]
        if mark in _CIRCLED and (
            (previous is not None and previous.back and previous.text[:1] in _CIRCLED)
            or any(mark in before.text[1:] for before in paragraphs[max(0, index - 12) : index])
        ):
            para.back, para.marker = True, None
        previous = para


def _rejoin_salutations(segments: list[Segment]) -> list[Segment]:
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
            and not _opens_after(out[-1].text)
            and not _OPENING_WORDS.match(following.text)
        ):
            out.append(Segment(seg.line, seg.text + following.text, seg.indented))
            index += 2
            continue
        out.append(seg)
        index += 1
    return out


# 今天我们召开… / 刚才… / 这次会议…: how a speech's first sentence starts.
_OPENING_WORDS = re.compile(
    r"^(?:今天|今日|刚才|这次|本次|此次|值此|大家好|大家上午好|大家下午好|大家晚上好|新年好|"
    r"很高兴|非常高兴|十分高兴|我们召开|在这|受\S{0,8}委托|根据|按照|现在，我)"
)


def _opens_after(text: str) -> bool:
    """Whether a speech may open right after a line of this text."""
    return (
        framing.is_closing(text)
        or framing.is_title(text)
        or framing.is_date_line(text)
        or framing.is_speaker_line(text)
        or framing.is_subtitle(text)
        or framing.is_occasion_line(text)
        or is_noise_text(text)
        or (len(text) <= 40 and not is_sentence_end(text))
    )


def _assemble(
    paras: list[_Para],
    starts: list[_SpeechStart],
    path: str,
    encoding: str,
    line_count: int,
    warnings: tuple[str, ...],
) -> Document:
    # The last paragraph that is not noise, looked for from the end (where it is).
    last_content = next(
        (i for i in range(len(paras) - 1, -1, -1) if not paras[i].noise and not paras[i].back), -1
    )
    bounds = [s.paragraph for s in starts] + [last_content + 1]
    ends = [_end_before_back_matter(paras, s.paragraph, bounds[n + 1]) for n, s in enumerate(starts)]
    speech_of: list[int | None] = [None] * len(paras)
    for number, start in enumerate(starts):
        for index in range(start.paragraph, ends[number]):
            if not paras[index].back:
                speech_of[index] = number

    headings_of: dict[int, Heading] = {}
    speeches: list[Speech] = []
    for number, start in enumerate(starts):
        begin, end = start.paragraph, ends[number]
        framed = {start.title, start.salutation, *start.extra} - {None}
        candidates: list[tuple[int, Marker]] = []
        texts: dict[int, str] = {}
        content: list[int] = []
        preview: str | None = None  # the first words of the first body paragraph
        for i in range(begin, end):
            para = paras[i]
            if para.noise or para.back:
                continue
            content.append(i)
            if i in framed:
                continue
            if preview is None and para.role in (_BODY, _CLOSING):
                preview = para.text[:40]
            marker = para.marker
            if (
                marker is None
                and start.salutation is not None  # (a speech, not a collection's run of pieces)
                and para.role is _BODY
                and _plain_heading_at(paras, i, begin, end)
            ):
                marker = _PLAIN
            if (
                marker is not None
                and para.role is _BODY
                and (marker.family != "part" or len(para.text) <= 40)
                and (marker.text or _leads_text(paras, i, end))
                and not (
                    marker.family in ("cn-dun", "paren-cn", "di")
                    and next_item_in_sentence(para.text, marker.end, marker.family, marker.number)
                )
            ):
                # (一、讲政治；二、顾大局；三、守规矩。 at a paragraph's start is a list.)
                candidates.append((i, marker))
                texts[i] = para.text
        candidates = _after_preface(candidates, paras, begin, end)
        depths = {i: paras[i].md for i, _ in candidates if paras[i].md}
        headings = []
        for entry in build_outline(candidates, texts, depths):
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
            title = framing.clean_title(paras[start.title].text) or None
        salutation = paras[start.salutation].text if start.salutation is not None else None
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
                date=_header_date(paras, begin, end),
            )
        )

    first = starts[0].paragraph if starts else len(paras)
    kinds_by_role = {
        _TITLE: Kind.TITLE,
        _HEADER: Kind.TITLE,
        _SALUTATION: Kind.SALUTATION,
        _CLOSING: Kind.BODY,
        _BODY: Kind.BODY,
    }
    # The kinds as locals: an enum member looked up on its class is slow (see ``_BODY``).
    noise_kind, front_kind, heading_kind, body_kind = Kind.NOISE, Kind.FRONT, Kind.HEADING, Kind.BODY
    back_kind = Kind.BACK_MATTER
    out: list[Paragraph] = []
    append = out.append
    for index, para in enumerate(paras):
        found = headings_of.get(index)
        role = para.role
        speech = speech_of[index]
        if para.noise:
            kind = noise_kind
        elif para.back:
            kind = back_kind
        elif index < first:
            kind = front_kind
        elif found is not None:
            kind = heading_kind
        else:
            kind = kinds_by_role[role]
        if role is _SALUTATION and speech is not None and starts[speech].salutation != index:
            kind = body_kind
        short_front = index < first and not para.noise and len(para.text) <= 40
        if role is _TITLE or short_front:
            # PDF-wrap spaces in a title line (a line of nothing but a dash stays as it is)
            text = framing.clean_title(para.text) or para.text
        else:
            text = para.text
        append(Paragraph(text, para.line, para.end_line, kind, speech, found))
    return Document(path, encoding, line_count, tuple(out), tuple(speeches), warnings)
