"""Where glued headings' titles end, told by the text's other headings.

Once ``glued.split_glued`` has cut a one-line text's glued headings out, each title may
still run on into its section's first sentence. The passes here cut them by what several
headings of the text show together: the first item of the rung under a heading glued to
its title (壹、…一、…（一）…: ``chain_apart``), a sub-heading's title repeating the title
above (``echoes_apart``), titles that open with the same word and lead their sections with
a sentence of one kind (``parallel_leads_apart``), sections opening with one named subject
(``named_subjects_apart``), siblings' titles of settled length (``siblings_apart``), and the name
a section quotes (``quoted_apart``); a course's lecture titles are ``gluedlectures``'s. Where
a title ends in its own piece alone is ``titleends``'s; which glued markers are headings,
and the order of these passes, is ``glued``'s. Moved out of ``glued`` as it was (split100).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tui.base import patterns
from tui.engine.markers import match_marker
from tui.engine.segment import L1_L2_STARTS, Segment, cut_apart
from tui.engine.titleends import (
    CLAUSE_END,
    ECHO_ENDS_NEVER,
    ECHO_MODIFIES,
    ECHO_RESTS_NEVER,
    HALF_MAX,
    OPENING_MIN,
    TITLE_MIN,
    all_han,
    lead_sentence_at,
    title_apart,
)

_RUNG_ABOVE = {"paren-cn": "cn-dun", "cn-dun": "cap-dun"}
"""A glued heading's family → the family of the heading above it (（一） under 一、 under 壹、)."""
_ECHO_MIN = 4
"""The fewest characters of a heading's title repeated from the title above it."""
_ECHO_WINDOW = 40
"""How much of the heading above is read as its title."""


def echoes_apart(segments: list[Segment]) -> list[Segment]:
    """Glued headings of a one-line text cut where their title ends, when that title repeats a
    part of the title of the heading above it: 一、完善文化法制及文化預算執行與編列 | （一）完善文化
    法制為保障公眾平等之文化近用權、… — the sub-heading names its part of the section (完善文化法制),
    and its section's first sentence, run on after the title when the line break was lost,
    starts where the repeated words end. The repetition is ``_ECHO_MIN`` characters or more, it
    is followed by more of the sentence, and the cut leaves no joining word at either side."""
    above: dict[str, str] = {}
    out: list[Segment] = []
    for seg in segments:
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in ("cap-dun", "cn-dun", "paren-cn"):
            out.append(seg)
            continue
        parent = above.get(_RUNG_ABOVE.get(marker.family, ""), "")
        text = seg.text
        title = text[marker.end :]
        above[marker.family] = title[:_ECHO_WINDOW]
        for family in [f for f, up in _RUNG_ABOVE.items() if up == marker.family]:
            above.pop(family, None)  # (a new section: the rung under it starts anew)
        size = 0
        while size < len(title) and title[: size + 1] in parent:
            size += 1
        stop = _CLAUSE_STOP.search(title)
        if (
            size < _ECHO_MIN
            # (一、制定…规划法的必要性… | (一)制定…规划法是…的必然要求: the words modify the
            # heading above's noun; the sub-heading says something of them, a sentence)
            or parent[(at := parent.find(title[:size])) + size : at + size + 1] in ECHO_MODIFIES
            or (stop.start() if stop else len(title)) - size < OPENING_MIN
            or title[size - 1] in ECHO_ENDS_NEVER
            or title[size] in ECHO_RESTS_NEVER
            or not all("\u3400" <= ch <= "\u9fff" for ch in title[:size])
        ):
            out.append(seg)
            continue
        cut = marker.end + size
        out += cut_apart(seg, cut)  # (text is seg.text)
    return out


# 壹、105年施政重要成果一、完善文化法制…(一)完善文化法制为…: in a one-line text a heading's
# title runs straight into the first item of the rung under it (each once on a line of its own).
_FIRST_UNDER = {
    "cap-dun": patterns.compile(r"一\s?、(?![一二三四五六七八九十两])"),
    "cn-dun": patterns.compile(r"[（(]一[）)]"),
}
"""Family of a glued heading → the first item of the rung under it (壹、 > 一、 > （一）)."""
_CHAIN_TITLE_MAX = 40
"""The longest title before a glued first item (a longer run is a sentence, not a title)."""


