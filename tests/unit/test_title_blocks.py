"""A speech's title block (tui.engine.roles, titleblock, framing, assemble): a title broken over two or
three lines is one title; a date alone above an untitled speech is its date, not its title;
a speaker line is a name (with a post, a date, brackets), not any short line of words.
Each table has the rows that failed before the change and trap rows that guard against
over-reach (issue #14, title blocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import addresslines
from tui.engine.model import Kind
from tui.engine.parse import load_document, parse_text

BODY = "今天我们召开这次会议，主要任务是总结工作、部署任务。\n一、总体要求\n要做好工作。\n二、主要任务\n要抓落实。\n"


# --- a title broken over lines --------------------------------------------------------------


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # the case: 关于… opens a title that names the speech on its second line
        (
            "关于加强和改进新时代\n基层治理工作的报告\n\n同志们：",
            "关于加强和改进新时代基层治理工作的报告",
        ),
        (
            "关于加强和改进新时代\n基层治理\n工作的报告\n\n同志们：",
            "关于加强和改进新时代基层治理工作的报告",
        ),
        ("关于加强基层治理工作的\n讲话\n同志们：", "关于加强基层治理工作的讲话"),
        ("加强新时代基层治理工作的\n报告\n同志们：", "加强新时代基层治理工作的报告"),
        ("推进基层治理现代\n化建设的报告\n同志们：", "推进基层治理现代化建设的报告"),
        (
            "在全市加强和改进新时代\n基层治理工作\n会议上的讲话\n同志们：",
            "在全市加强和改进新时代基层治理工作会议上的讲话",
        ),
        # with a subtitle, a date line, a speaker line under it; a full-width space kept
        (
            "关于加强和改进新时代\n基层治理工作的报告\n——在全市基层治理工作会议上\n同志们：",
            "关于加强和改进新时代基层治理工作的报告",
        ),
        (
            "关于加强和改进新时代\n基层治理工作的报告\n（2024年3月5日）\n同志们：",
            "关于加强和改进新时代基层治理工作的报告",
        ),
        (
            "关于加强和改进新时代\n基层治理工作的报告\n张三\n同志们：",
            "关于加强和改进新时代基层治理工作的报告",
        ),
        (
            "关于加强和改进　新时代\n基层治理工作的报告\n同志们：",
            "关于加强和改进\u3000新时代基层治理工作的报告",
        ),
        # a title in other words: over a date line, or right above the salutation
        (
            "关于加强和改进新时代\n基层治理的若干问题\n（2024年3月5日）",
            "关于加强和改进新时代基层治理的若干问题",
        ),
        (
            "坚持和发展新时代中国特色社会主义的\n若干问题\n（2024年3月5日）",
            "坚持和发展新时代中国特色社会主义的若干问题",
        ),
        ("关于加强和改进新时代\n基层治理工作\n同志们：", "关于加强和改进新时代基层治理工作"),
        # the file's first lines, no salutation: a title as one line there would be
        (
            "关于加强和改进新时代\n基层治理工作的调研报告\n今天我们召开这次会议，主要任务是总结工作、部署任务，大家都来了。",
            "关于加强和改进新时代基层治理工作的调研报告",
        ),
    ],
)
def test_title_broken_over_lines(head: str, title: str) -> None:
    (speech,) = parse_text(f"{head}\n{BODY}").speeches
    assert speech.title == title
    assert [heading.title for heading in speech.headings] == ["总体要求", "主要任务"]


def test_broken_title_keeps_its_date_and_speaker() -> None:
    text = f"关于加强和改进新时代\n基层治理工作的报告\n张三\n（2024年3月5日）\n同志们：\n{BODY}"
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date, speech.speaker) == (
        "关于加强和改进新时代基层治理工作的报告",
        "2024年3月5日",
        "张三",
    )


def test_broken_title_in_a_gbk_crlf_file(tmp_path: Path) -> None:
    text = f"关于加强和改进新时代\n基层治理工作的报告\n\n同志们：\n{BODY}"
    path = tmp_path / "报告.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("gbk"))
    document = load_document(path)
    assert document.encoding.lower() in ("gbk", "gb18030")
    (speech,) = document.speeches
    assert speech.title == "关于加强和改进新时代基层治理工作的报告"


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # a collection's own name over a speech's title: two lines, not one title
        (
            "营商环境讲话稿三篇\n在全市优化营商环境大会上的讲话\n同志们：",
            "在全市优化营商环境大会上的讲话",
        ),
        (
            "关于营商环境\n在全市优化营商环境大会上的讲话\n同志们：",
            "在全市优化营商环境大会上的讲话",
        ),
        (
            "关于营商环境的几篇讲话\n在全市优化营商环境大会上的讲话\n同志们：",
            "在全市优化营商环境大会上的讲话",
        ),
        # a short group heading over a title that names the speech: no title's first line
        ("关于营商环境\n优化营商环境工作的报告\n同志们：", "优化营商环境工作的报告"),
        # a whole title over a line of other words: no break inside a title
        ("学习贯彻全会精神\n基层治理工作的报告\n同志们：", "基层治理工作的报告"),
        # a blank line between: two blocks
        ("关于加强和改进新时代\n\n基层治理工作的报告\n同志们：", "基层治理工作的报告"),
        # a date line above: the speech's date, never its title's first line
        ("2024年3月5日\n基层治理工作的报告\n同志们：", "基层治理工作的报告"),
        # a title over its subtitle, ending in 和 as a noun's last character (调和)
        (
            "出国访问经过及世界三大文化之调和\n——二十九年五月在云南大学纪念周讲——",
            "出国访问经过及世界三大文化之调和",
        ),
    ],
)
def test_lines_above_a_title_not_merged(head: str, title: str) -> None:
    speeches = parse_text(f"{head}\n{BODY}").speeches
    assert [speech.title for speech in speeches] == [title]


def test_title_under_a_finished_speech_starts_the_next() -> None:
    text = (
        f"在全市经济工作会议上的讲话\n同志们：\n{BODY}谢谢大家！\n"
        f"关于加强和改进新时代\n基层治理工作的报告\n同志们：\n{BODY}"
    )
    assert [speech.title for speech in parse_text(text).speeches] == [
        "在全市经济工作会议上的讲话",
        "关于加强和改进新时代基层治理工作的报告",
    ]


# --- a date alone is no title ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("date_line", "date"),
    [
        ("2024年3月5日\n", "2024年3月5日"),
        ("（2024年3月5日）", "2024年3月5日"),
        ("二〇二四年三月五日", "二〇二四年三月五日"),
        ("2024-03-05", "2024-03-05"),
    ],
)
def test_date_line_above_untitled_speech(date_line: str, date: str) -> None:
    document = parse_text(f"{date_line}\n同志们：\n{BODY}")
    (speech,) = document.speeches
    assert speech.title is None
    assert speech.date == date
    assert speech.salutation == "同志们："
    assert speech.line == 1  # (the date line is the speech's, not front matter)
    assert document.paragraphs[0].kind is Kind.TITLE  # shown as a title-block line


def test_date_line_after_a_speech_starts_an_untitled_one() -> None:
    text = f"在全市经济工作会议上的讲话\n同志们：\n{BODY}谢谢大家！\n2024年3月6日\n同志们：\n{BODY}"
    first, second = parse_text(text).speeches
    assert first.title == "在全市经济工作会议上的讲话"
    assert (second.title, second.date, second.line) == (None, "2024年3月6日", 9)


@pytest.mark.parametrize(
    "title",
    [
        "2024年3月5日全市经济工作会议",  # a date with more words: a title of other words
        "2024年全市经济工作会议",
        "2024年3月5日在全市经济工作会议上的讲话",
    ],
)
def test_dated_title_above_salutation_stays_a_title(title: str) -> None:
    (speech,) = parse_text(f"{title}\n同志们：\n{BODY}").speeches
    assert speech.title == title


def test_title_over_its_date_line_keeps_both() -> None:
    (speech,) = parse_text(f"论基层治理\n（2024年3月5日）\n同志们：\n{BODY}").speeches
    assert (speech.title, speech.date) == ("论基层治理", "2024年3月5日")


# --- a speaker line is a name ---------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "习近平",
        "江　泽　民",
        "国务院总理李鹏",
        "国务院总理 李克强",
        "国务院副总理兼国家计划委员会主任姚依林",
        "XX区发展和改革委员会主任 张某某",
        "海拉尔区人民政府区长",
        "自治区主席 嘎玛泽登",
        "张三同志",
        "张三（2024年3月5日）",
        "（国务院总理 李强）",
        "（张三 2024年3月5日）",
        "李　鹏",  # a name of two characters, spaced out as printed
        "欧阳修文",  # a compound surname
        "阿不都热依木·伊敏",  # parts joined by a middle dot: no surname asked
        "XXX",  # a placeholder
    ],
)
def test_speaker_lines(line: str) -> None:
    assert addresslines.is_speaker_line(line)


@pytest.mark.parametrize(
    ("line", "who", "date"),
    [
        ("国务院总理 李克强", "国务院总理 李克强", ""),
        ("张三（2024年3月5日）", "张三", "2024年3月5日"),
        ("（国务院总理 李强）", "国务院总理 李强", ""),
        ("（张三 2024年3月5日）", "张三", "2024年3月5日"),
        ("会上大家认真讨论了", None, None),
    ],
)
def test_speaker_parts(line: str, who: str | None, date: str | None) -> None:
    assert addresslines.speaker_parts(line) == (None if who is None else (who, date))


@pytest.mark.parametrize(
    "line",
    [
        "会上大家认真讨论了",
        "基层治理工作报告",
        "全面从严治党",
        "党建工作学习资料",
        "人民代表大会第五次会议上",
        "要当好人民的代表",
        "2024年3月5日",
        "政府工作报告",
        "坚定信心真抓实干推动高质量发展",
        "（摘要）",  # a note on the title in brackets, no name
        "（节选）",
        # a name starts with a surname (tui/data/surnames.txt): these start with none
        "狠抓落实",
        "四川日报",
        "若干问题",
        "前　言",
        # they do (王, 任, 于, 严, 周, 屈, 后), but no name is so long or stands alone so short
        "王道",
        "任务",
        "于是",
        "严格要求",
        "周密部署",
        "高质量发展",
        "屈　原　研　究",  # a title spaced out (holdout3 t14): four characters after 屈
        "后　记",
        "＊＊＊",  # a separator
    ],
)
def test_plain_words_are_no_speaker_line(line: str) -> None:
    assert not addresslines.is_speaker_line(line)


@pytest.mark.parametrize(("line", "placed"), [("陈云", True), ("陈云", False), ("王道", False)])
def test_two_character_name_alone_only_where_a_name_stands(line: str, placed: bool) -> None:
    """陈云 after a title's date in a one-line text (regression a24) is a name; alone on a
    line of its own, two characters starting with a surname are as likely a word (王道)."""
    assert addresslines.is_speaker_line(line, placed=placed) is placed


@pytest.mark.parametrize("line", ["狠抓落实", "四川日报", "若干问题", "高质量发展"])
def test_placed_still_asks_for_a_name(line: str) -> None:
    assert not addresslines.is_speaker_line(line, placed=True)


def test_surname_list_is_shipped() -> None:
    single, compound = addresslines.surnames()
    assert {"李", "王", "张", "刘", "陈", "肖", "覃"} <= single
    assert {"欧阳", "司马", "诸葛"} <= compound
    assert not {"狠", "四", "若", "前"} & single


@pytest.mark.parametrize("word", ["王道", "任务"])
def test_word_under_a_title_is_no_speaker(word: str) -> None:
    (speech,) = parse_text(f"在全市经济工作会议上的讲话\n{word}\n同志们：\n{BODY}").speeches
    assert speech.speaker is None


def test_spaced_name_under_a_title_is_the_speaker() -> None:
    (speech,) = parse_text(f"在全市经济工作会议上的讲话\n李　鹏\n同志们：\n{BODY}").speeches
    assert speech.speaker == "李鹏"


def test_speaker_line_under_a_title() -> None:
    text = f"在全市经济工作会议上的讲话\n张三（2024年3月5日）\n同志们：\n{BODY}"
    (speech,) = parse_text(text).speeches
    assert (speech.speaker, speech.date) == ("张三", "2024年3月5日")


def test_sentence_under_a_title_is_no_header_line() -> None:
    document = parse_text(f"在全市经济工作会议上的讲话\n会上大家认真讨论了\n同志们：\n{BODY}")
    (speech,) = document.speeches
    assert speech.speaker is None
    line = next(p for p in document.paragraphs if p.text == "会上大家认真讨论了")
    assert line.kind is Kind.BODY


def test_subtitle_broken_over_two_lines_keeps_the_speaker() -> None:
    text = (
        "政府工作报告\n——2026年1月26日在某某省第十四届\n人民代表大会第五次会议上\n"
        f"某某省省长 张三\n各位代表：\n{BODY}"
    )
    (speech,) = parse_text(text).speeches
    assert (speech.title, speech.date, speech.speaker) == (
        "政府工作报告",
        "2026年1月26日",
        "某某省省长 张三",
    )


# --- a saved page's heading and date above the report's own title block ----------------------

PAGE_HEAD = "政府工作报告\n2007年04月05日\n【\n字体：\n大\n中\n小\n】\n"
REPORT_BLOCK = (
    "——在河北省第十届人民代表大会第五次会议上\n河北省代省长 郭庚茂\n（2007年1月16日）\n各位代表：\n"
)


@pytest.mark.parametrize(
    ("title_lines", "title", "gap"),
    [
        ("政府工作报告\n", "政府工作报告", "\n"),  # holdout8 y05, y08
        # y11: the title broken by the page's links, every line followed by a blank line
        (
            "关于河北省国民\n经济和社会发\n展第十个五年计划纲要的报告\n",
            "关于河北省国民经济和社会发展第十个五年计划纲要的报告",
            "\n\n",
        ),
    ],
)
def test_a_dated_page_heading_gives_way_to_the_reports_own_title(
    title_lines: str, title: str, gap: str
) -> None:
    """政府工作报告 | 2007年04月05日 (the day the page was posted) | 【字体：大 中 小】 over the
    report's own title block: the speech starts at its own title, with its own date and
    speaker."""
    text = (PAGE_HEAD + title_lines + REPORT_BLOCK + BODY).replace("\n", gap)
    (speech,) = parse_text(text).speeches
    own = 1 + (PAGE_HEAD.count("\n")) * len(gap)
    assert (speech.title, speech.date, speech.speaker, speech.line) == (
        title,
        "2007年1月16日",
        "河北省代省长 郭庚茂",
        own,
    )


@pytest.mark.parametrize(
    "text",
    [
        # no title block after the page's chrome: the heading and its date are the speech's
        PAGE_HEAD + "各位代表：\n" + BODY,
        # the later title framed by a date alone too: no page heading over a report's block
        PAGE_HEAD + "政府工作报告\n2007年01月16日\n各位代表：\n" + BODY,
        # a sentence between: the first title block is a speech's
        "政府工作报告\n2007年04月05日\n各位代表：\n今天作报告。\n政府工作报告\n"
        + REPORT_BLOCK
        + BODY,
    ],
    ids=["no-second-title", "second-dated-only", "text-between"],
)
def test_a_dated_title_with_no_report_block_under_it_stays_the_title(text: str) -> None:
    speeches = parse_text(text).speeches
    assert (speeches[0].title, speeches[0].date, speeches[0].line) == (
        "政府工作报告",
        "2007年04月05日",
        1,
    )
