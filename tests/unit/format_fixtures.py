"""Generators of the Word, PDF and HTML files the format tests open (no binary fixtures).

The same speech is written as typed text, as a .docx whose numbers are typed, as a .docx
whose headings Word numbers itself (numbering.xml, no number in the text), as a .docx
whose headings are only Heading 1–3 styles (numbers typed, or none), as a Word 97 .doc
(those .docx files saved by LibreOffice, when it is installed), as a PDF
with a CJK text layer, a running header and page numbers (reportlab, CID font
STSong-Light), and as a saved web page with navigation and script junk around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

TITLE = "在全市优化营商环境工作会议上的讲话"
RUNNING_HEADER = "市委办公室内部资料"

# (level, marker, heading text) for headings, or (0, "", paragraph) for body text.
_BODY_A = (
    "营商环境就是生产力，就是竞争力。一个地方的营商环境好不好，直接关系到企业的生存发展，"
    "关系到群众的切身利益，也关系到全市高质量发展的大局。各级各部门要把优化营商环境作为"
    "一项长期任务，持续用力、久久为功，切实增强责任感和紧迫感。"
)
_BODY_B = (
    "当前，区域竞争日趋激烈，谁的营商环境好，谁就能赢得发展先机。我们要对标先进地区，"
    "查找自身差距，拿出过硬措施，推动各项改革任务落地见效，让企业和群众有更多获得感。"
)
_BODY_C = (
    "要坚持问题导向，聚焦企业反映强烈的堵点难点，逐项研究解决办法，明确责任单位和完成时限，"
    "做到件件有着落、事事有回音，以实实在在的成效取信于企业、取信于群众。"
)

SPEECH: list[tuple[int, str, str]] = [
    (0, "", "同志们："),
    (
        0,
        "",
        "今天，我们召开全市优化营商环境工作会议，主要任务是总结前段工作，分析当前形势，部署下步任务。刚才几个单位作了发言，讲得都很好，我都同意。下面，我讲三点意见。",
    ),
    (1, "一、", "提高思想认识，切实增强优化营商环境的责任感"),
    (0, "", _BODY_A),
    (2, "（一）", "优化营商环境是高质量发展的内在要求"),
    (0, "", _BODY_B),
    (0, "", _BODY_C),
    (2, "（二）", "优化营商环境是转变政府职能的重要抓手"),
    (0, "", _BODY_A),
    (0, "", _BODY_B),
    (1, "二、", "突出工作重点，全力打造一流营商环境"),
    (0, "", _BODY_C),
    (2, "（一）", "深化放管服改革"),
    (0, "", _BODY_A),
    (3, "1.", "压缩审批时限"),
    (0, "", _BODY_B),
    (3, "2.", "推行一网通办"),
    (0, "", _BODY_C),
    (2, "（二）", "强化要素保障"),
    (0, "", _BODY_A),
    (0, "", _BODY_B),
    (1, "三、", "加强组织领导，确保各项任务落到实处"),
    (0, "", _BODY_C),
    (2, "（一）", "压实工作责任"),
    (0, "", _BODY_A),
    (2, "（二）", "严格督查考核"),
    (0, "", _BODY_B),
    (
        0,
        "",
        "同志们，优化营商环境使命光荣、责任重大。让我们紧密团结在一起，真抓实干、奋发有为，为全市高质量发展作出新的更大贡献！",
    ),
]


def speech_lines() -> list[str]:
    """The speech as typed: title, then each paragraph with its typed number."""
    return [TITLE] + [marker + text for _, marker, text in SPEECH]


def write_text(path: Path) -> Path:
    path.write_text("\n".join(speech_lines()) + "\n", encoding="utf-8")
    return path


def write_docx_typed(path: Path, lines: list[str] | None = None) -> Path:
    """A .docx with the numbers typed into the text, one Word paragraph per line (``lines``:
    other lines than the speech's, each a paragraph as it stands, an empty one included)."""
    import docx

    document = docx.Document()
    for line in speech_lines() if lines is None else lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


# Levels: 一、 / （一） / 1. — chineseCounting, chineseCountingThousand, decimal.
_ABSTRACT = f"""
<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>
    <w:pStyle w:val="Heading1"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCountingThousand"/>
    <w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>
    <w:lvlText w:val="%3."/></w:lvl>
</w:abstractNum>
"""
_NUM = f'<w:num xmlns:w="{W_NS}" w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def add_numbering(document: object, abstract_xml: str, num_xml: str) -> None:
    """Put an abstract list definition and a list instance into the document's numbering.xml
    (abstract definitions before the first ``w:num``, as the schema orders them)."""
    from docx.oxml import parse_xml

    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    abstract = parse_xml(abstract_xml)
    first_num = numbering.find(f"{{{W_NS}}}num")
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(num_xml))


