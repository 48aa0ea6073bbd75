"""Which heading candidates of a speech stay candidates: series rules applied before levels.

A 首先/其次/最后 run must start with 首先; a list that only previews the sections, or a
whole 一是…。二是…。 series inside one paragraph, is not the outline; unnumbered report
lines must open the outline as a series over numbered headings; weak families (a bare 一,
一 重工业…, bold sentences) count only as a series. ``outline.build_outline`` runs these
filters, then gives the kept candidates their levels.

Why this module is over 500 lines: each filter reads the whole run of a speech's candidates
(a series, a preview and the sections after it, a list and its restart), not one line, and
all of them run at the one place before levels are given; kept together, their order is
visible here and in ``outline.build_outline``, which calls them.
"""

from __future__ import annotations

from bisect import bisect_left

from tui.base import patterns
from tui.engine.markers import (
    LADDER_RANK,
    MARKDOWN_FAMILIES,
    UNMAPPED,
    WEAK_FAMILIES,
    Marker,
    series_family,
)
from tui.engine.sublines import holder_family

_FIGURE_LINE = patterns.compile(r"^[^：:。！？；，,]{2,16}[：:]\s*[0-9０-９]")
"""A label and a figure: 前端代码行数： 1013666行 (the value opens with a digit)."""


def drop_figures(
    items: list[tuple[int, Marker]], texts: dict[int, str], order: dict[int, int] | None = None
) -> list[tuple[int, Marker]]:
    """Drop unnumbered ``#`` lines that set figures in heading type: two or more in paragraphs
    one right after the other (no text between), each a label, a colon and a number
    (### 前端代码行数： 1013666行 | ### 后台代码行数：20000行 | ### 页面设计： 300个页面) — a table
    of statistics with no text of their own under them, not sections. One such line, or
    lines with text under each (### 第一阶段：2019年 | text…), stay headings."""
    order = order or {}
    figure = [
        marker.family in MARKDOWN_FAMILIES
        and _FIGURE_LINE.match(texts.get(index, "").strip()) is not None
        for index, marker in items
    ]
    if not any(figure):
        return items
    drop: set[int] = set()
    position = 0
    while position < len(items):
        end = position
        while (
            figure[position]
            and end + 1 < len(items)
            and figure[end + 1]
            and _next_to(items[end][0], items[end + 1][0], order)
        ):
            end += 1
        if end > position:
            drop.update(index for index, _ in items[position : end + 1])
        position = end + 1
    return [item for item in items if item[0] not in drop]


_LIST_FAMILIES = frozenset({"arabic", "paren-arabic"})
"""The ladder's list families (1. 1、 / （1）): their items are a list's, two at least."""


def lists_of_one(
    items: list[tuple[int, Marker]], sections: frozenset[int] = frozenset()
) -> list[tuple[int, Marker]]:
    """Drop an item 1 of a list family (``_LIST_FAMILIES``) whose list has no item 2: the next
    item of its family is another 1 (a list under the next section), and no item numbered 2
    of any family comes before it (the last 1. of a speech, nothing of its family after it,
    stays: 二、重点工作 | 1. 抓项目。 is read as the writer numbered it) (一、 | 1.… | 二、 | 1.… | 2.…: the first 1. may be a
    list whose 2 a slip of the numbering wrote otherwise, and it stays). A problem numbered 1、
    under its section with no 2 after it (问题与解决方法 | >1、再上传…时出现很多小问题。 | >答：…
    | ## 第五阶段 | … | >1、…) is the writer's habit of numbering, not a list. ``sections``: the
    Markdown ``#`` lines (## 1.技术 over #### 1.极光推送 …: a section over its own list). A
    spoken 第一个问题， / 第一点， ("di-unit") with no 第二… of its family after it in the speech
    is no series either (第一个问题，你为什么加入…？ | 你希望…？: one question asked)."""
    lone: set[int] = set()
    for position, (index, marker) in enumerate(items):
        if (
            marker.family == "di-unit"
            and marker.number == 1
            and index not in sections
            and not any(
                after.family == "di-unit" and after.number == 2
                for _, after in items[position + 1 :]
            )
        ):
            lone.add(index)
            continue
        if marker.family not in _LIST_FAMILIES or marker.number != 1 or index in sections:
            continue
        for _, after in items[position + 1 :]:
            if after.number == 2:
                break
            if after.family == marker.family:
                if after.number == 1:
                    lone.add(index)
                break
    if not lone:
        return items
    return [item for item in items if item[0] not in lone]


_DUN_FAMILIES = ("cap-dun", "cn-dun")
"""The families numbered with a 顿号 (壹、 一、) whose numeral a private-use glyph may stand for."""


