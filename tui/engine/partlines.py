"""Lines that name a part, a report or an occasion, and a title's clean form.

A speech part's line (开幕词, 一 一月十八日的讲话: ``is_part_line``, ``part_number``), the
next report of a collection (``next_report``, ``is_report_title``), a lecture's number
(``lecture_number``), collection and occasion lines, letters, titles spaced into
parallel phrases (``parallel_lines``) and a title cleaned of its marks (``clean_title``).
Built from ``framing``'s atoms.
"""

from __future__ import annotations

from tui.base import patterns
from tui.engine.addresslines import run_on_speaker
from tui.engine.framing import (
    DASH,
    DASH_RE,
    DASH_STARTS,
    SPEECH_WORD,
    TITLE_ENDS_NEVER,
    TITLE_MAX,
    TITLE_PIECE_STARTS_NEVER,
    ends_whole_title,
    is_subtitle,
    is_title,
    no_sentence,
    subtitle_date,
)
from tui.engine.markers import chinese_number

_BRACKET_END = patterns.compile(r"\s*[（(〔][^）)〕]{1,20}[）)〕]$")


def is_block_subtitle(text: str) -> bool:
    """A dash line that belongs to the title block under a title: a subtitle that is no title
    by itself (——2024年3月5日在…会议上), or one that is (``is_title`` takes a bracketed end)
    but dates the speech (——张三同志在…上的讲话（2024年2月20日）: ``subtitle_date``) or is an
    occasion line but for its bracket (——在…上的讲话（摘要）). ——张三在…上的讲话 with neither is
    taken into the title line above it (在…上的讲话——张三在…上的讲话)."""
    if not is_subtitle(text):
        return False
    if not is_title(text) or subtitle_date(text) is not None:
        return True
    bare = _BRACKET_END.sub("", text)
    return bare != text and is_occasion_line(bare)


_PLACE_SPOKEN = r"(?:讲|演讲|讲演|講|演講|講演)"
"""How a place line closes its occasion when it names a place, not a meeting: ——一九二三年
十二月二十六日在北京女子高等师范学校文艺会讲 (在…讲, as ──二十年九月在某某學院講── does)."""
_OCCASION_CLOSED = patterns.compile(rf"(?:上(?:的{SPEECH_WORD})?|{_PLACE_SPOKEN})$")


def subtitle_goes_on(upper: str, lower: str) -> bool:
    """Whether ``lower``, the line right under ``upper``, finishes the ——subtitle that
    ``upper`` (a title line with its subtitle, or a subtitle line) left open where a hard wrap
    cut it: the occasion (在…) not yet closed by 上, or the speaker run into it cut inside the
    post — 政府工作报告——2016年3月5日在第十二届全国人民代表大会 | 第四次会议上国务院总理 李克强;
    …会议上国务院总 | 理 李克强. Joined, the two close the occasion (…会议上, …会议上的讲话)
    or end with a speaker run into it (``run_on_speaker``); ``lower`` is short and holds no
    sentence mark."""
    dash = DASH_RE.search(upper)
    if (
        dash is None
        or not 1 <= len(lower) <= 42
        or not no_sentence(lower)
        or lower.startswith(DASH_STARTS)
        or "在" not in upper[dash.end() :]
        or _OCCASION_CLOSED.search(upper) is not None
        or run_on_speaker(upper) >= 0
    ):
        return False
    joined = upper + lower
    if len(joined) > TITLE_MAX:
        return False
    return _OCCASION_CLOSED.search(joined) is not None or run_on_speaker(joined) >= 0


# clean_title's patterns, stored as the others are (compiled at the first title of every
# start, they took 2.7 ms of the first file's parse: the last one's CJK ranges).
_ORDINAL_PREFIX = patterns.compile(
    r"^第\s*[0-9一二三四五六七八九十]+\s*篇[\s：:、.]*|^第\s*[0-9]+\s*[章回]\s+"
)
_NUMBERED_PREFIX = patterns.compile(r"^(?:篇|范文|材料)\s*[0-9一二三四五六七八九十]+\s*[：:、.]\s*")
_DASH_PREFIX = patterns.compile(rf"^{DASH}\s*")
_PART_NUMERAL = patterns.compile(r"^[一二三四五六七八九十]{1,2}[ \u3000]+")  # 一 一月十八日的讲话
_WRAP_SPACE = patterns.compile(r"(?<=[\u4e00-\u9fff，、“”])\s+(?=[\u4e00-\u9fff，、“”])")
_HAN_RUN_BEFORE = patterns.compile(r"[\u4e00-\u9fff]*$")
_HAN_RUN_AFTER = patterns.compile(r"[\u4e00-\u9fff]*")
_PARALLEL_MAX = 8
"""The longest half of a two-part title joined by one plain space (创新竞进 破浪前行)."""


