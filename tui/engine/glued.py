"""Headings glued to the text before them, cut out onto segments of their own.

A text that lost its line breaks (a one-line text, or lines over ``LONG_SEGMENT``) runs its
numbered headings into the sentences before them (…的作用。二、…): ``split_glued`` cuts them
out where a sentence ends, with its helpers: the series a glued heading belongs to, where a
glued heading's title ends in a one-line text, the lists its title counts (三点意见：), items
counted inside a sentence (``next_item_in_sentence``), lectures and echoed titles,
parallel lead sentences, run-on titles measured by their siblings, titles ended at the lost
line break of a one-line text whose breaks became spaces (``lostbreaks``).
``lines.segment_lines`` calls it once the segments are made, with ``one_line_text``'s decision
(made here for both).

Why this module is about 830 lines: it is the glued-heading cutting that made
``lines`` 2,100 lines long, moved out as it was (arch19); its parts call each other
(the series, the counted lists and the inline lists are all asked for each cut). Where a
marker is glued after a sentence end is ``gluedmarks``'s; where a glued heading's title ends
in its own piece (``title_apart`` and its openers) ``titleends``'s, by the text's other
headings (chains, echoes, siblings, parallel titles, quoted names, lectures) ``peertitles``'s,
at a lost line break that became a space ``lostbreaks``'s; where a Markdown ``#`` heading's
title ends ``hashtitle``'s (split100). ``Segment`` and the shared characters come from
``segment``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import partial
from itertools import pairwise

from tui.base import patterns
from tui.engine.gluedmarks import (
    APPROXIMATE,
    GLUED_FAMILIES,
    HAN_DOT,
    RUN_IN,
    SENTENCE_STOP,
    glued_markers,
    note_after_stop,
)
from tui.engine.lostbreaks import SEAM, heading_apart, spaced_breaks, titles_at_breaks
from tui.engine.markers import chinese_number, match_marker
from tui.engine.peertitles import (
    chain_apart,
    chain_keys,
    chained_title,
    echoes_apart,
    lectures_apart,
    named_subjects_apart,
    parallel_leads_apart,
    quoted_apart,
    siblings_apart,
)
from tui.engine.segment import CLOSERS, L1_L2_STARTS, SPACES, STEMS, Segment
from tui.engine.titleends import title_apart

# A paragraph longer than this with no break inside is a text that lost its line breaks:
# it is cut before every numbered L1/L2 heading that follows a sentence end. Shorter lines
# are cut there only when the series shows elsewhere (see ``split_glued``).
LONG_SEGMENT = 1500
_LOST_BREAKS = 0.8
"""The share of a text's characters in lines over ``LONG_SEGMENT`` from which those lines
are taken for text that lost its line breaks (glued headings are cut out of them)."""
ONE_LINE_MAX = 3
"""A text of at most this many non-empty source lines lost its line breaks; so did one whose
characters are nearly all in at most this many lines over ``LONG_SEGMENT`` (``one_line_text``)."""


def one_line_text(lines: list[str]) -> bool:
    """Whether a text of these source lines lost its line breaks (a one-line text): it has at
    most ``ONE_LINE_MAX`` non-empty lines (a title, a date and the rest), or at most that many
    lines over ``LONG_SEGMENT`` characters hold ``_LOST_BREAKS`` of its characters or more,
    whatever short lines stand beside them (a crawler's or a saved page's header — 标题:,
    发布时间:, 原文链接: … —, a title line, a date line). A text with one long paragraph among
    ordinary ones is no one-line text (its long line holds too little of it), nor is a text of
    many long paragraphs (more than ``ONE_LINE_MAX`` of them). The one decision of
    ``lines.segment_lines`` and ``split_glued``, which once counted lines each its own way (line
    ends against non-empty lines: a four-line file was one-line text to one, not the other)."""
    if len(lines) <= ONE_LINE_MAX:
        return True
    lengths = [len(line) for line in lines if line and not line.isspace()]
    if len(lengths) <= ONE_LINE_MAX:
        return True
    long = [length for length in lengths if length > LONG_SEGMENT]
    return len(long) <= ONE_LINE_MAX and sum(long) >= _LOST_BREAKS * sum(lengths)


# 下面，我讲三点意见： / 强调几点: / 我再强调三点意见。 — the speaker announces the sections.
_ANNOUNCEMENT = patterns.compile(
    r"(?:讲|谈|强调|提|说)[^。！？：:]{0,12}(?:几|[两二三四五六七八九十0-9])"
    r"(?:点|个方面|个问题|方面|条|句话)[^。！？：:]{0,6}[：:。]\s*$"
)
# Anti-copy junk that forums (Discuz) insert into posts: runs of one- or two-character


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


# 。例一《诗经》“终风且暴”… / 。例二生理学：…: an example's label run straight into its title, glued
# after a sentence end in a one-line text (not 例一，… with a comma: ``markers._EXAMPLE``).
_GLUED_EXAMPLE = patterns.compile(
    "(?<=[。！？!?])[\u3000 ]*(?=例[一二三四五六七八九十][\u4e00-\u9fff《“「『（(])"
)
_EXAMPLE_NUMERALS = "一二三四五六七八九十"


def _glued_examples(text: str) -> list[tuple[int, int, str, int]]:
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


def _first_after_part_title(text: str) -> list[tuple[int, int, str, int]]:
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


def _glued_other_series(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, family, number) for the 一要, 1. and （1） series glued into a
    one-line text: kept on the terms of ``_glued_shi`` (items counting up from 1 in the order
    of the text, each after a sentence end, every item but the last three sentences or more),
    so a list said inside a paragraph (…三条：1.讲政治。2.顾大局。) stays in it."""
    found: list[tuple[int, int, str, int]] = []
    for family, pattern in _GLUED_SERIES:
        cuts = [(m.start(), m.end()) for m in pattern.finditer(text)]
        if len(cuts) < 2:
            continue
        found.extend(_counted_runs(text, cuts, family, partial(_item_number, text, family=family)))
    return found


