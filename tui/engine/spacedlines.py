"""The lines of a one-line text whose line breaks became spaces, given back.

A web scrape that turned each line break into one space (…的新标识 营商环境就是生产力，…。 当前，…)
keeps where every line ended: at those spaces. When its spaces evidently are its lost line
breaks (``lostbreaks.spaced_breaks``: many sentence ends followed by a space, few spaces between
Chinese characters otherwise), ``spaced_lines`` cuts its long lines at them, so that the rest of
the engine reads the text's lines again: a heading starts a line, an unnumbered title is a short
line without a sentence end, a collection's titles start lines, and each paragraph is one.

A space is kept where it is no lost line break: between Latin words or digits (Deng Xiaoping,
10 000), in a date (2019年 3月), after a heading's marker (（一） 目前…) or a numeral before its
title (一 重工业和轻工业的关系), before a mark no line starts with (，。、）” …) and after an opening
one (“《（), inside a name spaced to two characters' width (王　明), after a news item's
dateline (新浪财经讯 “…), after a lecture book's part (第一 哲学, 绪言 …), after a symbol opening a
``##`` title (## 🖥 封面) and a spaced middle dot (内容区 1 · AI辅助); a code fence (```) starts a
line, closing one after code's Latin words too, and so does the text after a bold title line
(**2025年工作回顾** 2025年，…). A bracketed numeral before a paragraph was alone on its line
(（一） 关于…的问题。…): it is cut off it.

A hard-wrapped text so joined (its spaces inside sentences too: ``spaced_breaks`` refuses it) that
shows its width (``spacedwrap.wrap_width``) gets its paragraphs back instead, one to a line
(``spacedwrap.wrapped_paragraphs``).
"""

from __future__ import annotations

import re
import string

from tui.base import patterns
from tui.engine.glued import one_line_text
from tui.engine.lines import segment_lines
from tui.engine.lostbreaks import spaced_breaks
from tui.engine.markers import match_marker
from tui.engine.noise import is_noise_text
from tui.engine.segment import Segment
from tui.engine.spacedseams import (
    inside_book_title,
    list_space,
    mostly_spaces_latin,
    page_seam,
)
from tui.engine.spacedwrap import wrap_width, wrapped_paragraphs

