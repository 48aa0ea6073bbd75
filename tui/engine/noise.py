"""Noise: the lines of a user's file that are not the speech, marked (never deleted).

Advertising, links, page headers and numbers, editors' notes, Markdown and HTML remains,
navigation of a web page and its tool bar, a collection's piece separators and tables of
contents: told by
a line's words (``is_noise_text``) and by file-level rules (a header repeated on every
page, numbered section lines against page numbers, a block of advertising before the
first speech). Table-tested in ``tests/unit/test_outline_traps.py``.

Why this module is over 500 lines: ``is_noise_text`` is one function over all the line-level
word lists (ads, navigation, breadcrumbs, fields, widgets, reply menus), each tested first by
a cheap look at the line's start or length so most lines are decided in a few comparisons;
spread over modules, the order of those tests — which the benchmarks in its comments measured —
would no longer be read in one place.
"""

from __future__ import annotations

from collections import Counter

from tui.base import patterns
from tui.engine.cleanline import strip_junk
from tui.engine.framing import page_label_split
from tui.engine.markers import match_marker
from tui.engine.segment import CLOSERS, SENTENCE_END, Segment, is_sentence_end

# Every alternative starts with a plain character (QQ群 spelled out in its four cases, not
# [Qq][Qq]群): then the regex engine skips to those first characters instead of trying every
# alternative at every position. ``is_noise_text``'s 18,773 calls in the 10 MB collection's
# parse: 16.6 ms (16.3–18.4) of CPU so, 21.1 ms (20.8–22.0) with [Qq][Qq]群
# (``tests/bench/bench_calls.py``, 7 rounds in turns, arch16).
_AD_WORDS = patterns.compile(
    r"仅供学习|禁止外传|会员|QQ群|Qq群|qQ群|qq群|微信群|微信号|公众号|扫码|二维码|倒卖|免费赠送|免费领取|"
    r"版权所有|侵删|侵权必究|淘宝|资料下载|更多资料|关注我们|点击阅读|阅读原文|"
    r"https?://|www\.|\.com\b|\.cn\b"
)
_HAS_WORD = patterns.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_TITLE_WORDS = patterns.compile(r"讲话|合集|汇编|文集|选编|报告|讲稿|致辞|发言")
_NOTE = patterns.compile(
    r"^[（(【\[]\s*(?:说明|注|编者按|编者注|编辑|责任编辑|来源|导\s*读)\s*[：:】\]]"
)
_NOTE_STARTS = "（(【["
"""What a ``_NOTE`` starts with, tested first (most lines are no note). With the tests of
``_MARKUP_STARTS`` and ``_PAGE_NUMBER_STARTS``, ``is_noise_text``'s 18,773 calls in the 10 MB
collection's parse took 17.2 ms (16.4–17.6) of CPU, 25.6 ms (25.3–27.0) with the three
expressions alone (``tests/bench/bench_calls.py``, 7 rounds in turns, arch16)."""
_PAGE_NUMBER = patterns.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$"
)
_PAGE_NUMBER_STARTS = "-—–·第"
"""What a ``_PAGE_NUMBER`` starts with, besides a space (``\\s``) or a digit (``\\d``)."""
_MARKUP = patterns.compile(
    r"^(?:<[^>]*>\s*)+$|^!\[[^\]]*\]\([^)]*\)$|^(?:-{3,}|\*{3,}|={3,}|_{3,})$|^(?:`{3,}|~{3,})[\w+-]*$"
)
_MARKUP_STARTS = "<!-*=_`~"
"""What a ``_MARKUP`` line starts with (tested first: the figure is at ``_NOTE_STARTS``)."""
_NAVIGATION = patterns.compile(
    r"^(?:上一篇|下一篇|返回顶部|返回首页|打印本页|关闭窗口|分享到|责任编辑|【字体|字号[:：]|"
    r"来源[:：]|首页\s*[>＞»]|点击下载|立即下载|本文链接|最新文档|相关推荐|相关文章|热门推荐|"
    r"收藏《|您需要登录|本文\S{0,30}发表|[…\.]*[（(](?:未完|新文秘网|全文共)|"
    r"(?:发布)?时间[:：]\s*\d|发布日期|作者[:：]|浏览(?:次数|量)|阅读(?:次数|量)|相关报道|"
    # 2024-05-12 来源：市教育局 / 2024年05月12日 10:20 来源：新华网: a news page's byline, its
    # date first
    r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?"
    r"(?:来源|作者|编辑|责任编辑|浏览)[:：]|"
    r"【?(?:打印|关闭)(?:本页|窗口)】?$|"
    # 上一页 1 2 3 4 下一页 / 4   下一页 (a page's links to its other pages, the numbers before
    # them; not 下一页，我们来看… said over a slide)
    r"(?:[0-9]{1,3}\s+)*(?:[0-9]{1,3}\s*)?(?:上一页|下一页)(?![\u4e00-\u9fff，,、。：:]))"
)

