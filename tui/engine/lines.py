"""From decoded text to cleaned source segments: indentation and prefixes stripped, noise marked.

A *segment* is a piece of one source line: usually the whole line, but a line that holds
several paragraphs (separated by U+2028, by 　　, or — in a text with no line breaks at
all — by nothing before a numbered heading) gives several segments with the same line
number. Nothing is deleted: noise segments are kept and marked.

Noise is marked by ``noise``, back matter by ``backmatter``. What every stage shares —
``Segment``, the sentence-end test and the characters of spaces and endings — is in
``segment``; cutting out the numbered headings glued to the sentences before them, in a
text that lost its line breaks, is in ``glued`` (``split_glued``, called last here).

``segment_lines`` is the one pass over the lines that ties the cleaning together: it decides
where a line holds several paragraphs (its inner breaks), whether a text is letter-spaced by
an OCR, and takes a printed page's margin off the indents (``_margin_off``); each other step
is asked of the module that holds its rule — a Markdown line's marks (``mdmarks``), the
cleaning of each piece (``cleanline``), which pieces go together and a one-line text's
contents (``lineparts``), a web page's header before the title (``pagehead``), an ad block at
a one-line text's start or end (``adblocks``), a title block run into its first words and a
salutation glued to its body (``titlerun``). Brackets split from their text are joined later,
by ``parse`` (``brackets``). It was about 2,100 lines until the glued headings moved to
``glued`` and ``Segment`` to ``segment`` (arch19), 1,336 before split109 moved the rest out.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.base import patterns
from tui.engine.adblocks import ad_block_parts, ad_block_tail
from tui.engine.cleanline import CJK, clean_piece
from tui.engine.cutlinks import rejoin_cut_links
from tui.engine.glued import one_line_text, split_glued, writes_dot_stops
from tui.engine.gluednotes import (
    bracketed_titles_apart,
    dashed_titles_apart,
    notes_apart,
    talk_titles_apart,
)
from tui.engine.gluedoccasions import (
    occasions_apart,
    title_blocks_after_toolbar,
    turns_apart,
    web_chapters_apart,
)
from tui.engine.lineparts import (
    contents_as_noise,
    head_with_its_first_item,
    heads_at_gaps,
    numeral_with_its_title,
    rejoin_quote_breaks,
    run_in_head,
)
from tui.engine.mdmarks import (
    MD_HEADING_LINE,
    MD_IMAGE,
    MD_LINK,
    QUOTE_MARKS,
    bold_mark_split,
    fenced_lines,
    inner_hash_headings,
    line_markup,
    tight_heading,
)
from tui.engine.pagehead import page_header_parts
from tui.engine.segment import SPACES, Segment
from tui.engine.titlerun import (
    dashed_block_at_start,
    salutation_in_header,
    speaker_after_title,
    split_glued_title_blocks,
    split_salutation,
    title_before_space_at_start,
    title_block_at_start,
    title_lines_at_spaces,
)

# Several paragraphs on one line: U+2028/U+2029, or a run of two or more ideographic spaces
# (the paragraph indent of a text that lost its line breaks).
_INNER_BREAK_SPACES = patterns.compile(
    "[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}|(?<=\\S) {4,}"
)
"""The same, and runs of four or more ASCII spaces, in a text that lost its line breaks."""
_INNER_BREAK = patterns.compile("[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}")


# OCR output with a space between every character: "在 全 县 党 建 工 作 会 议 上".
_SPACED_PAIR = patterns.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")


def _letter_spaced_line(raw: str) -> bool:
    """陈　　云 / 讲　　话: a short line whose characters are set apart by ideographic spaces
    (a name or a title spaced out), not paragraphs run together."""
    pieces = raw.strip(SPACES).split()
    return len(pieces) >= 2 and all(len(piece) <= 2 for piece in pieces)


def _letter_spaced(text: str) -> bool:
    """Whether the text was OCR'd with a space between every Chinese character."""
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    return han >= 20 and len(_SPACED_PAIR.findall(sample)) >= 0.5 * han


_HAN = patterns.compile("[\u3400-\u9fff]")
# <U+00A0>: a space written out as its code point by a converter (iconv's substitution).
_LITERAL_SPACE = patterns.compile(r"<U\+(?:00A0|200[0-9AB]|202F|205F|3000|FEFF)>", re.IGNORECASE)


