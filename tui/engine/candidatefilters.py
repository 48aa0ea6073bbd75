"""Heading candidates that are no headings: lists, a preface, a heading printed twice.

Items of a tight list, a bulleted list or listed pairs (``without_tight_lists``,
``without_bullet_lists``, ``_without_listed_pairs``), a preface's summary list before the
talk begins (``after_preface``), and a heading printed twice (``without_doubled``) are
taken out of a speech's candidates by ``assemble.assemble_document``, in its order.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.base import patterns
from tui.engine.markers import Marker
from tui.engine.para import Para

# 以下是演讲全文： / 全文如下 — the speaker's preface (with its summary list) ends here.
_FULL_TEXT_FOLLOWS = patterns.compile(
    r"以下(?:是|为)[^。！？，,]{0,16}全文|全文如下|(?:讲话|演讲|发言)全文[：:]"
)


# 大家中午好！ / 各位嘉宾，大家好！ on a line of its own: the talk itself begins here.
_GREETING = patterns.compile(r"^[^。！？!?]{0,16}大家(?:早上|上午|中午|下午|晚上)?好[！!。.]?$")
_PREFACE_MAX = 12
"""The most paragraphs of text a preface before a greeting may have."""


def without_doubled(
    candidates: list[tuple[int, Marker]], paras: list[Para]
) -> list[tuple[int, Marker]]:
    """第一节 社会学之对象 | 第一节 社会学之对象 (or 第一节 总和之定义 | 第一节 总和之定义——逻辑的
    与现实的总和): a heading printed twice, one line right under the other with only blank
    lines (or noise) between — an edition's stand-in for a lost chapter title — is one
    heading, the second line (whose text follows; it may add a subtitle)."""
    dropped: set[int] = set()
    for (first, marker), (second, again) in zip(candidates, candidates[1:], strict=False):
        if (
            marker.family == again.family
            and marker.number == again.number
            and marker.text == again.text
            and paras[second].text.startswith(paras[first].text)
            and all(paras[i].noise for i in range(first + 1, second))
        ):
            dropped.add(first)
    if not dropped:
        return candidates
    return [item for item in candidates if item[0] not in dropped]


def after_preface(
    candidates: list[tuple[int, Marker]], paras: list[Para], begin: int, end: int
) -> list[tuple[int, Marker]]:
    """Drop the enumerators of a preface: a summary list (1.…2.…3.…) before 以下是演讲全文,
    or before the greeting that opens the talk (大家中午好！ a few paragraphs into the text),
    previews the speech; its outline is what follows."""
    if not candidates:
        return candidates
    last = candidates[-1][0]
    for index in range(begin, min(end, last + 1)):
        para = paras[index]
        if not para.noise and "全文" in para.text and _FULL_TEXT_FOLLOWS.search(para.text):
            return [item for item in candidates if item[0] > index]
    first = candidates[0][0]
    seen = 0
    for index in range(begin, end):
        para = paras[index]
        if para.noise:
            continue
        if index > first and "好" in para.text and _GREETING.match(para.text):
            return [item for item in candidates if item[0] > index]
        seen += 1
        if seen > _PREFACE_MAX:
            break
    return candidates


def _ordered_item(para: Para, marker: Marker) -> bool:
    """Whether ``para`` is a Markdown ordered-list item: "1. " (an ASCII number, a dot, a space)."""
    return (
        marker.family == "arabic"
        and marker.text[-1:] == "."
        and marker.text[:1].isascii()
        and not para.md
        and para.text[len(marker.text) : len(marker.text) + 1] == " "
    )


Item = tuple[int, Marker]
"""A heading candidate: its paragraph's index and its marker."""


def _without_listed_pairs(
    candidates: list[Item], listed: Callable[[Item, Item], bool]
) -> list[Item]:
    """The candidates less every two neighbours that ``listed`` says are items of one list."""
    dropped: set[int] = set()
    for item, following in zip(candidates, candidates[1:], strict=False):
        if listed(item, following):
            dropped.update((item[0], following[0]))
    if not dropped:
        return candidates
    return [(index, marker) for index, marker in candidates if index not in dropped]


def without_tight_lists(candidates: list[Item], paras: list[Para]) -> list[Item]:
    """In a Markdown text (one with ``#`` headings), the candidates less the items of tight
    ordered lists: "1. …" and "2. …" on adjacent lines, no text of their own between them, are
    a list of the paragraph's content (两期迭代工作： | 1. 前一期… | 2. 后一期…), not sections;
    so are the items of a loose list, paragraphs of their own with blank lines and no other
    text between them (a page seam's number and running header are no text). Also when every item is "1." (lazy numbering: Markdown renders 1. 2.
    3. whatever the numbers after the first)."""

    def tight(item: Item, following: Item) -> bool:
        (first, marker), (second, after) = item, following
        return (
            (
                paras[second].line == paras[first].end_line + 1
                # (a page seam between two items — its number, a running header — is no
                # text of their own: the list goes on across it)
                or all(para.noise for para in paras[first + 1 : second])
            )
            and after.number in (marker.number + 1, marker.number)
            and _ordered_item(paras[first], marker)
            and _ordered_item(paras[second], after)
        )

    return _without_listed_pairs(candidates, tight)


def _one_sentence_item(para: Para, marker: Marker) -> bool:
    """Whether a list item holds one sentence only (第一点，提高认识；): no text of its own
    after its first sentence."""
    body = para.text[marker.end :].rstrip("。；;.，,")
    return len(body) <= 60 and not any(mark in body for mark in "。！？!?")


def without_bullet_lists(
    candidates: list[Item], paras: list[Para], markdown: bool = False
) -> list[Item]:
    """The candidates less the items of bulleted lists in a paragraph's flow: "- 第一点，…；"
    and "- 第二点，…；" as adjacent paragraphs, each one sentence, no text of their own between
    them (要把握好几点： | - 第一点，提高认识； | - 第二点，…), are the content of the
    paragraph that announces them, not sections. Bulleted items that each lead their own
    text stay headings. In a speech whose sections are Markdown ``#`` headings
    (``markdown``: a ``#`` line among its heading candidates, not only a ``#`` title)
    adjacent bulleted items are a list however long each is ("- 首先，这是一段…。" |
    "- 其次，…" | "- 最后，…？…？": three remarks on a code sample)."""

    def bulleted(item: Item, following: Item) -> bool:
        (first, marker), (second, after) = item, following
        return (
            second == first + 1
            and paras[first].bullet
            and paras[second].bullet
            and after.family == marker.family
            and (
                after.number == marker.number + 1
                or (after.family == "sequence" and after.number == 99 and marker.number > 1)
            )
            and (
                markdown
                or (
                    _one_sentence_item(paras[first], marker)
                    and _one_sentence_item(paras[second], after)
                )
            )
        )

    return _without_listed_pairs(candidates, bulleted)
