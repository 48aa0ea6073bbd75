"""The variants a real text shows of each heading family (docs/headings.md §3), row by row.

A generalisation probe (2026-12-05): for the families the trap table covers with one
spelling, the spellings real texts also use — full-width or ASCII punctuation after the
numeral, a space or none, numbers beyond ten, a series starting at 二 because its 一 is in
the preamble, indentation by full-width spaces or ``>``, the heading's text run on after its
。 — each in the same small speech, so a family that holds in one spelling and not in
another shows here. The texts are generated, not copied from any corpus.
"""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline
from tests.unit.test_outline_traps import FILLER, hard_wrapped
from tui.engine import Kind, parse_text

TITLES = ("提高思想认识", "加强组织领导", "狠抓工作落实")
CN = "一二三四五六七八九十"


def one_speech(
    lines: list[str],
    intro: str = "今天召开会议，我讲三点意见。",
    filler: str = FILLER,
    salutation: str = "同志们：",
) -> str:
    """A speech of one salutation, ``intro`` and each line of ``lines`` with ``filler``
    (a paragraph of text) under it (also the traditional-character rows' builder)."""
    out = [salutation, intro]
    for line in lines:
        out += [line, filler]
    return "\n".join(out) + "\n"


def _series(marker: str, numerals: str | list[str] = CN, suffix: str = "") -> list[str]:
    """The three TITLES numbered ``marker`` (``{}`` is the numeral), each with ``suffix``."""
    return [marker.format(numerals[i]) + title + suffix for i, title in enumerate(TITLES)]


# (id, heading marker with {} for the numeral, numerals, the marker as the outline shows it)
MARKERS = [
    ("dun", "{}、", CN, "{}、"),
    ("dun-fullwidth-dot", "{}．", CN, "{}．"),
    ("dun-ascii-dot", "{}.", CN, "{}."),
    ("dun-then-space", "{}、 ", CN, "{}、"),
    ("dun-then-ideographic-space", "{}．\u3000", CN, "{}．"),
    ("dun-ocr-space-before", "{} 、", CN, "{}、"),
    ("cn-comma", "{}，", CN, "{}，"),
    ("cn-ascii-comma", "{},", CN, "{},"),
    ("cn-ascii-space", "{} ", CN, "{} "),
    ("cn-ideographic-space", "{}\u3000", CN, "{} "),
    ("cn-two-ascii-spaces", "{}  ", CN, "{} "),
    ("cn-nbsp", "{}\u00a0", CN, "{} "),
    ("cn-two-ideographic-spaces", "{}\u3000\u3000", CN, "{} "),
    ("cn-three-ideographic-spaces", "{}\u3000\u3000\u3000", CN, "{} "),
    ("paren-fullwidth", "（{}）", CN, "（{}）"),
    ("paren-ascii", "({})", CN, "({})"),
    ("paren-mixed-open", "（{})", CN, "（{})"),
    ("paren-mixed-close", "({}）", CN, "({}）"),
    ("paren-ocr-spaces", "（ {} ）", CN, "（{}）"),
    ("paren-two-ideographic-spaces", "（{}）\u3000\u3000", CN, "（{}）"),
    ("lenticular", "【{}】", CN, "【{}】"),
    ("tortoise-shell", "〔{}〕", CN, "〔{}〕"),
    ("square-bracket", "[{}]", CN, "[{}]"),
    ("fullwidth-square-bracket", "［{}］", CN, "［{}］"),
    ("enclosed", "{}", "㈠㈡㈢", "{}"),
    ("arabic-dun", "{}、", "123", "{}、"),
    ("arabic-comma", "{}，", "123", "{}，"),
    ("arabic-dot", "{}.", "123", "{}."),
    ("arabic-fullwidth-dot", "{}．", "123", "{}．"),
    ("arabic-dot-ideographic-space", "{}．\u3000", "123", "{}．"),
    ("arabic-bracket", "{}）", "123", "{}）"),
    ("arabic-two-ideographic-spaces", "{}\u3000\u3000", "123", "{} "),
    ("arabic-ascii-bracket", "{})", "123", "{})"),
    ("arabic-tortoise-shell", "〔{}〕", "123", "〔{}〕"),
    ("arabic-square-bracket", "[{}]", "123", "[{}]"),
    ("arabic-fullwidth-square-bracket", "［{}］", "123", "［{}］"),
    ("decimal", "1.{} ", "123", "1.{} "),
    ("decimal-no-space", "2.{}", "123", "2.{}"),
    ("decimal-fullwidth-dot", "1．{}\u3000", "123", "1．{} "),
    ("decimal-three-parts", "1.1.{} ", "123", "1.1.{} "),
    ("fullwidth-digit-dun", "{}、", "１２３", "{}、"),
    ("fullwidth-digit-dot", "{}．", "１２３", "{}．"),
    ("di-comma", "第{}，", CN, "第{}，"),
    ("di-ascii-comma", "第{},", CN, "第{},"),
    ("di-dun", "第{}、", CN, "第{}、"),
    ("di-colon", "第{}：", CN, "第{}："),
    ("di-ascii-colon", "第{}:", CN, "第{}:"),
    ("di-shi", "第{}是", CN, "第{}是"),
    ("di-tiao-comma", "第{}条，", CN, "第{}条，"),
    ("di-tiao-dun", "第{}条、", CN, "第{}条、"),
    ("part-ideographic-space", "第{}部分\u3000", CN, "第{}部分 "),
    ("part-ascii-space", "第{}部分 ", CN, "第{}部分 "),
    ("part-dun", "第{}部分、", CN, "第{}部分、"),
    ("part-two-ideographic-spaces", "第{}部分\u3000\u3000", CN, "第{}部分 "),
    ("part-colon", "第{}部分：", CN, "第{}部分："),
    ("lecture-colon", "第{}讲：", CN, "第{}讲："),
    ("section-space", "第{}节\u3000", CN, "第{}节 "),
]


@pytest.mark.parametrize(
    ("marker", "numerals", "shown"),
    [row[1:] for row in MARKERS],
    ids=[row[0] for row in MARKERS],
)
def test_a_heading_line_in_each_spelling(marker: str, numerals: str, shown: str) -> None:
    want = [(1, shown.format(numerals[i]) + title) for i, title in enumerate(TITLES)]
    assert one_speech_outline(one_speech(_series(marker, numerals))) == want


RUN_IN = ["{}．", "第{}，", "{}是", "{}要", "（{}）", "{}，"]


@pytest.mark.parametrize("marker", RUN_IN)
def test_a_heading_with_its_text_after_its_full_stop(marker: str) -> None:
    want = [(1, marker.format(CN[i]) + title) for i, title in enumerate(TITLES)]
    assert one_speech_outline(one_speech(_series(marker, suffix="。" + FILLER))) == want


def test_an_arabic_heading_with_its_text_after_its_full_stop() -> None:
    want = [(1, f"{i + 1}.{title}") for i, title in enumerate(TITLES)]
    assert one_speech_outline(one_speech(_series("{}.", "123", "。" + FILLER))) == want


@pytest.mark.parametrize("marker", ["{}、", "（{}）", "第{}，"])
def test_numbers_beyond_ten(marker: str) -> None:
    numerals = [*CN, "十一", "十二", "十三"]
    lines = [marker.format(n) + f"第{n}项任务要落实" for n in numerals]
    want = [(1, line) for line in lines]
    assert one_speech_outline(one_speech(lines, "今天召开会议，我讲十三点意见。")) == want


@pytest.mark.parametrize("marker", ["{}、", "（{}）", "第{}，", "{}是", "{}要"])
def test_a_series_starting_at_two_because_its_one_is_in_the_preamble(marker: str) -> None:
    first, second, third = (marker.format(n) for n in "一二三")
    text = (
        f"同志们：\n今天召开会议，我讲三点意见。{first}提高思想认识。{FILLER}\n"
        f"{second}加强组织领导。{FILLER}\n{third}狠抓工作落实。{FILLER}\n"
    )
    assert one_speech_outline(text) == [(1, second + "加强组织领导"), (1, third + "狠抓工作落实")]


@pytest.mark.parametrize(
    "indent",
    ["\u3000\u3000", "  ", "\t", "> ", "＞", ">\u3000\u3000", "\u3000> "],
    ids=[
        "ideographic",
        "spaces",
        "tab",
        "quote",
        "fullwidth-quote",
        "quote-ideographic",
        "space-quote",
    ],
)
def test_an_indented_heading(indent: str) -> None:
    want = [(1, f"{CN[i]}、{title}") for i, title in enumerate(TITLES)]
    assert one_speech_outline(one_speech([indent + line for line in _series("{}、")])) == want


@pytest.mark.parametrize("prefix", ["> ", "## ", "\u3000\u3000"], ids=["quote", "hash", "indent"])
def test_a_numeral_set_off_by_two_spaces_behind_a_line_prefix(prefix: str) -> None:
    lines = [f"{prefix}{n}\u3000\u3000{title}" for n, title in zip(CN, TITLES, strict=False)]
    want = [(1, f"{n} {title}") for n, title in zip(CN, TITLES, strict=False)]
    assert one_speech_outline(one_speech(lines)) == want


def test_comma_headings_as_long_as_the_line_before_them() -> None:
    """一，提高思想认识 after 今天讲三点意见。 (both 8 characters, as the other headings): lines
    of one length that short are headings, not a text hard-wrapped at that width."""
    lines = ["一，提高思想认识", FILLER * 3, FILLER * 2, "二，加强组织领导", FILLER * 3]
    lines += [FILLER * 2, "三，狠抓工作落实", FILLER * 3]
    text = "\n".join(["在全市工作会议上的讲话", "同志们：", "今天讲三点意见。", *lines]) + "\n"
    assert one_speech_outline(text) == [
        (1, "一，提高思想认识"),
        (1, "二，加强组织领导"),
        (1, "三，狠抓工作落实"),
    ]


def test_a_bare_numeral_set_off_from_its_sections_first_sentence_keeps_no_title() -> None:
    """一　　今天，…。: after the wide gap comes a paragraph, not a title (gap 1's limit)."""
    lines = [f"{n}\u3000\u3000{FILLER}" for n in "一二三"]
    assert one_speech_outline(one_speech(lines)) == [(1, "一"), (1, "二"), (1, "三")]


