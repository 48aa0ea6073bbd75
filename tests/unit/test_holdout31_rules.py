"""Rules from holdout31's misses (瞿秋白's 1927 pamphlet and 1924 lectures) and holdout29's
date bug (issue #14): a lone chapter's title ending with its own ？, a bare 序 between a
book's title and its text, a ——subtitle under a chapter's line, and a date line's date
without the place after it. Each row failed on the engine before these rules; the traps
hold a looser rule back."""

from __future__ import annotations

import pytest

from tests.regression.mess import wrap_line
from tui.engine.parse import parse_text

PARA = "　　我们已经论过中国革命的性质，现在要来说明领导的问题，这是最重要的问题。"


def _outline(text: str) -> tuple[str | None, list[tuple[int, str]]]:
    (speech,) = parse_text(text).speeches
    return speech.title, [(h.level, h.title) for h in speech.headings]


# --- a lone chapter's title ending with ？ (holdout31 p04) --------------------------------

SECTIONS = f"\n\n{PARA}\n\n第一节 策略问题\n\n{PARA}\n\n第二节 组织问题\n\n{PARA}\n"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("第五章 领导的人怎样？", "第五章领导的人怎样？"),
        ("第一章 中国革命么？", "第一章中国革命么？"),
        ("第三章 前进！", "第三章前进！"),
    ],
)
def test_a_lone_chapter_with_a_question_for_its_title_titles_the_file(
    first: str, title: str
) -> None:
    got, headings = _outline(first + SECTIONS)
    assert (got or "").replace(" ", "") == title
    assert headings == [(1, "策略问题"), (1, "组织问题")]


@pytest.mark.parametrize(
    "first",
    [
        "第五章 领导的人怎样？我们说",  # a sentence goes on after the ？
        "第五章 怎样？如何？",  # a ？ inside the title
    ],
)
def test_a_chapter_line_with_a_question_inside_is_no_lone_chapters_title(first: str) -> None:
    title, _ = _outline(first + SECTIONS)
    assert title is None or not title.startswith("第五章")


# --- a bare 序 under the title, beside the chapters (holdout31 p01) ------------------------

BOOK = (
    "《中国革命中之争论问题》\n\n作者：瞿秋白\n\n{preface}\n\n"
    "　　所以我提出两个根本问题来讨论：\n\n（一）中国是否革命？\n\n（二）谁革谁的命？\n\n"
    f"{PARA}\n\n{{chapter}}\n\n{PARA}\n\n（一）帝国主义之侵略中国\n\n{PARA}\n\n"
    f"（二）中国的官僚资产阶级\n\n{PARA}\n"
)
CHAPTER = "第一章 中国革命么？\n\n——中国经济及社会阶级略说"


def test_a_bare_preface_line_under_the_title_heads_its_part_beside_the_chapters() -> None:
    assert _outline(BOOK.format(preface="序", chapter=CHAPTER)) == (
        "中国革命中之争论问题",
        [
            (1, "序"),
            (2, "中国是否革命？"),
            (2, "谁革谁的命？"),
            (1, "中国革命么？"),
            (2, "帝国主义之侵略中国"),
            (2, "中国的官僚资产阶级"),
        ],
    )


def test_a_dash_subtitle_under_a_chapters_line_is_no_heading() -> None:
    _, headings = _outline(BOOK.format(preface="序", chapter=CHAPTER))
    assert all("略说" not in title for _, title in headings)


@pytest.mark.parametrize("preface", ["甲", "乙"])
def test_another_single_character_line_is_no_preface(preface: str) -> None:
    title, headings = _outline(BOOK.format(preface=preface, chapter=CHAPTER))
    assert (1, preface) not in headings


def test_a_preface_line_with_no_chapters_after_it_is_no_heading() -> None:
    # (one unnumbered line over a list and nothing else: a line of the text, as before)
    text = BOOK.format(preface="序", chapter="").replace("（一）帝国", "一、帝国")
    _, headings = _outline(text.replace("（二）中国的", "二、中国的"))
    assert (1, "序") not in headings


