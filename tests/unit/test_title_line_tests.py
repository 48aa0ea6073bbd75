"""The line tests of ``framing`` that a cheap test decides before their expression
(perfengine30): a line a weak title's expression takes is taken whatever it ends with (its
speech word, its bracketed label, a space), a line of words with no sentence mark is one
whatever marks of other kinds it holds, and each of the closing line's three forms is still
found (谢谢/再见, …完毕, 以上…指正)."""

from __future__ import annotations

import pytest

from tui.engine.addresslines import is_closing
from tui.engine.framing import is_title_line_above_salutation, is_weak_title


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("政府工作报告", True),
        ("市委书记讲话提纲", True),
        ("2023年度述职报告 ", True),  # (a space after the word: the expression's \s*)
        ("在全县大会上的讲话（摘要）", True),  # (a bracketed label after the word)
        ("党委书记讲话(节选)", True),
        ("校长在开学典礼上致辭", True),
        ("報告", False),  # (two characters at least before the word)
        ("向大家报告一下", False),  # (no speech word last)
        ("这是我的讲话。", False),
        ("关于讲话，我说两点", False),
    ],
)
def test_weak_title(line: str, want: bool) -> None:
    assert is_weak_title(line) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("党课讲稿：以严的基调强化正风肃纪", True),  # (a colon is no sentence mark)
        ("王某某：坚定信心 真抓实干", True),
        ("Keynote 2020", True),
        ("——", False),  # (no word's character)
        ("今天，我们开会", False),
        ("坚定信心!", False),
        ("x", False),  # (two characters at least)
    ],
)
def test_title_line_above_salutation(line: str, want: bool) -> None:
    assert is_title_line_above_salutation(line) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("谢谢大家！", True),
        ("再见。", True),
        ("我的发言完毕，谢谢大家。", True),
        ("我的汇报完毕。", True),
        ("以上汇报，请批评指正。", True),
        ("谢谢你们的付出，我们继续努力", False),
        ("以上是第一点", False),
        ("大家再见", False),
    ],
)
def test_closing(line: str, want: bool) -> None:
    assert is_closing(line) is want
