"""Reports to the 立法院 as the 公報 prints them (holdout25, issue #14): a bill's chapters that
list their sections as titles without bodies, reports that start inside one turn, short
headings that only name articles.

Every row is a small text written for these tests (not copied from a corpus), with traps
beside it that must stay as they are.
"""

from __future__ import annotations

from tests.unit.test_outline_variants import outline_pairs

FILLER = "各級機關應切實執行各項計畫，確保施政成果落實到每一位國人身上，並定期檢討改進。"


def _lines(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


# --- a bill's own section titles are no table of contents ------------------------------------

BILL = [
    "一、第一章「總則」",
    "(一)立法目的（草案第一條）",
    "(二)名詞定義（草案第二條）",
    "(三)法庭之組成（草案第三條）",
    "二、第二章「適用案件及管轄」",
    "(一)適用之案件類型（草案第五條）",
    "(二)例外排除之要件（草案第六條）",
    "三、第三章「審理程序」",
]


def test_a_bills_chapters_listing_their_sections_are_headings() -> None:
    """一、第一章「總則」 | (一)立法目的 | (二)… | 二、第二章… | (一)… | 三、第三章 | (一) with a body:
    the run has the shape of a contents list (short lines, two families, (一) restarting after
    it), but none of its lines comes again later — they are the report's own headings."""
    text = _lines(
        "主席、各位委員：",
        "今天應邀說明本院草案的內容，敬請指教。",
        "壹、草案要點",
        *BILL,
        "(一)採行卷證不併送制度（草案第四十三條）",
        FILLER,
        "(二)證據調查程序與辯論（草案第七十三條）",
        FILLER,
        "貳、結語",
        FILLER,
    )
    pairs = outline_pairs(text)
    assert [title for _, title in pairs] == [
        "壹、草案要點",
        *BILL,
        "(一)採行卷證不併送制度（草案第四十三條）",
        "(二)證據調查程序與辯論（草案第七十三條）",
        "貳、結語",
    ]
    assert [level for level, _ in pairs] == [1, 2, 3, 3, 3, 2, 3, 3, 2, 3, 3, 1]


def _contents_then_sections(contents: list[str]) -> str:
    """A lecture's contents list under its title (``contents``), then the sections with text:
    第一期 | 甲　思想的來源 | 乙　進行的前奏 | 第二期 | 甲　理論的集成, each with a paragraph."""
    return _lines(
        "改進運動略史",
        "\u3000\u3000──二十九年在某某院講──",
        *("\u3000\u3000\u3000" + line for line in contents),
        "",
        "\u3000\u3000我改進佛教的經過，可以分作兩個時期來講：",
        "第一期",
        "甲\u3000思想的來源",
        "\u3000\u3000" + FILLER,
        "乙\u3000進行的前奏",
        "\u3000\u3000" + FILLER,
        "第二期",
        "甲\u3000理論的集成",
        "\u3000\u3000" + FILLER,
    )


SECTIONS = ["第一期", "甲 思想的來源", "乙 進行的前奏", "第二期", "甲 理論的集成"]


def test_a_contents_list_whose_lines_come_again_is_dropped() -> None:
    """The trap: a contents list whose lines come again as headings stays out of the outline,
    also when a line differs by a character from its heading (創 / 刱: half is enough)."""
    for contents in (
        ["第一期", "甲\u3000思想的來源", "乙\u3000進行的前奏", "第二期", "甲\u3000理論的集成"],
        ["第一期", "甲\u3000思想的源起", "乙\u3000進行的前奏", "第二期", "甲\u3000理論之集成"],
    ):
        pairs = outline_pairs(_contents_then_sections(contents))
        assert [title for _, title in pairs] == SECTIONS, contents


def test_a_contents_list_whose_lines_mostly_do_not_come_again_is_kept() -> None:
    """Fewer than half the lines come again: the short lines are headings of their own (here
    a first part that lists its points as titles), not a preview."""
    contents = ["第一期", "甲\u3000緣起", "乙\u3000經過", "第二期", "甲\u3000展望"]
    pairs = outline_pairs(_contents_then_sections(contents))
    assert [title for _, title in pairs][:5] == [
        "第一期",
        "甲 緣起",
        "乙 經過",
        "第二期",
        "甲 展望",
    ]
