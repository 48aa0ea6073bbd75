"""A book's chapters joined by nothing keep their chapter lines over their （一） sections (issue #14,
"One-line texts"; holdout31, 瞿秋白's lectures: …五卅运动。第一章 中国革命么？——中国经济及社会阶级略说…辛亥
革命之后… — the chapter lost, every section one level too high, 0.116 under --mess glued).

The trap rows fail on the engine before ``gluedmarks`` read 第一章 with its space after a sentence
end as a glued marker and ``titleends.chapter_titles_apart`` ended its title at its own question
mark (checked on the base tree, and with each left out; the lone chapter needs the space, as no
第二章 makes a series); the near-miss rows (a chapter named in a
sentence, 第一章中讲到…; a title whose question follows a comma) pass on both.
"""

from __future__ import annotations

from tui.engine import parse_text

SECTION = (
    "帝国主义侵略中国的最初期，是用暴力占据中国领土，目的在于销售货物，搜刮原料，"
    "这种侵略日益开发中国的国内市场。"
)


def _book(first: str, second: str) -> str:
    return (
        "《中国革命中之争论问题》作者：瞿秋白"
        + SECTION * 3
        + "以上是序言的意思。"
        + first
        + SECTION * 2
        + "（一）帝国主义之侵略中国"
        + SECTION * 3
        + "（二）中国的官僚资产阶级"
        + SECTION * 3
        + second
        + SECTION * 2
        + "（一）无产阶级的领袖权"
        + SECTION * 3
        + "（二）资产阶级的动摇"
        + SECTION * 3
    )


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker + h.title) for s in document.speeches for h in s.headings]


def test_chapters_glued_with_their_space_head_their_sections() -> None:
    """(trap) 。第一章 中国革命么？——… : the chapter, its title to its question mark."""
    outline = _outline(
        _book("第一章 中国革命么？——中国经济及社会阶级略说", "第二章 谁革谁的命？——中国革命的党纲")
    )
    assert [title for level, title in outline if level == 1] == [
        "第一章 中国革命么？",
        "第二章 谁革谁的命？",
    ]
    assert [title[:6] for level, title in outline if level == 2] == [
        "（一）帝国主",
        "（二）中国的",
        "（一）无产阶",
        "（二）资产阶",
    ]


def test_a_lone_chapter_glued_with_its_space_heads_its_sections() -> None:
    """(trap) one chapter cut out of its book: no 第二章 to make a series, its space is the evidence."""
    outline = _outline(_book("第一章 中国革命么？——中国经济及社会阶级略说", "以上是第一部分。"))
    assert [title for level, title in outline if level == 1] == ["第一章 中国革命么？"]
    assert len([title for level, title in outline if level == 2]) == 4


def test_a_chapter_named_in_a_sentence_is_no_heading() -> None:
    """(near miss) 。第一章中讲到的问题很多。 — no space after the marker: a sentence's words."""
    outline = _outline(_book("第一章中讲到的问题很多。", "第二章中讲到的问题也很多。"))
    assert not any(title.startswith("第") for _, title in outline)


def test_a_question_after_a_comma_ends_no_chapter_title() -> None:
    """(near miss) 第一章 国家为什么要改革，怎样改革？ — a clause before the question: no short title
    ending at its own mark (with commas allowed in the title the chapter is cut there and found)."""
    text = _book(
        "第一章 国家为什么要改革，怎样改革？改革的道路很长", "第二章 谁来领导，怎样领导？领导的人"
    )
    assert not any(title.startswith("第") for _, title in _outline(text))
