"""The title a file names for itself (``Extracted.title``, ``tui.formats.titles``) given to
a speech whose text has no title line: 7 of the 10 published files of tests/formats_real had
none (a saved page's title only in its ``<title>``, a notice's in a PDF line set larger, a
standard's name in a Heading 1 after its cover). Each case is written here small; the real
files' titles are checked in test_formats_real.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit import format_fixtures as ff
from tests.unit.test_formats import home as home  # the same autouse SPEECH_READER_HOME
from tui import formats
from tui.engine import load_document
from tui.formats import cache
from tui.formats.titles import best_title, clean_title, page_title_parts

BODY = [
    "为贯彻落实党中央、国务院决策部署，进一步加强个人所得税纳税信用建设，现就有关事项通知如下。",
    "一、总体要求",
    "各地区、各部门要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神。",
    "二、主要措施",
    "税务部门在个人所得税自行纳税申报表中设立格式规范、标准统一的信用承诺书。",
]
"""A notice's text without its title (a page's article, a PDF's body)."""
ARTICLE = "关于加强个人所得税纳税信用建设的通知"


def _page(path: Path, head: str, body: list[str] = BODY) -> Path:
    paragraphs = "".join(f"<p>{line}</p>" for line in body)
    path.write_text(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head>"
        f"<body><header><h1>某某市人民政府门户网站</h1></header>"
        f"<div class='article'>{paragraphs}</div></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("head", "title"),
    [
        (f"<title>{ARTICLE}_某某市人民政府门户网站</title>", ARTICLE),
        (f"<title>{ARTICLE} - 中国政府网</title>", ARTICLE),
        (f"<title>{ARTICLE}-纪检</title>", ARTICLE),
        (
            "<title>1-10月德清县固定资产投资结构趋稳趋优</title>",
            "1-10月德清县固定资产投资结构趋稳趋优",
        ),
        (f"<meta name='ArticleTitle' content='{ARTICLE}'><title>通知公告</title>", ARTICLE),
        (f"<meta property='og:title' content='{ARTICLE}'>", ARTICLE),
        (
            "<title>调整2007　年末国债余额限额的决议__2007年第23号国务院公报_中国政府网</title>",
            "调整2007年末国债余额限额的决议",
        ),
    ],
)
def test_a_pages_own_title_is_its_speechs(tmp_path: Path, head: str, title: str) -> None:
    """Was: no title (the pane showed the article's first words): the page has it in its
    ``<title>`` or ``<meta>`` only, the article part kept, the site's name left out."""
    document = load_document(_page(tmp_path / "notice.html", head))
    assert len(document.speeches) == 1
    assert document.speeches[0].title == title


@pytest.mark.parametrize(
    "head",
    [
        "<title>某某市人民政府门户网站</title>",
        "<title>无标题文档</title>",
        "<title>notice.html</title>",
        "<title>notice</title>",
        "",
    ],
)
def test_a_page_that_names_only_its_site_or_nothing_gets_no_title(
    tmp_path: Path, head: str
) -> None:
    """A site's name (in ``<title>`` and the header's ``<h1>``), a placeholder, the file's
    name: junk, no title."""
    document = load_document(_page(tmp_path / "notice.html", head))
    assert document.speeches[0].title is None
    assert formats.read_source(tmp_path / "notice.html").title is None


def test_a_pages_title_line_found_by_the_engine_stays(tmp_path: Path) -> None:
    """The text's own title line wins over the page's ``<title>``."""
    page = _page(
        tmp_path / "speech.html", f"<title>{ARTICLE}_某某网</title>", [ff.TITLE, "同志们：", *BODY]
    )
    assert load_document(page).speeches[0].title == ff.TITLE


def test_a_title_over_lines_cut_to_its_last_gets_the_whole(tmp_path: Path) -> None:
    """The engine took a three-line title's last line (npc-decision-2007.html); the page
    names the whole, which holds it."""
    whole = "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"
    body = [
        "全国人民代表大会常务委员会关于批准财政部",
        "发行特别国债购买外汇及",
        "调整2007年末国债余额限额的决议",
        "（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）",
        "第十届全国人民代表大会常务委员会第二十八次会议审议了国务院关于提请审议财政部发行特别国债购买外汇及调整2007年末国债余额限额的议案，决定：批准财政部发行15500亿元特别国债。",
    ]
    page = _page(tmp_path / "decision.html", f"<title>{whole}__国务院公报_中国政府网</title>", body)
    assert load_document(page).speeches[0].title == whole


