"""A saved web page's main text, with selectolax (lexbor): the speech, not the site around it.

Dropped: scripts, styles, navigation, headers, footers, asides, forms, menus — as the page
marks them with HTML5's tags, or, as most Chinese government and news sites do, with
``<div>`` s whose class or id says so (``footer``, ``nav``, ``share``, ``position`` …) or
that are mostly links (a menu, 当前位置：首页 > …, 【打印本页】【关闭窗口】, 相关链接), or
small blocks that say what only a footer says (粤ICP备…, 公网安备…, 网站标识码); never
a part holding a third of the page's text or more, nor a heading (a title is often a link
to its own page), nor a part so named that holds an ``<h1>`` (it may hold the speech's
title: only its own chrome goes). Kept: the
text of the page's ``<article>`` (or ``<main>``) when it holds most of the text, else of
the ``<body>``. Block elements (``<p>``, ``<div>``, ``<h1>``–``<h6>``, list items, table
rows…) and ``<br>`` end a paragraph; inside a block, whitespace runs become one space
(none between two Chinese characters: a line break in the page's source) — but a run of
four or more spaces typed inside one line of the source (``…九月一日）    （一）    目前…``:
a text whose line breaks were lost) is kept inside the paragraph, as a text file keeps it;
the engine reads paragraph breaks from such runs (``FORMATS.md``: holdout4 u13 lost its
``（一）`` when the run became one space and that space was then taken out).

The charset comes from a BOM or the page's ``<meta>`` (``gb2312``/``gbk`` read as
GB18030, their superset); without one, or when it does not decode, the reader's own
decoder (``tui.base.decode``) decides (``tui.formats.charset``).

Why this module is about 690 lines: telling a page's text from its site's chrome
(names, links, footers, what the page hides) and walking the rest into paragraphs, with the
heading hints, are one reading of one parsed tree; split, each half would reach into the
other's private state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from tui.formats import APART, HINT, Extracted, page_paragraphs_text
from tui.formats.charset import decode_html
from tui.formats.nesting import check_nesting

_INTERNAL_SUBSET = re.compile(
    r"(\A\ufeff?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!DOCTYPE[^\[>]*)\[.*?\]\s*>",
    re.DOTALL | re.IGNORECASE,
)
"""A DOCTYPE with an internal subset (``<!DOCTYPE html [<!ENTITY …>]>``, legal XHTML: an
e-book's chapter, a page saved as XHTML) at the page's start: the HTML parser ends the
DOCTYPE at its first ``>``, and the rest (``]>``) was read as the first paragraph (an
e-book's, safety85; a web page's, daily96). Its entities are not expanded (no entity of a
page is: ``&x;`` stays as written)."""
_DROP = (
    "script, style, noscript, template, iframe, object, embed, svg, canvas, nav, header, "
    "footer, aside, button, select, textarea, menu, dialog"
)
"""Never shown, or not the text. Not ``<form>``: many sites' content management systems
put the article itself in one (VSB's ``<form name="_newscontent_fromname">``, an ASP.NET
page's ``<form id="form1">`` around the whole body); a search form's field and button go
as ``input``/``button``, its links as chrome. Dropping forms lost a law's whole text on a
university's saved page (``tests/formats_real``: supervision-law-sxmu). What a page hides
goes too (``_hidden``, ``_drop_unread``)."""
_BLOCKS = frozenset(
    "address article aside blockquote body center dd details dialog dir div dl dt fieldset "
    "figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section "
    "summary table tbody thead tfoot tr ul caption".split()
)
_APART = frozenset("h1 h2 h3 h4 h5 h6 li".split())
"""Elements that are a paragraph of their own (``formats.APART``), whatever the layout a
page types: a heading, a list item."""
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_HINTED = frozenset("h2 h3 h4 h5 h6".split())
"""Heading elements whose text reaches the engine as a ``#`` hint (``#`` × the tag's level),
as a Word file's heading styles do: an unnumbered topic in ``<h3>`` (食堂问题, 房屋问题) was a
plain paragraph, no heading (holdout38 c04: 13 of 13 missed). Not ``<h1>``, the page's title;
not one holding a link (the site's navigation, 相关文章), one ending with a sentence's or a
clause's mark (``_NOT_TITLE_END``: a paragraph or a salutation set in heading type for
emphasis, ``<h3><em>同志们：</em></h3>``) nor one wholly in brackets (an editor's note,
``<h3>(记录稿)</h3>``)."""
_NOT_TITLE_END = frozenset("。！？!?；;：:，,、…")
_OUTLINE = "mso-outline-level"
"""Word's outline level in a page it saved (``<p style='mso-outline-level:2'>``, or in its
style sheet for a paragraph style, ``p.a3, li.a3, div.a3 {…mso-outline-level:2;…}``): that
paragraph is a heading of that level, as in the .docx (``_Outline``)."""
_OUTLINE_LEVEL = re.compile(r"mso-outline-level\s*:\s*(\d)")
_STYLE_RULE = re.compile(r"([^{}]*)\{([^{}]*)\}")
_CLASS_SELECTOR = re.compile(r"(?:p|li|div|h[1-6])?\.([\w-]+)")
_LEVELS = range(1, 7)
"""The outline levels written as ``#`` hints (Heading 1-6, as ``<h1>``-``<h6>``); 9 is Word's
body text."""
_NOTE_OPEN = frozenset("（([【〔［")
_NOTE_CLOSE = frozenset("）)]】〕］")
_WHITESPACE = re.compile(r"[ \t\r\n\f\u00a0]+")
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_SPACE = re.compile(f"(?<=[{_CJK}]) (?=[{_CJK}])")
_TYPED_RUN = re.compile("[ \u00a0]{4,}")
"""Four spaces or more typed in a row inside a line of the page's source (no line break
among them): what the engine reads as a paragraph break in a text that lost its line breaks
(``tui.engine.lines``). Shorter runs are one space, as a browser shows them (``中文  和``:
spacing in the source, no break)."""
_INLINE_RUN = re.compile("[ \t\u00a0]+")
"""Spaces typed inside one line (no line break among them): kept in a heading element."""
_KEPT = "\x1f"
"""Stands for each space of a typed run until the paragraph's whitespace is collapsed (a
control character: taken out of the page's own text first)."""
_WRAP = "\x1c"
"""Stands for a ``<br>`` inside a heading (``<h2>``, a bold line) until what follows it is
known (``_unwrapped``): a heading set on two lines is one heading line."""
_HAN_DIGIT = "[〇○零一二三四五六七八九十]"
_DATE_LINE = (
    "(?:[0-9０-９]{4}\\s*年\\s*[0-9０-９]{1,2}\\s*月\\s*[0-9０-９]{1,2}"
    f"|{_HAN_DIGIT}{{4}}\\s*年\\s*{_HAN_DIGIT}{{1,2}}\\s*月\\s*{_HAN_DIGIT}{{1,3}})\\s*日[）)]?"
)
"""A date written out: 2024年3月1日 (digits half or full width), 二〇二四年三月一日."""
_DATE_ALONE = re.compile(f"[（(]?{_DATE_LINE}")
_SUBLINE = re.compile(
    f"{_WRAP}(?=[ \\t\u00a0]*(?:[—－―\\-（(〔【\\[]|{_DATE_LINE}[ \\t\u00a0]*(?:\\n|{_WRAP}|$)))"
)
"""A ``<br>`` in a heading before a line of its own: a subtitle (——在…上的讲话), a note in
brackets, a date alone (2024年3月1日)."""
_BOLD = frozenset(("strong", "b"))
_BOLD_HEADING = 40
"""A bold run of at most this many characters, the whole text of its paragraph and with no
sentence's end in it, is a heading set in bold (``<p><strong>一、…<br>…</strong></p>``)."""
_SENTENCE_END = frozenset("。！？!?；;")