def unmapped_numerals(items: list[tuple[int, Marker]]) -> list[tuple[int, Marker]]:
    """A private-use glyph and 、 (``UNMAPPED``: a numeral the source's conversion could not
    map) between two items of a 、 family numbered n - 1 and n + 1, no other item of that family
    between them, is item n of it (壹、 | 貳、 | \ue5d0、捍衛國家主權… | 肆、: the 參 a reader sees
    missing); elsewhere it is no heading."""
    if all(marker.family != UNMAPPED for _, marker in items):
        return items
    kept: list[tuple[int, Marker]] = []
    for position, (index, marker) in enumerate(items):
        if marker.family != UNMAPPED:
            kept.append((index, marker))
            continue
        for family in _DUN_FAMILIES:
            before = [m for _, m in items[:position] if m.family == family]
            after = [m for _, m in items[position + 1 :] if m.family == family]
            if before and after and after[0].number == before[-1].number + 2:
                kept.append((index, Marker(family, before[-1].number + 1, marker.text, marker.end)))
                break
    return kept


def latin_one(items: list[tuple[int, Marker]]) -> list[tuple[int, Marker]]:
    """（l）这些书是禁不绝的。 then （2）…: a Latin l typed (or read by OCR) for the 1 of a
    （1）（2） list. An (l) that no (k) comes before and whose next candidate is (2) counts as
    （1）; an (l) after (k) is the twelfth item of a lettered list, as written."""
    changed = list(items)
    for position, (index, marker) in enumerate(items):
        if (
            marker.family == "paren-latin-lower"
            and marker.number == 12
            and position + 1 < len(items)
            and items[position + 1][1].family == "paren-arabic"
            and items[position + 1][1].number == 2
            and not any(
                m.family == "paren-latin-lower" and m.number == 11 for _, m in items[:position]
            )
        ):
            changed[position] = (index, Marker("paren-arabic", 1, marker.text, marker.end))
    return changed


_WISH = patterns.compile(
    "(?:^|[。！？!?，,；;])(?:最后)?(?:衷心)?(?:祝|祝愿|预祝)(?:各位|大家|你们|同学们|老师们|全体)"
    "[^。！？!?]{0,24}(?:快乐|健康|顺利|成功|圆满|幸福|愉快|进步|如意|吉祥)"
)
"""The closing wish of a speech (…，最后祝各位老师节日快乐，身体健康，工作顺利。): a 最后， paragraph
holding it, the speech's last candidate, is the speech's close, not the last of a 首先 series."""


def valid_sequences(
    items: list[tuple[int, Marker]],
    sections: frozenset[int] = frozenset(),
    texts: dict[int, str] | None = None,
) -> list[tuple[int, Marker]]:
    """Keep 首先/其次/…/最后 only where they form a series that starts with 首先.

    A lone 最后， is how a speech closes (最后，祝大家…), not an outline entry; so is one after
    首先 and 其次 when it is the speech's last candidate and its paragraph holds the closing
    wish (``_WISH``, read in ``texts``). ``sections`` holds the candidates that are the
    writer's own section lines (Markdown ``#`` headings): a series does not run across one
    (首先，… under ## 二、 and 其次，… under ## 三、 are the speaker moving on inside each
    section, not a series of their own).
    """
    if all(marker.family != "sequence" for _, marker in items):
        return items
    if (
        texts
        and items[-1][1].family == "sequence"
        and items[-1][1].number == 99
        and _WISH.search(texts.get(items[-1][0], "")) is not None
    ):
        items = items[:-1]  # (…，最后祝各位老师节日快乐…: the close)
    kept: list[tuple[int, Marker]] = []
    run: list[tuple[int, Marker]] = []

    def flush() -> None:
        # (首先，… and 最后，… with no 其次 between them order an argument in prose: the
        # speaker's 再来 / 接下来 between them is no enumerator of a series)
        if len(run) >= 2 and not (len(run) == 2 and run[-1][1].number == 99):
            for position, (index, marker) in enumerate(run, 1):
                kept.append((index, Marker(marker.family, position, marker.text, marker.end)))
        run.clear()

    mixed = _mixed_first(items)
    for index, marker in items:
        if index in sections and marker.family != "sequence":
            flush()
            continue
        if marker.family != "sequence" or index in mixed:
            continue
        if marker.number == 1:
            flush()
            run.append((index, marker))
        elif run and (marker.number == 99 or marker.number == run[-1][1].number + 1):
            # (首先 then 再次: the 其次 between them was inside a paragraph — the series
            # orders an argument in prose, as 第一，…第三， does not start a spoken series)
            run.append((index, marker))
            if marker.number == 99:
                flush()
        else:
            flush()
    flush()
    keep = {index for index, _ in kept}
    renumbered = dict(kept)
    for index, marker in mixed.items():
        keep.add(index)
        renumbered[index] = marker
    return [
        (index, renumbered[index] if marker.family == "sequence" else marker)
        for index, marker in items
        if marker.family != "sequence" or index in keep
    ]