_ONE_LINE_MIN = 500
"""The fewest characters of a one-line text cut so (``lines.segment_lines`` cuts a shorter
one's glued headings out only at its title block)."""
_LONG = 200
"""The shortest source line cut at its spaces (a shorter one — a title, a date line, a
crawler's field — is kept as it is)."""
_RUNS = patterns.compile("(?<=[^ \u3000|])(?: {4,}|\u3000{2,})(?=[^ \u3000|])")
_RUNS_MIN = 3
_RUNS_PER_SINGLE = 4
"""A text with ``_RUNS_MIN`` such runs or more, and at least one for every ``_RUNS_PER_SINGLE``
single spaces, has its paragraphs parted by them (a06, a24, w04; 11 runs to 22 single spaces
after its sentence ends in a lecture's pieces): it is cut there as before. (A few runs among many
single spaces are a line's own: b02's 7 runs to its hundreds of lost line breaks.)"""
_SINGLE = patterns.compile("(?<=[^ \u3000])[ \u3000](?=[^ \u3000])")
_GAP = patterns.compile("[ \u3000]+")
_NEVER_STARTS = frozenset("，、；：。！？,.;:!?）)”’」』》】〕…·")
"""What no line starts with: a space before one is kept."""
_OPENERS = frozenset("“‘「『《【〔（(")
"""What no line ends with: a space after one is kept."""
_TAIL_PIECE_MAX = 6
"""The longest run up to the next space that ends a sentence and is no line (…“左” 的错误。)."""
_UNITS = frozenset("年月日号时分秒万亿元个%％")
_DATE = patterns.compile(r"[0-9０-９]{1,4}[年月]$")
_DATE_ON = patterns.compile(r"[0-9０-９]{1,2}[月日号]")
_NUMERAL = patterns.compile("[一二三四五六七八九十]{1,3}")
_TITLE_END = patterns.compile("[。！？!?；;：:，,]")
_CHAPTER = patterns.compile("第[0-9０-９一二三四五六七八九十百零〇两]{1,4}[章节讲篇回部编卷课]")
_HEADING_SYMBOL = patterns.compile("#{1,6} [^\u4e00-\u9fffA-Za-z0-9 \u3000]")
"""A Markdown heading's marks and one symbol (an emoji, a circled number) that opens its
title: the space after it is the title's own."""
_BOOK_PART = patterns.compile(
    "绪言|绪论|导言|导论|引论|序论|总论|[上中下]编|第[一二三四五六七八九十]{1,3}[编卷]?"
)
"""A lecture book's part named by its place or an ordinal (``chapters``'s chapter lines), before
its short title (绪言 哲学中之唯心唯物论, 第一 哲学, 上编 总论)."""
_BOOK_TITLE_MAX = 20
"""The longest title kept beside such a part (a longer run, or one with punctuation, is its
text after the part alone on its line: 第一 要坚持问题导向，…)."""
_NUMERAL_TITLE_MAX = 30
"""The longest title after a numeral and a space (一 重工业和轻工业的关系): a longer run, or one
that holds a sentence's or a clause's mark before its next space, is the section's text after a
numeral alone on its line."""
_NAME = patterns.compile("[\u4e00-\u9fff]")
_STOPS = frozenset("。！？!?；;")
_GLUED_MARKS = patterns.compile("(?<=[。！？!?；;：:])#{1,6}$")
_OFFICE = patterns.compile(
    "(?:总理|主席|省长|市长|区长|县长|书记|院长|部长|校长|主任|检察长|委员|代表)$"
)
_QUOTE_ENDS = "*”’」』"
"""A quote's closing marks (and a bold run's): a sentence that ended inside them is whole."""
_BOLD_LINE_ENDS = frozenset("。！？!?；;：:”’」』）)")
"""What a bold run ends with (…！**) for a bold run after a space (**…) to start a line."""
_RANGE_DASH = patterns.compile("[A-Za-z0-9] --- [A-Za-z0-9]")
"""A dash between two Latin or digit tokens, spaced (### 25_7.21 --- 25_7.28: a week's range in a
title), no YAML block's rule."""
_BOLD_NUMERAL = patterns.compile(r"\*\*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\*\*")
"""A numeral set in bold alone (**01**): a section's number on its line."""
_DATELINE = patterns.compile("[\u4e00-\u9fff]{0,6}(?:报|社|网|财经|新闻|台)讯")
"""A news item's dateline (本报讯, 新华社讯, 新浪财经讯): the words it opens are on its line."""
_PHOTO_CREDIT = patterns.compile(
    "[\u4e00-\u9fff]{0,8}(?:记者|摄影|通讯员)[\u4e00-\u9fff·]{2,8}摄(?=[ \u3000]|$)"
)
"""A news photo's credit after its caption (新华社记者刘建生摄): the caption's line's end; read as
a line of its own after the caption's sentence end, it stood as a title over the salutation and
opened a second speech (regression b23 joined by spaces)."""
_NAMED = patterns.compile("[\u4e00-\u9fff]{2,3}(?:[ \u3000]|$)")
_SPACED_NAME = patterns.compile("(?:[\u4e00-\u9fff][ \u3000]+)*[\u4e00-\u9fff]")
_SPACED_NAME_END = patterns.compile(
    "(?:[\u4e00-\u9fff][ \u3000]+(?=(?![一二三四五六七八九十])[\u4e00-\u9fff](?:[ \u3000]|$)))*+"
    "(?![一二三四五六七八九十])[\u4e00-\u9fff]"
    "(?:[ \u3000]+(?![，、；：。！？,.;:!?）)”’」』》】〕…·])|$)"
)
"""A name or a title set with spaces between its characters (蒋  明, 王 小 明: a speaker's name
under a report's title, spaced to the width of a three-character one; 政 府 工 作 报 告): single
characters between spaces up to the line's end (a lost line break after the last); not before
a numeral alone on its line (陈 云 一　入党资格), nor a page's widget (大 中 小 】: a closing mark
after the whole run, read without going back)."""
_CONTAINER = patterns.compile("::: ?[A-Za-z]*(?: |$)")
"""A VuePress (or markdown-it) container's fence, opening (:::tip 视频公开课, ::: warning) or
closing (:::): a line of its own."""
_LITERAL_SPACE_END = patterns.compile(
    r"<U\+(?:00A0|200[0-9AB]|202F|205F|3000|FEFF)>$", re.IGNORECASE
)
"""A space character written out by name at a part's end (an encoder's stand-in for a no-break
space it could not write: 国务院总理<U+00A0> 李克强), which ``lines.segment_lines`` reads as a space."""
_OCCASION_OPENS = patterns.compile("在[^，。！？；：,.!?;:“”]{2,30}")
_OCCASION_ENDS = patterns.compile(
    "[^，。！？；：,.!?;:“”]{0,40}?(?:讲话|发言|致辞|演讲|讲演)(?:稿|提纲)?(?=[ \u3000]|$)"
)
"""A speech's occasion title spaced inside itself (在全市 2022 年优化营商环境 和招商引资大会上的讲话, a
PDF's gap kept by the scrape): its opening 在… (no punctuation) and its words up to 讲话/发言/致辞
and a space stay on one line."""