# 当前位置：首页 > 政务公开 > 政府工作报告 / 您现在的位置：首页 / 首页 > 新闻中心 > 领导讲话: a web
# page's breadcrumb trail (where the page sits in its site), page chrome: never a title.
_BREADCRUMB_LABEL = patterns.compile(
    r"^(?:当前位置|当前页面|所在位置|现在位置|(?:您|你)(?:现在|当前)?(?:所在)?的?位置)\s*[:：]"
)
_CRUMB = r"[^。！？!?；;，,<>＞»\s][^。！？!?；;，,<>＞»]{0,24}?"
_BREADCRUMB_TRAIL = patterns.compile(
    rf"^({_CRUMB})\s*(?<![-=])(?:>{{1,2}}|＞{{1,2}}|»)\s*{_CRUMB}"
    rf"(\s*(?<![-=])(?:>{{1,2}}|＞{{1,2}}|»)\s*{_CRUMB})*\s*$"
)
_HOME = frozenset(("首页", "主页", "网站首页", "返回首页", "Home", "HOME", "home"))
_BREADCRUMB_MAX = 100


def is_breadcrumb(text: str) -> bool:
    """A web page's breadcrumb line: 当前位置：… / 您现在的位置：… (whatever follows), or a
    trail of short names joined by > / >> / ＞ / » — two joins or more, or one after
    首页 (政务公开 > 规划计划 > 政府工作报告; 首页 > 领导讲话). An arrow (A -> B) is no join, nor
    a › (the end of a placeholder such as ‹U+2066›: safe_text's mark of a format character)."""
    if len(text) > _BREADCRUMB_MAX:
        return False
    if ("位置" in text[:8] or "页面" in text[:4]) and _BREADCRUMB_LABEL.match(text):
        return True
    if ">" not in text and "＞" not in text and "»" not in text:
        # (Most lines: three plain searches. With these and the label's test, the 24,401
        # calls of the 10 MB collection's parse took 6.6 ms (5.8–7.5) of CPU, the two
        # expressions alone 14.2 ms (13.6–15.1): ``tests/bench/bench_calls.py``, 7 rounds
        # in turns, arch16.)
        return False
    match = _BREADCRUMB_TRAIL.match(text)
    if match is None:
        return False
    return match.group(2) is not None or match.group(1).strip() in _HOME


# 【范文二】 / 讲话稿（三） / 篇三： / 01 — a collection's piece separators, alone on a line.
_SEPARATOR = patterns.compile(
    r"^(?:【\s*(?:范文|材料|篇)?\s*[0-9一二三四五六七八九十]+\s*】|(?:范文|讲话稿|材料|篇)\s*"
    r"[（(]?[0-9一二三四五六七八九十]+[）)]?\s*[：:]?|[—\-=*]{4,})$"
)
_WEB_TAIL = patterns.compile(
    r"全文共\d+字|当前仅显示|正式会员可|登录后|省略\d+字|阅读全文|下载全文"
)
_WEB_TAIL_OR_AD = patterns.compile(f"{_WEB_TAIL.pattern}|{_AD_WORDS.pattern}")
# 某政发〔2012〕10号 / 电邮讲话【2018】001号　签发人：某某某 / 签发人：某某某: a document's
# number and signer under its issuer's name (GB/T 9704 版头), never part of the speech.
_DOCUMENT_NUMBER = patterns.compile(
    r"^(?:[^\s。！？，,、：:《]{0,24}?[〔【\[［]\s*(?:19|20)\d{2}\s*[〕】\]］]\s*第?\s*\d{1,4}\s*号"
    r"(?:\s*签发人\s*[:：]\s*\S{1,12})?|签发人\s*[:：]\s*\S{1,12})$"
)
# 标题: 政府工作报告（2024） / 文号: / 发布机构: 某某管委会 / 栏目: 政府工作报告 / 原文链接: https://… /
# 本地目录: zwgk/…: a saved page's header written by a tool as field lines, one a line (the
# colon ASCII or full-width, a value or none). Those fields that ``_NAVIGATION`` does not name
# (来源, 作者, 发布时间, 字号 are there). Never a sentence: a value with a sentence's mark
# (标题：要简洁明了，让人一看就懂。) is text, and so is a line whose label goes on after the
# name (标题党: …).
_FIELD = patterns.compile(
    r"^(?:标题|文号|发布机构|栏目|原文链接|本地目录)\s*[:：][^。！？!?；;，,]*$"
)
_FIELD_STARTS = "标文发栏原本"
"""What a ``_FIELD`` line starts with, tested first (most lines are no field)."""


