"""The passes after the roles loop that title the pieces of a compilation: a short line with
no punctuation between a finished sentence and a paragraph (``mark_piece_titles``; outside a
compilation only a line that names a talk, …讲录, or the next of a numbered series), and an
edition's titles in full-width brackets (``mark_bracketed_piece_titles``). A piece that
announces its sections (次分六章) keeps that many such lines as its sections.

It does not decide titles inside the loop (``roles``, ``titleblock``, ``piecebreaks``).
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import addresslines, framing, partlines
from tui.engine.markers import Marker
from tui.engine.nearby import (
    HAN_CHAR,
    before_seam,
    ends_a_speech,
    first_text,
    paragraph_text,
    spaceless,
    text_around,
)
from tui.engine.noise import is_noise_text
from tui.engine.piecebreaks import PIECE_TITLE
from tui.engine.role import BODY, HEADER, TITLE, Role
from tui.engine.segment import Segment, is_sentence_end

# （义务与权利） / （读书与救国——在杭州之江大学演说词）: a piece's title in full-width brackets.
_BRACKETED_TITLE = patterns.compile(r"^（[^（）()，,。！？!?；;：:、“”\"]{4,30}）$")


def mark_bracketed_piece_titles(
    segments: list[Segment], markers: list[Marker | None], roles: list[Role]
) -> None:
    """An edition that prints each piece's title in full-width brackets alone on a line — its
    first line so, taken for the first piece's title: （怎样才配做一个现代学生） — has the next
    piece wherever such a line (four Chinese characters at least, no date) stands between a
    finished sentence and a paragraph of text: （义务与权利）, （就任北京大学校长之演说）. (A
    bracketed aside of a transcript, （掌声）, is too short; a file that does not open so keeps
    its bracketed lines as text.)"""
    first = first_text(segments) if segments else 0
    if (
        first >= len(segments)
        or roles[first] is not TITLE
        or _BRACKETED_TITLE.match(segments[first].text) is None
    ):
        return
    for index in range(first + 1, len(segments) - 1):
        text = segments[index].text
        if (
            roles[index] is not BODY
            or markers[index] is not None
            or _BRACKETED_TITLE.match(text) is None
            or len(HAN_CHAR.findall(text)) < 4
            or framing.is_date_line(text)
        ):
            continue
        before = text_around(segments, index, -1)
        after = text_around(segments, index, 1)
        if (
            before is None
            or after is None
            or not ends_a_speech(segments[before].text, roles[before])
        ):
            continue
        if paragraph_text(segments, after) or addresslines.is_salutation(segments[after].text):
            roles[index] = TITLE


# 次分六章 / 以下所讲的，分为三段 — a piece announcing its own sections.
_SECTIONS_ANNOUNCED = patterns.compile(
    r"分(?:为|成)?([两二三四五六七八九十])(?:章|段|节|部分|个部分)"
)


_CN_COUNT = {
    "两": 2,
    "二": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
    "十": 10,
}


# 泉州开元慈儿院讲录 / 万寿岩念佛堂开堂演词 / 为某某教养院儿童训话 — a bare title that names a
# talk (also in traditional characters: …講錄, …兒童訓話).
_TALK_TITLE_END = (
    "讲录",
    "讲词",
    "演词",
    "讲演",
    "演讲",
    "演说",
    "开示",
    "训话",
    "训词",
    "講錄",
    "講詞",
    "演詞",
    "講演",
    "演講",
    "演說",
    "開示",
    "訓話",
    "訓詞",
)


def mark_piece_titles(
    segments: list[Segment],
    markers: list[Marker | None],
    roles: list[Role],
    talks_only: bool = False,
    running: str | None = None,
) -> None:
    """In a compilation (its first line names it: …讲法汇集(1)), a short line with no
    punctuation at all, standing between a finished sentence (or a group heading of the
    compilation, 关于净土宗) and a paragraph of text, is the title of the next piece
    (为性常法师掩关笔示法则 / 药师如来法门一斑): its pieces are printed one after the other,
    each under its bare title. A piece that announces its sections (次分六章) has that many
    such lines as its sections, not as new pieces.

    Outside a compilation (``talks_only``: a file cut out of one, its first line a talk's
    title) only such a line that names a talk (…讲录, …演词, …讲演) is a title. Such a line, or a
    series' next title (below), may be a piece of a one-line text's line (cut out by
    ``gluednotes.talk_titles_apart``); no other piece of a line is a title. The
    compilation's own line (``running``, without spaces) at a page top is no piece's title,
    but a line that repeats the first title with its number changed is (一论治学方法 |
    二论治学方法: the next piece of a series)."""
    sections_left = 0
    series = _series_key(segments, roles) if talks_only else None
    for index in range(1, len(segments) - 1):
        seg = segments[index]
        if roles[index] is TITLE:
            announced = _SECTIONS_ANNOUNCED.search(_opening_sentences(segments, index + 1))
            sections_left = _CN_COUNT[announced.group(1)] if announced is not None else 0
        if roles[index] is not BODY or markers[index] is not None:
            continue
        if (
            talks_only
            and not seg.text.endswith(_TALK_TITLE_END)
            and (series is None or _SERIES_NUMERALS.sub("", seg.text) != series)
        ):
            continue
        letter = not talks_only and partlines.is_letter_title(seg.text)
        if (PIECE_TITLE.match(seg.text) is None and not letter) or roles[index - 1] in (
            TITLE,
            HEADER,
        ):
            # (癸酉五月在万寿岩讲 | 三归之略义: a bare line under an occasion line that starts an
            # untitled talk is the talk's first section, no piece's title)
            continue
        # (After the test above, which most lines fail: this function 8.8 -> 7.0 ms on 10 MB,
        # bench_calls.py, perf22.)
        if running is not None and spaceless(seg.text) == running:
            continue
        # (a line's pieces are no titles, but for a talk's title a one-line text had glued after
        # a sentence end, cut out by ``gluednotes.talk_titles_apart``: …纪念！| 泉州开元慈儿院讲录)
        cut_out = seg.text.endswith(_TALK_TITLE_END) or (
            series is not None and _SERIES_NUMERALS.sub("", seg.text) == series
        )
        if segments[index - 1].line == seg.line and not cut_out:
            continue
        # (… | 3 | 某某市人民政府办公室 | 关于净土宗 | 净土法门大意: a page seam above is looked past)
        prior = before_seam(segments, index - 1)
        if prior < 0 or before_seam(segments, index) != index:
            continue  # (the running header of a seam is no piece's title)
        before = segments[prior]
        earlier = before_seam(segments, prior - 1) if prior >= 1 else -1
        if not is_sentence_end(before.text) and not (
            PIECE_TITLE.match(before.text)
            and earlier >= 0
            and is_sentence_end(segments[earlier].text)
        ):
            continue
        # (a page number or an ad line between the title and its text is no text: — 3 —)
        after = text_around(segments, index, 1)
        following = segments[after if after is not None else index + 1]
        # (a letter's text cut off its name goes on past a PDF's line break: its sentence)
        text_after = (
            _opening_sentences(segments, index + 1)
            if letter and following.line == seg.line
            else following.text
        )
        if (following.line != seg.line or letter or cut_out) and (
            is_sentence_end(text_after)
            or len(text_after) > 30
            or (after is not None and paragraph_text(segments, after))
        ):
            if sections_left and not letter:  # (a letter is no section of a talk)
                sections_left -= 1  # 病重时 / 临终时: a section of the piece
                continue
            roles[index] = TITLE
            announced = _SECTIONS_ANNOUNCED.search(_opening_sentences(segments, index + 1))
            sections_left = _CN_COUNT[announced.group(1)] if announced is not None else 0


_SERIES_NUMERALS = patterns.compile("[一二三四五六七八九十]")


_SERIES_KEY_MIN = 3
"""The fewest characters a series' title holds besides its number (一论治学方法: 论治学方法)."""