def _keeps(line: str, start: int, end: int, part_start: int, latin: bool) -> bool:
    """Whether the spaces ``line[start:end]`` are no lost line break (the module's list); the
    line's current part began at ``part_start``; ``latin``: the text spaces Latin letters and
    digits from Chinese (``spaces_latin``)."""
    before, after = line[start - 1], line[end]
    part = line[part_start:start]
    if part.strip("#") == "":
        return True  # (## 认清形势: a Markdown heading's marks before its title)
    if part[:1] == "#" and _HEADING_SYMBOL.fullmatch(part) is not None:
        return True  # (## 🖥 封面, ## ① 开场: a symbol opening a heading's title, no title)
    if part[:1] == "#":
        heading = part.lstrip("#").lstrip(" ")
        numbered = match_marker(heading)
        if numbered is not None and numbered.end >= len(heading):
            return True  # (#### 1. 无感镜像化: a Markdown heading's number and its title)
    if line.startswith("--- ", end) and _RANGE_DASH.match(line, start - 1) is not None:
        return True  # (### 25_7.21 --- 25_7.28: a range's dash between two spaced tokens)
    if after == "#" or part == "---" or line.startswith("--- ", end):
        return False  # (a Markdown heading, a YAML block's rule: each starts a line)
    if line.startswith("```", end):
        return False  # (a code fence, closing one too after code's Latin words: …Option ```)
    if _CONTAINER.match(line, end) is not None:
        return False  # (…Java 的危与机 :::tip 视频公开课: a VuePress container's fence)
    if _OCCASION_OPENS.fullmatch(part) is not None:
        if _OCCASION_ENDS.match(line, end) is not None:
            return True  # (在全市 2022 年优化营商环境 和招商引资大会上的讲话: one title)
    if part.startswith("<!--") and part.endswith("-->"):
        return False  # (<!--more--> ，我是…: a Markdown page's HTML comment is a line of its own)
    if inside_book_title(line, part, end):
        return True  # (《党中央 国务院关于…的意见》: a space inside a title's marks)
    if before in _STOPS and _PHOTO_CREDIT.match(line, end) is not None:
        return True  # (…作政府工作报告。 新华社记者刘建生摄: a photo's credit ends its caption)
    if _DATELINE.fullmatch(part) is not None:
        return True  # (新浪财经讯 “2013…”: a news item's dateline opens its first line)
    if (
        line.startswith("**", end)
        and line.endswith("**", 0, start)
        and line[start - 3 : start - 2] in _BOLD_LINE_ENDS
    ):
        return False  # (…出发！** **惟“守正”方能“创新”。**: a bold line after a bold sentence)
    if line.startswith("**", end) and _BOLD_NUMERAL.fullmatch(part) is not None:
        return False  # (**01** **向同仁堂学习**: a bold numeral alone on its line over bold titles)
    if (
        part.startswith("**")
        and part.endswith("**")
        and len(part) > 4
        and after != "*"
        and part[-3] not in _BOLD_LINE_ENDS
    ):
        return False  # (**2025年工作回顾** 2025年，…: a bold title line, its text after it)
    listed = list_space(line, part, before, end)
    if listed is not None:
        return listed  # (a Markdown list's bullet or number, a path's arrows)
    if before.isascii() and after.isascii():
        return True  # (Latin words, digits)
    if (
        latin
        and (before.isascii() and before.isalnum() or after.isascii() and after.isalnum())
        and before not in _STOPS
    ):
        # (Istio 的试用步骤 in a text that writes so; not after a sentence end, where a line may
        # start with a year: …感谢！ 2022年，我们将…)
        return True
    if before == "第" and after.isdigit():
        return True  # (排名第 4。社保…: an ordinal's 第 and its spaced number)
    if _spaced_token(line, start, end):
        return True  # (管网 9 公里, 品质 xx 的: a short Latin or digit token spaced in a sentence)
    if (after in _NEVER_STARTS and not line.startswith("![", end)) or before in _OPENERS:
        return True  # (not a Markdown image's ![, which starts its line: …概览 ![…](…))
    if before == "·" and line[start - 2 : start - 1] in _GAP_CHARS:
        return True  # (内容区 1 · AI辅助: a middle dot spaced on both sides inside a title)
    nxt = _GAP.search(line, end)
    piece = line[end : nxt.start() if nxt else len(line)]
    if (
        len(piece) <= _TAIL_PIECE_MAX
        and piece[-1] in "。！？!?"
        and _NAME.match(piece)
        and not (part[-1:] in _QUOTE_ENDS and part.rstrip(_QUOTE_ENDS)[-1:] in _STOPS)
    ):
        # (…是“左” 的错误。: a sentence's last words, no line of their own — not after a
        # sentence ended inside its quote: **“愿意！…！”** | 全体请坐！)
        return True
    if before.isdigit() and after in _UNITS:
        return True  # (1 9 9 8 年: spaced digits)
    if _DATE.search(part) is not None and _DATE_ON.match(line, end) is not None:
        return True
    if _NUMERAL.fullmatch(part) is not None:
        if line[start:end] == "\u3000":
            return True  # (三　对地主富农斗争的方法在经济上…: the source's own space, no join's)
        nxt = _GAP.search(line, end)
        title = line[end : nxt.start() if nxt else len(line)]
        return len(title) <= _NUMERAL_TITLE_MAX and _TITLE_END.search(title) is None
    if _CHAPTER.fullmatch(part) is not None:
        return True  # (第238章 娜拉走后怎样: a chapter's number and its title)
    if _BOOK_PART.fullmatch(part) is not None:
        nxt = _GAP.search(line, end)
        title = line[end : nxt.start() if nxt else len(line)]
        # (绪言 哲学中之唯心唯物论, 第一 哲学: a lecture book's part and its short title)
        return len(title) <= _BOOK_TITLE_MAX and _TITLE_END.search(title) is None
    marker = match_marker(part)
    if marker is not None and marker.end >= len(part) and part[-1] not in "：:":
        # (（一） 目前…: the space after the marker is the marker's; not after a label that
        # ends with its colon, alone on its line: 提纲壹： 一、我国是否…)
        return True
    if line[start:end] == "\u3000" and before not in _STOPS and part[:1] != "#":
        return True  # (王　明, 第一幕　老英雄建立大帝国: one ideographic space inside a line;
        # not after a ## heading's title, which a line ends)
    if _SPACED_NAME.fullmatch(part) is not None and _SPACED_NAME_END.match(line, end) is not None:
        return True  # (蒋  明: a name spaced to the width of three, its characters one line)
    if (
        _OFFICE.search(part if part[-1:] != ">" else _LITERAL_SPACE_END.sub("", part)) is not None
        and _NAMED.match(line, end) is not None
    ):
        # (国务院总理 李克强: an office and a name on one line; also with a no-break space
        # written out by name before the space, 国务院总理<U+00A0> 李克强, ``lines``'s own reading)
        return True
    return False


