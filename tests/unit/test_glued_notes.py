"""A collected edition joined by nothing opens a piece at each bare title glued after the notes
that close the piece before it (issue #14, "One-line texts"; holdout5 v04/v05, holdout17 h03,
holdout26 p01, holdout30 p02/p08, holdout10 a04 — the pieces read as one speech).

The trap rows fail on the engine before ``gluednotes`` (one speech), checked with the pass left
out; the near-miss rows (a date opening a sentence whose words come again, a note's words inside
a sentence, a note with no title after it) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.gluednotes import is_closing_note, talk_titles_apart
from tui.engine.lines import segment_lines
from tui.engine.segment import Segment

TALK_A = (
    "读书为学要如金字塔，要能广大要能高。科学的根本精神在于求真理。无目的读书是散步而不是学习。"
    "朋友们，在你最悲观最失望的时候，那正是你必须鼓起坚强的信心的时候。你要深信：天下没有白费的努力。"
    "我们读书，第一要精，第二要博。精是要读得透，博是要读得多。两者不可偏废，缺一不可。"
    "所以我今天把这两句话献给诸位朋友，作为读书的目标，希望大家记住。"
    "读书的方法很多，各人有各人的习惯，但精和博这两个要素，是谁也不能少的。"
)
TALK_B = (
    "现在读书运动大会开始，青年会拣定了三个演讲题目。我看第二题目怎样读书很有兴味，"
    "第三题目读什么书更有兴味。但是第一个题目为什么读书，我却觉得很不好讲。据我所知，"
    "读书可以有三种说法，我今天只讲其中的一种。读书是要预备做人，做一个有用的人。"
    "书是代表人类老祖宗传给我们的智识的遗产，我们接受了这遗产，以此为基础，可以继续发扬光大。"
)
TALK_C = (
    "大家都知道，人生有许多问题，每个人都要自己去解决。我们研究人是什么东西，在宇宙中占据什么地位，"
    "人生究竟有何意味。少年人近来觉得很烦闷，自杀、颓废的都有。我比较多吃了几斤盐、几担米，"
    "所以愿意同诸位谈谈这个问题。我们要有怀疑的态度，要实事求是，要拿证据来，要朝夕去求真理。"
)


def _titles(text: str) -> list[str | None]:
    return [speech.title for speech in parse_text(text).speeches]


PIECES = [
    # (id, the notes closing the first piece, the second piece's title run into its first words)
    (
        "trap-source-line",
        "原载于1925年4月18日《京报副刊》",
        "为什么读书青年会叫我在这里谈谈，题目是为什么读书。",
    ),
    (
        "trap-occasion-note",
        "1952年12月27日在台湾省台东县公共体育场的演讲",
        "“少年中国”的精神上回太炎先生话里面说现在青年的四种弱点。",
    ),
    (
        "trap-date-and-source",
        "民国八年八月原载1919年8月24日《新生活》第1期",
        "非个人主义的新生活这个题目是我在山东道上想着的。",
    ),
    ("trap-bare-date", "1948年8月12日", "科学的人生观今天讲的题目，就是科学的人生观。"),
    (
        "trap-notes-joined-by-a-clause",
        "本文为1930年11月下旬胡适在上海青年会的演讲，文稿经胡适校正，原载于1931年2月《现代学生》第1卷第5期",
        "找书的快乐主席、诸位先生：我不是藏书家。",
    ),
]


@pytest.mark.parametrize(
    ("notes", "opening"), [row[1:] for row in PIECES], ids=[row[0] for row in PIECES]
)
def test_a_bare_title_glued_after_a_piece_s_notes_opens_the_next_piece(
    notes: str, opening: str
) -> None:
    titles = _titles(TALK_A + notes + opening + TALK_B + TALK_C)
    assert len(titles) == 2
    assert titles[1] is not None and opening.startswith(titles[1])
    assert len(titles[1]) <= 12  # (the title alone, not the talk's first words)


def test_a_dashed_occasion_after_the_title_is_a_line_of_its_own() -> None:
    """(trap) …（演培記）（見海刊二十一卷十期）畢業與休假──二十九年六月在漢藏院講──本院…: the
    recorders' note stays with the sentence, the title ends at its ──occasion──."""
    text = (
        TALK_A
        + "（演培記）（見海刊二十一卷十期）畢業與休假──二十九年六月在漢藏院講──本院創辦以來，已經有八學年了。"
        + TALK_B
        + TALK_C
    )
    assert _titles(text)[1:] == ["畢業與休假"]