def _mixed_first(items: list[tuple[int, Marker]]) -> dict[int, Marker]:
    """首先， followed by 第二，: the series is 第一，/第二，, whatever its first item says."""
    mixed: dict[int, Marker] = {}
    first_di = False  # a 第一 came before: a 第二 after 首先 goes on with that one
    for (index, marker), (_, following) in zip(items, items[1:], strict=False):
        first_di = first_di or (marker.family == "di" and marker.number == 1)
        if marker.family == "sequence" and marker.number == 1 and following.family == "di":
            if following.number == 2 and not first_di:
                mixed[index] = Marker("di", 1, marker.text, marker.end)
    return mixed


def drop_previews(
    items: list[tuple[int, Marker]], texts: dict[int, str], order: dict[int, int] | None = None
) -> list[tuple[int, Marker]]:
    """Drop a list that only announces the headings: (一)…；(二)…；(三)…。 then (一) again.

    A run of one family numbered 1…k whose items are short and end with ；(the last may end
    with 。), followed at once by the same family starting again at 1, previews the
    sections; the second run is the outline. So does a run of short one-sentence paragraphs
    one right after the other (第一味药叫做“问题丹”。 | 第二味药叫做“兴趣散”。 | …), with the
    first item of the restart in the very next paragraph. "One right after the other"
    counts paragraphs of text only (``order``: a paragraph's place among them, noise left
    out; None: every paragraph counts), so an ad line inside the list leaves it whole.
    """
    order = order or {}
    drop: set[int] = set()
    openings = _Openings(items, texts)
    position = 0
    while position < len(items):
        index, marker = items[position]
        if marker.number != 1:
            position += 1
            continue
        end = position
        while (
            end + 1 < len(items)
            and items[end + 1][1].family == marker.family
            and items[end + 1][1].number == items[end][1].number + 1
        ):
            end += 1
        run = items[position : end + 1]
        restart = (
            end + 1 < len(items)
            and items[end + 1][1].family == marker.family
            and (items[end + 1][1].number == 1)
        )
        if restart and len(run) >= 2:
            bodies = [texts.get(i, "") for i, _ in run]
            if all(len(t) <= 80 for t in bodies) and (
                (
                    _semicolon_list(bodies)
                    and not _semicolon_list(_restart_bodies(items, end, texts))
                    and _said_later([t.rstrip().rstrip("；;。.") for t in bodies], openings, end)
                )
                or _sentence_run(run, items[end + 1][0], texts, order)
                or _said_again(run, items[end + 1 :], texts, order)
            ):
                drop.update(i for i, _ in run)
        elif len(run) >= 2 and _previews_sections(items, position, end, texts, order):
            drop.update(i for i, _ in run)
        elif (contents := _table_of_contents(items, position, texts, order, openings)) > position:
            drop.update(i for i, _ in items[position:contents])
            end = contents - 1
        position = end + 1
    if not drop:
        return items
    return [item for item in items if item[0] not in drop]


def _semicolon_list(bodies: list[str]) -> bool:
    """Whether ``bodies`` are the items of a list of short items ending with ；(the last may
    end otherwise): two of them at least, 80 characters at most each."""
    return (
        len(bodies) >= 2
        and all(len(t) <= 80 for t in bodies)
        and all(t.rstrip().endswith(("；", ";")) for t in bodies[:-1])
    )


def _restart_bodies(items: list[tuple[int, Marker]], end: int, texts: dict[int, str]) -> list[str]:
    """The texts of the run that restarts the family at 1 after ``items[end]``: (1)…(k) in
    order. A ；-list followed by another ；-list of its family (事故調查業務包括： | (1)…； | (2)…；
    | (3)…。 | 調查能量建立包括： | (1)…； | … | (6)…。) is two lists side by side, not a preview of
    the sections: sections carry text of their own."""
    run = [items[end + 1]]
    for index, marker in items[end + 2 :]:
        if marker.family != run[0][1].family or marker.number != run[-1][1].number + 1:
            break
        run.append((index, marker))
    return [texts.get(i, "") for i, _ in run]


_SENTENCE_MARKS = patterns.compile("[。！？；!?;]")
_CONTENTS_LINE = 40
"""The longest line of a table of contents (a heading's number and a short title)."""