# --- a date line's date, without the place after it (holdout29 p07, p09) -------------------

REPORT = (
    "政府工作报告\n{line}\n省长 王某某\n各位代表：\n" + PARA * 3 + "\n一、工作回顾\n" + PARA + "\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2026年1月14日在浙江省第十四届人民代表大会第四次会议上", "2026年1月14日"),
        ("（2024年3月5日在第十四届全国人民代表大会第二次会议上）", "2024年3月5日"),
        ("一九五六年四月二十五日在中央政治局扩大会议上", "一九五六年四月二十五日"),
        ("2026年02月10日 07时41分", "2026年02月10日"),
        ("（１９１５年１２月中旬）", "１９１５年１２月中旬"),
        ("（2018年12月25日至26日）", "2018年12月25日至26日"),
        ("（2022年10月16日）", "2022年10月16日"),
        ("2023-04-04", "2023-04-04"),
    ],
)
def test_a_date_lines_date_is_the_date_alone(line: str, date: str) -> None:
    (speech,) = parse_text(REPORT.format(line=line)).speeches
    assert speech.date == date


# --- a heading printed twice, one line under the other (holdout31 p05-p08) -----------------

LECTURE = (
    "{first}\n\n\n{second}\n\n\n" + PARA + "\n\n\n第二节 社会学之方法\n\n\n" + PARA + "\n\n\n"
    "第三节 社会学之目的\n\n\n" + PARA + "\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("第一节 社会学之对象", "第一节 社会学之对象"),
        ("第一节 社会学之对象", "第一节 社会学之对象——逻辑的与现实的对象"),
    ],
)
def test_a_heading_printed_twice_is_one_heading_the_second_line(first: str, second: str) -> None:
    (speech,) = parse_text(LECTURE.format(first=first, second=second)).speeches
    headings = [(h.level, h.title, h.line) for h in speech.headings]
    assert headings[0] == (1, second.split(" ", 1)[1], 4)
    assert [title for _, title, _ in headings[1:]] == ["社会学之方法", "社会学之目的"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("第一节 社会学之对象", "第一节 社会学之范围"),  # another title: a numbering slip
        ("第一节 社会学之对象——逻辑的", "第一节 社会学之对象"),  # the second is shorter
    ],
)
def test_two_headings_that_differ_are_both_kept(first: str, second: str) -> None:
    (speech,) = parse_text(LECTURE.format(first=first, second=second)).speeches
    assert [h.line for h in speech.headings][:2] == [1, 4]


def test_a_heading_repeated_after_text_is_not_merged() -> None:
    text = LECTURE.format(first="第一节 社会学之对象", second=PARA + "\n\n\n第一节 社会学之对象")
    (speech,) = parse_text(text).speeches
    assert [h.line for h in speech.headings if h.title == "社会学之对象"] == [1, 7]


# --- a one-line text that kept its paragraph indents (holdout31 p03) -----------------------

S = "我们要看清中国革命的性质和动力，这是我们的策略的根据。"
ONE_LINE = "论中国革命的策略\u3000\u3000" + "\u3000\u3000".join(
    [
        S * 2 + "中国革命含有民族的意义。第二，谁是中国民族的代表呢？资产阶级总是自命为代表。"
        "第三，资产阶级非常之弱，还没有能力组织自己的政党。",
        S * 3,
        S * 2 + "（一）国民党",
        S * 3,
        S * 2 + "当以这一目的为标准。（一）我们更加加紧赞助民族资产阶级的利益。（二）我们要眼睛"
        "看着群众的工人和农民。" + S,
        S * 2 + "（二）民族资产阶级",
        S * 3,
        S * 2 + "（三）农民",
        S * 3,
        S * 3,
        S * 2 + "（四）无产阶级",
        S * 3,
    ]
)


def test_a_kept_paragraphs_inline_items_are_not_cut_out_as_headings() -> None:
    title, headings = _outline(ONE_LINE)
    assert title == "论中国革命的策略"
    assert headings == [(1, "国民党"), (1, "民族资产阶级"), (1, "农民"), (1, "无产阶级")]