_TOKEN_CLASS = string.ascii_letters + string.digits + ".%+-"
"""The characters of a short Latin or digit token (``_spaced_token``), the pattern's and the
backward scan's alike."""
_TOKEN = patterns.compile(f"[{re.escape(_TOKEN_CLASS)}]{{1,12}}")
_TOKEN_CHARS = frozenset(_TOKEN_CLASS)
_GAP_CHARS = frozenset(" \u3000")
_AFTER_TOKEN = frozenset(" \u3000，")


def _words(token: str, line: str, after: int) -> bool:
    """A token of letters or digits (not a list's 1. or a bullet's -, which start lines, nor
    a year or date spaced from its unit or digit by digit, 1998 年是…, 1 9 9 8 年是…, which
    may); ``after``: where it ends."""
    if token[-1:] in ".-+" or not any(ch.isalnum() for ch in token):
        return False
    follows = line[after + 1 : after + 2]
    return not (token.isdigit() and (follows in _UNITS or follows.isdigit()))


def _spaced_token(line: str, start: int, end: int) -> bool:
    """Whether the spaces ``line[start:end]`` are one side of a short Latin or digit token
    spaced on both sides inside a sentence (…污水管网 9 公里，…, …品质 xx 的责任感…), or spaced
    before it and followed by a comma (…完成 26，…; not 、 or 。: （一）…成效 1、… starts a
    heading): a writer's spacing in a text
    that spaces some of its Latin and digits, where
    ``spaces_latin`` found too few to say so of the whole text. Two lost line breaks round
    a token of a few letters would leave a line of just that token; cut there, the digits
    began a line (9 公里，… read as a numbered heading) and the letters stood alone (xx, hidden
    as junk). Not after a sentence end or a colon, where a line may start with a number
    (…。 1 找人是管理的第一个切入点)."""
    token = _TOKEN.match(line, end)
    if (
        token is not None
        and _words(token.group(), line, token.end())
        and line[token.end() : token.end() + 1] in _AFTER_TOKEN
        and line[start - 1] not in _STOPS
        and line[start - 1] not in "：:"
    ):
        return True
    first = start
    while first > 0 and line[first - 1] in _TOKEN_CHARS:
        first -= 1
    return (
        0 < start - first <= 12
        and _words(line[first:start], line, start)
        and first >= 2
        and line[first - 1] in _GAP_CHARS
        and line[first - 2] not in _STOPS
        and line[first - 2] not in "：:#"  # (### LeNet 先看…: a heading's Latin title)
    )


