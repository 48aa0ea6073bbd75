"""Taiwan's official-document ladder (壹、 > 一、 > （一） > 1. > （1）), the outline's four levels,
and two reports read out in one turn (holdout22, issue #14).

Every row is a small text written for these tests (not copied from a corpus): the rule is
general — the capital numerals as a family above 一、, a fifth level left as text — and the
traps beside each row stay text.
"""

from __future__ import annotations

import pytest

from tests.documents import one_speech_outline
from tests.unit.test_outline_variants import one_speech
from tui.engine import parse_text
from tui.engine.markers import capital_number, match_marker

FILLER = "各級機關應切實執行各項計畫，確保施政成果落實到每一位國人身上，並定期檢討改進。"


def _speech(lines: list[str], intro: str = "以下謹就本部業務提出報告。") -> str:
    return one_speech(lines, intro, filler=FILLER, salutation="主席、各位委員：")


# --- the family -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("壹、前言", 1),
        ("貳、重要施政規劃", 2),
        ("贰、重要施政规划", 2),
        ("參、結語", 3),
        ("叁、结语", 3),
        ("肆、未來展望", 4),
        ("伍、結語", 5),
        ("陸、結語", 6),
        ("陆、结语", 6),
        ("柒、結語", 7),
        ("捌、結語", 8),
        ("玖、結語", 9),
        ("拾、結語", 10),
        ("拾壹、結語", 11),
        ("壹．前言", 1),
        ("壹.前言", 1),
    ],
)
def test_capital_numerals_are_a_marker(text: str, number: int) -> None:
    marker = match_marker(text)
    assert marker is not None and marker.family == "cap-dun"
    assert marker.number == number


@pytest.mark.parametrize(
    "text",
    [
        "陆、海、空三军联合演练。",  # a list of one-character words
        "壹佰元的收据",  # an amount
        "伍先生說明了理由。",  # a surname
        "壹",  # nothing after it
    ],
)
def test_capital_numeral_look_alikes_are_no_marker(text: str) -> None:
    marker = match_marker(text)
    assert marker is None or marker.family != "cap-dun"


def test_capital_number_values() -> None:
    assert [capital_number(t) for t in ("壹", "拾", "拾貳", "貳拾", "貳拾參", "壹壹")] == [
        1,
        10,
        12,
        20,
        23,
        0,
    ]


# --- levels ---------------------------------------------------------------------------------

LADDER = [
    "壹、近期施政成果，穩健前行",
    "一、完善文化法制",
    "（一）推動文化基本法",
    "1.完成草案研擬",
    "2.召開公聽會",
    "（二）修正相關法規",
    "二、擴大文化預算",
    "貳、未來施政重點，迎向挑戰",
    "一、推動文化治理",
    "參、結語，團結向前",
]


@pytest.mark.parametrize(
    "capitals", [("壹", "貳", "參"), ("壹", "贰", "叁")], ids=["traditional", "simplified"]
)
def test_capitals_stand_above_yi_dun(capitals: tuple[str, str, str]) -> None:
    lines = [line.replace("壹", capitals[0]).replace("貳", capitals[1]) for line in LADDER]
    lines = [line.replace("參", capitals[2]) for line in lines]
    levels = [level for level, _ in one_speech_outline(_speech(lines))]
    assert levels == [1, 2, 3, 4, 4, 3, 2, 1, 2, 1]


def test_capitals_with_a_dot_stand_above_yi_dun() -> None:
    lines = [line.replace("、", "．", 1) if line[0] in "壹貳參" else line for line in LADDER]
    pairs = one_speech_outline(_speech(lines))
    assert pairs[0] == (1, "壹．近期施政成果，穩健前行")
    assert [level for level, _ in pairs] == [1, 2, 3, 4, 4, 3, 2, 1, 2, 1]


@pytest.mark.parametrize("space", ["\u3000", " "], ids=["ideographic", "ascii"])
def test_capitals_with_a_space_stand_above_yi_dun(space: str) -> None:
    """壹　近期施政成果，穩健前行: a capital numeral set off by a space from a short title on its
    line (as 一 重工业… is written) is the same top part as 壹、."""
    lines = [line.replace("、", space, 1) if line[0] in "壹貳參" else line for line in LADDER]
    pairs = one_speech_outline(_speech(lines))
    assert pairs[0] == (1, "壹 近期施政成果，穩健前行")
    assert [level for level, _ in pairs] == [1, 2, 3, 4, 4, 3, 2, 1, 2, 1]


