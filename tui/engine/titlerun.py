"""A one-line text's title block run into its first words, cut back into its lines.

A text that lost its line breaks (a PDF's run of spaces given back as one space, or none)
glues its title block to the speech's first words: the title, its date in brackets, its
——subtitle, the speaker's post and name, a web page's tool bar and metadata, the salutation
(在…上的讲话（2018年1月5日）张三 同志们：今天… / 政府工作报告——2018年3月5日在…会议上国务院总理
李克强 各位代表：…). The passes here, called in turn by ``lines.segment_lines`` on a one-line
text's segments, cut such a block into segments of its own, as on its lines — at the text's
start (``title_block_at_start``, ``title_before_space_at_start``, ``dashed_block_at_start``,
``title_lines_at_spaces``, ``speaker_after_title``) or between one speech and the next
(``split_glued_title_blocks``); ``split_salutation`` cuts a salutation off its body on any
line. Which words are a title, a date, a speaker or a salutation is ``framing``'s to say, and
which segment opens a speech is ``roles``' and ``speeches``': this module only cuts. Moved out
of ``lines`` as it was (split109).
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from tui.base import patterns
from tui.engine.addresslines import is_salutation, is_speaker_line, run_on_speaker_parts
from tui.engine.framing import (
    is_date_line,
    is_metadata_line,
    is_subtitle,
    is_title,
    is_title_with_subtitle,
    is_weak_title,
)
from tui.engine.markers import match_marker
from tui.engine.segment import SPACES, Segment

_TITLE_COLON = patterns.compile("[：:]")
_GLUED_TITLE_MAX = 60
"""The longest title looked for before a salutation glued into a one-line text."""
_GLUED_SALUTATION_MAX = 20
_GLUED_ADDRESS_MAX = 32
"""The longest salutation looked for under a weak title between two speeches (各位友邦元首、使節及
代表團、各位貴賓、親愛的國人同胞：, after 2004 陳水扁總統就職演說)."""
_SENTENCE_OPENERS = frozenset("这這那此我你他她它其该該")
"""What a title does not open with: the words of a sentence (这次的演讲…)."""


# 在…上的讲话（2018年1月5日）张三: a title, the date line in brackets and a speaker's name, glued
# as a one-line text glues its title block (the date in the brackets as ``is_date_line`` reads it).
_GLUED_DATE = patterns.compile(
    r"[（(]\s*(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})\s*年[^（）()。！？]{1,60}[）)]"
)

# …的讲话（2018年1月5日）告诫同志们：: words of a sentence that addresses the hearers, not a name.
_ADDRESSING = patterns.compile("[对向给和跟与要请望]|指出|强调|告诫|提醒|号召|勉励|嘱咐|寄语")


def _glued_title_block(text: str) -> list[str]:
    """The lines of a title block glued into one run of a one-line text, or [] when ``text`` is
    no title block: a title alone (在…上的讲话), or a title, its date in brackets and, after the
    date, the speaker's name (在…上的讲话（2018年1月5日）张三) — the title up to
    ``_GLUED_TITLE_MAX`` characters; also a title with its ——subtitle and speaker
    (``_dashed_title_block``), at the text's start or after a sentence end (the second report
    of a collection joined into one line, oneline105)."""
    date = _GLUED_DATE.search(text, 4)
    if date is not None and date.start() <= _GLUED_TITLE_MAX and is_date_line(date.group()):
        title, speaker = text[: date.start()].rstrip(SPACES), text[date.end() :].strip(SPACES)
        if (is_title(title) or is_title_with_subtitle(title)) and (
            not speaker
            or (is_speaker_line(speaker, placed=True) and _ADDRESSING.search(speaker) is None)
        ):
            return [title, date.group()] + ([speaker] if speaker else [])
    if len(text) <= _GLUED_TITLE_MAX and is_title(text):
        return [text]
    return _dashed_title_block(text) or _glued_page_block(text)


def _dashed_title_block(text: str) -> list[str]:
    """The lines of a title block with a ——subtitle glued into one run of a one-line text,
    or []: the title (words with no punctuation; at a space between two Chinese characters
    — a lost line break — its lines: 2019年政府工作报告 为建设美丽乡村而奋斗), the subtitle
    (——2019年3月5日在…会议上) and, run into its end, the speaker (县长 张某某, a post and a name:
    ``addresslines.run_on_speaker``) — 为建设美丽乡村而奋斗 ——2019年3月5日在…会议上 县长 张某某."""
    dash = text.find("——", 2)
    if dash < 0 or dash > _GLUED_TITLE_MAX:
        return []
    title = text[:dash].strip(SPACES)
    if not title or _TITLE_WORDS_STOP.search(title) is not None:
        return []
    subtitle, speaker = run_on_speaker_parts(text[dash:]) or (text[dash:].strip(SPACES), "")
    if not is_subtitle(subtitle):
        return []
    return [*_TITLE_LINE_GAP.split(title), subtitle] + ([speaker] if speaker else [])


# 下载打印全屏收藏【字号：加大还原减小】: a web page's tool bar glued before its title; 来源：西藏日报 /
# 时间：2026-02-12: the page's metadata glued after it (a date last, then the speaker's name).
_GLUED_TOOLBAR = patterns.compile(
    r"[^。！？!?；;，,：:【】]{0,20}【(?:字号|字体)[：:][^】。！？]{0,20}】"
)
_GLUED_METADATA = patterns.compile(
    r"(?:来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|浏览次数)\s*[：:]"
)
_METADATA_DATE = patterns.compile(
    r"\s*[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}日?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?"
)


def _glued_page_block(text: str) -> list[str]:
    """The lines of a web page's title block glued into one run of a one-line text before
    the salutation, or []: the page's tool bar (``_GLUED_TOOLBAR``, optional), the title
    (with its ——subtitle, or a title that names the speech without 在…: a salutation
    follows), then one or more metadata fields (来源：…, 时间：…) and, after a date that ends
    the last field, the speaker's name — 下载打印全屏收藏【字号：加大还原减小】2026年某某省政府工作报告——
    2026年1月20日在…会议上来源：某某日报时间：2026-02-12省长 张三."""
    toolbar = _GLUED_TOOLBAR.match(text)
    rest = text[toolbar.end() :] if toolbar is not None else text
    fields = [found.start() for found in _GLUED_METADATA.finditer(rest)]
    if not fields:
        return []
    title = rest[: fields[0]].strip(SPACES)
    if not (
        len(title) <= _GLUED_TITLE_MAX
        and (is_title(title) or is_title_with_subtitle(title) or is_weak_title(title))
    ):
        return []
    lines = [toolbar.group()] if toolbar is not None else []
    dash = title.find("——", 2)
    if dash > 0 and not is_title(title) and is_title_with_subtitle(title):
        lines.extend([title[:dash].rstrip(SPACES), title[dash:]])  # (as on two lines)
    else:
        lines.append(title)
    for start, end in pairwise([*fields, len(rest)]):
        field = rest[start:end].strip(SPACES)
        if end == len(rest):
            label = _GLUED_METADATA.match(field)
            date = _METADATA_DATE.match(field, label.end()) if label is not None else None
            if date is not None and date.end() < len(field):
                speaker = field[date.end() :].strip(SPACES)
                if not is_speaker_line(speaker, placed=True):
                    return []
                field = field[: date.end()]
                lines.extend([field, speaker])
                break
        if not is_metadata_line(field):
            return []
        lines.append(field)
    return lines


_BARE_TITLE = patterns.compile(r"[^，,。！？!?；;：:]{2,60}")
_SPEAKER_BEFORE_SPACE = patterns.compile(r"([\u4e00-\u9fff]{2,4})[ \u3000]+")
# 叶　剑　英 决定…: a name set with spaces between its characters (as on a title page), then the
# space a line break became.
_SPACED_SPEAKER = patterns.compile(r"((?:[\u4e00-\u9fff]\u3000+){1,3}[\u4e00-\u9fff]) +")


def title_block_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text whose first piece opens with its title block run into its first words
    (a PDF gives back the runs of spaces between them as one space, or none where its line
    broke): 经济形势与经验教训①（一九八○年十二月十六日） 陈云 一、“资金…” /
    中共中央关于…的指示（一九三六年九月一日）（一） 目前…: a title with no sentence mark, a date in
    brackets right after it, and a name of two to four characters set off by a space, are
    cut off the text that follows them."""
    if not segments:
        return segments
    first = segments[0]
    text = first.text
    date = _GLUED_DATE.search(text, 2, _GLUED_TITLE_MAX + 40)
    if date is None or not is_date_line(date.group()):
        return segments
    title = text[: date.start()].strip(SPACES)
    if _BARE_TITLE.fullmatch(title) is None:
        return segments
    rest = text[date.end() :].lstrip(SPACES)
    if not rest:
        return segments
    pieces = [title, date.group()]
    # (在中国公学之演说 （１９２０年３月２０日） 梁任公先生…: the line break after the date became a
    # space, so a sentence may follow it — when the words before the date are a title, or a
    # speaker's name follows the date)
    spaced = text[date.end() : date.end() + 1] == " "
    speaker = _SPEAKER_BEFORE_SPACE.match(rest) or (_SPACED_SPEAKER.match(rest) if spaced else None)
    named = speaker is not None and is_speaker_line(speaker.group(1), placed=True)
    sentence = spaced and (named or is_title(title) or is_weak_title(title))
    if speaker is not None and named:
        following = rest[speaker.end() :]
        if sentence or match_marker(following) is not None:  # (陈云 一、…: the name, a heading)
            pieces.append(speaker.group(1))
            rest = following
    if not sentence and match_marker(rest) is None:
        return segments  # (…（一九八○年）的经济形势，…: a sentence goes on after the date)
    out = [
        replace(first, text=pieces[0]),
        *(Segment(first.line, piece, True) for piece in pieces[1:]),
    ]
    after = split_salutation(rest) if sentence else [rest]  # (江　泽　民 同志们，朋友们：今天…)
    out.extend(Segment(first.line, piece, True, glued=len(after) > 1) for piece in after)
    return out + segments[1:]


