"""A hard-wrapped text whose line breaks became spaces gets its paragraphs back (issue #14,
"One-line texts"; ``tui/engine/spacedwrap.py``): holdout10's lectures, typeset at 37 characters a
line, joined by spaces, broke inside their sentences at every space, and their headings ran on
into the lines around them.

The trap rows fail on the engine before ``spacedwrap`` (checked on /tmp/lead-base40); the near
misses are texts that are no such text, or a line end that is no paragraph's end.
"""

from __future__ import annotations

from tests.unit.test_spaced_lines import BODY, CLOSE, INTRO, _joined, _outline
from tui.engine.spacedlines import spaced_lines
from tui.engine.spacedwrap import wrap_width, wrapped_paragraphs

HEADS = ["一、充分肯定成绩", "二、明确工作重点", "三、强化工作保障"]


def _wrapped(paragraph: str, width: int = 20) -> list[str]:
    """``paragraph`` indented by 　　 and hard-wrapped at ``width`` characters."""
    text = "\u3000\u3000" + paragraph
    return [text[i : i + width] for i in range(0, len(text), width)]


def _lecture(width: int = 20) -> list[str]:
    lines = [*INTRO[:2], *_wrapped(INTRO[2], width)]
    for head in HEADS:
        lines.append(head)
        for paragraph in BODY:
            lines += _wrapped(paragraph, width)
    for paragraph in CLOSE:
        lines += _wrapped(paragraph, width)
    return lines


def test_a_hard_wrapped_text_joined_by_spaces_keeps_its_headings() -> None:
    """Trap: before, 一、充分肯定成绩 各级各部门…增强责 任意识，… was one heading's title."""
    lines = _lecture()
    assert _outline(_joined(lines)) == [(1, head) for head in HEADS] == _outline("\n".join(lines))


def test_its_paragraphs_come_back_whole() -> None:
    """Trap: each paragraph one line again, its lost indentation's short first line joined on."""
    restored = spaced_lines([_joined(_lecture())])
    assert restored is not None
    assert restored[0][:6] == [*INTRO, HEADS[0], *BODY]


def test_a_paragraph_that_fills_its_last_line_ends_before_the_next_first_line() -> None:
    """A full line that ends a sentence, then a line short of its lost indentation: a new
    paragraph (near miss: a full line that ends a sentence before a full line goes on)."""
    width = 10
    rows = [
        "一二三四五六七八九。",
        "甲乙丙丁戊己庚辛",
        "一二三四五六七八九。",
        "一二三四五六七八九十",
        "完。",
    ]
    assert wrapped_paragraphs(" ".join(rows), width) == [
        "一二三四五六七八九。",
        "甲乙丙丁戊己庚辛一二三四五六七八九。一二三四五六七八九十完。",
    ]


def test_a_space_inside_a_line_is_kept() -> None:
    """A short line's own space beside a Latin word stays (三、弗洛特 Freud 是…); a space after
    a sentence end is a break though the next piece would fit (near miss)."""
    width = 20
    assert wrapped_paragraphs("三、弗洛特 Freud 是近代一個特殊的心 理學家。", width) == [
        "三、弗洛特 Freud 是近代一個特殊的心理學家。"
    ]
    assert wrapped_paragraphs("完了。 Freud 的一段。", width) == ["完了。", "Freud 的一段。"]


def test_a_text_of_whole_paragraph_lines_is_no_wrapped_text() -> None:
    """Near misses: paragraphs of any length joined by spaces, and lines narrower than 15."""
    assert wrap_width([_joined([*INTRO, *BODY, "二、明确工作重点", *BODY, *CLOSE])]) == 0
    # many lines of one length, as many longer: paragraphs that happen to be of one length
    same = "今年的工作要点是，抓好落实见到实效。"
    assert wrap_width([_joined([same, BODY[0]] * 10)]) == 0
    assert wrap_width([_joined(_lecture(12))]) == 0
    assert wrap_width([_joined(_lecture())]) == 20


def test_a_stop_the_source_spaced_stays_inside_its_line() -> None:
    """Trap (holdout10 a01: …由此文武分途 。 學武的…, …算是文的 ； 練 on a line one over the width):
    the spaces around the stop are the line's own, not its end; the paragraph goes on (before,
    …分途 。 and the lone 練 ended paragraphs)."""
    width = 12
    rows = [
        "甲乙丙丁戊己庚辛壬癸",
        "子丑寅卯 。 辰巳午未申",
        "子丑寅卯辰巳午未申 ； 戌",
        "酉戌亥。",
        "新的一段。",
    ]
    assert wrapped_paragraphs(" ".join(rows), width) == [
        "甲乙丙丁戊己庚辛壬癸子丑寅卯 。 辰巳午未申子丑寅卯辰巳午未申 ； 戌酉戌亥。",
        "新的一段。",
    ]


def test_a_latin_word_sets_half_width_on_its_line() -> None:
    """Trap (holdout10 a07: 三、弗洛特 Freud 是近代…所, 39 characters on a line of 37): a Latin
    word's letters and spaces take half a character each, so the line's own words after it fit
    and the space is kept (before, the characters counted whole: 三、弗洛特 Freud ended its
    paragraph and was a heading's whole title, 三、弗洛特Freud). Near miss: a full line of Chinese
    after the Latin word fits no more for it, and starts the next line."""
    width = 20
    rows = [
        "三、弗洛特 Freud 是近代一個特殊的心理學",
        "家，他對夢中說明最多，所以講到夢特別要",
        "提到他。",
    ]
    assert wrapped_paragraphs(" ".join(rows), width) == ["".join([rows[0], *rows[1:]])]
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"
    assert wrapped_paragraphs(f"三、弗洛特 Freud {full} 完。", width) == [
        "三、弗洛特 Freud",
        f"{full}完。",
    ]