def _table_of_contents(
    items: list[tuple[int, Marker]],
    position: int,
    texts: dict[int, str],
    order: dict[int, int],
    openings: _Openings,
) -> int:
    """Where a table of contents that starts at ``items[position]`` ends (``position``: none).

    A table of contents under a title lists the sections, often of two families (第一期 |
    甲　思想的來源 | 乙　… | 第二期 | …): three or more headings, each a short line with no
    sentence in it, in paragraphs one right after the other, the first numbered 1, followed at
    once by the first family starting again at 1 (第一期 again: the sections themselves), and
    half its lines at least said again later as headings (甲　思想的來源 again, with its
    section). A run of short titles that do not come again is the text's own headings: a bill's
    chapters each listing its sections as titles without bodies (一、第一章「總則」 | (一)立法目的
    | (二)名詞定義 | 二、第二章… | (一)…)."""
    first_index, first = items[position]
    end = position
    while (
        end + 1 < len(items)
        and _next_to(items[end][0], items[end + 1][0], order)
        and not (items[end + 1][1].family == first.family and items[end + 1][1].number == 1)
    ):
        end += 1
    if end - position + 1 < 3 or end + 1 >= len(items):
        return position
    restart_index, restart = items[end + 1]
    if restart.family != first.family or restart.number != 1 or restart_index == first_index:
        return position
    if len({marker.family for _, marker in items[position : end + 1]}) < 2:
        return position  # (one family: the rule of drop_previews above)
    bodies = [texts.get(i, "") for i, _ in items[position : end + 1]]
    if not all(len(t) <= _CONTENTS_LINE and _SENTENCE_MARKS.search(t) is None for t in bodies):
        return position
    if not _said_later(bodies, openings, end):
        return position
    return end + 1


_SPACES = patterns.compile(r"\s+")


class _Openings:
    """The openings of the headings ``items`` (their texts, spaces left out), sorted, each
    with its last place among them: whether a line opens a heading after a place is then a
    look-up, not a pass over all the headings after it (made when first asked)."""

    def __init__(self, items: list[tuple[int, Marker]], texts: dict[int, str]) -> None:
        self._items, self._texts = items, texts
        self._keys: list[str] | None = None
        self._last: list[int] = []

    def said_after(self, title: str, place: int) -> bool:
        """Whether a heading after ``items[place]`` opens with ``title`` (no spaces)."""
        if self._keys is None:
            last = {
                _SPACES.sub("", self._texts.get(index, "")): position
                for position, (index, _) in enumerate(self._items)
            }
            self._keys = sorted(last)
            self._last = [last[key] for key in self._keys]
        at = bisect_left(self._keys, title)  # (the openings that start with it come from here)
        while at < len(self._keys) and self._keys[at].startswith(title):
            if self._last[at] > place:
                return True
            at += 1
        return False


def _said_later(lines: list[str], openings: _Openings, place: int) -> bool:
    """Whether half of ``lines`` at least (a contents list's lines) open a heading of
    ``openings`` after ``place`` (the candidates after the list), spaces left out: a contents
    list previews the headings that come with their sections (a title may differ by a
    character: 創建 in the list, 刱建 in the heading — half is enough). The headings after
    the list, read again for each list, took 10 s of 20 (cProfile) on a 0.5 MB text of
    11,000 heading lines (perf23, ``tests/bench/bench_shapes.py``)."""
    said = 0
    for line in lines:
        title = _SPACES.sub("", line)
        if title and openings.said_after(title, place):
            said += 1
    return 2 * said >= len(lines)


def _section_title(text: str, marker: Marker) -> str:
    """A heading's title up to its first sentence mark (一、读本式的整理 → 读本式的整理)."""
    title = text[marker.end :]
    stop = _SENTENCE_MARKS.search(title)
    return (title[: stop.start()] if stop else title).strip()


def _previews_sections(
    items: list[tuple[int, Marker]],
    position: int,
    end: int,
    texts: dict[int, str],
    order: dict[int, int],
) -> bool:
    """Whether the run ``items[position : end + 1]`` (（1）…（4）, one short sentence per
    paragraph, one right after the other) previews the sections of another family that start
    in the very next paragraph: （1）最低限度之整理——读本式的整理。… then 一、读本式的整理 …
    四、专史式的整理, each section's title found in the preview item of its number."""
    run = items[position : end + 1]
    if end + 1 >= len(items):
        return False
    first_index, first = items[end + 1]
    if first.number != 1 or first.family == run[0][1].family:
        return False
    if not _sentence_run(run, first_index, texts, order):
        return False
    bodies = [texts.get(i, "") for i, _ in run]
    sections = [(i, m) for i, m in items[end + 1 :] if m.family == first.family][: len(run)]
    if [m.number for _, m in sections] != list(range(1, len(run) + 1)):
        return False
    titles = [_section_title(texts.get(i, ""), m) for i, m in sections]
    return all(len(t) >= 2 and t in body for t, body in zip(titles, bodies, strict=True))


def _said_again(
    run: list[tuple[int, Marker]],
    after: list[tuple[int, Marker]],
    texts: dict[int, str],
    order: dict[int, int],
) -> bool:
    """Whether the items of ``run`` — one short sentence each, one paragraph right after the
    other — are said again word for word at the start of the sections numbered 1… that restart
    the family later, with text between (女子问题可以分两部分讲： | （一）女子解放。 | （二）女子改造。
    | text… | （一）女子解放。解放必定先有束缚。… | （二）女子改造。改造方面…): a preview."""
    family = run[0][1].family
    sections = [(i, m) for i, m in after if m.family == family][: len(run)]
    if [m.number for _, m in sections] != list(range(1, len(run) + 1)):
        return False
    paragraphs = [i for i, _ in run]
    if not all(_next_to(a, b, order) for a, b in zip(paragraphs, paragraphs[1:], strict=False)):
        return False
    for (index, _), (section, _) in zip(run, sections, strict=True):
        said = texts.get(index, "").strip()
        if not (said and _one_sentence(said) and said[-1] in "。！？!?"):
            return False
        if not texts.get(section, "").startswith(said) or len(texts.get(section, "")) <= len(said):
            return False
    return True