def split_glued_title_blocks(segments: list[Segment]) -> list[Segment]:
    """In a one-line text, cut out a speech's title and salutation glued between the text
    before them and the speech's first words (…谢谢大家！在全市安全生产会议上的讲话同志们：今天…,
    also at the text's start): the title and the salutation become segments of their own, so
    the title opens a speech as it does on a line of its own."""
    out: list[Segment] = []
    for seg in segments:
        text, start = seg.text, 0
        if "：" not in text and ":" not in text:
            out.append(seg)
            continue
        for colon in _TITLE_COLON.finditer(text):
            end = colon.end()
            stop = max(text.rfind(mark, 0, colon.start()) for mark in "。！？!?")
            begin = max(stop + 1, start)
            block: list[str] = []
            cut = next(
                (
                    at
                    for at in range(max(begin + 2, end - _GLUED_SALUTATION_MAX), end - 2)
                    if is_salutation(text[at:end]) and (block := _glued_title_block(text[begin:at]))
                ),
                0,
            )
            listed = text.rfind("、", begin, end)  # (a salutation listing those addressed)
            if not cut and listed > 0 and text[begin : begin + 1] not in _SENTENCE_OPENERS:
                # …健康愉快！2004 陳水扁總統就職演說各位友邦元首、…同胞：: a title naming the speech
                # (no 在…) over a longer salutation, after a finished speech or at the start
                cut = next(
                    (
                        at
                        for at in range(max(begin + 4, end - _GLUED_ADDRESS_MAX), listed)
                        if is_weak_title(text[begin:at].strip(SPACES))
                        and is_salutation(text[at:end])
                    ),
                    0,
                )
                block = [text[begin:cut].strip(SPACES)] if cut else []
            if not cut:
                continue
            if text[start:begin].strip(SPACES):
                out.append(
                    replace(
                        seg, text=text[start:begin].rstrip(SPACES), glued=seg.glued and not start
                    )
                )
            out.extend(Segment(seg.line, piece, True) for piece in block)
            out.append(Segment(seg.line, text[cut:end], True, glued=True))
            start = end
        if start == 0:
            out.append(seg)
        elif text[start:].strip(SPACES):
            out.append(Segment(seg.line, text[start:].lstrip(SPACES), True, glued=True))
    return out