def is_field_line(text: str) -> bool:
    """标题: … / 文号: / 发布机构: …: a field line of a saved page's header (``_FIELD``)."""
    return text[:1] in _FIELD_STARTS and _FIELD.match(text) is not None


# ==================== 正文 ==================== / ---- 附件 ----: a short label set between two
# rules (three marks or more of = - * _ ~ on each side), where a crawler or an editor marks the
# start of the text or of a part; not a heading so set off (==== 一、总体要求 ====: its marker).
_RULED_LABEL = patterns.compile(
    r"^(?:={3,}|-{3,}|\*{3,}|_{3,}|~{3,})\s*([^=\-*_~。！？!?；;，,]{1,10}?)\s*"
    r"(?:={3,}|-{3,}|\*{3,}|_{3,}|~{3,})$"
)
# 页面链接与图片详见 links.tsv(同目录): a line that sends the reader to a file of the saved page
# by its name (links.tsv, images.csv) — where a crawler put the page's links and images.
_SEE_FILE = patterns.compile(
    r"^[^。！？!?；;，,]{0,20}见\s*[A-Za-z0-9_.-]+\.(?:tsv|csv|json|txt|html?|xlsx?)\b"
    r"[^。！？!?；;，,]{0,12}$"
)


def _is_ruled_label(text: str) -> bool:
    """==== 正文 ====: a short label between two rules, no heading (``_RULED_LABEL``)."""
    match = _RULED_LABEL.match(text)
    return match is not None and match_marker(match.group(1)) is None


# 文章来源：本站原创作者：佚名发布时间：2018年09月05日点击数：次: a web article's line of page data
# under its title (its fields run together on one line), from its first field's name (文章来源,
# 信息来源, 稿件来源, 点击数, 点击量, 更新时间, 录入时间) and colon; never a sentence (点击数：只是
# 一个参考，不能唯一看它。). Marked by ``mark_noise``, after the roles: the title block reads
# it as the line of text it is on the page, between the page's title and the speech's own.
_PAGE_DATA = patterns.compile(
    r"^(?:(?:文章|信息|稿件)来源|点击(?:数|量)|(?:更新|录入)时间)\s*[:：][^。！？!?；;，,]*$"
)
_PAGE_DATA_STARTS = "文信稿点更录"


def is_page_data(text: str) -> bool:
    """文章来源：…作者：…点击数：…: a web article's line of page data (``_PAGE_DATA``)."""
    return text[:1] in _PAGE_DATA_STARTS and _PAGE_DATA.match(text) is not None


_TOC_HEAD = patterns.compile(r"^(?:目\s*录|目录\s*[/／]\s*提纲|提纲)\s*[:：]?[…\.。]*$")
_TOC_STARTS = "目提"
"""What a ``_TOC_HEAD`` starts with."""


# 调整字体 / × / 【纠错】 / 我已授权: the words of a news page's widgets (a font-size control, a
# dialog's close button, an error-report link, a consent box), each a whole line by itself;
# inside a line they are words of the text.
_WIDGET_WORDS = frozenset(
    "调整字体 字体调整 字体大小 × ✕ ✖ 纠错 我要纠错 我已授权 扫码阅读全文".split()
)
_WIDGET_MAX = 8
_WIDGET_STRIP = "【】[]［］ 　"
# 1、回复【讲话稿】获取100篇范文 / 后台回复“材料”即可领取: a post's menu of its account's
# keyword replies, not a section of the text.
_REPLY_MENU = patterns.compile(
    r"^(?:[0-9０-９]{1,2}\s*[、.．]\s*)?(?:后台|公众号)?(?:回复|发送)\s*(?:关键词|关键字)?\s*"
    r"[【“「\[]\s*[^】”」\]]{1,12}[】”」\]]\s*(?:即可|，|,)?\s*(?:获取|领取|查看|下载|获得|免费)"
)