def number_paragraph(paragraph: object, num_id: int, level: int) -> None:
    """Give a paragraph ``w:numPr`` (list ``num_id``, level ``level``): python-docx has no
    numbering API; its paragraph format's public ``element`` is the paragraph's ``w:p``."""
    from docx.oxml import parse_xml

    p_pr = paragraph.paragraph_format.element.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.append(
        parse_xml(
            f'<w:numPr xmlns:w="{W_NS}"><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
        )
    )


def write_docx_numbered(path: Path) -> Path:
    """A .docx whose headings carry no number in their text: Word numbers them (numbering.xml).

    Level 1 headings are numbered through their style (Heading 1 linked to the list), the
    others through the paragraph's own ``w:numPr``.
    """
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    add_numbering(document, _ABSTRACT, _NUM)
    heading1 = document.styles["Heading 1"]
    heading1.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr xmlns:w="{W_NS}"><w:numId w:val="90"/></w:numPr>')
    )
    document.add_paragraph(TITLE, style="Title")
    for level, _, text in SPEECH:
        if level == 0:
            document.add_paragraph(text)
        elif level == 1:
            document.add_paragraph(text, style="Heading 1")
        else:
            paragraph = document.add_paragraph(text, style=f"Heading {level}")
            number_paragraph(paragraph, 90, level - 1)
    document.save(str(path))
    return path


def write_docx_styled(path: Path, *, typed_numbers: bool) -> Path:
    """A .docx whose headings have Word's Heading 1–3 styles and no list numbering: the
    numbers typed into the text (``typed_numbers``), or no numbers at all (the outline is
    then only in the styles)."""
    import docx

    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    for level, marker, text in SPEECH:
        if level == 0:
            document.add_paragraph(text)
        else:
            document.add_paragraph(
                (marker if typed_numbers else "") + text, style=f"Heading {level}"
            )
    document.save(str(path))
    return path


def soffice() -> str | None:
    """LibreOffice's program, if installed."""
    import shutil

    return shutil.which("soffice") or shutil.which("libreoffice")


def write_doc(sources: list[Path], folder: Path) -> list[Path]:
    """Word 97–2003 (.doc) copies of ``sources`` (.docx files) in ``folder``, saved by
    LibreOffice (``soffice`` must be installed: no Python library writes .doc)."""
    import subprocess
    import tempfile

    program = soffice()
    assert program is not None, "LibreOffice is needed to write .doc files"
    with tempfile.TemporaryDirectory(prefix="speech-reader-test-doc-") as profile:
        subprocess.run(
            [
                program,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "doc:MS Word 97",
                "--outdir",
                str(folder),
                *map(str, sources),
            ],
            capture_output=True,
            timeout=180,
            stdin=subprocess.DEVNULL,
            check=True,
        )
    made = [folder / (source.stem + ".doc") for source in sources]
    for path in made:
        assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", path  # OLE2
    return made


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)] or [""]