NOT_PIECES = [
    # (id, the text: one speech)
    (
        "a-date-opens-a-sentence",
        TALK_A + "2017年4月1日雄安新区设立后，针对雄安新区周边的情况，连夜部署。" + TALK_B + TALK_C,
    ),
    (
        "source-words-in-a-sentence",
        TALK_A + "原载于《新青年》的这篇文章，后来收入文集。" + TALK_B + TALK_C,
    ),
    (
        "an-occasion-inside-a-sentence",
        TALK_A + "他在1952年12月27日在台东的演讲中说过，今天讲的题目很要紧。" + TALK_B + TALK_C,
    ),
    (
        "a-note-with-no-title-after-it",
        TALK_A + "原载于1925年4月18日《京报副刊》，后来又有转载，流传甚广。" + TALK_B + TALK_C,
    ),
]


@pytest.mark.parametrize("text", [row[1] for row in NOT_PIECES], ids=[row[0] for row in NOT_PIECES])
def test_a_note_s_words_inside_a_talk_open_no_piece(text: str) -> None:
    assert len(parse_text(text).speeches) == 1


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("原载于1925年4月18日《京报副刊》", True),
        ("本文为1954年3月12日胡适在台湾大学的演讲", True),
        ("民国八年八月原载1919年8月24日《新生活》第1期", True),
        ("1948年8月12日", True),
        ("1948年8月12日，我们", False),
        ("原载于《新青年》的这篇文章", False),
    ],
)
def test_closing_notes_are_told_from_text(text: str, note: bool) -> None:
    assert is_closing_note(text) is note


def test_titles_in_brackets_after_a_sentence_open_the_pieces() -> None:
    """(trap) （怎样才配做一个现代学生）一般… / …而无愧了。（义务与权利）贵校成立…: an edition printing
    each title in full-width brackets, its text opening so, joined by nothing (holdout17 h01/h02,
    holdout28 p09)."""
    text = (
        "（怎样才配做一个现代学生）" + TALK_A + "（义务与权利）" + TALK_B + "（思想自由）" + TALK_C
    )
    assert _titles(text) == ["（怎样才配做一个现代学生）", "（义务与权利）", "（思想自由）"]


NOT_BRACKETED_TITLES = [
    # (id, the text: one speech)
    ("an-aside", "（怎样才配做一个现代学生）" + TALK_A + "（全场热烈鼓掌）" + TALK_B + TALK_C),
    ("a-date", "（怎样才配做一个现代学生）" + TALK_A + "（一九二一年十月）" + TALK_B + TALK_C),
    (
        "inside-a-sentence",
        "（怎样才配做一个现代学生）" + TALK_A + "所谓（义务与权利）" + TALK_B + TALK_C,
    ),
    ("no-bracketed-title-first", TALK_A + "（义务与权利）" + TALK_B + "（思想自由）" + TALK_C),
]


@pytest.mark.parametrize(
    "text", [row[1] for row in NOT_BRACKETED_TITLES], ids=[row[0] for row in NOT_BRACKETED_TITLES]
)
def test_words_in_brackets_that_title_no_piece_stay(text: str) -> None:
    assert len(parse_text(text).speeches) == 1


TALK_TITLES = [
    # (id, the text joined by nothing, the titles of its speeches)
    # (the text before the first such title heads no speech, as on lines: 泉州开元慈儿院讲录 alone
    # on its line under TALK_A's lines opens the one speech; a talk closed by its recorders' notes
    # is one)
    (
        "trap-a-talk-s-title-after-a-sentence",
        TALK_A + "泉州开元慈儿院讲录" + TALK_B + TALK_C,
        ["泉州开元慈儿院讲录"],
    ),
    (
        "trap-after-recorders-notes",
        TALK_A + "（等慈記）（見海刊二十一卷八期）為私立雲棲兒童教養院兒童訓話" + TALK_B + TALK_C,
        [None, "為私立雲棲兒童教養院兒童訓話"],  # (a talk closed by such notes is one)
    ),
    (
        "trap-an-occasion-after-the-first-title",
        "南闽十年之梦影丁丑二月十六日在南普陀寺佛教养正院讲："
        + TALK_A
        + "万寿岩念佛堂开堂演词"
        + TALK_B
        + TALK_C,
        ["南闽十年之梦影", "万寿岩念佛堂开堂演词"],
    ),
]


@pytest.mark.parametrize(
    ("text", "titles"), [row[1:] for row in TALK_TITLES], ids=[row[0] for row in TALK_TITLES]
)
def test_a_bare_title_naming_a_talk_glued_after_a_sentence_opens_a_piece(
    text: str, titles: list[str | None]
) -> None:
    """(trap) …是谁也不能少的。泉州开元慈儿院讲录现在读书…: a title ending with a word that names a
    talk (讲录, 演词, 训话…), glued after a sentence end with no note before it (holdout3 t10,
    holdout h10, holdout10 a04); the occasion glued after the text's first title is cut off it."""
    assert _titles(text) == titles


