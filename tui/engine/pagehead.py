"""A web page's header at the start of a one-line text, cut into its phrases.

A saved news or government page starts with its chrome: HTML comments, the breadcrumb
(当前位置： 首页>> 中国概况), the site's name and address (中央政府门户网站　www.gov.cn), the
page's date, its fields (来源：新华社), the font switch (【字体：大 中 小】) and a news agency's
dateline (新华社北京3月17日电). On lines of their own, ``noise.py`` marks them and the title
block reads the speech's title after them. A one-line text (every line break lost) runs them
into one line with the title: ``page_header_parts`` cuts them out again as pieces of their
own, each a whole phrase — never words inside a sentence — so the same rules mark them. A
Markdown file's YAML front matter at the start (--- title: "…" tags: [] --- # 标题 …) gets its
lines back the same way (``frontmatter.py`` reads them as on their lines).
Called by ``lines.segment_lines`` for the first line of a one-line text.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.segment import SPACES

_S = f"[{SPACES}]"
_BOUNDARY = rf"(?={_S}|【|<|$)"
"""What follows a whole phrase that has no closing mark of its own: a space (a lost line
break), the next phrase's 【 or <, or the text's end."""
_CRUMB = rf"[^{SPACES}。！？!?；;，,<>＞»→【】：:]{{1,16}}"
_CRUMB_JOIN = rf"{_S}*(?:>{{1,2}}|＞{{1,2}}|»|→){_S}*"
_FIELD_LABELS = (
    "来源|信息来源|文章来源|稿件来源|作者|编辑|责任编辑|发布时间|发布日期|时间|日期|"
    "浏览次数|点击数|阅读次数|字号"
)
_FIELD_VALUE = rf"[^{SPACES}。！？!?；;，,【】<>：:]{{1,20}}?"

# The phrases a page header is made of (the first one must open the text).
_OPENING = patterns.compile(
    # <!-- … -->: an HTML comment
    r"<!--[^>]{0,80}?-->"
    # 当前位置： 首页>> 中国概况 / 首页 > 新闻 > 正文: a breadcrumb, ended by a space or 【/<
    rf"|(?:(?:当前位置|当前页面|所在位置|现在位置|(?:您|你)(?:现在|当前)?(?:所在)?的?位置){_S}*[:：]"
    rf"{_S}*(?:{_CRUMB}(?:{_CRUMB_JOIN}{_CRUMB})*)?"
    rf"|(?:首页|主页|网站首页){_CRUMB_JOIN}{_CRUMB}(?:{_CRUMB_JOIN}{_CRUMB})*)"
    rf"{_BOUNDARY}(?!{_S}*(?:>|＞|»|→))"
    # 中央政府门户网站　www.gov.cn: a site's name (optional) and its address
    rf"|(?:[^{SPACES}。！？!?，,；;：:<>【】]{{1,40}}?[ \u3000]?)?"
    r"(?:(?:https?://)?www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|https?://[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)"
    rf"(?:/[!-~]*)?{_BOUNDARY}"
    # 来源：新华社 / 作者：张三: a field and its short value
    rf"|(?:{_FIELD_LABELS}){_S}*[:：]{_S}*{_FIELD_VALUE}(?={_S}|【|<|$|(?:{_FIELD_LABELS}){_S}*[:：])"
    # 【字体：大 中 小】 / 【打印】 / 打印本页: the page's tool bar
    rf"|【{_S}*(?:字体|字号){_S}*[:：][^】。！？]{{0,20}}】"
    rf"|【{_S}*(?:打印本页|关闭窗口|打印|关闭|收藏|推荐|纠错|E-mail推荐){_S}*】"
    rf"|(?:打印本页|关闭窗口|返回顶部|返回首页){_BOUNDARY}"
    # 新华社北京3月17日电 / （新华社北京２００９年３月１４日电）: a news agency's dateline
    r"|[（(]?(?:新华社|中新社|中新网|新华网|人民网|央视网|光明网|本报|本刊)(?:记者)?"
    r"[\u4e00-\u9fff]{2,10}?(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:电|讯)[）)]?"
    r"(?![讯报文话视影脑力台网子器线码稿])"
)
# 2006年02月16日 / 2006年02月23日 14时43分 / 2024-05-12 10:20: the page's date, a phrase only
# after the header's first one (a date alone at a text's start may be the speech's own).
_PAGE_DATE = patterns.compile(
    rf"(?:19|20)[0-9０-９]{{2}}{_S}*[-/.年]{_S}*[0-9０-９]{{1,2}}{_S}*[-/.月]{_S}*[0-9０-９]{{1,2}}"
    rf"{_S}*日?(?:{_S}*[0-9]{{1,2}}(?::[0-9]{{2}}){{1,2}}|{_S}*[0-9]{{1,2}}时[0-9]{{1,2}}分)?"
    rf"{_BOUNDARY}"
)
# 1998年国务院政府工作报告: the page's own title between its header's phrases (before the
# site's name): no sentence in it, up to the next space, 【 or <.
_FILLER = patterns.compile(rf"[^{SPACES}【<。！？!?；;]{{1,40}}{_BOUNDARY}")
_ADDRESS = patterns.compile(r"www\.|https?://")
_FILLERS_MAX = 2
"""The most words between two phrases of a header."""
HEADER_REACH = 400
"""The farthest a page header at a one-line text's start reaches (its last phrase's end)."""


def _phrase_at(text: str, at: int, opened: bool) -> int:
    """The end of the header phrase at ``at`` (a date only once the header is ``opened``), or -1."""
    found = _OPENING.match(text, at)
    if found is None and opened:
        found = _PAGE_DATE.match(text, at)
    return found.end() if found is not None and found.end() > at else -1


def _skip_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] in SPACES:
        at += 1
    return at


def _header_cut(text: str, opened: bool) -> tuple[list[str], bool]:
    """(the pieces of ``text`` — its header's phrases and words, then the rest — and whether
    the header fills ``text`` to its end). No header at its start: ([text], False)."""
    at = _skip_spaces(text, 0)
    pieces: list[str] = []
    end = _phrase_at(text, at, opened)
    if end < 0:
        return [text], False
    while end >= 0 and end <= HEADER_REACH:
        pieces.append(text[at:end])
        at = _skip_spaces(text, end)
        if at == len(text):
            return pieces, True
        end = _phrase_at(text, at, True)
        if end >= 0:
            continue
        # words between two phrases (the page's title): kept when a phrase follows them
        words: list[tuple[int, int]] = []
        spot = at
        while len(words) < _FILLERS_MAX and (filler := _FILLER.match(text, spot)) is not None:
            words.append((spot, filler.end()))
            spot = _skip_spaces(text, filler.end())
            end = _phrase_at(text, spot, True)
            if end >= 0:
                if _ADDRESS.search(text, spot, end) is not None:
                    # (the page's title beside the site's name and address, as a gov.cn page
                    # prints it: one piece with them, as in a text joined with no spaces)
                    spot = words[0][0]
                else:
                    pieces.extend(text[start:stop] for start, stop in words)
                at = spot
                break
        else:
            end = -1
    if not pieces:
        return [text], False
    return [*pieces, text[at:]], False


_FRONT_MATTER_OPEN = patterns.compile(r"---[ \t]+(?=[A-Za-z_][A-Za-z0-9_-]*:(?:[ \t]|$))")
_FRONT_MATTER_CLOSE = patterns.compile(r"[ \t]---(?=[ \t]|$)")
_FRONT_MATTER_LINE = patterns.compile(r"[ \t]+(?=[A-Za-z_][A-Za-z0-9_-]*:(?:[ \t]|$)|-[ \t])")
_FRONT_MATTER_REACH = 2000
"""The farthest a one-line text's YAML front matter reaches (its closing ``---``)."""
_TITLE_KEY = patterns.compile(r"title:[ \t]*\"?([^\"]{2,80}?)\"?$")


