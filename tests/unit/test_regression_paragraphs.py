"""The paragraph measure of the regression corpus (``tests/regression/paragraphs.py``): how it
aligns two parses' paragraphs by text."""

from __future__ import annotations

from tests.regression.paragraphs import compare


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
