"""Taiwan's official-document ladder (壹、 > 一、 > （一） > 1. > （1）), the outline's four levels,
and two reports read out in one turn (holdout22, issue #14).

Every row is a small text written for these tests (not copied from a corpus): the rule is
general — the capital numerals as a family above 一、, a fifth level left as text — and the
traps beside each row stay text.
"""

from __future__ import annotations

import pytest

from tests.unit.test_outline_variants import one_speech, outline_pairs
from tui.engine import parse_text
from tui.engine.markers import capital_number, match_marker

FILLER = "各級機關應切實執行各項計畫，確保施政成果落實到每一位國人身上，並定期檢討改進。"


def _speech(lines: list[str], intro: str = "以下謹就本部業務提出報告。") -> str:
    return one_speech(lines, intro, filler=FILLER, salutation="主席、各位委員：")


# --- the family -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("壹、前言", 1),
        ("貳、重要施政規劃", 2),
        ("贰、重要施政规划", 2),
        ("參、結語", 3),
        ("叁、结语", 3),
        ("肆、未來展望", 4),
        ("伍、結語", 5),
        ("陸、結語", 6),
        ("陆、结语", 6),
        ("柒、結語", 7),
        ("捌、結語", 8),
        ("玖、結語", 9),
        ("拾、結語", 10),
        ("拾壹、結語", 11),
        ("壹．前言", 1),
        ("壹.前言", 1),
    ],
)
def test_capital_numerals_are_a_marker(text: str, number: int) -> None:
    marker = match_marker(text)
    assert marker is not None and marker.family == "cap-dun"
    assert marker.number == number


@pytest.mark.parametrize(
    "text",
    [
        "陆、海、空三军联合演练。",  # a list of one-character words
        "壹佰元的收据",  # an amount
        "伍先生說明了理由。",  # a surname
        "壹",  # nothing after it
    ],
)
def test_capital_numeral_look_alikes_are_no_marker(text: str) -> None:
    marker = match_marker(text)
    assert marker is None or marker.family != "cap-dun"


def test_capital_number_values() -> None:
    assert [capital_number(t) for t in ("壹", "拾", "拾貳", "貳拾", "貳拾參", "壹壹")] == [
        1,
        10,
        12,
        20,
        23,
        0,
    ]


# --- levels ---------------------------------------------------------------------------------

LADDER = [
    "壹、近期施政成果，穩健前行",
    "一、完善文化法制",
    "（一）推動文化基本法",
    "1.完成草案研擬",
    "2.召開公聽會",
    "（二）修正相關法規",
    "二、擴大文化預算",
    "貳、未來施政重點，迎向挑戰",
    "一、推動文化治理",
    "參、結語，團結向前",
]


@pytest.mark.parametrize(
    "capitals", [("壹", "貳", "參"), ("壹", "贰", "叁")], ids=["traditional", "simplified"]
)
def test_capitals_stand_above_yi_dun(capitals: tuple[str, str, str]) -> None:
    lines = [line.replace("壹", capitals[0]).replace("貳", capitals[1]) for line in LADDER]
    lines = [line.replace("參", capitals[2]) for line in lines]
    levels = [level for level, _ in outline_pairs(_speech(lines))]
    assert levels == [1, 2, 3, 4, 4, 3, 2, 1, 2, 1]


def test_capitals_with_a_dot_stand_above_yi_dun() -> None:
    lines = [line.replace("、", "．", 1) if line[0] in "壹貳參" else line for line in LADDER]
    pairs = outline_pairs(_speech(lines))
    assert pairs[0] == (1, "壹．近期施政成果，穩健前行")
    assert [level for level, _ in pairs] == [1, 2, 3, 4, 4, 3, 2, 1, 2, 1]


def test_without_capitals_the_levels_stay() -> None:
    lines = [line for line in LADDER if line[0] not in "壹貳參"]
    levels = [level for level, _ in outline_pairs(_speech(lines))]
    assert levels == [1, 2, 3, 3, 2, 1, 1]


def test_a_fifth_level_is_text() -> None:
    """壹、 > 一、 > （一） > 1. > （1）: the outline holds four levels; （1）（2） under 1. are
    the text's own list (the gold format's levels 1–4, GB/T 9704's four rungs)."""
    lines = [*LADDER[:4], "（1）強化訓練課程", "（2）提升薪資待遇", *LADDER[4:]]
    pairs = outline_pairs(_speech(lines))
    assert all(level <= 4 for level, _ in pairs)
    assert not any(title.startswith("（1）") or title.startswith("（2）") for _, title in pairs)
    assert len(pairs) == len(LADDER)


def test_four_levels_without_capitals_are_all_kept() -> None:
    lines = ["一、完善文化法制", "（一）推動文化基本法", "1.完成草案研擬", "（1）強化訓練課程"]
    lines += ["（2）提升薪資待遇", "2.召開公聽會", "二、擴大文化預算"]
    levels = [level for level, _ in outline_pairs(_speech(lines))]
    assert levels == [1, 2, 3, 4, 4, 3, 1]


def test_a_lone_capital_line_in_prose_is_no_heading() -> None:
    text = _speech(["一、完善文化法制", "二、擴大文化預算"], intro="陆、海、空三军都参加了演练。")
    pairs = outline_pairs(text)
    assert pairs == [(1, "一、完善文化法制"), (1, "二、擴大文化預算")]
    assert len(parse_text(text).speeches) == 1
