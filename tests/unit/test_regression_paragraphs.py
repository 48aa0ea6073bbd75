"""The paragraph measure of the regression corpus (``tests/regression/paragraphs.py``): how it
aligns two parses' paragraphs by text, and a floor for a few texts messed as a PDF's."""

from __future__ import annotations

from tests.regression.paragraphs import compare, score_set, totals
from tests.regression.score import ROOT


def test_a_paragraph_joined_and_one_cut_are_counted_by_their_text() -> None:
    plain = ["甲乙丙丁。", "戊己庚。", "辛壬癸。"]
    joined = compare("x", plain, ["甲乙丙丁。戊己庚。", "辛壬癸。"])
    assert (joined.matched, joined.missed, joined.extra) == (1, 1, 0)
    cut = compare("x", plain, ["甲乙", "丙丁。", "戊己庚。", "辛壬癸。"])
    assert (cut.matched, cut.missed, cut.extra) == (2, 0, 1)


def test_text_only_the_messed_parse_has_costs_no_boundary() -> None:
    # a page header kept in the body between two paragraphs: no paragraph joined or cut
    score = compare("x", ["甲乙丙丁。", "戊己庚辛。"], ["甲乙丙丁。", "第3页", "戊己庚辛。"])
    assert (score.missed, score.extra) == (0, 0)


PDF_FLOOR = 0.97
"""The least agreement of the four texts below messed as a PDF's (0.918 before pdf123, 0.979
after)."""


def test_paragraphs_of_texts_messed_as_a_pdf_keep_their_floor() -> None:
    files = ["a02_", "a12_", "a18_", "b17_"]
    scores = score_set(ROOT, files, "pdf", None)
    assert len(scores) == 4
    assert totals(scores, "TOTAL").agreement >= PDF_FLOOR
