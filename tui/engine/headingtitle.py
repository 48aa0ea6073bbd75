"""A heading's title and the shape of its paragraph: where the title after a marker ends
(``heading_title``: to its first sentence's end, or to a colon after a count that opens a list
parted by semicolons; a site's watermark, a run-in head's gap, quotes and a glued first item
trimmed), and whether the paragraph is the title alone or runs on into its text
(``heading_line``, ``runs_into_text``, ``title_alone``).

What it does not decide: whether a paragraph is a heading, or its level (``outline``,
``series``). Used by ``outline.py`` and ``assemble.py`` (the titles shown).
"""

from __future__ import annotations

import re

from tui.base import patterns
from tui.engine.markers import Marker

# …；an ASCII "." right after a Chinese character is a full stop too (PDF extractions that
# write 。 as "."): 第二，恢复生产建设. 在…
_TITLE_END = patterns.compile(r"[。！？!?；;]")


_HAN_DOT = patterns.compile("(?<=[\u4e00-\u9fff])\\.")


# １兴修水利，…作斗争A由于…: a bare run-in heading (``gluedmarks.RUN_IN``) ends at a lone Latin
# capital between Chinese characters, what the extraction left where the bold heading ended.
_RUN_IN_END = patterns.compile("(?<=[\u4e00-\u9fff”])[A-Z](?=[\u4e00-\u9fff“]|$)")


_URL = patterns.compile(r"https?\s*:\s*/\s*/|[wｗ]\s?[wｗ]\s?[wｗ]\s?[.。．/／]", re.IGNORECASE)
"""A web address (http://, www. — also www/ with the dot mangled): a site's watermark."""


_GLUED_FIRST_ITEM = patterns.compile(r"(?<=[\u4e00-\u9fff])\s*[（(]\s?[一1１]\s?[）)]$")
"""（一） / (1) ending a heading's paragraph, right after a Chinese character."""


_LIST_AFTER_COLON = patterns.compile(
    r"[两二三四五六七八九十][种步点条类项层个](?:方面|问题)?[：:](?=[1１][.．、](?![0-9０-９])|[（(][1１][）)])"
)


_SECOND_ITEM = patterns.compile(r"\s*(?:[2２][.．、](?![0-9０-９])|[（(][2２][）)])")
"""…有三种：1.从个体推知个体（…）；2.从个体… / …可分五步：1.问题的发生；2.疑难的认定；…: a colon
after a count (三种, 五步, 三点…) that opens a list whose items a semicolon parts is where a
heading's title ends (the colon kept: the title announces the list; the lines of a lecture's
outline that lost its line breaks). A list inside the first sentence (…如下：1.速得成佛，经中屡
言之。 / …：1.信法，2.信佛法) or after a colon with no count (…主因：(1)…；(2)…) stays in the
title, which runs to its sentence's end."""


_GAP = patterns.compile("\u3000{2,}")
"""The gap between a run-in head and its paragraph's first words (shown one space wide)."""


_TRIM_START = "：:，,；;、 \u3000—-"


_TRIM_END = "，,、 \u3000—-"


def title_end(text: str, start: int) -> tuple[int, str]:
    """Where the sentence starting at ``start`` ends, and its mark ("" at the text's end)."""
    match = _TITLE_END.search(text, start)
    end, mark = (match.start(), match.group()) if match is not None else (len(text), "")
    if text.find(".", start, end) >= 0 and (dot := _HAN_DOT.search(text, start, end)):
        return dot.start(), "."  # (the expression runs only where the sentence holds a ".")
    return end, mark


def heading_title(text: str, marker: Marker) -> str:
    """The heading text after the marker: to the end of its first sentence (。！？；, the
    mark itself left out but for a ？ or ！) or of the paragraph — or to a colon after a count
    that opens a list whose items a semicolon parts (三、推论有三种：1.从个体…；2.… → 推论有三种：).

    Never cut at a comma or after a number of characters: a heading glued to its body with
    no punctuation runs on to the sentence's end (the outline pane shortens it on screen).
    """
    end, mark = title_end(text, marker.end)
    if (
        mark in "；;"
        and mark
        and _SECOND_ITEM.match(text, end + 1) is not None
        and (listed := _LIST_AFTER_COLON.search(text, marker.end, end)) is not None
    ):
        end, mark = listed.end(), ""
    title = text[marker.end : end]
    if marker.end == 1 and marker.family == "ar-space":
        # (a run-in number: 1 找人… has its space in ``end``)
        if (artefact := _RUN_IN_END.search(title)) is not None:
            title = title[: artefact.start()]
    if "w" in title or "W" in title or "ｗ" in title or "Ｗ" in title:
        title = _URL.split(title, 1)[0]  # 敬僧…数条w w w.xiaoshuotxt.net: a site's watermark
    title = title.lstrip(_TRIM_START).rstrip(_TRIM_END)
    if "\u3000\u3000" in title:
        title = _GAP.sub(
            "\u3000", title
        )  # 一、政治革命　講到…: a run-in head's gap, one space wide
    if end == len(text) and title[-1:] in "）)" and (glued := _GLUED_FIRST_ITEM.search(title)):
        # 一、西安事变产生前的形势（一）: the first item of the section's list, glued at the end
        # of the heading's line by an extraction; the title is what comes before it.
        title = title[: glued.start()].rstrip(_TRIM_END) or title
    last = title[-1:]
    if (last == "”" and "“" not in title) or (last == '"' and title.count('"') == 1):
        return title[:-1]  # “一、深刻认识重要性”: the quotes around the heading
    if mark and mark in "？！?!" and title:
        title += mark  # 一、为什么要优化营商环境？ keeps its question mark
    return title


def heading_line(texts: dict[int, str], markers: dict[int, Marker], index: int) -> bool:
    """Whether the paragraph at ``index`` is its heading alone (第六，学习。): no body text
    after the heading's first sentence. A list that follows such a line is its content."""
    marker = markers.get(index)
    if marker is None:
        return False
    text = texts.get(index, "")
    end, mark = title_end(text, marker.end)
    return bool(mark) and not text[end + 1 :].strip()


def runs_into_text(texts: dict[int, str], markers: dict[int, Marker], index: int) -> bool:
    """Whether the heading at ``index`` runs into its text: its paragraph goes on after the
    title's first sentence (（七）提升效能强服务。大力推进法治政府建设…)."""
    marker = markers.get(index)
    if marker is None:
        return False
    text = texts.get(index, "")
    end, mark = title_end(text, marker.end)
    return bool(mark) and bool(text[end + 1 :].strip())


def title_alone(text: str, marker: Marker) -> bool:
    """Whether a heading's paragraph is its marker and a title only, with no sentence mark
    in it (一、人身自然的病及其醫藥): the text under it opens its section. (A marker alone on
    its line, （二）, is not: its title is the paragraph under it.) A run-in head has that
    shape too: its title set off from its section's first words by a gap (一、人身自然的病及其
    醫藥　　自然之病，…)."""
    gap = text.find("\u3000\u3000", marker.end)
    if gap > marker.end:
        text = text[:gap]
    return (
        len(text) <= 40
        and len(text) > marker.end + 1
        and _TITLE_END.search(text, marker.end) is None
    )