def test_decimal_levels_nest_under_their_whole_number() -> None:
    lines = ["1 总体要求", "1.1 提高思想认识", "1.2 加强组织领导", "2 重点任务"]
    lines += ["2.1 狠抓工作落实", "2.1.1 细化分工", "2.1.2 压实责任"]
    want = [(1, "1 总体要求"), (2, "1.1 提高思想认识"), (2, "1.2 加强组织领导"), (1, "2 重点任务")]
    want += [(2, "2.1 狠抓工作落实"), (3, "2.1.1 细化分工"), (3, "2.1.2 压实责任")]
    assert one_speech_outline(one_speech(lines)) == want


@pytest.mark.parametrize(
    ("first", "rest"),
    [
        ("一、提高思想认识和", "工作水平"),
        ("一、加快推进农业农村现代", "化建设"),
        ("一、深化改革与", "扩大开放"),
    ],
    ids=["ends-with-he", "rest-starts-with-hua", "ends-with-yu"],
)
@pytest.mark.parametrize("blank", ["", "\n"], ids=["next-line", "blank-line-between"])
def test_a_heading_line_broken_inside_its_title(first: str, rest: str, blank: str) -> None:
    """A PDF or web line break inside a short title: the next line is the rest of the title."""
    text = f"同志们：\n今天召开会议，我讲两点意见。\n{first}\n{blank}{rest}\n{FILLER}\n"
    text += f"二、加强组织领导\n{FILLER}\n"
    assert one_speech_outline(text) == [(1, first + rest), (1, "二、加强组织领导")]


def test_a_heading_line_broken_inside_its_title_in_an_indented_text() -> None:
    """Every line indented (paragraphs told by the indent): the rest of the broken title is
    indented too, and still the title's."""
    lines = ["同志们：", "今天召开会议，我讲两点意见。", "一、提高思想认识和", "工作水平"]
    lines += [FILLER, "二、加强组织领导", FILLER]
    text = "".join(f"\u3000\u3000{line}\n" for line in lines)
    assert one_speech_outline(text) == [(1, "一、提高思想认识和工作水平"), (1, "二、加强组织领导")]


def test_a_heading_line_ending_on_a_noun_keeps_the_short_line_under_it_apart() -> None:
    """一、总体要求 | 指导思想 | text: the short line is no rest of the title (gap 2's limit)."""
    text = f"同志们：\n今天召开会议，我讲两点意见。\n一、总体要求\n指导思想\n{FILLER}\n"
    text += f"二、加强组织领导\n{FILLER}\n"
    assert one_speech_outline(text)[0] == (1, "一、总体要求")


def test_mixed_punctuation_in_one_series() -> None:
    lines = ["一、提高思想认识", "二．加强组织领导", "三.狠抓工作落实"]
    assert one_speech_outline(one_speech(lines)) == [(1, line) for line in lines]


def test_a_ladder_of_two_levels_under_each_section() -> None:
    lines = [
        "一、提高思想认识",
        "（一）加强学习。",
        "（二）深入调研。",
        "二、加强组织领导",
        "1．健全机制。",
        "2．压实责任。",
    ]
    want = [(1, "一、提高思想认识"), (2, "（一）加强学习"), (2, "（二）深入调研")]
    want += [(1, "二、加强组织领导"), (2, "1．健全机制"), (2, "2．压实责任")]
    assert one_speech_outline(one_speech(lines)) == want


def test_a_year_written_with_ling_opening_a_paragraph_is_no_heading() -> None:
    lines = ["一、提高思想认识", "二〇二〇年，我们将继续推进改革。", "二、加强组织领导"]
    assert one_speech_outline(one_speech(lines)) == [
        (1, "一、提高思想认识"),
        (1, "二、加强组织领导"),
    ]


@pytest.mark.parametrize(
    "template",
    [
        "**{n}、{t}**",
        "**{n}、**{t}",
        "**{n}、{t}。**" + FILLER,
        "__{n}、{t}__",
        "**{n}、{t}**。" + FILLER,
    ],
    ids=["bold-line", "bold-marker", "bold-lead-sentence", "underscore-bold", "bold-before-stop"],
)
def test_a_markdown_bold_heading(template: str) -> None:
    lines = [template.format(n=CN[i], t=title) for i, title in enumerate(TITLES)]
    assert one_speech_outline(one_speech(lines)) == [
        (1, f"{CN[i]}、{t}") for i, t in enumerate(TITLES)
    ]


def test_a_wrapped_heading_in_a_hard_wrapped_text_at_several_widths() -> None:
    """A title-only heading longer than the width is wrapped like the text (bf24a52)."""
    heading = "一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设质量"
    for width in (18, 22, 26, 28):
        text = hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            heading,
            FILLER * 3,
            "二、加强组织领导",
            FILLER * 3,
            width=width,
        )
        assert one_speech_outline(text) == [(1, heading), (1, "二、加强组织领导")], width


# --- the kinds of text the outline is judged on, written from the genres' conventions ------
# (docs/headings.md, ../shared/HEADINGS.md): generated texts, not copied from any report,
# edition or talk.


def _flat(text: str, path: str = "") -> tuple[int, list[tuple[int, str]]]:
    document = parse_text(text, path)
    outline = [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]
    return len(document.speeches), outline


WORK_REPORT = [
    "政府工作报告",
    "——2018年1月10日在某某市第十五届人民代表大会第二次会议上",
    "某某市人民政府市长　张三",
    "各位代表：",
    "现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协各位委员提出意见。",
    "一、过去五年工作回顾",
    "过去五年，我们在市委的坚强领导下，较好完成了本届政府的主要目标任务。" + FILLER,
    "（一）经济实力显著增强。全市地区生产总值年均增长百分之七点五。"
    "一是工业转型步伐加快；二是服务业比重持续提高；三是农业基础更加稳固。" + FILLER,
    "（二）改革开放深入推进。" + FILLER + "一是“放管服”改革取得实效，二是对外开放水平不断提高。",
    "——经济运行总体平稳。" + FILLER,
    "——发展质量稳步提升。" + FILLER,
    "二、今年工作总体要求和主要任务",
    "今年经济社会发展的主要预期目标是：地区生产总值增长百分之七左右。" + FILLER,
    "（一）着力推动高质量发展。",
    "1.加快产业转型升级。" + FILLER,
    "（1）做强先进制造业。" + FILLER,
    "（2）做优现代服务业。" + FILLER,
    "2.扩大有效投资。" + FILLER,
    "（二）着力保障和改善民生。" + FILLER,
    "三、全面加强政府自身建设",
    FILLER,
    "各位代表！" + FILLER,
]


def test_a_work_report_s_four_level_ladder_with_run_ins_and_dash_lists() -> None:
    """一、 > （一） > 1. > （1）; 一是…二是… inside a paragraph and ——… items are text."""
    assert _flat("\n".join(WORK_REPORT) + "\n") == (
        1,
        [
            (1, "一、过去五年工作回顾"),
            (2, "（一）经济实力显著增强"),
            (2, "（二）改革开放深入推进"),
            (1, "二、今年工作总体要求和主要任务"),
            (2, "（一）着力推动高质量发展"),
            (3, "1.加快产业转型升级"),
            (4, "（1）做强先进制造业"),
            (4, "（2）做优现代服务业"),
            (3, "2.扩大有效投资"),
            (2, "（二）着力保障和改善民生"),
            (1, "三、全面加强政府自身建设"),
        ],
    )


def test_a_web_copy_of_a_work_report_with_bold_headings_and_run_in_paragraphs() -> None:
    """**一、…** / **（一）…。**text, and 一是/二是 opening paragraphs under （一）: the same
    outline in Markdown and with the marks lost in a plain text."""
    lines = [
        "# 2017年某某市政府工作报告",
        "——2017年1月8日在某某市第十五届人民代表大会第一次会议上",
        "市长　张三",
        "各位代表：",
        "现在，我代表市人民政府，向大会报告工作，请予审议。",
        "**一、2016年工作回顾**",
        "过去的一年，我们主要做了以下工作：",
        "**（一）坚持稳中求进，经济运行总体平稳。**" + FILLER,
        "一是工业生产稳中有升。" + FILLER,
        "二是投资结构持续优化。" + FILLER,
        "**（二）坚持改革创新，发展活力不断增强。**" + FILLER,
        "**二、2017年主要任务**",
        "**（一）全力稳增长。**" + FILLER,
        "**（二）全力惠民生。**" + FILLER,
        "各位代表！" + FILLER,
    ]
    want = [
        (1, "一、2016年工作回顾"),
        (2, "（一）坚持稳中求进，经济运行总体平稳"),
        (3, "一是工业生产稳中有升"),
        (3, "二是投资结构持续优化"),
        (2, "（二）坚持改革创新，发展活力不断增强"),
        (1, "二、2017年主要任务"),
        (2, "（一）全力稳增长"),
        (2, "（二）全力惠民生"),
    ]
    markdown = "\n\n".join(lines) + "\n"
    assert _flat(markdown, "x.md") == (1, want)
    assert _flat(markdown.replace("**", ""), "x.txt") == (1, want)


def test_a_congress_report_s_long_section_titles_ending_with_a_full_stop() -> None:
    heads = [
        "一、坚持和完善党的领导，全面提高管党治党水平，为全省改革发展提供坚强政治保证。",
        "二、坚定不移推进供给侧结构性改革，着力构建现代产业体系，不断增强发展的质量和效益。",
        "三、持续保障和改善民生，让改革发展成果更多更公平惠及全省人民。",
    ]
    lines = ["在某某省第十次党代会上的报告", "（2016年11月20日）", "同志们："]
    lines.append("现在，我代表中共某某省第九届委员会向大会作报告。")
    for head in heads:
        lines += [head, FILLER * 3, FILLER * 2]
    lines.append("同志们，让我们更加紧密地团结起来，为建设富强民主文明和谐美丽的新某某而努力奋斗！")
    assert _flat("\n".join(lines) + "\n") == (1, [(1, head[:-1]) for head in heads])


