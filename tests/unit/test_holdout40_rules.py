"""Rules found on holdout40's plain misses (issue #14): a spoken series after the rest of the
work is named in one breath (此外，…等工作也取得较好成效。) stands beside the last item of the
list above, not under it (e09's 八个亮点).

Each row fails on the engine before the rule (checked); the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "全区上下凝心聚力、攻坚克难，各项工作取得了新的进展，经济社会保持了平稳健康的发展态势。"


def _report(*lines: str) -> str:
    return "\n\n".join(("2016年区政府工作报告", "一、2015年工作回顾", TEXT, *lines)) + "\n"


SECTIONS = (
    "（一）经济发展实现“三个提升”。",
    TEXT * 2,
    "（二）政府自身建设实现“三个更进一步”。",
    "依法行政更进一步。" + TEXT,
    "服务效能更进一步。" + TEXT,
)
HIGHLIGHTS = (
    "一是被确定为全国第二批生态文明先行示范区建设单位。",
    "二是港区集装箱吞吐量达1216万标箱，增长4.2%。",
    "三是轨道交通8号线一期工程正式动工。",
)
OTHERS_TOO = [
    (
        "a-series-after-the-rest-named-in-one-breath-stands-beside-the-last-item",
        _report(*SECTIONS, "此外，国防动员、双拥、侨务、档案等工作也取得较好成效。",
                "一年来，辖区发展呈现“三个亮点”：", *HIGHLIGHTS, "二、2016年工作思路", TEXT),
        [(1, "一、"), (2, "（一）"), (2, "（二）"), (2, "一是"), (2, "二是"), (2, "三是"), (1, "二、")],
    ),
    (
        # (trap) 此外 with a further task of the item, no 等…也: the series is the item's own
        "trap-a-further-task-after-besides-keeps-the-series-under-the-item",
        _report(*SECTIONS, "此外，还要继续整治公职人员“四风”问题，巩固提升作风建设成果。",
                "一年来，作风建设呈现“三个亮点”：", *HIGHLIGHTS, "二、2016年工作思路", TEXT),
        [(1, "一、"), (2, "（一）"), (2, "（二）"), (3, "一是"), (3, "二是"), (3, "三是"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [row[1:] for row in OTHERS_TOO], ids=[row[0] for row in OTHERS_TOO]
)
def test_a_list_done_with_the_rest_named(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker.strip()) for s in speeches for h in s.headings] == outline
