"""Compare the paragraphs the engine reads in each scored text, plain and messed (issue #14).

Run ``python -m tests.regression.paragraphs [--root DIR | --holdout … | --all] [--file NAME]
[--mess KIND | --as FORMAT] [--diff]``: per file (or per set with ``--all``) the body
paragraphs of the plain parse and of the messed one, the boundaries the messed parse missed
(two of the author's paragraphs joined) and the extra ones (one cut in two), and an agreement
score (the F1 of the boundaries). ``--diff`` prints each disagreement with a few characters
either side. The default mess is ``pdf`` (hard wraps and page headers, ``mess.py``).

How paragraphs are compared:

* body text: every paragraph but noise and back matter (``Kind.NOISE``, ``Kind.BACK_MATTER``);
  the paragraphs' texts without any white space are laid end to end, and a boundary is the
  offset where one paragraph ends and the next starts;
* the plain and messed strings are aligned by text (``difflib``'s matching blocks), not by line
  numbers: a messed boundary counts only where it falls inside text both strings share (a page
  header the messed parse kept in the body is text of its own, and costs no boundary);
* plain is the author's layout only when the source writes a paragraph a line: a file whose
  plain parse has fewer than ``ONE_LINE_SHARE`` of its body paragraphs on one source line each is
  hard-wrapped at the source (its plain paragraphs are the engine's own re-flow, not the
  author's) and is left out — counted in the ``skipped`` column.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tests.regression.score import HELD_OUT, ROOT, _load, corpus, corpus_parser, in_own_home

if TYPE_CHECKING:
    from tui.engine.model import Document

ONE_LINE_SHARE = 0.9
"""The share of a plain parse's body paragraphs on one line each that makes its source's
layout the author's paragraphs (below it the source is hard-wrapped and the file skipped)."""
CONTEXT = 12
"""Characters shown either side of a disagreement by ``--diff``."""
_SPACE = re.compile(r"\s+")


@dataclass
class ParaScore:
    """The paragraph boundaries of one file (or the totals of many)."""

    name: str
    files: int = 0
    skipped: int = 0
    plain: int = 0
    messed: int = 0
    matched: int = 0
    missed: int = 0
    extra: int = 0
    diffs: list[str] = field(default_factory=list)

    @property
    def agreement(self) -> float:
        """F1 of the messed boundaries against the plain ones (1.0 when both have none)."""
        wrong = self.missed + self.extra
        return 1.0 if not self.matched + wrong else 2 * self.matched / (2 * self.matched + wrong)

    def add(self, other: ParaScore) -> None:
        self.files += other.files
        self.skipped += other.skipped
        self.plain += other.plain
        self.messed += other.messed
        self.matched += other.matched
        self.missed += other.missed
        self.extra += other.extra


def body(document: Document) -> list[str]:
    """The texts of ``document``'s body paragraphs (no noise, no back matter), spaces removed."""
    from tui.engine.model import Kind

    left_out = (Kind.NOISE, Kind.BACK_MATTER)
    texts = (_SPACE.sub("", p.text) for p in document.paragraphs if p.kind not in left_out)
    return [text for text in texts if text]


def author_layout(document: Document) -> bool:
    """True when most body paragraphs of ``document`` (a plain parse) are one source line each."""
    from tui.engine.model import Kind

    left_out = (Kind.NOISE, Kind.BACK_MATTER)
    paras = [p for p in document.paragraphs if p.kind not in left_out and p.text.strip()]
    one_line = sum(p.line == p.end_line for p in paras)
    return not paras or one_line >= ONE_LINE_SHARE * len(paras)


def boundaries(texts: list[str]) -> list[int]:
    """The offsets in ``"".join(texts)`` where one text ends and the next starts."""
    offsets, at = [], 0
    for text in texts[:-1]:
        at += len(text)
        offsets.append(at)
    return offsets