def _separators(text: str) -> set[int]:
    """The starts of the spaces of ``text`` that separate words (kept in the title), among
    those ``_WRAP_SPACE`` finds between Chinese characters.

    A space between two runs of two Chinese characters or more is a separator when it is a
    full-width space or several spaces (某某文选　第二卷, 狠抓落实促转型  对标一流谋发展), or
    one plain space between two halves of 2–8 characters whose lengths differ by one at
    most (创新竞进 破浪前行, 欢迎词 讲话提纲); once a title has such a separator, its other
    spaces between runs of two or more are separators too (… 破浪前行 以青春之我筑就伟大征程).
    A run of one character on either side is letter-spacing (毛　泽　东, 讲　话) and a plain
    space between unequal runs a PDF wrap (在全市 2022 年优化营商环境 和招商引资大会上的讲话,
    在某某会议上的讲话 提纲: 讲话提纲 is one word): both are dropped."""
    found = []
    for match in _WRAP_SPACE.finditer(text):
        run_before = _HAN_RUN_BEFORE.search(text, 0, match.start())
        run_after = _HAN_RUN_AFTER.match(text, match.end())
        before = len(run_before.group()) if run_before else 0
        after = len(run_after.group()) if run_after else 0
        if before < 2 or after < 2:
            continue
        space = match.group()
        strong = space != " "
        balanced = before <= _PARALLEL_MAX and after <= _PARALLEL_MAX and abs(before - after) <= 1
        found.append((match.start(), strong or balanced))
    if not any(sure for _, sure in found):
        return set()
    return {start for start, _ in found}


# 继续报告国道五号游览车事故检讨及改进的部分。 / 继续本人就「落实食安五环…之建立规划」提出报告，敬请…:
# a speaker reading a second report in the same turn (a minister's or premier's turn before a
# legislature) says which one; its subject is the report's title. 后续，我再报告…部分。 and
# 接下来报告…，方才…已经作了说明，现在谨就…提出报告。 say so too.
_NEXT_REPORT = patterns.compile(
    r"^(?:继续|后续[，,]?|接下来[，,]?)(?:由)?(?:本人|我)?再?(?:"
    r"报告(?P<plain>[^。！？!?；;，,「」“”《》]{2,60}?)(?:的部分|部分)?"
    r"|就[「“《\"](?P<quoted>[^」”》\"]{2,60})[」”》\"][^。！？!?；;]{0,12}?报告"
    r")(?:[，,][^。！？!?]{0,50})?[。！？!?]?$"
)
# 「1021普悠玛事故等东部交通输运问题」专案报告 / 某某部业务报告 / 飞安会书面报告：: a report's title
# line (folded text).
_REPORT_TITLE = patterns.compile(r"^[^。！？!?；;，,：:]{4,40}报告[：:]?$")


def next_report(text: str) -> str | None:
    """The subject of a line that opens a further report in the same turn (继续报告…的部分。,
    继续本人就「…」提出报告，…), or None: the line is not one."""
    if len(text) > 100:
        return None
    match = _NEXT_REPORT.match(text)
    if match is None:
        return None
    return match.group("plain") or match.group("quoted")


def is_report_title(text: str) -> bool:
    """A short line with no sentence in it ending with 报告 (「…」专案报告, 某某部业务报告), or
    with 报告： over the report it labels (某某会书面报告：)."""
    return _REPORT_TITLE.match(text) is not None


def part_number(text: str) -> int:
    """The number of a numbered part's title line (一 一月十八日的讲话 → 1, 二　… → 2; 一 to
    十), or 0 when ``text`` opens with no numeral set off by a space."""
    numeral = _PART_NUMERAL.match(text)
    if numeral is None:
        return 0
    digits = numeral.group().rstrip()
    return chinese_number(digits) if len(digits) == 1 else 0


_PHRASE = patterns.compile(r"[\u4e00-\u9fff]{2,8}")


def spaced_phrases(text: str) -> bool:
    """Whether a title line is parallel phrases set apart by spaces (不忘初心担使命 传承博雅谱新篇,
    创新竞进 破浪前行): two or more runs of 2-8 Chinese characters whose lengths differ by one
    at most, spaces between them — not one phrase broken (关于加强和改进　新时代 | 基层治理…),
    a PDF wrap's space or letter-spacing."""
    parts = text.split()
    if len(parts) < 2 or any(_PHRASE.fullmatch(part) is None for part in parts):
        return False
    lengths = [len(part) for part in parts]
    return max(lengths) - min(lengths) <= 1


_LINE_PHRASE = patterns.compile(r"[\u4e00-\u9fff]{4,12}")