@pytest.mark.parametrize(
    "gap", [" ", "\u3000", "\u3000\u3000"], ids=["space", "ideographic", "two"]
)
def test_a_collected_works_edition_with_its_notes_at_the_end(gap: str) -> None:
    """一 重工业… (numeral, a space or two, the title), a date line, notes in 〔1〕 after 注释."""
    titles = ["重工业和轻工业、农业的关系", "沿海工业和内地工业的关系", "经济建设和国防建设的关系"]
    lines = ["论某某问题", "（一九五六年四月二十五日）"]
    lines.append("最近几个月，中央政治局听取了各部门的汇报，归纳起来，有三个问题。")
    for n, title in zip("一二三", titles, strict=True):
        lines += [n + gap + title, FILLER * 2 + "〔1〕"]
    lines += ["注\u3000\u3000释", "〔1〕见本书第一卷《某某文章》。", "〔2〕同上，第三页。"]
    document = parse_text("\n".join(lines) + "\n")
    assert [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings] == [
        (1, f"{n} {title}") for n, title in zip("一二三", titles, strict=True)
    ]
    assert len(document.speeches) == 1
    back = [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]
    assert any(text.startswith("〔1〕见本书") for text in back), back


def test_a_company_leader_s_talk_mixing_di_yi_arabic_and_dun() -> None:
    """第一，… paragraphs at the top, 1. and 一、 items under them, a closing 同志们，…！"""
    lines = [
        "在公司2015年市场工作会议上的讲话",
        "今天召开市场工作会议，我讲几点意见。",
        "第一，要真正认识到为客户服务是公司存在的唯一理由。" + FILLER,
        "1.客户需求是发展的原动力。" + FILLER,
        "2.质量是公司的生命。" + FILLER,
        "第二，要坚持以奋斗者为本。" + FILLER,
        "一、干部要走到一线去。" + FILLER,
        "二、绩效要拉开差距。" + FILLER,
        "第三，要持续提升管理水平。" + FILLER,
        "同志们，让我们团结一心，共同创造公司更加美好的明天！",
    ]
    assert _flat("\n".join(lines) + "\n") == (
        1,
        [
            (1, "第一，要真正认识到为客户服务是公司存在的唯一理由"),
            (2, "1.客户需求是发展的原动力"),
            (2, "2.质量是公司的生命"),
            (1, "第二，要坚持以奋斗者为本"),
            (2, "一、干部要走到一线去"),
            (2, "二、绩效要拉开差距"),
            (1, "第三，要持续提升管理水平"),
        ],
    )


def test_a_speech_as_a_newspaper_prints_it() -> None:
    """Title, date line, speaker, 同志们：, 第一， with 一是 and 一要 under it, a closing."""
    lines = [
        "在全省经济工作会议上的讲话",
        "（2017年12月20日）",
        "张三",
        "同志们：",
        "这次会议的主要任务是，总结今年经济工作，部署明年经济工作。下面，我讲三点意见。",
        "第一，准确把握当前经济形势。" + FILLER,
        "一是经济运行稳中向好。" + FILLER,
        "二是结构调整深入推进。" + FILLER,
        "第二，明确明年经济工作的总体要求。" + FILLER,
        "一要坚持稳中求进工作总基调。" + FILLER,
        "二要坚持新发展理念。" + FILLER,
        "第三，切实加强对经济工作的领导。" + FILLER,
        "同志们，做好明年经济工作，任务艰巨，使命光荣。让我们奋发有为，再创佳绩！",
    ]
    assert _flat("\n".join(lines) + "\n") == (
        1,
        [
            (1, "第一，准确把握当前经济形势"),
            (2, "一是经济运行稳中向好"),
            (2, "二是结构调整深入推进"),
            (1, "第二，明确明年经济工作的总体要求"),
            (2, "一要坚持稳中求进工作总基调"),
            (2, "二要坚持新发展理念"),
            (1, "第三，切实加强对经济工作的领导"),
        ],
    )


def test_a_talk_in_questions_with_di_yi_items_inside_one() -> None:
    lines = [
        "在公司年度干部大会上的讲话",
        "各位同事：",
        "今天，我主要讲三个问题。",
        "第一个问题，关于过去一年的工作。",
        FILLER * 2,
        "第二个问题，关于今年的目标。",
        "第一，收入要增长。" + FILLER,
        "第二，利润要提高。" + FILLER,
        "第三个问题，关于干部队伍建设。",
        FILLER * 2,
        "谢谢大家！",
    ]
    assert _flat("\n".join(lines) + "\n") == (
        1,
        [
            (1, "第一个问题，关于过去一年的工作"),
            (1, "第二个问题，关于今年的目标"),
            (2, "第一，收入要增长"),
            (2, "第二，利润要提高"),
            (1, "第三个问题，关于干部队伍建设"),
        ],
    )


# --- numbering slips across families (issue #14: a slip must not break the series) --------


@pytest.mark.parametrize(
    "markers",
    [
        ("一、", "2.", "第三，"),
        ("一、", "（二）", "三、"),
        ("第一，", "2、", "三、"),
        ("一、", "二、", "3.", "四、"),
        ("1.", "二、", "3."),
    ],
    ids=["dun-arabic-di", "dun-paren-dun", "di-arabic-dun", "dun-arabic-in-the-middle", "ar-cn-ar"],
)
def test_a_numbering_slip_across_families_stays_in_its_series(markers: tuple[str, ...]) -> None:
    """一、… | 2.… | 第三，…: the count goes on, each heading in the place of the one before,
    though the family changes (a typist's or an editor's slip)."""
    titles = [*TITLES, "总结经验教训"][: len(markers)]
    lines = [marker + title for marker, title in zip(markers, titles, strict=True)]
    assert one_speech_outline(one_speech(lines, "今天召开会议，我讲几点意见。")) == [
        (1, line) for line in lines
    ]


@pytest.mark.parametrize(
    ("lines", "want"),
    [
        # 2. then 3.: a list under 一、 going on in its own family, its 1 said inline.
        (
            [
                "一、提高思想认识。要做到：1.加强学习。",
                "2.深入调研。",
                "3.改进作风。",
                "二、加强组织领导",
            ],
            [
                (1, "一、提高思想认识"),
                (2, "2.深入调研"),
                (2, "3.改进作风"),
                (1, "二、加强组织领导"),
            ],
        ),
        # （二） after 一、 whose text said （一）: the list under it, though 三、 follows.
        (
            [
                "一、提高思想认识。主要有两点：（一）加强学习。",
                "（二）深入调研。",
                "二、加强组织领导",
            ],
            [(1, "一、提高思想认识"), (2, "（二）深入调研"), (1, "二、加强组织领导")],
        ),
        # 1. and 2. under 一、 (its 1 a heading), then 三、 after 二、: no slip anywhere.
        (
            [
                "一、提高思想认识",
                "1.加强学习。",
                "2.深入调研。",
                "二、加强组织领导",
                "三、狠抓工作落实",
            ],
            [
                (1, "一、提高思想认识"),
                (2, "1.加强学习"),
                (2, "2.深入调研"),
                (1, "二、加强组织领导"),
                (1, "三、狠抓工作落实"),
            ],
        ),
    ],
    ids=["own-family-goes-on", "first-said-inline", "list-from-one"],
)
def test_a_list_under_a_heading_is_no_slip(lines: list[str], want: list[tuple[int, str]]) -> None:
    assert one_speech_outline(one_speech(lines, "今天召开会议，我讲几点意见。")) == want


def _wrapped_with_blank_lines(*paragraphs: str, width: int) -> str:
    """A text hard-wrapped at ``width`` as a PDF is, a blank line after each paragraph; a
    closing mark (…，。) is never first on a line, so a line may run a mark or two over."""
    out = []
    for paragraph in paragraphs:
        lines, start = [], 0
        while start < len(paragraph):
            stop = start + width
            while stop < len(paragraph) and paragraph[stop] in "…，。！？、":
                stop += 1
            lines.append(paragraph[start:stop])
            start = stop
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("width", [22, 23, 24])
def test_a_wrapped_run_in_heading_whose_first_line_ends_on_an_ellipsis(width: int) -> None:
    """（一）介绍：…地位…… | 不能不知道，…。 with no blank line between, where blank lines part
    the paragraphs: one paragraph, the title running on to its 。 (holdout5 v03 at 30)."""
    heading = "（一）介绍：要了解一部书，对作者的历史、地位……不能不知道，故宜于书前作简单介绍。"
    text = _wrapped_with_blank_lines(
        "同志们：",
        "今天召开会议，我讲两点意见。" + FILLER,
        heading,
        FILLER * 3,
        "（二）加强组织领导。" + FILLER * 2,
        FILLER * 3,
        width=width,
    )
    assert text.split("\n")[6].endswith("地位……")  # (the wrap falls after the ellipsis)
    assert one_speech_outline(text) == [(1, heading[:-1]), (1, "（二）加强组织领导")]


@pytest.mark.parametrize(
    "seam",
    [["- 2 -"], ["— 2 —"], ["2", "某某技术大会实录"]],
    ids=["page-number", "dashed-page-number", "number-and-running-header"],
)
def test_a_lazy_markdown_list_cut_by_a_page_seam_stays_a_list(seam: list[str]) -> None:
    """要完成 4 个动作： | 1. … | (page number, running header) | 1. … | 1. …: the seam of a PDF
    of the Markdown text is no text of the items' own; the list is content, not sections."""
    lines = ["# 分布式事务的实践", "", "## 一、问题的由来", "", FILLER, "", "转账要完成 4 个动作："]
    lines += [
        "",
        "1. 创建交易订单；",
        *seam,
        "1. 创建支付订单；",
        "1. A 账户扣钱；",
        "1. B 账户加钱；",
    ]
    lines += ["", FILLER, "", "## 二、解决方案", "", FILLER]
    if len(seam) == 2:  # (a running header repeats page after page)
        lines += ["", FILLER * 2, "3", seam[1], FILLER * 2]
    assert _flat("\n".join(lines) + "\n", "x.md") == (
        1,
        [(1, "一、问题的由来"), (1, "二、解决方案")],
    )