def extract_html(data: bytes, path: str, charset: str | None = None) -> Extracted:
    """A web page's text; ``charset``: what a container (an .mhtml part) says it is."""
    from tui.formats.titles import best_title

    text, encoding = decode_html(data, path, charset)
    text = without_internal_subset(text)
    check_nesting(text, path)  # (before the parse: a page nested too deep hangs it)
    paragraphs, titles = page_parts(text)
    result = page_paragraphs_text(paragraphs)
    if not result.strip():
        raise _empty(path)
    title = best_title(titles, path, result, pages=True)
    return Extracted(result, "html", f"html/{encoding}", title=title)


def without_internal_subset(text: str) -> str:
    """``text`` (a page, decoded) without its DOCTYPE's internal subset, if it has one
    (``_INTERNAL_SUBSET``)."""
    return _INTERNAL_SUBSET.sub(r"\1>", text, count=1)


def html_paragraphs(text: str, marked: bool = False) -> list[str]:
    """The main text of a page (decoded) as paragraphs, site navigation and scripts left out
    (``marked``: those of a heading element or a list item start with ``formats.APART``,
    for ``page_paragraphs_text``)."""
    paragraphs = page_parts(text)[0]
    paragraphs = [paragraph.replace(HINT, "") for paragraph in paragraphs]
    return paragraphs if marked else [paragraph.replace(APART, "") for paragraph in paragraphs]


