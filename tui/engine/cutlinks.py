"""Markdown links and images a hard wrap cut over lines, given back their lines' ends.

A Markdown file wrapped at a width (or its text read back from a PDF) breaks a long
``![alt](https://…/image.png)`` or ``[text](https://…)`` wherever the width falls, mostly
inside the address, which has no space to break at::

    ![Knative](https://cdn.nlark.com/yuque/
    0/2019/png/226702/1551861148487-32c5a3f
    c-bf92-4228-99ac-06a23889e42a.png)

Read line by line, the first piece is no image (``mdmarks.MD_IMAGE`` wants the closing
bracket) and the others are lines of text: scraps of an address in the reader, and text
paragraphs where a heading needs none (a bold 小结： over them, a ``## PPT 下载`` with only
its link under it). ``rejoin_cut_links`` puts the pieces back on the link's first line
before the lines are read, so the link is dropped or shown as its words as on one line.
"""

from __future__ import annotations

from tui.base import patterns

_OPEN_ADDRESS = patterns.compile(r"!?\[[^\]\[\n]*(?:\]\([^)\s]*)?$")
"""A link or image cut at the line's end: in its address (no closing bracket), or in its
words (a ``[`` not closed: [http://www. | sofastack.tech/](http://…))."""
_WHOLE_LINK = patterns.compile(r"!?\[[^\]\n]*\]\((?:<[^>\s]*>|(?:[^()\s]|\([^()\s]*\))*)\)")
"""A whole link or image: its address in angle brackets (<https://…/Thread_(computing)>), or
with brackets of its own in pairs (…/wiki/Thread_(computing)), up to its closing bracket."""
_MAX_PIECES = 6
"""The most lines an address is read over (its first line's included)."""
_LABEL_MAX = 30
"""The most characters before a cut link on its line (SOFAMesh: [https://…): a link standing
on a line of its own with a label, not one inside a paragraph's text."""


def rejoin_cut_links(lines: list[str]) -> list[str]:
    """``lines`` with each link or image a wrap cut (in its address or its words) put back
    on its first line: the pieces of its address that follow (lines with no space in them up to the one
    that closes the link) joined to it, their lines left empty. Only a link that stands on
    its lines alone (an image line, a link with a short label before it: SOFAMesh: […](…)),
    nothing after it: one inside a paragraph's text is left to the re-flow, which joins its
    lines (emptied, they would break the paragraph); so is a cut link not closed within
    ``_MAX_PIECES`` lines, or a piece with a space in its address. The list is returned as
    given where nothing is cut (the usual case)."""
    out: list[str] | None = None
    index = 0
    while index < len(lines):
        line = lines[index]
        opened = _OPEN_ADDRESS.search(line.rstrip()) if "[" in line else None
        if opened is None or len(line[: opened.start()].strip()) > _LABEL_MAX:
            index += 1
            continue
        joined = line.rstrip()
        found = None
        end = index + 1
        while end < len(lines) and end - index < _MAX_PIECES:
            piece = lines[end].strip()
            if not piece:
                break
            before = len(joined)
            joined += piece
            found = _WHOLE_LINK.match(joined, opened.start())
            if found is not None:
                break
            if any(ch.isspace() for ch in piece) or ")" in piece and "(" not in piece:
                break  # (words, or a bracket that closes no link: no address of a link)
            end += 1
        if found is None or found.end() <= before or joined[found.end() :].strip():
            index += 1  # (a link inside a paragraph's text: left to the re-flow as it was)
            continue
        if out is None:
            out = list(lines)
        out[index] = joined[: found.end()]
        for cleared in range(index + 1, end):
            out[cleared] = ""
        out[end] = joined[found.end() :]
        index = end + 1
    return lines if out is None else out