@pytest.mark.parametrize("lead", ["建设党组织的条件是："])
def test_a_first_point_said_in_one_sentence_at_its_paragraphs_end_is_kept(lead: str) -> None:
    # (holdout h13: …的条件是：一、要使五千党员成为…干部。 | 　　二、… — the outline's items)
    parts = [S * 2 + lead + "一、要使党员成为隐蔽的干部。"]
    parts += [f"{n}、要在主要的群众单位建立起巩固的支部。" + S for n in "二三四五六七"]
    parts += [S * 2] * 4
    _, headings = _outline("论党的组织\u3000\u3000" + "\u3000\u3000".join(parts))
    assert (
        headings
        == [(1, "要使党员成为隐蔽的干部")] + [(1, "要在主要的群众单位建立起巩固的支部")] * 6
    )


def test_a_one_line_text_with_seams_inside_its_pieces_keeps_its_glued_headings() -> None:
    # (no kept paragraphs: a piece holding "。 " is a page's or an extraction's run of paragraphs)
    text = "论中国革命的策略\u3000\u3000" + "\u3000\u3000".join(
        [S + " " + S + "一、国民党。" + S + " " + S + "二、农民。" + S] + [S + " " + S] * 10
    )
    assert _outline(text) == ("论中国革命的策略", [(1, "国民党"), (1, "农民")])


_WRAPPED_TITLE = (
    "《中国革命中之争论问题》\n\n作者：瞿秋白\n\n序\n\n"
    "\u3000\u3000中国革命中之争论问题：第三国际还是第零国际？——中国革命中之孟\n"
    "雪维克主义（一九二七年二月）\n\n"
    "\u3000\u3000最近共产国际对于中国革命问题决定了一个议决案，根本指出中国革命的前途。\n\n"
    "（一）中国是否革命？\n\n正文一段。\n\n（二）中国是谁革谁的命？\n\n正文一段。\n"
)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # holdout31 p01 under --mess wrap: the tail of a long title line a hard wrap cut is
        # no collected edition's dated title of a second piece (engine41's rule took it)
        (_WRAPPED_TITLE, 1),
        # (trap) a dated title under a line that ends its sentence still opens a piece
        (
            "第一篇讲话\n\n同志们：\n\n今天我们开会，会议的主要任务是总结过去一年的工作。\n\n"
            "正文的最后一段话讲得很长很长很长很长很长很长很长很长很长。\n"
            "怎样做一个共产党员①（一九三九年五月三十日）\n\n同志们：\n\n今天讲第二个问题。\n",
            2,
        ),
    ],
)
def test_a_wrapped_title_tail_is_no_dated_title(text: str, count: int) -> None:
    assert len(parse_text(text).speeches) == count


# --- a running header with its page number as a label (holdout31 p07, p08, p10 under pdf) ---

LONG = "　　" + "一个系统若不受外力便不能变更其现状这就是均势自然科学之中有机械的均势" * 2
SEAM = "讲话稿精选汇编　第 {n} 页"


def _paged(*blocks: str) -> str:
    """Blocks of lines, a page footer (讲话稿精选汇编　第 N 页) between two of them."""
    out: list[str] = []
    for n, block in enumerate(blocks):
        if n:
            out += ["", SEAM.format(n=n), ""]
        out.append(block)
    return "\n".join(out) + "\n"


def _noise_and_titles(text: str) -> tuple[list[str], list[str]]:
    document = parse_text(text)
    noise = [p.text for p in document.paragraphs if p.kind.value == "noise"]
    titles = [h.title for s in document.speeches for h in s.headings]
    return noise, titles


