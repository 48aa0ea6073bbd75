"""From decoded text to cleaned source segments: indentation and prefixes stripped, noise marked.

A *segment* is a piece of one source line: usually the whole line, but a line that holds
several paragraphs (separated by U+2028, by 　　, or — in a text with no line breaks at
all — by nothing before a numbered heading) gives several segments with the same line
number. Nothing is deleted: noise segments are kept and marked.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tui.engine.markers import match_marker

# Indentation and stray spacing at a line's start/end: ASCII and full-width spaces, tabs,
# NBSP, EN/EM and the other U+200x spaces, ideographic space, BOM, zero-width space.
SPACES = " \t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f\u3000\ufeff\x0b\x0c"
_LEADING = re.compile(
    rf"^[{SPACES}]*(?:(?:>|＞|#{{1,6}}(?!#)|[-*+•](?=[{SPACES}]+[^0-9{SPACES}]))[{SPACES}]*)*"
)
# Markdown emphasis copied from web pages: **一、坚持问题导向**.
_EMPHASIS = re.compile(r"\*\*|__")
# Several paragraphs on one line: U+2028/U+2029, or a run of two or more ideographic spaces
# (the paragraph indent of a text that lost its line breaks).
_INNER_BREAK = re.compile("[\u2028\u2029]+|(?<=[^\u3000 ])[ ]?\u3000{2,}")
# A paragraph longer than this with no break inside is a text that lost its line breaks:
# it is cut before numbered L1/L2 headings that follow a sentence end.
LONG_SEGMENT = 1500
_GLUED_HEADING = re.compile(
    r"(?<=[。！？!?：:”」])[\u3000 ]*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])"
)

SENTENCE_END = "。！？!?；;…：:"
CLOSERS = "”’」』）)》】〕"

_AD_WORDS = re.compile(
    r"仅供学习|禁止外传|会员|[Qq][Qq]群|微信群|微信号|公众号|扫码|二维码|倒卖|免费赠送|免费领取|"
    r"版权所有|侵删|侵权必究|淘宝|资料下载|更多资料|关注我们|点击阅读|阅读原文|"
    r"https?://|www\.|\.com\b|\.cn\b"
)
_TITLE_WORDS = re.compile(r"讲话|合集|汇编|文集|选编|报告|讲稿|致辞|发言")
_NOTE = re.compile(r"^[（(【\[]\s*(?:说明|注|编者按|编者注|编辑|来源|导\s*读)\s*[：:】\]]")
_PAGE_NUMBER = re.compile(
    r"^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d+\s*页(?:\s*[/，,]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+)$"
)
_MARKUP = re.compile(r"^(?:<[^>]*>\s*)+$|^!\[[^\]]*\]\([^)]*\)$|^(?:-{3,}|\*{3,}|={3,}|_{3,})$")
_NAVIGATION = re.compile(
    r"^(?:上一篇|下一篇|返回顶部|返回首页|打印本页|关闭窗口|分享到|责任编辑|【字体|字号[:：]|"
    r"来源[:：]|首页\s*[>＞»])"
)


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


def _clean(raw: str) -> tuple[str, bool]:
    match = _LEADING.match(raw)
    assert match is not None
    prefix = match.group()
    indented = any(ch in prefix for ch in "\u3000\t") or prefix.count(" ") >= 2 or (
        prefix.rstrip(SPACES).endswith((">", "＞", "#")) and prefix[-1:] in SPACES
    )
    text = raw[match.end() :].rstrip(SPACES)
    if ("**" in text or "__" in text) and len(_EMPHASIS.findall(text)) % 2 == 0:
        text = _EMPHASIS.sub("", text).strip(SPACES)
    return text, indented


def _split_long(text: str) -> list[str]:
    if len(text) <= LONG_SEGMENT:
        return [text]
    pieces: list[str] = []
    start = 0
    for match in _GLUED_HEADING.finditer(text):
        cut = match.end()
        marker = match_marker(text[cut:])
        if marker is None or marker.family not in ("cn-dun", "paren-cn") or cut == start:
            continue
        pieces.append(text[start : match.start()])
        start = cut
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


def segment_lines(text: str) -> list[Segment]:
    """Split LF-normalised ``text`` into cleaned segments, blank lines left out."""
    segments: list[Segment] = []
    append = segments.append
    for number, raw in enumerate(text.split("\n"), 1):
        if not raw or raw.isspace():
            continue
        if "\u2028" in raw or "\u2029" in raw or "\u3000\u3000" in raw.lstrip(SPACES):
            parts = _INNER_BREAK.split(raw)
        else:
            parts = [raw]
        first = True
        for part in parts:
            cleaned, indented = _clean(part)
            if not cleaned:
                continue
            for piece in _split_long(cleaned):
                append(Segment(number, piece, indented or not first))
                first = False
    return segments


def is_sentence_end(text: str) -> bool:
    """Whether ``text`` ends a sentence (。！？；…： possibly followed by closing quotes)."""
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return False
    return stripped[-1] in SENTENCE_END


def _is_noise_line(text: str) -> bool:
    if _MARKUP.match(text) or _PAGE_NUMBER.match(text) or _NAVIGATION.match(text):
        return True
    if _NOTE.match(text) and (len(text) < 400):
        return True
    return len(text) <= 80 and _AD_WORDS.search(text) is not None


def _is_header_candidate(text: str) -> bool:
    """A short line with no punctuation that could be a running page header."""
    if len(text) > 16 or text[-1:] in SENTENCE_END + "!！" + CLOSERS:
        return False
    return match_marker(text) is None


def mark_noise(segments: list[Segment], protected: set[int]) -> None:
    """Mark noise segments in place. ``protected`` holds indexes never to mark (titles…).

    Noise: advertising and links, page numbers, notes like （说明：…）, markup lines, web
    navigation, short lines repeated on several pages (running headers), and the short
    unpunctuated lines left after the last sentence of the file (web page chrome).
    """
    counts = Counter(
        seg.text.replace(" ", "") for seg in segments if _is_header_candidate(seg.text)
    )
    for index, seg in enumerate(segments):
        if index in protected:
            continue
        if _is_noise_line(seg.text):
            seg.noise = True
        elif _is_header_candidate(seg.text) and counts[seg.text.replace(" ", "")] >= 2:
            seg.noise = True
    # Very short unpunctuated lines wedged between noise lines (干部读书 between two running
    # headers) are part of the same block; a collection's own title is not.
    for index, seg in enumerate(segments):
        if seg.noise or index in protected or not _is_header_candidate(seg.text):
            continue
        if len(seg.text) > 8 or _TITLE_WORDS.search(seg.text):
            continue
        before = segments[index - 1].noise if index > 0 else True
        after = segments[index + 1].noise if index + 1 < len(segments) else True
        if before and after and (index > 0 and index + 1 < len(segments)):
            seg.noise = True
    # Trailing web page chrome: short, unpunctuated lines after the last sentence.
    for seg in reversed(segments):
        if seg.noise:
            continue
        if len(seg.text) <= 20 and not is_sentence_end(seg.text) and seg.text[-1:] not in "!！":
            if match_marker(seg.text) is not None:
                break
            seg.noise = True
            continue
        break


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