def test_a_title_the_page_names_in_quotes_stays_whole(tmp_path: Path) -> None:
    """A repost's page title names the speech in 《》 after the speaker (holdout40 e03): the
    text's own title line is the whole title, quoted — it stays (was: the page's title)."""
    speech = "在全市教育系统年度工作会议上的讲话"
    body = [speech, "陈国阳", "（2010年2月22日）", "同志们：", *BODY]
    page = _page(
        tmp_path / "repost.html", f"<title>陈国阳局长《{speech}》--党政办-某某中学</title>", body
    )
    assert load_document(page).speeches[0].title == speech


def test_a_collection_keeps_its_speeches_titles(tmp_path: Path) -> None:
    """A file's title is not its speeches': a page holding two speeches keeps theirs."""
    second = "在全市安全生产工作会议上的讲话"
    body = [ff.TITLE, "同志们：", *BODY, second, "同志们：", *BODY]
    page = _page(tmp_path / "two.html", "<title>讲话汇编_某某网</title>", body)
    document = load_document(page)
    assert [speech.title for speech in document.speeches] == [ff.TITLE, second]


NOTICE_LINES = [
    (36, "发展改革委办公厅"),
    (36, "税务总局办公厅文件"),
    (16, "发改办财金规〔2019〕860 号"),
    (22, ARTICLE),
    *[(16, line[:26]) for line in BODY],
]


def test_a_pdfs_largest_first_line_is_its_title(tmp_path: Path) -> None:
    """Was: no title (ndrc-860-notice.pdf): the notice's title is set larger than its text;
    the issuing office's header, larger still, over the number, is not the title."""
    pdf = ff.write_notice_pdf(tmp_path / "notice.pdf", NOTICE_LINES)
    assert formats.read_source(pdf).title == ARTICLE
    assert load_document(pdf).speeches[0].title == ARTICLE


def test_a_title_set_over_two_pdf_lines_is_joined(tmp_path: Path) -> None:
    lines = [(22, "关于加强个人所得税"), (22, "纳税信用建设的通知"), *NOTICE_LINES[4:]]
    pdf = ff.write_notice_pdf(tmp_path / "notice.pdf", lines)
    assert formats.read_source(pdf).title == ARTICLE


@pytest.mark.parametrize(
    ("metadata", "title"),
    [
        ("在全市优化营商环境工作会议上的讲话", "在全市优化营商环境工作会议上的讲话"),
        ("Microsoft Word - 文档1.doc", None),
        ("notice", None),
    ],
)
def test_a_pdfs_metadata_title_unless_junk(
    tmp_path: Path, metadata: str, title: str | None
) -> None:
    """The file's Title property names it; a printer driver's "Microsoft Word - 文档1.doc"
    or the file's name does not (reportlab writes "untitled" when none is set: the other
    tests)."""
    lines = [(16, line[:26]) for line in BODY]
    pdf = ff.write_notice_pdf(tmp_path / "notice.pdf", lines, metadata_title=metadata)
    assert formats.read_source(pdf).title == title
    assert load_document(pdf).speeches[0].title == title


def _docx(path: Path, *, core: str | None, title_style: str | None, heading: str | None) -> Path:
    import docx

    document = docx.Document()
    if core is not None:
        document.core_properties.title = core
    if title_style is not None:
        document.add_paragraph(title_style, style="Title")
    for word in ("目　　次", "前　　言"):
        document.add_paragraph(word, style="Heading 1")
        document.add_paragraph(BODY[0])
    if heading is not None:
        document.add_paragraph(heading, style="Heading 1")
    document.add_paragraph("1　范围", style="Heading 2")
    document.add_paragraph(BODY[2])
    document.add_paragraph("2　规范性引用文件", style="Heading 2")
    document.add_paragraph(BODY[4])
    document.save(str(path))
    return path


STANDARD = "核电厂定期安全评价 第1部分：通用要求"


