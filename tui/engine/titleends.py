"""Where the title of a glued heading ends when its section's first sentence ran on after it.

A one-line text (``glued.one_line_text``) lost the line break between a heading's title and
its section: ``title_apart`` cuts such a piece (一、…工作回顾2025年极不平凡。…) where that sentence
opens — a time word or a year said of (``SECTION_OPENER``, ``_SAID_OF_TIME``), a report's part
named by its year (2025年工作思路), a one-word closing or opening part (结语, 前言), a year or a
frame clause alone, the title's words restated (``_restated_at``), a lead sentence after a
two-half title (``lead_sentence_at``), a name's other names in brackets closing it
(``_ALIASED``: 三论宗（又名性宗）) the section citing its
source (``_CITED``: 《十诵律》云：) or explaining the title's words in quotes (``_SAID_WORDS``). It reads one piece alone: what the text's other
headings tell (siblings, echoes, parallel titles) is decided elsewhere, and so is where a
heading is glued at all (``glued.split_glued``). ``hashtitle`` reads the openers for Markdown
headings too. Moved out of ``glued`` as it was (split100).
"""

from __future__ import annotations

import re

from tui.base import patterns
from tui.engine.markers import match_marker
from tui.engine.segment import Segment, cut_apart

ECHO_ENDS_NEVER = frozenset("的和与與及并並或对對在把从從向于於将將让讓使被同跟")
"""What a title cut at its repeated words does not end with (a word that joins it on)."""
ECHO_RESTS_NEVER = frozenset("的地得了着著们們性化者之其等和与與及并並或是")
"""What the text after a title cut at its repeated words does not start with (a suffix, a
conjunction: …建设和改革的任务… goes on; 是: the title is a sentence about those words; a
preposition may open the sentence: 對於國人…)."""
ECHO_MODIFIES = frozenset("的之")
"""What follows the repeated words in the heading above when they modify its noun (…法的必要性)."""


# 一、二次政党轮替的历史意义今年三月…，/ 二、新时代的任务未来新政府…，/ 三、台湾的传承与愿景从宣誓
# 就职的这一刻开始，/ 二、2012年工作思路和重点2012年，…: where the first sentence of a section
# starts right after its title, once on a line of its own (a time word, a year said of, or
# 从…开始, not followed by 的: 面向未来的…, 回顾2011年工作 are titles' words).
# 四、尋求參與區域合作機制在南海議題上，… / 二、存在问题在看到成绩的同时，我们…: a frame clause
# (在…上，在…中，在…的同时，) ending at its comma.
_FRAME = r"在[^，,。！？!?；;：:、]{2,10}?(?:[上中]|的?同时)(?=[，,])"
SECTION_OPENER = patterns.compile(
    r"(?:今年|去年|明年|当前|目前|未来|今后|近年来|多年来|过去(?:的)?[一两二三四五六七八九十几]?年)"
    r"(?![的之度、])"
    r"|(?:19|20)[0-9]{2}年(?:是|初|底|以来|[，,]|[0-9]{1,2}月)"
    # (二)振興出版產業106年2月舉辦…: a 民国 (ROC) year with its month, as Taiwan's reports date
    r"|(?<![0-9])1[01][0-9]年[0-9]{1,2}月"
    # (一)文化科技105年本部成功爭取…: a 民国 year, the report's office its sentence's subject
    r"|(?<![0-9])1[01][0-9]年度?(?=本部|本局|本会|本院|本署|本府)"
    r"|从[^，,。！？；：]{2,15}?(?:开始|以来|起)[，,]"
    # (一)文化交流本年度推動之…: the report's year; 二、…的重要要求“十五五”时期，是…: a plan's period
    r"|本年度(?![的之])"
    # 五、拓展…經貿合作鑑於中共不斷擴增…，/ 四、尋求參與區域合作機制在南海議題上，…: a clause
    # that opens with a preposition of reason, course or basis (…人文素養基於文化創造主體為人民，), or a
    # frame (在…上，在…中，) ending at its comma; 建立基于…的体系 keeps it: fewer than TITLE_MIN before
    r"|(?:鉴于|随着|基于)(?![性的])"
    rf"|{_FRAME}"
    r"|“十[一二三四五六七八九]五”(?:时期|期间|時期|期間)(?=[，,])"
)
_FRAME_CLAUSE = patterns.compile(_FRAME)
# 三、2026年重点工作今年是实施…的开局之年。/ 一、…工作回顾2025年极不平凡。: a section's first
# sentence that says something of a time (its subject, then 是 or an adverb of degree) is a
# whole sentence; it ends the title before it though no comma follows it in that sentence.
_SAID_OF_TIME = patterns.compile(
    r"(?:今年|去年|明年|本年度?|当前|目前|(?:19|20)[0-9]{2}年)(?:是|极|很|十分|非常|格外)"
)
CLAUSE_END = patterns.compile("[，,。！？!?；;：:]")
TITLE_MIN = 4
"""The fewest characters of a title left before a section's first sentence is cut off it."""
OPENING_MIN = 6
"""The fewest characters of the opening clause cut off a title (less: the title's own words)."""
RUN_ON_MIN = 15
"""The fewest characters from the marker to the first comma of a title that ran on into its
section's first sentence (title and opening clause: fewer is a title with a comma after it)."""


