"""A circled list announced by a colon (issue #14, holdout30 p06, engine73): 此外还须注意团体生活最不
可少的两种精神： | ①容纳反对党的意见，… | ②人人要负责任，… was read as two page-bottom footnotes,
because an item above held an inline list with the same marks (（4）表决的方法。①须规定…②…); and,
found, the list went under the last （N） item, though it is announced as added beside that list
("besides"). The rows that are no trap fail on the engine before the rules (checked); the traps
keep a looser rule out.
"""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

OPENING = "这种学生活动有三个重要部分，今天分开来说一说，请大家注意听。"
ONE = "这是防弊的要件，人数不足时议决的案件便不能算数，大家都要遵守这条规则。"
TWO = "先举手的先说，说完了别人再说，不可抢着说话，也不可一个人占住会场。"
THREE = "表决时须规定方法，免得临时争执，弄得会场秩序大乱，议案也办不成。"
FIRST = (
    "①容纳反对党的意见，现在学生会议的会场上，对于不肯迎合群众心理的言论，往往有许多威压的表示。"
)
SECOND = "②人人要负责任，天下有许多事都是不肯负责任的好人弄坏的，好人坐在家里叹气。"
LAST = "社会服务的生活也很要紧，学生应当到社会上去做些有益的事情，帮助平民。"


def _text(announce: str, item_three: str = "（3）表决的方法。①须规定多数；②须规定记名。") -> str:
    lines = [
        "对于学生的希望",
        "诸位同学：",
        OPENING,
        "第一，团体的生活。",
        "团体的生活至少须有下列的几个条件：",
        "（1）法定开会人数。" + ONE,
        "（2）发言的顺序。" + TWO,
        item_three + THREE,
        announce,
        FIRST,
        SECOND,
        "第二，社会服务的生活。",
        LAST,
    ]
    return "\n\n".join(lines) + "\n"


def _outline(text: str) -> list[tuple[int, str]]:
    return [(level, title[:8]) for level, title in one_speech_outline(text)]


def test_a_circled_list_announced_by_a_colon_is_outline_beside_the_list_above() -> None:
    assert _outline(_text("此外还须注意团体生活最不可少的两种精神：")) == [
        (1, "第一，团体的生活"),
        (2, "（1）法定开会人"),
        (2, "（2）发言的顺序"),
        (2, "（3）表决的方法"),
        (2, "①容纳反对党的意"),
        (2, "②人人要负责任，"),
        (1, "第二，社会服务的"),
    ]


def test_an_announced_circled_list_without_besides_goes_under_the_last_item() -> None:
    # (trap) no 此外: the official ladder, ① under （3）
    levels = [level for level, _ in _outline(_text("团体生活最不可少的两种精神是："))]
    assert levels == [1, 2, 2, 2, 3, 3, 1]


def test_besides_after_an_items_title_alone_keeps_the_list_under_it() -> None:
    # (trap) （3） is a title alone with its text under it: the list added there is its own
    text = _text("此外还须注意两种精神：", item_three="（3）表决的方法\n\n")
    assert [level for level, _ in _outline(text)] == [1, 2, 2, 2, 3, 3, 1]


def test_circled_lines_after_an_unannounced_paragraph_are_footnotes() -> None:
    # (trap) the paragraph above ends a sentence, and the marks stand in the text above: notes
    text = _text("这两种精神是团体生活最不可少的。")
    assert [title for _, title in _outline(text)] == [
        "第一，团体的生活",
        "（1）法定开会人",
        "（2）发言的顺序",
        "（3）表决的方法",
        "第二，社会服务的",
    ]
    backs = [p.text[:1] for p in parse_text(text).paragraphs if p.text[:1] in "①②"]
    assert backs == ["①", "②"]


def test_a_circled_note_after_the_next_heading_is_a_footnote_again() -> None:
    # (trap) the announced list ended at 第二，: a ③ under it whose mark the text cites is a note
    text = _text("此外还须注意团体生活最不可少的两种精神：").replace(
        LAST, "这是本会的决议③，" + LAST + "\n\n③指一九二〇年学生联合会的决议。"
    )
    titles = [title for _, title in _outline(text)]
    assert titles[-2:] == ["②人人要负责任，", "第二，社会服务的"]