def parallel_lines(upper: str, lower: str) -> bool:
    """Whether two title lines are the two halves of a main title set as a couplet
    (凝心聚力谋发展 | 奋力开创新局面): each a run of 4-12 Chinese characters and nothing else,
    of the same length (中国共产党新闻网 over a title is a site's name), neither a title's
    broken half (the upper line ending with a joining word, 关于…/在… opening it, the lower
    starting with a suffix or ending with the word that names the speech: 全面加强新时代基层
    治理 | 工作体系建设的报告)."""
    return (
        _LINE_PHRASE.fullmatch(upper) is not None
        and _LINE_PHRASE.fullmatch(lower) is not None
        and len(upper) == len(lower)
        and upper[-1] not in TITLE_ENDS_NEVER
        and lower[0] not in TITLE_PIECE_STARTS_NEVER
        and not upper.startswith(("关于", "在"))
        and not ends_whole_title(lower)
    )


def clean_title(text: str) -> str:
    """A title as shown: 第N篇 and a leading dash dropped, PDF-wrap spaces and letter-spacing
    between Chinese characters removed (spaces around digits and Latin words kept, and the
    spaces that separate a title's parts: ``_separators``). A line opening a further report
    (继续报告…的部分。) gives that report's subject."""
    subject = next_report(text)
    if subject is not None:
        text = subject
    text = _ORDINAL_PREFIX.sub("", text)
    text = _NUMBERED_PREFIX.sub("", text)
    text = _DASH_PREFIX.sub("", text)
    if text.startswith("《") and text.endswith("》"):
        text = text[1:-1]
    numeral = _PART_NUMERAL.match(text)
    head = text[: numeral.end()].rstrip() + " " if numeral else ""
    body = text[numeral.end() :] if numeral else text
    if " " in body or "\u3000" in body:
        kept = _separators(body)
        if kept:
            return (
                head
                + _WRAP_SPACE.sub(
                    lambda match: match.group()[0] if match.start() in kept else "", body
                ).strip()
            )
    return head + _WRAP_SPACE.sub("", body).strip()


# 壬申十月在厦门妙释寺讲 / 一九二六年在厦门大学周会上的讲演 / 在泉州檀林福林寺念佛期讲 /
# 戊寅十一月十四日在南普陀寺佛教养正院: when and where a talk was given, on its own line.
_WHEN = (
    r"(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?|[一二三四五六七八九〇○零]{4}年|"
    r"[0-9０-９]{4}\s*年)(?:\s*[闰]?[正一二三四五六七八九十冬腊0-9０-９]{1,2}\s*月)?"
    r"(?:\s*[初一二三四五六七八九十廿0-9０-９]{1,3}\s*日)?"
)
_OCCASION = patterns.compile(
    rf"^(?:——|—)?\s*(?:{_WHEN}[^。！？!?；;，,在]{{0,6}}在[^。！？!?；;，,]{{2,36}}"
    rf"|在[^。！？!?；;，,]{{2,36}}?(?:讲|讲演|演讲|演说|讲话|讲课|开示))$"
)


# 戊寅十一月十四日在南普陀寺佛教养正院同学会席上讲佛教养正院已办有四年了。 — an occasion line
# that lost its line break: a date, 在 a place, 讲, and the talk's first words run on.
_GLUED_OCCASION = patterns.compile(
    rf"^{_WHEN}[^。！？!?；;，,在]{{0,6}}在[^。！？!?；;，,]{{2,30}}?讲(?=[\u4e00-\u9fff])"
)


def glued_occasion(text: str) -> int:
    """Where an occasion line glued to the talk's first sentence ends (0: none)."""
    match = _GLUED_OCCASION.match(text) if "在" in text[:20] else None
    return match.end() if match is not None else 0


# 关于女性异说讨论致竺摩法师书，兹综合律文，… — a letter's name glued to its first words.
_LETTER_ENDS = "书函信"
"""How a letter's name ends (…致竺摩法师书): ``glued_letter`` looks at the character before the
first comma for one before it runs the expression."""
_LETTER_NAME = (
    r"[^，。！？!?；;：:,]{0,24}(?:致|复|答|与|上)[^，。！？!?；;：:,]{1,12}"
    rf"(?:{'|'.join(_LETTER_ENDS)})"
)
_GLUED_LETTER = patterns.compile(rf"^{_LETTER_NAME}，(?=\S)")
_LETTER_TITLE = patterns.compile(rf"^{_LETTER_NAME}，?$")