_TIME_OBJECT = ("回顾", "展望", "面向", "总结", "纵观", "着眼", "放眼", "面对", "迎接", "谋划")
"""Verbs that take a time as their object (…总结过去一年，/ 展望未来，): the time after one is the
title's words (a sentence may open with 展望未来， too: left whole, as before)."""


def time_alone(text: str, opener: re.Match[str], end: int) -> bool:
    """Whether the time word ``opener`` is the whole of its clause, ending at the comma at ``end``
    (…发展成就 | 过去一年，全区上下…): a sentence's adverbial opener, though shorter than
    ``OPENING_MIN``, unless a verb that takes a time as its object stands right before it."""
    return (
        opener.end() == end
        and text[end : end + 1] in "，,"
        and not text.endswith(_TIME_OBJECT, 0, opener.start())
    )


# 二、2025年工作计划2025年，我们将…: a year that is its clause's whole, the sentence's opener.
_YEAR_CLAUSE = patterns.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年(?=[，,])")


def _year_clause_at(text: str, start: int, stop: re.Match[str] | None) -> int | None:
    """Where a short title run on into its section (its words from ``start`` to the comma
    ``stop``, fewer than ``RUN_ON_MIN`` characters with the opening clause) ends when that
    clause is a year alone (二、2025年工作计划2025年，… / （三）多维度突出核心功能2024年，…):
    ``TITLE_MIN`` characters of title before it at least, not after a verb that takes a time
    as its object (一、认真回顾2023年，…: the title's words). Else None."""
    if stop is None or stop.group() not in "，,":
        return None
    year = _YEAR_CLAUSE.search(text, start + TITLE_MIN, stop.end())
    if year is None or text.endswith(_TIME_OBJECT, 0, year.start()):
        return None
    return year.start()


def _frame_clause_at(text: str, start: int, stop: re.Match[str] | None) -> int | None:
    """Where a short title run on into its section (its words from ``start`` to the comma
    ``stop``, fewer than ``RUN_ON_MIN`` characters with the opening clause) ends when that
    clause is a frame alone (二、存在问题在看到成绩的同时，我们…: ``_FRAME_CLAUSE``, 在…上，在…中，
    在…的同时，), ``TITLE_MIN`` characters of title before it at least (二、坚持在发展中，… keeps
    its words). Else None."""
    if stop is None or stop.group() not in "，,":
        return None
    # (the expression ends at a comma, and ``stop`` is the first clause end after the title)
    frame = _FRAME_CLAUSE.search(text, start + TITLE_MIN, stop.end())
    return None if frame is None else frame.start()