def is_noise_text(text: str, *, ads: bool = True) -> bool:
    """Whether a line reads as noise by itself (ads, links, page numbers, notes, markup,
    navigation, separators), before any file-level rule (repeated headers) is applied;
    ``ads=False``: noise for some other reason than an advertising word (``_AD_WORDS``)."""
    if (
        _NAVIGATION.match(text)
        or is_breadcrumb(text)
        or (len(text) < 400 and text[:1] in _NOTE_STARTS and _NOTE.match(text))
    ):
        return True
    if len(text) <= 12 and _SEPARATOR.match(text):
        return True
    first = text[:1]
    if first == "<" and _MARKUP.match(text):
        return True  # (tags only, however long the line: <U+00A0><U+00A0>…)
    if len(text) > 120:
        return False  # a long line is text (the checks below are for short lines)
    if len(text) <= _WIDGET_MAX and text.strip(_WIDGET_STRIP) in _WIDGET_WORDS:
        return True
    if "回复" in text[:8] or "发送" in text[:8]:
        if _REPLY_MENU.match(text):
            return True
    if len(text) <= 60 and ("号" in text or "签发人" in text) and _DOCUMENT_NUMBER.match(text):
        return True
    if first in _FIELD_STARTS and _FIELD.match(text):
        return True  # (``is_field_line``, without its call: most lines are short)
    if first in _MARKUP_STARTS and _is_ruled_label(text):
        return True
    if len(text) <= 60 and "见" in text and _SEE_FILE.match(text):
        return True
    if (first in _MARKUP_STARTS and _MARKUP.match(text)) or (
        (first in _PAGE_NUMBER_STARTS or first.isspace() or first.isdecimal())
        and _PAGE_NUMBER.match(text)
    ):
        return True
    # Web page tails, and ads in a line of up to 80 characters: one search for both.
    if (_WEB_TAIL_OR_AD if len(text) <= 80 and ads else _WEB_TAIL).search(text):
        return True
    return strip_junk(text) == "" or (len(text) > 6 and not _HAS_WORD.search(text))


_HEADER_MAX = 16
"""The longest running page header."""
_ENDS_AND_CLOSERS = SENTENCE_END + CLOSERS


_NUMBERED_HEADER_MAX = 40
"""The longest running page header with its page number glued on."""
_DIGITS = "0123456789０１２３４５６７８９"
_SENTENCE_MARKS = "。！？!?；;，,：:"
_COLUMN_LABEL_MAX = 8
"""The longest web column label over an article's title (领导关怀, 校长专栏, 通知公告)."""
_NUMBERED = "\x00"
"""The first character of the header key of a line with a page number glued on (no line
of text starts with it)."""


_LABELLED = patterns.compile(r"^[^（(）)]{2,}[（(][^（(）)]{1,6}[）)]$")
"""学习参考资料（内部）: words and a short label in brackets, a header that ends with a bracket."""


def _is_header_candidate(text: str) -> bool:
    """A short line with no punctuation that could be a running page header (also one that
    ends with a bracketed label: 学习参考资料（内部）)."""
    if len(text) > _HEADER_MAX:
        return False
    if text[-1:] in _ENDS_AND_CLOSERS and not (text[-1] in "）)" and _LABELLED.match(text)):
        return False
    return match_marker(text) is None


_SERIES_NAME = patterns.compile(r"汇编|选编|文集|合集|资料|办公室|人民政府$")
"""What a running header names: a compilation (领导讲话稿汇编, 学习参考资料（内部）) or its issuer
(某某市人民政府办公室)."""


def is_page_number(text: str) -> bool:
    """A page number on its line: 12, - 12 -, — 12 —, 第 3 页, 3/10."""
    first = text[:1]
    return (first in _PAGE_NUMBER_STARTS or first.isspace() or first.isdecimal()) and bool(
        _PAGE_NUMBER.match(text)
    )