# 。1.… / ；2.… / 。（问题）3.…: where an item of a 1. or （1） list may be glued in a one-line text
# whose lists are a heading's own (``_headed_lists``): after a sentence end, a semicolon, or the
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


def _headed_lists(text: str) -> list[tuple[int, int, str, int]]:
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
    or its title run straight into the item (…。（二）强化规范性文件管理，落实行政应诉工作 一是…)
    —, or -1 where the item follows no heading's first sentence (…存在一定问题。一是…)."""
    end = before
    while end and text[end - 1] in SPACES:
        end -= 1
    if end and text[end - 1] in "。！？!?":
        end -= 1
    start = max(text.rfind(mark, 0, end) for mark in "。！？!?；;：:") + 1
    title = text[start:end].lstrip(SPACES + CLOSERS)
    if title[:1] not in L1_L2_STARTS or match_marker(title) is None:
        return -1
    return len(title)


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


def _glued_shi(text: str) -> list[tuple[int, int, str, int]]:
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


_CN_NUMERALS = "一二三四五六七八九"


def _chinese(number: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (up to 99)."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_NUMERALS[tens - 1] + "十")
    return head + (_CN_NUMERALS[units - 1] if units else "")


SHORT_ITEM = 20
"""The longest first item (characters up to its 。) that ``next_item_in_sentence`` reads as a
list item when the next item opens the next sentence (一、律儀之區別。二、部類之區別。…)."""
LONG_ITEM = 120
"""The longest first item 一 that ``next_item_in_sentence`` reads as a list item when item 二
opens the next sentence (一、教：從佛陀所遺留下來的…的教。二、理：…)."""


def next_item_in_sentence(
    text: str, cut: int, family: str, number: int, short_item: bool = False
) -> bool:
    """Whether the next item of a glued heading's series follows inside its first sentence
    (一、讲政治；二、顾大局；… / （1）《诗经》（2）《左传》…): then the series is an inline list.
    With ``short_item``, also when the first sentence is a short item (up to ``SHORT_ITEM``
    characters) and the next sentence opens with the next item: 一、律儀之區別。二、部類之區別。
    — a whole list on one line (a section's heading is followed by its text, not by the next
    heading in the same paragraph); and for a first item (一、 / （一） / 甲、), when item 2 opens
    any later sentence of the paragraph (甲、布施度慳貪：…。…乙、持戒度毀犯…), unless the
    paragraph starts a list of its own at 1 again."""
    if family == "gan":
        following = STEMS[number : number + 1] or "?"
    else:
        following = str(number + 1) if family == "paren-arabic" else _chinese(number + 1)
    if following not in text:
        return False  # (most headings: decided without finding the sentence's end)
    stop = SENTENCE_STOP.search(text, cut)
    sentence = text[cut : stop.start() if stop else len(text)]
    if "." in sentence and (dot := HAN_DOT.search(sentence)) is not None:
        sentence = sentence[: dot.end()]  # (…改良环境.第三，…: the extraction's full stop)
    words = _item_words(family, following)
    if any(word in sentence for word in words) and not _inner_list_first(sentence, family, words):
        return True
    if not short_item or stop is None:
        return False
    if stop.start() - cut > SHORT_ITEM and (
        # 一、教：從佛陀所遺留下來的…的教。二、理：… — a list starting at 一 whose 二 opens
        # the next sentence of the same paragraph is a list however long its first item,
        # unless the sentence starts a list of its own (一、生理的有三種：一、細胞惰性說：…。二、…).
        number != 1
        or stop.start() - cut > LONG_ITEM
        or any(word in sentence for word in _item_words(family, _FIRST.get(family, "一")))
    ):
        return False
    if text[stop.end() :].lstrip(SPACES).startswith(words):
        return True
    if number != 1 or any(
        word in text[cut:] for word in _item_words(family, _FIRST.get(family, "一"))
    ):
        return False
    for later in SENTENCE_STOP.finditer(text, stop.end()):
        if text[later.end() :].lstrip(SPACES).startswith(words):
            return True
    return False


_COLON = patterns.compile("[：:]")


def _inner_list_first(sentence: str, family: str, words: tuple[str, ...]) -> bool:
    """Whether the next item (``words``) in a heading's first sentence is an inner list's: a
    list of the family starts over at its first item before it, after a colon (乙、職僧制，…以五種
    機關攝之：甲、布教所，乙、病院…，丙、律儀院…: that 丙 is the inner list's, not the next
    heading's)."""
    colon = _COLON.search(sentence)
    if colon is None:
        return False
    at = min(found for word in words if (found := sentence.find(word)) >= 0)
    return any(
        found < at
        for word in _item_words(family, _FIRST.get(family, "一"))
        if (found := sentence.find(word, colon.end())) >= 0
    )


def _item_words(family: str, numeral: str) -> tuple[str, ...]:
    """The ways an item ``numeral`` of ``family`` is written (二、 二． 二. / （二） (二) …)."""
    if family == "cn-dun":
        return (numeral + "、", numeral + "．", numeral + ".")
    if family in ("paren-cn", "paren-arabic"):
        return (f"（{numeral}）", f"({numeral})", f"（{numeral})", f"({numeral}）")
    if family == "gan":
        return (numeral + "、", numeral + "．", numeral + ".")
    if family in ("shi", "yao"):
        return (numeral + ("是" if family == "shi" else "要"),)  # (二是 / 二要)
    return ("第" + numeral, "其" + numeral)  # (第二 / 其二)


_FIRST = {"paren-arabic": "1", "gan": "甲"}
"""The numeral of a family's first item, where it is not 一."""


def split_glued(segments: list[Segment], dot_stops: bool, one_line: bool) -> list[Segment]:
    """Cut segments before headings glued to the text before them.

    A glued 一、 or （一） is a heading when the text lost its line breaks (a segment over
    ``LONG_SEGMENT``), or when its series shows elsewhere: the next or previous number of
    the same family, glued or at a line start (for 一、 after a colon — 讲三点意见：一、… —
    the next number at a line start is enough). An inline list 主要有：一、…；二、… stays.
    In a text with line breaks (where headings start lines) a glued marker needs more: see
    ``_glued_series``.
    """
    glued: dict[int, list[tuple[int, int, str, int]]] = {}
    # ``one_line``: the text lost its line breaks (``one_line_text``). In a text with line
    # breaks a heading starts a line: a glued one is looked at only in a paragraph too long
    # to be one, or as part of a series (``_glued_series``).
    long_lines = sum(len(seg.text) for seg in segments if len(seg.text) > LONG_SEGMENT)
    if long_lines and long_lines < _LOST_BREAKS * sum(len(seg.text) for seg in segments):
        long_lines = 0  # one long paragraph among ordinary ones is a paragraph
    shi: set[tuple[int, int]] = set()
    for index, seg in enumerate(segments):
        if not (dot_stops or one_line or (long_lines and len(seg.text) > LONG_SEGMENT)):
            continue
        found = glued_markers(seg.text, digits=dot_stops)
        if one_line and (
            items := _glued_shi(seg.text)
            + _glued_other_series(seg.text)
            + _headed_lists(seg.text)
            + _glued_examples(seg.text)
        ):
            shi.update((index, cut) for _, cut, _, _ in items)
            found = sorted(set(found + items))
        if one_line and (parted := _first_after_part_title(seg.text)):
            found = sorted(set(found + parted))
        if found:
            glued[index] = found
    if not glued:
        return segments
    evidence: set[tuple[str, int]] = set()
    starts: list[tuple[int, int, str, int]] = []
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is not None and marker.family in GLUED_FAMILIES:
            evidence.add((marker.family, marker.number))
            starts.append((index, -1, marker.family, marker.number))
    loose = {i for i in glued if one_line or (long_lines and len(segments[i].text) > LONG_SEGMENT)}
    glued_keys = {
        (family, number)
        for i in loose
        for _, _, family, number in glued[i]
        if family not in (RUN_IN, APPROXIMATE)
    }
    if one_line:
        # (壹、…一、…（一）…: the first items a chain holds count as glued items of their series)
        glued_keys |= {
            key for i in loose for _, cut, _, _ in glued[i] for key in chain_keys(segments[i], cut)
        }
    in_series = _glued_series(glued, starts) if dot_stops else set()
    in_series |= shi
    inline = _inline_after_colon(segments, glued) if one_line else set()
    if one_line and _kept_paragraphs(segments) >= KEPT_PARAGRAPHS:
        inline |= _inside_kept_paragraphs(segments, glued)
    breaks = spaced_breaks(segments) if one_line else None
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        # 各位代表：一、2025年工作回顾2025年极不平凡。…: a heading the salutation was cut off
        # is as glued as one after a sentence end (its title may run on into its section).
        headed = one_line and _heading_after_salutation(seg, glued_keys)
        if index not in glued:
            out.extend(title_apart(seg) if headed else [seg])
            continue
        text = seg.text
        start = 0
        indented = seg.indented  # a piece cut off after a heading starts a paragraph
        run_in = 0
        approximate = False
        # (headed: the piece from ``start`` opens with a glued 一、/（一）/第一，)
        long_text = len(text) > LONG_SEGMENT
        for before, cut, glued_family, number in glued[index]:
            family = glued_family
            if (index, cut) in inline:
                continue
            if family == APPROXIMATE:
                # 。一、二次政黨輪替的歷史意義…。二、…。三、…: the series goes on after it (an
                # approximate number 一、二次 said at a sentence's start has no 二、, 三、 after it).
                if not (
                    one_line
                    and ("cn-dun", number + 1) in glued_keys
                    and ("cn-dun", number + 2) in glued_keys
                ):
                    continue
                family = "cn-dun"
            elif (index, cut) in in_series:
                pass
            elif index not in loose or family == RUN_IN:
                continue
            else:
                series = (family, number + 1) in glued_keys or (
                    number > 1
                    and ((family, number - 1) in glued_keys or (family, number - 1) in evidence)
                )
                announced = number == 1 and (
                    (text[before - 1 : before] in "：:" and (family, 2) in evidence)
                    or _ANNOUNCEMENT.search(text, max(0, before - 40), before) is not None
                )
                blanket = long_text and family in ("cn-dun", "paren-cn")
                if not (blanket or series or announced):
                    continue
            if cut <= start or (
                family != RUN_IN
                and (index, cut) not in shi
                and next_item_in_sentence(text, cut, family, number)
            ):
                # 做到三条：一、讲政治；二、顾大局；三、守规矩。 — the items are one sentence.
                continue
            piece = Segment(
                seg.line,
                text[start:before].rstrip(SPACES),
                indented,
                run_in=run_in,
                series=approximate,
            )
            tight = not text[before:cut]  # (…。一要…: no lost line break before it)
            out.extend(heading_apart(piece, one_line and headed, breaks, tight))
            start = cut
            indented = True
            run_in = number if family == RUN_IN else 0
            approximate = glued_family == APPROXIMATE
            headed = family in GLUED_FAMILIES
        piece = Segment(seg.line, text[start:], indented, run_in=run_in, series=approximate)
        out.extend(heading_apart(piece, one_line and headed, breaks, False))
    if one_line:
        # (…行銷臺灣品牌(一)扶植文創產業辦理…: the first item a chain cuts out runs on into its
        # section's first sentence like any glued heading, unless its title repeats the title
        # above it: ``echoes_apart`` cuts it there first)
        chained = [(n, part) for seg in out for n, part in enumerate(chain_apart(seg))]
        firsts = {id(part) for n, part in chained if n}
        echoed = echoes_apart([part for _, part in chained])
        out = titles_at_breaks(
            breaks,
            siblings_apart(
                breaks is not None,
                quoted_apart(
                    lectures_apart(
                        parallel_leads_apart(
                            named_subjects_apart(
                                [
                                    cut
                                    for part in echoed
                                    for cut in chained_title(id(part) in firsts, part)
                                ]
                            )
                        )
                    )
                ),
            ),
        )
    return [seg for seg in out if seg.text]


def _heading_after_salutation(seg: Segment, glued_keys: set[tuple[str, int]]) -> bool:
    """Whether ``seg``, the text a salutation of a one-line text was cut off (``Segment.glued``:
    各位代表：| 一、2025年工作回顾2025年极不平凡。…), opens with a heading of a glued family whose
    next number is glued further on (its series goes on), not with an inline list
    (同志们：一、讲政治；二、顾大局。)."""
    if not seg.glued or seg.text[:1] not in L1_L2_STARTS + "第":
        return False
    marker = match_marker(seg.text)
    return (
        marker is not None
        and marker.family in GLUED_FAMILIES
        and (marker.family, marker.number + 1) in glued_keys
        and not next_item_in_sentence(seg.text, 0, marker.family, marker.number)
    )


KEPT_PARAGRAPHS = 10
"""The fewest paragraphs a one-line text must still mark (by their 　　 indents) for a series
glued inside one of them after a colon to be read as that paragraph's list."""


def _kept_paragraphs(segments: list[Segment]) -> int:
    """The paragraphs a one-line text still marks: its segments that share their source line
    with another (a line cut at its paragraphs' indents), not the short lines beside it (a
    title line, a crawler's header of nine lines)."""
    per_line = Counter(seg.line for seg in segments)
    return sum(count for count in per_line.values() if count > 1)


def _inline_after_colon(
    segments: list[Segment], glued: dict[int, list[tuple[int, int, str, int]]]
) -> set[tuple[int, int]]:
    """(segment, cut) of the items of inline series in a one-line text that kept its paragraph
    indents (at least ``KEPT_PARAGRAPHS`` paragraphs): a series whose first item follows a colon
    inside a paragraph (国务院已经决定：第一、…。…第二、…) and whose items, two or more counting
    up from 1, all stay in that paragraph. The text's headings each open a paragraph of their
    own; a series said inside one is the paragraph's list, whatever ends its items."""
    if _kept_paragraphs(segments) < KEPT_PARAGRAPHS:
        return set()
    found: set[tuple[int, int]] = set()
    for index, items in glued.items():
        text = segments[index].text
        run: list[int] = []
        family = ""
        for before, cut, item_family, number in items:
            if number == 1 and text[before - 1 : before] in "：:":
                if len(run) >= 2:
                    found.update((index, at) for at in run)
                run, family = [cut], item_family
            elif run and item_family == family and number == len(run) + 1:
                run.append(cut)
        if len(run) >= 2:
            found.update((index, at) for at in run)
    return found


def _inside_kept_paragraphs(
    segments: list[Segment], glued: dict[int, list[tuple[int, int, str, int]]]
) -> set[tuple[int, int]]:
    """(segment, cut) of the items glued inside a paragraph of a one-line text that kept its
    paragraph indents (each segment one paragraph, with no space after a sentence end inside
    it — a page's or an extraction's seam): an item followed by more sentences of its
    paragraph (…意义。第二，谁是中国民族的代表呢？资产阶级总是… / …为标准。（一）我们更加加紧…。
    （二）…) is the paragraph's list. A heading that had a line of its own ends its paragraph
    (…工人群众）。（一）国民党 | 　　因此四点，…), and so does a last point said in one sentence
    (…的条件是：一、要使五千党员成为…干部。 | 　　二、…)."""
    found: set[tuple[int, int]] = set()
    for index, items in glued.items():
        text = segments[index].text
        if SEAM.search(text) is not None:
            continue
        for before, cut, family, _ in items:
            if family in (RUN_IN, APPROXIMATE) or cut <= 0 or text[before - 1 : before] in "：:":
                continue  # (after a colon: ``_inline_after_colon``)
            stop = _STOP_MARK.search(text, cut)
            if stop is not None and text[stop.end() :].strip(SPACES + "”’」』）)"):
                found.add((index, cut))
    return found


_STOP_MARK = patterns.compile("[。！？!?；;]")


def writes_dot_stops(text: str) -> bool:
    """Whether ``text`` writes its full stop as an ASCII "." after Chinese (…度过.目前…) more
    often than as 。: a PDF extraction that also ran its paragraphs together."""
    stops = text.count("。")
    if text.count(".") <= stops:
        return False  # (most texts: decided without the regular expression)
    return len(HAN_DOT.findall(text)) > stops


def _glued_series(
    glued: dict[int, list[tuple[int, int, str, int]]], starts: list[tuple[int, int, str, int]]
) -> set[tuple[int, int]]:
    """(segment, cut) of glued markers that make a whole series in a text with line breaks.

    Looked for only where the full stop is an ASCII "." (``writes_dot_stops``): such a PDF
    extraction glues whole paragraphs into one line, headings and all (…的作用.第二，恢复
    生产建设. 在…); a text with 。 keeps its paragraphs apart. A careful reader takes glued markers for headings when
    they count up from 1 in the order of the text, each after a sentence end, at least
    two of them glued (a line-start item may stand in the series: （一） glued, （二） on its
    line) and over more than one paragraph: a paragraph that numbers its own sentences
    (。第一，…。第二，…) is one paragraph. Bare run-in numbers (１兴修水利，…) need three
    glued items. The series breaks at a number out of turn.
    """
    items = sorted(
        [(i, cut, family, n) for i, found in glued.items() for _, cut, family, n in found] + starts
    )
    runs: dict[str, list[tuple[int, int, str, int]]] = {}
    done: list[list[tuple[int, int, str, int]]] = []
    for item in items:
        family, number = item[2], item[3]
        run = runs.get(family)
        if number == 1:
            if run:
                done.append(run)
            runs[family] = [item]
        elif run and number == run[-1][3] + 1:
            run.append(item)
        elif run:
            done.append(run)
            runs[family] = []
    done.extend(run for run in runs.values() if run)
    accepted: set[tuple[int, int]] = set()
    for run in done:
        pieces = [(i, cut) for i, cut, _, _ in run if cut >= 0]
        need = 3 if run[0][2] == RUN_IN else 2
        if len(pieces) >= need and len({item[0] for item in run}) > 1:
            accepted.update(pieces)
    return accepted
