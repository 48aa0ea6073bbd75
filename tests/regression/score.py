"""Score the engine's outlines against the hand-written gold of the regression corpus.

Run ``python -m tests.regression.score [--root DIR | --holdout | --holdout3 … (``HELD_OUT``) | --all]
[--file NAME] [--diff] [--mess KIND] [--as FORMAT]``: a table per
file (gold / got / matched entries, precision, recall, F1, exact-title F1, speeches gold
vs got), the totals, and the totals per kind (``@kind``, up to its first bracket).
``--diff`` prints each file's missed and extra entries too. ``--mess KIND`` messes every
text before it is parsed (broken lines, page headers, ads, indentation, CRLF, GBK:
``tests/regression/mess.py``; the figures and what the drops come from are in ``MESS.md``).
``--as FORMAT`` writes every text as a Word, web page, e-book, RTF, OpenDocument or PDF file
(one paragraph per line, no styling from the gold: ``tests/regression/formats_as.py``) and reads
it as the reader opens it; the figures and what the drops come from are in ``FORMATS.md``.

How entries are compared (``tests/regression/README.md`` has the gold format):

* an entry's key is its level and the first ``PREFIX`` characters of its normalised
  marker + title; gold and engine entries of a file are paired in order by a longest common
  subsequence of keys (as ``tests/unit/test_golden_outlines.py`` does);
* normalised: spaces (ASCII, full-width, NBSP…) removed, brackets of either width made
  ASCII, a sentence mark at the title's end dropped (the gold writes a title without it;
  the engine keeps a ？ or ！ that ends a heading);
* a pair is *exact* when the whole normalised texts are equal;
* precision = matched / got, recall = matched / gold, F1 their harmonic mean; exact-title
  F1 is the same with exact pairs only.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tests.regression.formats_as import FORMATS, line_map, write_as
from tests.regression.mess import KINDS
from tests.regression.mess import mess as mess_text

if TYPE_CHECKING:
    from tui.engine.model import Document

ROOT = Path(__file__).resolve().parent
"""The repository's own corpus: ``texts/`` and ``gold/`` beside this file."""
HELD_OUT: dict[str, Path] = {
    name: ROOT.parent / name
    for name in (
        "holdout",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout8",
        "holdout9",
        "holdout10",
        "holdout11",
        "holdout12",
        "holdout13",
        "holdout16",
        "holdout17",
        "holdout20",
        "holdout21",
        "holdout22",
        "holdout23",
        "holdout24",
        "holdout25",
        "holdout26",
        "holdout27",
        "holdout28",
        "holdout29",
        "holdout30",
        "holdout31",
        "holdout32",
        "holdout33",
        "holdout34",
        "holdout35",
        "holdout36",
        "holdout37",
        "holdout38",
        "holdout39",
        "holdout40",
        "holdout41",
        "holdout42",
    )
}
"""The held-out sets (``tests/<name>``, scored with ``--<name>``), in the order they were made:
same format as the regression corpus; each was scored once untouched before any tuning (its
README has that table), and is guarded since by ``tests/unit/test_holdout_corpus.py``. A new set
is one more name here, a floor there and its least size in ``tests/unit/test_holdout_gold.py``.
(holdout2 was never merged; holdout7, holdout14, holdout18 and holdout19 found no texts, only their
search records are kept, and holdout40's two empty searches are in its git history before its set; holdout15 was not merged: its licence is in doubt.)"""
PREFIX = 10
"""Characters of marker + title that decide a match (the rest decides an exact one)."""

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_WIDTH = str.maketrans({"（": "(", "）": ")", "【": "[", "】": "]"})
_END_MARKS = "。！？；!?;"


def normalise(text: str) -> str:
    """An entry's text as compared: no spaces, ASCII brackets, no sentence mark at the end."""
    return _SPACES.sub("", text).translate(_WIDTH).rstrip(_END_MARKS)


class GoldError(ValueError):
    """A gold file that does not follow the format of ``README.md``."""


@dataclass
class GoldEntry:
    level: int
    line: int
    text: str


@dataclass
class GoldSpeech:
    line: int
    title: str | None
    """The speech's title, or None for ``-``."""
    entries: list[GoldEntry] = field(default_factory=list)


@dataclass
class Gold:
    path: Path
    file: str = ""
    kind: str = ""
    encoding: str = ""
    notes: list[str] = field(default_factory=list)
    speeches: list[GoldSpeech] = field(default_factory=list)

    @property
    def entries(self) -> list[GoldEntry]:
        return [entry for speech in self.speeches for entry in speech.entries]


