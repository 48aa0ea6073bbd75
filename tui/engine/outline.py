"""The outline of one speech: which paragraph-initial enumerators are headings, and their levels.

Levels are relative: a stack of marker families is kept per speech. A family already on
the stack closes everything below it; a new family nests one deeper — except that the
official ladder (一、 > （一） > 1. > （1） > ①) is respected when a higher rung appears under a
lower one, and a numbering slip (一是, 二是, (三)) continues the series it slipped from.

Why this module is over 500 lines: the level of a heading depends on every heading before
it in its speech (the stack), and ``build_outline`` is the one loop, about 500 lines, that
keeps it; the conditions that move a heading up or down the stack read best where they
act, beside the stack they change. The questions they ask live apart: a heading's title
and its paragraph's shape (``headingtitle``), a spoken series' words and where a list
began in the text (``spokenseries``), what the other candidates tell about one
(``itemscan``), whether an announced or restarted list is the open heading's
(``announcedlists``), which families nest under which (``rungs``); whether a candidate is
a heading at all is ``series``'s.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from itertools import pairwise

from tui.engine.announcedlists import (
    ADDRESSED,
    BESIDES,
    CONCLUDED,
    DELEGATES,
    OTHERS_TOO,
    SUMMED_UP,
    TURNS_TO_NEXT,
    announced_above,
    announced_list_item,
    compact_announced,
    items_hold_lists,
    list_in_titled_item,
    restart_under_open,
    takes_up,
)
from tui.engine.headingtitle import heading_line, heading_title, runs_into_text, title_alone
from tui.engine.itemscan import (
    goes_on,
    inner_restarts,
    inverted_series,
    items_ahead,
    markers_after,
    nested_restart,
    one_paragraph_each,
    own_number_ahead,
    restated_lists,
    resumed_after,
    slip_across,
    two_again,
)
from tui.engine.markers import (
    LADDER_RANK,
    MARKDOWN_FAMILIES,
    SPOKEN_FAMILIES,
    WEAK_FAMILIES,
    Marker,
    series_family,
)
from tui.engine.preview import previews_second
from tui.engine.rungs import (
    SET_OFF,
    above_cn_dun,
    deeper_rung,
    extends_number,
    markdown_level,
)
from tui.engine.series import (
    CROSSHEAD,
    CROSSHEAD_FIRST,
    CROSSHEAD_ONLY,
    SUBTITLE_ONLY,
    drop_figures,
    drop_inline_series,
    drop_previews,
    latin_one,
    lists_of_one,
    plain_series,
    series_only,
    unmapped_numerals,
    valid_sequences,
)
from tui.engine.spokenseries import (
    COUNTED_LIST,
    announced_first,
    said_in_order,
    shape_changes,
    spoken,
    steps_begun,
    unit_family,
)

MAX_LEVEL = 4
"""The deepest level an outline holds: the four rungs of GB/T 9704 (一、 > （一） > 1. > （1））
and the gold format's levels 1–4. Items deeper than that (（1） under 1. under 壹、 > 一、 >
（一）) are the text's own lists, shown as text."""


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """A heading found in a speech (before it becomes a model ``Heading``). (A named tuple
    "built fastest" before: no gain beyond the noise, see ``Marker``.)"""

    paragraph: int
    """Index of the heading's paragraph in the document's paragraph list."""
    marker: Marker
    """The enumerator (its number renumbered for 首先/其次/最后 series)."""
    level: int
    """1-based depth within the speech."""


def _lone_numbered_hash_lines(
    items: list[tuple[int, Marker]], md_depths: dict[int, int]
) -> list[tuple[int, Marker]]:
    """A ``#`` line whose numeral is of a family counted only as a series (``## 二 为什么…``,
    the one numbered heading among unnumbered ones) and stands alone in the speech: still a
    heading — the writer marked it — taken as an unnumbered ``#`` heading (its numeral kept in
    its title) instead of being dropped as a lone number."""
    counts: dict[str, int] = {}
    for _, marker in items:
        counts[marker.family] = counts.get(marker.family, 0) + 1
    return [
        (index, Marker(f"md{md_depths[index]}", 1, "", 0))
        if index in md_depths
        and marker.family in WEAK_FAMILIES
        and marker.family != "bold"
        and counts[marker.family] == 1
        else (index, marker)
        for index, marker in items
    ]