_TITLE_METAS = ("ArticleTitle", "og:title", "twitter:title", "title")
"""``<meta>`` names (or properties) holding the article's title: hanweb's and TRS's
ArticleTitle, Open Graph's, Twitter's."""


def page_parts(text: str) -> tuple[list[str], list[str]]:
    """A page's paragraphs (``html_paragraphs``) and the titles it names for itself, the
    article's first (``<meta>`` ArticleTitle and og:title, the ``<title>``'s parts, the main
    part's ``<h1>``), for ``titles.best_title``."""
    from selectolax.lexbor import LexborHTMLParser

    from tui.formats.titles import page_title_parts

    tree = LexborHTMLParser(text)
    titles: list[str] = []
    metas = {
        (node.attributes.get("name") or node.attributes.get("property") or "").lower(): (
            node.attributes.get("content") or ""
        )
        for node in tree.css("meta[content]")
    }
    for name in _TITLE_METAS:
        titles.extend(page_title_parts(metas.get(name.lower())))
    head_title = tree.css_first("title")
    if head_title is not None:
        titles.extend(page_title_parts(head_title.text()))
    outline = _Outline(_made_by_word(metas))
    if _OUTLINE in text:
        outline.read(tree)
    _drop_unread(tree)
    root = tree.body if tree.body is not None else tree.root
    if root is None:
        return [], titles
    _drop_chrome(root)
    main = _main_part(root)
    titles.extend(_heading_text(node) for node in main.css("h1")[:2])
    pieces: list[str] = []
    _walk(main, pieces, outline)
    return _paragraphs(pieces), titles + (
        _first_heading(main) if main.css_first("h1") is None else []
    )


def _paragraphs(pieces: list[str]) -> list[str]:
    """The paragraphs of ``_walk``'s pieces."""
    paragraphs: list[str] = []
    pending = False  # (an element apart whose text starts in a block inside it)
    hint = ""  # (the same for a heading element's level)
    for block in _unwrapped("".join(pieces)).split("\n"):
        if HINT in block:
            hint = HINT * block.count(HINT)
            block = block.replace(HINT, "")
        text = (
            _CJK_SPACE.sub("", _WHITESPACE.sub(" ", block.replace(APART, "")))
            .strip(" " + _KEPT)  # (typed 　　 kept; a typed run at either end is not)
            .replace(_KEPT, " ")
        )
        pending = pending or APART in block
        if text.strip() and pending:
            text, pending = APART + hint + text, False
        if text.strip():
            hint = ""
        paragraphs.append(text)
    return paragraphs


def _unwrapped(text: str) -> str:
    """``text`` with each ``<br>`` of a heading (``_WRAP``) as a space, which is no space
    between two Chinese characters (a heading set on two lines: 一、充分认识<br>重要意义 was a
    heading 一、充分认识 and a paragraph 重要意义), or a line break before a subtitle, a note
    in brackets or a date alone (``_SUBLINE``)."""
    return _SUBLINE.sub("\n", text).replace(_WRAP, " ")


def _heading_text(node: Any) -> str:
    """The text of a heading element as a title candidate, as the text reads it: its
    ``<br>`` s and inline elements joined as there ("在全市…大会上的<br>讲话" was "在全市…大会上的
    讲话", "在全市<span>优化</span>…" was "在全市 优化 …"); a date on a line of its own is no
    part of the title (…上的讲话<br>2024年3月1日 was the title …上的讲话2024年3月1日)."""
    pieces: list[str] = []
    _walk(node, pieces, _Outline(), heading=True)
    parts = [part.replace(APART, "").strip() for part in _paragraphs(pieces)]
    return " ".join(part for part in parts if part and not _DATE_ALONE.fullmatch(part))