_SPEAKER_REACH = 24
"""The longest speaker's line looked for at the start of the segment after a title."""
_TITLE_BLOCK_REACH = 12
"""The first segments of a one-line text looked at for a title followed by a speaker's line."""
_SPEAKER_GAP = patterns.compile(f"[{SPACES}]+")
_EXCLAIMED = "！!"


def _closes_title_block(text: str) -> bool:
    """Whether ``text`` ends a title block: a title (with its ——subtitle), or words ending
    with a ——subtitle (1990年政府工作报告 为我国…而奋斗 ——１９９０年３月２０日在…会议上)."""
    if is_title(text) or is_title_with_subtitle(text) or is_weak_title(text):
        return True
    dash = text.rfind("——")
    return dash >= 0 and is_subtitle(text[dash:])


def _speaker_cut(text: str) -> list[str]:
    """国务院总理李鹏 各位代表： 本届政府… → [speaker, salutation, rest]; [] when ``text`` does not
    open with a speaker's line (a post and a name: ``is_speaker_line``) and a salutation right
    after it — set off by a space (the longest speaker's line before one: 国务院总理 李克强), or
    glued (国务院总理李鹏各位代表：…, a salutation ending with its colon). A salutation exclaimed
    (各位代表！) is one here too, after a space."""
    cuts = [
        (found.start(), found.end())
        for found in _SPEAKER_GAP.finditer(text, 2, _SPEAKER_REACH + 1)
        if is_speaker_line(text[: found.start()])
    ]
    for start, end in reversed(cuts):
        rest = text[end:]
        pieces = split_salutation(rest)
        if len(pieces) == 1:
            mark = min((rest.find(ch) for ch in _EXCLAIMED if 0 < rest.find(ch) < 20), default=-1)
            if mark > 0 and is_salutation(rest[:mark] + "："):
                pieces = [rest[: mark + 1], rest[mark + 1 :].lstrip(SPACES)]
        if len(pieces) == 2:
            return [text[:start], *pieces]
    head = text[: _SPEAKER_REACH + 20]
    if "：" not in head and ":" not in head:
        return []
    for at in range(2, min(len(text), _SPEAKER_REACH)):
        if is_speaker_line(text[:at]) and len(pieces := split_salutation(text[at:])) == 2:
            return [text[:at], *pieces]
    return []