def _next_to(first: int, second: int, order: dict[int, int]) -> bool:
    """Whether paragraph ``second`` comes right after paragraph ``first`` among the paragraphs
    of text (``order``; noise between them does not count)."""
    return order.get(second, second) == order.get(first, first) + 1


def _sentence_run(
    run: list[tuple[int, Marker]], following: int, texts: dict[int, str], order: dict[int, int]
) -> bool:
    """Whether the items of ``run`` are short paragraphs (80 characters at most) of one
    sentence each, one right after the other, the last right before paragraph ``following``
    (a preview: 第一味药叫做“问题丹”。 | 第二味药叫做“兴趣散”。 | then the sections)."""
    paragraphs = [i for i, _ in run] + [following]
    return all(
        _next_to(a, b, order) for a, b in zip(paragraphs, paragraphs[1:], strict=False)
    ) and all(len(texts.get(i, "")) <= 80 and _one_sentence(texts.get(i, "")) for i, _ in run)


def _one_sentence(text: str) -> bool:
    """A paragraph of one sentence at most: no sentence mark before its last character."""
    return _SENTENCE_MARKS.search(text.rstrip()[:-1]) is None


_NEXT_INLINE = {
    "shi": ("二是", patterns.compile("[。；;！？]\\s*二是")),
    "yao": ("二要", patterns.compile("[。；;！？]\\s*二要")),
    "yue": ("二曰", patterns.compile("[。；;！？]\\s*二曰")),
    "zhua": ("二抓", patterns.compile("[。；;！？]\\s*二抓")),
    "di": ("二", patterns.compile("[。；;！？]\\s*[第其]二[，,、]")),  # (第二， / 其二，)
    "di-unit": ("第二", patterns.compile("[。；;！？]\\s*第二")),
}
"""Per rhetorical family: the words of its second item, and where they follow a sentence end
(searched only in a text holding the words: ``_second_inline``'s 1,092 calls in the 10 MB
collection's parse took 0.15 ms (0.15–0.17) of CPU so, 0.21 ms (0.20–0.22) with the
expression alone; ``tests/bench/bench_calls.py``, 7 rounds in turns, arch16)."""


_UNIT = patterns.compile(r"^第一(个?)(.+?)(?:的话)?[\s，,、：:．.。—]*$")


def _second_inline(marker: Marker, text: str) -> bool:
    """Whether ``text`` (the paragraphs after a first item, up to the next candidate)
    carries the second item of the first item's series inside its sentences: 第二，
    after a sentence end, or 第二个问题 for a 第一个问题 anywhere (他们问的第二个问题说。)."""
    if marker.family == "di-unit":
        unit = _UNIT.match(marker.text)
        if unit is None or unit.group(2) == "是":
            return False
        return "第二" + unit.group(1) + unit.group(2) in text
    inline = _NEXT_INLINE.get(marker.family)
    if inline is None:
        return False
    words, pattern = inline
    return words in text and pattern.search(text) is not None


def drop_inline_series(
    items: list[tuple[int, Marker]],
    texts: dict[int, str],
    following: dict[int, str] | None = None,
    wrapped: frozenset[int] = frozenset(),
) -> list[tuple[int, Marker]]:
    """一是…。二是…。三是…。 in one paragraph is an inline list, not a one-item outline.

    A paragraph that starts a rhetorical series with 一是/一要/第一， and carries the second
    item itself is dropped, unless a later paragraph of its own goes on with the series.
    So is a first item whose second is said inside the text that follows it (``following``:
    the text paragraphs after an item, up to the next candidate): 第一，… on its line, then
    …永远搞。第二，…。第三，… inside the next paragraph — a list said in passing.

    ``wrapped`` holds the candidates whose paragraph runs over several lines of the file (a
    hard wrap broke it, as a PDF's text does): when such a first item carries its second
    inside those lines, the next item at a line start (…代理权等。 | 三是资金管理不严。…) is
    where the wrap happened to fall after a 。, not a paragraph of its own — in a hard-wrapped
    text a line start after a sentence end tells nothing — so the series is dropped whole,
    its later items too. A first item on one line of its own (一要…。二要…。 | 三要…) keeps
    the series going on as the writer broke it.
    """
    drop = set()
    for position, (index, marker) in enumerate(items):
        inline = _NEXT_INLINE.get(marker.family)
        if (inline is None and marker.family != "di-unit") or marker.number != 1:
            continue
        text = texts.get(index, "")
        own = inline is not None and inline[0] in text and inline[1].search(text) is not None
        if not own:
            after = following.get(index) if following else None
            if after is None or not _second_inline(marker, after):
                continue
        second = False
        later_items: list[int] = []  # the series' later items, in order
        for later_index, later in items[position + 1 :]:
            if later.family == marker.family:
                if not later_items:
                    second = later.number >= 2  # 二要 (or 三要 after an inline 二要) goes on
                if later.number != 3 + len(later_items):
                    break
                later_items.append(later_index)  # 三要, then 四要…
                continue
            if later.family in LADDER_RANK or later.family in ("part", "section"):
                break  # the next section: the series did not go on
            if later_items:
                break
        if not second:
            drop.add(index)
        elif own and index in wrapped and later_items:
            drop.add(index)
            drop.update(later_items)
    if not drop:
        return items
    return [item for item in items if item[0] not in drop]