def _printed(*paragraphs: str, width: int) -> str:
    """A text set on a printed page ``width`` characters wide, each paragraph's first line
    indented by two full-width spaces that take room in it (so it holds ``width - 2``)."""
    out = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        out += [text[i : i + width] for i in range(0, len(text), width)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", [30, 34, 37])
def test_a_heading_wrapped_on_a_page_whose_indent_takes_room(width: int) -> None:
    """一、…情形：以民國十年…自十五下半年至 | 二十年為衰落時期。: the indented line is full
    though two characters shorter than the others; the title runs on to its 。."""
    heads = [
        "一、武昌佛學院之過去情形：以民國十年至十五年為極盛時期，自十五下半年至二十年為衰落時期。",
        "二、本館成立之經過：本人自十七年往歐美遊歷，因各國人士熱心研究佛學，遂發起世界佛學苑。",
        "三、本館之組織：館中以各種大藏經為初期建立，以學僧為專門研究員，用考校編譯兩種工作。",
    ]
    paragraphs = ["本館今日開幕，各位來賓光臨，先將本館的情形報告一下，再說以後的計劃和希望。"]
    for head in heads:
        paragraphs.append(head + "館中諸事，尚待各方協力，以期逐步完成，諸位多多指教。" * 3)
    text = "世界佛學苑圖書館開幕報告\n" + _printed(*paragraphs, width=width)
    assert one_speech_outline(text) == [(1, head[:-1]) for head in heads]


# --- one-line texts (every line break lost): the sentence-initial series inside the line ---

_BODY = FILLER + "要坚持问题导向，聚焦群众急难愁盼问题，拿出过硬措施。" + FILLER


def _one_line(*parts: str) -> str:
    """A speech whose line breaks were all lost: title, salutation and text glued."""
    return "在全市工作会议上的讲话同志们：今天讲几点意见。" + "".join(parts)


@pytest.mark.parametrize(
    "marker",
    ["{}.", "{}、", "{}．", "（{}）", "({})"],
    ids=["dot", "dun", "fw-dot", "paren", "ascii-paren"],
)
def test_a_one_line_text_cuts_an_arabic_series_under_its_sections(marker: str) -> None:
    items = [marker.format(n) + title for n, title in zip("123", TITLES, strict=True)]
    text = _one_line("一、总体要求。", _BODY, *(item + "。" + _BODY for item in items))
    text += "二、保障措施。" + _BODY + marker.format(1) + "健全工作机制。" + _BODY
    text += marker.format(2) + "压实工作责任。" + _BODY
    assert one_speech_outline(text) == [
        (1, "一、总体要求"),
        *((2, item) for item in items),
        (1, "二、保障措施"),
        (2, marker.format(1) + "健全工作机制"),
        (2, marker.format(2) + "压实工作责任"),
    ]


@pytest.mark.parametrize("marker", ["{}要", "{}是", "第{}，"])
def test_a_one_line_text_cuts_a_spoken_series(marker: str) -> None:
    items = [marker.format(n) + title for n, title in zip(CN, TITLES, strict=False)]
    text = _one_line(*(item + "。" + _BODY for item in items), "同志们，让我们共同努力！")
    assert one_speech_outline(text) == [(1, item) for item in items]


@pytest.mark.parametrize(
    "inline",
    [
        "要做到三条：1.讲政治。2.顾大局。3.守规矩。",
        "要做到三条：一要讲政治。二要顾大局。三要守规矩。",
        "主要有两点：（1）讲政治，顾大局。（2）守规矩。",
        "全年完成投资1.5亿元。2.3万人受益。",
    ],
    ids=["dot-list", "yao-list", "paren-list", "decimals"],
)
def test_a_one_line_text_keeps_a_list_said_in_a_paragraph(inline: str) -> None:
    """Items of one or two sentences are a list the speaker said, not sections."""
    text = _one_line("一、总体要求。", _BODY, inline, _BODY, "二、保障措施。", _BODY)
    assert one_speech_outline(text) == [(1, "一、总体要求"), (1, "二、保障措施")]


_KINDS = (
    "从个体推知个体（比例的推论）",
    "从个体推知通则（归纳的推论）",
    "从原则推知个体（演绎的推论）",
)
_STEPS_SAID = (
    "古代天文学把行星轨道都认作正圆的",
    "第谷积下了几十年实际测候的记录",
    "解白勒试验了种种可能的解答",
)


def _lecture_outline(announce: str, second: bool = True) -> str:
    """A lecture's outline that lost its line breaks (holdout26 p03): a section whose title
    ``announce`` counts the list glued after it (二、推论有三种：1.…；2.…；3.…。), then a section
    whose text says a list of one-sentence items, each with a note after its 。 (``second``)."""
    items = "；".join(f"{n}.{kind}" for n, kind in zip("123", _KINDS, strict=True)) + "。"
    said = "".join(
        f"{n}.{step}。（{note}）"
        for n, step, note in zip("123", _STEPS_SAID, ("问题", "疑难", "假设"), strict=True)
    )
    text = _one_line("一、总体要求。", _BODY, announce, items, _BODY)
    if second:
        text += "三、试举例说明之。" + "其思想历程如下：" + said + _BODY
    return text + "四、保障措施。" + _BODY


def test_a_one_line_text_cuts_the_list_a_heading_s_title_counts() -> None:
    """二、推论有三种：1.…；2.…；3.…。 — a lecture outline glues each section's list to its
    heading; the heading's title counts the list, so the items are its sub-headings. Once the
    text has such a list, its other 1. lists (one sentence each, …。（问题）2.…) are too."""
    assert one_speech_outline(_lecture_outline("二、推论有三种：")) == [
        (1, "一、总体要求"),
        (1, "二、推论有三种："),
        *((2, f"{n}.{kind}") for n, kind in zip("123", _KINDS, strict=True)),
        (1, "三、试举例说明之"),
        *((2, f"{n}.{step}") for n, step in zip("123", _STEPS_SAID, strict=True)),
        (1, "四、保障措施"),
    ]


@pytest.mark.parametrize(
    "announce",
    ["二、推论有两种：", "二、推论：", "要做到三条：", "二、推论。我们看到推论有三种："],
    ids=["count-differs", "no-count", "not-a-heading", "not-the-title"],
)
def test_a_list_no_heading_title_counts_stays_in_its_paragraph(announce: str) -> None:
    """The same lists where no glued heading's title counts the first (two for three items, no
    count, a sentence of the text, a second sentence of the section): both stay text."""
    got = [entry for _, entry in one_speech_outline(_lecture_outline(announce))]
    assert not [entry for entry in got if entry[:1].isdigit()]
    assert "三、试举例说明之" in got


_HEADS = ("近代兩大思潮之理想主義與現實主義", "現實主義為近代思想主潮", "佛學之現實論")
_SAID = "這是一段很長的講演正文，說明這個問題的來由，內容很多很多。"


def _lecture_with_contents(
    contents: bool, ends: str = "。", sections: tuple[str, ...] = _HEADS
) -> str:
    """A collected-works lecture (holdout10 a12) that lost its line breaks but kept its
    paragraph indents: its table of contents (一　… | 二　… | 三　…, when ``contents``), then each
    section's heading left at the end of the paragraph before it (…略述梗概。一　近代…　　在西洋…),
    each such paragraph ending with ``ends``; the sections' heads are titled ``sections``."""
    heads = [f"{n}\u3000{head}" for n, head in zip("一二三", _HEADS, strict=True)]
    paragraphs = ["佛學的現實論", "──十九年十一月在四川大學講──"]
    if contents:
        paragraphs.extend(heads)
    for head in (f"{n}\u3000{head}" for n, head in zip("一二三", sections, strict=True)):
        paragraphs.append(_SAID * 4 + _SAID[:-1] + ends + head)
    paragraphs.append(_SAID * 3)
    return "\u3000\u3000".join(paragraphs)


@pytest.mark.parametrize("contents", [True, False], ids=["contents", "no-contents"])
def test_a_one_line_text_cuts_the_spaced_heads_its_paragraphs_end_with(contents: bool) -> None:
    """…略述梗概。一　近代兩大思潮…　　在西洋…: each section's heading, once alone on its line
    between two paragraphs, ends the paragraph before it; it is cut off and opens its section.
    The table of contents that lists the same heads at the top is noise, not outline."""
    text = _lecture_with_contents(contents)
    assert text.count("\n") == 0
    document = parse_text(text)
    got = [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]
    assert got == [(1, f"{n} {head}") for n, head in zip("一二三", _HEADS, strict=True)]
    for heading in (h for s in document.speeches for h in s.headings):
        assert document.paragraphs[heading.paragraph + 1].text.startswith(_SAID[:8])


def test_one_spaced_head_ending_a_paragraph_stays_in_it() -> None:
    """A single paragraph ending with 。一　… is no series of heads: nothing is cut. And a run of
    heads at the top that the sections' heads do not say again is no contents list: it stays."""
    text = _lecture_with_contents(False, ends="，")
    text = text.replace("，一\u3000", "。一\u3000", 1)
    document = parse_text(text)
    assert [h.title for s in document.speeches for h in s.headings] == []
    document = parse_text(_lecture_with_contents(True, ends="，"))
    assert [h.title for s in document.speeches for h in s.headings] == list(_HEADS)
    other = tuple(head + "略說" for head in _HEADS)
    document = parse_text(_lecture_with_contents(True, sections=other))
    titles = [h.title for s in document.speeches for h in s.headings]
    assert titles[:3] == list(_HEADS)


_DECIDED = ("控制消费基金的增长", "统一制定信贷计划", "压缩行政费开支")


def _indented_one_line(inline: bool, *, indent: str = "\u3000\u3000") -> str:
    """A one-line text whose paragraphs kept their 　　 indents: a 第一、…第三、 series said
    inside one paragraph after a colon (``inline``), then the real 第一、…第三、 headings,
    each opening a paragraph of its own."""
    paragraphs = [FILLER * 2 for _ in range(6)]
    items = "".join(f"第{n}、{what}。" + FILLER for n, what in zip(CN, _DECIDED, strict=False))
    if inline:
        paragraphs.insert(3, "为此，必须控制货币的发行量。国务院已经决定：" + items)
    paragraphs.append("要在以下问题上统一认识。")
    paragraphs += [f"第{n}、{title}。" + FILLER * 3 for n, title in zip(CN, TITLES, strict=False)]
    paragraphs += [FILLER, "各位代表，让我们共同努力！"]
    return "在全市工作会议上的讲话" + "".join(indent + p for p in paragraphs)


@pytest.mark.parametrize("inline", [True, False], ids=["inline-series", "headings-only"])
def test_a_series_said_inside_a_paragraph_of_an_indented_one_line_text_stays_text(
    inline: bool,
) -> None:
    """…国务院已经决定：第一、…。…第二、…: in a one-line text that kept its paragraph indents a
    series glued inside one paragraph after a colon is the paragraph's list, however its items
    end; the 第一、… that each open a paragraph are the headings (holdout23 n03)."""
    text = _indented_one_line(inline)
    assert text.count("\n") == 0
    expected = [(1, f"第{n}、{title}") for n, title in zip(CN, TITLES, strict=False)]
    assert one_speech_outline(text) == expected


def test_a_series_after_a_colon_in_a_one_line_text_without_indents_is_headings() -> None:
    """讲三点意见：第一、…。…第二、…: with no paragraph indents left, a series after a colon is
    no paragraph's list — its items, each a title and its text, are the headings."""
    items = [f"第{n}、{title}。" + FILLER * 3 for n, title in zip(CN, TITLES, strict=False)]
    text = _one_line("今天讲三点意见：", *items, "让我们共同努力！")
    assert one_speech_outline(text) == [
        (1, f"第{n}、{title}") for n, title in zip(CN, TITLES, strict=False)
    ]


def test_a_bold_mark_split_by_a_hard_wrap_leaves_no_lead_sentence() -> None:
    """**今天，…开学典礼* | *，首先我谨代表…: the wrap broke the "**" that closes a bold run
    inside the sentence (…典礼**，首先…): emphasis, not a bold lead sentence — only the
    speech's real bold leads (**要志存高远。**…) are headings."""
    opening = "**今天，我们在这里隆重举行南开大学新百年的第一届开学典礼**，首先我谨代表全体师生员工，向每一位新生表示诚挚的欢迎和热烈的祝贺！"
    cut = opening.index("**，") + 1
    rest = _wrapped_with_blank_lines(opening[cut:], width=30)
    leads = ["要志存高远", "要勤学善思", "要知行合一"]
    body = _wrapped_with_blank_lines(
        *(f"**{lead}。**" + FILLER * 3 for lead in leads), FILLER * 2, width=30
    )
    text = f"# 在开学典礼上的讲话\n\n**亲爱的同学们：**\n\n{opening[:cut]}\n{rest}\n{body}"
    assert _flat(text, "x.md") == (1, [(1, lead) for lead in leads])


@pytest.mark.parametrize("marker", ["{}要", "{}是", "第{}，"])
def test_a_list_whose_first_item_lost_its_numeral_stays_under_its_section(marker: str) -> None:
    """一、… | 要狠抓纪律建设。… | 二要… | 三要… | 二、…: the 二 of the list under 一、 (its
    first item said without 一) is no slip in the 一、 series, which goes on with its own 二、."""
    items = [
        marker.format(n) + f"狠抓{what}建设"
        for n, what in zip("二三", ("制度", "队伍"), strict=True)
    ]
    lines = ["一、加强作风建设", "要狠抓纪律建设。" + FILLER, *(item + "。" for item in items)]
    lines.append("二、加强组织领导")
    assert one_speech_outline(one_speech(lines)) == [
        (1, "一、加强作风建设"),
        *((2, item) for item in items),
        (1, "二、加强组织领导"),
    ]


@pytest.mark.parametrize(
    "gap", ["\u3000", " ", "\u3000\u3000"], ids=["ideographic", "ascii", "two"]
)
def test_numbered_parts_under_the_file_s_title_are_speeches(gap: str) -> None:
    """在某某工作会议上的讲话 | 一　一月十八日的讲话 | … | 二　一月二十七日的讲话: the part's numbered
    title is not the rest of the file's title broken over two lines; each part is a speech."""
    lines = ["在某某工作会议上的讲话", f"一{gap}一月十八日的讲话", "同志们：", FILLER]
    lines += ["一、形势问题", FILLER, "二、任务问题", FILLER]
    lines += [f"二{gap}一月二十七日的讲话", "同志们：", FILLER, "一、团结问题", FILLER]
    lines += ["二、纪律问题", FILLER]
    document = parse_text("\n".join(lines) + "\n")
    titles = [speech.title for speech in document.speeches]
    assert len(titles) == 2, titles
    # (The first part is named by its own part line, not by the file's title above it.)
    assert titles == ["一 一月十八日的讲话", "二 一月二十七日的讲话"], titles
    outline = [[h.marker + h.title for h in speech.headings] for speech in document.speeches]
    assert outline == [["一、形势问题", "二、任务问题"], ["一、团结问题", "二、纪律问题"]]


@pytest.mark.parametrize("title", ["党课讲义", "某某大学形势与政策课讲义", "佛學概論講義"])
def test_a_lecture_s_notes_title_the_file(title: str) -> None:
    """讲义 (a lecture's notes) titles its file as 讲稿 does: not a line of text before the
    first 第一讲."""
    lines = [title, "第一讲\u3000党的性质", FILLER, "一、工人阶级先锋队", FILLER]
    lines += ["第二讲\u3000党的宗旨", FILLER, "一、全心全意为人民服务", FILLER]
    document = parse_text("\n".join(lines) + "\n")
    assert [speech.title for speech in document.speeches] == [title]
    assert [(h.level, h.marker + h.title) for h in document.speeches[0].headings] == [
        (1, "第一讲 党的性质"),
        (2, "一、工人阶级先锋队"),
        (1, "第二讲 党的宗旨"),
        (2, "一、全心全意为人民服务"),
    ]


@pytest.mark.parametrize("salutation", ["同志们：", "各位代表：", "亲爱的同学们："])
def test_a_one_line_collection_keeps_its_glued_titles_apart(salutation: str) -> None:
    """…谢谢大家！在全市安全生产会议上的讲话同志们：今天…: with every line break lost, a title
    and a salutation glued between two speeches still open the second one."""
    body = _BODY * 2
    titles = ["在全市经济工作会议上的讲话", "在全市安全生产会议上的讲话"]
    text = "".join(
        f"{title}{salutation}今天讲两点意见。一、认清形势。{body}二、明确任务。{body}谢谢大家！"
        for title in titles
    )
    document = parse_text(text)
    assert [speech.title for speech in document.speeches] == titles
    assert [[h.marker + h.title for h in s.headings] for s in document.speeches] == [
        ["一、认清形势", "二、明确任务"]
    ] * 2


@pytest.mark.parametrize(
    ("block", "date", "speaker"),
    [
        ("在全市经济工作会议上的讲话（2018年1月5日）张三", "2018年1月5日", "张三"),
        (
            "在全市经济工作会议上的讲话（二〇一八年一月五日）市长 张三",
            "二〇一八年一月五日",
            "市长 张三",
        ),
        ("在全市经济工作会议上的讲话（2018年1月5日）", "2018年1月5日", None),
    ],
    ids=["speaker", "cn-date", "no-speaker"],
)
def test_a_one_line_text_cuts_its_glued_title_date_and_speaker_apart(
    block: str, date: str, speaker: str | None
) -> None:
    """在…上的讲话（2018年1月5日）张三同志们：今天…: the title block a one-line text glued into one
    run is the title, the date, the speaker and the salutation, as on lines of their own."""
    text = f"{block}同志们：今天讲两点意见。一、认清形势。{_BODY * 3}二、明确任务。{_BODY * 3}谢谢大家！"
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date, speech.speaker) == (
        "在全市经济工作会议上的讲话",
        date,
        speaker,
    )
    assert speech.salutation == "同志们："
    assert [h.marker + h.title for h in speech.headings] == ["一、认清形势", "二、明确任务"]


