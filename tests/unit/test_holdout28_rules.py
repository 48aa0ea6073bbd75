"""Rules found on holdout28 (issue #14): lecture titles that quote a word, a series' title
over its first lecture with an editor's note and an opening paragraph between, …

Each row fails on the engine before the rule (checked); the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

TEXT = "小说的历史是进化的，这一点大家都已经知道了，今天只讲其中的大概。"


def _lectures(*titles: str, head: tuple[str, ...] = ()) -> str:
    """A file of lectures given one by one: ``head`` lines, then each title over two
    paragraphs of text."""
    parts = [*head]
    for title in titles:
        parts += [title, TEXT * 2, TEXT]
    return "\n\n".join(parts) + "\n"


LECTURE_SERIES = [
    # (id, text, speeches, titles)
    (
        "a-lecture-title-quoting-a-word-keeps-the-run",
        _lectures("第一讲从神话到神仙传", "第二讲宋人之“说话”及其影响", "第三讲明小说之两大主潮"),
        3,
        ["第一讲从神话到神仙传", "第二讲宋人之“说话”及其影响", "第三讲明小说之两大主潮"],
    ),
    (
        "a-lecture-title-quoted-whole-keeps-the-run",
        _lectures("第一讲引言", "第二讲“说话”", "第三讲结论"),
        3,
        ["第一讲引言", "第二讲“说话”", "第三讲结论"],
    ),
    (
        # (trap) a quotation mark left open is no title: the run breaks (1, 3), one text
        "trap-an-open-quotation-mark-breaks-the-run",
        _lectures("第一讲从神话到神仙传", "第二讲宋人之“说话及其影响", "第三讲明小说之两大主潮"),
        1,
        None,
    ),
    (
        # (trap) marks turned the wrong way round (”…“) are no pair either
        "trap-quotation-marks-the-wrong-way-round-break-the-run",
        _lectures("第一讲从神话到神仙传", "第二讲宋人之”说话“及其影响", "第三讲明小说之两大主潮"),
        1,
        None,
    ),
    (
        # the series' title, an editor's note and the speaker's opening paragraph over 第一讲:
        # one title block, the first lecture titled by the series
        "a-series-title-with-a-note-and-an-opening-paragraph-joins-the-first-lecture",
        _lectures(
            "第一讲从神话到神仙传",
            "第二讲六朝时之志怪与志人",
            head=("中国小说的历史的变迁", "本篇系作者在西安讲学时的记录稿，经本人修订。", TEXT * 3),
        ),
        2,
        ["中国小说的历史的变迁", "第二讲六朝时之志怪与志人"],
    ),
    (
        # (trap) three paragraphs of text under the title: a talk of its own before the series
        "trap-a-title-over-three-paragraphs-stays-a-talk-of-its-own",
        _lectures(
            "第一讲从神话到神仙传",
            "第二讲六朝时之志怪与志人",
            head=(
                "中国小说的历史的变迁",
                "本篇系作者在西安讲学时的记录稿，经本人修订。",
                TEXT * 3,
                TEXT,
            ),
        ),
        3,
        ["中国小说的历史的变迁", "第一讲从神话到神仙传", "第二讲六朝时之志怪与志人"],
    ),
]


@pytest.mark.parametrize(
    ("text", "speeches", "titles"),
    [row[1:] for row in LECTURE_SERIES],
    ids=[row[0] for row in LECTURE_SERIES],
)
def test_lectures_given_one_by_one(text: str, speeches: int, titles: list[str] | None) -> None:
    document = parse_text(text)
    assert len(document.speeches) == speeches, [s.title for s in document.speeches]
    if titles is not None:
        assert [s.title for s in document.speeches] == titles
