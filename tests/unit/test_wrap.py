"""Tests for tui.engine.wrap: cell widths (checked against rich) and kinsoku line wrapping."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tui.engine.wrap import (
    DATE_UNITS,
    DOUBLED_MARKS,
    NO_END,
    NO_START,
    NUMBER_DIGITS,
    NUMBER_PREFIXES,
    UNITS,
    cell_width,
    char_width,
    line_at,
    prepare,
    wrap,
    wrap_cached,
    wrap_lines,
)

# The rule sets of the task, written out independently of the module.
CLOSING = set("，。、；：？！”’）》」』】〕〉…—%‰·％．") | set(",.;:?!)]}")
# CLREQ's strict level: dashes and ellipses never start a line (―, ⋯ as files write them).
DASHES = set("―⋯⸺⸻")
OPENING = set("“‘（《「『【〔〈") | set("([{")
WORD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
DIGIT = set("0123456789")
JOINERS = set("._-/@'")
# A number stays with its unit and its 第 (rule 1): digits ASCII or full width.
NUMBER = DIGIT | set("０１２３４５６７８９")
NUMBER_JOINERS = set(".,:．")
UNIT = set(
    "年月日号时分秒天周岁届期页行篇条款项章节段句处版次个名位人家户件种类只所场批轮部台座套张份本"
    "元角万亿千百多余倍成点米公吨亩度斤克升瓦平立级%％‰℃°"
)
PREFIX = set("第￥¥$€£")
DATE = set("年月")  # 2024年3月5日 is one run
# Doubled, one mark (CLREQ 符号分离禁则): a two-em dash, a six-dot ellipsis, and stand-ins.
DOUBLED = set("—―─－…⋯")


def test_rule_sets_cover_the_specified_punctuation() -> None:
    assert CLOSING | DASHES <= NO_START
    assert OPENING <= NO_END
    assert not (NO_START & NO_END)
    # The unit rule's sets are exactly the ones written here (the oracle below uses them).
    assert (NUMBER, UNIT, PREFIX, DATE, DOUBLED) == (
        NUMBER_DIGITS,
        UNITS,
        NUMBER_PREFIXES,
        DATE_UNITS,
        DOUBLED_MARKS,
    )


# ---------------------------------------------------------------- widths

WIDTH_CASES = [
    ("cjk", "中", 2),
    ("fullwidth comma", "，", 2),
    ("ideographic space", "\u3000", 2),
    ("fullwidth digit", "１", 2),
    ("ascii", "a", 1),
    ("curly quote is ambiguous, narrow", "“", 1),
    ("em dash", "—", 1),
    ("ellipsis", "…", 1),
    ("middle dot", "·", 1),
    ("zero width space", "\u200b", 0),
    ("bom", "\ufeff", 0),
    ("variation selector", "\ufe0f", 0),
    ("combining acute", "\u0301", 0),
    ("ideographic tone mark", "\u302a", 0),
    ("extension b ideograph", "\U00020000", 2),
]


@pytest.mark.parametrize(("name", "char", "expected"), WIDTH_CASES, ids=[c[0] for c in WIDTH_CASES])
def test_char_width(name: str, char: str, expected: int) -> None:
    assert char_width(char) == expected
    assert cell_len(char) == expected  # the table above agrees with rich too


def test_char_width_agrees_with_rich_over_the_assigned_bmp() -> None:
    wrong = [
        hex(code)
        for code in range(0x10000)
        if not 0xD800 <= code < 0xE000
        and unicodedata.category(chr(code)) != "Cn"
        and char_width(chr(code)) != cell_len(chr(code))
    ]
    assert wrong == []


def test_char_width_agrees_with_rich_beyond_the_bmp() -> None:
    codes = [*range(0x10000, 0x20000), *range(0x20000, 0x40000, 97), *range(0xE0000, 0xE0200)]
    wrong = [
        hex(code)
        for code in codes
        if unicodedata.category(chr(code)) != "Cn" and char_width(chr(code)) != cell_len(chr(code))
    ]
    assert wrong == []


CJK_ALPHABET = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from(sorted(CLOSING | OPENING) + list("　，。《》“”——……ab 01.")),
)


@given(st.text(alphabet=CJK_ALPHABET, max_size=300))
def test_cell_width_equals_rich_cell_len(text: str) -> None:
    assert cell_width(text) == cell_len(text)
    assert cell_width(text) == sum(char_width(c) for c in text)


def test_cell_width_fast_paths() -> None:
    assert cell_width("") == 0
    assert cell_width("hello 2022") == 10
    assert cell_width("讲话稿") == 6
    assert cell_width("e\u0301") == 1
    assert cell_width("GDP增长8.36%") == 12


# ---------------------------------------------------------------- table-driven wrapping

# (name, text, width, first_indent, indent, expected lines)
WRAP_CASES = [
    ("empty", "", 10, 4, 0, [""]),
    ("fits", "同志们", 10, 4, 0, ["同志们"]),
    ("exact fit", "一二三", 6, 0, 0, ["一二三"]),
    ("plain break", "一二三四五", 6, 0, 0, ["一二三", "四五"]),
    ("first indent", "一二三四五", 6, 2, 0, ["一二", "三四五"]),
    ("continuation indent", "一二三四五六七", 6, 0, 2, ["一二三", "四五", "六七"]),
    # 。 would start line 2: 三 is carried down with it (推出).
    ("closing pulled down", "一二三。四五", 6, 0, 0, ["一二", "三。四", "五"]),
    ("comma pulled down", "一二三，四", 6, 0, 0, ["一二", "三，四"]),
    ("ascii comma", "一二三,四", 6, 0, 0, ["一二", "三,四"]),
    # 《 would end line 1: it is pushed to line 2.
    ("opening pushed down", "一二《三》", 6, 0, 0, ["一二", "《三》"]),
    ("opening quote pushed", "一二“三”", 5, 0, 0, ["一二", "“三”"]),
    ("quote ellipsis stays together", "他说：“……。”好", 10, 0, 0, ["他说：", "“……。”好"]),
    ("double dash stays together", "一二三——四", 7, 0, 0, ["一二", "三——四"]),
    ("ellipsis pair", "一二三……四", 7, 0, 0, ["一二", "三……四"]),
    ("number not split", "一二三2022年", 9, 0, 0, ["一二三", "2022年"]),
    ("decimal not split", "一二三四8.36%", 12, 0, 0, ["一二三四", "8.36%"]),
    ("word not split", "一二三hello", 10, 0, 0, ["一二三", "hello"]),
    ("domain not split", "访问网站www.gov.cn查询", 16, 0, 0, ["访问网站", "www.gov.cn查询"]),
    ("dotted name not split", "使用Node.js开发", 10, 0, 0, ["使用", "Node.js开", "发"]),
    ("file suffix not split", "有 .txt .docx 文件", 10, 0, 0, ["有 .txt ", ".docx 文件"]),
    # A URL's "//" is never split, nor "://": the URL starts a line and breaks after a later "/".
    (
        "url scheme not split",
        'url: "https://paper.people.com.cn/rmrb/pc/content/06/c_1.html"',
        40,
        0,
        0,
        ['url: "', "https://paper.people.com.cn/rmrb/pc/", 'content/06/c_1.html"'],
    ),
    # A suffix right after a Chinese name belongs to the name: no line starts with ".txt".
    (
        "suffix stays with its name",
        "来源：济源讲话三篇.txt）",
        18,
        0,
        0,
        ["来源：济源讲话三", "篇.txt）"],
    ),
    ("hyphenated not split", "一二三COVID-19疫情", 12, 0, 0, ["一二三", "COVID-19疫情"]),
    # A key's name is one word: a notice never reads "ctrl+" | "n" or "^" | "n".
    ("key name not split", "在摘录本ctrl+n中", 13, 0, 0, ["在摘录本", "ctrl+n中"]),
    ("caret key not split", "再按一次^n打开", 9, 0, 0, ["再按一次", "^n打开"]),
    (
        "long path split after a slash",
        "到/tmp/home/state/bookmarks.json",
        14,
        0,
        0,
        ["到", "/tmp/home/", "state/", "bookmarks.json"],
    ),
    ("long word broken", "abcdefghij", 4, 0, 0, ["abcd", "efgh", "ij"]),
    ("no leading space", "一 two three", 8, 0, 0, ["一 two ", "three"]),
    ("combining mark kept", "abce\u0301fg", 4, 0, 0, ["abce\u0301", "fg"]),
    ("width 1 one char per line", "一二", 1, 0, 0, ["一", "二"]),
    ("width 2", "一，二", 2, 0, 0, ["一", "，", "二"]),
    ("width 3 punctuation forced", "一。二", 3, 0, 0, ["一", "。", "二"]),
    ("width 3 narrow pair", "一”。", 3, 0, 0, ["一”", "。"]),
    ("only punctuation", "。。。。。。", 4, 0, 0, ["。。", "。。", "。。"]),
    ("indent wider than width", "一二三", 4, 4, 0, ["一", "二三"]),
    # A space at a break hangs at the line's end, never starting the next line.
    # ab | ␣ | cd, ab | ␣␣ | ␣ | cd, ab | 　| cd before: lines of spaces alone.
    ("space hangs at a break", "ab cd", 2, 0, 0, ["ab ", "cd"]),
    ("spaces hang together", "ab   cd", 3, 0, 0, ["ab   ", "cd"]),
    ("ideographic space hangs", "ab\u3000cd", 3, 0, 0, ["ab\u3000", "cd"]),
    # A line a forced break starts with "，" keeps more than it when a break allows:
    # 达 | 峰” | ， | xx 万 before.
    ("no comma alone before a word", "达峰”，xx 万", 4, 0, 0, ["达", "峰”", "，xx ", "万"]),
    # ... and only when none does, before a hard break: ，即 | ： would start a line too.
    (
        "comma alone when nothing else is allowed",
        "一重”，即：",
        4,
        0,
        0,
        ["一", "重”", "，", "即："],
    ),
]


# A number is not parted from its unit, its 第 or currency sign, nor split inside (rule 1);
# the reader's rows (a first-line indent of 4) each broke the number away on the base.
YEAR = "会议指出，1998年以来全市经济稳步增长"
YEAR_BROKEN = ["会议指出，", "1998年以来全市经济", "稳步增长"]
BILLIONS = "全年累计完成固定资产投资3亿元"
TIMES = "这是本届政府第3次召开全体会议"
COUNT = "全市新开工重点项目20个，总投资"
# The notebook's citation and a quote's place (tests/ui/test_notebook_number_units.py): "第49页"
# went to the next line whole under its second pass, now under the wrapper's own rule.
CITATION = "——《在全市优化营商环境大会上的讲话》，一、提高认识，增强优化营商环境的责任感，第49页"
CITED = "——《在全市优化营商环境大会上的讲话》，一、提高认识，增强优化营商环境的责任感，"
PLACE = "在全市优化营商环境大会上的讲话稿汇编.pdf 第49页 · 2026-12-05 16:00"
PLACE_FILE = "在全市优化营商环境大会上的讲话稿汇编.pdf "
NUMBER_CASES = [
    ("year with its 年 at 18", YEAR, 18, 4, 0, YEAR_BROKEN),
    ("year with its 年 at 19", YEAR, 19, 4, 0, YEAR_BROKEN),
    ("year fits at 40", YEAR, 40, 4, 0, [YEAR]),
    (
        "亿元 with its number at 10",
        BILLIONS,
        10,
        4,
        0,
        ["全年累", "计完成固定", "资产投资", "3亿元"],
    ),
    ("亿元 with its number at 15", BILLIONS, 15, 4, 0, ["全年累计完", "成固定资产投资", "3亿元"]),
    ("亿元 with its number at 29", BILLIONS, 29, 4, 0, ["全年累计完成固定资产投资", "3亿元"]),
    ("第3次 whole at 10", TIMES, 10, 4, 0, ["这是本", "届政府", "第3次召开", "全体会议"]),
    ("第3次 whole at 18", TIMES, 18, 4, 0, ["这是本届政府", "第3次召开全体会议"]),
    ("第3次 whole at 19", TIMES, 19, 4, 0, ["这是本届政府", "第3次召开全体会议"]),
    ("20个 whole at 8", COUNT, 8, 4, 0, ["全市", "新开工重", "点项目", "20个，总", "投资"]),
    ("20个 whole at 12", COUNT, 12, 4, 0, ["全市新开", "工重点项目", "20个，总投资"]),
    ("20个 whole at 24", COUNT, 24, 4, 0, ["全市新开工重点项目", "20个，总投资"]),
    ("decimal with its unit", "较去年提高2.4个百分点", 14, 0, 0, ["较去年提高", "2.4个百分点"]),
    ("thousands with 万元", "共发放补贴1,000万元", 15, 0, 0, ["共发放补贴", "1,000万元"]),
    ("degree sign with its number", "气温上升3℃以上", 9, 0, 0, ["气温上升", "3℃以上"]),
    (
        "full-width year at 10",
        "会议指出１９９８年以来",
        10,
        0,
        0,
        ["会议指出", "１９９８年", "以来"],
    ),
    ("full-width year at 14", "会议指出１９９８年以来", 14, 0, 0, ["会议指出", "１９９８年以来"]),
    ("full-width year at 16", "会议指出１９９８年以来", 16, 0, 0, ["会议指出", "１９９８年以来"]),
    ("full-width decimal at 12", "增长８．３６亿元", 12, 0, 0, ["增长", "８．３６亿元"]),
    ("currency sign", "投资￥100万", 8, 0, 0, ["投资", "￥100万"]),
    ("citation at 12", CITATION, 12, 0, 0, [*wrap_lines(CITED, 12, 0, 0), "第49页"]),
    ("citation at 80", CITATION, 80, 0, 0, [CITED, "第49页"]),
    ("citation at 82", CITATION, 82, 0, 0, [CITED, "第49页"]),
    (
        "quote's place at 12",
        PLACE,
        12,
        0,
        0,
        [
            "在全市优化营",
            "商环境大会上",
            "的讲话稿汇",
            "编.pdf ",
            "第49页 · ",
            "2026-12-05 ",
            "16:00",
        ],
    ),
    (
        "quote's place at 23",
        PLACE,
        23,
        0,
        0,
        ["在全市优化营商环境大会", "上的讲话稿汇编.pdf ", "第49页 · 2026-12-05 ", "16:00"],
    ),
    ("quote's place at 43", PLACE, 43, 0, 0, [PLACE_FILE, "第49页 · 2026-12-05 16:00"]),
    ("quote's place at 45", PLACE, 45, 0, 0, [PLACE_FILE, "第49页 · 2026-12-05 16:00"]),
    # A date or a time is one run (rule 1), and one that fits up to a space ends its line
    # there (rule 2): the notebook's place line read "2026-12-" | "05 16:00" at 10 cells.
    # The space hangs at the line's end: no line starts with one.
    ("date before a space at 10", "2026-12-05 16:00", 10, 0, 0, ["2026-12-05 ", "16:00"]),
    ("slashed date before a space at 10", "2026/12/05 16:00", 10, 0, 0, ["2026/12/05 ", "16:00"]),
    (
        "notebook place at 10",
        "营商环境大会讲话.txt 第12行 · 2026-12-05 16:00",
        10,
        0,
        0,
        ["营商环境大", "会讲", "话.txt ", "第12行 · ", "2026-12-05 ", "16:00"],
    ),
    # The hung space takes no room of the next line: 16:00 fits 5 cells after it ...
    ("date at 5", "2026-12-05 16:00", 5, 0, 0, ["2026-", "12-05 ", "16:00"]),
    # ... but not when the word after the space would not fit the next line either.
    (
        "date with no room after it",
        "2026-12-05 16:00:00",
        5,
        0,
        0,
        ["2026-", "12-", "05 ", "16:0", "0:00"],
    ),
    # A date longer than the line still splits after a joiner (rule 2).
    ("date longer than the line", "2026-12-05 16:00", 9, 0, 0, ["2026-12-", "05 16:00"]),
    ("time whole", "时间：16:00开始", 7, 0, 0, ["时间：", "16:00开", "始"]),
    # 第 49 页 as PDFs space it is short: kept whole like 第49页 (rule 1) ...
    ("spaced page and full stop at 10", "见第 49 页。", 10, 0, 0, ["见", "第 49 页。"]),
    ("spaced page whole at 8", "请见第 49 页的表格", 8, 0, 0, ["请见", "第 49 页", "的表格"]),
    ("spaced page whole at 10", "请见第 49 页的表格", 10, 0, 0, ["请见", "第 49 页的", "表格"]),
    ("spaced number with its unit", "全市 300 亿元投资", 9, 0, 0, ["全市 ", "300 亿元", "投资"]),
    (
        "spaced year at 4: the space hangs",
        "在全市 2022 年优化营商环境",
        4,
        0,
        0,
        ["在全", "市 ", "2022 ", "年优", "化营", "商环", "境"],
    ),
    (
        "spaced year with its 年",
        "在全市 2022 年优化营商环境",
        8,
        0,
        0,
        ["在全市 ", "2022 年", "优化营商", "环境"],
    ),
    # A date in words and digits is one run too: the notebook's citation read
    # "——p18u.txt（2024年3月" | "5日）" at 24 cells.
    (
        "dated citation at 24",
        "——p18u.txt（2024年3月5日）",
        24,
        0,
        0,
        ["——p18u.txt", "（2024年3月5日）"],
    ),
    ("date in a sentence", "会议于2024年3月5日召开", 14, 0, 0, ["会议于", "2024年3月5日召", "开"]),
    (
        "date in words longer than the line",
        "于2024年10月15日",
        10,
        0,
        0,
        ["于", "2024年10月", "15日"],
    ),
    # ... and split at a space when it does not fit (rule 2), not inside the number.
    ("spaced page longer than the line", "见第 49 页。", 4, 0, 0, ["见", "第 ", "49 ", "页。"]),
    # When the number and its unit do not fit a line, rules 2-4 break it as before.
    (
        "full-width decimal longer than the line",
        "增长８．３６亿元",
        8,
        0,
        0,
        ["增长", "８．３６", "亿元"],
    ),
    ("number longer than the line", "共12345678年", 8, 0, 0, ["共", "12345678", "年"]),
    ("currency and number longer than the line", "投资￥100万", 6, 0, 0, ["投资", "￥100", "万"]),
    # Chinese numerals are ideographs like any other: no rule keeps them whole.
    ("chinese numerals break as ideographs", "二〇二四年的工作", 8, 0, 0, ["二〇二四", "年的工作"]),
]

# CLREQ (符号分离禁则): a doubled dash or ellipsis is one mark, never split across lines,
# and (its strict level) dashes and ellipses never start a line.
MARK_CASES = [
    ("doubled horizontal bar at 7", "一二三――四五", 7, 0, 0, ["一二", "三――四", "五"]),
    ("doubled horizontal bar at 8", "一二三――四五", 8, 0, 0, ["一二三――", "四五"]),
    ("doubled box line", "一二三──四五", 7, 0, 0, ["一二三", "──四五"]),
    ("doubled fullwidth hyphen at 5", "一二三－－四五", 5, 0, 0, ["一二", "三", "－－", "四五"]),
    ("doubled fullwidth hyphen at 8", "一二三－－四五", 8, 0, 0, ["一二三", "－－四五"]),
    ("midline ellipsis", "一二三⋯⋯四五", 7, 0, 0, ["一二", "三⋯⋯四", "五"]),
    ("two-em dash starts no line", "一二三⸺四五", 6, 0, 0, ["一二", "三⸺四", "五"]),
    ("three-em dash starts no line", "一二三⸻四五", 6, 0, 0, ["一二", "三⸻四", "五"]),
    ("ellipsis in corner brackets at 6", "他说：「……」好", 6, 0, 0, ["他说：", "「……」", "好"]),
    ("ellipsis in corner brackets at 8", "他说：「……」好", 8, 0, 0, ["他说：", "「……」好"]),
    ("ellipsis in corner brackets at 12", "他说：「……」好", 12, 0, 0, ["他说：「……」", "好"]),
    ("dash in corner brackets", "他说：「——」好", 8, 0, 0, ["他说：", "「——」好"]),
]
ALL_CASES = WRAP_CASES + NUMBER_CASES + MARK_CASES


@pytest.mark.parametrize(
    ("name", "text", "width", "first_indent", "indent", "expected"),
    ALL_CASES,
    ids=[c[0] for c in ALL_CASES],
)
def test_wrap_cases(
    name: str, text: str, width: int, first_indent: int, indent: int, expected: list[str]
) -> None:
    assert wrap_lines(text, width, first_indent, indent) == expected


def test_empty_text_is_one_empty_line() -> None:
    assert wrap("", 80) == [(0, 0)]


def test_default_first_indent_is_four_cells() -> None:
    # 80 cells: 38 CJK characters after the 4-cell indent, 40 on the next line.
    text = "字" * 100
    assert wrap(text, 80) == [(0, 38), (38, 78), (78, 100)]


# ---------------------------------------------------------------- the invariant, as an oracle


def _is_boundary(text: str, index: int) -> bool:
    """A break before text[index] keeps zero-width characters with their base."""
    return cell_len(text[index]) > 0


def _base_before(text: str, index: int) -> str:
    index -= 1
    while index > 0 and cell_len(text[index]) == 0:
        index -= 1
    return text[index]


def _doubled(text: str, index: int) -> bool:
    """Between two halves of one doubled mark (——, ……, ――, ──, －－, ⋯⋯)."""
    return text[index] in DOUBLED and _base_before(text, index) == text[index]


def _kinsoku(text: str, index: int) -> bool:
    return (
        text[index] not in CLOSING | DASHES
        and _base_before(text, index) not in OPENING
        and not _doubled(text, index)
    )


def _after_joiner(text: str, index: int) -> bool:
    """Rule 2: after a joiner, after a space (第 | 49 页 when 第 49 does not fit), or in a
    date after 年 or 月."""
    if text[index - 1] in " \u3000":
        return text[index] not in " \u3000" and _kinsoku(text, index)
    if text[index - 1] in DATE:  # inside a date: 2024年 | 3月5日
        return text[index] in NUMBER
    return text[index - 1] in JOINERS and text[index] not in JOINERS and _kinsoku(text, index)


def _next_word_fits(text: str, index: int, room: int) -> bool:
    """Rule 2: the word after the spaces at ``index`` fits the next line (they hang)."""
    word = re.match(r"[ \u3000]*([^ \u3000]*)", text[index:])
    return word is not None and cell_len(word.group(1)) <= room


def _hang(text: str, end: int) -> int:
    """A break before spaces moves after them (and any zero-width characters on them)."""
    if end < len(text) and text[end] in " \u3000":
        while end < len(text) and (text[end] in " \u3000" or cell_len(text[end]) == 0):
            end += 1
    return end


def _strict(text: str, index: int) -> bool:
    before, after = _base_before(text, index), text[index]
    leading_dot = (
        after == "."
        and (before in " \u3000" or before in OPENING)
        and index + 1 < len(text)
        and text[index + 1] in WORD
    )
    if after in " \u3000" or before in OPENING or (after in CLOSING | DASHES and not leading_dot):
        return False
    if _doubled(text, index):
        return False
    if after in WORD and (before in WORD or before in JOINERS):
        return False
    if after in JOINERS and (before in JOINERS or before == ":"):
        return False
    if after in JOINERS and before in WORD and index + 1 < len(text) and text[index + 1] in WORD:
        return False
    # A number: its digits, its joiners between digits, its unit after, its 第 before.
    if before in NUMBER and (after in NUMBER or after in UNIT):
        return False
    if after in NUMBER and before in PREFIX:
        return False
    if after in NUMBER and before in DATE and index >= 2 and text[index - 2] in NUMBER:
        return False
    # Across a PDF's space: 第 |49 页, 第 49 |页.
    if before == " " and index >= 2:
        spaced = text[index - 2]
        if (after in NUMBER and spaced in PREFIX) or (after in UNIT and spaced in NUMBER):
            return False
    in_number = (
        index >= 2 and text[index - 2] in NUMBER and before in NUMBER_JOINERS and after in NUMBER
    )
    return not in_number


def _fit(text: str, start: int, room: int) -> int:
    """End of the longest run from ``start`` that fits ``room`` cells, marks included."""
    fit = start
    while fit < len(text) and cell_len(text[start : fit + 1]) <= room:
        fit += 1
    return fit


def expected_end(text: str, start: int, room: int, next_room: int) -> int:
    """Where the line starting at ``start`` must end, by the module docstring's rules
    (``next_room``: the cells of the line after it)."""
    n = len(text)
    fit = _fit(text, start, room)
    if fit == n:
        return n
    if fit == start:  # nothing fits: one character and its marks
        fit += 1
        while fit < n and cell_len(text[fit]) == 0:
            fit += 1
        return fit
    # A line a forced break started with closing marks is not ended right after them
    # while rules 1-3 allow a break further on.
    floor = start
    while floor < fit and text[floor] in CLOSING | DASHES:
        floor += 1
    if floor == fit:
        floor = start
    for rule in (_strict, _after_joiner, _kinsoku):
        for index in range(fit, floor, -1):
            if _is_boundary(text, index) and rule(text, index):
                return index
        if rule is _strict and text[fit] in " \u3000" and _next_word_fits(text, fit, next_room):
            return fit  # rule 2: a run that fits whole up to a space
    for index in range(floor, start, -1):  # the marks alone, before a hard break
        if _is_boundary(text, index) and _kinsoku(text, index):
            return index
    return fit


MIXED = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.sampled_from(sorted(CLOSING | OPENING)),
    st.sampled_from(list("abcXYZ0189.,: -/'\u3000\u200b\u0301——……")),
    # numbers with their units and 第, full-width digits, dashes as files write them
    st.sampled_from(list("第第年页次亿元％℃￥２０９．―⋯⸺──－－")),
)


@settings(deadline=None)
@given(
    text=st.text(alphabet=MIXED, max_size=200),
    width=st.integers(min_value=1, max_value=200),
    first_indent=st.integers(min_value=0, max_value=8),
    indent=st.integers(min_value=0, max_value=4),
)
def test_wrap_invariants(text: str, width: int, first_indent: int, indent: int) -> None:
    lines = wrap(text, width, first_indent, indent)
    # Coverage: in order, no gaps, no overlaps, non-empty lines (except the empty text).
    assert lines[0][0] == 0 and lines[-1][1] == len(text)
    for (_, end), (start, _) in zip(lines, lines[1:], strict=False):
        assert end == start
    if text:
        assert all(end > start for start, end in lines)
    else:
        assert lines == [(0, 0)]

    for number, (start, end) in enumerate(lines):
        room = width - (first_indent if number == 0 else indent)
        # Fit, the spaces hung at its end aside, unless the line is one character (with
        # its marks) too wide for the room.
        line = text[start:end].rstrip(" \u3000")
        if not line:  # a line of spaces alone (they fill the line, and more)
            assert text[start:end].strip(" \u3000") == ""
            continue
        if cell_len(line) > max(room, 0):
            assert cell_len(line[0]) > room and all(cell_len(c) == 0 for c in line[1:])
        # Never split a base character from its combining marks.
        if end < len(text):
            assert cell_len(text[end]) > 0
        # The exact rule: the latest strict break, else the latest kinsoku break, else hard;
        # spaces at the break hang at the line's end: no line but the first starts with one.
        chosen = expected_end(text, start, room, max(width - indent, 0))
        assert end == _hang(text, chosen), (number, lines)
        if end < len(text):
            assert text[end] not in " \u3000"
        if chosen < end:
            continue
        if end < len(text):
            next_line_starts_badly = text[end] in CLOSING or _base_before(text, end) in OPENING
            if next_line_starts_badly:
                # Only when no break in the line could satisfy kinsoku: a forced break.
                fit = _fit(text, start, room)
                if fit == start:  # not even one character fit: a line of its own
                    continue
                assert end == fit  # a hard break where the room ends
                assert fit == start or not any(
                    _is_boundary(text, i) and _kinsoku(text, i) for i in range(start + 1, fit + 1)
                )


NUMBERS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    st.sampled_from(sorted(UNIT | PREFIX | NUMBER | NUMBER_JOINERS)),
    st.sampled_from(list("，。“”（） ab")),
)


@settings(deadline=None)
@given(
    text=st.text(alphabet=NUMBERS, max_size=200),
    width=st.integers(min_value=1, max_value=120),
    first_indent=st.integers(min_value=0, max_value=8),
)
def test_no_line_starts_with_a_unit_parted_from_its_number(
    text: str, width: int, first_indent: int
) -> None:
    """A line starts with a unit after a digit that ended the line above (or with a digit
    after a 第 there) only when no strict break was left in that line: rules 2-4."""
    lines = wrap(text, width, first_indent, 0)
    for number, (start, end) in enumerate(lines[:-1]):
        before, after = _base_before(text, end), text[end]
        if (before in NUMBER and after in UNIT) or (before in PREFIX and after in NUMBER):
            room = width - (first_indent if number == 0 else 0)
            fit = _fit(text, start, room)
            assert not any(
                _is_boundary(text, i) and _strict(text, i) for i in range(start + 1, fit + 1)
            ), (text[start:end], text[end:])


@settings(deadline=None)
@given(text=st.text(alphabet=MIXED, min_size=1, max_size=120), width=st.integers(2, 60))
def test_wrap_lines_join_back(text: str, width: int) -> None:
    assert "".join(wrap_lines(text, width, 0, 0)) == text


def test_corpus_paragraphs_wrap_cleanly() -> None:
    """Real speech text at common widths: every line fits and kinsoku holds."""
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2] / "corpus"
    checked = 0
    for path in sorted(corpus.glob("*.txt"))[:2]:
        raw = path.read_bytes()
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            content = raw.decode("gb18030", errors="replace")
        for paragraph in (p.strip(" \u3000\t\r") for p in content.split("\n")):
            if not paragraph:
                continue
            for width in (40, 80):
                lines = wrap_lines(paragraph, width)
                assert "".join(lines) == paragraph
                for number, line in enumerate(lines):
                    assert (4 if number == 0 else 0) + cell_len(line) <= width
                    if number:
                        assert line[0] not in CLOSING or len(lines[number - 1]) <= 1
                checked += 1
    assert checked > 100


def test_shipped_width_tables_are_the_built_ones() -> None:
    # Python 3.11-3.13 (Unicode 14.0, 15.0, 15.1) have a file; a newer one builds them.
    from tui.engine import wrap

    if sys.version_info < (3, 14):
        assert wrap.has_shipped_tables(), unicodedata.unidata_version
    if wrap.has_shipped_tables():
        assert wrap.shipped_tables() == wrap.build_tables()


def test_wrap_module_imports_without_rich() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tui.engine.wrap as w; w.wrap('中文', 4);"
        "print(','.join(m for m in ('rich', 'textual') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("text", ["。" * 5000, "a" * 5000, "“" * 5000, "中" * 5000])
def test_pathological_runs_terminate_with_hard_breaks(text: str) -> None:
    lines = wrap(text, 30, 0, 0)
    assert lines[-1][1] == len(text)
    assert all(cell_width(text[start:end]) <= 30 for start, end in lines)
    # Nothing allowed a better break: every line is filled up to the room.
    assert all(cell_width(text[start:end]) >= 29 for start, end in lines[:-1])


def test_line_at_maps_offsets_to_lines() -> None:
    lines = wrap("一二三四五六七", 6, 0, 0)  # 一二三 | 四五六 | 七
    assert lines == [(0, 3), (3, 6), (6, 7)]
    assert [line_at(lines, offset) for offset in range(8)] == [0, 0, 0, 1, 1, 1, 2, 2]
    assert line_at(wrap("", 10), 0) == 0


def test_prepare_is_idempotent() -> None:
    prepare()
    prepare()
    assert char_width("中") == 2


def test_wrap_cached_matches_wrap() -> None:
    text = "同志们：今天我们召开全市优化营商环境大会，GDP增长8.36%。"
    for width in (1, 7, 20, 80):
        assert wrap_cached(text, width) == tuple(wrap(text, width))
    assert wrap_cached(text, 20, 0, 2) == tuple(wrap(text, 20, 0, 2))


def test_the_not_wide_pattern_matches_exactly_the_characters_the_table_says() -> None:
    """Its class writes most characters as themselves (a faster compile): every special
    one must still mean itself, and no doubled &~| may read as a set operation."""
    import re
    import warnings

    from tui.engine import wrap

    table, pattern = wrap.build_tables()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        compiled = re.compile(pattern)
    every = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code <= 0xDFFF)
    found = bytearray(b"\x02") * 0x10000
    for match in compiled.finditer(every):
        for char in match.group():
            found[ord(char)] = 1
    expected = bytearray(1 if width != 2 else 2 for width in table)
    expected[0xD800:0xE000] = b"\x02" * 0x800  # (not in the string)
    assert found == expected
    assert compiled.fullmatch("\U0001f600\U00020000")  # beyond the BMP: looked up apart


def test_wrap_text_breaks_by_the_readers_rules() -> None:
    """For lists and dialogs: no line starts with a closing mark, each line fits."""
    from tui.engine.wrap import wrap_text

    text = "优化营商环境，是解放生产力。" * 3 + "\n第二行。"
    wrapped = wrap_text(text, 13)
    lines = wrapped.split("\n")
    assert "".join(lines) == text.replace("\n", "")
    assert lines[-1] == "第二行。"
    assert all(line[:1] not in "，。、；：？！”）》" for line in lines)
    assert all(
        sum(2 for _ in line) <= 13 + 1 for line in lines[:-1]
    )  # 6 wide chars + a hanging mark


def test_wrap_text_drops_the_spaces_at_a_break() -> None:
    """A dialog's lines neither start nor end with the space a break fell on (2022 | 年)."""
    from tui.engine.wrap import wrap_text

    assert wrap_text("在全市 2022 年优化营商环境", 4).split("\n") == [
        "在全",
        "市",
        "2022",
        "年优",
        "化营",
        "商环",
        "境",
    ]
    assert wrap_text("2026-12-05 16:00 ", 10) == "2026-12-05\n16:00 "


def test_a_no_break_space_is_no_break() -> None:
    """A no-break space holds a date and its time on one line (the notebook's place line
    broke before it or after it: ``2026-12-06`` | ``06:55``)."""
    from tui.engine.wrap import wrap_text

    for width in range(17, 30):
        lines = wrap_text("讲话 第39行 · 2026-12-06\u00a006:55", width).split("\n")
        assert "2026-12-06\u00a006:55" in lines, (width, lines)


@pytest.mark.parametrize("width", range(8, 31))
def test_a_placeholder_of_the_sanitiser_is_never_split(width: int) -> None:
    # ‹U+202E› / ‹\xff› stand for one character of the file (safetext): a line break inside
    # one left ‹ at a line's end and U+202E› on the next (daily128, at 80×24).
    text = "改革开放营商环境‹U+202E›持续优化营商环境‹\\xff›打造一流营商环境"
    for line in wrap_lines(text, width, 0, 0):
        opened = line.rfind("‹")
        assert opened < 0 or "›" in line[opened:], (width, line)
        closed = line.find("›")
        assert closed < 0 or "‹" in line[:closed], (width, line)
