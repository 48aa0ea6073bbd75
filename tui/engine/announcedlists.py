"""Lists announced in the text and whose they are: a list the text announces (…如下： /
…有二： / 以下三条：) or that starts over at 1 belongs to the open heading — under it — or
stands beside it. A list inside a titled item (``list_in_titled_item``, ``takes_up``), a
new list under the open heading whose first item the text said (``restart_under_open``),
a list of sentences announced with a colon rather than sections (``announced_list_item``,
``items_hold_lists``, ``compact_announced``), a higher rung announced under a lower one
(``announced_above``); the words before a series that close the list above it or turn the
speech back to its part (``SUMMED_UP``, ``TURNS_TO_NEXT``, ``BESIDES``, ``OTHERS_TOO``,
``CONCLUDED``, ``DELEGATES``, ``ADDRESSED``: a small hand list, read by ``outline``).

What it does not decide: the level given (``outline`` asks these as it keeps its stack),
whether the first items were said (``spokenseries``), a title's shape (``headingtitle``).
"""

from __future__ import annotations

from itertools import pairwise

from tui.base import patterns
from tui.engine.headingtitle import heading_line, title_alone
from tui.engine.markers import LADDER_RANK, Marker
from tui.engine.spokenseries import FIRST_OF, first_said


def list_in_titled_item(
    items: list[tuple[int, Marker]],
    index: int,
    family: str,
    open_head: int,
    texts: dict[int, str],
    markers: dict[int, Marker],
    order: dict[int, int] | None = None,
) -> bool:
    """Whether the list of the ladder ``family`` that starts over at 1 at paragraph ``index``
    runs inside the open item of its family at paragraph ``open_head``: that item is its title
    alone on its line (（3）读书的方法。) and heads a section (text paragraphs between it and the
    item before it), text paragraphs stand between it and the list, and the list is compact
    (its （2） in the very next paragraph). The caller checks that nothing is open under the
    item. After a compact list ((1)…(4), then 以下三条：(1)…(3)), a list stands beside the
    other, as before. Paragraphs are counted by their place among the text's (``order``): a
    page seam's number or running header between two items does not part them."""
    places = order or {}

    def at(paragraph: int) -> int:
        return places.get(paragraph, paragraph)

    if family not in LADDER_RANK or at(index) <= at(open_head) + 1:
        return False
    if not heading_line(texts, markers, open_head):
        return False
    head = markers[open_head]
    before = next(
        (i for i, m in reversed(items) if i < open_head and m.family == family),
        None,
    )
    if head.number < 2 or before is None or at(before) >= at(open_head) - 1:
        return False  # （1）（2）（3） one per paragraph: a list beside which another list stands
    later = next(((i, m) for i, m in items if i > index), None)
    return (
        later is not None
        and at(later[0]) == at(index) + 1
        and later[1].family == family
        and (later[1].number == 2)
    )


_ANNOUNCED_STOPS = patterns.compile("[。！？!?；;]")


def takes_up(head_title: str, announcement: str) -> bool:
    """札记又可分四类： between （3）做读书札记，是要动手的。 and a list starting over at （1）: one
    short sentence announcing a list (ending with a colon) that opens with words of the open
    item's title takes that item up — the list is that item's, not a new one beside it."""
    if (
        len(announcement) > 40
        or announcement[-1:] not in "：:"
        or _ANNOUNCED_STOPS.search(announcement) is not None
    ):
        return False
    opening = announcement[:2]
    return (
        len(opening) == 2
        and all("\u4e00" <= ch <= "\u9fff" for ch in opening)
        and opening in head_title
    )


