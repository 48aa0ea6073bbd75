"""Two Markdown pieces joined by nothing: the second piece's one-``#`` title glued after the
first piece's last sentence opens a speech (issue #14, `--mess glued`; holdout20 h01, two
keynote talks each under its ``# `` title, read as one speech).

The trap row fails on the engine before (``mdmarks._INNER_HASH`` cut a one-line text at ``##``
to ``######`` only: one speech); the near-miss rows (a hashtag after a sentence end, a single
``#`` inside a sentence) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

_TEXT = (
    "今天和大家分享我们在架构演进中的一些思考，讲得不对的地方请大家指正。"
    "回顾过去十年，我们经历了从单体应用到微服务的转变，也踩过不少坑。"
    "每一次转变都不是技术本身推动的，而是业务规模和团队规模一起推动的。"
)
_FIRST = (
    "# QCon2020 主题演讲：云原生时代的危与机"
    + _TEXT
    + "## 危机的来源"
    + _TEXT
    + "## 变革的方向"
    + _TEXT
)
_SECOND = "# ArchSummit2021主题演讲：从软件的历史看架构的未来" + _TEXT + "## 软件危机" + _TEXT


def test_a_piece_s_hash_title_glued_after_a_sentence_opens_a_speech() -> None:
    """(trap) …一起推动的。# ArchSummit2021主题演讲：…: the second piece's ``# `` title."""
    speeches = parse_text(_FIRST + _SECOND, "x.md").speeches
    assert len(speeches) == 2
    assert speeches[1].title is not None and speeches[1].title.startswith("ArchSummit2021")


@pytest.mark.parametrize(
    "inline",
    [
        "#世界读书日# 今天我们一起读书。",  # (a hashtag after a sentence end: no space after #)
        "我们把它记作 # 号，再往下讲。",  # (a single # inside a sentence, not after its end)
    ],
    ids=["hashtag", "inside-a-sentence"],
)
def test_a_single_hash_that_is_no_title_opens_no_speech(inline: str) -> None:
    assert len(parse_text(_FIRST + inline + _TEXT, "x.md").speeches) == 1
