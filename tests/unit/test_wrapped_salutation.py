"""A salutation a hard wrap broke over two lines is still the speech's salutation (issue #14,
holdout21 h05 under ``--mess wrap``, ``wrap30`` and ``--as pdf``): 各位友邦的元首與貴賓、…全體 |
國人同胞，大家好：. Neither line alone is a salutation, so the speech had none, and the unnumbered
part titles under it (感謝與承擔, 為年輕人打造一個更好的國家, 結語) were not looked for.

The row fails on the engine before the rule; each trap fails without one of its conditions
(the first line holds a list's mark; the second line is right under it), or bounds it (two
lines that are no salutation read together)."""

from __future__ import annotations

from tests.documents import one_speech_outline
from tui.engine.parse import parse_text

SALUTATION = ["各位友邦的元首與貴賓、各國駐臺使節及代表、現場的好朋友，全體", "國人同胞，大家好："]
BODY = [
    "感謝與承擔",
    "就在剛剛，我和陳建仁已經在總統府裡面，正式宣誓就任中華民國第",
    "十四任總統與副總統。我們要感謝這塊土地對我們的栽培，感謝人民",
    "對我們的信任，以及，最重要的，感謝這個國家的民主機制，讓我們",
    "透過和平的選舉過程，實現第三次政黨輪替，並且克服種種不確定因",
    "素，順利度過長達四個月的交接期，完成政權和平移轉。",
    "臺灣，再一次用行動告訴世界，作為一群民主人與自由人，我們有堅",
    "定的信念，去捍衛民主自由的生活方式。這段旅程，我們每一個人都",
    "參與其中。親愛的臺灣人，我們做到了。",
    "為年輕人打造一個更好的國家",
    "未來的路並不好走，臺灣需要一個正面迎向一切挑戰的新政府，我的",
    "責任就是領導這個新政府。我們的年金制度，如果不改，就會破產。",
    "我們僵化的教育制度，已經逐漸與社會脈動脫節。我們的能源與資源",
    "十分有限，我們的經濟缺乏動能，舊的代工模式已經面臨瓶頸，整個",
    "國家極需要新的經濟發展模式。",
    "第一、經濟結構的轉型",
    "這是新政府必須要面對的第一件事情。我們要打造一個以創新、就業、",
    "分配為核心價值，追求永續發展的新經濟模式。",
    "第二、強化社會安全網",
    "我們要讓臺灣的社會安全網，能夠接住每一個需要幫助的人，讓每一",
    "個人都能夠安心地生活在這塊土地上。",
    "結語",
    "讓我們一起來完成這個國家的改革，讓我們一起把一個更好的國家，",
    "交到下一代的手上。謝謝大家。",
]


OUTLINE = [
    (1, "感謝與承擔"),
    (1, "為年輕人打造一個更好的國家"),
    (1, "第一、經濟結構的轉型"),
    (1, "第二、強化社會安全網"),
    (1, "結語"),
]


def _text(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_a_salutation_broken_by_a_wrap_opens_the_speech() -> None:
    assert one_speech_outline(_text(*SALUTATION, *BODY)) == OUTLINE


def test_a_salutation_on_one_line_as_before() -> None:
    assert one_speech_outline(_text("".join(SALUTATION), *BODY)) == OUTLINE


def test_a_sentence_going_on_into_a_greeting_is_no_salutation() -> None:
    # A line stopping inside its sentence over a line that ends with a greeting and a colon:
    # read together they are no salutation (the sentence does not open with one), so the
    # speech has none and its short lines stay text, as before.
    opening = [
        "主持人走上台來，看著台下的友邦元首與貴賓、各國駐臺使節及代表、",
        "國人同胞，大家好：",
    ]
    assert [title for _, title in one_speech_outline(_text(*opening, *BODY))] == [
        "第一、經濟結構的轉型",
        "第二、強化社會安全網",
    ]


def test_a_title_right_above_its_salutation_stays_the_title() -> None:
    # 大学的生活 | 校长，主席，各位同学：: read together they would be a list of addressees
    # opening with a post (…校长), but the title holds no list's mark: it is the title.
    speeches = parse_text(_text("大学的生活", "校长，主席，各位同学：", *BODY[1:9]), "").speeches
    assert [speech.title for speech in speeches] == ["大学的生活"]


def test_lines_with_a_blank_line_between_are_no_broken_salutation() -> None:
    # A wrap puts the next line right under the one it broke: with a blank line between, the
    # two are read apart (the first stays text, as before).
    lines = [SALUTATION[0], "", SALUTATION[1], *BODY]
    assert parse_text(_text(*lines), "").speeches[0].headings[0].title != "感謝與承擔"