@pytest.mark.parametrize(
    "line",
    [
        "壹　佰元的收據交給會計。",  # an amount, then a sentence
        "壹 元錢可以買什麼",  # an amount
        "壹　今天我們召開會議，研究部署工作。",  # a sentence, not a title
    ],
    ids=["hundred", "yuan", "sentence"],
)
def test_capital_and_space_look_alikes_are_no_heading(line: str) -> None:
    pairs = one_speech_outline(
        _speech([line, "貳　未來施政重點", "一、完善文化法制", "二、擴大文化預算"])
    )
    assert all(not title.startswith("壹") for _, title in pairs)


def test_a_lone_capital_and_space_line_is_no_heading() -> None:
    """Set off by a space, the capital numeral is a heading only as a series (as 一 重工业… is)."""
    text = "壹　近期施政成果，穩健前行\n" + FILLER + "\n一、完善文化法制\n" + FILLER
    text += "\n二、擴大文化預算\n" + FILLER + "\n"
    assert one_speech_outline(text) == [(1, "一、完善文化法制"), (1, "二、擴大文化預算")]


def test_a_circled_fourth_rung_without_capitals_is_kept() -> None:
    """一、 > （一） > 1. > ①, with no 壹 and no （1）: ① is the fourth level and stays."""
    lines = ["一、完善文化法制", "（一）推動文化基本法", "1.完成草案研擬", "①強化訓練課程"]
    lines += ["②提升薪資待遇", "2.召開公聽會", "二、擴大文化預算"]
    levels = [level for level, _ in one_speech_outline(_speech(lines))]
    assert levels == [1, 2, 3, 4, 4, 3, 1]


def test_without_capitals_the_levels_stay() -> None:
    lines = [line for line in LADDER if line[0] not in "壹貳參"]
    levels = [level for level, _ in one_speech_outline(_speech(lines))]
    assert levels == [1, 2, 3, 3, 2, 1, 1]


def test_a_fifth_level_is_text() -> None:
    """壹、 > 一、 > （一） > 1. > （1）: the outline holds four levels; （1）（2） under 1. are
    the text's own list (the gold format's levels 1–4, GB/T 9704's four rungs)."""
    lines = [*LADDER[:4], "（1）強化訓練課程", "（2）提升薪資待遇", *LADDER[4:]]
    pairs = one_speech_outline(_speech(lines))
    assert all(level <= 4 for level, _ in pairs)
    assert not any(title.startswith("（1）") or title.startswith("（2）") for _, title in pairs)
    assert len(pairs) == len(LADDER)


def test_four_levels_without_capitals_are_all_kept() -> None:
    lines = ["一、完善文化法制", "（一）推動文化基本法", "1.完成草案研擬", "（1）強化訓練課程"]
    lines += ["（2）提升薪資待遇", "2.召開公聽會", "二、擴大文化預算"]
    levels = [level for level, _ in one_speech_outline(_speech(lines))]
    assert levels == [1, 2, 3, 4, 4, 3, 1]


def test_a_lone_capital_line_in_prose_is_no_heading() -> None:
    text = _speech(["一、完善文化法制", "二、擴大文化預算"], intro="陆、海、空三军都参加了演练。")
    pairs = one_speech_outline(text)
    assert pairs == [(1, "一、完善文化法制"), (1, "二、擴大文化預算")]
    assert len(parse_text(text).speeches) == 1


# --- 附件、 and 结语：… as the top level's last parts ----------------------------------------


def test_annex_with_a_dun_is_a_top_part_over_its_own_headings() -> None:
    lines = ["壹、前言", "貳、重要施政規劃，穩健前行", "參、結語，團結向前"]
    lines += [
        "附件、110年迄今施政成效",
        "一、務實戰備整備",
        "（一）提升聯合戰力成效",
        "二、精實部隊訓練",
    ]
    pairs = one_speech_outline(_speech(lines))
    assert pairs[3:] == [
        (1, "附件、110年迄今施政成效"),
        (2, "一、務實戰備整備"),
        (3, "（一）提升聯合戰力成效"),
        (2, "二、精實部隊訓練"),
    ]


def test_a_named_coda_stands_beside_the_top_series() -> None:
    lines = ["一、事故原因", "（一）初步調查結果", "二、目前採行措施", "結語：痛定思痛，澈底檢討"]
    pairs = one_speech_outline(_speech(lines))
    assert pairs[-1] == (1, "結語：痛定思痛，澈底檢討")


