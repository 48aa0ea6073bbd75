"""Markdown's framing: a text's ``# 总标题`` as its title (``markdown_title``, also after a
repository's own ``#`` header, which is front matter), the talks of a notes file under their
own ``#`` lines (``markdown_talks``), and YAML front matter blocks — at the
file's head (``front_matter_end``) or inside a 合集 (``joined_front_matter``) — shown as
metadata (``mark_front_matter``).

It does not frame plain text's titles (``roles`` and the modules it calls), nor outline the
deeper ``#`` lines (``outline``).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.framing import is_paged_header
from tui.engine.markers import Marker
from tui.engine.mdmarks import set_in_heading_type
from tui.engine.nearby import FIRST_LINES, first_text
from tui.engine.noise import is_noise_text
from tui.engine.role import BODY, HEADER, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end
from tui.engine.titleblock import mark_header


def markdown_title(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role]
) -> None:
    """``# 总标题`` at the head of a text: when one line alone has the shallowest ``#`` depth
    of the text, it is unnumbered and no sentence comes before it, it is the speech's title
    (and the deeper ``#`` lines are its outline)."""
    depths = [seg.md for seg in segments if seg.md]
    if not depths:
        return
    top = min(depths)
    tops = [i for i, seg in enumerate(segments) if seg.md == top]
    header = _file_header(segments, markers, roles, tops)
    if len(tops) - (header is not None) != 1:
        return
    index = tops[-1]
    if (
        markers[index] is not None
        or roles[index] is not BODY
        or set_in_heading_type(segments[index].text)
    ):
        return  # (a numbered heading, a framed line, or a paragraph set in heading type)
    if header is None and any(
        roles[i] is not BODY or markers[i] is not None or is_sentence_end(segments[i].text)
        for i in range(front_matter_end(segments), index)
    ):
        return  # (text, a title or a heading before it: a heading of the text, not its title)
    roles[index] = TITLE
    following = index + 1
    while following < len(segments) and not segments[following].md:
        following += 1  # (the date and speaker lines under it, up to the next # line)
    mark_header(segments[:following], roles, index + 1)


def markdown_talks(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role]
) -> None:
    """A notes file of several talks, each under its own ``#`` line: when nothing in the text
    is framed (no title, salutation or header line), every ``#`` line is unnumbered and its
    section is either a list alone (the note-taker's bullets: ``* 15岁那年…``, an item's lines
    right under it — a hard wrap's — and page lines between them count with it) or nothing but
    deeper ``#`` lines (a group: ``## 一席`` over ``### 余世存 失格`` and ``### 全球化…``),
    each of them a list alone, and there is such a group, each list's ``#`` line is a talk's
    title and the group line sits over its talks as their header, in no speech's outline. (A
    talk's own ``##`` sections over lists, with no group among them, stay its outline; one
    paragraph of text under a ``#`` line, a number on one, or a title keeps the file one
    piece.)"""
    heads = [i for i, seg in enumerate(segments) if seg.md]
    if len(heads) < 3 or any(role is not BODY for role in roles):
        return
    if any(markers[i] is not None for i in heads):
        return
    lists: list[int] = []
    groups: list[int] = []
    for number, index in enumerate(heads):
        end = heads[number + 1] if number + 1 < len(heads) else len(segments)
        body = [
            k
            for k in range(index + 1, end)
            if not (segments[k].noise or is_paged_header(segments[k].text))  # (a page seam)
        ]
        if not body:
            deeper = end < len(segments) and segments[end].md > segments[index].md
            if not deeper:
                return
            groups.append(index)
        elif segments[body[0]].bullet and all(
            segments[k].bullet or segments[k].lead or segments[k].line == segments[k - 1].line + 1
            for k in body
        ):
            lists.append(index)
        else:
            return
    if not groups or len(lists) < 2:
        return
    for index in lists:
        roles[index] = TITLE
    for index in groups:
        roles[index] = HEADER


_FRONT_MATTER_SPAN = 40
"""The most segments between a YAML front matter block's opening and closing ``---``."""


_FRONT_MATTER_KEY = patterns.compile(r"^[A-Za-z_][A-Za-z0-9_-]*\s*:")


def front_matter_end(segments: list[Segment]) -> int:
    """One past a YAML front matter block at the head of a Markdown file (``---`` on the
    first line, ``key: value`` lines, ``---``), or 0 when there is none. The block is the
    file's metadata (title:, date:, related: …), not text before the piece: a line of it
    ending with a colon (``related:``) is no sentence before the ``# 标题`` line. Up to
    ``FIRST_LINES`` ad lines put above the block (本文来源于网络，仅供学习交流) do not hide it."""
    return _front_matter(segments)[1]