def segment_lines(text: str, markdown: bool = False) -> list[Segment]:
    """Split LF-normalised ``text`` into cleaned segments, blank lines left out.

    ``markdown``: the text is a Markdown file's (``is_markdown``): its italics are removed too."""
    segments: list[Segment] = []
    spaced = " " in text[:20000] and _letter_spaced(text)
    # What no line holds when the whole text does not: each line is then not searched for
    # it. The 10 MB collection without ``*_#>`` split here in 59.6 ms (56.3–61.7) of CPU
    # with these tests, 69.7 ms (65.7–71.1) with all six true; with its marks (only
    # ``separators``, ``literal_spaces`` and ``links`` false) 71.6 against 73.6 ms, within
    # the noise (``tests/bench/bench_calls.py``, 7 rounds in turns, arch16).
    separators = "\u2028" in text or "\u2029" in text
    emphasis = "*" in text or "_" in text
    markup = "#" in text or "**" in text or "__" in text
    # (A search for a string of several characters takes 2-5 ms on 10 MB; for one character
    # well under 1 ms: the one character is looked for first. This function on the 10 MB
    # collection 81.9 ms (78.9-83.8) -> 72.5 ms (68.9-77.7), bench_calls.py, perf22.)
    literal_spaces = "<" in text and "<U+" in text
    links = "]" in text and "](" in text
    lines = text.split("\n")
    if links:  # (a link or image a hard wrap cut over lines: its pieces back on its first line)
        lines = rejoin_cut_links(lines)
    lost_breaks = one_line_text(lines)  # (split_glued's decision too)
    one_line = lost_breaks and len(text) > 500
    last_line = (
        max(number for number, line in enumerate(lines, 1) if line and not line.isspace())
        if one_line
        else 0
    )
    fenced = (
        fenced_lines(lines)
        if markup and (("`" in text and "```" in text) or ("~" in text and "~~~" in text))
        else None
    )
    # ##标题 (no space) is a heading in a Markdown file, or in a text with # 标题 lines too:
    # looked for once, at the first such line (the search takes 40 ms on 10 MB)
    tight: bool | None = (markdown or None) if markup and "#" in text else False
    parted = False  # an empty quote line (>) since the last segment
    quote_line = 0  # the line of the last segment when it came from a quote line (> …), else 0
    quotes = ">" in text or "＞" in text
    header_end = 0  # the segments of a one-line text's page header (``page_header_parts``)
    for number, raw in enumerate(lines, 1):
        if literal_spaces and "<U+" in raw:
            raw = _LITERAL_SPACE.sub(" ", raw)
        if links and "](" in raw:
            raw = MD_LINK.sub(r"\1", MD_IMAGE.sub("", raw))
        if not raw or raw.isspace():
            continue
        if tight is None and tight_heading(raw):
            tight = MD_HEADING_LINE.search(text) is not None
        md, bold = (
            line_markup(raw, bool(tight))
            if markup
            and ("#" in raw or "*" in raw or "_" in raw)
            and not (fenced and number in fenced)
            else (0, False)
        )
        if bold and number < len(lines) and bold_mark_split(raw, lines[number]):
            # **今天，…开学典礼* | *，首先…: a wrap split the "**" closing the run; read with
            # its other half the run closes inside the sentence — emphasis, not a lead.
            bold = line_markup(raw.rstrip(SPACES) + lines[number].lstrip(SPACES))[1]
        if spaced:
            raw = _SPACED_PAIR.sub("", raw)
        hashed = one_line and markup and "# " in raw and inner_hash_headings(raw)
        if hashed:
            parts = hashed
        elif one_line and "    " in raw.lstrip(SPACES):
            # A text that lost its line breaks, its paragraphs still indented by spaces.
            parts = numeral_with_its_title(rejoin_quote_breaks(_INNER_BREAK_SPACES.split(raw)))
        elif (separators and ("\u2028" in raw or "\u2029" in raw)) or (
            "\u3000\u3000" in raw
            and "\u3000\u3000" in raw.lstrip(SPACES)
            and not _letter_spaced_line(raw)
        ):
            parts = _INNER_BREAK.split(raw)
            if one_line:  # (the runs of a one-line text read back from a PDF: 　　)
                parts = heads_at_gaps(rejoin_quote_breaks(parts))
            parts = head_with_its_first_item(numeral_with_its_title(parts))
            if not one_line:
                parts = run_in_head(parts)
        else:
            parts = [raw]
        if one_line and not segments:
            # (a web page's header first, each phrase a segment: kept out of the cuts below)
            page_head, parts = page_header_parts(parts)
            for piece in page_head:
                cleaned = clean_piece(piece, emphasis, markdown)[0]
                if cleaned:
                    # (the # title after a YAML block keeps its level)
                    level = line_markup(piece)[0] if piece[:1] == "#" else 0
                    segments.append(Segment(number, cleaned, bool(segments), md=level))
            header_end = len(segments)
            parts = ad_block_parts(parts)
        if one_line and number == last_line and parts:
            parts = [*parts[:-1], *ad_block_tail(parts[-1])]
        if quote_line and number > quote_line + 1:
            # > 《人民日报》（2026年03月10日 第 04 版） | (blank) | text: a blank line ends the
            # quoted paragraph, as it ends a Markdown block quote, whatever the quote ends with.
            parted = True
        quote_line = (
            number
            if quotes
            and (
                raw[:1] in QUOTE_MARKS
                or (raw[:1] in SPACES and raw.lstrip(SPACES)[:1] in QUOTE_MARKS)
            )
            else 0
        )
        first = True
        for part in parts:
            if not first:
                md, bold = 0, False  # (only the line's first piece is its start)
                if hashed and part[:1] == "#":
                    md = line_markup(part)[0]  # (a ## heading cut out of a one-line text)
            cleaned, indented, bullet = clean_piece(part, emphasis, markdown)
            if not cleaned:
                if first and part.strip(SPACES + ">＞") == "" and part.strip(SPACES):
                    parted = True  # > alone: a paragraph break inside a Markdown quote
                continue
            lead = len(part) - len(part.lstrip(SPACES)) if first and indented else 0
            head = cleaned[:40]
            if "：" not in head and ":" not in head:
                # No salutation to split off (the test ``split_salutation`` starts with).
                segments.append(
                    Segment(
                        number,
                        cleaned,
                        indented or not first,
                        md=md,
                        bold=bold,
                        bullet=bullet,
                        parted=parted,
                        lead=lead,
                    )
                )
                first = parted = False
                continue
            pieces = split_salutation(cleaned)
            for piece in pieces:
                segments.append(
                    Segment(
                        number,
                        piece,
                        indented or not first,
                        glued=len(pieces) > 1,
                        md=md if len(pieces) == 1 else 0,
                        bold=bold and len(pieces) == 1,
                        parted=parted,
                        lead=lead if first else 0,
                    )
                )
                first = parted = False
    header, segments = segments[:header_end], segments[header_end:]
    if one_line:
        segments = contents_as_noise(
            speaker_after_title(
                title_lines_at_spaces(
                    dashed_block_at_start(
                        title_before_space_at_start(
                            title_blocks_after_toolbar(
                                salutation_in_header(
                                    split_glued_title_blocks(
                                        title_block_at_start(
                                            web_chapters_apart(
                                                turns_apart(occasions_apart(segments))
                                            )
                                        )
                                    )
                                )
                            )
                        )
                    )
                )
            )
        )
    else:
        segments = _margin_off(segments)
    segments = split_glued(segments, writes_dot_stops(text), lost_breaks)
    # (the notes closing a collected piece, after the glued headings: their pieces are no
    # kept paragraphs of the text)
    return header + (
        dashed_titles_apart(talk_titles_apart(bracketed_titles_apart(notes_apart(segments))))
        if one_line
        else segments
    )