# 二、2025年工作思路深入贯彻落实…，/ 一、2024年市场监管工作总结过去一年，…: a report's part named by
# its year and a work noun (…工作思路, 工作总结, 工作回顾…), its section's first sentence run on;
# the name goes on with 和, 的, 报告, 会议… (二、2025年工作思路和目标任务…: the title's words).
_PART_NAME = patterns.compile(
    r"(?:19|20)[0-9]{2}年度?[\u4e00-\u9fff]{0,8}?工作(?:思路|总结|回顾|情况|计划|安排|打算)"
    r"(?=[\u4e00-\u9fff])(?![和与及暨并的之报汇会要部表])"
)


def _part_name_at(text: str, start: int, stop: re.Match[str] | None) -> int | None:
    """Where a title that is a report's part named by its year (``_PART_NAME``: 2025年工作思路,
    2024年市场监管工作总结) ends when its section's first sentence runs on right after it, the
    name right after the marker at ``start`` and ``OPENING_MIN`` characters or more of that
    clause left before its end ``stop``, or a ``SECTION_OPENER`` (过去一年，) opening it where
    title and clause run to ``RUN_ON_MIN`` characters. Else None."""
    found = _PART_NAME.match(text, start)
    if found is None:
        return None
    end = len(text) if stop is None else stop.start()
    if end - found.end() >= OPENING_MIN:
        return found.end()
    # (三、2026年工作安排今年，…: under ``RUN_ON_MIN`` with its time word, the title's, as before)
    if end - start >= RUN_ON_MIN and SECTION_OPENER.match(text, found.end(), end + 1):
        return found.end()
    return None


def title_apart(piece: Segment) -> list[Segment]:
    """``piece`` (a glued heading cut out of a one-line text, its title run into its section's
    first sentence: the line break between them lost) as the heading and the text after it,
    when that sentence's first clause opens, after a title of ``TITLE_MIN`` characters or
    more, with a ``SECTION_OPENER`` (今年…, 未来…, 2012年，…, 从…开始，), the clause going on
    past a comma, title and clause ``RUN_ON_MIN`` characters or more — or, where the clause
    ends the sentence, with ``_SAID_OF_TIME`` (今年是…。, 2025年极不平凡。); else ``[piece]``."""
    marker = match_marker(piece.text, series=piece.series)
    if marker is None:
        return [piece]
    text = piece.text
    coda = _CODA.match(text, marker.end)
    if coda is not None:
        # 伍、结语川普总统就任后，… / 壹、前言本（第五）届…: a closing or opening part's one-word
        # title, its text run on
        return cut_apart(piece, coda.end())
    alias = _ALIASED.match(text, marker.end)
    if alias is not None and text[alias.end()] not in ECHO_RESTS_NEVER:
        # 四．三论宗（又名性宗，又名空宗）三论者，…: a name and its other names in brackets, the
        # section's text run on after them
        return cut_apart(piece, alias.end())
    cited = _CITED.search(text, marker.end + TITLE_MIN)
    if cited is not None and _SENTENCE.search(text, marker.end, cited.start()) is None:
        # 一．佛自扫地《根本说一切有部毗柰耶杂事》云：…: the section opens by citing its source
        return cut_apart(piece, cited.start())
    said = _SAID_WORDS.search(text, marker.end + TITLE_MIN)
    if (
        said is not None
        and all_han(text[marker.end : said.start()])
        and said.group(1)
        in text[max(marker.end, said.start() - len(said.group(1)) - 2) : said.start()]
    ):
        # 二．发菩提心“菩提”二字是印度的梵语，…: the section opens by explaining the title's words
        return cut_apart(piece, said.start())
    stop = CLAUSE_END.search(text, marker.end)
    part = _part_name_at(text, marker.end, stop)
    if part is not None:
        return cut_apart(piece, part)
    if stop is None or stop.start() - marker.end < RUN_ON_MIN:
        lead = lead_sentence_at(text, marker.end, stop)
        if lead is None:
            lead = _year_clause_at(text, marker.end, stop)
        if lead is None:
            lead = _frame_clause_at(text, marker.end, stop)
        if lead is None:
            lead = _doubled_at(text, marker.end, stop)
        if lead is not None:
            return cut_apart(piece, lead)
        return [piece]  # (三、做好今年工作，…: a title of its own)
    end = stop.start()
    if stop.group() in "，,":
        opener = SECTION_OPENER.search(text, marker.end + TITLE_MIN, end + 1)  # (its ，too)
    else:
        # (三、扎实做好今年经济工作。: a title of its own; 三、2026年重点工作今年是…。 is not)
        opener = _SAID_OF_TIME.search(text, marker.end + TITLE_MIN, end)
    if opener is None or (
        max(end, opener.end()) - opener.start() < OPENING_MIN and not time_alone(text, opener, end)
    ):
        cut = _restated_at(text, marker.end, CLAUSE_END.search(text, marker.end))
        if cut is None:
            return [piece]
        return cut_apart(piece, cut)
    cut = opener.start()
    for word in _PREPOSITIONS:
        # (三、关注…政策动向针对当前朝鲜半岛复杂情势，…: the time word's preposition opens the
        # clause with it — the title ends before 针对, not between 针对 and 当前)
        if text.endswith(word, 0, cut) and cut - len(word) - marker.end >= TITLE_MIN:
            cut -= len(word)
            break
    return cut_apart(piece, cut)


