"""From decoded text to cleaned source segments: indentation and prefixes stripped, noise marked.

A *segment* is a piece of one source line: usually the whole line, but a line that holds
several paragraphs (separated by U+2028, by 　　, or — in a text with no line breaks at
all — by nothing before a numbered heading) gives several segments with the same line
number. Nothing is deleted: noise segments are kept and marked.

Why this module is long (about 730 lines): it holds the tables and patterns of every kind
of junk a user's file carries (advertising, page headers and numbers, navigation, notes,
Markdown and HTML remains, forum anti-copy noise) beside the one pass that uses them;
they are table-tested in ``tests/unit/test_outline_traps.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tui.engine.framing import is_salutation
from tui.engine.markers import match_marker

# Indentation and stray spacing at a line's start/end: ASCII and full-width spaces, tabs,
# NBSP, EN/EM and the other U+200x spaces, ideographic space, BOM, zero-width space.
SPACES = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\x0b\x0c"
_LEADING = re.compile(
    rf"^[{SPACES}]*(?:(?:>|＞|#{{1,6}}(?![#0-9０-９])(?![^#{SPACES}]{{1,30}}#)"
    rf"|[-*+•](?=[{SPACES}]+[^0-9{SPACES}]))[{SPACES}]*)*"
)
"""Indentation, quote marks, list bullets and Markdown ``#`` marks before a line's text.
``#`` also without a space (``#二、…`` of a web copy), but not a hashtag (``#话题#``) or a
number (``#1``): those are the line's text."""
# Markdown emphasis copied from web pages: **一、坚持问题导向**.
_EMPHASIS = re.compile(r"\*\*|__")
# Several paragraphs on one line: U+2028/U+2029, or a run of two or more ideographic spaces
# (the paragraph indent of a text that lost its line breaks).
_INNER_BREAK_SPACES = re.compile("[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}|(?<=\\S) {4,}")
"""The same, and runs of four or more ASCII spaces, in a text that lost its line breaks."""
_INNER_BREAK = re.compile("[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}")
# A paragraph longer than this with no break inside is a text that lost its line breaks:
# it is cut before every numbered L1/L2 heading that follows a sentence end. Shorter lines
# are cut there only when the series shows elsewhere (see ``_split_glued``).
LONG_SEGMENT = 1500
ONE_LINE_MAX = 3
"""A text of at most this many non-empty source lines lost its line breaks."""
_GLUED_HEADING = re.compile(
    r"[。！？!?：:”」][\u3000 ]*(?=[一二三四五六七八九十]{1,3}\s?、|[（(][一二三四五六七八九十]{1,3}[）)])"
)
# What a glued heading needs besides the sentence end: a numeral right before a 、 (一、,
# 十一 、) or an opening bracket. Tested first: this pattern starts with the plain 、, which
# the regex engine skips to quickly, while sentence ends (where _GLUED_HEADING starts) are
# everywhere.
_NUMBERED_COMMA = re.compile("、(?:(?<=[一二三四五六七八九十]、)|(?<=[一二三四五六七八九十]\\s、))")
# Anti-copy junk that forums (Discuz) insert into posts: runs of one- or two-character
# ASCII scraps separated by spaces, e.g. "8 H) l- y* X6 s b' n+ F)".
# 下面，我讲三点意见： / 强调几点: / 我再强调三点意见。 — the speaker announces the sections.
_ANNOUNCEMENT = re.compile(
    r"(?:讲|谈|强调|提|说)[^。！？：:]{0,12}(?:几|[两二三四五六七八九十0-9])"
    r"(?:点|个方面|个问题|方面|条|句话)[^。！？：:]{0,6}[：:。]\s*$"
)
_JUNK = re.compile(r"(?<![!-~])(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?![!-~])")
# What every ``_JUNK`` match holds: the end of one scrap and the next three. A line without
# it has no junk; this pattern starts with a plain character class, which the regex engine
# scans for quickly (``_JUNK`` starts with a look-behind, so it is tried at every character).
_JUNK_HINT = re.compile(r"[!-~][ \t]+[!-~]{1,2}[ \t]+[!-~]{1,2}[ \t]+[!-~]")
_JUNK_SYMBOLS = re.compile(r"[!-/:-@\[-`{-~]")

SENTENCE_END = "。！？!?；;…：:"
CLOSERS = "”’」』）)》】〕"

# Every alternative starts with a plain character (QQ群 spelled out in its four cases, not
# [Qq][Qq]群): then the regex engine skips to those first characters instead of trying every
# alternative at every position (4× faster).
_AD_WORDS = re.compile(
    r"仅供学习|禁止外传|会员|QQ群|Qq群|qQ群|qq群|微信群|微信号|公众号|扫码|二维码|倒卖|免费赠送|免费领取|"
    r"版权所有|侵删|侵权必究|淘宝|资料下载|更多资料|关注我们|点击阅读|阅读原文|"
    r"https?://|www\.|\.com\b|\.cn\b"
)
_HAS_WORD = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")
_TITLE_WORDS = re.compile(r"讲话|合集|汇编|文集|选编|报告|讲稿|致辞|发言")
_NOTE = re.compile(r"^[（(【\[]\s*(?:说明|注|编者按|编者注|编辑|来源|导\s*读)\s*[：:】\]]")
_NOTE_STARTS = "（(【["
"""What a ``_NOTE`` starts with: a cheaper test first (most lines are no note)."""
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$"
)
_PAGE_NUMBER_STARTS = "-—–·第"
"""What a ``_PAGE_NUMBER`` starts with, besides a space (``\\s``) or a digit (``\\d``)."""
_MARKUP = re.compile(
    r"^(?:<[^>]*>\s*)+$|^!\[[^\]]*\]\([^)]*\)$|^(?:-{3,}|\*{3,}|={3,}|_{3,})$|^(?:`{3,}|~{3,})[\w+-]*$"
)
_MARKUP_STARTS = "<!-*=_`~"
"""What a ``_MARKUP`` line starts with (tested first: the regex costs more)."""
_NAVIGATION = re.compile(
    r"^(?:上一篇|下一篇|返回顶部|返回首页|打印本页|关闭窗口|分享到|责任编辑|【字体|字号[:：]|"
    r"来源[:：]|首页\s*[>＞»]|点击下载|立即下载|本文链接|最新文档|相关推荐|相关文章|热门推荐|"
    r"收藏《|您需要登录|本文\S{0,30}发表|[…\.]*[（(](?:未完|新文秘网|全文共)|"
    r"(?:发布)?时间[:：]\s*\d|发布日期|作者[:：]|浏览(?:次数|量)|阅读(?:次数|量)|相关报道|"
    r"【?(?:打印|关闭)(?:本页|窗口)】?$)"
)
# 注释： / 注： / 参考文献 on their own: the notes below them are not the speech.
_NOTES_HEAD = re.compile(
    r"^(?:附\s*[:：]?\s*)?(?:注\s*释|注|附\s*注|脚\s*注|参考文献|尾\s*注|注解|名词解释)\s*[:：]?$"
)
# 【范文二】 / 讲话稿（三） / 篇三： / 01 — a collection's piece separators, alone on a line.
_SEPARATOR = re.compile(
    r"^(?:【\s*(?:范文|材料|篇)?\s*[0-9一二三四五六七八九十]+\s*】|(?:范文|讲话稿|材料|篇)\s*"
    r"[（(]?[0-9一二三四五六七八九十]+[）)]?\s*[：:]?|[—\-=*]{4,})$"
)
_WEB_TAIL = re.compile(r"全文共\d+字|当前仅显示|正式会员可|登录后|省略\d+字|阅读全文|下载全文")
_WEB_TAIL_OR_AD = re.compile(f"{_WEB_TAIL.pattern}|{_AD_WORDS.pattern}")
_TOC_HEAD = re.compile(r"^(?:目\s*录|目录\s*[/／]\s*提纲|提纲)\s*[:：]?[…\.。]*$")
_TOC_STARTS = "目提"
"""What a ``_TOC_HEAD`` starts with."""