_TITLE_LINE_GAP = patterns.compile(rf"(?<=[\u4e00-\u9fff])[{SPACES}]+(?=[\u4e00-\u9fff])")
"""A space between two Chinese characters of a title block: a lost line break."""
_TITLE_WORDS_STOP = patterns.compile("[，,。！？!?；;：:、]")


def title_lines_at_spaces(segments: list[Segment]) -> list[Segment]:
    """In a one-line text whose line breaks became spaces, a title block run into one segment
    and ending with its ——subtitle (1990年政府工作报告 为我国政治经济和社会的进一步稳定发展而奋斗
    ——１９９０年３月２０日在…会议上) cut back into its lines at those spaces: before the dash, and
    between two Chinese characters of the words before it (no space inside a number, 1 9 9 8 年).
    Only where the words before the dash hold no punctuation (a title's, not a sentence's), in
    the first ``_TITLE_BLOCK_REACH`` segments."""
    for index in range(min(len(segments), _TITLE_BLOCK_REACH)):
        seg = segments[index]
        text = seg.text
        dash = text.rfind("——")
        if (
            dash < 2
            or seg.noise
            or text[dash - 1] not in SPACES
            or dash > _GLUED_TITLE_MAX + 40
            or _TITLE_WORDS_STOP.search(text, 0, dash) is not None
            or not is_subtitle(text[dash:])
        ):
            continue
        lines = [*_TITLE_LINE_GAP.split(text[:dash].rstrip(SPACES)), text[dash:]]
        return (
            segments[:index]
            + [replace(seg, text=lines[0])]
            + [Segment(seg.line, line, True) for line in lines[1:]]
            + segments[index + 1 :]
        )
    return segments


