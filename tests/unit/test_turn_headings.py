"""Unnumbered headings in a gazette turn (issue #14, holdout34 README cause 1): a speaker's turn
of the 立法院公报 opens with the speaker's post and name, a colon and the greeting in one
paragraph (陈部长时中：主席、各位委员。…), so its speech has neither a salutation nor a title, and
its unnumbered part lines were never asked about. Such an opening now counts as a speech's own
(``speeches.opens_turn``). The first group failed on the engine before the rule; the traps hold
a looser one back (a tag with no post, a colon with no greeting after it, a greeting that is not
at the paragraph's start, a turn with no numbered heading under its plain lines)."""

from __future__ import annotations

import pytest

from tui.engine.parse import parse_text
from tui.engine.speeches import opens_turn

TEXT = "本局持续推动各项工作，加强跨机关合作，提升整体服务品质，并依计画期程落实执行各项措施，以回应各界期待。"
PART_1 = "年度工作重点"
PART_2 = "经费编列情形"
PART_3 = "结语"


def _turn(opening: str) -> str:
    return (
        "\n".join(
            (
                opening,
                PART_1,
                "（一）强化运输安全：" + TEXT,
                "（二）提升服务水准：" + TEXT,
                PART_2,
                "一、业务收支：" + TEXT,
                "二、资产建设：" + TEXT,
                PART_3,
                TEXT,
            )
        )
        + "\n"
    )


def _outline(text: str) -> list[tuple[int, str]]:
    """Each heading's level and its first six characters (a run-in title goes on to its 。)."""
    (speech,) = parse_text(text).speeches
    return [(h.level, (h.marker + h.title)[:6]) for h in speech.headings]


@pytest.mark.parametrize(
    "opening",
    [
        "王局长大明：主席、各位委员。今天应邀列席报告本局年度预算，敬请各位委员不吝指教。",
        "李主任委员小华：（9时30分）主席、各位委员，大家好。今天奉邀报告，敬请指教。",
        "张院长志远：游院长、蔡副院长、各位委员先进，大家好：今天应邀报告，并备质询。",
    ],
)
def test_a_turns_unnumbered_parts_are_headings(opening: str) -> None:
    assert _outline(_turn(opening)) == [
        (1, PART_1),
        (2, "（一）强化运"),
        (2, "（二）提升服"),
        (1, PART_2),
        (2, "一、业务收支"),
        (2, "二、资产建设"),
        (1, PART_3),
    ]


@pytest.mark.parametrize(
    "opening",
    [
        # no post in the tag: a name or a role of a meeting, not an official's turn
        "主持人：各位来宾，大家好。今天我们请到各方代表，一起交流本年度的工作情况。",
        # a post and a name, but no greeting after the colon
        "王局长大明：本局今天就年度预算提出报告，以下分三部分说明，敬请参考。",
        # the greeting, but not where a turn opens it
        "关于年度预算，王局长大明：主席、各位委员，本局提出以下报告，敬请指教。",
    ],
)
def test_openings_that_are_no_turn_leave_plain_lines_as_text(opening: str) -> None:
    assert opening and not opens_turn(opening)
    assert [level for level, _ in _outline(_turn(opening))] == [1, 1, 1, 1]


def test_a_turn_without_numbered_headings_under_its_plain_lines_keeps_them_as_text() -> None:
    text = "\n".join(
        ("王局长大明：主席、各位委员。今天应邀列席报告，敬请指教。", PART_1, TEXT, PART_2, TEXT)
    )
    assert _outline(text + "\n") == []


def _labelled(second: str) -> str:
    return (
        "\n".join(
            (
                "王局长大明：主席、各位委员。今天就以下两案提出报告，敬请指教。",
                "第一案",
                "壹、工作概况",
                TEXT,
                "贰、未来规划",
                TEXT,
                second,
                "壹、执行情形",
                TEXT,
                "贰、检讨改进",
                TEXT,
            )
        )
        + "\n"
    )


def test_a_turns_ordinal_labels_part_its_reports() -> None:
    # 第一案 | 壹、… | 第二案 | 壹、…: reports read out in one turn, each under its label (holdout33
    # r05). The labels are numbered (an ordinal and a counter word): no unnumbered part over the
    # 壹、 headings; the second, with 壹、 restarting under it, starts the next report.
    speeches = parse_text(_labelled("第二案")).speeches
    assert [[(h.level, h.marker + h.title) for h in s.headings] for s in speeches] == [
        [(1, "壹、工作概况"), (1, "贰、未来规划")],
        [(1, "壹、执行情形"), (1, "贰、检讨改进")],
    ]
    assert speeches[1].title == "第二案"


def test_a_short_line_that_is_no_ordinal_label_starts_no_report() -> None:
    # (a line of the same length with no ordinal: not a label, the 壹、 restart alone splits nothing)
    assert len(parse_text(_labelled("附带说明")).speeches) == 1
