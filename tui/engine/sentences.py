"""Splitting text into sentences: character offsets that cover the text exactly.

Rules, decided once:

* a sentence ends after 。！？； (and ｡), ASCII ! ? ;, and after an ellipsis: …… or a single
  … (also ⋯) or three or more ASCII dots "..."; an ASCII ";" between two ASCII letters or
  digits is no end (what a terminal escape leaves once its ESC is taken out: ``[1;31m``,
  ``]0;title``);
* a run of end marks is one end ("？！", "。。", "……。", "!!!"), and closing quotes and
  brackets right after it stay with the sentence (”’」』）)》】]〕〉 and, when it closes an
  odd number of them in the sentence, the ASCII ");
* a single ASCII "." is never an end (8.36 亿, 1.2 万亩, v2.0.1);
* end marks inside 《…》 book-title brackets do not end the sentence (《书名。》 stays whole;
  the title must close on the same line within 256 characters, else 《 is an ordinary
  character);
* whitespace after an end goes with the following sentence; text after the last end is the
  last sentence, unless it is only whitespace, which then stays with the sentence before.
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

from tui.base import patterns

__all__ = ["Sentence", "split_sentences"]


class Sentence(NamedTuple):
    """A sentence of a paragraph, as character offsets into ``Paragraph.text``.

    A named tuple rather than a dataclass, for speed: every paragraph's sentences of the
    10 MB collection take 69.1 ms (66.4-72.4) against 77.5 ms (74.9-78.6) with a frozen,
    slotted dataclass (``bench_engine.py --turns 5``, CPU, in turns, loaded machine, arch15;
    docs/performance.md, "Decisions taken by benchmarks"). Defined here rather than in
    ``model``: ``model``'s ``Paragraph`` splits its text with ``split_sentences`` on first
    use, so ``model`` imports this module and this one none of the engine's records
    (``model`` re-exports it).
    """

    start: int
    """Offset of the first character in the paragraph's cleaned text."""
    end: int
    """Offset one past the last character (closing quotes/brackets included)."""


_ENDS = "。！？；｡!?;…⋯"
_CLOSERS = "”’」』）)》】\\]〕〉｣"

# One sentence: a body (anything but end marks, book titles kept whole, single dots or two
# dots allowed) and an optional end (a run of end marks and closers).
_SENTENCE = patterns.compile(
    rf"""
    (?:
        [^{_ENDS}.《]+              # ordinary characters
      | 《[^《》\n]{{0,256}}》      # a book title, end marks and all
      | 《                          # an unclosed 《
      | \.(?!\.\.)                  # a dot that does not start "..."
      | (?<=[0-9A-Za-z]);(?=[0-9A-Za-z])  # an escape's leftover ([1;31m, ]0;title): no end
    )*
    (?:
        (?:[{_ENDS}]|\.{{3,}})      # the end mark
        (?:[{_ENDS}{_CLOSERS}]|\.{{3,}})*  # more end marks and closing quotes/brackets
    )?
    """,
    re.VERBOSE,
)


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text`` in order: non-empty, no gaps, no overlaps."""
    if not text:
        return ()
    # For speed: findall + lengths and ``Sentence._make`` (no match object per sentence, no
    # generator): every paragraph's sentences of the 10 MB collection 60.3 ms (59.3-65.9)
    # against 71.0 ms (68.1-71.4) with ``finditer``'s ends and ``Sentence(start, end)`` in a
    # generator (bench_engine.py --turns 5 --traditional, CPU, in turns, arch15).
    ends = list(accumulate(filter(None, map(len, _SENTENCE.findall(text)))))
    if '"' in text:
        ends = _close_ascii_quotes(text, ends)
    if len(ends) > 1 and text[ends[-2] :].isspace():
        del ends[-2]  # trailing whitespace stays with the last sentence
    return tuple(map(Sentence._make, zip([0, *ends[:-1]], ends, strict=True)))


def _close_ascii_quotes(text: str, ends: list[int]) -> list[int]:
    """Move a straight double quote after an end into the sentence when it closes one there."""
    out: list[int] = []
    start = 0
    for end in ends:
        if end <= start:
            continue  # the sentence before took its only character
        if end < len(text) and text[end] == '"' and text.count('"', start, end) % 2:
            end += 1
        out.append(end)
        start = end
    return out
