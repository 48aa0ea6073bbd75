"""A course's lectures joined by nothing, each title run into its lecture's first words (issue #14,
`--mess glued`; holdout28 p01, 鲁迅's six lectures …一共分为六讲。第一讲从神话到神仙传考小说之名，…, and
holdout26 p02's three, read as one speech: ``gluedlectures.lectures_apart`` took a lecture's title only
where it ended its piece or was a part's own name).

The trap row fails on the engine before (one speech); the near-miss rows (two such lectures only, a
lecture left out of the series, 第一讲的时候 said in a sentence) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

_BODY = (
    "小说的历史，从来很少有人注意，这回所讲的，只是就个人所知道的略说一点。"
    "中国小说的变迁，有许多反复，有许多夹杂，往往新的来了好久之后，旧的又回复过来。"
    "这样的情形，在各时代都有，我们只能从杂乱的作品里寻出一条进行的线索来。"
)
_OPENING = "中国小说的历史的变迁今天所讲的，一共分为三讲。"
_FIRST = "第一讲从神话到神仙传考小说之名，最古是见于庄子所说的。"
_SECOND = "第二讲六朝时之志怪与志人上次讲过：神话是文艺的萌芽。"
_THIRD = "第三讲清小说之四派及其末流清代底小说之种类及其变化，比明朝比较的多。"


def test_a_course_s_lectures_run_into_their_text_open_speeches() -> None:
    """(trap) …。第二讲六朝时之志怪与志人上次讲过：… / …。第三讲清小说之四派及其末流清代底小说…: each
    title ends before its text's opening words (上次), before its first character said again (清),
    or at its first clause's end; the lectures numbered one after another, three or more."""
    text = _OPENING + _BODY + _FIRST + _BODY + _SECOND + _BODY + _THIRD + _BODY
    titles = [speech.title for speech in parse_text(text).speeches]
    assert titles[-2:] == ["第二讲六朝时之志怪与志人", "第三讲清小说之四派及其末流"]
    assert len(titles) == 3


@pytest.mark.parametrize(
    "lectures",
    [
        (_FIRST, _SECOND),  # (two lectures only)
        (_FIRST, _SECOND, _THIRD.replace("第三讲", "第四讲")),  # (the third left out)
        (_FIRST, _SECOND, "第三讲的时候，我们再说这些小说的变迁。"),
    ],
    ids=["two-only", "one-left-out", "said-in-a-sentence"],
)
def test_lectures_not_in_a_whole_series_stay_in_the_text(lectures: tuple[str, ...]) -> None:
    text = _OPENING + _BODY + "".join(lecture + _BODY for lecture in lectures)
    assert len(parse_text(text).speeches) == 1
