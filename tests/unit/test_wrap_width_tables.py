"""A hard-wrapped text's width is measured on its lines of text, not on the rows of a table
drawn with bars (issue #14, holdout34 s05 under ``--as pdf``): the pieces of a wrapped table
(|1 |臺北榮總新竹分院 |2 | 　　|- |- | 　　|), dozens of short lines that stop with no
sentence mark, outnumbered the lines stopping at the width, no width was found, and every
heading's title was cut at its line's end (exact 0.367 for that file).

The row fails on the engine before the rule; the trap (a text of whole lines with the same
table) finds no width once the table's rows are left out."""

from __future__ import annotations

from tests.documents import one_speech_outline

WIDTH = 30
OPENING = (
    "面對人口老化之衝擊，本會整合三所榮總、十二所榮總分院及十六所榮家，建構榮民金字塔三級醫療"
    "照護體系，透過高齡友善照護、急性後期照護、出院準備無縫銜接長照服務，整合醫療、安養、養護"
    "及服務照顧網絡，提供連續性全人健康照護。未來積極推展智慧科技導入照護流程，提升照護品質、"
    "效率，協助退除役官兵及民眾有尊嚴、有品質的在地安老。"
)
ITEMS = [
    "（一）居家式長照服務：榮院提供以病人為中心的到宅照護整合式服務，已收案六千二百零四人。",
    "（二）社區式長照服務：設置二十一家日間照顧中心，提供失能及失智長者生活照顧、健康管理、"
    "醫療復健、文康學習、交通接送等服務，累計收案四百八十六人。",
    "（三）機構住宿式長照服務：榮院附設護理之家及榮家共二十七個機構，其中收住原住民一百三十七人。",
]


def _wrapped(paragraph: str) -> list[str]:
    return [paragraph[at : at + WIDTH] for at in range(0, len(paragraph), WIDTH)]


def _text(short_lines: list[str]) -> str:
    lines = _wrapped(OPENING) + ["一、推動多元長照，完善全方位服務"]
    for item in ITEMS:
        lines += _wrapped(item)
    lines += ["二、成立輔具資源中心"] + _wrapped(OPENING) + short_lines + _wrapped(OPENING)
    return "\n".join(lines) + "\n"


TABLE = [
    piece
    for number, place in enumerate(
        ["臺北榮總新竹分院", "臺北榮總玉里分院", "臺中榮總埔里分院"] * 6, 1
    )
    for piece in (f"|{number} |{place} |2", "\u3000\u3000|- |-", "\u3000\u3000|")
]


def test_a_tables_rows_do_not_hide_the_texts_wrap_width() -> None:
    got = one_speech_outline(_text(TABLE))
    assert got[1:4] == [
        (2, "（一）居家式長照服務：榮院提供以病人為中心的到宅照護整合式服務，已收案六千二百零四人"),
        (
            2,
            "（二）社區式長照服務：設置二十一家日間照顧中心，提供失能及失智長者生活照顧、健康管理、"
            "醫療復健、文康學習、交通接送等服務，累計收案四百八十六人",
        ),
        (
            2,
            "（三）機構住宿式長照服務：榮院附設護理之家及榮家共二十七個機構，其中收住原住民一百三十七人",
        ),
    ]


def test_a_table_in_a_text_of_whole_lines_makes_no_width() -> None:
    # Paragraphs one a line (not wrapped), headings of about one length with no end mark, and
    # the same table: with the table's rows left out, no width is read off the headings —
    # each stays a line of its own, not run into the paragraph under it.
    lines = ["一、推動多元長照，完善全方位服務", OPENING]
    for number in "一二三四五六":
        lines += [f"（{number}）居家式長照服務持續推動在地安老計畫", OPENING]
    lines += TABLE + [OPENING]
    got = one_speech_outline("\n".join(lines) + "\n")
    assert got[1:] == [(2, f"（{n}）居家式長照服務持續推動在地安老計畫") for n in "一二三四五六"]
