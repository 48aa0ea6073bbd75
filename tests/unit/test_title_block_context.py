"""Title blocks in their context (tui.engine.roles, titleblock, framing, assemble; issue #14, the
defects engine29 left): a ——subtitle in the middle of running text starts no speech; the
speaker a subtitle names loses its 同志 and may be written post, space, name; a title and its
subtitle on one line keep the subtitle's date; three characters that start with a surname
but end as no given name does (高质量, 石家庄, 周密地, 王府井) are no speaker; a file's first line
with text right under it is no title when it is a sentence cut by a PDF's wrap or a running
header printed again over later pages.

Each table's first rows failed on the engine before the change; the trap rows pass on both
and would catch a looser rule."""

from __future__ import annotations

import pytest

from tui.engine import addresslines
from tui.engine.parse import parse_text

OPENING = "今天我们召开这次会议，主要任务是总结工作、部署任务。"
BODY = OPENING * 3
SERIES = f"一、关于创作\n{BODY}\n二、关于批评\n{BODY}\n"


def _speeches(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.title, s.date, s.speaker) for s in parse_text(text).speeches]


# --- 1. a subtitle belongs to a title block ---------------------------------------------------

QUOTED_SOURCE = "——鲁迅在北京女子高等师范学校文艺会的讲演（1923年12月26日）"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{OPENING}鲁迅说过一段话，我念一下。\n"
            f"{QUOTED_SOURCE}\n{SERIES}",
            id="quoted-source-over-headings",
        ),
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{OPENING}\n一、关于创作\n{BODY}我引一段话。\n"
            f"——张三同志在全市文艺工作会议上的讲话\n二、关于批评\n{BODY}\n",
            id="between-two-headings",
        ),
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{BODY}\n{QUOTED_SOURCE}\n{BODY}\n{BODY}\n",
            id="over-plain-text",
        ),
    ],
)
def test_subtitle_inside_running_text_starts_no_speech(text: str) -> None:
    assert [title for title, _, _ in _speeches(text)] == ["关于文艺的几点意见"]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # at the file's start, under a title, after a closing, over a salutation: a title block
        pytest.param(f"{QUOTED_SOURCE}\n{SERIES}", [QUOTED_SOURCE[2:]], id="file-start"),
        pytest.param(f"文艺随想\n{QUOTED_SOURCE}\n{SERIES}", ["文艺随想"], id="under-a-title"),
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{BODY}\n谢谢大家！\n{QUOTED_SOURCE}\n{SERIES}",
            ["关于文艺的几点意见", QUOTED_SOURCE[2:]],
            id="after-a-closing",
        ),
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{BODY}\n——在全市文艺工作会议上的讲话\n同志们：\n{SERIES}",
            ["关于文艺的几点意见", "在全市文艺工作会议上的讲话"],
            id="over-a-salutation",
        ),
        pytest.param(
            f"关于文艺的几点意见\n同志们：\n{BODY}\n在全市文艺工作会议上的讲话\n{SERIES}",
            ["关于文艺的几点意见", "在全市文艺工作会议上的讲话"],
            id="a-title-without-dash-still-starts-one",
        ),
    ],
)
def test_subtitle_in_a_title_block_still_titles(text: str, titles: list[str]) -> None:
    assert [title for title, _, _ in _speeches(text)] == titles


# --- 2./3. the speaker a subtitle names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("subtitle", "speaker"),
    [
        ("——张三同志在全市经济工作会议上的讲话", "张三"),
        ("——张三同志在全市经济工作会议上的讲话（2024年2月20日）", "张三"),
        ("——国务院总理 李强在十四届全国人大二次会议上的讲话", "国务院总理 李强"),
        ("——市委书记\u3000王某某在全市经济工作会议上的讲话", "市委书记 王某某"),
        ("——市委书记\u3000王某某同志在全市经济工作会议上的讲话", "市委书记 王某某"),
        ("——同志在全市经济工作会议上的讲话", None),  # (同志 alone named nobody: gave 同志)
        # traps: as before
        ("——张三在全市经济工作会议上的讲话", "张三"),
        ("——国务院总理李强在十四届全国人大二次会议上的讲话", "国务院总理李强"),
        ("——在全市经济工作会议上的讲话", None),
        ("——2024年3月5日在第十四届全国人民代表大会第二次会议上", None),
        ("——写在全市经济工作会议召开之际", None),
    ],
)
def test_speaker_from_a_subtitle(subtitle: str, speaker: str | None) -> None:
    ((_, _, who),) = _speeches(f"关于经济工作\n{subtitle}\n同志们：\n{BODY}\n")
    assert who == speaker


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        ("张三同志", "张三"),
        # traps
        ("国务院总理 李克强", "国务院总理 李克强"),
        ("江　泽　民", "江泽民"),
        ("海拉尔区人民政府区长", "海拉尔区人民政府区长"),
    ],
)
def test_speaker_line_under_a_title(line: str, speaker: str) -> None:
    ((_, _, who),) = _speeches(f"在全市经济工作会议上的讲话\n{line}\n同志们：\n{BODY}\n")
    assert who == speaker


