"""Golden test: the engine's outline of each corpus file against the careful reader's outline.

The expectations in ``data/seed_outlines.json`` were extracted from ``SEED-OUTLINES.md``
(the outline a careful reader draws for each seed file). The thresholds are the issue's:
of the 161 entries, at least 158 in order with the same level and the same first 10
characters of marker + title (spaces and bracket width ignored), at least 150 with exactly
the same title, no more than 3 extra entries, and 12 speeches.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from tests.regression.score import lcs_pairs
from tui.engine import Document, load_document
from tui.paths import bundled_corpus_dir

GOLD = json.loads((Path(__file__).parent / "data" / "seed_outlines.json").read_text("utf-8"))
_WIDTH = str.maketrans({"（": "(", "）": ")", " ": None, "\u3000": None})


def _norm(text: str) -> str:
    return text.translate(_WIDTH)


@cache
def _document(name: str) -> Document:
    return load_document(bundled_corpus_dir() / name)


def _compare() -> dict[str, int]:
    totals = {"gold": 0, "matched": 0, "exact": 0, "extra": 0, "same_line": 0, "speeches": 0}
    for entry in GOLD:
        document = _document(entry["file"])
        totals["speeches"] += len(document.speeches)
        gold = [
            (h["level"], _norm(h["text"]), h["line"])
            for speech in entry["speeches"]
            for h in speech["headings"]
        ]
        got = [
            (h.level, _norm(h.marker + h.title), h.line)
            for speech in document.speeches
            for h in speech.headings
        ]
        pairs = lcs_pairs([(lv, t[:10]) for lv, t, _ in gold], [(lv, t[:10]) for lv, t, _ in got])
        totals["gold"] += len(gold)
        totals["matched"] += len(pairs)
        totals["extra"] += len(got) - len(pairs)
        totals["exact"] += sum(gold[i][1] == got[j][1] for i, j in pairs)
        totals["same_line"] += sum(gold[i][2] == got[j][2] for i, j in pairs)
    return totals


def test_gold_has_the_whole_outline() -> None:
    assert sum(len(s["headings"]) for e in GOLD for s in e["speeches"]) == 161
    assert sum(len(e["speeches"]) for e in GOLD) == 12


def test_outlines_match_the_careful_reader() -> None:
    totals = _compare()
    assert totals["matched"] >= 158, totals
    assert totals["exact"] >= 150, totals
    assert totals["extra"] <= 3, totals
    assert totals["same_line"] >= 158, totals


def test_twelve_speeches_with_the_gold_line_ranges() -> None:
    assert _compare()["speeches"] == 12
    for entry in GOLD:
        document = _document(entry["file"])
        got = [(s.line, s.end_line) for s in document.speeches]
        want = [(s["line"], s["end_line"]) for s in entry["speeches"]]
        assert got == want, entry["file"]


@pytest.mark.parametrize("entry", GOLD, ids=[e["seed"] for e in GOLD])
def test_each_file_per_speech(entry: dict) -> None:
    """Per file and speech: same number of headings at each level (a finer-grained check)."""
    document = _document(entry["file"])
    assert len(document.speeches) == len(entry["speeches"])
    for speech, want in zip(document.speeches, entry["speeches"], strict=True):
        got_levels = [h.level for h in speech.headings]
        want_levels = [h["level"] for h in want["headings"]]
        assert got_levels == want_levels, (entry["file"], speech.index)