_HEADINGS_LOOKED_AT = 5


def _first_heading(main: Any) -> list[str]:
    """In a page with no ``<h1>``, the first of the main part's first heading elements
    (``<h2>``–``<h6>``, chrome and what the page hides gone) that names no section (一、…, 前言:
    ``titles.is_section_heading``), no column (新闻动态) and is no trail of such names
    (首页 - 新闻动态): a title candidate after the page's own. 中国地理学会's article title is
    an ``<h5>``, its ``<title>`` only the column's name (web76)."""
    from tui.formats.titles import clean_title, is_column_name, is_section_heading

    for node in main.css("h2, h3, h4, h5, h6")[:_HEADINGS_LOOKED_AT]:
        text = _SPACES.sub(" ", node.text(separator=" ") or "").strip()
        if not text:
            continue
        if is_section_heading(text) and not _YEAR.match(text):
            continue
        parts = [part for part in _TRAIL.split(text) if part.strip()]
        if all(clean_title(part) is None or is_column_name(part) for part in parts):
            continue
        return [text]
    return []


_YEAR = re.compile(r"(?:19|20)\d\d\s*年")
"""A title may start with its year (2019年中国人文地理学术年会…): no section's number."""
_TRAIL = re.compile(r"\s+[-–>»＞]+\s+|\s*[>»＞]+\s*")
"""Between the names of a breadcrumb trail set as a heading: 首页 - 新闻动态, 首页 > 要闻."""


_DROP_TAGS = frozenset(tag.strip() for tag in _DROP.split(","))
_HIDING_CANDIDATES = (
    '[hidden], [style*="none" i], [style*="hidden" i], [class~="hidden" i], [class~="hide" i]'
)
"""Elements that may be hidden (``_hidden`` decides): a Word-made page styles every span,
and looking at each style cost 30 ms of 520 on a 6.4 MB page of 54,000 styled elements."""
_HIDING = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)",
    re.IGNORECASE,
)


def _drop_unread(tree: Any) -> None:
    """Take out what is never read (``_DROP``): the elements of ``_DROP_TAGS``, then those
    the page hides (``_hidden``), unless one holds a third of what text is left or more (a
    page that hides its article until a script shows it still shows it here). Each time
    all is decided before anything is taken out, and only the outermost of the doomed go:
    an element inside one already gone is never touched again."""
    _decompose_outermost([node for node in tree.css(_DROP) if node.tag in _DROP_TAGS])
    hidden = [node for node in tree.css(_HIDING_CANDIDATES) if _hidden(node)]
    if hidden:
        body = tree.body if tree.body is not None else tree.root
        total = _letters(body) if body is not None else 0
        _decompose_outermost([node for node in hidden if _letters(node) * _CHROME_SHARE < total])


def _decompose_outermost(nodes: list[Any]) -> None:
    doomed = {node.mem_id for node in nodes}
    outermost = [node for node in nodes if not _inside(node, doomed)]
    for node in outermost:
        node.decompose()


