"""A speaker run into the end of a ——subtitle (tui.engine.addresslines.run_on_speaker and
subtitle_goes_on, roles, assemble; issue #14, engine36): a scraped report whose title block
is one line (政府工作报告——2016年3月5日在…会议上国务院总理 李克强) names its speaker, and its title
is the title line without the speaker, in every wrap of that line (at any width, also cut
inside the post: …国务院总 | 理 李克强).

The first table's rows failed on the engine before the change (the speaker was None or a piece
of the post, the title held the speaker or was cut where the wrap fell); the trap rows pass on
both and would catch a looser rule (a name with no post after 上, a line under an unclosed
subtitle that does not close it)."""

from __future__ import annotations

import pytest

from tui.engine import addresslines, partlines
from tui.engine.parse import parse_text

BODY = "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协各位委员提出意见。"
REPORT = f"各位代表：\n{BODY}\n一、过去一年工作回顾\n{BODY * 3}\n二、今年工作总体部署\n{BODY * 3}\n"
TITLE = "政府工作报告——2016年3月5日在第十二届全国人民代表大会第四次会议上"
WHO = "国务院总理 李克强"


def _block(text: str) -> tuple[str | None, str | None, str | None]:
    (speech,) = parse_text(text).speeches
    return speech.title, speech.date, speech.speaker


@pytest.mark.parametrize(
    "head",
    [
        pytest.param(f"{TITLE}国务院总理 李克强", id="one-line"),
        pytest.param(f"{TITLE}国务院总理李克强", id="one-line-no-space"),
        pytest.param(f"{TITLE}国务院总理\u3000李克强", id="one-line-full-width-space"),
        pytest.param(
            "政府工作报告——2016年3月5日在第十二届全国人民代表大会\n第四次会议上国务院总理 李克强",
            id="wrapped-at-30",
        ),
        pytest.param(f"{TITLE}国务院总\n理 李克强", id="wrap-cut-inside-the-post"),
        pytest.param(f"{TITLE}国务院\n总理 李克强", id="wrap-cut-before-the-post-word"),
        pytest.param(
            "政府工作报告——2016年3月5日在第十二届全国人民代表\n大会第四次会议上国务\n院总理 李克强",
            id="wrapped-over-three-lines",
        ),
        pytest.param(
            "政府工作报告\n——2016年3月5日在第十二届全国人民代表大会第四次会议上国务院总理 李克强",
            id="subtitle-line-with-the-speaker",
        ),
    ],
)
def test_speaker_run_into_the_subtitle(head: str) -> None:
    title, date, speaker = _block(f"{head}\n{REPORT}")
    assert date == "2016年3月5日"
    assert speaker is not None and speaker.replace(" ", "") == "国务院总理李克强"  # (as written)
    assert title == ("政府工作报告" if head.startswith("政府工作报告\n") else TITLE)


def test_subtitle_rest_line_with_the_speaker_under_a_subtitle_line() -> None:
    head = "政府工作报告\n——2016年3月5日在第十二届全国人民代表大会\n第四次会议上国务院总理 李克强"
    assert _block(f"{head}\n{REPORT}") == ("政府工作报告", "2016年3月5日", WHO)


# --- traps --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (f"{TITLE}国务院总理 李克强", len(TITLE)),
        ("——在上海市人民代表大会上市长 张三", len("——在上海市人民代表大会上")),
        # no post: 在大会上张三 names no one for sure (nor does a word after 上)
        (f"{TITLE}李克强", -1),
        (f"{TITLE}高质量发展", -1),
        # no dash: a sentence of the text, not a subtitle
        ("在第十二届全国人民代表大会第四次会议上国务院总理 李克强", -1),
        # the occasion closed and nothing after it
        (TITLE, -1),
        # a speech word after 上 is the title's end, not a speaker
        ("——在全市经济工作会议上的讲话", -1),
    ],
)
def test_run_on_speaker(text: str, start: int) -> None:
    assert addresslines.run_on_speaker(text) == start


@pytest.mark.parametrize(
    ("upper", "lower", "goes_on"),
    [
        ("政府工作报告——2016年3月5日在第十二届全国人民代表大会", "第四次会议上", True),
        (f"{TITLE}国务院总", "理 李克强", True),
        # the occasion already closed: the line under it is a line of its own
        (TITLE, "国务院总理 李克强", False),
        # what does not close the occasion does not go on with it
        ("政府工作报告——2016年3月5日在北京", "各位代表：", False),
        ("政府工作报告——2016年3月5日在第十二届全国人民代表大会", "（摘要）", False),
        ("政府工作报告——2016年3月5日在第十二届全国人民代表大会", "第四次会议上。", False),
        # no 在 after the dash: no occasion to finish
        ("我们要什么样的宗教——一次讲演", "在北京大学上", False),
    ],
)
def test_subtitle_goes_on(upper: str, lower: str, goes_on: bool) -> None:
    assert partlines.subtitle_goes_on(upper, lower) is goes_on


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a name with no post after the occasion stays in the title: no speaker is guessed
        (f"{TITLE}李克强", (f"{TITLE}李克强", "2016年3月5日", None)),
        # the subtitle closed on its line, the speaker on the next: as before
        (f"{TITLE}\n{WHO}", (TITLE, "2016年3月5日", WHO)),
        # an unclosed occasion over a salutation: the salutation opens the speech
        (
            "政府工作报告——2016年3月5日在北京",
            ("政府工作报告——2016年3月5日在北京", "2016年3月5日", None),
        ),
    ],
)
def test_title_blocks_that_stay_as_they_were(
    head: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _block(f"{head}\n{REPORT}") == expected


# --- a post ending in 审计长 / 署长, a name spaced out after a post ------------------------------

AUDIT = (
    "国务院关于2024年度中央预算执行和其他财政收支的审计工作报告\n"
    "——2025年6月24日在第十四届全国人民代表大会常务委员会第十六次会议上\n"
)


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("审计署审计长 侯 凯", "审计署审计长 侯凯"),
        ("审计署审计长侯凯", "审计署审计长侯凯"),
        ("国家统计局局长 康　义", "国家统计局局长 康义"),
        # (as before: a name spaced out alone is closed up, a post and a name keep one space)
        ("江　泽　民", "江泽民"),
        ("国务院总理 李克强", WHO),
    ],
)
def test_speaker_line_with_a_post(line: str, speaker: str) -> None:
    assert _block(f"{AUDIT}{line}\n{REPORT}")[2] == speaker


@pytest.mark.parametrize("line", ["稳定增长 李 明", "经济增长", "擅长 张 三"])
def test_words_ending_in_zhang_are_no_post(line: str) -> None:
    assert not addresslines.is_speaker_line(line)