@dataclass(slots=True)
class Segment:
    """A cleaned piece of a source line (internal to the engine)."""

    line: int
    """1-based source line."""
    text: str
    """Cleaned text: no indentation, no ``>``/``#`` prefix, no trailing spaces."""
    indented: bool
    """The source line started with indentation (a paragraph start in indented files)."""
    noise: bool = False
    """Advertising, page headers and numbers, notes, markup, navigation."""
    back: bool = False
    """Back matter after a speech: notes, sources, routing lines, readers' comments."""
    glued: bool = False
    """A salutation cut off the text it was glued to (同志们：今天…)."""
    md: int = 0
    """The level of a Markdown ``#`` heading line (0: none)."""
    bold: bool = False
    """The line is bold, or starts with a bold sentence (Markdown ``**…**``)."""


_PREFIX_STARTS = frozenset(SPACES + ">＞#-*+•—–")
# A page number glued in front of the text: "- 3 -二、重点任务".
_PAGE_PREFIX = re.compile(r"^[-—–]\s*\d{1,4}\s*[-—–]\s*(?=\S)")
# OCR output with a space between every character: "在 全 县 党 建 工 作 会 议 上".
_CJK = "\u3400-\u9fff，。、：；！？“”（）《》"
_SPACED_PAIR = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")