def plain_series(
    items: list[tuple[int, Marker]], members: list[tuple[int, Marker]] | None = None
) -> list[tuple[int, Marker]]:
    """Keep unnumbered heading lines (过去五年的回顾 / 今后五年的主要任务) only as a series of
    two or more that opens the outline and of which one at least heads numbered
    sub-headings (or of which one holds two crossheads or more, ``_crossheads``): then they
    are the top level of a report whose numbered parts (and crossheads) sit under them; or as
    the subtitles of numbered sections, two or more in each of two sections or
    more (``_subtitled_sections``; comma lines and two matched halves counted with them where
    they mix, ``_mixed_subtitles``): then they sit under their section. Otherwise they are
    short lines of the text (a motto, a slogan, a caption). ``members`` (``sublines.MEMBER_ONLY``)
    join the subtitles where the sections are subtitled without them, and are text otherwise."""
    if not any(marker.family == "plain" for _, marker in items):
        return items
    # (``SUBTITLE_ONLY``, a line right under a section's numbered heading or ending with a
    # quotation, is only ever a subtitle of a section: no part over the numbered headings;
    # ``CROSSHEAD_ONLY``, a line with commas, only ever a crosshead under such parts)
    crossed = _crossheads(
        [item for item in items if item[1] not in (SUBTITLE_ONLY, CROSSHEAD_FIRST)]
    )
    subtitled = _crossheaded_sections(items) or _mixed_subtitles(items)
    every = items
    items = [item for item in items if item[1] not in (CROSSHEAD_ONLY, CROSSHEAD_FIRST)]
    over = [item for item in items if item[1] != SUBTITLE_ONLY]
    plain = [position for position, (_, marker) in enumerate(over) if marker.family == "plain"]
    heads_numbered = any(
        position + 1 < len(over) and over[position + 1][1].family != "plain" for position in plain
    )
    if len(plain) >= 2 and (heads_numbered or crossed) and plain[0] == 0:
        # (the parts open the outline: a line between numbered sections is text)
        return crossed or over
    top: str | None = None
    if not (subtitled or _subtitled_sections(items)):
        # 2.報告擇要重點說明 | (1)… | (2)… | 「…」精進作為 | text | …: the lines under the sections of a
        # deeper numbering, the one right above them (``sublines.holder_family``), counted so.
        top = holder_family(every)
        if top is not None:
            subtitled = _crossheaded_sections(every, top) or _mixed_subtitles(every, top)
            if not (subtitled or _subtitled_sections(items, top)):
                top = None
    if subtitled or top is not None:
        items = subtitled or items
        if members:
            # (火車頭園區建置計畫： | text: a label among the sections' subtitles, counted with none)
            items = sorted(items + members)
        # 一、总论 | 社会科学之对象 | … | 社会现象之联系 | … | 二、社会之意义 | 自然界与人类 | …: the
        # numbered chapters' own unnumbered subtitles, under them.
        top = top or next(m.family for _, m in items if m.family != "plain")
        kept: list[tuple[int, Marker]] = []
        number = 0  # the subtitle's number in its section
        opened = False
        for index, marker in items:
            if marker.family == top:
                opened, number = True, 0
            elif marker.family == "plain" or (marker.family == COUPLET and subtitled):
                # (with crossheads among the subtitles, a line of two matched halves is one of
                # them: 辦理5G頻譜整備，確保頻譜和諧共用 between 執行前瞻計畫，… and 完善…)
                if not opened:
                    continue  # (a line before the first section is text)
                number += 1
                marker = Marker(SUBTITLE, number, "", 0)
            kept.append((index, marker))
        return kept
    return [item for item in items if item[1].family != "plain"]


