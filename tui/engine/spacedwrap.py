"""The paragraphs of a hard-wrapped text whose line breaks became spaces, given back.

A lecture typeset at one width (37 characters a line: holdout10's Taixu talks), its every line
break turned into one space by a web page or a copy, breaks inside its sentences at those spaces
(…原為文武一 致之學。…), so ``lostbreaks.spaced_breaks`` refuses it, and read as a one-line text
its headings run on into the lines around them. Such a text shows its width: split at its spaces,
its pieces are mostly of one length (``wrap_width``), none much longer — a paragraph's full lines —
and the shorter ones are a paragraph's last line, a heading or a title. ``wrapped_paragraphs`` puts
its lines back (a space inside a line is kept where the line would not run over the width: between
Latin words, before a closing mark, after an opening one) and joins each paragraph's lines into one
line: a full line goes on into the next, and so does a line two or three characters short that
ends no sentence (the paragraph's first line, its indentation lost with the break before it); any
other short line ends its paragraph.
"""

from __future__ import annotations

from collections import Counter

from tui.base import patterns

MIN_WIDTH = 15
"""The narrowest wrap width told (narrower pieces are a list's or verse's short lines)."""
_MIN_FULL = 8
"""The fewest full pieces (of the width) for a text to be wrapped."""
_FULL_SHARE = 0.3
"""The least share of the text's pieces that are of the width (within one character)."""
_OVER_SHARE = 0.02
"""The largest share of pieces longer than the width allows (its closing mark kept on a
line: one character over): a text of whole-paragraph lines has many."""
_SAMPLE = 20_000
"""The characters of each line its width is read from (a 5 MB text is not split whole)."""
_INDENT = 3
"""The most characters a paragraph's first line falls short of the width by (its lost
indentation, 　　)."""
_GAP = patterns.compile(" +")
_ENDS = frozenset("。！？!?；;：:")
_STOPS = frozenset("。！？!?")
_NEVER_STARTS = frozenset("，、；：。！？,.;:!?）)”’」』》】〕…·")
_OPENERS = frozenset("“‘「『《【〔（(")


def wrap_width(lines: list[str]) -> int:
    """The width ``lines`` (a one-line text's long lines) were hard-wrapped at before their line
    breaks became spaces, read from each line's first ``_SAMPLE`` characters; 0 when they were
    not: fewer than ``_MIN_FULL`` pieces between spaces of one length of ``MIN_WIDTH`` or more,
    under ``_FULL_SHARE`` of them within one character of it, or over ``_OVER_SHARE`` of them
    longer than one character over it."""
    counts = Counter(len(piece) for line in lines for piece in _GAP.split(line[:_SAMPLE]) if piece)
    total = sum(counts.values())
    wide = [(count, -length) for length, count in counts.items() if length >= MIN_WIDTH]
    if not wide:
        return 0
    count, narrowest = max(wide)  # (of equal counts the narrowest: nothing is longer in a wrap)
    width = -narrowest
    if count < _MIN_FULL:
        return 0
    near = counts[width - 1] + count + counts[width + 1]
    over = sum(n for length, n in counts.items() if length > width + 1)
    if near < _FULL_SHARE * total or over > _OVER_SHARE * total:
        return 0
    return width


def _set_width(text: str) -> float:
    """The width ``text`` takes on a typeset line, in Chinese characters: a Latin letter, digit
    or space (ASCII) half of one, as typesetting sets them (三、弗洛特 Freud 是近代…所 fills a line
    of 37 with its 39 characters)."""
    return len(text) - sum(ch.isascii() for ch in text) / 2


def _inner(row: str, piece: str, width: int) -> bool:
    """Whether the space between the line so far (``row``) and ``piece`` is the line's own:
    the piece fits on the line (one character over the width at most, ``_set_width``: a Latin
    word's letters and spaces half a character each), and the space is one a text keeps
    (beside a Latin word or digits, 弗洛特 Freud 是…; before a closing mark, after an opening one;
    not after a sentence end, but for one the source spaced on both sides: 分途 。 學武, 算是文的 ；
    練 on a line one over the width)."""
    if _set_width(f"{row} {piece}") > width + 1:
        return False  # (a full line: the piece is the next line's)
    before, after = row[-1], piece[0]
    if before in _ENDS:
        return row[-2:-1] == " "  # (…文武分途 。 學武的…: a stop the source spaced on both sides)
    latin = (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum())
    return latin or after in _NEVER_STARTS or before in _OPENERS


def _goes_on(row: str, following: str, width: int) -> bool:
    """Whether the paragraph goes on after its line ``row`` into ``following``: ``row`` is full
    (within one character of the width), or a first line short of its indentation (at most
    ``_INDENT`` characters short) that ends no sentence — but not a full line that ends a
    sentence before a line short of its indentation, or before a short line that ends none (a
    heading, a title): a paragraph that happened to fill its last line."""
    if len(row) >= width - 1:
        if row[-1] not in _STOPS or not following:
            return True
        short = width - len(following)
        if 2 <= short <= _INDENT:
            return False
        return not (short > _INDENT and following[-1] not in _ENDS)
    return len(row) >= width - _INDENT and row[-1] not in _ENDS


def wrapped_paragraphs(line: str, width: int) -> list[str]:
    """The paragraphs of ``line``, a text hard-wrapped at ``width`` whose line breaks became
    spaces, each one line (the module's rules)."""
    pieces = [piece for piece in _GAP.split(line) if piece]
    if not pieces:
        return []
    rows: list[str] = []
    row = pieces[0]
    for piece in pieces[1:]:
        if _inner(row, piece, width):
            row += " " + piece
        else:
            rows.append(row)
            row = piece
    rows.append(row)
    out: list[str] = []
    paragraph = ""
    for row, following in zip(rows, [*rows[1:], ""], strict=True):
        if paragraph[-1:].isascii() and paragraph[-1:].isalnum() and row[0].isascii():
            paragraph += " "  # (Latin words across the break keep their space)
        paragraph += row
        if _goes_on(row, following, width):
            continue
        out.append(paragraph)
        paragraph = ""
    if paragraph:
        out.append(paragraph)
    return out
