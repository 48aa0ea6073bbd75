"""A report's parts named in its opening paragraphs (报告分六个部分：一、…；二、…), then standing alone
on their lines without their numbers.

A careful reader takes such a line for a part title because the text has said so: its words are
an item of the list of parts. That makes a line with a comma (加强政权建设，加强各族人民的大团结)
one of the part lines beside those without one, where a comma line alone between paragraphs is
otherwise only a crosshead candidate (``headinglines.crosshead_at``).
"""

from __future__ import annotations

from tui.base import patterns

PREVIEW_PARAGRAPHS = 12
"""The opening paragraphs of a speech searched for the list of its parts (the preview comes
before the first part: holdout32 p08's is its third paragraph)."""
_PREVIEW_ITEM = patterns.compile(
    r"(?<=[：:；;])[一二三四五六七八九十]{1,3}、([^；;。：:]{4,40})(?=[；;。])"
)
"""An item of an inline list of parts after the list's colon or the item before's semicolon:
its numeral, 、, and the part's name up to the next ；/。."""
_PREVIEW_MIN = 3
"""The fewest items a list of parts holds (a report of three parts or more)."""


def part_names(openings: list[str]) -> frozenset[str]:
    """The part names listed in ``openings`` (a speech's opening paragraphs): the items of an
    inline list opened by a colon, 一、 first, counting up from 一 in order, ``_PREVIEW_MIN`` or
    more (报告分六个部分：一、三年来的斗争和新时期的总任务；二、…；六、国际形势和我国对外政策。)."""
    names: set[str] = set()
    for text in openings:
        if "一、" not in text:
            continue
        start = text.find("一、")
        if start < 1 or text[start - 1] not in "：:":
            continue
        items = list(_PREVIEW_ITEM.finditer(text, start - 1))
        run: list[str] = []
        for number, item in enumerate(items, 1):
            numeral = item.group(0)[: item.group(0).index("、")]
            if numeral != _chinese(number):
                break
            run.append(item.group(1))
        if len(run) >= _PREVIEW_MIN:
            names.update(run)
    return frozenset(names)


def _chinese(number: int) -> str:
    """一 … 九十九 (the numerals of an inline list of parts)."""
    digits = "一二三四五六七八九"
    tens, ones = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else digits[tens - 1] + "十")
    return head + (digits[ones - 1] if ones else "")


# …读书有两个要素：第一要精；第二要博。: a list of the talk's parts said after a colon, every item in
# one sentence, separated by ；/，.
_FIRST_WORDS = {"要": ("第一要", "第二要"), "是": ("第一是", "第二是")}


def previews_second(text: str, marker_text: str) -> bool:
    """Whether ``text`` names, after a colon, the first and the second item of the list whose
    second item opens ``marker_text`` (…读书有两个要素：第一要精；第二要博。 for 第二要讲什么叫“博”。):
    the speaker previewed the parts of a talk, then opens the second on a line of its own (the
    first part opened unnumbered: 现在先说什么叫“精”。)."""
    words = _FIRST_WORDS.get(marker_text[2:3])
    if words is None or not marker_text.startswith("第二"):
        return False
    first, second = words
    for colon in ("：", ":"):
        at = text.find(colon + first)
        while at >= 0:
            stop = min((text.find(mark, at) for mark in "。！？" if mark in text[at:]), default=-1)
            end = stop if stop >= 0 else len(text)
            later = text.find(second, at, end)
            if later > 0 and text[later - 1] in "；;，,":
                return True
            at = text.find(colon + first, at + 1)
    return False


# 周恩来总理报告的第二部分是关于社会主义革命和人民民主统一战线。: a news summary naming the part a line heads.
_PART_NAMED = patterns.compile(r"第[二三四五六七八九十]部分(?:是关于|是讲|讲的是|谈的是|是)")
NAMED_PARTS_MIN = 2
"""The fewest part lines the paragraphs after them name as parts (…报告的第二部分是关于…) for the
other unnumbered lines of the text to be crossheads (``unnamed_lines``)."""


def unnamed_lines(lines: list[tuple[str, str]]) -> list[bool]:
    """For each unnumbered line of a summary (its text, the paragraph right after it): whether it
    is a crosshead among part lines the text names — where ``NAMED_PARTS_MIN`` lines or more are
    named as parts by the paragraph after them, the line saying the part's name again
    (社会主义革命和人民民主统一战线 | 周恩来总理报告的第二部分是关于社会主义革命和人民民主统一战线。), every
    other line but the first (the first part is named by its place) is a crosshead of the part
    it stands in (今后发展国民经济中应当注意的几个问题 | 在报告了…任务以后，周总理说，…). Else all False."""
    named = [
        (match := _PART_NAMED.search(after)) is not None and text in after[match.end() :]
        for text, after in lines
    ]
    if sum(named) < NAMED_PARTS_MIN:
        return [False] * len(lines)
    return [position > 0 and not name for position, name in enumerate(named)]
