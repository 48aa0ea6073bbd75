"""Headings glued to the text before them, cut out onto segments of their own.

A text that lost its line breaks (a one-line text, or lines over ``LONG_SEGMENT``) runs its
numbered headings into the sentences before them (…的作用。二、…): ``split_glued`` decides which
glued markers are headings and cuts them out where a sentence ends — by their series (the next
or previous number glued or at a line start, a count announced: 三点意见：; in a PDF extraction
writing 。 as ".", a whole series, ``_glued_series``), not where the items are one sentence
(``next_item_in_sentence``, also asked by ``assemble``) or a kept paragraph's list
(``_inline_after_colon``, ``_inside_kept_paragraphs``) — and then runs the passes that end each
cut heading's title. ``one_line_text`` decides whether a text lost its line breaks, for
``lines.segment_lines`` (which calls ``split_glued`` once the segments are made) and here alike.

What it asks elsewhere (split100, issue #18): where a marker stands glued after a sentence end
(``gluedmarks``); which counted item series of a one-line text are headings (``gluedlists``:
一是, 一要, 1., （1）, 例一, a title's counted list); where a title ends in its own piece
(``titleends``), by the text's other headings (``peertitles``: chains, echoes, siblings,
parallel titles, quoted names, lectures) and at a lost line break that became a space
(``lostbreaks``). A one-line Markdown ``#`` heading's title end is ``hashtitle``'s.
``Segment`` and the shared characters come from ``segment``.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.gluedlectures import lectures_apart
from tui.engine.gluedlists import (
    first_after_part_title,
    glued_examples,
    glued_other_series,
    glued_shi,
    headed_lists,
)
from tui.engine.gluedmarks import (
    APPROXIMATE,
    CHAPTER_FAMILIES,
    GLUED_FAMILIES,
    HAN_DOT,
    RUN_IN,
    SENTENCE_STOP,
    glued_markers,
)
from tui.engine.gluedparts import part_titles_apart
from tui.engine.keptparagraphs import KEPT_PARAGRAPHS, kept_paragraphs
from tui.engine.lostbreaks import SEAM, heading_apart, spaced_breaks, titles_at_breaks
from tui.engine.markers import match_marker
from tui.engine.peertitles import (
    chain_apart,
    chain_keys,
    chained_title,
    echoes_apart,
    named_subjects_apart,
    parallel_leads_apart,
    quoted_apart,
    siblings_apart,
)
from tui.engine.segment import L1_L2_STARTS, SPACES, STEMS, Segment
from tui.engine.sharedopeners import restated_ends_apart, shared_openers_apart
from tui.engine.titleends import chapter_titles_apart, title_apart

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
    if one_line:
        segments = part_titles_apart(segments)  # (2015年工作回顾 | 2015年，…: ``gluedparts``)
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
            items := glued_shi(seg.text)
            + glued_other_series(seg.text)
            + headed_lists(seg.text)
            + glued_examples(seg.text)
        ):
            shi.update((index, cut) for _, cut, _, _ in items)
            found = sorted(set(found + items))
        if one_line and (parted := first_after_part_title(seg.text)):
            found = sorted(set(found + parted))
        if found:
            glued[index] = found
    if not glued:
        # (a course's lectures glued after sentence ends need no numbered heading besides them)
        return lectures_apart(segments) if one_line else segments
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
    if one_line and kept_paragraphs(segments) >= KEPT_PARAGRAPHS:
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
                # (第一章 中国革命么？…: a chapter's marker with its space after a sentence end)
                blanket = (long_text and family in ("cn-dun", "paren-cn")) or (
                    one_line and family in CHAPTER_FAMILIES
                )
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
        out = chapter_titles_apart(out)  # (第一章 中国革命么？ | ——…: the chapter's own mark)
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
                            restated_ends_apart(
                                shared_openers_apart(
                                    named_subjects_apart(
                                        [
                                            cut
                                            for part in echoed
                                            for cut in chained_title(id(part) in firsts, part)
                                        ]
                                    )
                                )
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


def _inline_after_colon(
    segments: list[Segment], glued: dict[int, list[tuple[int, int, str, int]]]
) -> set[tuple[int, int]]:
    """(segment, cut) of the items of inline series in a one-line text that kept its paragraph
    indents (at least ``KEPT_PARAGRAPHS`` paragraphs): a series whose first item follows a colon
    inside a paragraph (国务院已经决定：第一、…。…第二、…) and whose items, two or more counting
    up from 1, all stay in that paragraph. The text's headings each open a paragraph of their
    own; a series said inside one is the paragraph's list, whatever ends its items."""
    if kept_paragraphs(segments) < KEPT_PARAGRAPHS:
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
