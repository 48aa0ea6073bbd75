"""Items of a series and heading lines in a hard-wrapped text (issue #14, holdout35 t07 under
``--mess wrap30`` and ``--as pdf``; holdout11 b11 and the first held-out set's h08 under ``--mess
wrap`` and ``pdf``; holdout8 y10 and holdout16 g10 under ``--mess wrap30``).

A wrap puts any word at a line's start, an item of a series too. ``reflow`` keeps such a line
in its paragraph where the series runs inside the paragraph, and joins a heading line that fills
the width to the line under it. Three causes of extra or inexact entries are fixed here, each by
a rule of its own with its traps:

1. **A later item a wrap put at a line's start** (一是…。 over lines, a full line, then 二是…
   flush, with 。三是… inside the lines under it): the paragraph opens with the item before it
   and the item after it stands inside a line, so the series runs inline and 二是 goes on in the
   paragraph. The rule for a *first* item a wrap put first on a line (``test_outline_traps``:
   …全面完成。 | 一是经济持续较快发展。…) did not cover it.
2. **An indented item under a heading that fills the width**: where an indent opens a paragraph
   (``test_indent_opens``), an indented 一是… opens one even when its series runs inline (its
   二是 inside a line below): a heading line as wide as the wrapped lines (六、…建设廉洁高效新区)
   stood over it and ran on into it, the inline series' rule taking the indented 一是 for one a
   wrap put first on a line.

3. **A blank line under a heading line that fills the width** (五、…全面提高对外开放水平 | blank |
   适应经济全球化…, holdout8 y10 and holdout16 g10 under ``--mess wrap30``): where blank lines
   part the paragraphs, the blank line ends the heading; a heading line filling the width was
   taken as wrapped, its title going on past the blank line into the paragraph's first sentence.
   (Its trap for a text whose paragraphs follow each other with no blank line, where a blank
   line under a heading broken at the width says nothing, is ``test_outline_traps``'s
   a-title-line-filling-the-wrap-width-blank-lines-below.)

The first rows of each part fail on the engine before its rule; the traps fail without one of
its conditions.
"""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

WIDTH = 30
INDENT = "\u3000\u3000"
FILLER = (
    "全年新增就业岗位一万二千个，城镇登记失业率控制在百分之二以内，"
    "居民人均可支配收入增长百分之八点五，社会保障水平稳步提高，"
    "公共服务设施建设加快推进，群众获得感和幸福感不断增强，"
    "城市管理水平持续提升，生态环境质量明显改善，"
)


def fit(lead: str, length: int, end: str = "。") -> str:
    """``lead`` filled with ``FILLER`` to ``length`` characters, the last of them ``end`` (a
    comma before it made a word)."""
    text = (lead + FILLER * 4)[: length - 1]
    return (text[:-1] + "化" if text[-1] == "，" else text) + end


def wrapped(text: str, indent: str = "") -> list[str]:
    """``text`` hard-wrapped at ``WIDTH``, ``indent`` before its first line (not counted)."""
    lines = [text[start : start + WIDTH] for start in range(0, len(text), WIDTH)]
    return [indent + lines[0], *lines[1:]]


def document(*blocks: list[str], blank: bool = False) -> str:
    """A report's title and salutation, then ``blocks`` of lines (a blank line between them
    with ``blank``)."""
    lines = ["关于全区工作的报告", "", "各位代表："]
    for block in blocks:
        if blank:
            lines.append("")
        lines += block
    return "\n".join(lines) + "\n"


def paragraphs(text: str) -> list[str]:
    return [p.text for p in parse_text(text).paragraphs]


def titles(text: str) -> list[str]:
    return [title for _, title in one_speech_outline(text)]


def body(number: int, indent: str = INDENT) -> list[str]:
    """Three paragraphs of plain text (their last lines short, each of its own length: a short
    line said twice is a running header), ``number`` to tell them apart."""
    return [
        line
        for part in range(3)
        for line in wrapped(
            fit(f"第{number}部分第{part + 1}段。", 64 + 3 * part + 9 * number), indent
        )
    ]


HEADING = "一、经济运行稳中有进，产业基础进一步优化"

# --- 1. a later item of an inline series at a line's start ---------------------------------

FIRST = fit("一是产业聚集效应逐步显现。", 60)
"""The first item, two full lines ending with 。: 二是 comes first on the third."""
SECOND = fit("二是产业转型升级不断加快。", 45)
"""The second item, so that the third stands inside a line (after a 。)."""
THIRD = fit("三是产业发展基础不断夯实。", 50)


def series_text(indent: str = INDENT, blank: bool = False) -> str:
    return document(
        body(1, indent),
        [indent + HEADING],
        wrapped(FIRST + SECOND + THIRD, indent),
        body(2, indent),
        blank=blank,
    )