@pytest.mark.parametrize(
    "sentence",
    [
        "市委书记在全市经济工作会议上的讲话（2018年1月5日）告诫同志们：",
        "市委书记在全市经济工作会议上的讲话（2018年1月5日）对同志们：",
        "这是书记去年（2018年1月5日）的讲话同志们：",
    ],
    ids=["verb", "preposition", "no-title"],
)
def test_a_sentence_quoting_a_dated_speech_in_a_one_line_text_stays_text(sentence: str) -> None:
    """A sentence of the text that names a dated speech before 同志们： is no title block."""
    text = f"今年是关键一年。{sentence}今天讲两点意见。一、认清形势。{_BODY * 3}二、明确任务。{_BODY * 3}"
    (speech,) = parse_text(text).speeches
    assert speech.title is None
    assert [h.marker + h.title for h in speech.headings] == ["一、认清形势", "二、明确任务"]


_LADDER_HEAD = [
    "一、深化改革",
    "（一）推进管理变革",
    "1、人事管理变革",
    "（1）优化岗位设置",
    "（2）完善考核办法",
]
_LADDER_TAIL = ["（二）加强队伍建设", "二、加强领导"]


@pytest.mark.parametrize(
    "lines",
    [
        ["4、财务管理变革", "（4）强化审计监督", "2、生产管理变革"],
        ["4、财务管理变革", "2、生产管理变革"],
        ["3、财务管理变革", "2、生产管理变革"],
    ],
    ids=["deeper-list-goes-on", "own-family-resumes", "number-of-the-deeper-list"],
)
def test_a_shallower_numeral_typed_for_the_deeper_list_s_item_takes_its_level(
    lines: list[str],
) -> None:
    """一、 > （一） > 1、 > （1）: 1、… | （1）… | （2）… | 4、财务管理变革: the 「4、」 typed where
    （3） is due (HEADINGS.md): neither goes on with 1、 (2、 follows it, or （4）) — an item of
    the （1） list, not a section beside 1、."""
    got = one_speech_outline(one_speech([*_LADDER_HEAD, *lines, *_LADDER_TAIL]))
    assert got[5] == (4, lines[0])
    assert got[:5] == [(n + 1, line) for n, line in enumerate(_LADDER_HEAD[:4])] + [
        (4, _LADDER_HEAD[4])
    ]
    assert got[-3:] == [(3, "2、生产管理变革"), (2, "（二）加强队伍建设"), (1, "二、加强领导")]


@pytest.mark.parametrize(
    "lines",
    [
        ["2、生产管理变革", "3、质量管理变革", "（1）优化流程", "（2）严格检验", "4、财务管理变革"],
        ["3、财务管理变革", "（1）强化预算", "（2）严格审计", "4、生产管理变革"],
        ["3、财务管理变革", "（1）强化预算"],
    ],
    ids=["next-of-its-family", "skipped-number-then-own-list", "skipped-number-new-list"],
)
def test_a_numeral_that_goes_on_or_opens_its_own_list_keeps_its_level(lines: list[str]) -> None:
    """4、 after 3、 and its （1）（2） is the next of its family; a 3、 after 1、 (2 skipped) that
    opens its own （1） list is a skip in its own series: both stay beside 1、."""
    got = one_speech_outline(one_speech([*_LADDER_HEAD, *lines, *_LADDER_TAIL]))
    levels = dict((title, level) for level, title in got)
    for line in lines:
        assert levels[line] == (3 if line[0].isdigit() else 4), got


