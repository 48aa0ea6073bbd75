"""A one-line text's glued heading whose title is one word naming an opening or closing part
(前言, 引言, 导言, 结语, 结束语), its section's text run on after it with nothing between
(壹、前言本（第五）屆全球僑務會議訂於…, holdout33 r06): the title is that word.

Each row that is no trap fails on the engine before the opening parts were added (checked);
the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
OPENING = (
    "吳委員長新興：主席、各位委員。今天謹就會議籌備狀況進行專案報告，敬請各位委員先進惠予指導。"
)


def _titles(first: str) -> list[str]:
    text = OPENING + first + TEXT * 3 + "貳、會議特色及重要規劃。" + TEXT * 3 + "參、結論。" + TEXT
    document = parse_text(text)
    return [h.marker + h.title for speech in document.speeches for h in speech.headings]


PARTS = [
    # (id, the first section glued to its text, its heading's title)
    ("foreword", "壹、前言本屆全球僑務會議訂於5月15日在高雄召開。", "壹、前言"),
    ("introduction", "壹、引言本報告說明會議籌備狀況。", "壹、引言"),
    ("lead", "壹、導言本屆會議的召開，係新政府執政後首次。", "壹、導言"),
    # (trap) a longer title that opens with the word: 前言部分, 引言与说明
    ("trap-a-longer-title", "壹、前言部分說明會議籌備狀況。", "壹、前言部分說明會議籌備狀況"),
    (
        "trap-a-title-joined-on",
        "壹、引言與說明本報告說明會議籌備狀況。",
        "壹、引言與說明本報告說明會議籌備狀況",
    ),
]


@pytest.mark.parametrize(
    ("first", "title"), [row[1:] for row in PARTS], ids=[row[0] for row in PARTS]
)
def test_a_glued_part_name_is_the_whole_title(first: str, title: str) -> None:
    assert _titles(first)[0] == title