def test_a_later_item_a_wrap_put_at_a_line_start_goes_on_in_its_paragraph() -> None:
    text = series_text()
    assert "\n" + SECOND[:WIDTH] + "\n" in text  # (二是 first on a line, flush)
    assert FIRST + SECOND + THIRD in paragraphs(text)
    assert titles(text) == [HEADING]


def test_so_too_where_no_paragraph_is_indented() -> None:
    text = series_text(indent="")
    assert FIRST + SECOND + THIRD in paragraphs(text)
    assert titles(text) == [HEADING]


def test_items_each_opening_a_paragraph_stay_headings() -> None:
    # The first item's last line happens to be full and end with 。, but the third item opens
    # a line of its own: no item of the series stands inside a line, each is a heading.
    text = document(
        body(1), [INDENT + HEADING], wrapped(FIRST), wrapped(SECOND), wrapped(THIRD), body(2)
    )
    assert "\n" + SECOND[:WIDTH] + "\n" in text
    assert {FIRST, SECOND, THIRD} <= set(paragraphs(text))
    assert len(titles(text)) == 4


def test_an_item_under_a_paragraph_that_does_not_open_the_series_opens_one() -> None:
    # The item before it opened a paragraph further up (its second paragraph, plain text, is
    # the one above): 二是 opens its paragraph, with its 三是 inside.
    second_paragraph = fit("在此基础上继续推进。", 60)
    text = document(
        body(1),
        [INDENT + HEADING],
        wrapped(FIRST, INDENT),
        wrapped(second_paragraph, INDENT),
        wrapped(SECOND + THIRD),
        body(2),
    )
    assert "\n" + SECOND[:WIDTH] + "\n" in text
    assert SECOND + THIRD in paragraphs(text)


def test_a_numbered_line_alone_filling_the_width_stands_over_the_next_item() -> None:
    # 一是… one full line ending with 。 (a heading of its own), then 二是… with 。三是 inside.
    alone = fit("一是产业聚集效应逐步显现。", WIDTH)
    text = document(body(1), [INDENT + HEADING], [alone], wrapped(SECOND + THIRD), body(2))
    assert alone in paragraphs(text)
    assert SECOND + THIRD in paragraphs(text)


def test_a_blank_line_above_the_item_ends_the_paragraph() -> None:
    # Blank lines part the paragraphs: the blank line above 二是 ended the first item's.
    text = document(
        body(1, ""), [HEADING], wrapped(FIRST), wrapped(SECOND + THIRD), body(2, ""), blank=True
    )
    assert FIRST in paragraphs(text)
    assert SECOND + THIRD in paragraphs(text)


def test_an_indented_item_opens_a_paragraph() -> None:
    # Paragraphs flush, the 二是 line indented: no wrap indents the line it breaks.
    text = document(
        body(1, ""), [HEADING], wrapped(FIRST), wrapped(SECOND + THIRD, INDENT), body(2, "")
    )
    assert FIRST in paragraphs(text)
    assert SECOND + THIRD in paragraphs(text)


# --- 2. an indented item under a heading that fills the width --------------------------------

WIDE = "六、坚持以法治政府建设为保障，全面提升政府治理效能和服务水平"
"""A heading of 30 characters, as wide as the wrapped lines; no sentence mark."""
INLINE = fit("一是主动开展行政执法标准化建设。", 45) + fit("二是深入推进政务服务改革。", 70)
"""A paragraph opening with 一是 that holds 二是 inside its second line."""


def wide_text(indent: str = INDENT, first: str = INDENT) -> str:
    """Paragraphs opened with ``indent``, the heading too; ``INLINE`` under it with ``first``."""
    return document(body(1, indent), [indent + WIDE], wrapped(INLINE, first), body(2, indent))


def test_an_indented_item_under_a_full_heading_line_opens_its_paragraph() -> None:
    assert len(WIDE) == WIDTH
    text = wide_text()
    assert "\n" + INLINE[WIDTH : 2 * WIDTH] + "\n" in text  # (its 二是 inside the line)
    assert WIDE in paragraphs(text)
    assert INLINE in paragraphs(text)
    assert titles(text) == [WIDE]


def test_where_paragraphs_start_flush_the_full_heading_line_goes_on() -> None:
    # An indent says nothing of paragraphs here (only this one is indented): the heading line
    # that fills the width goes on into the line under it, as before.
    text = wide_text(indent="")
    assert WIDE + INLINE in paragraphs(text)