def _clean(raw: str, emphasis: bool = True) -> tuple[str, bool]:
    """(cleaned text, indented) of a piece of a line.

    ``emphasis``: whether the piece may hold ``*`` or ``_`` (False when the whole text has
    none: then no piece is searched for ``**``/``__``; cleaning only removes characters).
    """
    if raw[:1] in _PREFIX_STARTS:
        match = _LEADING.match(raw)
        assert match is not None
        prefix = match.group()
        indented = "\u3000" in prefix or "\t" in prefix or prefix.count(" ") >= 2 or (
            prefix.rstrip(SPACES).endswith((">", "＞", "#")) and prefix[-1:] in SPACES
        )
        text = raw[match.end() :].rstrip(SPACES)
        if raw[:1] in "-—–" and (page := _PAGE_PREFIX.match(raw)) and match.end() < page.end():
            text = raw[page.end() :].rstrip(SPACES)
    else:
        indented = False
        text = raw.rstrip(SPACES)
    # Junk scraps are dropped from a line; a line of nothing else stays (as noise).
    if text.count(" ") >= 3:  # (junk needs three spaces; most lines have none)
        text = _strip_junk(text).rstrip(SPACES) or text
    if emphasis and ("*" in text or "_" in text):  # (a one-character search is 3× faster: first)
        if "**" in text:
            # **一、标题** and the broken runs Word→Markdown leaves: **一、标题* / *一、标题**.
            text = text.replace("**", "").strip(SPACES)
            if text[:1] == "*" or text[-1:] == "*":
                text = text.strip("*" + SPACES)
        if "__" in text and len(_EMPHASIS.findall(text)) % 2 == 0:
            text = _EMPHASIS.sub("", text).strip(SPACES)
    return text, indented


_MD_HEADING = re.compile(r"^(#{1,6})[ \t\u3000]+(?=\S)")
_SENTENCE_MARKS = "。！？!?"


def _markup(raw: str) -> tuple[int, bool]:
    """(Markdown heading level, bold lead) of a raw line: ``## 标题`` → 2; a line that is
    all bold (**一、标题**, also broken: **一、标题*) or starts with a bold sentence
    (**惟…方为“志士”。**南开…) → bold."""
    text = raw.lstrip(SPACES)
    level = 0
    if text[:1] == "#" and (heading := _MD_HEADING.match(text)):
        level = len(heading.group(1))
        text = text[heading.end() :]
    if text[:2] not in ("**", "__"):
        return level, False
    text = text.replace("****", "")  # **第二个关键****词是补课。**: a bold run closed and reopened
    delimiter = text[:2]
    close = text.find(delimiter, 2)
    if close < 0:
        inner, rest = text[2:].rstrip(SPACES + "*_"), ""
    else:
        inner, rest = text[2:close], text[close + 2 :].strip(SPACES + "*_")
    inner = inner.strip(SPACES)
    return level, bool(inner) and (not rest or inner[-1:] in _SENTENCE_MARKS)


