"""Chapter lines of lecture books over their own numbered sections (``tui/engine/chapters.py``).

Each row is a small text written for these tests in the shape of a real lecture book cut
into files (a part's line 绪言　…, 第一　哲学; its sections 一 / 一、 / 绪言二; a volume 第一编 / 上编 over
its chapters), the outline a
careful reader expects as ``(level, marker + title)``, and for some the lines of the entries.
A trap row fails without the rule; a near-miss row is a look-alike the rule must leave alone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from tui.engine import parse_text

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
LONG = TEXT * 2


@dataclass(frozen=True)
class Row:
    id: str
    text: str
    outline: list[tuple[int, str]]
    lines: list[int] | None = None


def _text(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


ROWS = [
    Row(
        # (trap) 第一　哲学, then right under it the first of 一、…: the part's chapter line, a
        # heading alone in its file, its sections a level under it (as 第一章 over 一、).
        "di-space-chapter-over-its-sections",
        _text("社会哲学讲义", "第一　哲学", "一、宇宙之源起", LONG, "二、生命之发展", LONG),
        [(1, "第一 哲学"), (2, "一、宇宙之源起"), (2, "二、生命之发展")],
    ),
    Row(
        # (near miss) 第一　哲学 with text under it, not the first section: one 第一 line alone
        # is no series and no chapter; the 一、 sections keep the top level.
        "di-space-line-over-text-is-no-chapter",
        _text("社会哲学讲义", "第一　哲学", LONG, "一、宇宙之源起", LONG, "二、生命之发展", LONG),
        [(1, "一、宇宙之源起"), (1, "二、生命之发展")],
    ),
    Row(
        # (trap) 绪论　社会学之对象 | 一 | … | 绪论二 | … | 绪论三: the introduction with its title,
        # and its parts, the bare 一 and the parts labelled with the part's name and numeral.
        "named-part-over-labelled-sections",
        _text("《社会学概论》", "绪论　社会学之对象", "一", LONG, "绪论二", LONG, "绪论三", LONG),
        [(1, "绪论 社会学之对象"), (2, "一"), (2, "绪论二"), (2, "绪论三")],
    ),
    Row(
        # (trap) the same with the bare 一 lost (a PDF's extraction drops a line of one numeral):
        # the labels 绪论二, 绪论三 name the part they belong to.
        "named-part-over-labelled-sections-without-the-bare-one",
        _text("《社会学概论》", "绪论　社会学之对象", LONG, "绪论二", LONG, "绪论三", LONG),
        [(1, "绪论 社会学之对象"), (2, "绪论二"), (2, "绪论三")],
    ),
    Row(
        # (near miss) 引言　问题的提出 over text, then 一、二、: no sections of its own follow it
        # and none is labelled 引言二 — it does not push the 一、 series a level down.
        "named-part-over-text-keeps-the-sections-at-the-top",
        _text(
            "关于教育问题的讲演",
            "引言　问题的提出",
            LONG,
            "一、学校教育",
            LONG,
            "二、社会教育",
            LONG,
        ),
        [(1, "一、学校教育"), (1, "二、社会教育")],
    ),
    Row(
        # (trap) the chapter line over the first of a （一） series, or of a 一 重工业… series.
        "chapter-lines-over-other-numberings",
        _text("社会哲学讲义", "第一　哲学", "（一）宇宙之源起", LONG, "（二）生命之发展", LONG),
        [(1, "第一 哲学"), (2, "（一）宇宙之源起"), (2, "（二）生命之发展")],
    ),
    Row(
        "named-part-over-collected-works-sections",
        _text("社会哲学讲义", "绪论　哲学之对象", "一 宇宙之源起", LONG, "二 生命之发展", LONG),
        [(1, "绪论 哲学之对象"), (2, "一 宇宙之源起"), (2, "二 生命之发展")],
    ),
    Row(
        # (trap) 一、宇宙之源起 | 第一　哲学 | 一、宇宙之源起: the line above the chapter repeats its
        # first section (contents, or an edition's stand-in for a lost line): one entry, under
        # the chapter, at the second line.
        "a-section-repeated-above-its-chapter-is-no-entry",
        "讲义\n\n一、宇宙之源起\n\n第一　哲学\n\n一、宇宙之源起\n\n"
        + LONG
        + "\n\n二、生命之发展\n\n"
        + LONG
        + "\n",
        [(1, "第一 哲学"), (2, "一、宇宙之源起"), (2, "二、生命之发展")],
        lines=[5, 7, 11],
    ),
    Row(
        # (near miss) a different 一、 line above the chapter says nothing again: it stays.
        "a-different-section-above-a-chapter-stays",
        "讲义\n\n一、总说\n\n第一　哲学\n\n一、宇宙之源起\n\n"
        + LONG
        + "\n\n二、生命之发展\n\n"
        + LONG
        + "\n",
        [(1, "一、总说"), (1, "第一 哲学"), (2, "一、宇宙之源起"), (2, "二、生命之发展")],
    ),
    Row(
        # (trap) 第一编　总论 | 第一章　… | 一、…: a book's volume over its chapters, a level above
        # them (as 第一章 is above 一、); the next volume goes back to the top.
        "a-volume-over-its-chapters",
        _text(
            "社会学讲义",
            "第一编　总论",
            "第一章　社会学之对象",
            "一、对象",
            LONG,
            "二、方法",
            LONG,
            "第二章　社会之意义",
            LONG,
            "第二编　各论",
            "第一章　家族",
            LONG,
        ),
        [
            (1, "第一编 总论"),
            (2, "第一章 社会学之对象"),
            (3, "一、对象"),
            (3, "二、方法"),
            (2, "第二章 社会之意义"),
            (1, "第二编 各论"),
            (2, "第一章 家族"),
        ],
    ),
    Row(
        # (trap) 上编 / 下编 with their titles: the volumes told by their place.
        "volumes-told-by-their-place",
        _text(
            "社会学讲义",
            "上编　总论",
            "第一章　社会学之对象",
            LONG,
            "第二章　社会之意义",
            LONG,
            "下编　各论",
            "第一章　家族",
            LONG,
        ),
        [
            (1, "上编 总论"),
            (2, "第一章 社会学之对象"),
            (2, "第二章 社会之意义"),
            (1, "下编 各论"),
            (2, "第一章 家族"),
        ],
    ),
    Row(
        # (near miss) 第一编 over text, not over its first chapter: no volume line; the chapters
        # keep the top. (第一篇：… over 一、 is a collection's piece: test_outline_traps.)
        "a-volume-word-over-text-is-no-volume",
        _text(
            "社会学讲义",
            "第一编　总论",
            LONG,
            "第一章　社会学之对象",
            LONG,
            "第二章　社会之意义",
            LONG,
        ),
        [(1, "第一章 社会学之对象"), (1, "第二章 社会之意义")],
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[row.id for row in ROWS])
def test_chapter_rows(row: Row) -> None:
    document = parse_text(row.text)
    headings = [h for speech in document.speeches for h in speech.headings]
    assert [(h.level, h.marker + h.title) for h in headings] == row.outline
    if row.lines is not None:
        assert [h.line for h in headings] == row.lines
