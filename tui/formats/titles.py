"""The title a document names for itself (a page's ``<title>``, a Word file's Title style or
core properties, a PDF's metadata or its largest first line, an e-book's ``dc:title``), kept
beside its text (``Extracted.title``) for a speech whose text gives the engine no title line.

Real files often have none as text: a saved page's title is in its ``<title>`` and in a
heading the site styles, a notice's in a PDF line set larger than its body
(``tests/formats_real``: 7 of 10 published files had no speech title). What a file names
is often junk, and is left out here: "Microsoft Word - 文档1.doc", "无标题", a template's
placeholder (（填写标准名称）), a file name, a site's name alone. A page title
"文章标题_网站名" keeps the article's part.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable

__all__ = [
    "best_title",
    "clean_title",
    "is_column_name",
    "is_section_heading",
    "page_title_parts",
]

MAX_TITLE = 100
"""Characters: a longer "title" is a description or a paragraph, not a title."""

_SPACE = re.compile(r"\s+")
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_CJK_GAP = re.compile(f"(?<=[0-9]) (?=[{_CJK}])|(?<=[{_CJK}]) (?=[0-9])")
"""One space between a digit and a Chinese character: a full-width space of the source
(调整2007　年末) or PDFium's space around digits (〔2019〕860 号)."""
_PRODUCER = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)|wps\s*(?:文字|演示|表格)?|"
    r"word|powerpoint)\s*[-–—:：]",
    re.IGNORECASE,
)
""""Microsoft Word - 文档1.doc": the printer driver's name for the file, not its title."""
_FILE_NAME = re.compile(
    r"\.(?:docx?|wps|pdf|txt|rtf|odt|html?|mhtml?|epub|xlsx?|pptx?)$", re.IGNORECASE
)
_GENERIC = re.compile(
    r"^(?:无标题.*|未命名.*|新建.*文档|文档\s*\d*|标题|题目|正文|目录|目\s*次|封面|"
    r"标准名称|文件名称|文章标题|会议名称|(?:请|在此|此处)?(?:填写|输入|点击).*|"
    r"untitled.*|document\s*\d*|title|new\s+document|home|index|首页|主页|"
    r"powerpoint\s*演示文稿|幻灯片\s*\d*|slide\s*\d*)$",
    re.IGNORECASE,
)
"""What a template or a program names a file that nobody named."""
_PLACEHOLDER = re.compile(r"^[（(【\[].*[）)】\]]$")
"""A title all in brackets: a template's placeholder (（填写标准名称）) or a note."""
_SITE = re.compile(
    r"(?:网站|门户|官网|官方网站|网站首页|首页|主页|频道|在线|网|平台|论坛|博客|订阅|新闻中心|"
    r"\.(?:com|cn|net|org|gov)(?:\.cn)?)$",
    re.IGNORECASE,
)
"""How a site's own name ends (山西省人民政府门户网站, 中国政府网, 网易订阅, gov.cn)."""
_SITE_NAME = 20
"""Characters: a site's name is short; an article's title may end with 网 (农村电网)."""
_PAGE_SEPARATOR = re.compile(r"\s*(?:_+|\||｜|\s[-–—]+\s|\s*——\s*|\s::\s)\s*")
"""Between a page title's parts: 文章标题_栏目_网站名, 标题 - 网站, 标题 | 网站."""
_TAIL_DASH = re.compile(r"^(.{4,}?)\s*[-－]+\s*([^\d\s\-－]{1,12})$")
"""标题-栏目 with no spaces around the dash (中华人民共和国监察法-纪检), or two dashes
(…的讲话--领导关怀-绍兴市第一中学: title, column, site): the tail is short and has no digit (a
dash in 1-10月 or 2014-2020 is the title's own)."""


def clean_title(raw: str | None, path: str = "") -> str | None:
    """``raw`` as one line of text, or None when it is junk (empty, too long, a program's or a
    template's name for the file, the file's own name, a placeholder in brackets, no letter,
    a line ending with a colon: a PDF whose salutation 同志们： was set larger than its text
    was titled 同志们：, newuser26)."""
    if not raw:
        return None
    from tui.formats import clean_text

    title = _SPACE.sub(" ", clean_text(raw).replace("\u3000", " ")).strip()
    title = _CJK_GAP.sub("", title)
    if not title or len(title) > MAX_TITLE or _PRODUCER.match(title):
        return None
    if _FILE_NAME.search(title) or _GENERIC.match(title) or _PLACEHOLDER.match(title):
        return None
    if path:
        stem = os.path.splitext(os.path.basename(path))[0]
        if _compact(title) == _compact(stem):
            return None
    if not any(char.isalpha() for char in title):
        return None
    if title.endswith(("：", ":")):
        return None  # a salutation set large (同志们：, 各位代表：) or a lead-in, no title
    return title