@pytest.mark.parametrize("gap", [" ", "\u3000"], ids=["space", "ideographic"])
@pytest.mark.parametrize(
    ("heads", "want"),
    [
        (["### 一、认清形势", "### 二、明确任务"], [(1, "一、认清形势"), (1, "二、明确任务")]),
        (
            ["## 认清形势", "## 明确任务", "## 狠抓落实"],
            [(1, "认清形势"), (1, "明确任务"), (1, "狠抓落实")],
        ),
        (
            ["## 一、认清形势", "### （一）把握大局", "### （二）看清风险", "## 二、明确任务"],
            [
                (1, "一、认清形势"),
                (2, "（一）把握大局"),
                (2, "（二）看清风险"),
                (1, "二、明确任务"),
            ],
        ),
    ],
    ids=["numbered", "unnumbered", "two-depths"],
)
def test_a_one_line_markdown_text_keeps_its_hash_headings(
    heads: list[str], want: list[tuple[int, str]], gap: str
) -> None:
    """# 在…上的讲话 同志们：… ### 一、认清形势 各级…: a Markdown text scraped with its line
    breaks removed keeps the ## / ### headings inside its one line, each ending where its line
    broke (the space between it and its section's text)."""
    text = "# 在全市工作会议上的讲话 同志们：今天讲几点意见。"
    text += " ".join(head + gap + _BODY * 3 for head in heads)
    assert one_speech_outline(text, "x.md") == want


@pytest.mark.parametrize(
    "inline",
    [
        "我们用 C# 语言和 F# 语言写了两个版本。",
        "标签写作 ## 要点 的样子。",
        "编号为 #12 的议案 ## 通过。",
    ],
    ids=["csharp", "one-mark", "number-sign"],
)
def test_a_hash_mark_inside_a_one_line_sentence_is_no_heading(inline: str) -> None:
    """A "#" inside a sentence (C# 语言, one ## in the whole line) cuts nothing out of the line."""
    text = "# 在全市工作会议上的讲话 同志们：今天讲几点意见。一、认清形势。" + _BODY * 2 + inline
    text += _BODY + "二、明确任务。" + _BODY * 2
    assert one_speech_outline(text, "x.md") == [(1, "一、认清形势"), (1, "二、明确任务")]


# --- a one-line Markdown text whose # headings run straight into their text (engine40) ---
_MD_START = "# 关于分布式架构的分享 本次分享讲两个问题：如何构建金融级容灾架构？如何兼容老系统？"
_SPACED = "2019 年过去了，2020 年迎面而来，我读了 20 本书，写了 30 篇文章，认识了 100 位朋友。"


@pytest.mark.parametrize(
    ("sections", "want"),
    [
        (
            [
                "## 常用架构：单体式架构目前很多金融机构的架构是典型的单体式架构，一般由服务器组成。",
                "## 分布式架构：微服务架构目前大家最关注的是微服务架构的拆分，拆分要讲方法。",
            ],
            [(1, "常用架构：单体式架构"), (1, "分布式架构：微服务架构")],
        ),
        (
            [
                "### 1、构建金融级容灾架构我们知道，金融行业监管对系统的容灾有一定要求。",
                "### 2、兼容老系统金融行业的老系统很多，需要平滑过渡。",
            ],
            [(1, "1、构建金融级容灾架构"), (1, "2、兼容老系统")],
        ),
        (
            [
                "### 1、事业18 年的计划是 19 年找到一个领域创业，还在徘徊中。" + _SPACED,
                "### 2、读书20 本书我全部重新读了一遍，获益良多。" + _SPACED,
            ],
            [(1, "1、事业"), (1, "2、读书")],
        ),
        (
            ["## 认清形势 " + _BODY, "## 最后糟糕的一年过去了，新的一年也许会好转。"],
            [(1, "认清形势"), (1, "最后")],
        ),
        # (no seam: a numbered title runs to its first sentence's end, an unnumbered one is
        # given its first sentence — a whole section is no heading)
        (
            [
                "### 1、新的架构兼容老系统金融行业的老系统很多，需要平滑过渡。",
                "## 蚂蚁金服的架构：分布式架构微服务架构是大家最关注的一种分布式架构。",
            ],
            [
                (1, "1、新的架构兼容老系统金融行业的老系统很多，需要平滑过渡"),
                (1, "蚂蚁金服的架构：分布式架构微服务架构是大家最关注的一种分布式架构"),
            ],
        ),
        # (a closing word opens a closing section's title only at the text's last heading)
        (
            ["## 总结经验教训我们要认真总结，把经验用好。", "## 明确任务 " + _BODY],
            [(1, "总结经验教训我们要认真总结，把经验用好"), (1, "明确任务")],
        ),
        # (最后的话: 的 goes on with the word)
        (
            ["## 认清形势 " + _BODY, "## 最后的话我想说，感谢大家的支持。"],
            [(1, "认清形势"), (1, "最后的话我想说，感谢大家的支持")],
        ),
        # (a text that does not space Chinese from digits: 事业18年 is no seam)
        (
            [
                "### 1、事业18年的计划是19年找到一个领域创业，还在徘徊中。" + _BODY,
                "### 2、读书20本书我全部重新读了一遍，获益良多。" + _BODY,
            ],
            [
                (1, "1、事业18年的计划是19年找到一个领域创业，还在徘徊中"),
                (1, "2、读书20本书我全部重新读了一遍，获益良多"),
            ],
        ),
        # (said before, but not ending a sentence there: 构建金融级容灾 is no title)
        (
            [
                "### 1、构建金融级容灾体系我们知道，监管对容灾有一定要求。",
                "### 2、兼容老系统金融行业的老系统很多，需要平滑过渡。",
            ],
            [(1, "1、构建金融级容灾体系我们知道，监管对容灾有一定要求"), (1, "2、兼容老系统")],
        ),
    ],
    ids=[
        "time-word",
        "said-before",
        "tight-digits",
        "closing-section",
        "no-seam",
        "trap-closing-word-not-last",
        "trap-closing-word-goes-on",
        "trap-text-not-spaced",
        "trap-said-inside-a-sentence",
    ],
)
def test_a_one_line_markdown_heading_run_into_its_text_ends_at_a_seam(
    sections: list[str], want: list[tuple[int, str]]
) -> None:
    """## 常用架构：单体式架构目前很多…: a Markdown heading of a one-line text run straight into its
    section (no space where its line broke) ends where its section's first sentence starts: a
    time word, a title said before at a sentence's end, a tight seam of digits in a text that
    spaces them, a closing section's one word; else its first sentence is its title."""
    text = _MD_START + "".join(section + _BODY * 2 for section in sections)
    assert one_speech_outline(text, "x.md") == want


def test_a_part_line_not_one_before_the_next_part_leaves_the_file_s_title() -> None:
    """在某某工作会议上的讲话 | 一 一月十八日的讲话 | … | 三 一月二十七日的讲话: the next part is
    not numbered two, so the 一 line is not known as the first part's own line: the file's
    title names the first speech as before."""
    lines = ["在某某工作会议上的讲话", "一 一月十八日的讲话", "同志们：", FILLER]
    lines += ["一、形势问题", FILLER, "二、任务问题", FILLER]
    lines += [
        "三 一月二十七日的讲话",
        "同志们：",
        FILLER,
        "一、团结问题",
        FILLER,
        "二、纪律问题",
        FILLER,
    ]
    titles = [speech.title for speech in parse_text("\n".join(lines) + "\n").speeches]
    assert titles[0] == "在某某工作会议上的讲话", titles


@pytest.mark.parametrize(
    ("start", "first"),
    [
        ("经济形势与经验教训（一九八○年十二月十六日） 陈云 ", "一、认清形势"),
        ("关于当前工作的指示（一九三六年九月一日）", "（一）认清形势"),
        ("关于当前工作的指示（2018年1月5日） ", "一、认清形势"),
    ],
    ids=["speaker-and-space", "no-space", "space"],
)
def test_a_one_line_text_s_first_heading_after_its_title_date_and_speaker(
    start: str, first: str
) -> None:
    """经济形势与经验教训（一九八○年十二月十六日） 陈云 一、…: a one-line text read back from a PDF,
    its title block run into its first heading (the runs of spaces between them one space, or
    none): the first heading is a heading, as its second is."""
    second = first.replace("一", "二", 1).replace("认清形势", "明确任务")
    text = f"{start}{first}。{_BODY * 3}{second}。{_BODY * 3}"
    assert one_speech_outline(text) == [(1, first), (1, second)]


@pytest.mark.parametrize(
    "start",
    ["回顾过去（一九八○年十二月十六日）以来的工作，", "回顾过去，这一年（2018年1月5日） "],
    ids=["sentence-goes-on", "comma-before"],
)
def test_a_dated_sentence_opening_a_one_line_text_is_no_title_block(start: str) -> None:
    """A sentence that holds a date in brackets at a one-line text's start is text: the 一、 after
    it is an item of that sentence's paragraph when the series is inline (做到：一、…；二、…)."""
    text = f"{start}一、讲政治；二、顾大局。{_BODY * 3}今年要做好工作。{_BODY * 3}"
    assert one_speech_outline(text) == []


@pytest.mark.parametrize(
    ("start", "title", "date", "speaker"),
    [
        (
            "在中国公学之演说 （１９２０年３月２０日） ",
            "在中国公学之演说",
            "１９２０年３月２０日",
            None,
        ),
        (
            "在庆祝某某大会上的讲话（节录） （一九七九年九月二十九日） 叶　剑　英 ",
            "在庆祝某某大会上的讲话（节录）",
            "一九七九年九月二十九日",
            "叶剑英",
        ),
        (
            "土地改革中的几个问题（一九四八年一月十二日） 任　弼　时 ",
            "土地改革中的几个问题",
            None,
            "任弼时",
        ),
    ],
    ids=["date", "date-and-spaced-name", "no-space-before-date"],
)
def test_a_one_line_text_s_title_block_before_its_first_sentence(
    start: str, title: str, date: str | None, speaker: str | None
) -> None:
    """在中国公学之演说 （１９２０年３月２０日） 梁任公先生近自欧洲归国，…: a text whose line breaks
    became spaces, its title block (a title, its date in brackets, the speaker's name) run into
    its first sentence, not into a heading: the title is the speech's title (title91, issue #14)."""
    speech = parse_text(f"{start}我想讲的是当前工作中的几个问题。{_BODY * 6}").speeches[0]
    assert speech.title == title
    if date is not None:
        assert speech.date == date
    assert speech.speaker == speaker