def test_a_running_header_with_a_page_label_is_noise() -> None:
    text = _paged(
        f"一、原始均势\n\n{PARA}",
        f"{PARA}\n\n二、均势之破坏",  # (the seam right under a heading without a full stop)
        f"{PARA}\n\n三、均势之恢复\n\n{PARA}",
        PARA,
    )
    noise, titles = _noise_and_titles(text)
    assert noise == [SEAM.format(n=n) for n in (1, 2, 3)]
    assert titles == ["原始均势", "均势之破坏", "均势之恢复"]


@pytest.mark.parametrize(
    "line",
    [
        # (traps) the same words with a page label on two pages only; a clause naming a
        # page, on three
        "讲话稿精选汇编　第 {n} 页|2",
        "关于均势，详见本书第 {n} 页|3",
    ],
)
def test_a_page_label_on_fewer_pages_or_in_a_sentence_is_no_header(line: str) -> None:
    form, pages = line.split("|")
    blocks = [f"{PARA}\n\n{form.format(n=n)}" if n < int(pages) else PARA for n in range(4)]
    noise, _ = _noise_and_titles("\n\n".join(blocks) + "\n")
    assert noise == []


# --- a footnote's mark looked for over paragraphs of text, page seams left out (holdout3 t11
# under --mess pages, once the seams' running headers were noise) ----------------------------


def _footnotes_after(between: int, seams: int) -> list[str]:
    """The headings of a text whose ① note stands ``between`` paragraphs of text under the
    paragraph that refers to it, a page seam (- N -) after each of the first ``seams``."""
    lines = ["——在中央全会上的报告", f"　　这是会议的决议①，{PARA[2:]}"]
    for n in range(between):
        lines.append(PARA)
        if n < seams:
            lines.append(f"- {n + 1} -")
    lines += ["①指一九四七年中共中央作出的决议。", "②指同年的土地法大纲。", PARA]
    document = parse_text("\n\n".join(lines) + "\n")
    return [h.title for s in document.speeches for h in s.headings]


def test_a_footnote_below_page_seams_is_still_a_footnote() -> None:
    assert _footnotes_after(10, 4) == []


def test_a_circled_item_far_below_a_mark_is_a_heading() -> None:
    # (trap) twelve paragraphs of text between the mark and the ① line: no note of it
    assert _footnotes_after(12, 0) == ["指一九四七年中共中央作出的决议", "指同年的土地法大纲"]


# --- a list of titles alone, one right under the other, announced with a colon (holdout31 p07
# 第五节 under pdf: 一、原始均势——“正题” | 二、… | 三、… then …分做三种形式： | 一、稳定的均势。…) ----


def _two_lists(between_items: str) -> list[tuple[int, str]]:
    first = [
        "一、原始均势——“正题”（these）",
        "二、均势之破坏——“反题”（antithese）",
        "三、均势之恢复——“合题”（synthese）",
    ]
    lines = ["第一节 物观的问题", PARA, "第二节 矛盾观与历史的矛盾性", PARA]
    lines.append("　　动象里的这种性质，黑智儿以下列的形式规定之：")
    for item in first:
        lines += [item, *([between_items] if between_items else [])]
    lines += [PARA, PARA, "　　大致我们可以分做三种形式："]
    for item in ("一、稳定的均势。", "二、积极的变易的均势。", "三、消极的变易的均势。"):
        lines += [item + PARA[2:], PARA]
    return _outline("\n\n".join(lines) + "\n")[1]


def test_a_list_announced_after_a_list_of_titles_stands_beside_it() -> None:
    assert [level for level, _ in _two_lists("")] == [1, 1, 2, 2, 2, 2, 2, 2]


def test_a_list_announced_under_a_section_with_text_goes_under_it() -> None:
    # (trap) the first list's items are sections, text under each: the tasks announced
    # under the last one are its own (二、今年的工作 | …五个方面的工作： | 一、…)
    assert [level for level, _ in _two_lists(PARA)] == [1, 1, 2, 2, 2, 3, 3, 3]


# --- a preface's list, then a chapter whose list starts over (holdout31 p01 --as pdf: the PDF
# lost the lone 序 line above the preface) -------------------------------------------------