# 五、豐富文化內涵提振文化經濟文化經濟主體是…: the section's first sentence restates the title's
# last words as its subject; (一)建構文化金融專業體系本部將建構文化金融專業體系，…: the report's
# own office (本部, 本局, 我們…), with a modal or adverb or not, says it will do what the title names.
_REPORT_SUBJECT = patterns.compile(
    r"(?:本部|本局|本会|本院|本署|本府|本处|本委员会|我们|我国|政府)"
    r"(?:将|已经|已|亦|也|均|则|持续|正)?"
    # 一、掌握川普政府亞太重要人事及政策持續掌握川普政府…: the office left unsaid, the sentence
    # opening with an adverb of going on (the office goes on doing what the title names)
    r"|持续|继续"
)
_RESTATED_MIN = 4
"""The fewest characters of a title restated at the start of its section's first sentence."""
_PREDICATE_MIN = 2
"""The fewest characters of the clause after the title's restated words (分为6章): words that
end their clause are its object, not its subject."""


def _restated_at(text: str, start: int, stop: re.Match[str] | None) -> int | None:
    """Where the title of a glued heading (its words from ``start``) ends when its section's
    first sentence, run on after it with nothing between, restates the title's words: the same
    ``_RESTATED_MIN`` Han characters or more twice in a row (…提振文化經濟 | 文化經濟主體是…),
    or the title's opening words again after a ``_REPORT_SUBJECT`` (建構文化金融專業體系 |
    本部將建構文化金融專業體系，…; or after 持續/繼續 alone: 掌握川普政府…及政策 | 持續掌握川普政府…),
    or, with no office before them, the words the title is about — its opening words followed
    in the title by 的 or 之 — again, after a title of Han characters only (not after the
    marker of a heading glued to it), not after a joining word, with ``_PREDICATE_MIN``
    characters or more of the clause after the words it shares with the title
    (国家发展规划法草案的主要内容 | 国家发展规划法草案分为6章，…; not …规划建置国家文化记忆库，:
    there they end the clause, its object; not 掌握川普政府亚太… | 密切掌握川普政府…: no 的).
    A title keeps ``TITLE_MIN`` characters, the sentence
    ``OPENING_MIN`` to its first clause's end; else None."""
    end = stop.start() if stop is not None else len(text)
    run = text[start:end]
    for cut in range(TITLE_MIN, len(run) - OPENING_MIN + 1):
        size = _RESTATED_MIN
        if run[cut - size : cut] == run[cut : cut + size] and all_han(run[cut : cut + size]):
            return start + cut
    opening = run[:_RESTATED_MIN]
    if not all_han(opening):
        return None
    at = run.find(opening, TITLE_MIN)
    while at != -1 and len(run) - at >= OPENING_MIN:
        for subject in _REPORT_SUBJECT.finditer(run, TITLE_MIN, at):
            if subject.end() == at:
                return start + subject.start()
        at = run.find(opening, at + 1)
    # 三、国家发展规划法草案的主要内容国家发展规划法草案分为6章，…: the sentence opens with the
    # words the title is about (…的主要内容), its subject (no office needed before them)
    at = run.find(opening, TITLE_MIN)
    if (
        at == -1
        or len(run) - at < OPENING_MIN
        or run[at - 1] in ECHO_ENDS_NEVER
        or not all_han(run[:at])  # (…的重要意义（一）加强…: a heading glued after the title)
    ):
        return None
    said = len(opening)
    while at + said < len(run) and run[at + said] == run[said]:
        said += 1
    if run[said] not in ECHO_MODIFIES or len(run) - (at + said) < _PREDICATE_MIN:
        return None  # (掌握川普政府亚太… | 密切掌握川普政府…; …的应用 | 规划建置国家文化记忆库，)
    return start + at