def _front_matter(line: str) -> tuple[int, int]:
    """Where a YAML front matter block opening ``line`` ends (--- title: "…" source: "…" ---),
    and where the ``#`` heading right after it that spells its title: value ends (its own
    spaces kept: # 2015-…演讲：相信梦想 坚持梦想); (0, 0) for no block."""
    if not line.startswith("--- ") or _YAML_KEY.match(line, 4) is None:
        return 0, 0
    close = line.find(" ---", 4, _YAML_MAX)
    if close < 0:
        return 0, 0
    block = close + 4
    title = _YAML_TITLE.search(line, 4, close)
    heading = f" # {title.group(1)}" if title is not None else ""
    spelled = block + len(heading) if heading and line.startswith(heading, block) else 0
    return block, spelled


def _cut(line: str) -> list[str]:
    """``line`` cut at its spaces that are lost line breaks."""
    latin = mostly_spaces_latin(line)  # (``spaces_latin``'s test or the wider one)
    block, spelled = _front_matter(line)
    parts: list[str] = []
    part_start = 0
    for gap in _GAP.finditer(line):
        start, end = gap.span()
        if start == 0 or end >= len(line):
            continue
        if start < block:
            # (in a YAML block: a line for each key: value, list item and the closing ---)
            if _YAML_KEY.match(line, end) is None and not line.startswith("---", end):
                continue
        elif block < start < spelled:
            continue
        else:
            marks = _GLUED_MARKS.search(line, part_start, start)
            if marks is not None:
                # (…讲几点意见。## 一、认清形势: a Markdown heading's marks glued to the
                # sentence before it start its line)
                parts.append(line[part_start : marks.start()])
                part_start = marks.start()
                continue
            if _keeps(line, start, end, part_start, latin):
                continue
        parts.append(line[part_start:start])
        part_start = end
    parts.append(line[part_start:])
    return _bare_markers_apart(parts)


