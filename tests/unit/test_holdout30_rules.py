"""Rules found on holdout30 (issue #14): reprint notes under a piece's closing note, a piece's
date of the Republican era above its source line, a collected edition's next piece after its
widest gap, the acts of a history told as a play (第一幕　…) and 第一个魔王—— under them.

Each row fails on the engine before the rule (checked); the trap rows keep a looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.engine.markers import match_marker

TEXT = "书院的制度，在中国教育史上占很重要的位置，今天只讲其中的大概。"
END = "诸位，我们恭恭敬敬地请你们来试试这种新生活。"


def _file(*lines: str, gap: int = 1) -> str:
    """``lines`` as paragraphs, ``gap`` empty lines between two of them (a line ending with
    ``\n`` has as many more under it)."""
    return ("\n" * (gap + 1)).join(lines) + "\n"


# --- notes under a piece's closing note (p01 又载…, p02 收入…《胡适选集》…) ----------------------

NOTE = "本文为1923年12月10日胡适在南京东南大学的演讲"
CLOSING_NOTES = [
    # (id, lines, speeches)
    (
        "a-second-printing-under-the-source-line",
        ("书院制史略", TEXT * 3, TEXT + END, NOTE, "陈启宇记", "原载1923年12月10日《东方杂志》第20卷",
         "又载1923年12月24日《北京大学日刊》"),
        1,
    ),
    (
        "a-book-that-took-the-piece-in",
        ("中国历史的一个看法", TEXT * 3, TEXT + END, NOTE,
         "收入1966年台北文星书店出版的《胡适选集》演讲分册"),
        1,
    ),
    (
        # (trap) 收入 opening a paragraph of text under the note: the note titles that text
        "trap-income-opening-a-paragraph-is-text",
        ("中国历史的一个看法", TEXT * 3, TEXT + END, NOTE,
         "收入分配的问题，我们在《胡适选集》里也谈过，今天再从头讲起，请大家多多指教。" + TEXT),
        2,
    ),
    (
        # (trap) a reprint line with no book or paper named in 《》 is no note
        "trap-a-reprint-verb-without-a-book-is-text",
        ("中国历史的一个看法", TEXT * 3, TEXT + END, NOTE, "又载入史册的事情很多，今天只讲一件。" + TEXT),
        2,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lines", "speeches"),
    [row[1:] for row in CLOSING_NOTES],
    ids=[row[0] for row in CLOSING_NOTES],
)
def test_notes_under_a_closing_note(lines: tuple[str, ...], speeches: int) -> None:
    document = parse_text(_file(*lines))
    assert len(document.speeches) == speeches, [s.title for s in document.speeches]


# --- a collected edition's pieces (p08 民国八年八月 | 原载…; p07 the widest gap) ----------------

SOURCE = "原载1919年8月24日《新生活》第1期"
PIECES = [
    # (id, text, titles)
    (
        "a-republican-date-above-the-source-line",
        _file("新生活的意思", TEXT * 3, END, "民国八年八月", SOURCE, "非个人主义的新生活", TEXT * 3, TEXT),
        ["新生活的意思", "非个人主义的新生活"],
    ),
    (
        "a-republican-date-with-its-day-above-the-source-line",
        _file("新生活的意思", TEXT * 3, END, "民国八年八月二十日", SOURCE, "非个人主义的新生活", TEXT * 3),
        ["新生活的意思", "非个人主义的新生活"],
    ),
    (
        # (trap) a line above the source that is neither a sentence's end nor a date
        "trap-an-unfinished-line-above-the-source-line",
        _file("新生活的意思", TEXT * 3, END, "民国八年八月的一些想法", SOURCE, "非个人主义的新生活",
              TEXT * 3),
        ["新生活的意思"],
    ),
    (
        # (engine45: p08 under --mess pdf) a page seam between the date and the source line
        "a-page-seam-between-the-date-and-the-source-line",
        _file("新生活的意思", TEXT * 3, "- 1 -", "领导讲话稿汇编", TEXT * 2, END, "民国八年八月", "- 2 -",
              "领导讲话稿汇编", SOURCE, "非个人主义的新生活", TEXT * 3, TEXT),
        ["新生活的意思", "非个人主义的新生活"],
    ),
    (
        # (trap) a short line printed once between them is no running header: text
        "trap-a-line-printed-once-between-the-date-and-the-source-line",
        _file("新生活的意思", TEXT * 3, TEXT * 2, END, "民国八年八月", "- 2 -", "领导讲话稿汇编",
              SOURCE, "非个人主义的新生活", TEXT * 3, TEXT),
        ["新生活的意思"],
    ),
    (
        "a-bare-title-after-the-widest-gap-of-the-file",
        _file("祝贺女青年会", TEXT * 3, TEXT, END + "\n\n", "眼前文化的趋向", TEXT * 3, TEXT, gap=2),
        ["祝贺女青年会", "眼前文化的趋向"],
    ),
    (
        # (trap) one empty line more than the file's gaps is a writer's pause, not a new piece
        "trap-a-gap-one-line-wider-is-no-piece",
        _file("祝贺女青年会", TEXT * 3, TEXT, END + "\n", "眼前文化的趋向", TEXT * 3, TEXT, gap=2),
        ["祝贺女青年会"],
    ),
    (
        # (engine94: p07 --as pdf) a page seam made one other gap one line wider than the rest
        "a-bare-title-after-the-widest-gap-beside-a-gap-a-page-seam-widened",
        _file("祝贺女青年会", TEXT * 3, TEXT + "\n", TEXT, END + "\n\n", "眼前文化的趋向", TEXT * 3, TEXT,
              gap=2),
        ["祝贺女青年会", "眼前文化的趋向"],
    ),
    (
        # (trap) a gap as wide as another of the file's is no piece's gap
        "trap-a-gap-as-wide-as-another-is-no-piece",
        _file("祝贺女青年会", TEXT * 3, TEXT + "\n\n", TEXT, END + "\n\n", "眼前文化的趋向", TEXT * 3,
              TEXT, gap=2),
        ["祝贺女青年会"],
    ),
    (
        # (trap) the widest gap but one line wider than the paragraphs' usual gap: a pause
        "trap-the-widest-gap-one-line-wider-than-the-usual-is-no-piece",
        _file("祝贺女青年会", TEXT * 3, TEXT, TEXT, END + "\n", "眼前文化的趋向", TEXT * 3, TEXT, gap=2),
        ["祝贺女青年会"],
    ),
    (
        # (trap) a file with no title on its first line: no collected edition of titled pieces
        "trap-no-title-on-the-first-line",
        _file(TEXT * 3, TEXT, END + "\n\n", "眼前文化的趋向", TEXT * 3, TEXT, gap=2),
        [None],
    ),
    (
        # (trap) the same line printed again elsewhere: a running header, no piece's title
        "trap-a-line-printed-again-is-no-piece",
        _file("祝贺女青年会", TEXT * 3, END + "\n\n", "眼前文化的趋向", TEXT * 3, "眼前文化的趋向",
              TEXT, gap=2),
        ["祝贺女青年会"],
    ),
    (
        # (trap) the wide gap above a line that ends no sentence under it: a heading's text
        "trap-a-sentence-not-finished-above-the-gap",
        _file("祝贺女青年会", TEXT * 3, "我们盼望女青年会继续二十年光荣的遗风\n\n", "眼前文化的趋向",
              TEXT * 3, gap=2),
        ["祝贺女青年会"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "titles"), [row[1:] for row in PIECES], ids=[row[0] for row in PIECES]
)
def test_pieces_of_a_collected_edition(text: str, titles: list[str | None]) -> None:
    document = parse_text(text)
    assert [s.title for s in document.speeches] == titles


# --- 第一幕　… acts and 第一个魔王—— under them (p02) -------------------------------------------

MARKERS = [
    # (text, family, number): family None when no such marker opens the line
    ("第一幕　老英雄建立大帝国", "di-space", 1),
    ("第二场 老英雄受困两魔王", "di-space", 2),
    ("第一个魔王——野蛮民族侵入，在汉朝崩溃的时候。", "di-unit", 1),
    ("第二个魔王——印度文化输入。", "di-unit", 2),
    # (traps) the act said in a sentence, a counter word spaced out, a one-character or a long
    # noun before the dash, a comma for the dash, a dash of its own
    ("第一幕　老英雄建立大帝国，这是开场。", None, 0),
    ("第一　次会议上大家讨论了这个问题。", None, 0),
    ("第一个人——他说话了。", None, 0),
    ("第一个站出来的人——他说话了。", None, 0),
    ("第一个魔王，野蛮民族侵入。", None, 0),
    ("第一个魔王————野蛮民族侵入。", None, 0),
]


@pytest.mark.parametrize(("text", "family", "number"), MARKERS, ids=[m[0] for m in MARKERS])
def test_acts_and_their_named_items(text: str, family: str | None, number: int) -> None:
    marker = match_marker(text)
    if family is None:
        assert marker is None or marker.family not in ("di-space", "di-unit"), marker
    else:
        assert marker is not None and (marker.family, marker.number) == (family, number)


def _acts(*under_second: str) -> str:
    parts = ["中国历史的一个看法", TEXT * 3]
    for number, act in enumerate(("一", "二", "三")):
        parts += [f"第{act}幕　老英雄的第{number + 1}段故事", TEXT * 2]
        if act == "二":
            parts += [*under_second]
    return "\n\n".join(parts) + "\n"


ACTS = [
    (
        "acts-with-two-named-items-under-the-second",
        _acts("第一个魔王——野蛮民族侵入，造成江左偏安之局。", TEXT,
              "第二个魔王——印度文化输入，将中国文化征服。", TEXT),
        [(1, "第一幕"), (1, "第二幕"), (2, "第一个魔王——"), (2, "第二个魔王——"), (1, "第三幕")],
    ),
    (
        # (trap) the acts listed in advance, title-only lines one after the other, then the
        # same lines as headings: the first run is a table of contents, no entries
        "trap-acts-said-in-advance-then-taken",
        "\n\n".join(["中国历史的一个看法", TEXT, "第一幕　老英雄建立大帝国", "第二幕　老英雄受困两魔王",
                     "第一幕　老英雄建立大帝国", TEXT * 2, "第二幕　老英雄受困两魔王", TEXT * 2]) + "\n",
        [(1, "第一幕"), (1, "第二幕")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outline"), [a[1:] for a in ACTS], ids=[a[0] for a in ACTS])
def test_a_history_told_in_acts(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    got = [(h.level, h.marker.strip()) for s in speeches for h in s.headings]
    assert got == outline
    assert len(speeches) == 1


# --- a list done with: turned from (以下再说…) or summed up (上列三项…) (p05) ----------------------


def _policy(*lines: str) -> str:
    return "\n\n".join(("好政府主义", TEXT * 3, *lines)) + "\n"


ITEMS = (
    "（1）人类是造工具的动物，政府是工具的一种。",
    "（2）这种工具的特性，是有组织，有公共目的的权力。",
    "（3）这种工具的效能，可促进社会全体的进步。",
)
POINTS = (
    "第一，可得到评判的标准。" + TEXT,
    "第二，可得到民治的原理。" + TEXT,
    "第三，可得到革命的原理。" + TEXT,
)
NEEDS = ("（一）要觉悟政治的重要。" + TEXT, "（二）要有公共的目标。" + TEXT)
DONE_WITH = [
    (
        "a-series-after-a-turn-to-the-next-topic-stands-beside-the-list",
        _policy("综前所说：好政府主义有三个基本观念——", *ITEMS,
                "以下再说由工具主义的政府观中所得到的益处：", *POINTS),
        [(1, "（1）"), (1, "（2）"), (1, "（3）"), (1, "第一，"), (1, "第二，"), (1, "第三，")],
    ),
    (
        # (trap) no turn said: the series after the list is the last item's
        "trap-no-turn-the-series-is-the-last-item-s",
        _policy("综前所说：好政府主义有三个基本观念——", *ITEMS,
                "由工具主义的政府观中可以得到许多益处：", *POINTS),
        [(1, "（1）"), (1, "（2）"), (1, "（3）"), (2, "第一，"), (2, "第二，"), (2, "第三，")],
    ),
    (
        "a-bracketed-list-after-a-spoken-series-summed-up-stands-beside-it",
        _policy(*POINTS, "上列三项，就是好政府主义的引伸义。", "复次，好政府主义的实行，至少须备有几个重要的条件。",
                *NEEDS),
        [(1, "第一，"), (1, "第二，"), (1, "第三，"), (1, "（一）"), (1, "（二）")],
    ),
    (
        # (trap) not summed up: the （一） list is the last point's, under it
        "trap-not-summed-up-the-list-is-the-last-point-s",
        _policy(*POINTS, "复次，好政府主义的实行，至少须备有几个重要的条件。", *NEEDS),
        [(1, "第一，"), (1, "第二，"), (1, "第三，"), (2, "（一）"), (2, "（二）")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [d[1:] for d in DONE_WITH], ids=[d[0] for d in DONE_WITH]
)
def test_a_list_done_with(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    assert [(h.level, h.marker.strip()) for s in speeches for h in s.headings] == outline


# --- a bare closing part: 尾声 after the acts (p02), 结论 after 四、 (holdout17 h05) ---------------

SECTIONS = ("一、问题的由来", TEXT * 2, "二、研究的方法", TEXT * 2)
CODAS = [
    (
        "a-bare-conclusion-after-numbered-parts",
        _policy(*SECTIONS, "结论", TEXT * 2),
        [(1, "一、"), (1, "二、"), (1, "结论")],
    ),
    (
        "a-bare-epilogue-after-the-acts",
        _policy("第一幕　老英雄建立大帝国", TEXT * 2, "第二幕　老英雄受困两魔王", TEXT * 2, "尾声",
                TEXT * 2),
        [(1, "第一幕"), (1, "第二幕"), (1, "尾声")],
    ),
    (
        # (trap) no numbered part before it: a short line of the text
        "trap-a-bare-conclusion-with-no-parts-before-it",
        _policy(TEXT * 2, "结论", TEXT * 2),
        [],
    ),
    (
        # (trap) after unnumbered section lines only, it is one of them (none is an entry)
        "trap-a-closing-line-after-unnumbered-sections",
        _policy("病重时", TEXT * 2, "临终时", TEXT * 2, "结语", TEXT * 2),
        [],
    ),
    (
        # (trap) with an introduction above the numbered parts, 引言 and 结论 frame one text
        # (docs/headings.md §2): neither is an entry
        "trap-an-introduction-and-a-conclusion-frame-the-parts",
        "\n\n".join(("好政府主义", "引言", TEXT * 2, *SECTIONS, "结论", TEXT * 2)) + "\n",
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a line that goes on past the part's name is no closing part
        "trap-a-conclusion-line-with-more-words",
        _policy(*SECTIONS, "结论和余话", TEXT * 2),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) under an unfinished sentence it is that sentence's end, no part
        "trap-a-conclusion-under-an-unfinished-sentence",
        _policy(*SECTIONS[:3], "我们由此得出的", "结论", TEXT * 2),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "outline"), [c[1:] for c in CODAS], ids=[c[0] for c in CODAS])
def test_a_bare_closing_part(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text).speeches
    got = [(h.level, (h.marker or h.title).strip()) for s in speeches for h in s.headings]
    assert got == outline


# --- a wrap inside brackets: 1） / 8) closing a bracket the line above left open (mess) -------

WRAPPED = "人民对于政府的希望，大概有两层，这两层的需要都是很自然的，"
BRACKETS = [
    (
        "a-half-bracket-number-closing-a-bracket-left-open-at-the-line-end",
        "\n".join(("好政府主义", "", WRAPPED + "分两方面：（",
                   "1）心理的需求，（2）实际的需求。" + WRAPPED, "也是很平常的道理。")),
        [],
    ),
    (
        "a-page-number-in-brackets-cut-by-the-wrap",
        "\n".join(("人生问题发端", "", WRAPPED + "(james' pragmatism p.10",
                   "8)生物学派的主张，虽然叫人努力。" + WRAPPED, "也是很平常的道理。")),
        [],
    ),
    (
        # (trap) the bracket above was closed: 1）… 2）… on their lines are a list's headings
        "trap-closed-brackets-above-the-items",
        "\n".join(("好政府主义", "", WRAPPED + "分两方面（见下）：", "1）心理的需求。" + WRAPPED,
                   "2）实际的需求。" + WRAPPED)),
        [(1, "1）"), (1, "2）")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "outline"), [b[1:] for b in BRACKETS], ids=[b[0] for b in BRACKETS]
)
def test_a_wrap_inside_brackets(text: str, outline: list[tuple[int, str]]) -> None:
    speeches = parse_text(text + "\n").speeches
    assert [(h.level, h.marker) for s in speeches for h in s.headings] == outline
