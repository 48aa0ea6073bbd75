"""What the other candidates of a speech tell about one: reads over its sorted
(paragraph index, marker) items, before the levels are given or while they are. Whether
a (family, number) comes ahead before the next section (``items_ahead``); a series that
runs inside a section of the top series (``inner_restarts``, ``inverted_series``) or
restates the list before it (``restated_lists``); whether an open list goes on, resumes or
restarts after an item (``goes_on``, ``resumed_after``, ``nested_restart``, ``two_again``,
``own_number_ahead``), a slip in a heading's numbering (``slip_across``), a series one
paragraph an item (``one_paragraph_each``); the markers after an item (``markers_after``).

Each answer is read from the item's place (bisection), never by reading every item before
or after it (perf23, ``tests/bench/bench_shapes.py``). What it does not decide: the level
itself (``outline``, which asks these questions as it keeps its stack).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from itertools import pairwise

from tui.engine.headingtitle import heading_title
from tui.engine.markers import LADDER_RANK, SPOKEN_FAMILIES, Marker
from tui.engine.spokenseries import FIRST_OF, unit_family


def inverted_series(items: list[tuple[int, Marker]]) -> dict[int, str]:
    """The first items of official-ladder series that run inside a section of a lower rung
    which is the speech's top level: （一）（二） … 一、…十、 … （三）. The top series goes on
    after them, so they are the section's list, not a new top level. Returns {paragraph
    index of the series' first item: the top family}."""
    if not items or items[0][1].family not in LADDER_RANK:
        return {}
    top = items[0][1].family
    found: dict[int, str] = {}
    last_top = items[0][1].number
    for position, (index, marker) in enumerate(items):
        family = marker.family
        if family == top:
            last_top = marker.number
            continue
        if (
            marker.number == 1
            and family in LADDER_RANK
            and LADDER_RANK[family] < LADDER_RANK[top]
            and not any(m.family == family for _, m in items[:position])
            and any(m.family == top and m.number == last_top + 1 for _, m in items[position + 1 :])
        ):
            found[index] = top
    return found


def restated_lists(items: list[tuple[int, Marker]], texts: dict[int, str] | None) -> dict[int, str]:
    """Lists that restate the list just before them, item for item: （一）杀生 …（十）邪见,
    then （1）杀生——短命、多病 … （10）邪见——生邪见家. The second list is a sibling of the
    first (the same things said again), not a subdivision of its last item, whatever its
    marker. Returns {paragraph index of the new list's first item: the first list's family}.

    A list restates another when it has as many items (three or more), numbered 1…n, right
    after the other's items 1…n, and each of its items opens with the first two characters
    of the other's item of the same number.
    """
    if not texts:
        return {}
    found: dict[int, str] = {}
    for position, (index, marker) in enumerate(items):
        if marker.number != 1 or position < 3:
            continue
        family = marker.family
        before = items[position - 1][1]
        count = before.number
        if before.family == family or count < 3 or position < count:
            continue
        old = items[position - count : position]
        new = items[position : position + count]
        if (
            len(new) < count
            or any(m.family != before.family or m.number != k for k, (_, m) in enumerate(old, 1))
            or any(m.family != family or m.number != k for k, (_, m) in enumerate(new, 1))
        ):
            continue
        if all(
            _opening(texts.get(a, ""), ma) == _opening(texts.get(b, ""), mb) != ""
            for (a, ma), (b, mb) in zip(old, new, strict=True)
        ):
            found[index] = before.family
    return found


def _opening(text: str, marker: Marker) -> str:
    """The first two characters of a heading's title (to compare items of two lists)."""
    title = heading_title(text, marker)
    return title[:2] if len(title) >= 2 else ""


def items_ahead(
    items: list[tuple[int, Marker]], shapes: frozenset[int] = frozenset()
) -> Callable[[int, tuple[str, int]], bool]:
    """Whether (family, number) is among the items after the item at paragraph ``index``, up to
    the next item of a ladder family (the next section); never for an item numbered 1 or of
    a ladder family. Each (family, number)'s places are kept once: a set of the items ahead
    made for each item took 3.9 s of a 0.5 MB text of 11,000 heading lines and no ladder item
    (of 20 s under cProfile; perf23, ``tests/bench/bench_shapes.py``)."""
    places: dict[tuple[str, int], list[int]] = {}  # each (family, number)'s places, in order
    for position, (index, marker) in enumerate(items):
        family = marker.family
        if family == "di-unit" and index not in shapes:  # (``shape_changes``: 第N点 again)
            family = unit_family(marker.text)
        places.setdefault((family, marker.number), []).append(position)
    spans: dict[int, tuple[int, int]] = {}  # an item's paragraph → its place, the next ladder's
    ladder = len(items)
    for position in range(len(items) - 1, -1, -1):
        index, marker = items[position]
        if marker.family in LADDER_RANK:
            ladder = position
        elif marker.number > 1:
            spans.setdefault(index, (position, ladder))  # (the last place of a paragraph counts)

    def ahead(index: int, key: tuple[str, int]) -> bool:
        if (span := spans.get(index)) is None or (found := places.get(key)) is None:
            return False
        after = bisect_right(found, span[0])
        return after < len(found) and found[after] < span[1]

    return ahead