_MARGIN_LINES = 10
"""The fewest lines of a text for its lines' common lead to be read as a margin."""
_MARGIN_SHARE = 0.9
"""The least share of a text's lines that start with the margin (or more)."""
_MARGIN_DEEPER = 0.2
"""The least share of its lines indented past the margin (paragraphs' first lines)."""


def _margin_off(segments: list[Segment]) -> list[Segment]:
    """``segments`` with their lines' margin taken off their indents: where nearly every line
    starts with two spaces or more and the lines are of two kinds, some at the least lead (the
    margin) and some indented past it (a gazette's printed lines: a paragraph's first line three
    spaces in, the lines it goes on in two — `   一、本案係…提出產` | `  品之安全性資料，…。`), a
    line at the margin is no indented line, and a line's lead is counted from the margin. A
    text whose lines all start at one lead, or whose paragraphs alone are indented, is left as
    it is."""
    leads = [seg.lead for seg in segments if seg.lead or not seg.indented]
    if len(leads) < _MARGIN_LINES:
        return segments
    margin = min((lead for lead in leads if lead), default=0)
    if (
        margin < 2
        or sum(lead >= margin for lead in leads) < _MARGIN_SHARE * len(leads)
        or sum(lead > margin for lead in leads) < _MARGIN_DEEPER * len(leads)
    ):
        return segments
    return [
        replace(seg, indented=seg.lead > margin, lead=seg.lead - margin) if seg.lead else seg
        for seg in segments
    ]