def restart_under_open(
    marker: Marker, family: str, stack: list[list], head: Marker | None, head_text: str, before: str
) -> bool:
    """Whether a second item whose family is open above without going on from 一 starts a
    new list under the open heading: its first item follows a colon in the line announcing
    it, and the open heading is of another family (（Ｄ） under （二）: …决定：（一） then （二）),
    or is of this family and announces the list in its own paragraph (三、虚伪。…虚伪有二：一、…)
    — or is its title alone, with no text after it, and the list is announced in the text
    that opens its section (一、人身自然的病及其醫藥 | 自然之病，…而醫此之醫藥：一、以飲食…治：…
    | 二、以義禮禪定治：…). A list of the family after a sibling list (（二）…（六）, then …如下：（一）
    and （二）; 四、因袭。… | 以上四件，…以下几种：一、轻的。… | 二、重的。) is not: it takes that
    list's place."""
    own = first_said(marker, head_text) and not _said_whole(marker, head_text)
    if stack[-1][0] != family:
        return first_said(marker, before) or own
    return own or (
        head is not None
        and title_alone(head_text, head)
        and first_said(marker, before)
        and marker.text not in before  # (…计划：一、教：…。二、理：… — that list was said whole)
    )


def _said_whole(marker: Marker, text: str) -> bool:
    """Whether the list ``text`` announces with its first item after a colon also holds its
    second item, ``marker``'s (…四项指标列全省第一：一是…；二是…；三是…；四是…。): the list is said
    whole in the text, and a 二是 opening the next paragraph is no item of it (holdout40 e03)."""
    first = marker.text.translate(FIRST_OF)
    starts = [at for colon in ("：", ":") if (at := text.find(colon + first)) >= 0]
    if not starts:
        return False
    begin = min(starts) + 1 + len(first)
    # (the list the colon opens first, up to the next list opened in the text: …之醫藥：一、平時…
    # 醫治之法有二：一、衛生…。二、醫藥… — that 二、 is the inner list's, the outer goes on below)
    ends = [at for colon in ("：", ":") if (at := text.find(colon + first, begin)) >= 0]
    run = text[begin : min(ends, default=len(text))]
    at = run.find(marker.text)
    return at > 0 and run[at - 1] in "；;。，,"


def announced_list_item(
    items: list[tuple[int, Marker]], head: int, texts: dict[int, str], leading: dict[int, str]
) -> bool:
    """Whether the item at paragraph ``head`` (the list's open item: 一、 or a later one) belongs
    to a list its text announced with a colon (…提出了三个最精辟的解答： | 一、凡是…便进步；… |
    三、…), the item's paragraph a sentence rather than a title alone: a list, not a section; a
    further list announced after it (…提出了三条工作旨趣： | 一、…) stands beside it. (二、今年的工作
    — a title alone — opens a section, whose announced tasks go under it — unless the items
    stand one right under the other, with no text between the first and the second: …以下列的形式
    规定之： | 一、原始均势——“正题”（these） | 二、… | 三、…: terms, not sections.) The list's first
    item is the last of its family numbered 1 at or before ``head``, and the colon must end the
    text between that item and the heading before it: a list whose second item is misprinted 1
    counts from there (holdout41 f05's colleges, …最著名的，如： | 一、vassarcollege…有一千二百人。 |
    一、wellesley…。 | 三、…六、: no text stands between the two 一、, so not announced)."""
    marker = next((m for i, m in items if i == head), None)
    if marker is None:
        return False
    first = next(
        (
            i
            for i, m in reversed(items)
            if i <= head and m.family == marker.family and m.number == 1
        ),
        None,
    )
    if first is None or not leading.get(first, "").rstrip().endswith(("：", ":")):
        return False
    if not title_alone(texts[head], marker):
        return True
    second = next((i for i, m in items if first < i <= head and m.family == marker.family), None)
    return second is not None and leading.get(second) == ""


def items_hold_lists(items: list[tuple[int, Marker]], head: int) -> bool:
    """Whether the list whose item is at paragraph ``head`` has a list of another family under
    one of its items before it (我省当前情况和问题： | （一）… | （1）…（8） | （二）…: sections, each
    with its points, though announced with a colon — holdout38 c01)."""
    family = next((m.family for i, m in items if i == head), None)
    first = next(
        (i for i, m in reversed(items) if i <= head and m.family == family and m.number == 1),
        None,
    )
    return first is not None and any(first < i < head and m.family != family for i, m in items)