def _kept_plain(
    items: list[tuple[int, Marker]], members: list[tuple[int, Marker]]
) -> list[tuple[int, Marker]]:
    """``series.plain_series``, but for a preface beside the parts: one unnumbered line
    opening the outline, numbered headings under it, then the 第N章 parts (序 | （一）… |
    第一章 … | （一）…) — kept, at the parts' level."""
    over = [
        item for item in items if item[1] not in (SUBTITLE_ONLY, CROSSHEAD_ONLY, CROSSHEAD_FIRST)
    ]
    plain = [place for place, (_, marker) in enumerate(over) if marker.family == "plain"]
    if (
        plain == [0]
        and len(over) > 1
        and over[1][1].family != "part"
        and any(marker.family == "part" for _, marker in over[2:])
    ):
        return over
    return plain_series(items, members)


def build_outline(
    items: list[tuple[int, Marker]],
    texts: dict[int, str] | None = None,
    md_depths: dict[int, int] | None = None,
    following: dict[int, str] | None = None,
    leading: dict[int, str] | None = None,
    turned: set[int] | None = None,
    order: dict[int, int] | None = None,
    wrapped: frozenset[int] = frozenset(),
    members: list[tuple[int, Marker]] | None = None,
) -> list[OutlineEntry]:
    """Decide which candidates are headings and give each its level.

    ``items`` are (paragraph index, marker) for every paragraph of one speech that starts
    with an enumerator, in order; ``texts`` their paragraphs' text (to spot a list that
    only previews the headings); ``md_depths`` the ``#`` depth of those that are Markdown
    heading lines (numbered or not). An unnumbered ``#`` heading takes its level from the
    depths (``## `` over ``### ``, see ``markdown_level``); a numbered one from its
    numbering, as any other. ``following`` holds, for first items of a spoken series, the
    text paragraphs after them up to the next candidate (see ``series.drop_inline_series``);
    ``leading``, for second items, the text paragraphs since the candidate before them (where
    a first item announced after a colon sits: see ``announced_first`` and ``first_said``),
    and the same for each 一、 (a section announcing the 一、 series of its tasks with a colon).
    ``turned`` holds the first items of a spoken series that follow an interjection (各位同事！,
    同志们！ alone on its line) since the candidate before: the speaker has turned to a new
    part, so the new series stands beside the spoken series open, not under its last item.
    ``order`` maps a paragraph index to its place among the speech's paragraphs of text (noise
    left out: an ad line between two paragraphs leaves them one right after the other).
    ``wrapped`` holds the candidates whose paragraph runs over several lines of the file (see
    ``series.drop_inline_series``). ``members`` are lines that are sub-headings only beside
    siblings that subtitle the sections without them (``sublines.MEMBER_ONLY``), seen by
    ``series.plain_series`` alone.
    """
    md_depths = md_depths or {}
    leading = leading or {}
    turned = turned or set()
    stack: list[list] = []  # [family, number] per level
    heads: list[int] = []  # the paragraph index of each level's heading
    said: set[tuple[str, int]] = set()  # (family, number) of every heading placed so far
    depths: list[int] = []  # the ``#`` depth of each level's heading line (0: not a # line)
    seen: list[set[str]] = []  # every family that stood at each level under its parent
    out: list[OutlineEntry] = []
    items = lists_of_one(unmapped_numerals(latin_one(items)), frozenset(md_depths))
    if md_depths:
        items = _lone_numbered_hash_lines(items, md_depths)
    if texts:
        items = drop_inline_series(
            drop_previews(drop_figures(items, texts, order), texts, order),
            texts,
            following,
            wrapped,
        )
    begun = steps_begun(items, leading)
    items = _kept_plain(series_only(items, begun), members or [])
    plain_heads = sum(  # the unnumbered heading lines with numbered headings after them
        1
        for (_, marker), (_, after) in pairwise(items)
        if marker.family == "plain" and after.family not in ("plain", CROSSHEAD)
    )
    inner = inner_restarts(items)
    inverted = inverted_series(items)
    restated = restated_lists(items, texts)
    shapes = shape_changes(items)
    ahead = items_ahead(items, shapes)
    markers = dict(items)

    def _before(index: int) -> str:
        """The text since the candidate before ``index``; with none between, that candidate's
        own paragraph when it counts the list it opens (第二步就是…。这可以分四点来讲：第一是不
        要懒。… | 第二是…: the list's first item said in the heading line above). An uncounted
        run-in list there (（五）…。审计9省…，主要情形：一是…。 | 二是…, a PDF's line that
        happens to start with 二是) stays the paragraph's own words."""
        text = leading.get(index, "")
        if text or not texts or not heads or heads[-1] not in texts:
            return text
        own = texts[heads[-1]]
        return own if COUNTED_LIST.search(own) else ""

    def _preview_owner(index: int) -> int:
        """The 0-based level under which the second spoken item at ``index`` goes when the text
        of a heading still open previewed its list, first and second item after a colon
        (``preview.previews_second``): the level of that heading plus one (0 when the speech's
        opening text holds the preview); -1 when no open heading's text holds one."""
        words = markers[index].text
        owner = -1  # (the candidate whose text runs up to the next candidate)
        for candidate, _ in items:
            if candidate >= index:
                return -1
            if previews_second(leading.get(candidate, ""), words):
                break
            owner = candidate
        else:
            return -1
        if owner < 0:
            return 0
        return heads.index(owner) + 1 if owner in heads else -1

    def place(level: int, family: str, number: int) -> None:
        """Put ``family`` at 0-based ``level``, closing every level below it."""
        del stack[level:]
        del heads[level:]
        del depths[level:]
        del seen[level + 1 :]
        stack.append([family, number])
        heads.append(index)
        said.add((family, number))
        depths.append(md_depths.get(index, 0))  # (``index``: the item being placed)
        if len(seen) <= level:
            seen.append(set())
        seen[level].add(family)

    for index, marker in valid_sequences(items, frozenset(md_depths), texts):
        family, number = marker.family, marker.number
        if family == "di-unit" and index not in shapes:
            family = unit_family(marker.text)
        elif family == "di-kind":
            # 第一味药 … 第一种工具: two series (第一步， and 第二步观察…: one)
            family = "di-kind:" + marker.text.rstrip("，,")[-1]
        elif family == "label":
            family = series_family(marker)  # (场景一 … 理由一: two series)
        if family in MARKDOWN_FAMILIES:
            level = markdown_level(md_depths.get(index) or int(family[2:]), stack, depths)
            if texts and level < len(heads) and extends_number(texts[heads[level]], texts[index]):
                # ### 5.1 … then ### 5.1.1 …: the number puts it inside 5.1, whatever its depth.
                level += 1
            place(level, family, number)
            out.append(OutlineEntry(index, marker, level + 1))
            continue
        if number == 2 and family.startswith("di-unit:") and (owner := _preview_owner(index)) >= 0:
            # …读书有两个要素：第一要精；第二要博。 in （3）读书的方法's text | … | 第二要讲什么叫“博”。: the
            # second of the parts the open heading's text previewed, a level under that heading.
            place(owner, family, number)
            out.append(OutlineEntry(index, marker, owner + 1))
            continue
        position = None
        same = [j for j in range(len(stack) - 1, -1, -1) if stack[j][0] == family]
        if same:
            # The deepest level of the family, or the one whose numbering this continues
            # (一、…五、 inside 二、, then 三、 goes back to the top).
            going_on = [j for j in same if stack[j][1] == number - 1]
            if (
                number == 2
                and restart_under_open(
                    marker,
                    family,
                    stack,
                    markers.get(heads[-1]),
                    texts.get(heads[-1], "") if texts else "",
                    leading.get(index, ""),
                )
                and (not going_on or two_again(items, index, marker.family))
            ):
                # …决定：（一） then （二） on its line, under （Ｄ） of a report whose top is
                # （一）（二）; 三、虚伪。…虚伪有二：一、… then 二、…: a new list of the open heading.
                level = len(stack)
                place(level, family, number)
                out.append(OutlineEntry(index, marker, level + 1))
                continue
            if (
                not going_on
                and number == 1
                and family == "cn-dun"
                and texts
                and len(stack) > same[0] + 1
                and stack[same[0]][1] >= 2
                and stack[-1][0] != family
                and _before(index).rstrip().endswith(("：", ":"))
            ):
                # 三、若干问题 | （一）… | 第一，… | …提供了以下的积累来源： | 一、…四、: the list
                # the open item announces, under that item — not the top series starting over,
                # nor a list beside the section's sub-headings.
                level = len(stack)
                place(level, family, number)
                out.append(OutlineEntry(index, marker, level + 1))
                continue
            if (
                not going_on
                and number == 1
                and (
                    # ### 3.团队 then #### 1.学习动力不强: a # line of the family, deeper than
                    # the open one, starting over at 1 is its list, not the series again.
                    0 < depths[same[0]] < md_depths.get(index, 0)
                    # （4）… then （1）…（5） and （5） again: a list inside （4）, not a new
                    # list beside it.
                    or nested_restart(items, index, marker.family, stack[same[0]][1])
                    # （3）读书的方法。 | …现在要说手到。…例如： | （1）…（2）…（3）… one per
                    # paragraph: the list of that item's section, not a new list beside it.
                    or (
                        texts
                        and len(stack) == same[0] + 1
                        and list_in_titled_item(
                            items, index, family, heads[same[0]], texts, markers, order
                        )
                    )
                    # （3）做读书札记，是要动手的。 | 札记又可分四类： | （1）…（4）: the list
                    # of that item, announced in words of its title.
                    or (
                        texts
                        and len(stack) == same[0] + 1
                        and takes_up(
                            heading_title(texts[heads[same[0]]], markers[heads[same[0]]]),
                            leading.get(index, ""),
                        )
                    )
                    # 二、今年的工作 | …要着力抓好五个方面的工作： | 一、…五、: the tasks the
                    # open section announces, under it — not the top series starting over.
                    or (
                        family == "cn-dun"
                        and len(stack) == same[0] + 1
                        and stack[same[0]][1] >= 2
                        and leading.get(index, "").rstrip().endswith(("：", ":"))
                        and not (
                            texts and announced_list_item(items, heads[same[0]], texts, leading)
                        )
                    )
                )
            ) or (
                # 一、…五、 again inside 二、, after its （一）…（三）, and 三、 follows: a list of
                # the section beside its sub-headings — not the top series starting over.
                index in inner and len(stack) > same[0] + 1
            ):
                level = same[0] + 1
                place(level, family, number)
                out.append(OutlineEntry(index, marker, level + 1))
                continue
            if len(going_on) > 1 and texts:
                # 三、人心自然的病 | …：一、… | 二、以…治：… | 三、以…治：… | 四、人心不自然的病: the
                # number goes on with both lists; it goes on with the one whose item has its
                # shape (a title alone on its line, or not).
                alone = title_alone(texts[index], marker)
                going_on = [
                    j for j in going_on if title_alone(texts[heads[j]], markers[heads[j]]) == alone
                ] or going_on
            position = going_on[0] if going_on else same[0]
            if (
                not going_on
                and number >= 2
                and spoken(family)
                and stack[same[0]][1] == number
                and len(stack) > same[0] + 1
                and not any(
                    m.family == marker.family and m.number > number
                    for m in markers_after(items, index)
                )
            ):
                # 第三点，… | 第一…第三 | … | 所以这是我…分享的第一点，… | … | 第三点，… (no 第四点
                # after it): a spoken point said again after a list under it is no new item in
                # its place but a point of another list under it, its first items said inside
                # sentences. (第二是，… | 第二点，… | 第四点: said again right after it, with the
                # series going on, a slip in the numbering — it keeps its level.)
                position = same[0] + 1
        if position is None:
            # A family that stood at a level and was replaced there (一要 … 1. 2. … 二要)
            # comes back to that level.
            position = next(
                (j for j in range(min(len(seen), len(stack)) - 1, -1, -1) if family in seen[j]),
                None,
            )
            if (
                position is not None
                and number == 1
                and stack[position][0] in ("part", "section")
                and family not in ("part", "section")
            ):
                # （一）…（五） of a preface | 第一章 … | （一）…: a chapter's heading replaced
                # the list at its level; the list starting over under it is the chapter's.
                position += 1
        if position is not None:
            place(position, family, number)
            out.append(OutlineEntry(index, marker, position + 1))
            continue
        depth = md_depths.get(index, 0)
        if depth and any(d >= depth for d in depths):
            # ## ① 开场 after ## 配图清单: a numbered # line of a new family beside an open #
            # heading of its depth is that heading's sibling, not its sub-heading.
            level = markdown_level(depth, stack, depths)
            place(level, family, number)
            out.append(OutlineEntry(index, marker, level + 1))
            continue
        if index in restated and any(other == restated[index] for other, _ in stack):
            # （1）杀生…（10）邪见 restating （一）杀生…（十）邪见: beside that list, not under it.
            level = next(j for j, (other, _) in enumerate(stack) if other == restated[index])
            place(level, family, number)
            out.append(OutlineEntry(index, marker, level + 1))
            continue
        if index in inverted and stack:
            # 一、…十、 inside （二） of a report whose top level is （一）（二）（三）.
            level = (
                next((j for j, (other, _) in enumerate(stack) if other == inverted[index]), 0) + 1
            )
            place(level, family, number)
            out.append(OutlineEntry(index, marker, level + 1))
            continue
        if (
            number >= 2
            and stack
            and stack[-1][1] == number - 1
            and family not in ("part", "section")
            and (
                not deeper_rung(family, stack[-1][0])
                or slip_across(items, index, marker, leading.get(index, ""), said)
            )
            and stack[-1][0] not in SET_OFF
            # (一、 | 要狠抓…。 | 二要… | 三要… | 二、: the open series goes on with its own 二 —
            # this 二 is a list under 一、 whose first item lost its 一, not a slip.)
            and not own_number_ahead(
                items,
                index,
                markers[heads[-1]].family,
                marker,
                {markers[head].family for head in heads[:-1]},
            )
            # (一、 | …有三点：第一，… | 第二，…: the 第二， of a list its section's text
            # announced with its first item, not a slip in the 一、 series.)
            and not (number == 2 and announced_first(leading.get(index, ""), marker.family))
            and not said_in_order(leading.get(index, ""), marker)
        ):
            # A numbering slip: 一是, 二是, (三) — the series goes on under its own family.
            stack[-1][1] = number
            heads[-1] = index
            seen[len(stack) - 1].add(family)
            said.add((family, number))
            out.append(OutlineEntry(index, marker, len(stack)))
            continue
        if announced_above(family, stack, _before(index)):
            # （3）独善的个人主义。… | …共有四种： | （一）…（四）; （五）…问题 | …的措施是这样规定
            # 的： | 一、…三、: a list of a higher official rung that the open item's text
            # announces with a colon, in a speech whose top is the lower rung — the item's
            # list, under it, not a new top over the series open.
            level = len(stack)
        elif family == "coda" and not marker.text:
            # 尾声 / 结论 alone on its line (``assemble``): the closing part, after the speech's
            # numbered parts (第五幕　… or 四、…) at their top level.
            level = 0
        elif family == "part":
            # 第一部分 is the top — except under a Markdown # heading, the writer's own top:
            # ## 2.工作 | …可以分为三部分。 | 第一部分，开发… is that section's.
            level = next((j + 1 for j in range(len(depths) - 1, -1, -1) if depths[j]), 0)
            if not level and stack and stack[0][0] == "volume":
                level = 1  # 第一编 | 第一章: the volume's chapters, under it (``chapters``)
        elif family == "cn-dun":
            level = next(
                (
                    j
                    for j, (other, _) in enumerate(stack)
                    if not above_cn_dun(other, heads[j], texts)
                ),
                len(stack),
            )
            if level < len(stack) and resumed_after(items, index, stack[level]):
                # 第一、… 一、…五、 … 第二、: the rules listed inside 第一、 before the
                # spoken series goes on are that item's list, a level under it.
                level += 1
        elif family in LADDER_RANK:
            rank = LADDER_RANK[family]
            level = next(
                (
                    j
                    for j, (other, _) in enumerate(stack)
                    if other in LADDER_RANK and LADDER_RANK[other] >= rank
                ),
                len(stack),
            )
            if family == "paren-cn":
                # （一） is the official second rung: under 一、 (or 第一部分) it does not nest
                # under a rhetorical 一是/第一， item but takes its level (一、 > 一是… > （一）).
                # Where the rhetorical series is the top level, （一） nests under it.
                above = [
                    j
                    for j, (other, _) in enumerate(stack[:level])
                    if other in LADDER_RANK or other in ("part", "section")
                ]
                if above and not (
                    texts
                    and level > above[-1] + 1
                    and index > heads[level - 1] + 1
                    and (
                        heading_line(texts, markers, heads[level - 1])
                        # 第二步观察和调查。… | …总起来可以分做三样： | （一）…（三）: a step's (or
                        # a kind's) own parts, announced by its text with a colon, are under it
                        # — unlike the tasks a section announces after its 一是… points.
                        or (
                            number == 1
                            and stack[level - 1][0].startswith("di-kind")
                            and leading.get(index, "").rstrip().endswith(("：", ":"))
                        )
                    )
                ):
                    # (第六，学习。 a heading line, then 我们应该学习什么呢？ and （一）…（五）:
                    # the list its text announces is under it.)
                    level = min(level, above[-1] + 1)
            if (
                number == 1
                and stack
                and level == len(stack)
                and stack[-1][0] in LADDER_RANK
                and texts
                and BESIDES.search(leading.get(index, "")) is not None
                and runs_into_text(texts, markers, heads[-1])
            ):
                # （6）议案提出后，…。 | 此外还须注意…两种精神： | ①…②…: a list announced as added
                # ("besides") after an item that runs into its text stands beside that item's
                # list, not under its last item (a section's title alone keeps it: its own list).
                level -= 1
        elif number >= 2 and (start := _said_before_list(out, leading, marker)) is not None:
            # …这表中，有两件事须要说明。…第一，不婚不嫁的原因约有几种： | 一、…六、 | 第二，离婚…:
            # the first item closes the paragraph announcing the list under it; the second item
            # stands where the first would, one level over that list.
            level = out[start].level - 2
        elif (
            number >= 2
            and not ahead(index, (family, number + 1))
            and (number > 2 or (family, 1) not in said)
            and not (number == 2 and announced_first(_before(index), marker.family))
            and not said_in_order(_before(index), marker)
            and index not in begun
        ):
            # A rhetorical series does not start at 三: this is prose (三要…) or an inline
            # series whose first items were not at a paragraph start — unless it goes on at
            # paragraph starts (第三、… 第四、…: its first items were said in passing). Nor at
            # 二 when its 一 never started a paragraph (…谈到：第一是…，… then 第二是…) —
            # unless that 一 sits in the line announcing the list, right after its colon
            # (请大家考虑：第一是…。 then 第二是… on its line): the project's convention lists the
            # later items of such a list (docs/headings.md).
            continue
        elif index in turned and number == 1:
            # 一是…三是 | 各位同事！ | …我提出以下建议： | 第一，…: after the interjection the
            # speaker starts a new part; the new series stands beside the spoken series open
            # (under the section above it, if any), not under that series' last item.
            level = next((j for j, (other, _) in enumerate(stack) if spoken(other)), len(stack))
        else:
            level = len(stack)
            if (
                number == 1
                and family in SPOKEN_FAMILIES
                and stack
                and stack[-1][0] == "plain"
                and plain_heads == 1
                and not any(m.family == "plain" for m in markers_after(items, index))
            ):
                # 感谢与承担 | 为年轻人打造一个更好的国家 | …新政府要做好几件事。 | 第一、…第五、 |
                # 结语: a speaker's own series beside the speech's unnumbered section titles —
                # they stand over the official ladder only (过去五年的回顾 > 一、). Where the
                # section titles go on after the series (加快社会主义经济建设 | 第一，…第六， |
                # 繁荣社会主义科学教育文化事业 | …), it is that section's, under it.
                level -= 1
            if (
                (number == 1 or (number == 2 and (family, 1) not in said))
                and spoken(family)
                and texts
                and (
                    len(stack) >= 2
                    or (
                        stack
                        and announced_list_item(items, heads[-1], texts, leading)
                        and not items_hold_lists(items, heads[-1])
                    )
                )
                and stack[-1][0] in LADDER_RANK
                and leading.get(index)
                and (
                    runs_into_text(texts, markers, heads[-1])
                    or DELEGATES.search(leading[index]) is not None
                    or compact_announced(items, heads[-1], leading, order or {})
                )
                and not goes_on(items, index, stack)
            ):
                # （七）提升效能强服务。大力推进… | 去年，…呈现出了十大亮点： | 一是…十是: a spoken
                # list after the last item of a list whose items run into their text, with
                # text between, is the section's list beside them — not the last item's. So
                # is one announced to the deputies (各位代表，…体会有以下几个方面： | 第一，…).
                # At the talk's top, the list must be one its text announced with a colon
                # (…从专设的机关起： | (一)…(九) | … | 第二是…第七是, its 第一是 said in the text:
                # the series starts at 2); a top list not so announced is the talk's sections.
                level -= 1
            if (
                number == 1
                and spoken(family)
                and stack
                and level == len(stack)
                and spoken(stack[-1][0])
                and leading.get(index)
                and order is not None
                and texts is not None
                and runs_into_text(texts, markers, heads[-1])
                and one_paragraph_each(items, heads[-1], order)
            ):
                # 一抓组织领导，…。 | 二抓… | … | 十抓…。 | 主题教育取得了明显成效，… | 一是…: a
                # spoken series whose items follow each other a paragraph each, text after
                # its last item, then a new spoken series: the speech's next run of points,
                # beside the first — not the last item's list.
                level -= 1
            if (
                number == 1
                and stack
                and level == len(stack)
                and (
                    SUMMED_UP.search(leading.get(index, "")) is not None
                    or TURNS_TO_NEXT.search(leading.get(index, "")) is not None
                    or OTHERS_TOO.search(leading.get(index, "")) is not None
                    or (
                        # (after an item that is a sentence, not a section's title alone)
                        CONCLUDED.search(leading.get(index, "")) is not None
                        and texts is not None
                        and heads[-1] in texts
                        and not title_alone(texts[heads[-1]], markers[heads[-1]])
                    )
                )
            ):
                # 三、扩充研究用的工具。 | 以上是傅先生…的意见。…他计划要大规模的发掘新材料： |
                # 第一步，…: the paragraph summing up the list above closes its last item; the
                # new series stands beside that item, not under it. So does one turning to
                # the next topic (（3）… | 以下再说…所得到的益处： | 第一，…), and one naming the rest of
                # the work in one breath (（七）… | 此外，…等工作也取得较好成效。 | …“八个亮点”： | 一是…).
                level -= 1
        if (
            number == 1
            and spoken(family)
            and stack
            and ADDRESSED.search(leading.get(index, "")) is not None
            and all(m.family == marker.family for m in markers_after(items, index))
        ):
            # …5．落实各项资助政策… | 同志们，…我向…提三点希望： | 一是…三是 (the speech ends): the
            # speaker turns to the audience after the last part and closes with a list of his
            # own — the speech's coda, at its top, not the last item's list. (With a part after
            # it the list is that section's.)
            level = 0
        if (
            family == "paren-cn"
            and number == 1
            and stack
            and level == len(stack)
            and spoken(stack[-1][0])
            and SUMMED_UP.search(leading.get(index, "")) is not None
        ):
            # 第三，… | 上列三项，就是…的引伸义。 | 复次，…须备有几个重要的条件。 | （一）…: the
            # spoken series summed up is closed; the （一） list stands beside it, not under
            # its last item (as a spoken series after a summed-up list does, above).
            level -= 1
        place(level, family, number)
        out.append(OutlineEntry(index, marker, level + 1))
    out = _slips_into_deeper_series(out)
    if any(entry.level > MAX_LEVEL for entry in out):
        # 壹、 > 一、 > （一） > 1. > （1）: a fifth level is the text's own list, not outline.
        return [entry for entry in out if entry.level <= MAX_LEVEL]
    return out


