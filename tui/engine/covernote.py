"""A collection's cover note: 学校班子成员年度述职报告展示 | 全体教职工： | 根据…的通知要求，…展示如下。 |
党政办 | 2024年2月2日, then three speeches each titled 2023年度述职述廉述德述法报告.

The page that collects several pieces of one kind (each under the same title) often opens with a
short notice to its readers — a salutation, one paragraph saying why the pieces are shown, the
office that signs it and a date. That notice introduces the pieces; it is no speech of its own.
Only its length and the pieces after it are checked (``is_cover_note``): no salutation, signer
or date is looked for, so a short unnumbered text over such pieces is taken for a note too.
"""

from __future__ import annotations

from tui.engine.para import Para
from tui.engine.role import HEADER, TITLE

_NOTE_MAX = 300
"""The most characters of the note's text (``note_text``: every line of it counted, a
salutation, signer or date among them when it has them)."""

_PIECES_MIN = 2
"""Pieces under one title after the note that make the page a collection."""


def is_cover_note(
    paragraphs: list[Para],
    first: int,
    first_title: int | None,
    pieces: list[tuple[int, int | None]],
) -> bool:
    """Whether the first start (paragraph ``first``, title ``first_title``) is a cover note.

    What is checked, and nothing else: the start has a title; two pieces or more follow it
    (``pieces``: each start's paragraph and title), every one with a title and all those
    titles the same text; and its text up to the first piece (``note_text``: noise, back
    matter, titles and headers passed over) holds no numbered paragraph (a ``marker``) and
    ``_NOTE_MAX`` characters at most, however many paragraphs they are in (a wrap that cut
    the note's paragraph in two does not matter). A salutation, a signer and a date, the
    shape such a note usually has, are not looked for."""
    if first_title is None or len(pieces) < _PIECES_MIN:
        return False
    titles = {paragraphs[title].text for _, title in pieces if title is not None}
    if len(titles) != 1 or any(title is None for _, title in pieces):
        return False
    text = note_text(paragraphs, first, pieces[0][0])
    if any(p.marker is not None for p in text):
        return False
    return sum(len(p.text) for p in text) <= _NOTE_MAX


def note_text(paragraphs: list[Para], first: int, end: int) -> list[Para]:
    """The paragraphs of text between a start's paragraph ``first`` and ``end``, the next
    start's: noise, back matter, titles and headers passed over (a cover note's, or a
    reposting page's note in ``speeches``)."""
    return [
        p
        for p in paragraphs[first + 1 : end]
        if not p.noise and not p.back and p.role is not TITLE and p.role is not HEADER
    ]
