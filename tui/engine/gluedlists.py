"""Which series of items glued into a one-line text are its headings.

A text that lost its line breaks glues a report's 一是…五是 sections, its 一要, 1. and （1）
series, a lecture outline's 例一/例二 and the lists a heading's title counts (三、推论有三种：1.…；
2.…) as it glues the inline lists of its paragraphs (问题。一是发展质量还不高。二是…). The
functions here keep a series when it reads as headings: its items count up from 1 in the
order of the text, each after a sentence end, every item but the last long enough (three
sentences, or two where the sentence before announces the count or the items open a
heading's sections: ``_counted_runs``), or the heading's title counts them (``headed_lists``);
an 一、 glued right after a lecture's or part's title is one too (``first_after_part_title``).
Each returns (cut, marker start, family, number) for ``glued.split_glued``, which cuts them.
Where a numbered 一、/（一） marker is glued is ``gluedmarks``'s. Moved out of ``glued`` as it
was (split100).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise

from tui.base import patterns
from tui.engine.gluedmarks import GLUED_FAMILIES, SENTENCE_STOP, note_after_stop
from tui.engine.markers import chinese_number, match_marker
from tui.engine.segment import CLOSERS, L1_L2_STARTS, SPACES

# 。一是… / ：一是…: a 一是 item glued after a sentence end (or, for the first, a colon).
_GLUED_SHI = patterns.compile("(?<=[。！？!?：:])[\u3000 ]*(?=[一二三四五六七八九十]是)")
# 。（一）坚持抓创新，加快建设国家创新型城市一是…: the first item of a 一是 series right after
# the title of a heading glued into the same sentence (the title once stood on its own line);
# not the 一 of a word (有机统一是…, 唯一是…).
_HEADED_SHI = patterns.compile(
    r"(?:^|(?<=[。！？!?：:”」]))[\u3000 ]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    r"[^。！？!?：:；;]{2,40}?(?<![统唯同单划万专不之第逐合归])(?=一是)"
)
_SHI_SENTENCES = 3
"""The sentences every item but the last of a glued 一是 series of a one-line text holds at
least (its title and two of its own): a list item of one or two sentences stays inline."""
_ANNOUNCED_SENTENCES = 2
"""The sentences every item but the last holds at least (a title and one of its own) in a
series whose count the sentence before it announces (…重点把握好以下五个方面。一是…)."""
_SECTION_SERIES = 2
"""The fewest glued series of items of ``_ANNOUNCED_SENTENCES`` sentences, each right after a
heading's title with no mark between (``_opens_section``), that make each of them that
heading's sections: a report that writes its （一）… sections as 一是…二是… does so in more
than one of them."""
# …重点把握好以下五个方面。/ …重点抓了五个方面工作： — the sentence right before a series that
# says how many items follow (a count, not 几: a sentence that only says "some" points does not).
_COUNT_ANNOUNCED = patterns.compile(
    r"([两二三四五六七八九十]{1,2})(?:个方面|个问题|方面|点|项|条|件事|个重点)"
    r"[^。！？!?：:，,；;]{0,8}[。：:]\s*$"
)


# 。一要… / 。1.… / 。（1）…: the other series a one-line text glues as it glues 一是 (the first
# may follow a colon); not 1.5亿 (a digit after the dot) nor 2019年 (no mark after the number).
_GLUED_SERIES = (
    (
        "yao",
        patterns.compile("(?<=[。！？!?：:])[\u3000 ]*(?=[一二三四五六七八九十]要)"),
    ),
    (
        "arabic",
        patterns.compile("(?<=[。！？!?：:])[\u3000 ]*(?=(?:[1-9]|1[0-9])[.、．](?![0-9０-９]))"),
    ),
    (
        "paren-arabic",
        patterns.compile("(?<=[。！？!?：:])[\u3000 ]*(?=[（(](?:[1-9]|1[0-9])[）)])"),
    ),
)


# 。（三）重点工作1.党建引领，塑造审批系统文化。: the first item of a 1. series right after the
# title of a heading glued into the same sentence (the title and the item once stood on lines of
# their own), as ``_HEADED_SHI`` finds an 一是 so; not 1.5亿 (a digit after the dot).
_HEADED_ARABIC = patterns.compile(
    r"(?:^|(?<=[。！？!?：:”」]))[\u3000 ]*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
    r"[^。！？!?：:；;0-9０-９]{2,40}?(?=1[.．](?![0-9０-９]))"
)


# 。例一《诗经》“终风且暴”… / 。例二生理学：…: an example's label run straight into its title, glued
# after a sentence end in a one-line text (not 例一，… with a comma: ``markers._EXAMPLE``).
_GLUED_EXAMPLE = patterns.compile(
    "(?<=[。！？!?])[\u3000 ]*(?=例[一二三四五六七八九十][\u4e00-\u9fff《“「『（(])"
)
_EXAMPLE_NUMERALS = "一二三四五六七八九十"


def glued_examples(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, "example", number) for the 例一, 例二… of a one-line lecture outline
    (…试举一二个简单的例子。例一《诗经》…。…。例二《尚书·洪范》…): runs counting up from 例一 in the order
    of the text, two items or more, each after a sentence end — each example once stood on a
    line of its own under its point. A lone 例一 is no series."""
    if "例一" not in text:
        return []
    runs: list[list[tuple[int, int, int]]] = []
    for match in _GLUED_EXAMPLE.finditer(text):
        cut = match.end()
        number = _EXAMPLE_NUMERALS.index(text[cut + 1]) + 1
        if number == 1:
            runs.append([(match.start(), cut, number)])
        elif runs and runs[-1] and runs[-1][-1][2] == number - 1:
            runs[-1].append((match.start(), cut, number))
        elif runs:
            runs.append([])
    return [
        (before, cut, "example", number)
        for run in runs
        if len(run) >= 2
        for before, cut, number in run
    ]