def _series_key(segments: list[Segment], roles: list[Role]) -> str | None:
    """The first title of a file that opens a series (一论治学方法, 一谈…) without its number:
    the key its further pieces share (二论治学方法 → 论治学方法); None when the first title has
    no 一 in it."""
    first = next((i for i, role in enumerate(roles) if role is TITLE), None)
    if first is None or "一" not in segments[first].text:
        return None
    key = _SERIES_NUMERALS.sub("", segments[first].text)
    return key if len(key) >= _SERIES_KEY_MIN else None


_OPENING_LINES = 4
"""The most lines of a piece's first paragraph looked at for its announced sections."""


def _opening_sentences(segments: list[Segment], index: int) -> str:
    """The text of the line at ``index`` and, when a PDF's line break cut its sentence, of
    the lines that go on with it (up to ``_OPENING_LINES``; noise lines — a page number —
    skipped): where a piece announces its sections (…今为讲述，次分六章，如下所列。). In a text
    whose paragraphs open indented, a sentence's end does not end the paragraph: an unindented
    line right under it goes on with it (a hard wrap that fell after a 。 or a ”)."""
    parts: list[str] = []
    indented = index < len(segments) and segments[index].indented
    while index < len(segments) and len(parts) < _OPENING_LINES:
        text = segments[index].text
        line = segments[index].line
        index += 1
        if parts and is_noise_text(text):
            continue
        parts.append(text)
        if index >= len(segments) or segments[index].indented:
            break
        if is_sentence_end(text) and not (indented and segments[index].line == line + 1):
            break
    return "".join(parts)