_BARE_MARKER = patterns.compile(
    "[（(](?:[一二三四五六七八九十]{1,3}|[甲乙丙丁戊己庚辛壬癸]|[Ａ-Ｚａ-ｚ])[）)] (?=[^ ])"
)
_PARAGRAPH_MIN = 40
"""The fewest characters of a piece after a bracketed numeral and a space that is its
section's paragraph, not its title, though it ends no sentence."""
_CLOSED = frozenset("）)”’」』")
"""What a PDF-extracted line often breaks after inside its sentence (…南京中派（民族改良派） |
一部或大部…): a part ending so is read on into the next."""


def _bare_markers_apart(parts: list[str]) -> list[str]:
    """``parts`` with each bracketed numeral alone cut off its section's paragraph: a part that
    is such a numeral, one space (the lost line break after the numeral alone on its line)
    and a paragraph — words that end a sentence or run over ``_PARAGRAPH_MIN`` characters
    (（一） 关于坚持…的问题。四项基本原则…), read on through the parts after it while one ends
    with a closing bracket or quote inside its sentence. Not a numeral and its title
    (（一） 目前的形势), the space the marker's. (A sentence is no title; a heading with its title
    on its line and its section's text after it is rare in a one-line text, the numeral alone
    common: PDF-extracted readers set it so.)"""
    out: list[str] = []
    for index, part in enumerate(parts):
        marker = _BARE_MARKER.match(part)
        if marker is None:
            out.append(part)
            continue
        rest = part[marker.end() :]
        said = rest
        following = index + 1
        while said[-1:] in _CLOSED and following < len(parts) and len(said) <= _PARAGRAPH_MIN:
            said += parts[following]
            following += 1
        if len(said) <= _PARAGRAPH_MIN and not any(ch in "。！？" for ch in said):
            out.append(part)
        else:
            out.extend([part[: marker.end() - 1], rest])
    return out


_YAML_KEY = patterns.compile(r"[A-Za-z_][\w-]*:(?: |$)|- ")
_YAML_TITLE = patterns.compile(r'title: "?([^"]+?)"? (?=[A-Za-z_][\w-]*:(?: |$)|---)')
_YAML_MAX = 2000
"""The farthest a YAML block's closing --- is looked for."""
_LONG_PART = 1500
"""A cut line longer than this is several paragraphs still (their breaks lost with no space)."""
_LONG_SHARE = 0.6
"""The share of a text's characters in such parts from which its lines are not given back: its
line breaks were mostly lost with nothing in their place (the glued headings' cuts read it)."""