def _front_matter_cut(text: str) -> tuple[list[str], str]:
    """(the lines of the YAML front matter at a one-line text's start, the text after it):
    ``--- title: "…" source: "…" tags: [] --- # 标题 正文…`` gives ``---``, one line a ``key:
    value`` (and a list item ``- 值``), ``---`` — as the file had them — and, when the text goes
    on with a ``#`` heading spelling the ``title:`` value, that heading too. ([], text) when
    the text opens with no front matter (``---`` then a key and its colon, a closing ``---``
    within ``_FRONT_MATTER_REACH`` characters)."""
    opening = _FRONT_MATTER_OPEN.match(text)
    if opening is None:
        return [], text
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end(), _FRONT_MATTER_REACH)
    if closing is None:
        return [], text
    lines = _FRONT_MATTER_LINE.split(text[opening.end() : closing.start()].strip(SPACES))
    rest = text[closing.end() :].lstrip(SPACES)
    block = ["---", *(line for line in lines if line), "---"]
    for line in lines:
        title = _TITLE_KEY.match(line)
        if title is None:
            continue
        heading = rest.split(" ", 1)[0]
        named = title.group(1).strip(SPACES)
        if heading.startswith("#") and rest.lstrip("#").lstrip(SPACES).startswith(named):
            end = len(rest) - len(rest.lstrip("#").lstrip(SPACES)) + len(named)
            if end == len(rest) or rest[end] in SPACES:
                block.append(rest[:end])
                rest = rest[end:].lstrip(SPACES)
        break
    return block, rest


def page_header_parts(parts: list[str]) -> tuple[list[str], list[str]]:
    """(the page header, the parts after it) of the first parts of a one-line text: the header
    at its start cut into its phrases (``_OPENING``, and after the first of them the page's
    date and words between phrases, the page's title) — 当前位置： 首页>> 中国概况
    1998年国务院政府工作报告 中央政府门户网站　www.gov.cn … 来源：新华社 【字体：大 中 小】 gives a piece
    to each phrase and to the title between them. A header that fills a part (a run of spaces
    cut the text there) goes on in the next. Nothing is cut when the text does not open with a
    phrase, nor inside a sentence (a phrase ends at a space, 【, < or another phrase; a
    dateline at its 电)."""
    header: list[str] = []
    if parts:
        header, first = _front_matter_cut(parts[0])
        if header:
            parts = ([first] if first.strip(SPACES) else []) + parts[1:]
    for index, part in enumerate(parts):
        pieces, filled = _header_cut(part, bool(header))
        if filled:
            header.extend(pieces)
            continue
        if len(pieces) == 1:
            return header, parts[index:]
        rest = pieces[-1]
        header.extend(pieces[:-1])
        return header, ([rest] if rest.strip(SPACES) else []) + parts[index + 1 :]
    return header, []