def _said_before_list(
    out: list[OutlineEntry], leading: dict[int, str], marker: Marker
) -> int | None:
    """Where in ``out`` the list starts that the first items of the spoken item ``marker``
    (a second or later one) announce: the headings placed last are one list of another family
    numbered from 1 (with its own sub-headings), and the paragraph before it ends with a colon
    after the earlier items said in order (…第一，不婚不嫁的原因约有几种： | 一、…六、 |
    第二，离婚的原因…). That list is the first item's; the later item stands one level over
    it, beside the item it was nested under — so that item must be the last of a list its own
    text announced with a colon (…最著名的，如： | 一、…六、: items, not a section whose talk
    the 第一， goes on). None when no such list ends the headings placed, or it stands at the
    top (一、 stands over a speaker's series: the old reading, 第二 prose, is kept)."""
    if not out or out[-1].level < 2 or out[-1].marker.family == marker.family:
        return None
    start = _list_start(out, len(out) - 1)
    if start is None or start == 0 or out[start - 1].level != out[start].level - 1:
        return None
    text = leading.get(out[start].paragraph, "").rstrip()
    if not (text.endswith(("：", ":")) and said_in_order(text, marker)):
        return None
    above = _list_start(out, start - 1)
    if above is None or not leading.get(out[above].paragraph, "").rstrip().endswith(("：", ":")):
        return None
    return start