def mark_noise(segments: list[Segment], protected: set[int]) -> None:
    """Mark noise segments in place. ``protected`` holds indexes never to mark (titles…).

    Noise: advertising and links, page numbers, notes like （说明：…）, markup lines, web
    navigation, short lines repeated on several pages (running headers), and the short
    unpunctuated lines left after the last sentence of the file (web page chrome).
    """
    # The header key (text without spaces) of every header candidate, None for the others.
    # (The length is tested here first: most lines are longer than any header.)
    # A Markdown heading (## 总结) is the author's own structure: the same words under every
    # week of a weekly report, or in the talk's outline at the top, make no running header.
    header_keys = [
        seg.text.replace(" ", "")
        if len(seg.text) <= _HEADER_MAX and not seg.md and _is_header_candidate(seg.text)
        else None
        for seg in segments
    ]
    counts = Counter(key for key in header_keys if key is not None)
    # Running headers with the page number glued on (８６６学习《…》阅读文件选编 /
    # 学习《…》阅读文件选编９６): the same words on three pages or more, the number changing.
    for index, seg in enumerate(segments):
        text = seg.text
        if (
            (text[-1:] in _DIGITS or text[:1] in _DIGITS or text[-1:] == "页")
            and len(text) <= _NUMBERED_HEADER_MAX
            and ((key := header_keys[index]) is None or counts[key] < 2)
        ):  # (a line repeated as it stands is a header already)
            if text[-1:] == "页":
                # 讲话稿精选汇编　第 12 页: the page number as a label (第 N 页) after the words
                # (any words and space: the repetition tells the header, not the line alone
                # as ``framing.is_paged_header`` must).
                split = page_label_split(text)
                if split is None:
                    continue
                words = split[0]
            else:
                words = text.strip(_DIGITS + " ")
            if len(words) >= 4 and not any(ch in _SENTENCE_MARKS for ch in words):
                header_keys[index] = _NUMBERED + words.replace(" ", "")
    counts.update(key for key in header_keys if key is not None and key[:1] == _NUMBERED)
    repeated = {
        index for index, key in enumerate(header_keys) if key is not None and counts[key] >= 2
    }
    protected = protected | _numbered_sections(segments, repeated)
    in_sentence = _repeated_in_sentences(segments, header_keys, repeated)
    for index, seg in enumerate(segments):
        if index in protected:
            continue
        if is_noise_text(seg.text) or is_page_data(seg.text):
            seg.noise = not (
                _wrapped_ad_word(segments, index) or _numbered_in_series(segments, index)
            )
        elif (key := header_keys[index]) is not None and (
            counts[key] + counts[key[1:]] >= 3 if key[:1] == _NUMBERED else counts[key] >= 2
        ):
            if key in in_sentence:
                seg.cut_words = True
                continue
            # (a header with its page number glued on: its words on three lines or more, the
            # title it repeats standing alone among them — 在中国公学之演说 | …１８５ | …３８５)
            seg.noise = True
    # The issuer's name right above a document number (某某市人民政府文件 | 某政发〔2012〕10号;
    # 总裁办电子邮件 | 电邮讲话【2018】001号): the document's header, not a title (though it was
    # framed as one: it stands where a title would).
    for index, seg in enumerate(segments):
        if (
            seg.noise
            and index > 0
            and len(seg.text) <= 60
            and ("号" in seg.text or "签发人" in seg.text)
            and _DOCUMENT_NUMBER.match(seg.text)
        ):
            issuer = segments[index - 1]
            if (
                len(issuer.text) <= 30
                and not any(ch in _SENTENCE_MARKS for ch in issuer.text)
                and match_marker(issuer.text) is None
            ):
                issuer.noise = True
    # A web article's column label (领导关怀, 校长专栏) on the line above its title, whose
    # line of page data (文章来源：…点击数：…) stands right under the title: the site's
    # section, shown over every article of it, not the speech's (a title line, though
    # framed as one: it stands where a title would).
    for index, seg in enumerate(segments):
        if index >= 2 and seg.noise and is_page_data(seg.text):
            label = segments[index - 2]
            if (
                len(label.text) <= _COLUMN_LABEL_MAX
                and not any(ch in _SENTENCE_MARKS for ch in label.text)
                and match_marker(label.text) is None
            ):
                label.noise = True
    # A running header printed once (a file of two pages), right under the page number of the
    # page above (12 | 领导讲话稿汇编): a header when it names a compilation or its issuer —
    # never repeated, it is told by where it stands and what it names.
    for index in range(1, len(segments)):
        seg = segments[index]
        if (
            header_keys[index] is not None
            and not seg.noise
            and index not in protected
            and _SERIES_NAME.search(seg.text)
            and segments[index - 1].noise
            and is_page_number(segments[index - 1].text)
        ):
            seg.noise = True
    _mark_page_tools(segments, protected)
    # Very short unpunctuated lines wedged between noise lines (干部读书 between two running
    # headers) are part of the same block; a collection's own title is not.
    for index, seg in enumerate(segments):
        if seg.noise or index in protected or header_keys[index] is None:
            continue
        if len(seg.text) > 8 or _TITLE_WORDS.search(seg.text):
            continue
        before = segments[index - 1].noise if index > 0 else True
        after = segments[index + 1].noise if index + 1 < len(segments) else True
        if before and after and (index > 0 and index + 1 < len(segments)):
            seg.noise = True
    # A table of contents (目录 followed by short unpunctuated lines) previews the headings:
    # it is not the outline.
    for index, seg in enumerate(segments):
        if seg.text[:1] not in _TOC_STARTS or index in protected or not _TOC_HEAD.match(seg.text):
            continue
        seg.noise = True
        for follower_index in range(index + 1, min(index + 41, len(segments))):
            follower = segments[follower_index]
            if (
                follower_index in protected
                or len(follower.text) > 60
                or is_sentence_end(follower.text)
            ):
                break
            follower.noise = True
    # Trailing web page chrome: short, unpunctuated lines after the last sentence (not the
    # last piece of a paragraph that a line break cut).
    content = [seg for seg in segments if not seg.noise]
    for position in range(len(content) - 1, -1, -1):
        seg = content[position]
        if len(seg.text) <= 20 and not is_sentence_end(seg.text):
            if match_marker(seg.text) is not None or _announced_item(content, position):
                break
            previous = content[position - 1].text if position > 0 else "。"
            if not is_sentence_end(previous) and len(previous) > 20:
                break
            seg.noise = True
            continue
        break


