"""A one-line text whose line breaks became spaces (a web scrape, every break replaced by " "):
a numbered heading's title ends at the lost line break after it, not in its section's first
sentence (issue #14, "One-line texts"; corpus/全市招商引资工作会议讲话.txt so joined: …的新标识
营商环境就是生产力，… was one title).

Each trap row fails on the engine before ``lostbreaks.titles_at_breaks`` (checked with the source
hunk left out); the near-miss rows (a title's own space, an inline list, a hard-wrapped text)
pass on both.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text

INTRO = [
    "关于全市重点工作的讲话",
    "同志们：",
    "今天召开会议，主要是总结工作、部署任务。为进一步统一思想，我再强调三点意见。",
]
FIRST = [
    "一、提高政治站位，切实增强做好工作的责任感",
    "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
    "各级领导干部要以身作则，带头落实，以上率下形成合力。",
]
THIRD = [
    "三、加强组织领导，确保各项任务落到实处",
    "各级各部门要把这项工作摆上重要议事日程，主要负责同志亲自抓，分管同志具体抓。",
    "同志们，让我们团结一心，扎实工作，奋力开创各项工作新局面。",
]


def _level_one(second: list[str], join: str = " ") -> list[str]:
    text = join.join(INTRO + FIRST + second + THIRD)
    document = parse_text(text)
    return [
        h.marker + h.title for speech in document.speeches for h in speech.headings if h.level == 1
    ]


SECTIONS = [
    # (id, the second section's lines, its heading as the outline should read it)
    (
        "trap-run-on-at-the-space",
        [
            "二、聚焦核心指标，不断取得优化营商环境的新成效",
            "优化营商环境没有最好，只有更好，我们要对标先进，持续发力。各地要结合实际，认真抓好落实。",
        ],
        "二、聚焦核心指标，不断取得优化营商环境的新成效",
    ),
    (
        "trap-a-one-sentence-paragraph",
        [
            "二、统筹发展和安全，为高质量发展提供安全保障",
            "安全是发展的基础，我们一定要时刻绷紧安全这根弦，切实把维护安全稳定作为基础性工作。",
            "各地要认真抓好落实，确保不出问题。",
        ],
        "二、统筹发展和安全，为高质量发展提供安全保障",
    ),
    (
        # (its first sentence, no clause in it, ends where the glued 一是 is cut off)
        "trap-items-glued-after-its-first-sentence",
        [
            "二、努力扩大出口、投资和消费，拉动经济快速增长",
            "千方百计扩大外贸出口。一是进一步加大开拓国际市场力度。继续实施市场多元化战略，巩固传统"
            "市场。二是进一步优化出口商品结构。扩大高新技术产品出口，提高出口效益。三是进一步改善通关"
            "环境。提高口岸通关效率，降低企业成本。",
        ],
        "二、努力扩大出口、投资和消费，拉动经济快速增长",
    ),
    (
        "trap-a-lead-in-ending-at-a-colon",
        [
            "二、今后工作重点",
            "今后一个时期的工作重点如下：",
            "（一）加强组织领导。各级领导要把这项工作当作大事来抓。",
            "（二）加强宣传引导。要营造良好的舆论氛围。",
        ],
        "二、今后工作重点",
    ),
    (
        # (a space before a quotation, in a text that does not space Latin letters and digits)
        "trap-a-section-opening-with-a-quotation",
        [
            "二、坚持新发展理念，推动高质量发展",
            "“创新、协调、绿色、开放、共享”是管全局、管根本、管长远的，我们要完整准确全面贯彻。",
            "各地要结合实际，认真抓好落实。",
        ],
        "二、坚持新发展理念，推动高质量发展",
    ),
    (
        "trap-a-two-character-title",
        ["二、总结", "各级各部门要认真总结经验，查找不足，确保各项任务落到实处。"],
        "二、总结",
    ),
    (
        # (cut at the last space before the sentence: the title's own space stays in it)
        "trap-a-title-with-its-own-space-then-its-text",
        [
            "二、加强党的建设 推进全面从严治党",
            "各级党组织要认真抓好落实，把管党治党责任扛在肩上，确保取得实效。",
        ],
        "二、加强党的建设 推进全面从严治党",
    ),
]


@pytest.mark.parametrize(
    ("second", "heading"), [row[1:] for row in SECTIONS], ids=[row[0] for row in SECTIONS]
)
def test_a_title_ends_at_the_lost_line_break(second: list[str], heading: str) -> None:
    assert _level_one(second) == [
        "一、提高政治站位，切实增强做好工作的责任感",
        heading,
        "三、加强组织领导，确保各项任务落到实处",
    ]


def test_a_title_with_its_own_space_ending_at_its_stop_stays_whole() -> None:
    """一、加强党的建设 推进全面从严治党。 and a space: the title ends at its sentence end, its
    own space in it (near miss: the words after the space are no sentence of the section's)."""
    second = [
        "二、加强党的建设 推进全面从严治党。",
        "各级党组织要认真抓好落实，把管党治党责任扛在肩上，确保取得实效。",
    ]
    assert _level_one(second)[1] == "二、加强党的建设 推进全面从严治党"


def test_an_inline_list_stays_text() -> None:
    """做到三条：一、讲政治；二、顾大局；三、守规矩。 — the items are one sentence (near miss)."""
    second = [
        "二、严守纪律规矩，营造风清气正的政治生态",
        "每名党员干部都要做到三条：一、讲政治；二、顾大局；三、守规矩。各级党组织要认真抓好落实。",
    ]
    text = " ".join(INTRO + FIRST + second + THIRD)
    headings = [h for speech in parse_text(text).speeches for h in speech.headings]
    assert [h.marker for h in headings] == ["一、", "二、", "三、"]
    assert not any(h.title.startswith(("讲政治", "顾大局", "守规矩")) for h in headings)


def test_a_hard_wrapped_text_is_not_cut_at_its_wraps() -> None:
    """A text hard-wrapped at 12 characters, its lines joined with spaces, breaks inside its
    sentences more than twice for each sentence end with a space after it: its spaces are no
    lost paragraph breaks, and no title is cut at one (near miss: …把各 | 项任务落到实处。)."""
    second = [
        "二、统筹发展和安全，为高质量发展提供安全保障",
        "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处。"
        "各级领导干部要以身作则，带头落实。",
    ]
    paragraphs = INTRO[2:] + FIRST + second + THIRD
    lines = [part[i : i + 12] for part in paragraphs for i in range(0, len(part), 12)]
    text = " ".join(INTRO[:2] + lines)
    headings = [h.marker + h.title for speech in parse_text(text).speeches for h in speech.headings]
    assert [heading[:2] for heading in headings] == ["一、", "二、", "三、"]
    for heading in headings:
        end = text.index(heading) + len(heading)
        assert text[end] != " ", heading


def test_a_title_left_alone_is_not_cut_by_its_sibling() -> None:
    """(一)第五十三条 | (二)第五十四条至第五十六条、第五十九条: a title its lost line break ended
    is not cut again at its sibling's length ((二)第五十四条 | 至第五十六条…)."""
    second = [
        "二、有关证据开示的意见",
        "（一）第五十三条",
        "刑事诉讼法对于被告检阅卷证原本定有相关限制，本院尊重审议之决定。",
        "（二）第五十四条至第五十六条、第五十九条",
        "建议采行一阶段证据开示，并删除有关证据清册，本院尊重审议之决定。",
    ]
    text = " ".join(INTRO + FIRST + second + THIRD)
    titles = [h.marker + h.title for speech in parse_text(text).speeches for h in speech.headings]
    assert "（二）第五十四条至第五十六条、第五十九条" in titles
