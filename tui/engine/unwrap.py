"""A text that lost its line breaks and was hard-wrapped again, read as the one-line text it is.

A web scrape that lost every line break (a one-line text: ``glued.ONE_LINE_MAX``) is cut at
its glued headings (…跃上新台阶。二、…) by ``lines.segment_lines``. Printed to a PDF, or
saved by an editor that wraps, the same text comes back as lines of one width, its headings
in the middle of them: nothing tells a paragraph's end, and the glued headings are never cut
(a heading starts a line in a text with line breaks). ``segments`` tells such a text by its
lines — all of one width but for at most ``glued.ONE_LINE_MAX`` shorter ones (a title, the
last piece), under any header of lines that end no sentence (a crawler's 标题: … 原文链接: …,
kept as lines of their own) — joins each run of them back into one line, segments that, and
gives every segment the source line its text starts on.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from tui.base import patterns
from tui.engine.glued import ONE_LINE_MAX
from tui.engine.lines import segment_lines
from tui.engine.markers import match_marker
from tui.engine.noise import is_field_line, is_noise_text
from tui.engine.segment import SPACES, Segment
from tui.engine.spacedlines import spaced_segments

MIN_LINES = 8
"""The fewest wrapped lines that make a text wrapped (fewer: a short text, taken as it is)."""
MIN_WIDTH = 15
"""The narrowest wrap width (narrower lines are a list or verse, not a wrapped paragraph)."""
_SAMPLE = 200
"""The lines the width is read from."""
_OVERHANG = 6
"""Characters a wrapped line may run over its width (closing marks kept on the line)."""
_ENDS = frozenset("。！？!?")
_DIGITS = patterns.compile("[0-9０-９]+")
_HEAD = 20_000
"""The characters a text is first told by (a 10 MB file is not split into lines twice)."""


def _width(lines: list[str]) -> int:
    """The wrap width of the text's lines (0: the lines are not wrapped at one width)."""
    lengths = Counter(len(line) for line in lines[:_SAMPLE] if line.strip())
    if not lengths:
        return 0
    width, count = max(lengths.items(), key=lambda item: (item[1], item[0]))
    return width if width >= MIN_WIDTH and count >= MIN_LINES else 0


def _seams(lines: list[str], width: int) -> set[int]:
    """The lines (0-based) of the page seams of a text wrapped at ``width``: short lines that
    are page numbers or other noise by their words (— 12 —, 第 12 页 共 30 页), or that repeat
    but for their numbers (a running header, 某某汇编　第 12 页), and the blank lines around them."""
    short = [i for i, line in enumerate(lines) if line.strip() and len(line) < width - 1]
    keys = {i: _DIGITS.sub("0", lines[i].strip()) for i in short}  # (某某汇编　第 12 页)
    counts = Counter(keys.values())
    seams = {i for i in short if counts[keys[i]] >= 2 or is_noise_text(lines[i].strip())}
    for index in list(seams):
        for step in (-1, 1):
            other = index + step
            while 0 <= other < len(lines) and not lines[other].strip():
                seams.add(other)
                other += step
    return seams