@pytest.mark.parametrize(
    ("core", "title_style", "heading", "title"),
    [
        ("（填写标准名称）", None, STANDARD, STANDARD),
        ("标准名称", None, STANDARD, STANDARD),
        (ARTICLE, None, None, ARTICLE),
        (None, STANDARD, "一、总体要求", STANDARD),
        (None, None, "一、总体要求", None),
        ("Microsoft Word - 文档1.doc", None, None, None),
    ],
)
def test_a_word_files_title(
    tmp_path: Path,
    core: str | None,
    title_style: str | None,
    heading: str | None,
    title: str | None,
) -> None:
    """Was: no title (nuclear-guide-p1.docx): a standard's name styled Heading 1 after its
    cover, 目次 and 前言; the core properties a template's placeholder. The Title style
    names the document, so does a core title that is no placeholder; a numbered Heading 1
    (一、) is a section."""
    document = _docx(
        tmp_path / "standard.docx", core=core, title_style=title_style, heading=heading
    )
    assert formats.read_source(document).title == title


def test_an_ebooks_title_when_its_text_has_none(tmp_path: Path) -> None:
    chapters = [["前言", *BODY[:1]], ["一、总体要求", *BODY[2:3]], ["二、主要措施", *BODY[4:]]]
    book = ff.write_epub(tmp_path / "book.epub", chapters=chapters)
    assert formats.read_source(book).title == "讲话汇编"
    assert load_document(book).speeches[0].title == "讲话汇编"


@pytest.mark.parametrize("escapes", ["hex", "unicode", "word"])
@pytest.mark.parametrize(
    ("info", "title"),
    [(ARTICLE, ARTICLE), ("", None), ("x", "x"), ("（填写标准名称）", None), ("文档1", None)],
)
def test_an_rtf_files_title(tmp_path: Path, escapes: str, info: str, title: str | None) -> None:
    """Was: always None (striprtf leaves the document info out). The info's title, decoded
    as the text is (GBK bytes, ``\\uN``, Word's both), unless junk; the body's first line
    is the text's own title and the engine keeps it."""
    rtf = ff.write_rtf(tmp_path / "notice.rtf", escapes, text=BODY, info_title=info)
    assert formats.read_source(rtf).title == title
    if title == ARTICLE:
        assert load_document(rtf).speeches[0].title == ARTICLE


def test_an_rtf_title_page_switch_is_no_title(tmp_path: Path) -> None:
    """``\\titlepg`` (a section's different first page) is a control word, not the title."""
    rtf = ff.write_rtf(tmp_path / "notice.rtf", text=BODY)
    data = rtf.read_bytes().replace(b"\\viewkind4", b"{\\titlepg 1}\\viewkind4")
    rtf.write_bytes(data)
    assert formats.read_source(rtf).title is None


def test_a_title_group_too_long_for_a_title_is_none(tmp_path: Path) -> None:
    """A hostile info group (thousands of nested groups) is not read to its end."""
    rtf = ff.write_rtf(tmp_path / "notice.rtf", text=BODY, info_title=ARTICLE)
    data = rtf.read_bytes()
    start = data.index(b"{\\title") + len(b"{\\title ")
    rtf.write_bytes(data[:start] + b"{" * 3000 + b"}" * 3000 + data[start:])
    extracted = formats.read_source(rtf)
    assert extracted.title is None and BODY[0] in extracted.text


def _odt_body(title: str = "", heading: str = "") -> str:
    parts = [f'<text:p text:style-name="Title">{title}</text:p>'] if title else []
    if heading:
        parts.append(f'<text:h text:outline-level="1">{heading}</text:h>')
    parts += [f'<text:p text:style-name="Text_20_body">{line}</text:p>' for line in BODY]
    return "\n".join(parts)


STANDARD_ODT = "核电厂定期安全评价 第1部分：通用要求"


