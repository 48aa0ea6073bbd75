"""What real files from the wild lost through the format layer (tests/formats_real/: the
files' own test and README.md): each defect written again here as the published file
has it, small, so that the check runs without the real files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.format_fixtures import saved_page
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.engine import load_document
from tui.formats import cache
from tui.formats.doc import antiword_paragraphs
from tui.formats.pdf import assemble_pages

LAW = [
    "第一章　总　则",
    "第一条　为了深化国家监察体制改革，加强对所有行使公权力的公职人员的监督，制定本法。",
    "第二章　监察机关及其职责",
    "第七条　中华人民共和国国家监察委员会是最高监察机关。",
]


def _page(path: Path, body: str) -> Path:
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>监察法</title></head>"
        f"<body>{body}</body></html>",
        encoding="utf-8",
    )
    return path


# A VSB (博达) page as a university's or a government's site serves it: the article inside the
# CMS's own <form>; and an ASP.NET page, the whole body in one <form>.
FORM_PAGES = {
    "vsb-article-form": (
        "<div class='nav'><a href='/'>首页</a> <a href='/jj'>纪检监察</a></div>"
        "<form name='_newscontent_fromname'><div id='vsb_content'>"
        + "".join(f"<p>{line}</p>" for line in LAW)
        + "</div></form>"
    ),
    "aspnet-body-form": (
        "<form method='post' action='./show.aspx?id=12' id='form1'>"
        "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY1NDU2MTA1MmRk'>"
        "<div class='search'><input type='text' name='q'><button>搜索</button></div>"
        "<div class='article'>" + "".join(f"<p>{line}</p>" for line in LAW) + "</div></form>"
    ),
}


@pytest.mark.parametrize("body", list(FORM_PAGES.values()), ids=list(FORM_PAGES))
def test_an_article_inside_a_form_is_read(tmp_path: Path, body: str) -> None:
    """Every <form> was dropped with its content: the whole law on a VSB page (nothing but
    the page's head left), an ASP.NET page's whole text ("这个网页里没有正文文字")."""
    page = _page(tmp_path / "law.html", body)
    text = formats.read_source(page).text
    for line in LAW:
        assert line in text
    assert "搜索" not in text  # the search form's button still goes
    headings = [h.marker + h.title for s in load_document(page).speeches for h in s.headings]
    assert {"".join(heading.split()) for heading in headings} >= {
        "第一章总则",
        "第二章监察机关及其职责",
    }


HIDDEN = {
    "display-none": "<div id='hiddenLocation' style='display:none;'><span>3185</span>"
    "<span>发展改革工作</span><span>/col/col1599522/index.html</span></div>",
    "display-none-spaced": "<div style='color:red; DISPLAY : none !important'>隐藏栏目名称</div>",
    "visibility-hidden": "<p style='visibility:hidden'>隐藏栏目名称</p>",
    "hidden-attribute": "<div hidden>隐藏栏目名称</div>",
}


@pytest.mark.parametrize("hidden", list(HIDDEN.values()), ids=list(HIDDEN))
def test_hidden_elements_are_not_read(tmp_path: Path, hidden: str) -> None:
    """A hanweb (大汉) government page opens its body with a hidden <div> of column names and
    addresses: its text was the page's first line, and so the speech's title
    (3185发展改革工作/col/c…)."""
    title = "1-10月德清县固定资产投资结构趋稳趋优"
    article = f"<h1>{title}</h1><p>1-10月，全县固定资产投资完成246.79亿元，同比增长15.3%。</p>"
    page = tmp_path / "page.html"
    page.write_text(
        saved_page(hidden + article, title).replace("<body>", "<body>" + hidden, 1),
        encoding="utf-8",
    )
    text = formats.read_source(page).text
    assert "3185" not in text and "隐藏" not in text and "col1599522" not in text
    assert load_document(page).speeches[0].title == title


def test_a_hidden_article_a_script_would_show_is_read(tmp_path: Path) -> None:
    """Some pages hide the text until a script shows it (a tab, a "loading" cover): hidden
    chrome goes, but a hidden part holding a third of the page's text or more stays, as the
    chrome rule keeps such a part; hidden elements nested in others, and inside a dropped
    footer, are taken out once."""
    article = "".join(f"<p>{line}</p>" for line in LAW)
    nested = "<div style='display:none'><p hidden>甲<span style='display:none'>乙</span></p></div>"
    page = _page(
        tmp_path / "law.html",
        f"{nested}<div id='content' style='display:none'>{article}</div>"
        f"<footer><li style='display:none'>http://www.example.gov.cn</li></footer>",
    )
    text = formats.read_source(page).text
    assert all(line in text for line in LAW)
    assert "甲" not in text and "乙" not in text and "example" not in text


def test_a_style_that_only_mentions_display_hides_nothing(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        saved_page("<p style='display:block'>看得见的段落。</p>", "题目"), encoding="utf-8"
    )
    assert "看得见的段落。" in formats.read_source(page).text


def test_a_hyphen_a_pdf_names_soft_is_a_hyphen() -> None:
    """PDFium gives a drawn hyphen as U+00AD when the font calls its glyph "hyphen"; the
    cleaner takes soft hyphens out, so 规划纲要（2014-2020 年） read 20142020 (a notice's PDF
    printed from Word). One at a line's end (a word hyphenated there) still goes."""
    page = "设规划纲要（2014\u00ad2020 年）的通知》\ninter\u00ad\nnational\n- 1 -"
    text = assemble_pages([page] * 3, "notice.pdf").text
    assert "（2014-2020 年）" in text
    assert "20142020" not in text and "inter-" not in text and "\u00ad" not in text


def _docx_with_contents(path: Path) -> Path:
    """A Word file whose table of contents Word made: "toc 1"/"toc 2" paragraphs, each a
    heading's words, a tab and its page number, before the headings themselves."""
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    document = docx.Document()
    for name in ("toc 1", "toc 2"):
        document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("核电厂定期安全评价")
    document.add_paragraph("目  次")
    document.add_paragraph("1 范围\t1", style="toc 1")
    document.add_paragraph("2 规范性引用文件\t1", style="toc 1")
    document.add_paragraph("2.1 术语\t2", style="toc 2")
    document.add_paragraph("1 范围")
    document.add_paragraph("本部分规定了核电厂定期安全评价的通用要求。")
    document.add_paragraph("2 规范性引用文件")
    document.add_paragraph("下列文件对于本文件的应用是必不可少的。")
    document.save(str(path))
    return path


def test_the_entries_of_words_table_of_contents_are_left_out(tmp_path: Path) -> None:
    """Each entry was a heading with its page number at its end (1 范围 1), the list before
    the text it lists: a standard's outline held twelve such entries."""
    path = _docx_with_contents(tmp_path / "standard.docx")
    text = formats.read_source(path).text
    assert "范围 1" not in text and "术语" not in text
    assert "目  次" in text and "1 范围" in text
    headings = [h.marker + h.title for s in load_document(path).speeches for h in s.headings]
    assert [heading.replace(" ", "") for heading in headings] == ["1范围", "2规范性引用文件"]


# antiword's text of a Word 97 file (-w 0): a title in a one-cell table drawn with bars, each
# paragraph on one line indented as Word indents it.
ANTIWORD = """
|                                                            |
|NB/T XXXX－20YY                                             |
|核电厂定期安全评价 第1部分：通用要求                        |
|编制说明                                                    |

   1. 任务来源及计划要求
    本标准来源于国家能源局2021年下达的能源行业核电标准制修订计划。
    计划要求对原标准进行修订，这项修订任务应在2023年底前完成。
二、 编制过程
    1、征求意见稿
    2021年9月30日，国家能源局下达了标准制修订计划。
|项目 |编号       |
|能源 |20210676   |
"""


def test_antiwords_text_is_read_as_the_documents_paragraphs() -> None:
    """As antiword gives it, the heading indented less than the body read as a typed layout:
    the engine took it for a line wrapped into the paragraph under it (1.任务来源及计划要求
    本标准来源于…), and the title in a table was the line "|   |"."""
    paragraphs = antiword_paragraphs(ANTIWORD)
    assert paragraphs[1:5] == [
        "",
        "NB/T XXXX－20YY",
        "核电厂定期安全评价 第1部分：通用要求",
        "编制说明",
    ]
    assert "1. 任务来源及计划要求" in paragraphs
    assert "本标准来源于国家能源局2021年下达的能源行业核电标准制修订计划。" in paragraphs
    assert paragraphs[-3:] == ["项目 | 编号", "能源 | 20210676", ""]
    lines = formats.paragraphs_text(paragraphs).split("\n")
    assert "\u3000\u30001. 任务来源及计划要求" in lines
    assert "\u3000\u3000二、 编制过程" in lines


def test_a_paragraph_typed_with_full_width_spaces_keeps_them() -> None:
    paragraphs = antiword_paragraphs("    \u3000\u3000同志们：\n    \u3000\u3000今天开会。\n")
    assert paragraphs[:2] == ["\u3000\u3000同志们：", "\u3000\u3000今天开会。"]


def test_a_lone_character_pdfium_cannot_measure_is_never_lost_silently(tmp_path: Path) -> None:
    """holdout31 p01's 序 through ``--as pdf``: a line of one character in a CJK font the
    PDF does not embed (reportlab's STSong-Light) is dropped by PDFium's text page on a
    machine without a Chinese font (it cannot measure the glyph: the object is a point).
    Either the character is read (a Chinese font is installed) or the reader says how many
    were not, and keeps the text out of the cache so that it reads whole once one is."""
    lines = ["序", "在全市优化营商环境工作会议上的讲话", "一", "同志们：今天我们召开这个会议。"]
    pdf = ff.write_pdf(tmp_path / "lone.pdf", lines, width=10**6)
    extracted = formats.read_source(pdf)
    read = [line.strip("\u3000 ") for line in extracted.text.split("\n")]
    if "序" in read and "一" in read:
        assert extracted.lasting and not extracted.warnings
        return
    assert not extracted.lasting
    (warning,) = extracted.warnings
    assert "2 处单独的字没有读出" in str(warning) and "2 character(s)" in warning.en
    assert not list(cache.folder().glob("*.json"))
    assert load_document(pdf).warnings


def test_headings_and_list_items_of_a_page_typing_its_layout_stand_apart(
    tmp_path: Path,
) -> None:
    """shanxi-gov-news.html: the article's text is indented with 　　 as typed, so the page
    keeps its lines as they stand and the engine joins an unindented line to the paragraph
    before it. The title (<h2>), the subtitle (<h3>) and the tool bar's list items under
    them read as one paragraph: 山西品牌丝路行（南美站）正式启动成功举办…打印字体：…"""
    paragraphs = [text for level, _, text in ff.SPEECH if level == 0 and len(text) > 60]
    body = "".join(f"<p>\u3000\u3000{text}</p>" for text in paragraphs)
    page = _page(
        tmp_path / "news.html",
        "<div class='title'><h2>山西品牌丝路行（南美站）正式启动</h2>"
        "<h3>成功举办中国（山西）－巴西双向经贸投资推介会</h3></div>"
        "<ul><li>时间：2019-09-18 06:23 来源：山西日报</li><li>打印 字体：放大 正常 缩小</li></ul>"
        f"<div class='article'><div>图为山西品牌丝路行（南美站）启动仪式。（刘通摄）</div>{body}</div>",
    )
    texts = [paragraph.text for paragraph in load_document(page).paragraphs]
    assert texts[:2] == [
        "山西品牌丝路行（南美站）正式启动",
        "成功举办中国（山西）－巴西双向经贸投资推介会",
    ]
    assert texts[-1] == paragraphs[-1]
