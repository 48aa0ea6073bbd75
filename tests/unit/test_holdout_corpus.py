"""Floors on the held-out sets (``tests.regression.score.HELD_OUT``: ``tests/holdout``,
``tests/holdout3`` …), scored as the regression corpus is.

Each set was scored once untouched (the first: F1 0.904, exact 0.889 at ``f7a7dbd``; the third:
F1 0.632, exact 0.632 at ``86279ba``); since then each is tuning data (its ``README.md`` says
so), so these floors guard what the engine reached on it — they are no independent measure.
Both golds were corrected on 2026-12-04 to the project's convention for a list whose first item sits in
the announcing line (its later items that start lines are entries): untouched under it, the first set
scores F1 0.887 / exact 0.873 at ``f7a7dbd`` and the third 0.764 / 0.750 at ``86279ba`` (each README).
The fourth set was written under that convention and scored untouched at ``1c230d1``: F1 0.920,
exact 0.913, 15 of 16 speech counts right (its README); it has been tuning data since.
The fifth set was scored untouched at ``6b3cb46``: F1 0.689, exact 0.689, 7 of 10 speech counts
right (its README); it has been tuning data since.
The sixth set (seven county-level 政府工作报告) scored untouched at ``6b3cb46``: F1 1.000, exact 1.000,
7 of 7 speech counts right (its README); its floor guards that figure.
The eighth set (eleven local 政府工作报告, seven of them scraped pages of 河北省) scored untouched at
``473bac1``: F1 0.776, exact 0.714, 8 of 11 speech counts right (its README); it has been tuning data since.
The ninth set (twelve provincial 政府工作报告 of 2026) scored untouched at ``26356a5``: F1 0.795, exact
0.784, 10 of 12 speech counts right (its README); it has been tuning data since.
The tenth set (twelve texts of 太虛, 1925-1941) scored untouched at ``0163944``: F1 0.520, exact 0.429, 11
of 12 speech counts right (its README); it has been tuning data since.
The eleventh set (twelve official reports of 深圳) scored untouched at ``0163944``: F1 0.836, exact
0.799, 12 of 12 speech counts right (its README); it has been tuning data since.
The twelfth set (eleven Markdown texts of everyday working life) scored untouched at ``b421e22``: F1 0.322,
exact 0.311, 10 of 11 speech counts right (its README); it has been tuning data since.
The thirteenth set (ten national official reports: 两高工作报告 and their 摘要, 预算/计划报告, 立法说明,
Markdown with YAML front matter) scored untouched at ``07bc3b9``: F1 0.401, exact 0.344, 10 of 10 speech
counts right (its README).
The sixteenth set (eleven university speeches of 南开, 川农 and 哈工程 as Markdown with YAML front matter)
scored untouched at ``86522c8``: F1 0.803, exact 0.756, 10 of 11 speech counts right (its README); it
has been tuning data since.
The seventeenth set (twelve files of public-domain speeches and lectures in anthology editions: 蔡元培,
胡适, 章太炎, 许地山) scored untouched at ``86522c8``: F1 0.513, exact 0.513, 8 of 12 speech counts right
(its README); it has been tuning data since.
The twenty-first set (the eight inaugural addresses of the presidents of the Republic of China, 1996-2024,
in seven files: a 合集, a one-line text, GBK + CRLF, web-page back matter) scored untouched at ``07d754b``:
F1 0.829, exact 0.683, 6 of 7 speech counts right (its README); its floors guard that figure.
The twenty-second set (six reports of Taiwan's 行政院長 and ministers to the 立法院, 2017-2021, from the
立法院公報: 壹、/一、/(一) outlines, a one-line text, GBK + CRLF, two reports in one turn, the 公報's page
furniture) scored untouched at ``3cb4c9c``: F1 0.166, exact 0.166, 3 of 6 speech counts right (its
README); its floors sit at that figure.
The twenty-third set (nine State Council reports of 1958-2006 not in any other set, in eight files, simplified:
GBK + CRLF, a one-line text, a 合集 of two reports, a 新华社 dateline) scored untouched at ``0c51d55``: F1
0.981, exact 0.981, 8 of 8 speech counts right (its README); its floors sit at that figure.
The twenty-fourth set (seven 2026 provincial 政府工作报告 not in any other set, in six files, simplified: GBK +
CRLF, a one-line text, a 合集 of two reports, page chrome and the page's 相关报道：) scored untouched at ``e887e1f``:
F1 0.983, exact 0.906, 6 of 6 speech counts right (its README); its floors sit at that figure.
The twenty-fifth set (nine Taiwanese official reports to the 立法院 of eight kinds no set held, in eight files:
budget, 決算審核, 立法計畫, 法案說明, 專題 and central-bank reports; a 合集, GBK + CRLF, a one-line text) scored
untouched at ``57d256d``: F1 0.853, exact 0.792, 6 of 8 speech counts right (its README); tuned on since (branch
engine26: F1 0.994, exact 0.931, 8 of 8 speech counts right), its floors sit just under that.
The twenty-sixth set (ten public-domain talks, lectures and lecture notes of 胡适, 严复, 傅斯年 and 瞿秋白 of nine
kinds: a 合集, a series of five lectures, a course outline as a one-line text, a GBK + CRLF talk, classical speeches,
an article, a lecture book) scored untouched at ``7fcc439``: F1 0.431, exact 0.405, 7 of 10 speech counts right (its
README); its floors sit at that figure.
The twenty-seventh set (two mainland official reports of kinds few sets hold: 审计署's 2024 audit work report as
PDF-extracted text with page numbers, 国家发展改革委's whole 2025 plan report as a Markdown crawl) scored untouched
at ``1cce6f4``: F1 0.976, exact 0.976, 2 of 2 speech counts right (its README); its floors sit at that figure.
The twenty-eighth set (nine public-domain texts of 鲁迅, 胡适, 蔡元培, 章太炎 and 孟森 of nine kinds: a series of six
lectures in one file, university and school talks, a GBK + CRLF talk, a one-line article, a classical lecture, a lecture
book, a 合集 of three pieces) scored untouched at ``7d109f1``: F1 0.444, exact 0.444, 8 of 9 speech counts right (its
README); its floors sit at that figure.
The twenty-ninth set (ten 2026 provincial-level 政府工作报告 not in any other set: 上海, 安徽, 山东, 山西, 广西,
新疆 as GBK + CRLF, 浙江, 湖南, 黑龙江, 辽宁, with page chrome, photo captions and the page's 相关报道：) scored
untouched at ``9558e59``: F1 1.000, exact 1.000, 10 of 10 speech counts right, also under ``--mess wrap`` and
``--as pdf`` (its README); its floors sit at that figure.
The thirtieth set (ten public-domain lectures, talks and articles of 胡适, 蒋梦麟 and 傅斯年 of nine kinds: three
合集 of two pieces, a GBK + CRLF lecture, a one-line lecture, articles with bare-numbered parts) scored untouched at
``9558e59``: F1 0.880, exact 0.827, 6 of 10 speech counts right (its README); its floors sit at that figure.
The thirty-first set (ten 瞿秋白 texts: cuts of a 1927 pamphlet and of his 1924 上海大学 lecture books) scored
untouched at ``079ce43``: F1 0.442, exact 0.434, 10 of 10; tuned on by engine44 (F1 0.838, exact 0.830): its
floors sit just under that.
The thirty-second set (eight files of three State Council reports: 李富春's 1955 report on the first five-year
plan in six cuts (one GBK + CRLF, one a one-line text), the 1964 report as a news summary, the 1978 report with
unnumbered part titles) scored untouched at ``a755279``: F1 0.478, exact 0.478, 8 of 8 (its README); tuned on
in the same branch (F1 0.773, exact 0.773): its floors sit just under that.
The thirty-third set (eight Taiwanese ministers' reports to the 立法院 of organs no set held: 法務部, 司法院, 教育部
as GBK + CRLF, 內政部, 衛福部's three reports in one turn as the 公報's printed lines, 僑委會 as a one-line text,
勞動部, 外交部) scored untouched at ``11d6c96``: F1 0.823, exact 0.794, 7 of 8 (its README); its floors sit at
that figure.
The thirty-fourth set (six Taiwanese officials' reports to the 立法院 with unnumbered headings: crossheads under
壹…肆, headings under (1)…(4), unnumbered top parts, a GBK + CRLF file, a one-line text, figure captions and
tables) scored untouched at ``11d6c96``: F1 0.465, exact 0.414, 6 of 6 (its README); its floors sit at that figure.
The thirty-fifth set (seven local official reports of 2011-2017 from places and years no set held: 深圳市 2016,
河北省 2012 as GBK + CRLF and 2017, 保定市's 十二五 规划纲要报告 cut in a heading, 广东省 2014 and 2015 as a one-line
text, 光明新区管委会 2016 with unnumbered top parts) scored untouched at ``8e9fb3f``: F1 1.000, exact 0.992, 7 of 7
(its README); its floors sit at that figure.
The thirty-sixth set (eight texts of two kinds no set held: three 教师节 ceremony speeches of 四川农业大学 teachers as
Markdown crawls, five statements at public hearings of the 立法院 by a prosecutor, a former justice, two lawyers and a
ministry, one as GBK + CRLF, one as a one-line text) scored untouched at ``3100e89``: F1 0.727, exact 0.727, 8 of 8
(its README); its floors sit at that figure.
The thirty-eighth set (eight leaders' speeches at party and cadre meetings of 1961-1962, a known kind from a source no
set used: the CCRD archive's HTML pages, one as GBK, one as CRLF, one as a one-line page; unnumbered <h3> topics,
three levels, two texts with no outline) scored untouched at ``2a6e10e``: F1 0.863, exact 0.863, 8 of 8, the same
under ``--mess wrap``, ``--mess wrap30`` and ``--as pdf`` (its README); its floors sit at that figure.
The thirty-ninth set (eight official reports of 平潭综合实验区 from a crawl of its 政务公开 pages, a source no set used:
two 管委会工作报告, five organs' annual work summaries, a 法治 work report; each a crawler's nine-line header and the
page on one line, one GBK, one CRLF) scored untouched at ``a87d974`` (engine of ``e4ecbc7``): F1 0.606, exact 0.299,
8 of 8 (its README); its floors sit at that figure.
The fortieth set (nine texts no set held from four repositories earlier sets used — the lead's decision after two
empty searches for new sources: three 深圳 district 政府工作报告 of 2015-2016, a 市教育局局长's speech, a page of three
述职 and a 教代会 report as the school site's HTML, 雷军's 2014 talk as Markdown + CRLF and his 2025 class-meeting
transcript, the 1997 State Council report as a GBK scrape) scored untouched at ``02ed4ea`` (engine of ``3c71b6d``):
F1 0.815, exact 0.815, 7 of 9 (its README); tuned on by holdout118 (F1 0.849, exact 0.849, 8 of 9): its floors
sit just under that.
The forty-first set (eight texts no set held from four repositories earlier sets used: 开学典礼, 军训 and forum talks
of a school's headmasters as its site's pages, two of them one raw body line; two 胡适 talks as CRLF anthology text;
the 2011 State Council report as a GBK scrape; a 深圳 district report of 2017) scored untouched at the commit that
wired it (engine of ``b3ed60c``): F1 0.920, exact 0.920, 7 of 8 (its README); tuned on by holdout124 (F1 0.927,
exact 0.927, 8 of 8): its floors sit just under that.
The floors sit just under today's figures; every file's speech count must be right (but for the
known misses listed in ``KNOWN_SPEECH_MISSES``).
``python -m tests.regression.score --holdout --diff`` (or ``--holdout3`` …) prints the table behind
them; ``--all`` a line per set.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

import pytest

from tests.regression.score import HELD_OUT, Score, corpus, score_file, totals


class Floors(NamedTuple):
    root: Path
    f1: float
    """Overall F1 on level + title prefix over the set."""
    exact_f1: float
    """Overall exact-title F1 over the set."""
    files: int
    """The fewest texts the set holds."""


FLOORS = {
    "holdout": Floors(HELD_OUT["holdout"], 0.995, 0.99, 16),  # today 1.000 / 0.993
    "holdout3": Floors(HELD_OUT["holdout3"], 0.98, 0.98, 16),  # today 0.987 / 0.987
    "holdout4": Floors(HELD_OUT["holdout4"], 0.995, 0.995, 16),  # today 0.997 / 0.997
    "holdout5": Floors(
        HELD_OUT["holdout5"], 0.96, 0.96, 10
    ),  # today 0.962 / 0.962 (engine81: v04's 第二要 the preview named; 0.946 before)
    "holdout6": Floors(HELD_OUT["holdout6"], 0.995, 0.995, 7),  # today 1.000 / 1.000 (untouched)
    "holdout8": Floors(
        HELD_OUT["holdout8"], 0.995, 0.985, 11
    ),  # today 1.000 / 0.986 (untouched 0.776 / 0.714)
    "holdout9": Floors(
        HELD_OUT["holdout9"], 0.995, 0.995, 12
    ),  # today 1.000 / 1.000 (engine35; untouched 0.795 / 0.784)
    "holdout10": Floors(
        HELD_OUT["holdout10"], 0.99, 0.98, 12
    ),  # today 0.995 / 0.985 (engine35; untouched 0.520 / 0.429)
    "holdout11": Floors(
        HELD_OUT["holdout11"], 0.995, 0.995, 12
    ),  # today 1.000 / 1.000 (engine81: b06's 主要指标测算说明 annex is back matter; untouched 0.836 / 0.799; 0.939 / 0.939 from engine62 to engine81:
    # b03's run-in titles' 一是 lists are inline again where the text glues its titles alone to their
    # 一是 sections with no stop; one more entry missed or one more inexact title fails)
    "holdout12": Floors(
        HELD_OUT["holdout12"], 0.995, 0.985, 11
    ),  # today 0.997 / 0.987 (engine89: c10's four talks; 0.984 / 0.974 before; untouched 0.322 / 0.311)
    "holdout13": Floors(
        HELD_OUT["holdout13"], 0.995, 0.965, 10
    ),  # today 1.000 / 0.969 (engine55: titles ending at a quoted name or a restated subject;
    # untouched 0.401 / 0.344)
    "holdout16": Floors(
        HELD_OUT["holdout16"], 0.99, 0.94, 11
    ),  # today 0.992 / 0.976 (untouched 0.803 / 0.756)
    "holdout17": Floors(
        HELD_OUT["holdout17"], 0.985, 0.985, 12
    ),  # today 0.987 / 0.987 (engine43: h05's bare 结论; untouched 0.513 / 0.513)
    "holdout20": Floors(
        HELD_OUT["holdout20"], 0.995, 0.975, 10
    ),  # today 1.000 / 0.980 (engine40 + engine42; untouched 0.704 / 0.704)
    "holdout21": Floors(
        HELD_OUT["holdout21"], 0.995, 0.995, 7
    ),  # today 1.000 / 1.000 (untouched 0.829 / 0.683)
    "holdout22": Floors(
        HELD_OUT["holdout22"], 0.99, 0.955, 6
    ),  # today 0.997 / 0.960 (engine40 + engine42; untouched 0.166 / 0.166)
    "holdout23": Floors(
        HELD_OUT["holdout23"], 0.995, 0.995, 8
    ),  # today 1.000 / 1.000 (untouched 0.981 / 0.981)
    "holdout24": Floors(
        HELD_OUT["holdout24"], 0.995, 0.995, 6
    ),  # today 1.000 / 1.000 (engine35; untouched 0.983 / 0.906)
    "holdout25": Floors(
        HELD_OUT["holdout25"], 0.995, 0.975, 8
    ),  # today 1.000 / 0.980 (engine42; untouched 0.853 / 0.792)
    "holdout26": Floors(
        HELD_OUT["holdout26"], 0.985, 0.985, 10
    ),  # today 0.989 / 0.989 (engine81, 例一/例二 examples; 0.944 after the lead's said-again previews;
    # untouched 0.431 / 0.405)
    "holdout27": Floors(
        HELD_OUT["holdout27"], 0.995, 0.995, 2
    ),  # today 1.000 / 1.000 (engine34; untouched 0.976 / 0.976)
    "holdout28": Floors(
        HELD_OUT["holdout28"], 0.995, 0.995, 9
    ),  # today 1.000 / 1.000 (engine37; untouched 0.444 / 0.444)
    "holdout29": Floors(HELD_OUT["holdout29"], 1.0, 1.0, 10),  # untouched 1.000 / 1.000 (9558e59)
    "holdout30": Floors(
        HELD_OUT["holdout30"], 0.95, 0.90, 10
    ),  # today 0.953 / 0.902 (engine73: p06's announced ①②; 0.944 / 0.893 after engine43; untouched
    # 0.880 / 0.827): one more entry missed (0.945) or one more inexact title (0.894) fails
    "holdout31": Floors(
        HELD_OUT["holdout31"], 0.86, 0.86, 10
    ),  # today 0.862 / 0.862 (engine45; untouched 0.442 / 0.434)
    "holdout32": Floors(
        HELD_OUT["holdout32"], 0.965, 0.965, 8
    ),  # today 0.969 / 0.969 (engine81: p07's unnamed line a crosshead, 0.917 with p08's part named in
    # the list of parts; 0.911 after engine53's announced higher rung; 0.880 after engine47's crossheads; 0.773 after holdout32 phase 2; untouched 0.478 at a755279)
    # untouched 0.823 / 0.794 (11d6c96); after engine48 0.989 / 0.922; after engine53 0.989 / 0.955
    # (r05's printed margin)
    "holdout33": Floors(HELD_OUT["holdout33"], 0.98, 0.95, 8),
    # untouched 0.465 / 0.414 (11d6c96); after engine48 0.812 / 0.762; after engine49 0.919 / 0.874;
    # after engine50 0.919 / 0.910 (s03's (1)…(4) no longer run into their paragraphs); after
    # engine73 0.933 / 0.924 (s01's subtitles of mixed shapes): one entry more missed (0.924) or one
    # more inexact title (0.915) fails
    "holdout34": Floors(HELD_OUT["holdout34"], 0.93, 0.92, 6),
    # untouched 1.000 / 0.992 (8e9fb3f): one entry missed (F1 0.996) or one more inexact (0.984) fails
    "holdout35": Floors(HELD_OUT["holdout35"], 0.999, 0.99, 7),
    # untouched 0.727 / 0.727 (3100e89; the first seven texts 0.731 / 0.731): one more entry missed
    # (0.716) or one more inexact title (0.709) fails; after engine52 0.967 / 0.967: one entry more
    # missed (0.951) or one more inexact title (0.951) fails; after plain143's closing 最后 (u08)
    # 0.975 / 0.975: one more entry found wrong (0.967) fails
    "holdout36": Floors(HELD_OUT["holdout36"], 0.97, 0.97, 8),
    # untouched 0.697 / 0.697 (131be39; eight saved web pages, 4 of 8 speech counts right); after
    # engine54 0.982 / 0.982; after engine55 (第N条主线是：) 0.989 / 0.989: one more entry missed
    # (0.982) fails; after plain143's labelled series (场景一：…场景三：, x04) 1.000 / 1.000: one
    # entry missed (0.996) fails
    "holdout37": Floors(HELD_OUT["holdout37"], 0.998, 0.998, 8),
    # untouched 0.863 / 0.863 (2a6e10e; eight leaders' speeches of 1961-1962 as the CCRD archive's
    # pages, 8 of 8 speech counts right); after engine56 1.000 / 1.000: one more entry missed
    # (0.995) or one more inexact title (0.991) fails
    "holdout38": Floors(HELD_OUT["holdout38"], 0.999, 0.995, 8),
    # untouched 0.606 / 0.299 (a87d974, engine of e4ecbc7; eight 平潭 reports as one-line crawls, 8 of 8
    # speech counts right): one more entry missed (0.601) or one more inexact title (0.291) fails;
    # after engine58 0.837 / 0.704; after engine62 (一是 series right under a heading in a one-line
    # text) 0.977 / 0.877: one more entry missed (0.974) or one more inexact title (0.871) fails;
    # after engine73 (e08's 二、存在问题 before its frame clause) 0.982 / 0.883: one more entry missed
    # (0.977) or one more inexact title (0.877) fails
    "holdout39": Floors(HELD_OUT["holdout39"], 0.98, 0.89, 8),
    # untouched 0.815 / 0.815 (02ed4ea, engine of 3c71b6d; 224 of 264 gold entries hit, 286 found; 7 of 9
    # speech counts right): one more entry missed (0.811) fails; after holdout118's glossary head of
    # names and terms (e09) 0.837 / 0.837: one more entry missed (0.834) fails; after its list said
    # whole in an item's paragraph (e03) 0.849 / 0.849: one more entry missed (0.845) fails
    # (gold corrected: 0.907 / 0.907 with the three above); after engine119 (bold lines titling bare
    # numerals, e06) 0.938 / 0.938; after its lone spoken 第一个问题 (e07) 0.940 / 0.940: one more
    # entry missed (0.936) fails; after plain127's rest of the work named in one breath (此外，…等工作
    # 也…。, e09's 八个亮点) 0.970 / 0.970; after its closing list said to the audience (同志们，…提三点
    # 希望： | 一是…三是, e03) 0.981 / 0.981; after its spoken point said again (第三点 twice, e07 L377)
    # 0.985 / 0.985: one more entry missed (0.981) fails
    "holdout40": Floors(HELD_OUT["holdout40"], 0.983, 0.983, 9),
    # untouched 0.920 / 0.920 (engine of b3ed60c; 75 of 84 gold entries hit, 79 found; 7 of 8 speech
    # counts right): one more entry missed (0.908) fails; after holdout124's re-addressed audience
    # (f01) the same F1, 8 of 8 speech counts right; after its 其二就是 (f06) 0.927 / 0.927: one
    # more entry missed (0.915) fails; after plain143's 第二， over the list its 第一， announced
    # (f05 L121) 0.933 / 0.933: one more entry missed (0.921) fails
    "holdout41": Floors(HELD_OUT["holdout41"], 0.932, 0.932, 8),
    # untouched 0.862 / 0.862 (engine of ec8a609; 141 of 177 gold entries hit, 150 found; 8 of 8 speech
    # counts right); after holdout142 (g07's job advert under ## 加入我们, g08's 1. series glued
    # after a heading's title and the 一是 series under its items) 0.942 / 0.942: one more entry
    # missed (0.936) fails
    "holdout42": Floors(HELD_OUT["holdout42"], 0.94, 0.94, 8),
}

SETS = {
    name: corpus(floors.root) if (floors.root / "texts").is_dir() else []
    for name, floors in FLOORS.items()
}
FILES = [(name, path.name) for name, pairs in SETS.items() for _, path in pairs]


@cache
def _scored(name: str, file: str) -> Score:
    gold, path = next((g, p) for g, p in SETS[name] if p.name == file)
    return score_file(gold, path)


def test_every_held_out_set_has_floors() -> None:
    assert set(FLOORS) == set(HELD_OUT)


@pytest.mark.parametrize("name", FLOORS)
def test_the_held_out_set_is_there(name: str) -> None:
    assert len(SETS[name]) >= FLOORS[name].files, [p.name for _, p in SETS[name]]


@pytest.mark.parametrize("name", FLOORS)
def test_held_out_f1_holds_its_floors(name: str) -> None:
    floors = FLOORS[name]
    total = totals(_scored(name, path.name) for _, path in SETS[name])
    assert total.f1 >= floors.f1, (total.f1, total.matched, total.gold, total.got)
    assert total.exact_f1 >= floors.exact_f1, (total.exact_f1, total.exact, total.gold, total.got)


KNOWN_SPEECH_MISSES: dict[tuple[str, str], str] = {
    # (holdout12 c10, four talks' notes under ##/### lines found as one speech, left with
    # engine89's markdown_talks)
}
"""Files whose speech count the engine still gets wrong: their test is a strict xfail, reported
as such in every run, and it fails the run once the count comes out right (remove the entry)."""


@pytest.mark.parametrize(
    ("name", "file"),
    [
        pytest.param(
            name,
            file,
            id=f"{name}/{file}",
            marks=pytest.mark.xfail(strict=True, reason=KNOWN_SPEECH_MISSES[name, file])
            if (name, file) in KNOWN_SPEECH_MISSES
            else (),
        )
        for name, file in FILES
    ],
)
def test_held_out_speech_count_is_right(name: str, file: str) -> None:
    score = _scored(name, file)
    assert score.got_speeches == score.gold_speeches