# 。第一讲科学方法引论一、向来…: the first 一、 of a part glued right after the part's title
# (第N讲 / 第N部分 / 第N章 and a few characters with no punctuation), the title glued after a
# sentence end — the title and the item once stood on lines of their own. Not the 一 of a word
# (坚持统一、…, 唯一、).
_AFTER_PART_TITLE = patterns.compile(
    r"(?:^|(?<=[。！？!?”」）)]))[\u3000 ]*第[一二三四五六七八九十]{1,3}(?:讲|部分|章)"
    r"[\u4e00-\u9fff]{2,12}?(?<![统唯同单划万专不之第逐合归])(?=一、)"
)


def first_after_part_title(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, "cn-dun", 1) for an 一、 glued right after a part's title in a
    one-line text (…帮助他。第一讲科学方法引论一、向来…): cut there when its series goes on
    (二、 glued further on: ``split_glued``); the part's title stays with the text before."""
    if "第" not in text or "一、" not in text:
        return []
    return [(m.end(), m.end(), "cn-dun", 1) for m in _AFTER_PART_TITLE.finditer(text)]


def _item_number(text: str, at: int, *, family: str) -> int:
    """The number of the ``family`` item written at ``text[at]`` (一要 → 1, 12. → 12, （3） → 3)."""
    if family == "yao":
        return "一二三四五六七八九十".index(text[at]) + 1
    if family == "paren-arabic":
        at += 1
    digits = text[at : at + 2]
    return int(digits) if digits.isdigit() else int(digits[0])


