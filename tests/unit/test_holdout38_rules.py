"""Rules found on holdout38 (issue #14, an archive's saved pages of 1961-62 speeches): a saved
page's own heading elements (``<h2>``–``<h6>``) reach the engine as headings, as a Word file's
heading styles do; an ordinal, 个 or 项, a short noun and 是 (第一个制度是…) as a series of kinds; a
comma typed for the 、 of one item of a 一、 series (六，恢复山林 between 五、 and 七、); a list
announced inside an item of an announced top list whose items hold lists of their own, under
that item (第一、 under （二）).

Each row that is no trap fails on the engine before the rule (checked); the trap rows keep a
looser rule out.
"""

from __future__ import annotations

import pytest

from tui.engine import parse_text
from tui.formats.html import extract_html

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"


def _page_outline(body: str) -> list[tuple[int, str]]:
    page = f"<html><body><h1>在干部大会上的讲话</h1>{body}</body></html>"
    document = parse_text(extract_html(page.encode(), "page.html").text)
    return [(h.level, h.title) for speech in document.speeches for h in speech.headings]


def _p(*paragraphs: str) -> str:
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


# --- a page's heading elements (c04: thirteen unnumbered <h3> topics) ------------------------

PAGE_HEADINGS = [
    # (id, the page's body, outline as (level, title))
    (
        "unnumbered-topics-in-heading-elements",
        _p("同志们：", TEXT) + "<h3>食堂问题</h3>" + _p(TEXT, TEXT) + "<h3>房屋问题</h3>" + _p(TEXT)
        + "<h3>其他</h3>" + _p(TEXT),
        [(1, "食堂问题"), (1, "房屋问题"), (1, "其他")],
    ),
    (
        "h2-topics-with-h4-under-them",
        _p("同志们：", TEXT) + "<h2>粮食问题</h2>" + _p(TEXT) + "<h4>口粮标准</h4>" + _p(TEXT)
        + "<h2>耕牛问题</h2>" + _p(TEXT),
        [(1, "粮食问题"), (2, "口粮标准"), (1, "耕牛问题")],
    ),
    (
        # (trap) a heading element that is a link: the site's navigation, 相关文章 with each
        # article's summary under its title
        "trap-links-in-heading-elements",
        _p("同志们：", TEXT, TEXT) + '<h4><a href="/a/1.html">农业生产问题</a></h4>' + _p(TEXT)
        + '<h4><a href="/a/2.html">干部作风问题</a></h4>' + _p(TEXT),
        [],
    ),
    (
        # (trap) a heading element that is a sentence or a salutation (c04's <h3><em> spoken
        # paragraphs, c05's stray 原则。, c08's 同志们：)
        "trap-sentences-in-heading-elements",
        "<h3><em>同志们：</em></h3>" + _p(TEXT) + "<h3><em>以后不准随便砍树，要经过大队统一规划。</em></h3>"
        + _p(TEXT) + "<h3><em>原则。</em></h3>" + _p(TEXT) + "<h3>有什么困难就提出来！</h3>" + _p(TEXT),
        [],
    ),
    (
        # (trap) an editor's note in brackets (c02's (记录稿), c07's [张体学：湖北省省长])
        "trap-notes-in-heading-elements",
        "<h3>(记录稿)</h3><h3>[张体学：湖北省省长]</h3><h3>【编者按】</h3>" + _p("同志们：", TEXT, TEXT),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "want"), [row[1:] for row in PAGE_HEADINGS], ids=[row[0] for row in PAGE_HEADINGS]
)
def test_page_heading_elements(body: str, want: list[tuple[int, str]]) -> None:
    assert _page_outline(body) == want


# --- an ordinal, a counter, a short noun and 是 (c05: 第一个制度是…第八个制度是) -----------------


def _outline(text: str) -> list[tuple[int, str]]:
    document = parse_text(text)
    return [(h.level, h.marker) for speech in document.speeches for h in speech.headings]


def _lines(*lines: str) -> str:
    return "\n".join(lines) + "\n"


