"""A web page's tags counted before it is parsed: no page hangs the reader or fills its memory.

The HTML parser (lexbor, through selectolax) looks through the elements open around each
block tag it meets (a ``<div>`` closes any open ``<p>`` first: the HTML standard's "has an
element in button scope"), so its time grows with the depth of nesting times the number
of tags. A page of 1.1 MB, 100,000 ``<div>`` s each inside the one before, took 61 s to
read on this 2-core machine (20,000 deep: 1.5 s; 40,000: 5.7 s), the reader saying all the
while that it was opening the file (corpus search and the index read a page through the
same extraction). No page a person reads nests so: the pages of ``tests/`` reach 12
levels, ``tests/bench/bench_html.py``'s 6 MB page 31 (browsers flatten a tree past 512).
And the reader walks a page's elements in Python, so a page of a great many tags and
hardly any text was a bomb of work and memory too (``MAX_PAGE_TAGS``).

``nesting_work`` counts, in one pass of a regular expression (no parse), the tags and the
depth of nesting at each (the steps the parser's look-ups take at most), and a page over
``MAX_NESTING_WORK`` or ``MAX_PAGE_TAGS`` is refused with a message (``too_deep``,
``too_many``) instead of parsed. Tags that never nest (void elements such as ``<br>``;
``<p>``, ``<li>``, ``<td>``… that the next one closes, often left unclosed) count their
depth but add none.
"""

from __future__ import annotations

from itertools import accumulate, repeat
from operator import sub

from tui.base import patterns
from tui.base.errors import Said
from tui.formats.errors import ConversionFailedError, english, shown

__all__ = [
    "MAX_NESTING_WORK",
    "MAX_PAGE_TAGS",
    "PAGE",
    "check_nesting",
    "nesting_work",
    "too_deep",
    "too_many",
]

PAGE = Said("网页", "web page")

MAX_PAGE_TAGS = 1_000_000
"""Tags in one page (an e-book's chapters together): the reader walks each element in
Python, some 5 µs apiece, so a page of tags and hardly any text was a bomb of work within
the file size limit (200 MB) — 10 MB of ``<br>`` (2,500,000 tags) took 19 s and 880 MB in
``speech-reader outline``, 1,200,000 ``<b>x</b>`` 19 s and 620 MB. ``bench_html.py``'s 6 MB
page holds 29,165 tags, a 6.4 MB page Word saved 54,000 styled elements."""

MAX_NESTING_WORK = 50_000_000
"""The sum of the nesting depth at every tag a page may have: about 0.4 s of the parser's
look-ups on this machine (about 8 ns a step: 20,000 ``<div>`` s deep is 2 x 10^8 steps, 1.5 s;
3,000 deep with 40,000 blocks inside, 1.2 x 10^8, 0.95 s). The pages of ``tests/`` hold at
most 14,294, ``bench_html.py``'s 6 MB page 249,546: 200 times under it."""

_FLAT = (
    "area base br col embed hr img input link meta param source track wbr "
    "p li dt dd option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp"
).split()
"""Tags that add no depth: void elements, and those the next of their kind (or their
parent's end) closes, which pages often leave unclosed (``<p>`` … ``<p>``)."""
_NAMES = "|".join(name for flat in _FLAT for name in (flat, flat.upper()))
_TAG = patterns.compile(rf"<(/?(?:{_NAMES})(?=[\s/>])|/(?=[A-Za-z])|(?=[A-Za-z]))")
"""A tag's start: the group is "" for an opening tag that nests, "/" for a closing one, and
the name of a flat tag (``_FLAT``, opening or closing). (Lower or upper case, as pages write
them: a case-blind pattern scanned three times slower.)"""
_STEP = {"": 1, "/": -1}


def nesting_work(text: str) -> tuple[int, int, int]:
    """(the sum of the depth of nesting at each tag of ``text``, the deepest nesting, the
    tags).

    The depth never goes below 0 (a page with more closing tags than opening ones): the
    running sum less its lowest point so far below 0."""
    tags = _TAG.findall(text)
    depths = list(accumulate(map(_STEP.get, tags, repeat(0))))
    if depths and min(depths) < 0:  # (else the running sum is the depth: one pass less)
        depths = list(map(sub, depths, map(min, accumulate(depths, min), repeat(0))))
    return sum(depths), max(depths, default=0), len(tags)


def check_nesting(
    text: str, path: str, what: str | Said = PAGE, spent: tuple[int, int] = (0, 0)
) -> tuple[int, int]:
    """The nesting work and the tags of ``text`` plus ``spent`` (those of the pages of the
    same file read before: an e-book's chapters); raises ``too_deep`` past
    ``MAX_NESTING_WORK``, ``too_many`` past ``MAX_PAGE_TAGS``.

    A page of more than twice ``MAX_PAGE_TAGS`` ``<`` is refused by that count alone (one
    scan in C: counting its tags one by one took 1.4 s for 10 MB of ``<br>``, and 200 MB
    would hold 50,000,000)."""
    rough = text.count("<") + spent[1]
    if rough > 2 * MAX_PAGE_TAGS:
        raise too_many(path, what, rough)
    work, depth, tags = nesting_work(text)
    work, tags = work + spent[0], tags + spent[1]
    if work > MAX_NESTING_WORK:
        raise too_deep(path, what, depth)
    if tags > MAX_PAGE_TAGS:
        raise too_many(path, what, tags)
    return work, tags


def too_many(path: str, what: str | Said, tags: int) -> ConversionFailedError:
    name = shown(path)
    gap = " " if what[:1].isascii() else ""
    return ConversionFailedError(
        path,
        f"“{name}”的网页标签过多（约 {tags:,} 个），不像是正常的{gap}{what}，"
        "读取它会让程序长时间停住、占用大量内存，为安全起见不打开。",
        f"“{name}” holds too many web page tags (about {tags:,}); it does not look like a normal "
        f"{english(what)}, reading it would stall the reader and fill its memory, and it is "
        "not opened, to be safe.",
    )


def too_deep(path: str, what: str | Said, depth: int) -> ConversionFailedError:
    name = shown(path)
    gap = " " if what[:1].isascii() else ""  # (正常的 EPUB 电子书, 正常的网页)
    return ConversionFailedError(
        path,
        f"“{name}”的网页标签嵌套过深（多达 {depth} 层），不像是正常的{gap}{what}，"
        "读取它会让程序长时间停住，为安全起见不打开。",
        f"“{name}” nests its web page's tags too deep (up to {depth} levels); it does not look "
        f"like a normal {english(what)}, reading it would stall the reader, and it is not "
        "opened, to be safe.",
    )