def glued_other_series(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, family, number) for the 一要, 1. and （1） series glued into a
    one-line text: kept on the terms of ``glued_shi`` (items counting up from 1 in the order
    of the text, each after a sentence end, every item but the last three sentences or more),
    so a list said inside a paragraph (…三条：1.讲政治。2.顾大局。) stays in it. A 1. glued right
    after a heading's title with no mark between (…。（三）重点工作1.党建引领，…。2.…,
    ``_HEADED_ARABIC``) opens its series as a glued 一是 right under a heading does, and the
    series is counted so (``initial``: holdout42 g08)."""
    found: list[tuple[int, int, str, int]] = []
    for family, pattern in _GLUED_SERIES:
        cuts = [(m.start(), m.end()) for m in pattern.finditer(text)]
        headed = (
            {(m.end(), m.end()) for m in _HEADED_ARABIC.finditer(text)}
            if family == "arabic" and "1" in text
            else set()
        )
        if len(cuts) + len(headed) < 2:
            continue
        number_at = partial(_item_number, text, family=family)
        if headed:
            # (…。（三）重点工作1.…。2.…: the series opens right under the heading, as a glued
            # 一是 series may: counted as ``glued_shi`` counts one.)
            cuts = sorted(set(cuts) | headed)
        found.extend(_counted_runs(text, cuts, family, number_at, initial=bool(headed)))
    return found


# 。1.… / ；2.… / 。（问题）3.…: where an item of a 1. or （1） list may be glued in a one-line text
# whose lists are a heading's own (``headed_lists``): after a sentence end, a semicolon, or the
# note in brackets right after a sentence end (…运行了。（问题）2.…: ``note_after_stop``).
_LISTED_ITEM = (
    (
        "arabic",
        patterns.compile(
            "(?<=[。！？!?：:；;）)])[\u3000 ]*(?=(?:[1-9]|1[0-9])[.、．](?![0-9０-９]))"
        ),
    ),
    (
        "paren-arabic",
        patterns.compile("(?<=[。！？!?：:；;）)])[\u3000 ]*(?=[（(](?:[1-9]|1[0-9])[）)])"),
    ),
)
# 三、推论有三种： / 七、杜威说科学方法可分五步： — a glued heading's title that counts the list after it.
_COUNT_COLON = patterns.compile(r"([两二三四五六七八九十])[种步点条类项层个](?:方面|问题)?[：:]$")
_HEADED_TITLE_MAX = 60
"""The longest title (its marker to its colon) that announces a heading's own list."""


def headed_lists(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, family, number) for the 1. and （1） lists of a one-line text that are
    headings: a lecture outline that lost its line breaks glues each section's list to its
    heading (三、推论（inference）有三种：1.从个体推知个体（…）；2.…；3.…。四、…). A list is a
    heading's own when a glued heading's title (its first sentence, right after a sentence end)
    ends with a colon after a count (有三种：, 可分五步：) and exactly that many items follow,
    counting up from 1, each after a sentence end or a semicolon. Once the text has one such
    list, its other lists of the family counting up from 1, each item after a sentence end
    (or a note in brackets right after one: …运行了。（问题）2.…), are headings too — the
    text numbers its sub-sections so. A list said in a paragraph (…做到三条：1.讲政治；2.…)
    follows no heading's title and stays."""
    found: list[tuple[int, int, str, int]] = []
    for family, pattern in _LISTED_ITEM:
        items = [
            (m.start(), m.end())
            for m in pattern.finditer(text)
            if text[m.start() - 1] not in "）)" or note_after_stop(text, m.start() - 1)
        ]
        if len(items) < 2:
            continue
        runs: list[list[tuple[int, int, int]]] = []
        for before, cut in items:
            number = _item_number(text, cut, family=family)
            if number == 1:
                runs.append([(before, cut, number)])
            elif runs and runs[-1] and runs[-1][-1][2] == number - 1:
                runs[-1].append((before, cut, number))
            elif runs:
                runs.append([])
        runs = [run for run in runs if len(run) >= 2]
        if not any(_announced_by_heading(text, run) for run in runs):
            continue
        for run in runs:
            if _announced_by_heading(text, run) or all(
                text[before - 1] not in "；;" for before, _, _ in run[1:]
            ):
                found.extend((before, cut, family, number) for before, cut, number in run)
    return found