def test_a_flush_first_item_a_wrap_put_at_a_line_start_goes_on() -> None:
    # In the same indented text, the inline series' 一是 a wrap put first on a flush line under
    # a full line of text (…百分之八点五。 | 一是…) goes on in the paragraph: no wrap indents.
    lead = fit("全年主要目标任务圆满完成。", 60)
    text = document(body(1), [INDENT + HEADING], wrapped(lead + INLINE, INDENT), body(2))
    assert "\n" + INLINE[:WIDTH] + "\n" in text
    assert lead + INLINE in paragraphs(text)
    assert titles(text) == [HEADING]


# --- 3. a blank line under a heading line where blank lines part paragraphs ---------------------

FULL_HEADING = "五、坚持引进来和走出去相结合，全面提高开放型经济的水平和质量"
"""A heading of 30 characters with no sentence mark: it fills the width."""
LONG_HEADING = "一、继续坚持扩大内需方针，发挥投资和消费对经济增长的双重拉动作用"
"""A heading of 32 characters: the wrap breaks it into 30 and 2 (…双重拉动 | 作用)."""
RUN_IN = fit("二、促进农业和农村经济全面发展。", 70)
"""A sibling heading run in to its text (…发展。…): its family carries text, so a line of the
family with no sentence mark may be cut (``_carrying_families``)."""


def blank_parted(*paragraphs: str) -> str:
    """``paragraphs`` wrapped at ``WIDTH``, a blank line between them (none inside one)."""
    lines = ["关于全区工作的报告", "", "各位代表："]
    for paragraph in paragraphs:
        lines += ["", *wrapped(paragraph)]
    return "\n".join(lines) + "\n"


def report_body(number: int) -> list[str]:
    """Three paragraphs of plain text, ``number`` to tell them apart."""
    return [fit(f"第{number}部分第{part + 1}段。", 64 + 3 * part + 9 * number) for part in range(3)]


def test_a_blank_line_ends_a_heading_line_that_fills_the_width() -> None:
    assert len(FULL_HEADING) == WIDTH
    text = blank_parted(*report_body(1), FULL_HEADING, *report_body(2), RUN_IN, *report_body(3))
    assert "\n" + FULL_HEADING + "\n\n" in text
    assert FULL_HEADING in titles(text)


def test_a_line_longer_than_the_width_goes_on_past_a_blank_line() -> None:
    # A PDF's lines of 36 characters, a blank line after each, wrapped again at 30 (so the
    # wrap's pieces follow each other and blank lines seem to part paragraphs): the heading's
    # first PDF line, 39 characters to its bracket's end (三、…省 | 党部、特别市党部）, joined back
    # as a bracket's tail), is no line of the width; its sentence goes on past the blank line.
    heading = "三、凡他党党员之加入国民党者，在国民党高级党部（中央党部、省党部、特别市党部）"
    rest = "任执行委员时，其额数不得超过各该党部执行委员总数三分之一。"
    lines = ["关于国民党整理党务案的报告", ""]
    for paragraph in [*report_body(1), heading, rest, *report_body(2)]:
        pdf_lines = [paragraph[start : start + 36] for start in range(0, len(paragraph), 36)]
        for pdf_line in [paragraph] if paragraph == heading else pdf_lines:
            lines += [*wrapped(pdf_line), ""]
    text = "\n".join(lines) + "\n"
    assert f"\n{heading[:WIDTH]}\n{heading[WIDTH:]}\n\n{rest}\n" in text
    assert heading + rest.removesuffix("。") in titles(text)


def test_where_a_blank_line_follows_every_line_a_full_heading_line_goes_on() -> None:
    # A blank line after every line (a PDF's extraction): a blank line says nothing, the
    # heading line that fills the width goes on into the next (一、…党的建设 | blank | 质量).
    lines = ["关于全区工作的报告", "", "各位代表：", ""]
    for paragraph in [*report_body(1), FULL_HEADING + "效益", *report_body(2)]:
        lines += [line for piece in wrapped(paragraph) for line in (piece, "")]
    text = "\n".join(lines) + "\n"
    assert "\n" + FULL_HEADING + "\n\n效益\n\n" in text
    assert FULL_HEADING + "效益" in titles(text)


def test_a_page_seam_under_a_full_heading_line_ends_nothing() -> None:
    # The heading's sentence goes on over a page seam and its blank lines (a run-in heading
    # whose title ends at its 。 on the next page, a line that ends a sentence).
    heading = FULL_HEADING + "效益。"
    paragraph = heading + fit("全年新增对外贸易额一百亿元", WIDTH - 3)
    text = blank_parted(*report_body(1), paragraph, *report_body(2))
    text = text.replace(f"\n{FULL_HEADING}\n", f"\n{FULL_HEADING}\n\n— 3 —\n\n")
    assert f"\n{FULL_HEADING}\n\n— 3 —\n\n{paragraph[WIDTH:]}\n" in text
    assert heading.removesuffix("。") in titles(text)
