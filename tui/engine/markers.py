"""Heading enumerators (一、 （一） 1. （1） 一是 一要 第一， 首先，…) found at a paragraph's start.

This module only answers "does this text start with an enumerator, and which one"; whether
the enumerator is an outline heading (series, nesting, levels) is decided in ``outline``.

Why this module is about 500 lines: every heading family's pattern sits beside the guards
that keep its look-alikes out (quantities, dates, cut number tails, spaced words), so a
family and its traps are read together; split by family, the shared numeral tables and
the one ``match_marker`` that tries the families in order would be spread over several files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tui.base import patterns

_GAN_STEMS = "甲乙丙丁戊己庚辛壬癸"
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十"
# 壹、貳、參、…: the capital numerals (大写数字), traditional and simplified forms; Taiwan's
# official documents number their top parts with them, above 一、 (壹 > 一、 > （一） > 1. > （1）).
_CAPITALS = {
    "壹": 1, "贰": 2, "貳": 2, "叁": 3, "參": 3, "参": 3, "肆": 4, "伍": 5,
    "陆": 6, "陸": 6, "柒": 7, "捌": 8, "玖": 9, "拾": 10,
}  # fmt: skip
_CAP = "".join(_CAPITALS)

# Ladder families follow GB/T 9704 (一、 > （一） > 1. > （1） > ①): their rank says how they
# nest when a speech uses several. Rhetorical families (一是, 一要, 第一，, 首先，) have no rank:
# where they sit is decided per speech by the order they appear in.
LADDER_RANK: dict[str, float] = {
    "plain": 0.25,
    "cap-dun": 0.6,
    "cap-space": 0.6,
    "annex": 0.6,
    "coda": 0.6,
    "couplet": 0.25,
    "cn-space": 0.5,
    "cn-bare": 0.5,
    "gan-space": 0.75,
    "cn-dun": 1,
    "cn-comma": 1,
    "paren-cn": 2,
    "ar-space": 2.5,
    "ar-bare": 2.5,
    "arabic": 3,
    "ar-comma": 3,
    "decimal": 3.3,
    "decimal-3": 3.6,
    "paren-arabic": 4,
    "bracket-arabic": 4,
    "circled": 5,
}
"""Family key → depth in the official ladder. The collected-works styles (一 重工业…, a bare
一 on its line) stand above 一、 when a text has both; 1 找人… and a bare 1 above 1."""

WEAK_FAMILIES = frozenset(
    {
        "cn-space",
        "cn-bare",
        "ar-space",
        "ar-bare",
        "di-bare",
        "di-kind",
        "di-space",
        "appendix",
        "bold",
        "couplet",
        "paren-latin",
        "paren-latin-lower",
        "paren-gan",
        "gan-space",
        "cap-space",
        "bracket-arabic",
        "cn-comma",
        "ar-comma",
        "decimal",
        "decimal-3",
        "example",
        "label",
    }
)
"""Families that are headings only as a series (two or more in a speech): one alone is more
likely a page number, a line of verse, a list item or an emphasised sentence. (A Markdown
``#`` heading is a heading alone: the writer marked it so.)"""
UNMAPPED = "unmapped-dun"
"""A private-use glyph and 、 at a line's start: a numeral the source's conversion could not map
(the number 0 until ``series.unmapped_numerals`` finds the gap it fills)."""

MARKDOWN_FAMILIES = frozenset(f"md{depth}" for depth in range(1, 7))
"""Unnumbered Markdown ``#`` headings, ``md`` + the number of ``#`` (see ``outline``)."""
SPOKEN_FAMILIES = frozenset({"di", "di-unit", "shi", "yao", "yue", "zhua"})
"""The spoken series (第一， / 第一点 / 一是 / 一要 / 一曰 / 一抓), as against the official ladder
(一、 （一） 1. （1）): their second item may be said inside the text after the first."""

# What follows a [n] mark in a list of references (参考文献), not a heading's title: a
# standard's code and number with its year (GB/T 1.1-2020, ISO/IEC 27001:2013, DB11/T 1234-2015;
# a recommended standard's /T or /Z is enough: GB/T 1.1), or a
# citation with its type mark (张三. 题名[J]. 期刊, 2020 / …[EB/OL]).
_REFERENCE = patterns.compile(
    r"\s*(?:[A-Z]{2,4}[0-9]{0,2}(?:/[A-Z]{1,3})*\s*[0-9]+(?:\.[0-9]+)*\s*[-—–:：]\s*(?:19|20)[0-9]{2}"
    r"|[A-Z]{2,4}[0-9]{0,2}/[TZ]\s*[0-9]"
    r"|[^\[\]]{1,120}\[(?:[JMSCDNRPZAG]|EB/OL|DB/OL|M/CD|J/OL|M/OL)\])"
)
_SEQUENCE_WORDS = {"首先": 1, "其次": 2, "再次": 3, "再者": 3, "然后": 3, "最后": 99}

_MARKER = patterns.compile(
    rf"""
      (?P<cap>(?P<cap_n>[{_CAP}]{{1,3}})\s?(?:[、]|[．.](?![0-9０-９])))
    | (?P<caps>(?P<caps_n>[{_CAP}]{{1,3}})[ \u3000]+(?=[\u4e00-\u9fff“《「『])(?![{_CAP}佰仟萬万億亿元圓圆角分]))
    | (?P<annex>附件\s?(?:[、]|[．.](?![0-9０-９])))
    | (?P<coda>(?:结语|结束语)(?:\s?[：:、]\s?|[ \u3000]+)(?=[\u4e00-\u9fff“「《]))
    | (?P<cn>(?P<cn_n>[{_CN}]{{1,3}})\s?(?:[、]|[．.](?![0-9０-９])))
    | (?P<pcn>[（(【〔［\[]\s?(?P<pcn_n>[{_CN}]{{1,3}})\s?[）)】〕］\]])
    | (?P<ccn>[\u3220-\u3229])
    | (?P<par>[（(〔［\[]\s?(?P<par_n>[0-9０-９]{{1,2}})\s?[）)〕］\]])
    | (?P<plat>[（(]\s?(?P<plat_l>[A-Za-zＡ-Ｚａ-ｚ])\s?[）)])
    | (?P<pgan>[（(]\s?(?P<pgan_n>[甲乙丙丁戊己庚辛壬癸])\s?[）)])
    | (?P<ar>(?P<ar_n>[0-9０-９]{{1,2}})\s?(?:[.．、。](?![0-9０-９])|[)）](?![0-9０-９])))
    | (?P<circ>[\u2460-\u2473])
    | (?P<shi>(?P<shi_n>[{_CN}]{{1,3}})\x20?是)
    | (?P<yao>(?P<yao_n>[{_CN}]{{1,3}})要)
    | (?P<yue>(?P<yue_n>[{_CN}]{{1,3}})曰(?=[\u4e00-\u9fff“]))
    | (?P<zhua>(?P<zhua_n>[{_CN}]{{1,3}})抓(?=[\u4e00-\u9fff“])(?![到住紧就了着起]))
    | (?P<di>第\x20?(?P<di_n>[{_CN}]{{1,3}})(?:[，,、：:]|——(?!——))|第\x20?(?P<dd_n>[{_CN}]{{1,3}})[．.](?![0-9０-９])|其(?P<dq_n>[一二三四五六七八九十])(?:[，,：:]|(?=就?是)))
    | (?P<dw>第(?P<dw_n>[{_CN}]{{1,3}})(?P<dw_w>个?(?:点|条|项|方面|方向|问题|层面|层|特点|困难|任务|要求|观点|看法|体会)(?:的话|是)?|个?是|要(?![务义素紧事著点塞道求])|个(?=[：:])|个?(?:时期|阶段)(?=\s*——)|个[\u4e00-\u9fff]{{2,3}}(?=——(?!——)))
        (?:\s*[，,、：:．.。](?![0-9０-９])|\s*——|[ \u3000]+|$|(?<=[是要])(?=[^，,、：:．.。\s])|(?<=[{_CN}]点)(?=[\u4e00-\u9fff])(?![儿子钟])))
    | (?P<dst>第(?P<dst_n>[{_CN}]{{1,3}})(?:个?阶段[为是](?=[\u4e00-\u9fff“（(])|条[\u4e00-\u9fff]{{1,3}}?是[：:]))
    | (?P<gan>(?P<gan_n>[甲乙丙丁戊己庚辛壬癸])\s?[、．.](?![0-9０-９]))
    | (?P<gans>(?P<gans_n>[甲乙丙丁戊己庚辛壬癸])[ \u3000]+(?=[\u4e00-\u9fff“《「『]))
    | (?P<part>第(?P<part_n>[{_CN}]{{1,3}})(?:(?:部分|章|讲)(?:[，,、：:](?!$))?|期$))
    | (?P<jie>第(?P<jie_n>[{_CN}]{{1,3}})节(?:[ \u3000\u00a0]+(?=[\u4e00-\u9fff“《「『])|$))
    | (?P<seq>(?P<seq_w>首先|其次|再次|再者|最后)[，,：:])
    | (?P<cnc>(?P<cnc_n>[{_CN}]{{1,3}})[，,](?![0-9０-９{_CN}两]))
    | (?P<arc>(?P<arc_n>[0-9０-９]{{1,2}})[，,](?![0-9０-９]))
    | (?P<cbare>(?P<cbare_n>[{_CN}]{{1,3}})(?:[（(]\s?[一1１]\s?[）)])?$)
    | (?P<cns>(?P<cns_n>[{_CN}]{{1,3}})[ \u3000\u00a0]+(?=[\u4e00-\u9fff“《「『]))
    | (?P<dec>[0-9０-９]{{1,2}}[.．](?P<dec_b>[0-9０-９]{{1,2}})(?:[.．](?P<dec_c>[0-9０-９]{{1,2}}))?(?![0-9０-９.．%％])[ \u3000]*(?=[\u4e00-\u9fff“《「]))
    | (?P<abare>(?P<abare_n>[0-9０-９]{{1,2}})$)
    | (?P<ans>(?P<ans_n>[0-9０-９]{{1,2}})[ \u3000\u00a0]+(?=[\u4e00-\u9fff“《「『]))
    | (?P<dk>第(?P<dk_n>[{_CN}]{{1,3}})(?:(?:[种味件类样]|步(?=[\u4e00-\u9fff]{{2,10}}。))(?=[\u4e00-\u9fff“"])|步[，,](?=[\u4e00-\u9fff“"])))
    | (?P<dge>第(?P<dge_n>[{_CN}]{{1,3}})[个项](?P<dge_w>(?:(?![的是])[\u4e00-\u9fff]){{1,3}}?)(?:是(?=[\u4e00-\u9fff“（(])|[，,](?=[^，,。；;]{{0,20}}?(?P=dge_w)[。；;])))
    | (?P<dsp>第(?P<dsp_n>[{_CN}]{{1,3}})[幕场回]?[ \u3000\u00a0]+(?=[\u4e00-\u9fff“《「『]))
    | (?P<dbare>第(?P<dbare_n>[{_CN}]{{1,3}})(?=[\u4e00-\u9fff]))
    | (?P<apx>附[ \u3000\u00a0]+(?=[\u4e00-\u9fff“《「『]))
    """,
    re.VERBOSE,
)
_GAN = _GAN_STEMS
# 三 是… / 第 二，…: a scraped page that set a paragraph's first character apart (a drop cap)
# leaves one space after it; inside 一是 and 第一， that space is no part of the marker
# (一 重工业… with a title after the space stays "cn-space"; 一 要 is left to it too).
# 第一以政治论。 — 第N with its short title run in, no comma. What follows 第N in prose:
# 第一次 / 第一批 / 第一书记 / 第一要务 / 第三季度 …
_NOT_AFTER_DI = frozenset(
    "次批个位名天年月日步届号轮线季期项件条层等种类把手要务书时代世任章节部讲篇课页回遍段阶组排产线道关流人线方梯"
)
NUMBER_UNITS = frozenset("年月日时分秒个万亿千百元名位岁次号家条项天周倍届期只所场件吨米两点")
"""Units that make the number before them a quantity, not a heading's number: 1 月 / 3 年 /
5 个 / 1.2 万亩 here, ３个月 / ３点 glued after a sentence end in ``lines``. (The reader's
line breaks keep a number with a wider set, ``wrap.UNITS``: there a unit only joins.)"""
_COUNTED = frozenset("省市县区乡镇村户人处例笔份台辆艘架座套股批")
"""Measure words that make the number before them a count in a hard-wrapped line (12 省的 120
个项目… / 13 户央企账面资产总额 28.84 万亿元、… at a PDF line's start), beside
``NUMBER_UNITS``: a count when 的 or a figure follows in the line; a heading's title may
open with the same character (1 人才培养 / 3 市场监管), without either."""
_FIGURE = patterns.compile("[0-9０-９]")
_SENTENCE_STOP = patterns.compile("[。！？!?；;]")
_FILE_NAME = patterns.compile(r"\.[a-z]{1,6}(?:[)）/?#&=.\]]|$)")
""".shtml) / .html / .pdf: after an arabic numeral, a file's name, not a heading's title."""
_SHORT_HEADING = 40
"""The longest line that 一 重工业… / 1 找人… may be (a heading line, not a sentence)."""

# 五、六十公里 / 二、三十年 / 四、五期工程: a numeral, 顿号, another numeral and a unit is an
# approximate number, not a heading.
_APPROXIMATE = patterns.compile(
    rf"([{_CN}两])(?:[{_CN}百千万亿期年个次天月层种名位家项条批周岁倍成届季产级类线等轮档星号]|、)"
)
_STARTS = frozenset(
    _CN
    + '（(【〔［[0123456789０１２３４５６７８９第首其再最—-“"甲乙丙丁戊己庚辛壬癸'
    + _CAP
    + "附结"
    + "".join(map(chr, range(0x3220, 0x322A)))
    + "".join(map(chr, range(0x2460, 0x2474)))
)
"""Characters a marker can start with: ``match_marker`` refuses any other first character
before it tries an expression. The 16,716 calls of the 10 MB collection's parse took 20.3 ms
(20.2–20.8) of CPU with this test, 22.6 ms (21.7–23.5) without (``tests/bench/bench_calls.py``,
7 rounds in turns, arch16)."""
_SINGLE = frozenset(
    "".join(map(chr, range(0x3220, 0x322A))) + "".join(map(chr, range(0x2460, 0x2474)))
)
"""Markers of one character (㈠, ①): anything may follow them."""
_LATIN = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LATIN_LETTERS = (
    _LATIN
    + _LATIN.lower()
    + "".join(chr(0xFF21 + n) for n in range(26))
    + "".join(chr(0xFF41 + n) for n in range(26))
)
_SECOND = frozenset(
    _CN
    + _CAP
    + "件语束"
    + "0123456789０１２３４５６７８９、，,是要曰抓 \u3000\u00a0.．。)）（(先次者后—-"
    + _LATIN_LETTERS
    + _GAN_STEMS
)
"""What may follow the first character of a longer marker."""
# ——第一，开宗明义: a dash in front of a marker is decoration.
_DASHES = patterns.compile(r"^(?:——|—|--)\s*")
# 一是一、二是二 and 一要…二要… used as a phrase inside the first clause are rare enough; the
# look-alikes that do start paragraphs are 第一个阶段， (prose) and 第一要务 (no comma: no match).
_FAMILY_OF_GROUP = {
    "cap": "cap-dun",
    "caps": "cap-space",
    "annex": "annex",
    "coda": "coda",
    "cn": "cn-dun",
    "pcn": "paren-cn",
    "ccn": "paren-cn",
    "par": "paren-arabic",
    "ar": "arabic",
    "circ": "circled",
    "shi": "shi",
    "yao": "yao",
    "yue": "yue",
    "zhua": "zhua",
    "di": "di",
    "dw": "di-unit",
    "gan": "gan",
    "gans": "gan-space",
    "plat": "paren-latin",
    "pgan": "paren-gan",
    "part": "part",
    "jie": "section",
    "seq": "sequence",
    "cbare": "cn-bare",
    "cns": "cn-space",
    "abare": "ar-bare",
    "ans": "ar-space",
    "dec": "decimal",
    "cnc": "cn-comma",
    "arc": "ar-comma",
    "dbare": "di-bare",
    "dk": "di-kind",
    "dst": "di-kind",
    "dge": "di-kind",
    "dsp": "di-space",
    "apx": "appendix",
}
_NUMERAL_GROUP = {
    "cn": "cn_n",
    "pcn": "pcn_n",
    "shi": "shi_n",
    "yao": "yao_n",
    "yue": "yue_n",
    "zhua": "zhua_n",
    "dw": "dw_n",
    "part": "part_n",
    "jie": "jie_n",
    "cbare": "cbare_n",
    "cnc": "cnc_n",
    "cns": "cns_n",
    "dbare": "dbare_n",
    "dk": "dk_n",
    "dst": "dst_n",
    "dge": "dge_n",
    "dsp": "dsp_n",
}
"""The group holding the Chinese numeral, for the families numbered by one."""


@dataclass(frozen=True, slots=True, order=True)
class Marker:
    """An enumerator at the start of a text.

    Ordered by its fields, as the named tuple it was (lists of (paragraph, marker) pairs are
    sorted). The named tuple was kept "because a tuple is built fastest": the 10 MB
    collection's parse took 349.6 ms (342.8–359.9) of CPU with it and with ``OutlineEntry``
    a tuple, 356.9 ms (340.3–366.6) with both dataclasses (``bench_engine.py --turns 7``,
    arch16): within the noise.
    """

    family: str
    """Family key: "cap-dun" (壹、 貳、 參、: above 一、), "annex" (附件、 a part after them), "coda"
    (结语：… with its title, a heading line of its own: the top level's last part; also 尾声 / 结论 alone
    after numbered headings, ``assemble``), "cn-dun", "paren-cn", "arabic", "paren-arabic", "bracket-arabic" (〔1〕 / [1], only as a series),
    "decimal" / "decimal-3" (1.1 / 1.1.1, only as a series), "cn-comma" / "ar-comma" (一，/ 1，
    at the starts of lines, only as a series), "circled", "shi", "yao", "yue" (一曰抱定宗旨。), "zhua" (一抓组织领导，… —
    what a speaker's work took hold of, 一抓…十抓; not 一抓到底 / 一抓就灵),
    "di" (第一，), "di-unit" (第一点 / 第一项 / 第一个问题 / 第一方面 / 第一层， / 第二是 / 第二要 / 第一个方向是，), "di-bare" (第一以政治论。), "di-kind"
    (第一味药，… / 第二种工具是… — a series of kinds, counted only as a series; also 第一阶段为… / 第二阶段是…, the stages of a plan; and 第一个制度是… / 第七个制度，家肥收购制度。 / 第一项任务是…, an ordinal, 个 or 项 and a short noun), "di-space" (第一　史实之系统表,
    第一幕　老英雄建立大帝国: a short line, only as a series),
    "gan" (甲．), "gan-space" (甲　思想的來源, a short line), "paren-gan" (（甲）), "paren-latin" ((A) / （Ａ）),
    "paren-latin-lower" ((a)), "part" (第一部分, 第一章, 第一期 alone; also a lecture book's chapter line,
    绪言　… / 第一　哲学 over its sections, and "volume", 第一编 / 上编 over its chapters: ``chapters``),
    "section" (第一节　战争规律是发展的, a section under 第一章: 节, a space and its title, or 节 alone),
    "sequence" (首先/其次/…), "cn-space" (一 重工业…),
    "cn-bare" (一 alone on its line), "ar-space" (1 找人…), "ar-bare" (1 alone), "bold" (a
    Markdown bold lead sentence), "couplet" (an unnumbered subtitle of two matched halves,
    找书有甘苦，真伪费推敲), "crosshead" (a summary's crosshead with commas under an unnumbered
    part line, ``series.CROSSHEAD``) or "md1"…"md6" (a Markdown ``#`` heading without a numeral)."""
    number: int
    """Its value: 一 → 1, （三） → 3, 其次 → 2; 最后 → 99 until its series numbers it."""
    text: str
    """The enumerator as written, e.g. "（一）", "(三)", "1.", "第一，", "一是"."""
    end: int
    """Offset in the text where the heading's title starts (spaces after the marker skipped)."""


_LEAD_LABEL = patterns.compile(r"^[^。！？!?；;，,：:、]{4,30}[：:？?]$")
"""A short label or question (业务模型分 2 阶段设计：, 为什么众多大厂纷纷投入研发数据平面呢？): one
clause, no comma, four characters or more before its closing colon or question mark."""


def is_lead_label(text: str) -> bool:
    """Whether ``text`` (a bold line alone) is shaped as a sub-heading: a label ending with a
    colon or a question, one clause of 4-30 characters (**讲稿:**, two characters, is a tag)."""
    return _LEAD_LABEL.match(text.strip()) is not None


def _is_count(text: str, end: int) -> bool:
    """Whether the number before ``end`` (1 找人… / 12 省的…) counts things: a unit after it
    (1 月 / 5 个), or a measure word of ``_COUNTED`` with 的 right after it or a figure
    later in the line (12 省的 120 个项目… / 13 户央企…总额 28.84 万亿元)."""
    unit = text[end : end + 1]
    if unit in NUMBER_UNITS:
        return True
    return unit in _COUNTED and (
        text[end + 1 : end + 2] == "的" or _FIGURE.search(text, end + 1) is not None
    )


def run_in_marker(text: str, number: int) -> Marker:
    """The marker of a bare run-in number (１兴修水利…) that ``lines`` cut off the text it
    was glued to: the style 1 找人… ("ar-space") whose space the extraction lost."""
    return Marker("ar-space", number, text[0], 1)


@cache  # called on one to three numerals 一…十: at most 1,110 different texts
def chinese_number(text: str) -> int:
    """The value of a Chinese numeral up to 九十九 (一 → 1, 十一 → 11, 二十三 → 23); 0 if not one."""
    if not text:
        return 0
    if "十" not in text:
        return _CN_DIGITS.get(text, 0) if len(text) == 1 else 0
    tens, _, units = text.partition("十")
    if "十" in units or len(tens) > 1 or len(units) > 1:
        return 0
    value = (_CN_DIGITS.get(tens, 0) if tens else 1) * 10
    if tens and not _CN_DIGITS.get(tens):
        return 0
    if units:
        unit = _CN_DIGITS.get(units, 0)
        if not unit:
            return 0
        value += unit
    return value


def capital_number(text: str) -> int:
    """The value of a capital numeral up to 玖拾玖 (壹 → 1, 拾壹 → 11, 貳拾 → 20); 0 if not one."""
    values = [_CAPITALS[char] for char in text]
    if len(values) == 1:
        return values[0]
    if len(values) == 2 and values[0] == 10 and values[1] < 10:
        return 10 + values[1]  # 拾壹
    if len(values) >= 2 and values[0] < 10 and values[1] == 10:
        if len(values) == 2:
            return values[0] * 10  # 貳拾
        if values[2] < 10:
            return values[0] * 10 + values[2]  # 貳拾壹
    return 0


def _arabic(text: str) -> int:
    return int(text.translate(_FULLWIDTH_DIGITS))


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


_CLOSED_AFTER_NUMBER = frozenset("）)]］】》」』。．！？!?；;")
"""What never follows a heading's 1) / 1. / 1、 right away: a closing bracket or a sentence's end
— the line is the tail of a number (a link's, a figure's) that a hard wrap cut: …/65093 | 6)。"""


_LABEL_STARTS = frozenset("提专议例")
_PART_LABEL = patterns.compile(
    rf"(?:提纲|专题|议题)(?P<n>[{_CN}]{{1,3}}|[{_CAP}]{{1,3}})(?P<sep>[：:]?)(?=\s*$)"
)
"""提綱壹： / 专题三 / 议题二： — a part's label (a word naming the part, its numeral, at most
a colon) alone on its line: the hearing's outline parts a speaker answers in order, a
course's or a meeting's topics, a level above their 一、 series as 第一部分 is."""


_EXAMPLE = patterns.compile(r"例([一二三四五六七八九十])(?=[\u4e00-\u9fff《“「『（(])")
"""例一《诗经》“终风且暴”… / 例二生理学：… — an example's label run straight into its title (a lecture
outline's examples under a point); not 例一，白话说… (a comma after it: an example told in the
talk), nor 例如 / 例外 (no numeral)."""


def _example(text: str) -> Marker | None:
    """The "example" marker of 例一… (``_EXAMPLE``), or None: a heading only as a series
    (``WEAK_FAMILIES``: 例一 then 例二)."""
    match = _EXAMPLE.match(text)
    if match is None:
        return None
    return Marker("example", chinese_number(match.group(1)), match.group(), 2)


_LABELLED = patterns.compile(
    r"(?P<label>[\u4e00-\u9fff]{2,4}?)(?P<n>[一二三四五六七八九十]{1,3})[：:](?=[^\s：:])"
)
"""场景一：学生身心健康数据及应用 / 案例二：… — a label of two to four characters naming what the
items are, its numeral, a colon and the item's words run on: a heading only as a series of
the same label (``WEAK_FAMILIES``: 场景一 then 场景二), a level under the heading open."""

_NOT_LABELS = (
    "星期",
    "礼拜",
    "禮拜",
    "记者",
    "記者",
    "嘉宾",
    "嘉賓",
    "观众",
    "觀眾",
    "听众",
    "聽眾",
    "网友",
    "網友",
    "学生",
    "學生",
    "代表",
    "委员",
    "委員",
    "选手",
    "選手",
    "评委",
    "評委",
    "读者",
    "讀者",
    "家长",
    "家長",
    "提问者",
    "提問者",
)
"""Words before a numeral that name a day or a person, not an item: 星期一：… | 星期二：… is a
timetable, 记者一：请问… | 市长：… | 记者二：… a transcript's turns."""


def labelled(text: str) -> Marker | None:
    """The "label" marker of 场景一：… (``_LABELLED``), or None: its family in an outline is the
    label's (``outline``: 场景一 and 理由一 are two series)."""
    match = _LABELLED.match(text)
    if match is None or match.group("label").endswith(_NOT_LABELS):
        return None
    return Marker("label", chinese_number(match.group("n")), match.group(), match.end())


def series_family(marker: Marker) -> str:
    """The family a series of ``marker`` is counted in: a labelled item's is its label's
    (场景一 and 理由一 are two series, ``label:场景`` and ``label:理由``), any other its own."""
    if marker.family != "label":
        return marker.family
    return "label:" + marker.text.rstrip("：:").rstrip(_CN)


def _part_label(text: str) -> Marker | None:
    """The "part" marker of a label line (``_PART_LABEL``), or None: the label must stand
    alone (提纲一：我们…。 or 专题一、专题二 in a sentence are no part), its numeral parse."""
    if text[0] == "例":
        return _example(text)
    match = _PART_LABEL.match(text)
    if match is None:
        return None
    numeral = match.group("n")
    number = chinese_number(numeral) if numeral[0] in _CN else capital_number(numeral)
    if not 0 < number <= 40:
        return None
    return Marker("part", number, match.group(), len(text))


def _second_run_in(text: str) -> Marker | None:
    """其次在科学研究方面，… — 其次 run into its sentence with no comma, at a paragraph's start:
    the second of a 首先 series all the same (a series still needs its 首先, ``series``); not
    其次的… (the lesser …). 再次 is left out: 再次感谢… opens closing paragraphs ("once
    more")."""
    if text[:2] != "其次" or len(text) < 3:
        return None
    after = text[2]
    if not "\u4e00" <= after <= "\u9fff" or after in "的之":
        return None
    return Marker("sequence", 2, "其次", 2)


_FIRST_RUN_IN = Marker("sequence", 1, "首先", 2)
"""首先是德育和知识教学的割裂问题。… — 首先 run into its sentence with 是, at a paragraph's
start: the first of a 首先 series, as 其次是 is its second (``_second_run_in``); a series
still needs its 其次 (``series.valid_sequences``)."""


def match_marker(text: str, *, series: bool = False) -> Marker | None:
    """The enumerator ``text`` starts with, or None.

    Look-alikes are refused here: approximate numbers (五、六十公里), decimals (8.36 亿),
    numerals that do not parse, and markers with nothing after them but digits. With
    ``series`` (a glued 一、 its series confirms: ``lines.Segment.series``) a numeral after the
    顿号 is not taken for an approximate number (一、二次政黨輪替的歷史意義).
    """
    if not text:
        return None
    first = text[0]
    if first in _LABEL_STARTS:
        return _part_label(text) or labelled(text)
    if first not in _STARTS:
        if "\ue000" <= first <= "\uf8ff" and text[1:2] == "、" and len(text) > 2:
            # (a numeral the source's conversion could not map, a private-use glyph: 参、 of
            # 壹、贰、_、肆、 — its number is the gap it fills, ``series.unmapped_numerals``)
            return Marker(UNMAPPED, 0, text[:2], 2)
        return labelled(text)
    if (
        first not in _SINGLE
        and len(text) > 1
        and text[1:2] not in _SECOND
        and first not in '“"'
        and first != "第"
    ):
        return None
    offset = 0
    dashed = False
    if first in '“"' and len(text) > 2 and text[1] in _STARTS:
        offset = 1  # “一、深刻认识重要性” — a heading printed in quotes
    elif first in "—-":
        dash = _DASHES.match(text)
        if dash is None:
            return None
        offset, dashed = dash.end(), True
    match = _MARKER.match(text, offset)
    if match is None:
        if first == "首" and not offset and text[:3] == "首先是" and len(text) > 3:
            return _FIRST_RUN_IN
        return _second_run_in(text) if first == "其" and not offset else None
    if dashed and match.lastgroup in ("cn", "ar", "circ"):
        return None
    group = match.lastgroup
    assert group is not None
    family = _FAMILY_OF_GROUP[group]
    numeral = _NUMERAL_GROUP.get(group)
    if numeral is not None:  # the common case: 一、 （一） 一是 一要 第一，
        number = chinese_number(match.group(numeral))
    elif group in ("cap", "caps"):
        number = capital_number(match.group(group + "_n"))
    elif group in ("annex", "coda", "apx"):
        # 附件、 after 壹、貳、參、 / 结语：痛定思痛… after 一、二、三、: the document's last part,
        # numbered as the series is (附件、) or named with its title (结语：…), on a line of its own.
        # (结语 alone is an unnumbered line: a heading only as the plain lines' rule finds it.)
        if len(text) > _SHORT_HEADING or _SENTENCE_STOP.search(text, match.end()):
            return None
        number = 1
    elif group == "ccn":
        number = ord(match.group("ccn")) - 0x3220 + 1
    elif group == "circ":
        number = ord(match.group("circ")) - 0x2460 + 1
    elif group in ("par", "ar", "abare", "ans", "arc"):
        number = _arabic(match.group(group + "_n"))
        if group == "par" and match.group()[0] in "〔［[":
            # 〔1〕/［1］/[1]: also a note's mark, which a wrapped line may begin with
            # (…“五互一共” | ［3］人才培养…): a heading only as a series, beside （1）.
            family = "bracket-arabic"
            if _REFERENCE.match(text, match.end()) is not None:
                return None  # [1] GB/T 1.1-2020 标准化工作导则… / [2] 张三. 题名[J]: a reference
    elif group == "dec":
        # 1.1 总体要求 / 2.3.1 …: decimal levels; the number is the last part (1.2 → 2).
        last = match.group("dec_c")
        if last is not None:
            family = "decimal-3"
        number = _arabic(last or match.group("dec_b"))
        if match.group()[0] in "0０" or text[match.end() : match.end() + 1] in NUMBER_UNITS:
            return None  # 0.5 / 1.2 万亩: a number
    elif group == "di":
        # (其一，/ 其二，: the same series as 第一，/ 第二，; so are 其一是 / 其二就是, the marker
        # 其二 and 就是… its title)
        number = chinese_number(match.group("di_n") or match.group("dd_n") or match.group("dq_n"))
    elif group == "gan":
        number = _GAN.index(match.group("gan_n")) + 1
    elif group == "gans":
        number = _GAN.index(match.group("gans_n")) + 1
    elif group == "pgan":
        # （甲）（乙）（丙）: the heavenly stems in brackets, a series of their own.
        number = _GAN.index(match.group("pgan_n")) + 1
    elif group == "plat":
        # （Ａ）…（Ｄ） / (a) (b): capitals and small letters are two series.
        letter = match.group("plat_l")
        position = _LATIN_LETTERS.index(letter)
        number = position % 26 + 1
        if (position // 26) % 2:
            family = "paren-latin-lower"
    else:  # "seq"
        number = _SEQUENCE_WORDS[match.group("seq_w")]
    if number <= 0 or (family not in ("sequence",) and number > 40):
        return None
    end = match.end()
    if group == "cn" and not series:
        # 五、六十公里 / 一、二季度 / 一、二、三级: the next numeral right after the 顿号 makes
        # an approximate number or a list; 一、一年来的工作 / 三、三年行动 are headings.
        approximate = _APPROXIMATE.match(text, end, end + 2)
        if approximate and chinese_number(approximate.group(1).replace("两", "二")) == number + 1:
            return None
    if group == "cap" and text[end + 1 : end + 2] in ("、", "，", ","):
        return None  # 陆、海、空三军: a list of one-character words, not the sixth part
    if group == "ar" and (number == 0 or _FILE_NAME.match(text, end - 1) is not None):
        return None  # 0. / 6.shtml) (a web address cut by a line break: its file's name)
    if group == "ar" and text[end : end + 1] in _CLOSED_AFTER_NUMBER:
        return None  # …/65093 | 6)。 / …LP=9677 | 7)）。: the end of a number a wrap cut
    if group in ("gans", "caps") and (
        len(text) > _SHORT_HEADING or _SENTENCE_STOP.search(text, end)
    ):
        return None
    if group in ("cns", "ans"):
        # 一 重工业和轻工业、农业的关系: a short heading line, not 1 月 5 日 or a sentence —
        # unless an ideographic space sets the numeral off (三　对地主…。 a heading run
        # into its text by an extraction).
        ideographic = "\u3000" in match.group()
        if not ideographic and (len(text) > _SHORT_HEADING or _SENTENCE_STOP.search(text, end)):
            return None
        if group == "ans" and _is_count(text, end):
            return None
    elif group == "dbare":
        # 第一以政治论。: a title of a few characters run in after 第N, up to its 。
        stop = _SENTENCE_STOP.search(text, end)
        if text[end] in _NOT_AFTER_DI or stop is None or stop.start() - end > 10:
            return None
        if "，" in text[end : stop.start()] or "," in text[end : stop.start()]:
            return None
    elif group == "dsp" and (
        len(text) > _SHORT_HEADING
        or _SENTENCE_STOP.search(text, end)
        or text[match.end()] in _NOT_AFTER_DI
    ):
        # 第一　史实之系统表: 第N, a space and a short heading line (a book's parts, as 一 重工业…);
        # 第一 次会议上…。 / 第三 季度的… with a sentence, 第一 章 spaced out: no such part.
        # (第一幕　老英雄建立大帝国 / 第二场 …: the acts and scenes of a history told as a play,
        # the counter word before the space, the same style.)
        return None
    elif group == "apx" and (
        len(text) > _SHORT_HEADING
        or _SENTENCE_STOP.search(text, end)
        or len(text) - match.end() < 3
        or text[match.end()] in "件录錄"
    ):
        # 附　明代系统表: an appendix's heading, 附, a space and its title (three characters
        # or more) on a short line; 附　件 / 附　录 are the words 附件 / 附录 spaced out.
        return None
    elif group == "dk" and number < 10:
        # 第一件叫做民族精神的自觉，第二件叫做…。: both kinds named in one sentence, a list
        # said in passing, not the first of a series of paragraphs.
        stop = _SENTENCE_STOP.search(text, end)
        if "第" + _CN[number] + text[end - 1] in text[end : stop.start() if stop else len(text)]:
            return None
    elif group == "gan" and text[end : end + 1] in _GAN:
        return None  # 甲、乙双方
    if group == "cbare" and end > len(match.group("cbare_n")):
        # 一（一）: a part's numeral with its first item glued on by an extraction; the
        # heading is the numeral (the item, the first of a list in its line, is none).
        return Marker(family, number, match.group("cbare_n"), len(text))
    marker_text = "".join(match.group().split())  # 一 、 as OCR spaced it: 一、
    if group in ("cns", "ans", "gans", "caps", "dsp", "apx") or (
        group == "dec" and match.group()[-1:].isspace()
    ):
        marker_text += " "  # 一 重工业…: the space is the marker's punctuation
    elif group in ("part", "jie") and (
        match.group()[-1:].isspace() or text[end : end + 1].isspace()
    ):
        marker_text += " "  # 第一部分　总体要求 / 第一节　战争规律…: shown with its space
    while end < len(text) and (text[end].isspace() or text[end] in "\u200b\ufeff"):
        end += 1
    return Marker(family, number, marker_text, end)