def _inside(node: Any, doomed: set[int]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.mem_id in doomed:
            return True
        parent = parent.parent
    return False


def _hidden(node: Any) -> bool:
    """Whether an element is hidden as the page stands: the ``hidden`` attribute, a class
    that hides (``_HIDING_CLASSES``), or an inline style of ``display: none`` or
    ``visibility: hidden``. Such text was read as the
    page's first line and so its title: a CMS's hidden column names and addresses
    (``<div id="hiddenLocation" style="display:none;">3185发展改革工作/col/…``, hanweb's
    ``Produced By 大汉网络``, a links list's URLs written again in hidden ``<li>`` s)."""
    attributes = node.attributes
    if "hidden" in attributes:
        return True
    if _HIDING_CLASSES & set((attributes.get("class") or "").lower().split()):
        return True
    return bool(_HIDING.search(attributes.get("style") or ""))


_HIDING_CLASSES = frozenset(("hidden", "hide"))
"""Classes that hide an element in every style sheet that names them (Bootstrap's, most
sites' own): 网易's share box ``js_qrcode_wrap hidden`` (用微信扫码二维码 分享至好友和朋友圈)
showed under the title. A part so hidden holding a third of the text or more is still read
(``_drop_unread``)."""


_OTHER_NAMES = frozenset(
    "comment comments ewm login modal overlay popup popwin qr qrcode recommend recommends "
    "related sidebar side tjyd tuijian".split()
)
"""Words of a class or id that name what is beside the text — other articles, readers'
comments, a side column, a QR code to scan, a pop-up — chrome even when the name holds a
content word (``_CONTENT_NAMES``): 网易's 延伸阅读 list ``related_article`` and its side column
``post_content_side`` (热点新闻, 态度原创 read as the outline's headings), its comments
``post_comment``; 和讯's ``comments``, 人民网's 推荐阅读 ``rwb_tjyd`` (推荐阅读 in pinyin's
initials), 微信's ``qr_code_pc``, 新华网's 关注 box ``s-ewm`` (二维码), 网易's login box
``hw-overlay`` (its ``<h4>用户登录</h4>`` an outline heading)
(``tests/formats_real``, web76)."""
_CHROME_NAMES = (
    frozenset(
        "banner bottom bread breadcrumb breadcrumbs copyright crumb crumbs dqwz fenxiang foot "
        "footer head header links location menu nav navbar navigation next pager pagination "
        "position share tool toolbar tools top topbar weizhi".split()
    )
    | _OTHER_NAMES
)
"""Words of a class or id that name a page's chrome (whole words of ``foot-nav``,
``share_box`` …; ``dqwz``, ``weizhi``, ``fenxiang``: 当前位置, 位置, 分享 in pinyin; ``next``:
网易's 阅读下一篇 box, ``post_next_post``, the next article's title and first lines)."""
_CONTENT_NAMES = frozenset("article body con content detail main text zoom".split())
"""Words that name the text itself: an element named ``article-header`` or ``main-top`` is
kept whatever else its name says (but not ``related_article``: ``_OTHER_NAMES``)."""
_NAME_WORDS = re.compile(r"[a-z]+")
"""The words of a class or id, lowered first: a camel-cased name is one word (和讯's pop-up
``sourcePopwin`` is ``sourcepopwin``, its 我已授权 still read). Cut at the capitals (tried,
web76), 腾讯's ``LeftTool`` was a tool bar and its date line went with it; left so."""
_NOT_BY_LINKS = frozenset("h1 h2 h3 h4 h5 h6 body html main article".split())
"""Kept however much of them is links: a speech's title is often a link to its own page."""
_SITE_MARKS = re.compile(
    r"ICP[备证]\s*\d|公网安备\s*\d|网站标识码|版权所有\s*[：:©]|Copyright\s*(?:©|\(c\))",
    re.IGNORECASE,
)
"""What only a site's footer says: its ICP licence and police filing numbers, its site code,
its copyright line. A block of at most ``_FOOTER_SIZE`` characters saying one of them is the
footer (with its 主办/地址/电话 lines), though neither named so nor made of links."""
_FOOTER_SIZE = 300
_CHROME_SHARE = 3
"""A part holding this fraction of the page's text or more is never taken for chrome."""
_CHROME_DEPTH = 60


def _drop_chrome(root: Any) -> None:
    """Take the site's chrome out of ``root`` (see the module's docstring)."""
    sizes: dict[int, tuple[int, int]] = {}
    total, _ = _measure(root, sizes, 0)
    if total == 0:
        return
    doomed: list[Any] = []
    _find_chrome(root, total, sizes, doomed, 0)
    _find_labelled_lists(root, total, sizes, doomed)
    _decompose_outermost(doomed)


_LIST_LABEL = re.compile(
    r"(?:延伸|推荐|相关|更多|精彩)阅读|相关(?:新闻|文章|报道|链接|推荐)|(?:为您|为你|热门|精彩)推荐|"
    r"热点新闻|热新闻|热门新闻|热话题|热门文章|精彩图集|猜你喜欢|"
    r"(?:网友|最新|热门|最热|全部)?评论(?:[（(]\d+[）)])?|我要评论|发表评论"
)
"""What a site names the lists beside an article (延伸阅读, 相关新闻, 为您推荐, 热新闻) and its
comments (评论（0）, 最新评论), alone as a label's whole text."""
_LABELS = 'h1, h2, h3, h4, h5, h6, [class*="tit" i]'
"""Where such a label stands: a heading element, an element whose class names a title
(``related_article_title``, ``rthotnews_tt`` is an ``<h3>``)."""
_LABEL_SIZE = 8


def _find_labelled_lists(
    root: Any, total: int, sizes: dict[int, tuple[int, int]], doomed: list[Any]
) -> None:
    """Add to ``doomed`` each list a label of ``_LIST_LABEL`` heads: the label and what
    follows it in its parent (the label's wrapper, when it is its parent's only element, is
    the label), unless that holds a third of the page's text or more. Sites that name these
    lists by no class word showed them as text, their labels as outline headings (澎湃's
    ``<h3>热新闻</h3>`` … in the right column; web76)."""
    for node in root.css(_LABELS):
        size = sizes.get(node.mem_id, (_LABEL_SIZE + 1, 0))[0]
        if size > _LABEL_SIZE or not _LIST_LABEL.fullmatch(_SPACES.sub("", node.text() or "")):
            continue
        label = node
        while label.parent is not None and label.parent is not root and _only_element(label):
            label = label.parent
        following = [label]
        sibling = label.next
        while sibling is not None:
            if not sibling.tag.startswith("-"):
                following.append(sibling)
            sibling = sibling.next
        held = sum(sizes.get(part.mem_id, (total, 0))[0] for part in following)
        if held * _CHROME_SHARE < total:
            doomed.extend(following)


def _only_element(node: Any) -> bool:
    """Whether ``node`` is the only element in its parent (text beside it aside)."""
    parent = node.parent
    return sum(1 for child in parent.iter() if not child.tag.startswith("-")) == 1


_SPACES = re.compile(r"\s+")


def _measure(node: Any, sizes: dict[int, tuple[int, int]], depth: int) -> tuple[int, int]:
    """(letters, letters in links) of ``node``: the characters of its text, whitespace not
    counted, and those of its ``<a href>`` s. Each element ``_find_chrome`` may look at gets
    them in ``sizes`` (by ``mem_id``), counted in one walk from the leaves up. Counting each
    element's whole text again counted a page's text once for every element around it:
    ``html_paragraphs`` on a 3 MB page of speeches nested 24 ``<div>`` s deep took 225.8 ms
    (223.6–229.1) of CPU, 84.3 ms (83.3–85.7) with this walk; 1 deep 112.4 → 80.2 ms
    (``tests/bench/bench_html.py``, 7 rounds in turns, arch16). Below ``_CHROME_DEPTH``,
    where no element is looked at, the text is counted in one piece."""
    letters = linked = 0
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            letters += _count(child.text_content or "")
            continue
        if tag.startswith("-"):
            continue  # comments
        if depth < _CHROME_DEPTH:
            size, links = _measure(child, sizes, depth + 1)
        else:
            size = _letters(child)
            links = sum(_letters(link) for link in child.css("a[href]"))
        sizes[child.mem_id] = (size, links)
        letters += size
        linked += links + (size if tag == "a" and "href" in child.attributes else 0)
    return letters, linked


def _find_chrome(
    node: Any, total: int, sizes: dict[int, tuple[int, int]], doomed: list[Any], depth: int
) -> None:
    for child in node.iter():
        tag = child.tag
        if tag.startswith("-") or tag == "a":
            continue
        size, linked = sizes[child.mem_id]
        if size == 0:
            continue
        if size * _CHROME_SHARE < total and _is_chrome(child, tag, size, linked):
            doomed.append(child)
        elif depth < _CHROME_DEPTH:
            _find_chrome(child, total, sizes, doomed, depth + 1)


def _is_chrome(node: Any, tag: str, size: int, linked: int) -> bool:
    attributes = node.attributes
    words = set(
        _NAME_WORDS.findall(f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower())
    )
    if words & _OTHER_NAMES:
        return node.css_first("h1") is None
    if words & _CONTENT_NAMES:
        return False
    if words & _CHROME_NAMES:
        return node.css_first("h1") is None
    if tag not in _BLOCKS and tag not in ("td", "th") or tag in _NOT_BY_LINKS:
        return False
    if size <= _FOOTER_SIZE and _SITE_MARKS.search(node.text() or ""):
        return True
    return linked * 2 >= size


def _letters(node: Any) -> int:
    """How many characters of text ``node`` holds, whitespace not counted."""
    return _count(node.text() or "")


def _count(text: str) -> int:
    return sum(len(piece) for piece in text.split())


def _main_part(root: Any) -> Any:
    """``<article>`` or ``<main>`` when it holds most of the page's text, else ``root``."""
    total = len(root.text(strip=True))
    for selector in ("article", "main", "[role=main]"):
        for node in root.css(selector):
            if total and len(node.text(strip=True)) >= 0.5 * total:
                return node
    return root


@dataclass
class _Outline:
    """What makes a page's paragraph a heading besides ``<h2>``-``<h6>``, in a page Word saved
    (Save as Web Page: ``.htm``) or one holding text pasted from Word: the outline level Word
    gives a paragraph (``_OUTLINE``: its own inline style's, else its class's in the page's
    style sheet), and — in a page Word made (``_made_by_word``) — ``<h1>``, there Heading 1,
    not the page's title. A .docx's heading styles and outline levels are hints so too."""

    word: bool = False
    classes: dict[str, int] = field(default_factory=dict)
    """A paragraph style's class (lower case) → its outline level (``p.a3`` → 2)."""
    levels: bool = False
    """Whether the page names an outline level anywhere (else no paragraph is looked at)."""

    def read(self, tree: Any) -> None:
        """The outline levels of the page's style sheets' paragraph classes."""
        self.levels = True
        for style in tree.css("style"):
            for selectors, declarations in _STYLE_RULE.findall(style.text() or ""):
                found = _OUTLINE_LEVEL.search(declarations)
                if found is None:
                    continue
                for selector in selectors.split(","):
                    name = _CLASS_SELECTOR.fullmatch(selector.strip())
                    if name is not None:
                        self.classes[name.group(1).lower()] = int(found.group(1))

    def level(self, node: Any, tag: str) -> int:
        """The heading level the page gives ``node`` (a ``tag`` element), 0 for none."""
        if self.levels:
            attributes = node.attributes
            found = _OUTLINE_LEVEL.search(attributes.get("style") or "")
            if found is not None:
                return int(found.group(1))
            for name in (attributes.get("class") or "").lower().split():
                if name in self.classes:
                    return self.classes[name]
        if tag in _HINTED or (tag == "h1" and self.word):
            return int(tag[1])
        return 0


def _made_by_word(metas: dict[str, str]) -> bool:
    """Whether Word saved the page (``<meta name=ProgId content=Word.Document>``, ``<meta
    name=Generator content="Microsoft Word 15">``)."""
    return metas.get("progid", "").lower().startswith("word.") or "microsoft word" in (
        metas.get("generator", "").lower()
    )


def _walk(
    node: Any, out: list[str], outline: _Outline, depth: int = 0, heading: bool = False
) -> None:
    # ``node``'s whole text, worked out once, when a text node may be all of it: asked for
    # each spaces-only text node, it was the whole page's text again for every " " between
    # paragraphs (a 1.4 MB page of <p>s one space apart: 169 s, against 0.3 s before).
    whole: str | None = None
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            if _space_alone(node, text):
                whole = node.text() if whole is None else whole
                out.append(_KEPT if whole == text else _collapsed(text, heading))
            else:
                out.append(_collapsed(text, heading))
        elif tag == "br":
            out.append(_WRAP if heading else "\n")
        elif tag.startswith("-"):
            continue  # comments
        elif depth > 200:
            out.append(child.text(separator=" "))
        elif tag in _BLOCKS:
            hint = _hint(child, tag, outline) if tag in _APART or outline.levels else ""
            out.append(f"\n{APART}{hint}" if tag in _APART or hint else "\n")
            _walk(child, out, outline, depth + 1, heading or tag in _HEADINGS or bool(hint))
            # (what follows a heading starts a paragraph: a share box's words under a title)
            out.append(f"\n{APART}" if tag in _HEADINGS or hint else "\n")
        elif tag in ("td", "th"):
            _walk(child, out, outline, depth + 1, heading)
            out.append(" ")
        else:
            bold = tag in _BOLD and not heading and _bold_heading(child, node)
            _walk(child, out, outline, depth + 1, heading or bold)


def _bold_heading(bold: Any, parent: Any) -> bool:
    """Whether ``bold`` (a ``<strong>`` or ``<b>`` holding a ``<br>``) is a heading set in
    bold: short, all of its paragraph's text, no sentence ending in it (``_BOLD_HEADING``)."""
    if bold.css_first("br") is None:
        return False
    text = "".join((bold.text() or "").split())
    return (
        0 < len(text) <= _BOLD_HEADING
        and not _SENTENCE_END.intersection(text)
        and text == "".join((parent.text() or "").split())
    )


def _space_alone(node: Any, text: str) -> bool:
    """Whether ``text``, a text node of ``node``, is spaces typed inside one line (no line
    break) in an inline element — kept when it is the whole text of ``node`` (``_walk``
    compares it with the element's text, once an element): ``<span> </span>`` between two
    phrases of a title (holdout37 x02 不忘初心担使命<span> </span>传承博雅谱新篇), a space the
    page shows, which the writer put there — where a space between Chinese characters inside
    a text is the source's line wrap and goes (``_CJK_SPACE``). Not a table cell holding only
    a space (an empty cell: the row's cells are joined as before)."""
    return text != "" and _INLINE_RUN.fullmatch(text) is not None and node.tag not in ("td", "th")


def _hint(node: Any, tag: str, outline: _Outline) -> str:
    """``HINT`` × the level of a heading element that may be a heading of the text (``<h3>``:
    3; see ``_HINTED``; a Word page's outline levels, ``_Outline``), else nothing."""
    level = outline.level(node, tag)
    if level not in _LEVELS or node.css_first("a[href]") is not None:
        return ""
    text = (node.text() or "").strip()
    if (
        not text
        or text[-1] in _NOT_TITLE_END
        or (text[0] in _NOTE_OPEN and text[-1] in _NOTE_CLOSE)
        or _in_title_block(node)
    ):
        return ""
    return HINT * level


_TITLE_BLOCK_DEPTH = 3


def _in_title_block(node: Any) -> bool:
    """Whether a heading element sits in the page's title block: an element named ``title``
    (a word of its class or id) around it, at most ``_TITLE_BLOCK_DEPTH`` levels up. The
    山西 portal's subtitle ``<div class="detail-article-title"><h1>…</h1><h3>成功举办中国(山西)－
    巴西双向经贸投资推介会</h3>`` was the article's first outline heading (``tests/formats_real``:
    shanxi-gov-news); a subtitle is part of the title."""
    parent = node.parent
    for _ in range(_TITLE_BLOCK_DEPTH):
        if parent is None:
            return False
        attributes = parent.attributes
        name = f"{attributes.get('class') or ''} {attributes.get('id') or ''}".lower()
        if "title" in _NAME_WORDS.findall(name):
            return True
        parent = parent.parent
    return False


def _collapsed(text: str, heading: bool = False) -> str:
    """A text node's whitespace as one space a run, a run of spaces typed inside one line
    kept (as ``_KEPT``, one a space). In a heading element (``heading``) a shorter run typed
    inside one line is kept too, as one space: the writer's separator between a title's
    phrases (``<h2>竖直脊梁 立定脚跟 心怀梦想 勇敢前行</h2>``), where elsewhere a space
    between Chinese characters is the source's line wrap and goes (``_CJK_SPACE``); a
    run holding a line break is still a wrap. A run typed inside one line holding a no-break
    space (``&nbsp;``) is kept as one space in any paragraph: typed, never a wrap (a
    hospital's page: 供稿&nbsp; 摄影/张艳&nbsp; 编辑/苏芳 read 供稿摄影/张艳编辑/苏芳; web76)."""
    text = text.replace(_KEPT, "").replace(_WRAP, "").replace(APART, "").replace(HINT, "")

    def run_of(run: re.Match[str]) -> str:
        if _TYPED_RUN.fullmatch(run.group()):
            return _KEPT * len(run.group())
        if heading and _INLINE_RUN.fullmatch(run.group()):
            return _KEPT
        if "\u00a0" in run.group() and _INLINE_RUN.fullmatch(run.group()):
            return _KEPT
        return " "

    return _WHITESPACE.sub(run_of, text)


def _empty(path: str) -> Exception:
    from tui.base.errors import EmptyFileError

    return EmptyFileError(path, "这个网页里没有正文文字。", "This web page holds no text.")
