"""Which pieces of a line that holds several paragraphs go together, and a one-line text's
contents.

``lines.segment_lines`` cuts a line at its inner breaks (U+2028, runs of 　　, or of spaces in a
text that lost its line breaks); the passes here read the pieces that cut gives: a piece its
source broke after a closing quote or a bracketed list, or a heading's marker alone, goes on in
the next (``rejoin_quote_breaks``); a marker set off from its title by the gap is one line with
it (``numeral_with_its_title``), and so is a run-in head with the first item of its list
(``head_with_its_first_item``) or, in a text with line breaks, with its paragraph's first words
(``run_in_head``); a spaced heading left at a paragraph's end in a one-line text is cut off it
(``heads_at_gaps``), and such a text's table of contents is marked as noise
(``contents_as_noise``). Which pieces are headings, and of what level, is decided later
(``glued``, ``markers``, ``outline``); these passes only join and cut pieces. Moved out of
``lines`` as they were (split109).
"""

from __future__ import annotations

from dataclasses import replace

from tui.base import patterns
from tui.engine.markers import match_marker
from tui.engine.segment import L1_L2_STARTS, SPACES, STEMS, Segment, is_sentence_end

_TITLE_STOP = patterns.compile("[。！？!?；;]")


def rejoin_quote_breaks(parts: list[str]) -> list[str]:
    """Pieces of a one-line text cut where its source broke a line after a closing quote
    (…主要错误是“左” | 的错误。) or after a bracketed list (…的单位（工厂、学校、大机关等） |
    建立起…): a piece ending with a closing mark and no sentence end goes on in the next,
    unless that one starts a heading. (A bracket without 、 or ， in it — a date, a note —
    may close a title line: …组织（一九四二年一月） | 周恩来.) A piece that is a heading's
    marker and nothing else (（一） | 目前中国的主要敌人，…) goes on in the next too: its
    source broke the line after the marker's bracket, and the title is what follows."""
    out: list[str] = []
    for part in parts:
        if out:
            previous = out[-1].rstrip(SPACES)
            last = previous[-1:]
            if (
                (
                    (last in "”’」』" or (last in "）)" and _bracketed_list(previous)))
                    and not is_sentence_end(previous)
                    or _marker_alone(previous)
                )
                and part[:1] not in SPACES
                and match_marker(part) is None
            ):
                out[-1] = previous + part
                continue
        out.append(part)
    return out


_MARK_PREFIX = SPACES + ">＞#"
"""What may stand before a heading's marker on its line: indentation, a quote, ``#`` marks."""
_TITLE_AFTER_GAP = 40
"""The longest piece after 一　　 that is taken for the numeral's title (a heading line)."""


_HEAD_WITH_ITEM_MAX = 30
"""The longest run-in head that keeps the first item of its list after the gap."""


def head_with_its_first_item(parts: list[str]) -> list[str]:
    """二、顯著的心理作用　　一、善的心理作用；…: a run-in head (numbered N ≥ 2, short, no sentence
    mark) and, after the gap, the first item of a new list of its own family are one paragraph —
    the head's line announces that list with its first item (the project's convention: that item
    is no entry, and the list's later items, 二、… on their own lines, sit under the head)."""
    if len(parts) < 2:
        return parts
    out = [parts[0]]
    for part in parts[1:]:
        head = out[-1].strip(SPACES)
        item = match_marker(part.strip(SPACES)) if part.strip(SPACES)[:1] in L1_L2_STARTS else None
        marker = match_marker(head) if item is not None and item.number == 1 else None
        if (
            marker is not None
            and item is not None
            and marker.family == item.family
            and marker.number >= 2
            and len(head) <= _HEAD_WITH_ITEM_MAX
            and not any(mark in head for mark in "。！？；：，")
        ):
            out[-1] = out[-1] + "\u3000\u3000" + part
        else:
            out.append(part)
    return out


_RUN_IN_HEAD_MAX = 30
"""The longest head (marker and title) read as run into its paragraph across a gap."""
_LINE_TITLED = frozenset({"cn-bare", "ar-bare", "cn-space", "ar-space", "gan-space", "cap-space"})
"""Numerals whose title is their line's words (一 / 一　重工业… / 甲　思想的來源): a gap after
one ends its title (一　重工业…　　正文)."""


def run_in_head(parts: list[str]) -> list[str]:
    """一、政治革命　　講到現代的革命，…: in a text with line breaks, a numbered head that opens its
    line, set off by the gap from the paragraph's first words on the same line, is a run-in
    head (the printed form of a collected-works edition), not a line of its own: the gap is no
    line end, and the head's title runs on to its first sentence's end, as any heading glued to
    its text. Not in a one-line text, nor in a line whose gaps follow sentence ends (…。　　…): its
    gaps are paragraph breaks (a paragraph's indent), and a title ends at one, as at a line end;
    nor before another marker (二、…　　（一）…: the gap ends the head's title)."""
    if len(parts) < 2:
        return parts
    head = parts[0].strip(_MARK_PREFIX)
    if not head or len(head) > _RUN_IN_HEAD_MAX or _TITLE_STOP.search(head) is not None:
        return parts  # (most lines with a gap: a paragraph's sentence before it)
    body = parts[1].strip(SPACES)
    marker = match_marker(head)
    if (
        marker is None
        or marker.end >= len(head)
        or marker.family in _LINE_TITLED
        or not body
        or match_marker(body) is not None
        or any(_TITLE_STOP.search(part.rstrip(SPACES)[-1:]) for part in parts[1:-1])
    ):
        return parts
    return [parts[0] + "\u3000\u3000" + parts[1], *parts[2:]]