def compare(name: str, plain: list[str], messed: list[str], diff: bool = False) -> ParaScore:
    """The boundaries of ``messed`` paragraphs against ``plain`` ones, aligned by text."""
    left, right = "".join(plain), "".join(messed)
    score = ParaScore(name, files=1, plain=len(plain), messed=len(messed))
    want, got = _aligned(left, right, boundaries(plain), boundaries(messed))
    score.matched = len(want & got)
    score.missed = len(want - got)
    score.extra = len(got - want)
    if diff:
        for offset in sorted(want ^ got):
            kind = "joined" if offset in want else "cut   "
            score.diffs.append(
                f"    {kind} …{left[max(0, offset - CONTEXT) : offset]}|"
                f"{left[offset : offset + CONTEXT]}…"
            )
    return score


def _aligned(
    left: str, right: str, plain: list[int], messed: list[int]
) -> tuple[set[int], set[int]]:
    """The plain boundaries and the messed ones moved to ``left``'s offsets, both only where
    the two strings share the text on either side (a block of matching text holds them)."""
    if left == right:
        return set(plain), set(messed)
    blocks = difflib.SequenceMatcher(None, left, right, autojunk=False).get_matching_blocks()
    shared: set[int] = set()
    moved: set[int] = set()
    for a, b, size in blocks:
        shared.update(range(a + 1, a + size))
        moved.update(a + offset - b for offset in messed if b < offset < b + size)
    return {offset for offset in plain if offset in shared}, moved


def score_file(
    text_path: Path, mess: str | None, as_format: str | None, diff: bool = False
) -> ParaScore:
    """The paragraph agreement of ``text_path`` plain and messed (or written ``as_format``)."""
    plain_doc, _ = _load(text_path, None)
    if not author_layout(plain_doc):
        return ParaScore(text_path.name, skipped=1)
    messed_doc, _ = _load(text_path, mess, as_format)
    return compare(text_path.name, body(plain_doc), body(messed_doc), diff)


def score_set(
    root: Path, only: Iterable[str], mess: str | None, as_format: str | None, diff: bool = False
) -> list[ParaScore]:
    wanted = set(only)
    return [
        score_file(path, mess, as_format, diff)
        for _, path in corpus(root)
        if not wanted or any(path.name.startswith(w) for w in wanted)
    ]


def totals(scores: Iterable[ParaScore], name: str) -> ParaScore:
    total = ParaScore(name)
    for score in scores:
        total.add(score)
    return total


HEADER = f"{'file':<48} {'files':>5} {'skip':>4} {'plain':>6} {'messed':>6} {'joined':>6} {'cut':>5} {'agree':>6}"


def row(score: ParaScore) -> str:
    return (
        f"{score.name:<48} {score.files:>5} {score.skipped:>4} {score.plain:>6} {score.messed:>6}"
        f" {score.missed:>6} {score.extra:>5} {score.agreement:>6.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = corpus_parser(
        __doc__.splitlines()[0],
        {
            "all": "one line per set, and the total",
            "diff": "print each disagreement",
            "mess": "the mess (default pdf)",
            "as": "written as such a file",
        },
    )
    args = parser.parse_args(argv)
    mess = args.mess if args.mess or args.as_format else "pdf"
    return in_own_home(args.as_format, lambda: _run(args, mess))


def _run(args: argparse.Namespace, mess: str | None) -> int:
    print(HEADER)
    if args.all:
        sets = {"regression": ROOT, **HELD_OUT}
        everything = ParaScore("TOTAL")
        for name, root in sets.items():
            scores = score_set(root, args.file, mess, args.as_format, args.diff)
            total = totals(scores, name)
            everything.add(total)
            print(row(total))
            if args.diff:
                for score in scores:
                    if score.diffs:
                        print(f"  {score.name}")
                        print("\n".join(score.diffs))
        print(row(everything))
        return 0
    scores = score_set(args.root, args.file, mess, args.as_format, args.diff)
    for score in scores:
        print(row(score))
        if score.diffs:
            print("\n".join(score.diffs))
    print(row(totals(scores, "TOTAL")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