def _strip_junk(text: str) -> str:
    if text.count(" ") < 3 or _JUNK_HINT.search(text) is None:
        return text

    def replace(match: re.Match[str]) -> str:
        scraps = match.group()
        letters = sum(ch.isalpha() for ch in scraps)
        return "" if letters >= 2 and _JUNK_SYMBOLS.search(scraps) else scraps

    return _JUNK.sub(replace, text) if _JUNK.search(text) else text


_L1_L2_STARTS = "一二三四五六七八九十（("


_GLUED_FAMILIES = ("cn-dun", "paren-cn", "di", "di-unit")
# 。第二，… / 。第二点，…: a sentence-initial 第N series in a text without line breaks.
_GLUED_DI = re.compile(
    r"[。！？!?：:”」][\u3000 ]*(?=第[一二三四五六七八九十]{1,3}(?:[，,、]|个?(?:点|方面|问题)[，,、：:]))"
)


def _glued(text: str) -> list[tuple[int, int, str, int]]:
    """(cut, marker start, family, number) for L1/L2 markers glued after a sentence end."""
    found: list[tuple[int, int, str, int]] = []
    matches: list[re.Match[str]] = []
    if "（" in text or "(" in text or _NUMBERED_COMMA.search(text) is not None:
        matches.extend(_GLUED_HEADING.finditer(text))
    if "第" in text:
        matches.extend(_GLUED_DI.finditer(text))
    for match in sorted(matches, key=lambda m: m.start()):
        cut = match.end()
        marker = match_marker(text[cut:])
        if marker is not None and marker.family in _GLUED_FAMILIES:
            found.append((match.start() + 1, cut, marker.family, marker.number))
    return found


_SENTENCE_STOP = re.compile("[。！？!?]")
_CN_NUMERALS = "一二三四五六七八九"


def _chinese(number: int) -> str:
    """1 → 一, 12 → 十二, 20 → 二十 (up to 99)."""
    tens, units = divmod(number, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _CN_NUMERALS[tens - 1] + "十")
    return head + (_CN_NUMERALS[units - 1] if units else "")


def next_item_in_sentence(text: str, cut: int, family: str, number: int) -> bool:
    """Whether the next item of a glued heading's series follows inside its first sentence
    (一、讲政治；二、顾大局；…): then the series is an inline list."""
    following = _chinese(number + 1)
    if following not in text:
        return False  # (most headings: decided without finding the sentence's end)
    stop = _SENTENCE_STOP.search(text, cut)
    sentence = text[cut : stop.start() if stop else len(text)]
    if family == "cn-dun":
        words: tuple[str, ...] = (following + "、", following + "．", following + ".")
    elif family == "paren-cn":
        words = (f"（{following}）", f"({following})")
    else:
        words = ("第" + following,)
    return any(word in sentence for word in words)


def _split_glued(segments: list[Segment]) -> list[Segment]:
    """Cut segments before headings glued to the text before them.

    A glued 一、 or （一） is a heading when the text lost its line breaks (a segment over
    ``LONG_SEGMENT``), or when its series shows elsewhere: the next or previous number of
    the same family, glued or at a line start (for 一、 after a colon — 讲三点意见：一、… —
    the next number at a line start is enough). An inline list 主要有：一、…；二、… stays.
    """
    glued: dict[int, list[tuple[int, int, str, int]]] = {}
    # A text that lost its line breaks: a few source lines at most (a title, a date and the
    # rest). In a text with line breaks a heading starts a line: only a paragraph too long
    # to be one is looked into.
    one_line = len({seg.line for seg in segments}) <= ONE_LINE_MAX
    for index, seg in enumerate(segments):
        if not one_line and len(seg.text) <= LONG_SEGMENT:
            continue
        found = _glued(seg.text)
        if found:
            glued[index] = found
    if not glued:
        return segments
    glued_keys = {(family, number) for found in glued.values() for _, _, family, number in found}
    evidence: set[tuple[str, int]] = set()
    for seg in segments:
        marker = match_marker(seg.text) if seg.text[:1] in _L1_L2_STARTS else None
        if marker is not None and marker.family in ("cn-dun", "paren-cn"):
            evidence.add((marker.family, marker.number))
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        if index not in glued:
            out.append(seg)
            continue
        text = seg.text
        start = 0
        indented = seg.indented  # a piece cut off after a heading starts a paragraph
        long_text = len(text) > LONG_SEGMENT
        for before, cut, family, number in glued[index]:
            series = (family, number + 1) in glued_keys or (
                number > 1 and ((family, number - 1) in glued_keys or (family, number - 1) in evidence)
            )
            announced = number == 1 and (
                (text[before - 1 : before] in "：:" and (family, 2) in evidence)
                or _ANNOUNCEMENT.search(text, max(0, before - 40), before) is not None
            )
            blanket = long_text and family in ("cn-dun", "paren-cn")
            if not (blanket or series or announced) or cut <= start:
                continue
            if next_item_in_sentence(text, cut, family, number):
                # 做到三条：一、讲政治；二、顾大局；三、守规矩。 — the items are one sentence.
                continue
            out.append(Segment(seg.line, text[start:before].rstrip(SPACES), indented))
            start = cut
            indented = True
        out.append(Segment(seg.line, text[start:], indented))
    return [seg for seg in out if seg.text]


