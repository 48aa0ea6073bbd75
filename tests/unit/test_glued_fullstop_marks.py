"""A one-line text whose numbered headings write a full stop after the numeral (一．律宗, 二.俱舍宗
— the style of 弘一's collected talks) instead of 一、: the headings glued after a sentence end
are cut out of the run as 一、 ones are (issue #14, "One-line texts"; corpus a09-a14 joined by
nothing: 一．律宗又名南山宗 … 0 of 46 found).

The trap rows fail on the engine before ``gluedmarks`` read ． / . after a numeral as a glued
marker (checked with that pattern's hunk left out); the near-miss rows (an inline list, a
decimal-looking number, a text with its line breaks) pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

BODY = [
    "佛法宗派大概，今略述之，以备学者参考。",
    "一．律宗",
    "唐终南山道宣律师所立，依四分律而立宗。此宗在唐时最盛，至宋以后渐衰。",
    "二．俱舍宗",
    "依俱舍论而立，为小乘有部之学。陈真谛三藏译出，唐玄奘三藏重译。",
    "三．成实宗",
    "依成实论而立，为小乘空宗之学。鸠摩罗什三藏译出，至唐时已衰。",
]


def _outline(lines: list[str], join: str = "") -> list[tuple[int, str]]:
    document = parse_text(join.join(lines))
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def _starts(lines: list[str], join: str = "") -> list[str]:
    return [title[:4] for _, title in _outline(lines, join)]


@pytest.mark.parametrize("join", ["", " "], ids=["trap-glued", "trap-spaced"])
def test_fullwidth_stop_series_is_cut_out(join: str) -> None:
    assert _starts(BODY, join) == ["一．律宗", "二．俱舍", "三．成实"]


def test_ascii_stop_series_is_cut_out() -> None:
    lines = [line.replace("．", ".") for line in BODY]
    assert _starts(lines) == ["一.律宗", "二.俱舍", "三.成实"]


def test_inline_list_with_fullwidth_stops_stays_text() -> None:
    """做到三条：一．讲政治；二．顾大局；三．守规矩。 — the items are one sentence (near miss)."""
    lines = [
        "今天讲几句话。每名党员干部都要做到三条：一．讲政治；二．顾大局；三．守规矩。",
        "各级党组织要认真抓好落实，确保取得实效。大家要把思想统一到会议精神上来。",
    ]
    assert _outline(lines) == []


def test_numeral_dot_digit_stays_text() -> None:
    """。一.5倍 — a numeral before a dot and a digit is no heading (near miss)."""
    lines = [
        "今年产量增长很快。一.5倍的增长来自新技术。二.3倍来自管理。三.1倍来自市场。",
        "各级各部门要认真总结经验，继续努力。",
    ]
    assert _outline(lines) == []


def test_text_with_line_breaks_keeps_its_headings() -> None:
    assert _starts(BODY, "\n") == ["一．律宗", "二．俱舍", "三．成实"]


NAMED_AGAIN = [
    "今略说因果之义，以备参考。",
    "一．三世业报",
    "三世业报者，现报、生报、后报也。今生作善恶，今生受报，名为现报。",
    "二．善恶因果",
    "善恶因果者，恶业、善业、不动业此三者是其因。果报有六，即六道也。",
    "三．改过迁善",
    "既知因果之理，应当改过迁善。常人每难做到，须时时省察。",
]


def test_title_said_again_ends_the_title() -> None:
    """一．三世业报三世业报者，… — the section opens by naming its title again (trap: the
    title ran on to the clause's end, 一．三世业报三世业报者)."""
    titles = [title for _, title in _outline(NAMED_AGAIN)]
    assert titles[:2] == ["一．三世业报", "二．善恶因果"]


def test_title_said_again_further_on_stays() -> None:
    """一．三世业报所谓三世业报者 — the words come again after others, not right after the title
    (near miss: the title runs to its sentence end, as before)."""
    lines = [line.replace("三世业报者", "所谓三世业报者") for line in NAMED_AGAIN]
    titles = [title for _, title in _outline(lines)]
    assert titles[0] == "一．三世业报所谓三世业报者，现报、生报、后报也"


ALIASED = [
    "佛法宗派大概，今略述之。",
    "四．三论宗（又名性宗，又名空宗）",
    "三论者，即中论、百论、十二门论，是三部论皆依般若经而造。",
    "五．法相宗（又名慈恩宗）",
    "此宗所依之经论，为解深密经、瑜伽师地论等。",
]


def test_title_with_other_names_in_brackets_ends_at_the_bracket() -> None:
    """四．三论宗（又名性宗，又名空宗）三论者，… — a name and its other names in brackets, the
    section's text run on after them (trap: the title ran on to the first clause's end)."""
    titles = [title for _, title in _outline(ALIASED)]
    assert titles == ["四．三论宗（又名性宗，又名空宗）", "五．法相宗（又名慈恩宗）"]


def test_bracket_that_is_no_other_name_stays() -> None:
    """四．三论宗（中论、百论）三论者 — a bracket that names no other name (又名, 亦称 …) is
    no title's end (near miss: the title runs on as before)."""
    lines = [line.replace("又名性宗，又名空宗", "中论、百论") for line in ALIASED]
    titles = [title for _, title in _outline(lines)]
    assert titles[0].startswith("四．三论宗（中论、百论）三论者")


SHARED_OPENER = [
    "今略说药师法门之益，以备参考。",
    "一．维持世法",
    "佛法本以出世间为归趣，其意义高深，常人每难了解。",
    "二．辅助戒律",
    "佛法之中，是以戒为根本的，所以佛经说：若无净戒，诸善功德不生。",
    "三．清净得福",
    "佛法的宗派非常之繁，其中以净土宗最为兴盛。",
]


def test_sections_opening_with_one_subject_end_the_titles() -> None:
    """一．维持世法佛法本以…，/ 二．辅助戒律佛法之中，/ 三．清净得福佛法的宗派…，: three sections
    open with the one subject 佛法, so each title ends before it (trap: each title ran on to its
    first clause's end)."""
    titles = [title for _, title in _outline(SHARED_OPENER)]
    assert titles == ["一．维持世法", "二．辅助戒律", "三．清净得福"]


def test_names_sharing_a_word_stay_whole() -> None:
    """一．佛说药师如来本愿经一卷，二．药师琉璃光如来本愿功德经一卷，… — a list of names that share
    a word, the titles before it ending alike (如来) and their clauses too (一卷，), is no set of
    sections opening with one subject (near miss, held by either: the titles run to their first
    comma, as before)."""
    lines = [
        "药师经之译本，今略举之。",
        "一．佛说药师如来本愿经一卷，隋达摩笈多译。",
        "二．药师琉璃光如来本愿功德经一卷，唐玄奘译。",
        "三．药师琉璃光七佛本愿功德经二卷，唐义净译。",
    ]
    titles = [title for _, title in _outline(lines)]
    assert all("本愿" in title for title in titles)


def test_title_ending_with_the_shared_word_keeps_it() -> None:
    """一．坚持创新发展，… — a word that ends one of the titles' clauses is the titles' own last
    word, not the sections' subject (near miss)."""
    lines = [
        "下面讲三点意见。",
        "一．坚持创新发展，",
        "创新是引领发展的第一动力。",
        "二．坚持协调发展",
        "协调是持续健康发展的内在要求，必须牢牢把握。",
        "三．坚持绿色发展",
        "绿色是永续发展的必要条件，必须坚持节约资源。",
        "四．坚持开放发展",
        "开放是国家繁荣发展的必由之路，必须顺应潮流。",
    ]
    titles = [title for _, title in _outline(lines)]
    assert [title[:8] for title in titles[1:]] == [
        "二．坚持协调发展",
        "三．坚持绿色发展",
        "四．坚持开放发展",
    ]


def test_report_headings_sharing_a_word_stay_whole() -> None:
    """一、中央财政管理审计情况… / 二、…审计情况… — headings written 一、 (a report's) share words
    inside their titles: no subject is read from them (near miss: the trap's text with 、)."""
    lines = [line.replace("．", "、") for line in SHARED_OPENER]
    titles = [title for _, title in _outline(lines)]
    assert titles[0].startswith("一、维持世法佛法本以出世间为归趣")


RESTATED = [
    "今略举常人误解佛法之处，说明如下。",
    "一．佛法非迷信",
    "近来知识分子，多批评佛法谓之迷信。其实不然，佛法重在觉悟。",
    "二．佛法非宗教",
    "或有人疑佛法为一种宗教，此说不然。宗教有神，佛法无之。",
    "三．佛法非哲学",
    "或有人疑佛法为一种哲学，此说不然。哲学重推理，佛法重实证。",
]


def test_titles_said_again_in_their_first_sentences_end_there() -> None:
    """一．佛法非迷信近来知识分子，多批评佛法谓之迷信。… — each section's first sentence says its
    title's last words again further on; three of the series so end (trap: each title ran on to
    its first clause's end)."""
    titles = [title for _, title in _outline(RESTATED)]
    assert titles == ["一．佛法非迷信", "二．佛法非宗教", "三．佛法非哲学"]


def test_one_title_said_again_alone_stays() -> None:
    """Only one of the series says its title's words again (二．佛法非宗教 | …一种宗教): one may
    hold its words twice by chance (near miss: the titles run on as before)."""
    lines = [
        line.replace("谓之迷信", "谓之无用").replace("一种哲学", "一种学问") for line in RESTATED
    ]
    titles = [title for _, title in _outline(lines)]
    assert titles[1].startswith("二．佛法非宗教或有人疑佛法为一种宗教")


CITED = [
    "今略举佛之示范数事，以为学者模范。",
    "一．佛自扫地",
    "《根本说一切有部毗柰耶杂事》云：世尊在逝多林，见地不净，即自执帚扫林中地。",
    "二．佛自修房",
    "《十诵律》云：佛在阿罗毗国，见寺门屋破，自修补之。",
]


def test_section_citing_its_source_ends_the_title() -> None:
    """一．佛自扫地《根本说一切有部毗柰耶杂事》云：… — the section opens by citing its source; the
    title ends before the book's name (trap: it ran on to the first clause's end)."""
    titles = [title for _, title in _outline(CITED)]
    assert titles == ["一．佛自扫地", "二．佛自修房"]


def test_book_named_inside_a_title_stays() -> None:
    """一．佛自扫地《十诵律》的记载 — a book named in the title, not cited with 云/曰/载 (near
    miss: the title runs on as before)."""
    lines = [line.replace("》云：", "》的记载，") for line in CITED]
    titles = [title for _, title in _outline(lines)]
    assert titles[1].startswith("二．佛自修房《十诵律》的记载")


EXPLAINED = [
    "今略说修持之要，凡有三端。",
    "二．发菩提心",
    "“菩提”二字是印度的梵语，翻译为“觉”，也就是成佛的意思。",
    "三．专修净土",
    "既然已经发了菩提心，就应该努力地修持。",
]


def test_section_explaining_the_titles_words_ends_the_title() -> None:
    """二．发菩提心“菩提”二字是印度的梵语，… — the section opens by explaining the title's words
    in quotes; the title ends before them (trap: it ran on to the first clause's end)."""
    titles = [title for _, title in _outline(EXPLAINED)]
    assert titles[0] == "二．发菩提心"


def test_quoted_words_not_in_the_title_stay() -> None:
    """二．发菩提心“觉悟”二字… — quoted words the title does not hold (near miss: the title runs
    on as before)."""
    lines = [line.replace("“菩提”", "“觉悟”") for line in EXPLAINED]
    titles = [title for _, title in _outline(lines)]
    assert titles[0].startswith("二．发菩提心“觉悟”二字")


def test_quoted_words_far_back_in_the_title_stay() -> None:
    """二．关于总则草案第一章“总则”主要规定了… — the quoted words far back in the title (a text
    naming a chapter, not explaining the title's last words: near miss, not cut before the quote)."""
    lines = [
        "现就草案作如下说明。",
        "一．关于总则",
        "草案第一章“总则”主要规定了立法目的和适用范围。",
        "二．关于编制",
        "草案第二章“编制”主要规定了编制的程序和要求。",
    ]
    titles = [title for _, title in _outline(lines)]
    assert not titles[0].endswith("第一章")