_SPEECH_LINE = re.compile(r"^==\s+L(\d+)\s+(.+?)\s*$")
_ENTRY_LINE = re.compile(r"^([1-9])\s+L(\d+)\s+(.+?)\s*$")
_FIELD_LINE = re.compile(r"^@(\w+)\s*(.*?)\s*$")


def parse_gold(text: str, path: Path = Path("?")) -> Gold:
    """A gold file's fields, speeches and entries (``GoldError`` on a line it cannot read)."""
    gold = Gold(path)
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if match := _FIELD_LINE.match(stripped):
            key, value = match.groups()
            if key == "notes":
                gold.notes.append(value)
            elif key in ("file", "kind", "encoding"):
                setattr(gold, key, value)
            continue
        if match := _SPEECH_LINE.match(stripped):
            title = match.group(2)
            gold.speeches.append(GoldSpeech(int(match.group(1)), None if title == "-" else title))
            continue
        if match := _ENTRY_LINE.match(stripped):
            if not gold.speeches:
                raise GoldError(f"{path}:{number}: an entry before the first '==' speech line")
            level, at, entry = match.groups()
            gold.speeches[-1].entries.append(GoldEntry(int(level), int(at), entry))
            continue
        raise GoldError(f"{path}:{number}: cannot read {line!r}")
    if not gold.speeches:
        raise GoldError(f"{path}: no '==' speech line")
    return gold


def lcs_pairs(gold: list, got: list) -> list[tuple[int, int]]:
    """Pairs (gold index, got index) of a longest common subsequence of equal keys."""
    rows, cols = len(gold), len(got)
    table = [[0] * (cols + 1) for _ in range(rows + 1)]
    for i in range(rows - 1, -1, -1):
        for j in range(cols - 1, -1, -1):
            table[i][j] = (
                table[i + 1][j + 1] + 1
                if gold[i] == got[j]
                else max(table[i + 1][j], table[i][j + 1])
            )
    pairs, i, j = [], 0, 0
    while i < rows and j < cols:
        if gold[i] == got[j]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


@dataclass
class Score:
    """The comparison of one file (or a sum of files)."""

    name: str
    kind: str = ""
    gold: int = 0
    got: int = 0
    matched: int = 0
    exact: int = 0
    gold_speeches: int = 0
    got_speeches: int = 0
    files: int = 0
    speech_files_right: int = 0
    missed: list[tuple[int, int, str]] = field(default_factory=list)
    """Gold entries not matched: (level, line, text)."""
    extra: list[tuple[int, int, str]] = field(default_factory=list)
    """Engine entries not matched: (level, line, text)."""
    inexact: list[tuple[str, str]] = field(default_factory=list)
    """Matched pairs whose titles differ: (gold, got)."""

    @property
    def precision(self) -> float:
        return self.matched / self.got if self.got else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        total = self.gold + self.got
        return 2 * self.matched / total if total else 1.0

    @property
    def exact_f1(self) -> float:
        total = self.gold + self.got
        return 2 * self.exact / total if total else 1.0

    @property
    def speeches_right(self) -> bool:
        return self.gold_speeches == self.got_speeches

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.got += other.got
        self.matched += other.matched
        self.exact += other.exact
        self.gold_speeches += other.gold_speeches
        self.got_speeches += other.got_speeches
        self.files += other.files
        self.speech_files_right += other.speech_files_right


def kind_group(kind: str) -> str:
    """A gold file's kind up to its first bracket or slash: 合集（民国演讲） → 合集."""
    return re.split(r"[（(/]", kind, maxsplit=1)[0].strip() or "?"


def _load(
    text_path: Path, mess: str | None, as_format: str | None = None
) -> tuple[Document, Callable[[int], int]]:
    """The engine's document of ``text_path`` (messed by ``mess`` first, see ``mess.py``, or
    written as an ``as_format`` file, see ``formats_as.py``) and the map from its lines to
    the file's own."""
    from tui.engine import load_document

    if mess is None and as_format is None:
        return load_document(text_path), lambda line: line
    from tui.formats import read_source

    if as_format is not None:
        lines = read_source(text_path).text.split("\n")
        with tempfile.TemporaryDirectory(prefix="as-") as folder:
            written = write_as(as_format, lines, Path(folder), text_path.stem)
            extracted = read_source(written).text.split("\n")
            return load_document(written), line_map(lines, extracted)
    assert mess is not None
    messed = mess_text(read_source(text_path).text, mess, text_path.name)
    with tempfile.TemporaryDirectory(prefix="mess-") as folder:
        path = Path(folder) / text_path.name
        path.write_bytes(messed.data)
        return load_document(path), messed.source_line


