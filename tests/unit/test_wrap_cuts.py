"""A numbered line a hard wrap made (``tui/engine/wrapcuts.py``, issue #14, the ``--mess wrap`` /
``pdf`` misses): a number cut in two by the width, and a spoken series' item said inside a
sentence that the wrap put at a line's start in a text whose paragraphs are parted by blank
lines, or flush where the lines of its family stand indented. Each trap row failed on the engine before the module; each near miss holds on both."""

from __future__ import annotations

import pytest

from tests.regression.mess import wrap_line
from tests.unit.test_outline_traps import FILLER, _flat, hard_wrapped

_WIDTH = 20
_BEFORE = "土地供应规模得到适度控制，用地供应量比上年下降"


def _number_cut(left: str, right: str, *, blank: bool) -> str:
    """A report wrapped at 20 whose paragraph under （一） ends its first line with ``left`` and
    goes on with ``right`` (…下降1/ | 3。), blank lines between paragraphs or none."""
    cut = _BEFORE[: _WIDTH - len(left)] + left + right
    paragraphs = (
        "一、过去一年的工作回顾",
        "（一）城市规划管理工作加强",
        FILLER * 2,
        cut,
        FILLER * 2,
        "（二）基础设施建设进展良好",
        FILLER * 2,
    )
    return ("\n" if blank else "").join(hard_wrapped(p, width=_WIDTH) for p in paragraphs)


_PARTS = [
    (1, "一、过去一年的工作回顾"),
    (2, "（一）城市规划管理工作加强"),
    (2, "（二）基础设施建设进展良好"),
]


@pytest.mark.parametrize("blank", [False, True], ids=["no-blank-lines", "blank-lines"])
@pytest.mark.parametrize(
    ("left", "right"),
    [("1/", "3。"), ("2.", "2。" + FILLER)],
    ids=["fraction-1/3", "decimal-2.2"],
)
def test_a_number_the_wrap_cut_in_two_is_no_heading(left: str, right: str, blank: bool) -> None:
    """…比上年下降1/ | 3。 and …降至2. | 2。…: the digits go on the number (the engine took 3。
    and 2。… for items at level 3)."""
    assert _flat(_number_cut(left, right, blank=blank)) == _PARTS


def test_an_item_under_a_full_line_that_ends_a_sentence_is_still_one() -> None:
    """Near miss: …比上年下降。 | 3．加强用地管理 — no digit before the break: an item."""
    got = _flat(_number_cut("下降。", "3．加强用地管理", blank=False))
    assert got == [*_PARTS[:2], (3, "3．加强用地管理"), _PARTS[2]]


_LEAD = (
    "这表中有两件事须要说明。不婚不嫁的男女何以这样多？离婚的夫妻何以这样多？（美国女子多于男子。）"
)


def _spoken(item: str, *, tight: bool = False) -> str:
    """A talk wrapped at 20, blank lines between paragraphs, whose paragraph fills its last line
    with a sentence's end and goes on with ``item`` on the next line (…多于男子。） | 第一，…);
    three items 一、… after it, then 第二，… and 第三，… — each after a blank line, or (``tight``)
    二、 right under the paragraph above."""
    lead = _LEAD[len(_LEAD) % _WIDTH :]
    paragraphs = ["美国的妇人", FILLER * 2, lead + item]
    paragraphs += [n + "、" + FILLER[:12] + "。" + FILLER for n in "一二三"]
    paragraphs += [
        "第二，离婚的原因常听人说起。" + FILLER,
        "第三，家庭的几种样子如下所说。" + FILLER,
    ]
    parts = [hard_wrapped(p, width=_WIDTH) for p in paragraphs]
    if tight:
        return "\n".join(parts[:4]) + parts[4] + "\n" + "\n".join(parts[5:])
    return "\n".join(parts)


_FIRST = "第一，不婚不嫁的原因约有几种："


def _titles(text: str) -> list[str]:
    return [title for _, title in _flat(text)]


def test_a_spoken_item_the_wrap_put_at_a_lines_start_goes_on_its_paragraph() -> None:
    """…（美国女子多于男子。） | 第一，不婚不嫁的原因约有几种： where every numbered line after a
    paragraph's end stands after a blank line: the wrap's, not a heading (the engine made it a
    part at level 1 and the items under it level 2; holdout41 f05 under --mess wrap)."""
    titles = _titles(_spoken(_FIRST))
    assert _FIRST not in titles
    assert "二、各级各部门要切实提高政治" in titles