@pytest.mark.parametrize(
    ("title_paragraph", "meta", "heading", "title"),
    [
        ("", ARTICLE, "", ARTICLE),
        ("", "（填写标准名称）", STANDARD_ODT, STANDARD_ODT),
        (STANDARD_ODT, ARTICLE, "", STANDARD_ODT),
        ("", "", "目录", None),
        ("", "", "一、总体要求", None),
        ("", "", "", None),
    ],
)
def test_an_odt_files_title(
    tmp_path: Path, title_paragraph: str, meta: str, heading: str, title: str | None
) -> None:
    """Was: always None. As for Word: the Title style's paragraph, else the properties'
    title (``meta.xml``) unless a placeholder, else the first level-1 heading that is no
    section (目录) and no numbered heading (一、)."""
    body = _odt_body(title_paragraph, heading)
    odt = ff.write_odt(tmp_path / "notice.odt", body, meta_title=meta)
    assert formats.read_source(odt).title == title


def test_an_odt_title_in_an_automatic_style_built_on_title(tmp_path: Path) -> None:
    """LibreOffice gives a title centred by hand an automatic style (P1) whose parent is
    Title; the body is ``office:text`` after ``office:automatic-styles``."""
    body = f'<text:p text:style-name="P1">{ARTICLE}</text:p>' + _odt_body()
    styles = (
        '<office:automatic-styles><style:style style:name="P1" style:family="paragraph" '
        'style:parent-style-name="Title"/></office:automatic-styles><office:body>'
    )
    style_ns = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    content = ff.odt_content(body).replace("<office:body>", styles)
    content = content.replace("<office:document-content ", "<office:document-content " + style_ns)
    members: dict[str, str | bytes] = {
        "content.xml": content,
        "META-INF/manifest.xml": ff.ODT_MANIFEST,
    }
    odt = ff.zip_with_mimetype(
        tmp_path / "notice.odt", "application/vnd.oasis.opendocument.text", members
    )
    assert formats.read_source(odt).title == ARTICLE


def test_a_broken_odt_meta_costs_only_the_title(tmp_path: Path) -> None:
    odt = ff.write_odt(tmp_path / "notice.odt", _odt_body(), meta_title="<broken")
    extracted = formats.read_source(odt)
    assert extracted.title is None and BODY[0] in extracted.text


def test_the_title_is_cached(tmp_path: Path) -> None:
    page = _page(tmp_path / "notice.html", f"<title>{ARTICLE}_某某网</title>")
    first = formats.read_source(page)
    assert list(cache.folder().glob("*.json"))
    again = formats.read_source(page)
    assert again == first and again.title == ARTICLE


def test_a_title_from_the_file_is_sanitised(tmp_path: Path) -> None:
    """A file's title reaches the outline pane: control and bidi characters as the text's."""
    page = _page(tmp_path / "notice.html", "<title>关于\u202e加强\x1b[31m通知_某某网</title>")
    title = formats.read_source(page).title
    assert title is not None and "\x1b" not in title and "\u202e" not in title


@pytest.mark.parametrize(
    ("raw", "parts"),
    [
        ("文章标题_栏目_网站名", ["文章标题", "栏目", "网站名"]),
        ("文章标题 | 网站名", ["文章标题", "网站名"]),
        ("中华人民共和国监察法-纪检", ["中华人民共和国监察法", "纪检"]),
        ("规划纲要（2014-2020年）", ["规划纲要（2014-2020年）"]),
        ("1-10月投资结构趋稳", ["1-10月投资结构趋稳"]),
        # A title, its column after two dashes, the site after one (holdout37 x01's <title>:
        # the column stayed in the speech's title).
        (
            "在开学典礼上的讲话--领导关怀-绍兴市第一中学",
            ["在开学典礼上的讲话", "领导关怀", "绍兴市第一中学"],
        ),
        ("2014-2020年规划纲要-发改委", ["2014-2020年规划纲要", "发改委"]),
    ],
)
def test_page_title_parts(raw: str, parts: list[str]) -> None:
    assert page_title_parts(raw) == parts


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "无标题",
        "Untitled",
        "Microsoft Word - 讲话.docx",
        "文档1",
        "（填写标准名称）",
        "123",
        "x" * 101,
    ],
)
def test_junk_titles(raw: str) -> None:
    assert clean_title(raw) is None


def test_a_title_the_text_holds_comes_first() -> None:
    assert best_title(["讲话汇编", ARTICLE], text=f"　　{ARTICLE}\n正文") == ARTICLE
    assert best_title(["讲话汇编", ARTICLE], text="正文") == "讲话汇编"