def _front_matter(segments: list[Segment]) -> tuple[int, int]:
    """The index of a YAML front matter block's opening ``---`` and one past its closing
    one, or (0, 0) when there is none (see ``front_matter_end``)."""
    # (the opening ---, after up to FIRST_LINES ad lines: --- is noise by its words too)
    start = next(
        (
            i
            for i, seg in enumerate(segments[: FIRST_LINES + 1])
            if seg.text.strip() == "---" or not is_noise_text(seg.text)
        ),
        None,
    )
    if start is None or segments[start].text.strip() != "---":
        return 0, 0
    if start == 0 and segments[0].line != 1:
        return 0, 0
    if start + 2 >= len(segments) or _FRONT_MATTER_KEY.match(segments[start + 1].text) is None:
        return 0, 0
    for index in range(start + 2, min(len(segments), start + _FRONT_MATTER_SPAN + 2)):
        if segments[index].text.strip() in ("---", "..."):
            return start, index + 1
    return 0, 0


def mark_front_matter(segments: list[Segment], joined: list[tuple[int, int]] | None = None) -> None:
    """A YAML front matter block (see ``front_matter_end``, and ``joined_front_matter``: one
    inside a 合集) is shown as metadata, dimmed like back matter, one ``key: value`` line a
    paragraph (never run together, never outlined, in no speech, not hidden even when a line
    holds a link: source_url: https://…); its ``---`` lines are markup (noise)."""
    blocks = list(joined or ())
    head = _front_matter(segments)
    if head[1]:
        blocks.insert(0, head)
    for start, end in blocks:
        segments[start].noise = segments[end - 1].noise = True
        for seg in segments[start + 1 : end - 1]:
            seg.back, seg.noise = True, False


_FRONT_MATTER_TITLE = patterns.compile(r"^title\s*:")


def joined_front_matter(segments: list[Segment]) -> list[tuple[int, int]]:
    """YAML front matter blocks inside a file (a user's 合集 of Markdown files pasted one
    after another): ``---``, then only ``key: value`` lines (and a list's items or a value's
    indented lines under a key), a ``title:`` among them and two keys at least, then ``---``
    — each the head of the next file's piece, (start, one past the end) in file order. The
    block at the file's own head (``front_matter_end``) is not among them. (A rule with
    ``key: value`` lines between two ``---`` rules — Q: … | A: … — names no title.)"""
    blocks = []
    index = max(1, front_matter_end(segments))
    count = len(segments)
    while index < count:
        if segments[index].text != "---":
            index += 1
            continue
        keys, titled, end = 0, False, index + 1
        while end < count and end <= index + _FRONT_MATTER_SPAN:
            seg = segments[end]
            if seg.text in ("---", "..."):
                break
            if _FRONT_MATTER_KEY.match(seg.text) is not None:
                keys += 1
                titled = titled or _FRONT_MATTER_TITLE.match(seg.text) is not None
            elif not (keys and (seg.bullet or seg.indented)):
                break
            end += 1
        if end < count and segments[end].text in ("---", "...") and keys >= 2 and titled:
            blocks.append((index, end + 1))
            index = end + 1
        else:
            index += 1
    return blocks


_FILE_HEADER_SPAN = 12
"""The most segments between a file's own ``#`` header line and the piece's ``#`` title."""


def _file_header(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role], tops: list[int]
) -> int | None:
    """The index of a file's own header (``# Work-FanGenius``, a repository's name) before
    the piece it holds (``# 2021 岁末总结``), or None: of the two ``#`` lines of the text's
    shallowest depth, the first opens the file and holds no heading — a few lines only
    (description, licence, author, a rule), no deeper ``#`` line and no numbered paragraph
    before the second — while the second holds the text's deeper ``#`` headings. The header
    is front matter, and the second line is the piece's title. (Ad lines above the header or
    inside it do not count: ``first_text``.)"""
    first = first_text(segments) if tops else 0
    if len(tops) != 2 or tops[0] != first:
        return None
    title = tops[1]
    ads = sum(1 for i in range(first + 1, title) if is_noise_text(segments[i].text))
    if title - first - ads > _FILE_HEADER_SPAN:
        return None  # (ad lines wedged into the header do not count)
    if any(
        segments[i].md or markers[i] is not None or roles[i] is not BODY
        for i in range(first + 1, title)
    ):
        return None
    if not any(seg.md for seg in segments[title + 1 :]):
        return None
    return first