# --- 4. a title and its subtitle on one line ----------------------------------------------------


@pytest.mark.parametrize(
    ("title", "date"),
    [
        ("关于2023年工作的报告——在全市经济工作会议上的讲话（2024年2月20日）", "2024年2月20日"),
        (
            "政府工作报告——在市第十六届人民代表大会第三次会议上（二〇二四年一月八日）",
            "二〇二四年一月八日",
        ),
        ("1988年政府工作报告——1988年3月25日在第七届全国人民代表大会第一次会议上", "1988年3月25日"),
        # traps: as before
        ("关于2023年工作的报告——在全市经济工作会议上的讲话", None),
        ("关于2023年工作的报告——写在全市会议召开之际（2024年2月20日）", None),
    ],
)
def test_date_of_a_title_with_its_subtitle_on_one_line(title: str, date: str | None) -> None:
    ((_, when, _),) = _speeches(f"{title}\n同志们：\n{BODY}\n")
    assert when == date


# --- 5. three characters that start with a surname ---------------------------------------------


@pytest.mark.parametrize("word", ["高质量", "石家庄", "周密地", "王府井", "卫计局", "和其它"])
def test_word_starting_with_a_surname_is_no_name(word: str) -> None:
    assert not addresslines.is_speaker_line(word, placed=True)
    ((_, _, who),) = _speeches(f"在全市经济工作会议上的讲话\n{word}\n同志们：\n{BODY}\n")
    assert who is None


@pytest.mark.parametrize("name", ["习近平", "李克强", "温家宝", "张某某", "周恩来", "司马光"])
def test_three_character_names_stay_names(name: str) -> None:
    assert addresslines.is_speaker_line(name)
    ((_, _, who),) = _speeches(f"在全市经济工作会议上的讲话\n{name}\n同志们：\n{BODY}\n")
    assert who == name


# --- 6. a first line with text right under it ---------------------------------------------------


def _wrapped(text: str, width: int) -> str:
    """``text`` broken every ``width`` characters, as a PDF's text layer gives it."""
    return "\n".join(text[start : start + width] for start in range(0, len(text), width))


OPENED = "我们今天召开全市经济工作会议主要是研究部署明年的经济工作。" + BODY


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"{_wrapped(OPENED, 24)}\n\n{BODY}\n", id="pdf-sentence-cut-at-the-width"),
        pytest.param(
            f"今年以来全市上下认真贯彻落实中央的\n决策部署，经济运行稳中有进。{BODY}\n\n{BODY}\n",
            id="pdf-sentence-cut-after-a-joining-word",
        ),
        pytest.param(
            f"党建工作学习参考资料\n{BODY}\n{BODY}\n- 2 -\n党建工作学习参考资料\n{BODY}\n",
            id="running-header",
        ),
    ],
)
def test_first_line_with_text_under_it_that_is_no_title(text: str) -> None:
    assert [title for title, _, _ in _speeches(text)] == [None]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # traps: a real title with its text right under it
        (f"中学生的修养与择业\n{BODY}\n{BODY}\n", "中学生的修养与择业"),
        (f"中学生的修养与择业\n{_wrapped(BODY * 2, 24)}\n", "中学生的修养与择业"),
        (f"找书的快乐\n{BODY}\n\n{BODY}\n", "找书的快乐"),
        (f"中学生的修养与择业\n\n{BODY}\n{BODY}\n", "中学生的修养与择业"),
    ],
)
def test_first_line_title_with_text_under_it(text: str, title: str) -> None:
    assert [t for t, _, _ in _speeches(text)] == [title]


# --- a subtitle's end run into the speaker line by a wrap ---------------------------------------


@pytest.mark.parametrize(
    ("line", "speaker"),
    [
        # a PDF's wrap at 30 (regression b04, b11, b13 in --mess wrap30): the subtitle's rest
        # and the speaker on one line gave the speaker 第四次会议上国务院总理 李克强
        ("第四次会议上国务院总理 李克强", False),
        ("人民代表大会第二次会议上市长 张三", False),
        # traps: a post that names a 会议 (not 会议上) is a post
        ("中国人民政治协商会议全国委员会主席 张某某", True),
        ("国务院总理 李克强", True),
    ],
)
def test_occasion_run_into_a_speaker_line(line: str, speaker: bool) -> None:
    assert addresslines.is_speaker_line(line) is speaker
