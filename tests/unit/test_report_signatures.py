"""A report signed at its end (深圳市龙华区人民政府 | 2019年12月18日, holdout11 b12): when the
speech's title block gives no speaker or date, its last two lines give them when they are a
line that signs (a unit's name, a person's name) over a date alone, a finished sentence of the
text right above them, nothing but noise or back matter after them, neither inside back matter.

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
REPORT = (
    "关于2019年法治政府建设工作情况的报告",
    "现将有关情况报告如下：",
    "一、积极统筹部署和指导监督",
    TEXT * 2,
    "二、深入推进“放管服”改革",
    TEXT * 2,
    "专此报告。",
)

SIGNATURES = [
    # (id, the lines after the report's last sentence, the speech's (speaker, date))
    (
        "a-unit-and-a-date",
        ("深圳市龙华区人民政府", "2019年12月18日"),
        ("深圳市龙华区人民政府", "2019年12月18日"),
    ),
    (
        "a-bureau-and-a-date",
        ("平潭综合实验区农业农村局", "2024年12月20日"),
        ("平潭综合实验区农业农村局", "2024年12月20日"),
    ),
    ("a-person-and-a-date", ("孙洪亮", "2021年2月4日"), ("孙洪亮", "2021年2月4日")),
    (
        "a-date-in-chinese-numerals",
        ("某某县人民政府", "二〇一九年十二月十八日"),
        ("某某县人民政府", "二〇一九年十二月十八日"),
    ),
    (
        "a-page-link-after-it",
        ("深圳市龙华区人民政府", "2019年12月18日", "返回顶部"),
        ("深圳市龙华区人民政府", "2019年12月18日"),
    ),
    # (trap) a line of text ending in a date, no date alone
    ("trap-a-sentence-ending-in-a-date", ("某某局", "会议时间为2019年12月18日"), (None, None)),
    # (trap) a routing line over the date: it signs nothing
    ("trap-a-routing-line", ("抄送：区委办公室", "2019年12月18日"), (None, None)),
    # (trap) an attachment's own signature, inside the back matter
    (
        "trap-inside-an-attachment",
        ("附件：", "1.重点工作任务分工表：各单位按分工抓好落实。", "某某局", "2019年12月18日"),
        (None, None),
    ),
    # (trap) no finished sentence above the two lines: a heading, its section cut off
    ("trap-no-sentence-above", ("三、下一步工作打算", "某某局", "2019年12月18日"), (None, None)),
    # (trap) the date over the name: no signature's order
    ("trap-the-date-over-the-name", ("2019年12月18日", "某某局"), (None, None)),
]


@pytest.mark.parametrize(
    ("tail", "want"), [row[1:] for row in SIGNATURES], ids=[row[0] for row in SIGNATURES]
)
def test_a_signature_at_the_end_gives_the_speaker_and_date(
    tail: tuple[str, ...], want: tuple[str | None, str | None]
) -> None:
    speeches = parse_text("\n".join((*REPORT, *tail)) + "\n").speeches
    assert len(speeches) == 1
    assert (speeches[0].speaker, speeches[0].date) == want


def test_the_title_blocks_date_and_speaker_come_first() -> None:
    lines = (REPORT[0], "（2019年12月10日）", "张　三", *REPORT[1:], "某某局", "2019年12月18日")
    speech = parse_text("\n".join(lines) + "\n").speeches[0]
    assert (speech.speaker, speech.date) == ("张三", "2019年12月10日")