def glued_letter(text: str) -> int:
    """Where a letter's name glued to the letter's first words ends, after its comma (0:
    none): 关于女性异说讨论致竺摩法师书，| 兹综合律文，…"""
    # The name ends at the text's first comma, after 书, 函 or 信: looked at before the expression
    # (its 10,205 calls in the 10 MB collection's parse 7.31 ms (6.91-16.42) -> 5.27 ms
    # (5.05-5.88) of CPU, bench_calls.py, 7 rounds in turns, perfengine).
    comma = text.find("，", 0, 40)
    match = _GLUED_LETTER.match(text) if comma > 0 and text[comma - 1] in _LETTER_ENDS else None
    return match.end() if match is not None else 0


def is_letter_title(text: str) -> bool:
    """A letter's name on a line of its own (…致竺摩法师书, also with the comma that glued it)."""
    return len(text) <= 40 and _LETTER_TITLE.match(text) is not None


# 第6章 弘一法师在各地讲法汇集(1) / 鲁迅演讲集 — a line naming a compilation, not a speech.
# 某某文选　第二卷 / 某某选集（第三卷） / 某某文集 下册: a collected edition's volume, the line
# its pages carry at the top.
_COLLECTION = patterns.compile(
    r"(?:汇集|合集|文集|文选|选集|全集|汇编|选编|讲演集|演讲集|讲话集|讲稿集)\s*"
    r"(?:[（(]?\s*[0-9一二三四五六七八九十]+\s*[)）]?|[（(][上中下][)）]"
    r"|[（(]?\s*(?:第\s*[0-9一二三四五六七八九十]+\s*[卷册]|[上中下][卷册])\s*[)）]?)?$"
)


def is_collection_line(text: str) -> bool:
    """A compilation's own title (…讲法汇集(1), …文集), as a chapter line or on its own:
    the file's front matter, not a speech's title."""
    return len(text) <= 60 and _COLLECTION.search(text) is not None


def is_occasion_line(text: str) -> bool:
    """壬申十月在厦门妙释寺讲 / 在泉州檀林福林寺念佛期讲: when and where a talk was given,
    printed above it or under its title (a date followed by 在…, or 在…讲)."""
    return len(text) <= 44 and "在" in text and _OCCASION.match(text) is not None


# 开幕词 … 结论, 一 一月十八日的讲话 / 二 一月二十七日的讲话: the parts of one occasion.
_PART = patterns.compile(
    r"^(?:开幕词|闭幕词|开幕辞|闭幕辞|引言|结论|结束语|开场白|总结讲话|插话)$"
    r"|^[一二三四五六七八九十]{1,2}[ \u3000、．.]\s*[^。！？!?；;，,]{0,24}[月日在][^。！？!?；;，,]{0,24}"
    r"(?:的讲话|的插话|的结论|的报告|的发言|的总结|上的讲话)$"
)
"""(一、认真学习重要讲话 is a heading: a numbered part names its day or its occasion.)"""


_SUMMARY_LABEL = patterns.compile(r"^(?:本(?:节|章|部分|讲))?小结[：:]?$")


def is_summary_label(text: str) -> bool:
    """小结： / 本节小结: a section's summary label alone on its line (in a text of ``#``
    sections, the last part of the section it closes)."""
    return len(text) <= 8 and _SUMMARY_LABEL.match(text) is not None


# 第一讲引言 / 第二讲　方法的自觉: one lecture of a series, named by its number and a short
# title (no comma or sentence: 第一讲，我们讲… is prose).
# A title may quote a word (第四讲宋人之“说话”及其影响): “” in pairs, none left open.
_LECTURE = patterns.compile(
    r"^第(?P<n>[一二三四五六七八九十]{1,3})讲[ \u3000]*"
    r"(?=[^“”]*(?:“[^“”]+”[^“”]*)*$)[^。！？!?；;，,：:、（）()]{0,16}$"
)
# 党课讲义 / 佛學概論講義 / …课程提纲: a course's notes, whose 第N讲 are its chapters.
_COURSE_NOTES = patterns.compile(r"(?:讲义|講義|教材|教程|提纲|提綱|课程|課程|讲座提要)")


def lecture_number(text: str) -> int:
    """The number of a lecture's title line (第一讲引言 → 1, 第三讲方法与材料 → 3), else 0."""
    match = _LECTURE.match(text)
    return chinese_number(match.group("n")) if match is not None else 0


def names_course_notes(text: str) -> bool:
    """A title naming a course's notes (党课讲义): its 第N讲 are chapters, not talks."""
    return _COURSE_NOTES.search(text) is not None


def is_part_line(text: str) -> bool:
    """A line naming one part of a speech given in parts (开幕词 / 结论 / 一 一月十八日的讲话)."""
    if len(text) > 30:
        return False
    if len(text) <= 8:
        text = text.replace(" ", "").replace("\u3000", "")  # 引　言 / 结　论
    return _PART.match(text) is not None
