"""Glued full-stop titles ended where several sections open with one word or restate their titles.

A one-line text (``glued.one_line_text``) lost the line break between each heading's title and
its section, and a talk's sections often open with the one subject the talk is about: 一．维持世法
| 佛法本以出世间为归趣，… / 二．辅助戒律 | 佛法之中，… / 三．决定生西 | 佛法的宗派非常之繁，… (弘一's
collected talks). A word that so stands inside the first clause of ``SHARED_MIN`` glued
headings or more, half or more of a series of siblings (一．… 四．), after a title of
``TITLE_MIN`` to ``_TITLE_MAX`` Han characters that does not hold it, is where each of those
titles ends (``shared_openers_apart``). ``peertitles.named_subjects_apart`` does the same for a name with its head noun (川普總統,
川普政府) in three headings; this pass asks for no head noun, so it asks more: the headings
write a full stop after their numeral (一．, 二. — the style of a talk printed in a collection
of the 1920s-40s; the 一、 and （一） headings of a report share words inside their titles,
一、中央财政管理审计情况 / 二、中央部门预算执行审计情况, and read so lost titles in four
holdout sets), the word goes on into the clause (``_REST_MIN`` characters or more, no suffix or
joining word next), the titles before it end each its own way and so do the clauses it opens
(not a list of names), and no heading's first clause ends with it (一．坚持创新发展，… keeps
发展: a title's own last word). ``restated_ends_apart`` ends such titles, in a series where
three or more sections so begin, at the words their first sentence says again further on
(一．佛法非迷信 | 近来知识分子，多批评佛法谓之迷信。). Both run by ``glued.split_glued``.
"""

from __future__ import annotations

from collections import Counter

from tui.engine.gluedmarks import SENTENCE_STOP
from tui.engine.markers import match_marker
from tui.engine.segment import L1_L2_STARTS, Segment, cut_apart
from tui.engine.titleends import (
    CLAUSE_END,
    ECHO_ENDS_NEVER,
    TITLE_MIN,
    all_han,
)

SHARED_MIN = 3
"""The fewest glued headings whose first clauses open after the title with the same word."""
_WORD_SIZES = (4, 3, 2)
"""The lengths (Han characters) of the shared word, the longest tried first."""
_TITLE_MAX = 12
"""The longest title before the shared word (a longer run is a sentence, not a title)."""
_REST_MIN = 2
"""The fewest characters of the clause after the shared word (佛法之中，: 之中)."""
_RESTS_NEVER = frozenset("们們性化者等和与與及并並或")
"""What the clause after the shared word does not go on with (a suffix, a joining word: the
word is part of a longer one or of a list); 的 and 之 may follow a subject (佛法的宗派, 佛法之中)."""
_STOPS = ("．", ".")
"""What stands after the numeral of the headings this pass reads (一．, 二.: the style of a talk
of the 1920s-40s printed in a collection); 一、 and （一） headings of reports share words inside
their titles (一、中央财政管理审计情况, 二、中央部门预算执行审计情况: 审计), no subject of sentences."""
_FAMILIES = ("cap-dun", "cn-dun", "paren-cn")