def _rejoin_quote_breaks(parts: list[str]) -> list[str]:
    """Pieces of a one-line text cut where its source broke a line after a closing quote
    (…主要错误是“左” | 的错误。): a piece ending with a closing mark and no sentence end goes
    on in the next, unless that one starts a heading."""
    out: list[str] = []
    for part in parts:
        if out:
            previous = out[-1].rstrip(SPACES)
            if (
                previous[-1:] in "”’」』"
                and not is_sentence_end(previous)
                and part[:1] not in SPACES
                and match_marker(part) is None
            ):
                out[-1] = previous + part
                continue
        out.append(part)
    return out


def _letter_spaced(text: str) -> bool:
    """Whether the text was OCR'd with a space between every Chinese character."""
    sample = text[:20000]
    han = len(_HAN.findall(sample))
    return han >= 20 and len(_SPACED_PAIR.findall(sample)) >= 0.5 * han


_HAN = re.compile("[\u3400-\u9fff]")
# <U+00A0>: a space written out as its code point by a converter (iconv's substitution).
_LITERAL_SPACE = re.compile(r"<U\+(?:00A0|200[0-9AB]|202F|205F|3000|FEFF)>", re.IGNORECASE)


def segment_lines(text: str) -> list[Segment]:
    """Split LF-normalised ``text`` into cleaned segments, blank lines left out."""
    segments: list[Segment] = []
    append = segments.append
    spaced = " " in text[:20000] and _letter_spaced(text)
    # What no line holds when the whole text does not: each line is then not searched for
    # it. (One-character searches: a whole-text search for "**" takes 4 ms on 10 MB.)
    separators = "\u2028" in text or "\u2029" in text
    emphasis = "*" in text or "_" in text
    markup = "#" in text or "**" in text or "__" in text
    literal_spaces = "<U+" in text
    one_line = text.count("\n", 0, 200_000) <= ONE_LINE_MAX and len(text) > 500
    for number, raw in enumerate(text.split("\n"), 1):
        if literal_spaces and "<U+" in raw:
            raw = _LITERAL_SPACE.sub(" ", raw)
        if not raw or raw.isspace():
            continue
        md, bold = _markup(raw) if markup and ("#" in raw or "*" in raw or "_" in raw) else (0, False)
        if spaced:
            raw = _SPACED_PAIR.sub("", raw)
        if one_line and "    " in raw.lstrip(SPACES):
            # A text that lost its line breaks, its paragraphs still indented by spaces.
            parts = _rejoin_quote_breaks(_INNER_BREAK_SPACES.split(raw))
        elif (
            (separators and ("\u2028" in raw or "\u2029" in raw))
            or ("\u3000\u3000" in raw and "\u3000\u3000" in raw.lstrip(SPACES))
        ):
            parts = _INNER_BREAK.split(raw)
        else:
            parts = [raw]
        first = True
        for part in parts:
            if not first:
                md, bold = 0, False  # (only the line's first piece is its start)
            cleaned, indented = _clean(part, emphasis)
            if not cleaned:
                continue
            head = cleaned[:40]
            if "：" not in head and ":" not in head:
                # No salutation to split off (the test ``_split_salutation`` starts with).
                append(Segment(number, cleaned, indented or not first, md=md, bold=bold))
                first = False
                continue
            pieces = _split_salutation(cleaned)
            for piece in pieces:
                append(
                    Segment(
                        number, piece, indented or not first, glued=len(pieces) > 1,
                        md=md if len(pieces) == 1 else 0, bold=bold and len(pieces) == 1,
                    )
                )
                first = False
    return _split_glued(segments)