def chain_apart(seg: Segment) -> list[Segment]:
    """``seg`` cut before the first item of the next rung glued to its heading's title in a
    one-line text (壹、…一、…（一）…), when that item comes before the title's first sentence
    end and within ``_CHAIN_TITLE_MAX`` characters; else ``[seg]``."""
    if seg.text[:1] not in L1_L2_STARTS:
        return [seg]
    marker = match_marker(seg.text)
    if marker is None or marker.family not in _FIRST_UNDER:
        return [seg]
    text = seg.text
    window = text[marker.end : marker.end + _CHAIN_TITLE_MAX + 1]
    stop = _CLAUSE_STOP.search(window)
    found = _FIRST_UNDER[marker.family].search(window, 0, stop.start() if stop else len(window))
    if found is None or found.start() < TITLE_MIN - 2:
        return [seg]
    cut = marker.end + found.start()
    rest = Segment(seg.line, text[cut:], True)
    return [replace(seg, text=text[:cut]), *chain_apart(rest)]


_CLAUSE_STOP = patterns.compile("[。！？!?；;：:]")


def chained_title(first_under: bool, part: Segment) -> list[Segment]:
    """``part``, a piece of a one-line text; when it is a first item of the rung under a heading
    that ``chain_apart`` cut out (``first_under``), a glued heading: its title apart from its
    text (``title_apart``)."""
    return title_apart(part) if first_under else [part]


def chain_keys(seg: Segment, cut: int) -> set[tuple[str, int]]:
    """(family, number) of the first items ``chain_apart`` cuts out of the heading glued at
    ``cut`` in ``seg``."""
    pieces = chain_apart(Segment(seg.line, seg.text[cut : cut + 3 * _CHAIN_TITLE_MAX], True))
    keys: set[tuple[str, int]] = set()
    for piece in pieces[1:]:
        marker = match_marker(piece.text)
        if marker is not None:
            keys.add((marker.family, marker.number))
    return keys


_PARALLEL_MIN = 3
"""The fewest glued headings of one family whose two-half titles open with the same word."""


def parallel_leads_apart(segments: list[Segment]) -> list[Segment]:
    """Glued headings of a one-line text cut where their section's lead sentence begins
    (``lead_sentence_at``) though the title's second half opens with no manner adverb, when the
    heading is one of ``_PARALLEL_MIN`` or more of its family whose two-half titles open with
    the same word ((一)立足长治久安，建设更高水平平安西藏 | 坚决维护社会大局稳定。 among (二)立足扩大内需，
    全力推动… …(八)立足边境建设，…): a report that titles its sections in parallel leads each of
    them with a sentence of the same kind."""
    shapes: dict[int, tuple[str, str, int, re.Match[str]]] = {}
    counts: dict[tuple[str, str], int] = {}
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in ("cn-dun", "paren-cn"):
            continue
        stop = CLAUSE_END.search(seg.text, marker.end)
        if stop is None or stop.group() not in "，," or stop.start() - marker.end > HALF_MAX:
            continue
        opening = seg.text[marker.end : marker.end + 2]
        if not all_han(opening):
            continue
        shapes[index] = (marker.family, opening, marker.end, stop)
        counts[marker.family, opening] = counts.get((marker.family, opening), 0) + 1
    if not any(count >= _PARALLEL_MIN for count in counts.values()):
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        shape = shapes.get(index)
        cut = None
        if shape is not None and counts[shape[:2]] >= _PARALLEL_MIN:
            cut = lead_sentence_at(seg.text, shape[2], shape[3], parallel=True)
        if cut is None:
            out.append(seg)
            continue
        out += cut_apart(seg, cut)
    return out


# 一、揭櫫美國利益為優先川普總統就任後，…/ 二、…鞏固日韓邦誼川普政府除…外，…: the sections of a
# report about a leader or a government open with it as their subject (a name and its head noun).
_NAMED_SUBJECT = patterns.compile(r"[\u4e00-\u9fff]{2}(?=总统|政府|团队|当局)")
_NAMED_SECTIONS_MIN = 3
"""The fewest glued headings whose titles run on into the same named subject (川普總統, 川普政府)."""


