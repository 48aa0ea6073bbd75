"""A web page saved from a Chinese government site (newuser14): its chrome is ``<div>`` s
named by class (``top-bar``, ``nav``, ``location``, ``share``, ``tools``, ``related``,
``footer``), not HTML5's ``<nav>``/``<header>``/``<footer>``, and the reader showed it all
as the speech's text: 首页, 政务公开, 当前位置, 【打印本页】, 相关链接, the ICP line.
The guide says a web page's navigation, headers and footers are left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui import formats
from tui.engine import load_document

SPEECH = [
    "在全区法治政府建设工作会议上的讲话",
    "同志们：",
    "　　一、积极统筹部署，高效推进法治政府建设",
    "　　区委区政府高度重视法治政府建设，今年年初制定工作方案，"
    "详见<a href='/zcwj/1.html'>《法治政府建设实施纲要》</a>。",
    "　　二、深入推进“放管服”改革，营造良好营商环境",
    "　　构建亲清政商关系，营造稳定公平透明、可预期的法治化营商环境。",
    "　　三、加强制度建设，全面提升规范性文件管理水平",
    "　　（一）加强规范性文件管理",
    "　　严格执行规范性文件制定程序，做到有件必备、有备必审、有错必纠。",
    "　　（二）深入开展规范性文件清理工作",
    "　　对现行有效的规范性文件进行全面清理，及时向社会公布清理结果。",
]

CHROME = [
    "无障碍浏览",
    "长者模式",
    "政务公开",
    "办事服务",
    "当前位置",
    "区委书记讲话",
    "分享到",
    "打印本页",
    "关闭窗口",
    "相关链接",
    "法治进社区",
    "主办：",
    "粤ICP备",
    "联系电话",
]


def government_page(title_as_link: bool = False) -> str:
    title = SPEECH[0]
    heading = f"<a href='/ldjh/1.html'>{title}</a>" if title_as_link else title
    body = "\n".join(f'<p style="text-indent:2em">{line.strip()}</p>' for line in SPEECH[1:])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{title}_领导讲话_某某区人民政府门户网站</title></head><body>
<div class="top-bar"><span>今天是：2019年6月12日 星期三</span><a href="#">无障碍浏览</a> |
<a href="#">长者模式</a> | <a href="#">English</a></div>
<div class="header"><img src="/logo.png" alt="某某区人民政府"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li>
<li><a href="/bsfw">办事服务</a></li></ul></div>
<div class="main wrap">
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
<div class="left"><h3>领导讲话</h3><ul><li><a href="#">区委书记讲话</a></li>
<li><a href="#">区长讲话</a></li></ul></div>
<div class="content-box"><h1 class="title">{heading}</h1>
<div class="share">分享到：<a href="#">微信</a><a href="#">微博</a></div>
<div class="article-content" id="zoom">{body}</div>
<div class="tools"><a href="javascript:print()">【打印本页】</a><a href="#">【关闭窗口】</a></div>
<div class="related"><h4>相关链接</h4><ul><li><a href="#">区司法局开展“法治进社区”活动</a></li>
</ul></div></div></div>
<div class="footer"><p>主办：某某区人民政府办公室</p><p>粤ICP备12345678号</p>
<p>地址：某某大道 联系电话：0755-12345678</p></div>
</body></html>"""


def lines_of(path: Path) -> list[str]:
    text = formats.extract(path).text
    return [line.strip("\u3000") for line in text.split("\n") if line.strip()]


def test_a_government_sites_chrome_is_left_out_and_the_speech_kept(tmp_path: Path) -> None:
    path = tmp_path / "讲话.html"
    path.write_text(government_page(), encoding="utf-8")
    lines = lines_of(path)
    text = "\n".join(lines)
    for junk in CHROME:
        assert junk not in text, (junk, lines)
    assert lines[0] == SPEECH[0]
    assert "《法治政府建设实施纲要》" in text  # a link inside a paragraph is text
    expected = [line.strip("\u3000") for line in SPEECH]
    expected[3] = expected[3].replace("<a href='/zcwj/1.html'>", "").replace("</a>", "")
    assert lines == expected