def _split_salutation(text: str) -> list[str]:
    """同志们：今天我们召开… → the salutation and the rest (a salutation glued to its body)."""
    head = text[:40]
    if "：" not in head and ":" not in head:
        return [text]
    colon = min(i for i in (text.find("："), text.find(":")) if i >= 0)
    if colon + 1 < len(text) and is_salutation(text[: colon + 1]):
        return [text[: colon + 1], text[colon + 1 :].lstrip(SPACES)]
    return [text]


_TRAILING_ASIDE = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def is_sentence_end(text: str) -> bool:
    """Whether ``text`` ends a sentence (。！？；…： possibly followed by closing quotes, or by
    an aside such as （大笑） / （掌声）)."""
    if not text:
        return False
    last = text[-1]
    if last in SENTENCE_END:
        return True  # the common case, decided without the checks below
    if last in "）)" and (aside := _TRAILING_ASIDE.search(text)) and aside.start() > 0:
        if text[aside.start() - 1] in SENTENCE_END:
            return True
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return False
    return stripped[-1] in SENTENCE_END


def is_noise_text(text: str) -> bool:
    """Whether a line reads as noise by itself (ads, links, page numbers, notes, markup,
    navigation, separators), before any file-level rule (repeated headers) is applied."""
    if _NAVIGATION.match(text) or (
        len(text) < 400 and text[:1] in _NOTE_STARTS and _NOTE.match(text)
    ):
        return True
    if len(text) <= 12 and _SEPARATOR.match(text):
        return True
    first = text[:1]
    if first == "<" and _MARKUP.match(text):
        return True  # (tags only, however long the line: <U+00A0><U+00A0>…)
    if len(text) > 120:
        return False  # a long line is text (the checks below are for short lines)
    if (first in _MARKUP_STARTS and _MARKUP.match(text)) or (
        (first in _PAGE_NUMBER_STARTS or first.isspace() or first.isdecimal())
        and _PAGE_NUMBER.match(text)
    ):
        return True
    # Web page tails, and ads in a line of up to 80 characters: one search for both.
    if (_WEB_TAIL_OR_AD if len(text) <= 80 else _WEB_TAIL).search(text):
        return True
    return _strip_junk(text) == "" or (len(text) > 6 and not _HAS_WORD.search(text))


_HEADER_MAX = 16
"""The longest running page header."""
_ENDS_AND_CLOSERS = SENTENCE_END + CLOSERS


def _is_header_candidate(text: str) -> bool:
    """A short line with no punctuation that could be a running page header."""
    if len(text) > _HEADER_MAX or text[-1:] in _ENDS_AND_CLOSERS:
        return False
    return match_marker(text) is None


def mark_noise(segments: list[Segment], protected: set[int]) -> None:
    """Mark noise segments in place. ``protected`` holds indexes never to mark (titles…).

    Noise: advertising and links, page numbers, notes like （说明：…）, markup lines, web
    navigation, short lines repeated on several pages (running headers), and the short
    unpunctuated lines left after the last sentence of the file (web page chrome).
    """
    # The header key (text without spaces) of every header candidate, None for the others.
    # (The length is tested here first: most lines are longer than any header.)
    header_keys = [
        seg.text.replace(" ", "")
        if len(seg.text) <= _HEADER_MAX and _is_header_candidate(seg.text)
        else None
        for seg in segments
    ]
    counts = Counter(key for key in header_keys if key is not None)
    protected = protected | _numbered_sections(segments)
    for index, seg in enumerate(segments):
        if index in protected:
            continue
        if is_noise_text(seg.text):
            seg.noise = True
        elif (key := header_keys[index]) is not None and counts[key] >= 2:
            seg.noise = True
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
            if match_marker(seg.text) is not None:
                break
            previous = content[position - 1].text if position > 0 else "。"
            if not is_sentence_end(previous) and len(previous) > 20:
                break
            seg.noise = True
            continue
        break