def _list_start(out: list[OutlineEntry], end: int) -> int | None:
    """Where the list whose item ``out[end]`` is starts: the entries of its family and level
    before it (its items' sub-headings skipped), numbered up to it from 1; None when the run
    does not start at 1."""
    level, family = out[end].level, out[end].marker.family
    start = end
    for at in range(end - 1, -1, -1):
        entry = out[at]
        if entry.level > level:
            continue  # (a sub-heading of the list's items)
        if (
            entry.level < level
            or entry.marker.family != family
            or entry.marker.number > out[start].marker.number
        ):
            break  # (a heading above it, another family, or the list before it)
        start = at
    return start if out[start].marker.number == 1 else None


def _slips_into_deeper_series(out: list[OutlineEntry]) -> list[OutlineEntry]:
    """A heading of a shallower family standing where the deeper list open under it is due
    takes that list's level: 1、… | （1）… | （2）… | 4、… | （4）… (or | 2、…), the 「4、」 typed
    for （3） (docs/headings.md): its number does not go on with its own family's item above
    (1、, which goes on with 2、 after it, or none), while the deeper list it interrupts goes
    on past it ((4) after it) or its own family resumes with the number it skipped (2、).
    A 4、 after 3、 and its （1）（2） goes on with its family and keeps its level."""
    for at in range(1, len(out) - 1):
        entry, before = out[at], out[at - 1]
        level, family, number = entry.level, entry.marker.family, entry.marker.number
        if before.level != level + 1 or before.marker.family == family or number == 1:
            continue
        own = next((e for e in reversed(out[: at - 1]) if e.level <= level), None)
        if own is None or own.level != level or own.marker.family != family:
            continue
        if number == own.marker.number + 1:
            continue  # (its family goes on: 3、 | （1）（2） | 4、)
        deeper, after = before.marker, out[at + 1]
        resumes = next((e for e in out[at + 1 :] if e.level <= level), None)
        if (
            after.level == level + 1
            and after.marker.family == deeper.family
            and after.marker.number == deeper.number + 2
        ) or (
            after.level <= level
            and resumes is not None
            and resumes.level == level
            and resumes.marker.family == family
            and resumes.marker.number == own.marker.number + 1
        ):
            out[at] = dataclasses.replace(entry, level=level + 1)
    return out