NOT_TALK_TITLES = [
    # (id, the text: one speech)
    ("a-sentence-saying-a-talk", TALK_A + "校长作了训话大家都很感动。" + TALK_B + TALK_C),
    ("the-sentence-goes-on", TALK_A + "泉州开元慈儿院讲录稿已经印出来了。" + TALK_B + TALK_C),
]


@pytest.mark.parametrize(
    "text", [row[1] for row in NOT_TALK_TITLES], ids=[row[0] for row in NOT_TALK_TITLES]
)
def test_a_talk_s_name_inside_a_sentence_opens_no_piece(text: str) -> None:
    speeches = parse_text(text).speeches
    assert len(speeches) == 1
    assert speeches[0].title is None


@pytest.mark.parametrize(
    "opening",
    ["那年丁丑二月十六日在南普陀寺佛教养正院讲：", "我们二〇二四年在南普陀寺讲："],
    ids=["that-year", "we"],
)
def test_a_sentence_before_an_occasion_keeps_it(opening: str) -> None:
    """(near miss) 那年丁丑二月十六日在…讲：: words of a sentence before the date (那, 我们) are no title,
    and the occasion is not cut off them."""
    assert segment_lines(opening + TALK_A + TALK_B + TALK_C)[0].text.startswith(opening)


def test_a_bare_title_with_its_dashed_occasion_after_a_sentence_opens_a_piece() -> None:
    """(trap) …中錄出。畢業與休假──二十九年六月在漢藏院講──本院創辦以來，…: a title glued after a
    sentence end, with no note before it, has its occasion between dashes after it (holdout10 a04)."""
    text = (
        TALK_A
        + "畢業與休假──二十九年六月在漢藏院講──本院創辦以來，已經有八學年了。"
        + TALK_B
        + TALK_C
    )
    assert "畢業與休假" in _titles(text)


@pytest.mark.parametrize(
    "dashed",
    [
        "改革开放──这一伟大的觉醒──为中国带来了巨变。",  # (no occasion between the dashes)
        "校长在大会上──二十九年六月在礼堂讲──说了这番话。",  # (a sentence's words before them)
    ],
    ids=["no-occasion", "a-sentence-s-words"],
)
def test_words_before_dashes_that_are_no_title_stay(dashed: str) -> None:
    text = TALK_A + dashed + TALK_B + TALK_C
    assert len(parse_text(text).speeches) == 1
    assert any(dashed in seg.text for seg in segment_lines(text))  # (not cut)


def test_a_series_of_titles_the_text_opens_with_opens_its_pieces() -> None:
    """(trap) 一论治学方法有方法… | …打破了。二论治学方法你们… | …。三论治学方法要大胆…: the further titles of
    a series the one-line text opens with, its first title's words with the number changed, glued
    after sentence ends (holdout26 p02)."""
    text = "一论治学方法" + TALK_A + "二论治学方法" + TALK_B + "三论治学方法" + TALK_C
    assert _titles(text) == ["一论治学方法", "二论治学方法", "三论治学方法"]


@pytest.mark.parametrize(
    "text",
    [
        "一论治学方法" + TALK_A + "二论治学方法" + TALK_B + TALK_C,  # (one further title only)
        "一论治学方法"
        + TALK_A
        + "三论治学方法"
        + TALK_B
        + "四论治学方法"
        + TALK_C,  # (二 left out)
    ],
    ids=["one-further-title", "a-number-left-out"],
)
def test_a_series_not_counted_up_opens_no_piece(text: str) -> None:
    assert len(parse_text(text).speeches) == 1


def test_a_series_opening_with_its_occasion_keeps_each_word_once() -> None:
    """The occasion glued after a series' first title and the series' further titles cut the
    same text: each piece once, in order (the two sets of cuts went to ``cut_at`` unsorted, and
    the occasion came twice, its text run on after an empty piece)."""
    text = (
        "一论治学方法丁丑二月十六日在南普陀寺佛教养正院讲：你们都知道做学问要有方法，这是不错的。"
        "二论治学方法你们都知道要勤。三论治学方法要大胆。"
    )
    pieces = [seg.text for seg in talk_titles_apart([Segment(1, text, False)])]
    assert "".join(pieces) == text
    assert pieces == [
        "一论治学方法",
        "丁丑二月十六日在南普陀寺佛教养正院讲：",
        "你们都知道做学问要有方法，这是不错的。",
        "二论治学方法",
        "你们都知道要勤。",
        "三论治学方法",
        "要大胆。",
    ]
