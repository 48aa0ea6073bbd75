"""A full line of a hard-wrapped text that ends a sentence goes on into the next line
(``reflowmeasures.least_full_end``): where closing marks pushed lines one or two over the wrap's length
(…增强责任， | …高质（一）、), the width found runs two over, and a line of the wrap's own length
ending 。 was taken for a paragraph's short last line — the paragraph cut in two (issue #14:
a12 在各地讲法汇集 …默念佛号而眠。 | 夜半，… under ``--mess pdf``)."""

from __future__ import annotations

import pytest

from tui.engine import Kind, parse_text

POOL = (
    "坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展"
    "统筹发展和安全切实增强经济活力防范化解风险改善社会预期巩固和增强经济回升向好态势"
    "持续推动经济实现质的有效提升和量的合理增长"
)


def _words(n: int, length: int) -> str:
    return (POOL * 3)[n * 7 % len(POOL) :][:length]


def _paragraph(n: int, middle: str | None) -> list[str]:
    """A paragraph wrapped at 20: lines of 20 that stop inside a sentence, some pushed one or
    two over by a closing mark; ``middle`` a line inside it (a sentence's end), if any."""
    lines = [
        "\u3000\u3000" + _words(n, 20),
        _words(n + 1, 20) + "，",
        _words(n + 2, 20),
        _words(n + 3, 18) + "（一）、",
    ]
    if middle is not None:
        lines.append(middle)
    return [*lines, _words(n + 5, 20), _words(n + 6, 20) + "，", _words(n + 7, 9) + "。"]


def _text(middle: str) -> str:
    lines = ["在全市工作会议上的讲话"]
    for n, has_middle in enumerate([False, True, False, False]):
        lines += _paragraph(n * 10, middle if has_middle else None)
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("middle", "paragraphs"),
    [
        # trap: a line of the wrap's 20 characters ending 。 is full: the paragraph goes on
        pytest.param(_words(14, 19) + "。", 4, id="a-full-line-ending-a-sentence-goes-on"),
        # near miss: a line one short of the wrap's length ending 。 ends its paragraph
        pytest.param(_words(14, 18) + "。", 5, id="a-line-short-of-the-wrap-ends-its-paragraph"),
    ],
)
def test_a_full_line_ending_a_sentence(middle: str, paragraphs: int) -> None:
    body = [p for p in parse_text(_text(middle)).paragraphs if p.kind is Kind.BODY]
    assert len(body) == paragraphs, [p.text[:12] for p in body]