def _preface_then_chapter(*under_chapter: str) -> list[tuple[int, str]]:
    lines = ["《中国革命中之争论问题》", "作者：瞿秋白", PARA, "　　所以我提出三个根本问题来讨论："]
    lines += ["（一）中国是否革命？", "（二）中国是谁革谁的命？", "（三）谁应当是革命之领袖阶级？"]
    lines += [PARA, "第一章 中国革命么？", PARA]
    for item in under_chapter:
        lines += [item, PARA]
    return _outline("\n\n".join(lines) + "\n")[1]


def test_a_list_starting_over_under_a_chapter_is_the_chapters() -> None:
    outline = _preface_then_chapter("（一）帝国主义之侵略中国", "（二）中国的官僚资产阶级")
    assert [level for level, _ in outline] == [1, 1, 1, 1, 2, 2]


def test_a_list_going_on_under_a_chapter_stays_beside_it() -> None:
    # (trap) （四） goes on with the preface's （一）…（三）: not a list of the chapter's own
    outline = _preface_then_chapter("（四）共产党是否争过领袖权")
    assert [level for level, _ in outline] == [1, 1, 1, 1, 1]


# --- a heading line with no sentence end, two empty lines, a paragraph (holdout31 p07 L197) ---


def _terms_then_text(cut: str) -> list[str]:
    """Titles of a lecture whose paragraphs are two empty lines apart and whose lines broken
    at a foreign word go on after ``cut`` (a line break, or a break and empty lines)."""
    lines = [
        "第一节 物观的问题",
        PARA,
        f"　　在他们以前，法国学者白须埃在他的《世界通史》里说历史是神意的实现（bossuet．{cut}"
        "1627—1704），这是神学的历史观。",
        f"　　德国唯心派哲学家莱辛也说历史是神对于人类之教育（lessing．1729—{cut}1781）。",
        "　　动象里的这种性质，黑智儿以下列的形式规定之：",
        "一、原始均势——“正题”（these）",
        "二、均势之破坏——“反题”（antithese）",
        "三、均势之恢复——“合题”（synthese）",
        "　　这种“三题式”（triade）就是所谓“互辩律”（dialectique）。一切动象都含有这种性质。",
        PARA,
        "　　大致我们可以分做两种形式：",
        "一、稳定的均势。" + PARA[2:],
        "二、积极的变易的均势。" + PARA[2:],
    ]
    return [title for _, title in _outline("\n\n\n".join(lines) + "\n")[1]]


def test_a_heading_line_a_blank_line_above_text_ends_where_cut_lines_run_on() -> None:
    assert _terms_then_text("\n")[3] == "均势之恢复——“合题”（synthese）"


def test_a_heading_line_goes_on_where_cut_lines_have_blank_lines_too() -> None:
    # (trap) a text whose cut lines have empty lines after them (a PDF's extraction): a
    # blank line tells nothing, the heading goes on as before
    assert _terms_then_text("\n\n\n")[3].startswith("均势之恢复——“合题”（synthese）这种")


# --- a heading line, a page seam, an indented line (holdout31 p04 L15 under --mess pdf) -------

LONG_PARA = (
    "　　"
    + "关于策略之错误，我已经说过许多，此地再指一指历史事实罢了。但是我首先要说一句总话。" * 3
)


def _heading_at_a_seam(after_seam: str) -> str:
    """The first section's title in a PDF-like text (lines broken every 30 characters, a
    blank line between paragraphs) whose first page ends right under that section's line;
    ``after_seam``, if any, is a line of its own after the seam."""
    lines = ["第五章 领导的人怎样？", ""]
    for number, title in enumerate(("策略问题", "组织问题", "思想问题"), 1):
        lines += [f"第{'一二三'[number - 1]}节 {title}", ""]
        if number == 1:
            lines += ["1", "学习参考资料（内部）"]
            lines += [after_seam] if after_seam else []
            lines += wrap_line(LONG_PARA, 30) + [""]
        lines += wrap_line(LONG_PARA, 30) + [""] + wrap_line(LONG_PARA, 30) + [""]
        if number == 2:
            lines += ["2", "学习参考资料（内部）"]
    (speech,) = parse_text("\n".join(lines) + "\n").speeches
    return speech.headings[0].title