def test_a_one_line_text_s_salutation_after_its_title_block_stays_its_salutation() -> None:
    """在…上的讲话 （一九九一年七月一日） 江　泽　民 同志们，朋友们：…: the title block cut off the
    first sentence leaves the salutation after the name a salutation, as when the block was cut
    out before it."""
    start = "在庆祝某某大会上的讲话 （一九九一年七月一日） 江　泽　民 同志们，朋友们："
    speech = parse_text(f"{start}我想讲的是当前工作中的几个问题。{_BODY * 6}").speeches[0]
    assert (speech.title, speech.speaker) == ("在庆祝某某大会上的讲话", "江泽民")
    assert speech.salutation == "同志们，朋友们："


@pytest.mark.parametrize(
    "start",
    ["这一年（2018年1月5日） 我们召开了会议，", "回顾过去（一九八○年十二月十六日）以来的工作，"],
    ids=["sentence-after-space", "no-space-after-date"],
)
def test_a_dated_phrase_before_a_sentence_at_a_one_line_start_is_no_title(start: str) -> None:
    """这一年（2018年1月5日） 我们召开了会议，…: a date in brackets whose words before it are no
    title (no 在…上的讲话, not the speech's name) and go on in a sentence: no title."""
    speech = parse_text(f"{start}{_BODY * 6}").speeches[0]
    assert speech.title is None


_SUBTITLE = "——2019年3月5日在某某县第十七届人民代表大会第三次会议上"
_REPORT = (
    "现在，我代表县人民政府，向大会报告政府工作。"
    + _BODY * 4
    + "一、过去一年的工作回顾。"
    + _BODY * 3
)


@pytest.mark.parametrize("sep", [" ", ""], ids=["single-space", "no-separator"])
@pytest.mark.parametrize(
    ("block", "title", "speaker"),
    [
        (["为建设美丽乡村而奋斗", _SUBTITLE, "县长 张某某"], "为建设美丽乡村而奋斗", "县长 张某某"),
        (["政府工作报告", _SUBTITLE, "县长张某某"], "政府工作报告", "县长张某某"),
    ],
    ids=["title", "weak-title"],
)
def test_a_one_line_text_s_title_block_with_its_subtitle_and_speaker(
    sep: str, block: list[str], title: str, speaker: str
) -> None:
    """为建设美丽乡村而奋斗 ——2019年3月5日在…会议上 县长 张某某 各位代表： 现在，…: a one-line text
    opening with a title, its ——subtitle and the speaker run into the salutation: the title,
    date and speaker of the speech, as on their lines (issue #14: the speech had no title)."""
    speech = parse_text(sep.join([*block, "各位代表：", _REPORT])).speeches[0]
    assert (speech.title, speech.date, speech.speaker) == (title, "2019年3月5日", speaker)


@pytest.mark.parametrize("salutation", ["各位代表：", "各位代表！"], ids=["colon", "exclaimed"])
@pytest.mark.parametrize(
    "title", ["2019年政府工作报告 为建设美丽乡村而奋斗", "为建设美丽乡村而奋斗", "政府工作报告"]
)
def test_a_one_line_title_block_in_its_own_part_gets_its_lines_back(
    salutation: str, title: str
) -> None:
    """2019年政府工作报告 为建设美丽乡村而奋斗 ——…会议上　　县长张某某 各位代表： 现在，…: a one-line
    text whose paragraphs are still set apart (　　) and whose title block lost its line breaks to
    spaces: the title's lines cut at those spaces (a plain title over its subtitle is the
    speech's title), the speaker and the salutation cut off the first words — the speech's title,
    date and speaker those of the same text on its lines."""
    text = "\u3000\u3000".join([f"{title} {_SUBTITLE}", f"县长张某某 {salutation} {_REPORT}"])
    lines = "\n".join([*title.split(" "), _SUBTITLE, "县长张某某", salutation, _REPORT])
    want = parse_text(lines).speeches[0]
    speech = parse_text(text).speeches[0]
    assert speech.title is not None
    assert (speech.title, speech.date, speech.speaker) == (want.title, want.date, want.speaker)
    assert speech.speaker == "县长张某某"


def test_a_one_line_title_block_before_a_photo_caption_is_cut_off_at_its_space() -> None:
    """政府工作报告——2019年3月5日在…会议上县长 张某某 3月5日，…开幕。…摄 各位代表：…: a one-line
    text (its line breaks become spaces) whose title block is followed by a photo's caption, not
    the salutation: the block is cut off at the space after the speaker, the speech titled."""
    caption = "3月5日，某某县第十七届人民代表大会第三次会议开幕。记者 李某 摄"
    text = " ".join([f"政府工作报告{_SUBTITLE}县长 张某某", caption, "各位代表：", _REPORT])
    speech = parse_text(text).speeches[0]
    assert (speech.title, speech.date, speech.speaker) == (
        "政府工作报告",
        "2019年3月5日",
        "县长 张某某",
    )


def test_a_one_line_text_opening_with_a_sentence_over_a_dash_is_no_title_block() -> None:
    """同志们，我们要记住——2019年3月5日在…会议上县长 张某某 讲过的话。…: the words before the dash
    hold a comma (a sentence's, not a title's): nothing is cut, the text stays one paragraph."""
    text = " ".join([f"同志们，我们要记住{_SUBTITLE}县长 张某某 讲过的话。", _REPORT])
    document = parse_text(text)
    assert (document.speeches[0].title, document.speeches[0].speaker) == (None, None)
    assert document.paragraphs[0].text.startswith(f"同志们，我们要记住{_SUBTITLE}县长 张某某 讲过")


@pytest.mark.parametrize(
    ("start", "title"),
    [
        (
            "在2016年1月15日某某公司年会上的讲话 各位同事们， 大家好！ ",
            "在2016年1月15日某某公司年会上的讲话",
        ),
        ("今天的会议很重要 各位同事们， 大家好！ ", None),
        ("第238章 娜拉走后怎样 本篇最初发表于某某校刊第六期。 ", "娜拉走后怎样"),
        ("第3章 我们说过，大家要记住 ", None),
    ],
    ids=["title", "near-miss-sentence", "chapter-line", "near-miss-chapter-sentence"],
)
def test_a_one_line_text_s_title_before_a_space(start: str, title: str | None) -> None:
    """在2016年1月15日某某公司年会上的讲话 各位同事们， 大家好！ …: a one-line text whose title, then
    a space (its lost line break), opens it: the title is cut off the first words; words that
    are no title (今天的会议很重要) stay the text's. A web novel site's chapter line (第238章
    娜拉走后怎样) is cut off so too, not one whose words hold punctuation."""
    assert parse_text(start + _REPORT).speeches[0].title == title


def test_a_name_opening_a_sentence_after_a_one_line_title_block_is_no_speaker() -> None:
    """…会议上　　县长张某某 讲话时指出：…: a post and a name followed by no salutation are the
    sentence's subject, not the block's speaker line: nothing is cut off."""
    text = "\u3000\u3000".join(
        [f"为建设美丽乡村而奋斗 {_SUBTITLE}", f"县长张某某 讲话时指出：{_REPORT}"]
    )
    document = parse_text(text)
    assert document.speeches[0].speaker is None
    assert any(p.text.startswith("县长张某某 讲话时指出：") for p in document.paragraphs)


def test_hash_headings_run_straight_into_their_text_without_a_seam_run_on() -> None:
    """…。## 认清形势各级各部门要…。: with no space where the line broke and no seam (no time word,
    no title said before, no tight digit, not a closing word), nothing tells where the heading's
    title ends: each heading is found in its place, its title its first sentence (the project's
    convention for a lost line end, §3). Until engine40 such a line was left uncut, no heading."""
    text = "# 在全市工作会议上的讲话 同志们：今天讲几点意见。"
    text += "".join(head + _BODY * 3 for head in ["## 认清形势", "## 明确任务", "## 狠抓落实"])
    document = parse_text(text, "x.md")
    first = _BODY[: _BODY.index("。")]
    want = [(1, head + first) for head in ["认清形势", "明确任务", "狠抓落实"]]
    assert [(h.level, h.title) for s in document.speeches for h in s.headings] == want


@pytest.mark.parametrize("width", [30, 34, 37])
def test_an_ordinal_broken_after_its_di_by_the_wrap_opens_no_heading(width: int) -> None:
    """…這時醒時是不能夠有的。第 | 四、是空時約束：…: a printed line broke 第四、 after its 第;
    the 四、 at the next line's start goes on the paragraph's inline 第一、…第四、 series — no
    heading beside the section heads 一、 and 二、."""
    items = "第一、是化自他身，皆由自心所化。第二、是不覺自身，把身體完全忘掉。"
    items += "第三、是不合事實，與經驗不相符合。"
    pad = "夢中的現象有許多特徵，都是醒覺世界所不能有的"
    lead = "夢的特徵，為醒覺世界所不能有的，所以每有以為很神奇奧祕的。" + items
    room = (-(2 + len(lead) + 2)) % width or width  # (then 。 and 第 end a printed line)
    lead += (pad * 4)[:room] + "。第四、是空時約束：醒時走路須費時間，夢時不然。" + pad + "。"
    heads = ["一、夢的事實", "二、夢的構成"]
    body = "夢的構成，有生理的，心理的，弗洛德約有三種說法，各有所據，今且從生理上說起。"
    more = "再從心理上說，睡眠之時，意識不能明了，所以夢中所見的事物，往往顛倒錯亂。"
    more += "至於佛學上說夢，則以為夢是第六意識與睡眠心所相應而起的活動，與醒時的意識不同。"
    more += "所以要明白夢的真相，須從生理、心理和佛學三方面合起來觀察，方能得其全體。"
    text = "夢的研究\n" + _printed(heads[0] + "。", lead, heads[1] + "。", body, more, width=width)
    document = parse_text(text)
    assert [h.marker + h.title for s in document.speeches for h in s.headings] == heads


_RUN_IN_FILLER = "依據佛學，一切眾生有精神界的互遍相通的作用，所以一人的心念，能影響於他人。"