def shared_openers_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` with each glued heading cut where its section's first sentence opens with a
    word ``SHARED_MIN`` headings or more open theirs with (see the module's note)."""
    clauses, groups = _full_stop_series(segments)
    sizes = Counter(groups.values())
    places: dict[tuple[str, tuple[str, int]], list[tuple[int, int]]] = {}
    for index, (start, end) in clauses.items():
        seen: set[str] = set()
        for word, at in _candidates(segments[index].text, start, end):
            if word not in seen:
                seen.add(word)
                places.setdefault((word, groups[index]), []).append((index, at))
    shared = {
        key
        for key, found in places.items()
        if len(found) >= SHARED_MIN
        and len(found) * 2 >= sizes[key[1]]
        and _subject(key[0], found, segments, clauses)
    }
    if not shared:
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        start, end = clauses.get(index, (0, 0))
        cut = next(
            (
                at
                for word, at in _candidates(seg.text, start, end)
                if (word, groups[index]) in shared
            ),
            None,
        )
        if cut is None:
            out.append(seg)
            continue
        out += cut_apart(seg, cut)
    return out


def _candidates(text: str, start: int, end: int) -> list[tuple[str, int]]:
    """The words (``_WORD_SIZES`` Han characters) that may open the first sentence of a section
    in the clause ``text[start:end]`` after a glued title from ``start``, in order (longest
    first at each place): ``TITLE_MIN`` to ``_TITLE_MAX`` Han characters of title before, which
    do not hold the word and end in no joining word; ``_REST_MIN`` characters or more of the
    clause after it, the first no suffix or joining word."""
    found: list[tuple[str, int]] = []
    for at in range(start + TITLE_MIN, min(end, start + _TITLE_MAX + 1)):
        if not all_han(text[start:at]):
            break
        if text[at - 1] in ECHO_ENDS_NEVER:
            continue
        for size in _WORD_SIZES:
            word = text[at : at + size]
            rest = at + size
            if (
                len(word) == size
                and all_han(word)
                and end - rest >= _REST_MIN
                and text[rest] not in _RESTS_NEVER
                and word not in text[start:at]
            ):
                found.append((word, at))
    return found


def _subject(
    word: str,
    found: list[tuple[int, int]],
    segments: list[Segment],
    clauses: dict[int, tuple[int, int]],
) -> bool:
    """Whether ``word``, found at ``found`` (segment index, where) inside the first clauses of
    glued headings, is the subject their sections open with rather than words their titles
    share: the titles before it end each its own way (the most common last character in fewer
    than half of them: 制定国家 | 发展规划法… and 关于国家 | 发展规划的… share 国家发展规划), the
    clauses it opens end each in its own character (（二）佛说药师如来本愿经一卷，（三）…本愿功德经
    一卷，: a list of names that share a word ends its clauses alike), and no heading's first
    clause ends with it (一、坚持创新发展，… : a title's own last word)."""
    befores = [segments[index].text[at - 1] for index, at in found]
    if max(befores.count(ch) for ch in befores) * 2 >= len(befores):
        return False
    ends = [segments[index].text[clauses[index][1] - 1] for index, _ in found]
    if len(set(ends)) != len(ends):
        return False
    return not any(
        segments[index].text.endswith(word, start, end) for index, (start, end) in clauses.items()
    )


def _full_stop_series(
    segments: list[Segment],
) -> tuple[dict[int, tuple[int, int]], dict[int, tuple[str, int]]]:
    """The glued headings of ``segments`` written with a full stop after their numeral
    (``_STOPS``): index → their first clause (title start, clause end), and index → their
    series of siblings (family, run: a run starts anew where the numbers go back, 一． again)."""
    clauses: dict[int, tuple[int, int]] = {}
    groups: dict[int, tuple[str, int]] = {}
    runs: dict[str, tuple[int, int]] = {}  # family → (run, last number)
    for index, seg in enumerate(segments):
        marker = match_marker(seg.text) if seg.text[:1] in L1_L2_STARTS else None
        if marker is None or marker.family not in _FAMILIES:
            continue
        if seg.text[marker.end - 1 : marker.end] not in _STOPS:
            continue  # (一、…: a report's headings; their titles share words, 审计, 调查)
        run, last = runs.get(marker.family, (0, 0))
        if marker.number <= last:  # (一． again: a new series of siblings)
            run += 1
        runs[marker.family] = (run, marker.number)
        groups[index] = (marker.family, run)
        stop = CLAUSE_END.search(seg.text, marker.end)
        clauses[index] = (marker.end, stop.start() if stop is not None else len(seg.text))
    return clauses, groups


_SUFFIXES = frozenset("们們性化者等的之")
"""What the sentence after a title ended at its restated words does not start with (the words
go on: …迷信者, …宗教的); 或 may open it (佛法非宗教 | 或有人疑佛法为一种宗教)."""
_RESTATED_SERIES_MIN = 3
"""The fewest headings of a series whose titles end at the word their first sentence says again."""


def restated_ends_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` with each glued full-stop heading (``_STOPS``) cut where its title ends at the
    word its section's first sentence says again further on: 一．佛法非迷信 | 近来知识分子，多批评
    佛法谓之迷信。/ 二．佛法非宗教 | 或有人疑佛法为一种宗教，此说不然。 — a talk that names a view in
    each title and opens each section by stating that view. The title is ``TITLE_MIN`` Han
    characters or more, its last two (or more) said again in the sentence after it (not at
    once: that is ``titleends``'s doubled title); of the places so found the one whose title
    end is said again longest, the last of equals (二．坚持协调发展 | 协调是持续健康发展…: the
    longer title). ``_RESTATED_SERIES_MIN`` headings of one
    series or more, half or more of those of the series whose title still runs on, must so end
    (one alone may hold its words twice by chance)."""
    clauses, groups = _full_stop_series(segments)
    running = Counter(
        groups[index] for index, (_, end) in clauses.items() if end < len(segments[index].text)
    )
    cuts = {
        index: cut
        for index, (start, end) in clauses.items()
        if (cut := _restated_cut(segments[index].text, start, end)) is not None
    }
    found = Counter(groups[index] for index in cuts)
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        cut = cuts.get(index)
        series = groups.get(index)
        if (
            cut is None
            or series is None
            or found[series] < _RESTATED_SERIES_MIN
            or (found[series] * 2 < running[series])
        ):
            out.append(seg)
            continue
        out += cut_apart(seg, cut)
    return out


def _restated_cut(text: str, start: int, end: int) -> int | None:
    """Where the title from ``start`` (its first clause ending at ``end``) ends at the words its
    sentence says again (``restated_ends_apart``), or None."""
    stop = SENTENCE_STOP.search(text, end)
    sentence_end = stop.start() if stop is not None else len(text)
    best: tuple[int, int] | None = None  # (how long said again, cut)
    for cut in range(start + TITLE_MIN, end - _REST_MIN + 1):
        if not all_han(text[start:cut]):
            break
        if text[cut - 1] in ECHO_ENDS_NEVER or text[cut] in _SUFFIXES:
            continue
        size = 0
        while (
            cut - size - 1 >= start
            and text.find(text[cut - size - 1 : cut], cut + 1, sentence_end) != -1
        ):
            size += 1
        if size >= 2 and (best is None or size >= best[0]):
            best = (size, cut)
    return None if best is None else best[1]
