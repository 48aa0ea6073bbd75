"""A page number written as a label (第 12 页, 第 3 页 / 共 8 页) at the end of a line: one
pattern (``framing.page_label_split``) for the running headers ``noise`` finds by their
repetition and the one-line page headers ``framing.is_paged_header`` tells alone."""

from __future__ import annotations

import pytest

from tui.engine.framing import is_paged_header, page_label_split
from tui.engine.parse import parse_text

PARA = "　　我们已经论过中国革命的性质，现在要来说明领导的问题，这是最重要的问题。"


@pytest.mark.parametrize(
    ("line", "split"),
    [
        ("讲话稿精选汇编　第 12 页", ("讲话稿精选汇编", "　")),
        ("学习资料汇编第3页", ("学习资料汇编", "")),
        ("学习资料 汇编  第 3 页 / 共 8 页", ("学习资料 汇编", "  ")),
        ("学习资料汇编　第 3 页，共 8 页", ("学习资料汇编", "　")),
        ("第 3 页", ("", "")),
        ("详见本书第三页", None),
        ("学习资料汇编　第 3 页。", None),
        ("第 3 页的内容", None),
    ],
)
def test_a_page_label_is_split_from_the_words_before_it(
    line: str, split: tuple[str, str] | None
) -> None:
    assert page_label_split(line) == split


@pytest.mark.parametrize(
    ("line", "paged"),
    [
        ("某某市人民政府办公室　第 1 页", True),
        ("学习参考资料（内部）　第 3 页 / 共 8 页", True),
        # alone, with no second print to compare, the line must look like a header: a space
        # before the label, words without a space or a punctuation mark
        ("某某市人民政府办公室第 1 页", False),
        ("某某市 人民政府办公室　第 1 页", False),
        ("关于均势，详见本书　第 1 页", False),
        ("某　第 1 页", False),
    ],
)
def test_a_paged_header_alone_is_a_header_line(line: str, paged: bool) -> None:
    assert is_paged_header(line) is paged


@pytest.mark.parametrize(
    "seam",
    ["讲话稿精选汇编　第 {n} 页", "讲话稿精选汇编　第 {n} 页 / 共 4 页", "讲话稿 精选汇编第{n}页"],
)
def test_a_running_header_with_a_page_label_is_noise(seam: str) -> None:
    """The same words over three pages, the label's number changing: a running header,
    also with the page count after it (共 4 页: it was read as text before)."""
    blocks = [PARA, *(f"{seam.format(n=n)}\n\n{PARA}" for n in (1, 2, 3))]
    document = parse_text("\n\n".join(blocks) + "\n")
    noise = [p.text for p in document.paragraphs if p.kind.value == "noise"]
    assert noise == [seam.format(n=n) for n in (1, 2, 3)]