@pytest.mark.parametrize(
    ("item", "tight"),
    [(_FIRST, True), ("一、不婚不嫁的原因", False)],
    ids=["a-numbered-line-without-a-blank-above", "a-heading-marker"],
)
def test_a_line_under_a_full_line_stays_a_heading_where_blank_lines_tell_nothing(
    item: str, tight: bool
) -> None:
    """Near misses: one numbered line of the text right under a paragraph's end (no blank line):
    the text does not keep blank lines above its headings, 第一， stays a heading; a heading's
    marker (一、) is not a spoken series' item, it stays a heading too."""
    assert item.removesuffix("：").rstrip("。") in [
        t.removesuffix("：") for t in _titles(_spoken(item, tight=tight))
    ]


_IND = "\u3000\u3000"
_MESS_WIDTH = 33


def _indented_items(*, items_indented: bool) -> str:
    """A talk wrapped as the mess wraps (33 characters, the indent on a paragraph's first line)
    whose paragraphs open with an indent; 　　四．…'s paragraph fills its last line with a sentence
    end and goes on with 五．持名… (glued inside it in the file), flush on the next line; the other
    items 一．…七． indented too (``items_indented``) or flush over the indented paragraphs."""
    head = _IND if items_indented else ""
    fourth = _IND + "四．诵经字音不可讹误，宜详考之。" + FILLER
    need = (_MESS_WIDTH - len(fourth.removeprefix(_IND)) % _MESS_WIDTH) % _MESS_WIDTH
    fourth += ("或跪或立或坐或经行皆可" * 4)[: need - 1] + "。"
    paragraphs = ["药师法门修持课仪"]
    for item in ("一．礼敬。", "二．赞叹。", "三．供养。"):
        paragraphs += [head + item + FILLER * 2, _IND + FILLER * 2]
    paragraphs += [fourth + "五．持名先唱赞偈云：" + FILLER, _IND + FILLER * 2]
    paragraphs += [
        head + "六．持咒。" + FILLER * 2,
        _IND + FILLER,
        head + "七．回向发愿。" + FILLER,
    ]
    lines = [piece for paragraph in paragraphs for piece in wrap_line(paragraph, _MESS_WIDTH)]
    return "\n".join(lines) + "\n"


def test_a_flush_item_among_indented_ones_under_a_full_line_goes_on_its_paragraph() -> None:
    """四．…或经行皆可。 | 五．持名先唱赞偈云：… where 一．…七． all stand indented: the wrap put 五．
    first on a line (regression a09 under --mess wrap; the engine made it a part)."""
    titles = _titles(_indented_items(items_indented=True))
    assert [t[:2] for t in titles] == ["一．", "二．", "三．", "四．", "六．", "七．"]


def test_a_flush_item_stays_a_heading_where_the_items_stand_flush() -> None:
    """Near miss: the items stand flush over indented paragraphs — a flush 五． is one of them."""
    titles = _titles(_indented_items(items_indented=False))
    assert [t[:2] for t in titles] == ["一．", "二．", "三．", "四．", "五．", "六．", "七．"]


def _summary_over(paragraph: str) -> str:
    """A Markdown text of ``##`` sections wrapped at 25 characters as the mess wraps (blank lines
    kept between paragraphs), a bold **小结：** alone on its line over ``paragraph``."""
    paragraphs = ["## 前言", FILLER, "## 什么是 Knative？", FILLER * 2, "**小结：**", paragraph]
    paragraphs += ["## 后续发展", FILLER]
    return "\n\n".join("\n".join(wrap_line(p, 25)) for p in paragraphs) + "\n"


def test_a_summary_label_over_a_wrapped_paragraph_is_its_sections_last_part() -> None:
    """**小结：** over a paragraph the wrap broke into lines of 25 characters, none of 30 that ends a
    sentence: the paragraph counts whole (holdout20 h06 under wrap, wrap30, pdf and --as pdf; the
    engine kept the label as text)."""
    assert (2, "小结：") in _flat(_summary_over(FILLER))


def test_a_summary_label_over_a_short_line_is_no_heading() -> None:
    """Near miss: under the label a short sentence (详见附件。), fewer than 30 characters."""
    assert (2, "小结：") not in _flat(_summary_over("详见附件。"))