def write_pdf(
    path: Path,
    paragraphs: list[str] | None = None,
    *,
    lines_per_page: int = 22,
    width: int = 30,
    header: str = RUNNING_HEADER,
) -> Path:
    """A text PDF of the speech: lines of ``width`` characters, a running header on top of
    every page and a page number (- N -) at its foot, ``lines_per_page`` body lines a page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    lines: list[str] = []
    for paragraph in paragraphs if paragraphs is not None else speech_lines():
        lines.extend(_wrap(paragraph, width))
    sheet = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    for page_number, start in enumerate(range(0, len(lines), lines_per_page), 1):
        sheet.setFont("STSong-Light", 10)
        sheet.drawString(72, height - 40, header)
        sheet.setFont("STSong-Light", 14)
        y = height - 80
        for line in lines[start : start + lines_per_page]:
            sheet.drawString(72, y, line)
            y -= 28
        sheet.setFont("STSong-Light", 10)
        sheet.drawString(280, 30, f"- {page_number} -")
        sheet.showPage()
    sheet.save()
    return path


def write_notice_pdf(
    path: Path, lines: Sequence[tuple[float, str]], *, metadata_title: str | None = None
) -> Path:
    """A one-page PDF of ``lines`` (font size, text), each on its own line from the top, as
    a notice is set: the issuing office's red header large, its number small, the title
    larger than the text (``metadata_title``: the file's Title property, none without)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    sheet = canvas.Canvas(str(path), pagesize=A4)
    if metadata_title is not None:
        sheet.setTitle(metadata_title)
    _, height = A4
    y = height - 80
    for size, text in lines:
        sheet.setFont("STSong-Light", size)
        sheet.drawString(72, y, text)
        y -= size * 1.8
    sheet.showPage()
    sheet.save()
    return path


def write_pdf_with_blank_page(path: Path) -> Path:
    """A text PDF of the speech whose page 2 has no text (a page scanned in, or left
    blank): the reader warns of it."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pieces = [piece for line in speech_lines() for piece in _wrap(line, 30)]
    sheet = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    for part in (pieces[:22], [], pieces[22:44]):
        sheet.setFont("STSong-Light", 14)
        for row, piece in enumerate(part):
            sheet.drawString(72, height - 80 - 28 * row, piece)
        sheet.showPage()
    sheet.save()
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF whose pages are only an image (what a scanner makes): no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (200, 280), 255)
    draw = ImageDraw.Draw(image)
    for row in range(20, 260, 12):
        draw.line((20, row, 180, row), fill=0, width=3)  # lines of "text" as pixels
    sheet = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        sheet.drawImage(ImageReader(image), 50, 100, width=500, height=700)
        sheet.showPage()
    sheet.save()
    return path


def write_encrypted_pdf(path: Path) -> Path:
    """A PDF that needs a password to open."""
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas

    encryption = pdfencrypt.StandardEncryption("secret", ownerPassword="owner", strength=128)
    sheet = canvas.Canvas(str(path), encrypt=encryption)
    sheet.drawString(72, 720, "secret text")
    sheet.showPage()
    sheet.save()
    return path


def html_page(charset: str = "utf-8") -> str:
    """The speech as a saved web page: navigation, scripts, styles, a footer around it."""
    body = "\n".join(f"<p>{marker}{text}</p>" for _, marker, text in SPEECH)
    return saved_page(f"<h1>{TITLE}</h1>\n{body}", "讲话", charset)


def saved_page(article: str, title: str, charset: str = "utf-8") -> str:
    """A saved web page around ``article`` (HTML): a ``<title>`` of ``title`` and the site's
    name, a style and scripts, a header, a navigation bar and an aside of links, a footer."""
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}_某某文秘网</title>
<style>p {{ text-indent: 2em; }}</style>
<script>var tracker = "上一篇 下一篇"; document.write("广告");</script></head>
<body>
<header><div class="logo">某某文秘网</div></header>
<nav><a href="/">首页</a> &gt; <a href="/jh">讲话稿</a></nav>
<div class="main"><aside>热门推荐：年终总结范文</aside>
<article>{article}
</article></div>
<footer>版权所有 © 某某文秘网 | 联系我们</footer>
<script>console.log("统计代码")</script>
</body></html>"""


def write_html(path: Path, charset: str = "utf-8") -> Path:
    encoding = "gb18030" if charset.lower() in ("gb2312", "gbk") else charset
    path.write_bytes(html_page(charset).encode(encoding))
    return path


# ------------------------------------------------------------------ .mhtml, .epub, .rtf, .odt
# Built with the standard library only (email's encoders, zipfile), as the programs that
# write them lay them out.


def write_mhtml(
    path: Path,
    *,
    part_charset: str | None = None,
    meta_charset: str = "utf-8",
    transfer: str = "quoted-printable",
    with_page: bool = True,
    page_html: str | None = None,
) -> Path:
    """The saved web page (``html_page``) as one file, as Chrome's "网页，单个文件" writes it:
    a multipart/related MIME message, the page first (``transfer``: quoted-printable or
    base64; ``part_charset`` in its Content-Type, as IE's .mht has it), a picture after.
    ``with_page=False`` leaves the page out (only the picture); ``page_html``: another page."""
    import base64
    import quopri

    encoding = part_charset or meta_charset
    if encoding.lower() in ("gb2312", "gbk"):
        encoding = "gb18030"
    page = (page_html if page_html is not None else html_page(meta_charset)).encode(encoding)
    if transfer == "base64":
        body = base64.encodebytes(page)
    else:
        body = quopri.encodestring(page)
    boundary = "----MultipartBoundary--Lw2nW3Xf8Pq----"
    location = "http://wenmi.example.cn/jianghua/2024/0001.html"
    content_type = "text/html" + (f'; charset="{part_charset}"' if part_charset else "")
    picture = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    parts = []
    if with_page:
        parts.append(
            f"Content-Type: {content_type}\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
            f"Content-Transfer-Encoding: {transfer}\r\nContent-Location: {location}\r\n\r\n".encode()
            + body.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        )
    parts.append(
        b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        b"Content-Location: http://wenmi.example.cn/logo.png\r\n\r\n" + picture
    )
    head = (
        "From: <Saved by Blink>\r\n"
        f"Snapshot-Content-Location: {location}\r\n"
        "Subject: =?utf-8?Q?=E8=AE=B2=E8=AF=9D?=\r\n"
        "Date: Tue, 5 Mar 2024 09:00:00 +0800\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n'
        f'\tboundary="{boundary}"\r\n\r\n\r\n'
    ).encode()
    data = head
    for part in parts:
        data += f"--{boundary}\r\n".encode() + part + b"\r\n"
    data += f"--{boundary}--\r\n".encode()
    path.write_bytes(data)
    return path


def xhtml(title: str, paragraphs: list[str]) -> str:
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
        f"{title}</title></head><body>\n{body}\n</body></html>"
    )