def _doubled_at(text: str, start: int, stop: re.Match[str] | None) -> int | None:
    """Where a short title (its words from ``start``) ends when its section's first clause,
    run on after it, opens by saying it again: the title's last ``_RESTATED_MIN`` Han
    characters or more twice in a row, the clause going on after them (一．三世业报 |
    三世业报者，现报、生报、后报也 — 弘一's way of opening a section by naming it); a title keeps
    ``TITLE_MIN`` characters. The long run-ons are ``_restated_at``'s. Else None."""
    run = text[start : stop.start() if stop is not None else len(text)]
    for cut in range(TITLE_MIN, len(run) - _RESTATED_MIN):
        if run[cut - _RESTATED_MIN : cut] == run[cut : cut + _RESTATED_MIN] and all_han(
            run[cut - _RESTATED_MIN : cut]
        ):
            return start + cut
    return None


# （二）立足扩大内需，全力推动经济发展提质增效充分释放政策效能。…: a title of two halves, the
# second a predicate opened by a manner adverb, and the section's unnumbered lead sentence, one
# more such predicate, run on after it with nothing between.
_MANNER = patterns.compile(
    "坚决|坚定不移|毫不动摇|充分|稳步|稳妥|持续|着力|深入|全力|全面|切实|奋力|扎实|大力|积极|"
    "不断|统筹|更大力度|更加|努力|有效|有序|因地制宜|加快|强化"
)
_LEAD_JOINS = frozenset("、和与及并且而同又")
"""What joins two predicates inside one title (…发展并切实保障…): no lead sentence after it."""
HALF_MAX = 12
"""The longest first half (marker and words before the comma) of a two-half title."""


def lead_sentence_at(
    text: str, start: int, stop: re.Match[str] | None, parallel: bool = False
) -> int | None:
    """Where a two-half title (its words from ``start``; ``stop``: its comma) ends when its
    section's lead sentence runs on after its second half: the sentence from the comma to its
    。 has no other mark, opens with a ``_MANNER`` adverb and holds another one later, not
    after a joining word (``_LEAD_JOINS``), with ``OPENING_MIN`` characters or more from it
    to the 。 and ``OPENING_MIN`` or more before it. The lead sentence opens at the last such
    adverb (…和乡村全面振兴持续推进新型城镇化。: 全面 is the title's). With ``parallel`` (the
    title is one of a series of parallel two-half titles: ``peertitles.parallel_leads_apart``) the second
    half need not open with an adverb (立足长治久安，建设更高水平平安西藏坚决维护社会大局稳定。).
    Else None."""
    if stop is None or stop.group() not in "，," or stop.start() - start > HALF_MAX:
        return None
    end = CLAUSE_END.search(text, stop.end())
    if end is None or end.group() != "。":
        return None
    run = text[stop.end() : end.start()]
    if (_MANNER.match(run) is None and not parallel) or not all_han(run):
        return None
    cut = None
    for adverb in _MANNER.finditer(run, OPENING_MIN):
        if len(run) - adverb.start() >= OPENING_MIN and run[adverb.start() - 1] not in _LEAD_JOINS:
            cut = adverb.start()
    return None if cut is None else stop.end() + cut