SUBTITLE_ONLY = Marker("plain", 2, "", 0)
"""A plain line that can only be a numbered section's subtitle (``assemble``): one right under the
section's heading (一、总论 | 社会科学之对象), or one ending with a quotation closed inside it
(阶级斗争与“社会的工具”)."""
CROSSHEAD_ONLY = Marker("plain", 3, "", 0)
"""A line of a clause or two with commas and no sentence mark, on its own between paragraphs
(``assemble``): only ever a crosshead under unnumbered part lines (``_crossheads``)."""
CROSSHEAD = "crosshead"
"""The family of the crossheads kept under unnumbered part lines (numbered in their part; no rung
of the ladder: under the part open, over the numbered headings that follow)."""
COUPLET = "couplet"
"""The family of a subtitle of two matched halves (``assemble``, ``couplet.is_couplet``)."""
_CROSSHEADS_MIN = 2
"""The fewest crossheads one part holds for the text's comma lines to be crossheads."""


def _crossheads(items: list[tuple[int, Marker]]) -> list[tuple[int, Marker]]:
    """The outline with its crossheads, when the text's unnumbered part lines (the plain lines,
    the first of them opening the outline) hold them: a part with ``_CROSSHEADS_MIN`` or more
    ``CROSSHEAD_ONLY`` lines makes every such line after the first part a crosshead, a level
    under its part (国民经济的成就和今后的建设任务 | 调整国民经济的任务已经基本完成，… | text |
    这几年取得的巨大成就，是… | text). Otherwise (no part line first, or no part with two) the
    comma lines are the text's own and the list is empty."""
    if not items or items[0][1].family != "plain" or items[0][1] == CROSSHEAD_ONLY:
        return []
    counts: list[int] = []
    for _, marker in items:
        if marker == CROSSHEAD_ONLY:
            counts[-1] += 1
        elif marker.family == "plain":
            counts.append(0)
    if len(counts) < 2 or max(counts) < _CROSSHEADS_MIN:
        return []
    kept: list[tuple[int, Marker]] = []
    number = 0
    for index, marker in items:
        if marker == CROSSHEAD_ONLY:
            number += 1
            marker = Marker(CROSSHEAD, number, "", 0)
        elif marker.family == "plain":
            number = 0
        kept.append((index, marker))
    return kept


CROSSHEAD_FIRST = Marker("plain", 4, "", 0)
"""A line like ``CROSSHEAD_ONLY`` but right under a numbered section's heading (壹、… | 执行前瞻计画，
加速5G建设进程 | text, ``assemble``): a sign that the section opens with its crossheads."""


def _crossheaded_sections(
    items: list[tuple[int, Marker]], top: str | None = None
) -> list[tuple[int, Marker]]:
    """The items with their comma lines (``CROSSHEAD_ONLY``, ``CROSSHEAD_FIRST``) as plain lines,
    when the sections of the text's first numbered series open with them: ``_SUBTITLES_MIN``
    sections or more whose first line under the heading is a comma line (``CROSSHEAD_FIRST``)
    and that hold ``_SUBTITLES_MIN`` such lines or more (壹、… | 执行…，加速… | text | 办理…，确保…
    | text | 贰、… | 检讨…，促进… | text | …). Else the empty list: comma lines after a section's
    own text are its short paragraphs (a summing-up, a slogan; a PDF line broken at the width)."""
    top = top or next((m.family for _, m in items if m.family != "plain"), None)
    if top is None:
        return []
    counts: list[int] = []
    opened = 0
    previous: Marker | None = None
    for _, marker in items:
        if marker.family == top:
            counts.append(0)
        elif marker in (CROSSHEAD_ONLY, CROSSHEAD_FIRST) and counts:
            counts[-1] += 1
            if marker == CROSSHEAD_FIRST and previous is not None and previous.family == top:
                opened += 1 if counts[-1] == 1 else 0
        previous = marker
    full = sum(count >= _SUBTITLES_MIN for count in counts)
    if opened < _SUBTITLES_MIN or full < _SUBTITLES_MIN:
        return []
    return [
        (index, _PLAIN_LINE if marker in (CROSSHEAD_ONLY, CROSSHEAD_FIRST) else marker)
        for index, marker in items
    ]


