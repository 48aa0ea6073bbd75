"""A one-line text whose line breaks became spaces gets its lines back (issue #14, "One-line
texts"; ``tui/engine/spacedlines.py``): unnumbered section titles, （一）/1./（1） headings, ``##``
and ``**…**`` lines and a collection's speech titles start lines again, and the reader shows the
body's paragraphs, not one paragraph "…。 当前，…".

The trap rows (``trap-`` ids, the Markdown, reader and b21 tests) fail on the engine before
``spacedlines`` (checked with the hook in ``lines.segment_lines`` left out); the ``held-`` row
and the collection test passed before and must still pass; the near-miss rows are spaces that
are no lost line break and stay inside their line.
"""

from __future__ import annotations

import pytest

from tests.regression.mess import mess
from tui.engine import parse_text
from tui.engine.spacedlines import spaced_lines

INTRO = [
    "在全市经济工作会议上的讲话",
    "同志们：",
    "今天召开会议，主要是总结工作、部署任务。下面，我讲几点意见。",
]
BODY = (
    "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
    "要坚持问题导向，聚焦短板弱项，拿出过硬措施，推动工作不断取得新进展。",
    "各级领导干部要以身作则，带头落实，以上率下形成合力。"
    "要加强督促检查，对工作不力的要严肃问责，确保各项部署落地见效。",
)
CLOSE = ["同志们，让我们团结一心，扎实工作，奋力开创各项工作新局面。"]


def _joined(lines: list[str]) -> str:
    """``lines`` as the ``oneline`` mess joins a file's: stripped, by one space."""
    return mess("\n".join(lines), "oneline", "x.txt").data.decode("utf-8")


def _outline(text: str, path: str = "x.txt") -> list[tuple[int, str]]:
    document = parse_text(text, path)
    return [(h.level, h.marker + h.title) for speech in document.speeches for h in speech.headings]


def _sections(heads: list[str]) -> list[str]:
    lines = list(INTRO)
    for head in heads:
        lines += [head, *BODY]
    return lines + CLOSE