_BARE_NUMBER = re.compile(r"^[0-9０-９]{1,2}$")


def _numbered_sections(segments: list[Segment]) -> set[int]:
    """Lines holding a bare number that are section numbers, not page numbers: 1, 2, 3…
    in order from 1 (or 01, 02…), each after a finished sentence (or markup such as a code
    fence) and before text. A PDF's page numbers fall in the middle of sentences."""
    found = [i for i, seg in enumerate(segments) if _BARE_NUMBER.match(seg.text)]
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
    return set(found)


_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


def mark_front_block_noise(segments: list[Segment], first_speech: int) -> None:
    """Before the first speech, a block (between blank lines) holding an ad line is all noise."""
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


def _flush_block(block: list[Segment]) -> None:
    if any(seg.noise and _AD_WORDS.search(seg.text) for seg in block):
        for seg in block:
            seg.noise = True


# --- back matter ---------------------------------------------------------------------------

# 〔1〕见本书第一卷… / [2] 同上。 / ［3］: a numbered note.
_FOOTNOTE = re.compile(r"^[\[〔［]\s*[0-9０-９]{1,3}\s*[\]〕］]")
# 来源：新华社 / 原载《人民日报》 / 根据录音整理 / 报送：… / 抄送：…
_SOURCE_LINE = re.compile(
    r"^(?:(?:来源|资料来源|本文来源|文章来源|稿件来源|出处|转载自|转自|原载|报送|主送|抄送|抄报|分送|发送|"
    r"印发|责任编辑|编辑|审核|校对)\s*[：:]"
    r"|[（(]?\s*(?:原载|原文载|本文原载|载于|刊于)[《“于]"
    r"|[（(]\s*(?:文字|记录|录音)?整理(?:人)?\s*[：:]"
    r"|[（(]?\s*(?:根据|据)[^。！？]{1,40}(?:整理|刊印|编入|校订)[^。！？]{0,20}[）)]?[。.]?$)"
)
# 网友评论 / 发表评论 / 评论（12） / 精选留言: readers' comments follow.
_COMMENTS_HEAD = re.compile(
    r"^[【\[]?(?:网友评论|读者评论|相关评论|热门评论|最新评论|精彩评论|全部评论|发表评论|我要评论|评论区|"
    r"评论|网友留言|精选留言|留言|读者留言|回复)[】\]]?\s*[（(]?\s*\d*\s*[)）]?\s*[：:]?$"
)
# 张三 2019-05-06 12:30：写得好 / 网友 2019年5月6日: — a comment: a name, a date, a colon.
_COMMENT_LINE = re.compile(
    r"^[^\s：:。，,！？0-9]{1,24}\s*(?:[（(]\s*)?(?:\d{4}\s*[-/年.]\s*\d{1,2}\s*[-/月.]\s*\d{1,2}\s*日?"
    r"|\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]?\s*[：:]"
    r"|^回复\s*\S{0,20}\s*\d+\s*[#楼]"
)


# 张三 2019-05-06 12:30：… / 张三 发表于 2019-5-6 12:30 / 3# / 5楼 / 沙发: a forum reply —
# what follows it is readers' comments.
_REPLY = re.compile(
    r"^[^\s：:。，,！？0-9]{1,24}\s*(?:发表于\s*)?\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*(?:[：:]|$)"
    r"|^(?:\d{1,4}\s*[#楼]|沙发|板凳|地板)(?:\s|[：:]|$)"
)