def inner_restarts(items: list[tuple[int, Marker]]) -> set[int]:
    """The 一、 that start a series inside a section of the top 一、 series: the top
    numbering goes on after them (二、 … 一、…五、 … 三、), where a new speech's series
    would not. Returns the paragraph indexes of the restarts."""
    found: set[int] = set()
    outer = 0  # the top series' last number
    inner: int | None = None  # the inner series' last number, while one runs
    start = -1
    for index, marker in items:
        if marker.family != "cn-dun":
            continue
        number = marker.number
        if inner is None:
            if number == 1 and outer >= 2:
                inner, start = 1, index
            else:
                outer = number
        elif number == inner + 1:
            inner = number
        elif number == outer + 1:
            found.add(start)  # the top series goes on: that was an inner one
            outer, inner = number, None
        else:
            outer, inner = number, None
    return found


def resumed_after(items: list[tuple[int, Marker]], index: int, open_item: list) -> bool:
    """Whether the spoken series of ``open_item`` (第一、, 一是 …: [family, number]) goes on
    with its next number after the item at paragraph ``index``: then what starts there
    sits inside the open item."""
    family, number = open_item
    if family not in SPOKEN_FAMILIES and not family.startswith("di-unit:"):
        return False
    for marker in markers_after(items, index):
        if marker.family == family or unit_family(marker.text) == family:
            return marker.number == number + 1
    return False


def nested_restart(
    items: list[tuple[int, Marker]], index: int, family: str, open_number: int
) -> bool:
    """Whether the list that starts over at 1 at paragraph ``index`` (（1）…) runs inside the
    open item ``open_number`` of its family: after its last item the outer numbering goes on
    with a number that breaks the inner run (（4）酌量加入新注 | （1）…（5） the notes | （5）校勘, a
    second （5）). A list after which nothing of the family follows, or whose next number could
    still be its own (（1）（2） then （3）), is a new list beside the other, as before."""
    expect = 1
    for marker in markers_after(items, index):
        if marker.family != family:
            continue
        expect += 1
        if marker.number != expect:
            return expect > 2 and marker.number == open_number + 1
    return False


def goes_on(items: list[tuple[int, Marker]], index: int, stack: list[list]) -> bool:
    """Whether the list of the deepest open item goes on after paragraph ``index`` (its next
    number comes before any item of a family open above it)."""
    family, number = stack[-1]
    above = {other for other, _ in stack[:-1]}
    for _, marker in items[bisect_right(items, index, key=_paragraph) :]:
        if marker.family == family:
            return marker.number == number + 1
        if marker.family in above:
            return False
    return False


def one_paragraph_each(items: list[tuple[int, Marker]], head: int, order: dict[int, int]) -> bool:
    """Whether the series whose last item so far is at paragraph ``head`` (its second item at
    least) has its items one paragraph each, one right after the other: 1, 2, … the item at
    ``head``, with no paragraph of text between them."""
    at = bisect_right(items, head, key=_paragraph) - 1
    if at < 0 or items[at][0] != head:
        return False
    family, number = items[at][1].family, items[at][1].number
    if number < 2 or at < number - 1:
        return False
    run = items[at - number + 1 : at + 1]
    return all(
        marker.family == family and marker.number == step + 1
        for step, (_, marker) in enumerate(run)
    ) and all(
        i in order and j in order and order[j] == order[i] + 1 for (i, _), (j, _) in pairwise(run)
    )


def _paragraph(item: tuple[int, Marker]) -> int:
    """An item's paragraph index (the key to find a paragraph's place among the items)."""
    return item[0]


def markers_after(items: list[tuple[int, Marker]], index: int) -> Iterator[Marker]:
    """The markers of the items after paragraph ``index``, in order: read from their place,
    not from the first item (each list's restart read all the items before it: quadratic in
    a text of many lists, perf23)."""
    for position in range(bisect_right(items, index, key=_paragraph), len(items)):
        yield items[position][1]


def two_again(items: list[tuple[int, Marker]], index: int, family: str) -> bool:
    """Whether an item 2 of ``family`` comes again after the one at paragraph ``index`` (一、… |
    …：一、… | 二、以…治 | 三、… | 二、人身不自然的病: the first 二 goes on with the list announced
    under 一, not with 一 itself)."""
    later = items[bisect_right(items, index, key=_paragraph) :]
    return any(m.family == family and m.number == 2 for _, m in later)


def slip_across(
    items: list[tuple[int, Marker]], at: int, marker: Marker, text: str, said: set[tuple[str, int]]
) -> bool:
    """Whether a lower ladder rung numbered N (N ≥ 2) after a heading numbered N-1 is a slip
    in that heading's numbering rather than the second item of a list under it: its family's
    first item was never a heading nor said in the text before it, and the very next
    candidate goes on counting with N+1 in yet another family (一、… | 2.… | 第三，…;
    一、 | 二、 | 3.… | 四、). A list under the heading would go on in its own family (2. | 3.)."""
    first = marker.text.translate(FIRST_OF)  # (（二） → （一）: said inline, the list is real)
    if (marker.family, 1) in said or (first != marker.text and first in text):
        return False
    position = bisect_right(items, at, key=_paragraph)
    if position >= len(items):
        return False
    later = items[position][1]
    return later.number == marker.number + 1 and later.family != marker.family


def own_number_ahead(
    items: list[tuple[int, Marker]], at: int, family: str, marker: Marker, above: set[str]
) -> bool:
    """Whether the list ``marker`` (numbered N) starts goes on to N+1 and then the series open
    above, of ``family``, goes on with its own N, inside the section open (before any item of
    the families ``above`` it): 一、 | 二要 | 三要 | 二、 — a list under 一、, not a slip. (A
    lone item before the open series' own N, 第一点 | 第二是 | 第二点, is a slip.)"""
    listed = False
    for later in markers_after(items, at):
        if later.family == family:
            return listed and later.number == marker.number
        if later.family in above:
            return False
        listed = listed or (later.family == marker.family and later.number == marker.number + 1)
    return False