@pytest.mark.parametrize(
    "line",
    [
        "結語：我們今年完成了多項重要工作，成果豐碩。",  # a sentence after the colon
        "附件：110年迄今施政成效",  # a named attachment (colon): back matter, as before
        "附件二、三項說明如下，請參閱。",
    ],
)
def test_coda_and_annex_look_alikes_are_no_heading(line: str) -> None:
    lines = ["一、事故原因", "二、目前採行措施", line]
    titles = [title for _, title in one_speech_outline(_speech(lines))]
    assert titles == ["一、事故原因", "二、目前採行措施"]


# --- two reports in one turn ----------------------------------------------------------------

SECOND = ["一、事故原因", "二、目前採行措施", "三、未來改進作為"]


def _two_reports(opener: list[str], second: list[str] = SECOND) -> str:
    first = ["壹、克服困難，改變開始", "一、穩定經濟", "二、照顧弱勢", "貳、戮力以赴，全面升級"]
    text = _speech(first)
    text += "最後，敬請各位委員先進不吝指教。\n"
    text += "".join(f"{line}\n" for line in opener)
    text += "".join(f"{line}\n{FILLER}\n" for line in second)
    return text


@pytest.mark.parametrize(
    ("opener", "second", "title"),
    [
        (["繼續報告國道五號遊覽車事故檢討及改進的部分。"], SECOND, "國道五號遊覽車事故檢討及改進"),
        (
            ["繼續報告國道五號遊覽車事故檢討及改進的部分。", "首先感謝貴院的安排。", FILLER],
            SECOND,
            "國道五號遊覽車事故檢討及改進",
        ),
        (
            ["繼續本人就「落實食安五環之建立規劃」提出報告，敬請各位委員不吝指教。"],
            ["壹、落實食安五環", "一、前言", "貳、藥品履歷之建立"],
            "落實食安五環之建立規劃",
        ),
        (["继续报告食品安全工作的部分。"], SECOND, "食品安全工作"),
        (
            ["「1021普悠瑪事故等東部交通問題」專案報告"],
            ["壹、前言", "貳、事故經過", "參、結語"],
            "「1021普悠瑪事故等東部交通問題」專案報告",
        ),
    ],
    ids=["continue-then-dun", "continue-prose-between", "continue-quoted", "simplified", "title"],
)
def test_a_second_report_in_one_turn_is_a_second_speech(
    opener: list[str], second: list[str], title: str
) -> None:
    document = parse_text(_two_reports(opener, second))
    assert len(document.speeches) == 2
    assert document.speeches[1].title == title
    assert [h.marker + h.title for h in document.speeches[1].headings][: len(second)] == second


@pytest.mark.parametrize(
    ("opener", "second"),
    [
        # the numbering goes on: the same report
        (["繼續報告國道五號遊覽車事故檢討及改進的部分。"], ["參、未來改進作為，持續檢討"]),
        # a title-like line, then 一、 restarting under 壹、's parts: the next part's list
        (["「1021普悠瑪事故等東部交通問題」專案報告"], SECOND),
        # a title-like line in a sentence's middle (no sentence end before it)
        (["各部會正在準備", "「東部交通問題」專案報告"], ["壹、前言", "貳、事故經過"]),
        # an ordinary sentence with 继续
        (["我們將繼續推動各項改革。"], SECOND),
    ],
    ids=["numbering-goes-on", "title-then-inner-restart", "title-mid-sentence", "prose"],
)
def test_a_title_like_line_inside_a_report_starts_no_speech(
    opener: list[str], second: list[str]
) -> None:
    assert len(parse_text(_two_reports(opener, second)).speeches) == 1


# --- a one-line text: the 壹 series and glued heading chains --------------------------------

BODY = "本部持續推動相關工作，廣納各界意見，並定期檢討執行成效，以回應國人期待。"


def _one_line(chunks: list[str]) -> str:
    text = "部長：主席、各位委員。今天應邀提出業務報告，敬請不吝指教。"
    return text + "".join(chunks) + "以上報告，敬請指教，謝謝。"


def test_a_one_line_chain_of_glued_headings_is_cut_apart() -> None:
    text = _one_line(
        [
            "壹、105年施政重要成果一、完善文化法制及文化預算執行(一)完善文化法制為保障公眾權益，"
            + BODY * 3,
            "(二)文化預算本部主管預算數165.3億元。" + BODY * 3,
            "二、推動文化治理轉型，提升文化創造(一)文化治理轉型行政院業於9月召開會議。" + BODY * 3,
            "貳、106年施政重點一、推動文化治理變革與組織再造文化是國家的基礎。" + BODY * 3,
            "二、建構藝文創作自由支持體系" + BODY * 3,
        ]
    )
    pairs = one_speech_outline(text)
    want = [
        (1, "壹、105年施政重要成果"),
        (2, "一、完善文化法制及文化預算執行"),
        (3, "(一)完善文化法制"),
        (3, "(二)文化預算"),
        (2, "二、推動文化治理轉型，提升文化創造"),
        (3, "(一)文化治理轉型"),
        (1, "貳、106年施政重點"),
        (2, "一、推動文化治理變革與組織再造"),
        (2, "二、建構藝文創作自由支持體系"),
    ]
    assert [level for level, _ in pairs] == [level for level, _ in want], pairs
    # (a title ends where the next heading was glued on, or where a sub-heading's words repeated
    # from the heading above end; else it runs to its sentence's end)
    assert [title for _, title in pairs[:7]] == [w for _, w in want[:7]]
    assert all(title.startswith(w) for (_, title), (_, w) in zip(pairs, want, strict=True))