def is_back_matter_head(text: str) -> bool:
    """A line after which the rest of a speech is back matter: 注释, 网友评论, a footnote, a
    forum reply."""
    if text[:1] in "[〔［":
        return _FOOTNOTE.match(text) is not None
    if len(text) <= 16 and (
        _NOTES_HEAD.match(text) is not None or _COMMENTS_HEAD.match(text) is not None
    ):
        return True
    if len(text) > 300:
        return False
    head = text[:30]
    # (A reply line holds a year or starts with its floor number: most lines have neither.)
    if "20" not in head and "19" not in head and not (head[:1].isdigit() or head[:1] in "沙板地"):
        return False
    return _REPLY.match(text) is not None


def is_back_matter_line(text: str) -> bool:
    """A line that is back matter by itself: a source, routing or comment line."""
    if len(text) > 200:
        return False
    head = text[:40]
    if "：" not in head and ":" not in head and "整理" not in text and "载" not in text[:8] and (
        "刊于" not in text[:8]
    ):
        return False  # (every such line has one of these: most lines are decided here)
    return _SOURCE_LINE.match(text) is not None or _COMMENT_LINE.match(text) is not None


_SECTION_FAMILIES = frozenset({"cn-dun", "paren-cn", "cn-space", "di", "di-unit", "part", "shi", "yao"})


def _speech_goes_on(text: str) -> bool:
    """A line that belongs to a speech, not to notes or comments: a section heading."""
    marker = match_marker(text) if text[:1] in _MARKER_STARTS else None
    return marker is not None and marker.family in _SECTION_FAMILIES


_MARKER_STARTS = frozenset("一二三四五六七八九十（(【第")


def _hidden_back_matter(text: str) -> bool:
    """Back matter that the noise rules hid: a source line (web chrome at a page's top) or a
    notes head repeated under every piece of a collection (注　释, a running header)."""
    return _SOURCE_LINE.match(text) is not None or (
        len(text) <= 10 and _NOTES_HEAD.match(text) is not None
    )


def mark_back_matter(segments: list[Segment], framed: set[int]) -> None:
    """Mark back matter in place: what follows a speech's text but is not part of it.

    ``framed`` holds the indexes of title and salutation lines: back matter runs from its
    first line to the next of them (the next speech) or the end of the file. It starts at
    a notes or comments head (注释 / 网友评论) or a footnote ([1] …) once the speech has text,
    and a source, routing or comment line (来源：/ 原载… / 抄送：/ 张三 2019-05-06：) is back
    matter where it stands, with the short lines after it. Only the end of a speech is
    looked at: a head followed by long prose that goes on to the next speech is not back
    matter (注：… in the middle of a report).
    """
    count = len(segments)
    body_seen = False
    index = 0
    while index < count:
        seg = segments[index]
        if index in framed:
            body_seen = False
            index += 1
            continue
        if seg.noise and not (body_seen and _hidden_back_matter(seg.text)):
            index += 1
            continue
        text = seg.text
        if not body_seen:
            body_seen = len(text) > 30 and not is_back_matter_line(text)
            index += 1
            continue
        if len(text) > 300 and text[:1] not in "[〔［":
            index += 1  # a paragraph of text (every back matter line but a note is shorter)
            continue
        head = is_back_matter_head(text)
        line = not head and is_back_matter_line(text)
        if not (head or line):
            index += 1
            continue
        end = index + 1
        while end < count and end not in framed:
            end += 1
        block = [s for s in segments[index:end] if not s.noise]
        if head and _FOOTNOTE.match(text) and not all(
            _FOOTNOTE.match(s.text) or (len(s.text) <= 200 and match_marker(s.text) is None)
            for s in block
        ):
            index += 1  # [1] at the start of prose that goes on: not a note list
            continue
        if head and not _FOOTNOTE.match(text) and any(_speech_goes_on(s.text) for s in block[1:]):
            seg.back, seg.noise = True, False  # 注： in the middle, the speech goes on
            index += 1
            continue
        if line and not all(
            is_back_matter_line(s.text) or is_back_matter_head(s.text) or len(s.text) <= 60
            for s in block[1:]
        ):
            seg.back, seg.noise = True, False  # 来源：… in the middle, the speech goes on
            index += 1
            continue
        for s in segments[index:end]:
            if not s.noise or _hidden_back_matter(s.text):
                s.back, s.noise = True, False  # (来源：… is web chrome at the top only)
        index = end