_SECTION_WORD = re.compile(
    r"目次|目录|前言|引言|序言?|摘要|提要|说明|概述|总则|附则|附录.*|参考文献|后记|致谢"
)
"""A section every document may have: 目次, 前言, 附录A."""
_NUMBERED = re.compile(
    r"[一二三四五六七八九十百]+[、．.]|第.{1,8}[章节部分篇编条]|[（(][一二三四五六七八九十\d]|"
    r"\d|[A-Za-z][.．)）]"
)
"""How a numbered heading starts: 一、, 第一章, （一）, 1, A."""


def is_section_heading(text: str) -> bool:
    """Whether a heading names a section of the document rather than the document: a
    section every document may have (目次, 前言) or a numbered one (一、, 第一章, 1)."""
    compact = _SPACE.sub("", text)
    return bool(_SECTION_WORD.fullmatch(compact) or _NUMBERED.match(compact))


_COLUMN = re.compile(
    r"(?:新闻|工作|学院|学校|校园|图片|综合|时政|政务|本站|本地|部门|基层|县区|区县|乡镇|"
    r"教育|文化|经济|社会|科技|体育)?(?:动态|要闻|新闻|资讯|快讯|信息|头条|公告|通知公告)|"
    r"(?:领导|重要)?(?:讲话|活动|讲话稿)|领导(?:讲话|活动|致辞)|新闻中心|通知公告"
)
"""A site's column (栏目) named alone: 新闻动态, 工作动态, 领导讲话, 通知公告 — what a page's
``<title>`` may hold instead of its article's title (中国地理学会: 新闻动态--中国地理学会官网,
``tests/formats_real``, web76)."""


def is_column_name(title: str) -> bool:
    """Whether a page title (or a part of one) is only a site's column: 新闻动态, 领导讲话."""
    return _COLUMN.fullmatch(_SPACE.sub("", title)) is not None


_COLUMN_TAIL = re.compile(r"^(.{6,}?) ([^\s]{2,12})$")
"""标题 栏目: a short tail after the title's last space (中山网's …开展调研工作 东区办事处)."""


def is_site_name(title: str) -> bool:
    """Whether a page title (or a part of one) is a site's name: 山西省人民政府门户网站."""
    return len(title) <= _SITE_NAME and bool(_SITE.search(title))


def page_title_parts(raw: str | None) -> list[str]:
    """A web page's ``<title>`` cut into its parts, the article's first when the site's name
    follows it (文章标题_网站名, 标题 - 网站, 中华人民共和国监察法-纪检); the whole title when it
    has no separator."""
    if not raw:
        return []
    title = _SPACE.sub(" ", raw).strip()
    parts = [part.strip() for part in _PAGE_SEPARATOR.split(title) if part.strip()]
    if len(parts) == 1:
        # Each short tail after a dash taken off in turn: 标题--栏目-网站 is three parts (the
        # title kept its column, …的讲话--领导关怀, when only the last was taken off).
        head = parts[0]
        tails: list[str] = []
        while (tail := _TAIL_DASH.match(head)) is not None:
            head, tails = tail.group(1), [tail.group(2), *tails]
        parts = [head, *tails]
    return parts


def best_title(
    candidates: Iterable[str | None], path: str = "", text: str = "", pages: bool = False
) -> str | None:
    """The first candidate that is no junk (``clean_title``) and, for a web page
    (``pages``), no site's name; one that ``text`` (the extracted text) holds, spaces aside,
    comes before those it does not."""
    kept: list[str] = []
    for candidate in candidates:
        title = clean_title(candidate, path)
        if title is None or title in kept or (pages and is_site_name(title)):
            continue
        kept.append(title)
    if not kept:
        return None
    if text:
        body = _compact(text)
        for title in kept:
            if _compact(title) in body:
                return title
        if pages:
            # A page title the text does not hold: its column after a space (标题 栏目) goes
            # when the text holds the rest; a column named alone is no title at all.
            for title in kept:
                tail = _COLUMN_TAIL.match(title)
                if tail is not None and _compact(tail.group(1)) in body:
                    return tail.group(1)
            kept = [title for title in kept if not is_column_name(title)]
            if not kept:
                return None
    return kept[0]


def _compact(text: str) -> str:
    return _SPACE.sub("", text).casefold()