_IN_SENTENCE_MAX = 8
"""The longest repeated line that ``_repeated_in_sentences`` may find to be the speech's words."""


def _repeated_in_sentences(
    segments: list[Segment], header_keys: list[str | None], repeated: set[int]
) -> set[str]:
    """The header keys of short repeated lines that are words of the speech, not a running
    header: a web page cut at its links (…精神文明建设和民主 | 法制 | 建设达到…; 优化 | 法制 |
    政策环境。) repeats a link's words on lines of their own. Every line of the key, of up to
    ``_IN_SENTENCE_MAX`` characters and naming no compilation or issuer (``_SERIES_NAME``,
    ``_TITLE_WORDS``), stands between a line that stops inside a sentence and one that goes on
    with it, neither of them noise by itself nor repeated. A running header stands where a page
    ends, beside its page number (noise) or after a finished sentence at least once."""
    lines: dict[str, list[int]] = {}
    for index in repeated:
        key = header_keys[index]
        if key is not None and key[:1] != _NUMBERED and len(key) <= _IN_SENTENCE_MAX:
            lines.setdefault(key, []).append(index)
    found: set[str] = set()
    for key, indexes in lines.items():
        if _SERIES_NAME.search(key) or _TITLE_WORDS.search(key):
            continue
        if all(_between_sentence_parts(segments, index, repeated) for index in indexes):
            found.add(key)
    return found


def _between_sentence_parts(segments: list[Segment], index: int, repeated: set[int]) -> bool:
    """Whether the line at ``index`` stands inside a sentence: the line above stops inside it
    and the line below goes on with it (``_repeated_in_sentences``)."""
    if index == 0 or index + 1 >= len(segments):
        return False
    above = segments[index - 1].text
    if index - 1 in repeated or index + 1 in repeated:
        return False
    if is_sentence_end(above) or above[-1:] in CLOSERS or is_noise_text(above):
        return False
    return _goes_on(segments, index)


def _continues(segments: list[Segment], index: int) -> bool:
    """Whether the line at ``index`` goes on the sentence of the line above: that line is text
    (not noise) and stops inside a sentence."""
    if index == 0:
        return False
    above = segments[index - 1]
    return not above.noise and not is_sentence_end(above.text) and above.text[-1:] not in CLOSERS


def _goes_on(segments: list[Segment], index: int) -> bool:
    """Whether the line below ``index`` is text that goes on a sentence (no noise by itself, no
    heading's marker at its start)."""
    if index + 1 >= len(segments):
        return False
    below = segments[index + 1].text
    return not is_noise_text(below) and match_marker(below) is None


_SERIES_REACH = 200
"""How many lines above and below a numbered line ``_numbered_in_series`` looks for its
neighbours in the series."""


def _numbered_in_series(segments: list[Segment], index: int) -> bool:
    """A numbered line that holds an advertising word and nothing else of noise (九、…官网、
    《通讯》、《简讯》、公众号等…；), in a series of numbered lines: the nearest numbered line
    of its kind above it is the number before (八、), or the nearest below the number after
    (十、). A heading or an item of the speech, whatever words it holds; an advert numbered
    alone (1、更多资料请关注公众号) is no series's member."""
    text = segments[index].text
    marker = match_marker(text)
    if marker is None or is_noise_text(text, ads=False) or is_page_data(text):
        return False
    for step, wanted in ((-1, marker.number - 1), (1, marker.number + 1)):
        stop = index + step * _SERIES_REACH
        position = index + step
        while 0 <= position < len(segments) and position != stop:
            other = match_marker(segments[position].text)
            if other is not None and other.family == marker.family:
                if other.number == wanted:
                    return True
                break
            position += step
    return False


