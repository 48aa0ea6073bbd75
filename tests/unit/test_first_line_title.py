"""A file's first line as its speech's title when it stands alone (tui.engine.firsttitle): short, no
comma or sentence, a blank line under it — over a numbered series of headings (a 1936 lecture in
holdout10 a05 without its ——subtitle: 革命當從革心起 | 一 緒論 | …) or with four characters only
(holdout17 h06: 女子问题, its PDF's outline root and status line showed only the file name).
The trap rows hold on the engine before the change too: they must not become titles."""

from __future__ import annotations

import pytest

from tui.engine.parse import parse_text

BODY = "今天我们召开这次会议，主要任务是总结工作、部署任务。" * 3


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        pytest.param(
            f"革命當從革心起\n\n一 緒論\n{BODY}\n二 革心\n{BODY}\n三 結論\n{BODY}\n",
            ["革命當從革心起"],
            id="over-a-series-numbered-by-a-space",
        ),
        pytest.param(
            f"论党的思想建设\n\n一、思想建设\n{BODY}\n二、组织建设\n{BODY}\n",
            ["论党的思想建设"],
            id="over-a-dun-series",
        ),
        pytest.param(f"女子问题\n\n\n{BODY}\n\n{BODY}\n", ["女子问题"], id="four-characters"),
        pytest.param(
            f"女子问题\r\n\r\n{BODY}\r\n\r\n{BODY}\r\n", ["女子问题"], id="four-characters-crlf"
        ),
    ],
)
def test_first_line_standing_alone_is_the_title(text: str, titles: list[str | None]) -> None:
    assert [speech.title for speech in parse_text(text).speeches] == titles


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        # A PDF's first line cut inside its sentence: no blank line under it.
        pytest.param(
            f"革命當從革心起\n一 緒論\n{BODY}\n二 革心\n{BODY}\n", [None], id="pdf-fragment"
        ),
        pytest.param(
            f"今年以来\n各地认真贯彻落实中央部署。{BODY}\n\n{BODY}\n", [None], id="pdf-fragment-4"
        ),
        # A running header printed again over a later page.
        pytest.param(
            f"学习资料\n\n{BODY}\n{BODY}\n- 2 -\n学习资料\n{BODY}\n", [None], id="running-header"
        ),
        pytest.param(f"来源：人民网\n\n{BODY}\n\n{BODY}\n", [None], id="source-line"),
        # A collection's name over titled speeches stays the collection's.
        pytest.param(
            f"讲话稿汇编\n\n在全市经济工作会议上的讲话\n同志们：\n{BODY}\n\n"
            f"在全市安全生产会议上的讲话\n同志们：\n{BODY}\n",
            ["在全市经济工作会议上的讲话", "在全市安全生产会议上的讲话"],
            id="collection-name",
        ),
        pytest.param(f"女子问题{BODY}\n", [None], id="one-line-text"),
        pytest.param(f"司马相如\n\n{BODY}\n\n{BODY}\n", [None], id="name"),
        pytest.param(f"胡适\n\n{BODY}\n\n{BODY}\n", [None], id="short-name"),
        pytest.param(
            f"李大钊\n\n一、总论\n{BODY}\n二、分论\n{BODY}\n", [None], id="speaker-over-series"
        ),
        pytest.param(f"各位同学\n\n{BODY}\n\n{BODY}\n", [None], id="salutation-without-colon"),
        pytest.param(f"1936年4月\n\n{BODY}\n\n{BODY}\n", [None], id="date"),
        pytest.param(f"一、总论\n\n{BODY}\n二、分论\n{BODY}\n", [None], id="heading"),
    ],
)
def test_first_line_that_is_no_title(text: str, titles: list[str | None]) -> None:
    assert [speech.title for speech in parse_text(text).speeches] == titles