_SAID = frozenset("。！？!?，,")
"""The last characters of a piece that is a sentence or a clause, not a phrase."""


def _said_words_joined(parts: list[str]) -> list[str]:
    """``parts`` with each piece that reads as noise by its words but is a sentence or a clause
    (以上材料仅供学习参考。, 当前位置：我们的工作处在…关键阶段，) put back beside its neighbour — on
    a line of its own it would be hidden as an advert or a page's field, where the speech
    says it — the one before it, or the one after it at the line's start."""
    out: list[str] = []
    pending: list[str] = []
    for part in parts:
        if part[-1:] in _SAID and is_noise_text(part):
            if out:
                out[-1] += " " + part
            else:
                pending.append(part)
            continue
        out.append(" ".join([*pending, part]))
        pending = []
    if pending:
        out.append(" ".join(pending))
    return out


def spaced_lines(lines: list[str]) -> tuple[list[str], list[int]] | None:
    """The lines of a one-line text (``lines``, its source lines) whose line breaks became
    spaces, each long line cut at its lost line breaks (or, hard-wrapped at a width
    ``spacedwrap.wrap_width`` tells, cut into its paragraphs), with each new line's 1-based
    source line; None when the text is no such text (``spaced_breaks``), or cut so stays one (a
    few lines still)."""
    long = [line for line in lines if len(line) > _LONG]
    if not long:
        return None
    runs = sum(len(_RUNS.findall(line)) for line in long)
    if runs >= _RUNS_MIN and runs * _RUNS_PER_SINGLE >= sum(
        len(_SINGLE.findall(line)) for line in long
    ):
        return None  # (its paragraphs parted by runs of spaces: ``lines._INNER_BREAK_SPACES``)
    width = wrap_width(long)
    if not width and spaced_breaks([Segment(1, line, False) for line in long], True) is None:
        return None
    out: list[str] = []
    origins: list[int] = []
    for number, line in enumerate(lines, 1):
        if len(line) <= _LONG:
            parts = [line]
        elif width:
            parts = wrapped_paragraphs(line.strip(" \u3000"), width)  # (a hard-wrapped text)
        else:
            parts = _said_words_joined(_cut(line.strip(" \u3000")))
        out.extend(parts)
        origins.extend([number] * len(parts))
    if one_line_text(out) or sum(len(part) for part in out if len(part) > _LONG_PART) > (
        _LONG_SHARE * sum(map(len, out))
    ):
        return None
    return out, origins


_HEAD = 20_000
_HEAD_LINES_MAX = 200
"""The most line breaks in a text's first ``_HEAD`` characters for it to be looked at as a
one-line text at all (most files are told by this count alone, not split into lines)."""


def spaced_segments(text: str, markdown: bool) -> list[Segment] | None:
    """The segments of a one-line text whose line breaks became spaces, read with its lines
    given back (``spaced_lines``) as a text with line breaks, each segment on the source line
    it was cut from and — but for a source line's first — indented, as a one-line text's
    cut pieces are (a paragraph's start: no heading runs on into the text after it), and with
    the line given back as its ``shown`` line (a crosshead is a line of its own); None for any
    other text."""
    if len(text) <= _ONE_LINE_MIN or text.count("\n", 0, _HEAD) > _HEAD_LINES_MAX:
        return None
    lines = text.split("\n")
    if not one_line_text(lines):
        return None
    restored = spaced_lines(lines)
    if restored is None:
        return None
    cut, origins = restored
    out = segment_lines("\n".join(cut), markdown)
    for seg in out:
        if seg.line > 1 and origins[seg.line - 2] == origins[seg.line - 1]:
            seg.indented = not page_seam(cut[seg.line - 2], cut[seg.line - 1])
        seg.shown = seg.line
        seg.line = origins[seg.line - 1]
    return out