def zip_with_mimetype(path: Path, mimetype: str, members: dict[str, str | bytes]) -> Path:
    """A zip whose first member is ``mimetype``, stored (as EPUB and OpenDocument require)."""
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, zipfile.ZIP_STORED)
        for name, content in members.items():
            archive.writestr(name, content)
    return path


EPUB_CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""


def epub_chapters() -> list[list[str]]:
    """The speech cut into chapters at its top-level headings (the title in the first)."""
    chapters: list[list[str]] = [[TITLE]]
    for level, marker, text in SPEECH:
        if level == 1:
            chapters.append([])
        chapters[-1].append(marker + text)
    return chapters


def write_epub(
    path: Path,
    *,
    spine: bool = True,
    extra: dict[str, str | bytes] | None = None,
    chapters: list[list[str]] | None = None,
    toc: list[str] | None = None,
) -> Path:
    """The speech as an EPUB 3: a navigation page and one XHTML page per part, the files
    named so that their name order is not the reading order (the spine gives it).
    ``chapters``: other parts' paragraphs (XHTML, each chapter's first is its page title);
    ``toc``: the navigation page's entries (the speech's top-level headings)."""
    chapters = chapters if chapters is not None else epub_chapters()
    if toc is None:
        toc = [marker + text for level, marker, text in SPEECH if level == 1]
    names = [f"Text/part{len(chapters) - i:02d}.xhtml" for i in range(len(chapters))]
    manifest = (
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n'
    )
    manifest += '<item id="cover" href="Images/cover.png" media-type="image/png"/>\n'
    manifest += "".join(
        f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>\n'
        for i, name in enumerate(names)
    )
    itemrefs = '<itemref idref="nav"/>' + "".join(
        f'<itemref idref="c{i}"/>' for i in range(len(names))
    )
    spine_xml = f'<spine toc="ncx">{itemrefs}</spine>' if spine else ""
    opf = f"""<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>讲话汇编</dc:title>
<dc:identifier id="id">urn:uuid:0</dc:identifier><dc:language>zh-CN</dc:language></metadata>
<manifest>{manifest}</manifest>{spine_xml}</package>"""
    nav = xhtml("目录", toc)
    members: dict[str, str | bytes] = {
        "META-INF/container.xml": EPUB_CONTAINER,
        "OEBPS/content.opf": opf,
        "OEBPS/nav.xhtml": nav,
        "OEBPS/Images/cover.png": b"\x89PNG\r\n\x1a\n",
    }
    for name, paragraphs in zip(names, chapters, strict=True):
        members[f"OEBPS/{name}"] = xhtml(paragraphs[0], paragraphs)
    members.update(extra or {})
    return zip_with_mimetype(path, "application/epub+zip", members)