def dashed_block_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text (its line breaks become spaces) opening with a title, its ——subtitle and
    the speaker run into it, then a space and anything but a salutation (a photo's caption:
    政府工作报告——2018年3月5日在…会议上国务院总理 李克强 3月5日，…开幕。…摄 各位代表：…): the
    block (``_dashed_title_block``, up to the last space that ends one) cut off the words after
    it, as on its lines."""
    if not segments:
        return segments
    first = segments[0]
    text = first.text
    dash = text.find("——", 2)
    if dash < 0 or dash > _GLUED_TITLE_MAX:
        return segments
    block: list[str] = []
    end = 0
    for gap in _SPEAKER_GAP.finditer(text, dash, dash + _GLUED_TITLE_MAX + _SPEAKER_REACH):
        if lines := _dashed_title_block(text[: gap.start()]):
            block, end = lines, gap.end()
    if not block:
        return segments
    return [
        replace(first, text=block[0]),
        *(Segment(first.line, line, True) for line in block[1:]),
        Segment(first.line, text[end:], True),
        *segments[1:],
    ]


_CHAPTER_TITLE = patterns.compile(
    rf"第[0-9０-９一二三四五六七八九十百零〇]{{1,5}}章[{SPACES}]+[^{SPACES}，,。！？!?；;：:]{{1,30}}"
    rf"(?=[{SPACES}]+[^{SPACES}])"
)
"""第238章 娜拉走后怎样, then a space: a web novel site's chapter line over a collected piece."""


def title_before_space_at_start(segments: list[Segment]) -> list[Segment]:
    """A one-line text (its line breaks become spaces) opening with its title, a space, then
    the first words (在2016年1月15日小米公司年会上的讲话 各位小米的同学们， 大家好！…): the title
    (``is_title``: 在…上的讲话, …的演讲, no punctuation; up to ``_GLUED_TITLE_MAX`` characters)
    cut off them, as on its line; so is a chapter's title line (第238章 娜拉走后怎样 本篇…:
    ``_CHAPTER_TITLE``)."""
    if not segments:
        return segments
    first = segments[0]
    chapter = _CHAPTER_TITLE.match(first.text)
    if chapter is not None:  # (第238章 娜拉走后怎样 本篇最初发表于…: a chapter's title line)
        return [
            replace(first, text=chapter.group()),
            Segment(first.line, first.text[chapter.end() :].lstrip(SPACES), True),
            *segments[1:],
        ]
    gap = _SPEAKER_GAP.search(first.text, 2, _GLUED_TITLE_MAX + 1)
    if gap is None or gap.end() >= len(first.text):
        return segments
    title = first.text[: gap.start()]
    if _TITLE_WORDS_STOP.search(title) is not None or not is_title(title):
        return segments
    return [
        replace(first, text=title),
        Segment(first.line, first.text[gap.end() :], True),
        *segments[1:],
    ]


def speaker_after_title(segments: list[Segment]) -> list[Segment]:
    """In a one-line text, the speaker's line and the salutation run into the first words after
    the title block (1998年政府工作报告 ——1 9 9 8 年3 月5 日在…会议上 | 国务院总理李鹏 各位代表：
    本届政府…, or with no spaces: 国务院总理李鹏各位代表：…) cut off them: the name, the salutation
    and the speech's first words are segments of their own, as on their lines. Only in the first
    ``_TITLE_BLOCK_REACH`` segments, right after a segment that ends a title block
    (``_closes_title_block``)."""
    for index in range(1, min(len(segments), _TITLE_BLOCK_REACH)):
        seg = segments[index]
        if seg.noise or not _closes_title_block(segments[index - 1].text):
            continue
        pieces = _speaker_cut(seg.text)
        if pieces:
            speaker, salutation, rest = pieces
            cut = [
                replace(seg, text=speaker.rstrip(SPACES)),
                Segment(seg.line, salutation, True, glued=True),
            ]
            if rest.strip(SPACES):
                cut.append(Segment(seg.line, rest, True, glued=True))
            return segments[:index] + cut + segments[index + 1 :]
    return segments