def named_subjects_apart(segments: list[Segment]) -> list[Segment]:
    """Glued headings of a one-line text cut where their section's first sentence opens with
    the subject several sections open with: a name of two characters with its head noun
    (川普總統就任後，… | 川普政府除…外，…: a leader or a government the report is about) in
    ``_NAMED_SECTIONS_MIN`` headings or more; that name then opens a section without its head
    noun too (…轉趨和緩 | 川普當選後曾表示…，). The name opens the first clause, after a title of
    ``TITLE_MIN`` characters or more that does not hold the name itself (掌握川普政府…持續掌握
    川普政府…: the title's own words) but as its own first words (一、川普政府將更重視亞太利益 |
    川普團隊不乏…: the title's subject, named again as the section opens), with ``OPENING_MIN``
    or more to the clause's end."""
    clauses: dict[int, tuple[int, int]] = {}
    names: dict[str, int] = {}
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in ("cap-dun", "cn-dun", "paren-cn"):
            continue
        stop = CLAUSE_END.search(seg.text, marker.end)
        if stop is None or stop.group() not in "，,":
            continue
        clauses[index] = (marker.end, stop.start())
        for name in _NAMED_SUBJECT.finditer(seg.text, marker.end + TITLE_MIN, stop.start()):
            if _opens_clause(seg.text, marker.end, name.start(), stop.start(), name.group()):
                names[name.group()] = names.get(name.group(), 0) + 1
                break
    named = [name for name, count in names.items() if count >= _NAMED_SECTIONS_MIN]
    if not named:
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        start, end = clauses.get(index, (0, 0))
        cut = next(
            (
                at
                for name in named
                if (at := seg.text.find(name, start + TITLE_MIN, end)) >= 0
                and _opens_clause(seg.text, start, at, end, name)
            ),
            None,
        )
        if cut is None:
            out.append(seg)
            continue
        out += cut_apart(seg, cut)
    return out


def _opens_clause(text: str, title: int, at: int, end: int, name: str) -> bool:
    """Whether ``name`` at ``at`` may open the clause ending at ``end`` after a title from
    ``title``: ``TITLE_MIN`` characters of title or more without the name, ``OPENING_MIN``
    or more from it to the clause's end."""
    if at - title < TITLE_MIN or end - at < OPENING_MIN:
        return False
    # (一、川普政府將更重視亞太利益 | 川普團隊…: a title whose subject is the name opens with it)
    opening = len(name) if text.startswith(name, title) else 0
    return name not in text[title + opening : at]


_SIBLING_TITLE_MAX = 16
"""The longest title of a sibling heading that ``siblings_apart`` measures the others by."""
_SIBLING_SLACK = 2
"""How far (characters) a title ending with a sibling's last word may be longer or shorter."""
_SIBLING_REST_MIN = 4
"""The fewest characters of the sentence after a title a sibling ends (to its first clause's
end: 電影方面，…): the siblings' measure is evidence enough for a short opening clause."""
_FAMILY_UNDER = {up: family for family, up in _RUNG_ABOVE.items()}
"""A glued heading's family → the family of the rung under it (壹、 > 一、 > （一）)."""


def siblings_apart(spaced: bool, segments: list[Segment]) -> list[Segment]:
    """Glued headings of a one-line text cut where their title ends by the titles of their
    siblings: the headings of one family under the same heading above (（一）…（三） of one 一、).
    A report titles siblings in parallel, so a title that ran on into its section's first
    sentence ends as a sibling whose title another cut has settled does (``_settled_title``: its
    segment holds nothing but a title of Han characters): with the sibling's opening word
    (its first two characters) at the same length ((一)文化治理變革 | (二)文化組織再造政府除… →
    (二)文化組織再造), or after the sibling's last word (two characters) within
    ``_SIBLING_SLACK`` of its length ((二)振興出版產業 | (一)扶植文創產業辦理文創產業… →
    (一)扶植文創產業). All the siblings that so measure a title must agree on where it ends, the
    title keeps ``TITLE_MIN`` Han characters, the sentence after it ``_SIBLING_REST_MIN`` to
    its first clause's end, and no joining word or suffix stands at the cut (…文化輸出與國際合作…
    goes on). In a text whose line breaks became spaces (``spaced``), a heading with no clause
    end after its title is a title alone (``lostbreaks.titles_at_breaks`` cut its text off at the lost line
    break: (二)第五十四條至第五十六條、第五十九條及第六十條 | 行政院建議…): it is not cut."""
    headings, groups = _sibling_groups(segments)
    settled = {
        index: title
        for index, (_, start) in headings.items()
        if (title := _settled_title(segments[index].text, start)) is not None
    }
    if not settled:
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        if index not in headings or index in settled:
            out.append(seg)
            continue
        key, start = headings[index]
        if spaced and CLAUSE_END.search(seg.text, start) is None:
            out.append(seg)
            continue
        cuts = {
            cut
            for sibling in groups[key]
            if sibling in settled
            and (cut := _sibling_cut(seg.text, start, settled[sibling])) is not None
        }
        if len(cuts) != 1:
            out.append(seg)
            continue
        cut = cuts.pop()
        out += cut_apart(seg, cut)
    return out