COUNTED_KINDS = [
    # (id, text, outline as (level, marker))
    (
        "systems-named-one-by-one",
        _lines("同志们：", "一、关于生产问题", TEXT, "二、人民公社内部的几个基本制度", TEXT,
               "第一个制度是四固定。" + TEXT, TEXT, "第二个制度是三包一奖。" + TEXT,
               "第三个制度，家肥收购制度。" + TEXT, "三、当前的几个问题", TEXT),
        [(1, "一、"), (1, "二、"), (2, "第一个制度是"), (2, "第二个制度是"), (2, "第三个制度，"),
         (1, "三、")],
    ),
    (
        "tasks-named-one-by-one",
        _lines("同志们：", "一、今年的工作", TEXT, "第一项任务是抓好春耕生产。" + TEXT,
               "第二项任务是搞好退赔。" + TEXT, "二、几点要求", TEXT),
        [(1, "一、"), (2, "第一项任务是"), (2, "第二项任务是"), (1, "二、")],
    ),
    (
        # (trap) one such item alone: no series
        "trap-one-system-alone",
        _lines("同志们：", "一、关于生产问题", TEXT, "第一个制度是四固定。" + TEXT, "二、当前的几个问题", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a clause with 的 before 是: who came first, a story
        "trap-who-came-first",
        _lines("同志们：", "一、关于生产问题", TEXT, "第一个到场的是老支书。" + TEXT,
               "第二个到场的是队长。" + TEXT, "二、当前的几个问题", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a noun longer than three characters: a sentence about history
        "trap-a-long-noun",
        _lines("同志们：", "一、关于生产问题", TEXT, "第一个五年计划是在苏联援助下进行的。" + TEXT,
               "第二个五年计划是在大跃进中开始的。" + TEXT, "二、当前的几个问题", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a comma after the noun that does not name the kind again: a time in a story
        "trap-comma-without-the-noun-again",
        _lines("同志们：", "一、关于生产问题", TEXT, "第一个星期，大家都很忙。" + TEXT,
               "第二个星期，又下了雨。" + TEXT, "二、当前的几个问题", TEXT),
        [(1, "一、"), (1, "二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in COUNTED_KINDS], ids=[row[0] for row in COUNTED_KINDS]
)
def test_counted_kinds(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- a comma typed for the 、 of one item of a 一、 series (c07: 六，恢复山林 among 一、…七、) --------

COMMA_FOR_DUN = [
    # (id, text, outline as (level, marker))
    (
        "one-item-typed-with-a-comma",
        _lines("同志们：", "一、恢复劳力", TEXT, "二、恢复田埂", TEXT, "三，恢复山林", TEXT,
               "四、关于干部作风问题", TEXT),
        [(1, "一、"), (1, "二、"), (1, "三，"), (1, "四、")],
    ),
    (
        # (trap) a last 三， with no 四、 after it: a sentence's first word, no item
        "trap-a-comma-item-with-no-next-item",
        _lines("同志们：", "一、恢复劳力", TEXT, "二、恢复田埂", TEXT, "三，我们还要恢复山林。" + TEXT),
        [(1, "一、"), (1, "二、")],
    ),
    (
        # (trap) a 一，二， list of its own inside 二、, before 三、: its 二， is no item of the 一、 series
        "trap-a-comma-list-inside-a-section",
        _lines("同志们：", "一、恢复劳力", TEXT, "二、恢复田埂", TEXT, "一，田埂要修好。" + TEXT,
               "二，塘埂要加固。" + TEXT, "三、关于干部作风问题", TEXT),
        [(1, "一、"), (1, "二、"), (1, "一，"), (1, "二，"), (1, "三、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"), [row[1:] for row in COMMA_FOR_DUN], ids=[row[0] for row in COMMA_FOR_DUN]
)
def test_a_comma_typed_for_dun(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want


# --- a list announced under a section of an announced list whose items hold lists (c01) -------

SECTIONS_WITH_POINTS = [
    # (id, text, outline as (level, marker))
    (
        # 我省当前情况和问题： | （一）… | （1）（2） | （二）… | …主要是两条： | 第一、第二、: the
        # （一）（二） items hold lists of their own — sections, so the 第一、 list is （二）'s
        "a-list-under-a-section-of-an-announced-list",
        _lines("在省委工作会议上的讲话", "我省当前情况和问题：", "（一）我省总的情况是很好的。" + TEXT,
               "（1）粮食今年比去年增产。" + TEXT, "（2）大牲畜增长都比较快。" + TEXT, TEXT,
               "（二）这些成绩是怎样取得的？" + TEXT, "具体说来，我们取得这些成绩，主要是两条：",
               "第一、坚持了集体经济。" + TEXT, "第二、坚决按照中央政策调整。" + TEXT, TEXT),
        [(1, "（一）"), (2, "（1）"), (2, "（2）"), (1, "（二）"), (2, "第一、"), (2, "第二、")],
    ),
    (
        # (trap) the announced （一）（二） are sentences with no lists under them: a further
        # announced list stands beside them, as before
        "trap-a-list-after-an-announced-list-of-sentences",
        _lines("在省委工作会议上的讲话", "我省当前情况和问题：", "（一）我省总的情况是很好的。" + TEXT, TEXT,
               "（二）这些成绩是怎样取得的？" + TEXT, "具体说来，我们取得这些成绩，主要是两条：",
               "第一、坚持了集体经济。" + TEXT, "第二、坚决按照中央政策调整。" + TEXT, TEXT),
        [(1, "（一）"), (1, "（二）"), (1, "第一、"), (1, "第二、")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "want"),
    [row[1:] for row in SECTIONS_WITH_POINTS],
    ids=[row[0] for row in SECTIONS_WITH_POINTS],
)
def test_sections_with_points(text: str, want: list[tuple[int, str]]) -> None:
    assert _outline(text) == want