def _runs(lines: list[str], width: int, seams: set[int]) -> tuple[int, list[list[int]]] | None:
    """The runs of consecutive non-blank lines (0-based indexes) of a text wrapped at
    ``width``, or None when more than ``ONE_LINE_MAX`` lines are shorter (paragraph ends),
    one is longer than the width allows, or half the lines end a sentence (paragraphs that
    happen to be of one length: a wrap breaks lines mid-sentence). The lines above the first
    ``MIN_LINES`` lines of the full width in a row that end no sentence (a header: 标题: …,
    发布时间: …, a title, a date, themselves wrapped or not) are no paragraph ends: each is a
    run of its own, and their number comes first; from the first that ends a sentence (a
    paragraph's last line: …大家中午好！) they are the text's lines as any other."""
    runs: list[list[int]] = []
    short = ended = head = 0
    previous_blank = True
    body = _body_start(lines, width)
    for index, line in enumerate(lines):
        if index in seams:
            continue  # (a page's footer and the next one's header: noise, kept aside)
        length = len(line)  # (spaces too: a text that lost its breaks keeps its indents)
        if not line.strip():
            previous_blank = True
            continue
        if length > width + _OVERHANG:
            return None
        if index < body and head == len(runs) and head and _field_goes_on(lines, runs[-1], width):
            if not is_field_line(line.strip(SPACES)):
                runs[-1].append(index)  # (a field's value the wrap carried to this line)
                continue
        if index < body and head == len(runs) and line.rstrip(SPACES)[-1:] not in _ENDS:
            runs.append([index])  # (a line of the header, above the wrapped text)
            head += 1
            continue
        if length < width - 1 and not _spaced(line, lines[index + 1 : index + 2]):
            short += 1
            if short > ONE_LINE_MAX:
                return None
        if previous_blank:
            runs.append([])
        runs[-1].append(index)
        previous_blank = False
        ended += line.rstrip(SPACES)[-1:] in _ENDS
    if 2 * ended > sum(len(run) for run in runs[head:]):
        return None  # (paragraphs of one length, each ending its sentence: no wrap)
    return head, runs


def _field_goes_on(lines: list[str], run: list[int], width: int) -> bool:
    """Whether the header line ``run`` is a saved page's field (标题: …, 原文链接: …) whose last
    line is of the full ``width``: its value goes on on the next line (a wrap broke it)."""
    return len(lines[run[-1]]) >= width - 1 and is_field_line(lines[run[0]].strip(SPACES))


def _body_start(lines: list[str], width: int) -> int:
    """The first of ``MIN_LINES`` lines in a row of the full ``width`` or more (0 if none)."""
    row = 0
    for index, line in enumerate(lines):
        row = row + 1 if len(line) >= width - 1 else 0
        if row == MIN_LINES:
            return index - MIN_LINES + 1
    return 0


_SPACED = patterns.compile(f"[{SPACES}]")
_SPLIT_RUN = patterns.compile(f"^[ \u00a0](?![{SPACES}])")
"""A line that opens with one space: what is left of a run of spaces a break fell in."""


def _spaced(line: str, following: list[str]) -> bool:
    """Whether a short ``line`` may be short for its spaces rather than a paragraph's end: it
    holds a space (a PDF gives back a run of spaces inside a line, or at its end, as one
    space, and one at its start as an indentation of ``　`` — half as many characters —, so
    the line it was typeset on comes back shorter), or the next line opens with one (the
    line was broken inside such a run). A paragraph's last line has no space. ASCII spaces
    opening the line are no such run (a PDF gives an indentation back as ``　``): they are a
    printed text's margin or indentation (the 立法院公报's lines, three spaces where a paragraph
    or heading starts and two where it goes on), so its short lines are paragraph ends."""
    return _SPACED.search(line.lstrip(" ")) is not None or (
        bool(following) and _SPLIT_RUN.match(following[0]) is not None
    )