@pytest.mark.parametrize(
    "chunk",
    [
        "貳、推動一、二級古蹟修復工作。",  # an approximate number
        "貳、推動文化治理轉型並且持續檢討各項執行成效以及相關配套措施與後續追蹤考核機制之建立與完善一、健全制度。",
        "貳、推動文化治理轉型並且持續檢討各項執行成效以及相關配套措施與後續追蹤考核機制之建立與完善(一)健全制度。",
    ],
    ids=["approximate", "beyond-a-title", "beyond-a-title-bracket"],
)
def test_a_one_line_heading_keeps_what_is_no_chain(chunk: str) -> None:
    text = _one_line(
        ["壹、完善文化法制。" + BODY * 3, chunk + BODY * 3, "參、強化文化經濟。" + BODY * 3]
    )
    titles = [title for _, title in one_speech_outline(text)]
    assert titles == ["壹、完善文化法制", chunk.rstrip("。"), "參、強化文化經濟"]


def test_a_time_word_in_a_list_of_the_title_does_not_end_it() -> None:
    """七、開展文化未來、人文科技與跨界融合…: 未來 followed by 、 is a word of the title's list,
    not the first words of the section's text (今年…, 未來新政府…)."""
    text = _one_line(
        [
            "一、完善文化法制。" + BODY * 3,
            "二、開展文化未來、人文科技與跨界融合以科技促進文化發展，持續推動。" + BODY * 3,
            "三、強化文化經濟。" + BODY * 3,
        ]
    )
    titles = [title for _, title in one_speech_outline(text)]
    assert len(titles) == 3 and titles[1].startswith("二、開展文化未來、人文科技與跨界融合")


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        (
            "二、建構藝文創作自由支持體系與豐富全民人文素養基於文化創造主體為人民，政府須建構支持體系。",
            "二、建構藝文創作自由支持體系與豐富全民人文素養",
        ),
        (
            "二、實施金融級分布式架構基於微服務架構的巨大優勢，很多機構開始轉型。",
            "二、實施金融級分布式架構",
        ),
        # (基於 after fewer than four characters of title is the title's own: 建立基於…的體系)
        (
            "二、建立基於大數據的文化資產監管體系，持續推動各項工作。",
            "二、建立基於大數據的文化資產監管體系，持續推動各項工作",
        ),
    ],
    ids=["basis-clause", "basis-clause-short", "trap-basis-in-the-title"],
)
def test_a_one_line_title_ends_before_a_clause_of_basis(heading: str, title: str) -> None:
    """…人文素養基於文化創造主體為人民，…: a clause opening with 基於 (on the basis of), as one with
    鑑於 or 隨著, starts the section's first sentence; the title ends before it (engine40)."""
    text = _one_line(
        ["一、完善文化法制。" + BODY * 3, heading + BODY * 3, "三、強化文化經濟。" + BODY]
    )
    titles = [title for _, title in one_speech_outline(text)]
    assert titles == ["一、完善文化法制", title, "三、強化文化經濟"]


@pytest.mark.parametrize(
    ("opening", "title"),
    [
        ("106年2月舉辦第25屆台北國際書展，共有59個國家參與。", "二、振興出版產業"),
        ("2017年2月舉辦第25屆台北國際書展，共有59個國家參與。", "二、振興出版產業"),
        (
            "慶祝建館100年系列活動於各地展開，辦理講座。",
            "二、振興出版產業慶祝建館100年系列活動於各地展開，辦理講座",
        ),
    ],
    ids=["roc-year-month", "year-month", "trap-100-years"],
)
def test_a_one_line_title_ends_before_a_dated_first_sentence(opening: str, title: str) -> None:
    """二、振興出版產業106年2月舉辦…: a 民国 year with its month (as a 2017年2月) opens the section's
    first sentence, so the title ends before it; 建館100年 (a hundred years, no month) is no date."""
    text = _one_line(
        [
            "一、完善文化法制。" + BODY * 3,
            "二、振興出版產業" + opening + BODY * 3,
            "三、強化文化經濟。" + BODY,
        ]
    )
    titles = [title for _, title in one_speech_outline(text)]
    assert titles == ["一、完善文化法制", title, "三、強化文化經濟"]


