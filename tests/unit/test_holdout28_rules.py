"""Rules found on holdout28 (issue #14): lecture titles that quote a word, a series' title
over its first lecture with an editor's note and an opening paragraph between, …

Each row fails on the engine before the rule (checked); the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.markers import match_marker

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


# --- 第一　… parts and 附　… appendix headings of a lecture book (holdout28 p08) -----------

MARKERS = [
    # (text, family, number): family None when the line opens with no marker
    ("第一　史实之系统表", "di-space", 1),
    ("第二 史传之系统说", "di-space", 2),
    ("附　明代系统表", "appendix", 1),
    ("附 群雄系统表说", "appendix", 1),
    # (traps) prose a scraped page spaced out, words spaced out, a label, a sentence
    ("第一　次会议上大家讨论了这个问题。", None, 0),
    ("第三 季度的产值增长很快", None, 0),
    ("第一 章 总则", None, 0),
    ("第二　史传之系统说，分为三卷。", None, 0),
    ("附　件", None, 0),
    ("附　件：1.重点任务分解表", None, 0),
    ("附　录", None, 0),
    ("附　表一", None, 0),
    ("附明代系统表", None, 0),
    ("附　明代系统表如下。", None, 0),
]


@pytest.mark.parametrize(("text", "family", "number"), MARKERS, ids=[m[0] for m in MARKERS])
def test_spaced_part_and_appendix_markers(text: str, family: str | None, number: int) -> None:
    marker = match_marker(text)
    if family is None:
        assert marker is None or marker.family not in ("di-space", "appendix"), marker
    else:
        assert marker is not None and (marker.family, marker.number) == (family, number)


def _lecture_book(*tail: str) -> str:
    """A lecture book's chapters (《明史讲义》 | 第一章 … | 第二章 …), then ``tail``."""
    return (
        "\n\n".join(
            (
                "《明史讲义》",
                "第一章 明史在史学上之位置",
                TEXT * 2,
                "第二章 明史体例",
                TEXT * 2,
                *tail,
            )
        )
        + "\n"
    )


BOOK = [
    (
        # 附　… under a chapter, and under a section with its 第一　/第二　 parts
        "appendix-headings-and-their-spaced-parts",
        _lecture_book(
            "附　明代系统表",
            TEXT,
            "第三章 开国",
            TEXT,
            "第一节 太祖起事之前提",
            TEXT * 2,
            "附　群雄系统表说",
            "第一　史实之系统表",
            "方国珍　至正八年起黄岩。",
            "第二　史传之系统说",
            TEXT,
        ),
        [
            (1, "第一章明史在史学上之位置"),
            (1, "第二章明史体例"),
            (2, "附明代系统表"),
            (1, "第三章开国"),
            (2, "第一节太祖起事之前提"),
            (3, "附群雄系统表说"),
            (4, "第一史实之系统表"),
            (4, "第二史传之系统说"),
        ],
    ),
    (
        # (trap) one 附　… line alone is no heading (a series-only family)
        "trap-one-appendix-line-alone-stays-text",
        _lecture_book("附　明代系统表", TEXT),
        [(1, "第一章明史在史学上之位置"), (1, "第二章明史体例")],
    ),
    (
        # (trap) one 第一　… line alone is no heading either
        "trap-one-spaced-part-alone-stays-text",
        _lecture_book("第一　史实之系统表", TEXT),
        [(1, "第一章明史在史学上之位置"), (1, "第二章明史体例")],
    ),
]