def all_han(text: str) -> bool:
    """Whether ``text`` is all Han characters (CJK, extension A on)."""
    return all("\u3400" <= ch <= "\u9fff" for ch in text)


_CODA = patterns.compile(
    r"\s*(?:结语|结束语|前言|引言|导言|結語|結束語|導言)(?=[\u4e00-\u9fff0-9０-９])(?![与和及暨的部與])"
)
"""A closing or opening part's title of one word with the text run on after it (结语川普…,
前言本（第五）届…, 前言107年10月21日…; not 结语与展望, 前言部分)."""
_CITED = patterns.compile(
    r"(?<=[\u4e00-\u9fff）)])《[^《》。]{1,30}》(?:中?《[^《》。]{1,30}》)?(?:云|曰|载)[：:，,“「]"
)
"""A section's first sentence citing its source (《十诵律》云：, 《五分律》中《佛制饮酒戒缘起》云：) right
after a glued title: the title ends before the book's name."""
_SENTENCE = patterns.compile("[。！？!?：:；;]")
"""What ends a sentence or opens a quotation: a title holds none before a cited book."""
_SAID_WORDS = patterns.compile("“([\u4e00-\u9fff]{2,8})”")
"""Words in quotes (“菩提”): right after a glued title of Han characters that holds them among
its last words, the section's first sentence explaining them (二．发菩提心“菩提”二字是…; not
（一）关于总则草案第一章“总则”主要规定了…: the words far back, the text naming a chapter)."""
_ALIASED = patterns.compile(
    r"[\u4e00-\u9fff]{2,12}[（(](?:又名|又称|亦名|亦称|或称|简称|俗称|旧称|原名|一名)"
    r"[^（()）。！？!?]{1,24}[）)](?=[\u4e00-\u9fff])"
)
"""A title that is a name with its other names in brackets (三论宗（又名性宗，又名空宗）), the text
run on after the bracket: the title ends at it (三论宗（又名性宗）的三部论… goes on: ``ECHO_RESTS_NEVER``)."""
_PREPOSITIONS = ("针对", "对于", "面对", "鉴于", "随着", "基于", "根据", "截至", "截止")
"""Prepositions a section's opening clause may start with before its time word (针对当前…)."""


# 第一章 中国革命么？——中国经济及社会阶级略说…辛亥革命之后…: a chapter's (a section's) title glued
# with its space and ending with its own question or exclamation mark, within a short title.
_ASKED_CHAPTER = patterns.compile(
    r"第[一二三四五六七八九十百]{1,4}[章节節讲講编編篇][\u3000 ]+[^，,。！？!?；;：:、]{1,24}[？！?!]"
)


def chapter_titles_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` with each glued chapter's (section's) piece of a one-line text cut after the
    question or exclamation mark ending its short title (第一章 中国革命么？ | ——中国经济…辛亥革命之后…):
    a lone chapter line titles its text only when short (``assemble``), and the mark is where
    its line ended; the rest, a ——subtitle run into the text, stays with the text."""
    out: list[Segment] = []
    for seg in segments:
        asked = _ASKED_CHAPTER.match(seg.text) if seg.text[:1] == "第" else None
        if asked is None or not seg.text[asked.end() :].strip():
            out.append(seg)
            continue
        out.extend(cut_apart(seg, asked.end()))
    return out
