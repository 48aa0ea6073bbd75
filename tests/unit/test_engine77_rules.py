"""Rules found on real user files (issue #14, engine77): a quoted poem's ——attribution inside a
speech is no title block's subtitle, a [n] list of references is no heading series, a post's
menu of keyword replies and a news page's widget words are page chrome.

Each row that is no trap fails on the engine before its rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tests.regression.mess import wrap_line
from tui.engine import parse_text
from tui.engine.framing import is_subtitle
from tui.engine.model import Kind
from tui.engine.noise import is_noise_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for speech in document.speeches for h in speech.headings]


def _speeches(text: str) -> list[str | None]:
    return [speech.title for speech in parse_text(text).speeches]


def _speech(*body: str) -> str:
    """A speech with a title block, then ``body`` one a paragraph, then three sections."""
    return "\n".join(
        [
            "在全市读书分享会上的讲话",
            "（2024年4月23日）",
            "同志们：",
            "今天我们在这里举办读书分享会，我想和大家分享一段话：",
            *body,
            "这告诉我们，读书不能只停留在书本上，更要在实践中检验。",
            "一、读书要勤",
            TEXT,
            "二、读书要思",
            TEXT,
            "三、读书要行",
            TEXT,
        ]
    )


# --- a quoted text's ——attribution is no subtitle ----------------------------------------------

QUOTED = [
    # (id, lines between the speech's opening and its text, speech titles)
    (
        "a-poem-and-its-poet-by-dynasty",
        ("《冬夜读书示子聿》", "——（宋）陆游", "古人学问无遗力，少壮工夫老始成。"),
        ["在全市读书分享会上的讲话"],
    ),
    (
        "a-poem-and-its-poet-in-square-brackets",
        ("《春望》", "——〔唐〕杜甫", "国破山河在，城春草木深。"),
        ["在全市读书分享会上的讲话"],
    ),
    (
        "a-passage-and-its-writer-with-the-book",
        ("《故乡》", "——鲁迅《呐喊》", "其实地上本没有路，走的人多了，也便成了路。"),
        ["在全市读书分享会上的讲话"],
    ),
    (
        "a-passage-and-its-source",
        ("《学习的重要性》", "——摘自《人民日报》2023年5月6日"),
        ["在全市读书分享会上的讲话"],
    ),
    (
        "a-poem-and-its-poet-alone",
        ("《冬夜读书示子聿》", "——陆游", "古人学问无遗力，少壮工夫老始成。"),
        ["在全市读书分享会上的讲话"],
    ),
    (
        # trap: a second speech's own title block inside the file is still a title block.
        "trap-a-second-speech-with-its-subtitle",
        ("《读书与实践》", "——在青年读书会上的讲话", "同志们："),
        ["在全市读书分享会上的讲话", "读书与实践"],
    ),
]


@pytest.mark.parametrize(("lines", "want"), [c[1:] for c in QUOTED], ids=[c[0] for c in QUOTED])
def test_a_quoted_texts_attribution_starts_no_speech(lines: tuple[str, ...], want: list) -> None:
    assert _speeches(_speech(*lines)) == want
    assert [title for _, title in _outline(_speech(*lines))][-3:] == [
        "一、读书要勤",
        "二、读书要思",
        "三、读书要行",
    ]


@pytest.mark.parametrize(
    ("line", "subtitle"),
    [
        ("——（宋）陆游", False),
        ("——陆游", False),
        ("——〔唐〕杜甫《春望》", False),
        ("——鲁迅《故乡》", False),
        ("——《论语·学而》", False),
        ("——摘自《求是》杂志", False),
        ("——在全市读书分享会上的讲话", True),
        ("——2024年3月5日在第十四届全国人民代表大会第二次会议上", True),
        ("——学习《习近平谈治国理政》的体会", True),
        ("——学习《条例》", True),  # (a subtitle's verb before the book: no writer's name)
    ],
)
def test_an_attribution_is_no_subtitle(line: str, subtitle: bool) -> None:
    assert is_subtitle(line) is subtitle


# --- a [n] list of references is no heading series -----------------------------------------------

_STANDARD = "\n".join(
    [
        "《数据安全技术 数据分类分级规则》编制说明",
        "一、工作简况",
        TEXT,
        "二、与有关标准的关系",
        "本标准与下列标准协调一致：",
        "{refs}",
        "三、重大分歧意见的处理",
        TEXT,
    ]
)

REFERENCES = [
    (
        "standards",
        [
            "[1] GB/T 1.1-2020 标准化工作导则 第1部分：标准化文件的结构和起草规则",
            "[2] GB/T 35273-2020 信息安全技术 个人信息安全规范",
            "[3] ISO/IEC 27001:2013 信息技术 安全技术 信息安全管理体系 要求",
        ],
        ["一、工作简况", "二、与有关标准的关系", "三、重大分歧意见的处理"],
    ),
    (
        "citations",
        [
            "[1] 张三. 数据治理研究[J]. 情报杂志, 2020, 39(5): 1-8.",
            "[2] 李四. 数据安全导论[M]. 北京: 科学出版社, 2021.",
            "[3] 国务院. 关于构建数据基础制度更好发挥数据要素作用的意见[EB/OL]. 2022.",
        ],
        ["一、工作简况", "二、与有关标准的关系", "三、重大分歧意见的处理"],
    ),
    (
        # trap: [n] headings over their sections stay headings.
        "trap-bracketed-headings",
        ["[1] 总体要求", TEXT, "[2] AI 2.0时代的机遇", TEXT, "[3] 组织保障", TEXT],
        [
            "一、工作简况",
            "二、与有关标准的关系",
            "[1]总体要求",
            "[2]AI 2.0时代的机遇",
            "[3]组织保障",
            "三、重大分歧意见的处理",
        ],
    ),
]


@pytest.mark.parametrize(
    ("refs", "want"), [c[1:] for c in REFERENCES], ids=[c[0] for c in REFERENCES]
)
def test_a_list_of_references_is_no_heading_series(refs: list[str], want: list[str]) -> None:
    text = _STANDARD.replace("{refs}", "\n".join(refs))
    assert [title for _, title in _outline(text)] == want


# --- page chrome: widget words and a post's reply menu -----------------------------------------


@pytest.mark.parametrize(
    ("line", "noise"),
    [
        ("调整字体", True),
        ("×", True),
        ("【纠错】", True),
        ("我已授权", True),
        ("1、回复【讲话稿】获取100篇讲话稿范文", True),
        ("后台回复“材料”即可领取", True),
        ("纠错机制要健全", False),
        ("我已授权给他们办理", False),
        ("回复群众关切，获取群众信任", False),
        ("一、回复【来信】的处理", False),
        ("2024-05-12 来源：市教育局", True),
        ("2024年05月12日 10:20 来源：新华网", True),
        ("2024年5月12日，来源于基层的经验要总结推广", False),
    ],
)
def test_page_widget_and_menu_lines_are_noise(line: str, noise: bool) -> None:
    assert is_noise_text(line) is noise


def test_a_posts_reply_menu_is_no_heading_series() -> None:
    text = "\n".join(
        [
            "如何写好一篇讲话稿",
            "各位读者，今天和大家聊聊讲话稿的写作。" + TEXT,
            "一、吃透上情",
            TEXT,
            "二、摸清下情",
            TEXT,
            "调整字体",
            "1、回复【讲话稿】获取100篇讲话稿范文",
            "2、回复【材料】获取公文写作素材合集",
            "3、回复【模板】获取述职报告模板",
        ]
    )
    assert [title for _, title in _outline(text)] == ["一、吃透上情", "二、摸清下情"]


# --- a first line ending with ！ may be a news title -------------------------------------------

EXCLAIMED = [
    # (first line, the speech's title)
    ("我市中小学生科技创新大赛再创佳绩！", "我市中小学生科技创新大赛再创佳绩！"),
    ("热烈祝贺我校建校七十周年！", "热烈祝贺我校建校七十周年！"),
    ("奋进新时代 建功新征程！", "奋进新时代 建功新征程！"),
    # traps: a salutation, a greeting, a closing, spoken words
    ("亲爱的同学们！", None),
    ("各位来宾朋友们！", None),
    ("同学们好！", None),
    ("新年快乐万事如意！", None),
    ("谢谢大家的支持！", None),
    ("祝大家新年快乐！", None),
    ("今天是个好日子！", None),
    ("我们一定能成功！", None),
    ("你好，我的祖国！", None),
]


@pytest.mark.parametrize(("first", "title"), EXCLAIMED)
def test_a_first_line_ending_with_an_exclamation(first: str, title: str | None) -> None:
    assert _speeches(f"{first}\n{TEXT}\n{TEXT}\n") == [title]


@pytest.mark.parametrize(
    "first", ["我市中小学生科技创新大赛再创佳绩！", "我市中小学生科技创新大赛再创佳绩"]
)
def test_a_news_title_over_its_dated_byline(first: str) -> None:
    # 2024-05-12 来源：市教育局: the page's byline under its title, the date first
    assert _speeches(f"{first}\n2024-05-12 来源：市教育局\n{TEXT}\n{TEXT}\n") == [first]


# --- a bracketed note over a file's title --------------------------------------------------------

_EXPLANATION = "一、工作简况\n" + TEXT + "\n二、编制原则\n" + TEXT + "\n"

NOTED = [
    # (text, the speech's title)
    (
        "（征求意见稿）\n\n关于《数据分类分级规则》的编制说明\n\n" + _EXPLANATION,
        "关于《数据分类分级规则》的编制说明",
    ),
    (
        "【内部资料 注意保存】\n数据分类分级规则国家标准编制说明\n" + TEXT + "\n" + _EXPLANATION,
        "数据分类分级规则国家标准编制说明",
    ),
    # trap: an edition that brackets its titles, the text right under it
    ("（怎样才配做一个现代学生）\n\n" + TEXT + "\n" + TEXT + "\n", "（怎样才配做一个现代学生）"),
]


@pytest.mark.parametrize(("text", "title"), NOTED, ids=["draft", "internal", "trap-edition"])
def test_a_bracketed_note_over_a_title_is_not_the_title(text: str, title: str) -> None:
    assert _speeches(text) == [title]


# --- a running header printed once, under a page number ------------------------------------------


def _two_pages(seam: str) -> str:
    return "\n".join(
        [
            "在全市教育工作会议上的讲话",
            "同志们：",
            TEXT,
            "一、提高认识",
            TEXT,
            TEXT,
            "1",
            seam,
            TEXT,
            "二、狠抓落实",
            TEXT,
            "1.明确责任分工",
            TEXT,
        ]
    )


@pytest.mark.parametrize(
    ("seam", "noise"),
    [
        ("领导讲话稿汇编", True),
        ("学习参考资料（内部）", True),
        ("某某市人民政府办公室", True),
        # trap: the next page's first line is the text's own (it names no compilation)
        ("加强队伍建设", False),
    ],
)
def test_a_running_header_printed_once_under_a_page_number(seam: str, noise: bool) -> None:
    document = parse_text(_two_pages(seam))
    kinds = [p.kind for p in document.paragraphs if p.text == seam]
    assert kinds == [Kind.NOISE if noise else Kind.BODY]
    assert [title for _, title in _outline(_two_pages(seam))] == [
        "一、提高认识",
        "二、狠抓落实",
        "1.明确责任分工",
    ]


# --- a # paragraph set in heading type, broken by a PDF's wrap ----------------------------------


def _hashed(*head: str) -> str:
    return "\n".join(
        [
            "**尊敬的各位领导，亲爱的老师、同学们：**",
            "",
            *head,
            "",
            "**一、“三会一课”强基础**",
            "",
            TEXT,
            "",
            "**二、忠诚担当干事业**",
            "",
            TEXT,
        ]
    )


HASHED = [
    (
        # the paragraph wrapped at 30 characters, its first line still marked #
        "wrapped-paragraph",
        (
            "# 大家下午好！我是自动化学院海洋装置与控制技术研究所党支部",
            "书记张伟！刚才听杨玉洁老师的发言，我感觉特别震撼，杨老师等老",
            "一代哈工程党员用忠诚诠释初心，用担当践行使命，成就了哈工程的",
            "一个又一个辉煌！我提议让我们再次为他们鼓掌！向他们致敬！",
        ),
        ["一、“三会一课”强基础", "二、忠诚担当干事业"],
    ),
    (
        # trap: a # heading with no sentence in it over a paragraph on the next line
        "trap-heading-over-text",
        ("# 坚持党的全面领导推动学校事业高质量发展再上新台阶", TEXT, TEXT),
        [
            "坚持党的全面领导推动学校事业高质量发展再上新台阶",
            "一、“三会一课”强基础",
            "二、忠诚担当干事业",
        ],
    ),
]


@pytest.mark.parametrize(("head", "want"), [c[1:] for c in HASHED], ids=[c[0] for c in HASHED])
def test_a_hashed_paragraph_broken_by_a_wrap_is_no_heading(
    head: tuple[str, ...], want: list[str]
) -> None:
    assert [title for _, title in _outline(_hashed(*head))] == want


# --- a line of its own at a page's top under a heading that ended before the seam -------------

_SECTION = "人类的生活资料必取之于自然界。最初，人类本其生物的活需要，采取自然界里现成的物产。" * 3


def _seam_under_heading(gap: bool, number: bool, blank_under: bool) -> list[str]:
    """The headings and short paragraphs of a text wrapped at 30 characters, blank lines
    between paragraphs, whose page seam falls right under the heading 二、社会之意义 (after a
    blank line when ``gap``; a page number in the seam when ``number``; the running header
    printed again at a later seam), the short line 自然界与人类 at the next page's top (a blank
    line under it when ``blank_under``)."""
    number_line = ["- 2 -"] if number else []
    lines = ["社会科学概论", ""]
    for heading in ("一、社会科学之对象", "二、社会之意义", "三、社会之发展"):
        lines += [heading, ""] if gap else [heading]
        if heading.startswith("二"):
            lines += [*number_line, "讲话稿精选汇编", "自然界与人类"]
            lines += [""] if blank_under else []
        for _ in range(2):
            lines += wrap_line(_SECTION, 30) + [""]
        if heading.startswith("二"):
            lines += [*number_line, "讲话稿精选汇编"]
    document = parse_text("\n".join(lines) + "\n")
    return [
        p.heading.marker + p.heading.title if p.heading else p.text
        for p in document.paragraphs
        if p.kind in (Kind.HEADING, Kind.BODY) and len(p.text) <= 30
    ]


@pytest.mark.parametrize(
    ("gap", "number", "blank_under", "want"),
    [
        (
            True,
            True,
            True,
            ["一、社会科学之对象", "二、社会之意义", "自然界与人类", "三、社会之发展"],
        ),
        # traps: the piece runs into the text (test_holdout31_rules' reading), the heading ran
        # to the seam, or no page number (a link's words cut out, not a page's seam)
        (True, True, False, ["一、社会科学之对象", "二、社会之意义自然界与人类", "三、社会之发展"]),
        (False, True, True, ["一、社会科学之对象", "二、社会之意义自然界与人类", "三、社会之发展"]),
        (True, False, True, ["一、社会科学之对象", "二、社会之意义自然界与人类", "三、社会之发展"]),
    ],
    ids=["own-line", "trap-runs-into-text", "trap-no-gap", "trap-no-page-number"],
)
def test_a_line_between_blank_lines_after_a_seam_is_its_own(
    gap: bool, number: bool, blank_under: bool, want: list[str]
) -> None:
    assert _seam_under_heading(gap, number, blank_under) == want
