"""A file's own title is no salutation: a PDF whose 同志们： is set larger than its text
(the largest first line) was titled 同志们： in the outline, the status line and each
citation, where its text gives no title (newuser26, a PDF made from the corpus)."""

from __future__ import annotations

import pytest

from tui.formats.titles import best_title, clean_title


@pytest.mark.parametrize("line", ["同志们：", "各位代表：", "尊敬的各位来宾、女士们、先生们:"])
def test_a_line_ending_with_a_colon_is_no_title(line: str) -> None:
    assert clean_title(line) is None
    assert best_title([line, "在全市优化营商环境大会上的讲话"]) == "在全市优化营商环境大会上的讲话"


@pytest.mark.parametrize(
    "title",
    ["在全市优化营商环境大会上的讲话", "关于《某某法（草案）》的说明", "Seata 实践：分布式事务"],
)
def test_a_title_with_a_colon_inside_is_kept(title: str) -> None:
    assert clean_title(title) == title