@pytest.mark.parametrize(("text", "outline"), [b[1:] for b in BOOK], ids=[b[0] for b in BOOK])
def test_a_lecture_book_s_appendices(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    got = [(h.level, "".join((h.marker + h.title).split())) for s in speeches for h in s.headings]
    assert got == outline


# --- a spoken series after a list the text announced (holdout28 p09) ------------------------

ITEMS = (
    "(一)美术馆，搜罗各种美术品，分类陈列。于一类中，又可依时代为次。",
    "(二)美术展览会，须有一定的建筑，每年举行几次。专征集新出品。",
    "(三)音乐会，可设一定的会场，定期演奏。在夏季也可在公园中演奏。",
)
BETWEEN = "在这种特别设备以外，又要有一种普遍的设备，就是地方的美化。所以不可不谋地方的美化。"
SERIES = ("第二是建筑。" + TEXT, "第三是公园。" + TEXT)
LISTED = [
    (1, "(一)美术馆，搜罗各种美术品，分类陈列"),
    (1, "(二)美术展览会，须有一定的建筑，每年举行几次"),
]
LISTED.append((1, "(三)音乐会，可设一定的会场，定期演奏"))


def _talk(*paragraphs: str) -> str:
    return "\n\n".join(("（美育实施的方法）", TEXT * 2, *paragraphs, TEXT)) + "\n"


SPOKEN_AFTER_LIST = [
    (
        # …从专设的机关起： | (一)…(三) run into their text | text | 地方的美化，第一是道路。… |
        # 第二是… | 第三是…: the new series, its first item said in the text, beside the list
        "a-series-begun-in-the-text-after-an-announced-list-stands-beside-it",
        _talk(
            "社会美育，从专设的机关起：",
            *ITEMS,
            BETWEEN,
            "地方的美化，第一是道路。" + TEXT,
            *SERIES,
        ),
        [*LISTED, (1, "第二是建筑"), (1, "第三是公园")],
    ),
    (
        # the same with 第一是 opening its own paragraph
        "a-series-after-an-announced-list-stands-beside-it",
        _talk("社会美育，从专设的机关起：", *ITEMS, BETWEEN, "第一是道路。" + TEXT, *SERIES),
        [*LISTED, (1, "第一是道路"), (1, "第二是建筑"), (1, "第三是公园")],
    ),
    (
        # under a section: 一、 | （一）…（三） run into their text | text | 第一点…: the section's
        # points beside its list (as on the base: this row guards the old case, it did not fail)
        "a-series-with-a-unit-after-a-run-in-list-is-the-section-s",
        _talk(
            "一、社会美育",
            TEXT,
            *ITEMS,
            BETWEEN,
            "第一点，道路。" + TEXT,
            "第二点，建筑。" + TEXT,
        ),
        [
            (1, "一、社会美育"),
            *[(2, t) for _, t in LISTED],
            (2, "第一点，道路"),
            (2, "第二点，建筑"),
        ],
    ),
    (
        # (trap) the list not announced with a colon: the talk's own sections, and the series
        # after the last one is that section's
        "trap-a-series-after-the-talk-s-sections-stays-under-the-last",
        _talk("社会美育，从专设的机关起。", *ITEMS, BETWEEN, "第一是道路。" + TEXT, *SERIES),
        [*LISTED, (2, "第一是道路"), (2, "第二是建筑"), (2, "第三是公园")],
    ),
    (
        # (trap) the announced list goes on after the series ((四)): the series is (三)'s
        "trap-a-series-inside-a-list-that-goes-on-stays-under-its-item",
        _talk(
            "社会美育，从专设的机关起：",
            *ITEMS,
            BETWEEN,
            "第一是道路。" + TEXT,
            *SERIES,
            "(四)剧院，可将歌舞剧、科白剧分设两院。剧本必须出自文学家。",
        ),
        [
            *LISTED,
            (2, "第一是道路"),
            (2, "第二是建筑"),
            (2, "第三是公园"),
            (1, "(四)剧院，可将歌舞剧、科白剧分设两院"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "outline"), [r[1:] for r in SPOKEN_AFTER_LIST], ids=[r[0] for r in SPOKEN_AFTER_LIST]
)
def test_a_spoken_series_after_a_list(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker + h.title) for s in speeches for h in s.headings] == outline