def score_file(
    gold: Gold, text_path: Path, mess: str | None = None, as_format: str | None = None
) -> Score:
    """Parse ``text_path`` with the engine and compare its outline with ``gold``.

    ``mess``: a kind of ``mess.KINDS``, the text messed so before it is parsed; ``as_format``:
    one of ``formats_as.FORMATS``, the text written as such a file and read as the reader
    reads it (the engine's lines are mapped back to the file's in ``missed``/``extra``).
    """
    document, source_line = _load(text_path, mess, as_format)
    want = [(e.level, e.line, normalise(e.text)) for e in gold.entries]
    have = [
        (h.level, source_line(h.line), normalise(h.marker + h.title))
        for speech in document.speeches
        for h in speech.headings
    ]
    pairs = lcs_pairs(
        [(lv, t[:PREFIX]) for lv, _, t in want], [(lv, t[:PREFIX]) for lv, _, t in have]
    )
    score = Score(text_path.name, kind_group(gold.kind), files=1)
    score.gold, score.got, score.matched = len(want), len(have), len(pairs)
    score.exact = sum(want[i][2] == have[j][2] for i, j in pairs)
    score.gold_speeches, score.got_speeches = len(gold.speeches), len(document.speeches)
    score.speech_files_right = int(score.speeches_right)
    paired_gold = {i for i, _ in pairs}
    paired_got = {j for _, j in pairs}
    score.missed = [
        want[i][:2] + (gold.entries[i].text,) for i in range(len(want)) if i not in paired_gold
    ]
    score.extra = [have[j] for j in range(len(have)) if j not in paired_got]
    score.inexact = [(want[i][2], have[j][2]) for i, j in pairs if want[i][2] != have[j][2]]
    return score


def corpus(root: Path = ROOT) -> list[tuple[Gold, Path]]:
    """Every (gold, text path) of the corpus under ``root``, in file-name order.

    A gold file without its text is an error (``GoldError``): the corpus is incomplete.
    """
    gold_dir, text_dir = root / "gold", root / "texts"
    if not gold_dir.is_dir():
        return []
    pairs = []
    for gold_path in sorted(gold_dir.glob("*.gold")):
        gold = parse_gold(gold_path.read_text("utf-8"), gold_path)
        name = gold_path.name[: -len(".gold")]
        if gold.file and gold.file != name:
            raise GoldError(f"{gold_path}: @file {gold.file!r} is not the file's name {name!r}")
        text_path = text_dir / name
        if not text_path.is_file():
            raise GoldError(f"{gold_path}: no text {text_path}")
        pairs.append((gold, text_path))
    return pairs


def score_corpus(
    root: Path = ROOT,
    only: Iterable[str] = (),
    mess: str | None = None,
    as_format: str | None = None,
) -> list[Score]:
    """A score per file of the corpus under ``root`` (only the named files, if any; each
    text messed by ``mess`` first, or written as an ``as_format`` file, if given)."""
    wanted = set(only)
    return [
        score_file(gold, path, mess, as_format)
        for gold, path in corpus(root)
        if not wanted or path.name in wanted or any(path.name.startswith(w) for w in wanted)
    ]


def totals(scores: Iterable[Score], name: str = "TOTAL") -> Score:
    total = Score(name)
    for score in scores:
        total.add(score)
    return total


def _cells(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _cells(text))


def _row(score: Score, width: int) -> str:
    speeches = f"{score.gold_speeches:>3} {score.got_speeches:>3}"
    if score.files == 1:
        speeches += "  " if score.speeches_right else " ✗"
    else:
        speeches += f" {score.speech_files_right}/{score.files}"
    return (
        f"{_pad(score.name, width)} {score.gold:>4} {score.got:>4} {score.matched:>4}"
        f" {score.precision:>6.3f} {score.recall:>6.3f} {score.f1:>6.3f} {score.exact_f1:>6.3f}"
        f"  {speeches}"
    )