def _rtf_escaped(text: str, escapes: str) -> str:
    out = []
    for char in text:
        if char in "\\{}":
            out.append("\\" + char)
        elif ord(char) < 128:
            out.append(char)
        elif escapes == "hex":
            out.append("".join(f"\\'{byte:02x}" for byte in char.encode("gbk")))
        elif escapes == "unicode":
            # RTF's \uN is a signed 16-bit number: a character beyond the BMP is written as
            # its two UTF-16 halves (a surrogate pair), each with its fallback "?".
            units = char.encode("utf-16-be")
            for at in range(0, len(units), 2):
                code = int.from_bytes(units[at : at + 2], "big")
                out.append(f"\\u{code - 0x10000 if code > 32767 else code}?")
        else:  # "word": the GBK bytes as the fallback, after \uc2
            code = ord(char)
            signed = code - 0x10000 if code > 32767 else code
            fallback = "".join(f"\\'{byte:02x}" for byte in char.encode("gbk"))
            out.append(f"\\u{signed}{fallback}")
    return "".join(out)


_RTF_TOKEN = re.compile(r"\\'[0-9a-f]{2}|\\[a-z]+-?\d* ?|\\.|[^\\]")


def _rtf_wrapped(line: str, width: int = 255) -> str:
    """``line`` cut into lines of at most ``width`` characters between tokens, as Word and
    WPS write RTF (a line end may fall between the two bytes of a GBK character)."""
    out, current = [], ""
    for token in _RTF_TOKEN.findall(line):
        if len(current) + len(token) > width:
            out.append(current)
            current = ""
        current += token
    return "\r\n".join([*out, current])


def write_rtf(
    path: Path, escapes: str = "hex", text: list[str] | None = None, info_title: str = ""
) -> Path:
    """The speech as RTF, the way Word and WPS save Chinese: ``\\ansicpg936`` and a GBK font
    (``\\fcharset134``), the characters as ``\\'hh`` GBK bytes (``escapes="hex"``), as
    ``\\uN?`` (``"unicode"``), or as Word writes them: ``\\uN`` with the GBK bytes as the
    fallback the reader skips (``"word"``, ``\\uc2``). ``text``: other lines (the first
    is the title). ``info_title``: the title of the document's properties (its info group),
    escaped as the text is."""
    text = text if text is not None else speech_lines()
    uc = "\\uc2" if escapes == "word" else "\\uc1"
    font = _rtf_escaped("宋体", "hex")
    lines = [
        f"{{\\rtf1\\ansi\\ansicpg936{uc}\\deff0\\deflang1033\\deflangfe2052",
        f"{{\\fonttbl{{\\f0\\fnil\\fcharset134 {font};}}}}",
        "{\\colortbl;\\red0\\green0\\blue0;}",
        "{\\info{\\title " + _rtf_escaped(info_title, escapes) + "}{\\author y}}",
        "\\viewkind4\\pard\\qc\\f0\\fs32 " + _rtf_escaped(text[0], escapes) + "\\par",
    ]
    for line in text[1:]:
        lines.append("\\pard\\fi640\\fs32 " + _rtf_escaped(line, escapes) + "\\par")
    lines.append("}")
    path.write_bytes("\r\n".join(_rtf_wrapped(line) for line in lines).encode("ascii"))
    return path


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)
ODT_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""


def odt_content(body: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_ODT_NS} '
        f'office:version="1.2"><office:body><office:text>{body}</office:text></office:body>'
        "</office:document-content>"
    )