_SPACED_FAMILIES = frozenset({"cn-space", "ar-space", "gan-space", "cap-space"})
"""Numerals set off from their title by a space (一　近代兩大思潮…), a line's whole words."""
_GAP_HEADS_MIN = 2
"""The fewest paragraphs of a one-line text ending with a spaced heading (``heads_at_gaps``)."""


def heads_at_gaps(parts: list[str]) -> list[str]:
    """…將此兩大思潮略述梗概。一　近代兩大思潮之理想主義與現實主義　　在西洋…: in a one-line text
    whose paragraphs kept their 　　 indents, a heading numbered with a space (一　…, 甲　…) that
    once stood on its own line between two paragraphs is left at the end of the paragraph
    before it, after its last sentence end, its title running to the gap. It is cut off that
    paragraph when it is short (``_TITLE_AFTER_GAP`` characters at most, no punctuation but
    the title's own ──) and ``_GAP_HEADS_MIN`` paragraphs or more end so."""
    tails: dict[int, int] = {}
    for index, part in enumerate(parts[:-1]):
        text = part.rstrip(SPACES)
        stop = max(text.rfind(mark) for mark in "。！？!?")
        if stop < 0 or len(text) - stop - 1 > _TITLE_AFTER_GAP + 2:
            continue
        tail = text[stop + 1 :].lstrip(SPACES)
        marker = match_marker(tail) if tail[:1] in L1_L2_STARTS + STEMS + "0123456789" else None
        if (
            marker is not None
            and marker.family in _SPACED_FAMILIES
            and marker.end < len(tail)
            and not any(mark in tail for mark in "，,；;：:、“”")
        ):
            tails[index] = len(text) - len(tail)
    if len(tails) < _GAP_HEADS_MIN:
        return parts
    out: list[str] = []
    for index, part in enumerate(parts):
        if index in tails:
            out += [part[: tails[index]], part[tails[index] :]]
        else:
            out.append(part)
    return out


_CONTENTS_MIN = 3
"""The fewest lines of a table of contents (``contents_as_noise``)."""


def _spaced_head(text: str) -> int:
    """The number of a heading numbered with a space whose short title is all ``text`` holds
    (一　近代兩大思潮之理想主義與現實主義 → 1), else 0."""
    if text[:1] not in L1_L2_STARTS + STEMS or len(text) > _TITLE_AFTER_GAP:
        return 0
    marker = match_marker(text)
    if marker is None or marker.family not in _SPACED_FAMILIES or marker.end >= len(text):
        return 0
    return 0 if any(mark in text for mark in "。！？!?，,；;：:、") else marker.number


def contents_as_noise(segments: list[Segment]) -> list[Segment]:
    """A one-line text's table of contents marked as noise (as the lines under 目录 are): three
    or more paragraphs one right after the other, each a heading numbered with a space and its
    short title alone (一　近代兩大思潮… | 二　… | … | 五　…), numbered from 1 up, half of them at
    least said again later as paragraphs of their own (the sections' headings, which
    ``heads_at_gaps`` cut off the paragraphs before them; a PDF's line end may have taken the
    gap after one)."""
    numbers = [_spaced_head(seg.text) for seg in segments]
    if sum(1 for number in numbers if number) < 2 * _CONTENTS_MIN:
        return segments
    contents: set[int] = set()
    start = 0
    while start < len(segments):
        end = start
        while end < len(segments) and numbers[end] == end - start + 1:
            end += 1
        if end - start >= _CONTENTS_MIN:
            later = {seg.text for seg in segments[end:]}
            said = sum(1 for seg in segments[start:end] if seg.text in later)
            if 2 * said >= end - start:
                contents.update(range(start, end))
        start = max(end, start + 1)
    if not contents:
        return segments
    return [
        replace(seg, noise=True) if index in contents else seg for index, seg in enumerate(segments)
    ]


def numeral_with_its_title(parts: list[str]) -> list[str]:
    """一　　过去五年的工作 / （一）　　总体要求 / 第一部分　　形势: a heading's marker set off
    from its title by two or more spaces (a collected-works edition's or a report's heading
    line) is one line, not a marker alone and a paragraph. After a bare numeral the title is
    a short piece with no sentence end: 一　　今天，我们…。 stays a bare numeral over its
    section's first paragraph. After any other marker what follows is its title (the marker
    alone says nothing)."""
    out: list[str] = []
    for part in parts:
        if out and (first := out[-1].strip(_MARK_PREFIX)) and len(first) <= 8:
            marker = match_marker(first)
            title = part.strip(SPACES)
            if (
                marker is not None
                and marker.end >= len(first)
                and title
                and match_marker(title) is None
                and (
                    marker.family not in ("cn-bare", "ar-bare")
                    or (len(title) <= _TITLE_AFTER_GAP and _TITLE_STOP.search(title) is None)
                )
            ):
                out[-1] = out[-1].rstrip(SPACES) + "\u3000" + title
                continue
        out.append(part)
    return out


def _marker_alone(text: str) -> bool:
    """（一） / 一、 / 第一， with nothing after it (not a bare numeral: 一 alone is its heading)."""
    if len(text) > 8:
        return False
    marker = match_marker(text)
    return (
        marker is not None
        and marker.end >= len(text)
        and marker.family not in ("cn-bare", "ar-bare")
    )


def _bracketed_list(text: str) -> bool:
    """Whether ``text`` ends with a bracket holding a list or a clause (、 or ， inside)."""
    opening = max(text.rfind("（"), text.rfind("("))
    inside = text[opening + 1 : -1] if opening >= 0 else ""
    return "、" in inside or "，" in inside or "," in inside