TRAPS = [
    # (id, the text's lines, its outline: (level, marker + title))
    (
        "held-paren-numbers-under-numbers",
        _sections(
            ["一、充分肯定成绩", "（一）经济平稳增长", "（二）改革持续深化", "二、明确工作重点"]
        ),
        [
            (1, "一、充分肯定成绩"),
            (2, "（一）经济平稳增长"),
            (2, "（二）改革持续深化"),
            (1, "二、明确工作重点"),
        ],
    ),
    (
        "trap-arabic-numbers",
        _sections(["1.坚持稳中求进", "2.坚持改革创新", "3.坚持底线思维"]),
        [(1, "1.坚持稳中求进"), (1, "2.坚持改革创新"), (1, "3.坚持底线思维")],
    ),
    (
        "trap-full-width-dot-numbers",
        _sections(["一．统一思想认识", "二．突出工作重点", "三．强化工作保障"]),
        [(1, "一．统一思想认识"), (1, "二．突出工作重点"), (1, "三．强化工作保障")],
    ),
    (
        # a PDF-extracted reader's bracketed numerals alone on their lines, the section's
        # paragraph under each (regression a20, holdout4 u11): joined, （一） 关于…。… is the
        # numeral alone and its paragraph, not a heading titled by its first sentence
        "trap-bracketed-numerals-alone",
        [
            *INTRO,
            "一、充分肯定成绩",
            *BODY,
            "（一）",
            "关于坚持稳中求进的问题。" + BODY[0],
            BODY[1],
            "（二）",
            "关于全面深化改革的问题。" + BODY[0],
            BODY[1],
            "二、明确工作重点",
            *BODY,
            *CLOSE,
        ],
        [(1, "一、充分肯定成绩"), (2, "（一）"), (2, "（二）"), (1, "二、明确工作重点")],
    ),
    (
        # the same, the paragraph's first line broken after a closing bracket inside its
        # sentence, as PDF extraction breaks them (holdout4 u06): read on into the next
        "trap-bracketed-numeral-alone-line-broken-after-a-bracket",
        [
            *INTRO,
            "一、充分肯定成绩",
            *BODY,
            "（一）",
            "或者由于这一发动使内战爆发，使南京中派（民族改良派）",
            "一部或大部走向亲日，削弱全国抗日力量。" + BODY[0],
            "（二）",
            "或者由于这一发动结束了“剿共”",
            "的内战，使停止内战一致抗日，反而得到早日的实现。" + BODY[0],
            "二、明确工作重点",
            *BODY,
            *CLOSE,
        ],
        [(1, "一、充分肯定成绩"), (2, "（一）"), (2, "（二）"), (1, "二、明确工作重点")],
    ),
    (
        # a lecture book's part and its short title (holdout31 p10's 第一 哲学, p09's 绪言 …):
        # before, the space was cut, the part lost and its 一、 read as level 1
        "trap-book-part-and-its-title",
        [
            "《社会哲学概论》",
            "第一 哲学",
            "一、宇宙之源起",
            *BODY,
            *BODY,
            "二、生命之发展",
            *BODY,
            *BODY,
        ],
        [(1, "第一 哲学"), (2, "一、宇宙之源起"), (2, "二、生命之发展")],
    ),
    (
        "trap-book-introduction-and-its-title",
        [
            "《社会哲学概论》",
            "绪言 哲学中之唯心唯物论",
            "一",
            *BODY,
            *BODY,
            "绪言二",
            *BODY,
            *BODY,
            "绪言三",
            *BODY,
            *BODY,
        ],
        [(1, "绪言 哲学中之唯心唯物论"), (2, "一"), (2, "绪言二"), (2, "绪言三")],
    ),
    (
        # a numeral, the source's own 　 and its title glued to its section's text
        # (regression a25's 三　对地主富农斗争的方法在经济上…): the 　 is no lost line break
        "trap-numeral-ideographic-space-title",
        [
            *INTRO,
            "一\u3000充分肯定成绩",
            *BODY,
            "二\u3000明确工作重点在经济上把各项任务落到实处，这是一件不容易的事。" + BODY[0],
            BODY[1],
            "三\u3000强化保障",
            *BODY,
            *CLOSE,
        ],
        [
            (1, "一 充分肯定成绩"),
            (1, "二 明确工作重点在经济上把各项任务落到实处，这是一件不容易的事"),
            (1, "三 强化保障"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("lines", "outline"), [row[1:] for row in TRAPS], ids=[row[0] for row in TRAPS]
)
def test_a_joined_text_keeps_its_outline(lines: list[str], outline: list) -> None:
    assert _outline("\n".join(lines)) == outline  # (the text with its lines: the same outline)
    assert _outline(_joined(lines)) == outline


def test_markdown_headings_and_bold_lines_start_lines() -> None:
    lines = [
        "# 在全市经济工作会议上的讲话",
        "同志们：",
        "今天召开会议，主要是总结工作、部署任务。",
        "## 认清形势",
        *BODY,
        "**一、坚持问题导向**",
        *BODY,
        "**二、坚持系统观念**",
        *BODY,
        *CLOSE,
    ]
    titles = [title for _, title in _outline(_joined(lines), "x.md")]
    assert titles == ["认清形势", "一、坚持问题导向", "二、坚持系统观念"]


def test_a_collection_keeps_its_speeches() -> None:
    """Two speeches, each a title, a salutation and its text: two speeches joined too (held:
    the engine found them before too)."""
    lines = [
        "在全市经济工作会议上的讲话",
        "同志们：",
        *BODY,
        *BODY,
        "在全市安全生产工作会议上的讲话",
        "同志们：",
        *BODY,
        *BODY,
    ]
    document = parse_text(_joined(lines))
    assert [speech.title for speech in document.speeches] == [
        "在全市经济工作会议上的讲话",
        "在全市安全生产工作会议上的讲话",
    ]


def test_the_reader_shows_the_paragraphs() -> None:
    """Each paragraph of the text is one of the reader's, not one "…。 当前，…" run."""
    lines = _sections(["一、充分肯定成绩", "二、明确工作重点", "三、强化工作保障"])
    texts = [para.text for para in parse_text(_joined(lines)).paragraphs]
    assert BODY[0] in texts and BODY[1] in texts
    assert not any(BODY[0] + " " + BODY[1] in text for text in texts)


def test_a_joined_corpus_file_keeps_its_unnumbered_titles() -> None:
    """b21 (1983 government work report) joined by spaces: its unnumbered part titles (过去五年
    的回顾 …) are level-1 headings as in the file with its lines."""
    from tests.regression.score import ROOT

    path = ROOT / "texts" / "b21_zfgzbg_1983_gbk.txt"
    if not path.is_file():
        pytest.skip("no regression texts")
    text = path.read_bytes().decode("gb18030").replace("\r\n", "\n")
    joined = mess(text, "oneline", path.name).data.decode("utf-8")
    assert _outline(joined)[:3] == _outline(text)[:3]
    assert (1, "过去五年的回顾") in _outline(joined)


# --- near misses: spaces that are no lost line break ------------------------------------------

KEPT = [
    # (id, a line of the text that keeps its space, the words on both sides)
    ("numeral-and-title", "一 重工业和轻工业、农业的关系", "一 重工业"),
    ("latin-words", "我们用的是 Deng Xiaoping 的译法。", "Deng Xiaoping"),
    ("a-date", "会议于2019年 3月 5日召开，历时十天。", "2019年 3月 5日"),
    ("spaced-digits", "关于1 9 9 8 年政府工作的建议", "1 9 9 8 年"),
    ("a-spaced-name", "王\u3000明", "王\u3000明"),
    ("an-ideographic-space-in-a-title", "第一幕\u3000老英雄建立大帝国", "第一幕\u3000老英雄"),
    ("a-spaced-three-character-name", "江\u3000泽\u3000民", "江\u3000泽\u3000民"),
    ("an-office-and-a-name", "国务院总理 李克强", "国务院总理 李克强"),
    ("a-marker-before-its-title", "（一） 目前的形势", "（一） 目前"),
    # a speaker's name spaced to the width of three under a report's title (holdout40 e04's
    # 蒋  明: cut, 蒋 and 明 were two lines and the second report was lost)
    ("a-name-spaced-wide", "2023年度述职报告 蒋  明", "蒋  明"),
    ("a-title-spaced-wide", "政 府 工 作 报 告", "政 府 工 作 报 告"),
    # a Markdown heading's number and its title (holdout20 h07's #### 1. 无感镜像化: cut, the
    # heading's title was 1.), and an exclamation mark spaced after its words (near miss of
    # the image row below)
    ("a-markdown-heading-s-number", "#### 1. 无感镜像化", "#### 1. 无感镜像化"),
    ("a-spaced-exclamation", "这就是我们的目标 !大家加油。", "目标 !"),
    # a range's dash spaced between two tokens in a title (holdout12 c07's ### 25_7.21 --- 25_7.28:
    # cut as a YAML rule before, the title was 25_7.21)
    ("a-spaced-range-dash", "### 25_7.21 --- 25_7.28", "25_7.21 --- 25_7.28"),
    # a part's label with no colon and its title (near miss of the label row below)
    ("a-label-and-its-title", "专题三 数字经济发展", "专题三 数字经济"),
    # a title with clause marks but no sentence end, under 40 characters (holdout21 h06's
    # (三) 國家安全：…): the marker's space, not a numeral alone before its paragraph
    (
        "a-marker-before-a-title-with-clauses",
        "（三） 国家安全：国防事务改革、积极参与国际、两岸和平稳定",
        "（三） 国家安全",
    ),
    ("a-chapter-and-its-title", "第四章 如何去争领导", "第四章 如何"),
    ("before-a-comma", "我们要坚持 ，不动摇。", "坚持 ，"),
    ("a-sentence-end-left-over", "开国以来的主要错误是“左” 的错误。", "“左” 的错误。"),
    ("bold-words-side-by-side", "我们要做到**守正** **创新**两者并举。", "**守正** **创新**"),
    # a bold lead-in ending with its colon before a list (holdout20 h06): the list stays
    # with it, as before (near miss of the bold title line)
    ("a-bold-lead-in-before-a-list", "**注意以下三个关键：** 1. 坚持问题导向", "关键：** 1."),
    # A short Latin or digit token spaced on both sides inside a sentence, in a text that spaces
    # too few of its Latin and digits for ``spaces_latin`` (the bundled 优化营商环境大会讲话合集
    # joined: 9 公里，… was a numbered heading, xx was hidden as junk).
    (
        "a-spaced-digit-token",
        "疏浚检修污水管网 9 公里，新建公共停车场 2 座，改造公厕 10 座。",
        "管网 9 公里",
    ),
    ("an-ordinal-and-its-spaced-number", "在全省政务微信排名第 4。社保待遇提标扩面。", "第 4。"),
    # a speech's occasion title spaced inside itself (the bundled collection's first title,
    # a PDF's gaps): 在… up to its 讲话 is one line
    (
        "an-occasion-title-spaced-inside",
        "在全市 2022 年优化营商环境 和招商引资大会上的讲话",
        "在全市 2022 年优化营商环境 和招商引资大会上的讲话",
    ),
    (
        "a-spaced-placeholder",
        "切实增强建设新时代经济强县、品质 xx 的责任感和紧迫感。",
        "品质 xx 的",
    ),
]


@pytest.mark.parametrize(("line", "kept"), [row[1:] for row in KEPT], ids=[row[0] for row in KEPT])
def test_a_space_inside_a_line_is_kept(line: str, kept: str) -> None:
    lines = [*INTRO, *BODY, line, *BODY, "二、明确工作重点", *BODY, *CLOSE]
    restored = spaced_lines([" ".join(lines)])
    assert restored is not None
    assert any(kept in part for part in restored[0]), restored[0]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        # a list's number after an unended title, a Latin heading after its ## marks, a year
        # spaced digit by digit after a title: each starts its line (near misses of the token
        # rows above)
        ("下周计划安排 1. 完善数据表的增删改查功能实现。", "1. 完善"),
        ("### LeNet 先看最简单的分类算法。", "先看最简单"),
        ("二、关于1 9 9 8 年政府工作的建议 1 9 9 8 年是全面贯彻的第一年。", "1 9 9 8 年是"),
        # a numeral alone, its section's text after one ASCII space (the join's, not the
        # source's 　: near miss of trap-numeral-ideographic-space-title)
        ("三 在经济上把各项任务落到实处，这是一件不容易的事。", "在经济上"),
        # an ordinal alone before its text (a clause, not a book part's title: near miss of
        # trap-book-part-and-its-title)
        ("第一 要坚持问题导向，聚焦短板弱项。", "要坚持"),
        # a middle dot a scan left after a sentence end (regression a09's …男女等。·): no title's
        # spaced dot, the next item starts its line
        ("4.得长寿富饶官位男女等。· 5.得无尽，所受用物无所乏少。", "5.得无尽"),
        # a line opening with 在… whose words reach a sentence's end before any 讲话 (near miss
        # of an-occasion-title-spaced-inside): the year spaced from its unit starts its line
        ("在全市经济工作会议上 2022 年是全面贯彻的第一年，要讲话算数。", "2022 年是"),
        # a part's label ending with its colon, alone on its line (holdout36 u04's 提綱壹： over
        # 一、…: the space was kept as a marker's own and the label joined its first heading, both
        # lost), and a Markdown page's HTML comment (u02's <!--more--> before ，…: the space
        # before a comma was kept)
        ("提纲壹： 一、我国是否要采取人民参与审判制度？", "一、我国"),
        ("<!--more--> ，我是川农大的一名学生。", "，我是"),
        # a name's spaced characters before a numeral alone on its line (holdout h07's
        # 陈 云 | 一　入党资格: near miss of a-name-spaced-wide)
        ("陈 云 一\u3000入党资格", "一\u3000入党资格"),
        # a Markdown image starts its line (holdout20 h10's ## 1、背景、概览 ![…](…): the space
        # was kept before its !, a mark no line starts with, and the title ran on into the
        # image), and the text after a numbered Markdown heading's title (near miss of
        # a-markdown-heading-s-number)
        (
            "## 1、背景、概览 ![数据平面](https://cdn.example.com/x.png) 最为大家熟知。",
            "![数据平面]",
        ),
        ("#### 1. 无感镜像化 蚂蚁金服内部还有部分应用未完成镜像化。", "蚂蚁金服"),
        # a bold numeral alone on its line over bold title lines (holdout40 e06's **01** |
        # **向同仁堂学习**: kept as bold words side by side, the section's numeral was lost;
        # near miss: bold-words-side-by-side above)
        ("**01** **向同仁堂学习** **做产品要真材实料**", "**向同仁堂学习**"),
        # a rule after a Latin token, a heading after it (near miss of a-spaced-range-dash)
        ("本周完成 v2 --- ## 下周计划", "---"),
        # a page's font-size widget: a closing mark after the run of single characters
        ("【字体： 大 中 小 】 政府工作报告", "政府工作报告"),
    ],
)
def test_a_token_that_starts_a_line_is_cut_before(line: str, head: str) -> None:
    lines = [*INTRO, *BODY, line, *BODY, "二、明确工作重点", *BODY, *CLOSE]
    restored = spaced_lines([" ".join(lines)])
    assert restored is not None
    assert any(part.startswith(head) for part in restored[0]), restored[0]


def test_the_bundled_collection_joined_keeps_its_speeches_and_words() -> None:
    """corpus/优化营商环境大会讲话合集.txt joined by spaces: six speeches as with its lines, no
    heading made of a spaced number (9 公里，…), no placeholder xx hidden."""
    from pathlib import Path

    from tui.formats import read_source

    path = Path(__file__).parents[2] / "corpus" / "优化营商环境大会讲话合集.txt"
    text = read_source(path).text
    joined = " ".join(line.strip() for line in text.split("\n") if line.strip())
    document = parse_text(joined)
    assert len(document.speeches) == len(parse_text(text).speeches) == 6
    titles = [h.marker + h.title for s in document.speeches for h in s.headings]
    assert not [title for title in titles if title[:1].isdigit() and " " in title[:4]], titles
    assert "品质 xx 的责任感" in "".join(
        p.text for p in document.paragraphs if p.kind.name != "NOISE"
    )


def test_the_bundled_collection_joined_keeps_the_titles_its_pages_cut() -> None:
    """Trap: corpus/优化营商环境大会讲话合集.txt joined by spaces — its source's page seams cut a
    speech's title and four headings' titles (blank lines between in the file), which the file
    with its lines reads whole. Before, the space was each one's end: the speech was titled
    和招商引资大会上的讲话, and the headings stopped at 牢牢 (a doubled adverb only leads a verb),
    和现 (the seam printed 现 twice: 和现代化 elsewhere), 因循守旧 (an enumeration's comma ends
    no title) and 大合唱营 (营商环境 is said 200 times, 商环境 never outside it)."""
    from pathlib import Path

    from tui.formats import read_source

    path = Path(__file__).parents[2] / "corpus" / "优化营商环境大会讲话合集.txt"
    text = read_source(path).text
    joined = " ".join(line.strip() for line in text.split("\n") if line.strip())
    document = parse_text(joined)
    assert document.speeches[0].title == "在全市 2022 年优化营商环境和招商引资大会上的讲话"
    titles = [h.marker + h.title for s in document.speeches for h in s.headings]
    for words in ("牢牢扭住招商引资", "发展和现代化建设的必然要求", "因循守旧、固步自封的落后观念"):
        assert any(words in title for title in titles), words
    assert any(
        title.endswith("大合唱营商环境是集生态环境、城乡环境和政治生态的综合体") for title in titles
    )


def test_a_title_whose_section_opens_with_its_last_word_is_whole() -> None:
    """Near miss of the word cut by a page seam above (holdout31 p01 joined by spaces):
    （一）帝国主义之侵略中国 | 帝国主义侵略中国的最初期，… — 国帝国主 is said elsewhere, but 帝国主
    after many other characters too: the title is whole."""
    from tests.regression.score import HELD_OUT

    path = HELD_OUT["holdout31"] / "texts" / "p01_quqiubai_zhenglun_wenti_xu_diyizhang_1927.txt"
    if not path.is_file():
        pytest.skip("no holdout31 texts")
    from tui.formats import read_source

    joined = mess(read_source(path).text, "oneline", path.name).data.decode("utf-8")
    assert (2, "（一）帝国主义之侵略中国") in _outline(joined)


def test_ad_words_said_in_a_sentence_stay_beside_it() -> None:
    """以上材料仅供学习参考。 — a sentence of the speech's with an advert's words: not a line of
    its own (where it would read as an advert and be hidden); 仅供学习 alone is cut."""
    lines = [*INTRO, *BODY, "一、明确工作重点", *BODY, "谢谢大家！", "以上材料仅供学习参考。"]
    restored = spaced_lines([" ".join([*lines, "仅供学习"])])
    assert restored is not None
    parts = restored[0]
    assert parts[-1] == "仅供学习"
    assert (
        parts[-2].endswith("谢谢大家！ 以上材料仅供学习参考。")
        and parts[-2] != "以上材料仅供学习参考。"
    )


def test_a_yaml_block_is_cut_into_its_lines() -> None:
    """--- title: "…" source: "…" --- # title: one line for each key, the # heading that spells
    the title whole, its own space kept (near miss for the Latin-words rule)."""
    head = '--- title: "2015-某某演讲：相信梦想 坚持梦想" source: "tingwu" --- # 2015-某某演讲：相信梦想 坚持梦想'
    restored = spaced_lines([" ".join([head, *INTRO[1:], *BODY, "一、明确工作重点", *BODY])])
    assert restored is not None
    assert restored[0][:5] == [
        "---",
        'title: "2015-某某演讲：相信梦想 坚持梦想"',
        'source: "tingwu"',
        "---",
        "# 2015-某某演讲：相信梦想 坚持梦想",
    ]


def test_a_text_parted_by_runs_of_spaces_is_left_to_its_own_cut() -> None:
    """A one-line text whose paragraphs are parted by four spaces or 　　 (a06, a24, w04) is cut
    at them as before (``lines._INNER_BREAK_SPACES``), not at its single spaces."""
    text = "    ".join([*INTRO, *BODY, "一、明确 工作重点", *BODY, "二、强化 保障措施", *BODY])
    assert spaced_lines([text]) is None


def test_a_hard_wrapped_text_is_not_cut() -> None:
    """A text hard-wrapped at 12 characters, joined by spaces, breaks inside its sentences:
    ``spaced_breaks`` refuses it, and its lines are not given back."""
    paragraphs = [*INTRO[2:], *BODY, "一、充分肯定成绩", *BODY, "二、明确工作重点", *BODY]
    lines = [part[i : i + 12] for part in paragraphs for i in range(0, len(part), 12)]
    assert spaced_lines([" ".join(INTRO[:2] + lines)]) is None


BILL_HEADS = [
    "（一）改制惩戒法院",
    "（二）建立一级二审制",
    "（三）强化惩戒实效",
    "（四）兼顾权利保障",
    "（五）修正再审程序",
    "（六）符合实务运作",
]
BILL_BODY = (
    "配合委员会改制为惩戒法院，并设惩戒法庭专司审理惩戒案件，将有关名称分别修正，"
    "以期名实相符并利于审理之进行（修正条文第一条）"
)


def test_a_text_of_titles_before_their_text_with_few_sentence_ends_is_cut() -> None:
    """Trap (holdout33 r02, a bill's explanation joined by spaces: 6 sentence ends and 16
    spaces between Chinese characters, 10 of them after a numbered heading's short title): the
    space after 一、修正缘由 or （一）改制惩戒法院 is a line's end, counted with the sentence ends,
    not as a space inside a sentence; before, the text was refused as hard-wrapped and
    一、修正缘由 ran on into its text, （一）… into 二、's."""
    lines = [
        "惩戒法修正草案说明",
        "主席、各位委员：",
        "今天应邀列席贵委员会，说明修正草案，敬请指教。",
        "一、修正缘由",
        "惩戒法前次修正是于民国一百零四年，迄今已逾五年，为因应社会变迁，爰拟具修正草案。",
        "二、修正重点",
        "本次修法有六大特色，简要分述修正重点如下：",
    ]
    for head in BILL_HEADS:
        lines += [head, BILL_BODY]
    lines += ["以上报告，敬请指教。", "谢谢。"]
    outline = [(1, "一、修正缘由"), (1, "二、修正重点"), *[(2, head) for head in BILL_HEADS]]
    assert _outline("\n".join(lines)) == outline
    assert _outline(_joined(lines)) == outline


def test_a_hard_wrapped_text_with_titles_is_not_cut() -> None:
    """Near miss: a text hard-wrapped at 12 characters with six short numbered titles among its
    lines — the spaces after them count with the sentence ends, and its spaces inside
    sentences are still too many: refused as before."""
    paragraphs = [*INTRO[2:]]
    for head in BILL_HEADS:
        paragraphs += [head, *BODY]
    lines = [part[i : i + 12] for part in paragraphs for i in range(0, len(part), 12)]
    assert spaced_lines([" ".join(INTRO[:2] + lines)]) is None


def test_a_text_whose_breaks_were_lost_with_nothing_is_not_cut() -> None:
    """Most of its characters in parts of several paragraphs (breaks lost with no space, e03):
    left to the glued headings' cuts."""
    run = "".join(BODY * 20)
    text = " ".join([*INTRO, run + "一、充分肯定成绩" + run, *BODY, *BODY, *BODY])
    assert spaced_lines([text]) is None


def test_a_news_dateline_opens_its_first_line() -> None:
    """新浪财经讯 “…”于…举行。: a news item's dateline and the words it opens are one line, not a
    short line of its own read as the speech's title (b24 under ``oneline``)."""
    lead = "新浪财经讯 “2013中国企业领袖年会”于12月7日在北京举行。雷军在会上发表演讲。"
    lines = [lead, "以下为发言实录：", "大家好！", *BODY, *BODY, *BODY, *BODY, *CLOSE]
    document = parse_text(_joined(lines))
    assert [speech.title for speech in document.speeches] == [None]
    assert any(para.text.startswith("新浪财经讯 “2013") for para in document.paragraphs)


def test_a_title_ending_in_xun_that_is_no_dateline_is_cut() -> None:
    """(near miss) 二、畅通资讯 ends in 讯 but names no news desk: its line ends at the space."""
    lines = _sections(["一、明确工作重点", "二、畅通资讯渠道资讯"])
    assert (1, "二、畅通资讯渠道资讯") in _outline(_joined(lines))


def test_a_code_fence_starts_its_line_and_its_code_stays_code() -> None:
    """A Markdown code block's ``# …`` lines (a compiler's output) joined with the rest: the
    closing fence after the code's Latin words (…PickOptions ```) starts its line again, so the
    block closes and its lines are no headings; the # title stays the speech's (holdout12 c06)."""
    lines = [
        "#  工作总结",
        "## 第一阶段",
        *BODY,
        "运行demo，报如下错误：",
        "```",
        "# github.com/x/atreus/pkg/balancer/p2c",
        "/vagrant/go/pkg/p2c.go:158:52: undefined: balancer.PickOptions",
        "```",
        *BODY,
        "## 第二阶段",
        *BODY,
    ]
    document = parse_text(_joined(lines), "x.md")
    assert [speech.title for speech in document.speeches] == ["工作总结"]
    assert _outline(_joined(lines), "x.md") == [(1, "第一阶段"), (1, "第二阶段")]


def test_a_bold_line_after_a_bold_sentence_starts_its_line() -> None:
    """…出发！** **惟“守正”方能“创新”。**…: the space between a bold sentence's closing ** and the
    next bold run is a lost line break, though both sides are ASCII (holdout16 g03)."""
    bold = "**惟“守正”方能“创新”。**百年来，南开人秉承校训精神，书就了一部爱国奋斗史。"
    lines = [*INTRO, *BODY, "**从“新”出发！**", bold, *BODY, "二、明确工作重点", *BODY, *CLOSE]
    restored = spaced_lines([" ".join(lines)])
    assert restored is not None
    assert bold in restored[0], restored[0]


def test_a_short_sentence_after_a_quote_that_ended_its_own_is_a_line() -> None:
    """**“愿意！愿祖国繁荣富强！”** | 全体请坐！: the short sentence after a quote whose sentence ended
    inside it starts its line (it read as a bold lead heading “愿意 before); the near miss “左” 的
    错误。 (a quoted word inside the sentence) keeps its space (``KEPT``)."""
    lines = [*INTRO, *BODY, "**“愿意！愿祖国繁荣富强！”**", "全体请坐！", *BODY, *CLOSE]
    restored = spaced_lines([" ".join(lines)])
    assert restored is not None
    assert "全体请坐！" in restored[0], restored[0]


def test_a_bold_title_line_before_its_text_starts_its_line() -> None:
    """Trap (holdout13 d01/d02/d06/d07): ``**2025年工作回顾** 2025年，…`` kept its space (``*`` and
    ``2`` both ASCII), so the part titles were lost and the 一、 under them read as level 1."""
    lines = [
        *INTRO,
        "**2025年工作回顾**",
        "2025年，" + BODY[0],
        BODY[1],
        "一、充分肯定成绩",
        *BODY,
        "二、巩固拓展成果",
        *BODY,
        "**2026年工作安排**",
        "2026年，" + BODY[0],
        "一、明确工作重点",
        *BODY,
        "二、强化工作保障",
        *BODY,
        *CLOSE,
    ]
    assert _outline(_joined(lines), "x.md") == [
        (1, "2025年工作回顾"),
        (2, "一、充分肯定成绩"),
        (2, "二、巩固拓展成果"),
        (1, "2026年工作安排"),
        (2, "一、明确工作重点"),
        (2, "二、强化工作保障"),
    ]


def test_a_markdown_title_opening_with_a_symbol_keeps_it() -> None:
    """Trap (holdout12 c02, c01): ``## 🖥 封面`` and ``## 🖥 内容区 1 · AI辅助…`` were cut after the
    symbol (the title 🖥 alone) and after the spaced middle dot."""
    lines = [
        "# 演讲稿：AI 优先",
        "## 🖥 封面",
        *BODY,
        "## 🖥 内容区一 · 辅助与优先",
        *BODY,
        "## ① 开场与公司背景",
        *BODY,
        *BODY,
    ]
    assert _outline(_joined(lines), "x.md") == [(1, "🖥 封面"), (1, "🖥 内容区一 · 辅助与优先")]


def _summary(second_part: list[str]) -> list[str]:
    """A news summary of a report: its two part lines, the second's passages under
    crossheads (``second_part``), each paragraph indented."""
    said = [
        "市长在报告中指出，全市上下认真贯彻落实各项决策部署，经济运行总体平稳、稳中向好。"
        + BODY[0]
        + BODY[1],
        "市长说，" + BODY[1] + BODY[0],
    ]
    lines = [
        "全市经济工作报告（摘要）",
        "——2023年12月21日在市人民代表大会上",
        "",
        "市长在会上作了报告。" + BODY[0] + BODY[1],
        "",
        "今年经济工作的回顾",
        *said,
        *said,
        "明年经济工作的任务",
        *said,
        *[line for head in second_part for line in (head, *said)],
    ]
    return ["\u3000\u3000" + line if line[:1] not in ("", "全", "—") else line for line in lines]


def test_a_crosshead_on_a_line_given_back_is_a_heading() -> None:
    # Every line ``spacedlines`` gives back stands on source line 1; ``headinglines.own_line``
    # read each as a piece cut out of one line, and refused the crossheads (holdout32 p07,
    # holdout34): the lines given back (``Segment.shown``) are compared instead. Fails before.
    lines = _summary(["坚持稳中求进，推动高质量发展取得新成效", "敢于担当，善于作为，狠抓工作落实"])
    outline = [
        (1, "今年经济工作的回顾"),
        (1, "明年经济工作的任务"),
        (2, "坚持稳中求进，推动高质量发展取得新成效"),
        (2, "敢于担当，善于作为，狠抓工作落实"),
    ]
    assert _outline("\n".join(lines)) == outline
    assert _outline(_joined(lines)) == outline


def test_a_crosshead_shaped_clause_inside_a_line_given_back_is_no_heading() -> None:
    # near miss: the same clauses opening their paragraph's line, no space after them
    lines = _summary(
        [
            "坚持稳中求进，推动高质量发展取得新成效市长说，",
            "敢于担当，善于作为，狠抓工作落实市长说，",
        ]
    )
    outline = _outline(_joined(lines))
    assert outline == _outline("\n".join(lines))
    assert not any("，" in title for _, title in outline)


def _title_block(speaker_line: str) -> list[str]:
    return [
        "新华社北京3月17日电",
        "政府工作报告——2016年3月5日在市第十二届人民代表大会第四次会议上" + speaker_line,
        "各位代表：",
        *BODY * 4,
        *CLOSE,
    ]


def _heads(text: str) -> list[tuple[str | None, str | None]]:
    return [(speech.title, speech.speaker) for speech in parse_text(text, "x.txt").speeches]


def test_an_office_and_a_name_after_a_named_no_break_space_stay_on_their_line() -> None:
    # regression b04: 国务院总理<U+00A0> 李克强 (an encoder's stand-in for a no-break space, which
    # ``lines`` reads as a space) was cut after the stand-in: the title took the office, the
    # speaker line lost its space. Fails before.
    lines = _title_block("市长<U+00A0> 张大明")
    heads = [("政府工作报告——2016年3月5日在市第十二届人民代表大会第四次会议上", "市长 张大明")]
    assert _heads("\n".join(lines)) == heads
    assert _heads(_joined(lines)) == heads


def test_a_named_no_break_space_after_other_words_is_no_office() -> None:
    # near miss: the stand-in after words that are no office, a sentence after it: cut there
    lines = _title_block("<U+00A0> 今天我们召开会议，主要是总结工作、部署任务。")
    assert "今天" not in (_heads(_joined(lines))[0][0] or "")


def _container(note: str) -> list[str]:
    return [
        "# 主题演讲：云原生时代的危与机",
        note,
        "本节笔者有公开课介绍，可以在网站上观看。",
        ":::",
        *BODY * 2,
        "## 第一部分",
        *BODY * 2,
        "## 第二部分",
        *BODY * 2,
    ]


def test_a_container_fence_starts_its_line() -> None:
    # holdout20 h01: …Java 的危与机 :::tip 视频公开课 kept its space (before ::: a mark no line
    # starts with), the speech's title ran on into the container's line. Fails before.
    lines = _container(":::tip 视频公开课")
    titles = ["主题演讲：云原生时代的危与机"]
    assert [s.title for s in parse_text("\n".join(lines), "x.md").speeches] == titles
    assert [s.title for s in parse_text(_joined(lines), "x.md").speeches] == titles


def test_two_colons_inside_a_line_are_no_container_fence() -> None:
    # near miss: a C++ scope's :: spaced in a sentence stays inside its line
    lines = _container("作用域写法如 std :: string 这样。")
    restored = spaced_lines([_joined(lines)])
    assert restored is not None
    assert "作用域写法如 std :: string 这样。" in restored[0]