_WRAP_SLACK = 1
"""How much a full line of a wrapped paragraph may differ in length from the line above it."""
_WRAPPED_MIN = 20
"""The least characters of a line read as a full line of a wrapped paragraph."""


def _wrapped_ad_word(segments: list[Segment], index: int) -> bool:
    """A line of a wrapped paragraph that holds an advertising word (…代表会议议决案必须再经过
    会员的 | 总投票…, 会员 in a sentence): noise only for that word, as long as the full line
    above it, which it goes on, and going on into the line below. An advert is a line of its
    own: its length is not the paragraph's width, nor does the sentence run through it."""
    text = segments[index].text
    if len(text) > 80 or not _continues(segments, index):
        return False
    if is_noise_text(text, ads=False) or is_page_data(text):
        return False
    if is_sentence_end(text):
        return _ends_wrapped_paragraph(segments, index)
    if len(text) < _WRAPPED_MIN:
        return False
    if abs(len(segments[index - 1].text) - len(text)) > _WRAP_SLACK:
        return False
    return _goes_on(segments, index)


def _ends_wrapped_paragraph(segments: list[Segment], index: int) -> bool:
    """Whether the line at ``index`` (ending a sentence, going on the line above) is the last
    line of a wrapped paragraph: right under a full line (…议决案必须再经 | 过会员的总投票，…
    复决。), no longer than it, and a new paragraph after it (a blank line, a heading's marker,
    the end of the text). An advert wedged into a paragraph has the paragraph going on below
    it (…落到实 | 更多资料请关注公众号。 | 处，确保…): noise."""
    above, seg = segments[index - 1], segments[index]
    if seg.line != above.line + 1 or len(above.text) < _WRAPPED_MIN:
        return False
    if len(seg.text) > len(above.text) + _WRAP_SLACK:
        return False
    if index + 1 >= len(segments):
        return True
    below = segments[index + 1]
    return below.line > seg.line + 1 or match_marker(below.text) is not None


# A saved page's tools, copied with its text: 下载 | 打印 | 全屏 | 收藏 | 【字号： | 加大 | 还原 |
# 减小 | 】 (a line each, as a browser's copy or a scrape gives them), 【字体：大 中 小】 分享：
# or 【打印】【关闭】 on one line. Page chrome, not speech: the reader showed them above the
# title, and y there quoted 减小】 (formats19: holdout24 p05 as .txt, .html and .mhtml).
_TOOL_WORDS = (
    "打印本页|关闭窗口|分享到|下载|打印|全屏|收藏|分享|关闭|加大|还原|减小|放大|缩小|默认|字号|字体"
)
"""The words of a page's tool bar (a font-size switch's label and settings among them)."""
_FONT_LABEL = ("字号", "字体")
_TOOL_GAP = r"[\s\u3000【】\[\]［］〔〕()（）|｜/／·•:：]*"
_TOOL_LINE = patterns.compile(rf"^{_TOOL_GAP}(?:(?:{_TOOL_WORDS}|大|中|小){_TOOL_GAP})*$")
"""A line of nothing but tool words, the sizes 大 中 小, brackets, bars and colons (a lone
】 too): a piece of a tool bar, when beside the rest of one."""
_STRONG_TOOL = patterns.compile(_TOOL_WORDS)
_TOOL_LINE_MAX = 40
_TOOL_STARTS = frozenset("打关分下全收加还减放缩默字大中小【】[]［］〔〕()（）|｜/／·•:： \u3000")
"""What a tool line starts with (tested first: most lines are no tool line)."""


def _mark_page_tools(segments: list[Segment], protected: set[int]) -> None:
    """Runs of tool lines (``_TOOL_LINE``) that make a tool bar: a font-size label (字号,
    字体) or two tool words at least between them, are noise. A single tool word is text
    (收藏 on its own line, 大 | 中 | 小 with no label), and so is any line with another word
    (我们要加大力度, 下载打印全屏等功能)."""
    run: list[int] = []
    for index, seg in enumerate(segments):
        text = seg.text
        if (
            len(text) <= _TOOL_LINE_MAX
            and text[:1] in _TOOL_STARTS
            and index not in protected
            and _TOOL_LINE.match(text)
        ):
            run.append(index)
        elif run:
            _mark_tool_bar(segments, run)
            run = []
    _mark_tool_bar(segments, run)