def _run_in_text(second: str) -> str:
    """Sections 五　… and 六　… alone on their lines, run-in heads under 五 (一、潛通的精神界　　依據…),
    the second holding ``second`` after its gap."""
    lines = ["革命當從革心起", "五\u3000心的分析"]
    lines.append(f"\u3000\u3000一、潛通的精神界\u3000\u3000{_RUN_IN_FILLER * 2}")
    lines.append(f"\u3000\u3000二、顯著的心理作用\u3000\u3000{second}{_RUN_IN_FILLER * 2}")
    lines.append(f"\u3000\u3000二、非善的心理作用：非善的即是惡的心理。{_RUN_IN_FILLER * 2}")
    lines += ["六\u3000革心的可能", f"\u3000\u3000{_RUN_IN_FILLER * 3}"]
    return "\n".join(lines) + "\n"


def test_a_run_in_head_announcing_a_list_with_its_first_item_after_the_gap() -> None:
    """二、顯著的心理作用　　一、善的心理作用；… | 二、非善的心理作用：…: the head's line holds the
    first item of a new list (no entry, by the convention of 2026-12-04); its second item, on
    its own line, sits under the head — not beside it, nor the first item a heading."""
    text = _run_in_text("一、善的心理作用；善的心理就是道德。")
    headings = parse_text(text).speeches[0].headings
    got = [(h.level, h.marker + h.title.replace("\u3000", "")) for h in headings]
    assert got == [
        (1, "五 心的分析"),
        (
            2,
            "一、潛通的精神界依據佛學，一切眾生有精神界的互遍相通的作用，所以一人的心念，能影響於他人",
        ),
        (2, "二、顯著的心理作用一、善的心理作用"),
        (3, "二、非善的心理作用：非善的即是惡的心理"),
        (1, "六 革心的可能"),
    ]


def test_a_run_in_head_followed_by_another_familys_item_is_cut_at_the_gap() -> None:
    """二、顯著的心理作用　　（一）善的心理作用；…: an item after the gap starts a paragraph of its
    own, so the head's title ends at the gap."""
    heads = [
        h.marker + h.title
        for h in parse_text(_run_in_text("（一）善的心理作用；善的心理就是道德。"))
        .speeches[0]
        .headings
    ]
    assert "二、顯著的心理作用" in heads


# (id, a head's line with {} for its numeral, the outline's entry with {} for it)
RUN_IN_LINES = [
    (
        "text-after-the-gap",
        "{}、顯著的作用\u3000\u3000一般的作用，人人皆有。",
        "{}、顯著的作用一般的作用，人人皆有",
    ),
    ("question", "{}、顯著的作用\u3000\u3000怎樣顯著？作用人人皆有。", "{}、顯著的作用怎樣顯著？"),
    (
        "one-gap-wider",
        "{}、顯著的作用\u3000\u3000\u3000一般的作用，人人皆有。",
        "{}、顯著的作用一般的作用，人人皆有",
    ),
    # Traps: the gap ends the title.
    ("numeral-and-space", "{}\u3000顯著的作用\u3000\u3000一般的作用，人人皆有。", "{} 顯著的作用"),
    (
        "paragraphs-run-together",  # …。　　…: the gaps are paragraph indents
        "{}、顯著的作用\u3000\u3000一般的作用，人人皆有。\u3000\u3000善的心理就是道德。",
        "{}、顯著的作用",
    ),
    (
        "head-over-30-characters",
        "{}、顯著的作用與非善的作用以及一切眾生的精神界互遍相通而不可分離的作用\u3000\u3000一般的作用，人人皆有。",
        "{}、顯著的作用與非善的作用以及一切眾生的精神界互遍相通而不可分離的作用",
    ),
]


@pytest.mark.parametrize(
    ("line", "entry"), [row[1:] for row in RUN_IN_LINES], ids=[row[0] for row in RUN_IN_LINES]
)
def test_a_run_in_heads_title_runs_across_the_gap_to_its_first_sentence(
    line: str, entry: str
) -> None:
    """一、政治革命　　講到現代的革命，…。 in a text with line breaks: a head run into its paragraph
    (two ideographic spaces or more between them, as collected-works editions print it) has its
    title to the first 。！？； like any heading glued to its text — the gap is no line end. Where
    the gaps are paragraph indents (after a sentence end), or the head is a numeral and a space
    whose title is its line's words (一　重工业…), the gap ends the title."""
    text = "\n".join(
        ["革心的講演", *(f"\u3000\u3000{line.format(n)}{_RUN_IN_FILLER * 2}" for n in CN)]
    )
    got = [title.replace("\u3000", "") for _, title in one_speech_outline(text + "\n")]
    assert got == [entry.format(n) for n in CN]


def test_a_one_line_texts_gap_ends_a_title() -> None:
    """In a text that lost its line breaks the gaps are its old paragraph breaks: a head before
    one is its line's words (一、总体要求　　今年是…), not run on into the next paragraph."""
    paragraphs = [
        "今天召开会议，我讲三点意见。",
        "一、提高思想认识",
        FILLER * 3,
        "二、加强组织领导",
        FILLER * 3,
        "三、狠抓工作落实",
        FILLER * 3,
    ]
    text = "同志们：" + "".join("\u3000\u3000" + p for p in paragraphs)
    assert [title for _, title in one_speech_outline(text)] == [
        "一、提高思想认识",
        "二、加强组织领导",
        "三、狠抓工作落实",
    ]


@pytest.mark.parametrize("width", [30, 34, 37])
def test_a_first_item_starting_its_own_inner_list_after_a_full_line_is_a_heading(
    width: int,
) -> None:
    """…約三種說。 (a full printed line) | 一、生理的有三種：一、細胞惰性說：…。二、…: the 二 in the
    lines under it is the inner list's (its 一 follows the colon), so the wrap did not merely
    break the line before an inline 一、 — the item opens its paragraph and is a heading."""
    pad = "夢的構成，有生理的，心理的，弗洛德約有三種說法，各有所據，今且從生理上說起"
    lead = (pad * 3)[: (-2 % width or width) + width * 2 - 1] + "。"
    assert (2 + len(lead)) % width == 0  # (its last line is full and ends with 。)
    inner = "人身細胞活動有惰性，醒時的生理狀態，五官百體各盡其職，睡時陷於惰性。"
    first = f"一、生理的有三種：一、細胞惰性說：{inner}二、腦神經說：{inner}三、潛病說：{inner}"
    second = f"二、心理的有二種：一、觀念復起說：{inner}二、想像說：{inner}"
    third = f"三、弗洛特是近代一個特殊的心理學家，他對夢說明最多。{inner}"
    text = "夢的研究\n" + _printed(lead, first, second, third, width=width)
    got = [h.marker + h.title[:5] for s in parse_text(text).speeches for h in s.headings]
    assert got == ["一、生理的有三", "二、心理的有二", "三、弗洛特是近"]


_ECHO_SECTIONS = [
    ("一、加强基础设施建设和生态环境保护", ["（一）加强基础设施建设{}", "（二）生态环境保护{}"]),
    ("二、深化改革，扩大开放", ["（一）深化改革{}", "（二）扩大开放{}"]),
]
_ECHO_OPENING = "全年新建道路一百二十公里，城乡面貌明显改善。"

# (id, what follows each sub-heading's words, the sub-heading's title in the outline, {} for
# its words)
ECHO_ROWS = [
    ("repeated-words-then-text", _ECHO_OPENING, "{}"),
    # Traps: the title runs on to the first sentence's end.
    (
        "a-suffix-after-the-words",
        "的任务十分繁重，需要各方面共同努力。",
        "{}的任务十分繁重，需要各方面共同努力",
    ),
    ("a-joining-word-ends-the-words", "和改革的任务十分繁重。", "{}和改革的任务十分繁重"),
    ("a-sentence-about-the-words", "是全局工作的重中之重。", "{}是全局工作的重中之重"),
    ("few-characters-after-the-words", "工作。", "{}工作"),
]


def _echo_text(after: str, one_line: bool) -> str:
    paragraphs = ["同志们：", "今天召开会议，我讲两个方面的工作。"]
    for head, subs in _ECHO_SECTIONS:
        paragraphs.append(head)
        paragraphs += [sub.format(after) + _BODY for sub in subs]
    paragraphs.append("谢谢大家！")
    return ("" if one_line else "\n").join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("after", "title"), [row[1:] for row in ECHO_ROWS], ids=[row[0] for row in ECHO_ROWS]
)
def test_a_glued_sub_heading_repeating_words_of_the_heading_above_ends_with_them(
    after: str, title: str
) -> None:
    """A one-line text: 一、加强基础设施建设和生态环境保护（一）加强基础设施建设全年新建道路…: the
    sub-heading names its part of the section with the words of the heading above, and where
    those words end its section's first sentence begins (the line break between them was lost).
    Not where a suffix or only a few characters follow the words: they are the title's own."""
    got = [entry for _, entry in one_speech_outline(_echo_text(after, one_line=True))]
    words = [sub[3:-2] for _, subs in _ECHO_SECTIONS for sub in subs]
    assert [entry for entry in got if entry.startswith("（")] == [
        f"（{'一二'[i % 2]}）" + title.format(word) for i, word in enumerate(words)
    ]


def test_a_sub_heading_repeating_the_words_above_in_a_text_with_line_breaks_runs_on() -> None:
    """With its line breaks kept, （一）加强基础设施建设全年新建道路…。 is a heading glued to its text
    on its own line: its title runs to the first 。 (no break was lost inside it)."""
    got = [entry for _, entry in one_speech_outline(_echo_text(_ECHO_OPENING, one_line=False))]
    assert "（一）加强基础设施建设全年新建道路一百二十公里，城乡面貌明显改善" in got


def test_words_that_modify_the_noun_of_the_heading_above_do_not_end_a_title() -> None:
    """一、加强基础设施建设的重要意义 | （一）加强基础设施建设全年新建道路…: in the heading above the
    words modify its noun (…建设的重要意义), so the sub-heading's words are no name of its part:
    its title runs on to the first sentence's end."""
    text = "同志们：今天召开会议，我讲两个方面的工作。一、加强基础设施建设的重要意义"
    text += "（一）加强基础设施建设" + _ECHO_OPENING + _BODY
    text += "（二）加强基础设施建设" + _ECHO_OPENING + _BODY + "二、深化改革，扩大开放"
    text += "（一）深化改革" + _ECHO_OPENING + _BODY + "（二）扩大开放" + _ECHO_OPENING + _BODY
    got = [entry for _, entry in one_speech_outline(text + "谢谢大家！\n")]
    opening = _ECHO_OPENING.rstrip("。")
    assert got[1:3] == ["（一）加强基础设施建设" + opening, "（二）加强基础设施建设" + opening]
    assert got[4:] == ["（一）深化改革", "（二）扩大开放"]