# (一)文化治理變革 | 今年…, (二)文化組織再造政府除…: parallel siblings measure a run-on title (engine40)
_PARENT = "一、推動文化治理變革與組織再造。"
_EXCHANGE = "(一)文化交流今年辦理各項國際交流活動，成效良好。"
_SIBLING_CASES = [
    (
        [
            "(一)文化治理變革今年完成組織調整相關作業，持續推動。",
            "(二)文化組織再造政府除翻轉由上而下的文化治理外，再造政府之文化發展角色。",
            "(三)文化法規研訂因應文化治理變革及組織再造，研修相關法規。",
        ],
        ["(一)文化治理變革", "(二)文化組織再造", "(三)文化法規研訂"],
    ),
    (
        [
            "(一)扶植文創產業辦理文創產業創業圓夢計畫，提供創業資金。",
            "(二)振興出版產業106年2月舉辦台北國際書展，共有59國參與。",
            "(三)提升影視音產業電影方面，補助辦理各項影展活動。",
        ],
        ["(一)扶植文創產業", "(二)振興出版產業", "(三)提升影視音產業"],
    ),
    # (a joining word at the cut: the title goes on — 文化輸出 | 與國際合作…)
    (
        [_EXCHANGE, "(二)文化輸出與國際合作推動計畫，持續辦理。"],
        ["(一)文化交流", "(二)文化輸出與國際合作推動計畫，持續辦理"],
    ),
    # (siblings that disagree on where the title ends measure nothing)
    (
        [
            _EXCHANGE,
            "(二)推廣產業今年辦理各項國際推廣活動，成效良好。",
            "(三)文化輸出產業政府將持續辦理，廣為推廣。",
        ],
        ["(一)文化交流", "(二)推廣產業", "(三)文化輸出產業政府將持續辦理，廣為推廣"],
    ),
    # (a title that is a sentence measures nothing: 二、经济形势很好。三、经济体制改革产生了…)
    (
        ["(一)經濟形勢很好。", "(二)經濟體制改革產生了前所未有的好作用，大有助益。"],
        ["(一)經濟形勢很好", "(二)經濟體制改革產生了前所未有的好作用，大有助益"],
    ),
]


@pytest.mark.parametrize(
    ("items", "titles"),
    _SIBLING_CASES,
    ids=[
        "same-opening",
        "same-last-word",
        "trap-joining-word",
        "trap-siblings-disagree",
        "trap-sentence-title",
    ],
)
def test_a_one_line_title_ends_as_its_siblings_do(items: list[str], titles: list[str]) -> None:
    """(一)文化治理變革 | 今年… then (二)文化組織再造政府除…: a report titles the sub-headings of
    one heading in parallel, so a title run on into its section ends as a sibling's that another
    cut settled does — with its opening word at the same length, or after its last word."""
    text = _one_line([_PARENT + BODY, *(item + BODY * 2 for item in items), "二、強化文化經濟。"])
    got = [title for _, title in one_speech_outline(text)]
    assert got == [_PARENT.rstrip("。"), *titles, "二、強化文化經濟"]


def test_siblings_measure_only_under_the_same_heading() -> None:
    """(一)文化交流 under 一、 does not measure the (一) under 二、: they are no siblings."""
    text = _one_line(
        [
            _PARENT + BODY,
            _EXCHANGE + BODY * 2,
            "二、強化文化經濟。" + BODY,
            "(一)文化輸出臺灣要走向國際，應從在地出發。" + BODY * 2,
            "(二)強化產業推廣工作，持續辦理。" + BODY,
        ]
    )
    titles = [title for _, title in one_speech_outline(text)]
    assert titles[-2:] == [
        "(一)文化輸出臺灣要走向國際，應從在地出發",
        "(二)強化產業推廣工作，持續辦理",
    ]


def test_a_text_with_line_breaks_keeps_its_titles_whole() -> None:
    """The same sub-headings on lines of their own: a line's title is the writer's."""
    lines = [_PARENT, _EXCHANGE, BODY * 2, "(二)文化輸出臺灣要走向國際，應從在地出發。", BODY]
    titles = [title for _, title in one_speech_outline("\n".join(lines))]
    assert titles[-1] == "(二)文化輸出臺灣要走向國際，應從在地出發"
