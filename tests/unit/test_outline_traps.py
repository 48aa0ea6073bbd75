"""Every trap class of HEADINGS.md §4 (and the patterns of §2/§3) as a row of a table.

Each row is a small speech text and what a careful reader expects: the outline as
``(level, marker + title)`` (a title ending in "…" is compared as a prefix), the number of
speeches, and/or strings that must (or must not) be in some paragraph. The texts are
written for these tests, not copied from the corpus, so the rules are tested in general.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.regression.mess import mess
from tui.engine import Kind, parse_text

FILLER = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


@dataclass
class Case:
    id: str
    text: str
    outline: list[tuple[int, str]] | None = None
    speeches: int | None = None
    contains: list[str] = field(default_factory=list)
    absent: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    lines: list[int] | None = None
    titles: list[str | None] | None = None
    """Each speech's title (None: the speech has none)."""
    back: list[str] = field(default_factory=list)
    """Paragraphs (by their start) that must be back matter."""
    dates: list[str | None] | None = None
    """Each speech's date (from its title block's date line)."""


# A PDF extraction that writes 。 as "." and runs paragraphs together (". " where a
# paragraph ended, a stray "A" where a bold run-in heading ended).
DOT_FILLER = "各地要加强领导，层层落实责任.要把群众的困难放在心上，切实解决实际问题. "


def _collected_works_speech(*tail: str) -> str:
    """A speech from a PDF extraction of collected works (page markers, running headers
    with the page number glued on), followed by ``tail``."""
    pages = []
    for page in range(3):
        pages += [
            "    " + FILLER * 2,
            "    " + FILLER,
            f"-- {509 + page}",
            f"    某某文集２{page}５",
        ]
    return pdf("    科学事业的历史意义", *pages, "    " + FILLER, *tail)


PERIODS_OUTLINE = [
    (1, "第一期"),
    (2, "甲 思想的來源"),
    (2, "乙 進行的前奏"),
    (1, "第二期"),
    (2, "甲 理論的集成"),
]
"""The outline of ``_talk_in_periods``."""


def _two_seminary_talks(notes: str = "", last: str = "") -> str:
    """Two talks of a traditional-character edition, each a bare title over a ──…講── place
    line; ``notes`` glued after the first talk's last sentence, ``last`` after the second's."""
    return (
        "某某學院開學講話\n\u3000\u3000──二十年九月在某某學院講──\n\u3000\u3000"
        + FILLER * 3
        + "\n\u3000\u3000"
        + FILLER * 2
        + notes
        + "\n同學會成立致詞\n\u3000\u3000──二十一年一月在某某學院講──\n\u3000\u3000"
        + FILLER * 3
        + last
        + "\n"
    )


def _talk_in_periods() -> str:
    """第一期 | 甲　… | 乙　… | 第二期 | 甲　…: a talk told in periods, each head alone on its line
    over a paragraph of text (as 《太虛大師全書》 prints a lecture)."""
    return (
        "第一期\n甲\u3000思想的來源\n\u3000\u3000"
        + FILLER
        + "\n乙\u3000進行的前奏\n\u3000\u3000"
        + FILLER
        + "\n第二期\n甲\u3000理論的集成\n\u3000\u3000"
        + FILLER
        + "\n"
    )


def _run_in_report(stop: str = ".") -> str:
    """A report whose sub-headings (１… ２… ３…) are glued into its paragraph lines."""
    return pdf(
        "    关于春季生产的报告",
        "    各位委员：今年春季生产任务很重.下面报告几件事.",
        "    一、关于农业生产",
        "    全省春耕已经完成.我们必须做好三项工作.１抓紧兴修水利A各县要组织群众修堤筑坝，"
        + DOT_FILLER * 2,
        "    ，继续修补堤坝." + DOT_FILLER + "２组织生产自救A",
        "    " + DOT_FILLER * 2 + "３稳定群众情绪，开展宣传A各地干部要深入乡村." + DOT_FILLER,
        "    二、关于财政工作",
        "    " + DOT_FILLER + "３个月以前的情况已经好转." + DOT_FILLER,
    ).replace(".", stop)


def _cover_note_page(*titles: str) -> str:
    """A page's notice (title, salutation, one paragraph, signer, date) over three 述职 pieces
    titled ``titles``, each with its speaker's name and three numbered parts."""
    pieces = [
        f"{title}\n\n{name}\n\n一、履行岗位职责情况\n\n{FILLER * 2}\n\n二、存在的不足\n\n"
        f"{FILLER * 2}\n\n三、下一步努力方向\n\n{FILLER * 2}\n\n"
        for title, name in zip(titles, ("张三", "李四", "王五"), strict=True)
    ]
    return (
        "学校班子成员年度述职报告展示\n\n全体教职工：\n\n根据上级开展年度述职评议的通知要求，"
        "现将学校班子成员的述职报告展示如下，请大家监督。\n\n党政办\n\n2024年2月2日\n\n"
        + "".join(pieces)
    )


def _bold_parts_report(second: str) -> str:
    """A Markdown report whose parts are bold lines (**2025年工作回顾**), ``second`` the second
    part's line, right over a page's furniture (a page number, a running header)."""
    return (
        "# 最高人民检察院工作报告\n\n## ——在第十四届全国人民代表大会第四次会议上\n\n各位代表：\n\n"
        + FILLER
        + "\n\n**2025年工作回顾**\n\n"
        + FILLER
        + "\n\n一、贯彻总体国家安全观\n\n"
        + FILLER * 2
        + "\n\n二、服务高质量发展\n\n"
        + FILLER * 2
        + "\n\n"
        + second
        + "\n- 11 -\n讲话稿精选汇编\n\n"
        + FILLER
        + "\n\n第一，坚持稳中求进。"
        + FILLER
        + "\n\n第二，坚持改革创新。"
        + FILLER
        + "\n"
    )


def pdf(*paragraphs: str) -> str:
    """A PDF extraction: every piece followed by a blank line."""
    return "\n\n".join(paragraphs) + "\n"


def hard_wrapped(*paragraphs: str, width: int = 20) -> str:
    """A hard-wrapped text: every paragraph cut into lines of ``width`` characters."""
    return "".join(
        paragraph[i : i + width] + "\n"
        for paragraph in paragraphs
        for i in range(0, len(paragraph), width)
    )


def _seam_inside_sentence() -> str:
    """A hard-wrapped talk of four 第…件大事 whose last paragraph's sentence a page seam (a page
    number) cuts right before 第四件大事 (…所以 | — 2 — | 第四件大事，可说是…); a page number after
    the third part's finished sentence too, before the real 第四件大事 heading."""
    body = ("汉朝的四百二十年，规定了以后两千多年政治的规模。" + FILLER)[:38]
    return (
        hard_wrapped(
            "同志们：",
            "第一件大事，是无政府的抗议。" + FILLER,
            "第二件大事，是自由主义的教育哲学。" + FILLER,
            "第三件大事，是极权政治的起来。" + FILLER,
            "第四件大事，是极权国家的打倒。" + FILLER,
            body + "所以第四件大事，可说是打倒极权帝国而建立一个比较安定的国家。",
            FILLER,
        )
        .replace("所以\n第四件", "所以\n— 2 —\n第四件")
        .replace("实效。\n第四件", "实效。\n— 1 —\n第四件")
    )


def _blank_parted_wrapped(*paragraphs: str) -> str:
    """A talk hard-wrapped at 20 characters, a blank line after every paragraph."""
    opening = ["同志们：", "今天召开这次会议，我讲几点意见。" + FILLER * 2, *[FILLER * 3] * 3]
    return (
        "\n\n".join(
            hard_wrapped(paragraph).rstrip("\n")
            for paragraph in [*opening, *paragraphs, FILLER * 2]
        )
        + "\n"
    )


def _collected_volume(header: str) -> str:
    """Two pieces of a collected edition's volume, ``header`` at the top of every page (the
    first page too), page numbers at the bottom; the last header above a finished paragraph."""
    pages = []
    for page in range(3):
        pages += [header, FILLER * 3, FILLER * 2, str(100 + page), ""]
    return "\n".join(
        [header, "", "论某某关系", "（一九五六年四月二十五日）", "", FILLER * 2]
        + ["一　工业和农业的关系", *pages, "二　沿海和内地的关系", FILLER * 2, header, FILLER, ""]
        + ["关于某某问题", "（一九五七年二月二十七日）", "", FILLER * 3, "一　两类矛盾", FILLER]
        + ["二　几个问题", FILLER, ""]
    )


# A one-line text's pieces (joined by " " or ""): an ad block, then a talk.
_ONE_LINE_AD_BLOCK = [
    "仅供学习",
    "禁止外传",
    "某某文库",
    "每日更新、实时分享",
    "【打击倒卖活动】",
    "举报倒卖资料的人，举报成功免费赠送一年会员！",
    "会员群：",
    "免费QQ群：",
]
_ONE_LINE_PAGE_HEADER = [
    "<!-- -->",
    "当前位置： 首页>> 领导讲话",
    "某某县人民政府网站\u3000www.example.gov.cn\u3000\u3000 2019年03月16日\u3000\u3000 来源：县政府办",
    "【字体：大 中 小】",
]
"""A government site's page header on its lines (as ``tests/regression/texts/b05…`` has it)."""
_ONE_LINE_TALK = [
    "在全县安全生产工作会议上的讲话",
    "同志们：",
    "今天召开全县安全生产工作会议。" + FILLER * 6,
    "一、提高思想认识。",
    FILLER * 4,
    "二、狠抓工作落实。",
    FILLER * 4,
]


CASES = [
    # --- §4 layout / extraction -------------------------------------------------------
    Case(
        "1-heading-split-by-page-break",
        pdf(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲两点",
            "意见。希望大家认真领会，抓好落实。",
            "一、深刻认识做好今年工作的重要意义。当前形势复杂，我们必须保持清醒头脑，增强忧患意识和",
            "风险意识，把困难估计得更充分一些。",
            "二、坚持不懈用科学理论武装头脑，凝心",
            "铸魂，不断提高政治判断力。理论学习是一项长期任务，各级党组织要持续推进，不能",
            "时紧时松。各级领导干部要带头学习，做到学思用贯通、知信行统一，切实",
            "把学习成果转化为推动工作的实际成效。",
        ),
        outline=[
            (1, "一、深刻认识做好今年工作的重要意义"),
            (1, "二、坚持不懈用科学理论武装头脑，凝心铸魂，不断提高政治判断力"),
        ],
        contains=["增强忧患意识和风险意识", "不能时紧时松"],
    ),
    Case(
        "2-heading-glued-to-body",
        "同志们：\n一、关于前一段疫情防控工作新冠肺炎疫情发生后我们第一时间启动应急响应全市上下"
        "闻令而动迅速构建起联防联控群防群治的严密防线广大干部群众众志成城，取得了阶段性成效。\n"
        "二、关于下一步工作。" + FILLER + "\n",
        outline=[(1, "一、关于前一段疫情防控工作新冠肺炎疫情发生后…"), (1, "二、关于下一步工作")],
    ),
    Case(
        "3-character-doubled-at-page-seam",
        pdf(
            "同志们：",
            "一、坚持不懈推动高质量发展。",
            "一要深刻认识到，优化营商环境是推动高质量发展和现",
            "现代化建设的必然要求。营商环境是一个地方综合实力的集中体现，各级各部门",
            "要深刻认识优化营商环境对于推动高质量发展和现代化建设的重大意义，抓好",
            "落实。",
            "二要深刻认识到，优化营商环境是缩小差距的迫切需要。" + FILLER,
        ),
        outline=[
            (1, "一、坚持不懈推动高质量发展"),
            (2, "一要深刻认识到，优化营商环境是推动高质量发展和现代化建设的必然要求"),
            (2, "二要深刻认识到，优化营商环境是缩小差距的迫切需要"),
        ],
        absent=["和现现代化"],
    ),
    Case(
        "4-word-split-at-page-seam",
        pdf(
            "同志们：",
            "我们坚持紧盯重点产业、重点领域创新开展系列招大引",
            "强活动，深化与央企、省企和各类金融机构的合作，取得明显成效。",
            "我们坚持党建引领招商营商，制定行为清单，规范政商交往，得到上级",
            "肯定。全年新签约项目一百余个，总投资超过五百亿",
            "元。",
        ),
        outline=[],
        contains=["招大引强活动", "得到上级肯定", "五百亿元"],
    ),
    Case(
        "5a-whole-speech-on-one-line-separated-by-ideographic-spaces",
        "同志们：　　今天召开全市工作会议。"
        + FILLER
        + "　　一、统一思想认识　　"
        + FILLER
        + "　　二、狠抓工作落实　　第一，压实责任。"
        + FILLER
        + "　　第二，强化督查。"
        + FILLER,
        outline=[
            (1, "一、统一思想认识"),
            (1, "二、狠抓工作落实"),
            (2, "第一，压实责任"),
            (2, "第二，强化督查"),
        ],
        lines=[1, 1, 1, 1],
    ),
    Case(
        "5b-whole-speech-on-one-line-with-no-separator",
        "同志们：今天召开全市工作会议。"
        + FILLER * 10
        + "一、统一思想，提高认识。"
        + FILLER * 12
        + "一是要强化学习。"
        + FILLER
        + "二是要狠抓落实。"
        + FILLER * 10
        + "二、突出重点，狠抓落实。"
        + FILLER * 12
        + "（一）抓项目建设。"
        + FILLER * 10,
        outline=[
            (1, "一、统一思想，提高认识"),
            (1, "二、突出重点，狠抓落实"),
            (2, "（一）抓项目建设"),
        ],
    ),
    Case(
        "6-noise-ads-headers-notes-markup-navigation",
        "仅供学习 禁止外传\n会员群：12345\n\n关于作风建设的讲话合集\n\n办公室课堂\n\n"
        "（说明：本合集内容整理自公开网站，仅供学习参考）\n\n"
        '# 在全市作风建设大会上的讲话\n\n<img src="a.png">\n\n同志们：\n\n'
        "今天召开全市作风建设大会。" + FILLER + "\n\n办公室课堂\n\n"
        "> 一、提高思想认识\n\n"
        + FILLER
        + "\n\n- 12 -\n\n谢谢大家！\n\n上一篇：关于开展调研的通知\n\n首页\n讲话\n",
        outline=[(1, "一、提高思想认识")],
        speeches=1,
        noise=[
            "仅供学习 禁止外传",
            "会员群：12345",
            "办公室课堂",
            "（说明：本合集内容",
            "<img",
            "- 12 -",
            "上一篇：",
            "首页",
            "讲话",
        ],
        contains=["关于作风建设的讲话合集"],
    ),
    Case(
        "7-whitespace-nbsp-line-separator-en-space-crlf",
        " \u3000\u3000同志们：\r\n\u00a0\u00a0\r\n\u3000\u3000今天召开会议。\u2028"
        + FILLER
        + "\r\n>\u3000\u3000一、\u2002统一思想认识\r\n\u3000\u3000全年完成投资 8.36 亿元，增长 12.5%。\r\n"
        "\u3000\u3000二、狠抓工作落实\r\n",
        outline=[(1, "一、统一思想认识"), (1, "二、狠抓工作落实")],
        lines=[4, 6],
        contains=["8.36 亿元"],
    ),
    # --- §4 numbering --------------------------------------------------------------------
    Case(
        "8-numbering-slip-continues-the-series",
        "同志们：\n一、项目建设成效明显\n一是总体态势较好。"
        + FILLER
        + "\n二是总体质量较高。"
        + FILLER
        + "\n(三)总体进度较快。"
        + FILLER
        + "\n二、下一步工作\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、项目建设成效明显"),
            (2, "一是总体态势较好"),
            (2, "二是总体质量较高"),
            (2, "(三)总体进度较快"),
            (1, "二、下一步工作"),
        ],
    ),
    Case(
        "9-marker-type-changes-between-sections",
        "同志们：\n一、总结成绩\n一是经济平稳。"
        + FILLER
        + "\n二是民生改善。"
        + FILLER
        + "\n二、部署工作\n（一）抓项目。"
        + FILLER
        + "\n（二）抓招商。"
        + FILLER
        + "\n三、加强领导\n第一，压实责任。"
        + FILLER
        + "\n第二，严格考核。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、总结成绩"),
            (2, "一是经济平稳"),
            (2, "二是民生改善"),
            (1, "二、部署工作"),
            (2, "（一）抓项目"),
            (2, "（二）抓招商"),
            (1, "三、加强领导"),
            (2, "第一，压实责任"),
            (2, "第二，严格考核"),
        ],
    ),
    Case(
        "9b-same-marker-at-different-depths",
        "同志们：\n一、为什么要干\n"
        + FILLER
        + "\n二、怎样干\n第一，优化市场环境。"
        + FILLER
        + "\n一要畅通准入。"
        + FILLER
        + "\n二要规范秩序。"
        + FILLER
        + "\n第二，优化法治环境。"
        + FILLER
        + "\n一要提高决策水平。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、为什么要干"),
            (1, "二、怎样干"),
            (2, "第一，优化市场环境"),
            (3, "一要畅通准入"),
            (3, "二要规范秩序"),
            (2, "第二，优化法治环境"),
            (3, "一要提高决策水平"),
        ],
    ),
    Case(
        "10-two-series-restart-in-a-speech-without-sections",
        "各位企业家、同志们：\n过去的一年，我们取得了以下成绩：\n一是经济提质。"
        + FILLER
        + "\n二是城乡建设同频共振。"
        + FILLER
        + "\n2022年，我们将重点做好以下工作：\n一是强化服务意识。"
        + FILLER
        + "\n二是落实扶持政策。"
        + FILLER
        + "\n最后，祝大家新春快乐！\n谢谢！\n",
        outline=[
            (1, "一是经济提质"),
            (1, "二是城乡建设同频共振"),
            (1, "一是强化服务意识"),
            (1, "二是落实扶持政策"),
        ],
        speeches=1,
    ),
    Case(
        "11-ascii-and-full-width-brackets-are-one-family",
        "同志们：\n一、重点工作\n(一)抓项目。"
        + FILLER
        + "\n（二）抓招商。"
        + FILLER
        + "\n(三）抓服务。"
        + FILLER
        + "\n㈣抓落实。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、重点工作"),
            (2, "(一)抓项目"),
            (2, "（二）抓招商"),
            (2, "(三）抓服务"),
            (2, "㈣抓落实"),
        ],
    ),
    # --- §4 not headings -------------------------------------------------------------------
    Case(
        "12-inline-enumerations-are-not-headings",
        "同志们：\n一、重点工作\n当前，要聚焦三个指标。一是新设立企业。二是办理施工许可。三是不动产登记。\n"
        "在此基础上，要做好两项工作。一要简化程序。二要强化监督。首先，要统一思想；其次，要加强协调。\n",
        outline=[(1, "一、重点工作")],
    ),
    Case(
        "13-look-alikes-at-paragraph-start",
        "同志们：\n一、总体情况\n第一要务是发展。"
        + FILLER
        + "\n有机统一是我们的根本要求。"
        + FILLER
        + "\n五、六十公里的路程，一个小时就能到达。"
        + FILLER
        + "\n二、三十年来，我们坚持不懈。"
        + FILLER
        + "\n四、五期工程开工建设。"
        + FILLER
        + "\n1.2万亩基地建成投产。"
        + FILLER
        + "\n8.36亿元资金全部到位。"
        + FILLER
        + "\n2022年，我们将坚持稳中求进。"
        + FILLER
        + "\n首先要明确目标。"
        + FILLER
        + "\n其一日生活制度要严格执行。"
        + FILLER
        + "\n“和平统一、一国两制”是基本方针。"
        + FILLER
        + "\n居世界第一，是我们的骄傲。"
        + FILLER
        + "\n",
        outline=[(1, "一、总体情况")],
    ),
    Case(
        "14-paragraph-initial-but-not-numbered",
        "同志们：\n一、回顾过去\n第一个阶段，从二○二○年到二○三五年，基本实现现代化。"
        + FILLER
        + "\n第二个阶段，从二○三五年到本世纪中叶。"
        + FILLER
        + "\n——经济运行总体平稳。\n——改革开放不断深化。\n"
        "总体上看，成绩来之不易。\n总之，我们要再接再厉。\n同志们！让我们携手奋进！\n"
        "最后，值此新春佳节之际，祝大家身体健康、万事如意！\n",
        outline=[(1, "一、回顾过去")],
    ),
    Case(
        "15-heading-ending-with-full-stop-and-lead-sentences",
        pdf(
            "同志们：",
            "一、聚焦作风，把握关键",
            "（一）以服务为天职，打造服务型机关。",
            "服务是机关的天职。" + FILLER,
            "（二）奉行“马上就办”，打造效能型机关。习近平总书记积极倡导“马上就办”的工作作风。"
            + FILLER,
        ),
        outline=[
            (1, "一、聚焦作风，把握关键"),
            (2, "（一）以服务为天职，打造服务型机关"),
            (2, "（二）奉行“马上就办”，打造效能型机关"),
        ],
    ),
    # --- §1/§2 ladders -----------------------------------------------------------------------
    Case(
        "ladder-gb9704-four-levels-with-mixed-arabic-punctuation",
        "同志们：\n一、总体要求\n（一）指导思想。"
        + FILLER
        + "\n1．坚持稳中求进。"
        + FILLER
        + "\n（1）稳增长。"
        + FILLER
        + "\n（2）调结构。"
        + FILLER
        + "\n2、坚持改革创新。"
        + FILLER
        + "\n（二）目标任务。"
        + FILLER
        + "\n二、重点工作\n1. 抓项目。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、总体要求"),
            (2, "（一）指导思想"),
            (3, "1．坚持稳中求进"),
            (4, "（1）稳增长"),
            (4, "（2）调结构"),
            (3, "2、坚持改革创新"),
            (2, "（二）目标任务"),
            (1, "二、重点工作"),
            (2, "1.抓项目"),
        ],
    ),
    Case(
        "ladder-first-second-sequence-and-parts",
        "同志们：\n第一部分 形势分析\n一、国际形势\n"
        + FILLER
        + "\n二、国内形势\n"
        + FILLER
        + "\n第二部分 工作部署\n首先，要抓好项目。"
        + FILLER
        + "\n其次，要抓好招商。"
        + FILLER
        + "\n最后，要抓好服务。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一部分 形势分析"),
            (2, "一、国际形势"),
            (2, "二、国内形势"),
            (1, "第二部分 工作部署"),
            (2, "首先，要抓好项目"),
            (2, "其次，要抓好招商"),
            (2, "最后，要抓好服务"),
        ],
    ),
    Case(
        "a-list-starting-over-between-two-items-of-its-family-nests-under-the-first",
        "同志们：\n整理古书有几个必不可少的条件：\n（1）加标点符号。\n"
        + FILLER
        + "\n（2）酌量加入新注，我且举一个例。\n第一首诗的旧注都可删去，但注下列的几处：\n"
        "（1）“关雎”是什么？\n"
        + FILLER
        + "\n（2）“荇菜”是什么？\n"
        + FILLER
        + "\n（3）“思服”二字，应酌采诸家之说。\n"
        + FILLER
        + "\n（3）校勘。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "（1）加标点符号"),
            (1, "（2）酌量加入新注，我且举一个例"),
            (2, "（1）“关雎”是什么？"),
            (2, "（2）“荇菜”是什么？"),
            (2, "（3）“思服”二字，应酌采诸家之说"),
            (1, "（3）校勘"),
        ],
    ),
    Case(
        "a-list-starting-over-after-the-last-item-of-its-family-stays-beside-it",
        "同志们：\n教材共分三部：\n（1）看小说。\n"
        + FILLER
        + "\n（2）白话的戏剧。\n"
        + FILLER
        + "\n小说一项最须说明。我的理由是：\n（1）这些书是禁不绝的。\n"
        + FILLER
        + "\n（2）还有一个救弊的办法。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "（1）看小说"),
            (1, "（2）白话的戏剧"),
            (1, "（1）这些书是禁不绝的"),
            (1, "（2）还有一个救弊的办法"),
        ],
    ),
    Case(
        "a-preview-of-one-sentence-lines-then-the-same-items-again-lists-the-second-run",
        "同志们：\n读书要博。我们主张“博”有两个意思：\n第一，为预备参考资料计，不可不博。\n"
        "第二，为做一个有用的人计，不可不博。\n第一，为预备参考资料计。\n"
        + FILLER
        + "\n第二，为做人计。\n"
        + FILLER
        + "\n",
        outline=[(1, "第一，为预备参考资料计"), (1, "第二，为做人计")],
    ),
    Case(
        "a-point-said-without-a-comma-goes-on-a-series-begun-with-di",
        "同志们：\n为什么要读书？有三点可以讲。\n第一，因为书是人类的智识的遗产。\n"
        + FILLER
        + "\n第二点稍复杂，就是为读书而读书。"
        + FILLER
        + "\n第三点，读书可以帮助解决困难。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一，因为书是人类的智识的遗产"),
            (1, "第二点稍复杂，就是为读书而读书"),
            (1, "第三点，读书可以帮助解决困难"),
        ],
    ),
    Case(
        "a-compact-list-in-the-last-titled-section-of-its-family-nests-under-it",
        "同志们：\n今天讲三点。\n（1）要读何书。\n"
        + FILLER
        + "\n（2）读书的功用。\n"
        + FILLER
        + "\n（3）读书的方法。\n"
        + FILLER
        + "\n现在要说手到。例如：\n（1）标点分段，是要动手的。\n（2）翻查字典，是要动手的。\n"
        "（3）做读书札记，是要动手的。\n" + FILLER + "\n",
        outline=[
            (1, "（1）要读何书"),
            (1, "（2）读书的功用"),
            (1, "（3）读书的方法"),
            (2, "（1）标点分段，是要动手的"),
            (2, "（2）翻查字典，是要动手的"),
            (2, "（3）做读书札记，是要动手的"),
        ],
    ),
    Case(
        "a-compact-list-after-a-compact-list-or-after-a-section-with-its-own-list-stands-beside",
        "同志们：\n一、标准\n理想的标准是：\n（1）人人能自由发表思想。\n（2）人人能看古书。\n"
        "这几个标准，我现在修改作以下两条：\n（1）人人能用国语发表思想。\n（2）方可添授古文。\n"
        "二、教材\n"
        + FILLER
        + "\n（1）古文的教材。\n"
        + FILLER
        + "\n（2）古文教授法。\n"
        + FILLER
        + "\n①教员分配分量。\n②讲堂上讨论。\n"
        + FILLER
        + "\n整理古书的方法有几个：\n（1）加标点符号。\n（2）分段。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、标准"),
            (2, "（1）人人能自由发表思想"),
            (2, "（2）人人能看古书"),
            (2, "（1）人人能用国语发表思想"),
            (2, "（2）方可添授古文"),
            (1, "二、教材"),
            (2, "（1）古文的教材"),
            (2, "（2）古文教授法"),
            (3, "①教员分配分量"),
            (3, "②讲堂上讨论"),
            (2, "（1）加标点符号"),
            (2, "（2）分段"),
        ],
    ),
    Case(
        "a-latin-l-typed-for-1-before-2-is-item-1",
        "同志们：\n一、教材\n"
        + FILLER
        + "\n（l）这些书是禁不绝的。"
        + FILLER
        + "\n（2）还有一个救弊的办法。"
        + FILLER
        + "\n",
        outline=[(1, "一、教材"), (2, "（l）这些书是禁不绝的"), (2, "（2）还有一个救弊的办法")],
    ),
    Case(
        "a-twelfth-letter-after-k-stays-a-letter",
        "同志们：\n"
        + "".join(f"（{c}）第{c}项要求。" + FILLER + "\n" for c in "abcdefghijkl")
        + "（2）这一段不是列表的第二项。"
        + FILLER
        + "\n",
        # (the lone （2） nests under （l） as any new family does)
        outline=[(1, f"（{c}）第{c}项要求") for c in "abcdefghijkl"]
        + [(2, "（2）这一段不是列表的第二项")],
    ),
    Case(
        "a-series-of-kinds-is-headings-and-its-preview-is-dropped",
        "同志们：\n这个防身药方只有三味药：\n第一味药叫做“问题丹”。\n第二味药叫做“兴趣散”。\n"
        "第三味药叫做“信心汤”。\n第一味药，“问题丹”。"
        + FILLER
        + "\n第二味药，叫做“兴趣散”，就是要有业余的兴趣。"
        + FILLER
        + "\n第三味药，我叫他做“信心汤”。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一味药，“问题丹”"),
            (1, "第二味药，叫做“兴趣散”，就是要有业余的兴趣"),
            (1, "第三味药，我叫他做“信心汤”"),
        ],
    ),
    Case(
        "a-series-of-kinds-nests-under-its-section",
        "同志们：\n（一）工具的求得\n"
        + FILLER
        + "\n第一种工具是言语文字。"
        + FILLER
        + "\n第二种工具是科学的基本知识。"
        + FILLER
        + "\n（二）良好习惯的养成\n"
        + FILLER
        + "\n",
        outline=[
            (1, "（一）工具的求得"),
            (2, "第一种工具是言语文字"),
            (2, "第二种工具是科学的基本知识"),
            (1, "（二）良好习惯的养成"),
        ],
    ),
    Case(
        "kinds-named-in-one-sentence-or-alone-or-counted-times-are-no-headings",
        "同志们：\n第一件叫做民族精神的自觉，第二件叫做民主精神的自觉。\n"
        + FILLER
        + "\n第二件再说那民主精神。\n"
        + FILLER
        + "\n第一次会议在北京召开，大家都很重视。\n"
        + FILLER
        + "\n第二次会议在上海召开。\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "a-lone-kind-is-no-heading",
        "同志们：\n第一种情况是大家都知道的，不必多说。\n" + FILLER + "\n",
        outline=[],
    ),
    Case(
        "di-point-run-into-a-word-that-is-no-point-is-no-heading",
        "同志们：\n第一点儿也不难，大家都学得会。\n"
        + FILLER
        + "\n第二点钟开会，请大家准时到场。\n"
        + FILLER
        + "\n第三个点子很好，值得大家借鉴。\n"
        + FILLER
        + "\n第一观点认为不对，我们不能同意。\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "lines-of-several-numbered-book-titles-are-an-inline-list",
        "同志们：\n有了这番整理，就可以有一套丛书了，例如：\n（1）《诗经》（2）《左传》（3）《战国策》\n"
        "（4）《老子》（5）《论语》（6）《墨子》\n一、加标点符号\n"
        + FILLER
        + "\n二、分段\n"
        + FILLER
        + "\n",
        outline=[(1, "一、加标点符号"), (1, "二、分段")],
    ),
    Case(
        "a-preview-list-of-another-family-naming-the-sections-is-no-outline",
        "同志们：\n据我个人意见，整理之方式有三种：\n（1）最低限度之整理——读本式的整理。\n（2）索引式的整理。\n"
        "（3）结账式的整理。\n\n\n一、读本式的整理\n"
        + FILLER
        + "\n（1）校雠。\n"
        + FILLER
        + "\n（2）训诂。\n"
        + FILLER
        + "\n二、索引式的整理\n"
        + FILLER
        + "\n三、结账式的整理\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、读本式的整理"),
            (2, "（1）校雠"),
            (2, "（2）训诂"),
            (1, "二、索引式的整理"),
            (1, "三、结账式的整理"),
        ],
    ),
    Case(
        "a-preview-list-with-an-ad-line-inside-is-still-a-preview",
        "同志们：\n据我个人意见，整理之方式有三种：\n（1）最低限度之整理——读本式的整理。\n"
        "（2）索引式的整理。\n更多精彩内容请关注微信公众号：某某资料库\n（3）结账式的整理。\n\n\n"
        "一、读本式的整理\n"
        + FILLER
        + "\n（1）校雠。\n"
        + FILLER
        + "\n（2）训诂。\n"
        + FILLER
        + "\n二、索引式的整理\n"
        + FILLER
        + "\n三、结账式的整理\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、读本式的整理"),
            (2, "（1）校雠"),
            (2, "（2）训诂"),
            (1, "二、索引式的整理"),
            (1, "三、结账式的整理"),
        ],
        noise=["更多精彩内容"],
    ),
    # --- §3 speeches in a collection ---------------------------------------------------------
    Case(
        "speeches-split-on-titles-with-stray-spaces-and-salutations",
        "关于营商环境的 讲话合集\n\n在全市 2022 年优化营商环境 和招商引资大会上的讲话\n"
        "（2022年1月1日）\n各位企业家，同志们：\n大家新年好！\n一、总结成绩\n"
        + FILLER
        + "\n在 xx 区优化营商环境大会上的讲话\n今天，我们在这里召开大会。\n一、统一思想\n"
        + FILLER
        + "\n同志们：\n一、统一思想\n"
        + FILLER
        + "\n",
        speeches=3,
        outline=[(1, "一、总结成绩"), (1, "一、统一思想"), (1, "一、统一思想")],
    ),
    Case(
        "speeches-split-when-numbering-restarts-after-a-closing",
        "同志们：\n一、前段工作\n" + FILLER + "\n二、下步打算\n" + FILLER + "\n谢谢大家!\n"
        "根据会议安排，我再讲几点。\n一、提高认识\n" + FILLER + "\n二、狠抓落实\n" + FILLER + "\n",
        speeches=2,
        outline=[
            (1, "一、前段工作"),
            (1, "二、下步打算"),
            (1, "一、提高认识"),
            (1, "二、狠抓落实"),
        ],
    ),
    Case(
        "collected-edition-occasion-note-under-the-last-paragraph-is-no-new-speech",
        "学问的方法\n\n"
        + FILLER
        + "\n\n一、历史的观念\n\n"
        + FILLER
        + "\n\n二、疑古的态度\n\n"
        + FILLER
        + "\n\n1924年1月胡适在东南大学国学研究班的演讲\n",
        speeches=1,
        outline=[(1, "一、历史的观念"), (1, "二、疑古的态度")],
        lines=[5, 9],
    ),
    Case(
        "collected-edition-pieces-closed-by-occasion-notes-under-bare-titles",
        "读书的乐趣\n\n"
        + (FILLER * 2 + "\n\n") * 4
        + "1930年11月在上海青年会的演讲\n\n找书的快乐\n\n主席、诸位先生：\n\n"
        + FILLER
        + "\n\n一、找书有甘苦\n\n"
        + FILLER
        + "\n\n二、考证有方法\n\n"
        + FILLER
        + "\n\n1959年12月27日在图书馆学会年会上的演讲\n\n"
        "一个防身药方\n\n毕业班的诸位同学，今天的典礼，我很高兴来说几句话。\n\n"
        + FILLER * 2
        + "\n\n本文为1960年6月在台南成功大学毕业典礼上的演讲，原载于《中央日报》\n",
        speeches=3,
        outline=[(1, "一、找书有甘苦"), (1, "二、考证有方法")],
    ),
    Case(
        "collected-edition-piece-closed-by-a-source-line-under-a-bare-title",
        "读书\n\n"
        + (FILLER * 2 + "\n\n") * 4
        + "原载于1925年4月18日《京报副刊》\n\n为什么读书\n\n"
        + FILLER * 2
        + "\n",
        speeches=2,
    ),
    Case(
        "collected-edition-pieces-closed-by-a-dated-note-and-a-dated-source-line",
        "哲学与人生\n\n"
        + (FILLER * 2 + "\n\n") * 3
        + "本文为1923年11月在上海某某大学佛学研究会的演讲\n\n"
        "原载1923年12月10日《某某杂志》第20卷第23期\n\n自由主义\n\n"
        + (FILLER * 2 + "\n\n") * 3
        + "原载1948年9月5日北平《某某日报》\n\n谈谈实验主义\n\n"
        + FILLER * 2
        + "\n",
        speeches=3,
        titles=["哲学与人生", "自由主义", "谈谈实验主义"],
        back=["原载1923年12月10日", "原载1948年9月5日"],
    ),
    Case(
        "collected-edition-pieces-under-titles-in-full-width-brackets",
        "（怎样才配做一个好学生）\n\n"
        + FILLER
        + "\n\n(一)狮子样的体力\n\n"
        + FILLER * 2
        + "\n\n（义务与权利之关系）\n\n"
        + (FILLER * 2 + "\n\n") * 2
        + "（劳工神圣）\n\n诸君！\n\n"
        + FILLER * 2
        + "\n",
        speeches=3,
        titles=["（怎样才配做一个好学生）", "（义务与权利之关系）", "（劳工神圣）"],
        outline=[(1, "(一)狮子样的体力")],
    ),
    Case(
        "a-preview-said-again-word-for-word-at-its-sections-is-no-outline",
        "同志们：\n\n"
        + FILLER
        + "\n\n女子问题可以分两部分讲：\n\n（一）女子解放。\n\n（二）女子改造。\n\n"
        + FILLER
        + "\n\n（一）女子解放。解放必定先有束缚。"
        + FILLER
        + "\n\n（二）女子改造。改造方面，比较简单些。"
        + FILLER
        + "\n",
        outline=[(1, "（一）女子解放"), (1, "（二）女子改造")],
        lines=[13, 15],
    ),
    Case(
        "unnumbered-subtitles-of-a-titled-lecture-head-its-numbered-lists",
        "我们要什么样的宗教——一次讲演\n\n宗教是不是普遍的需要\n\n"
        + FILLER
        + "其理由有二：\n\n一、凡宗教必有一特别的理想。\n\n二、凡宗教全要想解决人生目的的问题。\n\n"
        "宗教的领域\n\n"
        + FILLER
        * 2
        + "\n\n中国现在缺乏的宗教精神\n\n我们所缺的精神，可得下列的两种。\n\n"
        "一、多注重难思的妙法。\n\n二、多注重个人的修习。\n\n"
        + FILLER
        + "\n\n我国今日所需要的宗教\n\n一、要容易行的。"
        + FILLER
        + "\n\n二、要群众能修习的宗教。"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "宗教是不是普遍的需要"),
            (2, "一、凡宗教必有一特别的理想"),
            (2, "二、凡宗教全要想解决人生目的的问题"),
            (1, "宗教的领域"),
            (1, "中国现在缺乏的宗教精神"),
            (2, "一、多注重难思的妙法"),
            (2, "二、多注重个人的修习"),
            (1, "我国今日所需要的宗教"),
            (2, "一、要容易行的"),
            (2, "二、要群众能修习的宗教"),
        ],
    ),
    Case(
        "short-lines-of-a-titled-essay-without-numbered-lists-stay-text",
        "中国文化里的自由传统\n\n"
        + FILLER * 2
        + "\n\n风吹屋顶瓦\n\n"
        + FILLER * 2
        + "\n\n此瓦不自由\n\n"
        + FILLER * 2
        + "\n",
        speeches=1,
        outline=[],
    ),
    Case(
        "yi-yue-er-yue-points-of-an-old-style-address",
        "（就任某某大学校长之演说）\n\n"
        + FILLER
        + "予今长斯校，请更以三事为诸君告。\n\n一曰抱定宗旨。"
        + FILLER
        + "\n\n二曰砥砺德行。"
        + FILLER
        + "\n\n三曰敬爱师友。"
        + FILLER
        + "\n\n余到校视事仅数日，兹所计划者二事。一曰改良讲义。"
        + FILLER
        + "二曰添购书籍。"
        + FILLER
        + "\n",
        outline=[(1, "一曰抱定宗旨"), (1, "二曰砥砺德行"), (1, "三曰敬爱师友")],
    ),
    Case(
        "yi-yue-whole-list-in-one-paragraph-stays-inline",
        "同志们：\n\n" + FILLER + "\n\n一曰水。二曰火。三曰木。" + FILLER + "\n",
        outline=[],
    ),
    Case(
        "steps-of-a-method-said-one-per-paragraph-are-a-series",
        "研究问题的方法\n\n诸位：\n\n一、病在什么地方\n\n"
        + FILLER
        + "\n\n第一步分析问题。"
        + FILLER
        + "\n\n第二步观察和调查。"
        + FILLER
        + "\n\n二、病怎样起\n\n"
        + FILLER
        + "\n\n第一步要做的是查明原因，"
        + FILLER
        + "\n",
        outline=[
            (1, "一、病在什么地方"),
            (2, "第一步分析问题"),
            (2, "第二步观察和调查"),
            (1, "二、病怎样起"),
        ],
    ),
    Case(
        "a-lone-chapter-line-opening-a-lecture-titles-it",
        "第一章 概论\n\n"
        + FILLER
        + "\n\n甲、国学的本体\n\n一、经史非神话\n\n"
        + FILLER * 2
        + "\n\n二、经典诸子非宗教\n\n"
        + FILLER * 2
        + "\n\n乙、治国学的方法\n\n一、辨书籍的真伪\n\n"
        + FILLER * 2
        + "\n",
        speeches=1,
        titles=["第一章 概论"],
        outline=[
            (1, "甲、国学的本体"),
            (2, "一、经史非神话"),
            (2, "二、经典诸子非宗教"),
            (1, "乙、治国学的方法"),
            (2, "一、辨书籍的真伪"),
        ],
    ),
    Case(
        "chapter-lines-of-a-book-stay-headings",
        "第一章 概论\n\n"
        + FILLER * 2
        + "\n\n一、经史非神话\n\n"
        + FILLER * 2
        + "\n\n第二章 国学的派别\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "第一章 概论"), (2, "一、经史非神话"), (1, "第二章 国学的派别")],
    ),
    Case(
        "bracketed-asides-of-a-transcript-start-no-piece",
        "在某某工作会议上的讲话\n\n同志们：\n\n"
        + FILLER * 2
        + "\n\n（全场热烈鼓掌欢迎）\n\n"
        + FILLER * 2
        + "\n\n（一九五六年四月二十五日）\n\n"
        + FILLER
        + "\n",
        speeches=1,
    ),
    Case(
        "collected-edition-piece-closed-by-a-dated-note-its-recorders-and-its-source",
        "女子问题的研究\n\n"
        + (FILLER * 2 + "\n\n") * 3
        + "本文为1921年8月4日夜在安庆青年会的演讲\n\n张某某、陈某某记\n\n"
        "原载1922年5月1日《某某杂志》第8卷第5号\n",
        speeches=1,
        titles=["女子问题的研究"],
    ),
    Case(
        "web-copy-markdown-emphasis-bullets-and-hashes",
        "## 在全省经济工作会议上的讲话\n\n同志们：\n\n**一、关于当前经济形势**\n\n"
        + FILLER
        + "\n\n#二、关于明年工作\n\n- 一要稳增长。"
        + FILLER
        + "\n- 二要促改革。"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "一、关于当前经济形势"),
            (1, "二、关于明年工作"),
            (2, "一要稳增长"),
            (2, "二要促改革"),
        ],
    ),
    Case(
        "titles-with-speaker-prefix-book-brackets-ordinal-lines-and-long-date-lines",
        "第1篇\n《在全市工作会议上的讲话》\n同志们：\n一、总结\n" + FILLER + "\n"
        "习近平：在庆祝建党一百周年大会上的讲话\n（2021年7月1日在天安门广场上）\n同志们，朋友们：\n"
        + FILLER
        + "\n政府工作报告\n（2024年3月5日在第十四届全国人民代表大会第二次会议上）\n各位代表：\n"
        "一、2023年工作回顾\n" + FILLER + "\n",
        speeches=3,
        outline=[(1, "一、总结"), (1, "一、2023年工作回顾")],
        contains=["在全市工作会议上的讲话"],
        absent=["第1篇"],
    ),
    # --- found on real texts the engine had not seen (web pages, PDFs, forum copies) -----
    Case(
        "government-work-report-cover-with-subtitle-and-speaker",
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 李强\n各位代表：\n"
        "现在，我代表国务院，向大会报告政府工作，请予审议。\n一、2023年工作回顾\n" + FILLER + "\n",
        speeches=1,
        outline=[(1, "一、2023年工作回顾")],
        contains=["政府工作报告", "国务院总理 李强"],
    ),
    Case(
        "one-line-speech-with-an-announced-glued-heading",
        "同志们：今天召开全市安全生产会议。"
        + FILLER
        + "下面，我再强调几点意见：一、居安思危，时刻绷紧安全这根弦。"
        + FILLER
        + "二、压实责任，确保各项措施落地见效。"
        + FILLER,
        outline=[
            (1, "一、居安思危，时刻绷紧安全这根弦"),
            (1, "二、压实责任，确保各项措施落地见效"),
        ],
    ),
    Case(
        # holdout26 p03: 。第一讲科学方法引论一、向来… — the part's title and its first item once
        # stood on lines of their own.
        "one-line-first-item-glued-right-after-a-parts-title",
        "科学研究的方法养成了不懒惰的习惯，自能创造出精细正确的器械来帮助他。"
        + "第一讲科学方法引论一、向来科学概论一科太偏重一家之言。"
        + FILLER * 2
        + "二、科学方法只是解决问题的方法。"
        + FILLER * 2
        + "三、推论只是从已知推知未知。"
        + FILLER,
        outline=[
            (1, "一、向来科学概论一科太偏重一家之言"),
            (1, "二、科学方法只是解决问题的方法"),
            (1, "三、推论只是从已知推知未知"),
        ],
    ),
    Case(
        # holdout26 p03: two lectures of a course (第一讲 and 第十四讲, those between left out of
        # the excerpt) in a one-line text, each title glued after a sentence end: two speeches.
        "one-line-two-lectures-of-a-course-are-two-speeches",
        "科学研究的方法养成了不懒惰的习惯，自能创造出精细正确的器械来帮助他。"
        + "第一讲科学方法引论一、向来科学概论一科太偏重一家之言。"
        + FILLER * 2
        + "二、科学方法只是解决问题的方法。"
        + FILLER * 2
        + "参考书有《清代学者的治学方法》。（《胡适文集》三集）"
        + "第十四讲结论综合起来看各种科学的历史，可以得几个概括的结论。"
        + "一、每一种科学的发达，全靠方法的进步。"
        + FILLER * 2
        + "二、方法的进步又往往与器械的进步有密切的关系。"
        + FILLER,
        speeches=2,
        titles=["第一讲科学方法引论", "第十四讲结论"],
        outline=[
            (1, "一、向来科学概论一科太偏重一家之言"),
            (1, "二、科学方法只是解决问题的方法"),
            (1, "一、每一种科学的发达，全靠方法的进步"),
            (1, "二、方法的进步又往往与器械的进步有密切的关系"),
        ],
    ),
    Case(
        # a 党课 in one line: its 第一讲 title glued after a sentence end, and 第三讲 said in a
        # sentence later (下次讲第三讲 / 第三讲讲的是…): no second lecture title, one speech.
        "one-line-a-lecture-named-in-a-sentence-starts-no-speech",
        "同志们：今天上党课。第一讲党的性质一、党是工人阶级的先锋队。"
        + FILLER * 2
        + "二、党的宗旨是全心全意为人民服务。"
        + FILLER * 2
        + "第三讲讲的是党的纪律，下次再讲第三讲。今天就讲到这里。",
        speeches=1,
        outline=[(1, "一、党是工人阶级的先锋队"), (1, "二、党的宗旨是全心全意为人民服务")],
    ),
    Case(
        "one-line-a-parts-title-ending-in-a-word-with-yi-cuts-nothing",
        "大家好！今天讲改革。第一部分坚持统一、规范管理的原则。"
        + FILLER * 2
        + "二、科学方法只是解决问题的方法。"
        + FILLER * 2
        + "三、推论只是从已知推知未知。"
        + FILLER,
        outline=[(1, "二、科学方法只是解决问题的方法"), (1, "三、推论只是从已知推知未知")],
    ),
    Case(
        # holdout21 h03: 一、 then 二次 (second), not an approximate number 一、二次 — the
        # series 二、 三、 glued after sentence ends further on tells it.
        "one-line-first-heading-reads-like-an-approximate-number",
        "大家好！一、二次改革的历史意义。"
        + FILLER * 2
        + "二、新时期的任务。"
        + FILLER * 2
        + "三、传承与愿景。"
        + FILLER,
        outline=[(1, "一、二次改革的历史意义"), (1, "二、新时期的任务"), (1, "三、传承与愿景")],
    ),
    Case(
        # holdout21 h03, holdout9/11/16: a one-line text's heading runs into its section's
        # first sentence (the line break lost); the title ends where that sentence opens.
        "one-line-title-ends-where-its-sections-first-sentence-opens",
        "大家好！一、新时代的任务未来新政府最紧迫的任务，就是带领大家迎接挑战。"
        + FILLER * 2
        + "二、传承与愿景从宣誓就职的这一刻开始，我深知责任重大。"
        + FILLER * 2
        + "三、2012年工作思路和重点2012年，是承上启下的关键之年。"
        + FILLER,
        outline=[(1, "一、新时代的任务"), (1, "二、传承与愿景"), (1, "三、2012年工作思路和重点")],
        contains=["未来新政府最紧迫的任务", "从宣誓就职的这一刻开始", "2012年，是承上启下"],
    ),
    Case(
        # Time words and years that are a title's own words: the title stays whole.
        "one-line-title-with-a-time-word-of-its-own-stays-whole",
        "大家好！一、扎实做好今年经济工作。"
        + FILLER * 2
        + "二、面向未来的发展战略和主要任务安排，要抓好落实。"
        + FILLER * 2
        + "三、回顾2011年工作取得的主要成绩和经验，成绩来之不易。"
        + FILLER,
        outline=[
            (1, "一、扎实做好今年经济工作"),
            (1, "二、面向未来的发展战略和主要任务安排，要抓好落实"),
            (1, "三、回顾2011年工作取得的主要成绩和经验，成绩来之不易"),
        ],
    ),
    Case(
        # holdout24 p02, holdout22 m04: the section's first sentence says something of a time
        # (今年是…。, 2025年极不平凡。) with no comma before its end, or opens with a plan's
        # period (“十五五”时期，) or the report's year (本年度): the title ends before it.
        "one-line-title-ends-before-a-sentence-said-of-a-time",
        "各位代表：现在，我代表省人民政府向大会报告工作。一、2025年和“十四五”时期工作回顾2025年极不平凡。"
        + FILLER * 2
        + "二、“十五五”时期发展的重要要求“十五五”时期，是基本实现现代化夯实基础的关键时期。"
        + FILLER * 2
        + "三、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER
        + "（一）文化交流本年度推动之文化外交计划，包括辦理文化园丁队计划。"
        + FILLER
        + "（二）文化输出当前是推动文化走出去的关键时期。"
        + FILLER,
        outline=[
            (1, "一、2025年和“十四五”时期工作回顾"),
            (1, "二、“十五五”时期发展的重要要求"),
            (1, "三、2026年重点工作"),
            (2, "（一）文化交流"),
            (2, "（二）文化输出"),
        ],
        contains=["2025年极不平凡", "“十五五”时期，是基本实现", "今年是实施", "本年度推动之"],
    ),
    Case(
        # A title ending in its own 。 that holds a time word or a year not said of (今年经济,
        # 2026年工作), and a sentence about a time that opens the title: the title stays whole.
        "one-line-title-with-a-time-it-does-not-say-of-stays-whole",
        "各位代表：现在，我代表省人民政府向大会报告工作。一、全力以赴抓好落实扎实做好今年经济工作。"
        + FILLER * 2
        + "二、认真谋划和部署好2026年工作任务。"
        + FILLER * 2
        + "三、今年是全面深化改革的关键之年。"
        + FILLER * 2
        + "四、深刻认识“十五五”时期的重要意义，把握发展大势。"
        + FILLER,
        outline=[
            (1, "一、全力以赴抓好落实扎实做好今年经济工作"),
            (1, "二、认真谋划和部署好2026年工作任务"),
            (1, "三、今年是全面深化改革的关键之年"),
            (1, "四、深刻认识“十五五”时期的重要意义，把握发展大势"),
        ],
    ),
    Case(
        # holdout22 m04 (issue #14): the section's first sentence restates the title's last
        # words at once (…提振文化经济文化经济主体是…), or the report's own office, with a
        # 民国 year or a modal, opens it (…本部将建构…, 105年本部成功…); the first item a
        # chain cuts out (…行销品牌（一）…) is cut the same way.
        "one-line-title-ends-where-its-section-restates-it-or-its-office-speaks",
        "各位委员：现在，我向大会报告工作。一、丰富文化内涵提振文化经济文化经济主体是振兴内容、健全产业环境。"
        + FILLER * 2
        + "二、强化文化经济发展体系，行销品牌（一）建构文化金融专业体系本部将建构文化金融专业体系，"
        "引进至少120亿元资金。"
        + FILLER
        + "（二）文化科技105年本部成功争取创新产业领航计画2.38亿元，提出文化科技施政纲领草案。"
        + FILLER,
        outline=[
            (1, "一、丰富文化内涵提振文化经济"),
            (1, "二、强化文化经济发展体系，行销品牌"),
            (2, "（一）建构文化金融专业体系"),
            (2, "（二）文化科技"),
        ],
        contains=["文化经济主体是振兴内容", "本部将建构文化金融专业体系", "105年本部成功争取"],
    ),
    Case(
        # holdout9 z10 (engine35): the section's first clause is its time word alone (过去一年，):
        # an adverbial opener, though shorter than six characters — the title ends before it;
        # after a verb that takes a time as object (…认真总结过去一年，) it is the title's.
        "one-line-title-ends-before-a-time-word-that-is-its-section-s-first-clause",
        "各位代表：现在，我代表自治区人民政府向大会报告工作。"
        + "一、2025年工作总结和“十四五”发展成就过去一年，全区上下全面贯彻党中央决策部署。"
        + FILLER
        + "二、实事求是地全面回顾和认真总结过去一年，深入分析当前形势。"
        + FILLER
        + "三、2026年工作安排今年，我们要坚持稳中求进。"
        + FILLER,
        outline=[
            (1, "一、2025年工作总结和“十四五”发展成就"),
            (1, "二、实事求是地全面回顾和认真总结过去一年，深入分析当前形势"),
            (1, "三、2026年工作安排今年，我们要坚持稳中求进"),
        ],
        contains=["过去一年，全区上下"],
    ),
    Case(
        # holdout24 p02 (issue #14): a two-half title (立足…，全力推动…) and its section's
        # unnumbered lead sentence, one more predicate opened by a manner adverb (充分释放…。),
        # run together when the line break was lost: the lead sentence opens at the last
        # adverb (…乡村全面振兴 | 持续推进…: 全面 is the title's own).
        "one-line-two-half-title-ends-where-its-lead-sentence-opens",
        "各位代表：现在，我代表省人民政府向大会报告工作。"
        + FILLER
        + "（一）立足扩大内需，全力推动经济发展提质增效充分释放政策效能。"
        + FILLER
        + "（二）立足区域协调，统筹推进新型城镇化和乡村全面振兴持续推进新型城镇化。"
        + FILLER,
        outline=[
            (1, "（一）立足扩大内需，全力推动经济发展提质增效"),
            (1, "（二）立足区域协调，统筹推进新型城镇化和乡村全面振兴"),
        ],
        contains=["充分释放政策效能。", "持续推进新型城镇化。"],
    ),
    Case(
        # Traps: two predicates joined in one title (并切实…), one adverb only, a 、 between
        # the predicates, a long first half, and the same title on its own line in a text
        # with line breaks: the titles stay whole.
        "one-line-two-half-title-without-a-lead-sentence-stays-whole",
        "各位代表：现在，我代表省人民政府向大会报告工作。"
        + FILLER
        + "（一）坚持稳中求进，全力推动经济发展并切实保障和改善民生。"
        + FILLER
        + "（二）立足扩大内需，全力推动经济发展提质增效。"
        + FILLER
        + "（三）立足长远，全力稳定就业、充分保障基本民生。"
        + FILLER
        + "（四）坚持以人民为中心的发展思想，全力推动经济发展切实改善民生。"
        + FILLER,
        outline=[
            (1, "（一）坚持稳中求进，全力推动经济发展并切实保障和改善民生"),
            (1, "（二）立足扩大内需，全力推动经济发展提质增效"),
            (1, "（三）立足长远，全力稳定就业、充分保障基本民生"),
            (1, "（四）坚持以人民为中心的发展思想，全力推动经济发展切实改善民生"),
        ],
    ),
    Case(
        "two-half-title-on-its-own-line-stays-whole",
        "各位代表：\n一、2026年重点工作\n"
        + FILLER
        + "\n（一）立足扩大内需，全力推动经济发展提质增效充分释放政策效能。\n"
        + FILLER
        + "\n（二）立足区域协调，统筹推进新型城镇化\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、2026年重点工作"),
            (2, "（一）立足扩大内需，全力推动经济发展提质增效充分释放政策效能"),
            (2, "（二）立足区域协调，统筹推进新型城镇化"),
        ],
    ),
    Case(
        # holdout25 n06 (issue #14): the sections open with the leader the report is about, a
        # name and its head noun (川普总统就任后，川普政府除…外，) in three headings or more, then
        # with the name alone too (川普当选后…); or with 鉴于…, or a frame 在…上，: the titles end
        # there. A title that holds the name itself (掌握川普政府…持续掌握川普政府…) is not cut at
        # the name: it ends before 持续, where the section says the office goes on doing what the
        # title names (engine35; the trap of the name inside a title is the next case's 五、).
        "one-line-title-ends-where-its-section-opens-with-a-named-subject-or-a-frame",
        "各位委员：现谨就上述主题报告如次：一、揭橥美国利益为优先川普总统就任后，以美国优先为其施政核心。"
        + FILLER
        + "二、批评中共不可靠并巩固日韩邦谊川普政府除批评中共汇率政策外，强调不能接受空洞承诺。"
        + FILLER
        + "三、东北亚情势起伏多变但整体维持可控川普总统上任后，北韩已进行两次导弹试射。"
        + FILLER
        + "四、美中紧张关系转趋和缓川普当选后曾表示不愿被政策绑住，致美中关系紧张。"
        + FILLER
        + "五、掌握川普政府亚太重要人事及政策持续掌握川普政府决策官员的任命，以及其团队的主张。"
        + FILLER
        + "六、寻求参与区域合作机制在南海议题上，未来各方角力仍将持续。"
        + FILLER
        + "七、拓展双边、多边经贸合作鉴于中共不断扩增区域经贸势力，我宜拓展区域经贸关系。"
        + FILLER,
        outline=[
            (1, "一、揭橥美国利益为优先"),
            (1, "二、批评中共不可靠并巩固日韩邦谊"),
            (1, "三、东北亚情势起伏多变但整体维持可控"),
            (1, "四、美中紧张关系转趋和缓"),
            (1, "五、掌握川普政府亚太重要人事及政策"),
            (1, "六、寻求参与区域合作机制"),
            (1, "七、拓展双边、多边经贸合作"),
        ],
        contains=[
            "持续掌握川普政府决策官员的任命",
            "川普总统就任后，以美国优先",
            "川普当选后曾表示",
            "在南海议题上，",
            "鉴于中共不断",
        ],
    ),
    Case(
        # holdout25 n06 (engine35): a title whose subject is the report's named subject opens
        # with the name (川普政府将更重视…, 川普就任后…), and its section names it again as it
        # opens (川普团队不乏…, 川普政府的…): the title ends there, as where the name does not
        # open the title.
        "one-line-title-opening-with-the-named-subject-ends-where-its-section-names-it-again",
        "各位委员：现谨就上述主题报告如次：一、揭橥美国利益为优先川普总统就任后，以美国优先为其施政核心。"
        + FILLER
        + "二、批评中共不可靠并巩固日韩邦谊川普政府除批评中共汇率政策外，强调不能接受空洞承诺。"
        + FILLER
        + "三、川普政府将更重视亚太利益川普团队不乏主张对中共强硬人士，并提升美在亚太的存在感。"
        + FILLER
        + "四、川普就任后亚太将面临新局川普政府的亚太政策尚未公布，不确定性高。"
        + FILLER,
        outline=[
            (1, "一、揭橥美国利益为优先"),
            (1, "二、批评中共不可靠并巩固日韩邦谊"),
            (1, "三、川普政府将更重视亚太利益"),
            (1, "四、川普就任后亚太将面临新局"),
        ],
        contains=["川普团队不乏主张", "川普政府的亚太政策"],
    ),
    Case(
        # Traps: the name inside a title, not its first words, said again after a verb that is no
        # adverb of going on (密切掌握川普政府…); 持续 before other words than the title's
        # opening ones (持续关注…): the titles stay whole.
        "one-line-title-holding-the-name-stays-whole",
        "各位委员：现谨就上述主题报告如次：一、揭橥美国利益为优先川普总统就任后，以美国优先为其施政核心。"
        + FILLER
        + "二、批评中共不可靠并巩固日韩邦谊川普政府除批评中共汇率政策外，强调不能接受空洞承诺。"
        + FILLER
        + "三、东北亚情势起伏多变但整体维持可控川普总统上任后，北韩已进行两次导弹试射。"
        + FILLER
        + "四、掌握川普政府亚太重要人事及政策密切掌握川普政府决策官员的任命，以及其团队的主张。"
        + FILLER
        + "五、密注美中关系发展及高层互动持续关注川习会动向，以及双方经贸对话。"
        + FILLER,
        outline=[
            (1, "一、揭橥美国利益为优先"),
            (1, "二、批评中共不可靠并巩固日韩邦谊"),
            (1, "三、东北亚情势起伏多变但整体维持可控"),
            (
                1,
                "四、掌握川普政府亚太重要人事及政策密切掌握川普政府决策官员的任命，以及其团队的主张",
            ),
            (1, "五、密注美中关系发展及高层互动持续关注川习会动向，以及双方经贸对话"),
        ],
    ),
    Case(
        # holdout13 d04 (engine55): the section's first sentence opens with the words the title
        # is about (地方发展规划条例草案的主要内容: the words before 的) as its subject (…的主要内容 |
        # 地方发展规划条例草案共分5章，…): the title ends there, no office needed before them.
        "one-line-title-ends-where-its-section-opens-with-the-title-s-subject",
        "各位代表：现在，我作关于条例草案的说明。一、制定条例十分必要。"
        + FILLER
        + "二、地方发展规划条例草案的主要内容地方发展规划条例草案共分5章，包括总则、编制、实施等。"
        + FILLER,
        outline=[
            (1, "一、制定条例十分必要"),
            (1, "二、地方发展规划条例草案的主要内容"),
        ],
        contains=["地方发展规划条例草案共分5章"],
    ),
    Case(
        # Traps: a title that says its first words again inside itself, not about them (no 的
        # after them: 城乡融合发展推动城乡融合示范区建设); the same words after a joining word
        # (…的伟大成就和中国特色…); the same words ending their clause, its object (…应用规划建置国家
        # 文化记忆库，, as holdout22 m04): the titles stay whole.
        "one-line-title-saying-its-first-words-again-stays-whole",
        "各位代表：现在，我代表市人民政府向大会报告工作。一、城乡融合发展推动城乡融合示范区建设，取得积极成效。"
        + FILLER
        + "二、中国特色社会主义的伟大成就和中国特色社会主义道路的形成，是重大成就。"
        + FILLER
        + "三、国家文化记忆库的数字加值应用规划建置国家文化记忆库，推动在地知识永续发展。"
        + FILLER,
        outline=[
            (1, "一、城乡融合发展推动城乡融合示范区建设，取得积极成效"),
            (1, "二、中国特色社会主义的伟大成就和中国特色社会主义道路的形成，是重大成就"),
            (1, "三、国家文化记忆库的数字加值应用规划建置国家文化记忆库，推动在地知识永续发展"),
        ],
    ),
    Case(
        # holdout13 d04 (engine55): a report on a draft titles each section by the part it is
        # about (关于总则) and names that part in quotes in the section (草案第一章“总则”…), in the
        # first clause or later; two headings or more end so: each title ends at the name.
        "one-line-title-ends-at-the-name-its-section-quotes",
        "委员长、各位副委员长、秘书长、各位委员：我受国务院委托，作关于规划法草案的说明。"
        + "（一）关于总则草案第一章“总则”主要规定了立法目的和适用范围。"
        + FILLER
        + "（二）关于规划的编制为了保证规划的质量，草案第二章“规划的编制”规定了编制程序。"
        + FILLER
        + "（三）关于规划实施的监督完善的监督机制是重要保障。草案第三章“规划实施的监督”规定了监督职责。"
        + FILLER,
        outline=[
            (1, "（一）关于总则"),
            (1, "（二）关于规划的编制"),
            (1, "（三）关于规划实施的监督"),
        ],
        contains=["草案第一章“总则”主要规定", "为了保证规划的质量", "完善的监督机制是重要保障"],
    ),
    Case(
        # Traps: one title only holding a name its section quotes (建设美丽乡村示范工程 | …“美丽
        # 乡村”…); titles that go on past the name with 的 (关于总则的修改意见); and names a
        # section quotes after another one (“千万工程”… “数字乡村”): the titles stay whole.
        "one-line-title-holding-a-quoted-name-by-chance-stays-whole",
        "各位代表：现在，我代表市人民政府向大会报告工作。"
        + "一、建设美丽乡村示范工程我们启动了“美丽乡村”项目。"
        + FILLER
        + "二、推进城乡融合发展城乡居民收入比进一步缩小。"
        + FILLER
        + "（一）关于总则的修改意见草案第一章“总则”规定了立法目的。"
        + FILLER
        + "（二）关于分则的修改意见草案第二章“分则”规定了具体制度。"
        + FILLER
        + "三、推进数字乡村试点工程按照“千万工程”部署，我们把“数字乡村”作为重点。"
        + FILLER
        + "四、打造智慧城市样板工程按照“一网统管”要求，我们把“智慧城市”建设摆在突出位置。"
        + FILLER,
        outline=[
            (1, "一、建设美丽乡村示范工程我们启动了“美丽乡村”项目"),
            (1, "二、推进城乡融合发展城乡居民收入比进一步缩小"),
            (2, "（一）关于总则的修改意见草案第一章“总则”规定了立法目的"),
            (2, "（二）关于分则的修改意见草案第二章“分则”规定了具体制度"),
            (1, "三、推进数字乡村试点工程按照“千万工程”部署，我们把“数字乡村”作为重点"),
            (1, "四、打造智慧城市样板工程按照“一网统管”要求，我们把“智慧城市”建设摆在突出位置"),
        ],
    ),
    Case(
        # holdout24 p02 (engine35): among parallel two-half titles (立足…，… three times or
        # more), one whose second half opens with no manner adverb (建设更高水平平安西藏) still
        # ends where its lead sentence opens with one (坚决维护社会大局稳定。).
        "one-line-parallel-two-half-title-ends-where-its-lead-sentence-opens",
        "各位代表：现在，我代表省人民政府向大会报告工作。"
        + FILLER
        + "（一）立足长治久安，建设更高水平平安西藏坚决维护社会大局稳定。"
        + FILLER
        + "（二）立足扩大内需，全力推动经济发展提质增效充分释放政策效能。"
        + FILLER
        + "（三）立足绿色发展，奋力打造生态文明高地持续推进生态保护。"
        + FILLER,
        outline=[
            (1, "（一）立足长治久安，建设更高水平平安西藏"),
            (1, "（二）立足扩大内需，全力推动经济发展提质增效"),
            (1, "（三）立足绿色发展，奋力打造生态文明高地"),
        ],
        contains=["坚决维护社会大局稳定。"],
    ),
    Case(
        # Traps: two parallel titles only (below three), or three titles not opening with the
        # same word: the title whose second half opens with no adverb stays whole.
        "one-line-two-half-title-without-parallel-siblings-stays-whole",
        "各位代表：现在，我代表省人民政府向大会报告工作。"
        + FILLER
        + "（一）立足长治久安，建设更高水平平安西藏坚决维护社会大局稳定。"
        + FILLER
        + "（二）立足扩大内需，全力推动经济发展提质增效充分释放政策效能。"
        + FILLER
        + "（三）着眼绿色发展，奋力打造生态文明高地持续推进生态保护。"
        + FILLER,
        outline=[
            (1, "（一）立足长治久安，建设更高水平平安西藏坚决维护社会大局稳定"),
            (1, "（二）立足扩大内需，全力推动经济发展提质增效"),
            (1, "（三）着眼绿色发展，奋力打造生态文明高地"),
        ],
    ),
    Case(
        # Traps: a name with its head noun after two titles only (below three), a 在 not
        # closing its clause (在抓落实上见实效，), 随着 kept as the title's (随着的): titles whole.
        "one-line-title-with-a-name-twice-or-a-frame-inside-stays-whole",
        "各位委员：现谨就上述主题报告如次：一、揭橥美国利益为优先川普总统就任后，以美国优先为其施政核心。"
        + FILLER
        + "二、批评中共不可靠并巩固日韩邦谊川普政府除批评中共汇率政策外，强调不能接受空洞承诺。"
        + FILLER
        + "三、坚持把主要精力和功夫下在抓落实上见实效，推动各项工作取得新成效。"
        + FILLER,
        outline=[
            (1, "一、揭橥美国利益为优先川普总统就任后，以美国优先为其施政核心"),
            (
                1,
                "二、批评中共不可靠并巩固日韩邦谊川普政府除批评中共汇率政策外，强调不能接受空洞承诺",
            ),
            (1, "三、坚持把主要精力和功夫下在抓落实上见实效，推动各项工作取得新成效"),
        ],
    ),
    Case(
        # Traps: opening words said again after a verb (…规划建置国家文化记忆库), a doubled
        # word of two characters (研究研究), 110年 before an office not in the list (本校),
        # and a doubled phrase in a text with line breaks: the titles stay whole.
        "one-line-title-that-restates-words-otherwise-stays-whole",
        "各位委员：现在，我向大会报告工作。一、国家文化记忆库及数位加值应用规划建置国家文化记忆库，"
        "推动在地知识永续发展机制。"
        + FILLER * 2
        + "二、认真研究研究新情况新问题的办法，拿出切实可行的措施。"
        + FILLER * 2
        + "三、迎接建校110年本校师生共同努力，再创新的佳绩。"
        + FILLER,
        outline=[
            (1, "一、国家文化记忆库及数位加值应用规划建置国家文化记忆库，推动在地知识永续发展机制"),
            (1, "二、认真研究研究新情况新问题的办法，拿出切实可行的措施"),
            (1, "三、迎接建校110年本校师生共同努力，再创新的佳绩"),
        ],
    ),
    Case(
        "title-that-doubles-a-phrase-on-its-own-line-stays-whole",
        "同志们：\n一、提振文化经济文化经济主体是振兴内容。\n"
        + FILLER
        + "\n二、健全产业环境\n"
        + FILLER
        + "\n",
        outline=[(1, "一、提振文化经济文化经济主体是振兴内容"), (1, "二、健全产业环境")],
    ),
    Case(
        # holdout24 p02 (issue #14, engine24): a web page's tool bar, the title and its
        # ——subtitle, 来源：/时间： and the speaker's name glued before the salutation of a
        # one-line text: the title block is cut out and the title names the speech.
        "one-line-web-page-title-block-glued-before-the-salutation",
        "下载打印全屏收藏【字号：加大还原减小】2026年某某省政府工作报告——2026年1月20日在某某省第十四届"
        "人民代表大会第四次会议上来源：某某日报时间：2026-02-12省长 张三"
        + "各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。一、2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "二、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 6,
        speeches=1,
        titles=["2026年某某省政府工作报告"],
        outline=[(1, "一、2025年工作回顾"), (1, "二、2026年重点工作")],
        noise=["来源：某某日报", "时间：2026-02-12"],
    ),
    Case(
        # …a title with its metadata and no tool bar, the date with its hour: the same.
        "one-line-title-and-metadata-glued-before-the-salutation",
        "2026年某某省政府工作报告来源：某某日报发布时间：2026-02-12 10:30"
        + "各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。一、2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "二、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 6,
        titles=["2026年某某省政府工作报告"],
    ),
    Case(
        # …but a sentence before the metadata is no title, and words with a comma after the
        # date are no speaker's name: no title block is cut out.
        "one-line-sentence-before-glued-metadata-is-no-title",
        "下载打印全屏收藏【字号：加大还原减小】会议开得很好，大家都很满意来源：某某日报时间：2026-02-12省长 张三"
        + "各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。一、2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "二、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 6
        + "2026年某某市政府工作报告来源：某某日报时间：2026-02-12会上，大家认真讨论了"
        + "各位代表：现在，我代表省人民政府，向大会报告政府工作，请予审议。三、2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "二、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 6,
        titles=[None],
    ),
    Case(
        # issue #14 (engine24): a heading glued right after the salutation's colon of a
        # one-line text, at its start or after a glued title: the salutation is cut off and
        # the heading's title ends before its section's first sentence as after a sentence end.
        "one-line-heading-glued-to-the-salutation-ends-its-title",
        "各位代表：一、2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "二、2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 6
        + "在全市经济工作会议上的讲话同志们：一、过去一年工作回顾去年是极不平凡的一年。"
        + FILLER * 6
        + "二、今年的主要任务今年是全面深化改革的关键之年。"
        + FILLER * 2,
        speeches=2,
        titles=[None, "在全市经济工作会议上的讲话"],
        outline=[
            (1, "一、2025年工作回顾"),
            (1, "二、2026年重点工作"),
            (1, "一、过去一年工作回顾"),
            (1, "二、今年的主要任务"),
        ],
        contains=["2025年极不平凡", "去年是极不平凡的一年"],
    ),
    Case(
        # …and an inline list right after a salutation's colon stays the paragraph it is.
        "one-line-inline-list-after-the-salutation-stays-text",
        "同志们：一、讲政治今年是关键；二、顾大局；三、守规矩。"
        + FILLER * 6
        + "第一，2025年工作回顾2025年极不平凡。"
        + FILLER * 6
        + "第二，2026年重点工作今年是实施“十五五”规划的开局之年。"
        + FILLER * 2,
        outline=[(1, "第一，2025年工作回顾"), (1, "第二，2026年重点工作")],
        contains=["一、讲政治今年是关键；二、顾大局"],
    ),
    Case(
        # holdout4 u13 through PDF: a one-line text whose runs of spaces came back as 　　; a
        # piece ending with a closing quote and no sentence end goes on in the next (its source
        # only broke the line there), as it does where the runs are ASCII spaces.
        "one-line-text-split-at-ideographic-runs-keeps-a-title-broken-after-a-quote",
        "中央关于目前工作的指示　　"
        + FILLER
        + "　　（一）　　关于建议“国共合作”　　的宣言，下次交通即带上，广为翻印。"
        + FILLER * 5
        + "　　（二）　　关于组织“抗日联军”　　的问题，要抓紧进行。"
        + FILLER * 5,
        outline=[
            (1, "（一）关于建议“国共合作”的宣言，下次交通即带上，广为翻印"),
            (1, "（二）关于组织“抗日联军”的问题，要抓紧进行"),
        ],
    ),
    Case(
        # An approximate number inside a sentence of a one-line text with a series: text.
        "one-line-approximate-number-inside-a-sentence-stays-text",
        "大家好！一、回顾。今年我们开了一、二次会议，研究部署工作。"
        + FILLER * 2
        + "二、任务。"
        + FILLER * 2
        + "三、愿景。"
        + FILLER,
        outline=[(1, "一、回顾"), (1, "二、任务"), (1, "三、愿景")],
    ),
    Case(
        # 。一、二季度… at a sentence start with no 二、 三、 after it: an approximate number.
        "one-line-approximate-number-at-a-sentence-start-without-a-series-stays-text",
        "大家好！" + FILLER + "一、二季度经济运行平稳，工业生产加快。" + FILLER * 3,
        outline=[],
    ),
    Case(
        # 。一、二季度… with only 二、 after it (no 三、): not enough to take it for a heading.
        "one-line-approximate-number-with-only-a-two-after-it-stays-text",
        "大家好！"
        + FILLER
        + "一、二季度经济运行平稳。"
        + FILLER * 3
        + "二、下一步工作。"
        + FILLER * 3,
        outline=[],
    ),
    Case(
        "inline-list-after-a-colon-stays-inline",
        "同志们：\n一、总体要求\n做好今年工作主要有三个方面：一、稳增长；二、促改革；三、惠民生。"
        + FILLER
        + "\n",
        outline=[(1, "一、总体要求")],
    ),
    Case(
        "short-unpunctuated-lines-are-not-glued-to-the-body",
        "2023年支部书记党课讲稿汇编4篇\n目录\n做新时代牢记使命的拓荒牛 12\n永葆初心 35\n"
        "第1篇：2023年支部书记党课讲稿\n2023-04-04\n同志们：\n"
        + FILLER
        + "\n李冬民：我们坚决拥护。（大笑）\n"
        + FILLER
        + "\n",
        speeches=1,
        contains=["2023-04-04", "我们坚决拥护。（大笑）"],
        noise=["目录", "做新时代牢记使命的拓荒牛 12", "永葆初心 35"],
        absent=["2023-04-04" + FILLER[:4], "（大笑）" + FILLER[:4]],
    ),
    Case(
        "pdf-cut-lead-sentence-headings-and-second-rung-after-a-rhetorical-series",
        pdf(
            "各位代表：",
            "一、2023年工作回顾",
            "过去一年，我们坚持稳中求进工作总基调，经济社会发展取得新的",
            "成效。主要做了以下工作：",
            "一是深入落实首都城市战略定位，京",
            "冀协同发展不断走深走实。进一步完善协同机制，推动重点领域",
            "率先突破。",
            "二是着力扩大内需，经济运行持续回升向好。" + FILLER,
            "着力做好以下十一个方面工作：",
            "（一）持续提升首都功能，推动协同发展取得新成效。" + FILLER,
            "（二）坚持创新驱动，加快建设国际科技创新中心。" + FILLER,
        ),
        outline=[
            (1, "一、2023年工作回顾"),
            (2, "一是深入落实首都城市战略定位，京冀协同发展不断走深走实"),
            (2, "二是着力扩大内需，经济运行持续回升向好"),
            (2, "（一）持续提升首都功能，推动协同发展取得新成效"),
            (2, "（二）坚持创新驱动，加快建设国际科技创新中心"),
        ],
    ),
    Case(
        "first-then-second-mixed-series-and-dashed-markers",
        "同志们：\n首先，我们了解一下政治生日的概念。"
        + FILLER
        + "\n第二，我们讲一下必要性。"
        + FILLER
        + "\n第三，我们讲一下怎么过。"
        + FILLER
        + "\n",
        outline=[
            (1, "首先，我们了解一下政治生日的概念"),
            (1, "第二，我们讲一下必要性"),
            (1, "第三，我们讲一下怎么过"),
        ],
    ),
    Case(
        "dash-before-a-marker-is-decoration",
        "同志们：\n——第一，开宗明义。"
        + FILLER
        + "\n——第二，为啥要学。"
        + FILLER
        + "\n——经济运行总体平稳。\n",
        outline=[(1, "第一，开宗明义"), (1, "第二，为啥要学")],
    ),
    Case(
        "forum-anti-copy-junk-is-removed",
        "同志们：\n一、讲话谋篇布局，独具特色- f* x t4 q9 x* O& J\n"
        + FILLER
        + "8 H) l- y* X6 s b' n+ F)"
        + FILLER
        + "\n3 Z. p( u) Y% a# W\n二、讲话语言生动\n"
        + FILLER
        + "\n",
        outline=[(1, "一、讲话谋篇布局，独具特色"), (1, "二、讲话语言生动")],
        absent=["y*", "F)"],
        noise=["3 Z. p( u) Y% a# W"],
    ),
    Case(
        "more-look-alikes-and-marker-variants",
        "同志们：\n一 、总体情况\n一、二季度全市经济运行平稳。"
        + FILLER
        + "\n一、二产业协调发展。"
        + FILLER
        + "\n一、二、三级医院全部接入平台。"
        + FILLER
        + "\n1。述职的自我性。"
        + FILLER
        + "\n",
        outline=[(1, "一、总体情况"), (2, "1。述职的自我性")],
    ),
    Case(
        "traditional-characters-and-numbered-collection-titles",
        "第1篇：2023年支部書記黨課講稿\n同志們：\n一、從嚴治團\n" + FILLER + "\n"
        "在全市工作會議上的講話\n各位代表：\n一、總結\n" + FILLER + "\n",
        speeches=2,
        outline=[(1, "一、從嚴治團"), (1, "一、總結")],
    ),
    Case(
        "salutation-glued-to-the-body",
        "在全市工作会议上的讲话\n同志们：今天我们召开全市工作会议。"
        + FILLER
        + "\n一、统一思想\n"
        + FILLER
        + "\n同志们：今天的会议很重要。\n"
        + FILLER
        + "\n",
        speeches=2,
        outline=[(1, "一、统一思想")],
    ),
    Case(
        "announced-list-before-the-real-headings",
        "同志们：\n下边主要讲三个问题：\n(一)如何对待解放军；\n(二)如何对待干部；\n(三)如何对待自己。\n"
        "(一)如何对待解放军\n" + FILLER + "\n(二)如何对待干部\n" + FILLER + "\n",
        outline=[(1, "(一)如何对待解放军"), (1, "(二)如何对待干部")],
    ),
    Case(
        "web-page-tail-and-table-of-contents",
        "目录/提纲：……\n一、认清形势\n二、明确思路\n……\n同志们：\n今天这次会议，主要是回顾总结一年来的工作，研究明年\n"
        "安全生产的任务。"
        + FILLER
        + "\n……(未完，全文共6606字，当前仅显示2320字)\n收藏《在安委会例会上的讲话》\n",
        speeches=1,
        outline=[],
        contains=["研究明年安全生产的任务"],
        noise=["目录/提纲", "一、认清形势", "……(未完", "收藏《"],
    ),
    # --- found by a second stress test (full reports, PDF page furniture, wrapped text) ---
    Case(
        "a-heading-whose-title-starts-with-its-own-numeral",
        "同志们：\n一、一年来的主要工作\n"
        + FILLER
        + "\n二、二〇二四年工作安排\n"
        + FILLER
        + "\n三、三年行动计划实施情况\n"
        + FILLER
        + "\n四、四个方面存在的问题\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、一年来的主要工作"),
            (1, "二、二〇二四年工作安排"),
            (1, "三、三年行动计划实施情况"),
            (1, "四、四个方面存在的问题"),
        ],
    ),
    Case(
        "report-cover-with-web-metadata-lines-is-one-speech",
        "下载\n打印\n2026年某某省政府工作报告\n——2026年1月26日在某某省第十四届人民代表大会第五次会议上\n"
        "来源：某某日报\n时间：2026-02-03\n某某省人民政府省长 王某\n各位代表：\n"
        "现在，我代表省人民政府，向大会报告工作，请予审议。\n一、2025年工作回顾\n"
        + FILLER
        + "\n相关报道：\n",
        speeches=1,
        outline=[(1, "一、2025年工作回顾")],
        noise=["来源：某某日报", "时间：2026-02-03", "相关报道："],
    ),
    Case(
        "hard-wrapped-text-keeps-standalone-heading-lines",
        "同志们：\n"
        + "\n".join(
            [
                "过去一年，面对复杂严峻的外部环境，我们坚持稳中求进工作",
                "总基调，经济社会发展取得新成效，全年地区生产总值增长百分",
                "之五点二。",
                "（一）全力促进经济平稳健康发展",
                "稳增长政策措施加快落地见效。出台扩大有效投资的若干措施，",
                "重大工程建设加快推进，全年完成投资超过两千亿元，同比增长",
                "百分之八。",
                "（二）聚力落实国家重大战略任务",
                "五个中心建设扎实推进。国际金融中心能级持续提升，全年金融",
                "市场交易总额突破三千万亿元，科技创新中心建设取得新进展。",
            ]
        )
        + "\n",
        outline=[(1, "（一）全力促进经济平稳健康发展"), (1, "（二）聚力落实国家重大战略任务")],
        contains=["稳中求进工作总基调"],
    ),
    Case(
        "page-furniture-inside-headings-and-sentences",
        pdf(
            "2026年某某市政府工作报告",
            "各位代表：",
            "一、2025年工作回顾",
            "过去一年，我们坚持稳中求进，推动经济持续回升向好，全年完成",
            "— 3 —",
            "2026年某某市政府工作报告",
            "投资两千亿元。",
            "（一）深入",
            "— 4 —",
            "2026年某某市政府工作报告",
            "推进城市治理现代化",
            "城市更新扎实开展。" + FILLER,
            "三、20",
            "第 5 页 共 9 页",
            "26年主要任务",
            FILLER,
        ),
        speeches=1,
        outline=[
            (1, "一、2025年工作回顾"),
            (2, "（一）深入推进城市治理现代化"),
            (1, "三、2026年主要任务"),
        ],
        contains=["全年完成投资两千亿元。"],
        noise=["— 3 —", "第 5 页 共 9 页"],
    ),
    Case(
        "numbered-piece-separators-and-a-work-report-title-block",
        "第一篇：市政园林局政研工作总结\n一、一年来的工作回顾\n" + FILLER + "\n"
        "2025年度述职述廉报告\nXX区发展和改革委员会主任 张某某\n（2025年12月20日）\n各位领导、同志们：\n"
        "一、履职基本情况\n"
        + FILLER
        + "\n二、存在的不足\n一是理论学习不够系统。二是统筹谋划不够。三是调查研究不够深入。\n"
        "三、下一步打算\n"
        + FILLER
        + "\n述职人：张某某\n注释：\n① 数据来源：区统计局。\n1. 本报告数据截至11月底。\n",
        speeches=2,
        outline=[
            (1, "一、一年来的工作回顾"),
            (1, "一、履职基本情况"),
            (1, "二、存在的不足"),
            (1, "三、下一步打算"),
        ],
        back=["注释：", "① 数据来源", "1. 本报告数据"],
    ),
    Case(
        "an-inline-second-item-does-not-end-a-series-that-goes-on",
        "同志们：\n第一，要在思想认识上再深化。" + FILLER + "\n第二，要在重点问题上再聚焦。\n"
        "一要聚焦庸的问题，着力提升能力素质。二要聚焦懒的问题，着力增强进取意识。\n"
        "三要聚焦散的问题，着力严明纪律规矩。\n第三，要在责任落实上再压实。" + FILLER + "\n",
        outline=[
            (1, "第一，要在思想认识上再深化"),
            (1, "第二，要在重点问题上再聚焦"),
            (2, "一要聚焦庸的问题，着力提升能力素质"),
            (2, "三要聚焦散的问题，着力严明纪律规矩"),
            (1, "第三，要在责任落实上再压实"),
        ],
    ),
    Case(
        # holdout27 p01 L398-L409 (with 4 lines more under （二） the base engine took
        # 一是 and 三是 too; with 2 it did not): a PDF's hard-wrapped lines (ASCII figures among the Chinese, so
        # no wrap width); 二是 inside the first item's lines, 三是 where the wrap fell after a 。
        "a-wrapped-first-item-holding-its-second-makes-the-series-inline",
        "\n".join(
            [
                "3．资产资金管理薄弱，使用绩效不佳。主要表现在 3 方面：",
                "一是资产闲置浪费。5 户央企未采取有效盘活措施等，143.2 亿元",
                "资产和 57.69 万平方米房屋、土地闲置。二是违规转让出借。10",
                "户央企违规转让或低价销售资产资源等，不当让利或形成损失风",
                "险 30.65 亿元；6 户央企违规出借字号、商标、资质、代理权等。",
                "三是资金管理不严。8 户央企违规垫付出借资金或提供担保等",
                "607.4 亿元，形成损失风险 82.45 亿元；7 户央企违规套取挪用银",
                "行贷款、无充分依据对外支付等 265.73 亿元。",
                "（二）金融企业国有资产审计情况。重点审计的 2 家政策性",
                "银行和 3 家国有保险公司，至 2023 年底资产总额 26.22 万亿元、",
                "负债总额 24.74 万亿元，净资产收益率 0.14%到 13.27%。还审计",
                "了 7 家商业银行金融政策落实情况。发现的主要问题：",
            ]
        )
        + "\n",
        outline=[(1, "3．资产资金管理薄弱，使用绩效不佳"), (1, "（二）金融企业国有资产审计情况")],
        contains=["土地闲置。二是违规转让出借。10户央企"],
    ),
    Case(
        # the same lines with 二是 at a line start of its own: the wrapped first item holds no
        # second, so 一是/二是/三是 stay the sections of 3．
        "a-wrapped-first-item-without-its-second-keeps-the-series",
        "\n".join(
            [
                "3．资产资金管理薄弱，使用绩效不佳。主要表现在 3 方面：",
                "一是资产闲置浪费。5 户央企未采取有效盘活措施等，143.2 亿元",
                "资产和 57.69 万平方米房屋、土地闲置。",
                "二是违规转让出借。10 户央企违规转让或低价销售资产资源等，不当让利或形成损失风",
                "险 30.65 亿元；6 户央企违规出借字号、商标、资质、代理权等。",
                "三是资金管理不严。8 户央企违规垫付出借资金或提供担保等",
                "607.4 亿元，形成损失风险 82.45 亿元；7 户央企违规套取挪用银",
                "行贷款、无充分依据对外支付等 265.73 亿元。",
                "（二）金融企业国有资产审计情况。重点审计的 2 家政策性",
                "银行和 3 家国有保险公司，至 2023 年底资产总额 26.22 万亿元、",
                "负债总额 24.74 万亿元，净资产收益率 0.14%到 13.27%。还审计",
                "了 7 家商业银行金融政策落实情况。发现的主要问题：",
            ]
        )
        + "\n",
        outline=[
            (1, "3．资产资金管理薄弱，使用绩效不佳"),
            (2, "一是资产闲置浪费"),
            (2, "二是违规转让出借"),
            (2, "三是资金管理不严"),
            (1, "（二）金融企业国有资产审计情况"),
        ],
    ),
    # --- found by a third stress test (collections, OCR, mixed ladders) ----------------
    Case(
        "a-series-comes-back-to-its-level-after-a-ladder-item-took-it",
        "同志们：\n第一部分 回顾\n一是抓学习。\n二是抓落实。\n（一）细化分工。\n三是抓作风。\n"
        "第二部分 部署\n一、总体要求\n一要抓学习。\n1.学原著。\n2.学原文。\n二要抓落实。\n",
        outline=[
            (1, "第一部分 回顾"),
            (2, "一是抓学习"),
            (2, "二是抓落实"),
            (2, "（一）细化分工"),
            (2, "三是抓作风"),
            (1, "第二部分 部署"),
            (2, "一、总体要求"),
            (3, "一要抓学习"),
            (4, "1.学原著"),
            (4, "2.学原文"),
            (3, "二要抓落实"),
        ],
    ),
    Case(
        "second-rung-under-a-top-level-rhetorical-series-nests",
        "同志们：\n第一，抓学习。"
        + FILLER
        + "\n第二，抓落实。"
        + FILLER
        + "\n第三，抓作风。\n（一）细化。"
        + FILLER
        + "\n（二）压实。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一，抓学习"),
            (1, "第二，抓落实"),
            (1, "第三，抓作风"),
            (2, "（一）细化"),
            (2, "（二）压实"),
        ],
    ),
    Case(
        "a-title-in-any-words-right-above-a-salutation-and-piece-separators",
        "一、前文\n"
        + FILLER
        + "\n谢谢大家！\n【范文二】\n党课讲稿：以严的基调强化正风肃纪\n同志们：\n一、深刻认识\n"
        + FILLER
        + "\n篇三：在全县工作会议上的主持词\n同志们：\n"
        + FILLER
        + "\n",
        speeches=3,
        outline=[(1, "一、前文"), (1, "一、深刻认识")],
        noise=["【范文二】"],
        contains=["党课讲稿：以严的基调强化正风肃纪", "在全县工作会议上的主持词"],
    ),
    Case(
        "ocr-text-with-a-space-between-every-character",
        "在 全 县 党 建 工 作 会 议 上 的 讲 话\n同 志 们 ：\n第 一 ， 提 高 站 位 。\n一 是 抓 学 习 。\n"
        "二 是 抓 落 实 。\n第 二 ， 强 化 落 实 。\n",
        speeches=1,
        outline=[
            (1, "第一，提高站位"),
            (2, "一是抓学习"),
            (2, "二是抓落实"),
            (1, "第二，强化落实"),
        ],
        contains=["在全县党建工作会议上的讲话"],
    ),
    Case(
        "more-marker-spellings-quotes-and-square-brackets",
        "同志们：\n一．加强学习\n学习要深入。\n二.改进作风\n【一】抓好道路交通。要严查超载。\n"
        "【二】抓好危化品。要加强监管。\n“三、坚持靶向施治”\n要紧盯问题。\n四、为什么要优化营商环境？\n"
        + FILLER
        + "\n- 3 -五、重点任务\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一．加强学习"),
            (1, "二.改进作风"),
            (2, "【一】抓好道路交通"),
            (2, "【二】抓好危化品"),
            (1, "三、坚持靶向施治"),
            (1, "四、为什么要优化营商环境？"),
            (1, "五、重点任务"),
        ],
    ),
    Case(
        "other-closings-end-a-speech-before-numbering-restarts",
        "一、加强学习\n" + FILLER + "\n二、履职尽责\n" + FILLER + "\n我的发言完毕，谢谢大家。\n"
        "一、深刻领会重大意义\n"
        + FILLER
        + "\n二、狠抓落实\n"
        + FILLER
        + "\n以上汇报，不妥之处，请批评指正。\n"
        "一、基本情况\n" + FILLER + "\n二、下步打算\n" + FILLER + "\n",
        speeches=3,
    ),
    Case(
        "report-titled-on-its-first-line-and-numbers-hyphenated-at-a-line-end",
        pdf(
            "关于全市营商环境的调研报告",
            "今年以来，我们深入基层开展调研，走访企业一百余家，形成如下报告",
            "。",
            "一、基本情况",
            "全年新增市场主体超过两万户，同比增长百分之十二。" + FILLER,
            "二、20-",
            "24年工作打算",
            FILLER,
        ),
        speeches=1,
        outline=[(1, "一、基本情况"), (1, "二、2024年工作打算")],
        contains=["关于全市营商环境的调研报告"],
    ),
    Case(
        "a-range-of-numbers-broken-at-its-hyphen-keeps-it",
        pdf(
            "关于全市营商环境的调研报告",
            "今年以来，我们深入基层开展调研，走访企业一百余家，形成如下报告",
            "。",
            "一、2021-",
            "2025年工作回顾",
            "全年新增市场主体超过两万户，同比增长百分之十二，107-",
            "109年度的计划已经完成，10-",
            "20年的规划开始编制。" + FILLER,
            "二、下步打算",
            FILLER,
        ),
        speeches=1,
        outline=[(1, "一、2021-2025年工作回顾"), (1, "二、下步打算")],
        contains=["107-109年度", "10-20年的规划"],
    ),
    Case(
        "a-bare-first-line-of-five-characters-or-more-titles-the-speech",
        "中学国文的教授\n\n" + FILLER + "\n" + FILLER + "\n",
        speeches=1,
        titles=["中学国文的教授"],
    ),
    Case(
        "a-bare-first-line-with-a-short-epigraph-under-it-titles-the-speech",
        "中学生的修养与择业\n为学要如金字塔，要能广大要能高。\n" + FILLER + "\n",
        speeches=1,
        titles=["中学生的修养与择业"],
    ),
    Case(
        "a-name-on-the-first-line-is-no-title",
        "欧阳修\n" + FILLER + "\n",
        speeches=1,
        titles=[None],
    ),
    Case(
        "a-news-dateline-on-the-first-line-is-no-title",
        "新华社北京3月17日电\n" + FILLER + "\n",
        speeches=1,
        titles=[None],
    ),
    Case(
        "a-date-on-the-first-line-is-no-title",
        "2023年5月12日\n" + FILLER + "\n",
        speeches=1,
        titles=[None],
    ),
    Case(
        "a-first-line-with-a-comma-is-no-title",
        "同志们好，今天我们开会\n" + FILLER + "\n",
        speeches=1,
        titles=[None],
    ),
    Case(
        "salutation-variants-open-speeches-interjections-do-not",
        "各位代表：\n"
        + FILLER
        + "\n同志们！让我们团结奋进！\n各位企业家、同志们：\n"
        + FILLER
        + "\n尊敬的各位来宾，女士们、先生们：\n"
        + FILLER
        + "\n同志们，让我们携手前进！\n",
        speeches=3,
        outline=[],
    ),
    Case(
        "republican-era-salutations-open-speeches-a-chair-alone-does-not",
        "主席、诸位先生：\n"
        + FILLER
        + "\n诸位同学：\n"
        + FILLER
        + "\n诸君：\n"
        + FILLER
        + "\n主席：\n"
        + FILLER
        + "\n",
        speeches=3,
        outline=[],
    ),
    # --- issue 14: more heading families -------------------------------------------------
    Case(
        "di-point-series-with-a-repeated-and-a-skipped-number",
        "同志们：\n第一点，提高认识，统一思想。"
        + FILLER
        + "\n第二是，要抓好落实。"
        + FILLER
        + "\n第二点，加强管理。"
        + FILLER
        + "\n第四点，注重人才。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一点，提高认识，统一思想"),
            (1, "第二是，要抓好落实"),
            (1, "第二点，加强管理"),
            (1, "第四点，注重人才"),
        ],
    ),
    Case(
        "di-question-and-aspect-series-with-di-items-below",
        "同志们：\n第一个问题，关于质量管理。\n第一，要树立质量意识。"
        + FILLER
        + "\n第二，要完善质量体系。"
        + FILLER
        + "\n第二个问题，关于人才培养。\n"
        + FILLER
        + "\n第三个方面\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一个问题，关于质量管理"),
            (2, "第一，要树立质量意识"),
            (2, "第二，要完善质量体系"),
            (1, "第二个问题，关于人才培养"),
            (1, "第三个方面"),
        ],
    ),
    Case(
        "di-run-in-title-without-a-comma",
        "在某校之演说\n（1920年3月20日）\n"
        + FILLER
        + "\n第一以政治论。"
        + FILLER
        + "\n第二论社会亦然。"
        + FILLER
        + "\n第三论经济。"
        + FILLER
        + "\n第一次会议是在去年召开的。"
        + FILLER
        + "\n",
        speeches=1,
        titles=["在某校之演说"],
        outline=[(1, "第一以政治论"), (1, "第二论社会亦然"), (1, "第三论经济")],
    ),
    Case(
        "numeral-space-title-series-and-notes-as-back-matter",
        "论十大关系\n\n（一九五六年四月二十五日）\n\n"
        + FILLER
        + "\n\n一 重工业和轻工业、农业的关系\n\n"
        + FILLER
        + "\n\n二\u3000沿海工业和内地工业的关系\n\n"
        + FILLER
        + "\n\n三 经济建设和国防建设的关系\n\n"
        + FILLER
        + "\n\n注　释\n\n〔1〕见本书第一卷注〔12〕。\n\n〔2〕一九五五年的报告。\n",
        speeches=1,
        titles=["论十大关系"],
        outline=[
            (1, "一 重工业和轻工业、农业的关系"),
            (1, "二 沿海工业和内地工业的关系"),
            (1, "三 经济建设和国防建设的关系"),
        ],
        back=["注　释", "〔1〕见本书", "〔2〕一九五五年"],
    ),
    Case(
        "a-count-with-a-measure-word-after-a-space-opens-no-heading",
        "审计工作报告\n同志们：\n一、预算执行审计情况\n"
        + FILLER
        + "\n管理不严的问题仍然突出。二是项目建设管理不严。\n"
        + "12 省的 120 个项目存在未按规定招标、招标时违\n"
        + "规设置限制性条款等问题，涉及金额 83 亿元。\n"
        + FILLER
        + "\n13 户央企账面资产总额 28.84 万亿元、负债总\n"
        + "额 19.55 万亿元，平均资产负债率 67.79%。\n"
        + "二、整改情况\n"
        + FILLER
        + "\n",
        outline=[(1, "一、预算执行审计情况"), (1, "二、整改情况")],
        contains=[
            "12 省的 120 个项目存在未按规定招标、招标时违规设置",
            "13 户央企账面资产总额 28.84 万亿元、负债总额",
        ],
    ),
    Case(
        "a-count-going-on-a-sentence-broken-at-the-line-end-opens-no-heading",
        "审计工作报告\n同志们：\n一、预算执行审计情况\n"
        + "各地严格落实预算法。至 2023 年底，重点审计的\n"
        + "3 大工程建设资金到位率偏低，部分项目进展\n"
        + "缓慢。今年，各部门要重点抓好\n"
        + "4 类风险的排查整治工作，确保资金安全高效\n"
        + "运行。\n二、整改情况\n"
        + FILLER
        + "\n",
        outline=[(1, "一、预算执行审计情况"), (1, "二、整改情况")],
    ),
    Case(
        "a-numeral-space-title-opening-with-a-measure-word-character-stays-a-heading",
        "管理的几个切入点\n\n"
        + FILLER
        + "\n1 人才培养要抓早抓小\n"
        + FILLER
        + "\n2 市场开拓，户户都要跑到\n"
        + FILLER
        + "\n",
        outline=[(1, "1 人才培养要抓早抓小"), (1, "2 市场开拓，户户都要跑到")],
    ),
    Case(
        "a-numeral-space-title-under-a-heading-with-a-comma-stays-a-heading",
        "管理的几个切入点\n\n一、加强管理，提高效益\n1 人才培养是第一位的\n"
        + FILLER
        + "\n2 找人是管理的起点\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、加强管理，提高效益"),
            (2, "1 人才培养是第一位的"),
            (2, "2 找人是管理的起点"),
        ],
    ),
    Case(
        "a-title-announcing-a-counted-list-parted-by-semicolons-ends-at-its-colon",
        "科学研究的方法\n\n一、科学方法只是解决问题的方法。"
        + FILLER
        + "\n\n二、推论有三种：1.从个体推知个体；2.从个体推知通则；3.从原则推知个体。"
        + FILLER
        + "\n\n三、杜威说科学方法可分五步：1.问题的发生；2.疑难的认定；3.假设；4.决定；5.证实。\n",
        outline=[
            (1, "一、科学方法只是解决问题的方法"),
            (1, "二、推论有三种："),
            (1, "三、杜威说科学方法可分五步："),
        ],
    ),
    Case(
        "a-title-with-a-list-after-a-colon-without-a-count-or-semicolons-runs-to-its-sentence-end",
        "央行业务报告\n\n一、本行采行宽松货币政策，主因：(1)通膨率回稳；(2)出口增温。"
        + FILLER
        + "\n\n二、利益广如经文所载，今且举十种如下：1.速得成佛，经中屡言之。"
        + FILLER
        + "\n\n三、僧格之养成有三种：1.信法，2.信佛法，3.信佛法僧。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、本行采行宽松货币政策，主因：(1)通膨率回稳"),
            (1, "二、利益广如经文所载，今且举十种如下：1.速得成佛，经中屡言之"),
            (1, "三、僧格之养成有三种：1.信法，2.信佛法，3.信佛法僧"),
        ],
    ),
    Case(
        "a-lone-numeral-space-line-is-no-heading",
        "同志们：\n一 年来的工作\n" + FILLER + "\n",
        outline=[],
    ),
    Case(
        "bare-numerals-alone-on-a-line-head-their-sections",
        "同志们：\n"
        + FILLER
        + "\n一\n"
        + FILLER
        + "\n（一）抓项目。"
        + FILLER
        + "\n二\n"
        + FILLER
        + "\n",
        outline=[(1, "一"), (2, "（一）抓项目"), (1, "二")],
    ),
    Case(
        "bare-arabic-section-numbers-are-no-page-numbers",
        "我讲两个故事。\n\n1\n\n第一个是关于程序员的故事。\n"
        + FILLER
        + "\n\n2\n\n第二个是关于梦想的故事。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "1"),
            (2, "第一个是关于程序员的故事"),
            (1, "2"),
            (2, "第二个是关于梦想的故事"),
        ],
    ),
    Case(
        "page-numbers-in-the-middle-of-sentences-stay-noise",
        pdf(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的",
            "1",
            "工作任务。" + FILLER,
            "2",
            FILLER,
        ),
        outline=[],
        noise=["1", "2"],
        contains=["主要是部署下一阶段的工作任务。"],
    ),
    Case(
        "gan-series-under-numbered-headings",
        "同志们：\n一．略述大师之生平\n"
        + FILLER
        + "\n二．略述大师之盛德\n甲．习劳大师一生，最喜自作劳动之事。"
        + FILLER
        + "\n乙．惜福。"
        + FILLER
        + "\n甲、乙双方都同意。"
        + FILLER
        + "\n",
        outline=[
            (1, "一．略述大师之生平"),
            (1, "二．略述大师之盛德"),
            (2, "甲．习劳大师一生，最喜自作劳动之事"),
            (2, "乙．惜福"),
        ],
    ),
    Case(
        "markdown-headings-and-bold-lines-give-clean-titles",
        "# 在全市工作会议上的讲话\n\n同志们：\n\n**一、统一思想**\n\n"
        + FILLER
        + "\n\n**二、压实责任*\n\n"
        + FILLER
        + "\n\n*三、狠抓落实**\n\n"
        + FILLER
        + "\n\n## 四、加强领导\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "一、统一思想"),
            (1, "二、压实责任"),
            (1, "三、狠抓落实"),
            (1, "四、加强领导"),
        ],
        absent=["*"],
    ),
    Case(
        "markdown-headings-repeated-week-after-week-are-no-running-headers",
        "# 工作周报\n\n## 第一周\n\n### 总结\n\n**1、完成登录页面开发**\n\n"
        + FILLER
        + "\n\n**2、修复表格分页问题**\n\n"
        + FILLER
        + "\n\n### 下周计划\n\n**1、完成注册页面**\n\n"
        + FILLER
        + "\n\n**2、编写接口文档**\n\n"
        + FILLER
        + "\n\n## 第二周\n\n### 总结\n\n**1、完成注册页面开发**\n\n"
        + FILLER
        + "\n\n**2、补齐单元测试**\n\n"
        + FILLER
        + "\n\n### 下周计划\n\n**1、联调登录接口**\n\n"
        + FILLER
        + "\n\n**2、整理部署脚本**\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "第一周"),
            (2, "总结"),
            (3, "1、完成登录页面开发"),
            (3, "2、修复表格分页问题"),
            (2, "下周计划"),
            (3, "1、完成注册页面"),
            (3, "2、编写接口文档"),
            (1, "第二周"),
            (2, "总结"),
            (3, "1、完成注册页面开发"),
            (3, "2、补齐单元测试"),
            (2, "下周计划"),
            (3, "1、联调登录接口"),
            (3, "2、整理部署脚本"),
        ],
    ),
    Case(
        "yaml-front-matter-ending-a-key-with-a-colon-leaves-the-hash-title-the-title",
        '---\ntitle: "关于某某促进法（草案）的说明（摘要）"\ndate: 2026-03-06\nrelated:\n'
        '  - "[[关于某某规划法（草案）的说明（摘要）]]"\n---\n\n'
        "# 关于某某促进法（草案）的说明（摘要）\n\n> 《某某日报》（2026年03月06日第 10 版）\n\n"
        "受委托，某某3月5日作说明。说明摘要如下：\n\n**一、立法的重大意义**\n\n"
        + FILLER
        + "\n\n（一）关于总则。"
        + FILLER
        + "\n\n（二）关于附则。"
        + FILLER
        + "\n\n**二、草案的主要内容**\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["关于某某促进法（草案）的说明（摘要）"],
        outline=[
            (1, "一、立法的重大意义"),
            (2, "（一）关于总则"),
            (2, "（二）关于附则"),
            (1, "二、草案的主要内容"),
        ],
    ),
    Case(
        "bold-part-lines-over-numbered-sections-under-a-lone-hash-title-hold-them",
        "# 某某法院工作报告（摘要）\n\n> 《某某日报》（2026年03月10日第 03 版）\n\n"
        "某某社3月9日电  某某法院院长9日作工作报告。摘要如下：\n\n**2025年工作回顾**\n\n"
        + FILLER
        + "\n\n一、恪守公平正义，保障安全\n\n"
        + FILLER
        + "\n\n二、恪守公平正义，服务发展\n\n"
        + FILLER
        + "\n\n**2026年工作安排**\n\n"
        + FILLER
        + "\n\n第一，忠诚履职。"
        + FILLER
        + "\n\n第二，守正创新。"
        + FILLER
        + "\n",
        speeches=1,
        titles=["某某法院工作报告（摘要）"],
        outline=[
            (1, "2025年工作回顾"),
            (2, "一、恪守公平正义，保障安全"),
            (2, "二、恪守公平正义，服务发展"),
            (1, "2026年工作安排"),
            (2, "第一，忠诚履职"),
            (2, "第二，守正创新"),
        ],
    ),
    Case(
        "hash-lines-inside-a-code-fence-are-no-headings-and-leave-the-title-alone",
        "# 工作总结\n## 第一阶段\n"
        + FILLER
        + "\n```\n# github.com/example/project/pkg/rpc\nundefined: balancer.PickOptions\n"
        "# github.com/example/project/pkg/resolver\n```\n"
        + FILLER
        + "\n## 第二阶段\n"
        + FILLER
        + "\n### 问题与解决方法\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["工作总结"],
        outline=[(1, "第一阶段"), (1, "第二阶段"), (2, "问题与解决方法")],
    ),
    Case(
        "numbered-hash-headings-beside-an-unnumbered-one-of-their-depth-are-its-siblings",
        "# 统一存储实践\n\n## 配图清单\n\n| 编号 | 用途 |\n|---|---|\n| 配图1 | 概念图 |\n\n"
        "## ① 开场\n\n"
        + FILLER
        + "\n\n## ② 需求与思路\n\n"
        + FILLER
        + "\n\n### 2.1 离线场景\n\n"
        + FILLER
        + "\n\n## ③ 选型\n\n"
        + FILLER
        + "\n\n## 附:问答\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "配图清单"),
            (1, "①开场"),
            (1, "②需求与思路"),
            (2, "2.1 离线场景"),
            (1, "③选型"),
            (1, "附:问答"),
        ],
    ),
    Case(
        "a-circled-hash-heading-named-in-a-table-above-is-no-footnote",
        "# 统一存储实践\n\n| 配图 | 章节 |\n|---|---|\n| 配图1 | ① 开场 |\n| 配图2 | ② 需求 |\n\n"
        "## ① 开场\n\n"
        + FILLER
        + "\n\n## ② 需求\n\n"
        + FILLER
        + "\n\n## ③ 选型\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "①开场"), (1, "②需求"), (1, "③选型")],
    ),
    Case(
        "a-bare-di-n-ge-before-a-colon-is-a-spoken-series",
        "同志们：\n最后，有三个方向可以想一想。\n第一个：团队的隐性知识，AI 进不了传递链。\n"
        + FILLER
        + "\n第二个：我们有没有最基本的自动验证？\n"
        + FILLER
        + "\n第三个：从用 AI 到为 AI 而建。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一个：团队的隐性知识，AI 进不了传递链"),
            (1, "第二个：我们有没有最基本的自动验证？"),
            (1, "第三个：从用 AI 到为 AI 而建"),
        ],
    ),
    Case(
        "a-whole-paragraph-set-as-a-hash-heading-is-no-heading",
        "## **发言稿**\n\n###### 尊敬的各位嘉宾，各位朋友们大家早上好！欢迎莅临本次技术创新大会的现场！"
        "请允许我简单地自我介绍一下，我是一家仪器公司的销售工程师，曾经也和大家一样是一名实验室工作者，"
        "此次作为会议的协办方之一，很高兴能在这金秋九月与大家相聚于此。\n\n"
        + FILLER
        + "\n\n我的发言完毕，谢谢大家！\n",
        speeches=1,
        outline=[],
        contains=["尊敬的各位嘉宾，各位朋友们大家早上好！欢迎莅临"],
    ),
    Case(
        "a-lone-numbered-hash-line-among-unnumbered-ones-is-still-a-heading",
        "# 人工智能在物流行业的前景\n\n## 开场白\n\n"
        + FILLER
        + "\n\n## 我眼中的人工智能\n\n"
        + FILLER
        + "\n\n## 二 为什么是深度神经网络\n\n"
        + FILLER
        + "\n\n## 算法介绍\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "开场白"),
            (1, "我眼中的人工智能"),
            (1, "二 为什么是深度神经网络"),
            (1, "算法介绍"),
        ],
    ),
    Case(
        "a-dash-after-di-n-is-the-series-punctuation",
        "同志们：\n迁移的原因主要有三个：\n**第一，语义不完整。** "
        + FILLER
        + "\n**第二——最致命——进程被杀会丢数据。**\n"
        + FILLER
        + "\n**第三，小文件性能差。** "
        + FILLER
        + "\n",
        outline=[
            (1, "第一，语义不完整"),
            (1, "第二——最致命——进程被杀会丢数据"),
            (1, "第三，小文件性能差"),
        ],
    ),
    Case(
        "an-empty-quote-line-ends-the-quoted-item-before-its-answer",
        "# 工作总结\n\n## 第一阶段\n\n"
        + FILLER
        + "\n\n这一阶段的工作总体顺利，也有不少地方需要改进\n\n"
        "很多问题是第一次遇到，只能一边学习一边解决\n\n"
        "### 问题与解决方法\n\n>1、看不懂配置文件\n>\n>答：通过网上资料学习了基础语法，能看懂了。\n\n"
        ">2、接口调不通\n>\n>答：请教同事以后，找到了原因。\n\n>3、部署脚本不熟悉，花了很多时间。\n>\n"
        ">答：照着文档一步一步做。\n",
        speeches=1,
        outline=[
            (1, "第一阶段"),
            (2, "问题与解决方法"),
            (3, "1、看不懂配置文件"),
            (3, "2、接口调不通"),
            (3, "3、部署脚本不熟悉，花了很多时间"),
        ],
        contains=["答：通过网上资料学习了基础语法，能看懂了。"],
    ),
    Case(
        "a-repository-header-before-the-hash-title-is-front-matter",
        "# Work-Notes\n工作备注\n\n本文使用「署名 4.0 国际」许可协议，欢迎转载，但需要注明来源。\n\n"
        "本文作者: 某某\n创建时间: 2022年1月21日\n\n-----\n\n# 2021 岁末总结\n\n"
        + FILLER
        + "\n\n## 1.技术\n\n"
        + FILLER
        + "\n\n### 工具\n\n"
        + FILLER
        + "\n\n## 2.工作\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["2021 岁末总结"],
        outline=[(1, "1.技术"), (2, "工具"), (1, "2.工作")],
        contains=["Work-Notes", "本文使用「署名 4.0 国际」许可协议"],
    ),
    Case(
        "a-first-hash-section-holding-the-deeper-headings-is-no-repository-header",
        "# 关于改革\n\n"
        + FILLER
        + "\n\n## 深化国企改革\n\n"
        + FILLER
        + "\n\n# 关于发展\n\n"
        + FILLER
        + "\n\n## 扩大内需\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=[None],
        outline=[(1, "关于改革"), (2, "深化国企改革"), (1, "关于发展"), (2, "扩大内需")],
    ),
    Case(
        "bold-lead-sentences-are-headings-a-bold-list-is-not",
        "同学们：\n有三点期待与你们共勉：\n**当以爱国奉公之担当引领青春航向。**\n" + FILLER + "\n"
        "**惟与时俱进、锐意创新者，方为志士。**当前，新一轮科技革命正在加速。"
        + FILLER
        + "\n这不是：\n"
        "**自恋、自大、自负、自夸；**\n而是：\n**自信、自豪、自量、自知。**\n谢谢大家！\n",
        outline=[(1, "当以爱国奉公之担当引领青春航向"), (1, "惟与时俱进、锐意创新者，方为志士")],
    ),
    Case(
        "a-bold-photo-credit-under-the-speaker-line-is-title-block",
        # A news page's speech: speaker, date, a bold credit line and a bold salutation; the
        # credit (摄影/…) is the title block's, not text that ends it before the salutation.
        "某某某\n\n（2020年9月20日）\n\n**摄影/宗某某**\n\n**亲爱的新同学，**\n\n"
        "**尊敬的各位嘉宾、各位老师：**\n\n"
        + FILLER
        + "\n\n**惟守正方能创新。**"
        + FILLER
        + "\n\n**惟求变方能拓新。**"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "惟守正方能创新"), (1, "惟求变方能拓新")],
    ),
    Case(
        "a-bold-lead-sentence-closed-and-reopened-at-its-full-stop",
        # **…。****…**: the lead sentence's bold closes at its 。 and a second bold run opens at
        # once, running on into the paragraph: the lead sentence is still the heading.
        "同学们：\n\n有三点与你们共勉。\n\n**惟守正方能创新。****百年来，南开人书就了一部爱国奋斗史**，"
        + FILLER
        + "\n\n**惟求变方能拓新。**"
        + FILLER
        + "\n\n**惟有恒方能开新。****人生最高之理想，在求达于真理。**"
        + FILLER
        + "\n",
        outline=[(1, "惟守正方能创新"), (1, "惟求变方能拓新"), (1, "惟有恒方能开新")],
    ),
    Case(
        "a-bold-quoted-call-and-response-is-no-heading",
        # Bold lead sentences, then a bold exchange of quoted questions and answers between
        # 请全体起立！ and 全体请坐！: words said, not headings.
        "同学们：\n\n**惟守正方能创新。**"
        + FILLER
        + "\n\n**惟求变方能拓新。**"
        + FILLER
        + "\n\n请全体起立！\n\n**“你是中国人吗？”**\n\n**“是！”**\n\n**“你爱中国吗？”**\n\n"
        "**“爱！”**\n\n**“愿意！愿祖国繁荣富强！****”**\n\n全体请坐！\n\n" + FILLER + "\n",
        outline=[(1, "惟守正方能创新"), (1, "惟求变方能拓新")],
    ),
    Case(
        "one-line-text-with-a-sentence-initial-di-series",
        "同志们：今天召开会议。"
        + FILLER
        + "第一，提高认识，统一思想。"
        + FILLER
        + "第二，加强领导。"
        + FILLER
        + "第三，狠抓落实。"
        + FILLER,
        outline=[(1, "第一，提高认识，统一思想"), (1, "第二，加强领导"), (1, "第三，狠抓落实")],
    ),
    Case(
        "one-line-text-with-a-shi-series-of-whole-sections",
        # Every line break lost: 一是…三是 each after a sentence end, each a title and two
        # sentences of its own at least, are the sections of 一、; the list of 问题 (one sentence
        # an item) and the 亮点 list (；) stay inline.
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER
        + "至少有三个亮点：一是经济增长较快；二是改革不断深化；三是民生持续改善。"
        + "我们重点抓了三个方面工作：一是突出打好攻坚战，经济发展跃上新台阶。"
        + FILLER * 2
        + "二是全面推进乡村振兴，城乡融合迈出新步伐。"
        + FILLER * 2
        + "三是倾力推进民生工程，群众生活水平实现新提升。"
        + FILLER * 2
        + "同时也要看到存在的问题。一是发展质量还不高。二是财政收支矛盾突出。三是营商环境需要改善。"
        + "二、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[
            (1, "一、过去一年工作回顾"),
            (2, "一是突出打好攻坚战，经济发展跃上新台阶"),
            (2, "二是全面推进乡村振兴，城乡融合迈出新步伐"),
            (2, "三是倾力推进民生工程，群众生活水平实现新提升"),
            (1, "二、今年重点工作"),
        ],
    ),
    Case(
        "one-line-text-with-a-shi-series-right-after-a-heading-title",
        # Every line break lost: the titles of （一） and （二） stood on their own lines, so the
        # first 一是 of each section now follows the title with no sentence mark between.
        "各位代表：现在，我代表市人民政府向大会报告工作。"
        + FILLER
        + "重点做好以下两个方面工作:（一）坚持抓创新，加快建设创新型城市一是进一步夯实创新基础。"
        + FILLER * 2
        + "二是引进培育更多创新人才。"
        + FILLER * 2
        + "（二）坚持惠民生，提升人民生活质量一是加大民生投入。"
        + FILLER * 2
        + "二是提高社会保障水平。"
        + FILLER * 2,
        speeches=1,
        outline=[
            (1, "（一）坚持抓创新，加快建设创新型城市"),
            (2, "一是进一步夯实创新基础"),
            (2, "二是引进培育更多创新人才"),
            (1, "（二）坚持惠民生，提升人民生活质量"),
            (2, "一是加大民生投入"),
            (2, "二是提高社会保障水平"),
        ],
    ),
    Case(
        "one-line-text-keeps-a-word-ending-in-yi-shi-in-a-heading-title",
        # 统一是 in a glued heading's title is no 一是 item, though a 二是 paragraph follows.
        "各位代表：现在，我代表市人民政府向大会报告工作。"
        + FILLER
        + "（一）坚持党的领导和依法治市有机统一是根本保证。"
        + FILLER * 2
        + "二是加强监督。"
        + FILLER * 2
        + "（二）坚持惠民生，提升人民生活质量。"
        + FILLER * 2,
        speeches=1,
        outline=[
            (1, "（一）坚持党的领导和依法治市有机统一是根本保证"),
            (1, "（二）坚持惠民生，提升人民生活质量"),
        ],
    ),
    Case(
        "one-line-text-keeps-a-shi-list-of-short-items-inline",
        # 一是…五是 glued after sentence ends, but each item a title and one sentence (攻坚战。
        # 拆除…。): a list in a paragraph, as the source had it, not sections.
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER
        + "全县上下在几场攻坚战中展现出了强烈的担当精神。一是大气污染防治攻坚战。拆除燃煤锅炉二百台。"
        + "二是房地产市场管控攻坚战。查处违法建筑三十处。三是交通秩序整治攻坚战。取缔非法营运车辆。"
        + FILLER
        + "二、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[(1, "一、过去一年工作回顾"), (1, "二、今年重点工作")],
    ),
    Case(
        "one-line-text-cuts-an-announced-shi-series-of-two-sentence-items",
        # Every line break lost: the sentence before 一是 announces its count (以下三个方面。) and
        # the series has that many items, each a title and one sentence of its own at least:
        # the sections of 二、, though two of them hold only two sentences.
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER * 2
        + "二、今后五年的重要要求。"
        + FILLER
        + "实现目标，必须重点把握好以下三个方面。一是始终坚持稳中求进工作总基调。"
        + FILLER
        + "二是始终坚持把维护稳定作为第一位的工作任务。"
        + FILLER * 2
        + "三是始终坚持以改善民生为重点。"
        + FILLER
        + "三、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[
            (1, "一、过去一年工作回顾"),
            (1, "二、今后五年的重要要求"),
            (2, "一是始终坚持稳中求进工作总基调"),
            (2, "二是始终坚持把维护稳定作为第一位的工作任务"),
            (2, "三是始终坚持以改善民生为重点"),
            (1, "三、今年重点工作"),
        ],
    ),
    Case(
        "one-line-text-keeps-a-shi-list-whose-count-is-not-the-announced-one-inline",
        # 以下四个方面 announced, but three two-sentence items follow: not the announced series.
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER * 2
        + "我们重点把握好以下四个方面。一是始终坚持稳中求进工作总基调。"
        + FILLER
        + "二是始终坚持把维护稳定作为第一位的工作任务。"
        + FILLER
        + "三是始终坚持以改善民生为重点。"
        + FILLER
        + "二、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[(1, "一、过去一年工作回顾"), (1, "二、今年重点工作")],
    ),
    Case(
        "one-line-text-keeps-an-announced-shi-list-of-one-sentence-items-inline",
        # The count announced and met, but each item one sentence: a list in a paragraph.
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER * 2
        + "发展中还存在以下三个问题。一是发展质量和效益还不高。二是财政收支矛盾突出。"
        + "三是营商环境需要改善。"
        + FILLER
        + "二、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[(1, "一、过去一年工作回顾"), (1, "二、今年重点工作")],
    ),
    Case(
        "one-line-text-cuts-an-unannounced-shi-list-of-long-two-sentence-items",
        # Long items of two and three sentences right after a run-in heading's title sentence,
        # nothing announcing them (a review section's （三）…。一是…): every item begins a sentence
        # and the first follows the heading's title, so the series is the heading's sections (the
        # lead's decision on issue #14; this case kept it inline as the paragraph's list before, as
        # holdout11 b03's gold does).
        "政府工作报告各位代表：现在，我代表省人民政府向大会报告工作。"
        "一、过去一年工作回顾。"
        + FILLER
        + "（一）着眼于构建可持续的竞争优势，提升自主创新能力。一是重大科技基础设施建设取得突破。"
        + FILLER
        + "二是创新载体建设加快推进。"
        + FILLER * 2
        + "三是创新环境持续优化。"
        + FILLER
        + "（二）以保障和改善民生为重点，全面加强社会建设。"
        + FILLER * 2
        + "二、今年重点工作。"
        + FILLER * 2,
        speeches=1,
        outline=[
            (1, "一、过去一年工作回顾"),
            (2, "（一）着眼于构建可持续的竞争优势，提升自主创新能力"),
            (3, "一是重大科技基础设施建设取得突破"),
            (3, "二是创新载体建设加快推进"),
            (3, "三是创新环境持续优化"),
            (2, "（二）以保障和改善民生为重点，全面加强社会建设"),
            (1, "二、今年重点工作"),
        ],
    ),
    Case(
        "one-line-text-keeps-a-list-inside-one-sentence-inline",
        "在全市工作会议上的讲话\n同志们：今天召开会议。"
        + FILLER
        + "一、提高认识。"
        + FILLER
        + "二、加强领导。"
        + FILLER
        + "做到三条：一、讲政治；二、顾大局；三、守规矩。"
        + FILLER,
        outline=[(1, "一、提高认识"), (1, "二、加强领导")],
    ),
    Case(
        "unnumbered-part-lines-over-numbered-headings-in-a-report",
        "1988年政府工作报告——1988年3月25日在第七届全国人民代表大会第一次会议上\n国务院代总理 某某\n"
        "各位代表！\n我代表国务院，向大会作政府工作报告，请予审议。\n过去五年的基本总结\n"
        + FILLER
        + "\n一、坚持改革\n"
        + FILLER
        + "\n二、坚持开放\n"
        + FILLER
        + "\n今后五年的主要任务\n"
        + FILLER
        + "\n一、发展农业\n"
        + FILLER
        + "\n各位代表！\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "过去五年的基本总结"),
            (2, "一、坚持改革"),
            (2, "二、坚持开放"),
            (1, "今后五年的主要任务"),
            (2, "一、发展农业"),
        ],
    ),
    Case(
        "slogan-lines-between-numbered-sections-are-text",
        "同志们：\n一、统一思想\n"
        + FILLER
        + "\n不忘初心牢记使命\n二、狠抓落实\n"
        + FILLER
        + "\n撸起袖子加油干\n三、加强领导\n"
        + FILLER
        + "\n",
        outline=[(1, "一、统一思想"), (1, "二、狠抓落实"), (1, "三、加强领导")],
    ),
    Case(
        "short-unpunctuated-lines-without-numbered-headings-under-them-are-text",
        "同志们：\n"
        + FILLER
        + "\n春风又绿江南岸\n"
        + FILLER
        + "\n明月何时照我还\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "a-series-whose-first-points-were-said-in-passing-starts-at-three",
        "同志们：\n我把小米模式总结成五个点，我说第一个点就是用互联网思维来做硬件。"
        + FILLER
        + "\n我觉得第二点就是要做互联网手机。"
        + FILLER
        + "\n第三、我们做了高性能的硬件。"
        + FILLER
        + "\n第四、就是成本加零售。"
        + FILLER
        + "\n三要把纪律挺在前面。"
        + FILLER
        + "\n",
        outline=[(1, "第三、我们做了高性能的硬件"), (1, "第四、就是成本加零售")],
    ),
    Case(
        "bold-closed-and-reopened-inside-a-heading",
        "各位同学们，\n"
        + FILLER
        + "\n**第一个关键词是聚焦。**\n\n"
        + FILLER
        + "\n**第二个关键****词是补课。**\n\n"
        + FILLER
        + "\n**第三个关键词是探索。**\n\n"
        + FILLER
        + "\n",
        outline=[(1, "第一个关键词是聚焦"), (1, "第二个关键词是补课"), (1, "第三个关键词是探索")],
    ),
    Case(
        "one-line-text-with-paragraphs-set-off-by-four-spaces",
        "    经济形势与经验教训（一九八○年十二月十六日）    陈　　云    一、“资金不够，可以借外债”。"
        + FILLER * 5
        + "    "
        + FILLER * 5
        + "    二、外债要分析。"
        + FILLER * 5
        + "    离共产主义①的时间还很远。"
        + FILLER
        + "    ①见列宁的文章。    三、主要错误是“左”    的错误。"
        + FILLER,
        outline=[
            (1, "一、“资金不够，可以借外债”"),
            (1, "二、外债要分析"),
            (1, "三、主要错误是“左”的错误"),
        ],
    ),
    Case(
        "inverted-ladder-numbered-list-inside-a-bracketed-top-level",
        "各位代表：\n"
        + FILLER
        + "\n（一）当前的经济形势\n"
        + FILLER
        + "\n（二）今后经济建设的方针\n"
        + "必须认真贯彻执行下列方针。\n一、加快农业的发展\n"
        + FILLER
        + "\n二、调整重工业的服务方向\n"
        + FILLER
        + "\n（三）我国经济发展的前景\n"
        + FILLER
        + "\n",
        outline=[
            (1, "（一）当前的经济形势"),
            (1, "（二）今后经济建设的方针"),
            (2, "一、加快农业的发展"),
            (2, "二、调整重工业的服务方向"),
            (1, "（三）我国经济发展的前景"),
        ],
    ),
    Case(
        "a-list-inside-a-section-sits-beside-its-sub-headings",
        "同志们：\n一、回顾\n"
        + FILLER
        + "\n二、任务\n（一）创造良好环境。\n（二）保持稳定增长。\n"
        + "着重考虑了以下几个问题。\n一、确定适度的增长率\n"
        + FILLER
        + "\n二、规定恰当的投资规模\n"
        + FILLER
        + "\n三、坚持科技进步\n"
        + FILLER
        + "\n三、改革\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、回顾"),
            (1, "二、任务"),
            (2, "（一）创造良好环境"),
            (2, "（二）保持稳定增长"),
            (2, "一、确定适度的增长率"),
            (2, "二、规定恰当的投资规模"),
            (2, "三、坚持科技进步"),
            (1, "三、改革"),
        ],
    ),
    # --- issue 14: what is wrongly outlined ------------------------------------------------
    Case(
        "inline-enumeration-in-a-text-with-line-breaks",
        "同志们：\n一、提高认识\n"
        + FILLER
        + "做到三条：一、讲政治；二、顾大局；三、守规矩。"
        + FILLER
        + "\n二、加强领导\n"
        + FILLER
        + "\n三、讲政治；四、顾大局。\n",
        outline=[(1, "一、提高认识"), (1, "二、加强领导")],
    ),
    Case(
        "congress-report-title-block-is-one-speech",
        "高举中国特色社会主义伟大旗帜 为全面建设社会主义现代化国家而团结奋斗\n"
        "——在中国共产党第二十次全国代表大会上的报告\n（2022年10月16日）\n习近平\n同志们：\n"
        "现在，我代表第十九届中央委员会向大会作报告。\n一、过去五年的工作和新时代十年的伟大变革\n"
        + FILLER
        + "\n（一）我们经受住了考验。"
        + FILLER
        + "\n二、开辟马克思主义中国化时代化新境界\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "一、过去五年的工作和新时代十年的伟大变革"),
            (2, "（一）我们经受住了考验"),
            (1, "二、开辟马克思主义中国化时代化新境界"),
        ],
    ),
    Case(
        "a-caption-between-title-block-and-salutation-is-one-speech",
        "政府工作报告\n——2013年3月5日在第十二届全国人民代表大会第一次会议上\n国务院总理 某某\n"
        "3月5日，大会在北京人民大会堂开幕。国务院总理作政府工作报告。新华社记者摄\n各位代表：\n"
        "现在，我代表国务院，向大会报告工作。\n一、过去五年工作回顾\n" + FILLER + "\n",
        speeches=1,
        outline=[(1, "一、过去五年工作回顾")],
    ),
    Case(
        "a-repeated-salutation-inside-a-report-opens-no-speech",
        "关于第六个五年计划的报告\n——1982年11月30日在第五届全国人民代表大会第五次会议上\n各位代表：\n"
        + FILLER
        + "\n（一）当前的经济形势\n"
        + FILLER
        + "\n各位代表：\n"
        + FILLER
        + "\n（二）今后的方针\n"
        + FILLER
        + "\n各位代表：\n1983年是关键的一年。"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "（一）当前的经济形势"), (1, "（二）今后的方针")],
    ),
    Case(
        "a-salutation-glued-inside-a-speech-is-an-address",
        "在开学典礼上的讲话\n同学们：\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n同学们：科学的高台积于知识的垒土。"
        + FILLER
        + "\n",
        speeches=1,
        contains=["同学们：科学的高台"],
    ),
    Case(
        # holdout41 f01: the audience the speech's salutation named, addressed again in fewer
        # words late in the speech, its words on the same line and opening as a speech does
        # (今天…): an address inside the speech, no second speech.
        "the-same-audience-addressed-again-in-fewer-words-is-an-address",
        "在开学典礼上的讲话\n尊敬的各位来宾，尊敬的老师们，亲爱的同学们：\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n老师们、同学们：今天是开学典礼，大家高高兴兴，开个好头。"
        + FILLER
        + "\n最后，祝大家学习进步！\n",
        speeches=1,
    ),
    Case(
        # Near miss of the row above: an audience the speech's salutation did not name (家长)
        # opens a speech of its own.
        "another-audience-addressed-inside-a-titled-speech-opens-a-speech",
        "在开学典礼上的讲话\n尊敬的各位来宾，尊敬的老师们，亲爱的同学们：\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n各位家长、同学们：今天是开学典礼，大家高高兴兴，开个好头。"
        + FILLER
        + "\n最后，祝大家学习进步！\n",
        speeches=2,
    ),
    Case(
        # holdout41 f06: 其二就是… opening its line, its 其一是… said after the colon of the
        # sentence announcing the two (…建议两件大事：其一是…): the list's later item is a
        # heading by the convention for a first item in the announcing line, as 其二， is.
        "qi-er-shi-after-an-announced-qi-yi-shi-is-a-heading",
        "考试与教育\n"
        + FILLER
        + "\n后来他向皇帝建议两件大事：其一是“予博士以弟子”，"
        + FILLER
        + "\n其二就是考试制度，"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        outline=[(1, "其二就是考试制度，…")],
    ),
    Case(
        # Near miss of the row above: 其二是 with no 其一 said before it is prose.
        "qi-er-shi-with-no-qi-yi-before-it-is-text",
        "考试与教育\n"
        + FILLER
        + "\n后来他向皇帝建议了一件大事，"
        + FILLER
        + "\n其二是考试制度，"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # Near miss of test_a_second_spoken_item_over_the_list_its_first_item_announced: the
        # list 第一， announced stands at the top (no list above it): 一、 stands over a
        # speaker's series, so 第二， stays prose, as before.
        "a-second-spoken-item-after-a-top-list-its-first-item-announced",
        "美国的妇人\n"
        + FILLER
        + "\n这表中有两件事须要说明。第一，不嫁的原因约有几种：\n"
        + "一、生计一方面，男子非到了可以养家的地位，决不肯娶妻。\n"
        + "二、知识一方面，女子的程度高了，往往瞧不起平常的男子。\n"
        + "第二，离婚的原因我们常听见人说离婚的案怎样多。"
        + FILLER
        + "\n",
        outline=[(1, "一、生计一方面…"), (1, "二、知识一方面…")],
    ),
    Case(
        # Near miss of test_a_second_spoken_item_over_the_list_its_first_item_announced: 第一，
        # said in the paragraph before the list but not announcing it (no colon at its end):
        # 第二， has no first item over the list, prose.
        "a-second-spoken-item-after-a-list-its-first-item-did-not-announce",
        "美国的妇人\n"
        + FILLER
        + "\n这表中有两件事须要说明。第一，不嫁的原因约有几种。下面是几个例子。\n"
        + "一、生计一方面，男子非到了可以养家的地位，决不肯娶妻。\n"
        + "二、知识一方面，女子的程度高了，往往瞧不起平常的男子。\n"
        + "三、最重要的原因，还是那种自立的精神。\n"
        + "第二，离婚的原因我们常听见人说离婚的案怎样多。"
        + FILLER
        + "\n",
        outline=[(1, "一、生计一方面…"), (1, "二、知识一方面…"), (1, "三、最重要的原因…")],
    ),
    Case(
        # holdout37 x04: a label naming the items, its numeral and a colon, the item's words
        # run on (场景一：… | 场景二：… | 场景三：…), each opening its paragraph: a series of
        # headings under the heading open, as 例一 / 例二 are.
        "a-labelled-series-of-paragraphs-is-headings",
        "家长开放日讲话稿\n一、智慧校园建设\n这里我们就三个预设场景作一说明。\n"
        + "场景一：学生身心健康数据及应用。医务室收集学生体检后各项指标数据。\n"
        + FILLER
        + "\n场景二：校园周边交通。学校安全处摸清学校周边停车位容量。\n"
        + "场景三：教学决策。教师对学生作业批改后，能自动生成知识掌握情况。\n"
        + FILLER
        + "\n二、下一步工作\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、智慧校园建设"),
            (2, "场景一：学生身心健康数据及应用"),
            (2, "场景二：校园周边交通"),
            (2, "场景三：教学决策"),
            (1, "二、下一步工作"),
        ],
    ),
    Case(
        # Near misses of the row above: a timetable's days (星期一：… | 星期二：…), a label of
        # one character (年一：…), a lone labelled paragraph (从零到一：…) and a transcript's
        # turns (记者一：… | 市长：… | 记者二：…) stay text.
        "a-timetable-a-one-character-label-and-a-lone-label-stay-text",
        "家长开放日讲话稿\n一、智慧校园建设\n"
        + "星期一：学生身心健康数据采集。医务室收集学生体检后各项指标数据。\n"
        + "星期二：校园周边交通。学校安全处摸清学校周边停车位容量。\n"
        + "年一：讲读，作文，习字。\n年二：讲读，作文，文法。\n"
        + "从零到一：资源申请；项目初始化；代码设计。\n"
        + "记者一：请问今年的目标是什么？\n市长：今年的目标是建设智慧校园。\n"
        + "记者二：请问如何落实？\n市长：要狠抓落实。\n"
        + FILLER
        + "\n二、下一步工作\n"
        + FILLER
        + "\n",
        outline=[(1, "一、智慧校园建设"), (1, "二、下一步工作")],
    ),
    Case(
        # holdout36 u08: 首先，… | 其次… | 最后，…，最后祝各位老师节日快乐，身体健康。 — the last
        # 最后， of the speech, holding its closing wish, is the speech's close, not a third
        # item of the 首先 series.
        "a-last-zuihou-holding-the-closing-wish-is-the-close",
        "在教师节座谈会上的发言\n"
        + FILLER
        + "\n首先，在人才培养方面，我们面向的群体是学生。"
        + FILLER
        + "\n其次，在科学研究方面，我们应该担当起创新的责任。"
        + FILLER
        + "\n最后，成绩只属于过去，我将继续立足本职工作，最后祝各位老师节日快乐，身体健康。\n",
        outline=[(1, "首先，在人才培养方面…"), (1, "其次，在科学研究方面…")],
    ),
    Case(
        # Near miss of the row above: a last 最后， with no wish in it is the series' third item.
        "a-last-zuihou-with-no-closing-wish-is-the-third-item",
        "在教师节座谈会上的发言\n"
        + FILLER
        + "\n首先，在人才培养方面，我们面向的群体是学生。"
        + FILLER
        + "\n其次，在科学研究方面，我们应该担当起创新的责任。"
        + FILLER
        + "\n最后，在社会服务方面，我们要把论文写在大地上。"
        + FILLER
        + "\n",
        outline=[
            (1, "首先，在人才培养方面…"),
            (1, "其次，在科学研究方面…"),
            (1, "最后，在社会服务方面…"),
        ],
    ),
    Case(
        "back-matter-sources-routing-and-comments",
        "在全市工作会议上的讲话\n同志们：\n一、统一思想\n"
        + FILLER
        + "\n二、狠抓落实\n"
        + FILLER
        + "\n来源：某某日报\n报送：省委办公厅\n抄送：各区县\n网友评论\n张三 2019-05-06 12:30：写得好！\n"
        "1. 一楼说得对。\n",
        speeches=1,
        outline=[(1, "一、统一思想"), (1, "二、狠抓落实")],
        back=["来源：某某日报", "报送：", "抄送：", "网友评论", "张三 2019-05-06", "1. 一楼说得对"],
    ),
    Case(
        "forum-replies-and-a-transcriber-line-are-back-matter",
        "任正非：在质量工作座谈会上的讲话\n2019年5月21日\n来源：心声社区\n第一点，坚持以客户为中心。"
        + FILLER
        + "\n第二点，关于质量问题。"
        + FILLER
        + "\n截至2019-05-06，全省完成投资两千亿元。"
        + FILLER
        + "\n（文字整理：张三）\n【网友评论】\n老王 2019-05-22 10:21：说得好！\n小李 发表于 2019-5-22 11:02\n"
        "支持任总，第三点我也同意。\n3#\n顶！\n",
        speeches=1,
        outline=[(1, "第一点，坚持以客户为中心"), (1, "第二点，关于质量问题")],
        contains=["截至2019-05-06，全省完成投资"],
        back=[
            "（文字整理：张三）",
            "【网友评论】",
            "老王 2019-05-22",
            "小李 发表于",
            "支持任总",
            "3#",
            "顶！",
        ],
    ),
    Case(
        "a-line-broken-after-a-closing-quote-goes-on-and-a-watermark-is-no-title",
        "同志们：\n（一）宇宙是不圆满的。"
        + FILLER
        + "\n（二）人不能单独存在，所以孔子“毋我”\n，佛家亦主张“无我”。"
        + FILLER
        + "\n（三）敬僧略举常人所应注意者数条w w w.x iaoshu otx t.net\n"
        + FILLER
        + "\n",
        outline=[
            (1, "（一）宇宙是不圆满的"),
            (1, "（二）人不能单独存在，所以孔子“毋我”，佛家亦主张“无我”"),
            (1, "（三）敬僧略举常人所应注意者数条"),
        ],
    ),
    Case(
        "a-glossary-after-a-work-report-is-back-matter",
        "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n国务院总理 某某\n各位代表：\n"
        + FILLER
        + "\n一、2023年工作回顾\n"
        + FILLER
        + "\n（一）着力扩大国内需求。"
        + FILLER
        + "\n二、总体要求\n"
        + FILLER
        + "\n附：名词解释\n1.新质生产力：是创新起主导作用的先进生产力。\n2.两重：重大战略实施。\n",
        speeches=1,
        outline=[(1, "一、2023年工作回顾"), (2, "（一）着力扩大国内需求"), (1, "二、总体要求")],
        back=["附：名词解释", "1.新质生产力", "2.两重"],
    ),
    Case(
        "a-glossary-head-naming-the-report-is-back-matter",
        "政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n省长 某某\n各位代表：\n"
        + FILLER
        + "\n一、2025年工作回顾\n"
        + FILLER
        + "\n二、2026年工作安排\n"
        + FILLER
        + "\n（一）着力扩大内需。"
        + FILLER
        + "\n各位代表！让我们团结奋斗！\n附件\n《政府工作报告》有关内容名词解释\n"
        + "1.“两重”：国家重大战略实施和重点领域安全能力建设。\n2.“两新”：大规模设备更新和消费品以旧换新。\n"
        + "3.“三通一码”：赣服通、赣政通、赣企通、赣通码。\n",
        speeches=1,
        outline=[(1, "一、2025年工作回顾"), (1, "二、2026年工作安排"), (2, "（一）着力扩大内需")],
        back=["《政府工作报告》有关内容名词解释", "1.“两重”", "3.“三通一码”"],
    ),
    Case(
        "a-list-said-whole-in-an-items-paragraph-does-not-take-the-next-item",
        "同志们：\n一、2009年工作回顾\n"
        + FILLER
        + "\n（一）实施教育质量提升工程\n"
        + FILLER
        + "\n一是高考成绩走在全省前列。我市有四项指标列全省第一：一是本科上线率全省第一；"
        "二是重点上线率全省第一；三是前100名人数全省第一；四是名校录取人数全省第一。\n"
        "二是技能竞赛走在全省前列。"
        + FILLER
        + "\n三是学科竞赛走在全省前列。"
        + FILLER
        + "\n（二）实施基础设施建设工程\n"
        + FILLER
        + "\n一是抓好重点工程建设。"
        + FILLER
        + "\n二是推进学校布局落地。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、2009年工作回顾"),
            (2, "（一）实施教育质量提升工程"),
            (3, "一是高考成绩走在全省前列"),
            (3, "二是技能竞赛走在全省前列"),
            (3, "三是学科竞赛走在全省前列"),
            (2, "（二）实施基础设施建设工程"),
            (3, "一是抓好重点工程建设"),
            (3, "二是推进学校布局落地"),
        ],
    ),
    Case(
        "a-list-begun-in-an-items-paragraph-takes-the-next-item",
        "同志们：\n一、2009年工作回顾\n"
        + FILLER
        + "\n（一）实施教育质量提升工程\n"
        + FILLER
        + "\n一是高考成绩走在全省前列。主要做法有两条：一是抓好教学常规管理。\n"
        "二是抓好毕业班复习备考。"
        + FILLER
        + "\n二是技能竞赛走在全省前列。"
        + FILLER
        + "\n（二）实施基础设施建设工程\n"
        + FILLER
        + "\n一是抓好重点工程建设。"
        + FILLER
        + "\n二是推进学校布局落地。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、2009年工作回顾"),
            (2, "（一）实施教育质量提升工程"),
            (3, "一是高考成绩走在全省前列"),
            (4, "二是抓好毕业班复习备考"),
            (3, "二是技能竞赛走在全省前列"),
            (2, "（二）实施基础设施建设工程"),
            (3, "一是抓好重点工程建设"),
            (3, "二是推进学校布局落地"),
        ],
    ),
    Case(
        "a-page-title-naming-the-reposted-speech-over-a-note-is-no-speech",
        "陈国阳局长《在全市教育系统年度工作会议上的讲话》\n"
        "现摘录陈国阳局长《在全市教育系统年度工作会议上的讲话》，希全体教工认真学习！\n"
        "在全市教育系统年度工作会议上的讲话\n陈国阳\n（2010年2月22日）\n同志们：\n"
        + FILLER
        + "\n一、2009年教育工作的简要回顾\n"
        + FILLER
        + "\n二、2010年教育工作的总体要求\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、2009年教育工作的简要回顾"), (1, "二、2010年教育工作的总体要求")],
    ),
    Case(
        "a-short-speech-whose-title-holds-the-next-title-stays-a-speech",
        "在全市教育系统年度工作会议上的讲话（一）\n同志们：\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n在全市教育系统年度工作会议上的讲话\n同志们：\n"
        + FILLER
        + "\n一、2009年教育工作的简要回顾\n"
        + FILLER
        + "\n",
        speeches=2,
    ),
    Case(
        "a-glossary-of-names-and-terms-after-a-table-is-back-matter",
        "各位代表：\n"
        + FILLER
        + "\n一、2015年工作回顾\n"
        + FILLER
        + "\n（一）经济发展实现“三个提升”。\n"
        + FILLER
        + "\n二、2016年工作思路和重点\n"
        + FILLER
        + "\n（一）抓好规划的完善和启动实施。\n1.加快各项规划修编和落地。"
        + FILLER
        + "\n各位代表，让我们团结奋斗！\n盐田区2016年十件重点民生实事一览表\n序号\n项目名称\n1\n"
        + "开展绿道修复提升工程\n政府工作报告名词、术语注释\n"
        + "1.四级公共图书馆服务网络：是指由总馆、分馆、流动站组成的服务网络。\n"
        + "2.“织网工程”：是指全面推进以网格化为基础的社会服务管理模式。\n",
        speeches=1,
        outline=[
            (1, "一、2015年工作回顾"),
            (2, "（一）经济发展实现“三个提升”"),
            (1, "二、2016年工作思路和重点"),
            (2, "（一）抓好规划的完善和启动实施"),
            (3, "1.加快各项规划修编和落地"),
        ],
        back=["政府工作报告名词、术语注释", "1.四级公共图书馆服务网络", "2.“织网工程”"],
    ),
    Case(
        "attachments-after-a-work-report-are-back-matter",
        "各位代表：\n"
        + FILLER
        + "\n一、2015年工作回顾\n"
        + FILLER
        + "\n（一）经济发展实现新跨越。"
        + FILLER
        + "\n二、2016年主要任务\n"
        + FILLER
        + "\n各位代表！让我们团结奋斗！\n附件：\n1. 2016年区政府工作报告名词、术语注释\n"
        + "2．2015年区政府民生实事完成情况清单\n附件1\n政府工作报告名词、术语注释\n"
        + "1.普惠制幼儿园：面向大众提供普惠性学前教育服务的幼儿园。\n"
        + "2.充分就业社区：基本实现有就业愿望的居民就业的社区。\n附件2\n序号\t项目名称\n1\n建设一批立体停车场\n",
        speeches=1,
        outline=[
            (1, "一、2015年工作回顾"),
            (2, "（一）经济发展实现新跨越"),
            (1, "二、2016年主要任务"),
        ],
        back=["附件：", "1. 2016年区政府工作报告", "附件1", "1.普惠制幼儿园", "2.充分就业社区"],
    ),
    Case(
        "an-attachment-line-in-the-middle-of-a-report-does-not-end-it",
        "各位代表：\n"
        + FILLER
        + "\n一、2015年工作回顾\n"
        + FILLER
        + "\n附件\n"
        + FILLER
        + "\n二、2016年主要任务\n"
        + FILLER
        + "\n（一）着力扩大内需。"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、2015年工作回顾"), (1, "二、2016年主要任务"), (2, "（一）着力扩大内需")],
    ),
    Case(
        "unnumbered-part-titles-may-hold-a-year",
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n2025年工作回顾\n"
        + FILLER * 3
        + "\n"
        + FILLER * 2
        + "\n2026年工作安排\n"
        + FILLER * 2
        + "\n（一）着力扩大内需。"
        + FILLER
        + "\n（二）着力发展产业。"
        + FILLER
        + "\n2026年1月27日\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "2025年工作回顾"),
            (1, "2026年工作安排"),
            (2, "（一）着力扩大内需"),
            (2, "（二）着力发展产业"),
        ],
    ),
    Case(
        "long-unnumbered-part-titles-are-no-sign-of-page-cuts",
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + "“十四五”时期的发展成就和过去一年工作回顾\n"
        + FILLER * 3
        + "\n——这五年经济实力大幅提升。"
        + FILLER
        + "\n“十五五”时期的主要目标和今年重点工作安排\n"
        + FILLER * 2
        + "\n一、推动高质量发展\n"
        + FILLER
        + "\n（一）着力扩大内需。"
        + FILLER
        + "\n（二）着力发展产业。"
        + FILLER
        + "\n二、加强政府自身建设\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "“十四五”时期的发展成就和过去一年工作回顾"),
            (1, "“十五五”时期的主要目标和今年重点工作安排"),
            (2, "一、推动高质量发展"),
            (3, "（一）着力扩大内需"),
            (3, "（二）着力发展产业"),
            (2, "二、加强政府自身建设"),
        ],
    ),
    Case(
        "a-photo-caption-naming-who-gave-the-report-is-no-title",
        "2026年某省政府工作报告\n——2026年1月27日在某省第十四届人民代表大会第四次会议上\n来源：某省日报\n"
        + "分享:\n省长张三作政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + "一、2025年工作回顾\n"
        + FILLER
        + "\n二、2026年重点工作\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["2026年某省政府工作报告"],
        outline=[(1, "一、2025年工作回顾"), (1, "二、2026年重点工作")],
    ),
    Case(
        "a-report-title-holding-gongzuo-is-no-caption",
        "作风建设工作报告\n同志们：\n"
        + FILLER
        + "\n一、回顾\n"
        + FILLER
        + "\n二、任务\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["作风建设工作报告"],
    ),
    Case(
        "a-page-share-text-repeating-the-opening-is-no-speech",
        "2026年某省人民政府工作报告\n来源：某省日报\n2026年2月3日在某省第十四届人民代表大会第五次会议上\n"
        + "各位代表：\n现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。\n"
        + "一、2025年工作回顾\n"
        + FILLER * 2
        + "\n二、2026年工作安排\n"
        + FILLER * 2
        + "\n各位代表！让我们团结奋斗！\n打印本页\n关闭窗口\n2026年某省人民政府工作报告\n"
        + "各位代表：现在，我代表省人民政府，向大会报告工作，请予审议，并请省政协委员提出意见。",
        speeches=1,
        outline=[(1, "一、2025年工作回顾"), (1, "二、2026年工作安排")],
    ),
    Case(
        "a-short-second-speech-of-its-own-words-stays",
        "在开幕式上的讲话\n同志们：\n今天，我们在这里隆重召开全县经济工作会议。"
        + FILLER * 2
        + "\n一、回顾\n"
        + FILLER
        + "\n二、任务\n"
        + FILLER
        + "\n在闭幕式上的讲话\n同志们：\n这次会议开得很成功，达到了预期目的。谢谢大家！\n",
        speeches=2,
    ),
    Case(
        "a-heading-whose-opening-bracket-stands-alone-is-joined",
        "同志们：\n一、工作回顾\n"
        + FILLER
        + "\n（一）经济运行稳中有进\n"
        + FILLER
        + "\n（\n二）改革开放持续深化\n"
        + FILLER
        + "\n（三）民生保障稳步增进\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、工作回顾"),
            (2, "（一）经济运行稳中有进"),
            (2, "（二）改革开放持续深化"),
            (2, "（三）民生保障稳步增进"),
        ],
    ),
    Case(
        "part-titles-standing-alone-in-a-page-cut-scrape",
        # A scraped page cut its paragraphs at links (…在 | 全面建设小康社会 | 道路上…): the
        # part titles after a finished sentence, each over a series starting at （一）, stay
        # lines of their own; the link words stay inside their sentences.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        "2003年工作回顾\n"
        "刚刚过去的一年，是我省发展进程中很不寻常的一年，我们圆满完成了各项目标任务，在\n"
        "全面建设小康社会\n道路上迈出坚实的第一步。\n"
        "（一）经济建设出现好形势\n"
        + FILLER
        + "国有企业改革全面推进，组建省\n工贸、外贸两个资产经营公司，国有经济布局调整加快。\n"
        "（二）社会事业全面发展\n"
        + FILLER
        + "各位代表！这些成绩来之不易。\n经济和社会发\n展的好形势，增强了我们继续前进的信心，也要看到\n"
        "经济与社会发\n展不够协调，有些问题还需要认真加以解决。\n"
        "2004年主要工作及措施\n"
        "今年是实现计划的关键一年，也是深化改革、扩大开放、促进发展的重要一年。\n"
        "（一）突出加快发展这个主题\n" + FILLER + "\n（二）全面落实农村政策\n" + FILLER + "\n",
        speeches=1,
        outline=[
            (1, "2003年工作回顾"),
            (2, "（一）经济建设出现好形势"),
            (2, "（二）社会事业全面发展"),
            (1, "2004年主要工作及措施"),
            (2, "（一）突出加快发展这个主题"),
            (2, "（二）全面落实农村政策"),
        ],
        contains=["在全面建设小康社会道路上", "组建省工贸", "经济和社会发展的好形势"],
    ),
    Case(
        "a-link-word-after-a-sentence-in-a-page-cut-scrape-stays-in-its-sentence",
        # The same scrape without part titles: a link word opening a paragraph (中国驰名商标
        # | 发展到13个) before a later heading of a series (二、) is no title.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        "一、国民经济持续快速健康发展\n"
        "工业经济运行质量明显提高，一批重点企业做大做强，在\n"
        "全面建设小康社会\n道路上迈出坚实的第一步。\n"
        "中国驰名商标\n发展到13个。改造和关闭了一批小企业，工业结构调整取得新进展，在\n"
        "城镇化\n道路上又迈出新的一步。\n"
        "二、经济体制改革取得重要进展\n" + FILLER + "\n",
        speeches=1,
        outline=[(1, "一、国民经济持续快速健康发展"), (1, "二、经济体制改革取得重要进展")],
        contains=["中国驰名商标发展到13个", "在全面建设小康社会道路上", "在城镇化道路上"],
    ),
    Case(
        "headings-alone-on-their-lines-in-a-page-cut-at-links",
        # A saved web page: every paragraph one long line, cut only at links (…在 | 全面建设小康社会
        # | 道路上…). 第一，… with no end mark alone on its line is the whole heading, not a lead
        # sentence going on in the next line; one cut at a link word (民主 | 法制 | 建设。) is joined.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        "\n一、过去一年的工作\n"
        + FILLER * 2
        + "我们圆满完成了各项目标任务，在\n全面建设小康社会\n道路上迈出坚实的第一步。"
        + FILLER * 3
        + "\n我们的体会是：\n第一，牢记第一要务，凝神聚力抓发展\n"
        + FILLER * 3
        + "\n第二，抓重点、攻难点，活跃经济发展全局\n"
        + FILLER * 2
        + "国有企业改革全面推进，\n组建省\n国资委，国有经济布局调整加快。"
        + FILLER * 3
        + "\n第三，切实加强民主\n法制\n建设。"
        + FILLER * 3
        + "\n",
        speeches=1,
        outline=[
            (1, "一、过去一年的工作"),
            (2, "第一，牢记第一要务，凝神聚力抓发展"),
            (2, "第二，抓重点、攻难点，活跃经济发展全局"),
            (2, "第三，切实加强民主法制建设"),
        ],
        contains=["在全面建设小康社会道路上", "组建省国资委"],
    ),
    Case(
        "a-bare-number-before-a-link-word-in-a-page-cut-scrape-takes-it-as-its-title",
        # The same kind of page: (二) | 改 革开放 | 不断深化。… — a link broke the heading after
        # its number; its title is the link's words and the rest of the sentence.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。"
        + FILLER * 2
        + "\n一、过去一年的工作\n"
        + FILLER * 2
        + "我们圆满完成了各项目标任务，在\n全面建设小康社会\n道路上迈出坚实的第一步。"
        + FILLER * 3
        + "\n（一）经济平稳增长。"
        + FILLER * 3
        + "\n国有企业改革全面推进，国有资产管理体制改革取得突破，\n组建省\n国资委，国有经济布局调整加快。"
        + FILLER * 3
        + "\n（二）\n改 革开放\n不断深化。"
        + FILLER * 3
        + "\n（三）人民生活继续改善。"
        + FILLER * 3
        + "\n",
        speeches=1,
        outline=[
            (1, "一、过去一年的工作"),
            (2, "（一）经济平稳增长"),
            (2, "（二）改 革开放不断深化"),
            (2, "（三）人民生活继续改善"),
        ],
    ),
    Case(
        "a-repeated-link-word-inside-a-sentence-of-a-page-cut-scrape-is-text",
        # The page repeats its links (法制 | 法制 | …), so the noise rules take the word for a
        # running header; between a heading or a line stopping inside a sentence and more text
        # it is the sentence's word: 五、民主 | 法制 | 建设… keeps it in its title.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。"
        + FILLER * 2
        + "\n一、过去一年的工作\n"
        + FILLER * 2
        + "我们圆满完成了各项目标任务，在\n全面建设小康社会\n道路上迈出坚实的第一步。"
        + FILLER * 3
        + "\n国有企业改革全面推进，国有资产管理体制改革取得突破，\n组建省\n国资委，国有经济布局调整加快。"
        + FILLER * 3
        + "\n二、民主\n法制\n建设进一步加强。"
        + FILLER * 3
        + "\n坚持依法行政，严格规范公正文明执法，加强政府\n法制\n工作，自觉接受人大的法律监督。"
        + FILLER * 3
        + "\n",
        speeches=1,
        outline=[(1, "一、过去一年的工作"), (1, "二、民主法制建设进一步加强")],
        contains=["加强政府法制工作"],
    ),
    Case(
        "a-short-word-repeated-inside-sentences-is-text-not-a-running-header",
        # A page cut at its links repeats the link's words on lines of their own (holdout8 y11:
        # 优化 | 法制 | 政策环境。, …和民主 | 法制 | 建设…): every time between a line that stops
        # inside a sentence and one that goes on with it, neither noise — the speech's words,
        # which the running-header rule hid (the reader showed 优化政策环境).
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + FILLER
        + "\n一、今后五年的主要任务\n"
        + FILLER
        + "\n进一步转变政府职能，提高行政效能，\n优化\n法制\n政策环境。"
        + FILLER
        + "\n人民生活水平进一步提高，精神文明建设和民主\n法制\n建设达到一个新水平。"
        + FILLER
        + "\n二、今年的工作\n"
        + FILLER
        + "\n",
        outline=[(1, "一、今后五年的主要任务"), (1, "二、今年的工作")],
        contains=["优化法制政策环境", "精神文明建设和民主法制建设达到"],
    ),
    Case(
        "repeated-words-inside-a-heading-s-sentence-join-the-heading-not-after-a-comma",
        # The same in a text of short paragraphs (not whole lines cut at links): （一）民主 |
        # 法制 | 建设进一步加强。 takes the words into its title (it showed （一）民主); after a
        # title with a comma, （二）…，大力发展农村经济 | 全面建设小康社会 | ，难点在…, the words
        # open the section's text (the title swallowed ，难点在农村，重点在农村 when they were a
        # running header: holdout8 y08 under --mess wrap).
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + FILLER
        + "\n一、过去一年的工作\n"
        + FILLER
        + "\n人民生活水平进一步提高，精神文明建设和民主\n法制\n建设达到一个新水平。"
        + FILLER
        + "\n（一）民主\n法制\n建设进一步加强。"
        + FILLER
        + "\n（二）全面落实农村政策，大力发展农村经济\n全面建设小康社会\n，难点在农村，重点在农村。"
        + FILLER
        + "\n二、今年的工作\n"
        + FILLER
        + "\n进一步转变政府职能，提高行政效能，\n全面建设小康社会\n的目标一定能够实现。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、过去一年的工作"),
            (2, "（一）民主法制建设进一步加强"),
            (2, "（二）全面落实农村政策，大力发展农村经济"),
            (1, "二、今年的工作"),
        ],
        contains=["全面建设小康社会，难点在农村", "提高行政效能，全面建设小康社会的目标"],
    ),
    Case(
        "a-running-header-beside-its-page-number-inside-sentences-stays-noise",
        # Near miss of the row above: a short header (内部资料) repeated inside sentences, but
        # right under a page number (noise): a page seam, the header noise.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + FILLER
        + "\n一、今后五年的主要任务\n"
        + FILLER
        + "\n各级各部门要切实提高政治站位，增强\n- 12 -\n内部资料\n责任意识，把各项任务落到实处。\n"
        + FILLER
        + "\n各级各部门要切实提高政治站位，增强\n- 13 -\n内部资料\n责任意识，把各项任务落到实处。\n"
        + FILLER
        + "\n",
        absent=["内部资料"],
        noise=["内部资料"],
    ),
    Case(
        "a-compilations-name-repeated-inside-sentences-stays-noise",
        # Near miss: 讲话汇编 at the top of every page, each time inside a sentence and with no
        # page number: it names a compilation, a running header.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + FILLER
        + "\n一、今后五年的主要任务\n"
        + FILLER
        + "\n各级各部门要切实提高政治站位，增强\n讲话汇编\n责任意识，把各项任务落到实处。\n"
        + FILLER
        + "\n各级各部门要切实提高政治站位，增强\n讲话汇编\n责任意识，把各项任务落到实处。\n"
        + FILLER
        + "\n",
        absent=["讲话汇编"],
        noise=["讲话汇编"],
    ),
    Case(
        "a-short-header-once-after-a-finished-sentence-stays-noise",
        # Near miss: 内部参考 once inside a sentence, once after a finished one (a page that
        # ended with its paragraph): a running header, every line of it noise.
        "政府工作报告\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议。\n"
        + FILLER
        + "\n一、今后五年的主要任务\n"
        + FILLER
        + "\n内部参考\n"
        + FILLER
        + "\n各级各部门要切实提高政治站位，增强\n内部参考\n责任意识，把各项任务落到实处。\n"
        + FILLER
        + "\n",
        absent=["内部参考"],
        noise=["内部参考"],
    ),
    Case(
        "an-advertising-word-in-a-full-line-of-a-wrapped-sentence-is-text",
        # …代表会议议决案必须 | 再经过会员的总投票，…各 | 级…: 会员 is an advertising word, but the
        # line is as long as the full line above it, which it goes on, and it goes on into the
        # next: a piece of the paragraph (holdout30 p06 wrapped lost it). The ad lines stay
        # noise: one after a finished sentence, one wedged into a paragraph (27 characters in
        # lines of 30).
        "各位代表：\n一、关于学生会的组织\n我以为，学生会的组织应当仿照代表会议的办法，由各班推举代表组\n"
        "成代表会议，议决日常的事务。遇重大的案件，代表会议议决案必须\n"
        "再经过会员的总投票，总会的议决案，必须再经过各分会的复决。各\n"
        "级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，\n确保取得实效。\n"
        "加入会员免费领取更多资料\n"
        "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实\n"
        "本站所有文章仅供学习参考，禁止外传，更多资料请关注公众号\n"
        "处，确保取得实效。\n二、关于学生的课外生活\n" + FILLER + "\n",
        outline=[(1, "一、关于学生会的组织"), (1, "二、关于学生的课外生活")],
        contains=["议决案必须再经过会员的总投票", "落到实处，确保取得实效"],
        absent=["加入会员", "仅供学习"],
        noise=["加入会员免费领取更多资料", "本站所有文章仅供学习参考"],
    ),
    Case(
        "an-advertising-word-in-a-wrapped-paragraphs-last-line-is-text",
        # …代表会议议决案必须再经 | 过会员的总投票，…复决。 | (blank) | （6）…: the paragraph's
        # last line, right under the full line it goes on, no longer than it, a new paragraph
        # after it: text, 会员 or not (holdout30 p06 under wrap30 hid it). The near miss below:
        # an advert ending with 。 wedged into a paragraph that goes on under it stays noise.
        "各位代表：\n一、关于学生会的组织\n我以为，学生会的组织应当仿照代表会议的办法，由各班推举代表组\n"
        "成代表会议，议决日常的事务。遇重大的案件，代表会议议决案必须再经\n"
        "过会员的总投票，总会的议决案，必须再经过各分会的复决。\n\n"
        "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实\n"
        "更多资料请加入会员，关注公众号。\n"
        "处，确保取得实效。\n二、关于学生的课外生活\n" + FILLER + "\n",
        outline=[(1, "一、关于学生会的组织"), (1, "二、关于学生的课外生活")],
        contains=["议决案必须再经过会员的总投票", "落到实处，确保取得实效"],
        absent=["更多资料请加入会员"],
        noise=["更多资料请加入会员，关注公众号。"],
    ),
    Case(
        "a-numbered-line-in-a-series-is-a-heading-whatever-words-it-holds",
        # 二、 | 三、…公众号等…； | 四、: a numbered line between the numbers before and after
        # it is the series's member, not an advert, though it names 公众号 (holdout42 g01's
        # 九、…《简讯》、公众号等…, lost between 八、 and 十、).
        "各位代表：\n一、学会建立了完善的组织体系，凸显了学会的凝聚力；\n" + FILLER + "\n"
        "二、学会坚持公平公正原则，形成了评奖评优体系；\n" + FILLER + "\n"
        "三、学会建立了官网、《通讯》、《简讯》、公众号等全方位的宣传体系；\n" + FILLER + "\n"
        "四、学会十分重视青年人才的力量；\n" + FILLER + "\n",
        outline=[
            (1, "一、学会建立了完善的组织体系，凸显了学会的凝聚力"),
            (1, "二、学会坚持公平公正原则，形成了评奖评优体系"),
            (1, "三、学会建立了官网、《通讯》、《简讯》、公众号等全方位的宣传体系"),
            (1, "四、学会十分重视青年人才的力量"),
        ],
        contains=["公众号等全方位的宣传体系"],
    ),
    Case(
        "a-numbered-advert-out-of-the-series-stays-noise",
        # The near miss: 1、更多资料请关注公众号 under 一、 and 二、 headings — no 1、 series
        # around it (no 2、 below, nothing before): an advert, noise.
        "各位代表：\n一、关于学生会的组织\n" + FILLER + "\n"
        "1、更多资料请关注公众号某某文库\n"
        "二、关于学生的课外生活\n" + FILLER + "\n",
        outline=[(1, "一、关于学生会的组织"), (1, "二、关于学生的课外生活")],
        absent=["公众号"],
        noise=["1、更多资料请关注公众号某某文库"],
    ),
    Case(
        "a-numbered-line-after-a-page-seam-inside-a-sentence-goes-on-it",
        # …大汉帝国。所以 | — 2 — | 第四件大事，可说是…: the page seam cut a sentence (the full
        # line above stops on a word, its paragraph has sentences); the next page goes on with
        # it — no second 第四件 heading (holdout30 p02 under pdf). The heading after a page seam
        # below a finished sentence stays one (the first 第四件).
        _seam_inside_sentence(),
        outline=[
            (1, "第一件大事，是无政府的抗议"),
            (1, "第二件大事，是自由主义的教育哲学"),
            (1, "第三件大事，是极权政治的起来"),
            (1, "第四件大事，是极权国家的打倒"),
        ],
        contains=["所以第四件大事，可说是打倒极权帝国"],
    ),
    Case(
        "a-lead-sentence-cut-anywhere-by-pages-goes-on-in-the-next-line",
        # Long paragraphs cut anywhere (not at links): 第一，… with no end mark goes on in the
        # next line up to its 。, as before.
        "同志们：\n今天召开这次会议，我讲几点意见。\n"
        + FILLER * 3
        + "我们坚持小切口、大突破，集中火力打攻坚\n战，形成了一套体制机制。"
        + FILLER * 3
        + "\n第一，要坚持小切口、大突破，牢牢\n扭住招商引资这个牛鼻子。"
        + FILLER * 3
        + "\n第二，要把招商的氛围搞得浓浓\n的。"
        + FILLER * 3
        + "全市上下要形成合力，共同唱好招商引资和优化营商环境的大\n合唱。"
        + FILLER * 3
        + "\n",
        speeches=1,
        outline=[
            (1, "第一，要坚持小切口、大突破，牢牢扭住招商引资这个牛鼻子"),
            (1, "第二，要把招商的氛围搞得浓浓的"),
        ],
    ),
    Case(
        "a-section-about-explaining-terms-is-no-glossary-head",
        "同志们：\n一、回顾\n"
        + FILLER
        + "\n二、要做好名词解释工作\n"
        + FILLER
        + "\n1.讲清新概念。"
        + FILLER
        + "\n2.讲清新政策。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、回顾"),
            (1, "二、要做好名词解释工作"),
            (2, "1.讲清新概念"),
            (2, "2.讲清新政策"),
        ],
    ),
    Case(
        "a-section-about-explaining-names-and-terms-is-no-glossary-head",
        "同志们：\n一、回顾\n"
        + FILLER
        + "\n二、名词、术语注释要通俗易懂\n"
        + FILLER
        + "\n1.讲清新概念。"
        + FILLER
        + "\n2.讲清新政策。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、回顾"),
            (1, "二、名词、术语注释要通俗易懂"),
            (2, "1.讲清新概念"),
            (2, "2.讲清新政策"),
        ],
    ),
    Case(
        "a-note-in-the-middle-of-a-speech-does-not-end-it",
        "同志们：\n一、回顾\n"
        + FILLER
        + "\n注：\n本报告数据为初步统计数。\n二、任务\n"
        + FILLER
        + "\n",
        outline=[(1, "一、回顾"), (1, "二、任务")],
        back=["注："],
        contains=["本报告数据为初步统计数。"],
    ),
    Case(
        "page-footnotes-are-back-matter-not-circled-headings",
        "同志们：\n一　根据什么标准来划分农村阶级\n过去我们鼓励这种富农，例如吴满有①。"
        + FILLER
        + "\n①吴满有，原是雇农，后成为新式富农。\n二　应该坚固地团结全体中农\n"
        + FILLER
        + "\n",
        outline=[(1, "一 根据什么标准来划分农村阶级"), (1, "二 应该坚固地团结全体中农")],
        back=["①吴满有"],
    ),
    Case(
        "a-preface-summary-before-the-full-text-is-no-outline",
        "我分享了两个故事。\n1.金山有浓郁程序员文化。\n2.有梦想有坚持。\n以下是演讲全文：\n"
        + FILLER
        + "\n一、关于程序员\n"
        + FILLER
        + "\n二、关于梦想\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于程序员"), (1, "二、关于梦想")],
    ),
    # --- issue 14: speech parts ------------------------------------------------------------
    Case(
        "dated-parts-of-one-occasion-are-speeches",
        "在省市自治区党委书记会议上的讲话\n（一九五七年一月）\n一 一月十八日的讲话\n我讲几个问题。\n"
        "一、关于形势问题\n"
        + FILLER
        + "\n二、关于思想动向问题\n"
        + FILLER
        + "\n二 一月二十七日的讲话\n"
        "现在讲几个问题。\n一、关于统筹兼顾\n" + FILLER + "\n",
        speeches=2,
        outline=[(1, "一、关于形势问题"), (1, "二、关于思想动向问题"), (1, "一、关于统筹兼顾")],
    ),
    Case(
        "opening-and-closing-addresses-are-speeches-with-their-dates",
        "开幕词\n（一九五六年九月十五日）\n同志们：\n"
        + FILLER
        + "\n一、总结经验\n"
        + FILLER
        + "\n二、团结起来\n"
        + FILLER
        + "\n闭幕词\n（一九五六年九月二十七日）\n同志们：\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["开幕词", "闭幕词"],
        dates=["一九五六年九月十五日", "一九五六年九月二十七日"],
        outline=[(1, "一、总结经验"), (1, "二、团结起来")],
    ),
    Case(
        # 开幕词 under the file's title names the first part, as 闭幕词 names the second; the
        # file's title is no part's name.
        "an-opening-address-under-the-files-title-is-titled-by-its-own-line",
        "在某某代表大会上的讲话\n开幕词\n（一九五六年九月十五日）\n同志们：\n"
        + FILLER
        + "\n一、总结经验\n"
        + FILLER
        + "\n二、团结起来\n"
        + FILLER
        + "\n闭幕词\n（一九五六年九月二十七日）\n同志们：\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["开幕词", "闭幕词"],
        dates=["一九五六年九月十五日", "一九五六年九月二十七日"],
        outline=[(1, "一、总结经验"), (1, "二、团结起来")],
    ),
    Case(
        # (trap) 引言 opens its part but names no speech: under a title the speech keeps it.
        "an-introduction-under-the-files-title-keeps-the-title",
        "在某某代表大会上的讲话\n引言\n同志们：\n"
        + FILLER
        + "\n结论\n同志们：\n"
        + FILLER
        + "\n一、总结经验\n"
        + FILLER
        + "\n二、团结起来\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["在某某代表大会上的讲话", "结论"],
        outline=[(1, "一、总结经验"), (1, "二、团结起来")],
    ),
    Case(
        "headings-about-speeches-are-no-speech-parts",
        "同志们：\n一、认真学习总书记重要讲话\n"
        + FILLER
        + "\n二、认真贯彻落实会议讲话\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、认真学习总书记重要讲话"), (1, "二、认真贯彻落实会议讲话")],
    ),
    Case(
        "opening-and-conclusion-parts-are-speeches",
        "在文艺座谈会上的讲话\n（一九四二年五月）\n引言\n同志们！"
        + FILLER
        + "\n结论\n"
        + FILLER
        + "\n一、我们的文艺是为什么人的\n"
        + FILLER
        + "\n二、如何去服务\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["在文艺座谈会上的讲话", "结论"],
        outline=[(1, "一、我们的文艺是为什么人的"), (1, "二、如何去服务")],
    ),
    Case(
        "collected-works-pieces-with-spaced-parts-bare-numerals-and-repeated-notes",
        pdf(
            "在文艺座谈会上的讲话",
            "（一九四二年五月）",
            "引　言",
            "同志们！" + FILLER,
            "结　论",
            "同志们！" + FILLER,
            "一",
            FILLER,
            "二",
            FILLER,
            "注　释",
            "〔1〕见列宁的文章。",
            "反对本本主义",
            "（一九三○年五月）",
            "一　没有调查，没有发言权",
            FILLER,
            "二　调查就是解决问题",
            FILLER,
            "注　释",
            "〔1〕本篇是为反对教条主义而写的。",
        ),
        speeches=3,
        titles=["在文艺座谈会上的讲话", "结论", "反对本本主义"],
        outline=[(1, "一"), (1, "二"), (1, "一 没有调查，没有发言权"), (1, "二 调查就是解决问题")],
        back=["注　释", "〔1〕见列宁", "〔1〕本篇"],
    ),
    Case(
        "selected-works-pieces-each-with-a-dated-title-and-notes",
        pdf(
            "解放思想，实事求是，团结一致向前看",
            "（一九七八年十二月十三日）",
            "这是在中央工作会议闭幕会上的讲话。",
            "一、解放思想是当前的一个重大政治问题",
            FILLER,
            "二、民主是解放思想的重要条件",
            FILLER,
            "注　释",
            "〔1〕见《毛泽东选集》第三卷",
            "坚持四项基本原则",
            "（一九七九年三月三十日）",
            "这是在理论工作务虚会上的讲话。",
            "一、形势和任务",
            FILLER,
        ),
        speeches=2,
        titles=["解放思想，实事求是，团结一致向前看", "坚持四项基本原则"],
        dates=["一九七八年十二月十三日", "一九七九年三月三十日"],
        outline=[
            (1, "一、解放思想是当前的一个重大政治问题"),
            (1, "二、民主是解放思想的重要条件"),
            (1, "一、形势和任务"),
        ],
        back=["注　释", "〔1〕见《毛泽东选集》"],
    ),
    Case(
        "a-collection-of-dated-talks-whose-titles-name-the-speaker",
        "任正非：华为的冬天\n2001年3月\n"
        + FILLER
        + "\n一、居安思危\n"
        + FILLER
        + "\n二、活下去\n"
        + FILLER
        + "\n任正非：一江春水向东流\n2011年12月25日\n"
        + FILLER
        + "\n第一点，授权。"
        + FILLER
        + "\n第二点，分权。"
        + FILLER
        + "\n",
        speeches=2,
        titles=["任正非：华为的冬天", "任正非：一江春水向东流"],
        dates=["2001年3月", "2011年12月25日"],
        outline=[(1, "一、居安思危"), (1, "二、活下去"), (1, "第一点，授权"), (1, "第二点，分权")],
    ),
    Case(
        "a-signature-with-its-date-at-the-end-is-no-title",
        "在全市工作会议上的讲话\n同志们：\n一、统一思想\n"
        + FILLER
        + "\n二、狠抓落实\n"
        + FILLER
        + "\n中共某某市委员会\n2023年12月20日\n在全市总结会议上的讲话\n同志们：\n一、总结经验\n"
        + FILLER
        + "\n",
        speeches=2,
        outline=[(1, "一、统一思想"), (1, "二、狠抓落实"), (1, "一、总结经验")],
    ),
    Case(
        "occasion-lines-start-untitled-talks",
        "壬申十月在厦门妙释寺讲\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n癸酉正月在厦门妙释寺讲\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=[None, None],
    ),
    Case(
        "chapter-lines-of-a-web-compilation-are-titles",
        "第240章 在女子师范大学欢迎新校长会上的讲演\n"
        + FILLER
        + "\n一九二六年\n第241章 少读中国书做好事之徒\n"
        "——一九二六年在厦门大学\n周会上的讲演\n" + FILLER + "\n",
        speeches=2,
        titles=["在女子师范大学欢迎新校长会上的讲演", "少读中国书做好事之徒"],
    ),
    # --- issue 14: titles run to the end of their sentence -------------------------------
    Case(
        "a-long-title-is-never-cut-at-a-comma",
        "同志们：\n一、关于前一段疫情防控工作新冠肺炎疫情发生后我们第一时间启动应急响应，全市上下闻令而动，"
        "迅速构建起联防联控群防群治的严密防线，广大干部群众众志成城取得了阶段性成效。"
        + FILLER
        + "\n二、下一步\n",
        outline=[
            (
                1,
                "一、关于前一段疫情防控工作新冠肺炎疫情发生后我们第一时间启动应急响应，全市上下闻令而动，"
                "迅速构建起联防联控群防群治的严密防线，广大干部群众众志成城取得了阶段性成效",
            ),
            (1, "二、下一步"),
        ],
    ),
    Case(
        "dash-alone-above-a-salutation-is-no-title",
        "——\n同志们：\n今天开会。\n",
        speeches=1,
        titles=[None],
        contains=["——", "今天开会。"],
    ),
    # --- issue 14: the pieces of a compilation --------------------------------------------
    Case(
        "a-compilation-s-pieces-start-at-their-bare-title-lines",
        "第6章 某法师讲法汇集(1)\n壬申十月在厦门妙释寺讲\n" + FILLER + "\n" + FILLER + "\n"
        "为某法师掩关笔示法则\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n关于净土宗\n净土法门大意\n"
        + FILLER
        + "\n"
        "临终助念\n古诗云：“我见他人死。”次分三章，如下所列。\n病重时\n" + FILLER + "\n"
        "临终时要专心\n" + FILLER + "\n命终后一日\n" + FILLER + "\n",
        speeches=4,
        titles=[None, "为某法师掩关笔示法则", "净土法门大意", "临终助念"],
    ),
    Case(
        # …the same with a page seam (page number, running header) right above the group
        # heading: the seam is looked past, and its header is no piece's title.
        "a-compilation-s-piece-title-after-a-page-seam",
        "第6章 某法师讲法汇集(1)\n壬申十月在厦门妙释寺讲\n" + FILLER + "\n" + FILLER + "\n"
        "3\n某某市人民政府办公室\n关于净土宗\n净土法门大意\n" + FILLER + "\n" + FILLER + "\n",
        speeches=2,
        titles=[None, "净土法门大意"],
    ),
    Case(
        "a-letter-s-name-glued-to-the-letter-starts-it-in-a-compilation",
        "第14章 某法师讲法汇集(9)\n"
        + FILLER
        + "\n临终助念\n古诗云：“我见他人死。”次分三章，如下所列。\n病重时\n"
        + FILLER
        + "\n临终时要专心\n"
        + FILLER
        + "\n关于女性异说讨论致竺摩法师书，兹综合律文，列表如下："
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["临终助念", "关于女性异说讨论致竺摩法师书"],
        contains=["关于女性异说讨论致竺摩法师书，", "兹综合律文，列表如下："],
    ),
    Case(
        "short-lines-of-a-file-that-is-no-compilation-start-no-speech",
        "在某会上的讲话\n同志们：\n"
        + FILLER
        + "\n深化国企改革工作\n"
        + FILLER
        + "\n放宽市场准入条件\n"
        + FILLER
        + "\n",
        speeches=1,
    ),
    Case(
        "an-occasion-line-glued-to-its-talk-starts-it-in-a-compilation",
        "第13章 某法师讲法汇集(8)\n四．危难得免。" + FILLER + "\n" + FILLER + "\n"
        "戊寅十一月十四日在南普陀寺佛教养正院同学会席上讲佛教养正院已办有四年了。"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        speeches=2,
        contains=["佛教养正院已办有四年了。"],
    ),
    # --- issue 14: lists that restate a list, and lists inside a spoken item -------------
    Case(
        "a-list-restating-the-list-before-it-is-its-sibling",
        "一．善恶因果\n恶业有十种，如下所述。\n（一）杀生\n（二）偷盗\n（三）邪淫\n"
        "造恶业者，犹有余报，录之如下。\n（1）杀生——短命、多病。\n（2）偷盗——贫穷。\n"
        "（3）邪淫——妻不贞良。\n" + FILLER + "\n",
        outline=[
            (1, "一．善恶因果"),
            (2, "（一）杀生"),
            (2, "（二）偷盗"),
            (2, "（三）邪淫"),
            (2, "（1）杀生——短命、多病"),
            (2, "（2）偷盗——贫穷"),
            (2, "（3）邪淫——妻不贞良"),
        ],
    ),
    Case(
        "a-new-list-after-a-list-is-under-its-last-item",
        "一．善恶因果\n恶业有三种，如下所述。\n（一）杀生\n（二）偷盗\n（三）邪淫。其报有三：\n"
        "（1）短命，多病。\n（2）贫穷，不得自在。\n（3）妻不贞良。\n" + FILLER + "\n",
        outline=[
            (1, "一．善恶因果"),
            (2, "（一）杀生"),
            (2, "（二）偷盗"),
            (2, "（三）邪淫"),
            (3, "（1）短命，多病"),
            (3, "（2）贫穷，不得自在"),
            (3, "（3）妻不贞良"),
        ],
    ),
    Case(
        "rules-listed-inside-a-spoken-item-sit-under-it",
        "各位代表：\n今后的主要措施\n第一、严格控制投资规模。\n国务院作出了以下规定。\n"
        "一、总规模纳入国家计划。\n二、大中型项目由国家计委审批。\n" + FILLER + "\n"
        "第二、全面整顿现有企业。\n" + FILLER + "\n第三、积极推进技术进步。\n" + FILLER + "\n"
        "今后的农业工作\n一、稳定责任制。\n" + FILLER + "\n二、发展多种经营。\n" + FILLER + "\n",
        outline=[
            (1, "今后的主要措施"),
            (2, "第一、严格控制投资规模"),
            (3, "一、总规模纳入国家计划"),
            (3, "二、大中型项目由国家计委审批"),
            (2, "第二、全面整顿现有企业"),
            (2, "第三、积极推进技术进步"),
            (1, "今后的农业工作"),
            (2, "一、稳定责任制"),
            (2, "二、发展多种经营"),
        ],
    ),
    # --- issue 14, first held-out set: spoken points and lists under a heading line --------
    Case(
        "spoken-points-with-a-noun-or-a-filler-after-the-unit",
        "同学们：\n我讲我的两个观点。\n第一个观点，我觉得年轻气盛没什么不好。\n" + FILLER + "\n"
        "第二点的话，我觉得把知识面打开是非常重要的。\n" + FILLER + "\n",
        outline=[
            (1, "第一个观点，我觉得年轻气盛没什么不好"),
            (1, "第二点的话，我觉得把知识面打开是非常重要的"),
        ],
    ),
    Case(
        "points-of-a-question-sit-under-it",
        "同志们：\n第一个问题，国际形势，有两点值得注意。\n第一点，大国主义的错误。" + FILLER + "\n"
        "第二点，忽视人民的当前利益。" + FILLER + "\n第二个问题，十大关系。" + FILLER + "\n"
        "第三个问题，建设方针。" + FILLER + "\n",
        outline=[
            (1, "第一个问题，国际形势，有两点值得注意"),
            (2, "第一点，大国主义的错误"),
            (2, "第二点，忽视人民的当前利益"),
            (1, "第二个问题，十大关系"),
            (1, "第三个问题，建设方针"),
        ],
    ),
    Case(
        "a-second-item-whose-first-was-said-in-passing-is-prose",
        "同志们：\n第一个问题，国际形势。" + FILLER + "\n第二个问题，计划数字。" + FILLER + "\n"
        "此外，我想第一是关于建议的数字，这只是个建议。"
        + FILLER
        + "\n第二是关于农业发展纲要。"
        + FILLER
        + "\n第三个问题，基本建设。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一个问题，国际形势"),
            (1, "第二个问题，计划数字"),
            (1, "第三个问题，基本建设"),
        ],
    ),
    Case(
        "layers-of-a-statement-are-spoken-points",
        "\n".join(
            [
                "一",
                FILLER,
                "二",
                "这句话要分三层说明：第一层，求真知识。" + FILLER,
                "第二层，求有系统的真知识。" + FILLER,
                "第三层，可以教人的知识。" + FILLER,
                "三",
                "第二层楼上住着几位先生，" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一"),
            (1, "二"),
            (2, "第二层，求有系统的真知识"),
            (2, "第三层，可以教人的知识"),
            (1, "三"),
        ],
    ),
    Case(
        "a-list-announced-under-a-lettered-heading-restarts-under-it",
        pdf(
            "同志们：",
            "（一）",
            "会议的目的。" + FILLER,
            "（二）",
            "检阅过去的错误。" + FILLER,
            "（Ａ）",
            "敌人的进攻。" + FILLER,
            "（Ｂ）",
            "扩大会最后作了下列的决定：（一）",
            "选举常委。" + FILLER,
            "（二）",
            "起草决议。" + FILLER,
            "（三）",
            "常委分工。" + FILLER,
        ),
        outline=[
            (1, "（一）"),
            (1, "（二）"),
            (2, "（Ａ）"),
            (2, "（Ｂ）"),
            (3, "（二）"),
            (3, "（三）"),
        ],
    ),
    Case(
        "a-list-announced-inside-a-heading-of-its-family-nests-under-it",
        "\n".join(
            [
                "一",
                FILLER,
                "三",
                "所以生出如下之病证：一、笼统。" + FILLER,
                "二、武断。" + FILLER,
                "三、虚伪。武断还是无心的过失。虚伪有二：一、语句上之虚伪。如杜撰假证。",
                "二、思想内容之虚伪。",
                FILLER,
                "四、因袭。" + FILLER,
                "以上四件，是我们的病证。后面的病证又可分为以下几种：一、轻的。" + FILLER,
                "二、重的。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一"),
            (1, "三"),
            (2, "二、武断"),
            (2, "三、虚伪"),
            (3, "二、思想内容之虚伪"),
            (2, "四、因袭"),
            (2, "二、重的"),
        ],
    ),
    Case(
        # Each part's title alone on its line; the text opening the part announces its
        # remedies with the first one after the colon; the second and third open their own
        # paragraphs. The series on paragraph starts reads 一 二 三 | 二 二 三 | 三 二 三 | 四.
        "a-list-announced-in-the-text-under-a-title-alone-nests-under-it",
        "\n".join(
            [
                "身心之病及其医药",
                "　　一、人身自然的病及其医药",
                "　　自然之病，如饥饿、风雨。而医此之医药：一、以饮食衣服治：" + FILLER,
                "　　二、以义礼禅定治：" + FILLER,
                "　　三、以究竟的无身界治：" + FILLER,
                "　　二、人身不自然的病及其医药",
                "　　不自然的病，即平常所谓之病。治此病之医药：一、以卫生治：" + FILLER,
                "　　二、以戒定治：" + FILLER,
                "　　三、以究竟的无心位治：" + FILLER,
                "　　三、人心自然的病及其医药",
                "　　人心自然的病，即烦恼障。治此病之医药：一、以信解治：" + FILLER,
                "　　二、以止观治：" + FILLER,
                "　　三、以妙觉位治：" + FILLER,
                "　　四、人心不自然的病及其医药",
                "　　人心不自然的病，即分别所起二障。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一、人身自然的病及其医药"),
            (2, "二、以义礼禅定治…"),
            (2, "三、以究竟的无身界治…"),
            (1, "二、人身不自然的病及其医药"),
            (2, "二、以戒定治…"),
            (2, "三、以究竟的无心位治…"),
            (1, "三、人心自然的病及其医药"),
            (2, "二、以止观治…"),
            (2, "三、以妙觉位治…"),
            (1, "四、人心不自然的病及其医药"),
        ],
    ),
    Case(
        # A paragraph opening with 甲、 (or 一、) whose item 2 opens a later sentence of the
        # same paragraph holds the whole list: no heading.
        "a-first-item-whose-second-opens-a-later-sentence-is-a-list",
        "\n".join(
            [
                "五　革心的必要",
                FILLER,
                "六　革心的可能",
                "一、擴充善的心理作用　　怎樣擴充善的心理作用？就是六度的實行。" + FILLER,
                "甲、布施度慳貪：慳吝與貪求，是世人通病。"
                + FILLER
                + "乙、持戒度毀犯：要注重道德上的修養。"
                + FILLER,
                "一、讲政治：要提高站位。" + FILLER + "二、顾大局：要统筹兼顾。" + FILLER,
                "二、消滅非善的心理作用　　修行六度的法門。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "五 革心的必要"),
            (1, "六 革心的可能"),
            # (run-in heads: their titles run across the gap, shown one space wide, to the
            # first sentence's end)
            (2, "一、擴充善的心理作用\u3000怎樣擴充善的心理作用？"),
            (2, "二、消滅非善的心理作用\u3000修行六度的法門"),
        ],
    ),
    Case(
        # The list announced under a title alone was said whole inside its paragraph
        # (…：一、教：…。二、理：…): the next 二、 on its line is the next section, not its item.
        "a-list-said-whole-under-a-title-alone-leaves-the-next-section-beside-it",
        "\n".join(
            [
                "同志们：",
                "一、总的计划",
                "故有依教、理两门的计划：一、教：设立图书馆。二、理：加以分类的研究。" + FILLER,
                "二、生理与心理",
                "这又分两层：一、第一层。" + FILLER,
                "二、第二层。" + FILLER,
            ]
        )
        + "\n",
        outline=[(1, "一、总的计划"), (1, "二、生理与心理"), (2, "二、第二层")],
    ),
    Case(
        # A paragraph opening with 一、 whose next sentence opens with 二、 holds the whole
        # list, however long its first item; a first item that starts a list of its own
        # (…有三種：一、…。二、…) keeps its paragraph a heading.
        "a-long-first-item-with-the-second-in-the-next-sentence-is-a-list",
        "\n".join(
            [
                "同志们：",
                "一　总的计划",
                "故有依教、理、行、果四门的计划：",
                "一、教：从佛陀所遗留下来的佛寺塔像及文字经典，向东西各国搜集，设立法物馆、图书馆，"
                "作为研究所根据的教。二、理：如南方的小乘教理，都一一加以分类的研究。三、行：包括律、禅诸法门。",
                FILLER,
                "二　生理与心理",
                "一、生理的有三种：一、细胞惰性说：人身细胞活动有惰性，醒时的生理状态，五官百体各尽其职，"
                "并且发生强有力的联络。二、血液循环说：睡时血液循环迟缓。",
                "二、心理的有二种。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一 总的计划"),
            (1, "二 生理与心理"),
            (2, "一、生理的有三种…"),
            (2, "二、心理的有二种"),
        ],
    ),
    Case(
        # 甲、 items under a part, 一、 paragraphs under 乙、: 一、 nests under the open 甲、
        # item (a new family under it), it does not take its place.
        "dun-items-under-an-open-stem-item-nest-under-it",
        "\n".join(
            [
                "夢",
                "三　現代科學的夢說",
                "甲、夢的特徵。" + FILLER,
                "乙、夢的構成。" + FILLER,
                "一、生理的有三種。" + FILLER,
                "二、心理的有二種。" + FILLER,
                "四　佛學的夢說",
                "甲、夢的意義。" + FILLER,
                "乙、睡眠心所。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "三 現代科學的夢說"),
            (2, "甲、夢的特徵"),
            (2, "乙、夢的構成"),
            (3, "一、生理的有三種"),
            (3, "二、心理的有二種"),
            (1, "四 佛學的夢說"),
            (2, "甲、夢的意義"),
            (2, "乙、睡眠心所"),
        ],
    ),
    Case(
        # A document appended after the speech under 附：<its name>, numbered from 第一条: back
        # matter, not sections of the speech.
        "a-named-attachment-after-the-speech-is-back-matter",
        "\n\n".join(
            [
                "在某某公司年度干部大会上的讲话",
                "各位同事：",
                "一、我们要坚持什么",
                FILLER,
                "二、我们要改变什么",
                FILLER,
                "附：某某公司干部管理规定",
                "第一条 为规范干部管理，制定本规定。",
                "第二条 本规定适用于全体干部。",
            ]
        )
        + "\n",
        outline=[(1, "一、我们要坚持什么"), (1, "二、我们要改变什么")],
        speeches=1,
        back=["附：某某公司干部管理规定", "第一条 为规范", "第二条 本规定"],
    ),
    Case(
        # 附：… in the middle, the speech's own numbering going on after it: no back matter.
        "an-attachment-line-the-speech-goes-on-after-is-no-back-matter",
        "\n\n".join(
            [
                "同志们：",
                "一、关于形势",
                FILLER,
                "二、关于任务",
                "附：今年的任务清单",
                FILLER,
                "三、关于措施",
                FILLER,
            ]
        )
        + "\n",
        outline=[(1, "一、关于形势"), (1, "二、关于任务"), (1, "三、关于措施")],
    ),
    Case(
        # A company's internal speech sent as a numbered document: the issuer's name, the
        # document number and the signer are its header, not a first (empty) speech.
        "a-document-header-opens-no-speech",
        "\n\n".join(
            [
                "总裁办电子邮件",
                "电邮讲话【2018】001号　　　　　　　　签发人：某某某",
                "在某某公司战略务虚会上的讲话",
                "某某某",
                "2018年1月15日",
                "一、我们要坚持以客户为中心",
                FILLER,
                "二、关于干部队伍建设",
                FILLER,
                "报送：董事会成员",
                "主送：全体员工",
            ]
        )
        + "\n",
        outline=[(1, "一、我们要坚持以客户为中心"), (1, "二、关于干部队伍建设")],
        speeches=1,
        titles=["在某某公司战略务虚会上的讲话"],
        noise=["总裁办电子邮件", "电邮讲话【2018】001号"],
    ),
    Case(
        "a-document-number-in-a-heading-is-no-header",
        "同志们：\n一、关于贯彻落实某政发〔2012〕10号\n"
        + FILLER
        + "\n二、关于下一步工作\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于贯彻落实某政发〔2012〕10号"), (1, "二、关于下一步工作")],
    ),
    Case(
        # Collected works in chapters and sections: 第N节 under 第N章, 一、 under 第N节.
        "sections-under-chapters",
        "\n".join(
            [
                "战争的战略问题",
                "（一九三六年十二月）",
                "第一章　如何研究战争",
                "第一节　战争规律是发展的",
                FILLER * 3,
                "第二节　战争的目的在于消灭战争",
                FILLER * 3,
                "第二章　中国革命战争的特点",
                FILLER,
                "第一节　研究这个问题的意义",
                FILLER * 2,
                "第二节",
                "中国革命战争的特点是什么",
                FILLER,
                "一、地大物博",
                FILLER,
                "二、敌人强大",
                FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "第一章 如何研究战争"),
            (2, "第一节 战争规律是发展的"),
            (2, "第二节 战争的目的在于消灭战争"),
            (1, "第二章 中国革命战争的特点"),
            (2, "第一节 研究这个问题的意义"),
            (2, "第二节"),
            (3, "一、地大物博"),
            (3, "二、敌人强大"),
        ],
    ),
    Case(
        "a-class-period-is-no-section",
        "同志们：\n我们今天上第一节课。"
        + FILLER
        + "\n第一节课讲完了，第二节 课间休息。"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # The review part's sub-sections run into their text; after the last one, text and
        # a sentence announcing the year's highlights, then 一是…三是 one per paragraph: the
        # part's own list, beside （一）…（三）, not items of （三）.
        "a-spoken-list-after-the-last-run-in-item-is-the-sections",
        "\n".join(
            [
                "各位代表：",
                "一、2009年工作回顾",
                "（一）全力以赴保增长。" + FILLER,
                "（二）扎扎实实保民生。" + FILLER,
                "（三）提升效能强服务。" + FILLER,
                FILLER,
                "去年，我区经济社会发展呈现出了三大亮点：",
                "一是固定资产投资规模创新高。" + FILLER,
                "二是社会消费需求总额创新高。" + FILLER,
                "三是公众安全感排名全省第二。" + FILLER,
                "二、2010年主要工作任务",
                "（一）着力转变经济发展方式。" + FILLER,
                "（二）着力改善民生。" + FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一、2009年工作回顾"),
            (2, "（一）全力以赴保增长"),
            (2, "（二）扎扎实实保民生"),
            (2, "（三）提升效能强服务"),
            (2, "一是固定资产投资规模创新高"),
            (2, "二是社会消费需求总额创新高"),
            (2, "三是公众安全感排名全省第二"),
            (1, "二、2010年主要工作任务"),
            (2, "（一）着力转变经济发展方式"),
            (2, "（二）着力改善民生"),
        ],
    ),
    Case(
        # The last sub-section is its title alone and has text of its own; then the report
        # turns to the deputies to announce what the year taught: the part's list.
        "a-spoken-list-announced-to-the-deputies-after-the-last-item-is-the-sections",
        "\n".join(
            [
                "各位代表：",
                "2003年工作回顾",
                "（一）经济建设出现好形势",
                FILLER,
                "（二）抗击非典取得胜利",
                FILLER,
                FILLER,
                "各位代表，在过去的一年里，我们采取一系列重大举措，体会有以下几个方面：",
                "第一，牢记第一要务，凝神聚力抓发展",
                FILLER,
                "第二，突出结构调整，转变增长方式",
                FILLER,
                "2004年主要工作",
                "（一）突出加快发展这个主题",
                FILLER,
                "（二）全面落实农村政策",
                FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "2003年工作回顾"),
            (2, "（一）经济建设出现好形势"),
            (2, "（二）抗击非典取得胜利"),
            (2, "第一，牢记第一要务，凝神聚力抓发展"),
            (2, "第二，突出结构调整，转变增长方式"),
            (1, "2004年主要工作"),
            (2, "（一）突出加快发展这个主题"),
            (2, "（二）全面落实农村政策"),
        ],
    ),
    Case(
        # The same list where the sub-section list goes on after it ((四) follows), or where
        # the last sub-section is its title alone on its line: the list is that item's.
        "a-spoken-list-inside-a-run-in-item-that-the-list-goes-on-after-nests",
        "\n".join(
            [
                "各位代表：",
                "一、2009年工作回顾",
                "（一）全力以赴保增长。" + FILLER,
                "（二）扎扎实实保民生。" + FILLER,
                FILLER,
                "主要抓了以下工作：",
                "一是扩大就业。" + FILLER,
                "二是完善社保。" + FILLER,
                "（三）提升效能强服务。" + FILLER,
                "（四）推进依法行政",
                FILLER,
                "我们将做好以下工作：",
                "一是加强学习。" + FILLER,
                "二是改进作风。" + FILLER,
                "二、2010年主要工作任务",
                FILLER,
            ]
        )
        + "\n",
        outline=[
            (1, "一、2009年工作回顾"),
            (2, "（一）全力以赴保增长"),
            (2, "（二）扎扎实实保民生"),
            (3, "一是扩大就业"),
            (3, "二是完善社保"),
            (2, "（三）提升效能强服务"),
            (2, "（四）推进依法行政"),
            (3, "一是加强学习"),
            (3, "二是改进作风"),
            (1, "二、2010年主要工作任务"),
        ],
    ),
    Case(
        "a-second-item-whose-first-ends-the-announcing-line-is-listed",
        "同志们：\n第一个问题，国际形势。" + FILLER + "\n第二个问题，计划数字。" + FILLER + "\n"
        "此外，还有两点请大家考虑：第一是关于建议的数字。"
        + FILLER
        + "\n第二是关于农业发展纲要。"
        + FILLER
        + "\n第三个问题，基本建设。"
        + FILLER
        + "\n",
        outline=[
            (1, "第一个问题，国际形势"),
            (1, "第二个问题，计划数字"),
            (2, "第二是关于农业发展纲要"),
            (1, "第三个问题，基本建设"),
        ],
    ),
    Case(
        "a-list-after-a-spoken-heading-line-sits-under-it",
        "一　入党资格\n第一，什么人可以入党。\n" + FILLER + "\n第二，入党的条件。\n" + FILLER + "\n"
        "二　党员的标准\n第一，终身奋斗。\n" + FILLER + "\n第二，学习。\n我们应该学习什么呢？\n"
        "（一）学习理论。\n" + FILLER + "\n（二）学习历史。\n" + FILLER + "\n",
        outline=[
            (1, "一 入党资格"),
            (2, "第一，什么人可以入党"),
            (2, "第二，入党的条件"),
            (1, "二 党员的标准"),
            (2, "第一，终身奋斗"),
            (2, "第二，学习"),
            (3, "（一）学习理论"),
            (3, "（二）学习历史"),
        ],
    ),
    Case(
        "a-list-after-a-spoken-item-running-into-its-text-takes-its-place",
        "一、加强基础建设\n第一，要抓好规划，这是前提。"
        + FILLER
        + "\n（一）完善规划体系。\n"
        + FILLER
        + "\n"
        "（二）严格规划实施。\n" + FILLER + "\n",
        outline=[
            (1, "一、加强基础建设"),
            (2, "第一，要抓好规划，这是前提"),
            (2, "（一）完善规划体系"),
            (2, "（二）严格规划实施"),
        ],
    ),
    Case(
        "a-second-point-under-a-set-off-section-numeral-is-no-slip",
        "一\n今日讲演，有两段话应该说明：第一，新事物固然可爱。" + FILLER + "\n"
        "第二，用文字表出来的艺术，多少总含有几分国民的性质。" + FILLER + "\n二\n" + FILLER + "\n"
        "三\n" + FILLER + "\n",
        outline=[
            (1, "一"),
            (2, "第二，用文字表出来的艺术，多少总含有几分国民的性质"),
            (1, "二"),
            (1, "三"),
        ],
    ),
    Case(
        "a-summary-list-before-the-greeting-is-a-preface",
        "今天我被评为年度质量人，我和大家分享了几点看法：\n1.质量管理是一个大工程。\n"
        "2.质量包含硬质量和软质量。\n3.创新是生产力。\n大家中午好！\n"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "a-greeting-far-into-a-speech-does-not-drop-its-outline",
        "一、总体要求。\n" + (FILLER + "\n") * 13 + "大家好！\n二、主要任务。\n" + FILLER + "\n",
        outline=[(1, "一、总体要求"), (1, "二、主要任务")],
    ),
    Case(
        "a-one-line-text-goes-on-after-a-bracketed-list-at-a-lost-line-break",
        "    ".join(
            [
                "",
                "加强基层组织建设的讲话（二〇一〇年一月）",
                "张　三",
                "同志们：",
                FILLER * 5,
                "一、要在主要的群众集聚的单位（工厂、学校、农村等）",
                "建立起巩固的支部。" + FILLER * 5,
                "二、要使领导机关有独立领导的能力。" + FILLER * 5,
            ]
        ),
        outline=[
            (1, "一、要在主要的群众集聚的单位（工厂、学校、农村等）建立起巩固的支部"),
            (1, "二、要使领导机关有独立领导的能力"),
        ],
        titles=["加强基层组织建设的讲话"],  # (its date is the speech's: engine41),
    ),
    Case(
        "a-full-line-ending-a-sentence-does-not-end-its-paragraph-in-a-hard-wrapped-text",
        "同志们：\n"
        + hard_wrapped(
            "当前，区域竞争激烈，谁的环境好谁就能赢。我们要对标先进地区，查找自身差距，拿出过硬措施。",
            FILLER + FILLER,
            FILLER + "这是一段结束的话。",
        ),
        contains=["谁的环境好谁就能赢。我们要对标先进地区，查找自身差距，拿出过硬措施。"],
        absent=["拿出过硬措施。各级各部门"],
    ),
    Case(
        "running-headers-with-their-page-number-glued-on-are-noise",
        pdf(
            "在某会议上的讲话",
            "同志们：",
            "一、统一思想。" + FILLER,
            "-- 322",
            "学习文件选编３１３",
            FILLER,
            "-- 323",
            "４１３学习文件选编",
            "二、狠抓落实。" + FILLER,
            "-- 324",
            "学习文件选编５１３",
            FILLER,
        ),
        outline=[(1, "一、统一思想"), (1, "二、狠抓落实")],
        noise=["学习文件选编３１３", "４１３学习文件选编", "学习文件选编５１３"],
    ),
    Case(
        "a-short-line-cut-off-by-a-page-break-is-no-plain-heading",
        pdf(
            "在某会议上的讲话",
            "各位代表：",
            "四十年来，重大科学技术研究成果层出不穷。",
            "在原子能",
            "-- 932",
            "学习文件选编３２９",
            "技术、生物科学、农业科学、高能物理、计算机技术等方面，有些已达到或接近世界先进水平。",
            "我们必须充分肯定人民取得的辉",
            "-- 933",
            "学习文件选编４２９",
            "煌成就，这是四十年来全国各族人民共同奋斗的结果，是任何人都抹杀不了的。",
            "（一）坚持四项基本原则。" + FILLER,
            "-- 934",
            "学习文件选编５２９",
            "（二）坚持改革开放。" + FILLER,
        ),
        outline=[(1, "（一）坚持四项基本原则"), (1, "（二）坚持改革开放")],
    ),
    Case(
        "a-name-spaced-out-with-ideographic-spaces-is-one-line",
        pdf(
            "    怎样做一个共产党员",
            "    陈\u3000\u3000云",
            "    一\u3000入党资格",
            "    " + FILLER,
            "    二\u3000党员的成分",
            "    " + FILLER,
        ),
        outline=[(1, "一 入党资格"), (1, "二 党员的成分")],
        contains=["陈\u3000\u3000云"],
    ),
    Case(
        "a-site-watermark-glued-to-a-heading-is-not-its-title",
        "一．维持世法\n"
        + FILLER
        + "\n二．速得成佛www/xiaoshuotxt.nettxt小说天堂\n"
        + FILLER
        + "\n",
        outline=[(1, "一．维持世法"), (1, "二．速得成佛")],
    ),
    Case(
        "a-closing-occasion-note-split-by-a-page-break-is-no-new-talk",
        _collected_works_speech(
            "１９９０年５月在纪念全国科学史学会成立",
            "-- 512",
            "    某某文集２１５",
            "    十周年学术讨论会上的讲话。原载《科学史通讯》１９９０年第６期",
        ),
        speeches=1,
    ),
    Case(
        "an-occasion-line-with-a-talk-under-it-still-starts-a-talk",
        _collected_works_speech(
            "一九九一年三月在全国科学史学会年会上讲",
            "    " + FILLER * 2,
            "    " + FILLER,
        ),
        speeches=2,
    ),
    Case(
        "first-then-thirdly-with-secondly-inside-a-paragraph-orders-prose",
        pdf(
            "一、正确估计这项工作的意义",
            "首先，这项工作关系全局。" + FILLER + "其次，这项工作关系群众切身利益。" + FILLER,
            "再次，这项工作是长期任务。" + FILLER,
            "二、认真总结经验",
            FILLER,
        ),
        outline=[(1, "一、正确估计这项工作的意义"), (1, "二、认真总结经验")],
    ),
    Case(
        "first-secondly-thirdly-at-paragraph-starts-are-headings",
        pdf(
            "一、正确估计这项工作的意义",
            "首先，这项工作关系全局。" + FILLER,
            "其次，这项工作关系群众切身利益。" + FILLER,
            "再次，这项工作是长期任务。" + FILLER,
        ),
        outline=[
            (1, "一、正确估计这项工作的意义"),
            (2, "首先，这项工作关系全局"),
            (2, "其次，这项工作关系群众切身利益"),
            (2, "再次，这项工作是长期任务"),
        ],
    ),
    Case(
        "dot-stops-run-in-numbers-glued-into-paragraphs-are-headings",
        _run_in_report(),
        outline=[
            (1, "一、关于农业生产"),
            (2, "１抓紧兴修水利"),
            (2, "２组织生产自救"),
            (2, "３稳定群众情绪，开展宣传"),
            (1, "二、关于财政工作"),
        ],
        contains=["３个月以前的情况已经好转."],
    ),
    Case(
        "full-stops-keep-paragraphs-apart-so-glued-numbers-stay-text",
        _run_in_report("。"),
        outline=[(1, "一、关于农业生产"), (1, "二、关于财政工作")],
    ),
    Case(
        "dot-stops-di-series-glued-after-dots-are-headings",
        pdf(
            "    三、恢复建设的几个问题",
            "    现在提出几个问题，请各位讨论."
            + DOT_FILLER * 2
            + "第一，提高烈军属的政治地位.所有烈军属都要优待."
            + DOT_FILLER,
            "    "
            + DOT_FILLER
            + "建设中发挥作用.第二，恢复生产建设. 在恢复工作中以农业为中心."
            + DOT_FILLER,
            "    "
            + DOT_FILLER
            + "改良环境.第三，恢复文化教育. 目前学校很少."
            + DOT_FILLER
            + "第四，加强组织领导. 各级政府要负责.",
        ),
        outline=[
            (1, "三、恢复建设的几个问题"),
            (2, "第一，提高烈军属的政治地位"),
            (2, "第二，恢复生产建设"),
            (2, "第三，恢复文化教育"),
            (2, "第四，加强组织领导"),
        ],
    ),
    Case(
        "dot-stops-a-paragraph-numbering-its-sentences-or-two-numbers-are-no-headings",
        pdf(
            "    一、关于学习",
            "    我讲三点.第一，要团结.第二，要学习.第三，要实干." + DOT_FILLER,
            "    " + DOT_FILLER + "要做两件事.１修好道路A" + DOT_FILLER,
            "    " + DOT_FILLER + "２办好学校A" + DOT_FILLER,
            "    二、关于工作",
            "    " + DOT_FILLER * 3,
        ),
        outline=[(1, "一、关于学习"), (1, "二、关于工作")],
    ),
    # --- issue 14, third held-out set: a first item whose second is said in passing ---------
    Case(
        "a-first-point-whose-second-is-inside-the-next-paragraph-is-no-heading",
        "同志们：\n一、关于党风\n第一，党风问题是有关党的生死存亡的问题。\n"
        "因此，党风问题必须抓紧搞。第二，纪律检查工作会有困难。第三，必须实事求是。"
        + FILLER
        + "\n二、关于纪律\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于党风"), (1, "二、关于纪律")],
    ),
    Case(
        "a-first-question-whose-second-is-told-in-a-sentence-is-no-heading",
        "各位朋友：\n他们带着很多问题，主要是两个问题。\n第一个问题，你们现在才下场是不是太晚？\n"
        + FILLER
        + "\n他们问的第二个问题说。\n为什么不独立融资呢？"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "bracketed-latin-letters-are-a-series-under-the-heading-above",
        pdf(
            "    同志们：",
            "    （一）",
            "    " + FILLER,
            "    （二）",
            "    检阅过去的错误。",
            "    （Ａ）",
            "    " + FILLER,
            "    （Ｂ）",
            "    " + FILLER,
            "    (C)",
            "    " + FILLER,
        ),
        outline=[(1, "（一）"), (1, "（二）"), (2, "（Ａ）"), (2, "（Ｂ）"), (2, "(C)")],
    ),
    Case(
        "periods-and-stages-with-a-dash-are-a-spoken-series",
        "同志们：\n一、军事指挥上的错误\n我们把这一年分成三个时期。\n第一个时期——从春季到夏季。"
        + FILLER
        + "\n第二个时期——从夏季到秋季。"
        + FILLER
        + "\n第三个时期——从秋季到年底。"
        + FILLER
        + "\n二、今后的任务\n第二阶段的工作也要抓紧。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、军事指挥上的错误"),
            (2, "第一个时期——从春季到夏季"),
            (2, "第二个时期——从夏季到秋季"),
            (2, "第三个时期——从秋季到年底"),
            (1, "二、今后的任务"),
        ],
    ),
    Case(
        "a-bare-line-naming-a-talk-starts-the-next-talk-outside-a-compilation",
        "\u3000\u3000南闽十年之梦影\n\u3000\u3000丁丑二月在南普陀寺讲：我一到南普陀寺，就想来讲谈讲谈。"
        + FILLER
        + ("\n\u3000\u3000" + FILLER * 2) * 4
        + "\n\u3000\u3000泉州开元慈儿院讲录\n\u3000\u3000我到闽南，已有十年，来到贵院，也有好几回。"
        + FILLER
        + "\n",
        speeches=2,
    ),
    Case(
        "a-bare-line-naming-a-talk-in-traditional-characters-starts-the-next-talk",
        "\u3000\u3000南閩十年之夢影\n\u3000\u3000我一到南普陀寺，就想來講談講談。"
        + FILLER
        + ("\n\u3000\u3000" + FILLER * 2) * 3
        + "\n\u3000\u3000為某某小學兒童訓話\n\u3000\u3000這個學校，去年我也曾參加發起，今天又來看你們。"
        + FILLER
        + "\n",
        speeches=2,
        titles=["南閩十年之夢影", "為某某小學兒童訓話"],
    ),
    Case(
        "a-bare-line-naming-no-talk-stays-in-the-speech",
        "\u3000\u3000南闽十年之梦影\n\u3000\u3000我一到南普陀寺，就想来讲谈讲谈。"
        + FILLER
        + "\n\u3000\u3000草庵钟的来历\n\u3000\u3000我那一回大病，在草庵住了一个多月。"
        + FILLER
        + "\n",
        speeches=1,
    ),
    Case(
        "bare-numerals-glued-to-their-first-sentence-fill-the-series",
        pdf(
            "    党风问题",
            "    一",
            "    " + FILLER,
            "    二对严重的经济犯罪分子，要严办几个。" + FILLER,
            "    三目前在我们的党风中有一个很大的问题。" + FILLER,
            "    四",
            "    " + FILLER,
            "    二月份以后，情况有了好转。" + FILLER,
            "    五",
            "    " + FILLER,
        ),
        outline=[(1, "一"), (1, "二"), (1, "三"), (1, "四"), (1, "五")],
    ),
    Case(
        "a-lone-bracketed-letter-is-no-heading",
        "同志们：\n一、关于企业分类\n（A）类企业要加强管理。"
        + FILLER
        + "\n二、关于考核\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于企业分类"), (1, "二、关于考核")],
    ),
    Case(
        "a-first-point-whose-second-starts-a-paragraph-stays-a-heading",
        "同志们：\n第一，党风问题是有关党的生死存亡的问题。\n因此要抓紧搞。第二次会议以后，"
        + FILLER
        + "\n第二，纪律检查工作会有困难。\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一，党风问题是有关党的生死存亡的问题"),
            (1, "第二，纪律检查工作会有困难"),
        ],
    ),
    # --- issue 14, fourth held-out set ----------------------------------------------------------
    Case(
        "a-subtitle-dash-of-two-full-width-hyphens-frames-the-report-title",
        "当前位置： 首页>> 中国概况\n\n1984年国务院政府工作报告\n\n"
        "中央政府门户网站\u3000www.gov.cn\u3000\u3000 2006年02月16日 10时04分\u3000\u3000 来源：新华社\n\n"
        "【字体：大 中 小】\n\n1984年政府工作报告\n\n"
        "－－1984年5月15日在第六届全国人民代表大会第二次会议上\n\n"
        + "<U+00A0>" * 10
        + "\n\n\u3000\u3000各位代表：\n\n\u3000\u3000"
        + FILLER
        + "\n\n\u3000\u3000关于国内建设\n\n\u3000\u3000一、改革城市经济体制。"
        + FILLER
        + "\n\n\u3000\u3000二、改革流通体制。"
        + FILLER
        + "\n\n\u3000\u3000各位代表：\n\n\u3000\u3000统一祖国，振兴中华，是历史赋予我们的使命。"
        + FILLER
        + "\n",
        speeches=1,
        titles=["1984年政府工作报告"],
    ),
    Case(
        "bracketed-heavenly-stems-are-a-series-under-the-heading-above",
        pdf(
            "    同志们：",
            "    （一）",
            "    " + FILLER,
            "    （二）",
            "    解决土地问题的方式，群众已创造了多种多样。",
            "    例如（甲）",
            "    没收分配大汉奸土地。",
            "    （乙）",
            "    " + FILLER,
            "    （丙）",
            "    " + FILLER,
            "    （三）",
            "    " + FILLER,
        ),
        outline=[(1, "（一）"), (1, "（二）"), (2, "（乙）"), (2, "（丙）"), (1, "（三）")],
    ),
    Case(
        "a-lone-bracketed-heavenly-stem-is-no-heading",
        "同志们：\n一、关于合同\n（甲）方应当按期付款。"
        + FILLER
        + "\n二、关于考核\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于合同"), (1, "二、关于考核")],
    ),
    Case(
        "a-marker-alone-on-its-lost-line-takes-the-next-piece-as-its-title-in-a-one-line-text",
        "    中共中央关于某某问题的指示（一九三六年九月一日）    （一）    目前的主要敌人是日帝。"
        + FILLER * 4
        + "    （二）    我们的总方针，应是逼蒋抗日。"
        + FILLER * 4
        + "    （三）    "
        + FILLER * 4,
        outline=[
            (1, "（一）目前的主要敌人是日帝"),
            (1, "（二）我们的总方针，应是逼蒋抗日"),
            (1, "（三）各级各部门要切实提高政治站位…"),
        ],
    ),
    Case(
        "a-first-item-glued-at-the-end-of-a-heading-line-is-not-its-title",
        pdf(
            "    同志们：",
            "    一、西安事变产生前的形势（一）",
            "    " + FILLER,
            "    二、西安事变的意义",
            "    （一）",
            "    " + FILLER,
            "    （二）",
            "    " + FILLER,
            "    三、学习文件（一）和文件（二）的体会。" + FILLER,
        ),
        outline=[
            (1, "一、西安事变产生前的形势"),
            (1, "二、西安事变的意义"),
            (2, "（一）"),
            (2, "（二）"),
            (1, "三、学习文件（一）和文件（二）的体会"),
        ],
    ),
    Case(
        "a-part-numeral-with-its-first-item-glued-on-is-a-bare-numeral",
        pdf(
            "    关于某地工作方针的两个文件（一九四七年二月二十八日、五月五日）",
            "    一（一）",
            "    " + FILLER,
            "    （二）",
            "    " + FILLER,
            "    （三）",
            "    " + FILLER,
            "    二",
            "    " + FILLER * 2,
        ),
        outline=[(1, "一"), (2, "（二）"), (2, "（三）"), (1, "二")],
    ),
    Case(
        "a-numeral-and-a-bracket-running-into-words-is-no-heading",
        "同志们：\n一、关于学习\n一（一）班的同学们都来了。"
        + FILLER
        + "\n二、关于工作\n"
        + FILLER
        + "\n",
        outline=[(1, "一、关于学习"), (1, "二、关于工作")],
    ),
    Case(
        "a-line-of-two-full-width-hyphens-without-words-is-no-subtitle",
        "同志们：\n一、关于学习\n" + FILLER + "\n－－\n二、关于工作\n" + FILLER + "\n",
        outline=[(1, "一、关于学习"), (1, "二、关于工作")],
        speeches=1,
    ),
    # A scraped page that set each paragraph's first character apart (a drop cap) left a
    # space after it: "第 二，…" and "三 是…" are the series' items all the same.
    Case(
        "drop-cap-space-inside-di-and-shi-markers",
        pdf(
            "各位代表：",
            "一、过去一年的工作",
            "刚 刚过去的一年，全省经济平稳较快发展。" + FILLER,
            "一是经济结构调整的效果初步显现，发展的可持续性增强。" + FILLER,
            "二是基础设施的支撑力得到提升，发展的后劲增强。" + FILLER,
            "三 是改革开放取得重要进展，发展的活力增强。" + FILLER,
            "二、今年的主要任务",
            "第一，加快经济结构调整。" + FILLER,
            "第 二，打造新的区域经济增长极。" + FILLER,
            "第 三，深入推进新农村建设。" + FILLER,
        ),
        outline=[
            (1, "一、过去一年的工作"),
            (2, "一是经济结构调整的效果初步显现，发展的可持续性增强"),
            (2, "二是基础设施的支撑力得到提升，发展的后劲增强"),
            (2, "三是改革开放取得重要进展，发展的活力增强"),
            (1, "二、今年的主要任务"),
            (2, "第一，加快经济结构调整"),
            (2, "第二，打造新的区域经济增长极"),
            (2, "第三，深入推进新农村建设"),
        ],
    ),
    # A provincial site's page saved whole: the page heading, its date, the font-size control
    # "【字体：大 中 小】" one word a line, then the report's own title block. The label
    # "字体：" is no text of a speech: one report, not an empty speech and a second one.
    Case(
        "scraped-page-heading-and-font-control-above-the-title-block",
        "政府工作报告\n政府工作报告\n2007年04月05日\n【\n字体：\n大\n中\n小\n】\n政府工作报告\n"
        "——在某某省第十届人民代表大会第五次会议上\n某某省代省长 某某某\n（2007年1月16日）\n"
        "各位代表：\n现在，我代表省人民政府向大会作工作报告，请予审议。\n"
        "一、过去一年的工作\n" + FILLER * 2 + "\n二、今年的主要任务\n" + FILLER * 2 + "\n",
        outline=[(1, "一、过去一年的工作"), (1, "二、今年的主要任务")],
        speeches=1,
    ),
    Case(
        "a-talk-after-a-short-labelled-note-is-still-a-second-speech",
        "在春季工作会议上的讲话\n同志们：\n" + FILLER * 3 + "\n编者按：\n" + FILLER * 2 + "\n"
        "在秋季工作会议上的讲话\n同志们：\n" + FILLER * 3 + "\n",
        speeches=2,
    ),
    # A report's second part announces its tasks with a colon and numbers them 一、 again:
    # they sit under that part, and their 1、 items one level lower.
    Case(
        "tasks-announced-inside-the-second-part-restart-at-one",
        pdf(
            "各位代表：",
            "一、过去一年的工作回顾",
            "1、国民经济稳步增长。" + FILLER,
            "2、改革开放扎实推进。" + FILLER,
            "二、今年工作的总体要求和主要任务",
            "今年的主要预期目标是：生产总值增长百分之八。实现今年的目标任务，要着力抓好三个方面的工作：",
            "一、推进结构调整，发展壮大县域经济",
            "1、积极推进农业产业化经营。" + FILLER,
            "2、努力提高工业运行质量。" + FILLER,
            "二、深入实施科教兴省战略",
            FILLER,
            "三、加强政府自身建设",
            "1、解放思想，勇于创新。" + FILLER,
            "2、牢记宗旨，勤政为民。" + FILLER,
        ),
        outline=[
            (1, "一、过去一年的工作回顾"),
            (2, "1、国民经济稳步增长"),
            (2, "2、改革开放扎实推进"),
            (1, "二、今年工作的总体要求和主要任务"),
            (2, "一、推进结构调整，发展壮大县域经济"),
            (3, "1、积极推进农业产业化经营"),
            (3, "2、努力提高工业运行质量"),
            (2, "二、深入实施科教兴省战略"),
            (2, "三、加强政府自身建设"),
            (3, "1、解放思想，勇于创新"),
            (3, "2、牢记宗旨，勤政为民"),
        ],
    ),
    Case(
        "one-again-after-two-without-an-announcing-colon-stays-on-top",
        pdf(
            "同志们：",
            "一、关于学习",
            FILLER,
            "二、关于工作",
            FILLER + "下面再讲几点具体意见。",
            "一、抓好项目建设",
            FILLER,
            "二、抓好招商引资",
            FILLER,
        ),
        outline=[
            (1, "一、关于学习"),
            (1, "二、关于工作"),
            (1, "一、抓好项目建设"),
            (1, "二、抓好招商引资"),
        ],
    ),
    Case(
        "drop-cap-space-is-no-marker-without-its-mark",
        pdf(
            "同志们：",
            "一、关于学习",
            "第 一次来到这里，大家都很高兴。" + FILLER,
            "第 一批试点已经结束，" + FILLER,
            "二、关于工作",
            FILLER,
        ),
        outline=[(1, "一、关于学习"), (1, "二、关于工作")],
    ),
    Case(
        "one-long-paragraph-among-ordinary-ones-keeps-its-numbered-sentences-inline",
        "——七月十六日在某中学讲\n\n"
        + (FILLER * 3 + "\n\n") * 8
        + FILLER * 20
        + "此刻就说一点。第一，是往往分不清文学和文章。"
        + FILLER * 10
        + "第二，我常被询问：要弄文学，应该看什么书？"
        + FILLER * 10
        + "\n\n"
        + (FILLER * 3 + "\n\n") * 8,
        outline=[],
    ),
    Case(
        "a-text-whose-body-lost-its-line-breaks-under-a-title-block-is-split",
        "关于某项工作的讲话\n（2020年5月6日）\n张三\n某某局\n同志们：今天开会。"
        + FILLER * 20
        + "一、统一思想，提高认识。"
        + FILLER * 20
        + "二、突出重点，狠抓落实。"
        + FILLER * 20
        + "\n",
        outline=[(1, "一、统一思想，提高认识"), (1, "二、突出重点，狠抓落实")],
    ),
    Case(
        "a-second-item-on-its-line-after-the-first-said-in-the-text-is-a-heading",
        "同志们：\n"
        + FILLER
        + "为什么呢？第一，倘若不和实际的社会斗争接触，单关在房里，是容易的。"
        + FILLER
        + "\n第二，倘不明白革命的实际情形，也容易变成右翼。"
        + FILLER
        + "\n"
        + FILLER
        + "\n",
        outline=[(1, "第二，倘不明白革命的实际情形，也容易变成右翼")],
    ),
    Case(
        "a-third-item-on-its-line-after-the-first-two-said-in-the-text-is-a-heading",
        "同志们：\n"
        + FILLER
        + "\n此刻就说一点。第一，是往往分不清文学和文章。"
        + FILLER
        + "第二，我常被询问：要弄文学，应该看什么书？"
        + FILLER
        + "\n第三，说几句关于批评的事。"
        + FILLER
        + "\n",
        outline=[(1, "第三，说几句关于批评的事")],
    ),
    Case(
        "a-third-item-on-its-line-after-a-list-begun-after-a-colon-is-a-heading",
        "同志们：\n"
        + FILLER
        + "此时工人的理想，略分三类：第一，大多数还沉睡在宗法社会里。"
        + FILLER
        + "\n"
        + FILLER
        + "第二，只少数有了国家的觉悟；"
        + FILLER
        + "\n第三，真有阶级觉悟的工人，更是少数中的极少数。"
        + FILLER
        + "\n",
        outline=[(1, "第三，真有阶级觉悟的工人，更是少数中的极少数")],
    ),
    Case(
        "a-second-item-whose-first-was-no-list-item-is-prose",
        "同志们：\n"
        + FILLER
        + "我市的经济总量居全省第一，发展势头良好。"
        + FILLER
        + "\n第二，要抓好落实。"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "a-third-item-whose-second-was-not-said-is-prose",
        "同志们：\n"
        + FILLER
        + "\n现在我说几点。第一，要统一思想。"
        + FILLER
        + "\n第三，要做好总结。"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        "a-sentence-heading-cut-after-a-closing-mark-goes-on-in-the-next-line",
        pdf(
            "    关于四个时期的总结",
            "    " + FILLER,
            "    第一个时期——从粉碎四次“围剿”",
            "    以后到朋口战争以前。",
            "    " + FILLER[:20],
            "    " + FILLER[20:],
            "    第二个时期——从与友军订立协定起，到敌人占领黎川。",
            "    " + FILLER[:20],
            "    " + FILLER[20:],
            "    第三个时期——从广昌战斗到主力出发时。",
            "    " + FILLER,
        ),
        outline=[
            (1, "第一个时期——从粉碎四次“围剿”以后到朋口战争以前"),
            (1, "第二个时期——从与友军订立协定起，到敌人占领黎川"),
            (1, "第三个时期——从广昌战斗到主力出发时"),
        ],
    ),
    Case(
        "a-title-heading-ending-with-a-closing-mark-stays-a-title",
        pdf(
            "    关于几项工作的讲话",
            "    " + FILLER,
            "    （一）学习“三个代表”",
            "    我们要认真学习。" + FILLER,
            "    " + FILLER[:20],
            "    " + FILLER[20:],
            "    （二）加强“两个建设”",
            "    " + FILLER[:20],
            "    " + FILLER[20:],
            "    （三）做好“三项工作”",
            "    我们要抓好落实。",
        ),
        outline=[
            (1, "（一）学习“三个代表”"),
            (1, "（二）加强“两个建设”"),
            (1, "（三）做好“三项工作”"),
        ],
    ),
    Case(
        "a-list-announced-in-words-of-the-item-above-is-that-items-list",
        "同志们：\n一、关于读书\n"
        + FILLER
        + "\n（1）标点分段，是要动手的。\n（2）翻查字典，是要动手的。\n（3）做读书札记，是要动手的。"
        "\n札记又可分四类：\n（1）抄录备忘。\n（2）作提要，节要。\n（3）自己记录心得。"
        "\n（4）参考诸书，作有系统的著作。\n" + FILLER + "\n二、关于作文\n" + FILLER + "\n",
        outline=[
            (1, "一、关于读书"),
            (2, "（1）标点分段，是要动手的"),
            (2, "（2）翻查字典，是要动手的"),
            (2, "（3）做读书札记，是要动手的"),
            (3, "（1）抄录备忘"),
            (3, "（2）作提要，节要"),
            (3, "（3）自己记录心得"),
            (3, "（4）参考诸书，作有系统的著作"),
            (1, "二、关于作文"),
        ],
    ),
    Case(
        "a-list-announced-in-other-words-after-a-list-stands-beside-it",
        "同志们：\n一、关于标准\n"
        + FILLER
        + "\n（1）人人能以国语自由发表思想。\n（2）人人能看平易的古书。\n（3）做好宣传工作。"
        "\n这几个标准，我现在修改作以下三条：\n（1）人人能用国语发表思想。\n（2）能看古书。"
        "\n（3）作古体文。\n今年工作重点有两项：\n（1）抓学习。\n（2）抓落实。\n" + FILLER + "\n",
        outline=[
            (1, "一、关于标准"),
            (2, "（1）人人能以国语自由发表思想"),
            (2, "（2）人人能看平易的古书"),
            (2, "（3）做好宣传工作"),
            (2, "（1）人人能用国语发表思想"),
            (2, "（2）能看古书"),
            (2, "（3）作古体文"),
            (2, "（1）抓学习"),
            (2, "（2）抓落实"),
        ],
    ),
    Case(
        "subtitles-of-two-matched-halves-between-paragraphs-are-a-series",
        "找书的快乐\n\n主席、诸位先生：\n\n"
        + FILLER
        + "\n\n\n找书有甘苦，真伪费推敲\n\n\n我这个用书的旧书生，一生找书的快乐固然有。"
        + FILLER
        + "\n\n考证《红楼梦》，清查曹雪芹\n\n"
        + FILLER * 2
        + "\n\n有计划找书，考证神会僧\n\n"
        + FILLER * 2
        + "\n",
        outline=[
            (1, "找书有甘苦，真伪费推敲"),
            (1, "考证《红楼梦》，清查曹雪芹"),
            (1, "有计划找书，考证神会僧"),
        ],
        contains=["我这个用书的旧书生，"],
        absent=["真伪费推敲我这个"],
    ),
    Case(
        "a-subtitle-of-two-matched-halves-over-a-page-number-is-one-of-its-siblings",
        "找书的快乐\n\n主席、诸位先生：\n\n"
        + FILLER
        + "\n\n\n找书有甘苦，真伪费推敲\n第 11 页 共 15 页\n\n\n我这个用书的旧书生，一生找书的快乐固然有。"
        + FILLER
        + "\n\n考证《红楼梦》，清查曹雪芹\n\n"
        + FILLER * 2
        + "\n\n有计划找书，考证神会僧\n\n"
        + FILLER * 2
        + "\n",
        outline=[
            (1, "找书有甘苦，真伪费推敲"),
            (1, "考证《红楼梦》，清查曹雪芹"),
            (1, "有计划找书，考证神会僧"),
        ],
        noise=["第 11 页 共 15 页"],
    ),
    Case(
        "two-matched-halves-over-page-numbers-with-one-sibling-alone-stay-text",
        pdf(
            "在某会议上的讲话",
            "各位代表：",
            FILLER,
            "坚持改革开放，推动经济发展",
            "-- 932",
            "学习文件选编３２９",
            "取得了新的成就。" + FILLER,
            "深化体制改革，激发市场活力",
            FILLER,
            "加强党的建设，提高执政能力",
            "-- 933",
            "学习文件选编３３０",
            "取得了新的进展。" + FILLER,
        ),
        outline=[],
    ),
    Case(
        "a-short-line-over-a-page-number-beside-two-subtitles-is-still-a-cut-sentence",
        pdf(
            "在某会议上的讲话",
            "各位代表：",
            FILLER,
            "深化体制改革，激发市场活力",
            FILLER,
            "加强党的建设，提高执政能力",
            FILLER + "重大科学技术研究成果层出不穷。",
            "在原子能",
            "-- 932",
            "学习文件选编３２９",
            "技术、生物科学等方面，有些已达到或接近世界先进水平。" + FILLER,
        ),
        outline=[(1, "深化体制改革，激发市场活力"), (1, "加强党的建设，提高执政能力")],
    ),
    Case(
        "a-bold-part-line-over-a-page-number-and-running-header-is-a-part",
        _bold_parts_report("**2026年工作安排**"),
        outline=[
            (1, "2025年工作回顾"),
            (2, "一、贯彻总体国家安全观"),
            (2, "二、服务高质量发展"),
            (1, "2026年工作安排"),
            (2, "第一，坚持稳中求进"),
            (2, "第二，坚持改革创新"),
        ],
    ),
    Case(
        "the-same-part-line-not-in-bold-over-a-page-number-stays-text",
        _bold_parts_report("2026年工作安排"),
        outline=[
            (1, "一、贯彻总体国家安全观"),
            (1, "二、服务高质量发展"),
            (2, "第一，坚持稳中求进"),
            (2, "第二，坚持改革创新"),
        ],
    ),
    Case(
        "two-halves-ending-with-a-closing-quote-are-a-cut-sentence-not-subtitles",
        "同志们：\n\n"
        + FILLER
        + "\n\n其理想的国号，曰“大中华民国”\n\n者，亦只是空想而已。"
        + FILLER
        + "\n\n了这么多年，让我们“右”\n\n倾了一回。"
        + FILLER
        + "\n",
        outline=[],
        contains=["曰“大中华民国”者，亦只是空想而已。"],
    ),
    Case(
        "one-line-of-two-matched-halves-alone-is-no-heading",
        "同志们：\n\n" + FILLER + "\n\n要抓好这项工作，必须做到三点\n\n" + FILLER * 2 + "\n",
        outline=[],
    ),
    Case(
        "a-line-of-two-halves-with-the-sentence-going-on-in-the-next-line-is-joined",
        "同志们：\n"
        + FILLER
        + "\n要抓好这项工作，必须做到三点\n就是抓学习、抓落实、抓督查。"
        + FILLER
        + "\n",
        contains=["必须做到三点就是抓学习"],
    ),
    Case(
        "box-drawing-dash-place-lines-under-bare-titles-start-the-talks",
        _two_seminary_talks(),
        speeches=2,
        titles=["某某學院開學講話", "同學會成立致詞"],
    ),
    Case(
        "periods-and-stem-and-space-heads-alone-on-lines-nest-the-lists-under-them",
        "同志們：\n"
        + _talk_in_periods()
        + "乙\u3000僧制的新議\n\u3000\u3000其要義大概是這樣：\n\u3000\u3000一、以現代中國為範圍："
        + FILLER
        + "\n\u3000\u3000二、僧之定義："
        + FILLER
        + "\n",
        outline=[
            *PERIODS_OUTLINE,
            (2, "乙 僧制的新議"),
            (3, "一、以現代中國為範圍：…"),
            (3, "二、僧之定義：…"),
        ],
    ),
    Case(
        "a-table-of-contents-of-two-families-under-the-title-is-dropped",
        "改進運動略史\n\u3000\u3000──二十九年在某某院講──\n\u3000\u3000\u3000第一期\n\u3000\u3000\u3000\u3000甲\u3000思想的來源\n"
        "\u3000\u3000\u3000\u3000乙\u3000進行的前奏\n\u3000\u3000\u3000第二期\n\u3000\u3000\u3000\u3000甲\u3000理論的集成\n"
        "\n\u3000\u3000我改進佛教的經過，可以分作兩個時期來講：\n" + _talk_in_periods(),
        outline=PERIODS_OUTLINE,
        lines=[10, 11, 13, 15, 16],
    ),
    Case(
        "a-whole-list-of-short-items-on-one-line-is-no-heading",
        "同志們：\n一　區別之要點\n\u3000\u3000一、律儀之區別。二、部類之區別。三、職業之區別。\n"
        "二　必備條件\n\u3000\u3000一、離俗之必要。二、志職業之一致。\n三　養成之法\n\u3000\u3000一、先具中學程度，"
        + FILLER
        + "\n\u3000\u3000二、出家後受持律儀兩年。"
        + FILLER
        + "\n",
        outline=[
            (1, "一 區別之要點"),
            (1, "二 必備條件"),
            (1, "三 養成之法"),
            (
                2,
                "一、先具中學程度，各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效",
            ),
            (2, "二、出家後受持律儀兩年"),
        ],
    ),
    Case(
        "a-numeral-and-space-heading-may-open-with-a-corner-quote",
        "夢\n\u3000\u3000──二十一年在某某大學講──\n\u3000\u3000\u3000一\u3000夢的事實\n"
        "\u3000\u3000\u3000二\u3000古書的夢說\n\u3000\u3000\u3000三\u3000結論\n一\u3000「夢」的事實\n\u3000\u3000"
        + FILLER * 2
        + "\n二\u3000古書的夢說\n\u3000\u3000"
        + FILLER * 2
        + "\n三\u3000結論\n\u3000\u3000"
        + FILLER
        + "\n",
        outline=[(1, "一 「夢」的事實"), (1, "二 古書的夢說"), (1, "三 結論")],
        lines=[6, 8, 10],
    ),
    Case(
        "a-recorders-and-a-source-note-after-the-last-sentence-still-end-it",
        _two_seminary_talks("（甲乙記）（見某某月刊三卷五期）", "（丙丁記）"),
        speeches=2,
        titles=["某某學院開學講話", "同學會成立致詞"],
    ),
    Case(
        "a-table-of-contents-under-a-place-line-is-no-speaker-line",
        "修學要略\n\u3000\u3000──十九年春在某某學院講──\n\u3000\u3000\u3000一\u3000修學的次第\n"
        "\u3000\u3000\u3000二\u3000修學的方法\n\u3000\u3000\u3000三\u3000結論\n一\u3000修學的次第\n\u3000\u3000"
        + FILLER * 2
        + "\n二\u3000修學的方法\n\u3000\u3000"
        + FILLER * 2
        + "\n三\u3000結論\n\u3000\u3000"
        + FILLER
        + "\n",
        outline=[(1, "一 修學的次第"), (1, "二 修學的方法"), (1, "三 結論")],
        lines=[6, 8, 10],
        speeches=1,
    ),
    Case(
        "unbalanced-halves-are-no-subtitle",
        "同志们：\n\n"
        + FILLER
        + "\n\n我们要坚持改革开放不动摇，坚持发展\n\n"
        + FILLER * 2
        + "\n\n今年的工作，千头万绪很多\n\n"
        + FILLER * 2
        + "\n",
        outline=[],
        contains=["坚持发展" + FILLER[:6]],
    ),
    Case(
        "a-new-spoken-series-after-an-interjection-stands-beside-the-one-before",
        "在某某合作会议上的讲话\n（2023年9月6日）\n尊敬的主席先生，\n各位同事：\n"
        "\u3000\u3000很高兴出席会议。我们的合作体现在以下三个方面：\n"
        "\u3000\u3000一是坚持真诚相待，互信更加坚实。" + FILLER + "\n"
        "\u3000\u3000二是坚持守望相助，友好更为牢固。" + FILLER + "\n"
        "\u3000\u3000三是坚持互利互惠，合作更富成效。" + FILLER + "\n"
        "\u3000\u3000" + FILLER + "\n"
        "\u3000\u3000各位同事！\n"
        "\u3000\u3000当前形势复杂多变。为此，我提出以下建议：\n"
        "\u3000\u3000第一，携手打造增长中心。" + FILLER + "\n"
        "\u3000\u3000第二，携手推进产业合作。" + FILLER + "\n"
        "\u3000\u3000谢谢大家！\n",
        speeches=1,
        outline=[
            (1, "一是坚持真诚相待，互信更加坚实"),
            (1, "二是坚持守望相助，友好更为牢固"),
            (1, "三是坚持互利互惠，合作更富成效"),
            (1, "第一，携手打造增长中心"),
            (1, "第二，携手推进产业合作"),
        ],
    ),
    Case(
        "after-an-interjection-a-new-spoken-series-stays-under-the-open-section",
        "同志们：\n\n一、关于今年的工作\n\n"
        + FILLER
        + "\n\n一要抓好项目建设。"
        + FILLER
        + "\n\n二要抓好招商引资。"
        + FILLER
        + "\n\n同志们！\n\n"
        + FILLER
        + "\n\n第一，加强组织领导。"
        + FILLER
        + "\n\n第二，强化督查考核。"
        + FILLER
        + "\n\n二、关于明年的打算\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、关于今年的工作"),
            (2, "一要抓好项目建设"),
            (2, "二要抓好招商引资"),
            (2, "第一，加强组织领导"),
            (2, "第二，强化督查考核"),
            (1, "二、关于明年的打算"),
        ],
    ),
    Case(
        "without-an-interjection-a-spoken-list-announced-inside-an-item-is-its-list",
        "同志们：\n\n一是坚持稳中求进。"
        + FILLER
        + "具体要做到以下两点：\n\n第一，稳字当头。"
        + FILLER
        + "\n\n第二，进中求好。"
        + FILLER
        + "\n\n二是坚持改革创新。"
        + FILLER
        + "\n",
        outline=[
            (1, "一是坚持稳中求进"),
            (2, "第一，稳字当头"),
            (2, "第二，进中求好"),
            (1, "二是坚持改革创新"),
        ],
    ),
    # --- issue 14: page chrome and speech parts on real files (engine10) -------------------
    Case(
        "a-breadcrumb-above-a-title-is-page-chrome-not-the-first-title-line",
        "首页 > 政务公开 > 政府工作报告\n2012年某某市政府工作报告\n（2012年1月10日）\n各位代表：\n"
        + FILLER
        + "\n一、过去一年的工作回顾\n"
        + FILLER
        + "\n二、今年的主要任务\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["2012年某某市政府工作报告"],
        noise=["首页 > 政务公开"],
        outline=[(1, "一、过去一年的工作回顾"), (1, "二、今年的主要任务")],
    ),
    Case(
        "a-labelled-breadcrumb-naming-the-speech-is-not-its-title",
        "当前位置：首页 > 新闻中心 > 在全市经济工作会议上的讲话\n\n在全市经济工作会议上的讲话\n\n"
        "（2015年12月20日）\n\n同志们：\n\n"
        + FILLER
        + "\n\n一、认清形势\n\n"
        + FILLER
        + "\n\n二、抓好落实\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["在全市经济工作会议上的讲话"],
        dates=["2015年12月20日"],
        noise=["当前位置：首页"],
    ),
    Case(
        "a-breadcrumb-above-a-title-and-subtitle-leaves-the-title-in-other-words",
        "您现在的位置：首页 > 领导讲话\n坚定信心 真抓实干\n——在全市经济工作会议上的讲话\n同志们：\n"
        + FILLER
        + "\n一、认清形势\n"
        + FILLER
        + "\n二、抓好落实\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["坚定信心 真抓实干"],  # (a title of two parts keeps its space)
        noise=["您现在的位置：首页"],
    ),
    Case(
        "a-breadcrumb-trail-of-three-names-over-a-report-title",
        "政务公开 » 规划计划 » 政府工作报告\n\n政府工作报告\n\n"
        "——2012年1月10日在某某市第十四届人民代表大会第一次会议上\n\n各位代表：\n\n"
        + FILLER
        + "\n\n一、过去一年的工作回顾\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["政府工作报告"],
        noise=["政务公开 »"],
    ),
    Case(
        "an-introduction-and-a-closing-part-around-numbered-sections-frame-one-speech",
        "在全市经济工作会议上的讲话\n引言\n"
        + FILLER
        + "\n一、认清形势\n"
        + FILLER
        + "\n二、抓好落实\n"
        + FILLER
        + "\n结束语\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["在全市经济工作会议上的讲话"],
        outline=[(1, "一、认清形势"), (1, "二、抓好落实")],
    ),
    Case(
        "spaced-introduction-and-conclusion-around-sections-title-nothing",
        "引\u3000言\n"
        + FILLER
        + "\n一、认清形势\n"
        + FILLER
        + "\n二、抓好落实\n"
        + FILLER
        + "\n结\u3000论\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=[None],
        outline=[(1, "一、认清形势"), (1, "二、抓好落实")],
    ),
    Case(
        "markdown-introduction-and-conclusion-are-headings-of-one-text",
        "# 关于某某问题的研究\n\n## 引言\n\n"
        + FILLER
        + "\n\n## 一、认清形势\n\n"
        + FILLER
        + "\n\n## 二、抓好落实\n\n"
        + FILLER
        + "\n\n## 结论\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["关于某某问题的研究"],
        outline=[(1, "引言"), (1, "一、认清形势"), (1, "二、抓好落实"), (1, "结论")],
    ),
    Case(
        "a-leading-introduction-part-titles-no-speech",
        "引言\n同志们！"
        + FILLER
        + "\n结论\n"
        + FILLER
        + "\n一、我们的文艺是为什么人的\n"
        + FILLER
        + "\n二、如何去服务\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=[None, "结论"],
        outline=[(1, "一、我们的文艺是为什么人的"), (1, "二、如何去服务")],
    ),
    Case(
        "a-bare-first-line-title-over-an-introduction-line-stays-the-title",
        "关于某某问题的几点思考\n\n前言\n\n"
        + FILLER
        + "\n\n一、认清形势\n\n"
        + FILLER
        + "\n\n二、抓好落实\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["关于某某问题的几点思考"],
        outline=[(1, "一、认清形势"), (1, "二、抓好落实")],
    ),
    Case(
        "a-collected-volume-running-header-titles-no-piece",
        _collected_volume("某某文选\u3000第二卷"),
        titles=["论某某关系", "关于某某问题"],
        dates=["一九五六年四月二十五日", "一九五七年二月二十七日"],
        noise=["某某文选\u3000第二卷"],
        absent=["某某文选"],
    ),
    Case(
        "a-collected-works-running-header-above-a-finished-paragraph-starts-no-piece",
        _collected_volume("某某文集"),
        speeches=2,
        titles=["论某某关系", "关于某某问题"],
        absent=["某某文集"],
    ),
    Case(
        "a-two-part-title-keeps-the-space-between-its-parts",
        "创新竞进 破浪前行 以青春之我筑就伟大征程——在某某大学毕业典礼上的讲话\n（2022年6月21日）\n"
        "同学们：\n" + FILLER * 2 + "\n\n狠抓落实促转型  对标一流谋发展\n（2023年4月8日）\n"
        "同志们：\n"
        + FILLER * 2
        + "\n\n欢迎词 讲话提纲\n（2023年5月8日）\n同志们：\n"
        + FILLER
        + "\n",
        titles=[
            "创新竞进 破浪前行 以青春之我筑就伟大征程——在某某大学毕业典礼上的讲话",
            "狠抓落实促转型 对标一流谋发展",
            "欢迎词 讲话提纲",
        ],
        contains=["创新竞进 破浪前行 以青春之我"],
    ),
    Case(
        "a-pdf-wrap-space-and-letter-spacing-leave-a-title",
        "在全市 2022 年优化营商环境 和招商引资大会上的讲话\n讲　话　人\n同志们：\n"
        + FILLER
        + "\n\n"
        "在某某会议上的讲话 提纲\n（2023年5月8日）\n同志们：\n" + FILLER + "\n\n"
        "讲　　话\n（2023年6月8日）\n同志们：\n" + FILLER + "\n",
        titles=[
            "在全市 2022 年优化营商环境和招商引资大会上的讲话",
            "在某某会议上的讲话提纲",
            "讲话",
        ],
    ),
    Case(
        "an-ad-line-above-yaml-front-matter-hides-it-not",
        "本文来源于网络，仅供学习交流，如有侵权请联系删除\n---\n"
        'title: "关于某某工作情况的报告（摘要）"\ndate: 2026-03-06\nrelated:\n'
        '  - "[[关于另一项工作的报告]]"\n---\n\n# 关于某某工作情况的报告（摘要）\n\n'
        + FILLER
        + "\n\n**一、2025年工作情况**\n\n"
        + FILLER
        + "\n\n**二、2026年主要任务**\n\n"
        + FILLER
        + "\n",
        speeches=1,
        titles=["关于某某工作情况的报告（摘要）"],
        outline=[(1, "一、2025年工作情况"), (1, "二、2026年主要任务")],
        back=["date: 2026-03-06"],
    ),
    Case(
        "compilation-pieces-cut-by-a-pdf-page-number-and-line-breaks",
        "\n".join(
            ["第6章 某某法师在各地讲法汇集(1)", "", "\u3000\u3000壬申十月在某某寺讲"]
            + ["\u3000\u3000" + FILLER * 2, "\u3000\u3000" + FILLER]
            # a page number between a piece's title and its text
            + ["\u3000\u3000为某某法师掩关笔示法则", "第 1 页 共 6 页", "\u3000\u3000" + FILLER * 2]
            + ["\u3000\u3000" + FILLER, "\u3000\u3000临终助念"]
            # the announced sections (次分三章) on the second line of a broken sentence
            + [
                "\u3000\u3000古诗云：“我见他人死，我心热如火，不是热他人，看看轮到我。”人生最后一段大事岂可"
            ]
            + ["须臾忘耶。今为讲述，次分三章，如下所列。", "\u3000\u3000病重时的注意"]
            + ["\u3000\u3000" + FILLER * 2, "\u3000\u3000临终时的注意", "\u3000\u3000" + FILLER * 2]
            + ["\u3000\u3000命终后一日", "\u3000\u3000" + FILLER * 2]
            # a letter's name glued to its text, the text's sentence broken by the line's end
            + ["\u3000\u3000关于某某异说讨论致某某法师书，兹综合律文，及南山律、灵芝钞"]
            + ["疏记义，列表如下：" + FILLER, "\u3000\u3000" + FILLER, ""]
        ),
        titles=[None, "为某某法师掩关笔示法则", "临终助念", "关于某某异说讨论致某某法师书"],
    ),
    Case(
        "a-compilations-page-header-inside-a-title-block-titles-no-speech",
        "政府工作报告\n【\n字体：\n大\n中\n小\n】\n"  # (a saved web page: its title, font buttons)
        "政府工作报告\n——在某某省第十届人民代表大会第五次会议\n某某省省长 张某某\n1\n讲话稿精选汇编\n"
        "（2007年1月16日）\n各位代表：\n" + FILLER * 2 + "\n一、过去五年的工作\n" + FILLER + "\n"
        "二、今年的主要任务\n" + FILLER + "\n",
        speeches=1,
        titles=["政府工作报告"],
        outline=[(1, "一、过去五年的工作"), (1, "二、今年的主要任务")],
    ),
    Case(
        "qi-items-are-the-di-series-and-announced-first-items-stay-out",
        "科学精神与东西文化\n\n一\n\n中国人对于科学的态度，有根本不对的两点：其一，把科学看得太高了。"
        + FILLER
        + "\n\n其二，把科学看得太呆了，太窄了。"
        + FILLER
        + "\n\n二\n\n"
        + FILLER
        + "\n\n其一，讲政治；其二，顾大局。\n\n"
        + FILLER
        + "\n\n其一，要抓学习。"
        + FILLER
        + "其二，要抓落实。"
        + FILLER
        + "\n",
        outline=[(1, "一"), (2, "其二，把科学看得太呆了，太窄了"), (1, "二")],
    ),
    Case(
        "an-announced-second-item-under-a-cn-dun-section-nests-under-it",
        "同志们：\n\n"
        + FILLER
        + "\n\n一、关于改革\n\n"
        + FILLER
        + "\n\n这里我讲三点：第一，提高认识。"
        + FILLER
        + "\n\n第二，加强领导。"
        + FILLER
        + "\n\n第三，狠抓落实。"
        + FILLER
        + "\n\n二、关于发展\n\n"
        + FILLER * 2
        + "\n",
        outline=[
            (1, "一、关于改革"),
            (2, "第二，加强领导"),
            (2, "第三，狠抓落实"),
            (1, "二、关于发展"),
        ],
    ),
    Case(
        "a-second-item-said-in-order-under-a-cn-dun-section-nests-under-it",
        "同志们：\n\n"
        + FILLER
        + "\n\n一、关于改革\n\n"
        + FILLER
        + "\n\n我讲几点意见。第一，提高认识。"
        + FILLER
        + "\n\n第二，加强领导。"
        + FILLER
        + "\n\n二、关于发展\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "一、关于改革"), (2, "第二，加强领导"), (1, "二、关于发展")],
    ),
    Case(
        "a-bold-lead-sentence-whose-bold-closes-before-its-full-stop-is-a-heading",
        "同志们：\n\n"
        + FILLER
        + "\n\n**坚持立德树人**。"
        + FILLER
        + "\n\n**坚持服务社会。**"
        + FILLER
        + "\n\n**坚持开放办学。**"
        + FILLER
        + "\n",
        outline=[(1, "坚持立德树人"), (1, "坚持服务社会"), (1, "坚持开放办学")],
    ),
    Case(
        "a-dash-leading-bold-lead-sentences-is-their-mark-and-stays-in-the-entry",
        "同志们：\n\n"
        + FILLER
        + "\n\n**——精神是“拼”出来的**。"
        + FILLER
        + "\n\n**——精神是“闯”出来的。**"
        + FILLER
        + "\n\n**——精神是“干”出来的。**"
        + FILLER
        + "\n",
        outline=[(1, "——精神是“拼”出来的"), (1, "——精神是“闯”出来的"), (1, "——精神是“干”出来的")],
    ),
    Case(
        "a-list-a-steps-text-announces-nests-under-the-step",
        "同志们：\n\n"
        + FILLER
        + "\n\n一、病在什么地方\n\n"
        + FILLER
        + "\n\n第一步分析问题。"
        + FILLER
        + "\n\n第二步观察和调查。"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n\n观察和调查的方法，总起来可以分做三样：\n\n（一）统计。"
        + FILLER
        + "\n\n（二）社会测量。"
        + FILLER
        + "\n\n（三）综合。"
        + FILLER
        + "\n\n二、病怎样起\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、病在什么地方"),
            (2, "第一步分析问题"),
            (2, "第二步观察和调查"),
            (3, "（一）统计"),
            (3, "（二）社会测量"),
            (3, "（三）综合"),
            (1, "二、病怎样起"),
        ],
    ),
    Case(
        "a-list-announced-after-a-sections-shi-points-stays-the-sections",
        "同志们：\n\n"
        + FILLER
        + "\n\n一、今年的工作\n\n"
        + FILLER
        + "\n\n一是抓好改革。"
        + FILLER
        + "\n\n二是抓好发展。"
        + FILLER
        + "\n\n今年要重点做好以下工作：\n\n（一）稳增长。"
        + FILLER
        + "\n\n（二）促改革。"
        + FILLER
        + "\n\n二、加强领导\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、今年的工作"),
            (2, "一是抓好改革"),
            (2, "二是抓好发展"),
            (2, "（一）稳增长"),
            (2, "（二）促改革"),
            (1, "二、加强领导"),
        ],
    ),
    Case(
        "a-collected-volume-in-brackets-is-the-volume-line",
        _collected_volume("某某选集（第三卷）"),
        titles=["论某某关系", "关于某某问题"],
        absent=["某某选集"],
    ),
    # --- variants a real text shows (generalisation probe, 2026-12-05) ------------------
    Case(
        "a-title-line-filling-the-wrap-width-goes-on-in-the-next-line",
        hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            "一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设质量",
            FILLER * 3,
            "（一）持之以恒正风肃纪，驰而不息纠治“四风”顽疾",
            FILLER * 3,
            "（二）加强组织领导",
            FILLER * 3,
            "二、狠抓工作落实",
            FILLER * 3,
        ),
        outline=[
            (1, "一、坚持不懈推进全面从严治党向纵深发展，不断提高党的建设质量"),
            (2, "（一）持之以恒正风肃纪，驰而不息纠治“四风”顽疾"),
            (2, "（二）加强组织领导"),
            (1, "二、狠抓工作落实"),
        ],
    ),
    Case(
        # holdout23 n07 as a PDF (issue #14, engine24): a full line that stops inside a
        # sentence — on a word's first character (…保证国家统 | 一、实现…: 统一、 broken) or
        # after ， (…一、抓改革， | 二、抓发展，…) — goes on in the next: a paragraph never ends
        # inside its sentence, so the marker opening the next line is no heading.
        "a-marker-after-a-full-line-stopping-mid-sentence-goes-on-the-paragraph",
        hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            "一、统一思想认识",
            "在民族工作方面，政府根据宪法在保证国家统一、实现民族平等的原则下，继续推行民族区域自治，"
            "已经收到很大的成效。",
            FILLER * 2,
            "二、狠抓工作落实",
            "我们这几年坚持做好了三件事：一、抓改革，二、抓发展，三、抓民生，都取得了成效。",
            FILLER * 2,
        ),
        outline=[(1, "一、统一思想认识"), (1, "二、狠抓工作落实")],
        contains=["国家统一、实现民族平等", "一、抓改革，二、抓发展"],
    ),
    Case(
        # …but a full line ending with ： (…请大家讨论： | 一、…) may end its paragraph, and a
        # heading's title line may fill the width with a comma and no sentence end
        # (二、…，增强党组织功能 | （一）…): the marker under either is a heading.
        "a-marker-after-a-full-colon-line-or-a-full-title-line-is-a-heading",
        hard_wrapped(
            "同志们：",
            "会议开得好，下面讲三点意见，请大家讨论：",
            "一、加强组织领导",
            FILLER * 2,
            "二、深入推进全面从严治党，增强党组织功能",
            "（一）加强作风建设",
            FILLER * 2,
            "（二）狠抓工作落实",
            FILLER * 2,
            "三、抓好作风建设",
            FILLER * 2,
        ),
        outline=[
            (1, "一、加强组织领导"),
            (1, "二、深入推进全面从严治党，增强党组织功能"),
            (2, "（一）加强作风建设"),
            (2, "（二）狠抓工作落实"),
            (1, "三、抓好作风建设"),
        ],
    ),
    Case(
        "a-title-line-filling-the-wrap-width-blank-lines-below",
        hard_wrapped("同志们：", "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。")
        + "一、坚持不懈推进全面从严治党向纵深发展和提\n\n\n高党的建设质量\n"
        + hard_wrapped(FILLER * 3, "二、狠抓工作落实", FILLER * 3),
        outline=[
            (1, "一、坚持不懈推进全面从严治党向纵深发展和提高党的建设质量"),
            (1, "二、狠抓工作落实"),
        ],
    ),
    Case(
        "a-short-title-line-of-a-wrapped-text-stands-alone",
        hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            "一、加强组织领导",
            FILLER * 3,
            "二、狠抓工作落实",
            FILLER * 3,
        ),
        outline=[(1, "一、加强组织领导"), (1, "二、狠抓工作落实")],
        contains=["各级各部门要切实提高政治站位"],
    ),
    Case(
        "a-weak-title-on-the-first-line-of-text-under-an-ad-line",
        "更多范文请关注公众号XXX\n\n关于某某县乡村振兴工作的调研报告\n\n一、基本情况\n\n"
        + FILLER
        + "\n\n二、存在问题\n\n"
        + FILLER
        + "\n",
        titles=["关于某某县乡村振兴工作的调研报告"],
        outline=[(1, "一、基本情况"), (1, "二、存在问题")],
        noise=["更多范文请关注公众号"],
    ),
    Case(
        "a-weak-title-on-the-first-line-of-text-under-a-source-line",
        "（来源：某某网）\n我们要什么样的宗教——一次讲演\n\n宗教是不是普遍的需要\n\n"
        + FILLER
        + "\n",
        titles=["我们要什么样的宗教——一次讲演"],
    ),
    Case(
        "a-saved-page-s-heading-on-the-first-line-is-not-the-report-s-title",
        "1984年国务院政府工作报告\n\n中央政府门户网站\u3000www.gov.cn\n\n2006年02月16日 10时04分\n\n"
        "来源：新华社\n\n【字体：大 中 小】\n\n1984年政府工作报告\n\n"
        "——1984年5月15日在第六届全国人民代表大会第二次会议上\n\n各位代表：\n\n" + FILLER + "\n",
        speeches=1,
        titles=["1984年政府工作报告"],
    ),
    Case(
        "a-closing-note-after-a-page-break-ends-the-last-piece",
        "读书的乐趣\n\n"
        + (FILLER * 2 + "\n\n") * 2
        + "- 1 -\n学习参考资料（内部）\n"
        + (FILLER * 2 + "\n\n") * 2
        + "- 2 -\n学习参考资料（内部）\n"
        + FILLER * 2
        + "\n\n这是一位很可爱的人。\n\n- 3 -\n学习参考资料（内部）\n"
        "1960年2月11日在某某学社纪念会上的演讲\n",
        speeches=1,
        titles=["读书的乐趣"],
    ),
    Case(
        "a-closing-note-after-a-numbered-running-header-ends-the-last-piece",
        "读书的乐趣\n\n"
        + "".join(
            (FILLER * 2 + "\n\n") * 2 + f"学习参考资料（内部）\u3000第 {page} 页\n\n"
            for page in (1, 2)
        )
        + "这是一位很可爱的人。\n学习参考资料（内部）\u3000第 3 页\n\n"
        "本文为1921年8月4日夜在某某青年会的演讲\n",
        speeches=1,
        titles=["读书的乐趣"],
    ),
    Case(
        "a-list-starting-over-after-a-colon-in-a-heading-is-the-heading-s",
        "同志们：\n今天我讲三点意见。\n一、加强组织领导。"
        + FILLER
        + "\n二、完善工作机制，重点抓好三个方面：一、健全制度，二、压实责任，三、强化考核。"
        + FILLER
        + "\n三、狠抓工作落实。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、加强组织领导"),
            (1, "二、完善工作机制，重点抓好三个方面：一、健全制度，二、压实责任，三、强化考核"),
            (1, "三、狠抓工作落实"),
        ],
    ),
    Case(
        "a-list-starting-over-after-a-colon-in-a-bracketed-heading",
        "同志们：\n今天我讲三点意见。\n（一）加强组织领导。"
        + FILLER
        + "\n（二）完善工作机制，重点抓好三个方面：（一）健全制度；（二）压实责任；（三）强化考核。"
        + FILLER
        + "\n（三）狠抓工作落实。"
        + FILLER
        + "\n",
        outline=[
            (1, "（一）加强组织领导"),
            (1, "（二）完善工作机制，重点抓好三个方面：（一）健全制度"),
            (1, "（三）狠抓工作落实"),
        ],
    ),
    Case(
        "a-list-going-on-in-a-heading-s-sentence-is-still-inline",
        "同志们：\n今天我讲三点意见。\n一、讲政治；二、顾大局：一心为公；三、守规矩。"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # Keynotes as written up: the occasion, the kind of talk, a colon, the talk's title —
        # each such line opens a talk of the collection, as 在…上的讲话 does.
        "keynotes-titled-occasion-kind-colon-title-are-separate-talks",
        "某某技术大会主题演讲：云原生时代的机遇\n\n"
        + FILLER * 2
        + "\n\n一、机遇在哪里\n\n"
        + FILLER
        + "\n\n二、挑战在哪里\n\n"
        + FILLER
        + "\n\n某某峰会2021主旨演讲：从历史看未来\n\n"
        + FILLER * 2
        + "\n\n一、历史的经验\n\n"
        + FILLER
        + "\n\n二、未来的方向\n\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["某某技术大会主题演讲：云原生时代的机遇", "某某峰会2021主旨演讲：从历史看未来"],
        outline=[
            (1, "一、机遇在哪里"),
            (1, "二、挑战在哪里"),
            (1, "一、历史的经验"),
            (1, "二、未来的方向"),
        ],
    ),
    Case(
        # A blog or WeChat post ends with a list of further articles under 推荐阅读: back
        # matter, not a last section.
        "a-reading-list-head-after-the-talk-is-back-matter",
        "# 喜迎新年\n\n大家好，\n\n"
        + FILLER * 2
        + "\n\n## 开源正当时\n\n"
        + FILLER * 2
        + "\n\n## 新年的计划\n\n"
        + FILLER * 2
        + "\n\n### 本周推荐阅读  \n\n[云原生运行时的下一个五年](https://example.com/a)\n\n"
        "[降本提效！注册中心在蚂蚁集团的蜕变之路](https://example.com/b)\n\n"
        "[还在为多集群管理烦恼吗？OCM来啦！](https://example.com/c)\n",
        outline=[(1, "开源正当时"), (1, "新年的计划")],
        back=["本周推荐阅读", "云原生运行时的下一个五年"],
    ),
    Case(
        # A company's write-up of a talk ends with a job advert under ## 加入我们 (holdout42 g07):
        # back matter after the speaker's 谢谢大家, with its bold labels and 1. lists.
        "a-job-advert-head-after-the-talk-is-back-matter",
        "---\ntitle: 某某峰会主题演讲：分布式架构实践\n---\n\n大家好，我是某某公司的张三。\n\n"
        + "## 行业常见架构\n\n"
        + FILLER * 2
        + "\n\n## 我们的实践\n\n"
        + FILLER * 2
        + "\n\n我的介绍就到这里，谢谢大家。\n\n## 加入我们\n\n**某某集团-产品专家**\n\n"
        "**工作地点：** 杭州、上海\n\n**岗位职责：**\n\n1. 负责平台产品的规划与设计；\n"
        "1. 推进重大产品项目的落地；\n\n**简历投递邮箱：** hr@example.com\n",
        outline=[(1, "行业常见架构"), (1, "我们的实践")],
        back=["加入我们"],
    ),
    Case(
        # ## 加入我们 with more of the writer's ## sections after it is a section of the text
        # (a community talk telling how to join it), as ## 延伸阅读 is.
        "a-job-advert-head-with-sections-after-it-stays-a-section",
        "# 某某社区年度分享\n\n"
        + FILLER * 2
        + "\n\n## 加入我们\n\n"
        + FILLER * 2
        + "\n\n## 明年的计划\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "加入我们"), (1, "明年的计划")],
    ),
    Case(
        "a-reading-list-head-with-sections-after-it-stays-a-section",
        "# 某某讲座\n\n"
        + FILLER * 2
        + "\n\n## 延伸阅读\n\n"
        + FILLER * 2
        + "\n\n## 课后思考\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "延伸阅读"), (1, "课后思考")],
    ),
    Case(
        # The only 第N部分 of the talk, a later one, named in a sentence: the speaker saying
        # which part this is (under the heading that opens it), not a heading of its own.
        "a-lone-later-part-named-in-a-sentence-is-no-heading",
        "# 某某讲座\n\n## 前言\n\n"
        + FILLER * 2
        + "\n\n## 主要组件\n\n第二部分，来介绍一下主要组件。\n\n"
        + FILLER * 2
        + "\n\n## 分析和探讨\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "前言"), (1, "主要组件"), (1, "分析和探讨")],
    ),
    Case(
        "parts-named-in-sentences-as-a-series-are-headings",
        "同志们：\n\n"
        + FILLER
        + "\n\n第一部分，总结去年的工作。\n\n"
        + FILLER * 2
        + "\n\n第二部分，部署今年的任务。\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "第一部分，总结去年的工作"), (1, "第二部分，部署今年的任务")],
    ),
    Case(
        "a-colon-after-a-talk-word-inside-a-sentence-is-no-title",
        "同志们：\n\n"
        + FILLER
        + "\n\n刚才，某某同志的讲话：讲得很好，我完全同意。"
        + FILLER
        + "\n\n一、统一思想\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、统一思想")],
    ),
    Case(
        # A note's mark that a wrapped report's line happens to begin with: no heading, alone
        # or with another mark that is not the next number (［3］ … ［7］).
        "note-marks-at-wrapped-line-starts-are-no-headings",
        "同志们：\n\n一、回顾工作\n\n"
        + FILLER
        + "“五互一共”\n［3］人才培养新模式成效初显。"
        + FILLER
        + "“双环”旅游公路\n［7］建成通车。"
        + FILLER
        + "\n\n二、部署任务\n\n"
        + FILLER
        + "\n",
        outline=[(1, "一、回顾工作"), (1, "二、部署任务")],
    ),
    Case(
        # A notes list whose notes the page width wrapped ([1] 见… | 1995年版，第3页。):
        # back matter, though each mark line is short and a line follows it.
        "a-wrapped-notes-list-stays-back-matter",
        "同志们：\n\n"
        + FILLER * 2
        + "[1]\n\n[1] 参见《某某选集》第一卷，人民出版社\n1995年版，第3页。\n"
        "[2] 参见《某某选集》第二卷，人民出版社\n1995年版，第5页。\n",
        outline=[],
        back=["[1] 参见《某某选集》第一卷", "[2] 参见《某某选集》第二卷"],
    ),
    Case(
        # [1] 标题 over a section of text, [2] 标题 over the next: headings, not notes.
        "bracketed-numbers-over-sections-are-headings",
        "同志们：\n\n"
        + FILLER
        + "\n\n[1] 提高思想认识\n\n"
        + FILLER
        + "\n\n[2] 加强组织领导\n\n"
        + FILLER
        + "\n\n[3] 狠抓工作落实\n\n"
        + FILLER
        + "\n",
        outline=[(1, "[1]提高思想认识"), (1, "[2]加强组织领导"), (1, "[3]狠抓工作落实")],
    ),
    Case(
        # Short notes at the pages' feet ([1] 同上, the text going on under each): the text
        # cites their marks inside its lines (…之一[1]。), so they are notes, not headings.
        "short-page-foot-notes-cited-in-the-text-are-no-headings",
        "同志们：\n\n一、回顾工作\n\n"
        + FILLER
        + "这是我们的经验之一[1]。\n[1] 同上\n"
        + FILLER * 2
        + "这也是我们的经验之一[2]。\n[2] 某某文集第三卷\n"
        + FILLER * 2
        + "\n\n二、部署任务\n\n"
        + FILLER
        + "\n",
        outline=[(1, "一、回顾工作"), (1, "二、部署任务")],
    ),
    Case(
        # Notes at the end that name a person and explain in the next line ([1] 张三 |
        # 张三，…人。): cited in the text, so a notes list (back matter), not [1] headings.
        "cited-notes-of-a-name-and-a-line-are-back-matter",
        "同志们：\n\n"
        + FILLER
        + "张三同志[1]和李四同志[2]都讲过这个问题。\n\n"
        + FILLER * 2
        + "\n\n[1] 张三\n张三，某某省某某县人，一九二〇年生，曾任某某省人民政府省长。\n"
        "[2] 李四\n李四，某某省某某县人，一九二五年生，曾任某某市委书记。\n",
        outline=[],
        back=["[1] 张三", "[2] 李四"],
    ),
    Case(
        # 1.5亿元 / 3.8 万人 at a wrapped line's start: a number, not 1.5 as a heading.
        "a-decimal-number-at-a-line-start-is-no-heading",
        "同志们：\n\n一、回顾工作\n\n"
        + FILLER
        + "全年增长\n1.5亿元，同比增长\n3.8 万人。"
        + FILLER
        + "\n\n二、部署任务\n\n"
        + FILLER
        + "\n",
        outline=[(1, "一、回顾工作"), (1, "二、部署任务")],
    ),
    Case(
        # 一，…。二，…。 inside one paragraph: a list said in a sentence, no headings.
        "comma-items-inside-a-paragraph-are-no-headings",
        "同志们：\n\n"
        + FILLER
        + "一，练习文法的应用。"
        + FILLER
        + "二，多读多写。"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # …百分之二十 | 九，… : a number's last digit at a line's start, then 二， after a
        # sentence: no series from 一.
        "a-number-broken-before-a-comma-is-no-heading",
        "同志们：\n\n今年全市经济增长百分之二十\n九，" + FILLER + "\n二，" + FILLER + "\n",
        outline=[],
    ),
    Case(
        # 一，… twice (two lists of one item each, after two announcing lines): no series.
        "two-lone-comma-items-are-no-series",
        "同志们：\n\n应该多做翻译：\n一，练习文法的应用。"
        + FILLER
        + "\n应注意几点：\n一，最好是令学生自己出题目。"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # A hard-wrapped paragraph whose lines happen to start with 一，二，三， after full
        # lines that end with 。: the wrap, not paragraphs — no headings.
        "comma-items-at-the-starts-of-hard-wrapped-lines-are-no-headings",
        hard_wrapped(
            "同志们：",
            "今天召开这次会议，主要是部署下一阶段的工作任务，我讲几点意见。",
            "一、统一思想",
            "".join(
                prefix + "各地各部门要抓好落实工作任务确保取得实效"[: 19 - len(prefix)] + "。"
                for prefix in ("", "一，", "二，", "三，")
            )
            + FILLER * 2,
            "二、狠抓落实",
            FILLER * 3,
        ),
        outline=[(1, "一、统一思想"), (1, "二、狠抓落实")],
    ),
    Case(
        # A # line ending with a colon over paragraphs of text is the writer's heading; one
        # over a list of links or of short items announces the list.
        "a-hash-line-ending-with-a-colon-over-text-is-a-heading",
        "# 某某讲座\n\n## 背景\n\n"
        + FILLER
        + "\n\n### 如何做到对业务无侵入：\n\n- 一阶段：\n\n"
        + FILLER
        + "\n\n- 二阶段：\n\n"
        + FILLER
        + "\n\n## 要点如下：\n\n- 提高认识\n- 加强领导\n\n## 总结\n\n"
        + FILLER
        + "\n\n## 相关链接：\n\n[某某项目官网](https://example.com/a)\n\n"
        "[某某项目代码](https://example.com/b)\n",
        outline=[(1, "背景"), (2, "如何做到对业务无侵入："), (1, "总结")],
    ),
    Case(
        # An address glued to its text after a page seam (page number and running header)
        # in the middle of a speech: inside the speech, not a new one.
        "an-address-after-a-page-seam-inside-a-speech-opens-no-speech",
        "在某某大学开学典礼上的讲话\n\n亲爱的同学们：\n\n"
        + FILLER
        + "\n\n一、坚定理想信念\n\n"
        + FILLER
        + "\n\n- 1 -\n党建工作学习资料\n同学们：科学的高台积于知识的垒土，理想信念的养成也并非一蹴而就。"
        + FILLER
        + "\n\n二、勤勉务实\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、坚定理想信念"), (1, "二、勤勉务实")],
    ),
    Case(
        # …and a speech that starts on a new page after a closing still starts there.
        "a-speech-after-a-closing-and-a-page-seam-still-starts",
        "同志们：\n\n"
        + FILLER
        + "\n\n谢谢大家！\n\n- 1 -\n党建工作学习资料\n同学们：科学的高台积于知识的垒土。"
        + FILLER
        + "\n",
        speeches=2,
    ),
    Case(
        # engine46 (holdout21 h01 under --mess pages): the same with the running header and
        # its page number on one line, the file's only seam (no second print of the header):
        # inside the speech, and the header no title.
        "an-address-after-a-numbered-header-line-inside-a-speech-opens-no-speech",
        "各位親愛的父老兄弟姊妹：今天，我們在這裡舉行就職典禮。"
        + FILLER
        + "\n"
        + FILLER
        + "\n某某市人民政府办公室\u3000第 1 页\n各位親愛的父老兄弟姊妹：登輝要再度對同胞們給予的信賴，表示衷心的感激。"
        + FILLER
        + "\n謝謝大家！\n",
        speeches=1,
        titles=[None],
    ),
    Case(
        # (trap) a title over a salutation that ends with 页 but names no page stays a title
        "a-title-ending-with-ye-over-a-salutation-after-a-speech-starts-one",
        "同志们：\n\n"
        + FILLER
        + "\n\n翻开历史新的一页\n\n同志们：\n\n今天我们召开大会。"
        + FILLER
        + "\n",
        speeches=2,
        titles=[None, "翻开历史新的一页"],
    ),
    Case(
        # engine46 (holdout28 p01 under --mess wrap30): an enumeration running through
        # paragraphs, each item inside a line (…：（一）是说… | …。（二）是说…), whose （三） a
        # wrap at 30 put first on a full line right after a sentence's end: still inline.
        "an-inline-item-a-wrap-put-first-on-a-line-after-inline-items-above-is-no-heading",
        "中国小说的历史的变迁\n\n"
        + hard_wrapped(FILLER * 3, width=30)
        + "\n"
        + hard_wrapped(FILLER * 3, width=30)
        + "\n对于书中所叙的意思，推测之说也很多。举其较为重要者而言：（一）\n"
        "是说记纳兰性德的家事，所谓金钗十二，就是性德所奉为上客的人们。\n\n"
        "但是查抄一事，宝玉在生前，而性德则在死后，其他不同之点也很多，\n"
        "所以其实并不很相像。（二）是说记顺治与董鄂妃的故事；而又以鄂\n"
        "妃为秦淮旧妓董小宛，清兵南下时，掠小宛到北京，因此有宠于清。\n\n"
        "而顺治方十四岁，决不会有把小宛做妃的道理。所以这一说也不通的。\n"
        "（三）是说叙康熙朝政治底状态的；就是以为石头记是政治小说，书\n"
        "中本事，在吊明之亡，而揭清之失，然此说未免近于穿凿，不可信。\n",
        outline=[],
    ),
    Case(
        # (trap) …but a short line there, （二） alone under a paragraph whose last line put
        # （一） after its colon (holdout h07 at 30), is the heading the paragraph announced.
        "an-item-alone-on-its-line-after-an-item-inline-above-is-a-heading",
        "怎样做一个共产党员\n\n"
        + hard_wrapped(FILLER * 3, width=30)
        + "\n"
        + hard_wrapped(FILLER * 3, width=30)
        + "\n恢复党籍或重新入党的问题，应遵照中央的决定，并按具体情况决定\n之。其原则有四：（一）\n\n"
        "长期脱离党，但仍在继续为党工作，党内有人证明者，恢复党籍。\n\n（二）\n\n"
        "被捕后未叛变，而出狱后与党失掉联系者，经审查后，恢复党籍。\n\n（三）\n\n"
        "曾经叛变者，不论其情节轻重如何，均须重新入党，并严格审查。\n",
        outline=[(1, "（二）"), (1, "（三）")],
    ),
    Case(
        # A credit line under the title block wrapped at the page's width, its bracket closed
        # on the next line (…（2026年03月15日第 | 02 版）): still the title block, one speech.
        "a-wrapped-credit-line-keeps-the-title-block-whole",
        "关于某某计划的报告\n\n——二〇二六年三月五日在某某会议上\n\n"
        "国家发展和改革委员会《人民日报》（2026年03月15日第\n02 版）\n\n各位代表：\n\n"
        + FILLER
        + "\n\n一、执行情况\n\n"
        + FILLER
        + "\n\n二、主要任务\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[(1, "一、执行情况"), (1, "二、主要任务")],
    ),
    # holdout26 (engine32): an anthology's talks closed by a bare date line; a series of
    # talks (一论… / 二论…); lectures given one by one (第一讲… / 第二讲…).
    Case(
        # 人生问题 | text | 1948年8月12日 | 科学的人生观 | text: the date line under the first
        # talk's last sentence closes it; the bare line under the date titles the next talk.
        "a-bare-date-line-closing-a-talk-before-the-next-title",
        "人生问题\n\n"
        + FILLER * 2
        + "\n\n"
        + FILLER
        + "\n\n1948年8月12日\n\n科学的人生观\n\n"
        + FILLER * 2
        + "\n\n"
        + FILLER
        + "\n",
        speeches=2,
        titles=["人生问题", "科学的人生观"],
    ),
    Case(
        # (trap) a date line and a signature under the talk's last sentence, nothing after:
        # the end of one talk, the signature no title.
        "a-bare-date-line-and-a-signature-end-the-one-talk",
        "人生问题\n\n" + FILLER * 2 + "\n\n" + FILLER + "\n\n1948年8月12日\n\n某某某\n",
        speeches=1,
        titles=["人生问题"],
    ),
    Case(
        # (trap) a date line inside a talk, over a short line that goes on with a sentence of
        # its own: no title (the line is no bare title over a paragraph).
        "a-date-line-over-a-sentence-is-no-talk-s-end",
        "人生问题\n\n" + FILLER * 2 + "\n\n1948年8月12日\n\n那一天下了雨。\n\n" + FILLER + "\n",
        speeches=1,
    ),
    Case(
        # 一论治学方法 | text | 二论治学方法 | text: the first title again with its number
        # changed starts the next talk of the series (no heading 二论… over the second's text).
        "a-series-of-talks-titled-one-two-three",
        "一论治学方法\n\n"
        + FILLER * 2
        + "\n\n"
        + FILLER
        + "\n\n二论治学方法\n\n"
        + FILLER * 2
        + "\n\n一、工具\n\n"
        + FILLER
        + "\n\n二、习惯\n\n"
        + FILLER
        + "\n\n三论治学方法\n\n"
        + FILLER * 2
        + "\n",
        speeches=3,
        titles=["一论治学方法", "二论治学方法", "三论治学方法"],
        outline=[(1, "一、工具"), (1, "二、习惯")],
    ),
    Case(
        # (trap) a bare line that shares the title's words but not as a numbered series
        # (治学方法 under 一论治学方法 has no number of its own): a heading, not a talk.
        "a-bare-line-sharing-the-title-without-a-number-is-no-next-talk",
        "一论治学方法\n\n" + FILLER * 2 + "\n\n论治学\n\n" + FILLER * 2 + "\n",
        speeches=1,
    ),
    Case(
        # 三论治学方法 | the editor's lead | 第一讲引言 | text | 第二讲方法的自觉 | text | 第三讲…:
        # lectures given one by one, each a talk; the series' title and its lead open the
        # first lecture's title block.
        "lectures-given-one-by-one-are-talks",
        "三论治学方法\n\n要大胆的提出假设，还得想法子证明。\n\n第一讲引言\n\n"
        + FILLER * 2
        + "\n\n第二讲方法的自觉\n\n"
        + FILLER * 2
        + "\n\n第一，勤。"
        + FILLER
        + "\n\n第二，谨。"
        + FILLER
        + "\n\n第三讲方法与材料\n\n"
        + FILLER * 2
        + "\n",
        speeches=3,
        titles=["三论治学方法", "第二讲方法的自觉", "第三讲方法与材料"],
        outline=[(1, "第一，勤"), (1, "第二，谨")],
    ),
    Case(
        # holdout26 p02 --mess pdf (engine36): a page break right under a lecture's line (its
        # page number and the running header between the line and its text) leaves it a talk.
        "a-lecture-line-over-a-page-break-is-still-a-talk",
        "三论治学方法\n\n要大胆的提出假设，还得想法子证明。\n\n第一讲引言\n\n"
        + FILLER * 2
        + "\n\n第二讲方法的自觉\n\n"
        + FILLER * 2
        + "\n\n第三讲方法与材料\n\n19\n学习参考资料（内部）\n\n"
        + FILLER * 2
        + "\n",
        speeches=3,
        titles=["三论治学方法", "第二讲方法的自觉", "第三讲方法与材料"],
    ),
    Case(
        # (trap) …but a syllabus whose list a page break parts (第二讲 方法 | 3 | 第三讲 材料):
        # the line after the page number is the next lecture's line, no text of the one above.
        "a-list-of-lectures-parted-by-a-page-break-is-no-series-of-talks",
        "关于学习安排的说明\n\n" + FILLER + "本课程分三讲：\n\n第一讲 绪论\n\n第二讲 方法\n\n3\n"
        "第三讲 材料\n\n" + FILLER * 2 + "\n",
        speeches=1,
        titles=["关于学习安排的说明"],
    ),
    Case(
        # (trap) a syllabus: 第一讲… 第三讲 on lines one under the other, announced in a
        # talk's text: a list, not three lectures.
        "a-list-of-lectures-inside-a-talk-is-no-series-of-talks",
        "关于学习安排的说明\n\n" + FILLER + "本课程分三讲：\n\n第一讲 绪论\n\n第二讲 方法\n\n"
        "第三讲 材料\n\n" + FILLER * 2 + "\n",
        speeches=1,
        titles=["关于学习安排的说明"],
    ),
    Case(
        # (trap) lectures numbered with a gap (第一讲 … 第三讲): no series given one by one.
        "lectures-with-a-gap-in-their-numbers-stay-one-text",
        "治学方法\n\n"
        + FILLER * 2
        + "\n\n第一讲引言\n\n"
        + FILLER * 2
        + "\n\n第三讲方法与材料\n\n"
        + FILLER * 2
        + "\n",
        speeches=1,
    ),
    Case(
        # …提出了三个解答： | 一、凡…便进步；… | 二、… | 三、… | …提出了三条旨趣： | 一、…: two lists
        # of sentences, each announced with a colon, one after the other: siblings, the
        # second not under the first's last item.
        "a-second-announced-list-stands-beside-the-first",
        "论学问\n\n" + FILLER * 2 + "\n\n他在文章里提出了三个最精辟的解答：\n\n"
        "一、凡是能直接研究材料的就进步；凡是不能的就退步。\n\n二、凡能扩张材料的便进步；凡不能的便退步。"
        "\n\n三、凡能扩充工具的便进步；凡不能的便退步。\n\n"
        + FILLER
        + "所以他提出了三条工作旨趣：\n\n"
        "一、保持前人的遗训。要运用新旧材料。\n\n二、扩张研究的材料。\n\n三、扩充研究用的工具。\n\n"
        + FILLER * 2
        + "\n",
        outline=[
            (1, "一、凡是能直接研究材料的就进步"),
            (1, "二、凡能扩张材料的便进步"),
            (1, "三、凡能扩充工具的便进步"),
            (1, "一、保持前人的遗训"),
            (1, "二、扩张研究的材料"),
            (1, "三、扩充研究用的工具"),
        ],
    ),
    Case(
        # (trap) 报告如下： | 一、今年的工作 | 二、明年的任务 | …三个方面的工作： | 一、…: the top
        # series announced with a colon too, but its items are titles alone: sections, whose
        # announced tasks go under the open one.
        "tasks-announced-under-a-section-title-stay-under-it",
        "关于某某工作的报告\n\n各位代表：\n\n"
        + FILLER
        + "现将有关情况报告如下：\n\n一、今年的工作\n\n"
        + FILLER * 2
        + "\n\n二、明年的任务\n\n"
        + FILLER
        + "要着力抓好三个方面的工作：\n\n"
        "一、抓好农业生产。"
        + FILLER
        + "\n\n二、抓好工业生产。"
        + FILLER
        + "\n\n三、抓好民生保障。"
        + FILLER
        + "\n",
        outline=[
            (1, "一、今年的工作"),
            (1, "二、明年的任务"),
            (2, "一、抓好农业生产"),
            (2, "二、抓好工业生产"),
            (2, "三、抓好民生保障"),
        ],
    ),
    Case(
        # 第一步，… | 第二步，… at line starts: a series of steps, headings.
        "steps-with-a-comma-at-line-starts-are-a-series",
        "关于发掘的计划\n\n"
        + FILLER * 2
        + "\n\n第一步，沿京汉路去发掘。"
        + FILLER
        + "\n\n第二步，从洛阳一带去发掘；"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n",
        outline=[(1, "第一步，沿京汉路去发掘"), (1, "第二步，从洛阳一带去发掘")],
    ),
    Case(
        # (trap) one 第一步， alone (no 第二步 at a line start): the talk's words, no heading.
        "a-lone-first-step-is-no-heading",
        "关于发掘的计划\n\n"
        + FILLER * 2
        + "\n\n第一步，沿京汉路去发掘。"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # (trap) 第一步棋 / 第二步棋: a move of a game, no step of a series.
        "moves-of-a-game-are-no-steps",
        "关于发掘的计划\n\n"
        + FILLER * 2
        + "\n\n第一步棋走错了，"
        + FILLER
        + "\n\n第二步棋又走错了，"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # 一、…三、扩充研究用的工具。 | 以上是…的意见。…他计划要发掘新材料： | 第一步，… | 第二步，…:
        # the paragraph summing up the list closes its last item; the steps stand beside it.
        "a-summing-up-paragraph-closes-the-list-above",
        "论学问\n\n"
        + FILLER * 2
        + "\n\n一、保持前人的遗训\n\n"
        + FILLER
        + "\n\n二、扩张研究的材料\n\n"
        + FILLER
        + "\n\n以上是他早已提出的意见。所以他计划要大规模的发掘新材料：\n\n第一步，沿京汉路去发掘。\n\n"
        "第二步，从洛阳一带去发掘。\n\n" + FILLER + "\n",
        outline=[
            (1, "一、保持前人的遗训"),
            (1, "二、扩张研究的材料"),
            (1, "第一步，沿京汉路去发掘"),
            (1, "第二步，从洛阳一带去发掘"),
        ],
    ),
    Case(
        # (trap) the same steps announced by a paragraph that sums nothing up: the open
        # section's own steps, under it.
        "steps-announced-inside-a-section-stay-under-it",
        "论学问\n\n"
        + FILLER * 2
        + "\n\n一、保持前人的遗训\n\n"
        + FILLER
        + "\n\n二、扩张研究的材料\n\n"
        + FILLER
        + "\n\n他计划要大规模的发掘新材料：\n\n第一步，沿京汉路去发掘。\n\n"
        "第二步，从洛阳一带去发掘。\n\n" + FILLER + "\n",
        outline=[
            (1, "一、保持前人的遗训"),
            (1, "二、扩张研究的材料"),
            (2, "第一步，沿京汉路去发掘"),
            (2, "第二步，从洛阳一带去发掘"),
        ],
    ),
    Case(
        # 一、总论 | 社会科学之对象 | text | 社会现象之联系 | text | 二、社会之意义 | 自然界与人类 | text
        # | 劳动与智识 | …必须有： | （1）… | （2）…: a lecture book's chapters divided by unnumbered
        # subtitles, two or more in each: the subtitles under their chapter, the items under them.
        "unnumbered-subtitles-of-numbered-chapters",
        "社会科学概论\n\n一、总论\n\n社会科学之对象\n\n"
        + FILLER * 2
        + "\n\n社会现象之联系\n\n"
        + FILLER * 2
        + "\n\n二、社会之意义\n\n自然界与人类\n\n"
        + FILLER * 2
        + "\n\n劳动与智识\n\n"
        + FILLER
        + "经济行为必须有：\n\n（1）人的体力及智力；\n\n（2）生产工具；\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "一、总论"),
            (2, "社会科学之对象"),
            (2, "社会现象之联系"),
            (1, "二、社会之意义"),
            (2, "自然界与人类"),
            (2, "劳动与智识"),
            (3, "（1）人的体力及智力"),
            (3, "（2）生产工具"),
        ],
    ),
    Case(
        # (trap) one short line in each section (a slogan, a motto between paragraphs): text.
        "one-short-line-in-each-numbered-section-is-no-subtitle",
        "关于某某工作的报告\n\n一、总体要求\n\n"
        + FILLER * 2
        + "\n\n实事求是\n\n"
        + FILLER * 2
        + "\n\n二、主要任务\n\n"
        + FILLER * 2
        + "\n\n真抓实干\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "一、总体要求"), (1, "二、主要任务")],
    ),
    Case(
        # (trap) short lines in one section only: that section's slogans, not a book's
        # subtitles.
        "short-lines-in-one-numbered-section-only-are-no-subtitles",
        "关于某某工作的报告\n\n一、总体要求\n\n"
        + FILLER * 2
        + "\n\n实事求是\n\n"
        + FILLER * 2
        + "\n\n真抓实干\n\n"
        + FILLER * 2
        + "\n\n二、主要任务\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "一、总体要求"), (1, "二、主要任务")],
    ),
    Case(
        # …本题，第一步，我们需要工具。 | 第二步就是习惯的养成。这可以分三点来讲：第一是不要懒。… |
        # 第二是不苟且。 | 第三点就是不轻信。: each list's first item said inside the line before; the
        # later items that open lines are headings, the points under their step.
        "first-items-said-inside-the-line-before-steps-and-points",
        "二论治学\n\n"
        + FILLER * 2
        + "\n\n现在说到本题，第一步，我们需要工具。"
        + FILLER
        + "\n\n第二步就是习惯的养成。这可以分三点来讲：第一是不要懒。"
        + FILLER
        + "\n\n第二是不苟且。"
        + FILLER
        + "\n\n第三点就是不轻信。"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n",
        outline=[(1, "第二步就是习惯的养成"), (2, "第二是不苟且"), (2, "第三点就是不轻信")],
    ),
    Case(
        # (trap) holdout27 p01 L119-L140, a PDF's text: （五）'s paragraph runs into an uncounted
        # list (…主要情形：一是 9 个地区违规举借…。) and the hard-wrapped 二是 happens to open a
        # line: the paragraph's own words, not a heading (engine32's reading of a heading's own
        # paragraph for a list's first item is for a counted list: 这可以分四点来讲：第一是…).
        "an-uncounted-run-in-list-in-a-heading-paragraph-is-no-series",
        "（四）国有资本经营预算编制不完整、分配不细化。至 2024\n"
        "年底，财政部尚未将 15 个部门所属 112 户一级企业纳入国有资本\n"
        "经营预算，按利润 10%的收缴比例测算，少收国有资本收益 2.28\n"
        "亿元。抽查已纳入预算的 9 户央企近 2 年获批的 115 亿元发现，\n"
        "有 8 户 11 个项目的 63.5 亿元存在财政笼统切块分配、企业按切\n"
        "块拼凑申领的问题，执行中 48.33 亿元被挪用或闲置。其中 33.5\n"
        "亿元未明确具体项目及实施内容，而是笼统按照战略性产业发展\n"
        "等支出方向切块分配。个别企业为获得切块资金，连续 2 年通过\n"
        "虚增项目投资额、拼凑项目等方式申领预算 8 亿元，至 2024 年底\n"
        "全部用于理财等。\n"
        "（五）对地方专项债项目全周期监控不严，未及时发现和纠\n"
        "— 7 —\n"
        "正地方管理使用中的问题。审计 9 省地方专项债券管理使用情况，\n"
        "发现各类问题金额 1325.97 亿元，主要情形：一是 9 个地区违规\n"
        "举借 20.29 亿元。主要用于亮化工程、楼堂馆所等禁止类项目。\n"
        "二是 7 省虚报支出完成情况 464.35 亿元。财政部地方专项债券监\n"
        "测系统缺乏不相容职责分离等机制，一个人即可完成自填、自审、\n"
        "自报等关键步骤，对上传支出凭证的真实性审核也不严格，7 省\n"
        "借此漏洞等虚报支出完成情况。如福建光泽县在未发生支出的情\n"
        "况下，将 2 张明显虚假的凭证上传至专项债券监测系统，虚报 2\n"
        "个项目支出 1.15 亿元。三是 92 个地区挤占挪用 651.8 亿元。主要\n"
        "用于“三保”、偿还国企债务等。四是 70 个地区闲置或损失浪费\n",
        outline=[
            (1, "（四）国有资本经营预算编制不完整、分配不细化"),
            (1, "（五）对地方专项债项目全周期监控不严，未及时发现和纠正地方管理使用中的问题"),
        ],
    ),
    Case(
        # (trap) 第二步就是… with no 第一步， said before it (我们第一步先…: no clause of its own),
        # and a 第二是 whose 第一是 was never said: the talk's words, no headings.
        "a-second-step-and-point-without-their-first-are-no-headings",
        "二论治学\n\n"
        + FILLER * 2
        + "\n\n现在说到本题，我们第一步先要有工具。"
        + FILLER
        + "\n\n第二步就是习惯的养成。"
        + FILLER
        + "\n\n第二是不苟且。"
        + FILLER
        + "\n\n"
        + FILLER
        + "\n",
        outline=[],
    ),
    Case(
        # 阶级斗争与“社会的工具” among a lecture book's subtitles: a quotation closed inside the
        # line, a subtitle like the others.
        "a-subtitle-ending-with-a-quotation-among-subtitles",
        "社会科学概论\n\n一、总论\n\n社会科学之对象\n\n"
        + FILLER * 2
        + "\n\n社会现象之联系\n\n"
        + FILLER * 2
        + "\n\n二、社会之意义\n\n自然界与人类\n\n"
        + FILLER * 2
        + "\n\n阶级斗争与“社会的工具”\n\n"
        + FILLER * 2
        + "\n",
        outline=[
            (1, "一、总论"),
            (2, "社会科学之对象"),
            (2, "社会现象之联系"),
            (1, "二、社会之意义"),
            (2, "自然界与人类"),
            (2, "阶级斗争与“社会的工具”"),
        ],
    ),
    Case(
        # (trap) a report's short lines over its numbered sections, one of them ending with a
        # quotation (坚持“两个毫不动摇”; a line an extraction broke after a closing quote looks
        # so too: 林彪、“四人帮”): a slogan, no part title over the sections, no subtitle.
        "a-line-ending-with-a-quotation-is-no-part-title",
        "关于某某工作的报告\n\n各位代表：\n\n过去五年的回顾\n\n一、经济发展\n\n"
        + FILLER * 2
        + "\n\n坚持“两个毫不动摇”\n\n"
        + FILLER * 2
        + "\n\n二、社会事业\n\n"
        + FILLER * 2
        + "\n",
        outline=[(1, "一、经济发展"), (1, "二、社会事业")],
    ),
    *(
        Case(
            # (trap) issue #14: a file whose lines were joined by one space (or by nothing):
            # the ad block before the title is cut into its phrases, marked noise as on its
            # lines, and no ad label ends up in the title (免费QQ群： 在全县…的讲话).
            f"one-line-ad-block-before-the-title-is-cut-out-{name}",
            sep.join(_ONE_LINE_AD_BLOCK + _ONE_LINE_TALK),
            titles=["在全县安全生产工作会议上的讲话"],
            outline=[(1, "一、提高思想认识"), (1, "二、狠抓工作落实")],
            noise=["仅供学习", "会员群：", "免费QQ群："],
            absent=["文库", "免费赠送", "QQ群"],
            contains=["今天召开全县安全生产工作会议"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (trap) issue #14: a saved web page whose lines were joined by one space (or by
            # nothing): its header (comments, breadcrumb, the page's title beside the site's
            # name and address, the page's date, 来源：, the font switch) is cut into its
            # phrases, marked noise as on its lines, and the speech keeps its own title.
            f"one-line-page-header-before-the-title-is-cut-out-{name}",
            sep.join(_ONE_LINE_PAGE_HEADER + _ONE_LINE_TALK),
            titles=["在全县安全生产工作会议上的讲话"],
            outline=[(1, "一、提高思想认识"), (1, "二、狠抓工作落实")],
            noise=["<!--", "当前位置：", "来源：县政府办", "【字体"],
            absent=["www.", "当前位置", "来源：", "字体"],
            contains=["今天召开全县安全生产工作会议"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (trap) a saved transcript whose lines were joined by one space: its YAML front
            # matter (--- title: "…" source: "…" tags: [] ---) is cut back into its lines and
            # shown as metadata, and the # heading that spells its title is the speech's title.
            f"one-line-yaml-front-matter-before-the-title-is-cut-out-{name}",
            " ".join(
                [
                    "---",
                    f'title: "{title}"',
                    'source: "tingwu.aliyun.com"',
                    "tags: []",
                    "---",
                    f"# {title}",
                    *_ONE_LINE_TALK[1:],
                ]
            ),
            titles=[title],
            back=['title: "', 'source: "tingwu.aliyun.com"', "tags: []"],
            noise=["---"],
            outline=[(1, "一、提高思想认识"), (1, "二、狠抓工作落实")],
        )
        for name, title in (
            ("plain-title", "2023-某某大学毕业典礼"),
            ("title-with-a-space", "2015-某某毕业典礼演讲：相信梦想 坚持梦想"),
        )
    ),
    *(
        Case(
            # (trap) a news agency's dateline glued before the title (新华社北京3月17日电政府
            # 工作报告…): cut off, the title is the speech's own, as on its lines.
            f"one-line-dateline-before-the-title-is-cut-off-{name}",
            sep.join(["新华社北京3月17日电", *_ONE_LINE_TALK]),
            titles=["在全县安全生产工作会议上的讲话"],
            outline=[(1, "一、提高思想认识"), (1, "二、狠抓工作落实")],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (near miss) a title that begins with 新华社 (no date, no 电) stays whole.
            f"one-line-title-beginning-with-the-agency-s-name-stays-{name}",
            sep.join(["新华社社长在某某分社成立十周年座谈会上的讲话", *_ONE_LINE_TALK[1:]]),
            titles=["新华社社长在某某分社成立十周年座谈会上的讲话"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (near miss) a header's words opening a sentence of the speech (来源：… / 当前位置：…
            # go on into a sentence): no phrase, nothing cut, nothing hidden.
            f"one-line-header-words-in-a-sentence-stay-text-{name}",
            sep.join(
                [
                    "当前位置：我们的工作处在爬坡过坎的关键阶段，",
                    "来源：群众的期盼就是我们工作的方向。",
                    *_ONE_LINE_TALK[2:],
                ]
            ),
            contains=["当前位置：我们的工作处在爬坡过坎的关键阶段", "来源：群众的期盼"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (trap) the same at the text's end: the ad block after the last sentence is cut
            # off the speech's last paragraph and marked noise.
            f"one-line-ad-block-at-the-end-is-cut-off-{name}",
            sep.join(
                _ONE_LINE_TALK + ["谢谢大家！", "更多范文请关注公众号某某文库", "仅供学习 禁止外传"]
            ),
            titles=["在全县安全生产工作会议上的讲话"],
            noise=["更多范文请关注", "禁止外传"],
            absent=["公众号", "仅供学习"],
            contains=["谢谢大家！"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (near miss) a last sentence that says those words is the speech's.
            f"one-line-ad-words-in-the-last-sentence-stay-text-{name}",
            sep.join(
                _ONE_LINE_TALK + ["谢谢大家！", "以上材料仅供学习参考。", "禁止外传的文件请交回。"]
            ),
            titles=["在全县安全生产工作会议上的讲话"],
            contains=["仅供学习参考。", "禁止外传的文件请交回。"],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    *(
        Case(
            # (near miss) the same words said in the speech's sentences stay text, the
            # speech's title stays its own.
            f"one-line-ad-words-inside-sentences-stay-text-{name}",
            sep.join(
                _ONE_LINE_TALK[:3]
                + [
                    "这份材料仅供学习参考，禁止外传，请大家妥善保管。"
                    "禁止外传的文件要专人管理。大家可以加入会员群：按要求报名。"
                ]
                + _ONE_LINE_TALK[3:]
            ),
            titles=["在全县安全生产工作会议上的讲话"],
            outline=[(1, "一、提高思想认识"), (1, "二、狠抓工作落实")],
            contains=[
                "这份材料仅供学习参考，禁止外传，请大家妥善保管。",
                "禁止外传的文件要专人管理。",
                "大家可以加入会员群：按要求报名。",
            ],
        )
        for name, sep in (("single-space", " "), ("no-separator", ""))
    ),
    Case(
        "a-heading-title-cut-by-the-source-s-page-goes-on-past-a-blank-line",
        # 一、…大突破，牢牢 | blank | 扭住…: a hard-wrapped text whose paragraphs are parted by
        # blank lines, the heading line short of the width — but it stops on a doubled adverb
        # that only leads a verb; and …发展和现 | blank | 现代化建设…, where the source's page
        # seam printed 现 twice (现代化 elsewhere, never 现现): the titles go on (corpus
        # 优化营商环境大会讲话合集 under --mess wrap and pdf).
        _blank_parted_wrapped(
            "一、我们坚持大突破，牢牢",
            "扭住招商引资这个牛鼻子。" + FILLER,
            "二、认识到，这是推动发展和现",
            "现代化建设的必然要求。" + FILLER + "发展和现代化都需要好的环境。",
            "三、聚焦核心指标，提标提速",
            "扭住招商引资这个牛鼻子。" + FILLER,
        ),
        outline=[
            (1, "一、我们坚持大突破，牢牢扭住招商引资这个牛鼻子"),
            (1, "二、认识到，这是推动发展和现代化建设的必然要求"),
            (1, "三、聚焦核心指标，提标提速"),
        ],
    ),
    Case(
        "a-whole-heading-title-above-a-blank-line-stays-whole",
        # (near miss) a title whose last clause is a four-character phrase (提标提速), and
        # one whose last character only happens to open the next paragraph (人民至上 | 上下一心,
        # 至上下 nowhere else in the text): each heading stands alone.
        _blank_parted_wrapped(
            "一、聚焦核心指标，提标提速",
            "扭住招商引资这个牛鼻子，形成了一套体制机制。" + FILLER,
            "二、坚持人民至上",
            "上下一心抓落实，形成了一套体制机制。" + FILLER,
        ),
        outline=[(1, "一、聚焦核心指标，提标提速"), (1, "二、坚持人民至上")],
        contains=["扭住招商引资这个牛鼻子", "上下一心抓落实"],
    ),
    Case(
        "bold-lines-titling-bare-numerals-are-their-titles-not-headings",
        # **01** | **向老字号学习** | **做产品要真材实料** | text: the numeral is the entry, the
        # bold lines under it its title; bold being the titles' type, **后记** is no heading
        # either, and the items under a section (第一点，/ 1、) are one level under its numeral.
        "去年底我在一次内部会上讲了几点体会，现在整理出来和大家分享。"
        + FILLER
        + "\n\n**01**\n\n**向老字号学习**\n\n**做产品要真材实料**\n\n"
        + FILLER * 2
        + "\n\n**02**\n\n**向好餐馆学习**\n\n"
        + FILLER * 2
        + "\n\n第一点，我们像老字号一样做产品。"
        + FILLER
        + "\n\n第二点，向好餐馆学服务。"
        + FILLER
        + "\n\n**03**\n\n**效率是王道**\n\n"
        + FILLER * 2
        + "\n\n**后记**\n\n"
        + FILLER
        + "\n\n1、**为用户提供更高的价值；**\n\n2、**不断提升效率。**\n\n"
        + FILLER
        + "\n",
        speeches=1,
        outline=[
            (1, "01"),
            (1, "02"),
            (2, "第一点，我们像老字号一样做产品"),
            (2, "第二点，向好餐馆学服务"),
            (1, "03"),
            (2, "1、为用户提供更高的价值"),
            (2, "2、不断提升效率"),
        ],
        contains=["向老字号学习", "做产品要真材实料", "后记"],
    ),
    Case(
        "a-collections-cover-note-over-pieces-titled-alike-is-no-speech",
        # 学校班子成员年度述职报告展示 | 全体教职工： | one paragraph | 党政办 | date, then three
        # pieces each titled 2023年度述职报告: the page's notice to its readers, no fourth speech.
        _cover_note_page("2023年度述职报告", "2023年度述职报告", "2023年度述职报告"),
        speeches=3,
        titles=["2023年度述职报告"] * 3,
        contains=["全体教职工：", "党政办"],
    ),
    Case(
        "a-short-first-piece-over-pieces-titled-unlike-stays-a-speech",
        # (near miss) the pieces after it are titled unlike each other: no collection of one
        # kind, and the short first piece stays a speech of its own.
        _cover_note_page("2023年度述职报告", "2023年度述廉报告", "2023年度述德报告"),
        speeches=4,
        titles=[
            "学校班子成员年度述职报告展示",
            "2023年度述职报告",
            "2023年度述廉报告",
            "2023年度述德报告",
        ],
    ),
    Case(
        "a-lone-spoken-first-question-with-no-second-is-no-heading",
        # 第一个问题，你为什么加入我们？ | 你希望…？ near the end: one question asked, no 第二个问题
        # anywhere after it — no series, no heading (the 第一点…第三点 before it stay).
        "同学们：\n\n今天我想跟大家分享三点体会。\n\n第一点，要定一个高的目标。\n\n"
        + FILLER
        + "\n\n第二点，要把目标分解成可以实现的小目标。\n\n"
        + FILLER
        + "\n\n第三点，热爱才是做好事情的前提。\n\n"
        + FILLER
        + "\n\n我开会的时候常常问新同事几个问题。\n\n第一个问题，你为什么加入我们？\n\n"
        + "你希望我们做到什么阶段？\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一点，要定一个高的目标"),
            (1, "第二点，要把目标分解成可以实现的小目标"),
            (1, "第三点，热爱才是做好事情的前提"),
        ],
        contains=["第一个问题，你为什么加入我们？"],
    ),
    Case(
        "a-spoken-first-question-with-its-second-stays-a-heading",
        # (near miss) 第一个问题，… then 第二个问题，…: a series of two, both headings.
        "同学们：\n\n今天我想跟大家分享三点体会。\n\n第一点，要定一个高的目标。\n\n"
        + FILLER
        + "\n\n第二点，要把目标分解成可以实现的小目标。\n\n"
        + FILLER
        + "\n\n第三点，热爱才是做好事情的前提。\n\n"
        + FILLER
        + "\n\n我开会的时候常常问新同事几个问题。\n\n第一个问题，你为什么加入我们？\n\n"
        + "第二个问题，你希望我们做到什么阶段？\n\n"
        + FILLER
        + "\n",
        outline=[
            (1, "第一点，要定一个高的目标"),
            (1, "第二点，要把目标分解成可以实现的小目标"),
            (1, "第三点，热爱才是做好事情的前提"),
            (2, "第一个问题，你为什么加入我们？"),
            (2, "第二个问题，你希望我们做到什么阶段？"),
        ],
    ),
    Case(
        "bold-lines-under-one-titled-bare-numeral-stay-headings",
        # (near miss) one numeral only has a bold line right under it; the other bold lines
        # follow text: bold is no numeral's title type here, each bold line is a heading.
        "去年底我在一次内部会上讲了几点体会，现在整理出来和大家分享。"
        + FILLER
        + "\n\n**01**\n\n**向老字号学习**\n\n"
        + FILLER * 2
        + "\n\n**口碑源于超预期**\n\n"
        + FILLER * 2
        + "\n\n**02**\n\n"
        + FILLER * 2
        + "\n\n**效率是王道**\n\n"
        + FILLER * 2
        + "\n",
        speeches=1,
        outline=[
            (1, "01"),
            (2, "向老字号学习"),
            (2, "口碑源于超预期"),
            (1, "02"),
            (2, "效率是王道"),
        ],
    ),
]


def _flat(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def _same(got: list[tuple[int, str]], want: list[tuple[int, str]]) -> bool:
    if len(got) != len(want):
        return False
    for (level, text), (want_level, want_text) in zip(got, want, strict=True):
        if level != want_level:
            return False
        if want_text.endswith("…"):
            if not text.startswith(want_text[:-1]):
                return False
        elif text != want_text:
            return False
    return True


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_trap(case: Case) -> None:
    document = parse_text(case.text)
    if case.outline is not None:
        got = _flat(case.text)
        assert _same(got, case.outline), got
    if case.speeches is not None:
        assert len(document.speeches) == case.speeches, [s.line for s in document.speeches]
    shown = [p.text for p in document.paragraphs if p.kind is not Kind.NOISE]
    for needle in case.contains:
        assert any(needle in text for text in shown), needle
    for needle in case.absent:
        assert not any(needle in text for text in shown), needle
    noise = [p.text for p in document.paragraphs if p.kind is Kind.NOISE]
    for needle in case.noise:
        assert any(text.startswith(needle) for text in noise), (needle, noise)
    if case.lines is not None:
        assert [h.line for s in document.speeches for h in s.headings] == case.lines
    if case.titles is not None:
        assert [s.title for s in document.speeches] == case.titles
    if case.dates is not None:
        assert [s.date for s in document.speeches] == case.dates
    back = [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]
    for needle in case.back:
        assert any(text.startswith(needle) for text in back), (needle, back)


def test_a_talk_starts_at_its_occasion_line_also_with_a_title_under_it() -> None:
    """甲戌五月在某某寺讲 | 三归略说 | text…: the occasion line opens the talk its title follows."""
    tail = ["    甲戌五月在某某寺讲", "    三归略说", "    " + FILLER * 2, "    " + FILLER]
    text = _collected_works_speech(*tail)
    starts = [s.line for s in parse_text(text).speeches]
    assert starts == [1, text.split("\n").index(tail[0]) + 1]


def test_a_bare_line_naming_a_talk_titles_the_talk_it_starts() -> None:
    """…讲录 on its line, after a finished talk and before text: the next talk, so titled."""
    case = next(c for c in CASES if c.id.startswith("a-bare-line-naming-a-talk"))
    speeches = parse_text(case.text).speeches
    assert [s.line for s in speeches] == [1, 7]
    assert speeches[1].title == "泉州开元慈儿院讲录"


def test_a_bare_title_under_a_closing_note_titles_the_next_piece() -> None:
    """…的演讲 (or 原载于…) under a piece's last paragraph closes it; the bare line under the note
    is the title of the next piece, and the note is no speech's title."""
    for prefix, want in (
        ("collected-edition-pieces-closed-by-occasion-notes", ["找书的快乐", "一个防身药方"]),
        ("collected-edition-piece-closed-by-a-source-line", ["为什么读书"]),
    ):
        case = next(c for c in CASES if c.id.startswith(prefix))
        assert [s.title for s in parse_text(case.text).speeches][1:] == want


def _f05_opening(*, announced: bool = True) -> str:
    """holdout41 f05's first 126 lines: the colleges list …最著名的，如： | 一、…六、, then …第一，
    不婚不嫁的原因约有几种： | 一、…六、 (nested under the colleges' 六、) | 第二，离婚的原因…;
    ``announced=False`` ends the colleges' lead with 。 instead of its colon (a section-like
    list, not items)."""
    path = (
        Path(__file__).parents[1]
        / "holdout41"
        / "texts"
        / "f05_hushi_meiguo_de_furen_1918_crlf.txt"
    )
    text = "\r\n".join(path.read_bytes().decode("utf-8").split("\r\n")[:126]) + "\r\n"
    return text if announced else text.replace("最著名的，如：", "最著名的。", 1)


def test_a_second_spoken_item_over_the_list_its_first_item_announced() -> None:
    """第一，不婚不嫁的原因约有几种： closing the paragraph before the 一、…六、 it announces
    (nested under the last item of a list its text announced, …如：): 第二，离婚的原因… opening
    its line is a heading one level over that list (holdout41 f05)."""
    got = _flat(_f05_opening())
    assert (2, "一、生计一方面，美国男子非到了可以养家的地位，决不肯娶妻") in got, got
    assert got[-1][0] == 1 and got[-1][1].startswith("第二，离婚的原因"), got


def test_a_second_spoken_item_under_a_section_list_stays_text() -> None:
    """Near miss of the test above: the list above is no announced list (its lead ends with 。:
    sections, whose talk 第一， may go on), so 第二， stays prose, as before."""
    got = _flat(_f05_opening(announced=False))
    assert not any(title.startswith("第二，") for _, title in got), got


def test_every_trap_class_has_a_row() -> None:
    classes = {c.id.split("-")[0].rstrip("ab") for c in CASES if c.id[0].isdigit()}
    assert classes == {str(n) for n in range(1, 16)}


REFLOW_LATIN = [
    (
        "sentence then word",
        "同志们：\nWe thank everyone.\nThank you very much for\ncoming here.\n",
        "We thank everyone. Thank you very much for coming here.",
    ),
    (
        "word then word",
        "同志们：\nThe business environ\nment matters to every company.\n",
        "The business environ ment matters to every company.",
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), [r[1:] for r in REFLOW_LATIN], ids=[r[0] for r in REFLOW_LATIN]
)
def test_reflow_keeps_a_space_between_latin_words(text: str, want: str) -> None:
    """English paragraphs were glued ("everyone.Thank you") by the line join (issue #17)."""
    assert want in [p.text for p in parse_text(text).paragraphs]


@pytest.mark.parametrize(
    "text",
    [
        "请求 -> 网关 -> 服务",  # an arrow is no breadcrumb join
        "如果 x > 3，则输出结果。",
        "政务公开 > 政府工作报告",  # one join, and not after 首页
        "第‹U+2066›二‹U+2069›部分的内容",  # safe_text's placeholders hold no › join
        "我们的位置：在全国前列，要继续努力。" * 6,  # too long for page chrome
    ],
)
def test_look_alikes_of_a_breadcrumb_stay_text(text: str) -> None:
    """Lines with a > (or a 位置： label) that are no web page's breadcrumb keep their text."""
    document = parse_text("同志们：\n" + FILLER + "\n" + text + "\n" + FILLER + "\n")
    shown = [p.text for p in document.paragraphs if p.kind is not Kind.NOISE]
    assert any(text in p for p in shown), shown


def test_a_dash_before_a_bold_lead_sentence_is_its_mark_not_its_title() -> None:
    """**——精神是“闯”出来的。**: the dash is the heading's mark (shown before the title, as
    一、 is), the title is the sentence after it."""
    case = next(c for c in CASES if c.id.startswith("a-dash-leading-bold-lead"))
    headings = [h for s in parse_text(case.text).speeches for h in s.headings]
    assert [(h.marker, h.title) for h in headings] == [
        ("——", "精神是“拼”出来的"),
        ("——", "精神是“闯”出来的"),
        ("——", "精神是“干”出来的"),
    ]


def test_a_markdown_list_item_opening_with_a_number_shows_a_bullet_not_its_asterisk() -> None:
    """``* 1998年，…`` is a list item as ``* 第一项`` is; ``- 12 -`` stays a page number."""
    text = f"# 大事记\n\n{FILLER}\n\n* 1998年，公司成立。\n+ 2000年，公司上市。\n\n- 12 -\n\n{FILLER}\n"
    shown = {p.text: p.kind for p in parse_text(text, "x.md").paragraphs}
    assert "• 1998年，公司成立。" in shown and "• 2000年，公司上市。" in shown
    assert shown["- 12 -"] is Kind.NOISE
    plain = [p.text for p in parse_text(text, "x.txt").paragraphs]
    assert "1998年，公司成立。" in plain


HARD_WRAPPED_BOLD = [
    "# 某某校长在毕业典礼上的讲话",
    "",
    "同学们：",
    "",
    "今天，我们在这里隆重举行毕业典礼，欢送各位同学踏上新的征程，我代表学校向",
    "大家表示热烈的祝贺！希望大家牢记嘱托，做新时代的奋斗者，在新的岗位上建功。",
    "",
    "**做新时代奋斗者要心怀“国之大者”。**百年南开是一部与中华民族休戚与共、",
    "同向同行的爱国奋斗史，南开人在民族危亡之际挺身而出，在国家建设时期艰苦奋斗",
    "，在改革开放的新征程上勇立潮头，始终把个人的前途命运同国家民族紧紧联系在一起。",
    "",
    "**做新时代奋斗者要不畏艰难坎坷。**历经磨难而信念愈坚。在这场同时间赛跑、与",
    "病魔较量的战斗中，我们用不为任何风险所惧、不被任何困难所阻的坚定意志，取得了",
    "阶段性的胜利，全校师生众志成城，以实际行动书写了新时代奋斗者的壮丽篇章。",
    "",
    "回顾过往，满怀感激。**感谢全校师生员工**，是你们的智慧和汗水，让这所百年学府",
    "充满底气和力量；**感谢关心支持南开事业发展的各界朋友，让奋进中的南开人倍感温暖",
    "**，是你们的支持和鼓励，让奋进在追梦路上的南开人倍感温暖、毫不懈怠，更加努力。",
    "",
    "百年南开的新闻报道已经在学校新闻网上发布，详见http://news.example.edu.cn/yw/sys/",
    "6.shtml)里的报道，欢迎大家阅读转发，共同见证南开人在新百年征程上的奋斗足迹。",
]
"""A Markdown speech hard-wrapped at about 40 characters, bold lead sentences and all."""


def test_bold_lead_sentences_of_a_hard_wrapped_markdown_text() -> None:
    """The wrap may end a lead's line on a punctuation mark of the text after its 。 (…休戚与共、):
    still a lead sentence. A ** at a line's start that closes the bold run of the line above
    (**，是你们…) leads nothing; neither does 6.shtml) of a web address the wrap cut."""
    document = parse_text("\n".join(HARD_WRAPPED_BOLD) + "\n", "x.md")
    assert [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings] == [
        (1, "做新时代奋斗者要心怀“国之大者”"),
        (1, "做新时代奋斗者要不畏艰难坎坷"),
    ]


# --- a collection hard-wrapped at an official document's width (GB/T 9704: 28 characters a
# line; a PDF's text layer gives about 30): no line is longer than a title, so a paragraph's
# first line (not yet at its sentence's end) is what shows that text follows a title ---------


def _wrapped_pieces(width: int, *paragraphs: str) -> str:
    """Paragraphs hard-wrapped at ``width`` characters, a blank line between paragraphs."""
    return (
        "\n\n".join(
            "\n".join(paragraph[i : i + width] for i in range(0, len(paragraph), width))
            for paragraph in paragraphs
        )
        + "\n"
    )


OFFICIAL_WIDTHS = pytest.mark.parametrize("width", [28, 30])


@OFFICIAL_WIDTHS
def test_bracketed_piece_titles_of_a_collection_wrapped_at_an_official_width(width: int) -> None:
    text = _wrapped_pieces(
        width,
        "（怎样才配做一个好学生）",
        FILLER * 3,
        FILLER * 2,
        "（义务与权利的轻重）",
        FILLER * 3,
        "（科学与修养之关系）",
        FILLER * 2,
        FILLER,
    )
    titles = [s.title for s in parse_text(text).speeches]
    assert titles == ["（怎样才配做一个好学生）", "（义务与权利的轻重）", "（科学与修养之关系）"]


@OFFICIAL_WIDTHS
def test_a_bare_first_line_titles_a_text_wrapped_at_an_official_width(width: int) -> None:
    text = _wrapped_pieces(
        width,
        "读书的方法与门径",
        FILLER * 3,
        FILLER * 2,
        "一、读书要精",
        FILLER * 2,
        "二、读书要博",
        FILLER,
    )
    document = parse_text(text)
    assert [s.title for s in document.speeches] == ["读书的方法与门径"]
    assert [h.title for s in document.speeches for h in s.headings] == ["读书要精", "读书要博"]


@OFFICIAL_WIDTHS
def test_bare_piece_titles_of_a_compilation_wrapped_at_an_official_width(width: int) -> None:
    text = _wrapped_pieces(
        width,
        "某某先生讲演集",
        "为什么要读书",
        FILLER * 3,
        FILLER * 2,
        "青年人的修养",
        FILLER * 3,
        "学问与人生",
        FILLER * 2,
        FILLER,
    )
    titles = [s.title for s in parse_text(text).speeches]
    assert titles[-2:] == ["青年人的修养", "学问与人生"], titles


@OFFICIAL_WIDTHS
def test_dated_titles_of_a_collection_wrapped_at_an_official_width(width: int) -> None:
    text = _wrapped_pieces(
        width,
        "论某某关系",
        "（一九五六年四月二十五日）",
        FILLER * 3,
        "关于某某问题",
        "（一九五七年二月二十七日）",
        FILLER * 3,
    )
    document = parse_text(text)
    assert [s.title for s in document.speeches] == ["论某某关系", "关于某某问题"]
    assert [s.date for s in document.speeches] == [
        "一九五六年四月二十五日",
        "一九五七年二月二十七日",
    ]


@pytest.mark.parametrize("width", [28, 30, 40])
def test_a_wrapped_paragraph_opening_with_a_date_is_no_title_s_date_line(width: int) -> None:
    """#### 2.3.2 TCC 模式 | 2019 年 3 月份，某某开源了… (the date opens a paragraph the wrap
    broke): a section heading over its text, not a speech's title over its date line."""
    text = _wrapped_pieces(
        width,
        "#### 2.3.2 TCC 模式",
        "2019 年 3 月份，某某开源了 TCC 模式，该模式由某某公司贡献，用户需要实现三个操作。"
        + FILLER,
        FILLER * 2,
        "#### 2.3.3 Saga 模式",
        FILLER * 2,
    )
    document = parse_text(text, "x.md")
    assert [s.title for s in document.speeches] == [None]
    headings = [h.title for s in document.speeches for h in s.headings]
    assert headings == ["2.3.2 TCC 模式", "2.3.3 Saga 模式"]


@OFFICIAL_WIDTHS
def test_sections_announced_after_a_wrap_at_a_sentence_end_stay_sections(width: int) -> None:
    """A compilation's piece that announces its sections (次分三章) in its first paragraph,
    the wrap falling right after a quotation's 。” before it: the unindented line under it goes
    on with the paragraph, so 病重之时 / 临终之时 / 命终之后 are its sections, not new pieces."""

    def indented(paragraph: str) -> list[str]:
        lines = [paragraph[i : i + width] for i in range(0, len(paragraph), width)]
        return ["\u3000\u3000" + lines[0], *lines[1:]]

    rows = ["某某法师讲法汇集(9)", "", *indented("本篇是在某某寺讲的。" + FILLER * 2), ""]
    rows += ["\u3000\u3000临终助念", "\u3000\u3000古诗云：“我见他人死，我心热如火。”"]
    rows += ["人生大事岂可须臾忘耶。今为讲述，次分三章，如下所列。"]
    for section in ("病重之时", "临终之时", "命终之后"):
        rows += ["\u3000\u3000" + section, *indented(FILLER * 3)]
    titles = [s.title for s in parse_text("\n".join(rows) + "\n").speeches]
    assert titles == ["临终助念"]


def test_a_wrapped_line_reading_like_a_source_line_goes_on_with_its_sentence() -> None:
    """…故应当依照， | 据古本，或古书，…是整理国故中最重要的方法。: a wrap at 30 characters (the
    comma kept on the line above, as typesetting does) put 据…整理 at a line's start, the words
    of a source line (据某某录音整理), but the line goes on with the sentence above: no back
    matter, and the speech's later headings stay."""
    opening = "古书中有许多地方往往因为传写或者印刻的错误以致佶屈难读故应依，"
    assert len(opening) == 31
    text = _wrapped_pieces(
        30,
        "关于古籍工作的讲话",
        "同志们：",
        "一、读本式的整理",
        FILLER,
        opening + "据古本，或古书，引用的原文来校对，是整理国故中最重要的方法。" + FILLER,
        FILLER * 2,
        "二、索引式的整理",
        FILLER * 3,
    ).replace(opening[:30] + "\n，", opening + "\n")
    assert "\n" + opening + "\n据古本" in text
    document = parse_text(text)
    assert [h.title for s in document.speeches for h in s.headings] == [
        "读本式的整理",
        "索引式的整理",
    ]
    assert not [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]


def _markdown_talk_wrapped(*tail: str) -> str:
    """A Markdown talk hard-wrapped at 36 characters (# lines whole): a section whose code
    block prints ``Step 1/8 : FROM …`` (a name, 1/8 and a colon: the look of a comment line,
    张三 5/6：…) and its output cut short by the wrap, then ``tail``."""
    return (
        "# 某某技术大会主题演讲\n\n## 镜像的构建\n\n"
        + hard_wrapped(FILLER * 4, width=36)
        + "\n```\n$ sudo docker build .\nStep 1/8 : FROM alpine:latest as buil\nder\n"
        " ---> Using cache\nSuccessfully built 350dd3a72a7d\n```\n\n" + "".join(tail)
    )


def test_a_line_like_a_comment_never_makes_a_later_markdown_heading_back_matter() -> None:
    """holdout20 h01 wrapped: a docker line (Step 1/8 : …) reads as a comment line and every
    line after it is short, as a hard wrap leaves them; a ## heading below is the writer's
    own section: it and its text stay the speech's, not back matter."""
    text = _markdown_talk_wrapped(
        "## 语言的未来\n\n",
        hard_wrapped(FILLER * 4, width=36),
        "\n",
        hard_wrapped(FILLER * 3, width=36),
    )
    document = parse_text(text)
    assert [h.title for s in document.speeches for h in s.headings] == ["镜像的构建", "语言的未来"]
    back = [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]
    assert not any(FILLER[:10] in text or "语言的未来" in text for text in back), back


def test_a_markdown_notes_head_after_a_source_line_stays_back_matter() -> None:
    """Trap for the rule above: a ## heading that is a back matter head itself (## 注释) goes
    on with the source line's back matter; only the writer's own headings stop it."""
    text = _markdown_talk_wrapped("来源：某某日报\n\n## 注释\n\n[1] 见某书第一卷。\n")
    document = parse_text(text)
    assert [h.title for s in document.speeches for h in s.headings] == ["镜像的构建"]
    back = [p.text for p in document.paragraphs if p.kind is Kind.BACK_MATTER]
    for needle in ("来源：某某日报", "注释", "[1] 见某书第一卷。"):
        assert needle in back, (needle, back)


_EDITION_NOTE = "本篇最初发表于一九二四年某某女子高等师范学校《文艺会刊》第六期。"


def _kinds(text: str) -> dict[str, Kind]:
    """Each paragraph's kind by its text."""
    return {p.text: p.kind for p in parse_text(text).paragraphs}


def test_a_place_line_wrapped_after_zai_under_an_edition_note_is_the_title_block() -> None:
    """鲁迅's 娜拉走后怎样 as collected works print it: the title, the edition's note on where it
    was first printed (blank lines under the title, as the file has them), then the place line
    ——…在 | …文艺会讲 broken after 在
    (在…讲 closes it, as 在…会议上 does): both lines are the title block, not a paragraph, and
    the speech is dated by them."""
    text = (
        "娜拉走后怎样\n\n\n"
        + _EDITION_NOTE
        + "\n——一九二三年十二月二十六日在\n某某女子高等师范学校文艺会讲\n"
        "我今天要讲的是“娜拉走后怎样？”\n" + FILLER * 2 + "\n"
    )
    document = parse_text(text)
    assert [(s.title, s.date) for s in document.speeches] == [
        ("娜拉走后怎样", "一九二三年十二月二十六日")
    ]
    kinds = _kinds(text)
    assert kinds["某某女子高等师范学校文艺会讲"] is Kind.TITLE, kinds
    assert kinds[_EDITION_NOTE] is Kind.BODY  # (the note stays readable text)


def test_a_wrapped_edition_note_stays_in_the_title_block() -> None:
    """regression a01 (鲁迅, 娜拉走后怎样) messed as the scorer's ``wrap30`` does: the edition's
    note cut by the wrap (本篇最初发表于…《文艺 | 会刊》第六期。) is passed over as a whole, and the place
    line under it still dates the speech."""
    path = Path(__file__).parents[1] / "regression/texts/a01_luxun_nala_zouhou_zenyang.txt"
    text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
    messed = mess(text, "wrap30", path.name).data.decode("utf-8")
    note = messed.split("本篇最初发表于")[1].split("\n")[0]
    assert "期。" not in note  # (the wrap cut the note)
    document = parse_text(messed)
    assert [s.date for s in document.speeches] == ["一九二三年十二月二十六日"]


def test_a_short_line_ending_in_jiang_under_a_closed_subtitle_is_text() -> None:
    """Trap for the rule above: under a subtitle whose occasion is closed (…会议上的讲话), a
    short line that ends in 讲 is the speech's text, not the subtitle's rest."""
    text = "关于质量工作的几点意见\n——在全市工作会议上的讲话\n下面我分三个方面讲\n" + FILLER + "\n"
    kinds = _kinds(text)
    assert kinds.get("下面我分三个方面讲") is not Kind.TITLE, kinds
    assert any(
        "下面我分三个方面讲" in p.text and p.kind is Kind.BODY for p in parse_text(text).paragraphs
    )


def _joined(text: str, left: str, right: str) -> bool:
    """Whether one shown paragraph of ``text``'s document holds ``left`` right before ``right``."""
    return any(left + right in p.text for p in parse_text(text).paragraphs)


@OFFICIAL_WIDTHS
def test_a_numbered_paragraph_goes_on_past_a_full_line_ending_a_sentence(width: int) -> None:
    """（1）工具要完备。… | …胜于请几个先生。 (a full line) | 这种先生…: a numbered paragraph
    already over two lines is text, not a heading line: the wrap's 。 does not end it."""
    first = ("（1）工具要完备。" + FILLER)[:width]
    second = (FILLER * 2)[: width - 1] + "。"
    third = "这种先生终身跟着你，终身享受不尽。"
    text = _wrapped_pieces(
        width,
        "读书的方法",
        FILLER * 3,
        "要做到这一点，须有几个条件：",
        first + second + third,
        "（2）要作文法上的分析。" + FILLER * 2,
        FILLER * 3,
    )
    assert first + second + third in text.replace("\n", "")
    assert _joined(text, second[-6:], third[:6])


@OFFICIAL_WIDTHS
def test_an_exclaimed_full_line_goes_on_where_blank_lines_part_paragraphs(width: int) -> None:
    """…总是叹息说：“国粹将沦亡矣！” (a full line) | 但是把古书… — where blank lines part the
    paragraphs, a line right under a full one goes on with it, whatever sentence mark ends it."""
    first = (FILLER * 2)[: width - 2] + "！”"
    rest = "但是把古书试翻开一看，错误舛伪，所在皆是。"
    text = _wrapped_pieces(width, "再谈整理国故", FILLER * 3, first + rest, FILLER * 3, FILLER * 2)
    assert "\n" + first + "\n" + rest[:width] in text
    assert _joined(text, first[-6:], rest[:6])


@OFFICIAL_WIDTHS
def test_a_series_run_inline_whose_first_item_a_wrap_put_at_a_line_start(width: int) -> None:
    """…全面完成。 (a full line) | 一是经济持续较快发展。… …以上。三是基础设施…: the series runs
    inside the paragraph (its 三是 stands inside a line), so the 一是 the wrap put at a line's
    start is no heading, nor is the 二是 after it."""
    first = (FILLER * 2)[: width - 1] + "。"
    series = (
        "一是经济持续较快发展。国内生产总值年均增长，经济总量稳居世界前列。"
        "二是结构调整取得标志性进展。服务业成为第一大产业。"
        "三是基础设施水平全面跃升。铁路营业里程大幅增长。"
    )
    text = _wrapped_pieces(width, "政府工作报告", "各位代表：", first + series + FILLER, FILLER * 3)
    assert "\n" + first + "\n一是" in text
    assert _flat(text) == []
    assert _joined(text, first[-6:], "一是经济")