def test_an_indented_line_after_a_seam_under_a_heading_opens_a_paragraph() -> None:
    assert _heading_at_a_seam("") == "策略问题"


def test_a_short_piece_after_a_seam_under_a_heading_goes_on_its_title() -> None:
    # (trap) a short piece with no indent: the seam cut the heading's line (（三）深入 | — 3 — |
    # 推进城市治理现代化)
    assert _heading_at_a_seam("与路线之错误").startswith("策略问题与路线之错误")


# --- a wrapped line's first item whose item before it stands after a comma (holdout31 p01 L65
# under --mess wrap and pdf: …就是，一、帝国主义“让步”的政略；| 二、买办阶级之分化…) ----------------


def _wrapped_after(first_item: str) -> list[str]:
    """The headings of a text wrapped every 30 characters in which a paragraph's line ends
    with ``first_item`` (its first item after a comma) and the next line opens with 二、."""
    lead = "买办阶级之中会生出民族资产阶级来，显然是这两种原因：就是，"
    body = "我们已经论过中国革命的性质，现在要来说明领导的问题，这是最重要的问题。" * 2
    filler = body[: (-len(lead + first_item)) % 30]
    inline = filler + lead + first_item + "二、买办阶级之分化——破产失业的独立经济之形成。" + body
    lines = ["第一章 中国革命么？", ""]
    for paragraph in (body * 3, inline, body * 2, body * 3):
        lines += wrap_line(paragraph, 30) + [""]
    return [h.title for s in parse_text("\n".join(lines) + "\n").speeches for h in s.headings]


def test_a_second_item_whose_first_stands_after_a_comma_goes_on_its_paragraph() -> None:
    assert _wrapped_after("一、帝国主义“让步”的政略（尤其是日本）；") == []


def test_a_second_item_of_another_family_after_a_comma_item_is_a_heading() -> None:
    # (trap) 一是 after the comma, 二、 at the line's start: not the same series
    assert _wrapped_after("一是帝国主义“让步”的政略（尤其是日本）；") == [
        "买办阶级之分化——破产失业的独立经济之形成"
    ]


# --- conclusions after a bare 因此： (holdout31 p07 L276-L285: 第一、…第三、 beside 一、二、) --------


def _conclusions(turn: str, with_list: bool = True) -> list[int]:
    lines = ["第一节 物观的问题", PARA, "第二节 社会科学中之突变论与渐变论", PARA]
    if with_list:
        lines += [
            "　　这里我们可以看见变易的过程的两种特性：",
            "一、数量变易到一定的程度，便能发生质量上的变易。",
            PARA,
            "二、数量变成质量时，是一种突然跳跃的现象，——渐进的过程里显露出划分两截的界线。",
            PARA,
            PARA,
        ]
    lines += [
        turn,
        "第一、社会里与自然界里都有突变。",
        "第二、一切渐变都必行向突变。",
        "第三、每次必须经过一种突变。",
    ]
    return [level for level, _ in _outline("\n\n".join(lines) + "\n")[1]]


def test_conclusions_after_a_bare_connective_stand_beside_the_list() -> None:
    assert _conclusions("　　因此：") == [1, 1, 2, 2, 2, 2, 2]


@pytest.mark.parametrize(
    ("turn", "with_list", "levels"),
    [
        # (traps) the connective with words after it announces the open item's own points; with
        # no list open, the series stays under its section
        ("　　因此，社会科学里有三条结论：", True, [1, 1, 2, 2, 3, 3, 3]),
        ("　　因此：", False, [1, 1, 2, 2, 2]),
    ],
)
def test_a_connective_with_words_or_no_open_list_keeps_the_series_under(
    turn: str, with_list: bool, levels: list[int]
) -> None:
    assert _conclusions(turn, with_list) == levels