def _announced_by_heading(text: str, run: list[tuple[int, int, int]]) -> bool:
    """Whether ``run`` (a list's items: where each one's sentence starts, where its marker
    does, its number) follows right after a glued heading's title that counts it
    (三、推论有三种：1.…；2.…；3.…)."""
    before = run[0][0]
    count = _COUNT_COLON.search(text, max(0, before - 8), before)
    if count is None or chinese_number(count.group(1).replace("两", "二")) != len(run):
        return False
    start = max(text.rfind(mark, 0, before - 1) for mark in "。！？!?；;") + 1
    title = text[start:before].lstrip(SPACES + CLOSERS)
    marker = match_marker(title) if title[:1] in L1_L2_STARTS else None
    return (
        marker is not None
        and marker.family in GLUED_FAMILIES
        and len(title) <= _HEADED_TITLE_MAX
        and "：" not in title[:-1]
        and ":" not in title[:-1]
    )


def _counted_runs(
    text: str,
    cuts: list[tuple[int, int]],
    family: str,
    number_at: Callable[[int], int],
    initial: bool = False,
) -> list[tuple[int, int, str, int]]:
    """The items of ``cuts`` (where each glued item's sentence starts, where its marker does)
    that form runs counting up from 1, every item but the last at least ``_SHI_SENTENCES``
    sentences long, or ``_ANNOUNCED_SENTENCES`` where the sentence before the run announces
    its count (…以下五个方面。一是…, five items) — or, ``initial``, where every item begins a
    sentence (after 。！？, the first maybe right after a heading's title; not after a colon) and
    the first comes right after a glued heading's first sentence (``_heading_sentence``), every
    item but the last two sentences long or that sentence the heading's title alone: (cut, marker
    start, ``family``, number)."""
    runs: list[list[tuple[int, int, int]]] = []
    for before, cut in cuts:
        number = number_at(cut)
        if number == 1:
            runs.append([(before, cut, number)])
        elif runs and runs[-1] and runs[-1][-1][2] == number - 1 and text[before - 1] not in "：:":
            runs[-1].append((before, cut, number))
        elif runs:
            runs.append([])
    counted: list[tuple[list[tuple[int, int, int]], int, bool]] = []
    for run in runs:
        if len(run) < 2:
            continue
        sentences = min(
            len(SENTENCE_STOP.findall(text, item[1], after[0])) for item, after in pairwise(run)
        )
        opens = sentences >= _ANNOUNCED_SENTENCES and _opens_section(text, run[0][0])
        counted.append((run, sentences, opens))
    sections = sum(opens for _, _, opens in counted) >= _SECTION_SERIES
    found: list[tuple[int, int, str, int]] = []
    for run, sentences, opens in counted:
        if (
            sentences >= _SHI_SENTENCES
            or (opens and sections)
            or (sentences >= _ANNOUNCED_SENTENCES and _announced_count(text, run[0][0]) == len(run))
            or (
                initial
                and (heading := _heading_sentence(text, run[0][0])) >= 0
                and (sentences >= _ANNOUNCED_SENTENCES or heading <= _HEADING_SENTENCE_MAX)
                and not (
                    sections and heading <= _HEADING_SENTENCE_MAX and _after_stop(text, run[0][0])
                )
            )
        ):
            found.extend((before, cut, family, number) for before, cut, number in run)
    return found


def _opens_section(text: str, before: int) -> bool:
    """Whether the series item whose sentence starts at ``before`` opens a glued heading's
    section right after its title, with no mark between (…。（二）全链条从严加强国资监管一是…):
    the title stood on a line of its own, and so did the items. Not after a title's full stop
    (…。（三）着眼于构建可持续的竞争优势，提升自主创新能力。一是…: a run-in title sentence, the
    series its paragraph's list), nor after a colon or a semicolon."""
    end = before
    while end and text[end - 1] in SPACES:
        end -= 1
    start = max(text.rfind(mark, 0, end) for mark in "。！？!?；;：:") + 1
    title = text[start:end].lstrip(SPACES + CLOSERS)
    return title[:1] in L1_L2_STARTS and match_marker(title) is not None