# --- a page seam between two items of a compact list (holdout30 p06 and holdout33 under --mess pdf)


def _lists(between: str) -> list[int]:
    """The levels of 第一， | a compact （1）…（5） announced by a colon, one per paragraph, with
    ``between`` between （4） and （5） | …下列的几个条件： | （1）…（3）."""
    lines = [
        "对于学生的希望",
        "诸位同学：",
        OPENING,
        "第一，团体的生活。",
        "团体的生活可以分作下列的几种：",
        "（1）学术的团体生活，如学术研究会或讲演会之类。",
        "（2）体育的团体生活，如足球、运动会、童子军等等。",
        "（3）游艺的团体生活，如音乐、图书、戏剧等等。",
        "（4）社交的团体生活，如同学茶话会、家人恳亲会等等。",
        between,
        "（5）组织的团体生活，如本校学生会、自治会之类。",
        "要补救组织不完备，应注重世界通行的议会法规。简单的说来，至少须有下列的几个条件：",
        "（1）法定开会人数。" + ONE,
        "（2）发言的顺序。" + TWO,
        "（3）表决的方法。" + THREE,
        "第二，社会服务的生活。",
        LAST,
    ]
    return [level for level, _ in one_speech_outline("\n\n".join(x for x in lines if x) + "\n")]


def test_a_page_number_between_two_items_does_not_part_them() -> None:
    assert _lists("— 3 —") == [1, 2, 2, 2, 2, 2, 2, 2, 2, 1]
    assert _lists("") == [1, 2, 2, 2, 2, 2, 2, 2, 2, 1]


def test_a_paragraph_of_text_between_two_items_still_parts_them() -> None:
    # (trap) （5） then heads a section of text: the list announced in it is its own
    assert _lists(LAST) == [1, 2, 2, 2, 2, 2, 3, 3, 3, 1]


def test_a_page_number_inside_the_announced_list_does_not_part_it() -> None:
    # （5） heads a section of text, and a seam falls between the new list's （1） and （2）: the
    # list is still compact, （5）'s own
    text = "\n\n".join(
        [
            "对于学生的希望",
            "诸位同学：",
            OPENING,
            "第一，团体的生活。",
            "团体的生活可以分作下列的几种：",
            "（1）学术的团体生活，如学术研究会或讲演会之类。",
            "（2）体育的团体生活，如足球、运动会、童子军等等。",
            LAST,
            "（3）组织的团体生活，如本校学生会、自治会之类。",
            "要补救组织不完备，应注重世界通行的议会法规。简单的说来，至少须有下列的几个条件：",
            "（1）法定开会人数。" + ONE,
            "— 7 —",
            "（2）发言的顺序。" + TWO,
            "（3）表决的方法。" + THREE,
            "第二，社会服务的生活。",
            LAST,
        ]
    )
    assert [level for level, _ in one_speech_outline(text + "\n")] == [1, 2, 2, 2, 3, 3, 3, 1]


def _right_under(between: str) -> list[int]:
    lines = [
        "对于学生的希望",
        "诸位同学：",
        OPENING,
        "第一，团体的生活。",
        "团体的生活可以分作下列的几种：",
        "（1）学术的团体生活，如学术研究会或讲演会之类。",
        "（2）体育的团体生活，如足球、运动会、童子军等等。",
        LAST,
        "（3）组织的团体生活，如本校学生会、自治会之类。",
        between,
        "（1）法定开会人数。" + ONE,
        "（2）发言的顺序。" + TWO,
        "（3）表决的方法。" + THREE,
        "第二，社会服务的生活。",
        LAST,
    ]
    return [level for level, _ in one_speech_outline("\n\n".join(x for x in lines if x) + "\n")]


def test_a_list_right_under_an_item_past_a_page_number_is_as_right_under_it() -> None:
    # no text between （3） and the new （1）, only a seam: as with nothing between (the rule
    # for a section's own list needs text between them)
    assert _right_under("— 7 —") == _right_under("") == [1, 2, 2, 2, 2, 2, 2, 1]