def test_the_pages_outline_is_the_text_files(tmp_path: Path) -> None:
    page = tmp_path / "讲话.html"
    page.write_text(government_page(title_as_link=True), encoding="utf-8")
    text = tmp_path / "讲话.txt"
    text.write_text(
        "\n".join(
            line.replace("<a href='/zcwj/1.html'>", "").replace("</a>", "") for line in SPEECH
        )
        + "\n",
        encoding="utf-8",
    )

    def outline(path: Path) -> list[tuple[str | None, list[str]]]:
        document = load_document(path)
        return [
            (speech.title, [f"{h.marker}{h.title}" for h in speech.headings])
            for speech in document.speeches
        ]

    assert outline(page) == outline(text)
    assert outline(page)[0][0] == SPEECH[0]  # the title, a link to its own page, kept
    assert len(outline(page)[0][1]) == 5


def test_an_old_table_laid_site_without_class_names_loses_its_menu_and_footer(
    tmp_path: Path,
) -> None:
    """Older county sites lay the page out in tables and name nothing: the menu is a row
    of links, the footer a table of plain text with the site's ICP number."""
    body = "".join(f"<p>{line.strip()}</p>" for line in SPEECH[1:3] + SPEECH[4:])
    page = f"""<html><head><meta charset="utf-8"><title>讲话</title></head><body>
<table width="1000"><tr><td><a href="/">网站首页</a> | <a href="/a">政务公开</a> |
<a href="/b">办事服务</a> | <a href="/c">互动交流</a></td></tr></table>
<table width="1000"><tr><td><p align="center"><b>{SPEECH[0]}</b></p>{body}</td></tr></table>
<table width="1000"><tr><td>主办：某某县人民政府办公室　承办：某某县信息中心<br>
地址：某某县人民路1号　电话：0000-1234567<br>
网站标识码：1234000001　蜀ICP备05012345号　川公网安备 51000002000001号</td></tr></table>
</body></html>"""
    path = tmp_path / "老网站.htm"
    path.write_text(page, encoding="utf-8")
    lines = lines_of(path)
    text = "\n".join(lines)
    for junk in ("网站首页", "互动交流", "主办：", "人民路1号", "ICP备", "公网安备"):
        assert junk not in text, (junk, lines)
    assert lines[0] == SPEECH[0] and lines[1] == "同志们："
    assert lines[-1] == SPEECH[-1].strip("\u3000")


def test_a_speech_paragraph_that_names_copyright_is_kept(tmp_path: Path) -> None:
    """The footer's marks are a licence number, a filing number, a site code: a paragraph
    of the speech about 版权 (版权所有人, ICP备案) is not taken for one."""
    lines = [
        "在全市知识产权工作会议上的讲话",
        "　　一、加强版权保护",
        "　　要依法保护版权所有人的合法权益，督促网站做好ICP备案。",
    ]
    path = tmp_path / "版权.html"
    path.write_text(
        "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>",
        encoding="utf-8",
    )
    assert lines_of(path) == [line.strip("\u3000") for line in lines]


@pytest.mark.parametrize(("wrappers", "dropped"), [(1, True), (59, True), (60, True), (61, False)])
def test_a_menu_of_links_is_dropped_as_deep_as_the_finder_looks(
    tmp_path: Path, wrappers: int, dropped: bool
) -> None:
    """The chrome finder looks 61 elements down (``_CHROME_DEPTH``): a menu whose links'
    text sits in ``<span>`` s inside each ``<a>``, beside the speech in the same innermost
    ``<div>``, goes at every depth it looks at (the deepest of them counted in one piece,
    the others from the leaves up: arch16) and stays below."""
    speech = "".join(f"<p>{line.strip()}</p>" for line in SPEECH[1:3] + SPEECH[4:])
    menu = "".join(
        f'<li><a href="/{i}"><span>{name}</span></a></li>' for i, name in enumerate(CHROME[:4])
    )
    page = (
        "<html><body>"
        + "<div>" * wrappers
        + f"<h1>{SPEECH[0]}</h1>{speech}<div><ul>{menu}</ul></div>"
        + "</div>" * wrappers
        + "</body></html>"
    )
    path = tmp_path / "深.html"
    path.write_text(page, encoding="utf-8")
    lines = lines_of(path)
    assert lines[:2] == [SPEECH[0], "同志们："]
    assert ("无障碍浏览" in lines) is not dropped, lines