def compact_announced(
    items: list[tuple[int, Marker]], head: int, leading: dict[int, str], order: dict[int, int]
) -> bool:
    """Whether the item at paragraph ``head`` ends a list its text announced with a colon whose
    items stand one right after the other, no text between them (…的措施是这样规定的： | 一、…； |
    二、…； | 三、…。): the list is a run of points said at once, and what the text says after
    it is no longer its last item's."""
    marker = next((m for i, m in items if i == head), None)
    if marker is None or marker.number < 2:
        return False
    run = [
        i for i, m in items if m.family == marker.family and i <= head and m.number <= marker.number
    ][-marker.number :]
    numbers = [m.number for i, m in items if i in run]
    return (
        numbers == list(range(1, marker.number + 1))
        and leading.get(run[0], "").rstrip().endswith(("：", ":"))
        and all(order.get(b, b) == order.get(a, a) + 1 for a, b in pairwise(run))
    )


def announced_above(family: str, stack: list[list], before: str) -> bool:
    """Whether a list of a higher rung of the official ladder than every family open (（一）
    after （3）, 一、 after （五）) is the open item's list: the text since that item ends
    announcing it with a colon."""
    return (
        bool(stack)
        and family in LADDER_RANK
        and all(
            other in LADDER_RANK and LADDER_RANK[other] > LADDER_RANK[family] for other, _ in stack
        )
        and before.rstrip().endswith(("：", ":"))
    )


DELEGATES = patterns.compile(r"(?:^|[。！？!?])(?:各位代表|各位委员)[，,！!]")
"""各位代表，… opening a paragraph of a report: the report turns back to its part's level."""

ADDRESSED = patterns.compile(
    r"(?:^|[。！？!?])(?:同志们|各位代表|各位委员|同学们|老师们|各位同事|各位同仁)[，,！!][^：:]*[：:]$"
)
"""A paragraph that turns to the audience (同志们，…我向大家提三点希望：) and ends announcing a list:
after a speech's last part, the list it announces closes the speech (``outline``). The forms of
address are a small hand list."""

SUMMED_UP = patterns.compile(
    "(?:^|[。！？!?])(?:以上|上面所说|上述|上列)(?=[是就所各这几两一二三四五六七八九十的，,])"
)
"""A sentence summing up what came above (以上是…, 上述三条…, 上列三项…, 上面所说的…) in the text
before a series: the demonstrative goes on with a copula, a count or a pause — not with a noun
of its own sentence (…增长百分之十七点六。上述指标，虽然… sums up no list, the figures just
named)."""

TURNS_TO_NEXT = patterns.compile("(?:^|[。！？!?])(?:以下|下面|下文)再(?:说|讲|谈)")
"""A sentence turning to the next topic (以下再说由工具主义的政府观中所得到的益处：) in the text
before a series: the list above is done with, as after 以上."""

_BESIDES_OPENING = "(?:^|[。！？!?])(?:此外|另外|除此之外|除此以外)"
"""A sentence opening with "besides": what ``BESIDES`` and ``OTHERS_TOO`` begin with."""

BESIDES = patterns.compile(f"{_BESIDES_OPENING}[^。！？!?；;]*[：:]$")
"""The sentence announcing a series opens with "besides" (此外还须注意团体生活最不可少的两种精神：):
the list above is done with and this one is added beside it, not the last item's own list."""

OTHERS_TOO = patterns.compile(
    f"{_BESIDES_OPENING}[，,][^。！？!?；;：:]*等[^。！？!?；;：:]*[也均都][^。！？!?；;：:]*[。！!]"
)
"""A sentence naming the rest of the work in one breath after a list's last item (此外，国防动员、
双拥、侨务…等工作也取得较好成效。): besides the items listed, the others "too" — the list above is
done with, as after 以上; a series after it is not its last item's. (此外，还要加强… — a further
task of that item, with no 等…也 — is not.)"""

CONCLUDED = patterns.compile("(?:^|[。！？!?])(?:因此|所以|总之|总而言之|综上所述|由此可见)[：:]$")
"""A bare connective of conclusion and a colon, the last words before a series (…。 | 因此： |
第一、…): the conclusions drawn from all that came above, not the open item's list. (With words
after it — 因此，我们要做好以下三点： — it announces that item's own points.) The connectives are
a small hand list: words, not structure, tell a conclusion."""