def _after_stop(text: str, before: int) -> bool:
    """Whether the sentence before ``before`` ends with a full stop (。！？), spaces aside.

    Where a one-line text glues two or more heading titles straight to their 一是 sections
    (…。（一）坚持抓创新，加快建设国家创新型城市一是…: the title lines stood alone and carried
    no stop — ``sections`` in ``_counted_runs``), a heading whose title ends with a full stop
    before its 一是 (…。（三）着眼于构建可持续的竞争优势，提升自主创新能力。一是…, the sentence the
    title alone: ``_HEADING_SENTENCE_MAX``) was written run in, the title opening its paragraph:
    its series is that paragraph's list (holdout11 b03's review part), not its sections. A long
    first sentence is the title glued to its text's first sentence (（一）深层次深化改革提升深入实施
    …主体任务。一是…, holdout39 e02): the title had no stop, and the series is its sections."""
    end = before
    while end and text[end - 1] in SPACES:
        end -= 1
    return bool(end) and text[end - 1] in "。！？!?"


_HEADING_SENTENCE_MAX = 40
"""The longest first sentence of a glued heading that is its title alone (（一）“一体化”推进城乡
融合发展。), not its title run on into its text (（一）关于总则草案第一章…主要规定了…。)."""


def _heading_sentence(text: str, before: int) -> int:
    """The length of a glued heading's first sentence right before the series item whose
    sentence starts at ``before`` — its title's sentence (…。（一）“一体化”推进城乡融合发展。一是…)
    or its title run straight into the item (…。（二）强化规范性文件管理，落实行政应诉工作 一是…),
    a glued 1. item's title too (…。2.优化机制，加大整合融合力度。一是…, holdout42 g08) —, or -1
    where the item follows no heading's first sentence (…存在一定问题。一是…)."""
    end = before
    while end and text[end - 1] in SPACES:
        end -= 1
    if end and text[end - 1] in "。！？!?":
        end -= 1
    start = max(text.rfind(mark, 0, end) for mark in "。！？!?；;：:") + 1
    title = text[start:end].lstrip(SPACES + CLOSERS)
    if title[:1] in _ARABIC_STARTS:
        # (…。2.优化机制，加大整合融合力度。一是…: a glued 1. item's title over its 一是 series)
        marker = match_marker(title)
        return len(title) if marker is not None and marker.family == "arabic" else -1
    if title[:1] not in L1_L2_STARTS or match_marker(title) is None:
        return -1
    return len(title)


_ARABIC_STARTS = "123456789"
"""The first characters of a glued arabic item's title (2.优化机制，…) that ``_heading_sentence``
takes for a heading's first sentence (a quick test before ``match_marker``)."""


def _announced_count(text: str, before: int) -> int:
    """The number of items the sentence ending at ``before`` announces (…以下五个方面。 → 5,
    …抓了十个方面工作： → 10), or 0."""
    found = _COUNT_ANNOUNCED.search(text, max(0, before - 24), before)
    if found is None:
        return 0
    numeral = found.group(1).replace("两", "二")
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + "一二三四五六七八九".index(numeral[1]) + 1
    if len(numeral) == 2:
        return -1  # (二十… and the like: no series of glued items runs so long)
    return "一二三四五六七八九".index(numeral) + 1


def glued_shi(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, "shi", number) for a 一是 series glued into a one-line text.

    A text that lost its line breaks glues a report's 一是…五是 sections (…跃上新台阶。一是
    突出打好…。…。二是…) as it glues its inline lists (问题。一是发展质量还不高。二是…). A
    careful reader takes the series for headings when its items count up from 一 in the
    order of the text, each after a sentence end (the first may follow a colon: …工作：一是…,
    or the title of a heading glued before it: …。（一）坚持抓创新，加快建设…城市一是…), and
    every item but the last is a run of at least three sentences (a title and its own text),
    not one or two (一是大气污染防治攻坚战。拆除燃煤锅炉…。二是…) — two are enough where the
    sentence before announces as many items as the series has (…重点把握好以下五个方面。).
    """
    if "是" not in text:
        return []
    cuts = [(m.start(), m.end()) for m in _GLUED_SHI.finditer(text)]
    if "一是" in text:
        cuts = sorted(set(cuts) | {(m.end(), m.end()) for m in _HEADED_SHI.finditer(text)})
    return _counted_runs(
        text, cuts, "shi", lambda at: "一二三四五六七八九十".index(text[at]) + 1, initial=True
    )