def _mark_tool_bar(segments: list[Segment], run: list[int]) -> None:
    """The tool lines at ``run`` as noise when they make a tool bar (see ``_mark_page_tools``)."""
    words = [word for index in run for word in _STRONG_TOOL.findall(segments[index].text)]
    if len(words) >= 2 or any(word in _FONT_LABEL for word in words):
        for index in run:
            segments[index].noise = True


def _announced_item(content: list[Segment], position: int) -> bool:
    """A bulleted item of a list its paragraph announces (要点如下： | - 第一项 | - 第二项):
    the speech's text, not a page's trailing links."""
    if not content[position].bullet:
        return False
    while position > 0 and content[position - 1].bullet:
        position -= 1
    return position > 0 and content[position - 1].text[-1:] in "：:"


_BARE_NUMBER_MAX = 2
"""The most digits of a section number standing alone (``_BARE_NUMBER``), tested as the line's
length before the expression (``_numbered_sections``)."""
_BARE_NUMBER = patterns.compile(rf"^[0-9０-９]{{1,{_BARE_NUMBER_MAX}}}$")


def _numbered_sections(segments: list[Segment], headers: set[int]) -> set[int]:
    """Lines holding a bare number that are section numbers, not page numbers: 1, 2, 3…
    in order from 1 (or 01, 02…), each after a finished sentence (or markup such as a code
    fence) and before text. A PDF's page numbers fall in the middle of sentences, or next to
    a running page header (``headers``: the indexes of lines repeated as headers are; or the
    same line beside two of the numbers, a header of any words: 学习参考资料（内部）)."""
    # (The length first: 15,372 lines in the 10 MB collection's parse, this function 5.34 ms
    # (5.12-5.99) -> 3.47 ms (2.69-4.33) of CPU, bench_calls.py, 5 rounds in turns, perfengine.)
    found = [
        i
        for i, seg in enumerate(segments)
        if len(seg.text) <= _BARE_NUMBER_MAX and _BARE_NUMBER.match(seg.text)
    ]
    if len(found) < 2:
        return set()
    numbers = [int(segments[i].text.translate(_FULLWIDTH_DIGITS)) for i in found]
    if numbers != list(range(1, len(numbers) + 1)):
        return set()
    for index in found:
        before = segments[index - 1].text if index > 0 else "。"
        if not (is_sentence_end(before) or before[-1:] in CLOSERS or is_noise_text(before)):
            return set()
        if index + 1 >= len(segments) or _BARE_NUMBER.match(segments[index + 1].text):
            return set()
        if index + 1 in headers or index - 1 in headers:
            return set()  # (某某讲话稿汇编 | 12 or 12 | 某某讲话稿汇编: a page seam)
    for step in (-1, 1):
        beside = Counter(segments[i + step].text for i in found if 0 <= i + step < len(segments))
        if beside.most_common(1)[0][1] >= 2:
            return set()  # (the same line beside two of them: 学习参考资料（内部）, a header)
    return set(found)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def mark_front_block_noise(segments: list[Segment], first_speech: int) -> None:
    """Before the first speech, a block (between blank lines) holding an ad line is all noise,
    but for paragraphs of text (lines over ``_PROMO_MAX`` characters, or finished sentences
    with a comma in them)."""
    if first_speech <= 0:
        return
    block: list[Segment] = []
    previous_line = None
    for seg in segments[:first_speech]:
        if previous_line is not None and seg.line > previous_line + 1:
            _flush_block(block)
            block = []
        block.append(seg)
        previous_line = seg.line
    _flush_block(block)


_PROMO_MAX = 40
"""The longest line of an advertising block (酷乐文行 / 自建平台、实时分享 / 【打击倒卖活动】): a
longer line is a paragraph of the speech that an ad line was wedged into."""
_PROSE_MIN = 15
"""The least characters of a finished sentence that is text, not an advertising slogan."""


def _flush_block(block: list[Segment]) -> None:
    if any(seg.noise and _AD_WORDS.search(seg.text) for seg in block):
        for seg in block:
            text = seg.text
            if len(text) > _PROMO_MAX or (
                len(text) >= _PROSE_MIN and text[-1] in "。！？" and "，" in text
            ):
                continue  # (a paragraph of the speech, an ad line wedged into its block)
            seg.noise = True