def segments(text: str, markdown: bool = False) -> list[Segment]:
    """``lines.segment_lines(text, markdown)``, but a one-line text hard-wrapped again is unwrapped
    first (its lines rejoined; each segment keeps the source line its text starts on), and a
    one-line text whose line breaks became spaces is read with its lines given back
    (``spacedlines.spaced_segments``; not one rejoined here: a PDF gives a run of spaces back as
    one, and a single space no longer tells a line break from a gap inside a sentence)."""
    if (restored := spaced_segments(text, markdown)) is not None:
        return restored
    if text.count("\n", 0, _HEAD) < MIN_LINES:
        return segment_lines(text, markdown)  # (a few long lines, or a short file)
    head = text[:_HEAD].split("\n")[:-1]  # (the last line may be cut)
    width = _width(head)
    if not width or _runs(head, width, _seams(head, width)) is None:
        return segment_lines(text, markdown)  # (most texts, told from their head: not split twice)
    lines = text.split("\n")
    seams = _seams(lines, width)
    told = _runs(lines, width, seams)
    if told is None:
        return segment_lines(text, markdown)
    header, runs = told
    body = runs[header:]
    if not body or len(body) > ONE_LINE_MAX or max(len(run) for run in body) < MIN_LINES:
        return segment_lines(text, markdown)
    joined: list[str] = []
    starts: list[list[int]] = []  # per joined line: where each source line starts in it
    origins: list[list[int]] = []  # per joined line: those source lines (1-based)
    for run in runs:
        pieces: list[str] = []
        offsets: list[int] = []
        length = 0
        for index in run:
            piece = lines[index]
            if pieces and pieces[-1][-1:].isascii() and pieces[-1][-1:].isalnum():
                if piece[:1].isascii() and piece[:1].isalnum():
                    piece = " " + piece  # (Latin words across the break keep their space)
            offsets.append(length)
            pieces.append(piece)
            length += len(piece)
        joined.append("".join(pieces))
        starts.append(offsets)
        origins.append([index + 1 for index in run])
    out = _titles_apart(segment_lines("\n\n".join(joined), markdown))
    cursors = [0] * len(joined)
    for seg in out:
        row = (seg.line - 1) // 2  # (the joined lines are set apart by one blank line)
        found = joined[row].find(seg.text[:8], cursors[row])
        at = found if found >= 0 else cursors[row]
        cursors[row] = at
        seg.line = origins[row][bisect_right(starts[row], at) - 1]
    return _with_seams(out, lines, seams)


# （二）坚持以…为主线，着力提高经济增长质量和效益 发展是硬道理，…: the one space a PDF gives
# back of the run of spaces that parted a heading from its text (not the space after its marker).
_TITLE_GAP = patterns.compile(r"(?<=[\u4e00-\u9fff，、]) +(?=[\u4e00-\u9fff“《（])")
_TITLE_STOP = patterns.compile("[。！？!?；;]")
_TITLE_MIN = 4
"""The fewest characters of a title before the space that ends it."""


def _titles_apart(out: list[Segment]) -> list[Segment]:
    """The segments of an unwrapped text with each heading cut off its text at the one space the
    PDF left of the run between them (一、充分肯定成绩 各级…): a heading's title runs to that space
    when it comes before the title's first sentence end. Only a heading piece is cut: inside a
    paragraph the space is kept."""
    cut: list[Segment] = []
    for seg in out:
        text = seg.text
        marker = match_marker(text) if " " in text or "\u3000" in text else None
        if marker is None:
            cut.append(seg)
            continue
        start = marker.end
        while start < len(text) and text[start] in SPACES:
            start += 1  # (（一） 目前…: the space after the marker is the marker's)
        stop = _TITLE_STOP.search(text, start)
        gap = _TITLE_GAP.search(text, start + _TITLE_MIN, stop.start() if stop else len(text))
        if gap is None:
            cut.append(seg)
            continue
        cut.append(Segment(seg.line, text[: gap.start()], seg.indented, run_in=seg.run_in))
        cut.append(Segment(seg.line, text[gap.end() :], True))
    return cut


def _with_seams(out: list[Segment], lines: list[str], seams: set[int]) -> list[Segment]:
    """``out`` with the page seams' lines put back as noise, each after the segment its
    page break fell in (it cut a sentence: it cannot stand inside it)."""
    noise = [
        Segment(index + 1, lines[index].strip(SPACES), False, noise=True)
        for index in sorted(seams)
        if lines[index].strip()
    ]
    if not noise:
        return out
    merged: list[Segment] = []
    position = 0
    for seg in out:
        while position < len(noise) and noise[position].line < seg.line:
            merged.append(noise[position])
            position += 1
        merged.append(seg)
    merged.extend(noise[position:])
    return merged