def _sibling_groups(
    segments: list[Segment],
) -> tuple[dict[int, tuple[tuple[str, int], int]], dict[tuple[str, int], list[int]]]:
    """The glued headings of ``segments`` (index → (group key, where the title starts)) and
    their groups of siblings (key → indices): one family under the same heading above."""
    headings: dict[int, tuple[tuple[str, int], int]] = {}
    generation: dict[str, int] = {}
    groups: dict[tuple[str, int], list[int]] = {}
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in ("cap-dun", "cn-dun", "paren-cn"):
            continue
        under = _FAMILY_UNDER.get(marker.family)
        while under is not None:  # (a new section: the rungs under it start anew)
            generation[under] = generation.get(under, 0) + 1
            under = _FAMILY_UNDER.get(under)
        key = (marker.family, generation.get(marker.family, 0))
        headings[index] = (key, marker.end)
        groups.setdefault(key, []).append(index)
    return headings, groups


def _settled_title(text: str, start: int) -> str | None:
    """The title of a glued heading (its words from ``start``) when another cut of a one-line
    text has ended it already (…(一)文化交流 | 本年度推動…: the segment holds the title alone),
    ``TITLE_MIN`` to ``_SIBLING_TITLE_MAX`` Han characters; else None. A title that is a
    sentence (二、经济形势很好。三、经济体制改革产生了…) measures nothing: a text that titles its
    sections with sentences does not title them in parallel lengths."""
    title = text[start:]
    if TITLE_MIN <= len(title) <= _SIBLING_TITLE_MAX and all_han(title):
        return title
    return None


def _sibling_cut(text: str, start: int, sibling: str) -> int | None:
    """Where the title of a glued heading (its words from ``start``) ends as its ``sibling``
    title does (``siblings_apart``), or None."""
    size = len(sibling)
    if text.startswith(sibling[:2], start):
        cut = start + size
    else:
        cut = next(
            (
                start + length
                for length in range(size - _SIBLING_SLACK, size + _SIBLING_SLACK + 1)
                if text.startswith(sibling[-2:], start + length - 2)
            ),
            -1,
        )
    stop = CLAUSE_END.search(text, start)
    end = stop.start() if stop is not None else len(text)
    if (
        cut - start < TITLE_MIN
        or end - cut < _SIBLING_REST_MIN
        or not all_han(text[start:cut])
        or text[cut - 1] in ECHO_ENDS_NEVER
        or text[cut] in ECHO_RESTS_NEVER
    ):
        return None
    return cut


_QUOTED = patterns.compile("[“「『]([\u4e00-\u9fff]{2,30})[”」』]")
"""A name in quotes (草案第二章“国家发展规划的编制”): a chapter, a plan, a project named."""
_QUOTED_MIN = 2
"""The fewest glued headings of a one-line text whose titles end at the name their sections
quote (fewer: a title that happens to hold a name quoted in its text)."""


def quoted_apart(segments: list[Segment]) -> list[Segment]:
    """Glued headings of a one-line text cut where their title ends at the name their section
    quotes: （一）关于总则 | 草案第一章“总则”主要规定了… / （三）关于…的审查和批准 | 根据宪法…，草案第三章
    “…的审查和批准”主要规定了… — a report on a draft (or a plan) titles each section by the part
    it is about, and names that part in quotes in the section's text. The first name the
    section quotes (no other) ends the title where the title's words, inside its first clause,
    first end with it before the quote; the sentence after the cut goes on in that clause and
    opens with no suffix or joining word (关于总则的修改意见… goes on). ``_QUOTED_MIN``
    headings or more of the text must end so (one alone may hold a name by chance:
    建设美丽乡村示范工程…“美丽乡村”…)."""
    cuts: dict[int, int] = {}
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in ("cap-dun", "cn-dun", "paren-cn"):
            continue
        cut = _quoted_cut(seg.text, marker.end)
        if cut is not None:
            cuts[index] = cut
    if len(cuts) < _QUOTED_MIN:
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        cut = cuts.get(index)
        if cut is None:
            out.append(seg)
            continue
        out += cut_apart(seg, cut)
    return out


def _quoted_cut(text: str, start: int) -> int | None:
    """Where the title of a glued heading (its words from ``start``) ends at the first name its
    section quotes (``quoted_apart``), or None."""
    quote = _QUOTED.search(text, start + 1)
    if quote is None:
        return None
    name = quote.group(1)
    stop = CLAUSE_END.search(text, start)
    end = stop.start() if stop is not None else len(text)
    at = text.find(name, start, min(end, quote.start()))
    cut = at + len(name)
    if at < 0 or cut >= end or text[cut] in ECHO_RESTS_NEVER:
        return None
    return cut