_HEADER_REACH = 800
"""How far into a one-line text a salutation glued into its page header is looked for."""
_ADDRESSED_IN_SENTENCE = frozenset("，,、请請向对對给給让讓供敬跟和与與同为為")
"""What stands before words of address inside a sentence (敬請各位委員參考：, 向各位委員報告…：,
a list of addressees going on after a comma): no salutation opening a speech."""
_ADDRESS_WORDS = (
    *("各位", "诸位", "諸位", "诸君", "主席", "们", "們", "尊敬", "亲爱", "親愛", "大家"),
    *("朋友", "同学", "同志", "同仁", "同事", "校友", "来宾", "嘉宾", "老师"),
)
"""What every salutation ``addresslines.is_salutation`` takes holds (各位代表：, 同志们：, 尊敬的…：, a
list closed by 大家好： or by a group, 同事：): a colon with none of them before it is no
salutation's, tested before the positions are tried."""
_ADDRESSED_ALREADY = ("各位", "诸位", "諸位", "同志们", "同志們")
"""Words of address in the header before a glued salutation: the speech opened there already
(徐部長國勇：主席、各位委員。…供各位委員參考：), and its words of address later are a sentence's."""


def salutation_in_header(segments: list[Segment]) -> list[Segment]:
    """In a one-line text whose first words are a page's header run together (下载打印全屏…
    2026年…政府工作报告——…会议上来源：…时间：…主席包钢作政府工作报告。本报记者 韩卿立 摄各位代表：
    现在，我代表…), the first salutation ending with its colon, glued within the first
    ``_HEADER_REACH`` characters of the first segment after words that end no clause, cut off
    them and off the speech's first words: the salutation opens the speech as on its line,
    whatever the header before it is. Only in the first segment: a header on lines of its own
    (标题: … / 发布时间: … over the text's one line, or a one-line text wrapped again) keeps its
    lines, and the speech its start above them. Not where the segment is a salutation already
    (cut by the passes before), nor where the words of address stand inside a sentence
    (``_ADDRESSED_IN_SENTENCE``) or the header addressed the audience already
    (``_ADDRESSED_ALREADY``)."""
    if not segments or segments[0].glued or is_salutation(segments[0].text):
        return segments
    seg = segments[0]
    text = seg.text
    for colon in _TITLE_COLON.finditer(text, 0, _HEADER_REACH):
        end = colon.end()
        near = text[max(0, end - _GLUED_SALUTATION_MAX) : end]
        if not any(word in near for word in _ADDRESS_WORDS):
            continue  # (来源：, 时间：…: most colons of a header, passed over at once)
        at = next(
            (
                at
                for at in range(max(1, end - _GLUED_SALUTATION_MAX), end - 2)
                if is_salutation(text[at:end])
            ),
            0,
        )
        if not at or text[at - 1] in _ADDRESSED_IN_SENTENCE or not text[end:].strip(SPACES):
            continue
        if any(words in text[:at] for words in _ADDRESSED_ALREADY):
            return segments
        return [
            replace(seg, text=text[:at].rstrip(SPACES)),
            Segment(seg.line, text[at:end], True, glued=True),
            Segment(seg.line, text[end:].lstrip(SPACES), True, glued=True),
            *segments[1:],
        ]
    return segments


def split_salutation(text: str) -> list[str]:
    """同志们：今天我们召开… → the salutation and the rest (a salutation glued to its body)."""
    head = text[:40]
    if "：" not in head and ":" not in head:
        return [text]
    colon = min(i for i in (text.find("："), text.find(":")) if i >= 0)
    if colon + 1 < len(text) and is_salutation(text[: colon + 1]):
        return [text[: colon + 1], text[colon + 1 :].lstrip(SPACES)]
    return [text]
