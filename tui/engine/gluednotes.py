"""A collected edition's closing notes glued between two pieces, and the next piece's bare title.

A collected edition prints under each piece where and when it was given or printed — a dated
note (1952年12月27日在台湾省台东县公共体育场的演讲, 本文为…的演讲), its source (原载1931年2月
《现代学生》第1卷第5期), a bare date (1948年8月12日, 民国八年八月), who took it down with its
journal in brackets (（等慈記）（見海刊二十一卷八期）) — and over the next piece its bare title on a
line of its own. A text that lost its line breaks with nothing for them runs the notes into the
piece's last sentence and the title into the next piece's first words: …要能广大要能高。原载于
1925年4月18日《京报副刊》为什么读书青年会叫我…. ``notes_apart`` cuts, after a sentence end, a run
of such notes onto segments of their own, and the title after them where it ends (``_title_end``):
at a salutation or an opening word of a talk (主席、, 诸位, 今天, 这个题目, 上次…), at a ──
subtitle, after a word that names a talk (训话, 致词, 讲录…), or where the talk says the title's
words again (为什么读书 | …题目是为什么读书。); a title with none of these stays in the run, and so
do the notes. The segments then read as the lines of a plain edition: ``piecebreaks`` opens the
next piece at its title. An edition that prints each title in full-width brackets — its text opening
so, （怎样才配做一个现代学生）一般似乎… — runs each later one in after the piece before:
…而无愧了。（义务与权利）贵校成立…; ``bracketed_titles_apart`` cuts them out, and
``piecetitles.mark_bracketed_piece_titles`` reads them as on their lines. A bare title that names a
talk (泉州开元慈儿院讲录, 万寿岩念佛堂开堂演词) glued after a sentence end with no note before it, and
the occasion glued after the text's own first title (南闽十年之梦影丁丑二月十六日在…讲：我一到…), are cut
out by ``talk_titles_apart``, and so are the further titles of a series the text opens with (一论治学方法… |
…。二论治学方法…); ``piecetitles.mark_piece_titles`` reads such a title as on its line.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine import partlines
from tui.engine.markers import chinese_number
from tui.engine.segment import Segment, cut_at

_NOTE = patterns.compile(
    # 原载于1925年4月18日《京报副刊》 / 原载1923年12月10日《东方杂志》第20卷第23期
    r"(?:原载|原文载|本文原载|载于|刊于)于?[^。！？!?；;，,《]{0,24}《[^》]{1,30}》"
    r"(?:第[0-9０-９一二三四五六七八九十百]{1,5}[卷期号版](?:第[0-9０-９一二三四五六七八九十百]{1,5}[期号版])?)?"
    # 1952年12月27日在…的演讲 / 本文为1919年5月2日胡适在上海的演讲
    r"|(?:本文(?:为|是|系))?(?:[0-9０-９]{4}|[一二三四五六七八九〇○零]{4})年"
    r"[^。！？!?；;，,]{0,30}?[在于][^。！？!?；;，,]{2,40}?(?:演讲|讲演|讲话|演说)"
    # 1948年8月12日 / 民国八年八月
    r"|(?P<date>(?:[0-9０-９]{4}年[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?"
    r"|民国[一二三四五六七八九十]{1,3}年[一二三四五六七八九十]{1,2}月(?:[一二三四五六七八九十]{1,3}日)?)"
    r"(?=[\u4e00-\u9fff“]|$))"
    # （等慈記） / （見海刊二十一卷八期） / （演培、德勇合記）
    r"|[（(][^（()）。！？!?，,]{1,20}(?:記|记|錄|录|期|號|号)[)）]"
)
"""One closing note of a piece, glued where the next note or the next piece's title follows. A
bare date (``date``) also opens many a sentence (2017年4月1日雄安新区设立后，…): the title after
dates alone must end where a talk opens, not where its words are said again."""
_NOTES_JOIN = patterns.compile(r"[，,][^。！？!?；;，,《》]{1,12}[，,]|[，,]")
"""What may join two notes of one piece: a comma, or a short clause between commas
(…的演讲，文稿经胡适校正，原载于…)."""
_STOP = patterns.compile(r"[。！？!?][”’」』]?")
_NOTE_STOP = patterns.compile(
    r"[。！？!?][”’」』]?(?=[原本载刊民（(0-9０-９一二三四五六七八九〇○零])"
)
"""A sentence end where a note may follow (what each of ``_NOTE``'s ways opens with): most
sentence ends are passed over here, not by ``_NOTE``."""
_TITLE_MIN = 2
_TITLE_MAX = 24
_TITLE_MARKS = frozenset("，,。：:；;！？!?、（()）《》")
_NOT_FIRST = frozenset("的了是在和与及而并也就都我你他她它这那其此")
"""What a title does not open with: the words of a sentence going on."""
_OPENERS = patterns.compile(
    r"主席[、，,]|诸位|各位|今天|今日|这个题目|這個題目|前次|上次|上回|刚才|方才|此番|兄弟今|鄙人"
)
"""The words that open a talk right after its title (or its salutation)."""
_TALK_WORDS = patterns.compile(r"(?:训话|訓話|致词|致詞|致辞|致辭|讲录|講錄|演词|演詞|讲词|講詞)")
_DASHES = ("──", "——")
_OPEN_BRACKETS = "（("
_SUBTITLE_MAX = 40
_BRACKETED_HAN_MIN = 4
_REPEAT_MIN = 4
_REPEAT_REACH = 400
"""How far into the talk the title's words are looked for again."""


def notes_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text with each run of closing notes glued after a sentence end,
    and the bare title after it, cut onto segments of their own (see the module's note)."""
    cuts = [_cuts(seg.text) if "年" in seg.text else [] for seg in segments]
    if not any(cuts):
        return segments
    # The first piece's title, run into its first words at the text's start, ends as the others do.
    if segments and (start := _title_end(segments[0].text, 0)) is not None:
        cuts[0] = sorted({start, *_subtitle(segments[0].text, start), *cuts[0]})
    out: list[Segment] = []
    for seg, at in zip(segments, cuts, strict=True):
        out += cut_at(seg, at)
    return out


_BRACKETED = patterns.compile(r"（([^（）()，,。！？!?；;：:、“”\"《》]{4,30})）")
"""A piece's title in full-width brackets (as ``piecetitles`` reads one alone on a line)."""
_ASIDE_WORDS = patterns.compile(
    r"掌声|鼓掌|笑|记|記|录|錄|期|号|號|摄|攝|译|譯|注|註|编|編|按|略|完"
)
"""What an aside or a note in brackets says (（全场热烈鼓掌）, （等慈記）, （编者按）): no title."""


def bracketed_titles_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text that opens with a title in full-width brackets, each such
    title there and after a sentence end cut onto a segment of its own (see the module's note);
    any other text as it was."""
    if not segments or not _bracketed_title(segments[0].text, 0):
        return segments
    out: list[Segment] = []
    for index, seg in enumerate(segments):
        text = seg.text
        cuts = [stop.end() for stop in _STOP.finditer(text) if _bracketed_title(text, stop.end())]
        if index == 0:
            cuts = [0, *cuts]
        ends = [text.index("）", cut) + 1 for cut in cuts]
        out += cut_at(seg, sorted({c for c in (*cuts, *ends) if 0 < c < len(text)}))
    return out


def _bracketed_title(text: str, at: int) -> bool:
    """Whether a piece's title in full-width brackets starts at ``at``, the piece's words right
    after it: four Han characters or more, no date, no aside's words."""
    if text[at : at + 1] != "（":
        return False
    title = _BRACKETED.match(text, at)
    if title is None or title.end() >= len(text) or text[title.end()] in _TITLE_MARKS:
        return False
    words = title.group(1)
    return (
        sum("\u4e00" <= char <= "\u9fff" for char in words) >= _BRACKETED_HAN_MIN
        and _ASIDE_WORDS.search(words) is None
        and not any(char.isdigit() for char in words)
        and "年" not in words
    )


_TALK_WORD_CHOICES = "讲录|講錄|讲词|講詞|演词|演詞|训话|訓話|训词|訓詞|开示|開示"
_TALK_WORD = patterns.compile(rf"(?:{_TALK_WORD_CHOICES})(?=[\u4e00-\u9fff“])")
"""The word ending a bare title that names a talk (泉州开元慈儿院讲录, 万寿岩念佛堂开堂演词,
为…儿童训话) glued after a sentence end, the talk's first words right after it."""
_TALK_WORD_IN = patterns.compile(_TALK_WORD_CHOICES)
"""The cheap test first: most segments name no talk."""
_TALK_TITLE_MIN = 4
"""The fewest Chinese characters of a talk's title before its talk word (泉州开元慈儿院 | 讲录)."""
_TALK_TITLE_WORDS_MAX = 22
_TITLE_STOPS = frozenset("。！？!?”’」』）)")
"""What a bare title glued after a sentence end stands right after."""
_TALK_TITLE_NEVER = frozenset("的了着著过過们們我你他她它这這那其此是在都也就很又还還把被")
"""What a talk's bare title holds none of (nor opens with): the words of a sentence that says
a talk's name (这次的训话, 他作了训话, 我们听了开示)."""
_AFTER_TALK_NEVER = frozenset(
    "的地得了着著过過们們时時中里裏上后後前稿者之是都也就很又还還和与與及"
)
"""What does not follow a talk's title: the sentence going on (…训话的时候, …开示后, …讲录稿)."""


def talk_titles_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text with each bare title naming a talk glued after a sentence
    end (…一个最好的纪念！泉州开元慈儿院讲录我到闽南，…: ``_TALK_WORD``, read back to the sentence
    end) cut onto a segment of its own, which ``piecetitles.mark_piece_titles`` reads as a line
    of its own. A title with a
    sentence's words in it (``_TALK_TITLE_NEVER``) or a sentence going on after it
    (``_AFTER_TALK_NEVER``) is left in its sentence."""
    out: list[Segment] = []
    for number, seg in enumerate(segments):
        text = seg.text
        # (南闽十年之梦影 | 丁丑二月十六日在…讲： | 我一到…)
        occasion = _occasion_after_title(text) if number == 0 else None
        cuts: list[int] = list(occasion or ())
        if number == 0 and text[:1] == "一":
            cuts += _series_titles(text)  # (一论治学方法有方法… | …打破了。二论治学方法你们…)
        if _TALK_WORD_IN.search(text):
            for found in _TALK_WORD.finditer(text):
                start = _glued_title_start(
                    text, found.start(), _TALK_TITLE_MIN, _TALK_TITLE_WORDS_MAX
                )
                if (
                    start is not None
                    and not any(char in _TALK_TITLE_NEVER for char in text[start : found.start()])
                    and text[found.end()] not in _AFTER_TALK_NEVER
                ):
                    cuts += [start, found.end()]
        # (rising and once each, as ``cut_at`` wants: the occasion's cuts and the series' meet
        # at the first title's end, 一论治学方法 | 丁丑…讲： | …)
        out += cut_at(seg, sorted({cut for cut in cuts if 0 < cut < len(text)}))
    return out


_DASHED_OCCASION_AFTER = patterns.compile(
    r"(?P<dash>──|——)(?P<occasion>[^。！？!?；;，,─—]{2,36}?)(?P=dash)(?=[\u4e00-\u9fff“])"
)
"""A bare title glued after a sentence end with its occasion between dashes after it and the
talk's first words after that (…中錄出。畢業與休假──二十九年六月在漢藏院講──本院創辦以來，…)."""


def _glued_title_start(text: str, end: int, least: int, most: int) -> int | None:
    """Where a bare title ending at ``end`` starts right after a sentence end (``_TITLE_STOPS``):
    ``least`` to ``most`` Chinese characters back from ``end``, nothing else between; None when
    none does (the words before ``end`` are a sentence's). Read back from the title's end: a
    pattern that starts at every sentence end cost the glued corpus 2-3 times as much."""
    start = end
    while start > 0 and end - start <= most and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    size = end - start
    if least <= size <= most and start > 0 and text[start - 1] in _TITLE_STOPS:
        return start
    return None


_DASHED_OCCASION = patterns.compile(r"在.{2,30}(?:讲|讲演|演讲|讲话|演说)$")


def dashed_titles_apart(segments: list[Segment]) -> list[Segment]:
    """``segments`` of a one-line text with each bare title glued after a sentence end that has
    its occasion between dashes after it (``_DASHED_OCCASION_AFTER``: 在…讲 between ── and ──),
    title and occasion cut onto segments of their own: they open the next piece as on their
    lines. Not a title with a sentence's words in it (``_TALK_TITLE_NEVER``)."""
    out: list[Segment] = []
    for seg in segments:
        text = seg.text
        cuts: list[int] = []
        if "──" in text or "——" in text:
            for found in _DASHED_OCCASION_AFTER.finditer(text):
                start = _glued_title_start(text, found.start(), _TITLE_MIN, _TITLE_MAX)
                if (
                    start is not None
                    and not any(char in _TALK_TITLE_NEVER for char in text[start : found.start()])
                    and _DASHED_OCCASION.search(found.group("occasion"))
                ):
                    cuts += [start, found.start(), found.end()]
        out += cut_at(seg, sorted({cut for cut in cuts if 0 < cut < len(text)}))
    return out


_SERIES_NEXT = patterns.compile(r"(?<=[。！？!?”’」』])[二三四五六七八九十](?=[\u4e00-\u9fff])")
_SERIES_KEY_MIN = 3
"""The fewest characters a series' titles share besides their number (论治学方法)."""
_SERIES_REPEATS_MIN = 2
"""The fewest further titles of a series (二论…, 三论…) for them to be cut out."""


def _series_titles(text: str) -> list[int]:
    """Where to cut the titles of a series of pieces that a one-line text opens with, each the
    first title's words with its number changed (一论治学方法有方法与无方法… | …打破了。二论治学方法你们
    都知道… | …。三论治学方法要大胆…), glued after sentence ends and numbered 二, 三… one after another,
    ``_SERIES_REPEATS_MIN`` of them at least: each title is its number and the words all of them
    share (``_SERIES_KEY_MIN`` characters or more, up to where the first title's text starts).
    [] when there is no such series."""
    found: list[tuple[int, int]] = []
    for match in _SERIES_NEXT.finditer(text):
        if chinese_number(match.group()) != len(found) + 2:
            continue
        size = 0
        while (
            size < _TITLE_MAX
            and text[1 + size] == text[match.end() + size : match.end() + size + 1]
        ):
            size += 1
        if size >= _SERIES_KEY_MIN:
            found.append((match.start(), size))
    if len(found) < _SERIES_REPEATS_MIN:
        return []
    key = min(size for _, size in found)
    return [1 + key, *(cut for at, _ in found for cut in (at, at + 1 + key))]


_OCCASION_REACH = 60
"""How far into a one-line text the colon closing a glued occasion is looked for."""


def _occasion_after_title(text: str) -> tuple[int, int] | None:
    """Where the occasion glued after a one-line text's title starts and ends, its colon with it
    (南闽十年之梦影丁丑二月十六日在南普陀寺佛教养正院讲：我一到…: a title of ``_TITLE_MIN`` to
    ``_TITLE_MAX`` Chinese characters, then an occasion line, ``partlines.is_occasion_line``), or
    None."""
    colon = text.find("：", 0, _OCCASION_REACH)
    if colon < 0 or colon + 1 >= len(text) or text[0] in _NOT_FIRST:
        return None
    for start in range(_TITLE_MIN, min(_TITLE_MAX, colon) + 1):
        if not "\u4e00" <= text[start - 1] <= "\u9fff" or text[start - 1] in _TALK_TITLE_NEVER:
            return None
        if text[start] in _DATE_OPENS and partlines.is_occasion_line(text[start:colon]):
            return start, colon + 1
    return None


_DATE_OPENS = frozenset("甲乙丙丁戊己庚辛壬癸一二三四五六七八九〇○零0123456789０１２３４５６７８９")
"""What the occasion after a title opens with: its date (丁丑二月十六日, 一九二六年, 1926年)."""


def is_closing_note(text: str) -> bool:
    """Whether ``text`` is one closing note of a piece, or several joined (``notes_apart`` cuts
    them so): 原载于1925年4月18日《京报副刊》, 1952年12月27日在…的演讲, 1948年8月12日."""
    at = 0
    while (note := _NOTE.match(text, at)) is not None and note.end() > at:
        at = note.end()
        if at == len(text):
            return True
        join = _NOTES_JOIN.match(text, at)
        if join is not None:
            at = join.end()
    return False


_BRACKET_NOTES_END = patterns.compile(
    r"[。！？!?][”’」』]?(?:[（(][^（()）。！？!?，,]{1,20}(?:記|记|錄|录|期|號|号)[)）]){1,3}$"
)


def ends_with_bracket_notes(text: str) -> bool:
    """Whether ``text`` ends a piece with its notes in brackets after its last sentence, as
    printed (…的感想。（等慈記）（見海刊二十一卷八期）)."""
    return text.endswith(("）", ")")) and _BRACKET_NOTES_END.search(text[-50:]) is not None


def _cuts(text: str) -> list[int]:
    cuts: list[int] = []
    for stop in _NOTE_STOP.finditer(text):
        at = stop.end()
        notes = []
        dated = True  # (dates alone so far)
        note = _NOTE.match(text, at)
        while note is not None and note.end() > at:
            dated = dated and note.group("date") is not None
            if text[at] not in _OPEN_BRACKETS:
                notes.append(at)  # (a note in brackets stays with the sentence, as printed)
            at = note.end()
            note = _NOTE.match(text, at)
            join = _NOTES_JOIN.match(text, at) if note is None else None
            if join is not None and (joined := _NOTE.match(text, join.end())) is not None:
                at, note = join.end(), joined
        if at == stop.end():
            continue
        end = _title_end(text, at, said_again=not dated)
        if end is None:
            continue
        cuts += [*notes, at, end, *_subtitle(text, end)]
    return sorted({cut for cut in cuts if 0 < cut < len(text)})


def _subtitle(text: str, at: int) -> list[int]:
    """Where the ──subtitle at ``at`` (──二十九年六月在漢藏院講──) ends, its closing dash with it:
    [] when none stands there."""
    if not text.startswith(_DASHES, at):
        return []
    dash = text[at : at + 2]
    close = text.find(dash, at + 2, at + _SUBTITLE_MAX)
    return [] if close < 0 else [close + 2]


def _title_end(text: str, at: int, said_again: bool = True) -> int | None:
    """Where the bare title glued at ``at`` ends (see the module's note), or None; where the
    talk says its words again only with ``said_again``."""
    run = text[at : at + _TITLE_MAX + 1]
    if not run or run[0] in _NOT_FIRST:
        return None
    stop = next((i for i, char in enumerate(run) if char in _TITLE_MARKS), len(run))
    ends = []
    for dash in _DASHES:
        if (i := run.find(dash, 0, stop)) >= _TITLE_MIN:
            ends.append(i)
    if (word := _TALK_WORDS.search(run, _TITLE_MIN, stop)) is not None:
        ends.append(word.end())
    if (opener := _OPENERS.search(run, _TITLE_MIN, stop + 1)) is not None:
        ends.append(opener.start())
    if (said := _said_words_at(run, stop)) is not None:
        ends.append(said)
    end = min(ends, default=None)
    if end is None and said_again:
        end = _repeated(text, at, stop)
    return None if end is None else at + end


def _said_words_at(run: str, stop: int) -> int | None:
    """Where a title ends that the talk opens by quoting its last words (大宇宙中谈博爱 |
    “博爱”就是爱一切人), or None."""
    quote = run.find("“", _TITLE_MIN, stop)
    close = run.find("”", quote) if quote >= 0 else -1
    if close < 0:
        return None
    said = run[quote + 1 : close]
    return quote if len(said) >= _TITLE_MIN and run[:quote].endswith(said) else None


def _repeated(text: str, at: int, stop: int) -> int | None:
    """The longest start of the run at ``at`` (before ``stop``) the talk says again right after it."""
    best = None
    reach = text[at : at + _REPEAT_REACH]
    for length in range(_REPEAT_MIN, min(stop, _TITLE_MAX) + 1):
        if reach.find(reach[:length], length) < 0:
            break
        best = length
    return best
