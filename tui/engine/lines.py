"""From decoded text to cleaned source segments: indentation and prefixes stripped, noise marked.

A *segment* is a piece of one source line: usually the whole line, but a line that holds
several paragraphs (separated by U+2028, by 　　, or — in a text with no line breaks at
all — by nothing before a numbered heading) gives several segments with the same line
number. Nothing is deleted: noise segments are kept and marked.

Noise is marked by ``noise``, back matter by ``backmatter``. What every stage shares —
``Segment``, the sentence-end test and the characters of spaces and endings — is in
``segment``; cutting out the numbered headings glued to the sentences before them, in a
text that lost its line breaks, is in ``glued`` (``split_glued``, called last here).

Why this module is about 1,250 lines: the cleaning of one line (prefixes, Markdown marks,
junk, a printed page's margin) and the cutting of a line into paragraphs are one pass
(``segment_lines``), and the cutting has a rule for each way a one-line text joins its
paragraphs: headings left at a paragraph's end or at a gap, a table of contents, a title
block glued to the first paragraph (its date, ——subtitle, speaker and salutation), an ad block
before the title or at the end, brackets split from their text. A web page's header before
the title is cut in ``pagehead``. It was about 2,100 lines until the glued headings moved to ``glued`` and
``Segment`` to ``segment`` (arch19).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from tui.base import patterns
from tui.engine.framing import (
    is_date_line,
    is_metadata_line,
    is_salutation,
    is_speaker_line,
    is_subtitle,
    is_title,
    is_title_with_subtitle,
    is_weak_title,
    run_on_speaker_parts,
)
from tui.engine.glued import one_line_text, split_glued, writes_dot_stops
from tui.engine.hashtitle import hash_title_end, spaces_latin, title_openings
from tui.engine.markers import match_marker
from tui.engine.pagehead import page_header_parts
from tui.engine.segment import L1_L2_STARTS, SPACES, STEMS, Segment, is_sentence_end

_LEADING = patterns.compile(
    rf"^[{SPACES}]*(?:(?:>|＞|#{{1,6}}(?![#0-9０-９])(?![^#{SPACES}]{{1,30}}#)"
    rf"|[*+•](?=[{SPACES}]+[^{SPACES}])"
    rf"|-(?=[{SPACES}]+[^{SPACES}])(?![{SPACES}]+[0-9０-９]+[{SPACES}]*(?:[-—–]|$)))[{SPACES}]*)*"
)
"""Indentation, quote marks, list bullets and Markdown ``#`` marks before a line's text.
``#`` also without a space (``#二、…`` of a web copy), but not a hashtag (``#话题#``) or a
number (``#1``): those are the line's text. A bullet before a number is one too (``* 1998年，…``),
but not the dash of a page number (``- 12 -``, ``- 3``)."""
# Markdown emphasis copied from web pages: **一、坚持问题导向**.
_EMPHASIS = patterns.compile(r"\*\*|__")
# Markdown images and links: ![alt](url "title") is dropped, [text](url) keeps its text, so the
# reader shows no URL (a line that held only an image is left out, as a blank one is).
_MD_IMAGE = patterns.compile(r'!\[[^\]\n]*\]\([^)\s]*(?:\s+"[^"\n]*")?\)')
_MD_LINK = patterns.compile(r'\[([^\]\n]+)\]\([^)\s]+(?:\s+"[^"\n]*")?\)')
# Several paragraphs on one line: U+2028/U+2029, or a run of two or more ideographic spaces
# (the paragraph indent of a text that lost its line breaks).
_INNER_BREAK_SPACES = patterns.compile(
    "[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}|(?<=\\S) {4,}"
)
"""The same, and runs of four or more ASCII spaces, in a text that lost its line breaks."""
_INNER_BREAK = patterns.compile("[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}")
_TITLE_STOP = patterns.compile("[。！？!?；;]")
# ASCII scraps separated by spaces, e.g. "8 H) l- y* X6 s b' n+ F)".
_JUNK = patterns.compile(r"(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])")
# What every ``_JUNK`` match holds: the end of one scrap and the next three. A line without
# it has no junk; this pattern starts with a plain character class, which the regex engine
# scans for quickly (``_JUNK`` starts with a look-behind, so it is tried at every character).
# ``strip_junk``'s 22,390 calls in the 10 MB collection's parse took 8.7 ms (8.2–9.0) of
# CPU with its three tests (three spaces, this hint, a search before the substitution),
# 103.1 ms (100.8–105.0) with ``_JUNK.sub`` alone (``tests/bench/bench_calls.py``, 7 rounds
# in turns, arch16).
_JUNK_HINT = patterns.compile(r"[!-~][ \t]+[!-~]{1,2}[ \t]+[!-~]{1,2}[ \t]+[!-~]")
_JUNK_SYMBOLS = patterns.compile(r"[!-/:-@\[-`{-~]")


# 找书有甘苦，真伪费推敲 / 考证《红楼梦》，清查曹雪芹: two halves joined by one comma.
_COUPLET = patterns.compile(
    r"^([^，,。！？!?；;：:、\s]{4,12})[，,]([^，,。！？!?；;：:、\s]{4,12})$"
)
_TITLE_MARKS = str.maketrans("", "", "《》“”‘’「」〈〉")


def is_couplet(text: str) -> bool:
    """找书有甘苦，真伪费推敲 / 谈《儒林外史》，推赞吴敬梓: an editor's subtitle of two matched
    halves (4-8 characters each, book-title marks and quotes not counted, lengths within
    one of each other) joined by one comma, with no other punctuation, not ending with a
    closing quote or bracket (a book title's 》 may end it)."""
    if len(text) > 26 or ("，" not in text and "," not in text) or text[-1] in "”’」』）)":
        return False  # (…曰“大中华民主国” | …: an extraction breaks lines after a closing quote)
    match = _COUPLET.match(text)
    if match is None:
        return False
    left, right = (len(half.translate(_TITLE_MARKS)) for half in match.groups())
    return 4 <= left <= 8 and 4 <= right <= 8 and abs(left - right) <= 1


_PREFIX_STARTS = frozenset(SPACES + ">＞#-*+•—–")
_BULLETS = "-*+•"
_QUOTE_MARKS = ">＞"
# A page number glued in front of the text: "- 3 -二、重点任务".
_PAGE_PREFIX = patterns.compile(r"^[-—–]\s*\d{1,4}\s*[-—–]\s*(?=\S)")
# OCR output with a space between every character: "在 全 县 党 建 工 作 会 议 上".
_CJK = "\u3400-\u9fff，。、：；！？“”（）《》"
_SPACED_PAIR = patterns.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_SPACED_EMPHASIS = patterns.compile(
    rf"(?<=[{_CJK}]) +(?=(?:\*\*|__)[{_CJK}])|(?<=[{_CJK}](?:\*\*|__)) +(?=[{_CJK}])"
)
"""A space between a Chinese character and a bold mark that opens or closes on another."""


def _clean(raw: str, emphasis: bool = True, italic: bool = False) -> tuple[str, bool, bool]:
    """(cleaned text, indented, bulleted) of a piece of a line.

    ``emphasis``: whether the piece may hold ``*`` or ``_`` (False when the whole text has
    none: then no piece is searched for ``**``/``__``; cleaning only removes characters).
    ``italic``: the piece is from a Markdown file, whose ``*斜体*`` / ``_斜体_`` marks go too.
    """
    if raw[:1] in _PREFIX_STARTS:
        match = _LEADING.match(raw)
        assert match is not None
        prefix = match.group()
        # (``marks``: the prefix's >, # or bullet; none in a plain indent, most lines' prefix,
        # which then needs neither the bullets' test nor the quote's)
        marks = prefix.strip(SPACES)
        indented = (
            "\u3000" in prefix
            or "\t" in prefix
            or prefix.count(" ") >= 2
            or (
                marks != ""
                and prefix.rstrip(SPACES).endswith((">", "＞", "#"))
                and prefix[-1:] in SPACES
            )
        )
        text = raw[match.end() :].rstrip(SPACES)
        bullet = marks != "" and any(mark in prefix for mark in _BULLETS)
        if raw[:1] in "-—–" and (page := _PAGE_PREFIX.match(raw)) and match.end() < page.end():
            text = raw[page.end() :].rstrip(SPACES)
    else:
        indented = bullet = False
        text = raw.rstrip(SPACES)
    # Junk scraps are dropped from a line; a line of nothing else stays (as noise).
    text = strip_junk(text).rstrip(SPACES) or text
    # The one-character searches first: ``_clean``'s 15,750 calls in the 10 MB collection's
    # parse took 19.1 ms (18.7–19.9) of CPU with them, 56.9 ms (56.1–58.6) without
    # (``tests/bench/bench_calls.py``, 7 rounds in turns, arch16).
    if emphasis and ("*" in text or "_" in text):
        if " **" in text or "** " in text or " __" in text or "__ " in text:
            # 要 **认真** 学习: the spaces a writer puts around a bold run so that Markdown
            # renders it go with the marks; between Chinese characters no space is left.
            # (Every match has a space beside a mark, looked for first: the expression, a
            # look-behind first, is tried at every character — 1,008 calls of the varied
            # 10 MB collection's parse 12.0 ms, with these tests 1.6, perfengine30.)
            text = _SPACED_EMPHASIS.sub("", text)
        if "**" in text:
            # **一、标题** and the broken runs Word→Markdown leaves: **一、标题* / *一、标题**.
            text = text.replace("**", "").strip(SPACES)
            if italic and "*" in text:  # (***又粗又斜*** is *又粗又斜* now: italic, not broken)
                text = _ITALIC.sub(r"\1\2", text)
            if text[:1] == "*" or text[-1:] == "*":
                text = text.strip("*" + SPACES)
        if "__" in text and len(_EMPHASIS.findall(text)) % 2 == 0:
            text = _EMPHASIS.sub("", text).strip(SPACES)
        if italic and ("*" in text or "_" in text):
            text = _ITALIC.sub(r"\1\2", text)
    return text, indented, bullet


_ITALIC = patterns.compile(
    r"(?<![*\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?!\*)"
    r"|(?<![A-Za-z0-9_\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![A-Za-z0-9_])"
)
"""Markdown italics: ``*斜体*`` anywhere, ``_斜体_`` not inside a Latin word (``snake_case``)."""
MARKDOWN_SUFFIXES = (".md", ".markdown")
BULLET = "• "
"""What a Markdown list item (``- ``, ``* ``, ``+ ``) shows before its text in the reader."""
"""The names of Markdown files: their ``*``/``_`` italics and list bullets are Markdown's."""


def is_markdown(path: str) -> bool:
    """Whether the file at ``path`` is Markdown (by its name)."""
    return path.lower().endswith(MARKDOWN_SUFFIXES)


_MD_HEADING = patterns.compile(r"^(#{1,6})[ \t\u3000]+(?=\S)")
_MD_HEADING_TIGHT = patterns.compile(
    rf"^(#{{1,6}})(?=[^#{SPACES}0-9０-９])(?![^#{SPACES}]{{1,30}}#)"
)
"""``##标题`` with no space after the marks (a web copy or a converter dropped it), not a
number (``#1``) nor a hashtag (``#话题#``): a heading only in a Markdown-like text."""

_MD_HEADING_LINE = patterns.compile(r"^[ \t\u3000>＞]*#{1,6}[ \t\u3000]+\S", re.MULTILINE)
"""A ``# 标题`` line (marks, a space, text) anywhere in a text: the text is Markdown-like."""
_SENTENCE_MARKS = "。！？!?"
_REOPENED = patterns.compile(r"(?<![。！？!?])\*\*\*\*")
"""A bold run closed and at once reopened (``****``), not right after a sentence mark."""


def _fenced_lines(lines: list[str]) -> set[int]:
    """The 1-based numbers of the lines inside Markdown code fences (```…``` or ~~~…~~~, a
    fence closed by a later fence line, also one inside a Markdown quote, > ```): their ``#``
    and ``**`` are code or program output (``# github.com/…`` printed by a compiler), not
    headings. An unclosed last fence opens nothing."""
    fences = [
        number
        for number, raw in enumerate(lines, 1)
        if raw.lstrip(SPACES + _QUOTE_MARKS)[:3] in ("```", "~~~")
    ]
    inside: set[int] = set()
    for opening, closing in zip(fences[::2], fences[1::2], strict=False):
        inside.update(range(opening + 1, closing))
    return inside


_CLOSING_PUNCTUATION = "，,。．；;：:、！!？?）)”’」』》】"
"""What no bold lead sentence starts with: after ``**`` it shows the mark closes a run."""


def _tight_heading(raw: str) -> bool:
    """Whether ``raw`` is a ``##标题`` line (``_MD_HEADING_TIGHT``, also in a quote)."""
    text = raw.lstrip(SPACES + _QUOTE_MARKS)
    return text[:1] == "#" and _MD_HEADING_TIGHT.match(text) is not None


def _markup(raw: str, tight: bool = False) -> tuple[int, bool]:
    """(Markdown heading level, bold lead) of a raw line: ``## 标题`` → 2 (also ``##标题``
    when ``tight``: the text is Markdown-like); a line that is
    all bold (**一、标题**, also broken: **一、标题*) or starts with a bold sentence
    (**惟…方为“志士”。**南开…) → bold. Also inside a Markdown quote (``> ## 标题``,
    ``> **一、标题**``: a whole text copied as a quote keeps its headings)."""
    text = raw.lstrip(SPACES)
    if text[:1] in _QUOTE_MARKS:
        text = text.lstrip(_QUOTE_MARKS + SPACES)
    level = 0
    if text[:1] == "#" and (heading := _MD_HEADING.match(text)):
        level = len(heading.group(1))
        text = text[heading.end() :]
    elif (
        tight
        and text[:1] == "#"
        and (heading := _MD_HEADING_TIGHT.match(text))
        # (#二、关于明年工作 of a web copy: a numbered heading by its numbering, as before)
        and match_marker(text[heading.end() :].lstrip("*_")) is None
    ):
        level = len(heading.group(1))
        text = text[heading.end() :]
    if text[:2] not in ("**", "__"):
        return level, False
    # **第二个关键****词是补课。**: a bold run closed and reopened inside a sentence is one run;
    # **惟“守正”方能“创新”。****百年来，…**: closed after a sentence mark, the lead sentence ends.
    text = _REOPENED.sub("", text)
    delimiter = text[:2]
    close = text.find(delimiter, 2)
    if close < 0:
        inner, rest = text[2:].rstrip(SPACES + "*_"), ""
    else:
        inner, rest = text[2:close], text[close + 2 :].strip(SPACES + "*_")
    inner = inner.strip(SPACES)
    if inner[:1] in _CLOSING_PUNCTUATION:
        # **，是你们的支持…: the mark closing a bold run of the line above (a wrap put it at
        # this line's start), not one opening a lead sentence.
        return level, False
    # **…“拼”出来的**。川农大…: the bold closed just before its sentence's full stop.
    return level, bool(inner) and (
        not rest or inner[-1:] in _SENTENCE_MARKS or rest[:1] in _SENTENCE_MARKS
    )


def strip_junk(text: str) -> str:
    if text.count(" ") < 3 or _JUNK_HINT.search(text) is None:
        return text

    def replace(match: re.Match[str]) -> str:
        scraps = match.group()
        letters = sum(ch.isalpha() for ch in scraps)
        return "" if letters >= 2 and _JUNK_SYMBOLS.search(scraps) else scraps

    return _JUNK.sub(replace, text) if _JUNK.search(text) else text


def _rejoin_quote_breaks(parts: list[str]) -> list[str]:
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


def _head_with_its_first_item(parts: list[str]) -> list[str]:
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


def _run_in_head(parts: list[str]) -> list[str]:
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
"""The fewest paragraphs of a one-line text ending with a spaced heading (``_heads_at_gaps``)."""


def _heads_at_gaps(parts: list[str]) -> list[str]:
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
"""The fewest lines of a table of contents (``_contents_as_noise``)."""


def _spaced_head(text: str) -> int:
    """The number of a heading numbered with a space whose short title is all ``text`` holds
    (一　近代兩大思潮之理想主義與現實主義 → 1), else 0."""
    if text[:1] not in L1_L2_STARTS + STEMS or len(text) > _TITLE_AFTER_GAP:
        return 0
    marker = match_marker(text)
    if marker is None or marker.family not in _SPACED_FAMILIES or marker.end >= len(text):
        return 0
    return 0 if any(mark in text for mark in "。！？!?，,；;：:、") else marker.number


def _contents_as_noise(segments: list[Segment]) -> list[Segment]:
    """A one-line text's table of contents marked as noise (as the lines under 目录 are): three
    or more paragraphs one right after the other, each a heading numbered with a space and its
    short title alone (一　近代兩大思潮… | 二　… | … | 五　…), numbered from 1 up, half of them at
    least said again later as paragraphs of their own (the sections' headings, which
    ``_heads_at_gaps`` cut off the paragraphs before them; a PDF's line end may have taken the
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


def _numeral_with_its_title(parts: list[str]) -> list[str]:
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


def _bold_mark_split(raw: str, following: str) -> bool:
    """Whether a hard wrap split a ``**`` in two between ``raw`` and the line after it: one
    ends with a lone ``*``, the other starts with one (**…开学典礼* | *，首先…)."""
    end, start = raw.rstrip(SPACES), following.lstrip(SPACES)
    return end[-1:] == "*" and end[-2:] != "**" and start[:1] == "*" and start[:2] != "**"


def _bracketed_list(text: str) -> bool:
    """Whether ``text`` ends with a bracket holding a list or a clause (、 or ， inside)."""
    opening = max(text.rfind("（"), text.rfind("("))
    inside = text[opening + 1 : -1] if opening >= 0 else ""
    return "、" in inside or "，" in inside or "," in inside


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


# …的常见三个问题。## 常用架构：单体式架构目前很多…: a Markdown heading mark inside a line (not
# after a letter or digit: C# 语言, &#).
_INNER_HASH = patterns.compile(r"(?<=[^#\sA-Za-z0-9&])[ \t]*(?=#{2,6} )")
_HASH_TITLE_END = patterns.compile("[。！？!?]")
_HASH_TITLE_GAP = patterns.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")


def _inner_hash_headings(raw: str) -> list[str]:
    """A one-line Markdown text's line cut before each ``##``…``######`` heading mark inside
    it (…问题。## 认清形势 各级各部门要…。…), each heading apart from the text glued after it:
    the heading runs to a space between two Chinese characters (where its line broke), else to
    where ``hashtitle.hash_title_end`` finds its section's first sentence starting (## 常用架构：
    单体式架构目前很多…, ### 3、事业18 年的计划…), else to its first sentence's end — a title run on
    so is found in its place, as a glued numbered heading is. ``[]`` unless two marks or more
    are inside the line (one ``##`` in a sentence is no series of sections)."""
    cuts = [found.start() for found in _INNER_HASH.finditer(raw)]
    if len(cuts) < 2:
        return []
    spaced = spaces_latin(raw)
    bounds = list(zip([0, *cuts], [*cuts, len(raw)], strict=True))
    openings = title_openings(raw, (raw[start:end].strip(SPACES) for start, end in bounds))
    parts: list[str] = []
    for start, end in bounds:
        piece = raw[start:end].strip(SPACES)
        if piece[:1] != "#":
            parts.append(piece)
            continue
        stop = _HASH_TITLE_END.search(piece)
        gap = _HASH_TITLE_GAP.search(piece, 0, stop.start() if stop else len(piece))
        if gap is not None:
            parts += [piece[: gap.start()], piece[gap.end() :]]  # (### 一、认清形势 各级…)
            continue
        cut = hash_title_end(piece, raw, start, openings, spaced=spaced, last=end == len(raw))
        if cut is None and match_marker(piece.lstrip("#" + SPACES)) is None:
            # (## 蚂蚁金服的架构：分布式架构微服务架构是…。…: an unnumbered heading is one by its
            # marks alone, which a whole section set in heading type loses: its first sentence)
            cut = stop.end() if stop else None
        parts += [piece] if cut is None else [piece[:cut], piece[cut:]]
    return [part for part in parts if part.strip(SPACES)]


# 仅供学习 / 禁止外传 / 会员群： / 免费QQ群：12345: the phrases an advertising block before a
# text's title is made of (``noise._AD_WORDS`` marks them), an account number after a label's colon.
_AD_PHRASE = patterns.compile(
    r"仅供学习|禁止外传|更多(?:范文|资料)请关注|"
    r"(?:免费)?(?:QQ|Qq|qQ|qq|微信|会员)群[：:](?:[ \u3000]*[0-9A-Za-z@._-]{3,}"
    r"(?=[ \u3000\u3400-\u9fff]|$))?"
)
_AD_PHRASE_BEFORE = " \u3000。！？!?】"
"""What a whole ad phrase follows (besides the text's start and another ad phrase)."""
_AD_BLOCK_MAX = 300
"""The farthest an ad block at a one-line text's start reaches (its last phrase's end)."""
_AD_BLOCK_PIECES = patterns.compile(r"[ \u3000]+|(?<=[。！？!?】])|(?=【)")


def _ad_block_cut(text: str) -> list[str]:
    """A one-line text opening with an advertising block (its lines joined by a space, or by
    nothing: 仅供学习 禁止外传 某某文库 …【打击倒卖活动】举报…！会员群：免费QQ群：在…的讲话 同志们：…):
    the block cut into its pieces — its whole ad phrases (after a space, a sentence end or
    another phrase; before a space or another phrase, or ending with a label's colon) and, between
    them, the words at its spaces, sentence ends and 【】 — the rest of the text after them. A
    phrase inside a sentence (材料仅供学习参考，禁止外传，…) is no whole phrase: nothing is cut."""
    start = len(text) - len(text.lstrip(SPACES))
    phrases: list[tuple[int, int]] = []
    for found in _AD_PHRASE.finditer(text, start, start + _AD_BLOCK_MAX):
        at, end = found.span()
        before = (
            at == start or text[at - 1] in _AD_PHRASE_BEFORE or (phrases and phrases[-1][1] == at)
        )
        after = (
            end == len(text)
            or text[end] in " \u3000"
            or "群" in found.group()  # (a label: its colon, or the number after it, ends it)
            or found.group().endswith("关注")  # (更多范文请关注公众号…: what follows is its name)
            or _AD_PHRASE.match(text, end) is not None
        )
        if before and after:
            phrases.append((at, end))
    if not phrases or phrases[0][0] != start:
        return [text]
    pieces: list[str] = []
    edge = start
    for at, end in phrases:
        pieces.extend(piece for piece in _AD_BLOCK_PIECES.split(text[edge:at]) if piece)
        pieces.append(text[at:end])
        edge = end
    rest = text[edge:].lstrip(SPACES)
    return pieces + ([rest] if rest else [])


_AD_TAIL_PIECE_MAX = 40
"""The longest piece of an ad block at a one-line text's end (``noise._PROMO_MAX``): a longer
one is a paragraph of the speech, and nothing is cut."""


def _ad_block_tail(text: str) -> list[str]:
    """The last part of a one-line text with an ad block at its end cut off into its pieces
    (…谢谢大家！ 仅供学习 禁止外传 / …谢谢大家！更多范文请关注公众号某某 免费QQ群：123456): from its
    first whole ad phrase (after a space or a sentence end, as ``_ad_block_cut`` reads one) in
    the last ``_AD_BLOCK_MAX`` characters, cut at spaces, sentence ends and 【】, when every
    piece is at most ``_AD_TAIL_PIECE_MAX`` characters; else the part is left whole."""
    for found in _AD_PHRASE.finditer(text, max(1, len(text) - _AD_BLOCK_MAX)):
        at, end = found.span()
        if text[at - 1] not in _AD_PHRASE_BEFORE:
            continue
        phrase = found.group()
        if not (
            end == len(text)
            or text[end] in " \u3000"
            or "群" in phrase
            or phrase.endswith("关注")
            or _AD_PHRASE.match(text, end) is not None
        ):
            continue
        pieces = [piece for piece in _AD_BLOCK_PIECES.split(text[at:]) if piece]
        if any(len(piece) > _AD_TAIL_PIECE_MAX for piece in pieces):
            return [text]
        return [text[:at].rstrip(SPACES), *pieces]
    return [text]


def _ad_block_parts(parts: list[str]) -> list[str]:
    """The first parts of a one-line text with its opening ad block cut (``_ad_block_cut``),
    also where a run of spaces split the block (会员群：      免费QQ群： 在…): a part the block
    fills to its end leaves the next part to be cut too."""
    out: list[str] = []
    for index, part in enumerate(parts):
        pieces = _ad_block_cut(part)
        out.extend(pieces)
        if len(pieces) == 1 or _AD_PHRASE.fullmatch(pieces[-1]) is None:
            return out + parts[index + 1 :]
    return out


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
    lost_breaks = one_line_text(lines)  # (split_glued's decision too)
    one_line = lost_breaks and len(text) > 500
    last_line = (
        max(number for number, line in enumerate(lines, 1) if line and not line.isspace())
        if one_line
        else 0
    )
    fenced = (
        _fenced_lines(lines)
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
            raw = _MD_LINK.sub(r"\1", _MD_IMAGE.sub("", raw))
        if not raw or raw.isspace():
            continue
        if tight is None and _tight_heading(raw):
            tight = _MD_HEADING_LINE.search(text) is not None
        md, bold = (
            _markup(raw, bool(tight))
            if markup
            and ("#" in raw or "*" in raw or "_" in raw)
            and not (fenced and number in fenced)
            else (0, False)
        )
        if bold and number < len(lines) and _bold_mark_split(raw, lines[number]):
            # **今天，…开学典礼* | *，首先…: a wrap split the "**" closing the run; read with
            # its other half the run closes inside the sentence — emphasis, not a lead.
            bold = _markup(raw.rstrip(SPACES) + lines[number].lstrip(SPACES))[1]
        if spaced:
            raw = _SPACED_PAIR.sub("", raw)
        hashed = one_line and markup and "# " in raw and _inner_hash_headings(raw)
        if hashed:
            parts = hashed
        elif one_line and "    " in raw.lstrip(SPACES):
            # A text that lost its line breaks, its paragraphs still indented by spaces.
            parts = _numeral_with_its_title(_rejoin_quote_breaks(_INNER_BREAK_SPACES.split(raw)))
        elif (separators and ("\u2028" in raw or "\u2029" in raw)) or (
            "\u3000\u3000" in raw
            and "\u3000\u3000" in raw.lstrip(SPACES)
            and not _letter_spaced_line(raw)
        ):
            parts = _INNER_BREAK.split(raw)
            if one_line:  # (the runs of a one-line text read back from a PDF: 　　)
                parts = _heads_at_gaps(_rejoin_quote_breaks(parts))
            parts = _head_with_its_first_item(_numeral_with_its_title(parts))
            if not one_line:
                parts = _run_in_head(parts)
        else:
            parts = [raw]
        if one_line and not segments:
            # (a web page's header first, each phrase a segment: kept out of the cuts below)
            page_head, parts = page_header_parts(parts)
            for piece in page_head:
                cleaned = _clean(piece, emphasis, markdown)[0]
                if cleaned:
                    # (the # title after a YAML block keeps its level)
                    level = _markup(piece)[0] if piece[:1] == "#" else 0
                    segments.append(Segment(number, cleaned, bool(segments), md=level))
            header_end = len(segments)
            parts = _ad_block_parts(parts)
        if one_line and number == last_line and parts:
            parts = [*parts[:-1], *_ad_block_tail(parts[-1])]
        if quote_line and number > quote_line + 1:
            # > 《人民日报》（2026年03月10日 第 04 版） | (blank) | text: a blank line ends the
            # quoted paragraph, as it ends a Markdown block quote, whatever the quote ends with.
            parted = True
        quote_line = (
            number
            if quotes
            and (
                raw[:1] in _QUOTE_MARKS
                or (raw[:1] in SPACES and raw.lstrip(SPACES)[:1] in _QUOTE_MARKS)
            )
            else 0
        )
        first = True
        for part in parts:
            if not first:
                md, bold = 0, False  # (only the line's first piece is its start)
                if hashed and part[:1] == "#":
                    md = _markup(part)[0]  # (a ## heading cut out of a one-line text)
            cleaned, indented, bullet = _clean(part, emphasis, markdown)
            if not cleaned:
                if first and part.strip(SPACES + ">＞") == "" and part.strip(SPACES):
                    parted = True  # > alone: a paragraph break inside a Markdown quote
                continue
            lead = len(part) - len(part.lstrip(SPACES)) if first and indented else 0
            head = cleaned[:40]
            if "：" not in head and ":" not in head:
                # No salutation to split off (the test ``_split_salutation`` starts with).
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
            pieces = _split_salutation(cleaned)
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
        segments = _contents_as_noise(
            _speaker_after_title(
                _title_lines_at_spaces(
                    _dashed_block_at_start(
                        _title_before_space_at_start(
                            _split_glued_title_blocks(_title_block_at_start(segments))
                        )
                    )
                )
            )
        )
    else:
        segments = _margin_off(segments)
    return header + split_glued(segments, writes_dot_stops(text), lost_breaks)


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


MARKUP_PARAGRAPH_TAIL = 80
"""The most text a Markdown ``#`` line may hold after its first sentence: more is a paragraph
set in heading type."""
_FIRST_STOP = patterns.compile("[。！？]")


def set_in_heading_type(text: str) -> bool:
    """Whether a ``#`` line's text is a whole paragraph set in heading type (###### 尊敬的各位
    嘉宾，…大家早上好！欢迎莅临…: more than ``MARKUP_PARAGRAPH_TAIL`` characters after its first
    sentence) — neither a heading nor a title."""
    stop = _FIRST_STOP.search(text)
    return stop is not None and len(text) - stop.end() > MARKUP_PARAGRAPH_TAIL


_TITLE_COLON = patterns.compile("[：:]")
_GLUED_TITLE_MAX = 60
"""The longest title looked for before a salutation glued into a one-line text."""
_GLUED_SALUTATION_MAX = 20


# 在…上的讲话（2018年1月5日）张三: a title, the date line in brackets and a speaker's name, glued
# as a one-line text glues its title block (the date in the brackets as ``is_date_line`` reads it).
_GLUED_DATE = patterns.compile(
    r"[（(]\s*(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})\s*年[^（）()。！？]{1,60}[）)]"
)

# …的讲话（2018年1月5日）告诫同志们：: words of a sentence that addresses the hearers, not a name.
_ADDRESSING = patterns.compile("[对向给和跟与要请望]|指出|强调|告诫|提醒|号召|勉励|嘱咐|寄语")


def _glued_title_block(text: str) -> list[str]:
    """The lines of a title block glued into one run of a one-line text, or [] when ``text`` is
    no title block: a title alone (在…上的讲话), or a title, its date in brackets and, after the
    date, the speaker's name (在…上的讲话（2018年1月5日）张三) — the title up to
    ``_GLUED_TITLE_MAX`` characters; also a title with its ——subtitle and speaker
    (``_dashed_title_block``), at the text's start or after a sentence end (the second report
    of a collection joined into one line, oneline105)."""
    date = _GLUED_DATE.search(text, 4)
    if date is not None and date.start() <= _GLUED_TITLE_MAX and is_date_line(date.group()):
        title, speaker = text[: date.start()].rstrip(SPACES), text[date.end() :].strip(SPACES)
        if (is_title(title) or is_title_with_subtitle(title)) and (
            not speaker
            or (is_speaker_line(speaker, placed=True) and _ADDRESSING.search(speaker) is None)
        ):
            return [title, date.group()] + ([speaker] if speaker else [])
    if len(text) <= _GLUED_TITLE_MAX and is_title(text):
        return [text]
    return _dashed_title_block(text) or _glued_page_block(text)


def _dashed_title_block(text: str) -> list[str]:
    """The lines of a title block with a ——subtitle glued into one run of a one-line text,
    or []: the title (words with no punctuation; at a space between two Chinese characters
    — a lost line break — its lines: 2019年政府工作报告 为建设美丽乡村而奋斗), the subtitle
    (——2019年3月5日在…会议上) and, run into its end, the speaker (县长 张某某, a post and a name:
    ``framing.run_on_speaker``) — 为建设美丽乡村而奋斗 ——2019年3月5日在…会议上 县长 张某某."""
    dash = text.find("——", 2)
    if dash < 0 or dash > _GLUED_TITLE_MAX:
        return []
    title = text[:dash].strip(SPACES)
    if not title or _TITLE_WORDS_STOP.search(title) is not None:
        return []
    subtitle, speaker = run_on_speaker_parts(text[dash:]) or (text[dash:].strip(SPACES), "")
    if not is_subtitle(subtitle):
        return []
    return [*_TITLE_LINE_GAP.split(title), subtitle] + ([speaker] if speaker else [])


# 下载打印全屏收藏【字号：加大还原减小】: a web page's tool bar glued before its title; 来源：西藏日报 /
# 时间：2026-02-12: the page's metadata glued after it (a date last, then the speaker's name).
_GLUED_TOOLBAR = patterns.compile(
    r"[^。！？!?；;，,：:【】]{0,20}【(?:字号|字体)[：:][^】。！？]{0,20}】"
)
_GLUED_METADATA = patterns.compile(
    r"(?:来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览次数)\s*[：:]"
)
_METADATA_DATE = patterns.compile(
    r"\s*[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)


def _glued_page_block(text: str) -> list[str]:
    """The lines of a web page's title block glued into one run of a one-line text before
    the salutation, or []: the page's tool bar (``_GLUED_TOOLBAR``, optional), the title
    (with its ——subtitle, or a title that names the speech without 在…: a salutation
    follows), then one or more metadata fields (来源：…, 时间：…) and, after a date that ends
    the last field, the speaker's name — 下载打印全屏收藏【字号：加大还原减小】2026年某某省政府工作报告——
    2026年1月20日在…会议上来源：某某日报时间：2026-02-12省长 张三."""
    toolbar = _GLUED_TOOLBAR.match(text)
    rest = text[toolbar.end() :] if toolbar is not None else text
    fields = [found.start() for found in _GLUED_METADATA.finditer(rest)]
    if not fields:
        return []
    title = rest[: fields[0]].strip(SPACES)
    if not (
        len(title) <= _GLUED_TITLE_MAX
        and (is_title(title) or is_title_with_subtitle(title) or is_weak_title(title))
    ):
        return []
    lines = [toolbar.group()] if toolbar is not None else []
    dash = title.find("——", 2)
    if dash > 0 and not is_title(title) and is_title_with_subtitle(title):
        lines.extend([title[:dash].rstrip(SPACES), title[dash:]])  # (as on two lines)
    else:
        lines.append(title)
    for start, end in pairwise([*fields, len(rest)]):
        field = rest[start:end].strip(SPACES)
        if end == len(rest):
            label = _GLUED_METADATA.match(field)
            date = _METADATA_DATE.match(field, label.end()) if label is not None else None
            if date is not None and date.end() < len(field):
                speaker = field[date.end() :].strip(SPACES)
                if not is_speaker_line(speaker, placed=True):
                    return []
                field = field[: date.end()]
                lines.extend([field, speaker])
                break
        if not is_metadata_line(field):
            return []
        lines.append(field)
    return lines


_BARE_TITLE = patterns.compile(r"[^，,。！？!?；;：:]{2,60}")
_SPEAKER_BEFORE_SPACE = patterns.compile(r"([\u4e00-\u9fff]{2,4})[ \u3000]+")
# 叶　剑　英 决定…: a name set with spaces between its characters (as on a title page), then the
# space a line break became.
_SPACED_SPEAKER = patterns.compile(r"((?:[\u4e00-\u9fff]\u3000+){1,3}[\u4e00-\u9fff]) +")


def _title_block_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text whose first piece opens with its title block run into its first words
    (a PDF gives back the runs of spaces between them as one space, or none where its line
    broke): 经济形势与经验教训①（一九八○年十二月十六日） 陈云 一、“资金…” /
    中共中央关于…的指示（一九三六年九月一日）（一） 目前…: a title with no sentence mark, a date in
    brackets right after it, and a name of two to four characters set off by a space, are
    cut off the text that follows them."""
    if not segments:
        return segments
    first = segments[0]
    text = first.text
    date = _GLUED_DATE.search(text, 2, _GLUED_TITLE_MAX + 40)
    if date is None or not is_date_line(date.group()):
        return segments
    title = text[: date.start()].strip(SPACES)
    if _BARE_TITLE.fullmatch(title) is None:
        return segments
    rest = text[date.end() :].lstrip(SPACES)
    if not rest:
        return segments
    pieces = [title, date.group()]
    # (在中国公学之演说 （１９２０年３月２０日） 梁任公先生…: the line break after the date became a
    # space, so a sentence may follow it — when the words before the date are a title, or a
    # speaker's name follows the date)
    spaced = text[date.end() : date.end() + 1] == " "
    speaker = _SPEAKER_BEFORE_SPACE.match(rest) or (_SPACED_SPEAKER.match(rest) if spaced else None)
    named = speaker is not None and is_speaker_line(speaker.group(1), placed=True)
    sentence = spaced and (named or is_title(title) or is_weak_title(title))
    if speaker is not None and named:
        following = rest[speaker.end() :]
        if sentence or match_marker(following) is not None:  # (陈云 一、…: the name, a heading)
            pieces.append(speaker.group(1))
            rest = following
    if not sentence and match_marker(rest) is None:
        return segments  # (…（一九八○年）的经济形势，…: a sentence goes on after the date)
    out = [
        replace(first, text=pieces[0]),
        *(Segment(first.line, piece, True) for piece in pieces[1:]),
    ]
    after = _split_salutation(rest) if sentence else [rest]  # (江　泽　民 同志们，朋友们：今天…)
    out.extend(Segment(first.line, piece, True, glued=len(after) > 1) for piece in after)
    return out + segments[1:]


def _split_glued_title_blocks(segments: list[Segment]) -> list[Segment]:
    """In a one-line text, cut out a speech's title and salutation glued between the text
    before them and the speech's first words (…谢谢大家！在全市安全生产会议上的讲话同志们：今天…,
    also at the text's start): the title and the salutation become segments of their own, so
    the title opens a speech as it does on a line of its own."""
    out: list[Segment] = []
    for seg in segments:
        text, start = seg.text, 0
        if "：" not in text and ":" not in text:
            out.append(seg)
            continue
        for colon in _TITLE_COLON.finditer(text):
            end = colon.end()
            stop = max(text.rfind(mark, 0, colon.start()) for mark in "。！？!?")
            begin = max(stop + 1, start)
            block: list[str] = []
            cut = next(
                (
                    at
                    for at in range(max(begin + 2, end - _GLUED_SALUTATION_MAX), end - 2)
                    if is_salutation(text[at:end]) and (block := _glued_title_block(text[begin:at]))
                ),
                0,
            )
            if not cut:
                continue
            if text[start:begin].strip(SPACES):
                out.append(
                    replace(
                        seg, text=text[start:begin].rstrip(SPACES), glued=seg.glued and not start
                    )
                )
            out.extend(Segment(seg.line, piece, True) for piece in block)
            out.append(Segment(seg.line, text[cut:end], True, glued=True))
            start = end
        if start == 0:
            out.append(seg)
        elif text[start:].strip(SPACES):
            out.append(Segment(seg.line, text[start:].lstrip(SPACES), True, glued=True))
    return out


_SPEAKER_REACH = 24
"""The longest speaker's line looked for at the start of the segment after a title."""
_TITLE_BLOCK_REACH = 12
"""The first segments of a one-line text looked at for a title followed by a speaker's line."""
_SPEAKER_GAP = patterns.compile(f"[{SPACES}]+")
_EXCLAIMED = "！!"


def _closes_title_block(text: str) -> bool:
    """Whether ``text`` ends a title block: a title (with its ——subtitle), or words ending
    with a ——subtitle (1990年政府工作报告 为我国…而奋斗 ——１９９０年３月２０日在…会议上)."""
    if is_title(text) or is_title_with_subtitle(text) or is_weak_title(text):
        return True
    dash = text.rfind("——")
    return dash >= 0 and is_subtitle(text[dash:])


def _speaker_cut(text: str) -> list[str]:
    """国务院总理李鹏 各位代表： 本届政府… → [speaker, salutation, rest]; [] when ``text`` does not
    open with a speaker's line (a post and a name: ``is_speaker_line``) and a salutation right
    after it — set off by a space (the longest speaker's line before one: 国务院总理 李克强), or
    glued (国务院总理李鹏各位代表：…, a salutation ending with its colon). A salutation exclaimed
    (各位代表！) is one here too, after a space."""
    cuts = [
        (found.start(), found.end())
        for found in _SPEAKER_GAP.finditer(text, 2, _SPEAKER_REACH + 1)
        if is_speaker_line(text[: found.start()])
    ]
    for start, end in reversed(cuts):
        rest = text[end:]
        pieces = _split_salutation(rest)
        if len(pieces) == 1:
            mark = min((rest.find(ch) for ch in _EXCLAIMED if 0 < rest.find(ch) < 20), default=-1)
            if mark > 0 and is_salutation(rest[:mark] + "："):
                pieces = [rest[: mark + 1], rest[mark + 1 :].lstrip(SPACES)]
        if len(pieces) == 2:
            return [text[:start], *pieces]
    head = text[: _SPEAKER_REACH + 20]
    if "：" not in head and ":" not in head:
        return []
    for at in range(2, min(len(text), _SPEAKER_REACH)):
        if is_speaker_line(text[:at]) and len(pieces := _split_salutation(text[at:])) == 2:
            return [text[:at], *pieces]
    return []


_TITLE_LINE_GAP = patterns.compile(rf"(?<=[\u4e00-\u9fff])[{SPACES}]+(?=[\u4e00-\u9fff])")
"""A space between two Chinese characters of a title block: a lost line break."""
_TITLE_WORDS_STOP = patterns.compile("[，,。！？!?；;：:、]")


def _title_lines_at_spaces(segments: list[Segment]) -> list[Segment]:
    """In a one-line text whose line breaks became spaces, a title block run into one segment
    and ending with its ——subtitle (1990年政府工作报告 为我国政治经济和社会的进一步稳定发展而奋斗
    ——１９９０年３月２０日在…会议上) cut back into its lines at those spaces: before the dash, and
    between two Chinese characters of the words before it (no space inside a number, 1 9 9 8 年).
    Only where the words before the dash hold no punctuation (a title's, not a sentence's), in
    the first ``_TITLE_BLOCK_REACH`` segments."""
    for index in range(min(len(segments), _TITLE_BLOCK_REACH)):
        seg = segments[index]
        text = seg.text
        dash = text.rfind("——")
        if (
            dash < 2
            or seg.noise
            or text[dash - 1] not in SPACES
            or dash > _GLUED_TITLE_MAX + 40
            or _TITLE_WORDS_STOP.search(text, 0, dash) is not None
            or not is_subtitle(text[dash:])
        ):
            continue
        lines = [*_TITLE_LINE_GAP.split(text[:dash].rstrip(SPACES)), text[dash:]]
        return (
            segments[:index]
            + [replace(seg, text=lines[0])]
            + [Segment(seg.line, line, True) for line in lines[1:]]
            + segments[index + 1 :]
        )
    return segments


def _dashed_block_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text (its line breaks become spaces) opening with a title, its ——subtitle and
    the speaker run into it, then a space and anything but a salutation (a photo's caption:
    政府工作报告——2018年3月5日在…会议上国务院总理 李克强 3月5日，…开幕。…摄 各位代表：…): the
    block (``_dashed_title_block``, up to the last space that ends one) cut off the words after
    it, as on its lines."""
    if not segments:
        return segments
    first = segments[0]
    text = first.text
    dash = text.find("——", 2)
    if dash < 0 or dash > _GLUED_TITLE_MAX:
        return segments
    block: list[str] = []
    end = 0
    for gap in _SPEAKER_GAP.finditer(text, dash, dash + _GLUED_TITLE_MAX + _SPEAKER_REACH):
        if lines := _dashed_title_block(text[: gap.start()]):
            block, end = lines, gap.end()
    if not block:
        return segments
    return [
        replace(first, text=block[0]),
        *(Segment(first.line, line, True) for line in block[1:]),
        Segment(first.line, text[end:], True),
        *segments[1:],
    ]


_CHAPTER_TITLE = patterns.compile(
    rf"第[0-9０-９一二三四五六七八九十百零〇]{{1,5}}章[{SPACES}]+[^{SPACES}，,。！？!?；;：:]{{1,30}}"
    rf"(?=[{SPACES}]+[^{SPACES}])"
)
"""第238章 娜拉走后怎样, then a space: a web novel site's chapter line over a collected piece."""


def _title_before_space_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text (its line breaks become spaces) opening with its title, a space, then
    the first words (在2016年1月15日小米公司年会上的讲话 各位小米的同学们， 大家好！…): the title
    (``is_title``: 在…上的讲话, …的演讲, no punctuation; up to ``_GLUED_TITLE_MAX`` characters)
    cut off them, as on its line; so is a chapter's title line (第238章 娜拉走后怎样 本篇…:
    ``_CHAPTER_TITLE``)."""
    if not segments:
        return segments
    first = segments[0]
    chapter = _CHAPTER_TITLE.match(first.text)
    if chapter is not None:  # (第238章 娜拉走后怎样 本篇最初发表于…: a chapter's title line)
        return [
            replace(first, text=chapter.group()),
            Segment(first.line, first.text[chapter.end() :].lstrip(SPACES), True),
            *segments[1:],
        ]
    gap = _SPEAKER_GAP.search(first.text, 2, _GLUED_TITLE_MAX + 1)
    if gap is None or gap.end() >= len(first.text):
        return segments
    title = first.text[: gap.start()]
    if _TITLE_WORDS_STOP.search(title) is not None or not is_title(title):
        return segments
    return [
        replace(first, text=title),
        Segment(first.line, first.text[gap.end() :], True),
        *segments[1:],
    ]


def _speaker_after_title(segments: list[Segment]) -> list[Segment]:
    """In a one-line text, the speaker's line and the salutation run into the first words after
    the title block (1998年政府工作报告 ——1 9 9 8 年3 月5 日在…会议上 | 国务院总理李鹏 各位代表：
    本届政府…, or with no spaces: 国务院总理李鹏各位代表：…) cut off them: the name, the salutation
    and the speech's first words are segments of their own, as on their lines. Only in the first
    ``_TITLE_BLOCK_REACH`` segments, right after a segment that ends a title block
    (``_closes_title_block``)."""
    for index in range(1, min(len(segments), _TITLE_BLOCK_REACH)):
        seg = segments[index]
        if seg.noise or not _closes_title_block(segments[index - 1].text):
            continue
        pieces = _speaker_cut(seg.text)
        if pieces:
            speaker, salutation, rest = pieces
            cut = [
                replace(seg, text=speaker.rstrip(SPACES)),
                Segment(seg.line, salutation, True, glued=True),
            ]
            if rest.strip(SPACES):
                cut.append(Segment(seg.line, rest, True, glued=True))
            return segments[:index] + cut + segments[index + 1 :]
    return segments


def _split_salutation(text: str) -> list[str]:
    """同志们：今天我们召开… → the salutation and the rest (a salutation glued to its body)."""
    head = text[:40]
    if "：" not in head and ":" not in head:
        return [text]
    colon = min(i for i in (text.find("："), text.find(":")) if i >= 0)
    if colon + 1 < len(text) and is_salutation(text[: colon + 1]):
        return [text[: colon + 1], text[colon + 1 :].lstrip(SPACES)]
    return [text]


_LONE_OPENERS = frozenset({"（", "("})
# 三）改革开放持续深化… / 12）… : the rest of a bracketed number whose opening bracket a
# scrape left alone on the line above.
_BRACKET_REST = patterns.compile(r"^(?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]")


_BRACKET_TAIL = 12
"""The longest line taken for the end of a bracket the line before left open."""


def _rejoin_bracket_tails(segments: list[Segment]) -> list[Segment]:
    """…（2026年03月15日第 | 02 版）: a short line (``_BRACKET_TAIL`` characters at most) with no
    bracket of its own but the closing one it ends with, right after a line whose last
    bracket is open, goes back onto that line."""
    if not any(len(seg.text) <= _BRACKET_TAIL and seg.text[-1:] in "）)" for seg in segments):
        return segments
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        if (
            out
            and len(text) <= _BRACKET_TAIL
            and text[-1:] in "）)"
            and "（" not in text
            and "(" not in text
            and (text.count("）") + text.count(")")) == 1
            and not seg.md
            and _open_bracket(out[-1].text)
            and seg.line <= out[-1].line + 1
        ):
            out[-1] = replace(out[-1], text=out[-1].text + text)
            continue
        out.append(seg)
    return out


def _open_bracket(text: str) -> bool:
    """Whether the last bracket ``text`` opens (（ or () is not closed in it."""
    opening = max(text.rfind("（"), text.rfind("("))
    return opening >= 0 and max(text.rfind("）"), text.rfind(")")) < opening


def rejoin_split_brackets(segments: list[Segment]) -> list[Segment]:
    """（ | 三）改革开放持续深化、互促共进: a heading whose opening bracket a web scrape put on
    a line of its own is one line again (at the bracket's line). And a line that only closes
    the bracket the line before left open (《人民日报》（2026年03月15日第 | 02 版）, a credit
    line wrapped at a page's width) is that line's end: ``_rejoin_bracket_tails``."""
    segments = _rejoin_bracket_tails(segments)
    if not any(seg.text in _LONE_OPENERS for seg in segments):
        return segments
    out: list[Segment] = []
    joined = False  # the segment was taken into the one before it
    for seg, following in zip(segments, [*segments[1:], None], strict=True):
        if joined:
            joined = False
        elif (
            seg.text in _LONE_OPENERS
            and following is not None
            and _BRACKET_REST.match(following.text) is not None
        ):
            out.append(replace(seg, text=seg.text + following.text))
            joined = True
        else:
            out.append(seg)
    return out