def report(scores: list[Score], diff: bool = False) -> str:
    """The per-file table, the totals and the totals per kind, as text."""
    if not scores:
        return "no texts with gold in the corpus"
    width = max(28, *(_cells(s.name) for s in scores))
    header = (
        f"{'file':<{width}} {'gold':>4} {'got':>4} {'hit':>4} {'prec':>6} {'recall':>6}"
        f" {'F1':>6} {'exact':>6}  speeches gold got"
    )
    lines = [header, "-" * len(header)]
    for score in scores:
        lines.append(_row(score, width))
        if diff:
            lines.extend(f"    - missed {lv} L{at} {text}" for lv, at, text in score.missed)
            lines.extend(f"    + extra  {lv} L{at} {text}" for lv, at, text in score.extra)
            lines.extend(f"    ~ gold   {g}\n      got    {h}" for g, h in score.inexact)
    lines.append("-" * len(header))
    lines.append(_row(totals(scores), width))
    kinds = sorted({s.kind for s in scores})
    if len(kinds) > 1:
        lines.append("")
        for kind in kinds:
            lines.append(_row(totals((s for s in scores if s.kind == kind), kind), width))
    return "\n".join(lines)


def summary(only: Iterable[str] = (), mess: str | None = None, as_format: str | None = None) -> str:
    """A line of totals for the regression corpus and for every held-out set."""
    sets = {"regression": ROOT, **HELD_OUT}
    header = f"{'set':<28} {'gold':>4} {'got':>4} {'hit':>4} {'prec':>6} {'recall':>6} {'F1':>6} {'exact':>6}  speeches gold got files"
    rows = [
        _row(totals(score_corpus(root, only, mess, as_format), name), 28)
        for name, root in sets.items()
    ]
    return "\n".join([header, *rows])


def corpus_parser(
    description: str, helps: Mapping[str, str] | None = None
) -> argparse.ArgumentParser:
    """An argument parser of the options the corpus tools share (this one and
    ``paragraphs.py``): which set (``--root``, a held-out set's ``--<name>``, ``--all``),
    ``--file``, ``--diff``, and ``--mess`` or ``--as``; ``helps`` gives a tool's own help text
    by option name (``all``, ``diff``, ``mess``, ``as``)."""
    helps = helps or {}
    parser = argparse.ArgumentParser(description=description)
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--root", type=Path, default=ROOT, help="folder holding texts/ and gold/")
    for name, root in HELD_OUT.items():
        where.add_argument(
            f"--{name}",
            action="store_const",
            const=root,
            dest="root",
            help=f"score the held-out set {root.relative_to(ROOT.parent.parent)}",
        )
    where.add_argument(
        "--all",
        action="store_true",
        help=helps.get("all", "one line of totals per set: the corpus, every held-out set"),
    )
    parser.add_argument("--file", action="append", default=[], help="only this file (or prefix)")
    parser.add_argument(
        "--diff", action="store_true", help=helps.get("diff", "print missed and extra entries")
    )
    what = parser.add_mutually_exclusive_group()
    what.add_argument(
        "--mess",
        choices=KINDS,
        help=helps.get(
            "mess", "mess every text so before it is parsed (tests/regression/mess.py, MESS.md)"
        ),
    )
    what.add_argument(
        "--as",
        dest="as_format",
        choices=FORMATS,
        help=helps.get(
            "as", "write every text as such a file and read it as the reader does (FORMATS.md)"
        ),
    )
    return parser


def in_own_home(as_format: str | None, run: Callable[[], int]) -> int:
    """``run()``, with ``SPEECH_READER_HOME`` a folder of its own while it runs when the texts
    are written as files (``as_format``) and no home is set: read_source caches what it
    extracts, into a folder of this run, not the user's."""
    if as_format is None or os.environ.get("SPEECH_READER_HOME"):
        return run()
    with tempfile.TemporaryDirectory(prefix="score-home-") as home:
        os.environ["SPEECH_READER_HOME"] = home
        try:
            return run()
        finally:
            del os.environ["SPEECH_READER_HOME"]


def main(argv: list[str] | None = None) -> int:
    args = corpus_parser(__doc__.splitlines()[0]).parse_args(argv)
    return in_own_home(args.as_format, lambda: _run(args))


def _run(args: argparse.Namespace) -> int:
    if args.all:
        print(summary(args.file, args.mess, args.as_format))
        return 0
    print(report(score_corpus(args.root, args.file, args.mess, args.as_format), args.diff))
    return 0


if __name__ == "__main__":
    sys.exit(main())
