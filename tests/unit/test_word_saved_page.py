"""A page Word saved (Save as Web Page, ``.htm``), or text pasted from Word into a site's page:
Word's headings reach the engine as ``#`` hints, as a .docx's heading styles and outline levels
do — a paragraph's outline level (``mso-outline-level`` in its own style, or in the page's style
sheet for its class: a Chinese Word's own heading style, ``p.a3``) and, in a page Word made,
``<h1>`` (Heading 1 there, not the page's title). ``data/word_saved_page.htm`` is such a file,
GB2312 as Word writes it for Chinese: its unnumbered headings were plain paragraphs.

Each row that is no trap fails before the rule (checked); the traps keep a looser rule out.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine import parse_text
from tui.formats.html import extract_html

TEXT = "各级各部门要切实提高政治站位，增强责任意识，把各项任务落到实处，确保取得实效。"
WORD_META = (
    '<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
)


def _outline(page: str | bytes, name: str = "page.htm") -> list[tuple[int, str]]:
    data = page if isinstance(page, bytes) else page.encode()
    document = parse_text(extract_html(data, name).text)
    return [(h.level, h.title) for speech in document.speeches for h in speech.headings]


def _page(body: str, head: str = "", style: str = "") -> str:
    sheet = f"<style><!--\n{style}\n--></style>" if style else ""
    return (
        f"<html><head>{head}{sheet}</head><body><div class=WordSection1>{body}</div></body></html>"
    )


def _p(*paragraphs: str, attributes: str = "class=MsoNormal") -> str:
    return "".join(f"<p {attributes}><span>{paragraph}</span></p>" for paragraph in paragraphs)


TOP = _p("在全县工作会议上的讲话", "同志们：", TEXT)


def test_a_page_word_saved_keeps_its_headings() -> None:
    data = (Path(__file__).parent / "data" / "word_saved_page.htm").read_bytes()
    assert _outline(data, "讲话.htm") == [
        (1, "坚持立德树人"), (2, "思政课程建设"), (2, "劳动教育"), (1, "办好人民满意的教育")
    ]  # fmt: skip
    assert extract_html(data, "讲话.htm").text.startswith("　　在全县教育工作会议上的讲话\n")


ROWS = [
    # (id, page, outline as (level, title))
    (
        # text pasted from Word into a site's page: the paragraph's own outline level
        "inline-outline-level",
        _page(TOP + _p("加强组织领导", attributes="class=MsoNormal style='mso-outline-level:1'")
              + _p(TEXT) + _p("强化督促检查", attributes="style='text-indent:2em;mso-outline-level:1'")
              + _p(TEXT)),
        [(1, "加强组织领导"), (1, "强化督促检查")],
    ),
    (
        # a paragraph style of the writer's own, its outline level in the page's style sheet
        "class-outline-level",
        _page(TOP + _p("加强组织领导", attributes="class=a3") + _p(TEXT)
              + _p("强化督促检查", attributes="class=a3") + _p(TEXT),
              style="p.a3, li.a3, div.a3\n\t{mso-style-name:一级标题;\n\tmso-outline-level:1;\n\tfont-size:16.0pt;}"),
        [(1, "加强组织领导"), (1, "强化督促检查")],
    ),
    (
        # Heading 1 in a page Word made is <h1>, the document's own heading
        "h1-in-a-word-page",
        _page(TOP + "<h1>加强组织领导</h1>" + _p(TEXT) + "<h1>强化督促检查</h1>" + _p(TEXT), head=WORD_META),
        [(1, "加强组织领导"), (1, "强化督促检查")],
    ),
    (
        # (trap) <h1> in a site's page: the page's title, no heading of the text
        "trap-h1-in-a-site-page",
        _page(TOP + "<h1>加强组织领导</h1>" + _p(TEXT) + "<h1>强化督促检查</h1>" + _p(TEXT)),
        [],
    ),
    (
        # (trap) Heading 7 (Word writes p.MsoHeading7 at outline level 7): deeper than any
        # heading element, no hint (seven # would stay in the text)
        "trap-heading-7",
        _page(TOP + _p("加强组织领导", attributes="class=MsoHeading7") + _p(TEXT)
              + _p("强化督促检查", attributes="class=MsoHeading7") + _p(TEXT), head=WORD_META,
              style="p.MsoHeading7, li.MsoHeading7, div.MsoHeading7\n\t{mso-outline-level:7;}"),
        [],
    ),
    (
        # (trap) a sentence given an outline level: no heading, as a heading element's sentence
        "trap-sentence-with-an-outline-level",
        _page(TOP + _p("这里特别强调一点，安全工作要常抓不懈。", attributes="style='mso-outline-level:1'")
              + _p(TEXT)),
        [],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("page", "want"), [row[1:] for row in ROWS], ids=[row[0] for row in ROWS])
def test_word_headings_in_a_page(page: str, want: list[tuple[int, str]]) -> None:
    assert _outline(page) == want
    if not want:  # (no hint left in the text either: ####### 加强组织领导 would show)
        assert "#" not in extract_html(page.encode(), "page.htm").text