def write_odt(
    path: Path, body: str | None = None, manifest: str = ODT_MANIFEST, meta_title: str = ""
) -> Path:
    """The speech as an OpenDocument text, as LibreOffice writes it: the title a Title
    paragraph, the headings ``text:h`` of outline level 1–3 (numbers typed), the rest
    ``text:p`` (``body``: other content.xml body text instead). ``meta_title``: the title of
    the document's properties (``meta.xml``), none when empty."""
    if body is None:
        parts = [f'<text:p text:style-name="Title">{TITLE}</text:p>']
        for level, marker, text in SPEECH:
            if level:
                parts.append(f'<text:h text:outline-level="{level}">{marker}{text}</text:h>')
            else:
                parts.append(f'<text:p text:style-name="Text_20_body">{text}</text:p>')
        body = "\n".join(parts)
    members: dict[str, str | bytes] = {
        "content.xml": odt_content(body),
        "META-INF/manifest.xml": manifest,
    }
    if meta_title:
        members["meta.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta '
            'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta>'
            f"<dc:title>{meta_title}</dc:title></office:meta></office:document-meta>"
        )
    return zip_with_mimetype(path, "application/vnd.oasis.opendocument.text", members)


PDFIUM_CRASHES = {
    "abort": "import os\n    os.abort()",
    "segfault": "import ctypes\n    ctypes.string_at(0)",
    "memory": "return bytearray(3_000_000_000)",
    "spin": "while True:\n        pass",
    "noise": "import os\n    os.write(1, b'PDFium: a warning on its output\\n')",
    "burn": "import time\n    end = time.process_time() + 0.7\n    while time.process_time() < end:\n        pass",
}
"""What a stand-in for pypdfium2 (``write_crashing_pdfium``) does when a PDF is opened
("burn": 0.7 s of CPU, "noise": a line written to the output, then, in
``write_marked_crashing_pdfium``'s, the PDF is read)."""


def write_crashing_pdfium(folder: Path, how: str) -> Path:
    """A folder holding a package ``pypdfium2`` whose ``PdfDocument`` crashes as PDFium
    does on a hostile PDF (``PDFIUM_CRASHES[how]``: abort, a segmentation fault; or takes
    3 GB, or spins): put first on ``sys.path``, whatever process reads a PDF through it
    goes down as with the real crash."""
    package = folder / "pypdfium2"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        "class PdfiumError(Exception):\n"
        "    pass\n\n\n"
        "def PdfDocument(data):\n"
        f"    {PDFIUM_CRASHES[how]}\n",
        encoding="utf-8",
    )
    return folder


CRASH_MARK = b"%speech-reader-test: crash PDFium\n"
"""Put at the end of a PDF (a comment after ``%%EOF``): ``write_marked_crashing_pdfium``'s
stand-in crashes on it."""


def write_marked_crashing_pdfium(folder: Path, how: str) -> Path:
    """A folder holding a package ``pypdfium2`` that is the real one but for PDFs holding
    ``CRASH_MARK`` (``mark_crashing``): on those its ``PdfDocument`` does as
    ``write_crashing_pdfium``'s (``PDFIUM_CRASHES[how]``). Put first on ``sys.path``: a
    folder of good PDFs and one that crashes PDFium."""
    package = folder / "pypdfium2"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text(
        "import os, sys\n"
        "_here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))\n"
        "sys.path[:] = [entry for entry in sys.path if os.path.abspath(entry) != _here]\n"
        "del sys.modules['pypdfium2']\n"
        "import pypdfium2 as _real\n"
        "_open = _real.PdfDocument\n\n\n"
        "def PdfDocument(data, *arguments, **options):\n"
        f"    if {CRASH_MARK!r} in bytes(data):\n"
        f"        _crash()\n"
        "    return _open(data, *arguments, **options)\n\n\n"
        "def _crash():\n"
        f"    {PDFIUM_CRASHES[how]}\n\n\n"
        "_real.PdfDocument = PdfDocument\n"
        "sys.modules['pypdfium2'] = _real\n",
        encoding="utf-8",
    )
    return folder


def mark_crashing(path: Path) -> Path:
    """``path`` (a PDF) with ``CRASH_MARK`` at its end."""
    with open(path, "ab") as handle:
        handle.write(CRASH_MARK)
    return path