def _mixed_subtitles(
    items: list[tuple[int, Marker]], top: str | None = None
) -> list[tuple[int, Marker]]:
    """The items with their comma lines as plain lines, when the sections of the text's first
    numbered series divide into subtitles of mixed shapes — unpunctuated short lines (``_PLAIN``,
    ``SUBTITLE_ONLY``), comma lines (``CROSSHEAD_ONLY``, ``CROSSHEAD_FIRST``) and subtitles of
    two matched halves (``COUPLET``) counted together: ``_SUBTITLES_MIN`` sections or more with
    ``_SUBTITLES_MIN`` such lines each, one line at least with no punctuation at all (a 立法院
    report: 壹、疫苗整備 | text | 一年前即啟動多元採購 | text | 友誼疫苗，劑劑都珍貴 | text | … | 貳、… |
    text | 從「別人不打我率先」，到4個月內1%到50% | text | 衝高第一劑也兼顧第二劑，接種率10月達7成 |
    text). Else the empty list: comma lines alone after each section's own text are its short
    paragraphs (``_crossheaded_sections``)."""
    top = top or next((m.family for _, m in items if m.family not in ("plain", COUPLET)), None)
    if top is None:
        return []
    counts: list[int] = []
    for _, marker in items:
        if marker.family == top:
            counts.append(0)
        elif marker.family in ("plain", COUPLET) and counts:
            counts[-1] += 1
    if sum(count >= _SUBTITLES_MIN for count in counts) < _SUBTITLES_MIN:
        return []
    if not any(marker in (_PLAIN_LINE, SUBTITLE_ONLY) for _, marker in items):
        return []
    return [
        (index, _PLAIN_LINE if marker in (CROSSHEAD_ONLY, CROSSHEAD_FIRST) else marker)
        for index, marker in items
    ]


_PLAIN_LINE = Marker("plain", 1, "", 0)
"""A plain line (``headinglines.PLAIN``): a comma line taken as a section's subtitle."""


SUBTITLE = "subtitle"
"""The family of a numbered section's unnumbered subtitles (numbered in their section, so that
each goes on from the one before; no rung of the ladder: under whatever section is open)."""
_SUBTITLES_MIN = 2
"""The fewest unnumbered subtitles a numbered section holds to count as subtitled, and the
fewest such sections that make a text's subtitles headings."""


def _subtitled_sections(items: list[tuple[int, Marker]], top: str | None = None) -> bool:
    """Whether the sections of the text's first numbered series (一、…, 二、…) divide into
    unnumbered subtitles: ``_SUBTITLES_MIN`` sections or more with ``_SUBTITLES_MIN`` plain
    lines or more each (a book's chapters under their subtitles). One such line in a section,
    or a single section with some, is a motto or a slogan of the text."""
    top = top or next((m.family for _, m in items if m.family != "plain"), None)
    if top is None:
        return False
    counts: list[int] = []
    for _, marker in items:
        if marker.family == top:
            counts.append(0)
        elif marker.family == "plain" and counts:
            counts[-1] += 1
    return sum(count >= _SUBTITLES_MIN for count in counts) >= _SUBTITLES_MIN


def series_only(
    items: list[tuple[int, Marker]], first_said: frozenset[int] = frozenset()
) -> list[tuple[int, Marker]]:
    """Drop the items of a weak family (``WEAK_FAMILIES``) that has one item in the speech.

    A bare 一 or 1 on its line, 一 重工业…, 第一以政治论。, a bold sentence or a ``#`` line
    are headings when the speech has a series of them; alone they are a page number, a
    line of verse, an emphasised sentence. A second item whose first was said in the text
    before it (``first_said``: …，第一步，… | 第二步就是…) counts as two: the series began there.
    """
    counts: dict[str, int] = {}
    circled: set[int] = set()
    for index, marker in items:
        if marker.family in WEAK_FAMILIES:
            family = series_family(marker)  # (场景一 | 理由一: two series, each counted)
            counts[family] = counts.get(family, 0) + 1 + (index in first_said)
        elif marker.family == "circled":
            circled.add(marker.number)
    if circled:
        # ① alone, however often (a note mark that lost its note): no list without ②.
        counts["circled"] = len(circled)
    # 第二部分，来介绍一下…: a later part named in a sentence, the only 第N部分 of the speech —
    # the speaker saying which part of the talk this is, not a heading (a part's heading of a
    # text with parts has the parts before it too, or stands on a line of its own).
    parts = [marker for _, marker in items if marker.family == "part"]
    if len(parts) == 1 and parts[0].number >= 2 and parts[0].text[-1:] in "，,":
        counts["part"] = 1
    labels = [family for family in counts if family.startswith("label:")]
    for family in ("bracket-arabic", "decimal", "decimal-3", "cn-comma", "ar-comma", *labels):
        if family in counts and not _counts_from_one(items, family):
            # 〔1〕/[1]: a note's mark too; 1.5: a number; 一，: a list's item. A series is 1, 2, 3… in
            # order, not the marks (…［3］…［7］) a wrapped report's lines happen to begin with.
            counts[family] = 1
    if all(count >= 2 for count in counts.values()):
        return items
    return [item for item in items if counts.get(series_family(item[1]), 2) >= 2]


def _counts_from_one(items: list[tuple[int, Marker]], family: str) -> bool:
    """Whether the items of ``family`` are numbered 1, 2, 3… (each list may start over at 1),
    with a 2 after a 1 somewhere (一，… and 一，… again are two lists of one item each)."""
    previous = 0
    stepped = False
    for _, marker in items:
        if series_family(marker) == family:
            if marker.number not in (previous + 1, 1):
                return False
            stepped = stepped or marker.number == previous + 1 > 1
            previous = marker.number
    return stepped
